package evaluation_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proposal builds a grade list from specs "ID=grade", "ID=grade@score",
// "ID/type/department=grade@score", or "ID=absent", "ID=excused", "ID=withdrew",
// "ID=withdrew:较差". The type defaults to key_laboratory and the department to 科技局.
func proposal(specs ...string) []evaluation.ProposedGrade {
	var out []evaluation.ProposedGrade
	for _, s := range specs {
		head, val, _ := strings.Cut(s, "=")
		parts := strings.Split(head, "/")
		p := evaluation.ProposedGrade{PlatformID: parts[0], Type: platform.KeyLaboratory, Department: "科技局"}
		if len(parts) > 1 {
			t, err := platform.ParseType(parts[1])
			if err != nil {
				panic(err)
			}
			p.Type = t
		}
		if len(parts) > 2 {
			p.Department = parts[2]
		}
		grade, score, scored := strings.Cut(val, "@")
		switch {
		case grade == "absent":
			p.Participation = evaluation.AbsentWithoutCause
		case grade == "excused":
			p.Participation = evaluation.AbsentWithCause
		case strings.HasPrefix(grade, "withdrew"):
			p.Participation = evaluation.Withdrew
			if _, g, ok := strings.Cut(grade, ":"); ok {
				p.Grade = mustGradeOf(g)
			}
		default:
			p.Grade = mustGradeOf(grade)
		}
		if scored {
			d := decimal.RequireFromString(score)
			p.Score = &d
		}
		out = append(out, p)
	}
	return out
}

func mustGradeOf(s string) platform.Grade {
	g, err := platform.ParseGrade(s)
	if err != nil {
		panic(err)
	}
	return g
}

// repeat returns n specs "Pxx=grade" numbered from first.
func repeat(first, n int, grade string) []string {
	var out []string
	for i := 0; i < n; i++ {
		out = append(out, idOf(first+i)+"="+grade)
	}
	return out
}

func join(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

var exception = &evaluation.Exception{Reason: "同分平台评审意见一致，均达到优秀标准", Authority: "市科技局2026年第3次局务会议纪要"}

// tenWithTie is a list of ten whose 3rd and 4th share 93 points, straddling the cap of 3;
// the grades of the two are given by the caller.
func tenWithTie(third, fourth string) []string {
	return []string{"P01=优秀@95", "P02=优秀@94", "P03=" + third + "@93", "P04=" + fourth + "@93",
		"P05=良好@85", "P06=良好@84", "P07=合格@75", "P08=合格@70", "P09=合格@65", "P10=较差@50"}
}

// TestCheckGrades22 is the specification of the check of a proposed list against
// 第二十二条: at most ⌊30%·N⌋ 优秀 and at least ⌈10%·N⌉ 较差 per group, the ties that
// straddle a limit, the recorded exception to the cap, and who counts in N (第二十四条).
func TestCheckGrades22(t *testing.T) {
	type want struct {
		state            evaluation.ComplianceState
		n, cap, floor    int
		over, under      int
		ties             int
		breaches         []string // rule IDs of the breaches, in order
		exceptions       []string // rule IDs of the exceptions relied on
		tied             []string // IDs flagged as in a tie
		tieOutcome       platform.Outcome
		tieRule          string
		absent, withdrew int
	}
	tests := []struct {
		name  string
		cite  platform.Citation
		list  []string
		opts  evaluation.Options
		group evaluation.GroupKey
		want  want
	}{
		{name: "第二十二条：10家中优秀3家较差1家，恰在上限与下限，符合", cite: platform.Art(22),
			list: join(repeat(0, 3, "优秀"), repeat(3, 6, "良好"), repeat(9, 1, "较差")),
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1}},
		{name: "第二十二条：10家中优秀4家，超过上限3家1家，突破", cite: platform.Art(22),
			list: join(repeat(0, 4, "优秀"), repeat(4, 5, "良好"), repeat(9, 1, "较差")),
			want: want{state: evaluation.Breached, n: 10, cap: 3, floor: 1, over: 1, breaches: []string{evaluation.RuleCapExcellent}}},
		{name: "第二十二条：11家中较差2家，恰为下限，符合", cite: platform.Art(22),
			list: join(repeat(0, 3, "优秀"), repeat(3, 6, "合格"), repeat(9, 2, "较差")),
			want: want{state: evaluation.Within, n: 11, cap: 3, floor: 2}},
		{name: "第二十二条：11家中较差1家，低于下限2家，突破", cite: platform.Art(22),
			list: join(repeat(0, 3, "优秀"), repeat(3, 7, "合格"), repeat(10, 1, "较差")),
			want: want{state: evaluation.Breached, n: 11, cap: 3, floor: 2, under: 1, breaches: []string{evaluation.RuleFloorPoor}}},
		{name: "第二十二条：优秀超限且较差不足，两处突破各一条", cite: platform.Art(22),
			list: join(repeat(0, 5, "优秀"), repeat(5, 5, "良好")),
			want: want{state: evaluation.Breached, n: 10, cap: 3, floor: 1, over: 2, under: 1,
				breaches: []string{evaluation.RuleCapExcellent, evaluation.RuleFloorPoor}}},
		{name: "第二十二条：同分跨越优秀上限、一优一良，标记需评审，不算突破", cite: platform.Art(22),
			list: tenWithTie("优秀", "良好"),
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 2, tied: []string{"P03", "P04"},
				tieOutcome: platform.Review, tieRule: evaluation.RuleTieCap}},
		{name: "第二十二条：同分跨越优秀上限、按调用方排序（P03优先）确定，符合且标记已确定", cite: platform.Art(22),
			list: tenWithTie("优秀", "良好"), opts: evaluation.Options{TieBreak: evaluation.BestFirst{"P03", "P04"}},
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 2, tied: []string{"P03", "P04"},
				tieOutcome: platform.Pass, tieRule: evaluation.RuleTieCap}},
		{name: "第二十二条：同分跨越优秀上限、与调用方排序相反（P04优先却为良好），需评审", cite: platform.Art(22),
			list: tenWithTie("优秀", "良好"), opts: evaluation.Options{TieBreak: evaluation.BestFirst{"P04", "P03"}},
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 2, tied: []string{"P03", "P04"},
				tieOutcome: platform.Review, tieRule: evaluation.RuleTieCap}},
		{name: "第二十二条：同分跨越优秀上限、一并降为良好，未跨越界线，无标记", cite: platform.Art(22),
			list: tenWithTie("良好", "良好"),
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1}},
		{name: "第二十二条：同分跨越优秀上限、一并评为优秀而无例外，突破且标记", cite: platform.Art(22),
			list: tenWithTie("优秀", "优秀"),
			want: want{state: evaluation.Breached, n: 10, cap: 3, floor: 1, over: 1, ties: 2, tied: []string{"P03", "P04"},
				tieOutcome: platform.Review, tieRule: evaluation.RuleTieCap, breaches: []string{evaluation.RuleCapExcellent}}},
		{name: "第二十二条原则上：同分跨越优秀上限、一并评为优秀，有记录的例外，依例外符合", cite: platform.Art(22),
			list: tenWithTie("优秀", "优秀"), opts: evaluation.Options{CapTieException: exception},
			want: want{state: evaluation.WithinByException, n: 10, cap: 3, floor: 1, over: 1, ties: 2, tied: []string{"P03", "P04"},
				tieOutcome: platform.Pass, tieRule: evaluation.RuleCapTieException, exceptions: []string{evaluation.RuleCapTieException}}},
		{name: "第二十二条原则上：有例外但未用到（优秀未超上限），仍为符合", cite: platform.Art(22),
			list: tenWithTie("优秀", "良好"), opts: evaluation.Options{CapTieException: exception, TieBreak: evaluation.BestFirst{"P03", "P04"}},
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 2, tied: []string{"P03", "P04"},
				tieOutcome: platform.Pass, tieRule: evaluation.RuleTieCap}},
		{name: "第二十二条原则上：例外只及于同分，超出上限者不同分时仍突破", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=优秀@94", "P03=优秀@93", "P04=优秀@92", "P05=良好@85", "P06=良好@84",
				"P07=合格@75", "P08=合格@70", "P09=合格@65", "P10=较差@50"},
			opts: evaluation.Options{CapTieException: exception},
			want: want{state: evaluation.Breached, n: 10, cap: 3, floor: 1, over: 1, breaches: []string{evaluation.RuleCapExcellent}}},
		{name: "第二十二条原则上：没有得分无从证明同分，例外不适用，突破", cite: platform.Art(22),
			list: join(repeat(0, 4, "优秀"), repeat(4, 5, "良好"), repeat(9, 1, "较差")),
			opts: evaluation.Options{CapTieException: exception},
			want: want{state: evaluation.Breached, n: 10, cap: 3, floor: 1, over: 1, breaches: []string{evaluation.RuleCapExcellent}}},
		{name: "第二十二条：同分跨越较差下限、一合格一较差，标记需评审", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=良好@85", "P03=良好@84", "P04=合格@75", "P05=合格@70", "P06=合格@66",
				"P07=合格@65", "P08=合格@64", "P09=合格@60", "P10=较差@60"},
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 2, tied: []string{"P09", "P10"},
				tieOutcome: platform.Review, tieRule: evaluation.RuleTieFloor}},
		{name: "第二十二条：同分跨越较差下限、按调用方排序（P09优先免于较差）确定", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=良好@85", "P03=良好@84", "P04=合格@75", "P05=合格@70", "P06=合格@66",
				"P07=合格@65", "P08=合格@64", "P09=合格@60", "P10=较差@60"},
			opts: evaluation.Options{TieBreak: evaluation.BestFirst{"P09", "P10"}},
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 2, tied: []string{"P09", "P10"},
				tieOutcome: platform.Pass, tieRule: evaluation.RuleTieFloor}},
		{name: "第二十二条：同分跨越较差下限、一并评为较差，未跨越界线，无标记", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=良好@85", "P03=良好@84", "P04=合格@75", "P05=合格@70", "P06=合格@66",
				"P07=合格@65", "P08=合格@64", "P09=较差@60", "P10=较差@60"},
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1}},
		{name: "第二十四条：无故未参评与因故未参评不计入参评数量（9家加2家缺席，较差1家符合）", cite: platform.Art(24),
			list: join(repeat(0, 2, "优秀"), repeat(2, 6, "良好"), repeat(8, 1, "较差"), []string{"P20=absent", "P21=excused"}),
			want: want{state: evaluation.Within, n: 9, cap: 2, floor: 1, absent: 1}},
		{name: "第二十四条：中途退出默认不计入参评数量，9家不含退出者，较差0家突破", cite: platform.Art(24),
			list: join(repeat(0, 2, "优秀"), repeat(2, 7, "良好"), []string{"P20=withdrew"}),
			want: want{state: evaluation.Breached, n: 9, cap: 2, floor: 1, under: 1, withdrew: 1, breaches: []string{evaluation.RuleFloorPoor}}},
		{name: "第二十二、二十四条（选项）：中途退出计入参评数量按较差计，10家较差1家满足下限", cite: platform.Art(24),
			list: join(repeat(0, 2, "优秀"), repeat(2, 7, "良好"), []string{"P20=withdrew"}),
			opts: evaluation.Options{WithdrawalsCountInN: true},
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1, withdrew: 1}},
		{name: "第二十二、二十四条（选项）：中途退出计入时可写明较差", cite: platform.Art(24),
			list: join(repeat(0, 2, "优秀"), repeat(2, 7, "良好"), []string{"P20=withdrew:较差"}),
			opts: evaluation.Options{WithdrawalsCountInN: true},
			want: want{state: evaluation.Within, n: 10, cap: 3, floor: 1, withdrew: 1}},
		{name: "第二十二条原则上（选项）：3家不足豁免规模5家，无较差依豁免符合", cite: platform.Art(22),
			list: []string{"P01=良好", "P02=良好", "P03=合格"}, opts: evaluation.Options{WaivePoorFloorBelow: 5},
			want: want{state: evaluation.WithinByException, n: 3, cap: 0, floor: 1, under: 1, exceptions: []string{evaluation.RuleFloorWaived}}},
		{name: "第二十二条原则上（选项）：豁免规模内但已有较差1家，未依赖豁免，符合", cite: platform.Art(22),
			list: []string{"P01=良好", "P02=良好", "P03=较差"}, opts: evaluation.Options{WaivePoorFloorBelow: 5},
			want: want{state: evaluation.Within, n: 3, cap: 0, floor: 1}},
		{name: "第二十二条：按类型分组，工程技术中心组4家优秀2家超出上限1家", cite: platform.Art(22),
			list: []string{"A1/key_laboratory=优秀", "A2/key_laboratory=良好", "A3/key_laboratory=良好", "A4/key_laboratory=较差",
				"B1/engineering_research_center=优秀", "B2/engineering_research_center=优秀", "B3/engineering_research_center=良好", "B4/engineering_research_center=较差"},
			opts: evaluation.Options{GroupBy: evaluation.ByType}, group: evaluation.TypeGroup(platform.EngineeringCenter),
			want: want{state: evaluation.Breached, n: 4, cap: 1, floor: 1, over: 1, breaches: []string{evaluation.RuleCapExcellent}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.group == (evaluation.GroupKey{}) && tt.opts.GroupBy != evaluation.Pooled {
				t.Fatal("the row names no group")
			}
			c, err := evaluation.CheckGrades(proposal(tt.list...), evaluation.DefaultQuotas(), tt.opts)
			require.NoError(t, err, tt.cite.String())
			g, ok := c.Group(tt.group)
			require.True(t, ok, "group %s", tt.group)
			w := tt.want
			assert.Equal(t, w.state, g.Compliance, "group compliance (%s)", tt.cite)
			assert.Equal(t, [3]int{w.n, w.cap, w.floor}, [3]int{g.N, g.Cap, g.Floor}, "N, cap, floor (%s)", tt.cite)
			assert.Equal(t, [2]int{w.over, w.under}, [2]int{g.OverCap, g.UnderFloor}, "over the cap, under the floor (%s)", tt.cite)
			assert.Equal(t, w.ties, g.Ties, "ties")
			assert.Equal(t, [2]int{w.absent, w.withdrew}, [2]int{g.Absent, g.Withdrawn}, "absent, withdrawn (第二十四条)")
			comp := c.Compliance()
			assert.Equal(t, w.state, comp.State, "compliance of the list (%s)", tt.cite)
			assert.Equal(t, w.breaches, groupRules(comp.Breaches), "breaches")
			assert.Equal(t, w.exceptions, groupRules(comp.Exceptions), "exceptions relied on")
			assert.Equal(t, w.ties, comp.Ties, "ties beside the answer")
			assert.Zero(t, comp.Adjusted, "a check adjusts nothing")
			for _, b := range comp.Breaches {
				assert.Equal(t, platform.Fail, b.Finding.Outcome, "a breach fails")
				assert.Equal(t, platform.Art(22), b.Finding.Cite(), "a breach cites 第二十二条")
				assert.Equal(t, g.Key, b.Group)
			}
			ix := c.Index()
			var tied []string
			for _, p := range c.Participants {
				if p.Tie {
					tied = append(tied, p.PlatformID)
				}
			}
			assert.Equal(t, w.tied, tied, "platforms flagged in a tie")
			for _, id := range w.tied {
				p, ok := ix.Participant(id)
				require.True(t, ok, id)
				f, ok := findingOf(p.Findings, w.tieRule)
				if assert.True(t, ok, "%s has a %s finding: %v", id, w.tieRule, ruleIDs(p.Findings)) {
					assert.Equal(t, w.tieOutcome, f.Outcome, "%s: %s", id, f.Chinese())
				}
			}
		})
	}
}

func groupRules(gs []evaluation.GroupFinding) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.Finding.Rule.ID)
	}
	return out
}

// TestCheckGradesFindings22 reads the breach and exception findings an auditor reads.
func TestCheckGradesFindings22(t *testing.T) {
	c, err := evaluation.CheckGrades(proposal(join(repeat(0, 5, "优秀"), repeat(5, 5, "良好"))...), evaluation.DefaultQuotas(), evaluation.Options{})
	require.NoError(t, err)
	comp := c.Compliance()
	require.Len(t, comp.Breaches, 2)
	assert.Equal(t, "第二十二条 原则上评估结果为优秀的不超过参评科技创新平台数量的30%：要求3家，实际5家。不符合。参评数量10家，优秀上限为30%×10取整得3家。优秀超出比例上限2家。",
		comp.Breaches[0].Finding.Chinese())
	assert.Equal(t, "第二十二条 评估结果为较差的不低于参评数量的10%：要求1家，实际0家，尚差1家。不符合。参评数量10家，较差下限为10%×10向上取整得1家。较差未达比例下限。",
		comp.Breaches[1].Finding.Chinese())
	assert.Contains(t, comp.Breaches[0].Finding.English(), "Excellent over the cap by 2.")

	c, err = evaluation.CheckGrades(proposal(tenWithTie("优秀", "优秀")...), evaluation.DefaultQuotas(), evaluation.Options{CapTieException: exception})
	require.NoError(t, err)
	comp = c.Compliance()
	require.Len(t, comp.Exceptions, 1)
	zh := comp.Exceptions[0].Finding.Chinese()
	assert.Contains(t, zh, "第二十二条")
	assert.Contains(t, zh, exception.Reason)
	assert.Contains(t, zh, exception.Authority)
	assert.Contains(t, comp.Exceptions[0].Finding.English(), exception.Authority)
}

// TestCheckGradesInputOrder: the answer does not depend on the order of the list.
func TestCheckGradesInputOrder(t *testing.T) {
	list := proposal(append(tenWithTie("优秀", "良好"), "P20=absent", "P21=withdrew")...)
	a, err := evaluation.CheckGrades(list, evaluation.DefaultQuotas(), evaluation.Options{})
	require.NoError(t, err)
	rev := make([]evaluation.ProposedGrade, len(list))
	for i := range list {
		rev[len(list)-1-i] = list[i]
	}
	b, err := evaluation.CheckGrades(rev, evaluation.DefaultQuotas(), evaluation.Options{})
	require.NoError(t, err)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	assert.JSONEq(t, string(ja), string(jb))
	assert.Equal(t, "P01", a.Participants[0].PlatformID, "the highest score first")
	assert.Equal(t, "P21", a.Participants[len(a.Participants)-1].PlatformID, "those not counted last, by ID")
}

// TestCheckGradesBadInput: every problem is reported, joined, and no result is returned.
func TestCheckGradesBadInput(t *testing.T) {
	score := func(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }
	tests := []struct {
		name  string
		list  []evaluation.ProposedGrade
		opts  evaluation.Options
		kind  error
		field string
	}{
		{"空名单是缺失", nil, evaluation.Options{}, platform.ErrMissing, "grades"},
		{"编号为空是缺失", []evaluation.ProposedGrade{{Grade: platform.Good}}, evaluation.Options{}, platform.ErrMissing, "grades[0].platform_id"},
		{"编号带空格无效", []evaluation.ProposedGrade{{PlatformID: "P01 ", Grade: platform.Good}}, evaluation.Options{}, platform.ErrInvalid, "grades[0].platform_id"},
		{"编号重复", []evaluation.ProposedGrade{{PlatformID: "P01", Grade: platform.Good}, {PlatformID: "P01", Grade: platform.Poor}}, evaluation.Options{}, platform.ErrDuplicate, "grades[1].platform_id"},
		{"参评平台没有等次是缺失", []evaluation.ProposedGrade{{PlatformID: "P01"}}, evaluation.Options{}, platform.ErrMissing, "grades[0].grade"},
		{"未知等次无效", []evaluation.ProposedGrade{{PlatformID: "P01", Grade: platform.Grade(9)}}, evaluation.Options{}, platform.ErrInvalid, "grades[0].grade"},
		{"第二十四条：无故未参评者给了等次是冲突", []evaluation.ProposedGrade{{PlatformID: "P01", Participation: evaluation.AbsentWithoutCause, Grade: platform.Good}}, evaluation.Options{}, platform.ErrConflict, "grades[0].grade"},
		{"第二十四条：因故未参评者给了得分是冲突", []evaluation.ProposedGrade{{PlatformID: "P01", Participation: evaluation.AbsentWithCause, Score: score("80")}}, evaluation.Options{}, platform.ErrConflict, "grades[0].score"},
		{"第二十四条：中途退出者默认不评等次，给了较差是冲突", []evaluation.ProposedGrade{{PlatformID: "P01", Participation: evaluation.Withdrew, Grade: platform.Poor}}, evaluation.Options{}, platform.ErrConflict, "grades[0].grade"},
		{"第二十四条：中途退出计入时只能是较差，给了优秀是冲突", []evaluation.ProposedGrade{{PlatformID: "P01", Participation: evaluation.Withdrew, Grade: platform.Excellent}}, evaluation.Options{WithdrawalsCountInN: true}, platform.ErrConflict, "grades[0].grade"},
		{"得分超过100超出范围", []evaluation.ProposedGrade{{PlatformID: "P01", Grade: platform.Good, Score: score("100.01")}}, evaluation.Options{}, platform.ErrRange, "grades[0].score"},
		{"按类型分组时类型无效", []evaluation.ProposedGrade{{PlatformID: "P01", Grade: platform.Good}}, evaluation.Options{GroupBy: evaluation.ByType}, platform.ErrInvalid, "grades[0].type"},
		{"按主管部门分组时部门为空是缺失", []evaluation.ProposedGrade{{PlatformID: "P01", Grade: platform.Good}}, evaluation.Options{GroupBy: evaluation.ByDepartment}, platform.ErrMissing, "grades[0].department"},
		{"未知参评情况无效", []evaluation.ProposedGrade{{PlatformID: "P01", Participation: evaluation.Participation(9)}}, evaluation.Options{}, platform.ErrInvalid, "grades[0].participation"},
		{"第二十二条原则上：例外缺少决定机关是缺失", []evaluation.ProposedGrade{{PlatformID: "P01", Grade: platform.Good}},
			evaluation.Options{CapTieException: &evaluation.Exception{Reason: "理由"}}, platform.ErrMissing, "options.cap_tie_exception.authority"},
		{"第二十二条原则上：例外缺少理由是缺失", []evaluation.ProposedGrade{{PlatformID: "P01", Grade: platform.Good}},
			evaluation.Options{CapTieException: &evaluation.Exception{Authority: "局务会"}}, platform.ErrMissing, "options.cap_tie_exception.reason"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := evaluation.CheckGrades(tt.list, evaluation.DefaultQuotas(), tt.opts)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.kind)
			assert.True(t, hasField(err, tt.field), "no problem names %s: %v", tt.field, err)
			assert.Nil(t, c.Participants)
			assert.Nil(t, c.Groups)
		})
	}
	_, err := evaluation.CheckGrades(proposal("P01=良好"), evaluation.Quotas{}, evaluation.Options{})
	assert.Error(t, err, "invalid quotas are refused")
}
