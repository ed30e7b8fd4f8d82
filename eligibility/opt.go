package eligibility

import (
	"bytes"
	"encoding/json"
	"reflect"
)

// Opt is an optional fact: either supplied (with its value, which may be zero or false) or
// not supplied. A fact not supplied gives an Unknown finding, never a pass or a fail: an
// applicant that reports 0 researchers and one that reports nothing are different
// (DESIGN.md convention 3). The zero Opt is "not supplied".
//
// In JSON an Opt is its value, or null (or absent, with the omitzero tag) when not supplied.
// A supplied list is always a JSON array: Some(nil) of a slice type is written [], so that
// "supplied, none" (a ban record or an integrity record checked and found empty) survives
// a round trip and is never read back as "not supplied".
type Opt[T any] struct {
	v  T
	ok bool
}

// Some returns a supplied fact.
func Some[T any](v T) Opt[T] { return Opt[T]{v: v, ok: true} }

// Get returns the value and whether it was supplied.
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

// Known reports whether the fact was supplied.
func (o Opt[T]) Known() bool { return o.ok }

// IsZero reports whether the fact was not supplied (for the omitzero JSON tag).
func (o Opt[T]) IsZero() bool { return !o.ok }

// MarshalJSON writes the value, or null when the fact was not supplied.
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if !o.ok {
		return []byte("null"), nil
	}
	if v := reflect.ValueOf(o.v); v.Kind() == reflect.Slice && v.IsNil() {
		return []byte("[]"), nil
	}
	return json.Marshal(o.v)
}

// UnmarshalJSON reads a value; null leaves the fact not supplied.
func (o *Opt[T]) UnmarshalJSON(b []byte) error {
	if bytes.Equal(bytes.TrimSpace(b), []byte("null")) {
		*o = Opt[T]{}
		return nil
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*o = Opt[T]{v: v, ok: true}
	return nil
}
