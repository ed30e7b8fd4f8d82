package naming_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/naming"
)

func outcomes(r naming.Report) map[string]platform.Outcome {
	m := make(map[string]platform.Outcome)
	for _, f := range r.Findings {
		m[f.Rule.ID] = f.Outcome
	}
	return m
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		in    string
		opts  naming.Options
		valid bool
		want  map[string]platform.Outcome
	}{
		{"合格名称：每条规则都符合", "naming.14.prefix", "拉萨市高原生命健康重点实验室", naming.Options{}, true, map[string]platform.Outcome{
			"naming.14.prefix": platform.Pass, "naming.14.suffix": platform.Pass, "naming.14.direction.nonempty": platform.Pass,
			"naming.14.direction.no_prefix": platform.Pass, "naming.14.direction.no_type_suffix": platform.Pass,
			"naming.14.direction.length": platform.Pass, "naming.14.direction.no_space": platform.Pass,
			"naming.14.direction.no_control": platform.Pass, "naming.14.direction.no_ascii_punct": platform.Pass,
			"naming.14.direction.characters": platform.Pass, "naming.14.direction.parentheses": platform.Pass}},
		{"工业技术研究院默认依附件符合", "naming.14.suffix.annex", "拉萨市高原绿色工业技术研究院", naming.Options{}, true, map[string]platform.Outcome{
			"naming.14.suffix.annex": platform.Pass, "naming.14.suffix": platform.Pass}},
		{"只用列举名称时工业技术研究院不符合", "naming.14.suffix.annex", "拉萨市高原绿色工业技术研究院", naming.Options{OnlyListedSuffixes: true}, false, map[string]platform.Outcome{
			"naming.14.suffix.annex": platform.Fail, "naming.14.suffix": platform.Pass, "naming.14.direction.nonempty": platform.Pass}},
		{"开头不符合：方向规则信息不全", "naming.14.prefix", "西藏高原生态重点实验室", naming.Options{}, false, map[string]platform.Outcome{
			"naming.14.prefix": platform.Fail, "naming.14.suffix": platform.Pass, "naming.14.direction.nonempty": platform.Unknown,
			"naming.14.direction.length": platform.Unknown, "naming.14.direction.no_space": platform.Pass}},
		{"结尾不符合：方向规则信息不全", "naming.14.suffix", "拉萨市高原生态研究所", naming.Options{}, false, map[string]platform.Outcome{
			"naming.14.prefix": platform.Pass, "naming.14.suffix": platform.Fail, "naming.14.direction.parentheses": platform.Unknown}},
		{"空名称：开头缺失，其余规则无从判断而不是符合", "naming.14.prefix", "", naming.Options{}, false, map[string]platform.Outcome{
			"naming.14.prefix": platform.Fail, "naming.14.suffix": platform.Unknown, "naming.14.direction.nonempty": platform.Unknown,
			"naming.14.direction.no_prefix": platform.Unknown, "naming.14.direction.no_type_suffix": platform.Unknown,
			"naming.14.direction.length": platform.Unknown, "naming.14.direction.no_space": platform.Unknown,
			"naming.14.direction.no_control": platform.Unknown, "naming.14.direction.no_ascii_punct": platform.Unknown,
			"naming.14.direction.characters": platform.Unknown, "naming.14.direction.parentheses": platform.Unknown}},
		{"方向含空格", "naming.14.direction.no_space", "拉萨市高原 生态重点实验室", naming.Options{}, false, map[string]platform.Outcome{
			"naming.14.direction.no_space": platform.Fail, "naming.14.direction.length": platform.Pass}},
		{"方向过长", "naming.14.direction.length", "拉萨市一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一重点实验室", naming.Options{}, false, map[string]platform.Outcome{
			"naming.14.direction.length": platform.Fail}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := naming.Check(tc.in, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if r.Valid != tc.valid || r.Name.IsZero() == tc.valid || r.Input != tc.in || r.Options != tc.opts {
				t.Errorf("Check(%q) valid=%v name=%v input=%q options=%+v; want valid=%v (%s)", tc.in, r.Valid, r.Name, r.Input, r.Options, tc.valid, tc.rule)
			}
			got := outcomes(r)
			for id, w := range tc.want {
				if got[id] != w {
					t.Errorf("finding %s = %v, want %v", id, got[id], w)
				}
			}
			if _, annex := got["naming.14.suffix.annex"]; annex != strings.HasSuffix(tc.in, "工业技术研究院") {
				t.Errorf("annex finding present = %v for %q", annex, tc.in)
			}
			if tc.valid != (len(r.Errors) == 0) {
				t.Errorf("Errors = %v", r.Errors)
			}
			for _, f := range r.Findings {
				if f.Outcome != platform.Pass && f.Chinese() == "" {
					t.Errorf("finding %s has no text", f.Rule.ID)
				}
			}
			if r.Edition.Name != platform.Title || !strings.HasPrefix(r.Edition.Fingerprint, "sha256:") {
				t.Errorf("Edition = %+v", r.Edition)
			}
			if _, err := json.Marshal(r); err != nil {
				t.Errorf("json.Marshal(report) = %v", err)
			}
		})
	}
}

func TestCheck_长度发现(t *testing.T) {
	r, err := naming.Check("拉萨市高原生态重点实验室", naming.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if f.Rule.ID == "naming.14.direction.length" {
			if f.Wanted.Int != 30 || f.Found.Int != 4 || f.Rule.Bound != platform.AtMostBuChaoGuo {
				t.Errorf("length finding wanted %v found %v bound %v; want 30, 4, 不超过", f.Wanted, f.Found, f.Rule.Bound)
			}
			if f.Wanted.Unit != platform.Character || f.Found.Unit != platform.Character {
				t.Errorf("length finding units %v, %v; want 字 (platform.Character)", f.Wanted.Unit, f.Found.Unit)
			}
			if got := f.Chinese(); !strings.Contains(got, "要求30字") || !strings.Contains(got, "实际4字") {
				t.Errorf("Chinese() = %q", got)
			}
		}
	}
}

func TestCheck_另一参数表的版本指纹(t *testing.T) {
	tb := naming.DefaultTable()
	tb.MaxDirectionRunes = 12
	a, _ := naming.Check("拉萨市高原生态重点实验室", naming.Options{})
	b, _ := naming.Check("拉萨市高原生态重点实验室", naming.Options{Table: &tb})
	if a.Edition.Fingerprint == b.Edition.Fingerprint || b.Edition.Fingerprint != tb.Fingerprint() {
		t.Errorf("fingerprints %q (default), %q (custom), want the custom table's %q", a.Edition.Fingerprint, b.Edition.Fingerprint, tb.Fingerprint())
	}
	d := naming.DefaultTable()
	if a.Edition.Fingerprint != d.Fingerprint() {
		t.Errorf("default fingerprint %q, want %q", a.Edition.Fingerprint, d.Fingerprint())
	}
}

func TestRules(t *testing.T) {
	rules := naming.Rules()
	wantIDs := []string{
		"naming.14.prefix", "naming.14.suffix", "naming.14.suffix.annex", "naming.14.direction.nonempty",
		"naming.14.direction.no_prefix", "naming.14.direction.no_type_suffix", "naming.14.direction.length",
		"naming.14.direction.no_space", "naming.14.direction.no_control", "naming.14.direction.no_ascii_punct",
		"naming.14.direction.characters", "naming.14.direction.parentheses", "naming.14.unique",
		"naming.26.rename.valid", "naming.26.rename.same_type", "naming.26.rename.changed",
	}
	if len(rules) != len(wantIDs) {
		t.Fatalf("%d rules, want %d", len(rules), len(wantIDs))
	}
	seen := map[string]bool{}
	for i, r := range rules {
		if r.ID != wantIDs[i] {
			t.Errorf("rule %d ID = %q, want %q", i, r.ID, wantIDs[i])
		}
		if seen[r.ID] {
			t.Errorf("duplicate rule %s", r.ID)
		}
		seen[r.ID] = true
		if !r.Cite.Valid() || r.Cite.IsZero() || r.Zh == "" || r.En == "" {
			t.Errorf("rule %s incomplete: %+v", r.ID, r)
		}
		wantCite := "第十四条"
		switch {
		case strings.HasPrefix(r.ID, "naming.26."):
			wantCite = "第二十六条"
		case r.ID == "naming.14.suffix.annex":
			wantCite = "附件·拉萨市新型研发机构 第一条"
		}
		if r.Cite.String() != wantCite {
			t.Errorf("rule %s cites %s, want %s", r.ID, r.Cite, wantCite)
		}
		if (r.Bound != 0) != (r.ID == "naming.14.direction.length") {
			t.Errorf("rule %s bound %v", r.ID, r.Bound)
		}
	}
	rules[0].ID = "changed"
	if naming.Rules()[0].ID != "naming.14.prefix" {
		t.Error("Rules() is shared")
	}
	if naming.Violation("naming.14.prefix").Error() != "naming.14.prefix" {
		t.Error("Violation.Error")
	}
}
