package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// JSONError is a problem in a JSON input, with the line and column it was found at (0 when
// not known).
type JSONError struct {
	Line, Col int
	Err       error
}

func (e *JSONError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%d:%d: %v", e.Line, e.Col, e.Err)
	}
	return e.Err.Error()
}

func (e *JSONError) Unwrap() error { return e.Err }

// LineCol returns the 1-based line and column of byte offset off in b.
func LineCol(b []byte, off int64) (int, int) {
	off = max(0, min(off, int64(len(b))))
	pre := b[:off]
	return bytes.Count(pre, []byte("\n")) + 1, int(off) - (bytes.LastIndexByte(pre, '\n') + 1) + 1
}

// DecodeJSON decodes one JSON value from data into v strictly: the text may be UTF-8 (with
// or without BOM) or GBK; unknown fields are errors (a misspelled field would otherwise be
// silently ignored); nothing may follow the value. Errors are *JSONError with a position
// where one is known.
func DecodeJSON(data []byte, v any) error {
	text, _, err := Decode(data)
	if err != nil {
		return &JSONError{Err: err}
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return &JSONError{Line: 1, Col: 1, Err: errors.New("empty input")}
	}
	dec := json.NewDecoder(bytes.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		e := &JSONError{Err: err}
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			e.Line, e.Col = LineCol(text, se.Offset)
		case errors.As(err, &te):
			e.Line, e.Col = LineCol(text, te.Offset)
		}
		return e
	}
	off := dec.InputOffset()
	if len(bytes.TrimSpace(text[off:])) != 0 {
		l, c := LineCol(text, off)
		return &JSONError{Line: l, Col: c, Err: errors.New("data after the JSON value")}
	}
	return nil
}
