package lifecycle_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/subsidy"
)

// cycleWan returns the amount and the payable of every cycle award, in 万元, in order.
func cycleWan(t *testing.T, st lifecycle.State) (amounts, payable []int64) {
	t.Helper()
	for _, a := range st.Awards {
		if a.Kind == lifecycle.CycleBenefit {
			amounts = append(amounts, a.Amount.Yuan().IntPart()/10000)
			payable = append(payable, a.Payable.Yuan().IntPart()/10000)
		}
	}
	return amounts, payable
}

// The days either side of a cycle's boundary under CeaseCycleAfterUpgrade (第二十三条 "在单个评估
// 周期内"): the key laboratory filed on 2025-07-03 has cycle 1 to 2028-07-03 (three years, the
// day of filing not counted, 民法典 201) and cycle 2 from 2028-07-04. Expectations were written
// from the law and the option's doc before running the library.
func TestCycleAwardAtTheCycleBoundary(t *testing.T) {
	cease := subsidy.Options{CeaseCycleAfterUpgrade: true}
	atStart := subsidy.Options{CeaseCycleAfterUpgrade: true, LevelAtCycleStart: true}
	tests := []struct {
		name       string
		recognised string
		opts       subsidy.Options
		want       []int64 // cycles 1 and 2, 万元
	}{
		{"第二十三条 认定于第1周期最后一日（2028-07-03）：默认第1周期并非全程市级，第1、2周期均不给予",
			"2028-07-03", cease, []int64{0, 0}},
		{"第二十三条 认定于第2周期第一日（2028-07-04）：第1周期全程市级给予70万元，第2周期不给予",
			"2028-07-04", cease, []int64{70, 0}},
		{"第二十三条（选项LevelAtCycleStart）认定于第1周期最后一日：第1周期开始时为市级照发，第2周期开始时已是自治区级不给予",
			"2028-07-03", atStart, []int64{70, 0}},
		{"第二十三条（选项LevelAtCycleStart）认定于第2周期第一日：第2周期开始之日已是自治区级，不给予",
			"2028-07-04", atStart, []int64{70, 0}},
		{"第二十三条（选项LevelAtCycleStart）认定于第2周期第二日（2028-07-05）：第2周期开始时为市级，照发",
			"2028-07-05", atStart, []int64{70, 70}},
		{"第二十三条 默认（不停发）认定于第1周期最后一日：第1、2周期均给予70万元",
			"2028-07-03", subsidy.Options{}, []int64{70, 70}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			up := ev(tt.recognised, lifecycle.UpgradeRecognised, lifecycle.CitySTB)
			up.Level = platform.Regional
			h := julyLab(up, graded("2028-12-15", platform.Excellent, 1), graded("2031-09-10", platform.Excellent, 2))
			for _, ledger := range []*subsidy.Ledger{nil, {}} {
				st, err := lifecycle.Replay(h, d("2031-12-31"), lifecycle.Options{Subsidy: tt.opts, Received: ledger})
				require.NoError(t, err)
				amounts, payable := cycleWan(t, st)
				assert.Equal(t, tt.want, amounts, "amounts, 万元")
				assert.Equal(t, tt.want, payable, "payable, 万元 (ledger %v)", ledger != nil)
			}
		})
	}
}

// A cycle graded before it ends is priced on the grading day (subsidy.Tenure: "on its last
// day, or on the day the cycle was graded if that came first"): a recognition between the
// grading and the cycle's last day does not reach back, and the next cycle is not 市级 at
// all. This pins the documented reading.
func TestCycleGradedBeforeARecognitionInTheSameCycle(t *testing.T) {
	up := ev("2028-06-15", lifecycle.UpgradeRecognised, lifecycle.CitySTB)
	up.Level = platform.Regional
	h := julyLab(graded("2028-06-01", platform.Good, 1), up, graded("2031-07-01", platform.Good, 2))
	st, err := lifecycle.Replay(h, d("2031-12-31"), lifecycle.Options{Subsidy: subsidy.Options{CeaseCycleAfterUpgrade: true}})
	require.NoError(t, err)
	amounts, _ := cycleWan(t, st)
	assert.Equal(t, []int64{60, 0}, amounts,
		"第二十三条 第1周期于2028-06-01评为良好（当日为市级）给予60万元；2028-06-15认定为自治区级，第2周期起不给予")
}

// 第二十五条 after a 清退 for fraud, the cases the rows leave out: a filing subsidy
// granted under these measures and not yet paid (第二十八条 ledger) must not be paid, and the
// clearance must say so rather than pass in silence.
func TestFilingSubsidyClearedWhenGrantedNotPaid(t *testing.T) {
	fraud := ev("2026-05-06", lifecycle.Fraud, lifecycle.CitySTB)
	tests := []struct {
		name     string
		ledger   *subsidy.Ledger
		opts     lifecycle.Options
		outcomes []platform.Outcome
		note     string
	}{
		{"第二十五条 备案扶持资助已由本办法批准尚未拨付：清退后不再拨付，并说明",
			&subsidy.Ledger{Entries: []subsidy.Entry{{PlatformID: lab, Benefit: subsidy.Filed(), Amount: platform.WanYuan(50),
				Date: d("2025-06-01"), Ref: "G-1", Granted: true}}},
			lifecycle.Options{}, []platform.Outcome{platform.Fail}, "不再拨付"},
		{"第二十五条 批准50万元、已按批准拨付20万元：余下30万元不再拨付，已拨付20万元报请核查",
			&subsidy.Ledger{Entries: []subsidy.Entry{
				{PlatformID: lab, Benefit: subsidy.Filed(), Amount: platform.WanYuan(50), Date: d("2025-06-01"), Ref: "G-1", Granted: true},
				{PlatformID: lab, Benefit: subsidy.Filed(), Amount: platform.WanYuan(20), Date: d("2025-07-01"), Grant: "G-1"}}},
			lifecycle.Options{}, []platform.Outcome{platform.Fail, platform.Review}, "30万元"},
		{"第二十五条（选项）批准尚未拨付的备案扶持资助清退后仍予保留，报请核查",
			&subsidy.Ledger{Entries: []subsidy.Entry{{PlatformID: lab, Benefit: subsidy.Filed(), Amount: platform.WanYuan(50),
				Date: d("2025-06-01"), Ref: "G-1", Granted: true}}},
			lifecycle.Options{ClearanceKeepsFilingSubsidy: true}, []platform.Outcome{platform.Review}, "仍予保留"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Received = tt.ledger
			st, err := lifecycle.Replay(filed(fraud), d("2026-12-31"), tt.opts)
			require.NoError(t, err)
			var outcomes []platform.Outcome
			text := ""
			for _, e := range st.Entries {
				if e.Finding.Rule != nil && e.Finding.Rule.ID == "lifecycle.25.filing_subsidy_cleared" {
					outcomes = append(outcomes, e.Finding.Outcome)
					text += e.Finding.Chinese()
				}
			}
			assert.Equal(t, tt.outcomes, outcomes)
			assert.Contains(t, text, tt.note)
		})
	}
}
