package lifecycle_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// replace returns steps with the event at i replaced by e (or removed when e is nil).
func replace(steps []lifecycle.Event, i int, e *lifecycle.Event) []lifecycle.Event {
	out := append([]lifecycle.Event(nil), steps[:i]...)
	if e != nil {
		out = append(out, *e)
	}
	return append(out, steps[i+1:]...)
}

func TestProcedure(t *testing.T) {
	steps := filingSteps()
	at := func(date string, k lifecycle.Kind, a lifecycle.Actor) *lifecycle.Event {
		e := ev(date, k, a)
		return &e
	}
	tests := []struct {
		name    string
		rule    string
		cite    string
		events  []lifecycle.Event
		stage   lifecycle.Stage
		kind    platform.Kind // error kind; 0 for none
		missing lifecycle.Kind
		index   int
	}{
		{name: "依次完成通知、申请、推荐、审查、论证、拟备案、公示、备案：已备案", rule: "lifecycle.13.5.filing", cite: "第十三条（五）",
			events: steps, stage: lifecycle.Filed},
		{name: "备案通知不是申请的前提：常年受理", rule: "lifecycle.13.1.call", cite: "第十三条（一）",
			events: steps[1:], stage: lifecycle.Filed},
		{name: "未经县（园）区或市有关部门推荐直接审查：拒绝，缺推荐", rule: "lifecycle.13.2.recommendation", cite: "第十三条（三）",
			events: replace(steps, 2, nil), kind: platform.ErrOrder, missing: lifecycle.Recommendation, index: 2},
		{name: "市有关部门推荐亦可", rule: "lifecycle.13.2.recommendation", cite: "第十三条（二）",
			events: replace(steps, 2, at("2025-01-15", lifecycle.Recommendation, lifecycle.CityDepartment)), stage: lifecycle.Filed},
		{name: "未经审查即专家论证：缺审查", rule: "lifecycle.13.3.review", cite: "第十三条（四）",
			events: replace(steps, 3, nil), kind: platform.ErrOrder, missing: lifecycle.Review, index: 3},
		{name: "委托专业评估机构由市科技局组织论证亦可", rule: "lifecycle.13.4.expert_review", cite: "第十三条（四）",
			events: replace(steps, 4, at("2025-02-10", lifecycle.ExpertReview, lifecycle.CitySTB)), stage: lifecycle.Filed},
		{name: "未经论证即拟备案：缺专家论证", rule: "lifecycle.13.4.expert_review", cite: "第十三条（五）",
			events: replace(steps, 4, nil), kind: platform.ErrOrder, missing: lifecycle.ExpertReview, index: 4},
		{name: "未列拟备案名单即公示：缺拟备案名单", rule: "lifecycle.13.5.proposed_list", cite: "第十三条（五）",
			events: replace(steps, 5, nil), kind: platform.ErrOrder, missing: lifecycle.ProposedList, index: 5},
		{name: "未公示即备案：缺公示", rule: "lifecycle.13.5.notice_working_days", cite: "第十三条（五）",
			events: replace(steps, 6, nil), kind: platform.ErrOrder, missing: lifecycle.NoticeStart, index: 6},
		{name: "公示第5个工作日（2025-03-11）当日备案：公示期未满", rule: "lifecycle.13.5.notice_working_days", cite: "第十三条（五）",
			events: replace(steps, 7, at("2025-03-11", lifecycle.Filing, lifecycle.CitySTB)), kind: platform.ErrOrder, index: 7},
		{name: "公示期满次日（2025-03-12）备案：可以", rule: "lifecycle.13.5.notice_working_days", cite: "第十三条（五）",
			events: steps, stage: lifecycle.Filed},
		{name: "未申请即推荐：缺申请", rule: "lifecycle.13.2.application", cite: "第十三条（二）",
			events: replace(steps, 1, nil), kind: platform.ErrOrder, missing: lifecycle.Application, index: 1},
		{name: "县（园）区推荐后市有关部门亦推荐：两次推荐一并记录，程序继续", rule: "lifecycle.13.2.recommendation", cite: "第十三条（二）",
			events: append(steps[:3:3], ev("2025-01-16", lifecycle.Recommendation, lifecycle.CityDepartment)),
			stage:  lifecycle.Recommended},
		{name: "列入拟备案名单后再推荐：重复", rule: "lifecycle.13.2.recommendation", cite: "第十三条（二）",
			events: append(steps[:6:6], ev("2025-02-21", lifecycle.Recommendation, lifecycle.CityDepartment)),
			kind:   platform.ErrDuplicate, index: 6},
		{name: "同一平台标识再次申请：重复", rule: "lifecycle.13.2.application", cite: "第十三条（二）",
			events: append(steps[:2:2], func() lifecycle.Event {
				e := steps[1]
				e.Date = d("2025-01-07")
				return e
			}()), kind: platform.ErrDuplicate, index: 2},
		{name: "已备案再次备案：重复", rule: "lifecycle.13.5.filing", cite: "第十三条（五）",
			events: append(steps[:8:8], ev("2025-03-13", lifecycle.Filing, lifecycle.CitySTB)), kind: platform.ErrDuplicate, index: 8},
		{name: "申请未写平台类型：缺失", rule: "lifecycle.13.2.application", cite: "第二条",
			events: replace(steps, 1, at("2025-01-06", lifecycle.Application, lifecycle.RelyingUnit)), kind: platform.ErrMissing, index: 1},
		{name: "申请名称与平台类型不符：拒绝", rule: "lifecycle.14.naming", cite: "第十四条",
			events: replace(steps, 1, func() *lifecycle.Event {
				e := steps[1]
				e.Name = "拉萨市高原生物工程技术研究中心"
				return &e
			}()), kind: platform.ErrInvalid, index: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(lifecycle.History{Organisation: org, Events: tt.events}, d("2025-06-30"), lifecycle.Options{})
			if tt.kind == 0 {
				if err != nil {
					t.Fatalf("Replay: %v (%s, %s)", err, tt.rule, tt.cite)
				}
				p, _ := st.Platform(lab)
				if p.Stage != tt.stage {
					t.Errorf("stage = %v, want %v (%s)", p.Stage, tt.stage, tt.cite)
				}
				return
			}
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Replay error = %v, want kind %v (%s)", err, tt.kind, tt.cite)
			}
			e := eventError(err)
			if e == nil {
				t.Fatalf("Replay error %v carries no EventError", err)
			}
			if e.Index != tt.index || e.Date != tt.events[tt.index].Date {
				t.Errorf("EventError names events[%d] %v, want events[%d] %v", e.Index, e.Date, tt.index, tt.events[tt.index].Date)
			}
			if e.Missing != tt.missing {
				t.Errorf("Missing = %v, want %v", e.Missing, tt.missing)
			}
			if e.Cite.String() != tt.cite {
				t.Errorf("Cite = %v, want %v", e.Cite, tt.cite)
			}
		})
	}
}

func TestActors(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		kind  lifecycle.Kind
		actor lifecycle.Actor
		ok    bool
		cite  string
	}{
		{"依托单位提出备案申请", "lifecycle.13.2.application", lifecycle.Application, lifecycle.RelyingUnit, true, "第十三条（二）"},
		{"市科技局不能代为提出申请", "lifecycle.13.2.application", lifecycle.Application, lifecycle.CitySTB, false, "第十三条（二）"},
		{"县（园）区科技主管部门推荐", "lifecycle.13.2.recommendation", lifecycle.Recommendation, lifecycle.County, true, "第十三条（二）"},
		{"依托单位不能自行推荐", "lifecycle.13.2.recommendation", lifecycle.Recommendation, lifecycle.RelyingUnit, false, "第十三条（二）"},
		{"县（园）区不能代替市科技局审查", "lifecycle.13.3.review", lifecycle.Review, lifecycle.County, false, "第十三条（三）"},
		{"依托单位不能论证自己", "lifecycle.13.4.expert_review", lifecycle.ExpertReview, lifecycle.RelyingUnit, false, "第十三条（四）"},
		{"专家不能发布备案文件", "lifecycle.13.5.filing", lifecycle.Filing, lifecycle.Experts, false, "第十三条（五）"},
		{"社会公众可以提出异议", "lifecycle.13.5.objection", lifecycle.Objection, lifecycle.Public, true, "第十三条（五）"},
		{"社会公众不能处理异议", "lifecycle.13.5.objection", lifecycle.ObjectionResolved, lifecycle.Public, false, "第十三条（五）"},
		{"第三方评估机构可以给出评估结果", "lifecycle.22.cycle", lifecycle.Graded, lifecycle.ThirdParty, true, "第十九条"},
		{"依托单位不能给自己评估", "lifecycle.22.cycle", lifecycle.Graded, lifecycle.RelyingUnit, false, "第十九条"},
		{"主管单位可以报送年度报告", "lifecycle.20.annual_report", lifecycle.AnnualReport, lifecycle.Supervisor, true, "第二十条"},
		{"专家不报送年度报告", "lifecycle.20.annual_report", lifecycle.AnnualReport, lifecycle.Experts, false, "第二十条"},
		{"学术（技术）委员会论证重大调整", "lifecycle.26.adjustment", lifecycle.AdjustmentReview, lifecycle.Committee, true, "第二十六条"},
		{"主管单位不能批准重大调整", "lifecycle.26.adjustment", lifecycle.AdjustmentApproval, lifecycle.Supervisor, false, "第二十六条"},
		{"市科技局认定提档升级", "lifecycle.17.upgrade_reward", lifecycle.UpgradeRecognised, lifecycle.CitySTB, true, "第七条（四）"},
		{"依托单位不能认定弄虚作假", "lifecycle.25.fraud_ban", lifecycle.Fraud, lifecycle.RelyingUnit, false, "第七条（二）"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors, cite := tt.kind.Actors()
			allowed := false
			for _, a := range actors {
				allowed = allowed || a == tt.actor
			}
			if allowed != tt.ok || cite.String() != tt.cite {
				t.Errorf("%v.Actors() = %v %v, want %v allowed=%v", tt.kind, actors, cite, tt.actor, tt.ok)
			}
			e := ev("2025-01-06", tt.kind, tt.actor)
			e.Type = platform.KeyLaboratory
			_, err := lifecycle.Replay(lifecycle.History{Organisation: org, Events: []lifecycle.Event{e}}, d("2025-12-31"), lifecycle.Options{})
			if got := errors.Is(err, platform.ErrActor); got == tt.ok {
				t.Errorf("Replay ErrActor = %v, want %v: %v", got, !tt.ok, err)
			}
			if !tt.ok {
				if x := eventError(err); x == nil || x.Cite.String() != tt.cite {
					t.Errorf("error %v does not cite %s", err, tt.cite)
				}
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	steps := filingSteps()
	tests := []struct {
		name  string
		rule  string
		h     lifecycle.History
		asOf  string
		opts  lifecycle.Options
		kind  platform.Kind
		index int // -1 when the error names no event
	}{
		{"未知事件类型：按位置和日期报错", "lifecycle.6.actors", with(steps[:2], lifecycle.Event{Date: d("2025-01-07"), Kind: 99, Actor: lifecycle.CitySTB, Platform: lab}),
			"2025-12-31", lifecycle.Options{}, platform.ErrInvalid, 2},
		{"事件无日期", "lifecycle.6.actors", with(steps[:2], lifecycle.Event{Kind: lifecycle.Recommendation, Actor: lifecycle.County, Platform: lab}),
			"2025-12-31", lifecycle.Options{}, platform.ErrMissing, 2},
		{"日期倒序", "lifecycle.6.actors", with(steps[:2], ev("2025-01-05", lifecycle.Recommendation, lifecycle.County)),
			"2025-12-31", lifecycle.Options{}, platform.ErrOrder, 2},
		{"同一事件记录两次", "lifecycle.6.actors", with(steps[:3], steps[2]),
			"2025-12-31", lifecycle.Options{}, platform.ErrDuplicate, 3},
		{"事件未写行为主体", "lifecycle.6.actors", with(steps[:2], ev("2025-01-15", lifecycle.Recommendation, 0)),
			"2025-12-31", lifecycle.Options{}, platform.ErrMissing, 2},
		{"事件未写平台", "lifecycle.6.actors", with(steps[:2], lifecycle.Event{Date: d("2025-01-15"), Kind: lifecycle.Recommendation, Actor: lifecycle.County}),
			"2025-12-31", lifecycle.Options{}, platform.ErrMissing, 2},
		{"已不再列入备案序列的平台又有事件", "lifecycle.24.removal_ban",
			filed(ev("2028-04-01", lifecycle.NoShow, lifecycle.CitySTB), report("2028-11-01", 2028)),
			"2028-12-31", lifecycle.Options{}, platform.ErrState, 10},
		{"未给出截至日", "lifecycle.6.actors", with(steps), "", lifecycle.Options{}, platform.ErrMissing, -1},
		{"未给出组织信用代码", "lifecycle.6.actors", lifecycle.History{Events: steps}, "2025-12-31", lifecycle.Options{}, platform.ErrMissing, -1},
		{"参数表无效", "lifecycle.22.cycle", with(steps), "2025-12-31",
			lifecycle.Options{Parameters: &lifecycle.Parameters{}}, platform.ErrInvalid, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asOf platform.Date
			if tt.asOf != "" {
				asOf = d(tt.asOf)
			}
			st, err := lifecycle.Replay(tt.h, asOf, tt.opts)
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Replay error = %v, want %v (%s)", err, tt.kind, tt.rule)
			}
			if len(st.Entries) != 0 || len(st.Platforms) != 0 {
				t.Errorf("Replay decided something on bad input: %+v", st)
			}
			var pe *platform.Error
			if !errors.As(err, &pe) || pe.Op != "lifecycle.Replay" {
				t.Errorf("error %v is not a *platform.Error of lifecycle.Replay", err)
			}
			if tt.index < 0 {
				return
			}
			e := eventError(err)
			if e == nil || e.Index != tt.index || e.Date != tt.h.Events[tt.index].Date {
				t.Errorf("EventError = %+v, want events[%d] dated %v", e, tt.index, tt.h.Events[tt.index].Date)
			}
			if e != nil && e.Error() == "" {
				t.Error("EventError has no text")
			}
		})
	}
}

func TestEventsAfterAsOfAreNotReplayed(t *testing.T) {
	// rule: lifecycle.13.5.filing — the state as of 2025-03-11 is in notice; filing comes later.
	st, err := lifecycle.Replay(with(filingSteps()), d("2025-03-11"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := st.Platform(lab); p.Stage != lifecycle.InNotice || len(st.Entries) != 7 {
		t.Errorf("as of 2025-03-11: stage %v, %d entries; want in_notice, 7", p.Stage, len(st.Entries))
	}
	if _, ok := st.Platform("none"); ok {
		t.Error(`Platform("none") found`)
	}
}

func TestObjection(t *testing.T) {
	steps := filingSteps()
	notice := steps[:7]
	obj := ev("2025-03-05", lifecycle.Objection, lifecycle.Public)
	resolved := func(date string, upheld bool) lifecycle.Event {
		e := ev(date, lifecycle.ObjectionResolved, lifecycle.CitySTB)
		e.Upheld = upheld
		return e
	}
	tests := []struct {
		name    string
		rule    string
		events  []lifecycle.Event
		stage   lifecycle.Stage
		kind    platform.Kind
		missing lifecycle.Kind
	}{
		{"公示期间有异议：备案暂缓", "lifecycle.13.5.objection", append(notice[:7:7], obj), lifecycle.Held, 0, 0},
		{"异议未处理即备案：拒绝，缺异议处理", "lifecycle.13.5.objection",
			append(notice[:7:7], obj, ev("2025-03-12", lifecycle.Filing, lifecycle.CitySTB)), 0, platform.ErrOrder, lifecycle.ObjectionResolved},
		{"异议成立：不予备案", "lifecycle.13.5.objection", append(notice[:7:7], obj, resolved("2025-03-20", true)), lifecycle.NotFiled, 0, 0},
		{"异议成立后再备案：平台已终止", "lifecycle.13.5.objection",
			append(notice[:7:7], obj, resolved("2025-03-20", true), ev("2025-03-21", lifecycle.Filing, lifecycle.CitySTB)), 0, platform.ErrState, 0},
		{"异议不成立：备案继续", "lifecycle.13.5.objection",
			append(notice[:7:7], obj, resolved("2025-03-20", false), ev("2025-03-21", lifecycle.Filing, lifecycle.CitySTB)), lifecycle.Filed, 0, 0},
		{"两项异议只处理一项：仍暂缓", "lifecycle.13.5.objection",
			append(notice[:7:7], obj, ev("2025-03-06", lifecycle.Objection, lifecycle.County), resolved("2025-03-20", false)), lifecycle.Held, 0, 0},
		{"公示最后一日（2025-03-11）提出异议：有效", "lifecycle.13.5.objection",
			append(notice[:7:7], ev("2025-03-11", lifecycle.Objection, lifecycle.Public)), lifecycle.Held, 0, 0},
		{"公示期满后（2025-03-12）提出异议：不在公示期内", "lifecycle.13.5.objection",
			append(notice[:7:7], ev("2025-03-12", lifecycle.Objection, lifecycle.Public)), 0, platform.ErrOrder, 0},
		{"公示前提出异议：缺公示", "lifecycle.13.5.objection",
			append(notice[:6:6], ev("2025-02-21", lifecycle.Objection, lifecycle.Public)), 0, platform.ErrOrder, lifecycle.NoticeStart},
		{"无异议而作异议处理：缺异议", "lifecycle.13.5.objection",
			append(notice[:7:7], resolved("2025-03-20", false)), 0, platform.ErrOrder, lifecycle.Objection},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(with(tt.events), d("2025-12-31"), lifecycle.Options{})
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("Replay error = %v, want %v (第十三条（五）)", err, tt.kind)
				}
				if e := eventError(err); e == nil || e.Missing != tt.missing {
					t.Errorf("EventError = %+v, want missing %v", e, tt.missing)
				}
				return
			}
			if err != nil {
				t.Fatalf("Replay: %v", err)
			}
			if p, _ := st.Platform(lab); p.Stage != tt.stage {
				t.Errorf("stage = %v, want %v (第十三条（五）)", p.Stage, tt.stage)
			}
		})
	}
}

func TestHappyPathToSecondCycle(t *testing.T) {
	// The key laboratory lab, filed 2025-03-12: reports every year, 良好 in cycle 1, upgraded
	// to 自治区级, 优秀 in cycle 2, reports through 2031.
	up := ev("2029-06-01", lifecycle.UpgradeRecognised, lifecycle.CitySTB)
	up.Level = platform.Regional
	h := filed(
		report("2025-11-28", 2025), report("2026-11-30", 2026), report("2027-11-20", 2027),
		graded("2028-04-10", platform.Good, 1),
		report("2028-11-25", 2028),
		up,
		report("2029-11-29", 2029), report("2030-12-05", 2030),
		graded("2031-04-20", platform.Excellent, 2),
	)
	tests := []struct {
		name   string
		rule   string
		asOf   string
		cycle  int
		level  platform.Level
		awards []string // kind/level/cycle and amount in 元
	}{
		{"备案当日：第一周期开始，备案资助 50 万元", "lifecycle.15.filing_subsidy", "2025-03-12", 1, platform.City,
			[]string{"filing 500000"}},
		{"第一周期最后一日 2028-03-12：仍为第一周期", "lifecycle.22.cycle", "2028-03-12", 1, platform.City,
			[]string{"filing 500000"}},
		{"第二周期首日 2028-03-13", "lifecycle.22.cycle", "2028-03-13", 2, platform.City,
			[]string{"filing 500000"}},
		{"第一周期良好：重点实验室 60 万元", "lifecycle.23.cycle_award", "2028-04-10", 2, platform.City,
			[]string{"filing 500000", "cycle 600000"}},
		{"认定为自治区级：一次性奖励 50 万元", "lifecycle.17.upgrade_reward", "2029-06-01", 2, platform.Regional,
			[]string{"filing 500000", "cycle 600000", "upgrade 500000"}},
		{"第二周期优秀：70 万元；进入第三周期", "lifecycle.23.cycle_award", "2031-12-31", 3, platform.Regional,
			[]string{"filing 500000", "cycle 600000", "upgrade 500000", "cycle 700000"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(h, d(tt.asOf), lifecycle.Options{})
			if err != nil {
				t.Fatal(err)
			}
			p, _ := st.Platform(lab)
			if p.Stage != lifecycle.Filed || p.Cycle != tt.cycle || p.Level != tt.level || p.Name != labName {
				t.Errorf("platform = %v cycle %d %v %q, want filed cycle %d %v (%s)", p.Stage, p.Cycle, p.Level, p.Name, tt.cycle, tt.level, tt.rule)
			}
			var got []string
			for _, a := range st.Awards {
				got = append(got, a.Kind.String()+" "+a.Amount.YuanString())
			}
			if len(got) != len(tt.awards) {
				t.Fatalf("awards = %v, want %v", got, tt.awards)
			}
			for i := range got {
				if got[i] != tt.awards[i]+".00" {
					t.Errorf("award %d = %s, want %s.00", i, got[i], tt.awards[i])
				}
			}
		})
	}
	st, err := lifecycle.Replay(h, d("2031-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Platform(lab)
	want := []lifecycle.ReportStatus{lifecycle.ReportSubmitted, lifecycle.ReportSubmitted, lifecycle.ReportSubmitted,
		lifecycle.ReportSubmitted, lifecycle.ReportSubmitted, lifecycle.ReportLate, lifecycle.ReportOverdue}
	if len(p.Reports) != len(want) {
		t.Fatalf("reports = %+v, want %d years 2025–2031", p.Reports, len(want))
	}
	for i, r := range p.Reports {
		if r.Year != 2025+i || r.Status != want[i] {
			t.Errorf("report %d = %d %v, want %d %v (第二十条)", i, r.Year, r.Status, 2025+i, want[i])
		}
	}
	if p.CycleFrom != d("2031-03-13") || p.CycleTo != d("2034-03-12") {
		t.Errorf("cycle 3 = %v..%v, want 2031-03-13..2034-03-12 (第二十二条)", p.CycleFrom, p.CycleTo)
	}
}
