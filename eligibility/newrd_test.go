package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
)

const (
	nr2 = "附件·拉萨市新型研发机构 第二条"
	nr1 = "附件·拉萨市新型研发机构 第三条（一）"
	nrB = "附件·拉萨市新型研发机构 第三条（二）"
	nr3 = "附件·拉萨市新型研发机构 第三条（三）"
	nrA = "附件·拉萨市新型研发机构 第三条（三）农业类"
	nrI = "附件·拉萨市新型研发机构 第三条（三）工业类"
	nrS = "附件·拉萨市新型研发机构 第三条（三）服务类"
	nrO = "附件·拉萨市新型研发机构 第三条（三）其他类"
	nr4 = "附件·拉萨市新型研发机构 第三条（四）"
	nr5 = "附件·拉萨市新型研发机构 第三条（五）"
	nr6 = "附件·拉萨市新型研发机构 第三条（六）"
	nr7 = "附件·拉萨市新型研发机构 第三条（七）"
)

func fns(fs ...eligibility.Function) eligibility.Opt[[]eligibility.Function] {
	return eligibility.Some(fs)
}

// newRD is an industrial new-type R&D institution that meets every criterion.
func newRD() eligibility.Application {
	return eligibility.Application{
		Type: platform.NewRDInstitution,
		Date: applied,
		Applicant: eligibility.Applicant{
			CreditCode:             code(codeLhasa),
			Kind:                   eligibility.Enterprise,
			IndependentLegalEntity: yes(),
			Field:                  "数字经济产业",
			Integrity:              eligibility.Some([]eligibility.Incident{}),
		},
		Bans:    eligibility.Some([]eligibility.Ban{}),
		Reviews: passJudgments(platform.NewRDInstitution),
		NewRD: &eligibility.NewRD{
			RegisteredOn:           day(2020, 1, 1),
			MultiInvestor:          yes(),
			Board:                  yes(),
			DirectorResponsibility: yes(),
			Charter:                yes(),
			Category:               platform.Industry,
			ResearchArea:           dec("1000"),
			EquipmentValue:         yuan("300万元"),
			Functions:              fns(eligibility.Consulting, eligibility.PilotTesting, eligibility.Transfer, eligibility.Training),
			Employees:              n(100),
			ResearchStaff:          n(60),
			QualifiedEmployees:     n(51),
			QualifiedResearchStaff: n(40),
			BachelorRDStaff:        n(10),
			TechnicalLeaders:       n(1),
			FoundingEnterprise:     yes(),
			Partners:               eligibility.Some([]eligibility.Partner{{Kind: eligibility.PartnerUniversity}}),
			ServiceCases:           n(3),
			IncomeSources:          eligibility.Some([]string{"技术服务收入"}),
		},
	}
}

// agriculture and service turn the base into the other categories, meeting every criterion.
func agriculture(a *eligibility.Application) {
	r := a.NewRD
	r.Category = platform.Agriculture
	r.OfficeArea, r.ResearchArea, r.FieldArea = dec("500"), dec("500"), dec("1000")
	r.EquipmentValue = yuan("100万元")
	r.Functions = fns(eligibility.Consulting, eligibility.PilotTesting, eligibility.Incubation, eligibility.Training)
}

func service(a *eligibility.Application) {
	r := a.NewRD
	r.Category = platform.Service
	r.OfficeArea, r.ResearchArea, r.EquipmentValue = dec("300"), eligibility.Opt[decimal.Decimal]{}, eligibility.Opt[platform.Amount]{}
	r.Functions = fns(eligibility.Consulting, eligibility.Inspection, eligibility.Transfer, eligibility.Training)
}

func TestNewRDInstitutionBaseIsEligible(t *testing.T) {
	wantVerdict(t, newRD(), platform.Eligible)
	a := newRD()
	agriculture(&a)
	wantVerdict(t, a, platform.Eligible)
	s := newRD()
	service(&s)
	wantVerdict(t, s, platform.Eligible)
}

func TestNewRDInstitution(t *testing.T) {
	nd := func(f func(r *eligibility.NewRD)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(a.NewRD) }
	}
	then := func(first func(*eligibility.Application), f func(r *eligibility.NewRD)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { first(a); f(a.NewRD) }
	}
	ap := func(f func(a *eligibility.Applicant)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(&a.Applicant) }
	}
	noReviews := func(a *eligibility.Application) { a.Reviews = nil }
	staffBase := eligibility.Options{DegreeRatioOverResearchStaff: true}
	rows := []row{
		{name: "第二条 所列领域数字经济产业符合", rule: "eligibility.new_rd_institution.2.focus_field", cite: nr2, want: platform.Pass},
		{name: "第二条 所列领域之外需评审", rule: "eligibility.new_rd_institution.2.focus_field", cite: nr2,
			edit: ap(func(a *eligibility.Applicant) { a.Field = "生物制药" }), want: platform.Review},
		{name: "第二条 未报领域为信息不全", rule: "eligibility.new_rd_institution.2.focus_field", cite: nr2,
			edit: ap(func(a *eligibility.Applicant) { a.Field = "" }), want: platform.Unknown},

		{name: "（一）符合发展战略未经评审为需评审", rule: "eligibility.new_rd_institution.3.1.strategic_fit", cite: nr1, edit: noReviews, want: platform.Review},
		{name: "（一）承担重大项目能力未经评审为需评审", rule: "eligibility.new_rd_institution.3.1.major_project_capacity", cite: nr1, edit: noReviews, want: platform.Review},
		{name: "（一）具有独立法人资格符合", rule: "eligibility.new_rd_institution.3.1.independent_legal_entity", cite: nr1, want: platform.Pass},
		{name: "（一）不具有独立法人资格不符合", rule: "eligibility.new_rd_institution.3.1.independent_legal_entity", cite: nr1,
			edit: ap(func(a *eligibility.Applicant) { a.IndependentLegalEntity = no() }), want: platform.Fail},

		{name: "（一）未报是否具有独立法人资格为信息不全", rule: "eligibility.new_rd_institution.3.1.independent_legal_entity", cite: nr1,
			edit: ap(func(a *eligibility.Applicant) { a.IndependentLegalEntity = eligibility.Opt[bool]{} }), want: platform.Unknown},
		{name: "（二）自治区本级登记需核实", rule: "eligibility.new_rd_institution.3.2.registered_in_lhasa", cite: nrB,
			edit: ap(func(a *eligibility.Applicant) { a.CreditCode = code(codeRegion) }), want: platform.Review},
		{name: "（二）未报信用代码为信息不全", rule: "eligibility.new_rd_institution.3.2.registered_in_lhasa", cite: nrB,
			edit: ap(func(a *eligibility.Applicant) { a.CreditCode = platform.CreditCode{} }), want: platform.Unknown},
		{name: "（二）在拉萨市登记注册符合", rule: "eligibility.new_rd_institution.3.2.registered_in_lhasa", cite: nrB, want: platform.Pass},
		{name: "（二）在区外登记注册不符合", rule: "eligibility.new_rd_institution.3.2.registered_in_lhasa", cite: nrB,
			edit: ap(func(a *eligibility.Applicant) { a.CreditCode = code(codeOutside) }), want: platform.Fail},
		{name: "（二）登记注册满2年：届满次日申报符合", rule: "eligibility.new_rd_institution.3.2.registration_years", cite: nrB,
			edit: nd(func(r *eligibility.NewRD) { r.RegisteredOn = day(2023, 2, 28) }), want: platform.Pass},
		{name: "（二）登记注册满2年：期间最后一日申报不符合", rule: "eligibility.new_rd_institution.3.2.registration_years", cite: nrB,
			edit: nd(func(r *eligibility.NewRD) { r.RegisteredOn = day(2023, 3, 1) }), want: platform.Fail, short: "2025年3月2日"},
		{name: "（二）登记注册满2年：届满前一日申报不符合", rule: "eligibility.new_rd_institution.3.2.registration_years", cite: nrB,
			edit: func(a *eligibility.Application) { a.Date = day(2025, 2, 28); a.NewRD.RegisteredOn = day(2023, 2, 28) },
			want: platform.Fail, short: "2025年3月1日"},
		{name: "（二）登记注册满2年：届满后第二日申报符合", rule: "eligibility.new_rd_institution.3.2.registration_years", cite: nrB,
			edit: func(a *eligibility.Application) { a.Date = day(2025, 3, 2); a.NewRD.RegisteredOn = day(2023, 2, 28) },
			want: platform.Pass},
		{name: "（二）未报登记注册日为信息不全", rule: "eligibility.new_rd_institution.3.2.registration_years", cite: nrB,
			edit: nd(func(r *eligibility.NewRD) { r.RegisteredOn = platform.Date{} }), want: platform.Unknown},
		{name: "（二）运营管理制度未经评审为需评审", rule: "eligibility.new_rd_institution.3.2.management_and_direction", cite: nrB, edit: noReviews, want: platform.Review},
		{name: "（二）多元投资实行理事会决策制符合", rule: "eligibility.new_rd_institution.3.2.board_decision", cite: nrB, want: platform.Pass},
		{name: "（二）多元投资未实行理事会决策制“原则上应”需评审而非不符合", rule: "eligibility.new_rd_institution.3.2.board_decision", cite: nrB,
			edit: then(noReviews, func(r *eligibility.NewRD) { r.Board = no() }), want: platform.Review},
		{name: "（二）单一投资不适用理事会决策制", rule: "eligibility.new_rd_institution.3.2.board_decision", cite: nrB,
			edit: nd(func(r *eligibility.NewRD) { r.MultiInvestor, r.Board = no(), no() }), want: platform.Pass, note: "非多元投资设立，不适用。"},
		{name: "（二）未报是否多元投资且未实行理事会为信息不全", rule: "eligibility.new_rd_institution.3.2.board_decision", cite: nrB,
			edit: nd(func(r *eligibility.NewRD) { r.MultiInvestor, r.Board = eligibility.Opt[bool]{}, no() }), want: platform.Unknown},
		{name: "（二）多元投资未报理事会为信息不全", rule: "eligibility.new_rd_institution.3.2.board_decision", cite: nrB,
			edit: nd(func(r *eligibility.NewRD) { r.Board = eligibility.Opt[bool]{} }), want: platform.Unknown},
		{name: "（二）多元投资实行院长负责制符合", rule: "eligibility.new_rd_institution.3.2.director_responsibility", cite: nrB, want: platform.Pass},
		{name: "（二）单一投资不适用院长负责制", rule: "eligibility.new_rd_institution.3.2.director_responsibility", cite: nrB,
			edit: nd(func(r *eligibility.NewRD) { r.MultiInvestor, r.DirectorResponsibility = no(), no() }), want: platform.Pass, note: "非多元投资设立，不适用。"},
		{name: "（二）多元投资未实行院长负责制需评审", rule: "eligibility.new_rd_institution.3.2.director_responsibility", cite: nrB,
			edit: then(noReviews, func(r *eligibility.NewRD) { r.DirectorResponsibility = no() }), want: platform.Review},
		{name: "（二）未实行院长负责制经评审认可", rule: "eligibility.new_rd_institution.3.2.director_responsibility", cite: nrB,
			edit: func(a *eligibility.Application) {
				a.NewRD.DirectorResponsibility = no()
				a.Reviews = []eligibility.Review{{Rule: "eligibility.new_rd_institution.3.2.director_responsibility", Outcome: platform.Pass, NoteZh: "实行执行委员会负责制"}}
			}, want: platform.Pass, note: "实行执行委员会负责制"},
		{name: "（二）多元投资依章程管理运行符合", rule: "eligibility.new_rd_institution.3.2.charter", cite: nrB, want: platform.Pass},
		{name: "（二）多元投资未报章程为信息不全", rule: "eligibility.new_rd_institution.3.2.charter", cite: nrB,
			edit: nd(func(r *eligibility.NewRD) { r.Charter = eligibility.Opt[bool]{} }), want: platform.Unknown},
		{name: "（二）多元投资未依章程管理需评审", rule: "eligibility.new_rd_institution.3.2.charter", cite: nrB,
			edit: then(noReviews, func(r *eligibility.NewRD) { r.Charter = no() }), want: platform.Review},

		{name: "（三）工业类为所列类别", rule: "eligibility.new_rd_institution.3.3.category", cite: nr3, want: platform.Pass, found: "工业"},
		{name: "（三）未报类别为信息不全", rule: "eligibility.new_rd_institution.3.3.category", cite: nr3,
			edit: nd(func(r *eligibility.NewRD) { r.Category = 0 }), want: platform.Unknown},
		{name: "（三）其他类“一事一议”需评审", rule: "eligibility.new_rd_institution.3.3.other_case_by_case", cite: nrO,
			edit: then(noReviews, func(r *eligibility.NewRD) { r.Category = platform.OtherCategory }), want: platform.Review},
		{name: "（三）其他类经一事一议认可", rule: "eligibility.new_rd_institution.3.3.other_case_by_case", cite: nrO,
			edit: nd(func(r *eligibility.NewRD) { r.Category = platform.OtherCategory }), want: platform.Pass},

		{name: "（三）农业类“较好的软硬件设施”未经评审为需评审", rule: "eligibility.new_rd_institution.3.3.agriculture_facilities", cite: nrA,
			edit: func(a *eligibility.Application) { agriculture(a); a.Reviews = nil }, want: platform.Review},
		{name: "（三）农业类软硬件设施经评审认可", rule: "eligibility.new_rd_institution.3.3.agriculture_facilities", cite: nrA,
			edit: agriculture, want: platform.Pass, note: "专家组认可"},
		{name: "（三）工业类“较好的科研硬件设施”未经评审为需评审", rule: "eligibility.new_rd_institution.3.3.industry_facilities", cite: nrI,
			edit: noReviews, want: platform.Review},
		{name: "（三）工业类科研硬件设施经评审不予认可", rule: "eligibility.new_rd_institution.3.3.industry_facilities", cite: nrI,
			edit: func(a *eligibility.Application) {
				a.Reviews = []eligibility.Review{{Rule: "eligibility.new_rd_institution.3.3.industry_facilities", Outcome: platform.Fail, NoteZh: "中试设备不足"}}
			}, want: platform.Fail, note: "中试设备不足"},
		{name: "（三）服务类“较好的软硬件设施”未经评审为需评审", rule: "eligibility.new_rd_institution.3.3.service_facilities", cite: nrS,
			edit: func(a *eligibility.Application) { service(a); a.Reviews = nil }, want: platform.Review},
		{name: "（三）农业类办公、科研、实验田合计恰2000㎡符合不少于", rule: "eligibility.new_rd_institution.3.3.agriculture_area", cite: nrA,
			edit: agriculture, want: platform.Pass, found: "2000㎡"},
		{name: "（三）农业类合计1999.99㎡差0.01㎡", rule: "eligibility.new_rd_institution.3.3.agriculture_area", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) { r.FieldArea = dec("999.99") }), want: platform.Fail, short: "0.01㎡"},
		{name: "（三）农业类合计2000.01㎡符合", rule: "eligibility.new_rd_institution.3.3.agriculture_area", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) { r.FieldArea = dec("1000.01") }), want: platform.Pass},
		{name: "（三）农业类未报实验田而已报部分已达2000㎡符合", rule: "eligibility.new_rd_institution.3.3.agriculture_area", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) {
				r.FieldArea, r.ResearchArea = eligibility.Opt[decimal.Decimal]{}, dec("1500")
			}),
			want: platform.Pass, note: "部分面积未报，已报面积合计即已达标。"},
		{name: "（三）农业类未报实验田且已报部分不足为信息不全", rule: "eligibility.new_rd_institution.3.3.agriculture_area", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) { r.FieldArea = eligibility.Opt[decimal.Decimal]{} }), want: platform.Unknown},
		{name: "（三）农业类设备恰100万元符合不低于", rule: "eligibility.new_rd_institution.3.3.agriculture_equipment", cite: nrA, edit: agriculture, want: platform.Pass},
		{name: "（三）农业类设备99万元差1万元", rule: "eligibility.new_rd_institution.3.3.agriculture_equipment", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) { r.EquipmentValue = yuan("99万元") }), want: platform.Fail, short: "1万元"},
		{name: "（三）农业类设备1000000.01元符合", rule: "eligibility.new_rd_institution.3.3.agriculture_equipment", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) { r.EquipmentValue = yuan("1000000.01") }), want: platform.Pass},
		{name: "（三）农业类未报设备价值为信息不全", rule: "eligibility.new_rd_institution.3.3.agriculture_equipment", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) { r.EquipmentValue = eligibility.Opt[platform.Amount]{} }), want: platform.Unknown},
		{name: "（三）农业类以孵化满足“成果转化或孵化”", rule: "eligibility.new_rd_institution.3.3.agriculture_functions", cite: nrA, edit: agriculture, want: platform.Pass, found: "4项"},
		{name: "（三）农业类缺人才培训功能差1项", rule: "eligibility.new_rd_institution.3.3.agriculture_functions", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) {
				r.Functions = fns(eligibility.Consulting, eligibility.PilotTesting, eligibility.Incubation)
			}), want: platform.Fail, short: "1项"},
		{name: "（三）农业类未报功能为信息不全", rule: "eligibility.new_rd_institution.3.3.agriculture_functions", cite: nrA,
			edit: then(agriculture, func(r *eligibility.NewRD) { r.Functions = eligibility.Opt[[]eligibility.Function]{} }), want: platform.Unknown},

		{name: "（三）工业类科研用房恰1000㎡符合以上", rule: "eligibility.new_rd_institution.3.3.industry_area", cite: nrI, want: platform.Pass},
		{name: "（三）工业类科研用房999.99㎡差0.01㎡", rule: "eligibility.new_rd_institution.3.3.industry_area", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) { r.ResearchArea = dec("999.99") }), want: platform.Fail, short: "0.01㎡"},
		{name: "（三）工业类科研用房1000.01㎡符合", rule: "eligibility.new_rd_institution.3.3.industry_area", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) { r.ResearchArea = dec("1000.01") }), want: platform.Pass},
		{name: "（三）工业类未报科研用房为信息不全", rule: "eligibility.new_rd_institution.3.3.industry_area", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) { r.ResearchArea = eligibility.Opt[decimal.Decimal]{} }), want: platform.Unknown},
		{name: "（三）工业类设备恰300万元符合不低于", rule: "eligibility.new_rd_institution.3.3.industry_equipment", cite: nrI, want: platform.Pass},
		{name: "（三）工业类设备2999999.99元差1分", rule: "eligibility.new_rd_institution.3.3.industry_equipment", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) { r.EquipmentValue = yuan("2999999.99") }), want: platform.Fail, short: "0.01元"},
		{name: "（三）工业类设备3000000.01元符合", rule: "eligibility.new_rd_institution.3.3.industry_equipment", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) { r.EquipmentValue = yuan("3000000.01") }), want: platform.Pass},
		{name: "（三）工业类未报设备价值为信息不全", rule: "eligibility.new_rd_institution.3.3.industry_equipment", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) { r.EquipmentValue = eligibility.Opt[platform.Amount]{} }), want: platform.Unknown},
		{name: "（三）工业类功能齐全", rule: "eligibility.new_rd_institution.3.3.industry_functions", cite: nrI, want: platform.Pass},
		{name: "（三）工业类以孵化代替成果转化差1项", rule: "eligibility.new_rd_institution.3.3.industry_functions", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) {
				r.Functions = fns(eligibility.Consulting, eligibility.PilotTesting, eligibility.Incubation, eligibility.Training)
			}), want: platform.Fail, short: "1项"},
		{name: "（三）工业类以检验检测代替检测中试差1项", rule: "eligibility.new_rd_institution.3.3.industry_functions", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) {
				r.Functions = fns(eligibility.Consulting, eligibility.Inspection, eligibility.Transfer, eligibility.Training)
			}), want: platform.Fail, short: "1项"},
		{name: "（三）工业类另有其他功能不影响", rule: "eligibility.new_rd_institution.3.3.industry_functions", cite: nrI,
			edit: nd(func(r *eligibility.NewRD) {
				r.Functions = fns(eligibility.Consulting, eligibility.PilotTesting, eligibility.Transfer, eligibility.Training, eligibility.Incubation, eligibility.Inspection)
			}), want: platform.Pass},

		{name: "（三）服务类办公面积恰300㎡符合不少于", rule: "eligibility.new_rd_institution.3.3.service_area", cite: nrS, edit: service, want: platform.Pass},
		{name: "（三）服务类办公面积299.99㎡差0.01㎡", rule: "eligibility.new_rd_institution.3.3.service_area", cite: nrS,
			edit: then(service, func(r *eligibility.NewRD) { r.OfficeArea = dec("299.99") }), want: platform.Fail, short: "0.01㎡"},
		{name: "（三）服务类办公面积300.01㎡符合", rule: "eligibility.new_rd_institution.3.3.service_area", cite: nrS,
			edit: then(service, func(r *eligibility.NewRD) { r.OfficeArea = dec("300.01") }), want: platform.Pass},
		{name: "（三）服务类未报办公面积为信息不全", rule: "eligibility.new_rd_institution.3.3.service_area", cite: nrS,
			edit: then(service, func(r *eligibility.NewRD) { r.OfficeArea = eligibility.Opt[decimal.Decimal]{} }), want: platform.Unknown},
		{name: "（三）服务类功能齐全", rule: "eligibility.new_rd_institution.3.3.service_functions", cite: nrS, edit: service, want: platform.Pass},
		{name: "（三）服务类以检测中试代替检验检测差1项", rule: "eligibility.new_rd_institution.3.3.service_functions", cite: nrS,
			edit: then(service, func(r *eligibility.NewRD) {
				r.Functions = fns(eligibility.Consulting, eligibility.PilotTesting, eligibility.Transfer, eligibility.Training)
			}), want: platform.Fail, short: "1项"},
		{name: "（三）服务类未报功能为信息不全", rule: "eligibility.new_rd_institution.3.3.service_functions", cite: nrS,
			edit: then(service, func(r *eligibility.NewRD) { r.Functions = eligibility.Opt[[]eligibility.Function]{} }), want: platform.Unknown},
		{name: "（三）服务类仅有咨询服务差3项", rule: "eligibility.new_rd_institution.3.3.service_functions", cite: nrS,
			edit: then(service, func(r *eligibility.NewRD) { r.Functions = fns(eligibility.Consulting) }), want: platform.Fail, short: "3项"},

		{name: "（四）科研人员60/100恰60%符合以上", rule: "eligibility.new_rd_institution.3.4.research_staff_ratio", cite: nr4, want: platform.Pass},
		{name: "（四）科研人员59/100不足60%，计入总数须再增3人", rule: "eligibility.new_rd_institution.3.4.research_staff_ratio", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.ResearchStaff = n(59) }), want: platform.Fail, short: "3人"},
		{name: "（四）科研人员61/100符合", rule: "eligibility.new_rd_institution.3.4.research_staff_ratio", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.ResearchStaff = n(61) }), want: platform.Pass},
		{name: "（四）未报职工总人数为信息不全", rule: "eligibility.new_rd_institution.3.4.research_staff_ratio", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.Employees = eligibility.Opt[int]{} }), want: platform.Unknown},
		{name: "（四）本科或中级以上51/100高于50%符合", rule: "eligibility.new_rd_institution.3.4.degree_or_title_ratio", cite: nr4, want: platform.Pass},
		{name: "（四）本科或中级以上50/100恰为50%不高于50%，须再增1人", rule: "eligibility.new_rd_institution.3.4.degree_or_title_ratio", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.QualifiedEmployees = n(50) }), want: platform.Fail, short: "1人"},
		{name: "（四）本科或中级以上49/100，须再增3人", rule: "eligibility.new_rd_institution.3.4.degree_or_title_ratio", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.QualifiedEmployees = n(49) }), want: platform.Fail, short: "3人"},
		{name: "（四）未报本科或中级以上人数为信息不全", rule: "eligibility.new_rd_institution.3.4.degree_or_title_ratio", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.QualifiedEmployees = eligibility.Opt[int]{} }), want: platform.Unknown},
		{name: "（四）默认以职工总数为基数：50/100不符合", rule: "eligibility.new_rd_institution.3.4.degree_or_title_ratio", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.QualifiedEmployees, r.QualifiedResearchStaff = n(50), n(40) }), want: platform.Fail, short: "1人"},
		{name: "（四）选项以科研人员为基数：40/60高于50%符合", rule: "eligibility.new_rd_institution.3.4.degree_or_title_ratio", cite: nr4, opts: staffBase,
			edit: nd(func(r *eligibility.NewRD) { r.QualifiedEmployees, r.QualifiedResearchStaff = n(50), n(40) }),
			want: platform.Pass, note: "实际为本科学历或中级职称以上的科研人员数，以科研人员为基数（选项）；尚差人数计入总数。"},
		{name: "（四）选项以科研人员为基数：30/60恰为50%不符合", rule: "eligibility.new_rd_institution.3.4.degree_or_title_ratio", cite: nr4, opts: staffBase,
			edit: nd(func(r *eligibility.NewRD) { r.QualifiedResearchStaff = n(30) }), want: platform.Fail, short: "1人"},
		{name: "（四）本科以上研发人员恰10人符合以上", rule: "eligibility.new_rd_institution.3.4.bachelor_rd_staff", cite: nr4, want: platform.Pass},
		{name: "（四）本科以上研发人员9人差1人", rule: "eligibility.new_rd_institution.3.4.bachelor_rd_staff", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.BachelorRDStaff = n(9) }), want: platform.Fail, short: "1人"},
		{name: "（四）本科以上研发人员11人符合", rule: "eligibility.new_rd_institution.3.4.bachelor_rd_staff", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.BachelorRDStaff = n(11) }), want: platform.Pass},
		{name: "（四）未报本科以上研发人员为信息不全", rule: "eligibility.new_rd_institution.3.4.bachelor_rd_staff", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.BachelorRDStaff = eligibility.Opt[int]{} }), want: platform.Unknown},
		{name: "（四）技术带头人恰1人符合以上", rule: "eligibility.new_rd_institution.3.4.technical_leader", cite: nr4, want: platform.Pass},
		{name: "（四）无技术带头人差1人", rule: "eligibility.new_rd_institution.3.4.technical_leader", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.TechnicalLeaders = n(0) }), want: platform.Fail, short: "1人"},
		{name: "（四）技术带头人2人符合", rule: "eligibility.new_rd_institution.3.4.technical_leader", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.TechnicalLeaders = n(2) }), want: platform.Pass},
		{name: "（四）未报技术带头人为信息不全", rule: "eligibility.new_rd_institution.3.4.technical_leader", cite: nr4,
			edit: nd(func(r *eligibility.NewRD) { r.TechnicalLeaders = eligibility.Opt[int]{} }), want: platform.Unknown},

		{name: "（五）骨干企业发起并投资符合", rule: "eligibility.new_rd_institution.3.5.founding_enterprise", cite: nr5, want: platform.Pass},
		{name: "（五）非骨干企业发起不符合", rule: "eligibility.new_rd_institution.3.5.founding_enterprise", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) { r.FoundingEnterprise = no() }), want: platform.Fail},
		{name: "（五）未报发起人为信息不全", rule: "eligibility.new_rd_institution.3.5.founding_enterprise", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) { r.FoundingEnterprise = eligibility.Opt[bool]{} }), want: platform.Unknown},
		{name: "（五）依托高等院校符合", rule: "eligibility.new_rd_institution.3.5.relying_institution", cite: nr5, want: platform.Pass},
		{name: "（五）依托科研院所符合", rule: "eligibility.new_rd_institution.3.5.relying_institution", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) {
				r.Partners = eligibility.Some([]eligibility.Partner{{Kind: eligibility.PartnerInstitute}})
			}), want: platform.Pass},
		{name: "（五）依托自治区级重点实验室（含）符合", rule: "eligibility.new_rd_institution.3.5.relying_institution", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) {
				r.Partners = eligibility.Some([]eligibility.Partner{{Kind: eligibility.PartnerKeyLaboratory, Level: platform.Regional}})
			}), want: platform.Pass},
		{name: "（五）依托国家级重点实验室符合", rule: "eligibility.new_rd_institution.3.5.relying_institution", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) {
				r.Partners = eligibility.Some([]eligibility.Partner{{Kind: eligibility.PartnerKeyLaboratory, Level: platform.National}})
			}), want: platform.Pass},
		{name: "（五）仅依托市级重点实验室不符合", rule: "eligibility.new_rd_institution.3.5.relying_institution", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) {
				r.Partners = eligibility.Some([]eligibility.Partner{{Kind: eligibility.PartnerKeyLaboratory, Level: platform.City}, {Kind: eligibility.PartnerOther}})
			}), want: platform.Fail},
		{name: "（五）重点实验室未注明级别为信息不全", rule: "eligibility.new_rd_institution.3.5.relying_institution", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) {
				r.Partners = eligibility.Some([]eligibility.Partner{{Kind: eligibility.PartnerKeyLaboratory}})
			}), want: platform.Unknown},
		{name: "（五）无依托对象不符合", rule: "eligibility.new_rd_institution.3.5.relying_institution", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) { r.Partners = eligibility.Some([]eligibility.Partner{}) }), want: platform.Fail},
		{name: "（五）未报依托对象为信息不全", rule: "eligibility.new_rd_institution.3.5.relying_institution", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) { r.Partners = eligibility.Opt[[]eligibility.Partner]{} }), want: platform.Unknown},
		{name: "（五）服务案例恰3项符合不低于", rule: "eligibility.new_rd_institution.3.5.service_cases", cite: nr5, want: platform.Pass},
		{name: "（五）服务案例2项差1项", rule: "eligibility.new_rd_institution.3.5.service_cases", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) { r.ServiceCases = n(2) }), want: platform.Fail, short: "1项"},
		{name: "（五）服务案例4项符合", rule: "eligibility.new_rd_institution.3.5.service_cases", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) { r.ServiceCases = n(4) }), want: platform.Pass},
		{name: "（五）未报服务案例为信息不全", rule: "eligibility.new_rd_institution.3.5.service_cases", cite: nr5,
			edit: nd(func(r *eligibility.NewRD) { r.ServiceCases = eligibility.Opt[int]{} }), want: platform.Unknown},

		{name: "（四）稳定的技术研发和服务人员队伍未经评审为需评审", rule: "eligibility.new_rd_institution.3.4.stable_team", cite: nr4, edit: noReviews, want: platform.Review},
		{name: "（四）人员队伍稳定经评审认可", rule: "eligibility.new_rd_institution.3.4.stable_team", cite: nr4, want: platform.Pass, note: "专家组认可"},
		{name: "（六）稳定收入来源未经评审为需评审", rule: "eligibility.new_rd_institution.3.6.stable_income", cite: nr6, edit: noReviews, want: platform.Review},

		{name: "（七）无失信和学术不端记录", rule: "eligibility.new_rd_institution.3.7.integrity", cite: nr7, want: platform.Pass},
		{name: "（七）申报前一日的失信记录不符合", rule: "eligibility.new_rd_institution.3.7.integrity", cite: nr7,
			edit: ap(func(a *eligibility.Applicant) {
				a.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Dishonesty, Date: day(2025, 2, 28)}})
			}), want: platform.Fail, short: "2027年3月1日"},
		{name: "（七）申报前2年首日2023-03-01的学术不端不符合，2025-03-02起方可", rule: "eligibility.new_rd_institution.3.7.integrity", cite: nr7,
			edit: ap(func(a *eligibility.Applicant) {
				a.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Misconduct, Date: day(2023, 3, 1)}})
			}), want: platform.Fail, short: "2025年3月2日"},
		{name: "（七）申报前2年之前一日2023-02-28的记录不计", rule: "eligibility.new_rd_institution.3.7.integrity", cite: nr7,
			edit: ap(func(a *eligibility.Applicant) {
				a.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Misconduct, Date: day(2023, 2, 28)}})
			}), want: platform.Pass},
		{name: "（七）申报当日2025-03-01的记录默认不在申报前2年内", rule: "eligibility.new_rd_institution.3.7.integrity", cite: nr7,
			edit: ap(func(a *eligibility.Applicant) {
				a.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Misconduct, Date: day(2025, 3, 1)}})
			}), want: platform.Pass},
		{name: "（七）未报诚信记录为信息不全", rule: "eligibility.new_rd_institution.3.7.integrity", cite: nr7,
			edit: ap(func(a *eligibility.Applicant) { a.Integrity = eligibility.Opt[[]eligibility.Incident]{} }), want: platform.Unknown},
	}
	runRows(t, newRD, rows)
}

// TestNewRDInstitutionCategoryCriteria proves that only the criteria of the category
// applied for are checked.
func TestNewRDInstitutionCategoryCriteria(t *testing.T) {
	cases := []struct {
		name     string
		edit     func(*eligibility.Application)
		has, not []string
	}{
		{"工业类只检查科研用房、设备与工业类功能", nil,
			[]string{"eligibility.new_rd_institution.3.3.industry_area", "eligibility.new_rd_institution.3.3.industry_equipment", "eligibility.new_rd_institution.3.3.industry_functions"},
			[]string{"eligibility.new_rd_institution.3.3.agriculture_area", "eligibility.new_rd_institution.3.3.service_area", "eligibility.new_rd_institution.3.3.other_case_by_case"}},
		{"农业类只检查合计面积、设备与农业类功能", agriculture,
			[]string{"eligibility.new_rd_institution.3.3.agriculture_area", "eligibility.new_rd_institution.3.3.agriculture_equipment", "eligibility.new_rd_institution.3.3.agriculture_functions"},
			[]string{"eligibility.new_rd_institution.3.3.industry_area", "eligibility.new_rd_institution.3.3.service_functions"}},
		{"服务类不检查设备价值", service,
			[]string{"eligibility.new_rd_institution.3.3.service_area", "eligibility.new_rd_institution.3.3.service_functions"},
			[]string{"eligibility.new_rd_institution.3.3.industry_equipment", "eligibility.new_rd_institution.3.3.agriculture_equipment"}},
		{"其他类只作一事一议", func(a *eligibility.Application) { a.NewRD.Category = platform.OtherCategory },
			[]string{"eligibility.new_rd_institution.3.3.category", "eligibility.new_rd_institution.3.3.other_case_by_case"},
			[]string{"eligibility.new_rd_institution.3.3.industry_area", "eligibility.new_rd_institution.3.3.agriculture_area", "eligibility.new_rd_institution.3.3.service_area"}},
		{"未报类别时不检查任何类别条件", func(a *eligibility.Application) { a.NewRD.Category = 0 },
			[]string{"eligibility.new_rd_institution.3.3.category"},
			[]string{"eligibility.new_rd_institution.3.3.industry_area", "eligibility.new_rd_institution.3.3.agriculture_area", "eligibility.new_rd_institution.3.3.service_area", "eligibility.new_rd_institution.3.3.other_case_by_case"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			app := newRD()
			if tc.edit != nil {
				tc.edit(&app)
			}
			res, err := eligibility.Check(app, eligibility.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range tc.has {
				if _, ok := res.Finding(id); !ok {
					t.Errorf("no finding for %s", id)
				}
			}
			for _, id := range tc.not {
				if _, ok := res.Finding(id); ok {
					t.Errorf("unexpected finding for %s", id)
				}
			}
		})
	}
}
