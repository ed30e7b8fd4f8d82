package subsidy_test

import (
	"fmt"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

// A key laboratory's payments from filing through three evaluation cycles. Another city
// document already paid 20万元 for its first cycle, so 第二十八条 tops that cycle up to this
// measure's 60万元 and no more; a second claim for the second cycle pays nothing.
func ExampleEntitle() {
	s := subsidy.DefaultSchedule()
	ledger := subsidy.Ledger{Entries: []subsidy.Entry{{
		PlatformID: "拉科平台〔2024〕3号", Benefit: subsidy.Cycled(1), Amount: platform.WanYuan(20),
		Source: subsidy.OtherDocument("拉萨市科技人才奖励办法", platform.MustDate(2023, 6, 1)),
	}}}
	lab := func(b subsidy.Benefit, g platform.Grade, on platform.Date) subsidy.Claim {
		return subsidy.Claim{PlatformID: "拉科平台〔2024〕3号", Type: platform.KeyLaboratory, Benefit: b, Grade: g, Date: on}
	}
	claims := []subsidy.Claim{
		lab(subsidy.Filed(), 0, platform.MustDate(2024, 9, 1)),
		lab(subsidy.Cycled(1), platform.Good, platform.MustDate(2027, 12, 20)),
		lab(subsidy.Cycled(2), platform.Excellent, platform.MustDate(2030, 12, 18)),
		lab(subsidy.Cycled(2), platform.Excellent, platform.MustDate(2031, 1, 5)),
		lab(subsidy.Cycled(3), platform.Qualified, platform.MustDate(2033, 12, 16)),
	}
	for _, c := range claims {
		en, next, err := subsidy.Entitle(ledger, c, s, subsidy.Options{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s %s: 标准 %s, 已领 %s, 应拨付 %s\n", c.Date, c.Benefit.Chinese(),
			en.Award.Amount.Wan(), en.Received().Wan(), en.Payable.Wan())
		ledger = next
	}
	var paid platform.Amount
	for _, e := range ledger.Entries {
		if e.Source.IsThisMeasure() {
			paid = paid.Add(e.Amount)
		}
	}
	fmt.Println("本办法合计拨付", paid)
	// Output:
	// 2024-09-01 备案扶持资助: 标准 50万元, 已领 0万元, 应拨付 50万元
	// 2027-12-20 第1个评估周期绩效评估奖励扶持: 标准 60万元, 已领 20万元, 应拨付 40万元
	// 2030-12-18 第2个评估周期绩效评估奖励扶持: 标准 70万元, 已领 0万元, 应拨付 70万元
	// 2031-01-05 第2个评估周期绩效评估奖励扶持: 标准 70万元, 已领 70万元, 应拨付 0万元
	// 2033-12-16 第3个评估周期绩效评估奖励扶持: 标准 0万元, 已领 0万元, 应拨付 0万元
	// 本办法合计拨付 1600000.00元（160万元）
}

// Why a second award for the same cycle pays nothing, in the words of 第二十八条.
func ExampleEntitle_secondAward() {
	l := subsidy.Ledger{Entries: []subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Cycled(2), Amount: platform.WanYuan(70)}}}
	c := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(2), Grade: platform.Excellent}
	en, _, _ := subsidy.Entitle(l, c, subsidy.DefaultSchedule(), subsidy.Options{})
	fmt.Println(en.Findings[1].Chinese())
	// Output:
	// 第二十八条 本办法奖励扶持条款与市内其他文件规定重复的，按本办法执行，不得重复享受：要求70万元，实际70万元。不符合。已享受第2个评估周期绩效评估奖励扶持（本办法70万元，合计 70万元），达到本办法标准 70万元，按本办法执行，不得重复享受，应拨付 0 元。
}

// A budget for two years of filings, one upgrade and a graded round.
func ExampleBudget() {
	plan := subsidy.Plan{
		Filings: []subsidy.PlannedFiling{
			{Type: platform.KeyLaboratory, Year: 2025},
			{Type: platform.EngineeringCenter, Year: 2025},
			{Type: platform.ClinicalCenter, Year: 2026},
		},
		Upgrades: []subsidy.PlannedUpgrade{{Type: platform.KeyLaboratory, From: platform.City, To: platform.Regional, Year: 2026}},
		Graded: []subsidy.PlannedGrade{
			{Type: platform.KeyLaboratory, Grade: platform.Excellent, Cycle: 1, Year: 2027},
			{Type: platform.EngineeringCenter, Grade: platform.Good, Cycle: 1, Year: 2027},
			{Type: platform.ClinicalCenter, Grade: platform.Poor, Cycle: 1, Year: 2027},
		},
	}
	r, err := subsidy.Budget(plan, subsidy.DefaultSchedule(), subsidy.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("合计", r.Total)
	for _, p := range r.ByKind {
		fmt.Printf("%s: %d 项 %s\n", p.Kind.Chinese(), p.Count, p.Amount.Wan())
	}
	for _, p := range r.ByYear {
		fmt.Printf("%d年: %s\n", p.Year, p.Amount.Wan())
	}
	// Output:
	// 合计 2550000.00元（255万元）
	// 备案扶持资助: 3 项 120万元
	// 提档升级一次性奖励扶持: 1 项 50万元
	// 绩效评估奖励扶持: 3 项 85万元
	// 2025年: 70万元
	// 2026年: 100万元
	// 2027年: 85万元
}

// 第十七条 in both readings for a platform upgraded from 自治区级 to 国家级.
func ExampleUpgrade() {
	s := subsidy.DefaultSchedule()
	full, _ := subsidy.Upgrade(s, platform.InnovationCenter, subsidy.FiledAtCity, platform.Regional, platform.National, subsidy.Options{})
	topUp, _ := subsidy.Upgrade(s, platform.InnovationCenter, subsidy.FiledAtCity, platform.Regional, platform.National, subsidy.Options{TopUp: true})
	fmt.Println(full.Amount)
	fmt.Println(topUp.Amount)
	fmt.Println(topUp.Finding.English())
	// Output:
	// 2000000.00元（200万元）
	// 1500000.00元（150万元）
	// Art. 17 a platform upgraded to the national level receives a one-time reward of 2,000,000 yuan: wanted 2000000.00 yuan, found 1500000.00 yuan. Pass. Top-up reading (option TopUp; Art. 17 leaves it open): from regional to national level, the regional reward of 500000.00 yuan is deducted and the difference of 1500000.00 yuan is paid.
}

// 第十五条 and 第二十三条 for a field station.
func ExampleCycle() {
	s := subsidy.DefaultSchedule()
	f, _ := subsidy.Filing(s, platform.FieldStation)
	fmt.Println(f.Finding.Chinese())
	c, _ := subsidy.Cycle(s, platform.FieldStation, platform.Qualified, 1, subsidy.Options{})
	fmt.Println(c.Amount.Wan(), c.Finding.Outcome)
	// Output:
	// 第十五条 对获得市级备案的科技创新平台，分类给予扶持资助：市级野外科学观测研究站给予 20 万元扶持资助：要求20万元，实际20万元。符合。
	// 0万元 fail
}

// A batch of claims priced in one pass. The autonomous region's own reward for the filing
// is not deducted (第二十八条 reaches only 市内其他文件); the city document's 20万元 for the
// first cycle is.
func ExampleEntitleAll() {
	ledger := subsidy.Ledger{Entries: []subsidy.Entry{
		{PlatformID: "LAB-1", Benefit: subsidy.Filed(), Amount: platform.WanYuan(30),
			Source: subsidy.OtherDocumentAt(platform.Regional, "西藏自治区某科技创新平台扶持办法", platform.Date{})},
		{PlatformID: "LAB-2", Benefit: subsidy.Cycled(1), Amount: platform.WanYuan(20),
			Source: subsidy.OtherDocument("拉萨市科技人才奖励办法", platform.Date{})},
	}}
	claims := []subsidy.Claim{
		{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed()},
		{PlatformID: "LAB-2", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(1), Grade: platform.Good},
		{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed()},
	}
	ens, out, err := subsidy.EntitleAll(ledger, claims, subsidy.DefaultSchedule(), subsidy.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, en := range ens {
		fmt.Printf("%s %s: 应拨付 %s\n", en.PlatformID, en.Benefit.Chinese(), en.Payable.Wan())
	}
	fmt.Println(len(out.Entries), "条记录")
	// Output:
	// LAB-1 备案扶持资助: 应拨付 50万元
	// LAB-2 第1个评估周期绩效评估奖励扶持: 应拨付 40万元
	// LAB-1 备案扶持资助: 应拨付 0万元
	// 4 条记录
}

// 第十六、十七条: a platform recognised at 自治区级 that was never filed at city level is owed
// nothing under these measures, and one not known to be filed is Unknown.
func ExampleUpgrade_cityFiling() {
	s := subsidy.DefaultSchedule()
	never, _ := subsidy.Upgrade(s, platform.KeyLaboratory, subsidy.NotFiledAtCity, 0, platform.Regional, subsidy.Options{})
	fmt.Println(never.Amount.Wan(), never.Finding.Outcome, never.Finding.Cite())
	fmt.Println(never.Finding.NoteZh())
	unknown, _ := subsidy.Upgrade(s, platform.KeyLaboratory, subsidy.CityFilingUnknown, 0, platform.Regional, subsidy.Options{})
	fmt.Println(unknown.Amount.Wan(), unknown.Finding.Outcome)
	filed, _ := subsidy.Upgrade(s, platform.KeyLaboratory, subsidy.FiledAtCity, platform.City, platform.Regional, subsidy.Options{})
	fmt.Println(filed.Amount.Wan(), filed.Finding.Outcome)
	// Output:
	// 0万元 fail 第十六条
	// 未经市级备案，认定为自治区级不属于第十六条所称市级备案平台的提档升级，不适用第十七条，本办法不予奖励扶持，应给予 0 元。
	// 0万元 unknown
	// 50万元 pass
}

// 第二十八条 on a benefit granted before it is paid: another city document grants 20万元 for
// the first cycle; this measure pays the difference. When that grant is later paid and
// entered linked to it, it is not deducted again.
func ExampleEntitle_grantThenPaid() {
	s := subsidy.DefaultSchedule()
	doc := subsidy.OtherDocument("拉萨市科技人才奖励办法", platform.MustDate(2023, 6, 1))
	claim := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(1), Grade: platform.Good}
	granted := subsidy.Ledger{Entries: []subsidy.Entry{
		{PlatformID: "LAB-1", Benefit: subsidy.Cycled(1), Amount: platform.WanYuan(20), Source: doc, Granted: true, Ref: "拉科奖〔2027〕8号"},
	}}
	en, _, _ := subsidy.Entitle(granted, claim, s, subsidy.Options{})
	fmt.Println("批准未拨付:", en.Granted.Wan(), "扣减", en.Deducted().Wan(), "应拨付", en.Payable.Wan())
	paid := subsidy.Ledger{Entries: append(granted.Entries,
		subsidy.Entry{PlatformID: "LAB-1", Benefit: subsidy.Cycled(1), Amount: platform.WanYuan(20), Source: doc,
			Grant: "拉科奖〔2027〕8号", Date: platform.MustDate(2028, 3, 1)})}
	en, _, _ = subsidy.Entitle(paid, claim, s, subsidy.Options{})
	fmt.Println("其后拨付:", en.Granted.Wan(), "扣减", en.Deducted().Wan(), "应拨付", en.Payable.Wan())
	// Output:
	// 批准未拨付: 20万元 扣减 20万元 应拨付 40万元
	// 其后拨付: 0万元 扣减 20万元 应拨付 40万元
}

// 第二十三条 under CeaseCycleAfterUpgrade for a key laboratory filed on 2025-07-03 and
// recognised at 自治区级 on 2028-09-01: cycle 1 (to 2028-07-03) was wholly 市级 and pays,
// though it is graded after the recognition; cycle 2, in which the recognition falls, does
// not, unless the level on the cycle's first day decides (LevelAtCycleStart).
func ExampleCycleDuring() {
	s := subsidy.DefaultSchedule()
	cease := subsidy.Options{CeaseCycleAfterUpgrade: true}
	one, _ := subsidy.CycleDuring(s, platform.KeyLaboratory, platform.Excellent, 1, subsidy.Tenure{}, cease)
	two, _ := subsidy.CycleDuring(s, platform.KeyLaboratory, platform.Excellent, 2, subsidy.Tenure{End: platform.Regional}, cease)
	cease.LevelAtCycleStart = true
	twoAtStart, _ := subsidy.CycleDuring(s, platform.KeyLaboratory, platform.Excellent, 2, subsidy.Tenure{End: platform.Regional}, cease)
	fmt.Println("第1周期", one.Amount.Wan())
	fmt.Println("第2周期", two.Amount.Wan())
	fmt.Println("第2周期（以周期开始时级别为准）", twoAtStart.Amount.Wan())
	// Output:
	// 第1周期 70万元
	// 第2周期 0万元
	// 第2周期（以周期开始时级别为准） 70万元
}
