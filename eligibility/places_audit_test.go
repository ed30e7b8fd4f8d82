package eligibility_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An independent review of issues 17, 26 and 23 (items 1–3): rows written from the law's
// text, each expectation fixed before the library was run.

// TestRegistrationYearsCounting proves how 附件·拉萨市新型研发机构 第三条（二） "在拉萨市依法登记
// 注册满2年" is counted (LEGAL.md §2.2 and §3): 满 includes the number (《民法典》第一千二百五十九
// 条); the day of registration is not counted (第二百零一条); the period's last day is the
// corresponding day two years on, or the month's last day when there is none (第二百零二条),
// and ends at 24:00 (第二百零三条). So by default the clause is met the day after the
// anniversary, and with Counting.MetOnLastDay on the anniversary itself.
func TestRegistrationYearsCounting(t *testing.T) {
	const rule, cite = "eligibility.new_rd_institution.3.2.registration_years", "附件·拉萨市新型研发机构 第三条（二）"
	onLastDay := eligibility.Options{Counting: platform.Counting{MetOnLastDay: true}}
	registered := func(on, applied platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.Date = applied
			a.NewRD.RegisteredOn = on
		}
	}
	movedIn := func(since, applied platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.Date = applied
			registeredIn(codeChengdu, "540102")(a)
			a.NewRD.RegisteredOn = day(2019, 5, 10)
			a.Applicant.RegisteredInSince = since
		}
	}
	runRows(t, newRD, []row{
		{name: "2023年3月1日在拉萨登记，2025年3月1日（两周年当日，期间最后一日）申报，满2年尚未届满，不符合，次日满足",
			rule: rule, cite: cite, edit: registered(day(2023, 3, 1), day(2025, 3, 1)), want: platform.Fail, short: "2025年3月2日"},
		{name: "2023年3月1日在拉萨登记，两周年当日申报，按期间最后一日即满足的读法（选项）符合",
			rule: rule, cite: cite, opts: onLastDay, edit: registered(day(2023, 3, 1), day(2025, 3, 1)), want: platform.Pass},
		{name: "2023年3月1日在拉萨登记，2025年3月2日申报，满2年，符合",
			rule: rule, cite: cite, edit: registered(day(2023, 3, 1), day(2025, 3, 2)), want: platform.Pass},
		{name: "2024年2月29日（闰日）在拉萨登记，2026年无2月29日，期间最后一日为2月28日，当日申报不符合，3月1日满足",
			rule: rule, cite: cite, edit: registered(day(2024, 2, 29), day(2026, 2, 28)), want: platform.Fail, short: "2026年3月1日"},
		{name: "2024年2月29日（闰日）在拉萨登记，2026年2月28日申报，按期间最后一日即满足的读法（选项）符合",
			rule: rule, cite: cite, opts: onLastDay, edit: registered(day(2024, 2, 29), day(2026, 2, 28)), want: platform.Pass},
		{name: "2024年2月29日（闰日）在拉萨登记，2026年3月1日申报，满2年，符合",
			rule: rule, cite: cite, edit: registered(day(2024, 2, 29), day(2026, 3, 1)), want: platform.Pass},
		{name: "2022年2月28日在拉萨登记，2024年2月29日（闰日）申报，期间最后一日为2024年2月28日，符合",
			rule: rule, cite: cite, edit: registered(day(2022, 2, 28), day(2024, 2, 29)), want: platform.Pass},
		{name: "2024年2月29日（闰日）迁入拉萨，2026年2月28日申报，自迁入日起算不满2年，不符合",
			rule: rule, cite: cite, edit: movedIn(day(2024, 2, 29), day(2026, 2, 28)), want: platform.Fail, short: "2026年3月1日"},
		{name: "2024年2月29日（闰日）迁入拉萨，2026年3月1日申报，自迁入日起算满2年，符合",
			rule: rule, cite: cite, edit: movedIn(day(2024, 2, 29), day(2026, 3, 1)), want: platform.Pass},
		{name: "代码与现登记地均在拉萨（城关区迁至堆龙德庆区），迁入日报为首次在拉萨登记之日，自该日起算，符合",
			rule: rule, cite: cite,
			edit: func(a *eligibility.Application) {
				registeredIn(codeDistrict, "540103")(a)
				a.Applicant.RegisteredInSince = day(2020, 1, 1)
			}, want: platform.Pass, found: "2020年1月1日"},
	})
}

// TestRegionAndPrefectureCodes proves how the division codes of the region read, for 第二条
// (在拉萨市行政区域范围内组建) and each section's 在拉萨市行政区域依法登记注册 (LEGAL.md §9): 5401xx
// is Lhasa, its districts, counties and parks (540122 当雄县, 540171 拉萨经济技术开发区); 540000 is
// the region's own level and needs a reviewer; the other prefectures (5402xx 日喀则市, 540300
// 昌都市) are outside Lhasa.
func TestRegionAndPrefectureCodes(t *testing.T) {
	const (
		art2    = "eligibility.2.within_lhasa"
		klReg   = "eligibility.key_laboratory.3.1.registered_in_lhasa"
		nrReg   = "eligibility.new_rd_institution.3.2.registered_in_lhasa"
		nrYears = "eligibility.new_rd_institution.3.2.registration_years"
		nrCite  = "附件·拉萨市新型研发机构 第三条（二）"
	)
	built := func(d platform.Division) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.BuiltIn = d }
	}
	runRows(t, keyLab, []row{
		{name: "第二条：在当雄县（540122）组建，在拉萨市行政区域内，符合", rule: art2, cite: "第二条",
			edit: built("540122"), want: platform.Pass, found: "540122"},
		{name: "第二条：在拉萨经济技术开发区（540171）组建，在拉萨市行政区域内，符合", rule: art2, cite: "第二条",
			edit: built("540171"), want: platform.Pass},
		{name: "第二条：拉萨登记的单位在日喀则市桑珠孜区（540202）组建，区内但在拉萨市外，不符合", rule: art2, cite: "第二条",
			edit: built("540202"), want: platform.Fail},
		{name: "第二条：在昌都市本级（540300）组建，不符合", rule: art2, cite: "第二条",
			edit: built("540300"), want: platform.Fail},
		{name: "三（一）：现登记地为当雄县（540122），在拉萨市行政区域登记，符合", rule: klReg, cite: kl1,
			edit: registeredIn(codeDistrict, "540122"), want: platform.Pass, found: "540122"},
		{name: "三（一）：代码赋码地为城关区而现登记地为日喀则市桑珠孜区（540202），不符合", rule: klReg, cite: kl1,
			edit: registeredIn(codeDistrict, "540202"), want: platform.Fail,
			note: "代码赋码地为540102，现登记地为540202。"},
		{name: "三（一）：未报现登记地、代码赋码地为日喀则市（540200）的单位，按代码推断为拉萨市外，不符合", rule: klReg, cite: kl1,
			edit: registeredIn("91540200MA6T00001E", ""), want: platform.Fail},
		{name: "三（一）：现登记地为自治区本级（540000），需核实是否在拉萨", rule: klReg, cite: kl1,
			edit: registeredIn(codeDistrict, "540000"), want: platform.Review},
	})
	runRows(t, newRD, []row{
		{name: "新型研发机构三（二）：自治区本级登记（540000）需核实登记地", rule: nrReg, cite: nrCite,
			edit: registeredIn(codeRegion, "540000"), want: platform.Review},
		{name: "新型研发机构三（二）：自治区本级登记（代码与现登记地同为540000），年限自登记注册日起算，由登记地条款核实地点",
			rule: nrYears, cite: nrCite, edit: registeredIn(codeRegion, "540000"), want: platform.Pass, found: "2020年1月1日"},
		{name: "新型研发机构三（二）：现登记地在日喀则市（540202），无在拉萨登记的年限，不符合",
			rule: nrYears, cite: nrCite, edit: registeredIn(codeDistrict, "540202"), want: platform.Fail,
			note: "在拉萨市外登记，无在拉萨市登记注册的年限可计。"},
		{name: "新型研发机构三（二）：代码赋码地为自治区本级而现登记在城关区，未报迁入日期，年限信息不全",
			rule: nrYears, cite: nrCite, edit: registeredIn(codeRegion, "540102"), want: platform.Unknown},
	})
}

// TestStationBuiltInAndSite proves how the two forms of one fact relate for a 野外科学观测研究站,
// built at its observation site (附件·拉萨市野外科学观测研究站 第三条（一） 观测站点在拉萨市辖内; 第二条
// 在拉萨市行政区域范围内组建): a division that names a place in or outside Lhasa decides and the
// yes-or-no site must agree with it; the region's own code (540000) names no place, so the
// site decides; the relying unit's registration is read for neither.
func TestStationBuiltInAndSite(t *testing.T) {
	const (
		art2 = "eligibility.2.within_lhasa"
		site = "eligibility.field_station.3.1.site_in_lhasa"
	)
	at := func(d platform.Division, in eligibility.Opt[bool], creditCode string) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.BuiltIn = d
			a.FieldStation.SiteInLhasa = in
			a.Applicant.CreditCode = code(creditCode)
		}
	}
	runRows(t, fieldStation, []row{
		{name: "野外站：组建地为当雄县（540122）、依托单位在北京登记，第二条符合", rule: art2, cite: "第二条",
			edit: at("540122", eligibility.Opt[bool]{}, codeOutside), want: platform.Pass},
		{name: "野外站：组建地为当雄县、依托单位在北京登记，以登记地判断第二条（选项）仍符合", rule: art2, cite: "第二条",
			opts: eligibility.Options{RegistrationDecidesArticle2: true},
			edit: at("540122", eligibility.Opt[bool]{}, codeOutside), want: platform.Pass},
		{name: "野外站：组建地为当雄县，观测站点在拉萨市辖内，三（一）符合", rule: site, cite: fs1,
			edit: at("540122", eligibility.Opt[bool]{}, codeOutside), want: platform.Pass},
		{name: "野外站：组建地为日喀则市江孜县（540222）、依托单位在拉萨登记，第二条不符合", rule: art2, cite: "第二条",
			edit: at("540222", eligibility.Opt[bool]{}, codeDistrict), want: platform.Fail},
		{name: "野外站：组建地为江孜县，观测站点不在拉萨市辖内，三（一）不符合", rule: site, cite: fs1,
			edit: at("540222", eligibility.Opt[bool]{}, codeDistrict), want: platform.Fail},
		{name: "野外站：组建地仅报自治区本级代码（540000）而站点报在拉萨，以站点为准，第二条符合", rule: art2, cite: "第二条",
			edit: at("540000", yes(), codeOutside), want: platform.Pass},
		{name: "野外站：组建地仅报自治区本级代码而站点报在拉萨市外，以站点为准，第二条不符合", rule: art2, cite: "第二条",
			edit: at("540000", eligibility.Some(false), codeDistrict), want: platform.Fail},
		{name: "野外站：组建地仅报自治区本级代码而站点报在拉萨市外，三（一）不符合", rule: site, cite: fs1,
			edit: at("540000", eligibility.Some(false), codeDistrict), want: platform.Fail},
	})
	for _, tc := range []struct {
		name string
		edit func(*eligibility.Application)
	}{
		{"野外站：组建地在当雄县而报称站点不在拉萨，两者矛盾为输入错误", at("540122", eligibility.Some(false), codeDistrict)},
		{"野外站：组建地在江孜县而报称站点在拉萨，两者矛盾为输入错误", at("540222", yes(), codeDistrict)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := fieldStation()
			tc.edit(&app)
			_, err := eligibility.Check(app, eligibility.Options{})
			var pe *platform.Error
			require.True(t, errors.As(err, &pe), "Check: %v", err)
			assert.Equal(t, "field_station.site_in_lhasa", pe.Field)
			assert.Equal(t, platform.ErrConflict, pe.Kind)
		})
	}
}

// TestClinicalLeadUnitKinds proves 附件·拉萨市临床医学研究中心 第三条（一） "申报的牵头单位必须为市域
// 内三级乙等以上医院" (第一条 以医院为主体) for lead units of each kind, and the 市域内 read from
// where the hospital is.
func TestClinicalLeadUnitKinds(t *testing.T) {
	const (
		hospital = "eligibility.clinical_research_center.3.1.lead_unit_is_hospital"
		inCity   = "eligibility.clinical_research_center.3.1.lead_hospital_in_city"
		grade    = "eligibility.clinical_research_center.3.1.hospital_grade"
	)
	kind := func(k eligibility.UnitKind) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.Applicant.Kind = k }
	}
	runRows(t, clinical, []row{
		{name: "企业牵头（如医药企业）不是医院，不符合", rule: hospital, cite: cc1, edit: kind(eligibility.Enterprise), want: platform.Fail},
		{name: "科研院所牵头（如医学研究所）不是医院，不符合", rule: hospital, cite: cc1, edit: kind(eligibility.Institute), want: platform.Fail},
		{name: "行业部门牵头（如卫生健康委）不是医院，不符合", rule: hospital, cite: cc1, edit: kind(eligibility.IndustryDepartment), want: platform.Fail},
		{name: "其他单位牵头（如疾控中心）不是医院，不符合", rule: hospital, cite: cc1, edit: kind(eligibility.OtherUnit), want: platform.Fail},
		{name: "医院牵头而等级为二级甲等，牵头单位为医院符合", rule: hospital, cite: cc1,
			edit: func(a *eligibility.Application) { a.Clinical.HospitalGrade = eligibility.Grade2A }, want: platform.Pass},
		{name: "医院牵头而等级为二级甲等，低于三级乙等，不符合", rule: grade, cite: cc1,
			edit: func(a *eligibility.Application) { a.Clinical.HospitalGrade = eligibility.Grade2A }, want: platform.Fail},
		{name: "当雄县（540122）的医院牵头，在市域内，符合", rule: inCity, cite: cc1,
			edit: func(a *eligibility.Application) { a.BuiltIn = "540122" }, want: platform.Pass},
		{name: "日喀则市（540202）的医院牵头，不在市域内，不符合", rule: inCity, cite: cc1,
			edit: func(a *eligibility.Application) { a.BuiltIn = "540202" }, want: platform.Fail},
		{name: "代码在成都赋码而现登记于城关区的医院，未报组建地时按现登记地在市域内，符合并注明两地", rule: inCity, cite: cc1,
			edit: registeredIn(codeChengdu, "540102"), want: platform.Pass, note: "代码赋码地为510104，现登记地为540102。"},
		{name: "自治区本级登记、未报组建地的医院，市域内需核实", rule: inCity, cite: cc1,
			edit: registeredIn(codeRegion, ""), want: platform.Review},
	})
}

// TestIncomeSourcesJSON proves 附件·拉萨市新型研发机构 第三条（六） read from JSON as a caller
// writes it: an empty list says there is no source of income (fails); null or an absent
// field says nothing (Unknown).
func TestIncomeSourcesJSON(t *testing.T) {
	const income = "eligibility.new_rd_institution.3.6.income_sources"
	for _, tc := range []struct {
		name  string
		value any
		want  platform.Outcome
	}{
		{"（六）JSON 中收入来源为空列表，没有收入来源，不符合", []string{}, platform.Fail},
		{"（六）JSON 中收入来源为 null，未报，信息不全", nil, platform.Unknown},
		{"（六）JSON 中列出一项收入来源，符合", []string{"出资方投入"}, platform.Pass},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(newRD())
			require.NoError(t, err)
			var m map[string]any
			require.NoError(t, json.Unmarshal(b, &m))
			m["new_rd_institution"].(map[string]any)["income_sources"] = tc.value
			b, err = json.Marshal(m)
			require.NoError(t, err)
			var app eligibility.Application
			require.NoError(t, json.Unmarshal(b, &app))
			res, err := eligibility.Check(app, eligibility.Options{})
			require.NoError(t, err)
			f, ok := res.Finding(income)
			require.True(t, ok)
			assert.Equal(t, tc.want, f.Outcome, f.Chinese())
		})
	}
}
