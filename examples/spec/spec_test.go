package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/examples/internal/docs"

	"github.com/stretchr/testify/require"
)

func TestImplements(t *testing.T) {
	ann := platform.AnnexArt
	cases := []struct {
		name   string
		rule   platform.Citation
		clause platform.Citation
		want   bool
	}{
		{"a rule citing an article implements it", platform.Art(15), platform.Art(15), true},
		{"a rule citing an item implements its article", platform.Art(13, 5), platform.Art(13), true},
		{"a rule citing a paragraph implements its article", platform.Art(24).WithParagraph(2), platform.Art(24), true},
		{"another article is not implemented", platform.Art(16), platform.Art(15), false},
		{"an annex clause is not the main text's article of the same number", ann(platform.KeyLaboratory, 3, 5), platform.Art(3), false},
		{"an annex item implements that item", ann(platform.KeyLaboratory, 3, 5), ann(platform.KeyLaboratory, 3, 5), true},
		{"an annex item does not implement another item", ann(platform.KeyLaboratory, 3, 4), ann(platform.KeyLaboratory, 3, 5), false},
		{"another section's item is not implemented", ann(platform.EngineeringCenter, 3, 5), ann(platform.KeyLaboratory, 3, 5), false},
		{"a named part implements its item", ann(platform.NewRDInstitution, 3, 3).WithPart("工业类"), ann(platform.NewRDInstitution, 3, 3), true},
		{"an article-level annex rule does not implement an item", ann(platform.KeyLaboratory, 3), ann(platform.KeyLaboratory, 3, 5), false},
		{"another law implements nothing here", platform.CivilCode(201), platform.Art(201), false},
	}
	for _, c := range cases {
		if got := implements(c.rule, c.clause); got != c.want {
			t.Errorf("%s: implements(%s, %s) = %v, want %v", c.name, c.rule, c.clause, got, c.want)
		}
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The scanner finds rule IDs written as string literals in test sources, names the function
// or the package-level table they sit in, and skips testdata and hidden directories.
func TestScanTests(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "module example.com/m\n")
	writeFile(t, filepath.Join(root, "p", "p_test.go"), "package p_test\n\n"+
		"import \"testing\"\n\n"+
		"var table = []struct{ rule string }{{rule: \"p.1.a\"}}\n\n"+
		"func TestA(t *testing.T) { _ = \"p.1.a\"; _ = `p.2.b`; _ = \"p.1.a\" }\n\n"+
		"func FuzzB(f *testing.F) { _ = \"p.2.b\" }\n\n"+
		"func ExampleC() { _ = \"not.a.rule\" }\n\n"+
		"type h struct{}\n\nfunc (*h) check() { _ = \"p.1.a\" }\n")
	writeFile(t, filepath.Join(root, "p", "testdata", "x_test.go"), "package p\nvar _ = \"p.1.a\"\n")
	writeFile(t, filepath.Join(root, ".hidden", "y_test.go"), "package y\nvar _ = \"p.1.a\"\n")
	writeFile(t, filepath.Join(root, "p", "p.go"), "package p\nvar _ = \"p.1.a\"\n")
	got, files, err := scanTests(root, map[string]bool{"p.1.a": true, "p.2.b": true, "p.3.c": true})
	require.NoError(t, err)
	if files != 1 {
		t.Errorf("read %d test files, want 1", files)
	}
	want := map[string]string{
		"p.1.a": "p/p_test.go:TestA; p/p_test.go:h.check; p/p_test.go:var table",
		"p.2.b": "p/p_test.go:FuzzB; p/p_test.go:TestA",
		"p.3.c": "",
	}
	for id, w := range want {
		if g := testsText(got[id]); g != w {
			t.Errorf("tests of %s = %q, want %q", id, g, w)
		}
	}
}

func TestScanTestsSyntaxError(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "module example.com/m\n")
	writeFile(t, filepath.Join(root, "bad_test.go"), "package p\nfunc {\n")
	if _, _, err := scanTests(root, nil); err == nil {
		t.Error("a test file that does not parse is not reported")
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-root", root}, nil, &out, &errb); code != 2 || out.Len() != 0 {
		t.Errorf("run on a module whose test does not parse = %d, stdout %q; want 2 and nothing", code, out.String())
	}
}

func TestBuildTraceGaps(t *testing.T) {
	pkgs := []pkgRules{{"x", []platform.Rule{
		{ID: "x.15.a", Cite: platform.Art(15)},
		{ID: "x.zero"},
		{ID: "x.bad", Cite: platform.Citation{Article: -1}},
		{ID: "x.civil", Cite: platform.CivilCode(201)},
		{ID: "x.ann", Cite: platform.AnnexArt(platform.ClinicalCenter, 3, 2)},
	}}}
	tr := buildTrace(pkgs, map[string][]testRef{"x.15.a": {{File: "x/x_test.go", Func: "TestA"}}}, 1)
	if len(tr.Bad) != 2 || tr.Bad[0].Rule.ID != "x.zero" || tr.Bad[1].Rule.ID != "x.bad" {
		t.Errorf("invalid citations: %+v, want x.zero and x.bad", tr.Bad)
	}
	if len(tr.Other) != 1 || tr.Other[0].Rule.ID != "x.civil" {
		t.Errorf("other: %+v, want x.civil", tr.Other)
	}
	if got := tr.Main[14].Rules; len(got) != 1 || got[0].Rule.ID != "x.15.a" || len(got[0].Tests) != 1 {
		t.Errorf("第十五条: %+v", got)
	}
	// 第二条 has neither a rule nor a note here; 第一条 has a note.
	missing := map[string]bool{}
	for _, c := range tr.Missing() {
		missing[c.Cite.String()] = true
	}
	if !missing["第二条"] || missing["第一条"] || missing["第十五条"] || missing["附件·拉萨市临床医学研究中心 第三条（二）"] {
		t.Errorf("missing = %v", missing)
	}
	md := string(renderMarkdown(&tr, 0))
	for _, w := range []string{"## 缺口", "x.zero", "x.civil", "缺失：既无规则也无说明", "x/x_test.go:TestA"} {
		if !strings.Contains(md, w) {
			t.Errorf("Markdown does not show %q", w)
		}
	}
	tsv := string(renderTSV(&tr))
	for _, w := range []string{"main\t第二条\t", "\tmissing\t", "invalid\t", "other\t"} {
		if !strings.Contains(tsv, w) {
			t.Errorf("TSV does not show %q", w)
		}
	}
}

func TestFindRoot(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "module example.com/m\n")
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := findRoot(deep)
	if err != nil || got != root {
		t.Errorf("findRoot(%s) = %s, %v; want %s", deep, got, err, root)
	}
	if _, err := findRoot("/"); err == nil {
		t.Error("findRoot(/) found a go.mod")
	}
}

// -h prints the help in Chinese, or in English with -lang en, the same content in both;
// the READMEs' commands for spec are ones it takes.
func TestHelp(t *testing.T) {
	help := func(args ...string) string {
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 0 || out.Len() != 0 {
			t.Errorf("%v: exit %d, stdout %q; want 0 and the help on stderr", args, code, out.String())
		}
		return errb.String()
	}
	docs.CheckProgram(t, "spec", help, func(args []string) error { _, err := parseFlags(args, io.Discard); return err })
	if zh, en := help("-h"), help("-lang", "en", "-h"); !strings.Contains(zh, "追溯表") || !strings.Contains(en, "traceability report") {
		t.Errorf("-h is not in Chinese by default, or -lang en not in English:\n%s\n%s", zh, en)
	}
}

func TestFlags(t *testing.T) {
	cases := []struct {
		args []string
		code int
	}{
		{[]string{"-h"}, 0},
		{[]string{"-format", "pdf"}, 2},
		{[]string{"-lang", "fr"}, 2},
		{[]string{"extra"}, 2},
		{[]string{"-nope"}, 2},
		{[]string{"-root", t.TempDir()}, 2},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		if code := run(c.args, nil, &out, &errb); code != c.code || (c.code != 0 && out.Len() != 0) {
			t.Errorf("run(%v) = %d, stdout %q; want %d", c.args, code, out.String(), c.code)
		}
	}
}

// The report of this module lists every article and annex clause, in both formats, and the
// program exits 0 (complete) or 1 (gaps listed), never 2.
func TestReportOfThisModule(t *testing.T) {
	for _, args := range [][]string{nil, {"-format", "tsv"}, {"-lang", "en"}} {
		var out, errb bytes.Buffer
		code := run(args, nil, &out, &errb)
		if code == 2 {
			t.Fatalf("run(%v) = 2: %s", args, errb.String())
		}
		text := out.String()
		for _, a := range platform.MainText() {
			s := a.Cite.String()
			if len(args) > 0 && args[0] == "-lang" {
				s = a.Cite.English()
			}
			if !strings.Contains(text, s) {
				t.Errorf("run(%v): %s absent", args, s)
			}
		}
		if len(args) > 0 && args[0] == "-format" {
			if n := strings.Count(text, "\nannex\t"); n < len(platform.AnnexClauses()) {
				t.Errorf("TSV has %d annex lines, want at least %d", n, len(platform.AnnexClauses()))
			}
		}
	}
}

// A test names a rule by its ID as a literal or by a constant whose value is the ID: a
// package's exported constant through the file's import of it (under its own name or an
// alias), a constant built from others (pre + "2.b"), or, in a test of the package itself,
// the package's constant by its bare name. A test of another package using a like-named
// identifier of its own proves nothing.
func TestScanTestsFindsConstants(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "module example.com/m\n")
	writeFile(t, filepath.Join(root, "p", "ids.go"), "package p\n\nconst pre = \"p.\"\n\n"+
		"const (\n\tRuleA = \"p.1.a\"\n\tRuleB = pre + (\"2.\" + \"b\")\n\tNotARule = 3\n)\n")
	writeFile(t, filepath.Join(root, "p", "ext_test.go"), "package p_test\n\n"+
		"import (\n\t\"testing\"\n\n\t\"example.com/m/p\"\n\tq \"example.com/m/p\"\n)\n\n"+
		"func TestA(t *testing.T) { _ = p.RuleA }\n\n"+
		"var table = []string{q.RuleB}\n\n"+
		"func TestLocal(t *testing.T) { RuleA := \"x\"; _ = RuleA }\n")
	writeFile(t, filepath.Join(root, "p", "int_test.go"), "package p\n\n"+
		"import \"testing\"\n\nfunc TestInternal(t *testing.T) { _ = RuleB }\n")
	got, files, err := scanTests(root, map[string]bool{"p.1.a": true, "p.2.b": true})
	require.NoError(t, err)
	if files != 2 {
		t.Errorf("read %d test files, want 2", files)
	}
	want := map[string]string{
		"p.1.a": "p/ext_test.go:TestA",
		"p.2.b": "p/ext_test.go:var table; p/int_test.go:TestInternal",
	}
	for id, w := range want {
		if g := testsText(got[id]); g != w {
			t.Errorf("tests of %s = %q, want %q", id, g, w)
		}
	}
}

// The report of this module finds the tests that name an eligibility rule only by its
// exported constant.
func TestReportFindsTestsByConstant(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	root, err := findRoot(wd)
	require.NoError(t, err)
	tr, err := traceModule(root)
	require.NoError(t, err)
	for _, c := range tr.Annex {
		for _, r := range c.Rules {
			if r.Rule.ID != "eligibility.key_laboratory.3.1.lab_area" {
				continue
			}
			if !strings.Contains(testsText(r.Tests), "eligibility/reviews_test.go:TestReviewOfARuleThatCannotGiveReview") {
				t.Errorf("tests of %s = %s: the test naming it by constant is missing", r.Rule.ID, testsText(r.Tests))
			}
			return
		}
	}
	t.Error("the lab-area rule is not in the report")
}

// The report lists every open reading of every package with its clause, in both formats:
// the new eligibility options among them.
func TestReportListsReadings(t *testing.T) {
	var md, tsv, errb bytes.Buffer
	if code := run(nil, nil, &md, &errb); code == 2 {
		t.Fatalf("run = 2: %s", errb.String())
	}
	if code := run([]string{"-format", "tsv"}, nil, &tsv, &errb); code == 2 {
		t.Fatalf("run -format tsv = 2: %s", errb.String())
	}
	for _, r := range docs.Readings {
		if !strings.Contains(md.String(), "| "+r.Package+" | `"+r.Option+"` | "+mdEscape(r.ClauseZh)+" |") {
			t.Errorf("Markdown does not list %s.%s with its clause %s", r.Package, r.Option, r.ClauseZh)
		}
		if !strings.Contains(tsv.String(), "reading\t"+r.ClauseZh+"\t") || !strings.Contains(tsv.String(), "\t"+r.Option+"\t") {
			t.Errorf("TSV does not list %s.%s", r.Package, r.Option)
		}
	}
	for _, o := range []string{"ProjectsByStart", "OtherRegionsPlansCount", "GraduateTrainingEitherFact", "LeadHospitalCounts"} {
		if !strings.Contains(md.String(), "`"+o+"`") {
			t.Errorf("the report does not list eligibility's %s", o)
		}
	}
}
