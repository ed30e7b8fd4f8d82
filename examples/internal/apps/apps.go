// Package apps reads applications for filing (eligibility.Application) from JSON files
// holding one object or an array of them, strictly (an unknown key is an error at any depth),
// naming the file, the application, the line and the field of every problem. The eligibility
// and compare programs and the web page share it.
package apps

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
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
	// Field is the JSON path of the value refused (key_laboratory.lab_area,
	// key_laboratory.papers[2]), when the error's own text does not name it.
	Field string
	Err   error
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
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
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
		if se := (*json.SyntaxError)(nil); !errors.As(err, &se) {
			// A value's own decoder (a decimal, a date, a code) refused it: its error names
			// neither the field nor the place (or, inside an optional fact, the place
			// within the fact only), so find them.
			fd := finder{unknownKeys: strings.HasPrefix(err.Error(), "json: unknown field ")}
			if field, off, ferr, found := fd.locate(raw, reflect.TypeFor[eligibility.Application](), ""); found {
				e.Field, e.Err = field, ferr
				e.Line, e.Col = lineCol(text, start+off)
			}
		}
		if e.Line == 0 {
			e.Line = line
		}
		return Item{}, e
	}
	// An optional fact's own decoder (eligibility.Opt) is not strict: a misspelled key in
	// an element of an optional list (bans[0].frm) would silently be "not supplied".
	if field, off, ferr, found := (finder{unknownKeys: true}).locate(raw, reflect.TypeFor[eligibility.Application](), ""); found {
		l, c := lineCol(text, start+off)
		return Item{}, &InputError{Source: source, Index: index, Line: l, Col: c, Field: field, Err: ferr}
	}
	if rest := bytes.TrimSpace(raw[dec.InputOffset():]); len(rest) > 0 {
		l, c := lineCol(text, start+dec.InputOffset())
		return Item{}, &InputError{Source: source, Index: index, Line: l, Col: c,
			Err: errors.New("data after the application: wrap several applications in a JSON array")}
	}
	return Item{Source: source, Index: index, Line: line, App: app}, nil
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// finder finds the value a strict decoding refused.
type finder struct {
	// unknownKeys: look for the first key that names no field (a misspelled fact), not
	// for a value refused. (A value refused by its own decoder ends a decoding at once, so
	// the decoder's error is never an unknown key's when there is such a value.)
	unknownKeys bool
}

// locate finds the first value in raw (JSON decoded as a t, at JSON path path) that
// decoding refuses on its own, or the first unknown key: its path, its offset in raw, and
// the error. It follows the JSON keys of structs, the elements of slices, and the value of
// an optional fact (a type with a Get() (T, bool) method). found is false when there is
// none.
func (fd finder) locate(raw []byte, t reflect.Type, path string) (field string, off int64, err error, found bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return "", 0, nil, false
	}
	decodes := func() (string, int64, error, bool) {
		if fd.unknownKeys {
			return "", 0, nil, false
		}
		if err := json.Unmarshal(raw, reflect.New(t).Interface()); err != nil {
			return path, 0, err, true
		}
		return "", 0, nil, false
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		if get, ok := t.MethodByName("Get"); ok && get.Type.NumIn() == 1 && get.Type.NumOut() == 2 && get.Type.Out(1).Kind() == reflect.Bool {
			if field, off, err, found := fd.locate(raw, get.Type.Out(0), path); found {
				return field, off, err, found
			}
		}
		return decodes()
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return decodes()
	}
	switch t.Kind() {
	case reflect.Struct:
		return fd.members(raw, path, func(key string) (reflect.Type, bool) { return fieldType(t, key) })
	case reflect.Slice, reflect.Array:
		dec := json.NewDecoder(bytes.NewReader(raw))
		if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
			return decodes()
		}
		for i := 0; dec.More(); i++ {
			var v json.RawMessage
			if err := dec.Decode(&v); err != nil {
				return "", 0, nil, false
			}
			start := dec.InputOffset() - int64(len(v))
			if field, off, err, found := fd.locate(v, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); found {
				return field, start + off, err, true
			}
		}
		return "", 0, nil, false
	}
	return decodes()
}

// members runs locate on each member of the JSON object raw whose key names a field, and
// finds the first key that names none when that is what is looked for.
func (fd finder) members(raw []byte, path string, field func(key string) (reflect.Type, bool)) (string, int64, error, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", 0, nil, false
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", 0, nil, false
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return "", 0, nil, false
		}
		p := key
		if path != "" {
			p = path + "." + key
		}
		start := dec.InputOffset() - int64(len(v))
		ft, ok := field(key)
		if !ok {
			if fd.unknownKeys {
				return p, start, fmt.Errorf("json: unknown field %q", key), true
			}
			continue
		}
		if f, off, err, found := fd.locate(v, ft, p); found {
			return f, start + off, err, true
		}
	}
	return "", 0, nil, false
}

// fieldType is the type of t's field that takes the JSON key key, as encoding/json
// matches it (the tag's name, else the field's; an exact match first, then any case).
func fieldType(t reflect.Type, key string) (reflect.Type, bool) {
	var fold reflect.Type
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				if ft, ok := fieldType(f.Type, key); ok {
					return ft, true
				}
				continue
			}
			name = f.Name
		}
		if name == key {
			return f.Type, true
		}
		if fold == nil && strings.EqualFold(name, key) {
			fold = f.Type
		}
	}
	return fold, fold != nil
}
