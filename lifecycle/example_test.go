package lifecycle_test

import (
	"fmt"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// A key laboratory from application to its first evaluation result, as a timeline.
func ExampleState_Timeline() {
	code := "91540100MA6T00001"
	org := platform.MustCreditCode(code + string(platform.CreditCheckChar(code)))
	on := platform.MustParseDate
	step := func(date string, k lifecycle.Kind, a lifecycle.Actor) lifecycle.Event {
		return lifecycle.Event{Date: on(date), Kind: k, Actor: a, Platform: "lab"}
	}
	app := step("2025-01-06", lifecycle.Application, lifecycle.RelyingUnit)
	app.Type, app.Name = platform.KeyLaboratory, "拉萨市高原生物重点实验室"
	result := step("2028-04-10", lifecycle.Graded, lifecycle.ThirdParty)
	result.Grade, result.Cycle = platform.Good, 1
	h := lifecycle.History{Organisation: org, Events: []lifecycle.Event{
		app,
		step("2025-01-15", lifecycle.Recommendation, lifecycle.County),
		step("2025-01-25", lifecycle.Review, lifecycle.CitySTB),
		step("2025-02-10", lifecycle.ExpertReview, lifecycle.Experts),
		step("2025-02-20", lifecycle.ProposedList, lifecycle.CitySTB),
		step("2025-03-03", lifecycle.NoticeStart, lifecycle.CitySTB),
		step("2025-03-12", lifecycle.Filing, lifecycle.CitySTB),
		result,
	}}
	st, err := lifecycle.Replay(h, on("2028-04-10"), lifecycle.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range st.Timeline()[5:8] {
		fmt.Println(r.Date, r.Event, "|", r.Cite, "|", r.Consequence)
	}
	p, _ := st.Platform("lab")
	fmt.Println("notice last day:", p.Notice.LastDay, "cycle:", p.Cycle)
	for _, a := range st.Awards {
		fmt.Println(a.Kind, a.Cite, a.Amount.Wan())
	}
	// Output:
	// 2025-03-03 向社会公示 | 第十三条（五） | 第十三条（五） 并向社会公示 5 个工作日：要求5个工作日，实际2025年3月11日。符合。
	// 2025-03-12 正式发布备案文件 | 第十三条（五） | 正式备案，进入第一个评估周期。
	// 2028-04-10 绩效评估结果 | 第二十三条 | 可进入下一轮建设运行周期，并给予周期奖励扶持。
	// notice last day: 2025-03-11 cycle: 2
	// filing 第十五条 50万元
	// cycle 第二十三条 60万元
}

// An organisation whose filed platform withdrew from an evaluation midway asks whether it
// may apply again.
func ExampleState_MayApply() {
	code := "91540100MA6T00001"
	org := platform.MustCreditCode(code + string(platform.CreditCheckChar(code)))
	on := platform.MustParseDate
	step := func(date string, k lifecycle.Kind, a lifecycle.Actor) lifecycle.Event {
		return lifecycle.Event{Date: on(date), Kind: k, Actor: a, Platform: "lab"}
	}
	app := step("2025-01-06", lifecycle.Application, lifecycle.RelyingUnit)
	app.Type = platform.KeyLaboratory
	h := lifecycle.History{Organisation: org, Events: []lifecycle.Event{
		app,
		step("2025-01-15", lifecycle.Recommendation, lifecycle.County),
		step("2025-01-25", lifecycle.Review, lifecycle.CitySTB),
		step("2025-02-10", lifecycle.ExpertReview, lifecycle.Experts),
		step("2025-02-20", lifecycle.ProposedList, lifecycle.CitySTB),
		step("2025-03-03", lifecycle.NoticeStart, lifecycle.CitySTB),
		step("2025-03-12", lifecycle.Filing, lifecycle.CitySTB),
		step("2028-03-20", lifecycle.Withdrawal, lifecycle.ThirdParty),
	}}
	st, err := lifecycle.Replay(h, on("2028-12-31"), lifecycle.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, day := range []string{"2031-03-20", "2031-03-21"} {
		p := st.MayApply(on(day), platform.EngineeringCenter)
		if p.May {
			fmt.Println(day, "may apply")
			continue
		}
		fmt.Println(day, "may not apply: until", p.Until, "under", p.Article, "("+p.Bans[0].Kind+"); from", p.From)
	}
	// Output:
	// 2031-03-20 may not apply: until 2031-03-20 under 第二十四条 (removal); from 2031-03-21
	// 2031-03-21 may apply
}

// One act under two heads of 第二十五条, recorded once (a platform filed before the history
// begins): falsified material that is also academic misconduct. Each sentence's consequences
// follow, and MayApply lists both bans and takes the one that ends last.
func ExampleReplay_severalHeads() {
	code := "91540100MA6T00001"
	org := platform.MustCreditCode(code + string(platform.CreditCheckChar(code)))
	on := platform.MustParseDate
	prior := lifecycle.Event{Date: on("2025-01-06"), Kind: lifecycle.PriorFiling, Actor: lifecycle.CitySTB,
		Platform: "lab", Type: platform.KeyLaboratory, Name: "拉萨市高原生物重点实验室"}
	act := lifecycle.Event{Date: on("2026-05-06"), Kind: lifecycle.Fraud, Actor: lifecycle.CitySTB, Platform: "lab",
		Heads: lifecycle.HeadsOf(lifecycle.Misconduct)}
	st, err := lifecycle.Replay(lifecycle.History{Organisation: org, Events: []lifecycle.Event{prior, act}},
		on("2026-12-31"), lifecycle.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	p, _ := st.Platform("lab")
	heads := func(ks []lifecycle.Kind) string {
		ss := make([]string, len(ks))
		for i, k := range ks {
			ss[i] = k.String()
		}
		return "[" + strings.Join(ss, " ") + "]"
	}
	for _, c := range p.Consequences {
		if c.Kind == "ban" {
			fmt.Println(c.Kind, heads(c.Heads), "to", c.LastDay)
			continue
		}
		fmt.Println(c.Kind, heads(c.Heads))
	}
	perm := st.MayApply(on("2027-01-04"), 0)
	fmt.Println(len(perm.Bans), "bans; may apply from", perm.From)
	// Output:
	// cleared [fraud]
	// ban [fraud] to 2029-05-06
	// accountability [misconduct]
	// delisted [misconduct]
	// ban [misconduct] to 2031-05-06
	// 2 bans; may apply from 2031-05-07
}
