package evaluation_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
)

// groupsOf renders each group as "key N=… cap=… floor=… final=E/G/Q/P".
func groupsOf(res evaluation.Result) string {
	var parts []string
	for _, g := range res.Groups {
		s := fmt.Sprintf("%s N=%d cap=%d floor=%d final=%d/%d/%d/%d", g.Key, g.N, g.Cap, g.Floor,
			g.Final.Excellent, g.Final.Good, g.Final.Qualified, g.Final.Poor)
		if g.FloorWaived {
			s += " waived"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// The bands of these tables are IllustrativeBands: 优秀 [90, 100], 良好 [80, 90),
// 合格 [60, 80), 较差 [0, 60).
var b10 = []string{"P01=95", "P02=94", "P03=93", "P04=85", "P05=84", "P06=83", "P07=70", "P08=65", "P09=62", "P10=50"}

func with(base []string, more ...string) []string {
	return append(append([]string{}, base...), more...)
}

func TestGrade22(t *testing.T) {
	tests := []struct {
		name     string
		rule     string
		cite     platform.Citation
		specs    []string
		opts     evaluation.Options
		finals   string
		groups   string
		findings map[string][]string // rule IDs of a platform's findings, in order
	}{
		{
			name: "十家均在优秀区间：保留前三家优秀，其余自低分起降为良好，最低分者补为较差", rule: "evaluation.22.cap_excellent", cite: platform.Art(22),
			specs:  []string{"P01=99", "P02=98", "P03=97", "P04=96", "P05=95", "P06=94", "P07=93", "P08=92", "P09=91", "P10=90"},
			finals: "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:良好 P08:良好 P09:良好 P10:较差",
			groups: "all N=10 cap=3 floor=1 final=3/6/0/1",
			findings: map[string][]string{
				"P03": {"evaluation.22.band"},
				"P04": {"evaluation.22.band", "evaluation.22.cap_excellent"},
				"P10": {"evaluation.22.band", "evaluation.22.cap_excellent", "evaluation.22.floor_poor"},
			},
		},
		{
			name: "优秀恰为上限三家、较差恰为下限一家时不作调整", rule: "evaluation.22.cap_excellent", cite: platform.Art(22),
			specs:    b10,
			finals:   "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			groups:   "all N=10 cap=3 floor=1 final=3/3/3/1",
			findings: map[string][]string{"P03": {"evaluation.22.band"}, "P10": {"evaluation.22.band"}},
		},
		{
			name: "优秀比上限多一家时最低分的优秀降为良好", rule: "evaluation.22.cap_excellent", cite: platform.Art(22),
			specs:    []string{"P01=95", "P02=94", "P03=93", "P04=92", "P05=84", "P06=83", "P07=70", "P08=65", "P09=62", "P10=50"},
			finals:   "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			groups:   "all N=10 cap=3 floor=1 final=3/3/3/1",
			findings: map[string][]string{"P04": {"evaluation.22.band", "evaluation.22.cap_excellent"}},
		},
		{
			name: "参评11家较差下限为2家，仅1家较差时最低分的合格补为较差", rule: "evaluation.22.floor_poor", cite: platform.Art(22),
			specs:    []string{"P01=95", "P02=85", "P03=84", "P04=83", "P05=82", "P06=81", "P07=75", "P08=70", "P09=65", "P10=62", "P11=55"},
			finals:   "P01:优秀 P02:良好 P03:良好 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差 P11:较差",
			groups:   "all N=11 cap=3 floor=2 final=1/5/3/2",
			findings: map[string][]string{"P10": {"evaluation.22.band", "evaluation.22.floor_poor"}, "P11": {"evaluation.22.band"}},
		},
		{
			name: "参评11家已有2家较差时不再补", rule: "evaluation.22.floor_poor", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=85", "P03=84", "P04=83", "P05=82", "P06=81", "P07=75", "P08=70", "P09=65", "P10=55", "P11=50"},
			finals: "P01:优秀 P02:良好 P03:良好 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差 P11:较差",
			groups: "all N=11 cap=3 floor=2 final=1/5/3/2",
		},
		{
			name: "同分跨越优秀上限：默认两家一并降为良好并标记", rule: "evaluation.22.tie_cap", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=93", "P05=85", "P06=84", "P07=83", "P08=70", "P09=65", "P10=50"},
			finals: "P01:优秀 P02:优秀 P03:良好 P04:良好 P05:良好 P06:良好 P07:良好 P08:合格 P09:合格 P10:较差",
			groups: "all N=10 cap=3 floor=1 final=2/5/2/1",
			findings: map[string][]string{
				"P03": {"evaluation.22.band", "evaluation.22.tie_cap", "evaluation.22.cap_excellent"},
				"P04": {"evaluation.22.band", "evaluation.22.tie_cap", "evaluation.22.cap_excellent"},
			},
		},
		{
			name: "同分跨越优秀上限：按调用方排序P04优先，保留P04为优秀", rule: "evaluation.22.tie_cap", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=93", "P05=85", "P06=84", "P07=83", "P08=70", "P09=65", "P10=50"},
			opts:   evaluation.Options{TieBreak: []string{"P04", "P03"}},
			finals: "P01:优秀 P02:优秀 P03:良好 P04:优秀 P05:良好 P06:良好 P07:良好 P08:合格 P09:合格 P10:较差",
			groups: "all N=10 cap=3 floor=1 final=3/4/2/1",
			findings: map[string][]string{
				"P03": {"evaluation.22.band", "evaluation.22.tie_cap", "evaluation.22.cap_excellent"},
				"P04": {"evaluation.22.band", "evaluation.22.tie_cap"},
			},
		},
		{
			name: "调用方排序中不在本轮的编号不影响结果", rule: "evaluation.22.tie_cap", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=93", "P05=85", "P06=84", "P07=83", "P08=70", "P09=65", "P10=50"},
			opts:   evaluation.Options{TieBreak: []string{"X99", "P04", "X98", "P03"}},
			finals: "P01:优秀 P02:优秀 P03:良好 P04:优秀 P05:良好 P06:良好 P07:良好 P08:合格 P09:合格 P10:较差",
			groups: "all N=10 cap=3 floor=1 final=3/4/2/1",
		},
		{
			name: "调用方排序未列出同分者之一时按默认一并降为良好", rule: "evaluation.22.tie_cap", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=93", "P05=85", "P06=84", "P07=83", "P08=70", "P09=65", "P10=50"},
			opts:   evaluation.Options{TieBreak: []string{"P04"}},
			finals: "P01:优秀 P02:优秀 P03:良好 P04:良好 P05:良好 P06:良好 P07:良好 P08:合格 P09:合格 P10:较差",
			groups: "all N=10 cap=3 floor=1 final=2/5/2/1",
		},
		{
			name: "同分跨越较差下限：默认两家一并为较差并标记", rule: "evaluation.22.tie_floor", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=85", "P05=84", "P06=83", "P07=70", "P08=65", "P09=62", "P10=62"},
			finals: "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:较差 P10:较差",
			groups: "all N=10 cap=3 floor=1 final=3/3/2/2",
			findings: map[string][]string{
				"P09": {"evaluation.22.band", "evaluation.22.tie_floor", "evaluation.22.floor_poor"},
				"P10": {"evaluation.22.band", "evaluation.22.tie_floor", "evaluation.22.floor_poor"},
			},
		},
		{
			name: "同分跨越较差下限：按调用方排序排在最后的P09为较差", rule: "evaluation.22.tie_floor", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=85", "P05=84", "P06=83", "P07=70", "P08=65", "P09=62", "P10=62"},
			opts:   evaluation.Options{TieBreak: []string{"P10", "P09"}},
			finals: "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:较差 P10:合格",
			groups: "all N=10 cap=3 floor=1 final=3/3/3/1",
			findings: map[string][]string{
				"P09": {"evaluation.22.band", "evaluation.22.tie_floor", "evaluation.22.floor_poor"},
				"P10": {"evaluation.22.band", "evaluation.22.tie_floor"},
			},
		},
		{
			name: "四家同分均在优秀区间：默认不突破比例，全部降为良好后全部为较差", rule: "evaluation.22.tie_floor", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=95", "P03=95", "P04=95"},
			finals: "P01:较差 P02:较差 P03:较差 P04:较差",
			groups: "all N=4 cap=1 floor=1 final=0/0/0/4",
			findings: map[string][]string{
				"P01": {"evaluation.22.band", "evaluation.22.tie_cap", "evaluation.22.cap_excellent", "evaluation.22.tie_floor", "evaluation.22.floor_poor"},
			},
		},
		{
			name: "四家同分：按调用方排序一家优秀、一家较差", rule: "evaluation.22.tie_cap", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=95", "P03=95", "P04=95"},
			opts:   evaluation.Options{TieBreak: []string{"P03", "P01", "P04", "P02"}},
			finals: "P01:良好 P02:较差 P03:优秀 P04:良好",
			groups: "all N=4 cap=1 floor=1 final=1/2/0/1",
		},
		{
			name: "参评5家少于调用方设定的6家：不强制较差下限", rule: "evaluation.22.floor_waived", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=85", "P03=80", "P04=75", "P05=70"},
			opts:   evaluation.Options{WaivePoorFloorBelow: 6},
			finals: "P01:优秀 P02:良好 P03:良好 P04:合格 P05:合格",
			groups: "all N=5 cap=1 floor=1 final=1/2/2/0 waived",
		},
		{
			name: "参评6家恰为调用方设定的规模：较差下限照常适用", rule: "evaluation.22.floor_waived", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=85", "P03=80", "P04=75", "P05=70", "P06=65"},
			opts:   evaluation.Options{WaivePoorFloorBelow: 6},
			finals: "P01:优秀 P02:良好 P03:良好 P04:合格 P05:合格 P06:较差",
			groups: "all N=6 cap=1 floor=1 final=1/2/2/1",
		},
		{
			name: "默认严格适用：参评5家也须有1家较差", rule: "evaluation.22.floor_poor", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=85", "P03=80", "P04=75", "P05=70"},
			finals: "P01:优秀 P02:良好 P03:良好 P04:合格 P05:较差",
			groups: "all N=5 cap=1 floor=1 final=1/2/1/1",
		},
		{
			name: "默认严格适用：仅1家参评时优秀上限为0、较差下限为1，该平台为较差", rule: "evaluation.22.floor_poor", cite: platform.Art(22),
			specs:  []string{"P01=95"},
			finals: "P01:较差",
			groups: "all N=1 cap=0 floor=1 final=0/0/0/1",
		},
		{
			name: "仅1家参评且免除下限：优秀上限为0，降为良好", rule: "evaluation.22.floor_waived", cite: platform.Art(22),
			specs:  []string{"P01=95"},
			opts:   evaluation.Options{WaivePoorFloorBelow: 2},
			finals: "P01:良好",
			groups: "all N=1 cap=0 floor=1 final=0/1/0/0 waived",
		},
		{
			name: "无故不参加评估者不评等次、不计入参评数量", rule: "evaluation.24.not_graded_absent", cite: platform.Art(24),
			specs:    with(b10, "P11=absent"),
			finals:   "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差 P11:-",
			groups:   "all N=10 cap=3 floor=1 final=3/3/3/1",
			findings: map[string][]string{"P11": {"evaluation.24.not_graded_absent"}},
		},
		{
			name: "中途退出者默认不计入参评数量", rule: "evaluation.24.withdrawal", cite: platform.Art(24),
			specs:    with(b10, "P11=withdrew"),
			finals:   "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差 P11:-",
			groups:   "all N=10 cap=3 floor=1 final=3/3/3/1",
			findings: map[string][]string{"P11": {"evaluation.24.withdrawal"}},
		},
		{
			name: "选项：中途退出者计入参评数量并按较差计，参评11家较差下限2家由其与P10满足", rule: "evaluation.24.withdrawal_counted", cite: platform.Art(24),
			specs:    with(b10, "P11=withdrew"),
			opts:     evaluation.Options{WithdrawalsCountInN: true},
			finals:   "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差 P11:较差",
			groups:   "all N=11 cap=3 floor=2 final=3/3/3/2",
			findings: map[string][]string{"P11": {"evaluation.24.withdrawal_counted"}},
		},
		{
			name: "中途退出者不计入时：参评9家优秀上限2家，最低分者补为较差", rule: "evaluation.24.withdrawal", cite: platform.Art(24),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=92", "P05=85", "P06=84", "P07=70", "P08=65", "P09=62", "P10=withdrew"},
			finals: "P01:优秀 P02:优秀 P03:良好 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:较差 P10:-",
			groups: "all N=9 cap=2 floor=1 final=2/4/2/1",
		},
		{
			name: "中途退出者计入时：参评10家优秀上限3家，较差下限由退出者满足", rule: "evaluation.24.withdrawal_counted", cite: platform.Art(24),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=92", "P05=85", "P06=84", "P07=70", "P08=65", "P09=62", "P10=withdrew"},
			opts:   evaluation.Options{WithdrawalsCountInN: true},
			finals: "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			groups: "all N=10 cap=3 floor=1 final=3/3/3/1",
		},
		{
			name: "因故未参加评估者不评等次、不计入参评数量、无后果", rule: "evaluation.24.absent_with_cause", cite: platform.Art(24),
			specs:    with(b10, "P11=excused"),
			finals:   "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差 P11:-",
			groups:   "all N=10 cap=3 floor=1 final=3/3/3/1",
			findings: map[string][]string{"P11": {"evaluation.24.absent_with_cause"}},
		},
		{
			name: "默认合并计算：两类平台共8家，优秀上限2家", rule: "evaluation.22.grouping", cite: platform.Art(22),
			specs: []string{"P01/key_laboratory=99", "P02/key_laboratory=98", "P03/key_laboratory=97", "P04/key_laboratory=96",
				"P05/engineering_research_center=95", "P06/engineering_research_center=94", "P07/engineering_research_center=93", "P08/engineering_research_center=92"},
			finals: "P01:优秀 P02:优秀 P03:良好 P04:良好 P05:良好 P06:良好 P07:良好 P08:较差",
			groups: "all N=8 cap=2 floor=1 final=2/5/0/1",
		},
		{
			name: "选项：按类型分别计算，每类4家各有1家优秀、1家较差", rule: "evaluation.22.grouping", cite: platform.Art(22),
			specs: []string{"P01/key_laboratory=99", "P02/key_laboratory=98", "P03/key_laboratory=97", "P04/key_laboratory=96",
				"P05/engineering_research_center=95", "P06/engineering_research_center=94", "P07/engineering_research_center=93", "P08/engineering_research_center=92"},
			opts:   evaluation.Options{GroupBy: evaluation.ByType},
			finals: "P05:优秀 P06:良好 P07:良好 P08:较差 P01:优秀 P02:良好 P03:良好 P04:较差",
			groups: "engineering_research_center N=4 cap=1 floor=1 final=1/2/0/1; key_laboratory N=4 cap=1 floor=1 final=1/2/0/1",
		},
		{
			name: "选项：按主管部门分别计算，每部门2家优秀上限0家、较差下限1家", rule: "evaluation.22.grouping", cite: platform.Art(22),
			specs: []string{"P01/key_laboratory/卫健委=95", "P02/key_laboratory/农业农村局=95", "P03/key_laboratory/卫健委=93",
				"P04/key_laboratory/农业农村局=50", "P05/key_laboratory/卫健委=absent"},
			opts:   evaluation.Options{GroupBy: evaluation.ByDepartment},
			finals: "P02:良好 P04:较差 P01:良好 P03:较差 P05:-",
			groups: "农业农村局 N=2 cap=0 floor=1 final=0/1/0/1; 卫健委 N=2 cap=0 floor=1 final=0/1/0/1",
		},
		{
			name: "参评3家优秀上限为0：两家同分优秀一并降为良好，无人保留优秀故不作同分标记", rule: "evaluation.22.cap_excellent", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=95", "P03=70"},
			finals: "P01:良好 P02:良好 P03:较差",
			groups: "all N=3 cap=0 floor=1 final=0/2/0/1",
			findings: map[string][]string{
				"P01": {"evaluation.22.band", "evaluation.22.cap_excellent"},
				"P03": {"evaluation.22.band", "evaluation.22.floor_poor"},
			},
		},
		{
			name: "四舍五入后相同即为同分：92.995与93.004均为93.00，跨越优秀上限时一并降为良好", rule: "evaluation.21.total", cite: platform.Art(21),
			specs:  []string{"P01=95", "P02=94", "P03=92.995", "P04=93.004", "P05=85", "P06=84", "P07=83", "P08=70", "P09=65", "P10=50"},
			finals: "P01:优秀 P02:优秀 P03:良好 P04:良好 P05:良好 P06:良好 P07:良好 P08:合格 P09:合格 P10:较差",
			groups: "all N=10 cap=3 floor=1 final=2/5/2/1",
			findings: map[string][]string{
				"P03": {"evaluation.21.total", "evaluation.22.band", "evaluation.22.tie_cap", "evaluation.22.cap_excellent"},
				"P04": {"evaluation.21.total", "evaluation.22.band", "evaluation.22.tie_cap", "evaluation.22.cap_excellent"},
			},
		},
		{
			name: "同一轮中优秀上限与较差下限两处同分：按调用方排序P04保留优秀、P09为较差", rule: "evaluation.22.tie_floor", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=93", "P05=85", "P06=84", "P07=83", "P08=70", "P09=62", "P10=62"},
			opts:   evaluation.Options{TieBreak: []string{"P04", "P03", "P10", "P09"}},
			finals: "P01:优秀 P02:优秀 P03:良好 P04:优秀 P05:良好 P06:良好 P07:良好 P08:合格 P09:较差 P10:合格",
			groups: "all N=10 cap=3 floor=1 final=3/4/2/1",
			findings: map[string][]string{
				"P03": {"evaluation.22.band", "evaluation.22.tie_cap", "evaluation.22.cap_excellent"},
				"P04": {"evaluation.22.band", "evaluation.22.tie_cap"},
				"P09": {"evaluation.22.band", "evaluation.22.tie_floor", "evaluation.22.floor_poor"},
				"P10": {"evaluation.22.band", "evaluation.22.tie_floor"},
			},
		},
		{
			name: "中途退出者计入时同分跨越较差下限：退出者计入下限，余下一个名额由同分两家一并承担", rule: "evaluation.24.withdrawal_counted", cite: platform.Art(24),
			specs:  []string{"P01=95", "P02=94", "P03=93", "P04=85", "P05=84", "P06=83", "P07=70", "P08=65", "P09=62", "P10=62", "P11=withdrew"},
			opts:   evaluation.Options{WithdrawalsCountInN: true},
			finals: "P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:较差 P10:较差 P11:较差",
			groups: "all N=11 cap=3 floor=2 final=3/3/2/3",
			findings: map[string][]string{
				"P09": {"evaluation.22.band", "evaluation.22.tie_floor", "evaluation.22.floor_poor"},
				"P10": {"evaluation.22.band", "evaluation.22.tie_floor", "evaluation.22.floor_poor"},
				"P11": {"evaluation.24.withdrawal_counted"},
			},
		},
		{
			name: "按类型分组时某类仅有无故不参加评估者：该组参评数量为0，上限与下限均为0", rule: "evaluation.24.not_graded_absent", cite: platform.Art(24),
			specs:  []string{"P01/key_laboratory=95", "P02/key_laboratory=70", "P03/field_station=absent"},
			opts:   evaluation.Options{GroupBy: evaluation.ByType},
			finals: "P03:- P01:良好 P02:较差",
			groups: "field_station N=0 cap=0 floor=0 final=0/0/0/0; key_laboratory N=2 cap=0 floor=1 final=0/1/0/1",
			findings: map[string][]string{
				"P03": {"evaluation.24.not_graded_absent"},
			},
		},
		{
			name: "默认严格适用且原为较差者不再重复调整：参评11家已有1家较差，仅补1家", rule: "evaluation.22.floor_poor", cite: platform.Art(22),
			specs:  []string{"P01=95", "P02=85", "P03=84", "P04=83", "P05=82", "P06=81", "P07=75", "P08=70", "P09=65", "P10=62", "P11=40"},
			finals: "P01:优秀 P02:良好 P03:良好 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差 P11:较差",
			groups: "all N=11 cap=3 floor=2 final=1/5/3/2",
			findings: map[string][]string{
				"P10": {"evaluation.22.band", "evaluation.22.floor_poor"},
				"P11": {"evaluation.22.band"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustGrade(t, round(tt.specs...), tt.opts)
			if got := finals(res); got != tt.finals {
				t.Errorf("finals =\n%s\nwant\n%s\n(%s, %s)", got, tt.finals, tt.rule, tt.cite)
			}
			if got := groupsOf(res); got != tt.groups {
				t.Errorf("groups =\n%s\nwant\n%s\n(%s, %s)", got, tt.groups, tt.rule, tt.cite)
			}
			for id, want := range tt.findings {
				p, ok := res.Find(id)
				if !ok {
					t.Fatalf("%s not in result", id)
				}
				if diff := cmp.Diff(want, ruleIDs(p.Findings)); diff != "" {
					t.Errorf("%s findings mismatch (-want +got):\n%s\n(%s)", id, diff, tt.rule)
				}
			}
		})
	}
}
