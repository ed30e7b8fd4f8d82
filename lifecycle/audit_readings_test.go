package lifecycle_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// 第十四条's uniqueness under both readings, and names held outside the history.
func TestUniqueNameReadings(t *testing.T) {
	two := func(second string) lifecycle.History {
		return twoFiled(stepsFor("a", platform.InnovationCenter, ""), stepsFor("b", platform.InnovationCenter, ""),
			named("2025-03-20", "a", fiveG), named("2025-03-21", "b", second))
	}
	t.Run("第十四条（选项：记录并待复核）：与另一平台同名：记录，平台标明与谁同名，须复核", func(t *testing.T) {
		st, err := lifecycle.Replay(two(fiveGWide), d("2025-12-31"), lifecycle.Options{NameCollisionReview: true})
		require.NoError(t, err, "lifecycle.14.unique_name")
		p, _ := st.Platform("b")
		assert.Equal(t, fiveG, p.NameHeldBy)
		last := st.Entries[len(st.Entries)-1]
		assert.Equal(t, "lifecycle.14.unique_name", last.Finding.Rule.ID)
		assert.Equal(t, platform.Review, last.Finding.Outcome)
	})
	t.Run("第十四条：已被摘牌的平台不再占用名称：受理", func(t *testing.T) {
		h := twoFiled(stepsFor("a", platform.InnovationCenter, ""), stepsFor("b", platform.InnovationCenter, ""),
			named("2025-03-20", "a", fiveG), misconductOf("2025-04-01", lifecycle.Misconduct))
		h.Events[len(h.Events)-1].Platform = "a"
		h.Events = append(h.Events, named("2025-04-02", "b", fiveGWide))
		_, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.14.unique_name")
	})
	t.Run("第十四条：他单位平台已用的名称（TakenNames）：拒绝", func(t *testing.T) {
		h := with(stepsFor("b", platform.InnovationCenter, ""), named("2025-03-21", "b", fiveGWide))
		_, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{TakenNames: []string{fiveG}})
		require.ErrorIs(t, err, platform.ErrConflict, "lifecycle.14.unique_name")
		_, err = lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err)
	})
	t.Run("第十四条：TakenNames 中不合命名规则的名称：选项错误", func(t *testing.T) {
		_, err := lifecycle.Replay(filed(), d("2025-12-31"), lifecycle.Options{TakenNames: []string{"某某中心"}})
		require.ErrorIs(t, err, platform.ErrInvalid, "lifecycle.14.unique_name")
	})
	t.Run("第十四条：记录开始前已备案的平台与已有平台同名：拒绝", func(t *testing.T) {
		e := ev("2025-04-01", lifecycle.PriorFiling, lifecycle.CitySTB)
		e.Platform, e.Type, e.Name = "old", platform.KeyLaboratory, labName
		_, err := lifecycle.Replay(filed(e), d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrConflict, "lifecycle.14.unique_name")
	})
}

// 第十三条（四）: the site visit apart from the expert review, at its boundaries.
func TestSiteVisit(t *testing.T) {
	s := filingSteps()
	visit := func(date string) lifecycle.Event { return ev(date, lifecycle.SiteVisit, lifecycle.Experts) }
	for _, tt := range []struct {
		name string
		evs  []lifecycle.Event
		kind platform.Kind
	}{
		{"第十三条（四）：审查前现场考察：顺序错误", append(s[:3:3], visit("2025-01-20")), platform.ErrOrder},
		{"第十三条（五）：拟备案名单后现场考察：顺序错误", append(s[:6:6], visit("2025-02-25")), platform.ErrOrder},
		{"第十三条（四）：现场考察两次：重复", append(s[:4:4], visit("2025-02-01"), visit("2025-02-02")), platform.ErrDuplicate},
		{"第十三条（四）：现场考察后未经专家论证即列入拟备案名单：缺专家论证", append(append(s[:4:4], visit("2025-02-01")), s[5]), platform.ErrOrder},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lifecycle.Replay(with(tt.evs), d("2025-12-31"), lifecycle.Options{})
			require.ErrorIs(t, err, tt.kind, "lifecycle.13.4.expert_review")
		})
	}
}

// A platform filed before the history begins: its form.
func TestPriorFiling(t *testing.T) {
	prior := func(mod func(*lifecycle.Event)) lifecycle.History {
		e := ev("2025-01-06", lifecycle.PriorFiling, lifecycle.CitySTB)
		e.Type, e.Name, e.Since, e.Level = platform.KeyLaboratory, labName, d("2021-05-20"), platform.Regional
		if mod != nil {
			mod(&e)
		}
		return with([]lifecycle.Event{e})
	}
	t.Run("第十三条（五）：已备案平台载入：自备案文件之日计周期，级别照录，报告自载入之年起", func(t *testing.T) {
		st, err := lifecycle.Replay(prior(nil), d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.13.5.filing")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Filed, p.Stage)
		assert.Equal(t, platform.Regional, p.Level)
		assert.Equal(t, 2, p.Cycle, "cycle 2 runs from 2024-05-21")
		require.Len(t, p.Reports, 1)
		assert.Equal(t, 2025, p.Reports[0].Year)
	})
	for _, tt := range []struct {
		name string
		mod  func(*lifecycle.Event)
		kind platform.Kind
	}{
		{"第二条：未写平台类型：缺失", func(e *lifecycle.Event) { e.Type = 0 }, platform.ErrMissing},
		{"第十三条（五）：备案文件日期晚于载入：顺序错误", func(e *lifecycle.Event) { e.Since = d("2025-02-01") }, platform.ErrOrder},
		{"第十四条：名称不合命名规则：拒绝", func(e *lifecycle.Event) { e.Name = "高原生物实验室" }, platform.ErrInvalid},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lifecycle.Replay(prior(tt.mod), d("2025-12-31"), lifecycle.Options{})
			require.ErrorIs(t, err, tt.kind, "lifecycle.13.5.filing")
		})
	}
	t.Run("第十三条（五）：同一平台再次载入：重复", func(t *testing.T) {
		h := prior(nil)
		e := h.Events[0]
		e.Date = d("2025-01-07")
		h.Events = append(h.Events, e)
		_, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrDuplicate, "lifecycle.13.5.filing")
	})
}

// MayApply beyond the as-of date when the events after it cannot be replayed.
func TestLaterEventsUnreplayable(t *testing.T) {
	stray := ev("2026-05-06", lifecycle.Recommendation, lifecycle.County)
	stray.Platform = "never-applied"
	st, err := lifecycle.Replay(filed(stray), d("2026-01-01"), lifecycle.Options{})
	require.NoError(t, err, "events after the as-of date are checked for form only")
	assert.True(t, st.LaterUnknown)
	perm := st.MayApply(d("2027-01-04"), 0)
	assert.Equal(t, platform.Unknown, perm.Outcome, "lifecycle.24.removal_ban: beyond the as-of date nothing can be said")
	assert.False(t, perm.May)
	assert.True(t, st.MayApply(d("2025-12-31"), 0).May, "up to the as-of date the answer stands")
}

// 第二十九条: a failed re-check after the validity window removes nothing.
func TestRecheckOutsideValidity(t *testing.T) {
	e := platform.DefaultEdition()
	e.Published = d("2021-06-01")
	h := filed(graded("2026-04-10", platform.Poor, 1), ev("2026-07-01", lifecycle.RecheckFailed, lifecycle.CitySTB))
	st, err := lifecycle.Replay(h, d("2026-12-31"), lifecycle.Options{Edition: &e})
	require.NoError(t, err, "lifecycle.29.validity")
	p, _ := st.Platform(lab)
	assert.Equal(t, lifecycle.Rectifying, p.Stage)
	assert.Empty(t, st.Bans)
	assert.True(t, p.Rectification.Closed.IsZero())
}
