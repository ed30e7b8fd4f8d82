package platform_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/lhasa-sti/platform"
)

// genDate draws a date between 1900 and 2200, month ends and 29 February included.
func genDate(t *rapid.T, label string) platform.Date {
	y := rapid.IntRange(1900, 2200).Draw(t, label+".year")
	m := rapid.IntRange(1, 12).Draw(t, label+".month")
	d := rapid.IntRange(1, platform.DaysIn(y, m)).Draw(t, label+".day")
	return platform.MustDate(y, m, d)
}

func genCounting(t *rapid.T) platform.Counting {
	return platform.Counting{MetOnLastDay: rapid.Bool().Draw(t, "met_on_last_day")}
}

// On the first day a period of n months is met, exactly n months have elapsed; on the day
// before, n−1 (《民法典》第二百零一、二百零二条, under either reading of the last day).
func TestPropertyElapsedMonthsTurnsOnFirstDayMet(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := genDate(t, "start")
		n := rapid.IntRange(1, 120).Draw(t, "months")
		c := genCounting(t)
		first := platform.FirstDayMet(start, platform.Months(n), c)
		if got := platform.ElapsedMonths(start, first, c); got != n {
			t.Fatalf("ElapsedMonths(%v, %v) = %d; want %d", start, first, got, n)
		}
		if got := platform.ElapsedMonths(start, first.AddDays(-1), c); got != n-1 {
			t.Fatalf("ElapsedMonths(%v, %v) = %d; want %d", start, first.AddDays(-1), got, n-1)
		}
		if platform.Met(start, platform.Months(n), first, c) != platform.Pass ||
			platform.Met(start, platform.Months(n), first.AddDays(-1), c) != platform.Fail {
			t.Fatalf("Met does not turn on %v", first)
		}
	})
}

// Whole years elapsed agree with Met for a period of that many years.
func TestPropertyElapsedYearsAgreesWithMet(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		start := genDate(t, "start")
		asOf := genDate(t, "as_of")
		c := genCounting(t)
		y := platform.ElapsedYears(start, asOf, c)
		if y < 0 {
			t.Fatalf("negative years %d", y)
		}
		if y > 0 && platform.Met(start, platform.Years(y), asOf, c) != platform.Pass {
			t.Fatalf("%d years elapsed from %v to %v, but 满%d年 is not met", y, start, asOf, y)
		}
		if asOf.After(start) && platform.Met(start, platform.Years(y+1), asOf, c) != platform.Fail {
			t.Fatalf("%d years elapsed from %v to %v, but 满%d年 is met", y, start, asOf, y+1)
		}
	})
}

// A look-back of n years covers as many days as the n years before the reference date, and
// the two readings are the same window moved by one day.
func TestPropertyLookBackReadings(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ref := genDate(t, "ref")
		s := platform.Span{Years: rapid.IntRange(0, 5).Draw(t, "years"), Months: rapid.IntRange(0, 11).Draw(t, "months")}
		if s.IsZero() {
			s.Days = 1
		}
		a := platform.LookBack(ref, s, platform.Counting{})
		b := platform.LookBack(ref, s, platform.Counting{LookBackIncludesReferenceDay: true})
		if a.From.AddDays(1) != b.From || a.To.AddDays(1) != b.To {
			t.Fatalf("readings %v and %v are not one day apart", a, b)
		}
		if a.To.AddDays(1) != ref || a.Contains(ref) || !b.Contains(ref) {
			t.Fatalf("window %v / %v and reference %v", a, b, ref)
		}
		if a.Days() != b.Days() || a.Days() != a.From.DaysUntil(ref) {
			t.Fatalf("windows of %d and %d days", a.Days(), b.Days())
		}
	})
}

// Adding months keeps the day when the target month has it, otherwise gives the month's last
// day; adding n then −n months returns to the start unless the day was clipped.
func TestPropertyAddMonths(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := genDate(t, "date")
		n := rapid.IntRange(-240, 240).Draw(t, "months")
		got := v.AddMonths(n)
		y, m, d := v.YMD()
		gy, gm, gd := got.YMD()
		if (gy*12+gm)-(y*12+m) != n {
			t.Fatalf("%v + %d months = %v: wrong month", v, n, got)
		}
		if want := min(d, platform.DaysIn(gy, gm)); gd != want {
			t.Fatalf("%v + %d months = %v; want day %d", v, n, got, want)
		}
		if gd == d && got.AddMonths(-n) != v {
			t.Fatalf("%v + %d − %d months = %v", v, n, n, got.AddMonths(-n))
		}
		if v.AddYears(n/12) != v.AddMonths(n/12*12) {
			t.Fatalf("AddYears disagrees with AddMonths")
		}
	})
}

// Every supported date agrees with package time on its fields and weekday, formats and parses
// back, and is followed by the calendar's next day.
func TestPropertyDateAgreesWithPackageTime(t *testing.T) {
	first := platform.MustDate(1, 1, 1)
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(0, 3652058).Draw(t, "days_after_0001_01_01")
		v := first.AddDays(k)
		tm := v.Time()
		y, m, d := v.YMD()
		if tm.Year() != y || int(tm.Month()) != m || tm.Day() != d || tm.Weekday() != v.Weekday() {
			t.Fatalf("%v: YMD %d-%d-%d weekday %v; time says %v %v", v, y, m, d, v.Weekday(), tm, tm.Weekday())
		}
		if back, err := platform.ParseDate(v.String()); err != nil || back != v {
			t.Fatalf("%v reparses to %v, %v", v, back, err)
		}
		if platform.DateOf(tm) != v || first.DaysUntil(v) != k {
			t.Fatalf("%v: DateOf %v, DaysUntil %d", v, platform.DateOf(tm), first.DaysUntil(v))
		}
		if k < 3652058 {
			if next := v.AddDays(1).Time(); !next.Equal(tm.AddDate(0, 0, 1)) {
				t.Fatalf("%v + 1 day = %v; time says %v", v, next, tm.AddDate(0, 0, 1))
			}
		}
	})
}
