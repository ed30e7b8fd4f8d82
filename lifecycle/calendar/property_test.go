package calendar_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"pgregory.net/rapid"
)

// TestAddWorkingDaysAdditive: counting a then b working days ends where counting a+b does
// (start day not counted), and the count never ends on a day that is not a working day.
func TestAddWorkingDaysAdditive(t *testing.T) {
	const rule = "lifecycle.calendar.13.5.working_days"
	cal := calendar.Default()
	base := md("2023-01-01")
	rapid.Check(t, func(t *rapid.T) {
		start := base.AddDays(rapid.IntRange(0, 1400).Draw(t, "offset"))
		a := rapid.IntRange(1, 30).Draw(t, "a")
		b := rapid.IntRange(1, 30).Draw(t, "b")
		whole, err := cal.AddWorkingDays(start, a+b, calendar.Options{})
		if err != nil {
			if !errors.Is(err, platform.ErrCalendar) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		first, err := cal.AddWorkingDays(start, a, calendar.Options{})
		if err != nil {
			t.Fatalf("prefix failed: %v", err)
		}
		second, err := cal.AddWorkingDays(first.Last, b, calendar.Options{})
		if err != nil || second.Last != whole.Last {
			t.Fatalf("%s +%d +%d = %s, +%d = %s (%v) (%s)", start, a, b, second.Last, a+b, whole.Last, err, rule)
		}
		if ok, _, err := cal.IsWorkingDay(whole.Last); !ok || err != nil {
			t.Fatalf("Last %s is not a working day (%s)", whole.Last, rule)
		}
	})
}

// TestEndOfTime: a calendar holding year 9999 cannot count or roll past 9999-12-31.
func TestEndOfTime(t *testing.T) {
	y := calendar.YearData{
		Year: 9999,
		National: calendar.Arrangement{Known: true, Notice: "test",
			Holidays: []calendar.Period{{Name: "test", From: md("9999-12-31"), To: md("9999-12-31")}}},
		TibetanNewYear: calendar.Arrangement{Window: &platform.Window{From: md("9999-02-01"), To: md("9999-02-02")}},
		Shoton:         calendar.Arrangement{Window: &platform.Window{From: md("9999-08-01"), To: md("9999-08-02")}},
	}
	cal, err := calendar.New(y)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cal.AddWorkingDays(md("9999-12-30"), 1, calendar.Options{}); !errors.Is(err, platform.ErrCalendar) {
		t.Errorf("AddWorkingDays past 9999-12-31: %v, want ErrCalendar (lifecycle.calendar.13.5.working_days)", err)
	}
	if _, err := cal.RollForward(md("9999-12-31"), calendar.Options{}); !errors.Is(err, platform.ErrCalendar) {
		t.Errorf("RollForward past 9999-12-31: %v, want ErrCalendar (lifecycle.calendar.civil_code.203.roll)", err)
	}
}
