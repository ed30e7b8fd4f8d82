package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
)

const (
	kl1 = "附件·拉萨市重点实验室 第三条（一）"
	kl2 = "附件·拉萨市重点实验室 第三条（二）"
	kl3 = "附件·拉萨市重点实验室 第三条（三）"
	kl4 = "附件·拉萨市重点实验室 第三条（四）"
	kl5 = "附件·拉萨市重点实验室 第三条（五）"
	kl6 = "附件·拉萨市重点实验室 第三条（六）"
	kl7 = "附件·拉萨市重点实验室 第三条（七）"
	kl8 = "附件·拉萨市重点实验室 第三条（八）"
	kl9 = "附件·拉萨市重点实验室 第三条（九）"
)

// dates returns k dates, all within 近三年 of an application on 2025-03-01.
func dates(k int) []platform.Date {
	out := make([]platform.Date, k)
	for i := range out {
		out[i] = day(2024, 1, 1+i)
	}
	return out
}

func projects(k int) []eligibility.Project {
	out := make([]eligibility.Project, k)
	for i := range out {
		out[i] = eligibility.Project{Level: eligibility.PlanCity, Role: eligibility.TookPart, Date: day(2024, 1, 1+i)}
	}
	return out
}

// keyLab is a key laboratory that meets every criterion, every judgment reviewed as Pass.
func keyLab() eligibility.Application {
	return eligibility.Application{
		Type: platform.KeyLaboratory,
		Date: applied,
		Applicant: eligibility.Applicant{
			Name:                   "拉萨某大学",
			CreditCode:             code(codeLhasa),
			Kind:                   eligibility.University,
			IndependentLegalEntity: yes(),
			Field:                  "食品安全",
			Integrity:              eligibility.Some([]eligibility.Incident{}),
		},
		Bans:    eligibility.Some([]eligibility.Ban{}),
		Reviews: passJudgments(platform.KeyLaboratory),
		KeyLab: &eligibility.KeyLab{
			LabArea:             dec("300"),
			EquipmentValue:      yuan("50万元"),
			BuiltSince:          day(2020, 1, 1),
			TeamSize:            n(10),
			Projects:            eligibility.Some(projects(5)),
			Papers:              eligibility.Some(dates(5)),
			FullTimeResearchers: n(20),
			MidOrSenior:         n(6),
			Senior:              n(2),
			MasterDegreeRight:   yes(),
			RelyingUnitSupport:  yes(),
		},
	}
}

func TestKeyLaboratoryBaseIsEligible(t *testing.T) {
	wantVerdict(t, keyLab(), platform.Eligible)
}

func TestKeyLaboratory(t *testing.T) {
	kl := func(f func(k *eligibility.KeyLab)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(a.KeyLab) }
	}
	incidents := func(ds ...platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			var in []eligibility.Incident
			for _, d := range ds {
				in = append(in, eligibility.Incident{Kind: eligibility.Misconduct, Date: d})
			}
			a.Applicant.Integrity = eligibility.Some(in)
		}
	}
	noReviews := func(a *eligibility.Application) { a.Reviews = nil }
	rows := []row{
		// 第二条 (main text): within Lhasa, from the credit code.
		{name: "第二条 拉萨市登记的依托单位在行政区域内", rule: "eligibility.2.within_lhasa", cite: "第二条",
			want: platform.Pass, found: codeLhasa},
		{name: "第二条 城关区登记亦在行政区域内", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeDistrict) }, want: platform.Pass},
		{name: "第二条 自治区本级登记需核实所在地", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeRegion) }, want: platform.Review},
		{name: "第二条 区外登记的单位可在拉萨组建平台（第五条），是否在行政区域内组建需评审", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeOutside); a.Reviews = nil }, want: platform.Review,
			note: "申报单位在拉萨市外登记；第二条以平台是否在拉萨市行政区域内组建为准，第五条支持域内外企事业单位在拉萨建设科技创新平台，需核实。"},
		{name: "第二条 以登记地判断时区外登记不在行政区域内", rule: "eligibility.2.within_lhasa", cite: "第二条",
			opts: eligibility.Options{RegistrationDecidesArticle2: true},
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeOutside) }, want: platform.Fail},
		{name: "第二条 未报信用代码为信息不全", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = platform.CreditCode{} }, want: platform.Unknown},
		{name: "第二条 自治区本级登记经评审确认在拉萨", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) {
				a.Applicant.CreditCode = code(codeRegion)
				a.Reviews = append(a.Reviews, eligibility.Review{Rule: "eligibility.2.within_lhasa", Outcome: platform.Pass, NoteZh: "经核实位于城关区"})
			}, want: platform.Pass, note: "经核实位于城关区"},

		// 第二条 of the section: focus fields.
		{name: "第二条 所列领域食品安全符合", rule: "eligibility.key_laboratory.2.focus_field", cite: "附件·拉萨市重点实验室 第二条",
			want: platform.Pass, found: "食品安全"},
		{name: "第二条 所列领域之外需评审", rule: "eligibility.key_laboratory.2.focus_field", cite: "附件·拉萨市重点实验室 第二条",
			edit: func(a *eligibility.Application) { a.Applicant.Field = "量子计算" }, want: platform.Review},
		{name: "第二条 未报领域为信息不全", rule: "eligibility.key_laboratory.2.focus_field", cite: "附件·拉萨市重点实验室 第二条",
			edit: func(a *eligibility.Application) { a.Applicant.Field = "" }, want: platform.Unknown},
		{name: "第二条 所列领域之外经评审不予认可", rule: "eligibility.key_laboratory.2.focus_field", cite: "附件·拉萨市重点实验室 第二条",
			edit: func(a *eligibility.Application) {
				a.Applicant.Field = "量子计算"
				a.Reviews = append(a.Reviews, eligibility.Review{Rule: "eligibility.key_laboratory.2.focus_field", Outcome: platform.Fail, NoteEn: "outside the city's needs"})
			}, want: platform.Fail, note: "outside the city's needs"},

		// 第三条（一）
		{name: "（一）依托单位在拉萨市登记注册", rule: "eligibility.key_laboratory.3.1.registered_in_lhasa", cite: kl1, want: platform.Pass},
		{name: "（一）依托单位在区外登记注册不符合", rule: "eligibility.key_laboratory.3.1.registered_in_lhasa", cite: kl1,
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeOutside) }, want: platform.Fail},
		{name: "（一）依托单位自治区本级登记需核实", rule: "eligibility.key_laboratory.3.1.registered_in_lhasa", cite: kl1,
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeRegion) }, want: platform.Review},
		{name: "（一）依托单位未报信用代码为信息不全", rule: "eligibility.key_laboratory.3.1.registered_in_lhasa", cite: kl1,
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = platform.CreditCode{} }, want: platform.Unknown},
		{name: "（一）独立法人单位", rule: "eligibility.key_laboratory.3.1.independent_legal_entity", cite: kl1, want: platform.Pass},
		{name: "（一）非独立法人单位不符合", rule: "eligibility.key_laboratory.3.1.independent_legal_entity", cite: kl1,
			edit: func(a *eligibility.Application) { a.Applicant.IndependentLegalEntity = no() }, want: platform.Fail},
		{name: "（一）未报是否独立法人为信息不全", rule: "eligibility.key_laboratory.3.1.independent_legal_entity", cite: kl1,
			edit: func(a *eligibility.Application) { a.Applicant.IndependentLegalEntity = eligibility.Opt[bool]{} }, want: platform.Unknown},
		{name: "（一）科研条件未经评审为需评审", rule: "eligibility.key_laboratory.3.1.research_conditions", cite: kl1,
			edit: noReviews, want: platform.Review},
		{name: "（一）科研条件经评审认可并记录意见", rule: "eligibility.key_laboratory.3.1.research_conditions", cite: kl1,
			want: platform.Pass, note: "专家组认可"},
		{name: "（一）实验室面积恰为300㎡符合不少于", rule: "eligibility.key_laboratory.3.1.lab_area", cite: kl1, want: platform.Pass},
		{name: "（一）实验室面积299.99㎡差0.01㎡", rule: "eligibility.key_laboratory.3.1.lab_area", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.LabArea = dec("299.99") }), want: platform.Fail, short: "0.01㎡"},
		{name: "（一）实验室面积275㎡差25㎡", rule: "eligibility.key_laboratory.3.1.lab_area", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.LabArea = dec("275") }), want: platform.Fail, short: "25㎡"},
		{name: "（一）实验室面积300.01㎡符合", rule: "eligibility.key_laboratory.3.1.lab_area", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.LabArea = dec("300.01") }), want: platform.Pass},
		{name: "（一）实验室面积299.999㎡（超出两位小数）差0.001㎡", rule: "eligibility.key_laboratory.3.1.lab_area", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.LabArea = dec("299.999") }), want: platform.Fail, short: "0.001㎡"},
		{name: "（一）实验室面积100000000000000㎡（逾快速比较范围）仍精确比较并符合", rule: "eligibility.key_laboratory.3.1.lab_area", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.LabArea = dec("100000000000000") }), want: platform.Pass},
		{name: "（一）未报实验室面积为信息不全", rule: "eligibility.key_laboratory.3.1.lab_area", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.LabArea = eligibility.Opt[decimal.Decimal]{} }), want: platform.Unknown},
		{name: "（一）固定资产恰为50万元符合不低于", rule: "eligibility.key_laboratory.3.1.equipment_value", cite: kl1, want: platform.Pass},
		{name: "（一）固定资产499999.99元差1分", rule: "eligibility.key_laboratory.3.1.equipment_value", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.EquipmentValue = yuan("499999.99") }), want: platform.Fail, short: "0.01元"},
		{name: "（一）固定资产49万元差1万元", rule: "eligibility.key_laboratory.3.1.equipment_value", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.EquipmentValue = yuan("49万元") }), want: platform.Fail, short: "1万元"},
		{name: "（一）固定资产500000.01元符合", rule: "eligibility.key_laboratory.3.1.equipment_value", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.EquipmentValue = yuan("500000.01") }), want: platform.Pass},
		{name: "（一）未报固定资产为信息不全", rule: "eligibility.key_laboratory.3.1.equipment_value", cite: kl1,
			edit: kl(func(k *eligibility.KeyLab) { k.EquipmentValue = eligibility.Opt[platform.Amount]{} }), want: platform.Unknown},

		// 第三条（二）
		{name: "（二）创新优势未经评审为需评审", rule: "eligibility.key_laboratory.3.2.innovation_advantage", cite: kl2, edit: noReviews, want: platform.Review},
		{name: "（二）管理制度与学风未经评审为需评审", rule: "eligibility.key_laboratory.3.2.management_and_environment", cite: kl2, edit: noReviews, want: platform.Review},
		{name: "（二）建设满2年后次日（申报日）符合2年以上", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: kl(func(k *eligibility.KeyLab) { k.BuiltSince = day(2023, 2, 28) }), want: platform.Pass},
		{name: "（二）申报日为2年期间最后一日不符合，次日起满足", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: kl(func(k *eligibility.KeyLab) { k.BuiltSince = day(2023, 3, 1) }), want: platform.Fail, short: "2025年3月2日"},
		{name: "（二）选项：期间最后一日即满足", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			opts: eligibility.Options{Counting: platform.Counting{MetOnLastDay: true}},
			edit: kl(func(k *eligibility.KeyLab) { k.BuiltSince = day(2023, 3, 1) }), want: platform.Pass},
		{name: "（二）选项下申报日为期间最后一日前一日不符合", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			opts: eligibility.Options{Counting: platform.Counting{MetOnLastDay: true}},
			edit: kl(func(k *eligibility.KeyLab) { k.BuiltSince = day(2023, 3, 2) }), want: platform.Fail, short: "2025年3月2日"},
		{name: "（二）建设2年期间前一日起算：申报日前一日尚不满足", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: func(a *eligibility.Application) {
				a.Date = day(2025, 2, 28)
				a.KeyLab.BuiltSince = day(2023, 2, 28)
			}, want: platform.Fail, short: "2025年3月1日"},
		{name: "（二）建设2年期间次日之后一日符合", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: func(a *eligibility.Application) {
				a.Date = day(2025, 3, 2)
				a.KeyLab.BuiltSince = day(2023, 2, 28)
			}, want: platform.Pass},
		{name: "（二）闰日起算：2022-02-28起至2024-02-28届满，2024-02-29满足", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: func(a *eligibility.Application) {
				a.Date = day(2024, 2, 28)
				a.KeyLab.BuiltSince = day(2022, 2, 28)
			}, want: platform.Fail, short: "2024年2月29日"},
		{name: "（二）9999-01-01起建设，2年期满超出所支持日期，永不满足", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: func(a *eligibility.Application) {
				a.Date = day(9999, 12, 31)
				a.KeyLab.BuiltSince = day(9999, 1, 1)
			}, want: platform.Fail, note: "满足之日超出所支持的日期（9999年12月31日之后）。"},
		{name: "（二）9997-12-31起建设，9999-12-31届满，默认次日满足已超出所支持日期", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: func(a *eligibility.Application) {
				a.Date = day(9999, 12, 31)
				a.KeyLab.BuiltSince = day(9997, 12, 31)
			}, want: platform.Fail, note: "满足之日超出所支持的日期（9999年12月31日之后）。"},
		{name: "（二）选项：9997-12-31起建设，届满之日9999-12-31即满足", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			opts: eligibility.Options{Counting: platform.Counting{MetOnLastDay: true}},
			edit: func(a *eligibility.Application) {
				a.Date = day(9999, 12, 31)
				a.KeyLab.BuiltSince = day(9997, 12, 31)
			}, want: platform.Pass},
		{name: "（二）9997-12-30起建设，9999-12-31满足", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: func(a *eligibility.Application) {
				a.Date = day(9999, 12, 31)
				a.KeyLab.BuiltSince = day(9997, 12, 30)
			}, want: platform.Pass},
		{name: "（二）未报建设起始日为信息不全", rule: "eligibility.key_laboratory.3.2.construction_years", cite: kl2,
			edit: kl(func(k *eligibility.KeyLab) { k.BuiltSince = platform.Date{} }), want: platform.Unknown},

		// 第三条（三）
		{name: "（三）学科带头人未经评审为需评审", rule: "eligibility.key_laboratory.3.3.discipline_leader", cite: kl3, edit: noReviews, want: platform.Review},
		{name: "（三）专兼职队伍恰10人符合不低于", rule: "eligibility.key_laboratory.3.3.team_size", cite: kl3, want: platform.Pass, found: "10人"},
		{name: "（三）专兼职队伍9人差1人", rule: "eligibility.key_laboratory.3.3.team_size", cite: kl3,
			edit: kl(func(k *eligibility.KeyLab) { k.TeamSize = n(9) }), want: platform.Fail, short: "1人"},
		{name: "（三）专兼职队伍11人符合", rule: "eligibility.key_laboratory.3.3.team_size", cite: kl3,
			edit: kl(func(k *eligibility.KeyLab) { k.TeamSize = n(11) }), want: platform.Pass},
		{name: "（三）未报队伍人数为信息不全", rule: "eligibility.key_laboratory.3.3.team_size", cite: kl3,
			edit: kl(func(k *eligibility.KeyLab) { k.TeamSize = eligibility.Opt[int]{} }), want: platform.Unknown},

		// 第三条（四）
		{name: "（四）近三年项目恰5项符合以上", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4, want: platform.Pass, found: "5项"},
		{name: "（四）近三年项目4项差1项", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) { k.Projects = eligibility.Some(projects(4)) }), want: platform.Fail, short: "1项"},
		{name: "（四）近三年项目6项符合", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) { k.Projects = eligibility.Some(projects(6)) }), want: platform.Pass},
		{name: "（四）未报项目为信息不全", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) { k.Projects = eligibility.Opt[[]eligibility.Project]{} }), want: platform.Unknown},
		{name: "（四）近三年首日2022-03-01的项目计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) {
				ps := projects(4)
				ps = append(ps, eligibility.Project{Level: eligibility.PlanNational, Role: eligibility.Undertook, Date: day(2022, 3, 1)})
				k.Projects = eligibility.Some(ps)
			}), want: platform.Pass},
		{name: "（四）近三年前一日2022-02-28立项并结题的项目不计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) {
				ps := projects(4)
				ps = append(ps, eligibility.Project{Level: eligibility.PlanRegional, Date: day(2022, 2, 28), End: day(2022, 2, 28)})
				k.Projects = eligibility.Some(ps)
			}), want: platform.Fail, short: "1项"},
		{name: "（四）近三年末日2025-02-28的项目计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) {
				k.Projects = eligibility.Some(append(projects(4), eligibility.Project{Level: eligibility.PlanCity, Date: day(2025, 2, 28)}))
			}), want: platform.Pass},
		{name: "（四）申报当日的项目默认不计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) {
				k.Projects = eligibility.Some(append(projects(4), eligibility.Project{Level: eligibility.PlanCity, Date: day(2025, 3, 1)}))
			}), want: platform.Fail, short: "1项"},
		{name: "（四）选项：回溯期含申报当日则计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			opts: eligibility.Options{Counting: platform.Counting{LookBackIncludesReferenceDay: true}},
			edit: kl(func(k *eligibility.KeyLab) {
				k.Projects = eligibility.Some(append(projects(4), eligibility.Project{Level: eligibility.PlanCity, Date: day(2025, 3, 1)}))
			}), want: platform.Pass},
		{name: "（四）默认近三年自申报日回溯：2022-01-01立项、2022-02-28结题的项目不计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) {
				k.Projects = eligibility.Some(append(projects(4), eligibility.Project{Level: eligibility.PlanCity, Date: day(2022, 1, 1), End: day(2022, 2, 28)}))
			}), want: platform.Fail, short: "1项"},
		{name: "（四）选项：近三年按整历年（2022至2024年），2022-01-01的项目计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			opts: eligibility.Options{RecentCalendarYears: true},
			edit: kl(func(k *eligibility.KeyLab) {
				k.Projects = eligibility.Some(append(projects(4), eligibility.Project{Level: eligibility.PlanCity, Date: day(2022, 1, 1)}))
			}), want: platform.Pass},
		{name: "（四）默认申报当年2025-01-15的项目计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) {
				k.Projects = eligibility.Some(append(projects(4), eligibility.Project{Level: eligibility.PlanCity, Date: day(2025, 1, 15)}))
			}), want: platform.Pass},
		{name: "（四）选项：按整历年时申报当年的项目不计入", rule: "eligibility.key_laboratory.3.4.projects", cite: kl4,
			opts: eligibility.Options{RecentCalendarYears: true},
			edit: kl(func(k *eligibility.KeyLab) {
				k.Projects = eligibility.Some(append(projects(4), eligibility.Project{Level: eligibility.PlanCity, Date: day(2025, 1, 15)}))
			}), want: platform.Fail, short: "1项"},
		{name: "（四）选项：按整历年时2021-12-31的论文不计入", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4,
			opts: eligibility.Options{RecentCalendarYears: true},
			edit: kl(func(k *eligibility.KeyLab) { k.Papers = eligibility.Some(append(dates(4), day(2021, 12, 31))) }),
			want: platform.Fail, short: "1篇"},
		{name: "（四）选项：公元2年申报按整历年回溯至公元1年", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4,
			opts: eligibility.Options{RecentCalendarYears: true},
			edit: func(a *eligibility.Application) {
				a.Date = day(2, 6, 1)
				a.KeyLab.BuiltSince = platform.Date{}
				a.KeyLab.Projects = eligibility.Opt[[]eligibility.Project]{}
				a.KeyLab.Papers = eligibility.Some([]platform.Date{day(1, 1, 1), day(1, 2, 1), day(1, 3, 1), day(1, 4, 1), day(1, 5, 1)})
			}, want: platform.Pass},
		{name: "（四）选项：公元1年申报无此前历年", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4,
			opts: eligibility.Options{RecentCalendarYears: true},
			edit: func(a *eligibility.Application) {
				a.Date = day(1, 6, 1)
				a.KeyLab.BuiltSince = platform.Date{}
				a.KeyLab.Projects = eligibility.Opt[[]eligibility.Project]{}
				a.KeyLab.Papers = eligibility.Some([]platform.Date{day(1, 1, 1)})
			}, want: platform.Fail, short: "5篇"},
		{name: "（四）近三年论文恰5篇符合以上", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4, want: platform.Pass, found: "5篇"},
		{name: "（四）近三年论文4篇差1篇", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) { k.Papers = eligibility.Some(dates(4)) }), want: platform.Fail, short: "1篇"},
		{name: "（四）近三年论文6篇符合", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) { k.Papers = eligibility.Some(dates(6)) }), want: platform.Pass},
		{name: "（四）三年前的论文默认不计入", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) { k.Papers = eligibility.Some(append(dates(4), day(2021, 6, 1))) }),
			want: platform.Fail, short: "1篇"},
		{name: "（四）选项：论文不限近三年则计入", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4,
			opts: eligibility.Options{PapersAnyTime: true},
			edit: kl(func(k *eligibility.KeyLab) { k.Papers = eligibility.Some(append(dates(4), day(2021, 6, 1))) }),
			want: platform.Pass},
		{name: "（四）未报论文为信息不全", rule: "eligibility.key_laboratory.3.4.papers", cite: kl4,
			edit: kl(func(k *eligibility.KeyLab) { k.Papers = eligibility.Opt[[]platform.Date]{} }), want: platform.Unknown},

		// 第三条（五）
		{name: "（五）专职研究人员恰15人符合不少于", rule: "eligibility.key_laboratory.3.5.full_time_researchers", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.FullTimeResearchers, k.MidOrSenior = n(15), n(5) }), want: platform.Pass},
		{name: "（五）专职研究人员14人差1人", rule: "eligibility.key_laboratory.3.5.full_time_researchers", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.FullTimeResearchers = n(14) }), want: platform.Fail, short: "1人"},
		{name: "（五）专职研究人员16人符合", rule: "eligibility.key_laboratory.3.5.full_time_researchers", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.FullTimeResearchers = n(16) }), want: platform.Pass},
		{name: "（五）未报专职研究人员为信息不全", rule: "eligibility.key_laboratory.3.5.full_time_researchers", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.FullTimeResearchers = eligibility.Opt[int]{} }), want: platform.Unknown},
		{name: "（五）中级及以上6/20恰30%符合以上", rule: "eligibility.key_laboratory.3.5.mid_title_ratio", cite: kl5, want: platform.Pass, found: "6人"},
		{name: "（五）中级及以上5/20不足30%，计入总数须再增2人", rule: "eligibility.key_laboratory.3.5.mid_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.MidOrSenior = n(5) }), want: platform.Fail, short: "2人"},
		{name: "（五）中级及以上7/20符合", rule: "eligibility.key_laboratory.3.5.mid_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.MidOrSenior = n(7) }), want: platform.Pass},
		{name: "（五）中级及以上4/15不足30%，须再增1人", rule: "eligibility.key_laboratory.3.5.mid_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.FullTimeResearchers, k.MidOrSenior = n(15), n(4) }), want: platform.Fail, short: "1人"},
		{name: "（五）未报中级职称人数为信息不全", rule: "eligibility.key_laboratory.3.5.mid_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.MidOrSenior = eligibility.Opt[int]{} }), want: platform.Unknown},
		{name: "（五）高级2/20恰10%符合以上", rule: "eligibility.key_laboratory.3.5.senior_title_ratio", cite: kl5, want: platform.Pass},
		{name: "（五）高级1/20不足10%，计入总数须再增2人", rule: "eligibility.key_laboratory.3.5.senior_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.Senior = n(1) }), want: platform.Fail, short: "2人"},
		{name: "（五）高级3/20符合", rule: "eligibility.key_laboratory.3.5.senior_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.Senior = n(3) }), want: platform.Pass},
		{name: "（五）零名专职人员时比例不成立，至少需1人", rule: "eligibility.key_laboratory.3.5.senior_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.FullTimeResearchers, k.MidOrSenior, k.Senior = n(0), n(0), n(0) }), want: platform.Fail, short: "1人"},
		{name: "（五）10^12名专职人员中1人为中级，交叉相乘不溢出，须再增428571428570人", rule: "eligibility.key_laboratory.3.5.mid_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) {
				k.FullTimeResearchers, k.MidOrSenior, k.Senior = n(1_000_000_000_000), n(1), n(1)
			}), want: platform.Fail, short: "428571428570人"},
		{name: "（五）10^12名专职人员全为高级职称符合", rule: "eligibility.key_laboratory.3.5.senior_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) {
				k.FullTimeResearchers, k.MidOrSenior, k.Senior = n(1_000_000_000_000), n(1_000_000_000_000), n(1_000_000_000_000)
			}), want: platform.Pass},
		{name: "（五）未报高级职称人数为信息不全", rule: "eligibility.key_laboratory.3.5.senior_title_ratio", cite: kl5,
			edit: kl(func(k *eligibility.KeyLab) { k.Senior = eligibility.Opt[int]{} }), want: platform.Unknown},

		// 第三条（六）
		{name: "（六）高校具有硕士学位授予权", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6, want: platform.Pass},
		{name: "（六）高校无硕士学位授予权不符合", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6,
			edit: kl(func(k *eligibility.KeyLab) { k.MasterDegreeRight = no() }), want: platform.Fail},
		{name: "（六）高校未报学位授予权为信息不全", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6,
			edit: kl(func(k *eligibility.KeyLab) { k.MasterDegreeRight = eligibility.Opt[bool]{} }), want: platform.Unknown},
		{name: "（六）高校仅有联合培养条件仍需学位授予权", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6,
			edit: kl(func(k *eligibility.KeyLab) { k.MasterDegreeRight, k.GraduateTraining = no(), yes() }), want: platform.Fail},
		{name: "（六）科研院所具有培养研究生条件", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6,
			edit: func(a *eligibility.Application) {
				a.Applicant.Kind = eligibility.Institute
				a.KeyLab.MasterDegreeRight, a.KeyLab.GraduateTraining = eligibility.Opt[bool]{}, yes()
			}, want: platform.Pass},
		{name: "（六）企业不具有培养研究生条件不符合", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6,
			edit: func(a *eligibility.Application) {
				a.Applicant.Kind = eligibility.Enterprise
				a.KeyLab.GraduateTraining = no()
			}, want: platform.Fail},
		{name: "（六）企业未报培养条件为信息不全", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6,
			edit: func(a *eligibility.Application) { a.Applicant.Kind = eligibility.Enterprise }, want: platform.Unknown},
		{name: "（六）医院依托不在条款所列，需评审", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6,
			edit: func(a *eligibility.Application) { a.Applicant.Kind = eligibility.Hospital; a.Reviews = nil }, want: platform.Review, found: "医院"},
		{name: "（六）未报依托单位类型为信息不全", rule: "eligibility.key_laboratory.3.6.graduate_training", cite: kl6,
			edit: func(a *eligibility.Application) { a.Applicant.Kind = 0 }, want: platform.Unknown},
		{name: "（六）运行机制未经评审为需评审", rule: "eligibility.key_laboratory.3.6.open_mechanism", cite: kl6, edit: noReviews, want: platform.Review},

		// 第三条（七）
		{name: "（七）研究方向与组织架构未经评审为需评审", rule: "eligibility.key_laboratory.3.7.direction_and_organisation", cite: kl7, edit: noReviews, want: platform.Review},
		{name: "（七）目标定位与能力未经评审为需评审", rule: "eligibility.key_laboratory.3.7.goals_and_capacity", cite: kl7, edit: noReviews, want: platform.Review},
		{name: "（七）知识产权管理经评审不予认可", rule: "eligibility.key_laboratory.3.7.ip_management", cite: kl7,
			edit: func(a *eligibility.Application) {
				a.Reviews = []eligibility.Review{{Rule: "eligibility.key_laboratory.3.7.ip_management", Outcome: platform.Fail, NoteZh: "无知识产权管理制度"}}
			}, want: platform.Fail, note: "无知识产权管理制度"},

		// 第三条（八）
		{name: "（八）依托单位提供保障", rule: "eligibility.key_laboratory.3.8.relying_unit_support", cite: kl8, want: platform.Pass},
		{name: "（八）依托单位不提供保障不符合", rule: "eligibility.key_laboratory.3.8.relying_unit_support", cite: kl8,
			edit: kl(func(k *eligibility.KeyLab) { k.RelyingUnitSupport = no() }), want: platform.Fail},
		{name: "（八）未报保障为信息不全", rule: "eligibility.key_laboratory.3.8.relying_unit_support", cite: kl8,
			edit: kl(func(k *eligibility.KeyLab) { k.RelyingUnitSupport = eligibility.Opt[bool]{} }), want: platform.Unknown},

		// 第三条（九）
		{name: "（九）无失信和学术不端记录", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9, want: platform.Pass},
		{name: "（九）申报前2年首日2023-03-01的学术不端不符合，2025-03-02起方可", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			edit: incidents(day(2023, 3, 1)), want: platform.Fail, short: "2025年3月2日", found: "2023年3月1日"},
		{name: "（九）申报前2年之前一日2023-02-28的记录不计", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			edit: incidents(day(2023, 2, 28)), want: platform.Pass},
		{name: "（九）申报前一日2025-02-28的记录不符合", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			edit: incidents(day(2023, 2, 28), day(2025, 2, 28)), want: platform.Fail, short: "2027年3月1日"},
		{name: "（九）申报当日的记录默认不在申报前2年内", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			edit: incidents(day(2025, 3, 1)), want: platform.Pass},
		{name: "（九）选项：回溯含申报当日则不符合", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			opts: eligibility.Options{Counting: platform.Counting{LookBackIncludesReferenceDay: true}},
			edit: incidents(day(2025, 3, 1)), want: platform.Fail, short: "2027年3月1日"},
		{name: "（九）选项：回溯不含2年前对应日", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			opts: eligibility.Options{Counting: platform.Counting{LookBackIncludesReferenceDay: true}},
			edit: incidents(day(2023, 3, 1)), want: platform.Pass},
		{name: "（九）9999-06-01的记录：再无可申报之日，不给出满足日", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			edit: func(a *eligibility.Application) {
				a.Date = day(9999, 12, 31)
				incidents(day(9999, 6, 1))(a)
			}, want: platform.Fail, found: "9999年6月1日", note: "满足之日超出所支持的日期（9999年12月31日之后）。"},
		{name: "（九）记录未注明日期为信息不全", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			edit: incidents(platform.Date{}), want: platform.Unknown},
		{name: "（九）未报诚信记录为信息不全", rule: "eligibility.key_laboratory.3.9.integrity", cite: kl9,
			edit: func(a *eligibility.Application) { a.Applicant.Integrity = eligibility.Opt[[]eligibility.Incident]{} }, want: platform.Unknown},

		// 第二十四、二十五条: bans. The record is an optional fact: not supplied is Unknown.
		{name: "第二十四条 未提供禁止申请记录为信息不全，不作符合", rule: "eligibility.24.ban", cite: "第二十四条",
			edit: func(a *eligibility.Application) { a.Bans = eligibility.Opt[[]eligibility.Ban]{} },
			want: platform.Unknown, note: "禁止申请记录未提供。"},
		{name: "第二十五条 未提供禁止申请记录为信息不全，不作符合", rule: "eligibility.25.ban", cite: "第二十五条",
			edit: func(a *eligibility.Application) { a.Bans = eligibility.Opt[[]eligibility.Ban]{} },
			want: platform.Unknown, note: "禁止申请记录未提供。"},
		{name: "第二十四条 已核查且无禁止申请记录为符合", rule: "eligibility.24.ban", cite: "第二十四条",
			want: platform.Pass, note: "无禁止申请记录。"},
		{name: "第二十五条 已核查且记录为nil切片亦为无禁申，符合", rule: "eligibility.25.ban", cite: "第二十五条",
			edit: func(a *eligibility.Application) { a.Bans = eligibility.Some[[]eligibility.Ban](nil) },
			want: platform.Pass, note: "无禁止申请记录。"},
		{name: "第二十四条 仅有第二十五条禁申时第二十四条无禁申，符合", rule: "eligibility.24.ban", cite: "第二十四条",
			edit: func(a *eligibility.Application) {
				a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(25), LastDay: day(2026, 1, 1)}})
			}, want: platform.Pass, note: "无禁止申请记录。"},
		{name: "第二十五条 仅有第二十四条禁申时第二十五条无禁申，符合", rule: "eligibility.25.ban", cite: "第二十五条",
			edit: func(a *eligibility.Application) {
				a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(24), LastDay: day(2026, 1, 1)}})
			}, want: platform.Pass, note: "无禁止申请记录。"},
		{name: "第二十五条 禁申期最后一日申报不符合，次日起可申报", rule: "eligibility.25.ban", cite: "第二十五条",
			edit: func(a *eligibility.Application) {
				a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(25), Kind: "摘牌后五年内不得重新申请", LastDay: day(2025, 3, 1)}})
			}, want: platform.Fail, short: "2025年3月2日", note: "摘牌后五年内不得重新申请"},
		{name: "第二十五条 禁申期届满次日申报不受限", rule: "eligibility.25.ban", cite: "第二十五条",
			edit: func(a *eligibility.Application) {
				a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(25), LastDay: day(2025, 2, 28)}})
			}, want: platform.Pass},
		{name: "第二十四条 禁申至9999-12-31：再无可申报之日，不给出满足日", rule: "eligibility.24.ban", cite: "第二十四条",
			edit: func(a *eligibility.Application) {
				a.Date = day(9999, 12, 31)
				a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(24), LastDay: day(9999, 12, 31)}})
			}, want: platform.Fail},
		{name: "第二十四条 禁申期最后一日前一日申报不符合", rule: "eligibility.24.ban", cite: "第二十四条",
			edit: func(a *eligibility.Application) {
				a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(24), LastDay: day(2025, 3, 2)}})
			}, want: platform.Fail, short: "2025年3月3日"},
		{name: "第二十四条 禁申期内申报不符合", rule: "eligibility.24.ban", cite: "第二十四条",
			edit: func(a *eligibility.Application) {
				a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(24), Kind: "removed", LastDay: day(2026, 6, 30)}})
			}, want: platform.Fail, short: "2026年7月1日"},
	}
	rows = append(rows, qualityRows("（三）“学术思想活跃、科研业绩优秀、团结协作、结构合理”的队伍",
		"eligibility.key_laboratory.3.3.team_quality", kl3,
		"eligibility.key_laboratory.3.3.team_size")...)
	runRows(t, keyLab, rows)
}
