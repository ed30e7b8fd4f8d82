package calendar_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
)

// FuzzAddWorkingDays: no panic; on success the result has n days, all working days after
// start (or start itself when it counts), strictly increasing, ending on Last, and no
// working day between start and Last was skipped.
func FuzzAddWorkingDays(f *testing.F) {
	f.Add(int32(0), 5, uint8(0))
	f.Add(int32(270), 5, uint8(1))    // 2023-09-28
	f.Add(int32(435), 5, uint8(2))    // around 春节 2024
	f.Add(int32(1460), 5, uint8(3))   // end of 2026
	f.Add(int32(-10), 3, uint8(4))    // 2022
	f.Add(int32(100), 0, uint8(0))    // n = 0
	f.Add(int32(900), 400, uint8(0))  // runs into 2027 (transcribed)
	f.Add(int32(1820), 300, uint8(0)) // runs through 2028 (provisional)
	f.Add(int32(1<<30), 1, uint8(0))
	cal := calendar.Default()
	base := md("2023-01-01")
	f.Fuzz(func(t *testing.T, offset int32, n int, flags uint8) {
		if n > 2000 {
			n %= 2000
		}
		start := base.AddDays(int(offset))
		opts := calendar.Options{StartDayCounts: flags&1 != 0, AdjustedWorkDaysExcluded: flags&2 != 0, Strict: flags&4 != 0}
		r, err := cal.AddWorkingDays(start, n, opts)
		if err != nil {
			var pe *platform.Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *platform.Error", err)
			}
			if !errors.Is(err, platform.ErrCalendar) && !errors.Is(err, platform.ErrRange) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if len(r.Days) != n || r.Last != r.Days[n-1] {
			t.Fatalf("AddWorkingDays(%s, %d) counted %d days, last %s", start, n, len(r.Days), r.Last)
		}
		if opts.Strict && !r.Confirmed() {
			t.Fatalf("strict count returned unconfirmed %v", r.Unconfirmed)
		}
		j := 0
		from := start.AddDays(1)
		if opts.StartDayCounts {
			from = start
		}
		for d := from; !d.After(r.Last); d = d.AddDays(1) {
			ok, st, err := cal.IsWorkingDay(d)
			if err != nil {
				t.Fatalf("IsWorkingDay(%s) error %v inside a successful count", d, err)
			}
			if opts.AdjustedWorkDaysExcluded && st.Kind == calendar.AdjustedWorkDay {
				ok = false
			}
			if ok {
				if j >= n || r.Days[j] != d {
					t.Fatalf("AddWorkingDays(%s, %d): working day %s not counted in order", start, n, d)
				}
				j++
			}
		}
		if j != n {
			t.Fatalf("AddWorkingDays(%s, %d): %d working days up to Last, want %d", start, n, j, n)
		}
		if _, err := json.Marshal(r); err != nil {
			t.Fatalf("Marshal: %v", err)
		}
	})
}

// FuzzRoll: no panic; a rolled day is never a holiday and never before the original.
func FuzzRoll(f *testing.F) {
	f.Add(int32(0), uint8(0))
	f.Add(int32(638), uint8(1)) // 2024-09-30
	f.Add(int32(1460), uint8(0))
	cal := calendar.Default()
	base := md("2023-01-01")
	f.Fuzz(func(t *testing.T, offset int32, flags uint8) {
		last := base.AddDays(int(offset))
		opts := calendar.Options{WeekendsNotHolidays: flags&1 != 0, Strict: flags&2 != 0}
		r, err := cal.Roll(last, opts)
		if err != nil {
			if !errors.Is(err, platform.ErrCalendar) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if r.Last.Before(last) {
			t.Fatalf("Roll(%s) = %s, before the original", last, r.Last)
		}
		_, st, err := cal.IsWorkingDay(r.Last)
		if err != nil || st.Kind == calendar.Holiday || (st.Kind == calendar.Weekend && !opts.WeekendsNotHolidays) {
			t.Fatalf("Roll(%s) = %s, a %s (%v)", last, r.Last, st.Kind, err)
		}
	})
}

// FuzzYearDataJSON: arbitrary JSON never panics; what is accepted validates and round-trips.
func FuzzYearDataJSON(f *testing.F) {
	b, _ := json.Marshal(calendar.Default())
	f.Add(string(b))
	f.Add(`{"years":[{"year":2027}]}`)
	f.Add(`{"years":[{"year":2027,"national":{"known":true,"notice":"x","holidays":[{"name":"a","from":"2027-01-01","to":"2026-01-01"}]}}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var c calendar.Calendar
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			return
		}
		for _, y := range c.Years() {
			yd, _ := c.Year(y)
			if err := yd.Validate(); err != nil {
				t.Fatalf("accepted invalid year %d: %v", y, err)
			}
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var back calendar.Calendar
		if err := json.Unmarshal(out, &back); err != nil || back.Fingerprint() != c.Fingerprint() {
			t.Fatalf("round trip: %v", err)
		}
	})
}
