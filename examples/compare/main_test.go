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

	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/docs"
	"github.com/lhasa-sti/platform/examples/internal/golden"

	"github.com/stretchr/testify/require"
)

func runArgs(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, nil, &out, &errb)
	return code, out.String(), errb.String()
}

func TestGoldenSample(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"ids_zh", []string{"-ids"}},
		{"ids_en", []string{"-ids", "-lang", "en"}},
		{"ids_zh_by_type", []string{"-ids", "-group", "type"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, c.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden.Check(t, c.name, []byte(out))
		})
	}
}

func writeTemp(t *testing.T, name, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
	return p
}

// The sample revision changes two verdicts, lowers one 优秀 under the 25% cap, and moves the
// budget by +105万元; the JSON says so in numbers.
func TestSampleRevision(t *testing.T) {
	code, out, _ := runArgs(t, "-json")
	var c struct {
		Apps []struct {
			Before string `json:"before"`
			After  string `json:"after"`
		} `json:"applications"`
		Groups []struct {
			CapBefore, CapAfter int
		} `json:"groups"`
		Total struct {
			Before string `json:"before"`
			After  string `json:"after"`
		} `json:"budget_total"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &c) != nil {
		t.Fatalf("exit %d; not JSON:\n%s", code, out)
	}
	if len(c.Apps) != 2 || c.Apps[0].Before != "eligible" || c.Apps[0].After != "ineligible" ||
		c.Apps[1].Before != "ineligible" || c.Apps[1].After != "needs_review" {
		t.Errorf("verdict changes: %+v", c.Apps)
	}
	if len(c.Groups) != 1 || c.Groups[0].CapBefore != 8 || c.Groups[0].CapAfter != 7 {
		t.Errorf("groups: %+v", c.Groups)
	}
	if c.Total.Before != "15350000.00" || c.Total.After != "16400000.00" {
		t.Errorf("budget total %s → %s, want 15350000.00 → 16400000.00", c.Total.Before, c.Total.After)
	}
}

// Without -ids a changed finding is printed as the library words it under the revision.
func TestTextIsTheLibrarys(t *testing.T) {
	_, out, _ := runArgs(t)
	for _, w := range []string{"要求20人，实际18人", "要求800㎡，实际860㎡"} {
		if !strings.Contains(out, w) {
			t.Errorf("output does not hold %q:\n%s", w, out)
		}
	}
}

// An edition identical to the base changes nothing.
func TestNoChange(t *testing.T) {
	p := writeTemp(t, "same.json", `{"name": "同一版本"}`)
	code, out, errs := runArgs(t, "-edition", p, "-lang", "en")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{"(none)", "(no change)", "No grade or award changes.", "Total"} {
		if !strings.Contains(out, w) {
			t.Errorf("output does not say %q:\n%s", w, out)
		}
	}
	// -base with the sample revision against itself: no parameter changes.
	rev := writeTemp(t, "rev.json", string(revisionJSON))
	if code, out, _ := runArgs(t, "-base", rev, "-edition", rev, "-lang", "en"); code != 0 || !strings.Contains(out, "(none)") {
		t.Errorf("revision against itself: exit %d\n%s", code, out)
	}
}

// Bad edition, round, applications and flags: exit 2, nothing on stdout, the problem named.
func TestBadInput(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		wants []string
	}{
		{"版本文件不是JSON", []string{"-edition", writeTemp(t, "e.json", "{\n\"quotas\": }")}, []string{"e.json", "2:"}},
		{"版本文件不是对象", []string{"-edition", writeTemp(t, "e.json", "[1]")}, []string{"e.json", "object"}},
		{"版本文件字段未知", []string{"-edition", writeTemp(t, "e.json", `{"quota": {}}`)}, []string{"e.json", "quota"}},
		{"比例超过100", []string{"-edition", writeTemp(t, "e.json", `{"quotas": {"excellent": {"percent": 120}}}`)}, []string{"e.json", "quotas"}},
		{"奖励为负", []string{"-edition", writeTemp(t, "e.json", `{"subsidy": {"cycle": [{"type": "key_laboratory", "grade": "good", "amount": "-1"}]}}`)}, []string{"e.json", "subsidy"}},
		{"门槛无边界词", []string{"-edition", writeTemp(t, "e.json", `{"eligibility": {"key_laboratory_papers": {"bound": "多于"}}}`)}, []string{"e.json"}},
		{"基准文件缺失", []string{"-base", filepath.Join(t.TempDir(), "none.json")}, []string{"none.json"}},
		{"评估文件有误", []string{"-round", writeTemp(t, "r.csv", "id,name,type,department,participation,total\nA,甲,重点实验室,市卫健委,参评,101\n")}, []string{"r.csv", "第2行F列（total）"}},
		{"申请文件有误", []string{"-apps", writeTemp(t, "a.json", `{"type":"key_laboratory","nope":1}`)}, []string{"a.json", "nope"}},
		{"评分方案有误", []string{"-scheme", writeTemp(t, "s.json", "{")}, []string{"s.json"}},
		{"日期无效", []string{"-date", "2025-13-01"}, []string{"-date"}},
		{"分组无效", []string{"-group", "county"}, []string{"county"}},
		{"语言无效", []string{"-lang", "fr"}, []string{"fr"}},
		{"多余参数", []string{"x.json"}, []string{"no arguments"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, c.args...)
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

// -h prints the help in Chinese, or in English with -lang en, the same content in both;
// the READMEs' commands for compare are ones it takes.
func TestHelp(t *testing.T) {
	help := func(args ...string) string {
		code, out, errs := runArgs(t, args...)
		if code != 0 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 0 and the help on stderr", args, code, out)
		}
		return errs
	}
	docs.CheckProgram(t, "compare", help, func(args []string) error { _, err := parseFlags(args, io.Discard); return err })
	docs.CheckReadingFlags(t, "compare", func(args []string) (any, error) {
		c, err := parseFlags(args, io.Discard)
		return evaluation.Options{GroupBy: groupings[c.group]}, err
	})
	if zh, en := help("-h"), help("-lang", "en", "-h"); !strings.Contains(zh, "合并补丁") || !strings.Contains(en, "merge patch") {
		t.Errorf("-h is not in Chinese by default, or -lang en not in English:\n%s\n%s", zh, en)
	}
}

func TestFlags(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.txt")
	if code, out, _ := runArgs(t, "-o", p); code != 0 || out != "" {
		t.Errorf("-o: exit %d, stdout %q", code, out)
	}
}

// A round of more than 10,000 rows: progress on stderr.
func TestProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,name,type,department,participation,total\n")
	for i := 0; i < 10001; i++ {
		fmt.Fprintf(&b, "P%05d,平台%d,重点实验室,市科技局,参评,%d\n", i, i, 50+i%50)
	}
	code, _, errs := runArgs(t, "-round", writeTemp(t, "big.csv", b.String()), "-o", filepath.Join(t.TempDir(), "x"))
	if code != 0 || !strings.Contains(errs, "已读取行数 10000") || !strings.Contains(errs, "正在按两版参数重算") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
