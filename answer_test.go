package platform_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBoundWordAdmits(t *testing.T) {
	// Each row: the word, and whether it admits a found value below (-1), equal to (0) and
	// above (+1) the number (《民法典》第一千二百五十九条; DESIGN.md convention 4).
	rows := []struct {
		name             string
		w                platform.BoundWord
		below, at, above bool
	}{
		{"以上 admits the number and above", platform.AtLeastYiShang, false, true, true},
		{"不低于 admits the number and above", platform.AtLeastBuDiYu, false, true, true},
		{"不少于 admits the number and above", platform.AtLeastBuShaoYu, false, true, true},
		{"满 admits the number and above", platform.AtLeastMan, false, true, true},
		{"高于 admits only above: the number itself fails", platform.MoreThanGaoYu, false, false, true},
		{"超过 admits only above: the number itself fails", platform.MoreThanChaoGuo, false, false, true},
		{"以下 admits the number and below", platform.AtMostYiXia, true, true, false},
		{"以内 admits the number and below", platform.AtMostYiNei, true, true, false},
		{"不超过 admits the number and below", platform.AtMostBuChaoGuo, true, true, false},
		{"低于 admits only below: the number itself fails", platform.LessThanDiYu, true, false, false},
		{"不满 admits only below: the number itself fails", platform.LessThanBuMan, true, false, false},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, []bool{tc.below, tc.at, tc.above}, []bool{tc.w.Admits(-1), tc.w.Admits(0), tc.w.Admits(1)})
		})
	}
}

func TestVerdictOf(t *testing.T) {
	f := func(os ...platform.Outcome) []platform.Finding {
		out := make([]platform.Finding, len(os))
		for i, o := range os {
			out[i] = platform.Finding{Outcome: o}
		}
		return out
	}
	P, F, U, R := platform.Pass, platform.Fail, platform.Unknown, platform.Review
	rows := []struct {
		name     string
		findings []platform.Finding
		want     platform.Verdict
	}{
		{"no findings at all is incomplete: nothing was shown", nil, platform.Incomplete},
		{"an empty list is incomplete", []platform.Finding{}, platform.Incomplete},
		{"one pass is eligible", f(P), platform.Eligible},
		{"every finding passing is eligible", f(P, P, P), platform.Eligible},
		{"a review among passes needs review", f(P, R, P), platform.NeedsReview},
		{"an unknown beats a review: incomplete", f(R, U), platform.Incomplete},
		{"an unknown beats a review in either order", f(U, R), platform.Incomplete},
		{"a fail beats an unknown: ineligible", f(U, F), platform.Ineligible},
		{"a fail beats unknown and review together", f(R, U, F, P), platform.Ineligible},
		{"a single fail among passes is ineligible", f(P, P, F), platform.Ineligible},
		{"an outcome never set counts as unknown", f(P, platform.Outcome(0)), platform.Incomplete},
		{"an outcome outside the set counts as unknown", f(P, platform.Outcome(9)), platform.Incomplete},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, platform.VerdictOf(tc.findings))
		})
	}
}

func TestValue(t *testing.T) {
	rows := []struct {
		name   string
		v      platform.Value
		zh, en string
		json   string
	}{
		{"a count of persons", platform.Count(15, platform.Person), "15人", "15 persons", `{"kind":"count","value":15,"unit":"person"}`},
		{"one year is singular in English", platform.Count(1, platform.YearUnit), "1年", "1 year", `{"kind":"count","value":1,"unit":"year"}`},
		{"minus one person is singular in English", platform.Count(-1, platform.Person), "-1人", "-1 person", `{"kind":"count","value":-1,"unit":"person"}`},
		{"one working day is singular in English", platform.Count(1, platform.WorkingDay), "1个工作日", "1 working day", `{"kind":"count","value":1,"unit":"working_day"}`},
		{"zero days are plural in English", platform.Count(0, platform.DayUnit), "0日", "0 days", `{"kind":"count","value":0,"unit":"day"}`},
		{"one of a unit outside the set has no unit", platform.Count(1, platform.Unit(40)), "1", "1", `{"kind":"count","value":1}`},
		{"a count with no unit", platform.Count(5, platform.NoUnit), "5", "5", `{"kind":"count","value":5}`},
		{"an area in ㎡", platform.Quantity(dec("199.99"), platform.SquareMetre), "199.99㎡", "199.99 m²", `{"kind":"quantity","value":"199.99","unit":"square_metre"}`},
		{"money shows 万元 in Chinese and 元 in English", platform.Quantity(dec("200000"), platform.Yuan), "20万元", "200000.00 yuan", `{"kind":"quantity","value":"200000","unit":"yuan"}`},
		{"a percentage has no space", platform.Quantity(dec("30"), platform.Percent), "30%", "30%", `{"kind":"quantity","value":"30","unit":"percent"}`},
		{"a date is Chinese-style in Chinese and ISO in English", platform.DateVal(d("2025-03-02")), "2025年3月2日", "2025-03-02", `{"kind":"date","value":"2025-03-02"}`},
		{"yes is 是", platform.Bool(true), "是", "yes", `{"kind":"bool","value":true}`},
		{"no is 否", platform.Bool(false), "否", "no", `{"kind":"bool","value":false}`},
		{"text is shown as given", platform.Text("高原生物"), "高原生物", "高原生物", `{"kind":"text","value":"高原生物"}`},
		{"a unit outside the set is left out", platform.Count(2, platform.Unit(40)), "2", "2", `{"kind":"count","value":2}`},
		{"the zero value shows nothing and is null", platform.Value{}, "", "", `null`},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.zh, tc.v.Chinese())
			assert.Equal(t, tc.en, tc.v.English())
			j, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(j))
		})
	}
	assert.True(t, platform.Value{}.IsZero())
	assert.True(t, !platform.Bool(false).IsZero(), "a no is a value, not nothing")
}

var (
	ruleResearchers = &platform.Rule{
		ID:    "eligibility.key_laboratory.3.5.full_time_researchers",
		Cite:  platform.AnnexArt(platform.KeyLaboratory, 3, 5),
		Zh:    "专职研究人员不少于15人",
		En:    "at least 15 full-time researchers",
		Bound: platform.AtLeastBuShaoYu,
	}
	ruleArea = &platform.Rule{
		ID:    "eligibility.engineering_research_center.3.4.site_area",
		Cite:  platform.AnnexArt(platform.EngineeringCenter, 3, 4),
		Zh:    "场地面积不低于200㎡",
		En:    "site area at least 200 m²",
		Bound: platform.AtLeastBuDiYu,
	}
	ruleObservation = &platform.Rule{
		ID:    "eligibility.field_station.3.2.observation_years",
		Cite:  platform.AnnexArt(platform.FieldStation, 3, 2),
		Zh:    "连续观测满2年",
		En:    "continuous observation for 2 years",
		Bound: platform.AtLeastMan,
	}
	ruleDirection = &platform.Rule{
		ID:   "eligibility.key_laboratory.3.1.direction",
		Cite: platform.AnnexArt(platform.KeyLaboratory, 3, 1),
		Zh:   "研究方向符合重点领域",
		En:   "research direction within the focus fields",
	}
)

func TestFinding(t *testing.T) {
	rows := []struct {
		name string
		f    platform.Finding
		zh   string
		en   string
		json string
	}{
		{
			"a pass shows what was wanted and found",
			platform.Finding{Rule: ruleArea, Outcome: platform.Pass}.
				WithWanted(platform.Quantity(dec("200"), platform.SquareMetre)).WithFound(platform.Quantity(dec("250.5"), platform.SquareMetre)),
			"附件·拉萨市工程技术研究中心 第三条（四） 场地面积不低于200㎡：要求200㎡，实际250.5㎡。符合。",
			"Annex, engineering technology research center, Art. 3(4) site area at least 200 m²: wanted 200 m², found 250.5 m². Pass.",
			`{"rule":"eligibility.engineering_research_center.3.4.site_area","citation":"附件·拉萨市工程技术研究中心 第三条（四）","outcome":"pass",` +
				`"wanted":{"kind":"quantity","value":"200","unit":"square_metre"},"found":{"kind":"quantity","value":"250.5","unit":"square_metre"},` +
				`"zh":"附件·拉萨市工程技术研究中心 第三条（四） 场地面积不低于200㎡：要求200㎡，实际250.5㎡。符合。",` +
				`"en":"Annex, engineering technology research center, Art. 3(4) site area at least 200 m²: wanted 200 m², found 250.5 m². Pass."}`,
		},
		{
			"a fail shows the shortfall",
			platform.Finding{Rule: ruleResearchers, Outcome: platform.Fail}.
				WithWanted(platform.Count(15, platform.Person)).WithFound(platform.Count(12, platform.Person)).WithShortfall(platform.Count(3, platform.Person)),
			"附件·拉萨市重点实验室 第三条（五） 专职研究人员不少于15人：要求15人，实际12人，尚差3人。不符合。",
			"Annex, key laboratory, Art. 3(5) at least 15 full-time researchers: wanted 15 persons, found 12 persons, short by 3 persons. Fail.",
			`{"rule":"eligibility.key_laboratory.3.5.full_time_researchers","citation":"附件·拉萨市重点实验室 第三条（五）","outcome":"fail",` +
				`"wanted":{"kind":"count","value":15,"unit":"person"},"found":{"kind":"count","value":12,"unit":"person"},"shortfall":{"kind":"count","value":3,"unit":"person"},` +
				`"zh":"附件·拉萨市重点实验室 第三条（五） 专职研究人员不少于15人：要求15人，实际12人，尚差3人。不符合。",` +
				`"en":"Annex, key laboratory, Art. 3(5) at least 15 full-time researchers: wanted 15 persons, found 12 persons, short by 3 persons. Fail."}`,
		},
		{
			"a duration fail shows the first day the condition is met",
			platform.Finding{Rule: ruleObservation, Outcome: platform.Fail}.
				WithWanted(platform.Count(2, platform.YearUnit)).WithFound(platform.DateVal(d("2023-05-10"))).WithShortfall(platform.DateVal(d("2025-05-11"))),
			"附件·拉萨市野外科学观测研究站 第三条（二） 连续观测满2年：要求2年，实际2023年5月10日，最早于2025年5月11日满足。不符合。",
			"Annex, field scientific observation and research station, Art. 3(2) continuous observation for 2 years: wanted 2 years, found 2023-05-10, met from 2025-05-11. Fail.",
			`{"rule":"eligibility.field_station.3.2.observation_years","citation":"附件·拉萨市野外科学观测研究站 第三条（二）","outcome":"fail",` +
				`"wanted":{"kind":"count","value":2,"unit":"year"},"found":{"kind":"date","value":"2023-05-10"},"shortfall":{"kind":"date","value":"2025-05-11"},` +
				`"zh":"附件·拉萨市野外科学观测研究站 第三条（二） 连续观测满2年：要求2年，实际2023年5月10日，最早于2025年5月11日满足。不符合。",` +
				`"en":"Annex, field scientific observation and research station, Art. 3(2) continuous observation for 2 years: wanted 2 years, found 2023-05-10, met from 2025-05-11. Fail."}`,
		},
		{
			"a review carries its note in both languages",
			platform.Finding{Rule: ruleDirection, Outcome: platform.Review}.WithFound(platform.Text("高原生物")).
				WithNote("需专家评审判断。", "A reviewer must judge this."),
			"附件·拉萨市重点实验室 第三条（一） 研究方向符合重点领域：实际高原生物。需评审。需专家评审判断。",
			"Annex, key laboratory, Art. 3(1) research direction within the focus fields: found 高原生物. Needs review. A reviewer must judge this.",
			`{"rule":"eligibility.key_laboratory.3.1.direction","citation":"附件·拉萨市重点实验室 第三条（一）","outcome":"review",` +
				`"found":{"kind":"text","value":"高原生物"},"note_zh":"需专家评审判断。","note_en":"A reviewer must judge this.",` +
				`"zh":"附件·拉萨市重点实验室 第三条（一） 研究方向符合重点领域：实际高原生物。需评审。需专家评审判断。",` +
				`"en":"Annex, key laboratory, Art. 3(1) research direction within the focus fields: found 高原生物. Needs review. A reviewer must judge this."}`,
		},
		{
			"an unknown with money wanted shows 万元 and no found value",
			platform.Finding{Rule: ruleResearchers, Outcome: platform.Unknown}.WithWanted(platform.Quantity(dec("500000"), platform.Yuan)),
			"附件·拉萨市重点实验室 第三条（五） 专职研究人员不少于15人：要求50万元。信息不全。",
			"Annex, key laboratory, Art. 3(5) at least 15 full-time researchers: wanted 500000.00 yuan. Unknown.",
			`{"rule":"eligibility.key_laboratory.3.5.full_time_researchers","citation":"附件·拉萨市重点实验室 第三条（五）","outcome":"unknown",` +
				`"wanted":{"kind":"quantity","value":"500000","unit":"yuan"},` +
				`"zh":"附件·拉萨市重点实验室 第三条（五） 专职研究人员不少于15人：要求50万元。信息不全。",` +
				`"en":"Annex, key laboratory, Art. 3(5) at least 15 full-time researchers: wanted 500000.00 yuan. Unknown."}`,
		},
		{
			"a finding without a rule has no citation",
			platform.Finding{Outcome: platform.Pass}.WithFound(platform.Bool(true)),
			"：实际是。符合。",
			": found yes. Pass.",
			`{"rule":"","outcome":"pass","found":{"kind":"bool","value":true},"zh":"：实际是。符合。","en":": found yes. Pass."}`,
		},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.zh, tc.f.Chinese())
			assert.Equal(t, tc.en, tc.f.English())
			j, err := json.Marshal(tc.f)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(j))
			var m map[string]any
			require.NoError(t, json.Unmarshal(j, &m), "the JSON is well formed")
		})
	}
	t.Run("Cite is the rule's citation, or the zero citation without a rule", func(t *testing.T) {
		f := platform.Finding{Rule: ruleResearchers}
		assert.Equal(t, platform.AnnexArt(platform.KeyLaboratory, 3, 5), f.Cite())
		assert.True(t, (&platform.Finding{}).Cite().IsZero())
	})
	t.Run("a rule marshals with its citation text and boundary word", func(t *testing.T) {
		j, err := json.Marshal(ruleResearchers)
		require.NoError(t, err)
		assert.Equal(t, `{"id":"eligibility.key_laboratory.3.5.full_time_researchers","citation":"附件·拉萨市重点实验室 第三条（五）",`+
			`"zh":"专职研究人员不少于15人","en":"at least 15 full-time researchers","bound":"不少于"}`, string(j))
		var back platform.Rule
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, *ruleResearchers, back)
	})
	t.Run("a rule without a citation or boundary word still marshals", func(t *testing.T) {
		j, err := json.Marshal(platform.Rule{ID: "x"})
		require.NoError(t, err)
		assert.Equal(t, `{"id":"x","citation":"","zh":"","en":""}`, string(j))
		var back platform.Rule
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, platform.Rule{ID: "x"}, back)
	})
}
