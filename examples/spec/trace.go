package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
)

// pkgRules is one package's rule catalog.
type pkgRules struct {
	Name  string
	Rules []platform.Rule
}

// testRef is a test function (Test, Fuzz, Example, Benchmark, or a helper or table the
// literal sits in) whose source names a rule ID.
type testRef struct {
	File string `json:"file"` // slash-separated, relative to the module root
	Func string `json:"func"` // the enclosing function, or "var name" for a package-level table
}

// ruleRef is a rule as the report lists it.
type ruleRef struct {
	Package string        `json:"package"`
	Rule    platform.Rule `json:"rule"`
	Tests   []testRef     `json:"tests"`
}

// clause is one article of the main text or one clause of the annex, with what implements it.
type clause struct {
	Cite   platform.Citation `json:"citation"`
	Zh     string            `json:"zh"`
	En     string            `json:"en"`
	NoteZh string            `json:"note_zh,omitempty"`
	NoteEn string            `json:"note_en,omitempty"`
	Rules  []ruleRef         `json:"rules"`
}

// Covered reports whether the clause has a rule or the reason it is a note.
func (c *clause) Covered() bool { return len(c.Rules) > 0 || c.NoteZh != "" || c.NoteEn != "" }

// trace is the traceability report.
type trace struct {
	Main  []clause  `json:"main_text"`
	Annex []clause  `json:"annex"`
	Other []ruleRef `json:"other"`   // rules citing another law or a clause outside the catalog
	Bad   []ruleRef `json:"invalid"` // rules with a zero or invalid citation
	Files int       `json:"test_files"`
}

// implements reports whether a rule citing r implements the catalog clause c: the same
// text (main or the same annex section), the same article, and, when c names an item, the
// same item. A rule citing a paragraph or a named part of a clause implements that clause.
func implements(r, c platform.Citation) bool {
	if r.Law != "" || c.Law != "" || r.Annex != c.Annex || r.Article != c.Article {
		return false
	}
	return c.Item == 0 || r.Item == c.Item
}

// buildTrace matches every rule of every package to the catalog of the main text and the
// annex, and every rule to the test functions whose source names its ID.
func buildTrace(pkgs []pkgRules, tests map[string][]testRef, files int) trace {
	t := trace{Files: files}
	for _, a := range platform.MainText() {
		t.Main = append(t.Main, clause{Cite: a.Cite, Zh: a.Zh, En: a.En, NoteZh: a.NoteZh, NoteEn: a.NoteEn})
	}
	for _, a := range platform.AnnexClauses() {
		t.Annex = append(t.Annex, clause{Cite: a.Cite, Zh: a.Zh, En: a.En, NoteZh: a.NoteZh, NoteEn: a.NoteEn})
	}
	for _, p := range pkgs {
		for _, r := range p.Rules {
			ref := ruleRef{Package: p.Name, Rule: r, Tests: tests[r.ID]}
			if r.Cite.IsZero() || !r.Cite.Valid() {
				t.Bad = append(t.Bad, ref)
				continue
			}
			placed := false
			for _, list := range [][]clause{t.Main, t.Annex} {
				for i := range list {
					if implements(r.Cite, list[i].Cite) {
						list[i].Rules = append(list[i].Rules, ref)
						placed = true
					}
				}
			}
			if !placed {
				t.Other = append(t.Other, ref)
			}
		}
	}
	return t
}

// Missing returns the clauses that have neither a rule nor a note.
func (t *trace) Missing() []clause {
	var out []clause
	for _, list := range [][]clause{t.Main, t.Annex} {
		for _, c := range list {
			if !c.Covered() {
				out = append(out, c)
			}
		}
	}
	return out
}

// findRoot walks up from dir to the directory holding go.mod.
func findRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// scanTests parses every *_test.go file under root (skipping hidden directories, testdata
// and vendor) and records, for every string literal equal to a rule ID, the function or
// package-level declaration it sits in.
func scanTests(root string, ids map[string]bool) (map[string][]testRef, int, error) {
	out := map[string][]testRef{}
	seen := map[string]map[testRef]bool{}
	files := 0
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files++
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		record := func(n ast.Node, where string) {
			ast.Inspect(n, func(n ast.Node) bool {
				lit, ok := n.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil || !ids[s] {
					return true
				}
				ref := testRef{File: rel, Func: where}
				if seen[s] == nil {
					seen[s] = map[testRef]bool{}
				}
				if !seen[s][ref] {
					seen[s][ref] = true
					out[s] = append(out[s], ref)
				}
				return true
			})
		}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				name := d.Name.Name
				if d.Recv != nil && len(d.Recv.List) > 0 {
					name = recvName(d.Recv.List[0].Type) + "." + name
				}
				record(d, name)
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					name := "?"
					if vs, ok := spec.(*ast.ValueSpec); ok && len(vs.Names) > 0 {
						name = vs.Names[0].Name
					}
					record(spec, d.Tok.String()+" "+name)
				}
			}
		}
		return nil
	})
	for id := range out {
		sort.Slice(out[id], func(i, j int) bool {
			a, b := out[id][i], out[id][j]
			if a.File != b.File {
				return a.File < b.File
			}
			return a.Func < b.Func
		})
	}
	return out, files, err
}

func recvName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.StarExpr:
		return recvName(x.X)
	case *ast.Ident:
		return x.Name
	case *ast.IndexExpr:
		return recvName(x.X)
	}
	return "?"
}
