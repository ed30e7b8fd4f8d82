package calendar_test

import (
	"errors"
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
	_, _, err := cal.IsWorkingDay(platform.MustDate(2022, 12, 30))
	fmt.Println(err)
	// Output:
	// 2026-02-14 true adjusted_work_day
	// 2026-02-24 false holiday 春节、藏历新年
	// 2026-02-27 true weekday
	// calendar.Calendar.IsWorkingDay: date: outside the calendar: "2022-12-30": calendar: the national holiday arrangement for 2022 is not known; years before 2023 are not counted
}

// 2027 is known as lunar-go transcribed it, and every result using it says so.
func ExampleCalendar_AddWorkingDays_transcribed() {
	cal := calendar.Default()
	r, _ := cal.AddWorkingDays(platform.MustDate(2026, 12, 28), 5, calendar.Options{Strict: true})
	fmt.Println(r.Last, r.Confirmed())
	fmt.Println(r.Findings[0].Note.Zh)
	// Output:
	// 2027-01-05 true
	// 自2026年12月28日起计5个工作日，最后一日为2027年1月5日；2027年全国年节放假安排取自github.com/6tail/lunar-go v1.4.7 (HolidayUtil)的转录，通知原文未核对
}

// A year with no known arrangement is counted provisionally, flagged with what was assumed;
// Strict refuses it.
func ExampleCalendar_AddWorkingDays_provisional() {
	cal := calendar.Default()
	r, _ := cal.AddWorkingDays(platform.MustDate(2028, 9, 28), 5, calendar.Options{})
	fmt.Println(r.Days)
	fmt.Println(r.Unconfirmed[0].Chinese())
	_, err := cal.AddWorkingDays(platform.MustDate(2028, 9, 28), 5, calendar.Options{Strict: true})
	fmt.Println(errors.Is(err, calendar.ErrUnconfirmed))
	// Output:
	// [2028-09-29 2028-10-06 2028-10-09 2028-10-10 2028-10-11]
	// 2028年全国年节放假安排未知，暂按《全国年节及纪念日放假办法》计算：元旦1月1日、元旦补假1月3日、春节1月25日至1月28日、清明节4月4日、劳动节5月1日至5月2日、端午节5月28日、端午节补假5月29日、国庆节10月1日至10月3日、中秋节10月3日、国庆节补假10月4日至10月5日放假，周六、周日休息，调休未计（可能影响2028年1月1日至2028年12月31日）
	// true
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

// An operator adds a year as data once its notice appears (the dates here are illustrative),
// starting from the provisional year so that the Lhasa windows are drawn as the package's.
func ExampleCalendar_WithYear() {
	y, _, _ := calendar.ProvisionalYear(2028)
	y.National = calendar.Arrangement{Known: true, Notice: "国务院办公厅关于2028年部分节假日安排的通知", Issuer: "国务院办公厅",
		Holidays: []calendar.Period{{Name: "元旦", From: platform.MustDate(2028, 1, 1), To: platform.MustDate(2028, 1, 3)}}}
	cal, err := calendar.Default().WithYear(y)
	fmt.Println(err, cal.Years(), cal.Known(2028, calendar.National))
	ok, st, _ := cal.IsWorkingDay(platform.MustDate(2028, 1, 4))
	fmt.Println(ok, st.Confirmed())
	// Output:
	// <nil> [2023 2024 2025 2026 2027 2028] true
	// true true
}
