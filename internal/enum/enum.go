// Package enum is the one implementation behind the library's enumerations: a small
// unsigned type whose values index a table of stable codes, Chinese and English words.
// Each exported enumeration (platform.Type, eligibility.UnitKind, lifecycle.Kind, …) keeps
// its own methods and doc comments and delegates to a [Names] built once from its table.
//
// A Names is read-only after [New]: it holds no mutable state and is safe to share.
package enum

import (
	"strconv"
	"strings"
)

// Table is what an enumeration declares: its names and how its errors read.
type Table[T ~uint8] struct {
	// Type is the Go type's name: an invalid value prints as %!Type(n), and marshaling
	// one fails with the operation Pkg.Type.MarshalText.
	Type string
	// Pkg is the package's name, the first part of every operation in an error.
	Pkg string
	// Field is the field an error names (type, outcome, kind).
	Field string
	// ParseOp is the operation a parse error names; empty means Pkg.ParseType.
	ParseOp string
	// First is the first valid value (1 when the zero value means "not supplied", 0 when
	// the zero value is a value). Values from First to len(Codes)-1 are valid.
	First T
	// Codes are the stable codes, indexed by value (entries below First are unused).
	Codes []string
	// Zh and En are the Chinese and English words, indexed by value; either may be nil,
	// and then Chinese or English returns "". Parse accepts the Chinese words too unless
	// CodesOnly is set.
	Zh, En []string
	// CodesOnly makes Parse accept the codes (and Aliases) only, not the Chinese words.
	CodesOnly bool
	// Aliases are further spellings Parse accepts, after the codes and words.
	Aliases []Alias[T]
	// Invalid builds the package's error for bad input: the operation, the field and the
	// offending input as text.
	Invalid func(op, field, input string) error
}

// Alias is another spelling of a value.
type Alias[T ~uint8] struct {
	Spelling string
	Value    T
}

// Names answers for one enumeration: validity, codes, words, parsing and marshaling.
type Names[T ~uint8] struct {
	t Table[T]
	// spell and val are every spelling Parse accepts, in the order it tries them: for each
	// value its code and then its Chinese word, then the aliases.
	spell []string
	val   []T
}

// New builds the Names of a table. It panics if the table is inconsistent (a words list of
// another length than the codes, no Invalid), which only a literal in the library can be.
func New[T ~uint8](t Table[T]) *Names[T] {
	if (t.Zh != nil && len(t.Zh) != len(t.Codes)) || (t.En != nil && len(t.En) != len(t.Codes)) ||
		t.Invalid == nil || len(t.Codes) > 256 {
		panic("enum: inconsistent table for " + t.Type)
	}
	if t.ParseOp == "" {
		t.ParseOp = t.Pkg + ".Parse" + t.Type
	}
	n := &Names[T]{t: t}
	for i := int(t.First); i < len(t.Codes); i++ {
		n.spell = append(n.spell, t.Codes[i])
		n.val = append(n.val, T(i))
		if t.Zh != nil && !t.CodesOnly {
			n.spell = append(n.spell, t.Zh[i])
			n.val = append(n.val, T(i))
		}
	}
	for _, a := range t.Aliases {
		n.spell = append(n.spell, a.Spelling)
		n.val = append(n.val, a.Value)
	}
	return n
}

// Valid reports whether v is one of the enumeration's values.
func (n *Names[T]) Valid(v T) bool { return v >= n.t.First && int(v) < len(n.t.Codes) }

// Values returns every valid value in order, as a fresh slice.
func (n *Names[T]) Values() []T {
	out := make([]T, 0, len(n.t.Codes)-int(n.t.First))
	for i := int(n.t.First); i < len(n.t.Codes); i++ {
		out = append(out, T(i))
	}
	return out
}

// String returns v's stable code, or %!Type(n) for an invalid value.
func (n *Names[T]) String(v T) string {
	if !n.Valid(v) {
		return "%!" + n.t.Type + "(" + strconv.Itoa(int(v)) + ")"
	}
	return n.t.Codes[v]
}

// Chinese returns v's Chinese word, or "" for an invalid value or a table without them.
func (n *Names[T]) Chinese(v T) string {
	if !n.Valid(v) || n.t.Zh == nil {
		return ""
	}
	return n.t.Zh[v]
}

// English returns v's English word, or "" for an invalid value or a table without them.
func (n *Names[T]) English(v T) string {
	if !n.Valid(v) || n.t.En == nil {
		return ""
	}
	return n.t.En[v]
}

// Lookup returns the value s spells exactly (no space is trimmed), and whether there is one.
func (n *Names[T]) Lookup(s string) (T, bool) {
	for i, sp := range n.spell {
		if sp == s {
			return n.val[i], true
		}
	}
	return 0, false
}

// Parse is Lookup with the package's error for a spelling it does not know; the error
// names s as the input.
func (n *Names[T]) Parse(s string) (T, error) {
	if v, ok := n.Lookup(s); ok {
		return v, nil
	}
	return 0, n.ParseError(s)
}

// ParseTrimmed is Parse of s with surrounding space trimmed; the error names s as given.
func (n *Names[T]) ParseTrimmed(s string) (T, error) {
	if v, ok := n.Lookup(strings.TrimSpace(s)); ok {
		return v, nil
	}
	return 0, n.ParseError(s)
}

// ParseError is the error Parse returns for input.
func (n *Names[T]) ParseError(input string) error {
	return n.t.Invalid(n.t.ParseOp, n.t.Field, input)
}

// Marshal returns v's stable code, or the package's error for an invalid value.
func (n *Names[T]) Marshal(v T) ([]byte, error) {
	if !n.Valid(v) {
		return nil, n.MarshalError(v)
	}
	return []byte(n.t.Codes[v]), nil
}

// MarshalError is the error Marshal returns for an invalid v.
func (n *Names[T]) MarshalError(v T) error {
	return n.t.Invalid(n.t.Pkg+"."+n.t.Type+".MarshalText", n.t.Field, strconv.Itoa(int(v)))
}
