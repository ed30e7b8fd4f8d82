package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

const (
	cc2 = "附件·拉萨市临床医学研究中心 第二条"
	cc1 = "附件·拉萨市临床医学研究中心 第三条（一）"
	ccB = "附件·拉萨市临床医学研究中心 第三条（二）"
	cc3 = "附件·拉萨市临床医学研究中心 第三条（三）"
	cc4 = "附件·拉萨市临床医学研究中心 第三条（四）"
	cc5 = "附件·拉萨市临床医学研究中心 第三条（五）"
)

// clinical is a clinical medical research center that meets every criterion.
func clinical() eligibility.Application {
	return eligibility.Application{
		Type: platform.ClinicalCenter,
		Date: applied,
		Applicant: eligibility.Applicant{
			CreditCode: code(codeLhasa),
			Kind:       eligibility.Hospital,
			Field:      "心脑血管",
		},
		Bans:    eligibility.Some([]eligibility.Ban{}),
		Reviews: passJudgments(platform.ClinicalCenter),
		Clinical: &eligibility.Clinical{
			HospitalGrade:      eligibility.Grade3A,
			ResearchConditions: yes(),
			ResearchEquipment:  yes(),
			Projects:           eligibility.Some([]eligibility.Project{{Level: eligibility.PlanRegional, Role: eligibility.TookPart, Date: day(2024, 1, 1)}}),
			CityHospitals:      n(1),
			CountyInstitutions: n(3),
			Charter:            yes(),
			Managers:           yes(),
		},
	}
}

func TestClinicalCenterBaseIsEligible(t *testing.T) {
	wantVerdict(t, clinical(), platform.Eligible)
}

func TestClinicalCenter(t *testing.T) {
	cl := func(f func(c *eligibility.Clinical)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(a.Clinical) }
	}
	grade := func(g eligibility.HospitalGrade) func(*eligibility.Application) {
		return cl(func(c *eligibility.Clinical) { c.HospitalGrade = g })
	}
	proj := func(ps ...eligibility.Project) func(*eligibility.Application) {
		return cl(func(c *eligibility.Clinical) { c.Projects = eligibility.Some(ps) })
	}
	var none eligibility.Opt[bool]
	noReviews := func(a *eligibility.Application) { a.Reviews = nil }
	rows := []row{
		{name: "第二条 所列领域心脑血管符合", rule: "eligibility.clinical_research_center.2.focus_field", cite: cc2, want: platform.Pass},
		{name: "第二条 所列领域之外需评审", rule: "eligibility.clinical_research_center.2.focus_field", cite: cc2,
			edit: func(a *eligibility.Application) { a.Applicant.Field = "眼科" }, want: platform.Review},
		{name: "第二条 未报领域为信息不全", rule: "eligibility.clinical_research_center.2.focus_field", cite: cc2,
			edit: func(a *eligibility.Application) { a.Applicant.Field = "" }, want: platform.Unknown},

		{name: "（一）牵头医院在市域内", rule: "eligibility.clinical_research_center.3.1.lead_hospital_in_city", cite: cc1, want: platform.Pass},
		{name: "（一）牵头医院在市域外不符合", rule: "eligibility.clinical_research_center.3.1.lead_hospital_in_city", cite: cc1,
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeOutside) }, want: platform.Fail},
		{name: "（一）自治区本级登记的医院需核实是否在市域内", rule: "eligibility.clinical_research_center.3.1.lead_hospital_in_city", cite: cc1,
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeRegion); a.Reviews = nil }, want: platform.Review},
		{name: "（一）三级甲等符合三级乙等以上", rule: "eligibility.clinical_research_center.3.1.hospital_grade", cite: cc1, want: platform.Pass, found: "三级甲等"},
		{name: "（一）三级乙等恰为界限符合以上", rule: "eligibility.clinical_research_center.3.1.hospital_grade", cite: cc1, edit: grade(eligibility.Grade3B), want: platform.Pass},
		{name: "（一）三级特等符合", rule: "eligibility.clinical_research_center.3.1.hospital_grade", cite: cc1, edit: grade(eligibility.Grade3Special), want: platform.Pass},
		{name: "（一）三级丙等低于三级乙等不符合", rule: "eligibility.clinical_research_center.3.1.hospital_grade", cite: cc1, edit: grade(eligibility.Grade3C), want: platform.Fail},
		{name: "（一）二级甲等不符合（级别优先于等次）", rule: "eligibility.clinical_research_center.3.1.hospital_grade", cite: cc1, edit: grade(eligibility.Grade2A), want: platform.Fail},
		{name: "（一）未定级医院不符合", rule: "eligibility.clinical_research_center.3.1.hospital_grade", cite: cc1, edit: grade(eligibility.Ungraded), want: platform.Fail, found: "未定级"},
		{name: "（一）未报医院等级为信息不全", rule: "eligibility.clinical_research_center.3.1.hospital_grade", cite: cc1, edit: grade(0), want: platform.Unknown},
		{name: "（一）具备临床研究实验条件", rule: "eligibility.clinical_research_center.3.1.research_conditions", cite: cc1, want: platform.Pass},
		{name: "（一）不具备临床研究实验条件不符合", rule: "eligibility.clinical_research_center.3.1.research_conditions", cite: cc1,
			edit: cl(func(c *eligibility.Clinical) { c.ResearchConditions = no() }), want: platform.Fail},
		{name: "（一）未报临床研究实验条件为信息不全", rule: "eligibility.clinical_research_center.3.1.research_conditions", cite: cc1,
			edit: cl(func(c *eligibility.Clinical) { c.ResearchConditions = none }), want: platform.Unknown},
		{name: "（一）病床和病例数“一定数量”未经评审为需评审", rule: "eligibility.clinical_research_center.3.1.beds_and_cases", cite: cc1, edit: noReviews, want: platform.Review},
		{name: "（一）牵头医院未报信用代码为信息不全", rule: "eligibility.clinical_research_center.3.1.lead_hospital_in_city", cite: cc1,
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = platform.CreditCode{} }, want: platform.Unknown},
		{name: "（一）具备研究试验设备", rule: "eligibility.clinical_research_center.3.1.research_equipment", cite: cc1, want: platform.Pass},
		{name: "（一）不具备研究试验设备不符合", rule: "eligibility.clinical_research_center.3.1.research_equipment", cite: cc1,
			edit: cl(func(c *eligibility.Clinical) { c.ResearchEquipment = no() }), want: platform.Fail},

		{name: "（二）临床专家带头人未经评审为需评审", rule: "eligibility.clinical_research_center.3.2.clinical_leader", cite: ccB, edit: noReviews, want: platform.Review},
		{name: "（二）临床研究人才队伍未经评审为需评审", rule: "eligibility.clinical_research_center.3.2.research_team", cite: ccB, edit: noReviews, want: platform.Review},

		{name: "（三）标志性成果未经评审为需评审", rule: "eligibility.clinical_research_center.3.3.landmark_results", cite: cc3, edit: noReviews, want: platform.Review},
		{name: "（三）申报前3年内参与自治区科技计划符合", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3, want: platform.Pass, found: "1项"},
		{name: "（三）申报前3年内承担市级科技计划项目符合", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: proj(eligibility.Project{Level: eligibility.PlanCity, Role: eligibility.Undertook, Date: day(2023, 5, 1)}), want: platform.Pass},
		{name: "（三）仅参与市级项目不符合（条款要求承担）", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: proj(eligibility.Project{Level: eligibility.PlanCity, Role: eligibility.TookPart, Date: day(2023, 5, 1)}), want: platform.Fail, short: "1项"},
		{name: "（三）市级项目未注明承担或参与为信息不全", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: proj(eligibility.Project{Level: eligibility.PlanCity, Date: day(2023, 5, 1)}), want: platform.Unknown},
		{name: "（三）国家级项目不在条款所列", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: proj(eligibility.Project{Level: eligibility.PlanNational, Role: eligibility.Undertook, Date: day(2023, 5, 1)}), want: platform.Fail, short: "1项"},
		{name: "（三）默认按字面：仅参与国家级科技计划不符合，并注明另一读法", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: proj(eligibility.Project{Level: eligibility.PlanNational, Role: eligibility.TookPart, Date: day(2023, 5, 1)}), want: platform.Fail, short: "1项",
			found: "0项", note: "国家级项目不在条款所列，按字面不计（选项HigherPlansCount可计入）。"},
		{name: "（三）选项：参与国家级科技计划亦符合", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			opts: eligibility.Options{HigherPlansCount: true},
			edit: proj(eligibility.Project{Level: eligibility.PlanNational, Role: eligibility.TookPart, Date: day(2023, 5, 1)}), want: platform.Pass,
			found: "1项", note: "国家级科技计划项目计入（选项）。"},
		{name: "（三）选项：承担国家级科技计划项目亦符合", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			opts: eligibility.Options{HigherPlansCount: true},
			edit: proj(eligibility.Project{Level: eligibility.PlanNational, Role: eligibility.Undertook, Date: day(2023, 5, 1)}), want: platform.Pass},
		{name: "（三）选项：国家级项目未注明承担或参与亦符合（参与即足）", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			opts: eligibility.Options{HigherPlansCount: true},
			edit: proj(eligibility.Project{Level: eligibility.PlanNational, Date: day(2023, 5, 1)}), want: platform.Pass},
		{name: "（三）选项：申报前3年首日2022-03-01的国家级项目计入", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			opts: eligibility.Options{HigherPlansCount: true},
			edit: proj(eligibility.Project{Level: eligibility.PlanNational, Role: eligibility.TookPart, Date: day(2022, 3, 1)}), want: platform.Pass},
		{name: "（三）选项：申报前3年之前一日2022-02-28立项并结题的国家级项目不计", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			opts: eligibility.Options{HigherPlansCount: true},
			edit: proj(eligibility.Project{Level: eligibility.PlanNational, Role: eligibility.TookPart, Date: day(2022, 2, 28), End: day(2022, 2, 28)}), want: platform.Fail, short: "1项"},
		{name: "（三）选项下仅参与市级项目仍不符合（市级须承担）", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			opts: eligibility.Options{HigherPlansCount: true},
			edit: proj(eligibility.Project{Level: eligibility.PlanCity, Role: eligibility.TookPart, Date: day(2023, 5, 1)}), want: platform.Fail, short: "1项"},
		{name: "（三）选项下自治区级项目照常计入", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			opts: eligibility.Options{HigherPlansCount: true}, want: platform.Pass, found: "1项"},
		{name: "（三）申报前3年首日2022-03-01的项目计入", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: proj(eligibility.Project{Level: eligibility.PlanRegional, Role: eligibility.TookPart, Date: day(2022, 3, 1)}), want: platform.Pass},
		{name: "（三）申报前3年之前一日2022-02-28立项并结题的项目不计", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: proj(eligibility.Project{Level: eligibility.PlanRegional, Role: eligibility.TookPart, Date: day(2022, 2, 28), End: day(2022, 2, 28)}), want: platform.Fail, short: "1项"},
		{name: "（三）申报前一日2025-02-28的项目计入", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: proj(eligibility.Project{Level: eligibility.PlanRegional, Role: eligibility.Undertook, Date: day(2025, 2, 28)}), want: platform.Pass},
		{name: "（三）无任何项目不符合", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3, edit: proj(), want: platform.Fail, short: "1项"},
		{name: "（三）未报项目为信息不全", rule: "eligibility.clinical_research_center.3.3.plan_projects", cite: cc3,
			edit: cl(func(c *eligibility.Clinical) { c.Projects = eligibility.Opt[[]eligibility.Project]{} }), want: platform.Unknown},

		{name: "（四）协同网络未经评审为需评审", rule: "eligibility.clinical_research_center.3.4.network", cite: cc4, edit: noReviews, want: platform.Review},
		{name: "（四）市级优势医院恰1家符合不少于", rule: "eligibility.clinical_research_center.3.4.city_hospitals", cite: cc4, want: platform.Pass},
		{name: "（四）无市级优势医院差1家", rule: "eligibility.clinical_research_center.3.4.city_hospitals", cite: cc4,
			edit: cl(func(c *eligibility.Clinical) { c.CityHospitals = n(0) }), want: platform.Fail, short: "1家"},
		{name: "（四）市级优势医院2家符合", rule: "eligibility.clinical_research_center.3.4.city_hospitals", cite: cc4,
			edit: cl(func(c *eligibility.Clinical) { c.CityHospitals = n(2) }), want: platform.Pass},
		{name: "（四）未报市级优势医院为信息不全", rule: "eligibility.clinical_research_center.3.4.city_hospitals", cite: cc4,
			edit: cl(func(c *eligibility.Clinical) { c.CityHospitals = eligibility.Opt[int]{} }), want: platform.Unknown},
		{name: "（四）县区基层医疗机构恰3家符合不少于", rule: "eligibility.clinical_research_center.3.4.county_institutions", cite: cc4, want: platform.Pass},
		{name: "（四）县区基层医疗机构2家差1家", rule: "eligibility.clinical_research_center.3.4.county_institutions", cite: cc4,
			edit: cl(func(c *eligibility.Clinical) { c.CountyInstitutions = n(2) }), want: platform.Fail, short: "1家"},
		{name: "（四）县区基层医疗机构4家符合", rule: "eligibility.clinical_research_center.3.4.county_institutions", cite: cc4,
			edit: cl(func(c *eligibility.Clinical) { c.CountyInstitutions = n(4) }), want: platform.Pass},
		{name: "（四）未报县区基层医疗机构为信息不全", rule: "eligibility.clinical_research_center.3.4.county_institutions", cite: cc4,
			edit: cl(func(c *eligibility.Clinical) { c.CountyInstitutions = eligibility.Opt[int]{} }), want: platform.Unknown},

		{name: "（五）有管理章程，规章制度完备经评审认可", rule: "eligibility.clinical_research_center.3.5.charter", cite: cc5, want: platform.Pass, note: "专家组认可"},
		{name: "（五）有管理章程，规章制度是否完备（管理制度健全）未经评审为需评审", rule: "eligibility.clinical_research_center.3.5.charter", cite: cc5,
			edit: noReviews, want: platform.Review},
		{name: "（五）有管理章程，评审认为规章制度不完备不符合", rule: "eligibility.clinical_research_center.3.5.charter", cite: cc5,
			edit: func(a *eligibility.Application) {
				a.Reviews = []eligibility.Review{{Rule: "eligibility.clinical_research_center.3.5.charter", Outcome: platform.Fail, NoteZh: "缺少数据管理制度"}}
			}, want: platform.Fail, note: "缺少数据管理制度"},
		{name: "（五）无管理章程，规章制度不完备不符合（评审不改变）", rule: "eligibility.clinical_research_center.3.5.charter", cite: cc5,
			edit: cl(func(c *eligibility.Clinical) { c.Charter = no() }), want: platform.Fail},
		{name: "（五）未报规章制度为信息不全", rule: "eligibility.clinical_research_center.3.5.charter", cite: cc5,
			edit: cl(func(c *eligibility.Clinical) { c.Charter = none }), want: platform.Unknown},
		{name: "（五）具备专职管理人员", rule: "eligibility.clinical_research_center.3.5.managers", cite: cc5, want: platform.Pass},
		{name: "（五）无专职管理人员不符合", rule: "eligibility.clinical_research_center.3.5.managers", cite: cc5,
			edit: cl(func(c *eligibility.Clinical) { c.Managers = no() }), want: platform.Fail},
		{name: "（五）未报专职管理人员为信息不全", rule: "eligibility.clinical_research_center.3.5.managers", cite: cc5,
			edit: cl(func(c *eligibility.Clinical) { c.Managers = none }), want: platform.Unknown},

		{name: "（一）未报研究试验设备为信息不全", rule: "eligibility.clinical_research_center.3.1.research_equipment", cite: cc1,
			edit: cl(func(c *eligibility.Clinical) { c.ResearchEquipment = none }), want: platform.Unknown},
		{name: "第二十五条 选项：申报前2年首日2023-03-01的失信记录不符合，2025-03-02起方可", rule: "eligibility.clinical_research_center.25.integrity", cite: "第二十五条",
			opts: eligibility.Options{IntegrityForAllSections: true},
			edit: func(a *eligibility.Application) {
				a.Applicant.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Dishonesty, Date: day(2023, 3, 1)}})
			}, want: platform.Fail, short: "2025年3月2日"},
		{name: "第二十五条 选项：申报前2年之前一日2023-02-28的记录不计", rule: "eligibility.clinical_research_center.25.integrity", cite: "第二十五条",
			opts: eligibility.Options{IntegrityForAllSections: true},
			edit: func(a *eligibility.Application) {
				a.Applicant.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Dishonesty, Date: day(2023, 2, 28)}})
			}, want: platform.Pass},
		{name: "第二十五条 选项：未报诚信记录为信息不全", rule: "eligibility.clinical_research_center.25.integrity", cite: "第二十五条",
			opts: eligibility.Options{IntegrityForAllSections: true}, want: platform.Unknown},
		{name: "第二十五条 选项：无失信和学术不端记录符合", rule: "eligibility.clinical_research_center.25.integrity", cite: "第二十五条",
			opts: eligibility.Options{IntegrityForAllSections: true},
			edit: func(a *eligibility.Application) { a.Applicant.Integrity = eligibility.Some([]eligibility.Incident{}) }, want: platform.Pass},
	}
	runRows(t, clinical, rows)
}
