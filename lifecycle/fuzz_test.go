package lifecycle_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/lifecycle"
)

// decode turns fuzz bytes into a history and the as-of date: 7 bytes per event (days since
// the previous event, kind, actor, platform, grade/level, cycle/year, flags), starting on
// 2023-01-02, or near the last supported date (9990-01-02, as of 9999-12-31) when the first
// byte's bit 32 is set.
func decode(data []byte) (lifecycle.History, lifecycle.Options, platform.Date) {
	h := lifecycle.History{Organisation: org}
	var opts lifecycle.Options
	date, asOf := d("2023-01-02"), d("2026-12-31")
	if len(data) > 0 {
		f := data[0]
		opts.BanSamePlatformOnly = f&1 != 0
		opts.WithdrawalNeedsNoCause = f&2 != 0
		opts.ReportDayExcluded = f&4 != 0
		opts.RollDeadlines = f&8 != 0
		opts.WorkingDays.StartDayCounts = f&16 != 0
		opts.ClearanceKeepsFilingSubsidy = f&64 != 0
		if f&32 != 0 {
			date, asOf = d("9990-01-02"), d("9999-12-31")
		}
		opts.ReportDueAtBureau = f&64 != 0
		opts.RectificationFromResult = f&128 != 0
		opts.NameCollisionReview = f&128 != 0
		data = data[1:]
	}
	names := []string{"", "a", "b", lab}
	for len(data) >= 7 {
		b := data[:7]
		data = data[7:]
		date = date.AddDays(int(b[0]) * 3)
		e := lifecycle.Event{
			Date:       date,
			Kind:       lifecycle.Kind(b[1] % 34),
			Actor:      lifecycle.Actor(b[2] % 11),
			Platform:   names[b[3]%4],
			Type:       platform.Type(b[4] % 7),
			Grade:      platform.Grade(b[4] % 5),
			Level:      platform.Level(b[4] % 4),
			Cycle:      int(b[5]%5) - 1,
			Year:       2022 + int(b[5]%8),
			Upheld:     b[6]&1 != 0,
			WithCause:  b[6]&2 != 0,
			Adjustment: lifecycle.AdjustmentKind(b[6] >> 2 % 4),
		}
		if b[6]&16 != 0 {
			e.Deadline = date.AddDays(int(b[5]) * 3)
			e.Exception = "例外"
		}
		if b[6]&32 != 0 {
			e.RelyingUnit = other
		}
		// The high bits of the cycle byte: a review that did not pass, a second head of
		// 第二十五条, the date of a rectification order, the filing date of a prior filing.
		if b[5]&32 != 0 {
			e.NotPassed, e.Reasons = true, "理由"
		}
		if b[5]&64 != 0 {
			e.Heads = lifecycle.HeadsOf(lifecycle.Fraud + lifecycle.Kind(b[4]%5))
		}
		if b[5]&128 != 0 {
			e.OrderDate = date.AddDays(-int(b[0]))
			e.Since = date.AddDays(-int(b[0]) * 30)
		}
		if b[6]&64 != 0 {
			e.Name = labName
		}
		if e.Kind != lifecycle.Application && b[6]&128 == 0 {
			e.Type = 0
		}
		// Most events follow the actor the measures give them to, so the fuzzer gets past checkEvents.
		if b[2] < 200 && e.Kind.Valid() {
			as, _ := e.Kind.Actors()
			e.Actor = as[int(b[2])%len(as)]
		}
		h.Events = append(h.Events, e)
	}
	return h, opts, asOf
}

func FuzzReplay(f *testing.F) {
	f.Add([]byte{0})
	f.Add([]byte{0,
		1, 2, 10, 3, 3, 0, 64, // application of lab
		3, 3, 10, 3, 0, 0, 0, // recommendation
		3, 4, 0, 3, 0, 0, 0, // review
		3, 5, 0, 3, 0, 0, 0, // expert review
		3, 6, 0, 3, 0, 0, 0, // proposed list
		3, 7, 0, 3, 0, 0, 0, // notice
		9, 10, 0, 3, 0, 0, 0, // filing
		200, 13, 0, 3, 4, 1, 0, // graded poor
		100, 16, 0, 3, 0, 0, 0, // recheck failed
	})
	f.Add([]byte{1, 1, 19, 0, 0, 0, 0, 0, 5, 20, 0, 0, 0, 0, 0})
	f.Add([]byte{2, 1, 2, 10, 1, 1, 0, 0, 1, 19, 0, 1, 0, 0, 0, 1, 18, 0, 2, 0, 0, 0})
	// Near the last supported date: fraud by the organisation, then an application.
	f.Add([]byte{32, 255, 19, 0, 0, 0, 0, 0, 255, 2, 10, 1, 1, 0, 0})
	// A removal ban, then an application for another platform within it.
	f.Add([]byte{0, 1, 2, 10, 3, 3, 0, 64, 3, 3, 10, 3, 0, 0, 0, 3, 4, 0, 3, 0, 0, 0, 3, 5, 0, 3, 0, 0, 0,
		3, 6, 0, 3, 0, 0, 0, 3, 7, 0, 3, 0, 0, 0, 9, 10, 0, 3, 0, 0, 0, 100, 17, 0, 3, 0, 0, 0, 10, 2, 10, 1, 1, 0, 0})
	// A filed platform cleared out for fraud (第二十五条), in both readings of its filing subsidy.
	for _, flags := range []byte{0, 64} {
		f.Add([]byte{flags, 1, 2, 10, 3, 3, 0, 64, 3, 3, 10, 3, 0, 0, 0, 3, 4, 0, 3, 0, 0, 0, 3, 5, 0, 3, 0, 0, 0,
			3, 6, 0, 3, 0, 0, 0, 3, 7, 0, 3, 0, 0, 0, 9, 10, 0, 3, 0, 0, 0, 100, 19, 0, 3, 0, 0, 0})
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		h, opts, asOf := decode(data)
		st, err := lifecycle.Replay(h, asOf, opts)
		if err != nil {
			return
		}
		// A removed, cleared or delisted platform has a ban.
		for _, p := range st.Platforms {
			if p.Stage == lifecycle.Removed || p.Stage == lifecycle.Cleared || p.Stage == lifecycle.Delisted {
				found := false
				for _, b := range st.Bans {
					found = found || b.Platform == p.ID
				}
				if !found {
					t.Errorf("platform %s is %v without a ban", p.ID, p.Stage)
				}
			}
		}
		// A ban ends after it starts.
		for _, b := range st.Bans {
			if !b.LastDay.After(b.From) {
				t.Errorf("ban %+v does not end after it starts", b)
			}
		}
		// No award is due twice.
		type key struct {
			p     string
			k     lifecycle.BenefitKind
			l     platform.Level
			cycle int
		}
		seen := map[key]bool{}
		for _, a := range st.Awards {
			k := key{a.Platform, a.Kind, a.Level, a.Cycle}
			if seen[k] {
				t.Errorf("award %+v due twice", a)
			}
			seen[k] = true
		}
		// 第二十五条, 第二十八条: what is payable and what a 清退 withheld never exceed the award,
		// and only the filing subsidy of a platform cleared out (then perhaps delisted) is
		// withheld, never under ClearanceKeepsFilingSubsidy.
		for _, a := range st.Awards {
			if a.Payable.IsNegative() || a.Withheld.IsNegative() || a.Payable.Add(a.Withheld).Cmp(a.Amount) > 0 {
				t.Errorf("award %+v: payable and withheld exceed the amount", a)
			}
			if a.Withheld.IsZero() {
				continue
			}
			p, _ := st.Platform(a.Platform)
			if a.Kind != lifecycle.FilingBenefit || opts.ClearanceKeepsFilingSubsidy ||
				(p.Stage != lifecycle.Cleared && p.Stage != lifecycle.Delisted) {
				t.Errorf("award %+v withheld on a platform %v", a, p.Stage)
			}
		}
		if _, err := json.Marshal(st); err != nil {
			t.Errorf("Marshal: %v", err)
		}
		// Every row of the timeline cites a clause.
		for _, r := range st.Timeline() {
			if r.Cite.IsZero() {
				t.Errorf("timeline row %+v cites no clause", r)
			}
		}
		// No application was accepted while a ban decided before it bound it (第二十四、二十五条).
		for _, e := range st.Entries {
			if e.Kind != lifecycle.Application {
				continue
			}
			p, _ := st.Platform(e.Platform)
			for _, b := range st.Bans {
				if b.Event < e.Index && !e.Date.Before(b.From) && !e.Date.After(b.LastDay) && (b.Unit.IsZero() || b.Unit == org) &&
					(b.Scope == lifecycle.OrganisationScope || b.Type == p.Type) {
					t.Errorf("application %+v accepted within ban %+v", e, b)
				}
			}
		}
		for _, on := range []platform.Date{d("2023-01-01"), asOf, d("2035-01-01"), {}} {
			p := st.MayApply(on, platform.KeyLaboratory)
			if p.May && len(p.Bans) > 0 {
				t.Errorf("MayApply(%v) may despite bans %+v", on, p.Bans)
			}
			// The two hand-overs to eligibility agree (issue 25 item 5).
			if !on.IsZero() && p.Outcome != platform.Unknown {
				app := eligibility.Application{Type: platform.KeyLaboratory, Date: on, Bans: eligibility.Some(st.EligibilityBans(platform.KeyLaboratory))}
				if res, err := eligibility.Check(app, eligibility.Options{}); err == nil {
					barred := false
					for _, f := range res.All() {
						barred = barred || (f.Rule != nil && (f.Rule.ID == "eligibility.24.ban" || f.Rule.ID == "eligibility.25.ban") && f.Outcome == platform.Fail)
					}
					if barred == p.May {
						t.Errorf("on %v MayApply may=%v, eligibility barred=%v", on, p.May, barred)
					}
				}
			}
			// From is the first day no ban binds: free then, or Unknown when it lies after the
			// as-of date and the later events could not be replayed (State.LaterUnknown).
			if !p.May && p.Outcome == platform.Fail {
				next := st.MayApply(p.From, platform.KeyLaboratory)
				unknown := st.LaterUnknown && p.From.After(st.AsOf) && next.Outcome == platform.Unknown
				if !p.From.After(p.Until) || (!next.May && !unknown) {
					t.Errorf("MayApply(%v): barred until %v, yet not free from %v", on, p.Until, p.From)
				}
			}
		}
	})
}
