package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/stretchr/testify/require"
)

func TestWidth(t *testing.T) {
	cases := []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"重点实验室", 10}, {"LS-1 拉萨", 9}, {"（）", 4}, {"—", 1}, {"≥90", 3},
	}
	for _, c := range cases {
		if got := Width(c.s); got != c.want {
			t.Errorf("Width(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	if got := Pad("拉萨", 6); got != "拉萨  " {
		t.Errorf("Pad = %q", got)
	}
	if got := PadLeft("12", 4); got != "  12" {
		t.Errorf("PadLeft = %q", got)
	}
	if got := Pad("拉萨市", 2); got != "拉萨市" {
		t.Errorf("Pad never truncates: %q", got)
	}
}

func TestTable(t *testing.T) {
	tb := Table{Header: []string{"名称", "N", "说明"}, Right: []bool{false, true}}
	tb.Add("拉萨市甲", "8", "")
	tb.Add("b", "12", "a long note that does not stretch the rule")
	tb.Add("c")
	var b bytes.Buffer
	tb.Write(&b)
	want := "名称       N  说明\n" +
		"──────────────────\n" +
		"拉萨市甲   8\n" +
		"b         12  a long note that does not stretch the rule\n" +
		"c\n"
	if b.String() != want {
		t.Errorf("table:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestDecode(t *testing.T) {
	text := []byte("编号,名称\n")
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(text)
	require.NoError(t, err)
	cases := []struct {
		name string
		in   []byte
		enc  string
	}{
		{"UTF-8", text, "UTF-8"},
		{"UTF-8 with BOM", append([]byte("\xef\xbb\xbf"), text...), "UTF-8 (BOM)"},
		{"GBK", gbk, "GBK"},
	}
	for _, c := range cases {
		got, enc, err := Decode(c.in)
		if err != nil || enc != c.enc || !bytes.Equal(got, text) {
			t.Errorf("%s: Decode = %q, %q, %v", c.name, got, enc, err)
		}
	}
	for _, bad := range [][]byte{[]byte("\xef\xbb\xbf\xff"), []byte("a\x81\x20b"), {0xff, 0xff, 0xff}} {
		if _, _, err := Decode(bad); !errors.Is(err, ErrEncoding) {
			t.Errorf("Decode(%x) = %v, want ErrEncoding", bad, err)
		}
	}
}

func TestWriteOutput(t *testing.T) {
	var out bytes.Buffer
	if err := WriteOutput("", &out, []byte("x")); err != nil || out.String() != "x" {
		t.Errorf("stdout: %v %q", err, out.String())
	}
	out.Reset()
	if err := WriteOutput("-", &out, []byte("y")); err != nil || out.String() != "y" {
		t.Errorf("-: %v %q", err, out.String())
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "r.txt")
	if err := WriteOutput(p, &out, []byte("report")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "report" {
		t.Errorf("file holds %q", b)
	}
	// A path whose directory is a file: an error, and no temporary file left anywhere.
	if err := WriteOutput(filepath.Join(p, "x"), &out, []byte("z")); err == nil {
		t.Error("writing under a file succeeded")
	}
	// Renaming onto a directory fails: the temporary file is removed.
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "f"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteOutput(sub, &out, []byte("z")); err == nil {
		t.Error("renaming onto a non-empty directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("directory holds %d entries, want r.txt and sub", len(entries))
	}
}

func TestLang(t *testing.T) {
	for s, want := range map[string]Lang{"zh": Zh, "中文": Zh, " EN ": En, "english": En} {
		if got, err := ParseLang(s); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error("ParseLang(fr) succeeded")
	}
	if Zh.Pick("甲", "a") != "甲" || En.Pick("甲", "a") != "a" {
		t.Error("Pick")
	}
}

func TestDecodeJSON(t *testing.T) {
	type v struct {
		A int `json:"a"`
	}
	cases := []struct {
		name     string
		in       string
		line     int
		contains string
	}{
		{"syntax", "{\n \"a\": ,\n}", 2, "invalid character"},
		{"type", "{\n\n \"a\": \"x\"}", 3, "cannot unmarshal"},
		{"unknown field", `{"b": 1}`, 0, `unknown field "b"`},
		{"trailing", `{"a": 1} {}`, 1, "after the JSON value"},
		{"empty", " \n", 1, "empty"},
		{"encoding", "\xff\xfe", 0, "neither UTF-8 nor GBK"},
	}
	for _, c := range cases {
		var x v
		err := DecodeJSON([]byte(c.in), &x)
		var je *JSONError
		if !errors.As(err, &je) || je.Line != c.line || !strings.Contains(err.Error(), c.contains) {
			t.Errorf("%s: DecodeJSON = %v (line %d), want line %d and %q", c.name, err, lineOf(je), c.line, c.contains)
		}
	}
	var x v
	if err := DecodeJSON([]byte("\ufeff{\"a\": 7}\n"), &x); err != nil || x.A != 7 {
		t.Errorf("DecodeJSON with BOM = %v, %+v", err, x)
	}
}

func lineOf(e *JSONError) int {
	if e == nil {
		return -1
	}
	return e.Line
}

func FuzzDecodeJSON(f *testing.F) {
	f.Add([]byte(`{"a": 1}`))
	f.Add([]byte("{\n\"a\": }"))
	f.Add([]byte("\xef\xbb\xbf[1] x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var v any
		err := DecodeJSON(data, &v)
		var je *JSONError
		if err != nil && !errors.As(err, &je) {
			t.Fatalf("error of another type: %T", err)
		}
		if je != nil && (je.Line < 0 || je.Col < 0) {
			t.Fatalf("negative position: %+v", je)
		}
	})
}
