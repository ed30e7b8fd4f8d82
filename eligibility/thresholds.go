package eligibility

import (
	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// Threshold is one numeric row of the parameter table: the value of a floor, the boundary
// word of the clause that states it, and the clause. Areas are in ㎡ and money in 元 (at most
// two decimals); counts, percentages and years are whole numbers.
type Threshold struct {
	Value decimal.Decimal    `json:"value"`
	Bound platform.BoundWord `json:"bound"`
	Cite  platform.Citation  `json:"citation"`
}

// Period is a look-back row: 申报前N年 or 近N年, in whole years, with its clause, and the
// boundary word where the clause has one (申报前3年内: 以内); 申报前2年 and 近三年 have none.
// Every look-back is counted by [platform.LookBack].
type Period struct {
	Years int                `json:"years"`
	Cite  platform.Citation  `json:"citation"`
	Bound platform.BoundWord `json:"bound,omitempty"`
}

// GradeThreshold is the lowest hospital grade a clause admits (三级乙等以上).
type GradeThreshold struct {
	Grade HospitalGrade      `json:"grade"`
	Bound platform.BoundWord `json:"bound"`
	Cite  platform.Citation  `json:"citation"`
}

// LevelThreshold is the lowest platform level a clause admits (自治区级（含）以上).
type LevelThreshold struct {
	Level platform.Level     `json:"level"`
	Bound platform.BoundWord `json:"bound"`
	Cite  platform.Citation  `json:"citation"`
}

// Thresholds is the parameter table of the annex: every number of every 第三条, each row
// with its clause and boundary word. [DefaultThresholds] returns this edition's table; a
// caller may pass another to [New]. It round-trips through JSON with snake_case names.
type Thresholds struct {
	EngineeringOperatingYears Threshold `json:"engineering_operating_years"`
	EngineeringSiteAreaM2     Threshold `json:"engineering_site_area_m2"`
	EngineeringFacilitiesYuan Threshold `json:"engineering_facilities_yuan"`
	EngineeringTeamSize       Threshold `json:"engineering_team_size"`
	EngineeringIntegrity      Period    `json:"engineering_integrity"`

	FieldLandUseYears Threshold `json:"field_land_use_years"`
	FieldRunningYears Threshold `json:"field_running_years"`
	FieldDataYears    Threshold `json:"field_data_years"`

	KeyLabAreaM2              Threshold `json:"key_laboratory_area_m2"`
	KeyLabEquipmentYuan       Threshold `json:"key_laboratory_equipment_yuan"`
	KeyLabBuildYears          Threshold `json:"key_laboratory_build_years"`
	KeyLabTeamSize            Threshold `json:"key_laboratory_team_size"`
	KeyLabRecent              Period    `json:"key_laboratory_recent"`
	KeyLabProjects            Threshold `json:"key_laboratory_projects"`
	KeyLabPapers              Threshold `json:"key_laboratory_papers"`
	KeyLabFullTimeResearchers Threshold `json:"key_laboratory_full_time_researchers"`
	KeyLabMidTitlePercent     Threshold `json:"key_laboratory_mid_title_percent"`
	KeyLabSeniorTitlePercent  Threshold `json:"key_laboratory_senior_title_percent"`
	KeyLabIntegrity           Period    `json:"key_laboratory_integrity"`

	InnovationOperatingYears Threshold `json:"innovation_operating_years"`
	InnovationTeamSize       Threshold `json:"innovation_team_size"`
	InnovationServiceCases   Threshold `json:"innovation_service_cases"`
	InnovationIntegrity      Period    `json:"innovation_integrity"`

	ClinicalHospitalGrade      GradeThreshold `json:"clinical_hospital_grade"`
	ClinicalProjectWindow      Period         `json:"clinical_project_window"`
	ClinicalCityHospitals      Threshold      `json:"clinical_city_hospitals"`
	ClinicalCountyInstitutions Threshold      `json:"clinical_county_institutions"`

	NewRDRegistrationYears        Threshold      `json:"new_rd_registration_years"`
	NewRDAgricultureAreaM2        Threshold      `json:"new_rd_agriculture_area_m2"`
	NewRDAgricultureEquipmentYuan Threshold      `json:"new_rd_agriculture_equipment_yuan"`
	NewRDIndustryAreaM2           Threshold      `json:"new_rd_industry_area_m2"`
	NewRDIndustryEquipmentYuan    Threshold      `json:"new_rd_industry_equipment_yuan"`
	NewRDServiceAreaM2            Threshold      `json:"new_rd_service_area_m2"`
	NewRDResearchStaffPercent     Threshold      `json:"new_rd_research_staff_percent"`
	NewRDQualifiedPercent         Threshold      `json:"new_rd_qualified_percent"`
	NewRDBachelorRDStaff          Threshold      `json:"new_rd_bachelor_rd_staff"`
	NewRDTechnicalLeaders         Threshold      `json:"new_rd_technical_leaders"`
	NewRDPartnerKeyLabLevel       LevelThreshold `json:"new_rd_partner_key_laboratory_level"`
	NewRDServiceCases             Threshold      `json:"new_rd_service_cases"`
	NewRDIntegrity                Period         `json:"new_rd_integrity"`

	// ExtendedIntegrity is the look-back applied to 野外科学观测研究站 and 临床医学研究中心
	// when Options.IntegrityForAllSections is set; those sections have no integrity clause,
	// so it rests on 第二十五条 (市级科技创新平台纳入全市科研诚信管理范畴).
	ExtendedIntegrity Period `json:"extended_integrity"`
}

func th(v string, b platform.BoundWord, c platform.Citation) Threshold {
	return Threshold{Value: decimal.RequireFromString(v), Bound: b, Cite: c}
}

// DefaultThresholds returns this edition's table, as a fresh copy.
func DefaultThresholds() Thresholds {
	E, F, K := platform.EngineeringCenter, platform.FieldStation, platform.KeyLaboratory
	I, C, N := platform.InnovationCenter, platform.ClinicalCenter, platform.NewRDInstitution
	a := platform.AnnexArt
	return Thresholds{
		EngineeringOperatingYears: th("2", platform.AtLeastBuDiYu, a(E, 3, 1)),
		EngineeringSiteAreaM2:     th("200", platform.AtLeastBuDiYu, a(E, 3, 3)),
		EngineeringFacilitiesYuan: th("300000", platform.AtLeastBuDiYu, a(E, 3, 3)),
		EngineeringTeamSize:       th("5", platform.AtLeastBuDiYu, a(E, 3, 4)),
		EngineeringIntegrity:      Period{Years: 2, Cite: a(E, 3, 7)},

		FieldLandUseYears: th("20", platform.AtLeastYiShang, a(F, 3, 3)),
		FieldRunningYears: th("1", platform.AtLeastYiShang, a(F, 3, 4)),
		FieldDataYears:    th("1", platform.AtLeastYiShang, a(F, 3, 4)),

		KeyLabAreaM2:              th("300", platform.AtLeastBuShaoYu, a(K, 3, 1)),
		KeyLabEquipmentYuan:       th("500000", platform.AtLeastBuDiYu, a(K, 3, 1)),
		KeyLabBuildYears:          th("2", platform.AtLeastYiShang, a(K, 3, 2)),
		KeyLabTeamSize:            th("10", platform.AtLeastBuDiYu, a(K, 3, 3)),
		KeyLabRecent:              Period{Years: 3, Cite: a(K, 3, 4)},
		KeyLabProjects:            th("5", platform.AtLeastYiShang, a(K, 3, 4)),
		KeyLabPapers:              th("5", platform.AtLeastYiShang, a(K, 3, 4)),
		KeyLabFullTimeResearchers: th("15", platform.AtLeastBuShaoYu, a(K, 3, 5)),
		KeyLabMidTitlePercent:     th("30", platform.AtLeastYiShang, a(K, 3, 5)),
		KeyLabSeniorTitlePercent:  th("10", platform.AtLeastYiShang, a(K, 3, 5)),
		KeyLabIntegrity:           Period{Years: 2, Cite: a(K, 3, 9)},

		InnovationOperatingYears: th("2", platform.AtLeastMan, a(I, 3, 1)),
		InnovationTeamSize:       th("20", platform.AtLeastBuDiYu, a(I, 3, 3)),
		InnovationServiceCases:   th("5", platform.AtLeastBuDiYu, a(I, 3, 4)),
		InnovationIntegrity:      Period{Years: 2, Cite: a(I, 3, 6)},

		ClinicalHospitalGrade:      GradeThreshold{Grade3B, platform.AtLeastYiShang, a(C, 3, 1)},
		ClinicalProjectWindow:      Period{Years: 3, Cite: a(C, 3, 3), Bound: platform.AtMostYiNei},
		ClinicalCityHospitals:      th("1", platform.AtLeastBuShaoYu, a(C, 3, 4)),
		ClinicalCountyInstitutions: th("3", platform.AtLeastBuShaoYu, a(C, 3, 4)),

		NewRDRegistrationYears:        th("2", platform.AtLeastMan, a(N, 3, 2)),
		NewRDAgricultureAreaM2:        th("2000", platform.AtLeastBuShaoYu, a(N, 3, 3).WithPart("农业类")),
		NewRDAgricultureEquipmentYuan: th("1000000", platform.AtLeastBuDiYu, a(N, 3, 3).WithPart("农业类")),
		NewRDIndustryAreaM2:           th("1000", platform.AtLeastYiShang, a(N, 3, 3).WithPart("工业类")),
		NewRDIndustryEquipmentYuan:    th("3000000", platform.AtLeastBuDiYu, a(N, 3, 3).WithPart("工业类")),
		NewRDServiceAreaM2:            th("300", platform.AtLeastBuShaoYu, a(N, 3, 3).WithPart("服务类")),
		NewRDResearchStaffPercent:     th("60", platform.AtLeastYiShang, a(N, 3, 4)),
		NewRDQualifiedPercent:         th("50", platform.MoreThanGaoYu, a(N, 3, 4)),
		NewRDBachelorRDStaff:          th("10", platform.AtLeastYiShang, a(N, 3, 4)),
		NewRDTechnicalLeaders:         th("1", platform.AtLeastYiShang, a(N, 3, 4)),
		NewRDPartnerKeyLabLevel:       LevelThreshold{platform.Regional, platform.AtLeastYiShang, a(N, 3, 5)},
		NewRDServiceCases:             th("3", platform.AtLeastBuDiYu, a(N, 3, 5)),
		NewRDIntegrity:                Period{Years: 2, Cite: a(N, 3, 7)},

		ExtendedIntegrity: Period{Years: 2, Cite: platform.Art(25)},
	}
}

// rowKind says what a Threshold row measures, and so how it is normalised.
type rowKind uint8

const (
	kArea    rowKind = iota + 1 // ㎡, held in hundredths
	kMoney                      // 元, held in hundredths (分)
	kCount                      // a whole count
	kPercent                    // a whole percentage, 0–100
	kYears                      // whole years
)

type row struct {
	name string
	t    *Threshold
	kind rowKind
	unit platform.Unit
	rule ruleIndex
}

type periodRow struct {
	name string
	p    *Period
	rule ruleIndex
}

func (t *Thresholds) rows() []row {
	return []row{
		{"engineering_operating_years", &t.EngineeringOperatingYears, kYears, platform.YearUnit, rEOperating},
		{"engineering_site_area_m2", &t.EngineeringSiteAreaM2, kArea, platform.SquareMetre, rESiteArea},
		{"engineering_facilities_yuan", &t.EngineeringFacilitiesYuan, kMoney, platform.Yuan, rEFacilities},
		{"engineering_team_size", &t.EngineeringTeamSize, kCount, platform.Person, rETeam},
		{"field_land_use_years", &t.FieldLandUseYears, kYears, platform.YearUnit, rFLand},
		{"field_running_years", &t.FieldRunningYears, kYears, platform.YearUnit, rFRunning},
		{"field_data_years", &t.FieldDataYears, kYears, platform.YearUnit, rFData},
		{"key_laboratory_area_m2", &t.KeyLabAreaM2, kArea, platform.SquareMetre, rKArea},
		{"key_laboratory_equipment_yuan", &t.KeyLabEquipmentYuan, kMoney, platform.Yuan, rKEquipment},
		{"key_laboratory_build_years", &t.KeyLabBuildYears, kYears, platform.YearUnit, rKBuild},
		{"key_laboratory_team_size", &t.KeyLabTeamSize, kCount, platform.Person, rKTeam},
		{"key_laboratory_projects", &t.KeyLabProjects, kCount, platform.Item, rKProjects},
		{"key_laboratory_papers", &t.KeyLabPapers, kCount, platform.Paper, rKPapers},
		{"key_laboratory_full_time_researchers", &t.KeyLabFullTimeResearchers, kCount, platform.Person, rKFullTime},
		{"key_laboratory_mid_title_percent", &t.KeyLabMidTitlePercent, kPercent, platform.Person, rKMidRatio},
		{"key_laboratory_senior_title_percent", &t.KeyLabSeniorTitlePercent, kPercent, platform.Person, rKSeniorRatio},
		{"innovation_operating_years", &t.InnovationOperatingYears, kYears, platform.YearUnit, rIOperating},
		{"innovation_team_size", &t.InnovationTeamSize, kCount, platform.Person, rITeam},
		{"innovation_service_cases", &t.InnovationServiceCases, kCount, platform.Item, rIServiceCases},
		{"clinical_city_hospitals", &t.ClinicalCityHospitals, kCount, platform.Institution, rCCityHospitals},
		{"clinical_county_institutions", &t.ClinicalCountyInstitutions, kCount, platform.Institution, rCCounty},
		{"new_rd_registration_years", &t.NewRDRegistrationYears, kYears, platform.YearUnit, rNRegistration},
		{"new_rd_agriculture_area_m2", &t.NewRDAgricultureAreaM2, kArea, platform.SquareMetre, rNAgriArea},
		{"new_rd_agriculture_equipment_yuan", &t.NewRDAgricultureEquipmentYuan, kMoney, platform.Yuan, rNAgriEquipment},
		{"new_rd_industry_area_m2", &t.NewRDIndustryAreaM2, kArea, platform.SquareMetre, rNIndArea},
		{"new_rd_industry_equipment_yuan", &t.NewRDIndustryEquipmentYuan, kMoney, platform.Yuan, rNIndEquipment},
		{"new_rd_service_area_m2", &t.NewRDServiceAreaM2, kArea, platform.SquareMetre, rNSvcArea},
		{"new_rd_research_staff_percent", &t.NewRDResearchStaffPercent, kPercent, platform.Person, rNResearchRatio},
		{"new_rd_qualified_percent", &t.NewRDQualifiedPercent, kPercent, platform.Person, rNQualifiedRatio},
		{"new_rd_bachelor_rd_staff", &t.NewRDBachelorRDStaff, kCount, platform.Person, rNBachelor},
		{"new_rd_technical_leaders", &t.NewRDTechnicalLeaders, kCount, platform.Person, rNLeaders},
		{"new_rd_service_cases", &t.NewRDServiceCases, kCount, platform.Item, rNServiceCases},
	}
}

func (t *Thresholds) periods() []periodRow {
	return []periodRow{
		{"engineering_integrity", &t.EngineeringIntegrity, rEIntegrity},
		{"key_laboratory_recent", &t.KeyLabRecent, rKProjects},
		{"key_laboratory_recent", &t.KeyLabRecent, rKPapers},
		{"key_laboratory_integrity", &t.KeyLabIntegrity, rKIntegrity},
		{"innovation_integrity", &t.InnovationIntegrity, rIIntegrity},
		{"clinical_project_window", &t.ClinicalProjectWindow, rCProjects},
		{"new_rd_integrity", &t.NewRDIntegrity, rNIntegrity},
		{"extended_integrity", &t.ExtendedIntegrity, rFIntegrity},
		{"extended_integrity", &t.ExtendedIntegrity, rCIntegrity},
	}
}

// maxValue bounds every threshold so that normalised arithmetic cannot overflow.
var maxValue = decimal.New(1, 12)

// Validate checks every row: cited with a valid citation, a boundary word that sets a
// floor (以上, 不低于, 不少于, 满, 高于), a value that is not negative and not absurdly
// large, areas and money to at most two decimals, counts, percentages and years whole, and
// percentages at most 100. All problems are joined.
func (t Thresholds) Validate() error {
	const op = "eligibility.Thresholds.Validate"
	var p platform.Problems
	for _, r := range t.rows() {
		v := r.t.Value
		switch {
		case r.t.Cite.IsZero() || !r.t.Cite.Valid():
			p.Addf(op, platform.ErrMissing, r.name+".citation", r.t.Cite.String())
		}
		if !r.t.Bound.Valid() || !r.t.Bound.Lower() {
			p.Addf(op, platform.ErrInvalid, r.name+".bound", r.t.Bound.String())
		}
		switch {
		case v.IsNegative():
			p.Addf(op, platform.ErrRange, r.name+".value", v.String())
		case v.Cmp(maxValue) > 0:
			p.Addf(op, platform.ErrRange, r.name+".value", v.String())
		case r.kind == kArea || r.kind == kMoney:
			if !v.Equal(v.Truncate(2)) {
				p.Addf(op, platform.ErrInvalid, r.name+".value", v.String())
			}
		case !v.Equal(v.Truncate(0)):
			p.Addf(op, platform.ErrInvalid, r.name+".value", v.String())
		case r.kind == kPercent && v.Cmp(decimal.NewFromInt(100)) > 0:
			p.Addf(op, platform.ErrRange, r.name+".value", v.String())
		}
	}
	for _, r := range t.periods() {
		if r.p.Cite.IsZero() || !r.p.Cite.Valid() {
			p.Addf(op, platform.ErrMissing, r.name+".citation", r.p.Cite.String())
		}
		if r.p.Years < 1 || r.p.Years > 100 {
			p.Addf(op, platform.ErrRange, r.name+".years", itoa(int64(r.p.Years)))
		}
		if b := r.p.Bound; b != 0 && (!b.Valid() || b.Lower()) {
			p.Addf(op, platform.ErrInvalid, r.name+".bound", b.String())
		}
	}
	g := t.ClinicalHospitalGrade
	if !g.Grade.Valid() || g.Grade == Ungraded {
		p.Addf(op, platform.ErrInvalid, "clinical_hospital_grade.grade", g.Grade.String())
	}
	if !g.Bound.Valid() || !g.Bound.Lower() {
		p.Addf(op, platform.ErrInvalid, "clinical_hospital_grade.bound", g.Bound.String())
	}
	if g.Cite.IsZero() || !g.Cite.Valid() {
		p.Addf(op, platform.ErrMissing, "clinical_hospital_grade.citation", g.Cite.String())
	}
	l := t.NewRDPartnerKeyLabLevel
	if !l.Level.Valid() {
		p.Addf(op, platform.ErrInvalid, "new_rd_partner_key_laboratory_level.level", l.Level.String())
	}
	if !l.Bound.Valid() || !l.Bound.Lower() {
		p.Addf(op, platform.ErrInvalid, "new_rd_partner_key_laboratory_level.bound", l.Bound.String())
	}
	if l.Cite.IsZero() || !l.Cite.Valid() {
		p.Addf(op, platform.ErrMissing, "new_rd_partner_key_laboratory_level.citation", l.Cite.String())
	}
	return p.Err()
}
