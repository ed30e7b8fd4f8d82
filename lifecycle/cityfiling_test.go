package lifecycle_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// 第十六、十七条: lifecycle prices the upgrade reward only of a platform it saw filed at
// city level, and refuses an upgrade event for any other (subsidy answers "never filed"
// for a caller who prices one directly).
func TestUpgradeNeedsCityFiling(t *testing.T) {
	up := func(date, id string) lifecycle.Event {
		e := ev(date, lifecycle.UpgradeRecognised, lifecycle.CitySTB)
		e.Platform, e.Level = id, platform.Regional
		return e
	}
	fraud := ev("2025-06-01", lifecycle.Fraud, lifecycle.CitySTB)
	tests := []struct {
		name string
		rule string
		h    lifecycle.History
		kind platform.Kind
		cite platform.Citation
	}{
		{"第十六条 从未申请备案的平台认定为自治区级：拒绝升级事件", "lifecycle.17.upgrade_reward",
			filed(up("2026-01-10", "elsewhere")), platform.ErrOrder, platform.Art(13, 2)},
		{"第十六条 尚在备案程序中的平台认定为自治区级：拒绝升级事件", "lifecycle.17.upgrade_reward",
			with(filingSteps()[:5], up("2025-02-15", lab)), platform.ErrOrder, platform.Art(13, 5)},
		{"第十六、二十五条 已清退的平台认定为自治区级：拒绝升级事件", "lifecycle.17.upgrade_reward",
			filed(fraud, up("2026-01-10", lab)), platform.ErrState, platform.Art(25)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lifecycle.Replay(tt.h, d("2026-12-31"), lifecycle.Options{})
			require.ErrorIs(t, err, tt.kind)
			e := eventError(err)
			require.NotNil(t, e, "error %v", err)
			assert.Equal(t, tt.cite, e.Cite)
		})
	}
	st, err := lifecycle.Replay(filed(up("2026-01-10", lab)), d("2026-12-31"), lifecycle.Options{})
	require.NoError(t, err)
	require.Len(t, st.Awards, 2)
	assert.Equal(t, lifecycle.UpgradeBenefit, st.Awards[1].Kind)
	assert.True(t, st.Awards[1].Amount.Equal(platform.WanYuan(50)), "a filed platform's upgrade pays %v", st.Awards[1].Amount)
}
