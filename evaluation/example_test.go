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

// An auditor checks a grade list someone else produced: of ten platforms graded, four are
// 优秀 against a cap of ⌊30%×10⌋ = 3, and none is 较差 against a floor of ⌈10%×10⌉ = 1.
// The scores show that P03 and P04 tie at 93 across the 优秀 line.
func ExampleCheckGrades() {
	var list []evaluation.ProposedGrade
	for i, g := range []string{"优秀", "优秀", "优秀", "良好", "优秀", "良好", "良好", "合格", "合格", "合格"} {
		grade, _ := platform.ParseGrade(g)
		score := decimal.RequireFromString([]string{"95", "94", "93", "93", "92", "85", "80", "75", "70", "65"}[i])
		list = append(list, evaluation.ProposedGrade{PlatformID: fmt.Sprintf("P%02d", i+1), Grade: grade, Score: &score})
	}
	list = append(list, evaluation.ProposedGrade{PlatformID: "P11", Participation: evaluation.AbsentWithoutCause})

	c, err := evaluation.CheckGrades(list, evaluation.DefaultQuotas(), evaluation.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	answer := c.Compliance()
	fmt.Println(answer.State.Chinese())
	for _, b := range answer.Breaches {
		fmt.Println(b.Group, b.Finding.Chinese())
	}
	p, _ := c.Index().Participant("P04")
	fmt.Println("P04:", p.Findings[0].Chinese())
	fmt.Println("ties:", answer.Ties)
	// Output:
	// 突破比例要求
	// all 第二十二条 原则上评估结果为优秀的不超过参评科技创新平台数量的30%：要求3家，实际4家。不符合。参评数量10家，优秀上限为30%×10取整得3家。优秀超出比例上限1家。
	// all 第二十二条 评估结果为较差的不低于参评数量的10%：要求1家，实际0家，尚差1家。不符合。参评数量10家，较差下限为10%×10向上取整得1家。较差未达比例下限。
	// P04: 第二十二条 同分跨越优秀比例上限（本办法未规定处理办法）：要求3家。需评审。同分者等次不同，跨越比例界线，且未按调用方提供的排序确定；需评审。
	// ties: 2
}

// The one answer on a graded round, with the totals beside it. Under a recorded exception
// (第二十二条 原则上) the tie at 93 that straddles the cap keeps 优秀, so the round is within
// the limits only through that exception.
func ExampleResult_Compliance() {
	r := evaluation.Round{ID: "R", ResultDate: platform.MustDate(2026, 12, 15), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
	for i, s := range []string{"95", "94", "93", "93", "85", "84", "75", "70", "65", "50"} {
		t := decimal.RequireFromString(s)
		r.Participants = append(r.Participants, evaluation.Participant{PlatformID: fmt.Sprintf("P%02d", i+1), Type: platform.KeyLaboratory, Cycle: 1, Total: &t})
	}
	x := &evaluation.Exception{Reason: "同分平台评审意见一致", Authority: "市科技局局务会议纪要（2026年第3次）"}
	for _, o := range []evaluation.Options{{}, {CapTieException: x}} {
		res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), o)
		if err != nil {
			fmt.Println(err)
			return
		}
		c := res.Compliance()
		g, _ := res.Group(evaluation.WholeRound())
		fmt.Printf("%s: 优秀%d家（上限%d），调整%d家，同分标记%d家\n", c.State, g.Final.Excellent, g.Cap, c.Adjusted, c.Ties)
		for _, e := range c.Exceptions {
			fmt.Println(e.Finding.English())
		}
	}
	// Output:
	// within: 优秀2家（上限3），调整2家，同分标记2家
	// within_by_exception: 优秀4家（上限3），调整0家，同分标记2家
	// Art. 22 "in principle": where equal totals straddle the excellent cap, a recorded exception (reason and authority) rates the whole tie excellent: wanted 3 institutions, found 4 institutions. Pass. Equal totals straddle the excellent cap and are all rated excellent under a recorded exception. Reason: 同分平台评审意见一致; authority: 市科技局局务会议纪要（2026年第3次）.
}

// BestFirst reads as a ranking: the first listed keeps 优秀 at the cap and escapes 较差 at
// the floor.
func ExampleBestFirst() {
	grade := func(totals []string, order evaluation.BestFirst, ids ...string) {
		r := evaluation.Round{ID: "R", ResultDate: platform.MustDate(2026, 12, 15), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
		for i, s := range totals {
			t := decimal.RequireFromString(s)
			r.Participants = append(r.Participants, evaluation.Participant{PlatformID: fmt.Sprintf("P%02d", i+1), Type: platform.KeyLaboratory, Cycle: 1, Total: &t})
		}
		res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), evaluation.Options{TieBreak: order})
		if err != nil {
			fmt.Println(err)
			return
		}
		ix := res.Index()
		fmt.Print(order, ":")
		for _, id := range ids {
			p, _ := ix.Participant(id)
			fmt.Print(" ", id, " ", p.Final.Chinese())
		}
		fmt.Println()
	}
	atCap := []string{"95", "94", "93", "93", "85", "84", "75", "70", "65", "50"}
	atFloor := []string{"95", "85", "84", "83", "82", "81", "75", "65", "65"}
	grade(atCap, evaluation.BestFirst{"P04", "P03"}, "P03", "P04")
	grade(atCap, evaluation.BestFirst{"P03", "P04"}, "P03", "P04")
	grade(atFloor, evaluation.BestFirst{"P09", "P08"}, "P08", "P09")
	grade(atFloor, evaluation.BestFirst{"P08", "P09"}, "P08", "P09")
	// Output:
	// [P04 P03]: P03 良好 P04 优秀
	// [P03 P04]: P03 优秀 P04 良好
	// [P09 P08]: P08 较差 P09 合格
	// [P08 P09]: P08 合格 P09 较差
}

// A group found by a typed key, without spelling "key_laboratory".
func ExampleResult_Group() {
	r := evaluation.Round{ID: "R", ResultDate: platform.MustDate(2026, 12, 15), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
	for i, s := range []string{"95", "91", "80", "62", "88"} {
		t := decimal.RequireFromString(s)
		typ := platform.KeyLaboratory
		if i == 4 {
			typ = platform.FieldStation
		}
		r.Participants = append(r.Participants, evaluation.Participant{PlatformID: fmt.Sprintf("P%02d", i+1), Type: typ, Cycle: 1, Total: &t})
	}
	res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), evaluation.Options{GroupBy: evaluation.ByType})
	if err != nil {
		fmt.Println(err)
		return
	}
	g, ok := res.Group(evaluation.TypeGroup(platform.KeyLaboratory))
	fmt.Println(ok, g.Key, g.N, g.Cap, g.Floor)
	_, ok = res.Group(evaluation.TypeGroup(platform.ClinicalCenter))
	fmt.Println(ok)
	// Output:
	// true key_laboratory 4 1 1
	// false
}
