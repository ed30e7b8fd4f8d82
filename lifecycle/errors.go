package lifecycle

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// EventError is the cause carried by the *platform.Error that [Replay] returns for a bad
// event: which event (by position and date), the clause it offends and, for a step taken
// out of order, the step that is missing, and the error of another package that caused it
// (naming, subsidy, the calendar). Use errors.As to read it and errors.Is with a platform
// Kind (ErrOrder, ErrActor, ErrDuplicate, ErrState, …) to classify it; both reach through
// it to the cause (Unwrap), so errors.Is(err, platform.ErrConflict) holds for a name of
// another type and errors.As finds the naming package's *platform.Error.
type EventError struct {
	// Index is the event's position in History.Events, from 0.
	Index int
	// Date and Kind are the event's.
	Date platform.Date
	Kind Kind
	// Cite is the clause the event offends.
	Cite platform.Citation
	// Missing is the step that should have come first, for an event out of order.
	Missing Kind
	// Reason says what is wrong, in English.
	Reason string
	// Err is the cause from another package (naming, subsidy, the calendar), nil when the
	// event offends a rule of this package directly. Reason then holds its text.
	Err error
}

// Unwrap returns the cause, so errors.Is and errors.As reach the error of the package that
// refused the event.
func (e *EventError) Unwrap() error { return e.Err }

// Error formats as "events[3] 2025-03-01 filing: reason (第十三条（五）; missing notice)".
func (e *EventError) Error() string {
	s := "events[" + strconv.Itoa(e.Index) + "] " + e.Date.String() + " " + e.Kind.String() + ": " + e.Reason
	if !e.Cite.IsZero() {
		s += " (" + e.Cite.String()
		if e.Missing.Valid() {
			s += "; missing " + e.Missing.String()
		}
		s += ")"
	}
	return s
}

const opReplay = "lifecycle.Replay"

// eventErr builds the *platform.Error for event i.
func eventErr(i int, ev *Event, kind platform.Kind, cite platform.Citation, missing Kind, reason string) error {
	return wrapErr(i, ev, kind, cite, missing, reason, nil)
}

// causeErr builds the *platform.Error for event i refused because another package returned
// cause: the reason is the cause's text and the cause stays reachable through Unwrap.
func causeErr(i int, ev *Event, kind platform.Kind, cite platform.Citation, cause error) error {
	return wrapErr(i, ev, kind, cite, 0, cause.Error(), cause)
}

// wrapErr builds the *platform.Error for event i with its reason and cause (nil for none).
func wrapErr(i int, ev *Event, kind platform.Kind, cite platform.Citation, missing Kind, reason string, cause error) error {
	return &platform.Error{
		Op:    opReplay,
		Kind:  kind,
		Field: "events[" + strconv.Itoa(i) + "]",
		Input: ev.Date.String() + " " + ev.Kind.String(),
		Err:   &EventError{Index: i, Date: ev.Date, Kind: ev.Kind, Cite: cite, Missing: missing, Reason: reason, Err: cause},
	}
}
