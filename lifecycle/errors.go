package lifecycle

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// EventError is the cause carried by the *platform.Error that [Replay] returns for a bad
// event: which event (by position and date), the clause it offends and, for a step taken
// out of order, the step that is missing. Use errors.As to read it and errors.Is with a
// platform Kind (ErrOrder, ErrActor, ErrDuplicate, ErrState, …) to classify it.
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
}

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
func eventErr(i int, ev Event, kind platform.Kind, cite platform.Citation, missing Kind, reason string) error {
	return &platform.Error{
		Op:    opReplay,
		Kind:  kind,
		Field: "events[" + strconv.Itoa(i) + "]",
		Input: ev.Date.String() + " " + ev.Kind.String(),
		Err:   &EventError{Index: i, Date: ev.Date, Kind: ev.Kind, Cite: cite, Missing: missing, Reason: reason},
	}
}
