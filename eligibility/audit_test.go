package eligibility_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withJSON returns app with the JSON field key of its top level set to value, as a caller
// sending JSON would write it.
func withJSON(t *testing.T, app eligibility.Application, key string, value any) eligibility.Application {
	t.Helper()
	b, err := json.Marshal(app)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	m[key] = value
	b, err = json.Marshal(m)
	require.NoError(t, err)
	var out eligibility.Application
	require.NoError(t, json.Unmarshal(b, &out))
	return out
}

// TestAudit23 holds the cases an independent audit wrote from the law's text before running
// the library (issue 23, items 1 to 3), each with the verdict and the findings the law gives.
//
//  1. 野外科学观测研究站: 第二条 covers platforms "在拉萨市行政区域范围内组建"; the section says
//     "观测站点在拉萨市辖内，依托高校、科研院所及行业部门等单位建设" and does not ask that the
//     relying unit be registered in Lhasa: the site decides 第二条.
//  2. 临床医学研究中心 第三条（一） "申报的牵头单位必须为市域内三级乙等以上医院" (第一条
//     以医院为主体): a lead unit that is not a hospital fails; its kind not supplied is Unknown.
//  3. The same clause's 市域内 is where the hospital is: 西藏自治区人民医院 is registered at the
//     region's level (540000) and sits in 城关区 (540102).
func TestAudit23(t *testing.T) {
	const (
		art2     = "eligibility.2.within_lhasa"
		site     = "eligibility.field_station.3.1.site_in_lhasa"
		inCity   = "eligibility.clinical_research_center.3.1.lead_hospital_in_city"
		hospital = "eligibility.clinical_research_center.3.1.lead_unit_is_hospital"
	)
	station := func(creditCode string, inLhasa bool) func(*testing.T) eligibility.Application {
		return func(*testing.T) eligibility.Application {
			app := fieldStation()
			app.Applicant.CreditCode = code(creditCode)
			app.FieldStation.SiteInLhasa = eligibility.Some(inLhasa)
			return app
		}
	}
	lead := func(kind eligibility.UnitKind) func(*testing.T) eligibility.Application {
		return func(*testing.T) eligibility.Application {
			app := clinical()
			app.Applicant.Kind = kind
			return app
		}
	}
	rows := []struct {
		name     string
		app      func(*testing.T) eligibility.Application
		opts     eligibility.Options
		verdict  platform.Verdict
		findings map[string]platform.Outcome
	}{
		{name: "1 依托单位在北京登记（110108）、观测站点在当雄县的野外站符合备案标准",
			app: station(codeOutside, true), verdict: platform.Eligible,
			findings: map[string]platform.Outcome{art2: platform.Pass, site: platform.Pass}},
		{name: "1 以登记地判断第二条时，站点在当雄县而依托单位在北京登记的野外站仍符合备案标准",
			app: station(codeOutside, true), opts: eligibility.Options{RegistrationDecidesArticle2: true}, verdict: platform.Eligible,
			findings: map[string]platform.Outcome{art2: platform.Pass}},
		{name: "1 依托单位在自治区本级登记（540000）、观测站点在达孜区的野外站符合备案标准",
			app: station(codeRegion, true), verdict: platform.Eligible,
			findings: map[string]platform.Outcome{art2: platform.Pass}},
		{name: "1 依托单位在拉萨登记、观测站点在日喀则市江孜县的野外站第二条不符合",
			app: station(codeDistrict, false), verdict: platform.Ineligible,
			findings: map[string]platform.Outcome{art2: platform.Fail, site: platform.Fail}},
		{name: "2 高校牵头、未报医院等级的临床医学研究中心不符合备案标准（牵头单位不是医院）",
			app: func(t *testing.T) eligibility.Application {
				app := lead(eligibility.University)(t)
				app.Clinical.HospitalGrade = 0
				return app
			}, verdict: platform.Ineligible,
			findings: map[string]platform.Outcome{hospital: platform.Fail}},
		{name: "2 高校牵头而报三级甲等的临床医学研究中心不符合备案标准",
			app: lead(eligibility.University), verdict: platform.Ineligible,
			findings: map[string]platform.Outcome{hospital: platform.Fail}},
		{name: "2 未报牵头单位类型的临床医学研究中心信息不全",
			app: lead(0), verdict: platform.Incomplete,
			findings: map[string]platform.Outcome{hospital: platform.Unknown}},
		{name: "2 医院牵头的临床医学研究中心牵头单位为医院，符合",
			app: lead(eligibility.Hospital), verdict: platform.Eligible,
			findings: map[string]platform.Outcome{hospital: platform.Pass}},
		{name: "3 自治区本级登记（540000）、位于城关区的西藏自治区人民医院牵头，在市域内，符合备案标准",
			app: func(t *testing.T) eligibility.Application {
				app := clinical()
				app.Applicant.Name = "西藏自治区人民医院"
				app.Applicant.CreditCode = code(codeRegion)
				return withJSON(t, app, "built_in", "540102")
			}, verdict: platform.Eligible,
			findings: map[string]platform.Outcome{art2: platform.Pass, inCity: platform.Pass}},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			res, err := eligibility.Check(tc.app(t), tc.opts)
			require.NoError(t, err)
			for id, want := range tc.findings {
				f, ok := res.Finding(id)
				if assert.True(t, ok, "no finding for %s", id) {
					assert.Equal(t, want, f.Outcome, "%s: %s", id, f.Chinese())
				}
			}
			assert.Equal(t, tc.verdict, res.Verdict)
		})
	}
}
