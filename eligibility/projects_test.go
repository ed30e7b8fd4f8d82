package eligibility_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Notes the project rows expect.
const (
	noteEndMissing    = "有项目立项早于统计期间且未注明结题日期，无法确定是否在期间内。"
	noteByStart       = "项目按立项日期计（选项ProjectsByStart）。"
	noteCounty        = "县级科技计划项目不在条款所列，不计入。"
	noteHorizontal    = "横向（企业委托）项目不属条款所列科技计划项目，不计入。"
	noteOtherProvince = "外省科技计划项目不在条款所列，不计入。"
	noteOtherRegion   = "其他地区的自治区级、市级科技计划项目默认不计入（选项OtherRegionsPlansCount可计入）。"
	noteSeveralLevels = "部分项目的级别（县级、横向、外省或其他地区的计划）不在条款所列，不计入。"
)

// span is a project of level l from start to end (end zero: not given).
func span(l eligibility.PlanLevel, role eligibility.Role, start, end platform.Date) eligibility.Project {
	return eligibility.Project{Level: l, Role: role, Date: start, End: end}
}

// 近三年 of 附件·拉萨市重点实验室 第三条（四） for an application on 2025-03-01 runs from
// 2022-03-01 to 2025-02-28. A project counts by default when its span (立项 to 结题)
// overlaps it, with Options.ProjectsByStart when it started in it. Levels no clause names
// are valid input, not counted, and the note says why.
func TestKeyLaboratoryProjectSpansAndLevels(t *testing.T) {
	plus := func(p eligibility.Project) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.KeyLab.Projects = eligibility.Some(append(projects(4), p)) }
	}
	plusAll := func(ps ...eligibility.Project) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.KeyLab.Projects = eligibility.Some(append(projects(4), ps...)) }
	}
	byStart := eligibility.Options{ProjectsByStart: true}
	otherRegions := eligibility.Options{OtherRegionsPlansCount: true}
	const rule = eligibility.RuleKeyLabProjects
	rows := []row{
		// Spans, both sides of the window's first day, under both readings.
		{name: "（四）默认：2021年立项、近三年首日2022-03-01结题的项目与期间重叠一日，计入", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanRegional, eligibility.Undertook, day(2021, 1, 1), day(2022, 3, 1))), want: platform.Pass, found: "5项"},
		{name: "（四）默认：2021年立项、近三年前一日2022-02-28结题的项目差一日不重叠，不计入", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanRegional, eligibility.Undertook, day(2021, 1, 1), day(2022, 2, 28))), want: platform.Fail, short: "1项", found: "4项"},
		{name: "（四）选项按立项日：2021年立项、近三年首日结题的项目不计入", rule: rule, cite: kl4, opts: byStart,
			edit: plus(span(eligibility.PlanRegional, eligibility.Undertook, day(2021, 1, 1), day(2022, 3, 1))), want: platform.Fail, short: "1项", note: noteByStart},
		{name: "（四）选项按立项日：近三年首日2022-03-01立项的项目计入", rule: rule, cite: kl4, opts: byStart,
			edit: plus(span(eligibility.PlanRegional, eligibility.Undertook, day(2022, 3, 1), platform.Date{})), want: platform.Pass, note: noteByStart},
		{name: "（四）选项按立项日：近三年前一日2022-02-28立项、期间内结题的项目不计入", rule: rule, cite: kl4, opts: byStart,
			edit: plus(span(eligibility.PlanRegional, eligibility.Undertook, day(2022, 2, 28), day(2023, 6, 30))), want: platform.Fail, short: "1项"},
		{name: "（四）默认：近三年前一日2022-02-28立项、期间内结题的项目计入", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanRegional, eligibility.Undertook, day(2022, 2, 28), day(2023, 6, 30))), want: platform.Pass},
		{name: "（四）结题日在申报日之后的在研项目计入", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanNational, eligibility.TookPart, day(2021, 1, 1), day(2026, 12, 31))), want: platform.Pass},
		{name: "（四）立项早于期间且未注明结题日期，期间内项目不足5项时为信息不全", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanCity, eligibility.Undertook, day(2021, 1, 1), platform.Date{})), want: platform.Unknown, found: "4项", note: noteEndMissing},
		{name: "（四）立项早于期间且未注明结题日期，期间内项目已达5项时仍为符合", rule: rule, cite: kl4,
			edit: func(a *eligibility.Application) {
				a.KeyLab.Projects = eligibility.Some(append(projects(5), span(eligibility.PlanCity, eligibility.Undertook, day(2021, 1, 1), platform.Date{})))
			}, want: platform.Pass, found: "5项"},
		{name: "（四）选项按立项日：立项早于期间、未注明结题日期的项目不计入（不为信息不全）", rule: rule, cite: kl4, opts: byStart,
			edit: plus(span(eligibility.PlanCity, eligibility.Undertook, day(2021, 1, 1), platform.Date{})), want: platform.Fail, short: "1项"},

		// Levels no clause names.
		{name: "（四）期间内的县级科技计划项目不计入，并说明", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanCounty, eligibility.Undertook, day(2024, 6, 1), platform.Date{})), want: platform.Fail, short: "1项", found: "4项", note: noteCounty},
		{name: "（四）期间内的横向（企业委托）项目不计入，并说明", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanHorizontal, eligibility.Undertook, day(2024, 6, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteHorizontal},
		{name: "（四）期间内的外省科技计划项目不计入，并说明", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanOtherProvince, eligibility.Undertook, day(2024, 6, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteOtherProvince},
		{name: "（四）选项下外省科技计划项目仍不计入", rule: rule, cite: kl4, opts: otherRegions,
			edit: plus(span(eligibility.PlanOtherProvince, eligibility.Undertook, day(2024, 6, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteOtherProvince},
		{name: "（四）默认：其他自治区的自治区级科技计划项目不计入，并说明另一读法", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanOtherRegional, eligibility.TookPart, day(2024, 6, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteOtherRegion},
		{name: "（四）选项：其他自治区的自治区级科技计划项目计入", rule: rule, cite: kl4, opts: otherRegions,
			edit: plus(span(eligibility.PlanOtherRegional, eligibility.TookPart, day(2024, 6, 1), platform.Date{})), want: platform.Pass, found: "5项"},
		{name: "（四）默认：其他市的市级科技计划项目不计入", rule: rule, cite: kl4,
			edit: plus(span(eligibility.PlanOtherCity, eligibility.TookPart, day(2024, 6, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteOtherRegion},
		{name: "（四）选项：其他市的市级科技计划项目计入", rule: rule, cite: kl4, opts: otherRegions,
			edit: plus(span(eligibility.PlanOtherCity, eligibility.TookPart, day(2024, 6, 1), platform.Date{})), want: platform.Pass},
		{name: "（四）县级与横向项目并存时说明两类均不计入", rule: rule, cite: kl4,
			edit: plusAll(span(eligibility.PlanCounty, 0, day(2024, 6, 1), platform.Date{}), span(eligibility.PlanHorizontal, 0, day(2024, 7, 1), platform.Date{})),
			want: platform.Fail, short: "1项", note: noteSeveralLevels},
		{name: "（四）期间之外结题的县级项目不影响计数", rule: rule, cite: kl4,
			edit: plusAll(span(eligibility.PlanCounty, 0, day(2020, 6, 1), day(2020, 12, 31)), span(eligibility.PlanCity, 0, day(2024, 7, 1), platform.Date{})),
			want: platform.Pass},
	}
	runRows(t, keyLab, rows)
}

// 申报前3年内 of 附件·拉萨市临床医学研究中心 第三条（三）, for an application on 2025-03-01, runs
// from 2022-03-01 to 2025-02-28; the same spans and levels as the key laboratory's.
func TestClinicalCenterProjectSpansAndLevels(t *testing.T) {
	proj := func(ps ...eligibility.Project) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.Clinical.Projects = eligibility.Some(ps) }
	}
	byStart := eligibility.Options{ProjectsByStart: true}
	otherRegions := eligibility.Options{OtherRegionsPlansCount: true}
	const rule = eligibility.RuleClinicalPlanProjects
	rows := []row{
		{name: "（三）默认：2020年起参与、申报前3年首日2022-03-01结题的自治区计划与期间重叠一日，符合", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanRegional, eligibility.TookPart, day(2020, 1, 1), day(2022, 3, 1))), want: platform.Pass, found: "1项"},
		{name: "（三）默认：申报前3年之前一日2022-02-28结题的自治区计划差一日不重叠，不符合", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanRegional, eligibility.TookPart, day(2020, 1, 1), day(2022, 2, 28))), want: platform.Fail, short: "1项"},
		{name: "（三）选项按立项日：2020年起参与、期间首日结题的自治区计划不计，不符合", rule: rule, cite: cc3, opts: byStart,
			edit: proj(span(eligibility.PlanRegional, eligibility.TookPart, day(2020, 1, 1), day(2022, 3, 1))), want: platform.Fail, short: "1项"},
		{name: "（三）选项按立项日：期间首日2022-03-01立项的自治区计划符合", rule: rule, cite: cc3, opts: byStart,
			edit: proj(span(eligibility.PlanRegional, eligibility.TookPart, day(2022, 3, 1), platform.Date{})), want: platform.Pass},
		{name: "（三）选项按立项日：期间前一日2022-02-28立项、期间内结题的自治区计划不符合", rule: rule, cite: cc3, opts: byStart,
			edit: proj(span(eligibility.PlanRegional, eligibility.TookPart, day(2022, 2, 28), day(2023, 1, 1))), want: platform.Fail, short: "1项"},
		{name: "（三）默认：期间前一日2022-02-28立项、期间内结题的自治区计划符合", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanRegional, eligibility.TookPart, day(2022, 2, 28), day(2023, 1, 1))), want: platform.Pass},
		{name: "（三）结题日在申报日之后的在研市级项目（承担）符合", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanCity, eligibility.Undertook, day(2021, 1, 1), day(2026, 1, 1))), want: platform.Pass},
		{name: "（三）立项早于期间且未注明结题日期为信息不全", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanRegional, eligibility.TookPart, day(2021, 1, 1), platform.Date{})), want: platform.Unknown, note: noteEndMissing},
		{name: "（三）县级项目不计入，并说明", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanCounty, eligibility.Undertook, day(2024, 1, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteCounty},
		{name: "（三）横向（企业委托）项目不计入，并说明", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanHorizontal, eligibility.Undertook, day(2024, 1, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteHorizontal},
		{name: "（三）外省科技计划不计入，并说明", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanOtherProvince, eligibility.TookPart, day(2024, 1, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteOtherProvince},
		{name: "（三）默认：参与其他自治区的自治区级科技计划不计入", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanOtherRegional, eligibility.TookPart, day(2024, 1, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteOtherRegion},
		{name: "（三）选项：参与其他自治区的自治区级科技计划符合", rule: rule, cite: cc3, opts: otherRegions,
			edit: proj(span(eligibility.PlanOtherRegional, eligibility.TookPart, day(2024, 1, 1), platform.Date{})), want: platform.Pass},
		{name: "（三）选项：承担其他市的市级科技计划项目符合", rule: rule, cite: cc3, opts: otherRegions,
			edit: proj(span(eligibility.PlanOtherCity, eligibility.Undertook, day(2024, 1, 1), platform.Date{})), want: platform.Pass},
		{name: "（三）选项下仅参与其他市的市级项目仍不符合（市级须承担）", rule: rule, cite: cc3, opts: otherRegions,
			edit: proj(span(eligibility.PlanOtherCity, eligibility.TookPart, day(2024, 1, 1), platform.Date{})), want: platform.Fail, short: "1项"},
		{name: "（三）默认：承担其他市的市级科技计划项目不计入", rule: rule, cite: cc3,
			edit: proj(span(eligibility.PlanOtherCity, eligibility.Undertook, day(2024, 1, 1), platform.Date{})), want: platform.Fail, short: "1项", note: noteOtherRegion},
	}
	runRows(t, clinical, rows)
}

// A project written before plan levels and spans (level as platform.Level's code or Chinese
// name, date as its only date) decodes to what it meant: that level, started on that date,
// no end given. The new levels and the end round-trip.
func TestProjectJSON(t *testing.T) {
	var ps []eligibility.Project
	require.NoError(t, json.Unmarshal([]byte(`[{"level":"city","role":"took_part","date":"2024-01-01"},
		{"level":"自治区级","date":"2023-05-01"},{"level":"national","role":"承担","date":"2022-09-01"}]`), &ps))
	assert.Equal(t, []eligibility.Project{
		{Level: eligibility.PlanCity, Role: eligibility.TookPart, Date: day(2024, 1, 1)},
		{Level: eligibility.PlanRegional, Date: day(2023, 5, 1)},
		{Level: eligibility.PlanNational, Role: eligibility.Undertook, Date: day(2022, 9, 1)},
	}, ps)
	for l := eligibility.PlanCity; l <= eligibility.PlanOtherCity; l++ {
		p := eligibility.Project{Level: l, Date: day(2021, 1, 1), End: day(2026, 1, 1)}
		b, err := json.Marshal(p)
		require.NoError(t, err)
		var back eligibility.Project
		require.NoError(t, json.Unmarshal(b, &back), string(b))
		assert.Equal(t, p, back, string(b))
		var byName eligibility.PlanLevel
		require.NoError(t, byName.UnmarshalText([]byte(l.Chinese())))
		assert.Equal(t, l, byName)
		assert.NotEmpty(t, l.English())
	}
	b, err := json.Marshal(eligibility.Project{Level: eligibility.PlanCounty, Date: day(2024, 1, 1)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"level":"county","date":"2024-01-01"}`, string(b), "no end: the field is left out")
	// The three levels the clauses name keep platform.Level's values and codes.
	for _, l := range platform.Levels() {
		assert.Equal(t, l.String(), eligibility.PlanLevel(l).String())
		assert.Equal(t, l.Chinese(), eligibility.PlanLevel(l).Chinese())
	}
	var bad eligibility.PlanLevel
	assert.Error(t, bad.UnmarshalText([]byte("province")))
	assert.Equal(t, "%!PlanLevel(9)", eligibility.PlanLevel(9).String())
	assert.False(t, eligibility.PlanLevel(0).Valid())
	_, err = eligibility.PlanLevel(0).MarshalText()
	assert.Error(t, err)
}
