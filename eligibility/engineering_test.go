package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
)

const (
	ec2 = "附件·拉萨市工程技术研究中心 第二条"
	ec1 = "附件·拉萨市工程技术研究中心 第三条（一）"
	ecB = "附件·拉萨市工程技术研究中心 第三条（二）"
	ec3 = "附件·拉萨市工程技术研究中心 第三条（三）"
	ec4 = "附件·拉萨市工程技术研究中心 第三条（四）"
	ec5 = "附件·拉萨市工程技术研究中心 第三条（五）"
	ec6 = "附件·拉萨市工程技术研究中心 第三条（六）"
	ec7 = "附件·拉萨市工程技术研究中心 第三条（七）"
)

// engineering is an engineering technology research center that meets every criterion.
func engineering() eligibility.Application {
	return eligibility.Application{
		Type: platform.EngineeringCenter,
		Date: applied,
		Applicant: eligibility.Applicant{
			CreditCode:             code(codeLhasa),
			Kind:                   eligibility.Enterprise,
			IndependentLegalEntity: yes(),
			Alliance:               no(),
			Field:                  "数字经济",
			Integrity:              eligibility.Some([]eligibility.Incident{}),
		},
		Bans:    eligibility.Some([]eligibility.Ban{}),
		Reviews: passJudgments(platform.EngineeringCenter),
		Engineering: &eligibility.Engineering{
			OperatingSince:     day(2020, 1, 1),
			SiteArea:           dec("200"),
			FacilitiesValue:    yuan("30万元"),
			TeamSize:           n(5),
			TechnicalLeaders:   n(1),
			NewlyFounded:       no(),
			RelyingUnitSupport: yes(),
		},
	}
}

func TestEngineeringCenterBaseIsEligible(t *testing.T) {
	wantVerdict(t, engineering(), platform.Eligible)
}

func TestEngineeringCenter(t *testing.T) {
	ec := func(f func(e *eligibility.Engineering)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(a.Engineering) }
	}
	ap := func(f func(a *eligibility.Applicant)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(&a.Applicant) }
	}
	noReviews := func(a *eligibility.Application) { a.Reviews = nil }
	rows := []row{
		{name: "第二条 所列领域数字经济符合", rule: "eligibility.engineering_research_center.2.focus_field", cite: ec2, want: platform.Pass},
		{name: "第二条 括号内所列子领域青稞符合", rule: "eligibility.engineering_research_center.2.focus_field", cite: ec2,
			edit: ap(func(a *eligibility.Applicant) { a.Field = "青稞" }), want: platform.Pass},
		{name: "第二条 所列领域之外需评审", rule: "eligibility.engineering_research_center.2.focus_field", cite: ec2,
			edit: ap(func(a *eligibility.Applicant) { a.Field = "航空航天" }), want: platform.Review},
		{name: "第二条 未报领域为信息不全", rule: "eligibility.engineering_research_center.2.focus_field", cite: ec2,
			edit: ap(func(a *eligibility.Applicant) { a.Field = "" }), want: platform.Unknown},

		{name: "（一）拉萨市登记注册符合", rule: "eligibility.engineering_research_center.3.1.registered_in_lhasa", cite: ec1, want: platform.Pass},
		{name: "（一）区外登记注册不符合", rule: "eligibility.engineering_research_center.3.1.registered_in_lhasa", cite: ec1,
			edit: ap(func(a *eligibility.Applicant) { a.CreditCode = code(codeOutside) }), want: platform.Fail},
		{name: "（一）自治区本级登记需核实", rule: "eligibility.engineering_research_center.3.1.registered_in_lhasa", cite: ec1,
			edit: ap(func(a *eligibility.Applicant) { a.CreditCode = code(codeRegion) }), want: platform.Review},
		{name: "（一）未报信用代码为信息不全", rule: "eligibility.engineering_research_center.3.1.registered_in_lhasa", cite: ec1,
			edit: ap(func(a *eligibility.Applicant) { a.CreditCode = platform.CreditCode{} }), want: platform.Unknown},
		{name: "（一）独立法人单位符合", rule: "eligibility.engineering_research_center.3.1.independent_legal_entity", cite: ec1, want: platform.Pass},
		{name: "（一）非独立法人不符合", rule: "eligibility.engineering_research_center.3.1.independent_legal_entity", cite: ec1,
			edit: ap(func(a *eligibility.Applicant) { a.IndependentLegalEntity = no() }), want: platform.Fail},
		{name: "（一）未报是否独立法人为信息不全", rule: "eligibility.engineering_research_center.3.1.independent_legal_entity", cite: ec1,
			edit: ap(func(a *eligibility.Applicant) { a.IndependentLegalEntity = eligibility.Opt[bool]{} }), want: platform.Unknown},
		{name: "（一）影响力未经评审为需评审", rule: "eligibility.engineering_research_center.3.1.influence", cite: ec1, edit: noReviews, want: platform.Review},
		{name: "（一）影响力经评审认可", rule: "eligibility.engineering_research_center.3.1.influence", cite: ec1, want: platform.Pass, note: "专家组认可"},
		{name: "（一）持续运营2年期间届满次日（申报日）符合不低于2年", rule: "eligibility.engineering_research_center.3.1.operating_years", cite: ec1,
			edit: ec(func(e *eligibility.Engineering) { e.OperatingSince = day(2023, 2, 28) }), want: platform.Pass},
		{name: "（一）申报日为2年期间最后一日不符合，次日起满足", rule: "eligibility.engineering_research_center.3.1.operating_years", cite: ec1,
			edit: ec(func(e *eligibility.Engineering) { e.OperatingSince = day(2023, 3, 1) }), want: platform.Fail, short: "2025年3月2日"},
		{name: "（一）申报日在届满前一日不符合", rule: "eligibility.engineering_research_center.3.1.operating_years", cite: ec1,
			edit: func(a *eligibility.Application) {
				a.Date = day(2025, 2, 28)
				a.Engineering.OperatingSince = day(2023, 2, 28)
			},
			want: platform.Fail, short: "2025年3月1日"},
		{name: "（一）申报日在届满后第二日符合", rule: "eligibility.engineering_research_center.3.1.operating_years", cite: ec1,
			edit: func(a *eligibility.Application) {
				a.Date = day(2025, 3, 2)
				a.Engineering.OperatingSince = day(2023, 2, 28)
			},
			want: platform.Pass},
		{name: "（一）选项：期间最后一日即满足", rule: "eligibility.engineering_research_center.3.1.operating_years", cite: ec1,
			opts: eligibility.Options{Counting: platform.Counting{MetOnLastDay: true}},
			edit: ec(func(e *eligibility.Engineering) { e.OperatingSince = day(2023, 3, 1) }), want: platform.Pass},
		{name: "（一）未报运营起始日为信息不全", rule: "eligibility.engineering_research_center.3.1.operating_years", cite: ec1,
			edit: ec(func(e *eligibility.Engineering) { e.OperatingSince = platform.Date{} }), want: platform.Unknown},
		{name: "（一）非联盟申请，主建法人单位不适用", rule: "eligibility.engineering_research_center.3.1.alliance_lead_entity", cite: ec1, want: platform.Pass, note: "不适用。"},
		{name: "（一）非联盟申请，共建协议书不适用", rule: "eligibility.engineering_research_center.3.1.alliance_agreement", cite: ec1, want: platform.Pass, note: "不适用。"},
		{name: "（一）联盟申请确立主建法人单位符合", rule: "eligibility.engineering_research_center.3.1.alliance_lead_entity", cite: ec1,
			edit: func(a *eligibility.Application) {
				a.Applicant.Alliance = yes()
				a.Engineering.AllianceLeadEntity = yes()
			}, want: platform.Pass},
		{name: "（一）联盟申请未确立主建法人单位不符合", rule: "eligibility.engineering_research_center.3.1.alliance_lead_entity", cite: ec1,
			edit: func(a *eligibility.Application) {
				a.Applicant.Alliance = yes()
				a.Engineering.AllianceLeadEntity = no()
			}, want: platform.Fail},
		{name: "（一）联盟申请附共建协议书符合", rule: "eligibility.engineering_research_center.3.1.alliance_agreement", cite: ec1,
			edit: func(a *eligibility.Application) {
				a.Applicant.Alliance = yes()
				a.Engineering.AllianceAgreement = yes()
			}, want: platform.Pass},
		{name: "（一）联盟申请未附共建协议书不符合", rule: "eligibility.engineering_research_center.3.1.alliance_agreement", cite: ec1,
			edit: func(a *eligibility.Application) { a.Applicant.Alliance = yes(); a.Engineering.AllianceAgreement = no() }, want: platform.Fail},
		{name: "（一）联盟申请未报共建协议书为信息不全", rule: "eligibility.engineering_research_center.3.1.alliance_agreement", cite: ec1,
			edit: func(a *eligibility.Application) { a.Applicant.Alliance = yes() }, want: platform.Unknown},
		{name: "（一）未报是否联盟申请为信息不全", rule: "eligibility.engineering_research_center.3.1.alliance_lead_entity", cite: ec1,
			edit: ap(func(a *eligibility.Applicant) { a.Alliance = eligibility.Opt[bool]{} }), want: platform.Unknown},

		{name: "（二）发展需要未经评审为需评审", rule: "eligibility.engineering_research_center.3.2.development_fit", cite: ecB, edit: noReviews, want: platform.Review},
		{name: "（二）工程技术基础未经评审为需评审", rule: "eligibility.engineering_research_center.3.2.engineering_foundation", cite: ecB, edit: noReviews, want: platform.Review},

		{name: "（三）场所恰200㎡符合不低于", rule: "eligibility.engineering_research_center.3.3.site_area", cite: ec3, want: platform.Pass, found: "200㎡"},
		{name: "（三）场所199.99㎡差0.01㎡", rule: "eligibility.engineering_research_center.3.3.site_area", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.SiteArea = dec("199.99") }), want: platform.Fail, short: "0.01㎡"},
		{name: "（三）场所175㎡差25㎡", rule: "eligibility.engineering_research_center.3.3.site_area", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.SiteArea = dec("175") }), want: platform.Fail, short: "25㎡"},
		{name: "（三）场所200.01㎡符合", rule: "eligibility.engineering_research_center.3.3.site_area", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.SiteArea = dec("200.01") }), want: platform.Pass},
		{name: "（三）场所写作200.000㎡仍恰为200㎡", rule: "eligibility.engineering_research_center.3.3.site_area", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.SiteArea = dec("200.000") }), want: platform.Pass},
		{name: "（三）未报场所面积为信息不全", rule: "eligibility.engineering_research_center.3.3.site_area", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.SiteArea = eligibility.Opt[decimal.Decimal]{} }), want: platform.Unknown},
		{name: "（三）试验条件恰30万元符合不低于", rule: "eligibility.engineering_research_center.3.3.facilities_value", cite: ec3, want: platform.Pass, found: "30万元"},
		{name: "（三）试验条件299999.99元差1分", rule: "eligibility.engineering_research_center.3.3.facilities_value", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.FacilitiesValue = yuan("299999.99") }), want: platform.Fail, short: "0.01元"},
		{name: "（三）试验条件29万元差1万元", rule: "eligibility.engineering_research_center.3.3.facilities_value", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.FacilitiesValue = yuan("29万") }), want: platform.Fail, short: "1万元"},
		{name: "（三）试验条件300000.01元符合", rule: "eligibility.engineering_research_center.3.3.facilities_value", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.FacilitiesValue = yuan("300000.01") }), want: platform.Pass},
		{name: "（三）未报试验条件价值为信息不全", rule: "eligibility.engineering_research_center.3.3.facilities_value", cite: ec3,
			edit: ec(func(e *eligibility.Engineering) { e.FacilitiesValue = eligibility.Opt[platform.Amount]{} }), want: platform.Unknown},
		{name: "（三）组织机构与管理制度未经评审为需评审", rule: "eligibility.engineering_research_center.3.3.organisation", cite: ec3, edit: noReviews, want: platform.Review},

		{name: "（四）工程技术带头人未经评审为需评审", rule: "eligibility.engineering_research_center.3.4.technical_leader", cite: ec4, edit: noReviews, want: platform.Review},
		{name: "（四）专兼职队伍恰5人符合不低于", rule: "eligibility.engineering_research_center.3.4.team_size", cite: ec4, want: platform.Pass},
		{name: "（四）专兼职队伍4人差1人", rule: "eligibility.engineering_research_center.3.4.team_size", cite: ec4,
			edit: ec(func(e *eligibility.Engineering) { e.TeamSize = n(4) }), want: platform.Fail, short: "1人"},
		{name: "（四）专兼职队伍6人符合", rule: "eligibility.engineering_research_center.3.4.team_size", cite: ec4,
			edit: ec(func(e *eligibility.Engineering) { e.TeamSize = n(6) }), want: platform.Pass},
		{name: "（四）未报队伍人数为信息不全", rule: "eligibility.engineering_research_center.3.4.team_size", cite: ec4,
			edit: ec(func(e *eligibility.Engineering) { e.TeamSize = eligibility.Opt[int]{} }), want: platform.Unknown},
		{name: "（四）检测试验能力未经评审为需评审", rule: "eligibility.engineering_research_center.3.4.testing_capability", cite: ec4, edit: noReviews, want: platform.Review},

		{name: "（五）非新筹建中心不适用", rule: "eligibility.engineering_research_center.3.5.new_centre_plans", cite: ec5, want: platform.Pass, note: "不适用。"},
		{name: "（五）新筹建中心之计划需评审", rule: "eligibility.engineering_research_center.3.5.new_centre_plans", cite: ec5,
			edit: func(a *eligibility.Application) { a.Engineering.NewlyFounded = yes(); a.Reviews = nil }, want: platform.Review},
		{name: "（五）新筹建中心之计划经评审认可", rule: "eligibility.engineering_research_center.3.5.new_centre_plans", cite: ec5,
			edit: ec(func(e *eligibility.Engineering) { e.NewlyFounded = yes() }), want: platform.Pass, note: "专家组认可"},
		{name: "（五）未报是否新筹建为信息不全", rule: "eligibility.engineering_research_center.3.5.new_centre_plans", cite: ec5,
			edit: ec(func(e *eligibility.Engineering) { e.NewlyFounded = eligibility.Opt[bool]{} }), want: platform.Unknown},

		{name: "（六）依托单位提供保障", rule: "eligibility.engineering_research_center.3.6.relying_unit_support", cite: ec6, want: platform.Pass},
		{name: "（六）依托单位不提供保障不符合", rule: "eligibility.engineering_research_center.3.6.relying_unit_support", cite: ec6,
			edit: ec(func(e *eligibility.Engineering) { e.RelyingUnitSupport = no() }), want: platform.Fail},
		{name: "（六）未报保障为信息不全", rule: "eligibility.engineering_research_center.3.6.relying_unit_support", cite: ec6,
			edit: ec(func(e *eligibility.Engineering) { e.RelyingUnitSupport = eligibility.Opt[bool]{} }), want: platform.Unknown},

		{name: "（七）无失信和学术不端记录", rule: "eligibility.engineering_research_center.3.7.integrity", cite: ec7, want: platform.Pass},
		{name: "（七）申报前2年首日的失信记录不符合", rule: "eligibility.engineering_research_center.3.7.integrity", cite: ec7,
			edit: ap(func(a *eligibility.Applicant) {
				a.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Dishonesty, Date: day(2023, 3, 1), Unit: "共建单位"}})
			}), want: platform.Fail, short: "2025年3月2日"},
		{name: "（七）申报前2年之前一日的失信记录不计", rule: "eligibility.engineering_research_center.3.7.integrity", cite: ec7,
			edit: ap(func(a *eligibility.Applicant) {
				a.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Dishonesty, Date: day(2023, 2, 28)}})
			}), want: platform.Pass},
		{name: "（七）未报诚信记录为信息不全", rule: "eligibility.engineering_research_center.3.7.integrity", cite: ec7,
			edit: ap(func(a *eligibility.Applicant) { a.Integrity = eligibility.Opt[[]eligibility.Incident]{} }), want: platform.Unknown},
	}
	rows = append(rows, qualityRows("（三）场所“相对固定、集中”",
		"eligibility.engineering_research_center.3.3.site_fixed_and_concentrated", ec3,
		"eligibility.engineering_research_center.3.3.site_area")...)
	rows = append(rows, qualityRows("（四）“水平较高的”专兼职队伍",
		"eligibility.engineering_research_center.3.4.team_level", ec4,
		"eligibility.engineering_research_center.3.4.team_size")...)
	runRows(t, engineering, rows)
}
