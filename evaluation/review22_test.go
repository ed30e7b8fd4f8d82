package evaluation_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCheckGradesBoundaries22 reads 第二十二条 at its edges, with each expectation written
// from the clause before the check was run: "原则上评估结果为优秀的不超过参评科技创新平台数量的
// 30%，评估结果为较差的不低于参评数量的10%". 不超过 and 不低于 include the number (LEGAL.md
// §2.2), so a count equal to 30%·N or 10%·N is within; where 30%·N or 10%·N is not a whole
// number, a count of platforms can only keep to it as ⌊30%·N⌋ 优秀 at most and ⌈10%·N⌉ 较差
// at least. Who counts in N follows 第二十四条 and the options.
func TestCheckGradesBoundaries22(t *testing.T) {
	type want struct {
		list             evaluation.ComplianceState // the whole list's answer
		group            evaluation.ComplianceState // the named group's answer
		n, cap, floor    int
		over, under      int
		ties             int
		breaches         []string
		exceptions       []string
		tieRules         []string // rules of the tie findings every tied platform carries
		tieOutcome       platform.Outcome
		absent, withdrew int
	}
	tied := func(ids ...string) []string { return ids }
	// nineAtNinety: one platform at 95, nine tied at 90; the tie covers both the 优秀 line
	// (cap 3) and the 较差 line (floor 1) of a round of ten.
	nineAtNinety := []string{"P01=优秀@95", "P02=优秀@90", "P03=优秀@90", "P04=良好@90", "P05=良好@90", "P06=良好@90",
		"P07=良好@90", "P08=良好@90", "P09=良好@90", "P10=较差@90"}
	order := evaluation.BestFirst{"P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10"}
	reversed := evaluation.BestFirst{"P10", "P09", "P08", "P07", "P06", "P05", "P04", "P03", "P02"}
	tests := []struct {
		name   string
		cite   platform.Citation
		list   []string
		opts   evaluation.Options
		group  evaluation.GroupKey
		tied   []string
		want   want
		ignore bool
	}{
		// N where 30% and 10% are whole numbers.
		{name: "第二十二条：20家，30%恰为6家、10%恰为2家，优秀6家较差2家，不超过与不低于均含本数，符合", cite: platform.Art(22),
			list: join(repeat(0, 6, "优秀"), repeat(6, 12, "良好"), repeat(18, 2, "较差")),
			want: want{list: evaluation.Within, group: evaluation.Within, n: 20, cap: 6, floor: 2}},
		{name: "第二十二条：20家优秀7家，超过30%（6家）1家，突破", cite: platform.Art(22),
			list: join(repeat(0, 7, "优秀"), repeat(7, 11, "良好"), repeat(18, 2, "较差")),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 20, cap: 6, floor: 2, over: 1,
				breaches: []string{evaluation.RuleCapExcellent}}},
		{name: "第二十二条：20家较差1家，低于10%（2家）1家，突破", cite: platform.Art(22),
			list: join(repeat(0, 6, "优秀"), repeat(6, 13, "良好"), repeat(19, 1, "较差")),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 20, cap: 6, floor: 2, under: 1,
				breaches: []string{evaluation.RuleFloorPoor}}},
		// N where they are not.
		{name: "第二十二条：9家，30%为2.7家，优秀3家已超过，突破（上限向下取整为2家）", cite: platform.Art(22),
			list: join(repeat(0, 3, "优秀"), repeat(3, 5, "良好"), repeat(8, 1, "较差")),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 9, cap: 2, floor: 1, over: 1,
				breaches: []string{evaluation.RuleCapExcellent}}},
		{name: "第二十二条：9家，10%为0.9家，较差1家不低于0.9家，符合（下限向上取整为1家）", cite: platform.Art(22),
			list: join(repeat(0, 2, "优秀"), repeat(2, 6, "良好"), repeat(8, 1, "较差")),
			want: want{list: evaluation.Within, group: evaluation.Within, n: 9, cap: 2, floor: 1}},
		{name: "第二十二条：9家无较差，0家低于0.9家，突破", cite: platform.Art(22),
			list: join(repeat(0, 2, "优秀"), repeat(2, 7, "良好")),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 9, cap: 2, floor: 1, under: 1,
				breaches: []string{evaluation.RuleFloorPoor}}},
		{name: "第二十二条：13家，30%为3.9家，优秀4家超过，突破（不四舍五入为4）", cite: platform.Art(22),
			list: join(repeat(0, 4, "优秀"), repeat(4, 7, "良好"), repeat(11, 2, "较差")),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 13, cap: 3, floor: 2, over: 1,
				breaches: []string{evaluation.RuleCapExcellent}}},
		// N = 1 and N = 0.
		{name: "第二十二条：1家良好，10%×1=0.1向上取整，较差下限1家，突破", cite: platform.Art(22),
			list: []string{"P01=良好"},
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 1, cap: 0, floor: 1, under: 1,
				breaches: []string{evaluation.RuleFloorPoor}}},
		{name: "第二十二条：1家较差，符合", cite: platform.Art(22),
			list: []string{"P01=较差"},
			want: want{list: evaluation.Within, group: evaluation.Within, n: 1, cap: 0, floor: 1}},
		{name: "第二十二条：1家优秀，30%×1=0.3向下取整上限0家，且无较差，两处突破", cite: platform.Art(22),
			list: []string{"P01=优秀"},
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 1, cap: 0, floor: 1, over: 1, under: 1,
				breaches: []string{evaluation.RuleCapExcellent, evaluation.RuleFloorPoor}}},
		{name: "第二十二条原则上：1家优秀，上限为0，无同分跨越上限，记录的例外不适用，仍突破", cite: platform.Art(22),
			list: []string{"P01=优秀@95"}, opts: evaluation.Options{CapTieException: exception},
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 1, cap: 0, floor: 1, over: 1, under: 1,
				breaches: []string{evaluation.RuleCapExcellent, evaluation.RuleFloorPoor}}},
		{name: "第二十二条原则上：3家同分均为优秀，上限0家（0.9向下取整），同分不跨越上限，例外不适用，突破", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=优秀@95", "P03=较差@95"}, opts: evaluation.Options{CapTieException: exception},
			tied: tied("P01", "P02", "P03"),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 3, cap: 0, floor: 1, over: 2, ties: 3,
				breaches: []string{evaluation.RuleCapExcellent}, tieRules: []string{evaluation.RuleTieFloor}, tieOutcome: platform.Review}},
		{name: "第二十二条原则上（选项）：1家良好，小于豁免规模2家，依豁免符合", cite: platform.Art(22),
			list: []string{"P01=良好"}, opts: evaluation.Options{WaivePoorFloorBelow: 2},
			want: want{list: evaluation.WithinByException, group: evaluation.WithinByException, n: 1, cap: 0, floor: 1, under: 1,
				exceptions: []string{evaluation.RuleFloorWaived}}},
		{name: "第二十二条原则上（选项）：1家优秀，豁免只及于较差下限，优秀上限照常，突破", cite: platform.Art(22),
			list: []string{"P01=优秀"}, opts: evaluation.Options{WaivePoorFloorBelow: 2},
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 1, cap: 0, floor: 1, over: 1, under: 1,
				breaches: []string{evaluation.RuleCapExcellent}, exceptions: []string{evaluation.RuleFloorWaived}}},
		{name: "第二十二条原则上（选项）：5家恰等于豁免规模5家，不是“少于”，下限照常适用，无较差突破", cite: platform.Art(22),
			list: join(repeat(0, 1, "优秀"), repeat(1, 4, "良好")), opts: evaluation.Options{WaivePoorFloorBelow: 5},
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 5, cap: 1, floor: 1, under: 1,
				breaches: []string{evaluation.RuleFloorPoor}}},
		{name: "第二十二条原则上（选项）：4家少于豁免规模5家，无较差依豁免符合", cite: platform.Art(22),
			list: join(repeat(0, 1, "优秀"), repeat(1, 3, "良好")), opts: evaluation.Options{WaivePoorFloorBelow: 5},
			want: want{list: evaluation.WithinByException, group: evaluation.WithinByException, n: 4, cap: 1, floor: 1, under: 1,
				exceptions: []string{evaluation.RuleFloorWaived}}},
		{name: "第二十四条：无人参评（无故未参评、因故未参评、中途退出各1家），参评数量0，上限与下限均为0，符合", cite: platform.Art(24),
			list: []string{"P01=absent", "P02=excused", "P03=withdrew"},
			want: want{list: evaluation.Within, group: evaluation.Within, absent: 1, withdrew: 1}},
		// Withdrawals counted and not (第二十二、二十四条).
		{name: "第二十二、二十四条（选项）：只有2家中途退出且计入参评数量，均按较差计，上限0家下限1家，符合", cite: platform.Art(24),
			list: []string{"P01=withdrew", "P02=withdrew:较差"}, opts: evaluation.Options{WithdrawalsCountInN: true},
			want: want{list: evaluation.Within, group: evaluation.Within, n: 2, cap: 0, floor: 1, withdrew: 2}},
		{name: "第二十四条（默认）：9家优秀3家，中途退出者不计入，上限2家，突破", cite: platform.Art(24),
			list: join(repeat(0, 3, "优秀"), repeat(3, 5, "良好"), repeat(8, 1, "较差"), []string{"P20=withdrew"}),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 9, cap: 2, floor: 1, over: 1, withdrew: 1,
				breaches: []string{evaluation.RuleCapExcellent}}},
		{name: "第二十二、二十四条（选项）：同一名单计入中途退出者，10家上限3家，优秀3家符合", cite: platform.Art(24),
			list: join(repeat(0, 3, "优秀"), repeat(3, 5, "良好"), repeat(8, 1, "较差"), []string{"P20=withdrew"}),
			opts: evaluation.Options{WithdrawalsCountInN: true},
			want: want{list: evaluation.Within, group: evaluation.Within, n: 10, cap: 3, floor: 1, withdrew: 1}},
		{name: "第二十四条（默认）：10家无较差，中途退出者不计入，差1家，突破", cite: platform.Art(24),
			list: join(repeat(0, 3, "优秀"), repeat(3, 7, "良好"), []string{"P20=withdrew"}),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 10, cap: 3, floor: 1, under: 1, withdrew: 1,
				breaches: []string{evaluation.RuleFloorPoor}}},
		{name: "第二十二、二十四条（选项）：计入中途退出者后11家下限2家，退出者按较差计1家，仍差1家，突破", cite: platform.Art(24),
			list: join(repeat(0, 3, "优秀"), repeat(3, 7, "良好"), []string{"P20=withdrew"}), opts: evaluation.Options{WithdrawalsCountInN: true},
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 11, cap: 3, floor: 2, under: 1, withdrew: 1,
				breaches: []string{evaluation.RuleFloorPoor}}},
		// All tied, and a tie across both limits.
		{name: "第二十二条：10家同分80，一并评为较差（Grade的默认），两处均不跨越，符合且不标记", cite: platform.Art(22),
			list: repeat(0, 10, "较差@80"),
			want: want{list: evaluation.Within, group: evaluation.Within, n: 10, cap: 3, floor: 1}},
		{name: "第二十二条：10家同分80，9家良好1家较差，比例符合，但同分者等次不同，全部标记需评审", cite: platform.Art(22),
			list: join(repeat(0, 9, "良好@80"), repeat(9, 1, "较差@80")),
			tied: tied("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10"),
			want: want{list: evaluation.Within, group: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 10,
				tieRules: []string{evaluation.RuleTieFloor}, tieOutcome: platform.Review}},
		{name: "第二十二条：9家同分90同时跨越上限与下限，按调用方排序确定，两处同分均通过", cite: platform.Art(22),
			list: nineAtNinety, opts: evaluation.Options{TieBreak: order},
			tied: tied("P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10"),
			want: want{list: evaluation.Within, group: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 9,
				tieOutcome: platform.Pass}},
		{name: "第二十二条：9家同分90同时跨越上限与下限，与调用方排序相反，两处同分均需评审", cite: platform.Art(22),
			list: nineAtNinety, opts: evaluation.Options{TieBreak: reversed},
			tied: tied("P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10"),
			want: want{list: evaluation.Within, group: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 9,
				tieOutcome: platform.Review}},
		// The exception covers a whole tie kept 优秀, nothing less.
		{name: "第二十二条原则上：93分3家中2家优秀1家良好，不是同分者一并评为优秀，例外不适用，突破", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=优秀@94", "P03=优秀@93", "P04=优秀@93", "P05=良好@93",
				"P06=良好@85", "P07=合格@75", "P08=合格@70", "P09=合格@65", "P10=较差@50"},
			opts: evaluation.Options{CapTieException: exception},
			tied: tied("P03", "P04", "P05"),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 10, cap: 3, floor: 1, over: 1, ties: 3,
				breaches: []string{evaluation.RuleCapExcellent}, tieRules: []string{evaluation.RuleTieCap}, tieOutcome: platform.Review}},
		{name: "第二十二条原则上：93分3家一并评为优秀，例外适用，上限3家实有5家，依例外符合", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=优秀@94", "P03=优秀@93", "P04=优秀@93", "P05=优秀@93",
				"P06=良好@85", "P07=合格@75", "P08=合格@70", "P09=合格@65", "P10=较差@50"},
			opts: evaluation.Options{CapTieException: exception},
			tied: tied("P03", "P04", "P05"),
			want: want{list: evaluation.WithinByException, group: evaluation.WithinByException, n: 10, cap: 3, floor: 1, over: 2, ties: 3,
				exceptions: []string{evaluation.RuleCapTieException}, tieRules: []string{evaluation.RuleCapTieException}, tieOutcome: platform.Pass}},
		// Scores are rounded half-up to hundredths before ties are seen (第二十一条, evaluation.21.total).
		{name: "第二十一、二十二条：92.995四舍五入为93.00，与93同分，跨越上限，标记需评审", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=优秀@94", "P03=优秀@93", "P04=良好@92.995", "P05=良好@85", "P06=良好@84",
				"P07=合格@75", "P08=合格@70", "P09=合格@65", "P10=较差@50"},
			tied: tied("P03", "P04"),
			want: want{list: evaluation.Within, group: evaluation.Within, n: 10, cap: 3, floor: 1, ties: 2,
				tieRules: []string{evaluation.RuleTieCap}, tieOutcome: platform.Review}},
		{name: "第二十一、二十二条：92.994四舍五入为92.99，与93不同分，不标记", cite: platform.Art(22),
			list: []string{"P01=优秀@95", "P02=优秀@94", "P03=优秀@93", "P04=良好@92.994", "P05=良好@85", "P06=良好@84",
				"P07=合格@75", "P08=合格@70", "P09=合格@65", "P10=较差@50"},
			want: want{list: evaluation.Within, group: evaluation.Within, n: 10, cap: 3, floor: 1}},
		// Groups by department and by type.
		{name: "第二十二条（选项）：按主管部门分组，市卫健委组4家无较差突破下限，整份名单突破", cite: platform.Art(22),
			list: []string{"A1/key_laboratory/科技局=良好", "A2/key_laboratory/科技局=良好", "A3/key_laboratory/科技局=较差",
				"B1/clinical_research_center/市卫健委=优秀", "B2/clinical_research_center/市卫健委=良好",
				"B3/clinical_research_center/市卫健委=合格", "B4/clinical_research_center/市卫健委=合格"},
			opts: evaluation.Options{GroupBy: evaluation.ByDepartment}, group: evaluation.DepartmentGroup("市卫健委"),
			want: want{list: evaluation.Breached, group: evaluation.Breached, n: 4, cap: 1, floor: 1, under: 1,
				breaches: []string{evaluation.RuleFloorPoor}}},
		{name: "第二十二条（选项）：按主管部门分组，科技局组3家较差1家符合，另一组突破不影响本组", cite: platform.Art(22),
			list: []string{"A1/key_laboratory/科技局=良好", "A2/key_laboratory/科技局=良好", "A3/key_laboratory/科技局=较差",
				"B1/clinical_research_center/市卫健委=优秀", "B2/clinical_research_center/市卫健委=良好",
				"B3/clinical_research_center/市卫健委=合格", "B4/clinical_research_center/市卫健委=合格"},
			opts: evaluation.Options{GroupBy: evaluation.ByDepartment}, group: evaluation.DepartmentGroup("科技局"),
			want: want{list: evaluation.Breached, group: evaluation.Within, n: 3, cap: 0, floor: 1,
				breaches: []string{evaluation.RuleFloorPoor}}},
		{name: "第二十二、二十四条（选项）：按类型分组，野外站2家均缺席，该组参评数量0，符合", cite: platform.Art(22),
			list: []string{"A1/key_laboratory=较差", "F1/field_station=absent", "F2/field_station=excused"},
			opts: evaluation.Options{GroupBy: evaluation.ByType}, group: evaluation.TypeGroup(platform.FieldStation),
			want: want{list: evaluation.Within, group: evaluation.Within, absent: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := evaluation.CheckGrades(proposal(tt.list...), evaluation.DefaultQuotas(), tt.opts)
			require.NoError(t, err, tt.cite.String())
			w := tt.want
			comp := c.Compliance()
			assert.Equal(t, w.list, comp.State, "the list's answer (%s)", tt.cite)
			assert.Equal(t, w.breaches, groupRules(comp.Breaches), "breaches")
			assert.Equal(t, w.exceptions, groupRules(comp.Exceptions), "exceptions relied on")
			g, ok := c.Group(tt.group)
			require.True(t, ok, "group %s", tt.group)
			assert.Equal(t, w.group, g.Compliance, "the group's answer (%s)", tt.cite)
			assert.Equal(t, [3]int{w.n, w.cap, w.floor}, [3]int{g.N, g.Cap, g.Floor}, "N, cap, floor (%s)", tt.cite)
			assert.Equal(t, [2]int{w.over, w.under}, [2]int{g.OverCap, g.UnderFloor}, "over the cap, under the floor")
			assert.Equal(t, [2]int{w.absent, w.withdrew}, [2]int{g.Absent, g.Withdrawn}, "absent, withdrawn (第二十四条)")
			assert.Equal(t, w.ties, g.Ties, "ties")
			var flagged []string
			for _, p := range c.Participants {
				if p.Tie {
					flagged = append(flagged, p.PlatformID)
				}
			}
			assert.Equal(t, tt.tied, flagged, "platforms flagged in a tie")
			ix := c.Index()
			for _, id := range tt.tied {
				p, _ := ix.Participant(id)
				for _, rule := range w.tieRules {
					_, ok := findingOf(p.Findings, rule)
					assert.True(t, ok, "%s carries %s: %v", id, rule, ruleIDs(p.Findings))
				}
				for _, f := range p.Findings {
					if f.Rule.Cite == platform.Art(22) {
						assert.Equal(t, w.tieOutcome, f.Outcome, "%s: %s", id, f.Chinese())
					}
				}
			}
		})
	}
}

// TestGradeBoundaries22 grades rounds at the edges of 第二十二条 and checks what the
// defaults documented on [evaluation.Options] say: a tie over the cap is lowered together, a
// tie at the floor all becomes 较差, a recorded exception keeps a tie straddling the cap
// 优秀 as a whole; every finding agrees with the grade the platform ends with, and the
// final grades pass [evaluation.CheckGrades] under the same options.
func TestGradeBoundaries22(t *testing.T) {
	ten95 := []string{"P01=95", "P02=95", "P03=95", "P04=95", "P05=95", "P06=95", "P07=95", "P08=95", "P09=95", "P10=95"}
	nine90 := []string{"P01=95", "P02=90", "P03=90", "P04=90", "P05=90", "P06=90", "P07=90", "P08=90", "P09=90", "P10=90"}
	tests := []struct {
		name   string
		cite   platform.Citation
		round  []string
		opts   evaluation.Options
		finals string
		state  evaluation.ComplianceState
	}{
		{"第二十二条：1家95分，上限0家降为良好，下限1家评为较差", platform.Art(22), []string{"P01=95"}, evaluation.Options{},
			"P01:较差", evaluation.Within},
		{"第二十二条原则上（选项）：1家95分，小于豁免规模2家，不评为较差，但上限0家仍降为良好", platform.Art(22), []string{"P01=95"},
			evaluation.Options{WaivePoorFloorBelow: 2}, "P01:良好", evaluation.WithinByException},
		{"第二十二条原则上：1家95分有例外，上限为0不存在跨越上限的同分，仍降为良好后评为较差", platform.Art(22), []string{"P01=95"},
			evaluation.Options{CapTieException: exception}, "P01:较差", evaluation.Within},
		{"第二十二条：10家同分95（默认）：上限处一并降为良好，下限处一并评为较差", platform.Art(22), ten95, evaluation.Options{},
			"P01:较差 P02:较差 P03:较差 P04:较差 P05:较差 P06:较差 P07:较差 P08:较差 P09:较差 P10:较差", evaluation.Within},
		{"第二十二条原则上：10家同分95有例外：上限处一并保留优秀，下限处同分仍一并评为较差，最终不依赖例外", platform.Art(22), ten95,
			evaluation.Options{CapTieException: exception},
			"P01:较差 P02:较差 P03:较差 P04:较差 P05:较差 P06:较差 P07:较差 P08:较差 P09:较差 P10:较差", evaluation.Within},
		{"第二十二条：10家同分95按调用方排序：前3家优秀，末1家较差", platform.Art(22), ten95,
			evaluation.Options{TieBreak: evaluation.BestFirst{"P10", "P09", "P08", "P07", "P06", "P05", "P04", "P03", "P02", "P01"}},
			"P01:较差 P02:良好 P03:良好 P04:良好 P05:良好 P06:良好 P07:良好 P08:优秀 P09:优秀 P10:优秀", evaluation.Within},
		{"第二十二条：9家同分90同时跨越上限与下限（默认）：P01优秀，同分者一并降为良好后一并评为较差", platform.Art(22), nine90,
			evaluation.Options{}, "P01:优秀 P02:较差 P03:较差 P04:较差 P05:较差 P06:较差 P07:较差 P08:较差 P09:较差 P10:较差", evaluation.Within},
		{"第二十二条：9家同分90同时跨越上限与下限，按调用方排序：P02、P03保留优秀，P10评为较差", platform.Art(22), nine90,
			evaluation.Options{TieBreak: evaluation.BestFirst{"P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10"}},
			"P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:良好 P08:良好 P09:良好 P10:较差", evaluation.Within},
		{"第二十二条原则上：9家同分90有例外：上限处一并保留优秀，下限处同分一并评为较差", platform.Art(22), nine90,
			evaluation.Options{CapTieException: exception},
			"P01:优秀 P02:较差 P03:较差 P04:较差 P05:较差 P06:较差 P07:较差 P08:较差 P09:较差 P10:较差", evaluation.Within},
		{"第二十二条原则上：例外只在下限未用到同分时生效：93分2家跨越上限保留优秀，较差由50分者满足", platform.Art(22), tenTotals,
			evaluation.Options{CapTieException: exception},
			"P01:优秀 P02:优秀 P03:优秀 P04:优秀 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差", evaluation.WithinByException},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustGrade(t, round(tt.round...), tt.opts)
			assert.Equal(t, tt.finals, finals(res), tt.cite.String())
			c := res.Compliance()
			assert.Equal(t, tt.state, c.State, "compliance (%s)", tt.cite)
			for _, p := range res.Participants {
				if f, ok := findingOf(p.Findings, evaluation.RuleCapTieException); ok {
					assert.Equal(t, platform.Excellent, p.Final, "%s says %q but ends %s", p.PlatformID, f.Chinese(), p.Final.Chinese())
				}
			}
			for _, g := range res.Groups {
				assert.Equal(t, max(0, g.Final.Excellent-g.Cap), g.OverCap, "group %s: over the cap", g.Key)
			}
			chk, err := evaluation.CheckGrades(proposedFrom(res), evaluation.DefaultQuotas(), tt.opts)
			require.NoError(t, err)
			assert.Equal(t, c.State, chk.Compliance().State, "the check agrees with Grade")
		})
	}
}

// TestExceptionNeedsText22: a recorded exception under 第二十二条's 原则上 names its reason and
// its authority; an empty or blank text is missing, in Grade and in CheckGrades alike.
func TestExceptionNeedsText22(t *testing.T) {
	tests := []struct {
		name  string
		x     evaluation.Exception
		field string
	}{
		{"第二十二条原则上：理由为空是缺失", evaluation.Exception{Authority: "局务会"}, "options.cap_tie_exception.reason"},
		{"第二十二条原则上：理由只有空白是缺失", evaluation.Exception{Reason: " \t　", Authority: "局务会"}, "options.cap_tie_exception.reason"},
		{"第二十二条原则上：决定机关只有空白是缺失", evaluation.Exception{Reason: "同分", Authority: "  "}, "options.cap_tie_exception.authority"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := tt.x
			opts := evaluation.Options{CapTieException: &x}
			_, err := evaluation.Grade(round(tenTotals...), evaluation.IllustrativeParameters(), opts)
			require.ErrorIs(t, err, platform.ErrMissing)
			assert.True(t, hasField(err, tt.field), "Grade: %v", err)
			_, err = evaluation.CheckGrades(proposal(tenWithTie("优秀", "优秀")...), evaluation.DefaultQuotas(), opts)
			require.ErrorIs(t, err, platform.ErrMissing)
			assert.True(t, hasField(err, tt.field), "CheckGrades: %v", err)
		})
	}
}

// TestCheckGradesTwice22: a list naming a platform twice is refused whatever the second
// entry says, and so is a tie-break order naming one twice.
func TestCheckGradesTwice22(t *testing.T) {
	for _, second := range []string{"P01=良好", "P01=absent", "P01=withdrew"} {
		_, err := evaluation.CheckGrades(proposal("P01=较差", "P02=良好", second), evaluation.DefaultQuotas(), evaluation.Options{})
		require.ErrorIs(t, err, platform.ErrDuplicate, second)
		assert.True(t, hasField(err, "grades[2].platform_id"), "%v", err)
	}
	_, err := evaluation.CheckGrades(proposal("P01=较差", "P02=良好"), evaluation.DefaultQuotas(),
		evaluation.Options{TieBreak: evaluation.BestFirst{"P01", "P02", "P01"}})
	require.ErrorIs(t, err, platform.ErrDuplicate)
	assert.True(t, hasField(err, "options.tie_break[2]"), "%v", err)
}
