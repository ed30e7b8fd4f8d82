package lifecycle_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/subsidy"
)

// julyLab is the key laboratory lab filed on 2025-07-03 (notice from Wed 2025-06-25: five
// working days end on Wed 07-02), followed by more.
func julyLab(more ...lifecycle.Event) lifecycle.History {
	app := ev("2025-04-07", lifecycle.Application, lifecycle.RelyingUnit)
	app.Type, app.Name = platform.KeyLaboratory, labName
	steps := []lifecycle.Event{
		{Date: d("2025-04-01"), Kind: lifecycle.Call, Actor: lifecycle.CitySTB},
		app,
		ev("2025-04-15", lifecycle.Recommendation, lifecycle.County),
		ev("2025-04-25", lifecycle.Review, lifecycle.CitySTB),
		ev("2025-05-20", lifecycle.ExpertReview, lifecycle.Experts),
		ev("2025-06-10", lifecycle.ProposedList, lifecycle.CitySTB),
		ev("2025-06-25", lifecycle.NoticeStart, lifecycle.CitySTB),
		ev("2025-07-03", lifecycle.Filing, lifecycle.CitySTB),
	}
	return with(steps, more...)
}

// 第二十三条 under CeaseCycleAfterUpgrade: the level that counts is the level held during the
// cycle, not the level on the day the cycle is graded (issue 23, item 4).
func TestCycleAwardAfterUpgrade(t *testing.T) {
	regional := ev("2028-09-01", lifecycle.UpgradeRecognised, lifecycle.CitySTB)
	regional.Level = platform.Regional
	h := julyLab(regional, graded("2028-12-15", platform.Excellent, 1), graded("2031-09-10", platform.Excellent, 2))
	tests := []struct {
		name   string
		rule   string
		opts   subsidy.Options
		cycles []int64 // 万元 for cycles 1 and 2
	}{
		{"第二十三条 重点实验室2025-07-03备案、2028-09-01认定为自治区级：按选项停发，第1周期（全程市级）优秀给予70万元，第2周期0元",
			"subsidy.23.cycle.upgraded_platform", subsidy.Options{CeaseCycleAfterUpgrade: true}, []int64{70, 0}},
		{"第二十三条 同一平台按周期开始时级别解读：第1、2周期均给予70万元（第2周期开始时为市级）",
			"subsidy.23.cycle.upgraded_platform", subsidy.Options{CeaseCycleAfterUpgrade: true, LevelAtCycleStart: true}, []int64{70, 70}},
		{"第二十三条 同一平台默认继续享受：第1、2周期均给予70万元",
			"subsidy.23.cycle.key_laboratory.excellent", subsidy.Options{}, []int64{70, 70}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(h, d("2031-12-31"), lifecycle.Options{Subsidy: tt.opts})
			require.NoError(t, err)
			var got []int64
			for _, a := range st.Awards {
				if a.Kind == lifecycle.CycleBenefit {
					assert.Truef(t, a.Payable.Equal(a.Amount), "payable %v, amount %v", a.Payable, a.Amount)
					got = append(got, a.Amount.Yuan().IntPart()/10000)
				}
			}
			assert.Equal(t, tt.cycles, got, "cycle awards in 万元")
			// The same through the ledger (第二十八条): the cycle claims carry the tenure.
			st, err = lifecycle.Replay(h, d("2031-12-31"), lifecycle.Options{Subsidy: tt.opts, Received: &subsidy.Ledger{}})
			require.NoError(t, err)
			got = got[:0]
			for _, a := range st.Awards {
				if a.Kind == lifecycle.CycleBenefit {
					got = append(got, a.Payable.Yuan().IntPart()/10000)
				}
			}
			assert.Equal(t, tt.cycles, got, "cycle awards payable in 万元")
		})
	}
	// The cycle is graded before it ends: the level on the grading day is the end of the
	// tenure, so an upgrade after that day does not reach back.
	early := julyLab(graded("2028-06-01", platform.Good, 1), regional, graded("2031-07-01", platform.Good, 2))
	st, err := lifecycle.Replay(early, d("2031-12-31"), lifecycle.Options{Subsidy: subsidy.Options{CeaseCycleAfterUpgrade: true}})
	require.NoError(t, err)
	var got []int64
	for _, a := range st.Awards {
		if a.Kind == lifecycle.CycleBenefit {
			got = append(got, a.Amount.Yuan().IntPart()/10000)
		}
	}
	assert.Equal(t, []int64{60, 0}, got, "第二十三条 a cycle graded before the upgrade pays; the cycle of the upgrade does not")
}
