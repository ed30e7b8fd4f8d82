package cli

import (
	"flag"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Text is a text in both languages.
type Text struct{ Zh, En string }

// Pick returns the text in language l.
func (t Text) Pick(l Lang) string { return l.Pick(t.Zh, t.En) }

// FlagSet is a program's flags with their help in both languages. Its -h prints the help
// in the language the command line asks for with -lang (Chinese by default, as the
// programs' output), whether -lang comes before -h or after it.
type FlagSet struct {
	*flag.FlagSet
	intro Text
	usage map[string]Text
	args  []string
}

// NewFlagSet returns the flag set of the program name, whose help opens with intro and is
// printed to stderr in the language args ask for.
func NewFlagSet(name string, args []string, stderr io.Writer, intro Text) *FlagSet {
	f := &FlagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), intro: intro, usage: map[string]Text{}, args: args}
	f.SetOutput(stderr)
	f.Usage = func() { _, _ = io.WriteString(f.Output(), f.Help(f.LangOf(f.args))) }
	return f
}

// LangOf returns the language args ask for with -lang (or --lang, -lang=…), reading them
// as the flag set does, up to the first argument that is not a flag: Chinese when they ask
// for none, or for one ParseLang does not know (parsing reports that).
func (f *FlagSet) LangOf(args []string) Lang {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "lang" && hasValue {
			return langOr(value)
		}
		fl := f.Lookup(name)
		if fl == nil || hasValue {
			continue
		}
		if b, ok := fl.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 >= len(args) {
			break
		}
		i++
		if name == "lang" {
			return langOr(args[i])
		}
	}
	return Zh
}

func langOr(s string) Lang {
	if l, err := ParseLang(s); err == nil {
		return l
	}
	return Zh
}

// Bool defines a bool flag with its usage in both languages.
func (f *FlagSet) Bool(p *bool, name string, value bool, usage Text) {
	f.BoolVar(p, name, value, usage.En)
	f.usage[name] = usage
}

// String defines a string flag with its usage in both languages. A name in back quotes in
// the usage names the value in the help: "写入`文件`", "write to `file`".
func (f *FlagSet) String(p *string, name, value string, usage Text) {
	f.StringVar(p, name, value, usage.En)
	f.usage[name] = usage
}

// Int defines an int flag with its usage in both languages.
func (f *FlagSet) Int(p *int, name string, value int, usage Text) {
	f.IntVar(p, name, value, usage.En)
	f.usage[name] = usage
}

// Help returns the whole help in language l: the introduction, then every flag with its
// value's name, its usage and its default.
func (f *FlagSet) Help(l Lang) string {
	var b strings.Builder
	b.WriteString(f.intro.Pick(l))
	b.WriteString(l.Pick("参数：\n", "flags:\n"))
	f.VisitAll(func(fl *flag.Flag) {
		u := f.usage[fl.Name].Pick(l)
		if u == "" {
			u = fl.Usage
		}
		name, usage := flag.UnquoteUsage(&flag.Flag{Name: fl.Name, Usage: u, Value: fl.Value})
		if l == Zh {
			switch name {
			case "value", "string":
				name = "值"
			case "int":
				name = "整数"
			}
		}
		fmt.Fprintf(&b, "  -%s", fl.Name)
		if name != "" {
			b.WriteString(" " + name)
		}
		b.WriteString("\n    \t" + strings.ReplaceAll(usage, "\n", "\n    \t"))
		if fl.DefValue != "" && fl.DefValue != "false" && fl.DefValue != "0" {
			fmt.Fprintf(&b, l.Pick("（默认 %s）", " (default %s)"), fl.DefValue)
		}
		b.WriteString("\n")
	})
	return b.String()
}

// flagLine is a flag's line in a help: two spaces, the flag, and the name of its value.
var flagLine = regexp.MustCompile(`(?m)^  -([a-z0-9][a-z0-9-]*)(?: (\S+))?$`)

// flagRef is a flag named in running text; citation is an article or clause cited.
var (
	flagRef  = regexp.MustCompile(`(?:^|[\s（(“"：:，,、；;。])(-[a-z][a-z0-9-]*[a-z0-9])`)
	citation = regexp.MustCompile(`第[一二三四五六七八九十百零〇]+条(?:（[一二三四五六七八九十]+）)?`)
	defaults = regexp.MustCompile(`(?m)(?:（默认 |\(default )(.+?)[）)]$`)
)

// CompareHelp holds a program's Chinese and English help to the same content: the same
// flags in the same order, each with a value name or none in both, the same defaults, the
// same flags named and the same articles cited in the text; and the Chinese help written in
// Chinese. It returns what differs, nothing when they agree.
func CompareHelp(zh, en string) []string {
	var out []string
	flags := func(s string) (names []string, values []bool) {
		for _, m := range flagLine.FindAllStringSubmatch(s, -1) {
			names, values = append(names, m[1]), append(values, m[2] != "")
		}
		return names, values
	}
	zn, zv := flags(zh)
	en2, ev := flags(en)
	if !slices.Equal(zn, en2) {
		out = append(out, fmt.Sprintf("the flags differ: Chinese %q, English %q", zn, en2))
	} else if !slices.Equal(zv, ev) {
		out = append(out, fmt.Sprintf("the flags' values differ: Chinese %v, English %v (for %q)", zv, ev, zn))
	}
	if len(zn) == 0 {
		out = append(out, "the help lists no flags")
	}
	set := func(re *regexp.Regexp, s string, group int) []string {
		var l []string
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			if !slices.Contains(l, m[group]) {
				l = append(l, m[group])
			}
		}
		slices.Sort(l)
		return l
	}
	// Flags named in the text, not on their own lines; citations and defaults anywhere.
	zt, et := flagLine.ReplaceAllString(zh, ""), flagLine.ReplaceAllString(en, "")
	for _, c := range []struct {
		what  string
		re    *regexp.Regexp
		group int
	}{{"defaults", defaults, 1}, {"flags named", flagRef, 1}, {"articles cited", citation, 0}} {
		if z, e := set(c.re, zt, c.group), set(c.re, et, c.group); !slices.Equal(z, e) {
			out = append(out, fmt.Sprintf("the %s differ: Chinese %q, English %q", c.what, z, e))
		}
	}
	han := 0
	for _, r := range zh {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if han < len([]rune(zh))/8 {
		out = append(out, "the Chinese help is mostly not Chinese")
	}
	for line := range strings.Lines(defaults.ReplaceAllString(zh, "")) {
		if strings.HasPrefix(line, "    \t") && !strings.ContainsFunc(line, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
			out = append(out, "a flag's Chinese usage has no Chinese: "+strings.TrimSpace(line))
		}
	}
	return out
}
