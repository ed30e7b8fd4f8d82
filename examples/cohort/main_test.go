package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform/examples/internal/docs"
	"github.com/lhasa-sti/platform/examples/internal/golden"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/shopspring/decimal"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/stretchr/testify/require"
)

func runArgs(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// The embedded sample, rendered every way the program can render it.
func TestGoldenSample(t *testing.T) {
	cases := []struct {
		name string
		args []string
	}{
		{"table_zh", nil},
		{"table_en", []string{"-lang", "en"}},
		{"table_zh_by_type", []string{"-group", "type"}},
		{"table_en_by_department", []string{"-lang", "en", "-group", "department"}},
		{"table_zh_withdrawn_in_n", []string{"-withdrawn-in-n"}},
		{"csv_zh", []string{"-format", "csv"}},
		{"csv_en", []string{"-format", "csv", "-lang", "en"}},
		{"json", []string{"-format", "json"}},
		{"html_zh", []string{"-format", "html"}},
		{"html_en_by_type", []string{"-format", "html", "-lang", "en", "-group", "type"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", c.args...)
			if code != 0 {
				t.Fatalf("run(%v) = %d, want 0; stderr:\n%s", c.args, code, errs)
			}
			if errs != "" {
				t.Errorf("stderr not empty: %s", errs)
			}
			if c.name == "json" && !*golden.Update {
				goldenJSON(t, c.name, []byte(out))
				return
			}
			golden.Check(t, c.name, []byte(out))
		})
	}
}

// goldenJSON compares JSON output with its golden file leaving out the findings, whose
// wording belongs to the library packages (their own tests pin it); it checks that every
// graded platform still carries findings.
func goldenJSON(t *testing.T, name string, got []byte) {
	t.Helper()
	want, err := os.ReadFile(filepath.Join("testdata", name+".golden"))
	require.NoError(t, err)
	var g, w any
	if err := json.Unmarshal(got, &g); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	for _, p := range g.(map[string]any)["platforms"].([]any) {
		if f, _ := p.(map[string]any)["findings"].([]any); len(f) == 0 {
			t.Errorf("platform %v has no findings", p.(map[string]any)["id"])
		}
	}
	gs, _ := json.MarshalIndent(dropFindings(g), "", " ")
	ws, _ := json.MarshalIndent(dropFindings(w), "", " ")
	if !bytes.Equal(gs, ws) {
		t.Errorf("JSON output differs from testdata/%s.golden (findings aside); run with -update after checking:\n%s", name, gs)
	}
}

func dropFindings(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if k == "findings" || k == "round_findings" {
				delete(x, k)
				continue
			}
			x[k] = dropFindings(e)
		}
	case []any:
		for i, e := range x {
			x[i] = dropFindings(e)
		}
	}
	return v
}

// The report states the scheme is illustrative, in both languages and every human format.
func TestIllustrativeLabel(t *testing.T) {
	for _, args := range [][]string{nil, {"-format", "html"}} {
		_, out, _ := runArgs(t, "", args...)
		if !strings.Contains(out, "示例") {
			t.Errorf("run(%v): no 示例 label", args)
		}
	}
	for _, args := range [][]string{{"-lang", "en"}, {"-lang", "en", "-format", "html"}} {
		_, out, _ := runArgs(t, "", args...)
		if !strings.Contains(out, "ILLUSTRATIVE") {
			t.Errorf("run(%v): no ILLUSTRATIVE label", args)
		}
	}
}

// The HTML report is one self-contained file: no scripts, no external resources.
func TestHTMLSelfContained(t *testing.T) {
	_, out, _ := runArgs(t, "", "-format", "html")
	for _, bad := range []string{"<script", "src=", "href=", "@import", "url("} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML report holds %q", bad)
		}
	}
	if n := strings.Count(out, "<svg"); n < 2 {
		t.Errorf("HTML report has %d inline SVG charts, want at least 2", n)
	}
}

// The awards of the platforms add up to the budget, and the budget by type adds up to the total.
func TestBudgetAddsUp(t *testing.T) {
	for _, group := range []string{"pooled", "type", "department"} {
		_, out, _ := runArgs(t, "", "-format", "json", "-group", group)
		var r struct {
			Platforms []struct {
				Award decimal.Decimal `json:"award"`
			} `json:"platforms"`
			Budget struct {
				ByType []struct {
					Amount decimal.Decimal `json:"amount"`
				} `json:"by_type"`
				Total decimal.Decimal `json:"total"`
			} `json:"budget"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		sum, byType := decimal.Zero, decimal.Zero
		for _, p := range r.Platforms {
			sum = sum.Add(p.Award)
		}
		for _, b := range r.Budget.ByType {
			byType = byType.Add(b.Amount)
		}
		if !sum.Equal(r.Budget.Total) || !byType.Equal(r.Budget.Total) {
			t.Errorf("-group %s: awards %s, by type %s, total %s", group, sum, byType, r.Budget.Total)
		}
		if !r.Budget.Total.IsPositive() {
			t.Errorf("-group %s: total %s, want a positive budget for the sample", group, r.Budget.Total)
		}
	}
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// The same round saved as UTF-8 with a BOM, as GBK, or read from stdin gives the same table.
func TestEncodings(t *testing.T) {
	_, want, _ := runArgs(t, "", "-round", "r")
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(sampleCSV)
	require.NoError(t, err)
	files := map[string][]byte{
		"utf8.csv": sampleCSV,
		"bom.csv":  append([]byte("\xef\xbb\xbf"), sampleCSV...),
		"gbk.csv":  gbk,
		"crlf.csv": bytes.ReplaceAll(sampleCSV, []byte("\n"), []byte("\r\n")),
	}
	for name, data := range files {
		p := writeTemp(t, name, data)
		code, got, errs := runArgs(t, "", "-round", "r", p)
		got = strings.Replace(got, p, "sample", 1)
		wantHere := strings.Replace(want, "内置示例数据", "sample", 1)
		if code != 0 || got != wantHere {
			t.Errorf("%s: code %d, stderr %s; output differs from the UTF-8 sample:\n%s", name, code, errs, got)
		}
	}
	code, got, _ := runArgs(t, string(sampleCSV), "-round", "r", "-")
	if code != 0 || got != strings.Replace(want, "内置示例数据", "stdin", 1) {
		t.Errorf("stdin: code %d, output differs:\n%s", code, got)
	}
}

const head = "id,name,type,department,participation,total\n"

// Bad input names the row and the column, prints nothing on stdout and exits 2.
func TestBadInput(t *testing.T) {
	cases := []struct {
		name  string
		data  string
		wants []string // in the Chinese error text
	}{
		{"未知的平台类型", head + "A1,拉萨市甲重点实验室,实验室,市卫健委,参评,80\n", []string{"第2行C列（type）", "实验室"}},
		{"总分超过100", head + "A1,拉萨市甲重点实验室,重点实验室,市卫健委,参评,100.01\n", []string{"第2行F列（total）", "100.01"}},
		{"总分为负", head + "A1,拉萨市甲重点实验室,重点实验室,市卫健委,参评,-1\n", []string{"第2行F列（total）"}},
		{"总分不是数", head + "A1,拉萨市甲重点实验室,重点实验室,市卫健委,参评,8O\n", []string{"第2行F列（total）", "8O"}},
		{"编号重复", head + "A1,拉萨市甲重点实验室,重点实验室,市卫健委,参评,80\nA1,拉萨市乙重点实验室,重点实验室,市卫健委,参评,70\n", []string{"第3行A列（id）", "第2行"}},
		{"参评情况无法识别", head + "A1,拉萨市甲重点实验室,重点实验室,市卫健委,请假,80\n", []string{"第2行E列（participation）", "请假"}},
		{"参评平台没有得分", head + "A1,拉萨市甲重点实验室,重点实验室,市卫健委,参评,\n", []string{"第2行F列（total）", "没有得分"}},
		{"缺少必需的列", "id,name,type,participation,total\nA1,甲,重点实验室,参评,80\n", []string{"第1行", "department"}},
		{"未知的列名", "id,name,type,department,participation,total,备注\n", []string{"第1行G列（备注）"}},
		{"七项只给出一部分", "id,name,type,department,participation,major_tasks\n", []string{"第1行", "七项"}},
		{"既无总分也无分项", "id,name,type,department,participation\n", []string{"第1行", "总分"}},
		{"同时给出总分和分项", "id,name,type,department,participation,total,major_tasks,key_technologies,industry_leadership,innovation_services,talent_team,commercialisation,incubation\n" +
			"A1,甲,重点实验室,市卫健委,参评,80,1,2,3,4,5,6,7\n", []string{"第2行F列（total）"}},
		{"分项缺一项", "id,name,type,department,participation,major_tasks,key_technologies,industry_leadership,innovation_services,talent_team,commercialisation,incubation\n" +
			"A1,甲,重点实验室,市卫健委,参评,1,2,3,,5,6,7\n", []string{"第2行I列（innovation_services）"}},
		{"多出一列", head + "A1,甲,重点实验室,市卫健委,参评,80,9\n", []string{"第2行G列"}},
		{"引号未闭合", head + "A1,\"甲,重点实验室,市卫健委,参评,80\n", []string{"CSV"}},
		{"空文件", "", []string{"第1行", "表头"}},
		{"只有表头", head, []string{"第2行", "没有数据行"}},
		{"既非UTF-8也非GBK", "id,name\n\xff\xfe\xfd\n", []string{"GBK"}},
		{"周期不是正整数", "id,name,type,department,participation,cycle,total\nA1,甲,重点实验室,市卫健委,参评,0,80\n", []string{"第2行F列（cycle）"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeTemp(t, "round.csv", []byte(c.data))
			code, out, errs := runArgs(t, "", p)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if out != "" {
				t.Errorf("stdout not empty on bad input:\n%s", out)
			}
			for _, w := range c.wants {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr does not name %q:\n%s", w, errs)
				}
			}
		})
	}
}

// Errors are reported in English with -lang en, with the spreadsheet's row and column.
func TestBadInputEnglish(t *testing.T) {
	p := writeTemp(t, "round.csv", []byte(head+"A1,甲,重点实验室,市卫健委,参评,101\n"))
	code, _, errs := runArgs(t, "", "-lang", "en", p)
	if code != 2 || !strings.Contains(errs, "row 2, column F (total)") {
		t.Errorf("exit %d, stderr %s", code, errs)
	}
}

// Bad scheme and schedule files, in JSON, are errors with exit 2 and nothing printed.
func TestBadParameterFiles(t *testing.T) {
	cases := map[string][]string{
		"scheme not JSON":         {"-scheme", writeTemp(t, "s.json", []byte("{"))},
		"weights do not sum to 1": {"-scheme", writeTemp(t, "s.json", []byte(`{"scheme":{"name":"x","citation":"第二十一条","weights":{"major_tasks":"1","key_technologies":"1","industry_leadership":"0","innovation_services":"0","talent_team":"0","commercialisation":"0","incubation":"0"}},"bands":[],"quotas":{}}`))},
		"scheme file missing":     {"-scheme", filepath.Join(t.TempDir(), "none.json")},
		"schedule not JSON":       {"-schedule", writeTemp(t, "s.json", []byte("[1"))},
		"schedule empty":          {"-schedule", writeTemp(t, "s.json", []byte(`{}`))},
	}
	for name, args := range cases {
		code, out, errs := runArgs(t, "", args...)
		if code != 2 || out != "" || errs == "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2, nothing, a message", name, code, out, errs)
		}
	}
}

// -h prints the help in Chinese, or in English with -lang en, the same content in both;
// the READMEs' commands for cohort are ones it takes.
func TestHelp(t *testing.T) {
	help := func(args ...string) string {
		code, out, errs := runArgs(t, "", args...)
		if code != 0 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 0 and the help on stderr", args, code, out)
		}
		return errs
	}
	docs.CheckProgram(t, "cohort", help, func(args []string) error { _, err := parseFlags(args, io.Discard); return err })
	docs.CheckReadingFlags(t, "cohort", func(args []string) (any, error) {
		c, err := parseFlags(args, io.Discard)
		return c.report().Options(), err
	})
	// Both helps list every column the parser reads, by code and by every heading.
	zh, en := help("-h"), help("-h", "-lang", "en")
	if !strings.Contains(zh, "参数：") || !strings.Contains(zh, "评分方案") || !strings.Contains(en, "flags:") {
		t.Errorf("-h is not in Chinese by default, or -lang en not in English:\n%s\n%s", zh, en)
	}
	for _, c := range round.Columns() {
		for _, name := range append([]string{c.Code}, c.Headings...) {
			if !strings.Contains(zh, name) || !strings.Contains(en, name) {
				t.Errorf("column %s: %q is missing from a help", c.Code, name)
			}
		}
	}
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "pdf"}, {"-lang", "fr"}, {"-group", "county"}, {"-nope"}, {"a.csv", "b.csv"},
		{"-date", "2025-13-01"}, {filepath.Join(t.TempDir(), "missing.csv")},
	} {
		if code, out, _ := runArgs(t, "", args...); code != 2 || out != "" {
			t.Errorf("run(%v) = %d with stdout %q, want 2 and nothing", args, code, out)
		}
	}
}

// -o writes the whole report to the file and nothing to stdout; an unwritable path is an
// error and leaves nothing behind.
func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "round.html")
	code, out, _ := runArgs(t, "", "-format", "html", "-o", p)
	b, err := os.ReadFile(p)
	if code != 0 || out != "" || err != nil || !bytes.HasSuffix(b, []byte("</html>\n")) {
		t.Errorf("exit %d, stdout %q, file error %v", code, out, err)
	}
	code, _, _ = runArgs(t, "", "-o", filepath.Join(dir, "no", "such", "dir", "x.txt"))
	if code != 2 {
		t.Errorf("unwritable -o: exit %d, want 2", code)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("directory holds %d entries, want only round.html", len(entries))
	}
}

// A round of more than 10,000 rows reports progress on stderr and still succeeds.
func TestProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString(head)
	types := []string{"工程技术研究中心", "野外科学观测研究站", "重点实验室", "技术创新中心", "临床医学研究中心", "新型研发机构"}
	for i := 0; i < 12000; i++ {
		fmt.Fprintf(&b, "P%05d,拉萨市第%d平台,%s,市科技局,参评,%d.%02d\n", i, i, types[i%6], 50+i%50, i%100)
	}
	p := writeTemp(t, "big.csv", []byte(b.String()))
	code, out, errs := runArgs(t, "", "-format", "csv", "-lang", "en", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "rows read 10000") {
		t.Errorf("no progress line on stderr: %q", errs)
	}
	if n := strings.Count(out, "\n"); n != 12001 {
		t.Errorf("csv has %d lines, want 12001", n)
	}
}

// -print-scheme prints the illustrative parameters; given back with -scheme they grade the
// sample exactly as the default does.
func TestPrintScheme(t *testing.T) {
	code, scheme, _ := runArgs(t, "", "-print-scheme")
	if code != 0 || !strings.Contains(scheme, `"illustrative": true`) {
		t.Fatalf("exit %d:\n%s", code, scheme)
	}
	_, want, _ := runArgs(t, "")
	code, got, errs := runArgs(t, "", "-scheme", writeTemp(t, "scheme.json", []byte(scheme)))
	if code != 0 || got != want {
		t.Errorf("exit %d (%s); the printed scheme grades differently:\n%s", code, errs, got)
	}
	// A real scheme: not marked illustrative; its name is printed.
	real := strings.Replace(scheme, `"illustrative": true`, `"illustrative": false`, 1)
	real = strings.Replace(real, `"name": "illustrative scheme (not issued by the bureau)"`, `"name": "某评估细则"`, 1)
	_, got, _ = runArgs(t, "", "-scheme", writeTemp(t, "real.json", []byte(real)))
	if strings.Contains(got, "示例方案") || !strings.Contains(got, "评分方案：某评估细则") {
		t.Errorf("a real scheme is still marked illustrative or not named:\n%s", got)
	}
}

// BenchmarkRound10000 reads, grades, prices and renders a round of 10,000 platforms.
func BenchmarkRound10000(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(head)
	types := []string{"工程技术研究中心", "野外科学观测研究站", "重点实验室", "技术创新中心", "临床医学研究中心", "新型研发机构"}
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&sb, "P%05d,拉萨市第%d平台,%s,市科技局,参评,%d.%02d\n", i, i, types[i%6], 50+i%50, i%100)
	}
	dir := b.TempDir()
	p := filepath.Join(dir, "round.csv")
	if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		var out, errb bytes.Buffer
		if code := run([]string{"-format", "csv", p}, nil, &out, &errb); code != 0 {
			b.Fatal(errb.String())
		}
	}
}
