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

// skipDir reports whether the walk skips a directory: hidden ones, testdata and vendor.
func skipDir(root, path, name string) bool {
	return path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "vendor")
}

// modulePath reads the module path from root's go.mod ("" when there is none).
func modulePath(root string) string {
	b, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// importPath is the import path of the package in directory dir of the module at root.
func importPath(module, root, dir string) string {
	rel, err := filepath.Rel(root, dir)
	if err != nil || rel == "." {
		return module
	}
	return module + "/" + filepath.ToSlash(rel)
}

// stringConsts returns the string constants each package of the module declares in its
// non-test files, by import path and name: a literal, or a sum of literals and the
// package's other such constants (pE + "3.1.x"). A rule ID exported as a constant
// (eligibility.RuleKeyLabProjects) is then found where a test names the constant.
func stringConsts(root, module string, fset *token.FileSet) (map[string]map[string]string, error) {
	exprs := map[string]map[string]ast.Expr{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if skipDir(root, path, d.Name()) {
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
		ip := importPath(module, root, filepath.Dir(path))
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i < len(vs.Values) {
						if exprs[ip] == nil {
							exprs[ip] = map[string]ast.Expr{}
						}
						exprs[ip][name.Name] = vs.Values[i]
					}
				}
			}
		}
		return nil
	})
	out := map[string]map[string]string{}
	for ip, m := range exprs {
		out[ip] = map[string]string{}
		var eval func(e ast.Expr, depth int) (string, bool)
		eval = func(e ast.Expr, depth int) (string, bool) {
			switch x := e.(type) {
			case *ast.BasicLit:
				if x.Kind != token.STRING {
					return "", false
				}
				s, err := strconv.Unquote(x.Value)
				return s, err == nil
			case *ast.ParenExpr:
				return eval(x.X, depth)
			case *ast.BinaryExpr:
				if x.Op != token.ADD {
					return "", false
				}
				a, ok1 := eval(x.X, depth)
				b, ok2 := eval(x.Y, depth)
				return a + b, ok1 && ok2
			case *ast.Ident:
				if v, ok := m[x.Name]; ok && depth < 8 {
					return eval(v, depth+1)
				}
			}
			return "", false
		}
		for name, e := range m {
			if s, ok := eval(e, 0); ok {
				out[ip][name] = s
			}
		}
	}
	return out, err
}

// scanTests parses every *_test.go file under root (skipping hidden directories, testdata
// and vendor) and records, for every rule ID the source names, the function or
// package-level declaration it sits in. A test names a rule by its ID as a string literal,
// or by a string constant of the module whose value is the ID: a package's exported
// constant (eligibility.RuleKeyLabProjects, through the file's import of the package) or,
// in a test of the package itself, the package's own constant.
func scanTests(root string, ids map[string]bool) (map[string][]testRef, int, error) {
	out := map[string][]testRef{}
	seen := map[string]map[testRef]bool{}
	files := 0
	fset := token.NewFileSet()
	module := modulePath(root)
	consts, err := stringConsts(root, module, fset)
	if err != nil {
		return out, 0, err
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if skipDir(root, path, d.Name()) {
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
		// imported maps each name the file imports a package of the module under to that
		// package's constants; own holds the constants of the package under test, for a
		// test in the package itself (package p, not p_test).
		imported := map[string]map[string]string{}
		for _, im := range f.Imports {
			p, err := strconv.Unquote(im.Path.Value)
			if err != nil || consts[p] == nil {
				continue
			}
			name := p[strings.LastIndex(p, "/")+1:]
			if im.Name != nil {
				name = im.Name.Name
			}
			imported[name] = consts[p]
		}
		var own map[string]string
		if !strings.HasSuffix(f.Name.Name, "_test") {
			own = consts[importPath(module, root, filepath.Dir(path))]
		}
		record := func(n ast.Node, where string) {
			add := func(s string) {
				if !ids[s] {
					return
				}
				ref := testRef{File: rel, Func: where}
				if seen[s] == nil {
					seen[s] = map[testRef]bool{}
				}
				if !seen[s][ref] {
					seen[s][ref] = true
					out[s] = append(out[s], ref)
				}
			}
			ast.Inspect(n, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.BasicLit:
					if x.Kind == token.STRING {
						if s, err := strconv.Unquote(x.Value); err == nil {
							add(s)
						}
					}
				case *ast.SelectorExpr:
					if pkg, ok := x.X.(*ast.Ident); ok && imported[pkg.Name] != nil {
						if s, ok := imported[pkg.Name][x.Sel.Name]; ok {
							add(s)
						}
						return false
					}
				case *ast.Ident:
					if s, ok := own[x.Name]; ok {
						add(s)
					}
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
