package calendar_test

import (
	"testing"

	"github.com/lhasa-sti/platform/lifecycle/calendar"
)

func BenchmarkAddWorkingDays(b *testing.B) {
	cal := calendar.Default()
	start := md("2024-09-27")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.AddWorkingDays(start, 5, calendar.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIsWorkingDay(b *testing.B) {
	cal := calendar.Default()
	d := md("2025-10-08")
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := cal.IsWorkingDay(d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = calendar.Default()
	}
}

// A count across the transcribed 2027 and one in 2028, counted provisionally.
func BenchmarkAddWorkingDaysAcross2027(b *testing.B) {
	cal := calendar.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.AddWorkingDays(md("2026-12-28"), 5, calendar.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAddWorkingDaysProvisional(b *testing.B) {
	cal := calendar.Default()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cal.AddWorkingDays(md("2028-01-20"), 5, calendar.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
