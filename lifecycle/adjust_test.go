package lifecycle_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/lifecycle"
)

func adj(date string, k lifecycle.Kind, a lifecycle.Actor, what lifecycle.AdjustmentKind) lifecycle.Event {
	e := ev(date, k, a)
	e.Adjustment = what
	return e
}

func chain(what lifecycle.AdjustmentKind) []lifecycle.Event {
	return []lifecycle.Event{
		adj("2026-03-01", lifecycle.AdjustmentReview, lifecycle.Committee, what),
		adj("2026-03-10", lifecycle.AdjustmentReport, lifecycle.RelyingUnit, what),
		adj("2026-03-20", lifecycle.AdjustmentSupervisorReview, lifecycle.Supervisor, what),
		adj("2026-04-01", lifecycle.AdjustmentApproval, lifecycle.CitySTB, what),
	}
}

func TestAdjustments(t *testing.T) {
	const newName = "拉萨市高原生物资源重点实验室"
	rename := chain(lifecycle.Rename)
	rename[3].Name = newName
	unit := chain(lifecycle.ChangeRelyingUnit)
	unit[3].RelyingUnit = other
	drop := func(evs []lifecycle.Event, i int) []lifecycle.Event { return replace(evs, i, nil) }
	withName := func(evs []lifecycle.Event, name string) []lifecycle.Event {
		out := append([]lifecycle.Event(nil), evs...)
		out[3].Name = name
		return out
	}
	tests := []struct {
		name    string
		rule    string
		h       lifecycle.History
		kind    platform.Kind
		missing lifecycle.Kind
		pname   string
		unit    platform.CreditCode
	}{
		{name: "更名：论证、建议报告、主管单位审核、市科技局批准，依次完成", rule: "lifecycle.26.adjustment", h: filed(rename...), pname: newName},
		{name: "专家论证亦可代替学术委员会", rule: "lifecycle.26.adjustment", h: filed(append([]lifecycle.Event{
			adj("2026-03-01", lifecycle.AdjustmentReview, lifecycle.Experts, lifecycle.Rename)}, rename[1:]...)...), pname: newName},
		{name: "缺学术委员会或专家论证：缺论证", rule: "lifecycle.26.adjustment", h: filed(drop(rename, 0)...),
			kind: platform.ErrOrder, missing: lifecycle.AdjustmentReview},
		{name: "缺依托单位建议报告", rule: "lifecycle.26.adjustment", h: filed(drop(rename, 1)...),
			kind: platform.ErrOrder, missing: lifecycle.AdjustmentReport},
		{name: "缺主管单位审核", rule: "lifecycle.26.adjustment", h: filed(drop(rename, 2)...),
			kind: platform.ErrOrder, missing: lifecycle.AdjustmentSupervisorReview},
		{name: "只有批准：缺论证", rule: "lifecycle.26.adjustment", h: filed(rename[3]),
			kind: platform.ErrOrder, missing: lifecycle.AdjustmentReview},
		{name: "更名报告后中止，半年后重新论证、报告、审核、批准：后一次完整调整生效，前一次记为已被取代", rule: "lifecycle.26.adjustment",
			h: filed(rename[0], rename[1], adj("2026-09-01", lifecycle.AdjustmentReview, lifecycle.Experts, lifecycle.Rename),
				adj("2026-09-10", lifecycle.AdjustmentReport, lifecycle.RelyingUnit, lifecycle.Rename),
				adj("2026-09-20", lifecycle.AdjustmentSupervisorReview, lifecycle.Supervisor, lifecycle.Rename),
				func() lifecycle.Event {
					e := adj("2026-10-08", lifecycle.AdjustmentApproval, lifecycle.CitySTB, lifecycle.Rename)
					e.Name = newName
					return e
				}()),
			pname: newName},
		{name: "建议报告两次：重复", rule: "lifecycle.26.adjustment", h: filed(rename[0], rename[1], adj("2026-03-11", lifecycle.AdjustmentReport, lifecycle.RelyingUnit, lifecycle.Rename)),
			kind: platform.ErrDuplicate},
		{name: "新名称改变平台类型：拒绝", rule: "lifecycle.26.adjustment", h: filed(withName(rename, "拉萨市高原生物工程技术研究中心")...),
			kind: platform.ErrInvalid},
		{name: "新名称不合第十四条：拒绝", rule: "lifecycle.26.adjustment", h: filed(withName(rename, "高原生物重点实验室")...),
			kind: platform.ErrInvalid},
		{name: "更名未给新名称：拒绝", rule: "lifecycle.26.adjustment", h: filed(withName(rename, "")...),
			kind: platform.ErrInvalid},
		{name: "未命名的平台更名：缺命名", rule: "lifecycle.26.adjustment", h: with(func() []lifecycle.Event {
			s := filingSteps()
			s[1].Name = ""
			return s
		}(), rename...),
			kind: platform.ErrOrder, missing: lifecycle.Naming},
		{name: "变更依托单位：四步依次完成", rule: "lifecycle.26.adjustment", h: filed(unit...), pname: labName, unit: other},
		{name: "变更依托单位缺主管单位审核", rule: "lifecycle.26.adjustment", h: filed(drop(unit, 2)...),
			kind: platform.ErrOrder, missing: lifecycle.AdjustmentSupervisorReview},
		{name: "变更依托单位未写新依托单位：缺失", rule: "lifecycle.26.adjustment", h: filed(chain(lifecycle.ChangeRelyingUnit)...),
			kind: platform.ErrMissing},
		{name: "更名与变更依托单位可并行", rule: "lifecycle.26.adjustment", h: filed(rename[0], unit[0], rename[1], unit[1], rename[2], unit[2], rename[3], unit[3]),
			pname: newName, unit: other},
		{name: "未写调整种类：缺失", rule: "lifecycle.26.adjustment", h: filed(adj("2026-03-01", lifecycle.AdjustmentReview, lifecycle.Committee, 0)),
			kind: platform.ErrMissing},
		{name: "未备案的平台不能调整：缺备案", rule: "lifecycle.26.adjustment", h: with(filingSteps()[:5], adj("2025-02-15", lifecycle.AdjustmentReview, lifecycle.Committee, lifecycle.Rename)),
			kind: platform.ErrOrder, missing: lifecycle.Filing},
		{name: "其他重大调整：批准后记录", rule: "lifecycle.26.adjustment", h: filed(chain(lifecycle.OtherAdjustment)...), pname: labName},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(tt.h, d("2026-12-31"), lifecycle.Options{})
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("Replay = %v, want %v (第二十六条)", err, tt.kind)
				}
				if e := eventError(err); e == nil || e.Missing != tt.missing {
					t.Errorf("EventError = %+v, want missing %v", e, tt.missing)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			p, _ := st.Platform(lab)
			if p.Name != tt.pname || p.RelyingUnit != tt.unit {
				t.Errorf("platform = %q %v, want %q %v (第二十六条)", p.Name, p.RelyingUnit, tt.pname, tt.unit)
			}
			for _, a := range p.Adjustments {
				if a.Done != lifecycle.AdjustmentApproval && !a.Superseded {
					t.Errorf("adjustment %+v not approved", a)
				}
			}
		})
	}
}

func TestAdjustmentInProgress(t *testing.T) {
	// rule: lifecycle.26.adjustment — two steps taken: the state shows the chain halfway, the name unchanged.
	st, err := lifecycle.Replay(filed(chain(lifecycle.Rename)[:2]...), d("2026-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Platform(lab)
	if len(p.Adjustments) != 1 || p.Adjustments[0].Done != lifecycle.AdjustmentReport || p.Name != labName {
		t.Errorf("adjustments = %+v name %q, want one at adjustment_report, name unchanged", p.Adjustments, p.Name)
	}
}

func TestGradeEvents(t *testing.T) {
	res := evaluation.Result{
		RoundID: "2028-1", ResultDate: d("2028-04-10"), Evaluator: evaluation.Evaluator{Kind: evaluation.ThirdParty, Name: "某评估机构"},
		Participants: []evaluation.ParticipantResult{
			{PlatformID: lab, Type: platform.KeyLaboratory, Cycle: 1, Graded: true, Final: platform.Excellent},
			{PlatformID: "b", Cycle: 1, Participation: evaluation.AbsentWithoutCause},
			{PlatformID: "c", Cycle: 1, Participation: evaluation.AbsentWithCause},
			{PlatformID: "d", Cycle: 1, Participation: evaluation.Withdrew},
		},
	}
	evs, err := lifecycle.GradeEvents(res)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		rule  string
		kind  lifecycle.Kind
		cause bool
	}{
		{"参评平台：评估结果事件", "lifecycle.22.cycle", lifecycle.Graded, false},
		{"无故不参加评估：不参加事件", "lifecycle.24.removal_ban", lifecycle.NoShow, false},
		{"因故未参加：有正当理由", "lifecycle.24.removal_ban", lifecycle.NoShow, true},
		{"中途退出：退出事件", "lifecycle.24.removal_ban", lifecycle.Withdrawal, false},
	}
	for i, tt := range tests {
		e := evs[i]
		if e.Kind != tt.kind || e.WithCause != tt.cause || e.Actor != lifecycle.ThirdParty || e.Date != d("2028-04-10") || e.Ref != "2028-1" {
			t.Errorf("%s: event = %+v, want %v cause=%v by third party (%s)", tt.name, e, tt.kind, tt.cause, tt.rule)
		}
	}
	st, err := lifecycle.Replay(filed(evs[0]), d("2028-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := st.Platform(lab); len(p.Grades) != 1 || p.Grades[0].Grade != platform.Excellent || len(st.Awards) != 2 {
		t.Errorf("after GradeEvents: grades %+v awards %d, want 优秀 and 2 awards", p.Grades, len(st.Awards))
	}
	wrong := evs[0]
	wrong.Type = platform.FieldStation
	if _, err := lifecycle.Replay(filed(wrong), d("2028-12-31"), lifecycle.Options{}); !errors.Is(err, platform.ErrConflict) {
		t.Errorf("a round's result for another type = %v, want ErrConflict (第十九条)", err)
	}
	bad := evaluation.Result{Participants: []evaluation.ParticipantResult{{PlatformID: "x"}, {}}}
	if _, err := lifecycle.GradeEvents(bad); !errors.Is(err, platform.ErrMissing) {
		t.Errorf("GradeEvents(no date, no evaluator, no grade) = %v, want ErrMissing", err)
	}
	bad.Evaluator.Kind, bad.ResultDate = evaluation.Bureau, d("2028-04-10")
	bad.Participants = nil
	if evs, err := lifecycle.GradeEvents(bad); err != nil || len(evs) != 0 {
		t.Errorf("GradeEvents(bureau, no participants) = %v, %v", evs, err)
	}
}

func TestNameAtFiling(t *testing.T) {
	steps := filingSteps()
	steps[1].Name = ""
	tests := []struct {
		name string
		rule string
		give string
		want string
		kind platform.Kind
	}{
		{"备案文件载明名称：按第十四条校验后记录", "lifecycle.14.naming", "拉萨市高原生物重点实验室", "拉萨市高原生物重点实验室", 0},
		{"备案文件名称类型不符：拒绝", "lifecycle.14.naming", "拉萨市高原生物技术创新中心", "", platform.ErrInvalid},
		{"备案文件未载明名称：待命名", "lifecycle.14.naming", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := append([]lifecycle.Event(nil), steps...)
			s[7].Name = tt.give
			st, err := lifecycle.Replay(with(s), d("2025-12-31"), lifecycle.Options{})
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Errorf("Replay = %v, want %v (第十四条)", err, tt.kind)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p, _ := st.Platform(lab); p.Name != tt.want {
				t.Errorf("name = %q, want %q (第十四条)", p.Name, tt.want)
			}
		})
	}
}
