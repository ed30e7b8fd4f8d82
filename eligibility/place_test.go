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

// codeChengdu is a credit code issued in 510104 成都市锦江区.
const codeChengdu = "91510104MA6T00001N"

// registeredIn sets where the applicant is registered now and its credit code.
func registeredIn(creditCode string, now platform.Division) func(*eligibility.Application) {
	return func(a *eligibility.Application) {
		a.Applicant.CreditCode = code(creditCode)
		a.Applicant.RegisteredIn = now
	}
}

// TestRegistrationPlace proves each section's "在拉萨市行政区域依法登记注册" (工程, 重点实验室,
// 技术创新中心 第三条（一）, 新型研发机构 第三条（二）) read from where the unit is registered
// now, which decides when supplied, whatever division its credit code was issued in: the
// code keeps that division when the unit moves (LEGAL.md §9).
func TestRegistrationPlace(t *testing.T) {
	sections := []struct {
		name string
		app  func() eligibility.Application
		rule string
		cite string
	}{
		{"工程技术研究中心", engineering, "eligibility.engineering_research_center.3.1.registered_in_lhasa", "附件·拉萨市工程技术研究中心 第三条（一）"},
		{"重点实验室", keyLab, "eligibility.key_laboratory.3.1.registered_in_lhasa", "附件·拉萨市重点实验室 第三条（一）"},
		{"技术创新中心", innovation, "eligibility.technology_innovation_center.3.1.registered_in_lhasa", "附件·拉萨市技术创新中心 第三条（一）"},
		{"新型研发机构", newRD, "eligibility.new_rd_institution.3.2.registered_in_lhasa", "附件·拉萨市新型研发机构 第三条（二）"},
	}
	for _, s := range sections {
		runRows(t, s.app, []row{
			{name: s.name + "：代码赋码地为成都（510104）而现登记地在城关区（540102），符合并注明两地",
				rule: s.rule, cite: s.cite, edit: registeredIn(codeChengdu, "540102"), want: platform.Pass,
				found: "540102", note: "代码赋码地为510104，现登记地为540102。"},
			{name: s.name + "：代码赋码地为城关区（540102）而已迁出至成都（510104），不符合",
				rule: s.rule, cite: s.cite, edit: registeredIn(codeDistrict, "510104"), want: platform.Fail,
				found: "510104", note: "代码赋码地为540102，现登记地为510104。"},
			{name: s.name + "：现登记地未提供时按代码赋码地推断并注明",
				rule: s.rule, cite: s.cite, edit: registeredIn(codeDistrict, ""), want: platform.Pass,
				found: codeDistrict, note: "现登记地未提供，按统一社会信用代码赋码地（第3–8位）推断；代码不随迁移而改变。"},
			{name: s.name + "：现登记地为自治区本级（540000）仍需核实",
				rule: s.rule, cite: s.cite, edit: registeredIn(codeRegion, "540000"), want: platform.Review},
			{name: s.name + "：代码赋码地为成都而现登记地为自治区本级（540000），需核实并注明两地",
				rule: s.rule, cite: s.cite, edit: registeredIn(codeChengdu, "540000"), want: platform.Review,
				note: "代码赋码地为510104，现登记地为540000。自治区级登记（540000），登记地未必在拉萨，需核实。"},
			{name: s.name + "：现登记地与代码赋码地相同则不另注明",
				rule: s.rule, cite: s.cite, edit: registeredIn(codeDistrict, "540102"), want: platform.Pass, found: "540102"},
			{name: s.name + "：拉萨市登记的单位在拉萨市外组建平台，第二条不符合",
				rule: "eligibility.2.within_lhasa", cite: "第二条",
				edit: func(a *eligibility.Application) { a.BuiltIn = "510104" }, want: platform.Fail, found: "510104"},
			{name: s.name + "：在拉萨组建而在区外登记，第二条符合",
				rule: "eligibility.2.within_lhasa", cite: "第二条",
				edit: func(a *eligibility.Application) { a.BuiltIn = "540102"; a.Applicant.CreditCode = code(codeOutside) },
				want: platform.Pass, found: "540102"},
			{name: s.name + "：在拉萨组建而在区外登记，登记注册条款按本节不符合",
				rule: s.rule, cite: s.cite,
				edit: func(a *eligibility.Application) { a.BuiltIn = "540102"; a.Applicant.CreditCode = code(codeOutside) },
				want: platform.Fail},
			{name: s.name + "：在拉萨组建而区外登记，以登记地判断第二条时不符合（选项）",
				rule: "eligibility.2.within_lhasa", cite: "第二条", opts: eligibility.Options{RegistrationDecidesArticle2: true},
				edit: func(a *eligibility.Application) { a.BuiltIn = "540102"; a.Applicant.RegisteredIn = "510104" },
				want: platform.Fail, note: "以登记地判断第二条（选项）：申报单位在拉萨市外登记。"},
			{name: s.name + "：组建地未提供时第二条按登记地推断并注明",
				rule: "eligibility.2.within_lhasa", cite: "第二条", want: platform.Pass,
				note: "组建地未提供，按申报单位登记地推断。"},
			{name: s.name + "：组建地为自治区本级代码（540000）时第二条需核实",
				rule: "eligibility.2.within_lhasa", cite: "第二条",
				edit: func(a *eligibility.Application) { a.BuiltIn = "540000"; a.Reviews = nil }, want: platform.Review},
		})
	}
}

// TestBuiltInOtherSections proves 第二条 read from where the platform is built for the
// sections without a registration clause: the field station (built at its site) and the
// clinical centre (built at its lead hospital, whose 市域内 it then decides too).
func TestBuiltInOtherSections(t *testing.T) {
	runRows(t, clinical, []row{
		{name: "临床：自治区本级登记的医院位于城关区（540102），牵头医院在市域内", rule: "eligibility.clinical_research_center.3.1.lead_hospital_in_city",
			cite: "附件·拉萨市临床医学研究中心 第三条（一）",
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeRegion); a.BuiltIn = "540102" },
			want: platform.Pass, found: "540102"},
		{name: "临床：拉萨市登记的医院在市域外组建中心，牵头医院不在市域内", rule: "eligibility.clinical_research_center.3.1.lead_hospital_in_city",
			cite: "附件·拉萨市临床医学研究中心 第三条（一）",
			edit: func(a *eligibility.Application) { a.BuiltIn = "540222" }, want: platform.Fail},
		{name: "临床：拉萨市登记的医院在市域外组建中心，第二条不符合", rule: "eligibility.2.within_lhasa", cite: "第二条",
			edit: func(a *eligibility.Application) { a.BuiltIn = "540222" }, want: platform.Fail},
		{name: "临床：组建地未提供时牵头医院市域内按医院登记地判断", rule: "eligibility.clinical_research_center.3.1.lead_hospital_in_city",
			cite: "附件·拉萨市临床医学研究中心 第三条（一）",
			edit: func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeOutside) }, want: platform.Fail},
		{name: "临床：组建地为自治区本级代码（540000）时牵头医院市域内需核实", rule: "eligibility.clinical_research_center.3.1.lead_hospital_in_city",
			cite: "附件·拉萨市临床医学研究中心 第三条（一）",
			edit: func(a *eligibility.Application) { a.BuiltIn = "540000"; a.Reviews = nil }, want: platform.Review,
			note: "所报地点为自治区本级区划代码（540000），未指明是否在拉萨市，需核实。"},
	})
}

// TestRegistrationYearsInLhasa proves "实体机构应当在拉萨市依法登记注册满2年" (附件·拉萨市新型
// 研发机构 第三条（二）) counts the years registered in Lhasa: from the day the institution
// came to be registered there (Applicant.RegisteredInSince), and a unit registered outside
// Lhasa has none. Under the default options a duration is met the day after its last day.
func TestRegistrationYearsInLhasa(t *testing.T) {
	const rule, cite = "eligibility.new_rd_institution.3.2.registration_years", "附件·拉萨市新型研发机构 第三条（二）"
	movedIn := func(since platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			registeredIn(codeChengdu, "540102")(a)
			a.Applicant.RegisteredInSince = since
			a.NewRD.RegisteredOn = day(2019, 5, 10)
		}
	}
	runRows(t, newRD, []row{
		{name: "2019年在成都登记、2023年2月28日迁入拉萨，至申报日在拉萨登记满2年又1日，符合",
			rule: rule, cite: cite, edit: movedIn(day(2023, 2, 28)), want: platform.Pass, found: "2023年2月28日"},
		{name: "2023年3月1日迁入拉萨，申报日恰为2年期间的最后一日，不符合，次日满足",
			rule: rule, cite: cite, edit: movedIn(day(2023, 3, 1)), want: platform.Fail, short: "2025年3月2日"},
		{name: "一年前迁入拉萨，不符合，满足之日为迁入满2年的次日",
			rule: rule, cite: cite, edit: movedIn(day(2024, 3, 1)), want: platform.Fail, short: "2026年3月2日"},
		{name: "迁入拉萨而未报迁入日期，不以成都的登记日计算，为信息不全",
			rule: rule, cite: cite, edit: movedIn(platform.Date{}), want: platform.Unknown,
			note: "现登记地与代码赋码地不在同一地区，迁入拉萨市登记的日期未提供。"},
		{name: "2019年起在成都登记（代码510104，未报现登记地），不计为在拉萨登记的年限，不符合",
			rule: rule, cite: cite,
			edit: func(a *eligibility.Application) {
				a.Applicant.CreditCode = code(codeChengdu)
				a.NewRD.RegisteredOn = day(2019, 5, 10)
			}, want: platform.Fail, note: "在拉萨市外登记，无在拉萨市登记注册的年限可计。"},
		{name: "现登记地在区外（已迁出拉萨），登记年限不符合",
			rule: rule, cite: cite, edit: registeredIn(codeDistrict, "510104"), want: platform.Fail,
			note: "在拉萨市外登记，无在拉萨市登记注册的年限可计。"},
		{name: "在拉萨市内迁移（代码540102，现登记地540103）仍自登记注册日起算",
			rule: rule, cite: cite, edit: registeredIn(codeDistrict, "540103"), want: platform.Pass, found: "2020年1月1日"},
	})
}

// TestLeadersAndIncome proves the two facts that replace a reviewer's word where a number
// decides: 工程技术研究中心 第三条（四） "具有…工程技术带头人" (none fails) and 新型研发机构
// 第三条（六） "具有相对稳定的收入来源" (no source of income fails); the quality words (技术水平
// 高、工程化实践经验丰富; 相对稳定) stay judgments with rules of their own.
func TestLeadersAndIncome(t *testing.T) {
	const (
		leaders = "eligibility.engineering_research_center.3.4.technical_leader_count"
		ec4     = "附件·拉萨市工程技术研究中心 第三条（四）"
		income  = "eligibility.new_rd_institution.3.6.income_sources"
		nr6     = "附件·拉萨市新型研发机构 第三条（六）"
	)
	runRows(t, engineering, []row{
		{name: "（四）有1名工程技术带头人符合", rule: leaders, cite: ec4, want: platform.Pass, found: "1人"},
		{name: "（四）没有工程技术带头人不符合，差1人", rule: leaders, cite: ec4,
			edit: func(a *eligibility.Application) { a.Engineering.TechnicalLeaders = n(0) }, want: platform.Fail, short: "1人"},
		{name: "（四）未报工程技术带头人人数为信息不全", rule: leaders, cite: ec4,
			edit: func(a *eligibility.Application) { a.Engineering.TechnicalLeaders = eligibility.Opt[int]{} }, want: platform.Unknown},
		{name: "（四）有带头人时其水平仍需评审", rule: "eligibility.engineering_research_center.3.4.technical_leader", cite: ec4,
			edit: unreviewed("eligibility.engineering_research_center.3.4.technical_leader"), want: platform.Review},
	})
	runRows(t, newRD, []row{
		{name: "（六）有收入来源符合", rule: income, cite: nr6, want: platform.Pass, found: "1项"},
		{name: "（六）没有收入来源不符合，无需评审", rule: income, cite: nr6,
			edit: func(a *eligibility.Application) { a.NewRD.IncomeSources = eligibility.Some([]string{}) }, want: platform.Fail, short: "1项"},
		{name: "（六）未报收入来源为信息不全", rule: income, cite: nr6,
			edit: func(a *eligibility.Application) { a.NewRD.IncomeSources = eligibility.Opt[[]string]{} }, want: platform.Unknown},
		{name: "（六）有收入来源时是否相对稳定仍需评审", rule: "eligibility.new_rd_institution.3.6.stable_income", cite: nr6,
			edit: unreviewed("eligibility.new_rd_institution.3.6.stable_income"), want: platform.Review},
	})
	for _, tc := range []struct {
		name string
		app  func() eligibility.Application
		edit func(*eligibility.Application)
	}{
		{"没有工程技术带头人的工程中心不符合备案标准", engineering, func(a *eligibility.Application) { a.Engineering.TechnicalLeaders = n(0) }},
		{"没有收入来源的新型研发机构不符合备案标准", newRD, func(a *eligibility.Application) { a.NewRD.IncomeSources = eligibility.Some([]string(nil)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := tc.app()
			tc.edit(&app)
			res, err := eligibility.Check(app, eligibility.Options{})
			require.NoError(t, err)
			assert.Equal(t, platform.Ineligible, res.Verdict)
		})
	}
}

// TestPlaceFactsValidated proves the new facts are validated, each error naming its field,
// and that they survive JSON.
func TestPlaceFactsValidated(t *testing.T) {
	bad := []struct {
		name  string
		app   func() eligibility.Application
		edit  func(*eligibility.Application)
		field string
		kind  platform.Kind
	}{
		{"组建地不是六位数字", keyLab, func(a *eligibility.Application) { a.BuiltIn = "54010" }, "built_in", platform.ErrInvalid},
		{"现登记地含字母", keyLab, func(a *eligibility.Application) { a.Applicant.RegisteredIn = "5401O2" }, "applicant.registered_in", platform.ErrInvalid},
		{"迁入日期晚于申报日", keyLab, func(a *eligibility.Application) { a.Applicant.RegisteredInSince = day(2025, 3, 2) },
			"applicant.registered_in_since", platform.ErrOrder},
		{"迁入日期早于登记注册日", newRD, func(a *eligibility.Application) { a.Applicant.RegisteredInSince = day(2019, 1, 1) },
			"applicant.registered_in_since", platform.ErrConflict},
		{"组建地在区外而报称站点在拉萨", fieldStation, func(a *eligibility.Application) { a.BuiltIn = "510104" },
			"field_station.site_in_lhasa", platform.ErrConflict},
		{"带头人为负数", engineering, func(a *eligibility.Application) { a.Engineering.TechnicalLeaders = n(-1) },
			"engineering_research_center.technical_leaders", platform.ErrRange},
		{"收入来源为空白", newRD, func(a *eligibility.Application) {
			a.NewRD.IncomeSources = eligibility.Some([]string{"技术服务", " "})
		},
			"new_rd_institution.income_sources[1]", platform.ErrMissing},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			app := tc.app()
			tc.edit(&app)
			_, err := eligibility.Check(app, eligibility.Options{})
			var pe *platform.Error
			require.True(t, errors.As(err, &pe), "Check: %v", err)
			assert.Equal(t, tc.field, pe.Field)
			assert.Equal(t, tc.kind, pe.Kind)
		})
	}
	app := newRD()
	app.BuiltIn = "540102"
	app.Applicant.RegisteredIn = "540103"
	app.Applicant.RegisteredInSince = day(2021, 6, 1)
	b, err := json.Marshal(app)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"built_in":"540102"`)
	assert.Contains(t, string(b), `"registered_in":"540103","registered_in_since":"2021-06-01"`)
	assert.Contains(t, string(b), `"income_sources":["技术服务收入"]`)
	var back eligibility.Application
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, app.BuiltIn, back.BuiltIn)
	assert.Equal(t, app.Applicant.RegisteredIn, back.Applicant.RegisteredIn)
	assert.Equal(t, app.Applicant.RegisteredInSince, back.Applicant.RegisteredInSince)
	assert.Equal(t, app.NewRD.IncomeSources, back.NewRD.IncomeSources)
	// An application written before these facts existed reads as it did: none supplied.
	var old eligibility.Application
	require.NoError(t, json.Unmarshal([]byte(`{"type":"field_station","date":"2025-03-01","field_station":{"site_in_lhasa":true}}`), &old))
	assert.True(t, old.BuiltIn.IsZero())
	in, ok := old.FieldStation.SiteInLhasa.Get()
	assert.True(t, in && ok)
}
