package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/examples/internal/apps"
	"github.com/lhasa-sti/platform/examples/internal/docs"
	"github.com/lhasa-sti/platform/examples/internal/golden"

	"github.com/stretchr/testify/require"
)

func runArgs(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// The embedded sample holds one application of each verdict; the run exits 1 since one is
// ineligible. The golden files list the findings by rule ID (-ids), so they pin what the
// program decides and prints, not the library's wording, which TestTextIsTheLibrarys checks.
func TestGoldenSample(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"ids_zh", []string{"-ids"}},
		{"ids_en", []string{"-ids", "-lang", "en"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", c.args...)
			if code != 1 {
				t.Errorf("exit %d, want 1 (one sample application is ineligible); stderr %s", code, errs)
			}
			golden.Check(t, c.name, []byte(out))
		})
	}
}

// testdata/places.json holds applications whose places decide findings: an institution
// that moved its registration into Lhasa a year ago (its code issued in 成都), a field station
// whose relying unit is registered in 北京 and whose site is in Lhasa, a hospital registered
// at the region's level that sits in 城关区, and a Lhasa enterprise building its centre in
// 成都 with no engineering leader. The golden files print every finding in full, notes
// included, so they show how each place was read (given, or inferred and said so).
func TestGoldenPlaces(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"places_zh", []string{"testdata/places.json"}},
		{"places_en", []string{"-lang", "en", "testdata/places.json"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", c.args...)
			if code != 1 {
				t.Errorf("exit %d, want 1 (two of the applications are ineligible); stderr %s", code, errs)
			}
			golden.Check(t, c.name, []byte(out))
		})
	}
}

// Without -ids every finding is printed as the library words it, in the language asked for,
// and -json carries the same verdicts and findings.
func TestTextIsTheLibrarys(t *testing.T) {
	_, zh, _ := runArgs(t, "")
	_, en, _ := runArgs(t, "", "-lang", "en")
	_, js, _ := runArgs(t, "", "-json")
	var out []struct {
		Result struct {
			Verdict  string `json:"verdict"`
			Findings []struct {
				Rule    string `json:"rule"`
				Outcome string `json:"outcome"`
			} `json:"findings"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(js), &out); err != nil || len(out) != 4 {
		t.Fatalf("-json: %v, %d results", err, len(out))
	}
	for i, raw := range sampleItems(t) {
		var app eligibility.Application
		if err := json.Unmarshal(raw, &app); err != nil {
			t.Fatal(err)
		}
		res, err := eligibility.Check(app, eligibility.Options{})
		require.NoError(t, err)
		if out[i].Result.Verdict != res.Verdict.String() || len(out[i].Result.Findings) != res.Len() {
			t.Errorf("application %d: JSON verdict %s with %d findings, library %s with %d", i+1,
				out[i].Result.Verdict, len(out[i].Result.Findings), res.Verdict, res.Len())
		}
		for j, f := range res.All() {
			if !strings.Contains(zh, f.Chinese()) || !strings.Contains(en, f.English()) {
				t.Errorf("application %d: finding %s not printed as the library words it", i+1, f.Rule.ID)
			}
			if j < len(out[i].Result.Findings) && out[i].Result.Findings[j].Rule != f.Rule.ID {
				t.Errorf("application %d: JSON finding %d is %s, want %s", i+1, j, out[i].Result.Findings[j].Rule, f.Rule.ID)
			}
		}
	}
}

func sampleItems(t *testing.T) []json.RawMessage {
	t.Helper()
	var raw []json.RawMessage
	if err := json.Unmarshal(sampleJSON, &raw); err != nil {
		t.Fatal(err)
	}
	return raw
}

// Each sample application alone gives the exit status of its verdict.
func TestExitStatus(t *testing.T) {
	raw := sampleItems(t)
	want := []struct {
		verdict string
		code    int
	}{{"eligible", 0}, {"ineligible", 1}, {"incomplete", 3}, {"needs_review", 3}}
	for i, w := range want {
		code, out, errs := runArgs(t, string(raw[i]), "-json", "-")
		if code != w.code {
			t.Errorf("sample %d: exit %d, want %d; stderr %s", i+1, code, w.code, errs)
		}
		if !strings.Contains(out, `"verdict": "`+w.verdict+`"`) {
			t.Errorf("sample %d: verdict is not %s:\n%s", i+1, w.verdict, out)
		}
	}
	// Eligible and needs-review together: 3. Eligible alone in an array: 0.
	both := "[" + string(raw[0]) + "," + string(raw[3]) + "]"
	if code, _, _ := runArgs(t, both, "-"); code != 3 {
		t.Errorf("eligible + needs review: exit %d, want 3", code)
	}
	if code, _, _ := runArgs(t, "["+string(raw[0])+"]", "-"); code != 0 {
		t.Errorf("one eligible application in an array: exit %d, want 0", code)
	}
}

func writeTemp(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Several files are read in order; each finding list is printed.
func TestSeveralFiles(t *testing.T) {
	raw := sampleItems(t)
	a := writeTemp(t, "a.json", string(raw[0]))
	b := writeTemp(t, "b.json", "\ufeff["+string(raw[3])+"]")
	code, out, errs := runArgs(t, "", "-lang", "en", a, b)
	if code != 3 {
		t.Errorf("exit %d, want 3: %s", code, errs)
	}
	if !strings.Contains(out, "a.json#1") || !strings.Contains(out, "b.json#1") || !strings.Contains(out, "2 applications: 1 eligible") {
		t.Errorf("output:\n%s", out)
	}
}

const lab = `{"type":"key_laboratory","date":"2025-03-01","key_laboratory":{"lab_area":"300"}}`

// Bad input names the file, the application and the line; nothing is printed on stdout and
// the exit status is 2.
func TestBadInput(t *testing.T) {
	cases := []struct {
		name  string
		data  string
		wants []string
	}{
		{"不是JSON", "{\n  \"type\": key_laboratory\n}", []string{"bad.json:2:"}},
		{"未知字段", "[\n" + lab + ",\n{\"type\":\"key_laboratory\",\"labarea\":1}\n]", []string{"bad.json:3", "application 2", "labarea"}},
		{"类型错误", `{"type":"key_laboratory","key_laboratory":{"team_size":"十"}}`, []string{"bad.json:1:", "team_size"}},
		{"未知平台类型", `{"type":"laboratory"}`, []string{"bad.json", "laboratory"}},
		{"日期无效", `{"type":"key_laboratory","date":"2025-02-30"}`, []string{"bad.json", "2025-02-30"}},
		{"面积为负", `{"type":"key_laboratory","date":"2025-03-01","key_laboratory":{"lab_area":"-1"}}`, []string{"bad.json:1", "application 1"}},
		{"空文件", "  \n", []string{"bad.json", "empty"}},
		{"空数组", "[]", []string{"bad.json", "no application"}},
		{"数组之后还有内容", "[" + lab + "] x", []string{"bad.json", "after"}},
		{"对象之后还有内容", lab + " " + lab, []string{"bad.json", "after the application"}},
		{"数组未闭合", "[" + lab + ",", []string{"bad.json"}},
		{"编码无效", "\xff\xfe{}", []string{"bad.json", "GBK"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeTemp(t, "bad.json", c.data)
			code, out, errs := runArgs(t, "", "-lang", "en", p)
			if code != 2 || out != "" {
				t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
			}
			for _, w := range c.wants {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr does not hold %q:\n%s", w, errs)
				}
			}
		})
	}
}

// One bad file among good ones: nothing is printed, all problems are reported.
func TestBadAmongGood(t *testing.T) {
	good := writeTemp(t, "good.json", lab)
	bad1 := writeTemp(t, "bad1.json", "{")
	bad2 := writeTemp(t, "bad2.json", `{"type":"nope"}`)
	code, out, errs := runArgs(t, "", good, bad1, bad2)
	if code != 2 || out != "" || !strings.Contains(errs, "bad1.json") || !strings.Contains(errs, "bad2.json") {
		t.Errorf("exit %d, stdout %q, stderr %s", code, out, errs)
	}
}

func TestThresholdsFile(t *testing.T) {
	b, err := json.Marshal(eligibility.DefaultThresholds())
	require.NoError(t, err)
	p := writeTemp(t, "th.json", string(b))
	_, want, _ := runArgs(t, "", "-json")
	code, got, errs := runArgs(t, "", "-json", "-thresholds", p)
	if code != 1 || got != want {
		t.Errorf("the default thresholds from a file change the result: exit %d, %s", code, errs)
	}
	for name, data := range map[string]string{"not JSON": "{", "unknown field": `{"nope":1}`, "empty table": `{}`} {
		p := writeTemp(t, "th.json", data)
		if code, out, _ := runArgs(t, "", "-thresholds", p); code != 2 || out != "" {
			t.Errorf("%s: exit %d, want 2 and nothing", name, code)
		}
	}
}

// -h prints the help in Chinese, or in English with -lang en, the same content in both;
// the READMEs' commands for eligibility are ones it takes.
func TestHelp(t *testing.T) {
	help := func(args ...string) string {
		code, out, errs := runArgs(t, "", args...)
		if code != 0 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 0 and the help on stderr", args, code, out)
		}
		return errs
	}
	docs.CheckProgram(t, "eligibility", help, func(args []string) error { _, err := parseFlags(args, io.Discard); return err })
	docs.CheckReadingFlags(t, "eligibility", func(args []string) (any, error) {
		c, err := parseFlags(args, io.Discard)
		return c.opts, err
	})
	if zh, en := help("-h"), help("-lang", "en", "-h"); !strings.Contains(zh, "退出码") || !strings.Contains(en, "Exit status") {
		t.Errorf("-h is not in Chinese by default, or -lang en not in English:\n%s\n%s", zh, en)
	}
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{{"-lang", "fr"}, {"-nope"}, {filepath.Join(t.TempDir(), "missing.json")}} {
		if code, out, _ := runArgs(t, "", args...); code != 2 || out != "" {
			t.Errorf("run(%v) = %d, stdout %q; want 2 and nothing", args, code, out)
		}
	}
	// The options change readings: papers of any date still pass the sample key laboratory.
	if code, _, _ := runArgs(t, "["+string(sampleItems(t)[0])+"]", "-papers-any-time", "-met-on-last-day", "-"); code != 0 {
		t.Errorf("options: exit %d, want 0", code)
	}
	// 第二条 for a unit registered outside Lhasa: where the platform is built decides it
	// (the sample key laboratory is built in 城关区); without that place, review by default,
	// and a fail when the registration decides it.
	var app map[string]any
	if err := json.Unmarshal(sampleItems(t)[0], &app); err != nil {
		t.Fatal(err)
	}
	app["applicant"].(map[string]any)["credit_code"] = "91110108MA00123455"
	builtIn, err := json.Marshal([]any{app})
	if err != nil {
		t.Fatal(err)
	}
	delete(app, "built_in")
	outside, err := json.Marshal([]any{app})
	require.NoError(t, err)
	for _, c := range []struct {
		input []byte
		args  []string
		want  string
	}{
		{builtIn, []string{"-ids", "-"}, "✓ eligibility.2.within_lhasa"},
		{builtIn, []string{"-ids", "-registration-decides-article-2", "-"}, "✗ eligibility.2.within_lhasa"},
		{outside, []string{"-ids", "-"}, "△ eligibility.2.within_lhasa"},
		{outside, []string{"-ids", "-registration-decides-article-2", "-"}, "✗ eligibility.2.within_lhasa"},
	} {
		if _, out, errs := runArgs(t, string(c.input), c.args...); !strings.Contains(out, c.want) {
			t.Errorf("%v: want %q in\n%s%s", c.args, c.want, out, errs)
		}
	}
}

func TestOutputFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "out.json")
	code, out, _ := runArgs(t, "", "-json", "-o", p)
	b, err := os.ReadFile(p)
	if code != 1 || out != "" || err != nil || !json.Valid(b) {
		t.Errorf("exit %d, stdout %q, err %v", code, out, err)
	}
	if code, _, _ := runArgs(t, "", "-o", filepath.Join(t.TempDir(), "no", "dir", "x")); code != 2 {
		t.Errorf("unwritable -o: exit %d, want 2", code)
	}
}

// More than 10,000 applications: the reader reports progress every 10,000 (run prints it on
// stderr). Checked at the reader, since checking and printing 10,001 applications in a test
// would only measure the machine.
func TestProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("[")
	for i := 0; i < 10001; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		b.WriteString(lab)
	}
	b.WriteString("]")
	var seen []int
	items, errs := apps.Read("big.json", []byte(b.String()), func(n int) { seen = append(seen, n) })
	if len(errs) != 0 || len(items) != 10001 {
		t.Fatalf("read %d items, errors %v", len(items), errs)
	}
	if len(seen) != 1 || seen[0] != 10000 {
		t.Errorf("progress reported at %v, want [10000]", seen)
	}
	if items[10000].Line != 10001 {
		t.Errorf("the last application starts on line %d, want 10001", items[10000].Line)
	}
}

// testdata/facts.json shows the facts behind each conclusion (issue 18) and the findings they
// give, in full text: a key laboratory of an enterprise with a joint-training agreement but
// no dual-supervisor system and other evidence (review), projects whose spans overlap 近三年
// by a day or miss it by a day and projects of levels no clause counts (county, horizontal);
// a clinical centre whose lead hospital is a city-level hospital itself (not counted by
// default) and whose only regional plan started before the period with no end (unknown); a
// field station that stopped running the day before the application (fails) and whose data
// series ended after more than a year (still counts); an engineering centre whose operation
// runs to the application day (running); a technology innovation centre whose operation
// stopped before the application (运营满2年 fails). The golden files pin the whole text in both
// languages; the options' flags change what they say.
func TestGoldenFacts(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
		code int
	}{
		{"facts_zh", []string{"testdata/facts.json"}, 1},
		{"facts_en", []string{"-lang", "en", "testdata/facts.json"}, 1},
		{"facts_options_zh", []string{"-projects-by-start", "-other-regions-plans-count", "-graduate-training-either-fact",
			"-lead-hospital-counts", "testdata/facts.json"}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr %s", code, c.code, errs)
			}
			golden.Check(t, c.name, []byte(out))
		})
	}
}
