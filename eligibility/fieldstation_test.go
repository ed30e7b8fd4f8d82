package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

const (
	fs2 = "附件·拉萨市野外科学观测研究站 第二条"
	fs1 = "附件·拉萨市野外科学观测研究站 第三条（一）"
	fsB = "附件·拉萨市野外科学观测研究站 第三条（二）"
	fs3 = "附件·拉萨市野外科学观测研究站 第三条（三）"
	fs4 = "附件·拉萨市野外科学观测研究站 第三条（四）"
	fs5 = "附件·拉萨市野外科学观测研究站 第三条（五）"
	fs6 = "附件·拉萨市野外科学观测研究站 第三条（六）"
	fs7 = "附件·拉萨市野外科学观测研究站 第三条（七）"
)

// fieldStation is a field station that meets every criterion.
func fieldStation() eligibility.Application {
	return eligibility.Application{
		Type: platform.FieldStation,
		Date: applied,
		Applicant: eligibility.Applicant{
			CreditCode: code(codeDistrict),
			Kind:       eligibility.Institute,
			Field:      "高原生态系统",
		},
		Bans:    eligibility.Some([]eligibility.Ban{}),
		Reviews: passJudgments(platform.FieldStation),
		FieldStation: &eligibility.FieldStation{
			SiteInLhasa:     yes(),
			LandCertificate: yes(),
			RunningSince:    day(2020, 1, 1),
			DataSince:       day(2020, 1, 1),
			OpenSharing:     yes(),
			Support:         yes(),
		},
	}
}

func TestFieldStationBaseIsEligible(t *testing.T) {
	wantVerdict(t, fieldStation(), platform.Eligible)
}

func TestFieldStation(t *testing.T) {
	fs := func(f func(s *eligibility.FieldStation)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { f(a.FieldStation) }
	}
	kind := func(k eligibility.UnitKind) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.Applicant.Kind = k; a.Reviews = nil }
	}
	land := func(cert eligibility.Opt[bool], years eligibility.Opt[int]) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.FieldStation.LandCertificate, a.FieldStation.LandUseYears = cert, years
		}
	}
	var none eligibility.Opt[bool]
	var noYears eligibility.Opt[int]
	noReviews := func(a *eligibility.Application) { a.Reviews = nil }
	withIntegrity := eligibility.Options{IntegrityForAllSections: true}
	rows := []row{
		{name: "第二条 围绕高原生态系统符合", rule: "eligibility.field_station.2.focus_field", cite: fs2, want: platform.Pass},
		{name: "第二条 高原生态系统之外需评审", rule: "eligibility.field_station.2.focus_field", cite: fs2,
			edit: func(a *eligibility.Application) { a.Applicant.Field = "天文观测" }, want: platform.Review},
		{name: "第二条 未报领域为信息不全", rule: "eligibility.field_station.2.focus_field", cite: fs2,
			edit: func(a *eligibility.Application) { a.Applicant.Field = "" }, want: platform.Unknown},

		{name: "第二条（正文）站点在拉萨市辖内即在拉萨组建，符合", rule: "eligibility.2.within_lhasa", cite: "第二条", want: platform.Pass,
			note: "组建地未提供，以观测站点（第三条（一））为准。"},
		{name: "第二条（正文）站点不在拉萨市辖内即不在拉萨组建，不符合", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: fs(func(s *eligibility.FieldStation) { s.SiteInLhasa = no() }), want: platform.Fail},
		{name: "第二条（正文）站点未报时依托单位在拉萨市登记，按登记地推断符合", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: fs(func(s *eligibility.FieldStation) { s.SiteInLhasa = none }), want: platform.Pass,
			note: "组建地未提供，按申报单位登记地推断。"},
		{name: "第二条（正文）站点未报时依托单位在区外登记不直接不符合：站点在拉萨即可在拉萨组建（第五条），需评审", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) {
				a.Applicant.CreditCode = code(codeOutside)
				a.FieldStation.SiteInLhasa = none
				a.Reviews = nil
			}, want: platform.Review,
			note: "依托单位在拉萨市外登记；野外站是否在拉萨市行政区域内组建，以观测站点（第三条（一））为准，需核实。"},
		{name: "第二条（正文）站点未报时区外登记的依托单位经核实站点在拉萨组建", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) {
				a.Applicant.CreditCode = code(codeOutside)
				a.FieldStation.SiteInLhasa = none
				a.Reviews = append(a.Reviews, eligibility.Review{Rule: "eligibility.2.within_lhasa", Outcome: platform.Pass, NoteZh: "经核实站点位于当雄县"})
			}, want: platform.Pass, note: "经核实站点位于当雄县"},
		{name: "第二条（正文）站点未报且以登记地判断时依托单位在区外登记不符合", rule: "eligibility.2.within_lhasa", cite: "第二条",
			opts: eligibility.Options{RegistrationDecidesArticle2: true},
			edit: func(a *eligibility.Application) {
				a.Applicant.CreditCode = code(codeOutside)
				a.FieldStation.SiteInLhasa = none
			}, want: platform.Fail},
		{name: "第二条（正文）站点在拉萨时以登记地判断的选项不适用于野外站，区外登记的依托单位仍符合", rule: "eligibility.2.within_lhasa", cite: "第二条",
			opts: eligibility.Options{RegistrationDecidesArticle2: true},
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeOutside) }, want: platform.Pass},
		{name: "第二条（正文）站点未报时自治区本级登记需核实", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) {
				a.Applicant.CreditCode = code(codeRegion)
				a.FieldStation.SiteInLhasa = none
				a.Reviews = nil
			}, want: platform.Review},
		{name: "第二条（正文）站点与信用代码均未报为信息不全", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) {
				a.Applicant.CreditCode = platform.CreditCode{}
				a.FieldStation.SiteInLhasa = none
			}, want: platform.Unknown},
		{name: "第二条（正文）组建地在当雄县（540122）符合，优先于登记地", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) {
				a.BuiltIn = "540122"
				a.Applicant.CreditCode = code(codeOutside)
			}, want: platform.Pass, found: "540122"},
		{name: "（一）组建地（观测站点）在江孜县（540222）即站点不在拉萨市辖内，不符合", rule: "eligibility.field_station.3.1.site_in_lhasa", cite: fs1,
			edit: func(a *eligibility.Application) { a.BuiltIn = "540222"; a.FieldStation.SiteInLhasa = none },
			want: platform.Fail, found: "540222"},
		{name: "（一）组建地（观测站点）在当雄县（540122）即站点在拉萨市辖内", rule: "eligibility.field_station.3.1.site_in_lhasa", cite: fs1,
			edit: func(a *eligibility.Application) { a.BuiltIn = "540122" }, want: platform.Pass, found: "540122"},
		{name: "（一）组建地为自治区本级代码（540000）且未报站点是否在拉萨，需核实", rule: "eligibility.field_station.3.1.site_in_lhasa", cite: fs1,
			edit: func(a *eligibility.Application) {
				a.BuiltIn = "540000"
				a.FieldStation.SiteInLhasa = none
				a.Reviews = nil
			},
			want: platform.Review},
		{name: "（一）组建地为自治区本级代码（540000）而报称站点在拉萨市辖内，以站点为准符合", rule: "eligibility.field_station.3.1.site_in_lhasa", cite: fs1,
			edit: func(a *eligibility.Application) { a.BuiltIn = "540000"; a.Reviews = nil }, want: platform.Pass},
		{name: "第二条（正文）组建地为自治区本级代码（540000）而站点在拉萨市辖外，以站点为准不符合", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) { a.BuiltIn = "540000"; a.FieldStation.SiteInLhasa = no() }, want: platform.Fail,
			note: "组建地为自治区本级区划代码（540000），未指明是否在拉萨市，以观测站点（第三条（一））为准。"},
		{name: "（一）观测站点在拉萨市辖内", rule: "eligibility.field_station.3.1.site_in_lhasa", cite: fs1, want: platform.Pass},
		{name: "（一）观测站点不在拉萨市辖内不符合", rule: "eligibility.field_station.3.1.site_in_lhasa", cite: fs1,
			edit: fs(func(s *eligibility.FieldStation) { s.SiteInLhasa = no() }), want: platform.Fail},
		{name: "（一）未报站点位置为信息不全", rule: "eligibility.field_station.3.1.site_in_lhasa", cite: fs1,
			edit: fs(func(s *eligibility.FieldStation) { s.SiteInLhasa = none }), want: platform.Unknown},
		{name: "（一）依托科研院所符合", rule: "eligibility.field_station.3.1.relying_unit_kind", cite: fs1, want: platform.Pass, found: "科研院所"},
		{name: "（一）依托高校符合", rule: "eligibility.field_station.3.1.relying_unit_kind", cite: fs1, edit: kind(eligibility.University), want: platform.Pass},
		{name: "（一）依托行业部门符合", rule: "eligibility.field_station.3.1.relying_unit_kind", cite: fs1, edit: kind(eligibility.IndustryDepartment), want: platform.Pass},
		{name: "（一）依托企业属“等单位”需评审", rule: "eligibility.field_station.3.1.relying_unit_kind", cite: fs1, edit: kind(eligibility.Enterprise), want: platform.Review},
		{name: "（一）依托其他单位需评审", rule: "eligibility.field_station.3.1.relying_unit_kind", cite: fs1, edit: kind(eligibility.OtherUnit), want: platform.Review},
		{name: "（一）依托企业经评审认可", rule: "eligibility.field_station.3.1.relying_unit_kind", cite: fs1,
			edit: func(a *eligibility.Application) {
				a.Applicant.Kind = eligibility.Enterprise
				a.Reviews = []eligibility.Review{{Rule: "eligibility.field_station.3.1.relying_unit_kind", Outcome: platform.Pass, NoteZh: "国有企业承担生态监测"}}
			}, want: platform.Pass, note: "国有企业承担生态监测"},
		{name: "（一）未报依托单位类型为信息不全", rule: "eligibility.field_station.3.1.relying_unit_kind", cite: fs1, edit: kind(0), want: platform.Unknown},

		{name: "（二）战略需求未经评审为需评审", rule: "eligibility.field_station.3.2.strategic_fit", cite: fsB, edit: noReviews, want: platform.Review},
		{name: "（二）区域代表性未经评审为需评审", rule: "eligibility.field_station.3.2.representativeness", cite: fsB, edit: noReviews, want: platform.Review},

		{name: "（三）实验场地与基础设施未经评审为需评审", rule: "eligibility.field_station.3.3.site_and_infrastructure", cite: fs3, edit: noReviews, want: platform.Review},
		{name: "（三）具有土地使用权证即符合", rule: "eligibility.field_station.3.3.land_use_right", cite: fs3, want: platform.Pass, note: "具有土地使用权证。"},
		{name: "（三）无权证但有未来恰20年土地使用权证明符合以上", rule: "eligibility.field_station.3.3.land_use_right", cite: fs3,
			edit: land(no(), n(20)), want: platform.Pass},
		{name: "（三）无权证且仅有未来19年证明差1年", rule: "eligibility.field_station.3.3.land_use_right", cite: fs3,
			edit: land(no(), n(19)), want: platform.Fail, short: "1年"},
		{name: "（三）无权证且有未来21年证明符合", rule: "eligibility.field_station.3.3.land_use_right", cite: fs3,
			edit: land(no(), n(21)), want: platform.Pass},
		{name: "（三）未报权证但有20年证明符合", rule: "eligibility.field_station.3.3.land_use_right", cite: fs3,
			edit: land(none, n(20)), want: platform.Pass},
		{name: "（三）未报权证且证明不足20年为信息不全", rule: "eligibility.field_station.3.3.land_use_right", cite: fs3,
			edit: land(none, n(19)), want: platform.Unknown},
		{name: "（三）无权证且未报证明年限为信息不全", rule: "eligibility.field_station.3.3.land_use_right", cite: fs3,
			edit: land(no(), noYears), want: platform.Unknown},
		{name: "（三）权证与证明均未报为信息不全", rule: "eligibility.field_station.3.3.land_use_right", cite: fs3,
			edit: land(none, noYears), want: platform.Unknown},

		{name: "（四）观测研究水平未经评审为需评审", rule: "eligibility.field_station.3.4.research_level", cite: fs4, edit: noReviews, want: platform.Review},
		{name: "（四）运行1年期间届满次日（申报日）符合1年以上", rule: "eligibility.field_station.3.4.running_years", cite: fs4,
			edit: fs(func(s *eligibility.FieldStation) { s.RunningSince = day(2024, 2, 29) }), want: platform.Pass},
		{name: "（四）申报日为运行1年期间最后一日不符合", rule: "eligibility.field_station.3.4.running_years", cite: fs4,
			edit: fs(func(s *eligibility.FieldStation) { s.RunningSince = day(2024, 3, 1) }), want: platform.Fail, short: "2025年3月2日"},
		{name: "（四）闰日起运行：2025-02-28届满前不符合", rule: "eligibility.field_station.3.4.running_years", cite: fs4,
			edit: func(a *eligibility.Application) {
				a.Date = day(2025, 2, 28)
				a.FieldStation.RunningSince = day(2024, 2, 29)
			},
			want: platform.Fail, short: "2025年3月1日"},
		{name: "（四）运行届满后第二日符合", rule: "eligibility.field_station.3.4.running_years", cite: fs4,
			edit: func(a *eligibility.Application) {
				a.Date = day(2025, 3, 2)
				a.FieldStation.RunningSince = day(2024, 3, 1)
			},
			want: platform.Pass},
		{name: "（四）未报运行起始日为信息不全", rule: "eligibility.field_station.3.4.running_years", cite: fs4,
			edit: fs(func(s *eligibility.FieldStation) { s.RunningSince = platform.Date{} }), want: platform.Unknown},
		{name: "（四）连续观测数据1年届满次日符合", rule: "eligibility.field_station.3.4.observation_data_years", cite: fs4,
			edit: fs(func(s *eligibility.FieldStation) { s.DataSince = day(2024, 2, 29) }), want: platform.Pass},
		{name: "（四）连续观测数据期间最后一日不符合", rule: "eligibility.field_station.3.4.observation_data_years", cite: fs4,
			edit: fs(func(s *eligibility.FieldStation) { s.DataSince = day(2024, 3, 1) }), want: platform.Fail, short: "2025年3月2日"},
		{name: "（四）选项：最后一日即满足", rule: "eligibility.field_station.3.4.observation_data_years", cite: fs4,
			opts: eligibility.Options{Counting: platform.Counting{MetOnLastDay: true}},
			edit: fs(func(s *eligibility.FieldStation) { s.DataSince = day(2024, 3, 1) }), want: platform.Pass},
		{name: "（四）未报数据起始日为信息不全", rule: "eligibility.field_station.3.4.observation_data_years", cite: fs4,
			edit: fs(func(s *eligibility.FieldStation) { s.DataSince = platform.Date{} }), want: platform.Unknown},
		{name: "（四）特色与影响未经评审为需评审", rule: "eligibility.field_station.3.4.distinctive_influence", cite: fs4, edit: noReviews, want: platform.Review},
		{name: "（四）承担科研任务能力未经评审为需评审", rule: "eligibility.field_station.3.4.task_capacity", cite: fs4, edit: noReviews, want: platform.Review},

		{name: "（五）队伍结构未经评审为需评审", rule: "eligibility.field_station.3.5.team_structure", cite: fs5, edit: noReviews, want: platform.Review},
		{name: "（五）管理制度未经评审为需评审", rule: "eligibility.field_station.3.5.management_rules", cite: fs5, edit: noReviews, want: platform.Review},

		{name: "（六）承诺开放共享", rule: "eligibility.field_station.3.6.open_sharing", cite: fs6, want: platform.Pass},
		{name: "（六）不承诺开放共享不符合", rule: "eligibility.field_station.3.6.open_sharing", cite: fs6,
			edit: fs(func(s *eligibility.FieldStation) { s.OpenSharing = no() }), want: platform.Fail},
		{name: "（六）未报开放共享为信息不全", rule: "eligibility.field_station.3.6.open_sharing", cite: fs6,
			edit: fs(func(s *eligibility.FieldStation) { s.OpenSharing = none }), want: platform.Unknown},

		{name: "（七）依托单位和主管部门保障", rule: "eligibility.field_station.3.7.support", cite: fs7, want: platform.Pass},
		{name: "（七）不能保障不符合", rule: "eligibility.field_station.3.7.support", cite: fs7,
			edit: fs(func(s *eligibility.FieldStation) { s.Support = no() }), want: platform.Fail},
		{name: "（七）未报保障为信息不全", rule: "eligibility.field_station.3.7.support", cite: fs7,
			edit: fs(func(s *eligibility.FieldStation) { s.Support = none }), want: platform.Unknown},

		{name: "第二十五条 选项：申报前2年内的学术不端不符合", rule: "eligibility.field_station.25.integrity", cite: "第二十五条", opts: withIntegrity,
			edit: func(a *eligibility.Application) {
				a.Applicant.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Misconduct, Date: day(2024, 1, 15)}})
			}, want: platform.Fail, short: "2026年1月16日"},
		{name: "第二十五条 选项：无记录符合", rule: "eligibility.field_station.25.integrity", cite: "第二十五条", opts: withIntegrity,
			edit: func(a *eligibility.Application) { a.Applicant.Integrity = eligibility.Some([]eligibility.Incident{}) }, want: platform.Pass},
		{name: "第二十五条 选项：未报诚信记录为信息不全", rule: "eligibility.field_station.25.integrity", cite: "第二十五条", opts: withIntegrity,
			want: platform.Unknown},
	}
	runRows(t, fieldStation, rows)
}

// TestNoIntegrityClauseByDefault proves that the sections without an integrity clause
// (野外站, 临床) are not checked for one unless the option asks.
func TestNoIntegrityClauseByDefault(t *testing.T) {
	cases := []struct {
		name string
		app  eligibility.Application
		rule string
	}{
		{"野外科学观测研究站无申报前2年诚信条款", fieldStation(), "eligibility.field_station.25.integrity"},
		{"临床医学研究中心无申报前2年诚信条款", clinical(), "eligibility.clinical_research_center.25.integrity"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.app.Applicant.Integrity = eligibility.Some([]eligibility.Incident{{Kind: eligibility.Misconduct, Date: day(2024, 1, 15)}})
			res, err := eligibility.Check(tc.app, eligibility.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, ok := res.Finding(tc.rule); ok {
				t.Errorf("default check has a finding for %s", tc.rule)
			}
			if res.Verdict != platform.Eligible {
				t.Errorf("verdict %v, want eligible", res.Verdict)
			}
			res, err = eligibility.Check(tc.app, eligibility.Options{IntegrityForAllSections: true})
			if err != nil {
				t.Fatal(err)
			}
			if f, ok := res.Finding(tc.rule); !ok || f.Outcome != platform.Fail {
				t.Errorf("with the option: %s = %v, want fail", tc.rule, f.Outcome)
			}
		})
	}
}
