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
	"time"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/examples/internal/docs"
	"github.com/lhasa-sti/platform/examples/internal/golden"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runArgs(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	now := func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }
	code := runAt(args, strings.NewReader(stdin), &out, &errb, now)
	return code, out.String(), errb.String()
}

func TestGoldenSample(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"ids_zh", []string{"-asof", "2026-12-01", "-ids"}},
		{"ids_en", []string{"-asof", "2026-12-01", "-lang", "en", "-ids"}},
		{"ids_zh_before_withdrawal", []string{"-asof", "2026-07-14", "-ids"}},
		// Across 2027 (as transcribed by lunar-go) into 2028 (counted provisionally): the
		// notices' holiday arrangements are printed with their provenance.
		{"across_2027_ids_zh", []string{"-asof", "2028-01-31", "-ids", filepath.Join("testdata", "across_2027.json")}},
		{"across_2027_ids_en", []string{"-asof", "2028-01-31", "-ids", "-lang", "en", filepath.Join("testdata", "across_2027.json")}},
		// The second sample: the acts of issue 19, and (issue 25) an act after the validity
		// window (-published), an application dated before a ban (-on), a name another
		// platform holds, flagged (-taken-names with -name-collision-review).
		{"acts_zh", []string{"-sample", "acts", "-asof", "2026-12-01", "-type", "clinical_research_center"}},
		{"acts_en", []string{"-sample", "acts", "-asof", "2026-12-01", "-type", "clinical_research_center", "-lang", "en"}},
		{"acts_zh_published", []string{"-sample", "acts", "-asof", "2026-12-01", "-type", "clinical_research_center", "-published", "2021-08-01"}},
		{"acts_zh_on_before_ban", []string{"-sample", "acts", "-asof", "2026-12-01", "-type", "clinical_research_center", "-on", "2026-08-03", "-ids"}},
		{"acts_zh_taken_name", []string{"-sample", "acts", "-asof", "2026-12-01", "-taken-names", "拉萨市５Ｇ应用技术创新中心", "-name-collision-review", "-ids"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", c.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			golden.Check(t, c.name, []byte(out))
		})
	}
}

// The history across 2027: the notice of 2026-12-28 ends on 2027-01-05 and names the
// transcription; the one of 2028-01-20 is counted provisionally and names 2028 and what was
// assumed; with -strict-calendar the history is refused at the first notice whose window
// holds something unconfirmed (藏历新年 2027, for the notice of 2027-02-03), naming it.
func TestAcross2027(t *testing.T) {
	file := filepath.Join("testdata", "across_2027.json")
	code, out, errs := runArgs(t, "", "-asof", "2028-01-31", file)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "lab 自2026-12-28起公示，最后一日2027-01-05：")
	assert.Contains(t, out, "2027年全国年节放假安排取自github.com/6tail/lunar-go v1.4.7 (HolidayUtil)的转录，通知原文未核对")
	assert.Contains(t, out, "2028年全国年节放假安排未知，暂按《全国年节及纪念日放假办法》计算")
	assert.Contains(t, out, "stn   公示5个工作日")
	code, out, errs = runArgs(t, "", "-asof", "2028-01-31", "-strict-calendar", file)
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "2027-02-03 notice")
	assert.Contains(t, errs, "the 2027 Tibetan New Year arrangement is unconfirmed")
}

// Without -ids the timeline is the library's: every row's event and consequence as
// lifecycle words them.
func TestTextIsTheLibrarys(t *testing.T) {
	var h lifecycle.History
	if err := json.Unmarshal(sampleJSON, &h); err != nil {
		t.Fatal(err)
	}
	st, err := lifecycle.Replay(h, platform.MustDate(2026, 12, 1), lifecycle.Options{})
	require.NoError(t, err)
	_, zh, _ := runArgs(t, "", "-asof", "2026-12-01")
	_, en, _ := runArgs(t, "", "-asof", "2026-12-01", "-lang", "en")
	for _, r := range st.Timeline() {
		if !strings.Contains(zh, r.Event) || !strings.Contains(zh, r.Consequence) || !strings.Contains(en, r.ConsequenceEn) {
			t.Errorf("row %s %s %s not printed as the library words it", r.Date, r.Platform, r.Event)
		}
	}
}

// 第十四条: by default a name another platform holds is refused, and nothing is printed.
func TestTakenNameRefused(t *testing.T) {
	code, out, errs := runArgs(t, "", "-sample", "acts", "-asof", "2026-12-01", "-taken-names", "拉萨市５Ｇ应用技术创新中心")
	if code != 2 || out != "" || !strings.Contains(errs, "already held by another platform") {
		t.Errorf("exit %d, out %q, err %q: want 2, nothing, the name refused", code, out, errs)
	}
	for _, bad := range [][]string{{"-sample", "other"}, {"-published", "x"}, {"-on", "x"}} {
		if code, _, _ := runArgs(t, "", bad...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
}

// Without -asof the program replays to today (the clock is fixed in the test).
func TestAsOfDefaultsToToday(t *testing.T) {
	_, a, _ := runArgs(t, "")
	_, b, _ := runArgs(t, "", "-asof", "2026-12-01")
	if a != b {
		t.Error("no -asof does not replay to today")
	}
}

// The sample's engineering centre withdrew on 2026-07-15: the organisation may not apply
// for an engineering centre until 2029-07-15, may from 2029-07-16; its field station, cleared
// out for fraud on 2026-09-15, carries the bar on to 2029-09-15 (the later ban follows on);
// with -ban-same-platform-only it may apply for a key laboratory at once.
func TestMayApply(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"-asof", "2026-07-14"}, "2026-07-14 任一类型平台：可以申请"},
		{[]string{"-asof", "2026-07-15", "-ban-same-platform-only", "-type", "engineering_research_center"}, "不得申请，禁止期至2029-07-15（第二十四条），自2029-07-16起可再次申请"},
		{[]string{"-asof", "2026-07-15"}, "不得申请，禁止期至2029-09-15（第二十五条），自2029-09-16起可再次申请"},
		{[]string{"-asof", "2026-12-01", "-ban-same-platform-only", "-type", "重点实验室"}, "重点实验室：可以申请"},
		{[]string{"-asof", "2026-12-01", "-ban-same-platform-only", "-type", "engineering_research_center"}, "不得申请"},
	}
	for _, c := range cases {
		code, out, errs := runArgs(t, "", c.args...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("run(%v) = %d (%s); output does not say %q:\n%s", c.args, code, errs, c.want, out)
		}
	}
}

func TestJSON(t *testing.T) {
	code, out, _ := runArgs(t, "", "-json", "-asof", "2026-12-01")
	var v struct {
		State    map[string]any   `json:"state"`
		Timeline []map[string]any `json:"timeline"`
		MayApply struct {
			May   bool   `json:"may"`
			Until string `json:"until"`
		} `json:"may_apply"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil {
		t.Fatalf("exit %d, output not JSON:\n%s", code, out)
	}
	// The sample's field station is cleared out for fraud on 2026-09-15: its three-year ban
	// (第二十五条) ends after the engineering centre's (第二十四条).
	if v.MayApply.May || v.MayApply.Until != "2029-09-15" || len(v.Timeline) < 25 {
		t.Errorf("may_apply %+v, %d timeline rows", v.MayApply, len(v.Timeline))
	}
}

// 第二十五条 (issue 23 item 5): the sample's field station, cleared out for false filing
// material, shows its filing subsidy not yet paid withheld; with the option it stands,
// flagged for review.
func TestClearedFilingSubsidy(t *testing.T) {
	code, out, errs := runArgs(t, "", "-asof", "2026-12-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"第二十五条 清退：尚未拨付的 20万元 不再拨付", "第十五条备案扶持资助尚未拨付的 20万元 不再拨付"} {
		if !strings.Contains(out, want) {
			t.Errorf("the timeline does not say %q (第二十五条):\n%s", want, out)
		}
	}
	code, out, errs = runArgs(t, "", "-asof", "2026-12-01", "-clearance-keeps-filing-subsidy")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "仍予保留") || strings.Contains(out, "不再拨付") {
		t.Errorf("with -clearance-keeps-filing-subsidy the subsidy stands, flagged (第二十五条):\n%s", out)
	}
	code, out, _ = runArgs(t, "", "-asof", "2026-07-14")
	if code != 0 || strings.Contains(out, "不再拨付") {
		t.Errorf("before the clearance nothing is withheld:\n%s", out)
	}
}

func writeTemp(t *testing.T, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "history.json")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const org = `"organisation": "91540100MA6T1X2Y33"`

// Bad input: exit 2, nothing on stdout, the file and the position or the event named.
func TestBadInput(t *testing.T) {
	cases := []struct {
		name  string
		data  string
		wants []string
	}{
		{"不是JSON", "{\n" + org + ",\n \"events\": [,]\n}", []string{"history.json:3:"}},
		{"未知字段", "{" + org + `, "event": []}`, []string{"history.json", "event"}},
		{"未知事件类型", "{" + org + `, "events": [{"date":"2026-01-05","kind":"party","actor":"city_stb"}]}`, []string{"history.json", "party"}},
		{"信用代码无效", `{"organisation": "91540100MA6T1X2Y34", "events": []}`, []string{"history.json"}},
		{"事件日期倒序", "{" + org + `, "events": [{"date":"2026-01-05","kind":"call","actor":"city_stb"},{"date":"2025-01-05","kind":"call","actor":"city_stb"}]}`, []string{"history.json", "events[1]"}},
		{"执行主体不符", "{" + org + `, "events": [{"date":"2026-01-05","kind":"call","actor":"relying_unit"}]}`, []string{"history.json", "events[0]"}},
		{"空文件", "", []string{"history.json", "empty"}},
		{"多余内容", "{" + org + `, "events": []} {}`, []string{"history.json", "after"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", "-asof", "2026-12-01", writeTemp(t, c.data))
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
// the READMEs' commands for timeline are ones it takes.
func TestHelp(t *testing.T) {
	help := func(args ...string) string {
		code, out, errs := runArgs(t, "", args...)
		if code != 0 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 0 and the help on stderr", args, code, out)
		}
		return errs
	}
	now := func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) }
	docs.CheckProgram(t, "timeline", help, func(args []string) error { _, err := parseFlags(args, io.Discard, now); return err })
	docs.CheckReadingFlags(t, "timeline", func(args []string) (any, error) {
		c, err := parseFlags(args, io.Discard, now)
		return c.opts, err
	})
	for _, h := range []string{help("-h"), help("-lang", "en", "-h")} {
		if !strings.Contains(h, "annual_report") || !strings.Contains(h, "relying_unit") {
			t.Errorf("-h does not list the event kinds and actors:\n%s", h)
		}
	}
	if zh := help("-h"); !strings.Contains(zh, "退出码") {
		t.Errorf("-h is not in Chinese by default:\n%s", zh)
	}
}

func TestFlags(t *testing.T) {
	for _, args := range [][]string{{"-asof", "2026-02-30"}, {"-type", "lab"}, {"-lang", "fr"}, {"a", "b"}, {"-nope"},
		{filepath.Join(t.TempDir(), "missing.json")}} {
		if code, out, _ := runArgs(t, "", args...); code != 2 || out != "" {
			t.Errorf("run(%v) = %d, stdout %q; want 2 and nothing", args, code, out)
		}
	}
	if code, out, _ := runArgs(t, string(sampleJSON), "-asof", "2026-12-01", "-"); code != 0 || !strings.Contains(out, "stdin") {
		t.Errorf("stdin: exit %d", code)
	}
	p := filepath.Join(t.TempDir(), "t.txt")
	if code, out, _ := runArgs(t, "", "-o", p); code != 0 || out != "" {
		t.Errorf("-o: exit %d, stdout %q", code, out)
	}
}

// More than 10,000 events: a progress line on stderr.
func TestProgress(t *testing.T) {
	var b strings.Builder
	b.WriteString("{" + org + `, "events": [`)
	d := time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 10001; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"date":"%s","kind":"call","actor":"city_stb"}`, d.AddDate(0, 0, i/10).Format("2006-01-02"))
	}
	b.WriteString("]}")
	_, _, errs := runArgs(t, b.String(), "-asof", "2026-12-01", "-json", "-o", filepath.Join(t.TempDir(), "x"), "-")
	if !strings.Contains(errs, "正在重放事件 10001") {
		t.Errorf("no progress line: %q", errs)
	}
}
