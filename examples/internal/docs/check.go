package docs

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform/examples/internal/cli"
)

// commandLine finds a command in a README: a line of a code block (fenced, or indented by
// four spaces) that runs go, without its comment.
var commandLine = regexp.MustCompile(`^(?: {4})?(go (?:run|test|get) [^#]*?)\s*(?:#.*)?$`)

// Commands returns the commands a README shows in its code blocks, in order.
func Commands(doc string) []string {
	var out []string
	fenced := false
	for line := range strings.Lines(doc) {
		line = strings.TrimRight(line, "\n")
		if strings.HasPrefix(line, "```") {
			fenced = !fenced
			continue
		}
		if !fenced && !strings.HasPrefix(line, "    ") {
			continue
		}
		if m := commandLine.FindStringSubmatch(line); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

// ProgramFlags returns the flags Readings name for program, without their values.
func ProgramFlags(program string) []string {
	var out []string
	for _, r := range Readings {
		for _, f := range r.Flags {
			fields := strings.Fields(f)
			if len(fields) >= 2 && fields[0] == program && !slices.Contains(out, fields[1]) {
				out = append(out, fields[1])
			}
		}
	}
	return out
}

// Root returns the module root: the nearest directory above the working directory that
// holds go.mod.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = up
	}
}

// CheckProgram holds an example program to its two helps and to the READMEs. help runs
// the program with args and returns what it wrote on standard error; parse parses a
// command line's flags as the program does. It checks that -h prints Chinese by default and
// English with -lang en, before or after -h; that the two helps agree (cli.CompareHelp);
// that every flag the tables of open readings name for the program is in both; and that
// every command of either README that runs the program parses.
func CheckProgram(t *testing.T, program string, help func(args ...string) string, parse func(args []string) error) {
	t.Helper()
	zh, en := help("-h"), help("-lang", "en", "-h")
	if got := help("-h", "-lang", "en"); got != en {
		t.Errorf("%s -h -lang en differs from -lang en -h", program)
	}
	if got := help("-lang", "zh", "-h"); got != zh {
		t.Errorf("%s -lang zh -h differs from -h (Chinese is the default)", program)
	}
	if zh == en {
		t.Errorf("%s: the help is the same in both languages:\n%s", program, zh)
	}
	for _, p := range cli.CompareHelp(zh, en) {
		t.Errorf("%s: the Chinese and English helps disagree: %s", program, p)
	}
	for _, f := range ProgramFlags(program) {
		for l, h := range map[string]string{"Chinese": zh, "English": en} {
			if !regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(f) + `( |$)`).MatchString(h) {
				t.Errorf("the tables of open readings name %s %s, which is not in its %s help", program, f, l)
			}
		}
	}
	root := Root(t)
	n := 0
	for _, name := range Files {
		b, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range Commands(string(b)) {
			rest, ok := strings.CutPrefix(c, "go run ./examples/"+program)
			if !ok || (rest != "" && rest[0] != ' ') {
				continue
			}
			n++
			var args []string
			for _, a := range strings.Fields(rest) {
				if a == ">" || a == "|" {
					break
				}
				args = append(args, a)
			}
			if err := parse(args); err != nil && !errors.Is(err, flag.ErrHelp) {
				t.Errorf("%s shows `%s`, which %s refuses: %v", name, c, program, err)
			}
		}
	}
	if n == 0 {
		t.Errorf("neither README shows a command running %s", program)
	}
}

// CheckReadingFlags holds the flags the tables of open readings name for program to the
// options they set: options parses a command line as the program does and returns the
// Options struct it would decide under, for the package of each reading the program has
// flags for. Each flag alone (with the first value the table gives it; a placeholder such
// as n stands for 5) must set the field the table names, which no flag leaves unset.
func CheckReadingFlags(t *testing.T, program string, options func(args []string) (any, error)) {
	t.Helper()
	for _, r := range Readings {
		for _, f := range r.Flags {
			fields := strings.Fields(f)
			if len(fields) < 2 || fields[0] != program {
				continue
			}
			args := []string{fields[1]}
			if len(fields) > 2 {
				v, _, _ := strings.Cut(fields[2], "|")
				switch v {
				case "n":
					v = "5"
				case "YYYY-MM-DD":
					v = "2021-08-01"
				}
				args = append(args, v)
			}
			for _, a := range [][]string{nil, args} {
				opts, err := options(a)
				if err != nil {
					t.Errorf("%s %q: %v", program, a, err)
					continue
				}
				v := reflect.ValueOf(opts)
				if p := v.Type().PkgPath(); !strings.HasSuffix(p, "/"+r.Package) || v.Type().Name() != "Options" {
					t.Errorf("%s %q: the options are %s.%s, want the Options of %s", program, a, p, v.Type().Name(), r.Package)
					continue
				}
				for _, name := range strings.Split(r.Option, ".") {
					v = v.FieldByName(name)
					if !v.IsValid() {
						break
					}
				}
				switch {
				case !v.IsValid():
					t.Errorf("%s.Options has no field %s", r.Package, r.Option)
				case a == nil && !v.IsZero():
					t.Errorf("%s with no flags sets %s.Options.%s: the default reading is its zero value", program, r.Package, r.Option)
				case a != nil && v.IsZero():
					t.Errorf("the tables say `%s` selects %s.Options.%s, but %s %q leaves it unset", f, r.Package, r.Option, program, a)
				}
			}
		}
	}
}
