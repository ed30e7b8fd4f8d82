package calendar_test

import (
	"fmt"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
)

// The 公示 of 第十三条（五） across National Day 2024.
func ExampleCalendar_AddWorkingDays() {
	cal := calendar.Default()
	r, err := cal.AddWorkingDays(platform.MustDate(2024, 9, 27), 5, calendar.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Days)
	fmt.Println(r.Last.Chinese(), r.Confirmed())
	// Output:
	// [2024-09-29 2024-09-30 2024-10-08 2024-10-09 2024-10-10]
	// 2024年10月10日 true
}

// A count through a window where 雪顿节 may fall is flagged, and strict makes it an error.
func ExampleCalendar_AddWorkingDays_unconfirmed() {
	cal := calendar.Default()
	r, _ := cal.AddWorkingDays(platform.MustDate(2025, 8, 4), 5, calendar.Options{})
	fmt.Println(r.Last, r.Unconfirmed[0].Chinese())
	_, err := cal.AddWorkingDays(platform.MustDate(2025, 8, 4), 5, calendar.Options{Strict: true})
	fmt.Println(err != nil)
	// Output:
	// 2025-08-11 2025年雪顿节放假安排未确认（可能影响2025年7月20日至2025年9月10日）
	// true
}

func ExampleCalendar_IsWorkingDay() {
	cal := calendar.Default()
	for _, d := range []platform.Date{
		platform.MustDate(2026, 2, 14), // adjusted working Saturday
		platform.MustDate(2026, 2, 24), // 藏历新年, Lhasa only
		platform.MustDate(2026, 2, 27),
	} {
		ok, st, _ := cal.IsWorkingDay(d)
		fmt.Println(strings.TrimSpace(fmt.Sprintln(d, ok, st.Kind, st.Name)))
	}
	_, _, err := cal.IsWorkingDay(platform.MustDate(2027, 1, 4))
	fmt.Println(err)
	// Output:
	// 2026-02-14 true adjusted_work_day
	// 2026-02-24 false holiday 春节、藏历新年
	// 2026-02-27 true weekday
	// calendar.Calendar.IsWorkingDay: date: outside the calendar: "2027-01-04": calendar: the national holiday arrangement for 2027 is not known
}

// 《民法典》第二百零三条: the annual report due 2024-11-30 (a Saturday).
func ExampleCalendar_RollForward() {
	cal := calendar.Default()
	d, _ := cal.RollForward(platform.MustDate(2024, 11, 30), calendar.Options{})
	fmt.Println(d)
	d, _ = cal.RollForward(platform.MustDate(2024, 11, 30), calendar.Options{WeekendsNotHolidays: true})
	fmt.Println(d)
	// Output:
	// 2024-12-02
	// 2024-11-30
}

// An operator adds a year as data once its notice appears (the dates here are illustrative).
func ExampleCalendar_WithYear() {
	y := calendar.YearData{
		Year: 2027,
		National: calendar.Arrangement{Known: true, Notice: "国务院办公厅关于2027年部分节假日安排的通知",
			Holidays: []calendar.Period{{Name: "元旦", From: platform.MustDate(2027, 1, 1), To: platform.MustDate(2027, 1, 3)}}},
		TibetanNewYear: calendar.Arrangement{Window: &platform.Window{From: platform.MustDate(2027, 1, 25), To: platform.MustDate(2027, 3, 20)}},
		Shoton:         calendar.Arrangement{Window: &platform.Window{From: platform.MustDate(2027, 7, 20), To: platform.MustDate(2027, 9, 10)}},
	}
	cal, err := calendar.Default().WithYear(y)
	fmt.Println(err, cal.Years(), cal.Known(2027, calendar.National))
	// Output:
	// <nil> [2023 2024 2025 2026 2027] true
}
