// Package cli holds what the example programs share: display-width text tables that line
// up Chinese and Latin text, output written only once everything succeeded, input decoding
// (UTF-8 with or without BOM, or GBK as Chinese Excel saves it), the exit codes, and flags
// whose help is written in Chinese and English and printed in the language -lang asks for.
package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/width"
)

// Exit codes shared by the programs.
const (
	ExitOK    = 0 // success
	ExitFail  = 1 // the program ran and found something that fails (an ineligible application)
	ExitUsage = 2 // bad flags or bad input: nothing was decided
)

// ProgressThreshold is the number of input rows above which a program reports progress on stderr.
const ProgressThreshold = 10000

// Width returns the number of terminal columns s takes: East Asian wide and full-width
// characters take two, everything else one.
func Width(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// Pad returns s followed by spaces up to w columns.
func Pad(s string, w int) string {
	if d := w - Width(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// PadLeft returns s preceded by spaces up to w columns.
func PadLeft(s string, w int) string {
	if d := w - Width(s); d > 0 {
		return strings.Repeat(" ", d) + s
	}
	return s
}

// Table is a text table whose columns line up in a terminal whatever mix of Chinese and
// Latin text the cells hold. Right marks the columns aligned to the right (numbers).
type Table struct {
	Header []string
	Right  []bool
	Rows   [][]string
}

// Add appends a row.
func (t *Table) Add(cells ...string) { t.Rows = append(t.Rows, cells) }

// Write renders the table: header, a rule, the rows; two spaces between columns.
func (t *Table) Write(w io.Writer) {
	n := len(t.Header)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	widths := make([]int, n)
	measure := func(r []string) {
		for i, c := range r {
			widths[i] = max(widths[i], Width(c))
		}
	}
	measure(t.Header)
	for _, r := range t.Rows {
		measure(r)
	}
	line := func(r []string) {
		var b strings.Builder
		for i := 0; i < n; i++ {
			c := ""
			if i < len(r) {
				c = r[i]
			}
			if i > 0 {
				b.WriteString("  ")
			}
			if i < len(t.Right) && t.Right[i] {
				b.WriteString(PadLeft(c, widths[i]))
			} else {
				b.WriteString(Pad(c, widths[i]))
			}
		}
		_, _ = fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
	if len(t.Header) > 0 {
		line(t.Header)
		// The rule runs under the header; a long last column (notes) does not stretch it.
		total := 0
		for i, wd := range widths {
			if i > 0 {
				total += 2
			}
			if i == n-1 && i < len(t.Header) {
				wd = Width(t.Header[i])
			}
			total += wd
		}
		_, _ = fmt.Fprintln(w, strings.Repeat("─", total))
	}
	for _, r := range t.Rows {
		line(r)
	}
}

// ErrEncoding reports input that is neither UTF-8 nor GBK.
var ErrEncoding = errors.New("input is neither UTF-8 nor GBK")

// Decode returns the text of b: UTF-8 (a byte-order mark is dropped) when b is valid UTF-8,
// otherwise GBK decoded to UTF-8 (Chinese Excel saves CSV in GBK). Input that is neither
// is ErrEncoding. The second result names the encoding found: "UTF-8", "UTF-8 (BOM)" or "GBK".
func Decode(b []byte) ([]byte, string, error) {
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		b = b[3:]
		if !utf8.Valid(b) {
			return nil, "", ErrEncoding
		}
		return b, "UTF-8 (BOM)", nil
	}
	if utf8.Valid(b) {
		return b, "UTF-8", nil
	}
	// GB18030 is a superset of GBK that decodes every GBK file the same way.
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return nil, "", ErrEncoding
	}
	return out, "GBK", nil
}

// WriteOutput writes the finished output: to stdout when path is "" or "-", otherwise to
// the file at path through a temporary file in the same directory renamed into place, so a
// reader never sees half a report.
func WriteOutput(path string, stdout io.Writer, data []byte) error {
	if path == "" || path == "-" {
		_, err := stdout.Write(data)
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		_ = os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

// Lang is the language of a program's output.
type Lang uint8

// The two languages.
const (
	Zh Lang = iota
	En
)

// ParseLang reads zh or en.
func ParseLang(s string) (Lang, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "zh", "cn", "zh-cn", "chinese", "中文":
		return Zh, nil
	case "en", "english":
		return En, nil
	}
	return 0, fmt.Errorf("unknown language %q (want zh or en)", s)
}

// Pick returns zh or en by the language.
func (l Lang) Pick(zh, en string) string {
	if l == En {
		return en
	}
	return zh
}
