package lifecycle_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// notPassed is step i of filingSteps recorded as not passed, with reasons.
func notPassed(i int, reasons string) []lifecycle.Event {
	s := filingSteps()
	s[i].NotPassed, s[i].Reasons = true, reasons
	return s
}

// Reviews of 第十三条（二）（三）（四） have outcomes; a failure bans nothing (常年受理).
func TestReviewOutcomes(t *testing.T) {
	again := apply("2025-06-02", "lab2", platform.KeyLaboratory)
	listed := ev("2025-02-20", lifecycle.ProposedList, lifecycle.CitySTB)
	listed.Exception = "该方向为全市急需，市科技局集体研究决定列入"
	experts := notPassed(4, "研究基础不足")
	tests := []struct {
		name    string
		rule    string
		events  []lifecycle.Event
		stage   lifecycle.Stage
		refusal lifecycle.Kind
		cite    string
		outcome platform.Outcome // of the last entry
		kind    platform.Kind    // error kind, 0 for none
	}{
		{name: "第十三条（二）：推荐部门审核未通过：申请终止，不予备案", rule: "lifecycle.13.2.recommendation",
			events: notPassed(2, "材料不全")[:3], stage: lifecycle.NotFiled, refusal: lifecycle.Recommendation, cite: "第十三条（二）", outcome: platform.Fail},
		{name: "第十三条（三）：市科技局审查未通过：申请终止，不予备案", rule: "lifecycle.13.3.review",
			events: notPassed(3, "不符合备案条件")[:4], stage: lifecycle.NotFiled, refusal: lifecycle.Review, cite: "第十三条（三）", outcome: platform.Fail},
		{name: "第十三条（三）审查未通过后不得继续论证：平台已不予备案", rule: "lifecycle.13.3.review",
			events: notPassed(3, "不符合备案条件")[:5], kind: platform.ErrState},
		{name: "第十三条（四）：专家论证意见为不予备案：不列入拟备案名单，平台停在已论证", rule: "lifecycle.13.4.expert_review",
			events: experts[:5], stage: lifecycle.ExpertReviewed, refusal: lifecycle.ExpertReview, cite: "第十三条（四）", outcome: platform.Fail},
		{name: "第十三条（五）：专家论证否定后市科技局不写例外理由即列入拟备案名单：拒绝", rule: "lifecycle.13.5.proposed_list",
			events: experts[:6], kind: platform.ErrState},
		{name: "第十三条（五）：专家论证否定，市科技局记录例外理由后列入：继续，须复核", rule: "lifecycle.13.5.proposed_list",
			events: append(experts[:5:5], listed), stage: lifecycle.Proposed, refusal: lifecycle.ExpertReview, cite: "第十三条（四）", outcome: platform.Review},
		{name: "第十三条（一）常年受理：审查未通过后同一单位以新编号再次申请：受理", rule: "lifecycle.13.2.application",
			events: append(notPassed(3, "不符合备案条件")[:4:4], again), stage: lifecycle.Applied, outcome: platform.Pass},
		{name: "第十三条（二）：未写审核结果的推荐视为通过", rule: "lifecycle.13.2.recommendation",
			events: filingSteps(), stage: lifecycle.Filed, outcome: platform.Pass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(with(tt.events), d("2025-12-31"), lifecycle.Options{})
			if tt.kind != 0 {
				require.ErrorIs(t, err, tt.kind, tt.rule)
				return
			}
			require.NoError(t, err, tt.rule)
			id := tt.events[len(tt.events)-1].Platform
			p, ok := st.Platform(id)
			require.True(t, ok)
			assert.Equal(t, tt.stage, p.Stage, tt.rule)
			if tt.refusal != 0 {
				require.NotNil(t, p.Refusal, tt.rule)
				assert.Equal(t, tt.refusal, p.Refusal.Kind)
				assert.Equal(t, tt.cite, p.Refusal.Cite.String())
			}
			last := st.Entries[len(st.Entries)-1]
			assert.Equal(t, tt.outcome, last.Finding.Outcome, tt.rule)
			// No ban follows a review that failed: the unit may apply again at once.
			assert.Empty(t, st.Bans)
			assert.True(t, st.MayApply(d("2025-12-31"), platform.KeyLaboratory).May)
		})
	}
}

// The reasons are kept on the refusal and in the timeline; an old event without the
// outcome decodes to a passed review.
func TestReviewOutcomeJSON(t *testing.T) {
	var e lifecycle.Event
	require.NoError(t, json.Unmarshal([]byte(`{"date":"2025-01-15","kind":"recommendation","actor":"county","platform":"lab"}`), &e))
	assert.False(t, e.NotPassed, "lifecycle.13.2.recommendation: an old event means passed")
	s := notPassed(2, "材料不全")[:3]
	b, err := json.Marshal(s[2])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"not_passed":true,"reasons":"材料不全"`)
	var back lifecycle.Event
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s[2], back)
	st, err := lifecycle.Replay(with(s), d("2025-12-31"), lifecycle.Options{})
	require.NoError(t, err)
	p, _ := st.Platform(lab)
	assert.Equal(t, "材料不全", p.Refusal.Reasons)
	assert.Contains(t, st.Timeline()[len(st.Timeline())-2].Consequence, "材料不全")
}

// 第十三条（二）: a second department's recommendation of an application already recommended
// is recorded; one that does not pass it is flagged, and the procedure goes on.
func TestFurtherRecommendation(t *testing.T) {
	s := filingSteps()
	second := ev("2025-01-16", lifecycle.Recommendation, lifecycle.CityDepartment)
	declined := second
	declined.NotPassed, declined.Reasons = true, "不属本行业"
	for _, tt := range []struct {
		name    string
		extra   lifecycle.Event
		outcome platform.Outcome
	}{
		{"第十三条（二）：城关区推荐后市卫健委亦推荐：两次均记录，程序继续至备案", second, platform.Pass},
		{"第十三条（二）：另一部门审核未通过，已有推荐：记录并须复核，程序继续至备案", declined, platform.Review},
	} {
		t.Run(tt.name, func(t *testing.T) {
			evs := append(append(s[:3:3], tt.extra), s[3:]...)
			st, err := lifecycle.Replay(with(evs), d("2025-12-31"), lifecycle.Options{})
			require.NoError(t, err, "lifecycle.13.2.recommendation")
			p, _ := st.Platform(lab)
			assert.Equal(t, lifecycle.Filed, p.Stage)
			assert.Equal(t, tt.outcome, st.Entries[3].Finding.Outcome)
			assert.Nil(t, p.Refusal)
		})
	}
}
