package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

const (
	ic2 = "附件·拉萨市技术创新中心 第二条"
	ic1 = "附件·拉萨市技术创新中心 第三条（一）"
	icB = "附件·拉萨市技术创新中心 第三条（二）"
	ic3 = "附件·拉萨市技术创新中心 第三条（三）"
	ic4 = "附件·拉萨市技术创新中心 第三条（四）"
	ic5 = "附件·拉萨市技术创新中心 第三条（五）"
	ic6 = "附件·拉萨市技术创新中心 第三条（六）"
)

// innovation is a technology innovation center that meets every criterion.
func innovation() eligibility.Application {
	return eligibility.Application{
		Type: platform.InnovationCenter,
		Date: applied,
		Applicant: eligibility.Applicant{
			CreditCode:             code(codeLhasa),
			Kind:                   eligibility.Enterprise,
			IndependentLegalEntity: yes(),
			Alliance:               no(),
			Field:                  "智能制造",
			Integrity:              eligibility.Some([]eligibility.Incident{}),
		},
		Bans:    eligibility.Some([]eligibility.Ban{}),
		Reviews: passJudgments(platform.InnovationCenter),
		Innovation: &eligibility.Innovation{
			OperatingSince: day(2020, 1, 1),
			PublicServices: yes(),
			TeamSize:       n(20),
			ServiceCases:   n(5),
		},
	}
}

func TestInnovationCenterBaseIsEligible(t *testing.T) {
	wantVerdict(t, innovation(), platform.Eligible)
}

func TestInnovationCenter(t *testing.T) {
	ic := func(f func(i *eligibility.Innovation)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(a.Innovation) }
	}
	ap := func(f func(a *eligibility.Applicant)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(&a.Applicant) }
	}
	allianceNoCode := ap(func(a *eligibility.Applicant) {
		a.CreditCode, a.Alliance, a.IndependentLegalEntity = platform.CreditCode{}, yes(), no()
	})
	noReviews := func(a *eligibility.Application) { a.Reviews = nil }
	rows := []row{
		{name: "第二条 所列领域智能制造符合", rule: "eligibility.technology_innovation_center.2.focus_field", cite: ic2, want: platform.Pass},
		{name: "第二条 所列领域碳达峰碳中和符合", rule: "eligibility.technology_innovation_center.2.focus_field", cite: ic2,
			edit: ap(func(a *eligibility.Applicant) { a.Field = "碳达峰碳中和" }), want: platform.Pass},
		{name: "第二条 所列领域之外需评审", rule: "eligibility.technology_innovation_center.2.focus_field", cite: ic2,
			edit: ap(func(a *eligibility.Applicant) { a.Field = "深海探测" }), want: platform.Review},
		{name: "第二条 未报领域为信息不全", rule: "eligibility.technology_innovation_center.2.focus_field", cite: ic2,
			edit: ap(func(a *eligibility.Applicant) { a.Field = "" }), want: platform.Unknown},

		{name: "第二条（正文）无信用代码的产业技术联盟需核实所在地", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: allianceNoCode, want: platform.Review},
		{name: "（一）无信用代码的产业技术联盟登记地需核实", rule: "eligibility.technology_innovation_center.3.1.registered_in_lhasa", cite: ic1,
			edit: allianceNoCode, want: platform.Review},
		{name: "（一）非联盟且未报信用代码为信息不全", rule: "eligibility.technology_innovation_center.3.1.registered_in_lhasa", cite: ic1,
			edit: ap(func(a *eligibility.Applicant) { a.CreditCode = platform.CreditCode{} }), want: platform.Unknown},
		{name: "（一）有信用代码的联盟按代码判断：区外不符合", rule: "eligibility.technology_innovation_center.3.1.registered_in_lhasa", cite: ic1,
			edit: ap(func(a *eligibility.Applicant) { a.CreditCode, a.Alliance = code(codeOutside), yes() }), want: platform.Fail},
		{name: "（一）拉萨市登记注册符合", rule: "eligibility.technology_innovation_center.3.1.registered_in_lhasa", cite: ic1, want: platform.Pass},
		{name: "（一）独立法人实体单位符合", rule: "eligibility.technology_innovation_center.3.1.entity_or_alliance", cite: ic1, want: platform.Pass},
		{name: "（一）产业技术联盟组织符合", rule: "eligibility.technology_innovation_center.3.1.entity_or_alliance", cite: ic1, edit: allianceNoCode, want: platform.Pass},
		{name: "（一）既非独立法人也非联盟不符合", rule: "eligibility.technology_innovation_center.3.1.entity_or_alliance", cite: ic1,
			edit: ap(func(a *eligibility.Applicant) { a.IndependentLegalEntity = no() }), want: platform.Fail},
		{name: "（一）非独立法人且未报是否联盟为信息不全", rule: "eligibility.technology_innovation_center.3.1.entity_or_alliance", cite: ic1,
			edit: ap(func(a *eligibility.Applicant) { a.IndependentLegalEntity, a.Alliance = no(), eligibility.Opt[bool]{} }), want: platform.Unknown},
		{name: "（一）运营满2年：届满次日申报符合", rule: "eligibility.technology_innovation_center.3.1.operating_years", cite: ic1,
			edit: ic(func(i *eligibility.Innovation) { i.OperatingSince = day(2023, 2, 28) }), want: platform.Pass},
		{name: "（一）运营满2年：期间最后一日申报不符合", rule: "eligibility.technology_innovation_center.3.1.operating_years", cite: ic1,
			edit: ic(func(i *eligibility.Innovation) { i.OperatingSince = day(2023, 3, 1) }), want: platform.Fail, short: "2025年3月2日"},
		{name: "（一）运营满2年：届满前一日申报不符合", rule: "eligibility.technology_innovation_center.3.1.operating_years", cite: ic1,
			edit: func(a *eligibility.Application) {
				a.Date = day(2025, 2, 28)
				a.Innovation.OperatingSince = day(2023, 2, 28)
			},
			want: platform.Fail, short: "2025年3月1日"},
		{name: "（一）运营满2年：届满后第二日申报符合", rule: "eligibility.technology_innovation_center.3.1.operating_years", cite: ic1,
			edit: func(a *eligibility.Application) {
				a.Date = day(2025, 3, 2)
				a.Innovation.OperatingSince = day(2023, 2, 28)
			},
			want: platform.Pass},
		{name: "（一）未报运营起始日为信息不全", rule: "eligibility.technology_innovation_center.3.1.operating_years", cite: ic1,
			edit: ic(func(i *eligibility.Innovation) { i.OperatingSince = platform.Date{} }), want: platform.Unknown},
		{name: "（一）开展公共服务符合", rule: "eligibility.technology_innovation_center.3.1.public_services", cite: ic1, want: platform.Pass},
		{name: "（一）未开展公共服务不符合", rule: "eligibility.technology_innovation_center.3.1.public_services", cite: ic1,
			edit: ic(func(i *eligibility.Innovation) { i.PublicServices = no() }), want: platform.Fail},
		{name: "（一）未报公共服务为信息不全", rule: "eligibility.technology_innovation_center.3.1.public_services", cite: ic1,
			edit: ic(func(i *eligibility.Innovation) { i.PublicServices = eligibility.Opt[bool]{} }), want: platform.Unknown},

		{name: "（二）战略结合未经评审为需评审", rule: "eligibility.technology_innovation_center.3.2.strategic_alignment", cite: icB, edit: noReviews, want: platform.Review},
		{name: "（二）发展定位未经评审为需评审", rule: "eligibility.technology_innovation_center.3.2.positioning", cite: icB, edit: noReviews, want: platform.Review},

		{name: "（三）创新优势未经评审为需评审", rule: "eligibility.technology_innovation_center.3.3.innovation_strength", cite: ic3, edit: noReviews, want: platform.Review},
		{name: "（三）国内领先水平的成果和专利未经评审为需评审", rule: "eligibility.technology_innovation_center.3.3.leading_results", cite: ic3, edit: noReviews, want: platform.Review},
		{name: "（三）国内领先水平经评审不予认可并记录意见", rule: "eligibility.technology_innovation_center.3.3.leading_results", cite: ic3,
			edit: func(a *eligibility.Application) {
				a.Reviews = []eligibility.Review{{Rule: "eligibility.technology_innovation_center.3.3.leading_results", Outcome: platform.Fail, NoteZh: "成果未达国内领先", NoteEn: "not nationally leading"}}
			}, want: platform.Fail, note: "成果未达国内领先"},
		{name: "（三）技术带头人集聚未经评审为需评审", rule: "eligibility.technology_innovation_center.3.3.technical_leaders", cite: ic3, edit: noReviews, want: platform.Review},
		{name: "（三）团队恰20人符合不低于", rule: "eligibility.technology_innovation_center.3.3.team_size", cite: ic3, want: platform.Pass},
		{name: "（三）团队19人差1人", rule: "eligibility.technology_innovation_center.3.3.team_size", cite: ic3,
			edit: ic(func(i *eligibility.Innovation) { i.TeamSize = n(19) }), want: platform.Fail, short: "1人"},
		{name: "（三）团队21人符合", rule: "eligibility.technology_innovation_center.3.3.team_size", cite: ic3,
			edit: ic(func(i *eligibility.Innovation) { i.TeamSize = n(21) }), want: platform.Pass},
		{name: "（三）未报团队人数为信息不全", rule: "eligibility.technology_innovation_center.3.3.team_size", cite: ic3,
			edit: ic(func(i *eligibility.Innovation) { i.TeamSize = eligibility.Opt[int]{} }), want: platform.Unknown},

		{name: "（四）协同合作未经评审为需评审", rule: "eligibility.technology_innovation_center.3.4.collaboration", cite: ic4, edit: noReviews, want: platform.Review},
		{name: "（四）服务案例恰5项符合不低于", rule: "eligibility.technology_innovation_center.3.4.service_cases", cite: ic4, want: platform.Pass},
		{name: "（四）服务案例4项差1项", rule: "eligibility.technology_innovation_center.3.4.service_cases", cite: ic4,
			edit: ic(func(i *eligibility.Innovation) { i.ServiceCases = n(4) }), want: platform.Fail, short: "1项"},
		{name: "（四）服务案例6项符合", rule: "eligibility.technology_innovation_center.3.4.service_cases", cite: ic4,
			edit: ic(func(i *eligibility.Innovation) { i.ServiceCases = n(6) }), want: platform.Pass},
		{name: "（四）未报服务案例为信息不全", rule: "eligibility.technology_innovation_center.3.4.service_cases", cite: ic4,
			edit: ic(func(i *eligibility.Innovation) { i.ServiceCases = eligibility.Opt[int]{} }), want: platform.Unknown},

		{name: "（五）技术目标未经评审为需评审", rule: "eligibility.technology_innovation_center.3.5.technology_goals", cite: ic5, edit: noReviews, want: platform.Review},

		{name: "（六）无失信和学术不端记录", rule: "eligibility.technology_innovation_center.3.6.integrity", cite: ic6, want: platform.Pass},
		{name: "（六）申报前2年内的学术不端不符合", rule: "eligibility.technology_innovation_center.3.6.integrity", cite: ic6,
			edit: ap(func(a *eligibility.Applicant) {
				a.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Misconduct, Date: day(2024, 7, 1)}})
			}), want: platform.Fail, short: "2026年7月2日"},
		{name: "（六）申报前2年之前的记录不计", rule: "eligibility.technology_innovation_center.3.6.integrity", cite: ic6,
			edit: ap(func(a *eligibility.Applicant) {
				a.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Misconduct, Date: day(2022, 7, 1)}})
			}), want: platform.Pass},
		{name: "（六）未报诚信记录为信息不全", rule: "eligibility.technology_innovation_center.3.6.integrity", cite: ic6,
			edit: ap(func(a *eligibility.Applicant) { a.Integrity = eligibility.Opt[[]eligibility.Incident]{} }), want: platform.Unknown},
	}
	rows = append(rows, qualityRows("（三）“稳定的”技术研发和服务团队",
		"eligibility.technology_innovation_center.3.3.stable_team", ic3,
		"eligibility.technology_innovation_center.3.3.team_size")...)
	runRows(t, innovation, rows)
}
