package eligibility_test

import (
	"fmt"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
)

// A key laboratory that meets the filing standard: every fact supplied, and the reviewers'
// findings on the clauses of judgment recorded.
func ExampleCheck() {
	some := eligibility.Some[int]
	var papers []platform.Date
	var projects []eligibility.Project
	for i := 1; i <= 5; i++ {
		papers = append(papers, platform.MustDate(2024, i, 10))
		projects = append(projects, eligibility.Project{Level: eligibility.PlanRegional, Role: eligibility.TookPart, Date: platform.MustDate(2023, i, 1)})
	}
	app := eligibility.Application{
		Type: platform.KeyLaboratory,
		Date: platform.MustDate(2025, 3, 1),
		Applicant: eligibility.Applicant{
			Name:                   "拉萨某大学",
			CreditCode:             platform.MustCreditCode("91540100MA6T000019"),
			Kind:                   eligibility.University,
			IndependentLegalEntity: eligibility.Some(true),
			Field:                  "藏医药资源保护与开发",
			Integrity:              eligibility.Some([]eligibility.Incident{}),
		},
		// Checked against the platform's history (lifecycle): no ban of 第二十四、二十五条.
		Bans: eligibility.Some([]eligibility.Ban{}),
		KeyLab: &eligibility.KeyLab{
			LabArea:             eligibility.Some(decimal.RequireFromString("320.5")),
			EquipmentValue:      eligibility.Some(platform.MustAmount("68万元")),
			BuiltSince:          platform.MustDate(2021, 9, 1),
			TeamSize:            some(12),
			Projects:            eligibility.Some(projects),
			Papers:              eligibility.Some(papers),
			FullTimeResearchers: some(16),
			MidOrSenior:         some(7),
			Senior:              some(2),
			MasterDegreeRight:   eligibility.Some(true),
			RelyingUnitSupport:  eligibility.Some(true),
		},
	}
	for _, r := range eligibility.Catalog(platform.KeyLaboratory) {
		if eligibility.Judgment(r.ID) {
			app.Reviews = append(app.Reviews, eligibility.Review{Rule: r.ID, Outcome: platform.Pass, NoteZh: "专家论证通过"})
		}
	}
	res, err := eligibility.Check(app, eligibility.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Verdict.Chinese(), res.Verdict)
	fmt.Println(res.Len(), "findings")
	for _, id := range []string{"eligibility.key_laboratory.3.1.lab_area", "eligibility.key_laboratory.3.2.construction_years"} {
		f, _ := res.Finding(id)
		fmt.Println(f.Chinese())
		fmt.Println(f.English())
	}
	// Output:
	// 符合备案标准 eligible
	// 27 findings
	// 附件·拉萨市重点实验室 第三条（一） 实验室面积不少于300m2：要求300㎡，实际320.5㎡。符合。
	// Annex, key laboratory, Art. 3(1) laboratory area of at least 300 m²: wanted 300 m², found 320.5 m². Pass.
	// 附件·拉萨市重点实验室 第三条（二） 具有2年以上建设基础：要求2年，实际2021年9月1日。符合。
	// Annex, key laboratory, Art. 3(2) 2 years or more of construction: wanted 2 years, found 2021-09-01. Pass.
}

// A new-type R&D institution of the industrial category that fails two criteria: its
// research building is 25 ㎡ short of 1000 ㎡, and exactly half its employees hold a
// degree or an intermediate title, where the clause asks for more than half.
func ExampleCheck_newRDInstitutionFails() {
	some := eligibility.Some[int]
	app := eligibility.Application{
		Type: platform.NewRDInstitution,
		Date: platform.MustDate(2025, 3, 1),
		Applicant: eligibility.Applicant{
			CreditCode:             platform.MustCreditCode("91540100MA6T000019"),
			IndependentLegalEntity: eligibility.Some(true),
			Field:                  "高原绿色工业产业",
			Integrity:              eligibility.Some([]eligibility.Incident{}),
		},
		Bans: eligibility.Some([]eligibility.Ban{}),
		NewRD: &eligibility.NewRD{
			RegisteredOn:       platform.MustDate(2022, 6, 1),
			MultiInvestor:      eligibility.Some(false),
			Category:           platform.Industry,
			ResearchArea:       eligibility.Some(decimal.RequireFromString("975")),
			EquipmentValue:     eligibility.Some(platform.MustAmount("320万元")),
			Functions:          eligibility.Some([]eligibility.Function{eligibility.Consulting, eligibility.PilotTesting, eligibility.Transfer, eligibility.Training}),
			Employees:          some(40),
			ResearchStaff:      some(26),
			QualifiedEmployees: some(20),
			BachelorRDStaff:    some(12),
			TechnicalLeaders:   some(2),
			FoundingEnterprise: eligibility.Some(true),
			Partners:           eligibility.Some([]eligibility.Partner{{Kind: eligibility.PartnerKeyLaboratory, Level: platform.Regional}}),
			ServiceCases:       some(4),
		},
	}
	res, err := eligibility.Check(app, eligibility.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(res.Verdict.Chinese())
	for _, f := range res.Findings() {
		if f.Outcome == platform.Fail {
			fmt.Println(f.Chinese())
			fmt.Println(f.English())
		}
	}
	// Output:
	// 不符合备案标准
	// 附件·拉萨市新型研发机构 第三条（三）工业类 其自主可支配的科研用房面积在1000㎡以上：要求1000㎡，实际975㎡，尚差25㎡。不符合。
	// Annex, new-type R&D institution, Art. 3(3) 工业类 self-controlled research building area of 1000 m² or more: wanted 1000 m², found 975 m², short by 25 m². Fail.
	// 附件·拉萨市新型研发机构 第三条（四） 本科学历或中级职称以上的人员比例高于50%：要求50%，实际20人，尚差1人。不符合。实际为本科学历或中级职称以上的人数，基数为职工总人数；尚差人数计入总数。
	// Annex, new-type R&D institution, Art. 3(4) more than 50% hold a bachelor's degree or an intermediate or higher title: wanted 50%, found 20 persons, short by 1 person. Fail. Found: employees with a degree or an intermediate title, of all employees; a shortfall counts the added persons in the total.
}

// The criteria of a type, with their citations, as an auditor's checklist.
func ExampleCatalog() {
	for _, r := range eligibility.Catalog(platform.ClinicalCenter)[:7] {
		fmt.Println(r.ID, "—", r.Cite)
	}
	// Output:
	// eligibility.2.within_lhasa — 第二条
	// eligibility.24.ban — 第二十四条
	// eligibility.25.ban — 第二十五条
	// eligibility.clinical_research_center.2.focus_field — 附件·拉萨市临床医学研究中心 第二条
	// eligibility.clinical_research_center.3.1.lead_hospital_in_city — 附件·拉萨市临床医学研究中心 第三条（一）
	// eligibility.clinical_research_center.3.1.lead_unit_is_hospital — 附件·拉萨市临床医学研究中心 第三条（一）
	// eligibility.clinical_research_center.3.1.hospital_grade — 附件·拉萨市临床医学研究中心 第三条（一）
}

// Another edition of the thresholds: a revised table that asks for 400 ㎡ of laboratory.
// The rule states the new number, and the result carries the new table's fingerprint.
func ExampleNew() {
	th := eligibility.DefaultThresholds()
	th.KeyLabAreaM2.Value = decimal.RequireFromString("400")
	c, err := eligibility.New(th)
	if err != nil {
		fmt.Println(err)
		return
	}
	app := eligibility.Application{
		Type:   platform.KeyLaboratory,
		Date:   platform.MustDate(2025, 3, 1),
		KeyLab: &eligibility.KeyLab{LabArea: eligibility.Some(decimal.RequireFromString("320.5"))},
	}
	res, err := c.Check(app, eligibility.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := res.Finding("eligibility.key_laboratory.3.1.lab_area")
	fmt.Println(f.Chinese())
	def, _ := eligibility.Check(app, eligibility.Options{})
	fmt.Println(res.Edition.Fingerprint != def.Edition.Fingerprint)
	// Output:
	// 附件·拉萨市重点实验室 第三条（一） 实验室面积不少于400m2：要求400㎡，实际320.5㎡，尚差79.5㎡。不符合。
	// true
}

// A cohort checked into one reused Result: each check overwrites it, and nothing is
// allocated for the findings. Here two key laboratories that differ only in laboratory area.
func ExampleCheckInto() {
	var res eligibility.Result
	for _, area := range []string{"300", "299.99"} {
		app := eligibility.Application{
			Type:   platform.KeyLaboratory,
			Date:   platform.MustDate(2025, 3, 1),
			KeyLab: &eligibility.KeyLab{LabArea: eligibility.Some(decimal.RequireFromString(area))},
		}
		if err := eligibility.CheckInto(&res, app, eligibility.Options{}); err != nil {
			fmt.Println(err)
			return
		}
		for _, f := range res.All() {
			if f.Outcome == platform.Fail {
				fmt.Println(area, f.Chinese())
			}
		}
		fmt.Println(area, res.Verdict, res.Len(), "findings")
	}
	// Output:
	// 300 incomplete 27 findings
	// 299.99 附件·拉萨市重点实验室 第三条（一） 实验室面积不少于300m2：要求300㎡，实际299.99㎡，尚差0.01㎡。不符合。
	// 299.99 ineligible 27 findings
}

// A portal builds its form from the facts of a type: each with its JSON path, kind, unit,
// labels and the rules it feeds.
func ExampleFacts() {
	for _, f := range eligibility.Facts(platform.KeyLaboratory) {
		if f.Kind == eligibility.AreaFact || f.Kind == eligibility.MoneyFact {
			fmt.Printf("%s (%s, %s): %s %s → %s\n", f.Path, f.Kind, f.Unit.Chinese(), f.Zh, f.En, strings.Join(f.Rules, ", "))
		}
	}
	// Output:
	// key_laboratory.lab_area (area, ㎡): 实验室面积 laboratory area → eligibility.key_laboratory.3.1.lab_area
	// key_laboratory.equipment_value (money, 元): 仪器设备等固定资产价值 value of instruments, equipment and other fixed assets → eligibility.key_laboratory.3.1.equipment_value
}

// The facts behind two conclusions of a key laboratory run by an enterprise: its projects,
// each with its plan level and span, and its graduate training, as the two facts 第三条（六）
// names. The rules are named by their constants; each finding says why, and the options
// give the other readings.
func ExampleCheck_factsBehindTheConclusion() {
	d := platform.MustDate
	app := eligibility.Application{
		Type:      platform.KeyLaboratory,
		Date:      d(2025, 3, 1),
		Applicant: eligibility.Applicant{Kind: eligibility.Enterprise},
		KeyLab: &eligibility.KeyLab{
			Projects: eligibility.Some([]eligibility.Project{
				// Started before 近三年 (2022-03-01 to 2025-02-28), ended on its first day.
				{Level: eligibility.PlanRegional, Role: eligibility.Undertook, Date: d(2021, 6, 1), End: d(2022, 3, 1)},
				// Ongoing: it ends after the application date.
				{Level: eligibility.PlanNational, Role: eligibility.TookPart, Date: d(2023, 9, 1), End: d(2026, 8, 31)},
				{Level: eligibility.PlanCity, Role: eligibility.Undertook, Date: d(2024, 3, 5)},
				{Level: eligibility.PlanCity, Role: eligibility.Undertook, Date: d(2024, 8, 30)},
				// A county-level project: valid, not counted.
				{Level: eligibility.PlanCounty, Role: eligibility.Undertook, Date: d(2024, 1, 10)},
			}),
			JointTrainingAgreement: eligibility.Some(true),
			DualSupervisors:        eligibility.Some(false),
			OtherTrainingEvidence:  eligibility.Some(false),
		},
	}
	for _, opts := range []eligibility.Options{{}, {ProjectsByStart: true, GraduateTrainingEitherFact: true}} {
		res, err := eligibility.Check(app, opts)
		if err != nil {
			fmt.Println(err)
			return
		}
		for _, id := range []string{eligibility.RuleKeyLabProjects, eligibility.RuleKeyLabGraduateTraining} {
			f, _ := res.Finding(id)
			fmt.Println(f.Outcome, f.Found.English(), f.Shortfall.English(), "|", f.NoteEn())
		}
	}
	// Output:
	// fail 4 items 1 item | County-level plan projects are not named by the clause and do not count.
	// fail no  | No dual-supervisor system (the clause joins both with 及: both are needed), and no other evidence.
	// fail 3 items 2 items | County-level plan projects are not named by the clause and do not count.
	// pass yes  | A joint-training agreement or a dual-supervisor system suffices (GraduateTrainingEitherFact option).
}
