package docs_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/docs"
	"github.com/lhasa-sti/platform/examples/internal/golden"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/lhasa-sti/platform/naming"
	"github.com/lhasa-sti/platform/subsidy"

	"github.com/stretchr/testify/require"
)

// root is the module root, where the READMEs are.
const root = "../../.."

// options are the Options structs whose fields the tables list, by package.
var options = map[string]reflect.Type{
	"eligibility": reflect.TypeFor[eligibility.Options](),
	"subsidy":     reflect.TypeFor[subsidy.Options](),
	"evaluation":  reflect.TypeFor[evaluation.Options](),
	"naming":      reflect.TypeFor[naming.Options](),
	"lifecycle":   reflect.TypeFor[lifecycle.Options](),
}

// expanded are option structs whose fields are listed one by one where they are a field
// of another package's Options (an embedded struct is always expanded).
var expanded = []reflect.Type{reflect.TypeFor[platform.Counting](), reflect.TypeFor[calendar.Options]()}

// fields lists the exported fields of t as paths ("Counting.MetOnLastDay"), with their
// JSON names, expanding embedded structs and the expanded types.
func fields(t reflect.Type, prefix string, out map[string]string) {
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		if f.Type.Kind() == reflect.Struct && (f.Anonymous || slices.Contains(expanded, f.Type)) {
			fields(f.Type, prefix+f.Name+".", out)
			continue
		}
		out[prefix+f.Name] = strings.Split(f.Tag.Get("json"), ",")[0]
	}
}

// The tables list every field of every package's Options, and nothing else: a field added
// without a row fails here, with the row to add.
func TestEveryOptionHasARowInTheTables(t *testing.T) {
	listed := map[string]bool{}
	for _, r := range docs.Readings {
		key := r.Package + "." + r.Option
		if listed[key] {
			t.Errorf("%s has two rows in docs.Readings", key)
		}
		listed[key] = true
		if r.DefaultZh == "" || r.DefaultEn == "" || r.OtherZh == "" || r.OtherEn == "" || r.ClauseZh == "" || r.ClauseEn == "" {
			t.Errorf("%s: every text of the row is needed in both languages: %+v", key, r)
		}
		if !slices.Contains(docs.Packages, r.Package) {
			t.Errorf("%s: package %q has no table (docs.Packages)", key, r.Package)
		}
	}
	for _, s := range docs.Settings {
		key := s.Package + "." + s.Option
		if listed[key] {
			t.Errorf("%s is both a reading and a setting", key)
		}
		listed[key] = true
	}
	readmes := map[cli.Lang]string{cli.En: readFile(t, docs.Files[cli.En]), cli.Zh: readFile(t, docs.Files[cli.Zh])}
	for _, pkg := range docs.Packages {
		typ, ok := options[pkg]
		if !ok {
			t.Errorf("package %s has a table but the test does not know its Options type", pkg)
			continue
		}
		have := map[string]string{}
		fields(typ, "", have)
		for field, tag := range have {
			key := pkg + "." + field
			if listed[key] {
				delete(listed, key)
				continue
			}
			t.Errorf("%s.Options.%s (json %q) is not in the tables of open readings. Add its row to Readings in "+
				"examples/internal/docs/readings.go, after the other %s rows:\n\n%s\n"+
				"then run `%s` to write it into the %s tables of README.md and README.zh-CN.md. "+
				"(If it is not an open reading of the measures, add it to Settings with the reason.)",
				pkg, field, tag, pkg, rowTemplate(pkg, field, readmes), docs.UpdateCommand, pkg)
		}
	}
	for key := range listed {
		t.Errorf("docs.Readings or docs.Settings has a row for %s, which is not a field of that package's Options: remove or rename it", key)
	}
}

// rowTemplate is the Go literal of a new row, with the texts taken from the rows written
// by hand into the READMEs' tables, if there are any.
func rowTemplate(pkg, field string, readmes map[cli.Lang]string) string {
	text := map[cli.Lang][3]string{cli.En: {"…", "…", "…"}, cli.Zh: {"…", "…", "…"}}
	for l, doc := range readmes {
		for line := range strings.Lines(doc) {
			if !strings.HasPrefix(line, "| `"+field+"` |") {
				continue
			}
			cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), " | ")
			if len(cells) >= 4 {
				text[l] = [3]string{strings.TrimSpace(cells[1]), strings.TrimSpace(cells[2]), strings.TrimSpace(cells[3])}
			}
		}
	}
	en, zh := text[cli.En], text[cli.Zh]
	return fmt.Sprintf("\t{\n\t\tPackage: %q, Option: %q,\n\t\tDefaultZh: %q, DefaultEn: %q,\n\t\tOtherZh: %q, OtherEn: %q,\n"+
		"\t\tClauseZh: %q, ClauseEn: %q,\n\t\tFlags: []string{/* \"program -flag\" if an example program sets it */},\n\t},",
		pkg, field, zh[0], en[0], zh[1], en[1], zh[2], en[2])
}

// Every package that declares an Options struct has its table (calendar's options are
// listed where lifecycle carries them, as WorkingDays; platform.Counting where eligibility
// embeds it), so a new package's readings cannot go unlisted.
func TestEveryOptionsStructIsListed(t *testing.T) {
	covered := map[string]bool{"lifecycle/calendar": true}
	for _, p := range docs.Packages {
		covered[p] = true
	}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel == "examples" || (rel != "." && strings.HasPrefix(d.Name(), ".")) || d.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if _, isStruct := ts.Type.(*ast.StructType); !isStruct || ts.Name.Name != "Options" {
					continue
				}
				if dir := filepath.ToSlash(filepath.Dir(rel)); !covered[dir] {
					t.Errorf("%s declares Options, which has no table of open readings: add %q to docs.Packages and its type to "+
						"the options map of this test, give its fields rows in docs.Readings, add the block markers for "+
						"\"readings %s\" to both READMEs and run `%s`", rel, dir, dir, docs.UpdateCommand)
				}
			}
		}
		return nil
	})
	require.NoError(t, err)
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, name))
	require.NoError(t, err)
	return string(b)
}

// Both READMEs hold the tables as examples/internal/docs writes them; with -update, the
// test writes them (only once every option has its row, so no row written by hand is lost).
func TestREADMETablesAreGenerated(t *testing.T) {
	for _, l := range []cli.Lang{cli.En, cli.Zh} {
		name := docs.Files[l]
		doc := readFile(t, name)
		want, err := docs.Splice(doc, l)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if want == doc {
			continue
		}
		if *golden.Update {
			if !t.Run("every option has its row", TestEveryOptionHasARowInTheTables) {
				t.Fatalf("not rewriting %s: first give every option its row", name)
			}
			if err := os.WriteFile(filepath.Join(root, name), []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s: its generated tables differ from what examples/internal/docs writes; run `%s` (a row written by hand "+
			"belongs in examples/internal/docs/readings.go).\n%s", name, docs.UpdateCommand, firstDiff(doc, want))
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  README:    %s\n  generated: %s", i+1, a, b)
		}
	}
	return ""
}

// Each README links to the other at its top.
func TestREADMEsLinkEachOther(t *testing.T) {
	for l, other := range map[cli.Lang]string{cli.En: docs.Files[cli.Zh], cli.Zh: docs.Files[cli.En]} {
		head := readFile(t, docs.Files[l])
		if i := strings.Index(head, "\n## "); i > 0 {
			head = head[:i]
		}
		if !strings.Contains(head, "]("+other+")") {
			t.Errorf("%s does not link to %s before its first section", docs.Files[l], other)
		}
	}
}

// Both READMEs show the same commands (each as often; the sections are ordered for their
// readers), so a reader of either runs the same programs with the same flags.
func TestREADMEsShowTheSameCommands(t *testing.T) {
	en, zh := docs.Commands(readFile(t, docs.Files[cli.En])), docs.Commands(readFile(t, docs.Files[cli.Zh]))
	if len(en) < 10 {
		t.Errorf("README.md shows %d commands; the parser of code blocks has lost them: %q", len(en), en)
	}
	slices.Sort(en)
	slices.Sort(zh)
	if !slices.Equal(en, zh) {
		t.Errorf("the READMEs show different commands:\n%s", listDiff(en, zh))
	}
}

func listDiff(en, zh []string) string {
	var b strings.Builder
	for _, c := range en {
		if !slices.Contains(zh, c) {
			fmt.Fprintf(&b, "  only in README.md:       %s\n", c)
		}
	}
	for _, c := range zh {
		if !slices.Contains(en, c) {
			fmt.Fprintf(&b, "  only in README.zh-CN.md: %s\n", c)
		}
	}
	if b.Len() == 0 {
		fmt.Fprintf(&b, "  the same commands, not as often:\n  README.md:       %q\n  README.zh-CN.md: %q\n", en, zh)
	}
	return b.String()
}

// noHelp are the programs that take no flags, with the reason.
var noHelp = map[string]string{"quickstart": "the README's quick start, word for word: it takes no flags"}

// Every example program is in both READMEs, with a command that runs it, and its test holds
// its help and the READMEs' commands to it (docs.CheckProgram); a new program (the browser
// page) is told here what it lacks.
func TestEveryProgramIsDocumented(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join(root, "examples"))
	require.NoError(t, err)
	readmes := map[string][]string{}
	for _, name := range docs.Files {
		readmes[name] = docs.Commands(readFile(t, name))
	}
	n := 0
	for _, e := range entries {
		dir := filepath.Join(root, "examples", e.Name())
		if _, err := os.Stat(filepath.Join(dir, "main.go")); !e.IsDir() || err != nil {
			continue
		}
		n++
		program := e.Name()
		for name, cmds := range readmes {
			if !slices.ContainsFunc(cmds, func(c string) bool {
				return c == "go run ./examples/"+program || strings.HasPrefix(c, "go run ./examples/"+program+" ")
			}) {
				t.Errorf("%s shows no command running %s: give it a section with its inputs, outputs and a command "+
					"(`go run ./examples/%s …` in a code block), in README.md and README.zh-CN.md alike", name, program, program)
			}
		}
		if _, ok := noHelp[program]; ok {
			continue
		}
		tests, _ := filepath.Glob(filepath.Join(dir, "*_test.go"))
		found := false
		for _, f := range tests {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			found = found || strings.Contains(string(b), `docs.CheckProgram(t, "`+program+`"`)
		}
		if !found {
			t.Errorf("examples/%s has no test calling docs.CheckProgram(t, %q, …): define its flags with cli.NewFlagSet "+
				"(each usage in Chinese and English) and copy TestHelp from examples/cohort/main_test.go", program, program)
		}
	}
	if n < 6 {
		t.Errorf("found %d example programs; the walk has lost them", n)
	}
}
