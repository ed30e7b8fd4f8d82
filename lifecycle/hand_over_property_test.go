package lifecycle_test

import (
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/lifecycle"
)

// TestHandOversAgreeProperty proves, for any history of bans and any date, that the two
// hand-overs to eligibility agree (第二十四、二十五条: 三年内不得再次申请, 不得申请备案, 五年内
// 不得重新申请备案): MayApply says "may" exactly when eligibility, fed from
// State.EligibilityBans, passes its ban rows. Histories mix removals, fraud found against the
// organisation or a platform, delisting, acts under two heads, a change of relying unit
// before the act, either scope of ban, and an as-of date before, among or after the acts;
// dates asked run from before the first act to after the last ban.
func TestHandOversAgreeProperty(t *testing.T) {
	base := d("2025-04-01")
	rapid.Check(t, func(t *rapid.T) {
		var more []lifecycle.Event
		var dates []platform.Date
		for range rapid.IntRange(0, 3).Draw(t, "org frauds") {
			dates = append(dates, base.AddDays(rapid.IntRange(0, 2500).Draw(t, "fraud day")))
		}
		labAct := rapid.SampledFrom([]lifecycle.Kind{0, lifecycle.NoShow, lifecycle.Withdrawal, lifecycle.Fraud,
			lifecycle.Misconduct, lifecycle.Accident}).Draw(t, "lab act")
		labDay := base.AddDays(rapid.IntRange(60, 2500).Draw(t, "lab act day"))
		moved := rapid.Bool().Draw(t, "relying unit changed first")
		slices.SortFunc(dates, platform.Date.Compare)
		for k, dt := range dates {
			more = append(more, lifecycle.Event{Date: dt, Kind: lifecycle.Fraud, Actor: lifecycle.CitySTB, Ref: string(rune('a' + k))})
		}
		if moved {
			for k, e := range chain(lifecycle.ChangeRelyingUnit) {
				e.Date = base.AddDays(k + 1)
				if e.Kind == lifecycle.AdjustmentApproval {
					e.RelyingUnit = other
				}
				more = append(more, e)
			}
		}
		if labAct != 0 {
			e := ev("2025-01-01", labAct, lifecycle.CitySTB)
			e.Date = labDay
			if labAct == lifecycle.Fraud && rapid.Bool().Draw(t, "also misconduct") {
				e.Heads = lifecycle.HeadsOf(lifecycle.Misconduct)
			}
			more = append(more, e)
		}
		slices.SortStableFunc(more, func(a, b lifecycle.Event) int { return a.Date.Compare(b.Date) })
		opts := lifecycle.Options{BanSamePlatformOnly: rapid.Bool().Draw(t, "same platform only")}
		asOf := base.AddDays(rapid.IntRange(-30, 2600).Draw(t, "as of"))
		st, err := lifecycle.Replay(filed(more...), asOf, opts)
		if err != nil {
			t.Fatalf("Replay: %v", err)
		}
		on := base.AddDays(rapid.IntRange(-400, 5000).Draw(t, "asked"))
		typ := rapid.SampledFrom([]platform.Type{platform.KeyLaboratory, platform.FieldStation}).Draw(t, "type")
		perm := st.MayApply(on, typ)
		app := eligibility.Application{Type: typ, Date: on, Bans: eligibility.Some(st.EligibilityBans(typ))}
		res, err := eligibility.Check(app, eligibility.Options{})
		if err != nil {
			t.Fatalf("eligibility.Check: %v", err)
		}
		barred := false
		for _, f := range res.All() {
			if f.Rule != nil && (f.Rule.ID == "eligibility.24.ban" || f.Rule.ID == "eligibility.25.ban") && f.Outcome == platform.Fail {
				barred = true
			}
		}
		if perm.May == barred || perm.Outcome == platform.Unknown {
			t.Fatalf("on %s for %v: MayApply may=%v (%v), eligibility barred=%v; bans %+v later %+v", on, typ, perm.May, perm.Outcome, barred, st.Bans, st.LaterBans)
		}
	})
}
