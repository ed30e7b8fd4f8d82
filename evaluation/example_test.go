package evaluation_test

import (
	"fmt"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
)

// A round of twelve platforms graded under the quotas of 第二十二条. The scheme and the bands
// are the labeled illustrative ones; the quotas are the law's: of 12, at most ⌊3.6⌋ = 3
// 优秀 and at least ⌈1.2⌉ = 2 较差.
func ExampleGrade() {
	totals := []string{"95", "93", "92.5", "91", "90", "88", "85", "80", "75", "70", "65"}
	r := evaluation.Round{
		ID:         "2026年度绩效评估",
		ResultDate: platform.MustDate(2026, 12, 15),
		Evaluator:  evaluation.Evaluator{Kind: evaluation.ThirdParty, Name: "某科技评估中心"},
	}
	for i, s := range totals {
		t := decimal.RequireFromString(s)
		r.Participants = append(r.Participants, evaluation.Participant{
			PlatformID: fmt.Sprintf("LS-%02d", i+1), Type: platform.KeyLaboratory, Cycle: 1, Total: &t})
	}
	// The twelfth arrives with its seven dimension scores instead of a total:
	// 0.15×(70+65+60+55.5+68+62) + 0.10×50.5 = 62.125, rounded half-up to 62.13.
	r.Participants = append(r.Participants, evaluation.Participant{
		PlatformID: "LS-12", Type: platform.EngineeringCenter, Cycle: 1,
		Scores: evaluation.Scores{
			evaluation.MajorTasks: decimal.RequireFromString("70"), evaluation.KeyTechnologies: decimal.RequireFromString("65"),
			evaluation.IndustryLeadership: decimal.RequireFromString("60"), evaluation.InnovationServices: decimal.RequireFromString("55.5"),
			evaluation.TalentTeam: decimal.RequireFromString("68"), evaluation.Commercialisation: decimal.RequireFromString("62"),
			evaluation.Incubation: decimal.RequireFromString("50.5"),
		}})

	res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), evaluation.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Participants {
		note := ""
		if p.Final != p.Provisional {
			note = "（按配额调整）"
		}
		fmt.Printf("%2d %s %6s %s→%s%s\n", p.Rank, p.PlatformID, p.Score.StringFixed(2), p.Provisional.Chinese(), p.Final.Chinese(), note)
	}
	g := res.Groups[0]
	fmt.Printf("参评%d家：优秀上限%d家，较差下限%d家\n", g.N, g.Cap, g.Floor)
	fmt.Printf("优秀%d 良好%d 合格%d 较差%d\n", g.Final.Excellent, g.Final.Good, g.Final.Qualified, g.Final.Poor)
	p, _ := res.Find("LS-04")
	fmt.Println(p.Findings[1].Chinese())
	// Output:
	//  1 LS-01  95.00 优秀→优秀
	//  2 LS-02  93.00 优秀→优秀
	//  3 LS-03  92.50 优秀→优秀
	//  4 LS-04  91.00 优秀→良好（按配额调整）
	//  5 LS-05  90.00 优秀→良好（按配额调整）
	//  6 LS-06  88.00 良好→良好
	//  7 LS-07  85.00 良好→良好
	//  8 LS-08  80.00 良好→良好
	//  9 LS-09  75.00 合格→合格
	// 10 LS-10  70.00 合格→合格
	// 11 LS-11  65.00 合格→较差（按配额调整）
	// 12 LS-12  62.13 合格→较差（按配额调整）
	// 参评12家：优秀上限3家，较差下限2家
	// 优秀3 良好5 合格2 较差2
	// 第二十二条 原则上评估结果为优秀的不超过参评科技创新平台数量的30%：要求3家，实际5家。不符合。超过优秀比例上限，由优秀调整为良好。
}

// The two quotas of 第二十二条 by integer arithmetic.
func ExampleQuotas_Cap() {
	q := evaluation.DefaultQuotas()
	for _, n := range []int{1, 3, 4, 10, 11, 12, 25} {
		fmt.Printf("N=%d 优秀≤%d 较差≥%d\n", n, q.Cap(n), q.Floor(n))
	}
	// Output:
	// N=1 优秀≤0 较差≥1
	// N=3 优秀≤0 较差≥1
	// N=4 优秀≤1 较差≥1
	// N=10 优秀≤3 较差≥1
	// N=11 优秀≤3 较差≥2
	// N=12 优秀≤3 较差≥2
	// N=25 优秀≤7 较差≥3
}

// A tie at the cap: by default both platforms at 93 are lowered and flagged for review;
// with a tie-break order the first listed keeps 优秀.
func ExampleOptions_tieBreak() {
	r := evaluation.Round{ID: "R", ResultDate: platform.MustDate(2026, 12, 15), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
	for i, s := range []string{"95", "94", "93", "93", "85", "84", "83", "70", "65", "50"} {
		t := decimal.RequireFromString(s)
		r.Participants = append(r.Participants, evaluation.Participant{PlatformID: fmt.Sprintf("P%02d", i+1), Type: platform.FieldStation, Cycle: 2, Total: &t})
	}
	for _, o := range []evaluation.Options{{}, {TieBreak: []string{"P04", "P03"}}} {
		res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), o)
		if err != nil {
			fmt.Println(err)
			return
		}
		p3, _ := res.Find("P03")
		p4, _ := res.Find("P04")
		fmt.Printf("P03 %s, P04 %s, tie flagged %v, %s\n", p3.Final.Chinese(), p4.Final.Chinese(), p3.Tie, p3.Findings[1].Outcome.Chinese())
	}
	// Output:
	// P03 良好, P04 良好, tie flagged true, 需评审
	// P03 良好, P04 优秀, tie flagged true, 符合
}

// Platforms that did not take part are listed with what 第二十四条 attaches to their absence.
func ExampleGrade_participation() {
	r := evaluation.Round{ID: "R", ResultDate: platform.MustDate(2026, 12, 15), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
	for i, s := range []string{"92", "85", "70", "absent", "withdrew", "excused"} {
		p := evaluation.Participant{PlatformID: fmt.Sprintf("P%02d", i+1), Type: platform.InnovationCenter, Cycle: 1}
		switch s {
		case "absent":
			p.Participation = evaluation.AbsentWithoutCause
		case "withdrew":
			p.Participation = evaluation.Withdrew
		case "excused":
			p.Participation = evaluation.AbsentWithCause
		default:
			t := decimal.RequireFromString(s)
			p.Total = &t
		}
		r.Participants = append(r.Participants, p)
	}
	res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), evaluation.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range res.Participants {
		fmt.Printf("%s %s graded=%v final=%s consequence=%s\n", p.PlatformID, p.Participation.Chinese(), p.Graded, p.Final.Chinese(), p.Consequence)
	}
	fmt.Println("N =", res.Groups[0].N)
	// Output:
	// P01 参加评估 graded=true final=良好 consequence=none
	// P02 参加评估 graded=true final=良好 consequence=none
	// P03 参加评估 graded=true final=较差 consequence=none
	// P04 无故不参加评估 graded=false final= consequence=removal_and_ban
	// P05 中途退出评估 graded=false final= consequence=removal_and_ban
	// P06 因故未参加评估 graded=false final= consequence=none
	// N = 3
}
