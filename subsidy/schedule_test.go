package subsidy_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

var amountCmp = cmp.Options{
	cmp.Comparer(func(a, b platform.Amount) bool { return a.Equal(b) }),
	cmp.Comparer(func(a, b platform.Date) bool { return a == b }),
}

func TestDefaultScheduleIsValidAndFresh(t *testing.T) {
	s := subsidy.DefaultSchedule()
	if err := s.Validate(); err != nil {
		t.Fatalf("DefaultSchedule().Validate() = %v", err)
	}
	if len(s.Filing) != 6 || len(s.Upgrade) != 2 || len(s.Cycle) != 24 {
		t.Errorf("rows = %d/%d/%d, want 6/2/24", len(s.Filing), len(s.Upgrade), len(s.Cycle))
	}
	for _, r := range s.Filing {
		if r.Citation != platform.Art(15) {
			t.Errorf("filing row %v cites %v, want 第十五条", r.Type, r.Citation)
		}
	}
	for _, r := range s.Upgrade {
		if r.Citation != platform.Art(17) {
			t.Errorf("upgrade row %v cites %v, want 第十七条", r.Level, r.Citation)
		}
	}
	for _, r := range s.Cycle {
		if r.Citation != platform.Art(23) {
			t.Errorf("cycle row %v/%v cites %v, want 第二十三条", r.Type, r.Grade, r.Citation)
		}
	}
	s.Filing[0].Amount = yuan("1")
	s.Cycle[0].Amount = yuan("1")
	if d := subsidy.DefaultSchedule(); !d.Filing[0].Amount.Equal(yuan("200000")) || !d.Cycle[0].Amount.Equal(yuan("200000")) {
		t.Errorf("DefaultSchedule is shared: changing one copy changed another")
	}
	c := subsidy.DefaultSchedule()
	d := c.Clone()
	d.Upgrade[0].Amount = yuan("1")
	if !c.Upgrade[0].Amount.Equal(yuan("500000")) {
		t.Errorf("Clone shares rows with the original")
	}
}

func TestScheduleJSONRoundTrip(t *testing.T) {
	s := subsidy.DefaultSchedule()
	s.Name = "拉萨市科技创新平台管理办法（试行）修订稿"
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatalf("Marshal error %v", err)
	}
	for _, key := range []string{`"filing":`, `"upgrade":`, `"cycle":`, `"type":"key_laboratory"`, `"amount":"500000.00"`,
		`"citation":"第十五条"`, `"level":"national"`, `"grade":"excellent"`, `"name":`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s: %s", key, b)
		}
	}
	var back subsidy.Schedule
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal error %v", err)
	}
	if diff := cmp.Diff(s, back, amountCmp); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	f1, _ := s.Fingerprint()
	f2, _ := back.Fingerprint()
	if f1 != f2 || !strings.HasPrefix(f1, "sha256:") {
		t.Errorf("fingerprints %s, %s differ after a round trip", f1, f2)
	}
	if err := back.Validate(); err != nil {
		t.Errorf("round-tripped schedule invalid: %v", err)
	}
}

// A caller may pass another edition of the amounts.
func TestCustomSchedule(t *testing.T) {
	s := subsidy.DefaultSchedule()
	s.Name = "修订版"
	for i := range s.Filing {
		if s.Filing[i].Type == platform.KeyLaboratory {
			s.Filing[i].Amount = yuan("800000")
			s.Filing[i].Note = "修订稿调整为80万元"
		}
	}
	for i := range s.Cycle {
		if s.Cycle[i].Type == platform.FieldStation && s.Cycle[i].Grade == platform.Qualified {
			s.Cycle[i].Amount = yuan("50000.50")
		}
	}
	s.Upgrade[1].Amount = yuan("3000000")
	tests := []struct {
		name string
		rule string
		got  func() (subsidy.Award, error)
		want string
	}{
		{"修订版 第十五条 重点实验室备案资助为80万元", "subsidy.15.filing.key_laboratory",
			func() (subsidy.Award, error) { return subsidy.Filing(s, platform.KeyLaboratory) }, "800000"},
		{"修订版 第十五条 工程技术中心备案资助不变", "subsidy.15.filing.engineering_research_center",
			func() (subsidy.Award, error) { return subsidy.Filing(s, platform.EngineeringCenter) }, "200000"},
		{"修订版 第二十三条 野外站合格给予5.00005万元", "subsidy.23.cycle.field_station.qualified",
			func() (subsidy.Award, error) {
				return subsidy.Cycle(s, platform.FieldStation, platform.Qualified, 1, subsidy.Options{})
			}, "50000.50"},
		{"修订版 第十七条 国家级奖励300万元", "subsidy.17.upgrade.national",
			func() (subsidy.Award, error) {
				return subsidy.Upgrade(s, platform.KeyLaboratory, subsidy.FiledAtCity, platform.City, platform.National, subsidy.Options{})
			}, "3000000"},
		{"修订版 第十七条 补差解读按修订版差额250万元", "subsidy.17.upgrade.national",
			func() (subsidy.Award, error) {
				return subsidy.Upgrade(s, platform.KeyLaboratory, subsidy.FiledAtCity, platform.Regional, platform.National, subsidy.Options{TopUp: true})
			}, "2500000"},
	}
	def := defaultFingerprint(t)
	fp, _ := s.Fingerprint()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.got()
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if !a.Amount.Equal(yuan(tt.want)) || a.Finding.Rule.ID != tt.rule {
				t.Errorf("amount %v rule %s, want %s %s", a.Amount, a.Finding.Rule.ID, tt.want, tt.rule)
			}
			if a.Edition.Name != "修订版" || a.Edition.Fingerprint != fp || fp == def {
				t.Errorf("edition %+v, want 修订版 with fingerprint %s (default %s)", a.Edition, fp, def)
			}
		})
	}
}

func TestScheduleValidate(t *testing.T) {
	edit := func(f func(*subsidy.Schedule)) subsidy.Schedule {
		s := subsidy.DefaultSchedule()
		f(&s)
		return s
	}
	tests := []struct {
		name  string
		rule  string
		s     subsidy.Schedule
		kind  platform.Kind
		field string
	}{
		{"第十五条 负的备案资助金额无效", "subsidy.15.filing.key_laboratory",
			edit(func(s *subsidy.Schedule) { s.Filing[2].Amount = yuan("-1") }), platform.ErrRange, "filing[2].amount"},
		{"第十五条 不足一分的金额无效", "subsidy.15.filing.key_laboratory",
			edit(func(s *subsidy.Schedule) { s.Filing[2].Amount = yuan("500000.001") }), platform.ErrRange, "filing[2].amount"},
		{"第十五条 缺少一个类型的备案资助", "subsidy.15.filing.new_rd_institution",
			edit(func(s *subsidy.Schedule) { s.Filing = s.Filing[:5] }), platform.ErrMissing, "filing"},
		{"第十五条 同一类型两行是重复", "subsidy.15.filing.engineering_research_center",
			edit(func(s *subsidy.Schedule) { s.Filing[1].Type = platform.EngineeringCenter }), platform.ErrDuplicate, "filing[1].type"},
		{"第十五条 未知类型无效", "subsidy.15.filing.engineering_research_center",
			edit(func(s *subsidy.Schedule) { s.Filing[0].Type = 0 }), platform.ErrInvalid, "filing[0].type"},
		{"第十五条 没有引用条款", "subsidy.15.filing.engineering_research_center",
			edit(func(s *subsidy.Schedule) { s.Filing[0].Citation = platform.Citation{} }), platform.ErrMissing, "filing[0].citation"},
		{"第十五条 引用条款格式错误", "subsidy.15.filing.engineering_research_center",
			edit(func(s *subsidy.Schedule) { s.Filing[0].Citation = platform.Citation{Article: -3} }), platform.ErrInvalid, "filing[0].citation"},
		{"第十七条 市级不是升级目标", "subsidy.17.upgrade.regional",
			edit(func(s *subsidy.Schedule) { s.Upgrade[0].Level = platform.City }), platform.ErrInvalid, "upgrade[0].level"},
		{"第十七条 缺少自治区级奖励", "subsidy.17.upgrade.regional",
			edit(func(s *subsidy.Schedule) { s.Upgrade = s.Upgrade[1:] }), platform.ErrMissing, "upgrade"},
		{"第十七条 国家级两行是重复", "subsidy.17.upgrade.national",
			edit(func(s *subsidy.Schedule) { s.Upgrade[0].Level = platform.National }), platform.ErrDuplicate, "upgrade[1].level"},
		{"第十七条 负的升级奖励无效", "subsidy.17.upgrade.national",
			edit(func(s *subsidy.Schedule) { s.Upgrade[1].Amount = yuan("-2000000") }), platform.ErrRange, "upgrade[1].amount"},
		{"第十七条 国家级奖励低于自治区级是矛盾", "subsidy.17.upgrade.national",
			edit(func(s *subsidy.Schedule) { s.Upgrade[1].Amount = yuan("400000") }), platform.ErrConflict, "upgrade"},
		{"第二十三条 缺少较差一行", "subsidy.23.cycle.new_rd_institution.poor",
			edit(func(s *subsidy.Schedule) { s.Cycle = s.Cycle[:23] }), platform.ErrMissing, "cycle"},
		{"第二十三条 同一类型等次两行是重复", "subsidy.23.cycle.engineering_research_center.excellent",
			edit(func(s *subsidy.Schedule) { s.Cycle[1].Grade = platform.Excellent }), platform.ErrDuplicate, "cycle[1]"},
		{"第二十三条 未知等次无效", "subsidy.23.cycle.engineering_research_center.excellent",
			edit(func(s *subsidy.Schedule) { s.Cycle[0].Grade = 9 }), platform.ErrInvalid, "cycle[0].grade"},
		{"第二十三条 未知类型无效", "subsidy.23.cycle.engineering_research_center.excellent",
			edit(func(s *subsidy.Schedule) { s.Cycle[0].Type = 9 }), platform.ErrInvalid, "cycle[0].type"},
		{"第二十三条 负的周期奖励无效", "subsidy.23.cycle.engineering_research_center.poor",
			edit(func(s *subsidy.Schedule) { s.Cycle[3].Amount = yuan("-0.01") }), platform.ErrRange, "cycle[3].amount"},
		{"第二十三条 没有引用条款", "subsidy.23.cycle.engineering_research_center.poor",
			edit(func(s *subsidy.Schedule) { s.Cycle[3].Citation = platform.Citation{} }), platform.ErrMissing, "cycle[3].citation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.s.Validate()
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Validate() = %v, want %v", err, tt.kind)
			}
			if !hasField(err, tt.field) {
				t.Errorf("Validate() = %v, want a problem on field %s", err, tt.field)
			}
			if _, err := subsidy.Filing(tt.s, platform.KeyLaboratory); !errors.Is(err, tt.kind) {
				t.Errorf("Filing on a bad schedule = %v, want %v", err, tt.kind)
			}
		})
	}
	// Several problems are all reported.
	s := subsidy.DefaultSchedule()
	s.Filing[0].Amount = yuan("-1")
	s.Cycle[0].Grade = 0
	err := s.Validate()
	if !errors.Is(err, platform.ErrRange) || !errors.Is(err, platform.ErrInvalid) {
		t.Errorf("Validate() = %v, want both problems", err)
	}
}

// hasField reports whether err or one of the errors it joins is a *platform.Error on field.
func hasField(err error, field string) bool {
	var e *platform.Error
	if errors.As(err, &e) && e.Field == field {
		return true
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, x := range j.Unwrap() {
			if hasField(x, field) {
				return true
			}
		}
	}
	return false
}

func TestRules(t *testing.T) {
	rules := subsidy.Rules()
	if len(rules) != 6+2+24+4+1 {
		t.Fatalf("Rules() has %d rules, want 37", len(rules))
	}
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.ID] {
			t.Errorf("rule %s twice", r.ID)
		}
		seen[r.ID] = true
		if !strings.HasPrefix(r.ID, "subsidy.") || r.Zh == "" || r.En == "" || !r.Cite.Valid() || r.Cite.IsZero() {
			t.Errorf("rule %+v incomplete", r)
		}
	}
	for _, id := range []string{"subsidy.15.filing.key_laboratory", "subsidy.17.upgrade.national", "subsidy.17.upgrade.regional",
		"subsidy.23.cycle.key_laboratory.excellent", "subsidy.23.cycle.upgraded_platform", "subsidy.28.no_double_benefit", "subsidy.28.excess",
		"subsidy.28.higher_level_document", "subsidy.16.city_filed"} {
		if !seen[id] {
			t.Errorf("Rules() lacks %s", id)
		}
	}
	rules[0].ID = "changed"
	if subsidy.Rules()[0].ID == "changed" {
		t.Errorf("Rules() hands out shared rules")
	}
	if !strings.Contains(subsidy.Rules()[2].Zh, "市级重点实验室给予 50 万元扶持资助") {
		t.Errorf("filing rule text %q does not quote 第十五条", subsidy.Rules()[2].Zh)
	}
}

// A custom schedule may pay for 合格 or nothing for 良好; the cycle finding follows the
// amount actually awarded, so a Fail finding never comes with money and a Pass never
// with nothing.
func TestCustomScheduleCycleOutcome(t *testing.T) {
	s := subsidy.DefaultSchedule()
	for i := range s.Cycle {
		switch r := &s.Cycle[i]; {
		case r.Type == platform.FieldStation && r.Grade == platform.Qualified:
			r.Amount = yuan("50000.50")
		case r.Type == platform.KeyLaboratory && r.Grade == platform.Good:
			r.Amount = yuan("0")
		}
	}
	tests := []struct {
		name    string
		rule    string
		cite    platform.Citation
		typ     platform.Type
		grade   platform.Grade
		want    string
		outcome platform.Outcome
		note    string
	}{
		{"修订版 第二十三条 野外站合格给予5.00005万元时发现为符合", "subsidy.23.cycle.field_station.qualified", platform.Art(23),
			platform.FieldStation, platform.Qualified, "50000.50", platform.Pass, "参数表"},
		{"修订版 第二十三条 重点实验室良好给予0元时发现为不符合", "subsidy.23.cycle.key_laboratory.good", platform.Art(23),
			platform.KeyLaboratory, platform.Good, "0", platform.Fail, "金额为 0 元"},
		{"修订版 第二十三条 野外站较差仍为0元且不符合", "subsidy.23.cycle.field_station.poor", platform.Art(23),
			platform.FieldStation, platform.Poor, "0", platform.Fail, "只对考核等次为良好、优秀"},
		{"修订版 第二十三条 重点实验室优秀仍为70万元且符合", "subsidy.23.cycle.key_laboratory.excellent", platform.Art(23),
			platform.KeyLaboratory, platform.Excellent, "700000", platform.Pass, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := subsidy.Cycle(s, tt.typ, tt.grade, 1, subsidy.Options{})
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if !a.Amount.Equal(yuan(tt.want)) || a.Finding.Rule.ID != tt.rule || a.Citation != tt.cite {
				t.Errorf("amount %v rule %s %v, want %s %s %v", a.Amount, a.Finding.Rule.ID, a.Citation, tt.want, tt.rule, tt.cite)
			}
			if a.Finding.Outcome != tt.outcome {
				t.Errorf("outcome %v, want %v", a.Finding.Outcome, tt.outcome)
			}
			if !strings.Contains(a.Finding.NoteZh(), tt.note) || (tt.note == "") != (a.Finding.NoteZh() == "") {
				t.Errorf("note %q, want one containing %q", a.Finding.NoteZh(), tt.note)
			}
		})
	}
}

// A filing subsidy or upgrade reward of 0 元 (a custom schedule) is a Fail finding that
// says so, never a Pass with nothing paid.
func TestCustomScheduleZeroAwards(t *testing.T) {
	s := subsidy.DefaultSchedule()
	for i := range s.Filing {
		if s.Filing[i].Type == platform.ClinicalCenter {
			s.Filing[i].Amount = yuan("0")
		}
	}
	s.Upgrade[0].Amount, s.Upgrade[1].Amount = yuan("500000"), yuan("500000") // national equal to regional
	tests := []struct {
		name    string
		rule    string
		cite    platform.Citation
		got     func() (subsidy.Award, error)
		want    string
		outcome platform.Outcome
	}{
		{"修订版 第十五条 临床医学研究中心备案资助为0元时不符合", "subsidy.15.filing.clinical_research_center", platform.Art(15),
			func() (subsidy.Award, error) { return subsidy.Filing(s, platform.ClinicalCenter) }, "0", platform.Fail},
		{"修订版 第十五条 重点实验室备案资助50万元仍符合", "subsidy.15.filing.key_laboratory", platform.Art(15),
			func() (subsidy.Award, error) { return subsidy.Filing(s, platform.KeyLaboratory) }, "500000", platform.Pass},
		{"修订版 第十七条 国家级与自治区级同为50万元时补差为0元且不符合", "subsidy.17.upgrade.national", platform.Art(17),
			func() (subsidy.Award, error) {
				return subsidy.Upgrade(s, platform.KeyLaboratory, subsidy.FiledAtCity, platform.Regional, platform.National, subsidy.Options{TopUp: true})
			}, "0", platform.Fail},
		{"修订版 第十七条 国家级与自治区级同为50万元时默认全额50万元", "subsidy.17.upgrade.national", platform.Art(17),
			func() (subsidy.Award, error) {
				return subsidy.Upgrade(s, platform.KeyLaboratory, subsidy.FiledAtCity, platform.Regional, platform.National, subsidy.Options{})
			}, "500000", platform.Pass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.got()
			if err != nil {
				t.Fatalf("error %v", err)
			}
			if !a.Amount.Equal(yuan(tt.want)) || a.Finding.Rule.ID != tt.rule || a.Citation != tt.cite || a.Finding.Outcome != tt.outcome {
				t.Errorf("amount %v rule %s %v outcome %v, want %s %s %v %v", a.Amount, a.Finding.Rule.ID, a.Citation, a.Finding.Outcome,
					tt.want, tt.rule, tt.cite, tt.outcome)
			}
		})
	}
}

// Every rule's Chinese text opens with its article in the law's own words (copied here
// from the seed text), before any reading the library adds.
func TestRulesQuoteTheLaw(t *testing.T) {
	const (
		art15 = "对获得市级备案的科技创新平台，分类给予扶持资助"
		art17 = "对提档升级为国家级和自治区级的科技创新平台，分别给予 200 万元、50 万元的一次性奖励扶持"
		art23 = "在单个评估周期内（三年），对考核等次为良好、优秀的"
		art28 = "本办法奖励扶持条款与市内其他文件规定重复的，按本办法执行，不得重复享受"
	)
	tests := []struct {
		name  string
		rule  string
		cite  platform.Citation
		quote string
	}{
		{"第十五条 备案资助规则引用第十五条原文", "subsidy.15.filing.field_station", platform.Art(15), art15 + "：市级野外科学观测研究站给予 20 万元扶持资助"},
		{"第十七条 国家级奖励规则引用第十七条原文", "subsidy.17.upgrade.national", platform.Art(17), art17},
		{"第十七条 自治区级奖励规则引用第十七条原文", "subsidy.17.upgrade.regional", platform.Art(17), art17},
		{"第二十三条 技术创新中心优秀规则引用第二十三条原文", "subsidy.23.cycle.technology_innovation_center.excellent", platform.Art(23),
			art23 + "技术创新中心、临床医学研究中心、新型研发机构分别给予 120、150 万元奖励扶持"},
		{"第二十三条 升级平台停发规则引用第二十三条原文而不改写", "subsidy.23.cycle.upgraded_platform", platform.Art(23),
			art23 + "工程技术中心和野外科学观测研究站分别给予 15、20 万元奖励扶持"},
		{"第二十八条 不得重复享受规则引用第二十八条原文", "subsidy.28.no_double_benefit", platform.Art(28), art28},
		{"第二十八条 超出部分规则引用第二十八条原文", "subsidy.28.excess", platform.Art(28), art28},
		{"第二十八条 上级文件不扣减规则引用第二十八条原文", "subsidy.28.higher_level_document", platform.Art(28), art28},
	}
	rules := map[string]platform.Rule{}
	for _, r := range subsidy.Rules() {
		rules[r.ID] = r
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := rules[tt.rule]
			if !ok {
				t.Fatalf("no rule %s", tt.rule)
			}
			if r.Cite != tt.cite || !strings.HasPrefix(r.Zh, tt.quote) {
				t.Errorf("rule %s cites %v with text %q; want %v opening with %q", tt.rule, r.Cite, r.Zh, tt.cite, tt.quote)
			}
		})
	}
}
