package lifecycle_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/subsidy"
)

// 第二十五条 (issue 23 item 5): a filing obtained with false material is cleared out, and its
// 第十五条 filing subsidy not yet paid is no longer payable; one already paid is flagged for
// review; with ClearanceKeepsFilingSubsidy the entitlement stands, flagged.
func TestFilingSubsidyAfterClearance(t *testing.T) {
	fraud := ev("2026-05-06", lifecycle.Fraud, lifecycle.CitySTB)
	paid := func(wan int64) *subsidy.Ledger {
		return &subsidy.Ledger{Entries: []subsidy.Entry{{PlatformID: lab, Benefit: subsidy.Filed(), Amount: platform.WanYuan(wan),
			Date: d("2025-06-01")}}}
	}
	tests := []struct {
		name     string
		rule     string
		h        lifecycle.History
		opts     lifecycle.Options
		payable  int64
		withheld int64
		outcomes []platform.Outcome // of the filing-subsidy findings on the fraud event
		note     string
	}{
		{"第二十五条 因提供虚假材料清退、备案扶持资助尚未拨付：不再拨付50万元", "lifecycle.25.filing_subsidy_cleared",
			filed(fraud), lifecycle.Options{}, 0, 50, []platform.Outcome{platform.Fail}, "尚未拨付的 50万元 不再拨付"},
		{"第二十五条 因提供虚假材料清退、备案扶持资助已全额拨付：报请核查", "lifecycle.25.filing_subsidy_cleared",
			filed(fraud), lifecycle.Options{Received: paid(50)}, 0, 0, []platform.Outcome{platform.Review}, "已拨付 50万元，本办法未规定追回程序"},
		{"第二十五条 因提供虚假材料清退、备案扶持资助已拨付20万元：余下30万元不再拨付，已拨付部分报请核查", "lifecycle.25.filing_subsidy_cleared",
			filed(fraud), lifecycle.Options{Received: paid(20)}, 0, 30, []platform.Outcome{platform.Fail, platform.Review}, "尚未拨付的 30万元 不再拨付"},
		{"第二十五条（选项）清退后备案扶持资助仍予保留，报请核查", "lifecycle.25.filing_subsidy_cleared",
			filed(fraud), lifecycle.Options{ClearanceKeepsFilingSubsidy: true}, 50, 0, []platform.Outcome{platform.Review}, "仍予保留"},
		{"第二十五条 同一行为既弄虚作假又学术不端：清退时尚未拨付的备案扶持资助不再拨付", "lifecycle.25.filing_subsidy_cleared",
			filed(misconductOf("2026-05-06", lifecycle.Fraud, lifecycle.Misconduct)), lifecycle.Options{}, 0, 50, []platform.Outcome{platform.Fail}, "不再拨付"},
		{"第二十五条 无故不完成科研任务只列入黑名单、不清退：备案扶持资助照常应拨付", "lifecycle.25.filing_subsidy_cleared",
			filed(ev("2026-05-06", lifecycle.UnfinishedTasks, lifecycle.CitySTB)), lifecycle.Options{}, 50, 0, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(tt.h, d("2026-12-31"), tt.opts)
			require.NoError(t, err)
			require.NotEmpty(t, st.Awards)
			a := st.Awards[0]
			require.Equal(t, lifecycle.FilingBenefit, a.Kind)
			assert.True(t, a.Amount.Equal(platform.WanYuan(50)), "amount %v", a.Amount)
			assert.Truef(t, a.Payable.Equal(platform.WanYuan(tt.payable)), "payable %v, want %d万元", a.Payable, tt.payable)
			assert.Truef(t, a.Withheld.Equal(platform.WanYuan(tt.withheld)), "withheld %v, want %d万元", a.Withheld, tt.withheld)
			var outcomes []platform.Outcome
			var text string
			for _, e := range st.Entries {
				if e.Finding.Rule != nil && e.Finding.Rule.ID == tt.rule {
					outcomes = append(outcomes, e.Finding.Outcome)
					assert.Equal(t, platform.Art(25), e.Finding.Cite())
					assert.Equal(t, d("2026-05-06"), e.Date)
					text += e.Finding.Chinese()
					assert.NotEmpty(t, e.Finding.NoteEn())
				}
			}
			assert.Equal(t, tt.outcomes, outcomes)
			assert.Contains(t, text, tt.note)
		})
	}
	t.Run("第二十五条 申请阶段弄虚作假（未备案）：没有备案扶持资助可处理", func(t *testing.T) {
		st, err := lifecycle.Replay(with(filingSteps()[:4], ev("2025-02-01", lifecycle.Fraud, lifecycle.CitySTB)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.filing_subsidy_cleared")
		assert.Empty(t, st.Awards)
		for _, e := range st.Entries {
			assert.NotEqual(t, "lifecycle.25.filing_subsidy_cleared", e.Finding.Rule.ID)
		}
	})
	t.Run("第二十五条 清退不影响已到期的其他奖励扶持（仅备案扶持资助）", func(t *testing.T) {
		up := ev("2025-09-01", lifecycle.UpgradeRecognised, lifecycle.CitySTB)
		up.Level = platform.Regional
		st, err := lifecycle.Replay(filed(up, fraud), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.filing_subsidy_cleared")
		require.Len(t, st.Awards, 2)
		assert.True(t, st.Awards[1].Payable.Equal(platform.WanYuan(50)), "upgrade reward %v", st.Awards[1].Payable)
		assert.True(t, st.Awards[1].Withheld.IsZero())
	})
}
