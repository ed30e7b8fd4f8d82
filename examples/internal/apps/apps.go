// Package apps reads applications for filing (eligibility.Application) from JSON files
// holding one object or an array of them, strictly, naming the file, the application and the
// line of every problem. The eligibility and compare programs share it.
package apps

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/examples/internal/cli"
)

// Item is one application as read: where it came from and what it says.
type Item struct {
	Source string // the file name, "stdin" or "sample"
	Index  int    // 1-based position in the file (1 for a file holding one object)
	Line   int    // the line the application starts on
	App    eligibility.Application
}

// InputError is a problem with one file or one application in it.
type InputError struct {
	Source string
	Index  int // 0 when the file as a whole is wrong
	Line   int
	Col    int
	Err    error
}

func (e *InputError) Text(l cli.Lang) string {
	var b strings.Builder
	b.WriteString(e.Source)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	if e.Index > 0 {
		b.WriteString(l.Pick(fmt.Sprintf("（第%d份申请）", e.Index), fmt.Sprintf(" (application %d)", e.Index)))
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *InputError) Error() string { return e.Text(cli.En) }

// lines finds the line of increasing offsets in one pass over the text.
type lines struct {
	text []byte
	off  int64
	line int
}

func (l *lines) at(off int64) int {
	if l.line == 0 || off < l.off {
		l.off, l.line = 0, 1
	}
	off = min(off, int64(len(l.text)))
	l.line += bytes.Count(l.text[l.off:off], []byte("\n"))
	l.off = off
	return l.line
}

// lineCol returns the 1-based line and column of byte offset off in b.
func lineCol(b []byte, off int64) (int, int) {
	if off < 0 {
		off = 0
	}
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	pre := b[:off]
	line := bytes.Count(pre, []byte("\n")) + 1
	col := int(off) - (bytes.LastIndexByte(pre, '\n') + 1) + 1
	return line, col
}

// errOffset returns the offset a JSON error points at, relative to the value decoded.
func errOffset(err error) (int64, bool) {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return se.Offset, true
	case errors.As(err, &te):
		return te.Offset, true
	}
	return 0, false
}

// Read reads a file holding one application object or an array of them.
// Unknown fields are errors (a misspelled fact would otherwise be silently "not supplied").
// Every problem is returned; the applications are returned only when there is none.
func Read(source string, data []byte, progress func(n int)) ([]Item, []*InputError) {
	text, _, err := cli.Decode(data)
	if err != nil {
		return nil, []*InputError{{Source: source, Err: err}}
	}
	trimmed := bytes.TrimLeft(text, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, []*InputError{{Source: source, Line: 1, Err: errors.New("empty file: want an application object or an array of them")}}
	}
	lead := int64(len(text) - len(trimmed))
	if trimmed[0] != '[' {
		it, e := decodeOne(source, text, lead, text[lead:], 1, &lines{text: text})
		if e != nil {
			return nil, []*InputError{e}
		}
		return []Item{it}, nil
	}
	dec := json.NewDecoder(bytes.NewReader(text))
	if _, err := dec.Token(); err != nil {
		return nil, []*InputError{jsonErr(source, text, 0, 0, err)}
	}
	var items []Item
	var errs []*InputError
	ln := &lines{text: text}
	for i := 1; dec.More(); i++ {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			errs = append(errs, jsonErr(source, text, 0, i, err))
			return nil, errs
		}
		end := dec.InputOffset()
		start := end - int64(len(raw))
		it, e := decodeOne(source, text, start, raw, i, ln)
		if e != nil {
			errs = append(errs, e)
		} else {
			items = append(items, it)
		}
		if progress != nil && i%cli.ProgressThreshold == 0 {
			progress(i)
		}
		if len(errs) >= 20 {
			return nil, errs
		}
	}
	if _, err := dec.Token(); err != nil {
		errs = append(errs, jsonErr(source, text, 0, 0, err))
	} else if _, err := dec.Token(); err != io.EOF {
		errs = append(errs, &InputError{Source: source, Err: errors.New("data after the closing ]")})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(items) == 0 {
		return nil, []*InputError{{Source: source, Err: errors.New("the array holds no application")}}
	}
	return items, nil
}

func jsonErr(source string, text []byte, base int64, index int, err error) *InputError {
	e := &InputError{Source: source, Index: index, Err: err}
	if off, ok := errOffset(err); ok {
		e.Line, e.Col = lineCol(text, base+off)
	}
	return e
}

// decodeOne decodes one application strictly; raw starts at offset start of text.
func decodeOne(source string, text []byte, start int64, raw []byte, index int, ln *lines) (Item, *InputError) {
	line := ln.at(start)
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var app eligibility.Application
	if err := dec.Decode(&app); err != nil {
		e := jsonErr(source, text, start, index, err)
		if e.Line == 0 {
			e.Line = line
		}
		return Item{}, e
	}
	if rest := bytes.TrimSpace(raw[dec.InputOffset():]); len(rest) > 0 {
		l, c := lineCol(text, start+dec.InputOffset())
		return Item{}, &InputError{Source: source, Index: index, Line: l, Col: c,
			Err: errors.New("data after the application: wrap several applications in a JSON array")}
	}
	return Item{Source: source, Index: index, Line: line, App: app}, nil
}
