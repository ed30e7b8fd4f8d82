package webapp_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/examples/internal/sample"
	"github.com/lhasa-sti/platform/examples/internal/webapp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestMeta(t *testing.T) {
	var m webapp.Meta
	require.NoError(t, json.Unmarshal(webapp.MetaJSON(), &m))
	assert.Len(t, m.Types, len(platform.Types()))
	assert.Equal(t, webapp.Choice{Code: "key_laboratory", Zh: "重点实验室", En: platform.KeyLaboratory.English()}, m.Types[2])
	assert.Len(t, m.Categories, len(platform.Categories()))
	// The category the page asks beside the type is a fact of the type's application.
	facts := eligibility.Facts(platform.NewRDInstitution)
	assert.True(t, func() bool {
		for _, f := range facts {
			if f.Path == m.CategoryPath {
				return true
			}
		}
		return false
	}(), "%s is not a fact of a 新型研发机构", m.CategoryPath)
}

func TestFacts(t *testing.T) {
	for _, typ := range []string{"key_laboratory", "重点实验室"} {
		b, err := webapp.FactsJSON(typ)
		require.NoError(t, err)
		want, err := json.Marshal(eligibility.Facts(platform.KeyLaboratory))
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(b))
	}
	_, err := webapp.FactsJSON("laboratory")
	var we *webapp.Error
	require.ErrorAs(t, err, &we)
	assert.Contains(t, we.En, "laboratory")
	assert.Contains(t, we.Zh, "laboratory")
}

func checked(t *testing.T, app string) webapp.Checked {
	t.Helper()
	b, err := webapp.Check([]byte(app))
	require.NoError(t, err)
	var c webapp.Checked
	require.NoError(t, json.Unmarshal(b, &c))
	return c
}

// The page's answer is the library's: its Result as JSON, and each finding's words.
func TestCheckIsTheLibrarys(t *testing.T) {
	var apps []json.RawMessage
	require.NoError(t, json.Unmarshal(sample.Applications(), &apps))
	for _, raw := range apps {
		c := checked(t, string(raw))
		var app eligibility.Application
		require.NoError(t, json.Unmarshal(raw, &app))
		res, err := eligibility.Check(app, eligibility.Options{})
		require.NoError(t, err)
		want, err := json.Marshal(res)
		require.NoError(t, err)
		assert.JSONEq(t, string(want), string(c.Result))
		assert.Equal(t, res.Verdict.String(), c.Verdict)
		require.Len(t, c.Findings, res.Len())
		for i, f := range res.All() {
			v := c.Findings[i]
			assert.Equal(t, f.Rule.ID, v.Rule)
			assert.Equal(t, f.Chinese(), v.Zh)
			assert.Equal(t, f.English(), v.En)
			assert.Equal(t, f.Outcome == platform.Review, v.AwaitingReview)
		}
	}
}

// A failed quantity gives its shortfall; a duration not yet met the first date it is; a
// judgment clause awaits review.
func TestCheckShortfallAndDateMet(t *testing.T) {
	c := checked(t, `{"type":"key_laboratory","date":"2025-03-01","key_laboratory":{"lab_area":"250","built_since":"2024-01-10"}}`)
	assert.Equal(t, "ineligible", c.Verdict)
	assert.Equal(t, "不符合备案标准", c.VerdictZh)
	byRule := map[string]webapp.View{}
	for _, v := range c.Findings {
		byRule[v.Rule] = v
	}
	area := byRule[eligibility.RuleKeyLabLabArea]
	assert.Equal(t, "50㎡", area.ShortfallZh)
	assert.Equal(t, "50 m²", area.ShortfallEn)
	assert.Empty(t, area.MetOn)
	assert.Equal(t, "附件·拉萨市重点实验室 第三条（一）", area.CitationZh)
	assert.Equal(t, "2026-01-11", byRule[eligibility.RuleKeyLabConstructionYears].MetOn)
	assert.True(t, byRule[eligibility.RuleKeyLabResearchConditions].AwaitingReview)
	assert.Equal(t, 2, c.Counts["fail"])
	assert.Positive(t, c.Counts["review"])
	assert.Positive(t, c.Counts["unknown"])
}

// Bad input: an error naming the line and column or the field, in both languages, and
// nothing decided.
func TestCheckBadInput(t *testing.T) {
	for _, tc := range []struct{ name, app, zh, en string }{
		{"a count given as text names its field", `{"type":"key_laboratory","date":"2025-03-01","key_laboratory":{"team_size":"twenty"}}`,
			"team_size", "team_size"},
		{"an unknown key is refused, not ignored", `{"type":"key_laboratory","date":"2025-03-01","key_laboratory":{"lab_areas":"300"}}`,
			"lab_areas", "lab_areas"},
		{"broken JSON names its line and column", "{\n  \"type\": \"key_laboratory\",\n  \"date\": }", "application.json:3", "application.json:3"},
		{"no date: the library's error names it", `{"type":"key_laboratory"}`, "date", "date"},
		{"a negative area", `{"type":"key_laboratory","date":"2025-03-01","key_laboratory":{"lab_area":"-1"}}`, "lab_area", "lab_area"},
		{"two applications", `[{"type":"key_laboratory","date":"2025-03-01"},{"type":"key_laboratory","date":"2025-03-01"}]`, "一份申请", "one application"},
		{"nothing", ``, "empty", "empty"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := webapp.Check([]byte(tc.app))
			assert.Nil(t, b)
			var we *webapp.Error
			require.ErrorAs(t, err, &we)
			assert.Contains(t, we.Zh, tc.zh)
			assert.Contains(t, we.En, tc.en)
			assert.Equal(t, we.En, err.Error())
		})
	}
}

func cohort(t *testing.T, csv []byte, lang, group string) webapp.Cohort {
	t.Helper()
	b, err := webapp.CohortJSON(csv, lang, group)
	require.NoError(t, err)
	var c webapp.Cohort
	require.NoError(t, json.Unmarshal(b, &c))
	return c
}

func TestCohortSample(t *testing.T) {
	c := cohort(t, nil, "zh", "pooled")
	assert.Equal(t, 28, c.Graded, "the sample has 30 platforms, one absent and one withdrawn")
	total := 0
	for i, g := range platform.Grades() {
		assert.Equal(t, g.String(), c.Counts[i].Grade)
		assert.Equal(t, g.Chinese(), c.Counts[i].Zh)
		total += c.Counts[i].N
	}
	assert.Equal(t, c.Graded, total)
	assert.Contains(t, c.HTML, "<svg")
	assert.Contains(t, c.CSV, "LS-SYS-2021-01")
	// The same round uploaded (GBK, as Chinese Excel saves it) gives the same grades.
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(sample.Round())
	require.NoError(t, err)
	up := cohort(t, gbk, "en", "pooled")
	assert.Equal(t, c.Counts[0].N, up.Counts[0].N)
	assert.Equal(t, "gbk", strings.ToLower(up.Encoding))
	assert.Contains(t, up.HTML, "upload")
	byType := cohort(t, nil, "en", "type")
	assert.Equal(t, c.Graded, byType.Graded)
}

func TestCohortBadInput(t *testing.T) {
	bad := []byte("id,name,type,department,participation,total\nA,a,重点实验室,d,参评,90\nB,b,重点实验室,d,参评,abc\n")
	_, err := webapp.CohortJSON(bad, "zh", "pooled")
	var we *webapp.Error
	require.ErrorAs(t, err, &we)
	assert.Contains(t, we.Zh, "第3行F列（total）")
	assert.Contains(t, we.En, "row 3, column F (total)")
	_, err = webapp.CohortJSON(nil, "zh", "county")
	require.ErrorAs(t, err, &we)
	assert.Contains(t, we.En, "county")
	_, err = webapp.CohortJSON(nil, "fr", "pooled")
	assert.Error(t, err)
	assert.True(t, errors.As(err, &we))
}

// The page's entry points never panic, and either answer in JSON or give an error.
func FuzzCheck(f *testing.F) {
	var apps []json.RawMessage
	_ = json.Unmarshal(sample.Applications(), &apps)
	for _, a := range apps {
		f.Add(string(a))
	}
	f.Add(`{"type":"key_laboratory","date":"2025-03-01","key_laboratory":{"lab_area":"250"}}`)
	f.Add(`{"type":"new_rd_institution","date":"2025-03-01","new_rd_institution":{"category":"agriculture"}}`)
	f.Fuzz(func(t *testing.T, app string) {
		b, err := webapp.Check([]byte(app))
		if err != nil {
			var we *webapp.Error
			if !errors.As(err, &we) || we.Zh == "" || we.En == "" {
				t.Fatalf("error not worded in both languages: %v", err)
			}
			return
		}
		if !json.Valid(b) {
			t.Fatalf("answer is not JSON: %s", b)
		}
	})
}

func FuzzCohort(f *testing.F) {
	f.Add(sample.Round(), "pooled")
	f.Add([]byte("id,name,type,department,participation,total\nA,a,重点实验室,d,参评,90\n"), "type")
	f.Fuzz(func(t *testing.T, csv []byte, group string) {
		b, err := webapp.CohortJSON(csv, "en", group)
		if err != nil {
			var we *webapp.Error
			if !errors.As(err, &we) || we.Zh == "" || we.En == "" {
				t.Fatalf("error not worded in both languages: %v", err)
			}
			return
		}
		if !json.Valid(b) {
			t.Fatalf("answer is not JSON")
		}
	})
}
