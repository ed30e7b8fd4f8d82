package cli

import (
	"bytes"
	"errors"
	"flag"
	"slices"
	"strings"
	"testing"
)

func newTestFlags(args []string, out *bytes.Buffer) (*FlagSet, *string, *bool, *int) {
	f := NewFlagSet("p", args, out, Text{Zh: "p：示例程序\n\n", En: "p: an example program\n\n"})
	var s string
	var b bool
	var n int
	f.String(&s, "o", "", Text{Zh: "写入`文件`", En: "write to `file`"})
	f.String(&s, "format", "table", Text{Zh: "输出格式", En: "output format"})
	f.Bool(&b, "withdrawn-in-n", false, Text{Zh: "中途退出的计入N（第二十二条）", En: "withdrawals count in N (第二十二条)"})
	f.Int(&n, "waive-floor-below", 0, Text{Zh: "少于`n`个不设下限", En: "no floor below `n`"})
	f.Int(&n, "limit", 3, Text{Zh: "上限", En: "a limit"})
	return f, &s, &b, &n
}

func TestLangOf(t *testing.T) {
	f, _, _, _ := newTestFlags(nil, &bytes.Buffer{})
	var lang string
	f.String(&lang, "lang", "zh", Text{Zh: "语言", En: "language"})
	cases := []struct {
		args []string
		want Lang
	}{
		{nil, Zh},
		{[]string{"-h"}, Zh},
		{[]string{"-lang", "en", "-h"}, En},
		{[]string{"-h", "-lang", "en"}, En},
		{[]string{"--lang=en", "-h"}, En},
		{[]string{"-lang=english"}, En},
		{[]string{"-lang", "zh"}, Zh},
		{[]string{"-lang", "fr", "-h"}, Zh}, // refused when parsed; the help stays Chinese
		{[]string{"-lang"}, Zh},             // no value
		{[]string{"file.csv", "-lang", "en"}, Zh},
		{[]string{"--", "-lang", "en"}, Zh},
		{[]string{"-", "-lang", "en"}, Zh},
		{[]string{"-format", "csv", "-lang", "en"}, En},
		{[]string{"-format=csv", "-withdrawn-in-n", "-lang", "en"}, En},
		{[]string{"-o", "-lang", "-lang", "en"}, En}, // -o takes "-lang" as its file
		{[]string{"-o", "-lang", "en"}, Zh},          // … and here "en" is the first argument
		{[]string{"-nope", "-lang", "en"}, En},       // an unknown flag is an error when parsed
	}
	for _, c := range cases {
		if got := f.LangOf(c.args); got != c.want {
			t.Errorf("LangOf(%q) = %v, want %v", c.args, got, c.want)
		}
	}
}

// -h prints the help in the language of -lang, wherever it stands; the flags work as flags.
func TestFlagSetHelp(t *testing.T) {
	for _, c := range []struct {
		args      []string
		want, not []string
	}{
		{[]string{"-h"}, []string{"p：示例程序", "参数：", "  -o 文件\n    \t写入文件\n", "  -format 值\n    \t输出格式（默认 table）\n",
			"  -withdrawn-in-n\n    \t中途退出的计入N（第二十二条）\n", "  -limit 整数\n    \t上限（默认 3）\n"}, []string{"flags:", "default"}},
		{[]string{"-h", "-lang", "en"}, []string{"p: an example program", "flags:", "  -o file\n    \twrite to file\n",
			"  -format string\n    \toutput format (default table)\n", "  -waive-floor-below n\n"}, []string{"参数", "默认"}},
	} {
		var out bytes.Buffer
		f, _, _, _ := newTestFlags(c.args, &out)
		var lang string
		f.String(&lang, "lang", "zh", Text{Zh: "语言", En: "language"})
		if err := f.Parse(c.args); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("Parse(%q) = %v, want flag.ErrHelp", c.args, err)
		}
		for _, w := range c.want {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%q: help lacks %q:\n%s", c.args, w, out.String())
			}
		}
		for _, w := range c.not {
			if strings.Contains(out.String(), w) {
				t.Errorf("%q: help holds %q:\n%s", c.args, w, out.String())
			}
		}
	}
	var out bytes.Buffer
	f, s, b, n := newTestFlags(nil, &out)
	if err := f.Parse([]string{"-format", "csv", "-withdrawn-in-n", "-waive-floor-below", "5", "x"}); err != nil || *s != "csv" || !*b || *n != 5 || f.NArg() != 1 {
		t.Errorf("Parse = %v: %q %v %d %q", err, *s, *b, *n, f.Args())
	}
	// Defaults are the defaults, not the values parsed before -h.
	out.Reset()
	f, _, _, _ = newTestFlags(nil, &out)
	_ = f.Parse([]string{"-format", "csv", "-h"})
	if !strings.Contains(out.String(), "（默认 table）") {
		t.Errorf("the help after -format csv shows another default:\n%s", out.String())
	}
}

func TestCompareHelp(t *testing.T) {
	var zh, en bytes.Buffer
	f, _, _, _ := newTestFlags(nil, &zh)
	g, _, _, _ := newTestFlags(nil, &en)
	if d := CompareHelp(f.Help(Zh), g.Help(En)); len(d) != 0 {
		t.Errorf("the same flags in both languages: %q", d)
	}
	base := f.Help(Zh)
	for _, c := range []struct {
		name, zh, want string
	}{
		{"a flag missing", strings.Replace(base, "  -limit 整数\n    \t上限（默认 3）\n", "", 1), "the flags differ"},
		{"a flag without its value", strings.Replace(base, "  -o 文件\n", "  -o\n", 1), "the flags' values differ"},
		{"another default", strings.Replace(base, "（默认 3）", "（默认 4）", 1), "the defaults differ"},
		{"an article not cited", strings.Replace(base, "（第二十二条）", "", 1), "the articles cited differ"},
		{"a flag named only in one", strings.Replace(base, "上限", "上限，见 -format", 1), "the flags named differ"},
		{"an English usage", strings.Replace(base, "输出格式", "output format", 1), "has no Chinese"},
	} {
		d := CompareHelp(c.zh, g.Help(En))
		if !slices.ContainsFunc(d, func(s string) bool { return strings.Contains(s, c.want) }) {
			t.Errorf("%s: CompareHelp = %q, want %q", c.name, d, c.want)
		}
	}
	if d := CompareHelp("", ""); len(d) == 0 {
		t.Error("an empty help passes")
	}
	if d := CompareHelp(g.Help(En), g.Help(En)); !slices.ContainsFunc(d, func(s string) bool { return strings.Contains(s, "Chinese") }) {
		t.Errorf("English as the Chinese help: %q", d)
	}
}
