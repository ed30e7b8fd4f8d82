package platform

import (
	"errors"
	"strconv"
	"strings"
)

// Kind classifies an [Error]. The set is append-only. Each Kind is itself an error, so
// callers test for a class of problem with errors.Is:
//
//	if errors.Is(err, platform.ErrRange) { … }
type Kind uint8

// The kinds of error the library reports.
const (
	ErrInvalid   Kind = iota + 1 // malformed input: bad syntax, bad check character, unknown code
	ErrRange                     // a value outside what the law or arithmetic allows (negative area, ratio over 100%)
	ErrMissing                   // a required value is absent
	ErrDuplicate                 // the same ID, entry or event twice
	ErrOrder                     // dates or events out of order, or a step taken before its predecessor
	ErrActor                     // an event recorded by an actor the measures do not give that step to
	ErrCalendar                  // a date outside the years a calendar knows
	ErrConflict                  // values that contradict each other (more senior staff than staff)
	ErrState                     // an operation the current state does not allow (an event for a removed platform)
)

var kindText = [...]string{"", "invalid input", "out of range", "missing", "duplicate", "out of order",
	"actor not allowed", "outside the calendar", "inconsistent input", "not allowed in this state"}

// Error returns a short description of the kind.
func (k Kind) Error() string {
	if k == 0 || int(k) >= len(kindText) {
		return "platform: error kind " + strconv.Itoa(int(k))
	}
	return kindText[k]
}

// Error is the library's one error type. Every package reports bad input with it.
//
// Op is the operation (eligibility.Check), Kind the class of problem, Field the field
// or position that is wrong (staff.senior, events[3]), Input the offending input as text,
// and Err an optional cause.
type Error struct {
	Op    string
	Kind  Kind
	Field string
	Input string
	Err   error
}

// Error formats as "op: field: kind: "input": cause".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Op)
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Kind.Error())
	if e.Input != "" {
		b.WriteString(": ")
		b.WriteString(strconv.Quote(e.Input))
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is e's Kind, so errors.Is(err, platform.ErrRange) works.
func (e *Error) Is(target error) bool {
	k, ok := target.(Kind)
	return ok && k == e.Kind
}

// NewError builds an *Error. cause may be nil.
func NewError(op string, kind Kind, field, input string, cause error) *Error {
	return &Error{Op: op, Kind: kind, Field: field, Input: input, Err: cause}
}

// Problems collects several input problems so that all of them are reported together.
// The zero value is ready to use.
type Problems struct {
	errs []error
}

// Add records a problem; a nil error is ignored.
func (p *Problems) Add(err error) {
	if err != nil {
		p.errs = append(p.errs, err)
	}
}

// Addf records a new *Error.
func (p *Problems) Addf(op string, kind Kind, field, input string) {
	p.errs = append(p.errs, &Error{Op: op, Kind: kind, Field: field, Input: input})
}

// Len is the number of problems recorded.
func (p *Problems) Len() int { return len(p.errs) }

// Err returns nil when nothing was recorded, the single problem when there is one, and
// all of them joined with errors.Join otherwise.
func (p *Problems) Err() error {
	switch len(p.errs) {
	case 0:
		return nil
	case 1:
		return p.errs[0]
	}
	return errors.Join(p.errs...)
}

// invalid is the error of an enumeration's parser or marshaller (see internal/enum).
func invalid(op, field, input string) error {
	return &Error{Op: op, Kind: ErrInvalid, Field: field, Input: input}
}
