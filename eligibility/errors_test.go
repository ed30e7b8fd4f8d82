package eligibility_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
)

// problems flattens a joined error into its *platform.Error parts.
func problems(err error) []*platform.Error {
	var out []*platform.Error
	var walk func(error)
	walk = func(e error) {
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		var pe *platform.Error
		if errors.As(e, &pe) {
			out = append(out, pe)
		}
	}
	walk(err)
	return out
}

func TestCheckRejectsImpossibleInput(t *testing.T) {
	type want struct {
		kind  platform.Kind
		field string
	}
	cases := []struct {
		name  string
		base  func() eligibility.Application
		edit  func(*eligibility.Application)
		wants []want
	}{
		{"负的实验室面积", keyLab, func(a *eligibility.Application) { a.KeyLab.LabArea = dec("-1") },
			[]want{{platform.ErrRange, "key_laboratory.lab_area"}}},
		{"负的固定资产", keyLab, func(a *eligibility.Application) { a.KeyLab.EquipmentValue = yuan("-0.01") },
			[]want{{platform.ErrRange, "key_laboratory.equipment_value"}}},
		{"固定资产的指数超过10^30为不可能（比较不得无限变慢）", keyLab, func(a *eligibility.Application) {
			a.KeyLab.EquipmentValue = eligibility.Some(platform.AmountOf(decimal.New(1, 31)))
		}, []want{{platform.ErrRange, "key_laboratory.equipment_value"}}},
		{"固定资产精确到10^-31元为不可能", keyLab, func(a *eligibility.Application) {
			a.KeyLab.EquipmentValue = eligibility.Some(platform.AmountOf(decimal.New(1, -31)))
		}, []want{{platform.ErrRange, "key_laboratory.equipment_value"}}},
		{"负的队伍人数", keyLab, func(a *eligibility.Application) { a.KeyLab.TeamSize = n(-1) },
			[]want{{platform.ErrRange, "key_laboratory.team_size"}}},
		{"高级职称人数多于专职人员", keyLab, func(a *eligibility.Application) { a.KeyLab.Senior, a.KeyLab.MidOrSenior = n(21), n(21) },
			[]want{{platform.ErrConflict, "key_laboratory.senior"}, {platform.ErrConflict, "key_laboratory.mid_or_senior"}}},
		{"高级职称人数多于中级及以上人数", keyLab, func(a *eligibility.Application) { a.KeyLab.Senior = n(7) },
			[]want{{platform.ErrConflict, "key_laboratory.senior"}}},
		{"中级及以上比例超过100%", keyLab, func(a *eligibility.Application) { a.KeyLab.MidOrSenior = n(21) },
			[]want{{platform.ErrConflict, "key_laboratory.mid_or_senior"}}},
		{"建设起始日晚于申报日", keyLab, func(a *eligibility.Application) { a.KeyLab.BuiltSince = day(2025, 3, 2) },
			[]want{{platform.ErrOrder, "key_laboratory.built_since"}}},
		{"项目未注明级别与日期", keyLab, func(a *eligibility.Application) {
			a.KeyLab.Projects = eligibility.Some([]eligibility.Project{{Role: eligibility.Role(7)}})
		}, []want{{platform.ErrInvalid, "key_laboratory.projects[0].level"}, {platform.ErrInvalid, "key_laboratory.projects[0].role"},
			{platform.ErrMissing, "key_laboratory.projects[0].date"}}},
		{"项目立项晚于申报日、结题早于立项", keyLab, func(a *eligibility.Application) {
			a.KeyLab.Projects = eligibility.Some([]eligibility.Project{
				{Level: eligibility.PlanCity, Date: day(2025, 3, 2)},
				{Level: eligibility.PlanCity, Date: day(2024, 3, 2), End: day(2024, 3, 1)},
				{Level: eligibility.PlanCounty, Date: day(2025, 3, 1), End: day(2027, 1, 1)}, // ongoing: valid
			})
		}, []want{{platform.ErrOrder, "key_laboratory.projects[0].date"}, {platform.ErrOrder, "key_laboratory.projects[1].end"}}},
		{"临床中心项目立项晚于申报日", clinical, func(a *eligibility.Application) {
			a.Clinical.Projects = eligibility.Some([]eligibility.Project{{Level: eligibility.PlanRegional, Date: day(2026, 1, 1)}})
		}, []want{{platform.ErrOrder, "clinical_research_center.projects[0].date"}}},
		{"工程中心停止运营之日早于运营起始日", engineering, func(a *eligibility.Application) {
			a.Engineering.OperatingSince, a.Engineering.OperatingUntil = day(2020, 1, 1), day(2019, 12, 31)
		}, []want{{platform.ErrOrder, "engineering_research_center.operating_until"}}},
		{"创新中心停止运营之日早于运营起始日", innovation, func(a *eligibility.Application) {
			a.Innovation.OperatingSince, a.Innovation.OperatingUntil = day(2020, 1, 1), day(2019, 12, 31)
		}, []want{{platform.ErrOrder, "technology_innovation_center.operating_until"}}},
		{"野外站停止运行之日、数据结束日早于起始日", fieldStation, func(a *eligibility.Application) {
			a.FieldStation.RunningUntil, a.FieldStation.DataUntil = day(2019, 12, 31), day(2019, 12, 31)
		}, []want{{platform.ErrOrder, "field_station.running_until"}, {platform.ErrOrder, "field_station.data_until"}}},
		{"论文未注明日期", keyLab, func(a *eligibility.Application) {
			a.KeyLab.Papers = eligibility.Some([]platform.Date{day(2024, 1, 1), {}})
		}, []want{{platform.ErrMissing, "key_laboratory.papers[1]"}}},
		{"未知平台类型", keyLab, func(a *eligibility.Application) { a.Type = platform.Type(9); a.KeyLab = nil; a.Reviews = nil },
			[]want{{platform.ErrInvalid, "type"}}},
		{"未报申报日", keyLab, func(a *eligibility.Application) { a.Date = platform.Date{} },
			[]want{{platform.ErrMissing, "date"}}},
		{"他类平台的材料", keyLab, func(a *eligibility.Application) { a.Engineering = &eligibility.Engineering{} },
			[]want{{platform.ErrConflict, "engineering_research_center"}}},
		{"未知依托单位类型", keyLab, func(a *eligibility.Application) { a.Applicant.Kind = eligibility.UnitKind(99) },
			[]want{{platform.ErrInvalid, "applicant.kind"}}},
		{"未知诚信记录类别", keyLab, func(a *eligibility.Application) {
			a.Applicant.Integrity = eligibility.Some([]eligibility.Incident{{Date: day(2024, 1, 1)}})
		}, []want{{platform.ErrInvalid, "applicant.integrity[0].kind"}}},
		{"禁申引用条款非第二十四、二十五条", keyLab, func(a *eligibility.Application) {
			a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(23), LastDay: day(2026, 1, 1)}, {Article: platform.Art(25)}})
		}, []want{{platform.ErrInvalid, "bans[0].article"}, {platform.ErrMissing, "bans[1].last_day"}}},
		{"评审意见指向他类条款、结论非符合或不符合、重复", keyLab, func(a *eligibility.Application) {
			a.Reviews = []eligibility.Review{
				{Rule: "eligibility.engineering_research_center.3.1.influence", Outcome: platform.Pass},
				{Rule: "eligibility.key_laboratory.3.7.ip_management", Outcome: platform.Review},
				{Rule: "eligibility.key_laboratory.3.7.goals_and_capacity", Outcome: platform.Pass},
				{Rule: "eligibility.key_laboratory.3.7.goals_and_capacity", Outcome: platform.Fail},
			}
		}, []want{{platform.ErrInvalid, "reviews[0].rule"}, {platform.ErrInvalid, "reviews[1].outcome"}, {platform.ErrDuplicate, "reviews[3].rule"}}},

		{"负的工程中心场所面积与试验条件", engineering, func(a *eligibility.Application) {
			a.Engineering.SiteArea, a.Engineering.FacilitiesValue, a.Engineering.TeamSize = dec("-200"), yuan("-1"), n(-5)
		}, []want{{platform.ErrRange, "engineering_research_center.site_area"}, {platform.ErrRange, "engineering_research_center.facilities_value"},
			{platform.ErrRange, "engineering_research_center.team_size"}}},
		{"工程中心运营起始日晚于申报日", engineering, func(a *eligibility.Application) { a.Engineering.OperatingSince = day(2026, 1, 1) },
			[]want{{platform.ErrOrder, "engineering_research_center.operating_since"}}},
		{"野外站负的土地使用年限、起始日晚于申报日", fieldStation, func(a *eligibility.Application) {
			a.FieldStation.LandUseYears, a.FieldStation.RunningSince, a.FieldStation.DataSince = n(-1), day(2025, 3, 2), day(2025, 3, 2)
		}, []want{{platform.ErrRange, "field_station.land_use_years"}, {platform.ErrOrder, "field_station.running_since"},
			{platform.ErrOrder, "field_station.data_since"}}},
		{"创新中心负的人数与案例、运营起始日晚于申报日", innovation, func(a *eligibility.Application) {
			a.Innovation.TeamSize, a.Innovation.ServiceCases, a.Innovation.OperatingSince = n(-1), n(-1), day(2025, 3, 2)
		}, []want{{platform.ErrRange, "technology_innovation_center.team_size"}, {platform.ErrRange, "technology_innovation_center.service_cases"},
			{platform.ErrOrder, "technology_innovation_center.operating_since"}}},
		{"临床中心未知医院等级、负的网络数", clinical, func(a *eligibility.Application) {
			a.Clinical.HospitalGrade, a.Clinical.CityHospitals, a.Clinical.CountyInstitutions = eligibility.HospitalGrade(40), n(-1), n(-3)
			a.Clinical.Projects = eligibility.Some([]eligibility.Project{{Level: eligibility.PlanLevel(9), Date: day(2024, 1, 1)}})
		}, []want{{platform.ErrInvalid, "clinical_research_center.hospital_grade"}, {platform.ErrRange, "clinical_research_center.city_hospitals"},
			{platform.ErrRange, "clinical_research_center.county_institutions"}, {platform.ErrInvalid, "clinical_research_center.projects[0].level"}}},
		{"新型研发机构登记日晚于申报日", newRD, func(a *eligibility.Application) { a.NewRD.RegisteredOn = day(2025, 3, 2) },
			[]want{{platform.ErrOrder, "new_rd_institution.registered_on"}}},
		{"新型研发机构未知类别、功能与依托对象", newRD, func(a *eligibility.Application) {
			a.NewRD.Category = platform.Category(9)
			a.NewRD.Functions = fns(eligibility.Function(0))
			a.NewRD.Partners = eligibility.Some([]eligibility.Partner{{Kind: 0}, {Kind: eligibility.PartnerKeyLaboratory, Level: platform.Level(9)}})
		}, []want{{platform.ErrInvalid, "new_rd_institution.category"}, {platform.ErrInvalid, "new_rd_institution.functions[0]"},
			{platform.ErrInvalid, "new_rd_institution.partners[0].kind"}, {platform.ErrInvalid, "new_rd_institution.partners[1].level"}}},
		{"新型研发机构负的面积、设备与人数", newRD, func(a *eligibility.Application) {
			r := a.NewRD
			r.OfficeArea, r.ResearchArea, r.FieldArea, r.EquipmentValue = dec("-1"), dec("-1"), dec("-1"), yuan("-1")
			r.Employees, r.ResearchStaff, r.QualifiedEmployees, r.QualifiedResearchStaff = n(-1), n(-1), n(-1), n(-1)
			r.BachelorRDStaff, r.TechnicalLeaders, r.ServiceCases = n(-1), n(-1), n(-1)
		}, []want{{platform.ErrRange, "new_rd_institution.office_area"}, {platform.ErrRange, "new_rd_institution.research_area"},
			{platform.ErrRange, "new_rd_institution.field_area"}, {platform.ErrRange, "new_rd_institution.equipment_value"},
			{platform.ErrRange, "new_rd_institution.employees"}, {platform.ErrRange, "new_rd_institution.service_cases"}}},
		{"科研人员多于职工、比例超过100%", newRD, func(a *eligibility.Application) {
			r := a.NewRD
			r.ResearchStaff, r.QualifiedEmployees, r.QualifiedResearchStaff, r.BachelorRDStaff = n(101), n(101), n(102), n(101)
		}, []want{{platform.ErrConflict, "new_rd_institution.research_staff"}, {platform.ErrConflict, "new_rd_institution.qualified_employees"},
			{platform.ErrConflict, "new_rd_institution.qualified_research_staff"}, {platform.ErrConflict, "new_rd_institution.bachelor_rd_staff"}}},
		{"人数超过10^12为不可能（比例交叉相乘不得溢出）", keyLab, func(a *eligibility.Application) {
			a.KeyLab.FullTimeResearchers, a.KeyLab.MidOrSenior, a.KeyLab.Senior = n(1<<61), n(1), n(1)
		}, []want{{platform.ErrRange, "key_laboratory.full_time_researchers"}}},
		{"新型研发机构职工人数超过10^12为不可能", newRD, func(a *eligibility.Application) {
			a.NewRD.Employees, a.NewRD.ResearchStaff = n(1_000_000_000_001), n(1_000_000_000_001)
		}, []want{{platform.ErrRange, "new_rd_institution.employees"}, {platform.ErrRange, "new_rd_institution.research_staff"}}},
		{"野外站土地使用年限超过10^12为不可能", fieldStation, func(a *eligibility.Application) {
			a.FieldStation.LandUseYears = n(1 << 62)
		}, []want{{platform.ErrRange, "field_station.land_use_years"}}},
		{"多处问题一并报告", keyLab, func(a *eligibility.Application) {
			a.KeyLab.LabArea, a.KeyLab.Senior, a.KeyLab.BuiltSince = dec("-0.01"), n(30), day(2030, 1, 1)
		}, []want{{platform.ErrRange, "key_laboratory.lab_area"}, {platform.ErrConflict, "key_laboratory.senior"},
			{platform.ErrOrder, "key_laboratory.built_since"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			app := tc.base()
			tc.edit(&app)
			res, err := eligibility.Check(app, eligibility.Options{})
			if err == nil {
				t.Fatalf("Check accepted impossible input; verdict %v", res.Verdict)
			}
			if res.Len() != 0 || res.Verdict != 0 {
				t.Errorf("Check decided on bad input: %v, %d findings", res.Verdict, res.Len())
			}
			got := problems(err)
			for _, w := range tc.wants {
				if !errors.Is(err, w.kind) {
					t.Errorf("errors.Is(err, %v) = false; err = %v", w.kind, err)
				}
				found := false
				for _, p := range got {
					if p.Field == w.field && p.Kind == w.kind && p.Op == "eligibility.Check" {
						found = true
					}
				}
				if !found {
					t.Errorf("no %v error for field %s in %v", w.kind, w.field, err)
				}
			}
			if !strings.HasPrefix(err.Error(), "eligibility.Check") {
				t.Errorf("error %q does not name the operation", err)
			}
		})
	}
}

func TestThresholdsValidate(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(*eligibility.Thresholds)
		kind  platform.Kind
		field string
	}{
		{"负的面积", func(th *eligibility.Thresholds) { th.KeyLabAreaM2.Value = decimal.RequireFromString("-300") },
			platform.ErrRange, "key_laboratory_area_m2.value"},
		{"面积超过两位小数", func(th *eligibility.Thresholds) { th.KeyLabAreaM2.Value = decimal.RequireFromString("300.001") },
			platform.ErrInvalid, "key_laboratory_area_m2.value"},
		{"人数非整数", func(th *eligibility.Thresholds) { th.KeyLabTeamSize.Value = decimal.RequireFromString("10.5") },
			platform.ErrInvalid, "key_laboratory_team_size.value"},
		{"比例超过100%", func(th *eligibility.Thresholds) { th.KeyLabMidTitlePercent.Value = decimal.RequireFromString("101") },
			platform.ErrRange, "key_laboratory_mid_title_percent.value"},
		{"数值过大", func(th *eligibility.Thresholds) {
			th.EngineeringFacilitiesYuan.Value = decimal.RequireFromString("1e20")
		},
			platform.ErrRange, "engineering_facilities_yuan.value"},
		{"未注明条款", func(th *eligibility.Thresholds) { th.InnovationTeamSize.Cite = platform.Citation{} },
			platform.ErrMissing, "innovation_team_size.citation"},
		{"界限词非下限", func(th *eligibility.Thresholds) { th.NewRDServiceCases.Bound = platform.AtMostYiXia },
			platform.ErrInvalid, "new_rd_service_cases.bound"},
		{"回溯年数为零", func(th *eligibility.Thresholds) { th.KeyLabIntegrity.Years = 0 },
			platform.ErrRange, "key_laboratory_integrity.years"},
		{"回溯期界限词非上限", func(th *eligibility.Thresholds) { th.ClinicalProjectWindow.Bound = platform.AtLeastYiShang },
			platform.ErrInvalid, "clinical_project_window.bound"},
		{"回溯期未注明条款", func(th *eligibility.Thresholds) { th.KeyLabRecent.Cite = platform.Citation{} },
			platform.ErrMissing, "key_laboratory_recent.citation"},
		{"医院等级为未定级", func(th *eligibility.Thresholds) { th.ClinicalHospitalGrade.Grade = eligibility.Ungraded },
			platform.ErrInvalid, "clinical_hospital_grade.grade"},
		{"医院等级界限词与条款", func(th *eligibility.Thresholds) {
			th.ClinicalHospitalGrade.Bound, th.ClinicalHospitalGrade.Cite = 0, platform.Citation{}
		}, platform.ErrInvalid, "clinical_hospital_grade.bound"},
		{"重点实验室级别无效", func(th *eligibility.Thresholds) {
			th.NewRDPartnerKeyLabLevel.Level, th.NewRDPartnerKeyLabLevel.Bound, th.NewRDPartnerKeyLabLevel.Cite = 0, 0, platform.Citation{}
		}, platform.ErrInvalid, "new_rd_partner_key_laboratory_level.level"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			th := eligibility.DefaultThresholds()
			tc.edit(&th)
			err := th.Validate()
			if err == nil {
				t.Fatal("Validate accepted a bad table")
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("errors.Is(%v, %v) = false", err, tc.kind)
			}
			found := false
			for _, p := range problems(err) {
				found = found || p.Field == tc.field
			}
			if !found {
				t.Errorf("no error for %s in %v", tc.field, err)
			}
			if c, err := eligibility.New(th); err == nil || c != nil {
				t.Errorf("New accepted a bad table")
			}
		})
	}
	if err := eligibility.DefaultThresholds().Validate(); err != nil {
		t.Errorf("default table: %v", err)
	}
}

func TestCheckRejectsAbsurdAreas(t *testing.T) {
	for _, s := range []string{"1e31", "1e-31", "-5e40"} {
		app := keyLab()
		app.KeyLab.LabArea = dec(s)
		if _, err := eligibility.Check(app, eligibility.Options{}); !errors.Is(err, platform.ErrRange) {
			t.Errorf("area %s: err = %v, want ErrRange", s, err)
		}
	}
	app := keyLab()
	app.KeyLab.LabArea = dec("3e2")
	res, err := eligibility.Check(app, eligibility.Options{})
	if f, _ := res.Finding("eligibility.key_laboratory.3.1.lab_area"); err != nil || f.Outcome != platform.Pass {
		t.Errorf("area 3e2 = %v, %v; want pass", f.Outcome, err)
	}
}

// TestMoneyAtTheExponentBound: a sum at the bound of 附件 amounts the check accepts (an
// exponent of ±30) is still decided; one step past it is impossible input (the rows above).
func TestMoneyAtTheExponentBound(t *testing.T) {
	for _, d := range []decimal.Decimal{decimal.New(1, 30), decimal.RequireFromString("500000." + strings.Repeat("0", 30))} {
		app := keyLab()
		app.KeyLab.EquipmentValue = eligibility.Some(platform.AmountOf(d))
		res, err := eligibility.Check(app, eligibility.Options{})
		if err != nil {
			t.Fatalf("equipment %s: %v", d, err)
		}
		if f, ok := res.Finding("eligibility.key_laboratory.3.1.equipment_value"); !ok || f.Outcome != platform.Pass {
			t.Errorf("equipment %s: %v %v, want pass", d, f.Outcome, ok)
		}
	}
}
