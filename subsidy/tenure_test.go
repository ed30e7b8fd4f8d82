package subsidy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

// 第二十三条 "在单个评估周期内": under CeaseCycleAfterUpgrade the level that counts is the level
// held during the cycle, not on the day it is graded.
func TestCycleDuring(t *testing.T) {
	cease := subsidy.Options{CeaseCycleAfterUpgrade: true}
	atStart := subsidy.Options{CeaseCycleAfterUpgrade: true, LevelAtCycleStart: true}
	tests := []struct {
		name    string
		rule    string
		during  subsidy.Tenure
		opts    subsidy.Options
		want    int64
		outcome platform.Outcome
		held    platform.Level
		note    string
	}{
		{"第二十三条 整个周期均为市级、周期结束后才认定为自治区级：按选项停发时本周期仍给予70万元", "subsidy.23.cycle.key_laboratory.excellent",
			subsidy.Tenure{}, cease, 70, platform.Pass, 0, ""},
		{"第二十三条 明示整个周期均为市级：给予70万元", "subsidy.23.cycle.key_laboratory.excellent",
			subsidy.Tenure{Start: platform.City, End: platform.City}, cease, 70, platform.Pass, platform.City, ""},
		{"第二十三条 周期内认定为自治区级：按选项停发，默认本周期起不再给予", "subsidy.23.cycle.upgraded_platform",
			subsidy.Tenure{End: platform.Regional}, cease, 0, platform.Fail, platform.Regional, "本周期内已认定为自治区级"},
		{"第二十三条 周期内认定为自治区级、按周期开始时级别解读：本周期照发70万元", "subsidy.23.cycle.key_laboratory.excellent",
			subsidy.Tenure{End: platform.Regional}, atStart, 70, platform.Pass, 0, "LevelAtCycleStart"},
		{"第二十三条 周期开始时已为自治区级：两种解读均停发", "subsidy.23.cycle.upgraded_platform",
			subsidy.Tenure{Start: platform.Regional, End: platform.National}, atStart, 0, platform.Fail, platform.Regional, "CeaseCycleAfterUpgrade"},
		{"第二十三条 整个周期均为自治区级：按选项停发", "subsidy.23.cycle.upgraded_platform",
			subsidy.Tenure{Start: platform.Regional, End: platform.Regional}, cease, 0, platform.Fail, platform.Regional, "CeaseCycleAfterUpgrade"},
		{"第二十三条 默认解读下周期内认定为自治区级的平台继续享受70万元", "subsidy.23.cycle.key_laboratory.excellent",
			subsidy.Tenure{End: platform.Regional}, subsidy.Options{}, 70, platform.Pass, platform.Regional, "默认解读"},
		{"第二十三条 未选停发时周期开始时级别的选项不改变结果", "subsidy.23.cycle.key_laboratory.excellent",
			subsidy.Tenure{End: platform.Regional}, subsidy.Options{LevelAtCycleStart: true}, 70, platform.Pass, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := subsidy.CycleDuring(subsidy.DefaultSchedule(), platform.KeyLaboratory, platform.Excellent, 1, tt.during, tt.opts)
			require.NoError(t, err)
			assert.Truef(t, a.Amount.Equal(platform.WanYuan(tt.want)), "amount %v, want %d万元", a.Amount, tt.want)
			require.NotNil(t, a.Finding.Rule)
			assert.Equal(t, tt.rule, a.Finding.Rule.ID)
			assert.Equal(t, platform.Art(23), a.Finding.Cite())
			assert.Equal(t, tt.outcome, a.Finding.Outcome)
			assert.Equal(t, tt.held, a.Held)
			require.NotNil(t, a.During)
			assert.Equal(t, tt.during, *a.During)
			assert.Contains(t, a.Finding.NoteZh(), tt.note)
			assert.Equal(t, a.Finding.NoteZh() == "", a.Finding.NoteEn() == "")
			if tt.want == 0 {
				assert.NotContains(t, a.Finding.NoteZh(), "照发", "a cycle not paid never says it is")
			}
			// Through Entitle, a claim with During gives the same amount.
			c := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(1), Grade: platform.Excellent, During: &tt.during}
			en, _, err := subsidy.Entitle(subsidy.Ledger{}, c, subsidy.DefaultSchedule(), tt.opts)
			require.NoError(t, err)
			assert.Truef(t, en.Payable.Equal(platform.WanYuan(tt.want)), "payable %v, want %d万元", en.Payable, tt.want)
		})
	}
}

func TestCycleDuringErrors(t *testing.T) {
	tests := []struct {
		name   string
		rule   string
		during subsidy.Tenure
		kind   platform.Kind
		field  string
	}{
		{"第二十三条 周期开始时级别高于结束时级别是顺序错误", "subsidy.23.cycle.upgraded_platform", subsidy.Tenure{Start: platform.National, End: platform.Regional}, platform.ErrOrder, "during.end"},
		{"第二十三条 周期开始时为自治区级、结束时未注明（市级）是顺序错误", "subsidy.23.cycle.upgraded_platform", subsidy.Tenure{Start: platform.Regional}, platform.ErrOrder, "during.end"},
		{"第二十三条 未知的开始级别是无效错误", "subsidy.23.cycle.upgraded_platform", subsidy.Tenure{Start: 9}, platform.ErrInvalid, "during.start"},
		{"第二十三条 未知的结束级别是无效错误", "subsidy.23.cycle.upgraded_platform", subsidy.Tenure{End: 9}, platform.ErrInvalid, "during.end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := subsidy.CycleDuring(subsidy.DefaultSchedule(), platform.KeyLaboratory, platform.Good, 1, tt.during, subsidy.Options{})
			require.ErrorIs(t, err, tt.kind)
			assert.True(t, hasField(err, tt.field), "error %v, want field %s", err, tt.field)
			assert.ErrorIs(t, tt.during.Validate(), tt.kind)
		})
	}
	require.NoError(t, subsidy.Tenure{End: platform.National}.Validate())
	_, err := subsidy.CycleDuring(subsidy.DefaultSchedule(), 0, 0, 0, subsidy.Tenure{}, subsidy.Options{})
	assert.ErrorIs(t, err, platform.ErrMissing)
	during := subsidy.Tenure{End: platform.Regional}
	both := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(1), Grade: platform.Good,
		Held: platform.Regional, During: &during}
	_, _, err = subsidy.Entitle(subsidy.Ledger{}, both, subsidy.DefaultSchedule(), subsidy.Options{})
	assert.ErrorIs(t, err, platform.ErrConflict)
	assert.True(t, hasField(err, "claim.held"), "error %v", err)
	filing := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed(), During: &during}
	_, _, err = subsidy.Entitle(subsidy.Ledger{}, filing, subsidy.DefaultSchedule(), subsidy.Options{})
	assert.ErrorIs(t, err, platform.ErrInvalid)
	assert.True(t, hasField(err, "claim.during"), "error %v", err)
	bad := subsidy.Tenure{Start: platform.National, End: platform.City}
	cycle := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(1), Grade: platform.Good, During: &bad}
	_, _, err = subsidy.Entitle(subsidy.Ledger{}, cycle, subsidy.DefaultSchedule(), subsidy.Options{})
	assert.ErrorIs(t, err, platform.ErrOrder)
	assert.True(t, hasField(err, "claim.during.end"), "error %v", err)
}
