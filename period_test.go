package platform_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var lastDayMet = platform.Counting{MetOnLastDay: true}
var lookBackToRef = platform.Counting{LookBackIncludesReferenceDay: true}

func TestSpan(t *testing.T) {
	rows := []struct {
		name     string
		s        platform.Span
		zh, en   string
		zero     bool
		negative bool
		json     string
	}{
		{"第二十九条 期限5年 is 5年", platform.Years(5), "5年", "5 years", false, false, `{"years":5}`},
		{"one year is singular in English", platform.Years(1), "1年", "1 year", false, false, `{"years":1}`},
		{"one month is 1个月", platform.Months(1), "1个月", "1 month", false, false, `{"months":1}`},
		{"months and years combine", platform.Span{Years: 1, Months: 6}, "1年6个月", "1 year 6 months", false, false, `{"years":1,"months":6}`},
		{"30 days is 30日", platform.Days(30), "30日", "30 days", false, false, `{"days":30}`},
		{"one day is singular", platform.Days(1), "1日", "1 day", false, false, `{"days":1}`},
		{"all three units render in order", platform.Span{Years: 2, Months: 3, Days: 4}, "2年3个月4日", "2 years 3 months 4 days", false, false, `{"years":2,"months":3,"days":4}`},
		{"the empty span renders as 0日", platform.Span{}, "0日", "0 days", true, false, `{}`},
		{"a negative part makes the span negative", platform.Days(-1), "-1日", "-1 days", false, true, `{"days":-1}`},
		{"a negative year makes the span negative", platform.Years(-2), "-2年", "-2 years", false, true, `{"years":-2}`},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.zh, tc.s.Chinese())
			assert.Equal(t, tc.en, tc.s.English())
			assert.Equal(t, tc.en, tc.s.String())
			assert.Equal(t, tc.zero, tc.s.IsZero())
			assert.Equal(t, tc.negative, tc.s.Negative())
			j, err := json.Marshal(tc.s)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(j))
			var back platform.Span
			require.NoError(t, json.Unmarshal(j, &back))
			assert.Equal(t, tc.s, back)
		})
	}
}

func TestLastDay(t *testing.T) {
	rows := []struct {
		name  string
		start string
		s     platform.Span
		want  string
	}{
		{"《民法典》第二百零二条: 3 years from 2024-02-29 end 2027-02-28", "2024-02-29", platform.Years(3), "2027-02-28"},
		{"《民法典》第二百零一条: 5 days from 2025-03-03 end 2025-03-08, the event day not counted", "2025-03-03", platform.Days(5), "2025-03-08"},
		{"《民法典》第二百零二条: 1 month from 2024-01-31 ends 2024-02-29", "2024-01-31", platform.Months(1), "2024-02-29"},
		{"2 years from 2023-05-10 end on the corresponding day 2025-05-10", "2023-05-10", platform.Years(2), "2025-05-10"},
		{"days are added after months: 1 year 1 month 1 day from 2024-01-31 ends 2025-03-01", "2024-01-31", platform.Span{Years: 1, Months: 1, Days: 1}, "2025-03-01"},
		{"a day period crosses the year end", "2024-12-31", platform.Days(2), "2025-01-02"},
		{"第二十九条 期限5年 from 2025-01-01 ends 2030-01-01", "2025-01-01", platform.Years(5), "2030-01-01"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, platform.LastDay(d(tc.start), tc.s).String())
		})
	}
	t.Run("a missing start gives a missing last day", func(t *testing.T) {
		assert.True(t, platform.LastDay(platform.Date{}, platform.Years(2)).IsZero())
	})
}

func TestFirstDayMet(t *testing.T) {
	rows := []struct {
		name  string
		start string
		s     platform.Span
		c     platform.Counting
		want  string
	}{
		{"满2年 from 2023-05-10 is met from 2025-05-11, the day after the last day (《民法典》第二百零三条第二款)", "2023-05-10", platform.Years(2), platform.Counting{}, "2025-05-11"},
		{"with MetOnLastDay 满2年 from 2023-05-10 is met on 2025-05-10", "2023-05-10", platform.Years(2), lastDayMet, "2025-05-10"},
		{"满1年 from 2024-02-29 is met from 2025-03-01", "2024-02-29", platform.Years(1), platform.Counting{}, "2025-03-01"},
		{"with MetOnLastDay 满1年 from 2024-02-29 is met on 2025-02-28", "2024-02-29", platform.Years(1), lastDayMet, "2025-02-28"},
		{"满1个月 from 2024-01-31 is met from 2024-03-01", "2024-01-31", platform.Months(1), platform.Counting{}, "2024-03-01"},
		{"满1年 from 2024-12-31 is met from 2026-01-01, across the year end", "2024-12-31", platform.Years(1), platform.Counting{}, "2026-01-01"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, platform.FirstDayMet(d(tc.start), tc.s, tc.c).String())
		})
	}
	t.Run("a missing start gives a missing first day, under either reading", func(t *testing.T) {
		assert.True(t, platform.FirstDayMet(platform.Date{}, platform.Years(2), platform.Counting{}).IsZero())
		assert.True(t, platform.FirstDayMet(platform.Date{}, platform.Years(2), lastDayMet).IsZero())
	})
}

func TestMet(t *testing.T) {
	start := d("2023-05-10")
	rows := []struct {
		name string
		asOf platform.Date
		c    platform.Counting
		want platform.Outcome
	}{
		{"满2年: the day before the last day fails", d("2025-05-09"), platform.Counting{}, platform.Fail},
		{"满2年: the last day itself fails by default, the period runs to 24:00", d("2025-05-10"), platform.Counting{}, platform.Fail},
		{"满2年: the day after the last day passes", d("2025-05-11"), platform.Counting{}, platform.Pass},
		{"满2年: two days after passes", d("2025-05-12"), platform.Counting{}, platform.Pass},
		{"满2年 with MetOnLastDay: the day before the last day fails", d("2025-05-09"), lastDayMet, platform.Fail},
		{"满2年 with MetOnLastDay: the last day passes", d("2025-05-10"), lastDayMet, platform.Pass},
		{"满2年 with MetOnLastDay: the day after passes", d("2025-05-11"), lastDayMet, platform.Pass},
		{"a missing as-of date is unknown, never a fail", platform.Date{}, platform.Counting{}, platform.Unknown},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, platform.Met(start, platform.Years(2), tc.asOf, tc.c))
		})
	}
	t.Run("a missing start date is unknown, never a fail", func(t *testing.T) {
		assert.Equal(t, platform.Unknown, platform.Met(platform.Date{}, platform.Years(2), d("2030-01-01"), platform.Counting{}))
		assert.Equal(t, platform.Unknown, platform.Met(platform.Date{}, platform.Years(2), d("2030-01-01"), lastDayMet))
	})
}

func TestLookBack(t *testing.T) {
	rows := []struct {
		name     string
		ref      string
		s        platform.Span
		c        platform.Counting
		from, to string
	}{
		{"申报前2年 for an application on 2025-03-01 runs 2023-03-01 to 2025-02-28", "2025-03-01", platform.Years(2), platform.Counting{}, "2023-03-01", "2025-02-28"},
		{"with LookBackIncludesReferenceDay 申报前2年 runs 2023-03-02 to 2025-03-01", "2025-03-01", platform.Years(2), lookBackToRef, "2023-03-02", "2025-03-01"},
		{"前1年 from 2024-02-29 starts on 2023-02-28, the month end", "2024-02-29", platform.Years(1), platform.Counting{}, "2023-02-28", "2024-02-28"},
		{"前1年 from 2024-02-29 with the other reading runs 2023-03-01 to 2024-02-29", "2024-02-29", platform.Years(1), lookBackToRef, "2023-03-01", "2024-02-29"},
		{"前1个月 from 2025-01-01 is December 2024", "2025-01-01", platform.Months(1), platform.Counting{}, "2024-12-01", "2024-12-31"},
		{"前30日 from 2025-03-01 runs 2025-01-30 to 2025-02-28", "2025-03-01", platform.Days(30), platform.Counting{}, "2025-01-30", "2025-02-28"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			w := platform.LookBack(d(tc.ref), tc.s, tc.c)
			assert.Equal(t, tc.from, w.From.String())
			assert.Equal(t, tc.to, w.To.String())
		})
	}
	t.Run("申报前2年 on 2025-03-01: the day before the window, first day, last day and day after", func(t *testing.T) {
		w := platform.LookBack(d("2025-03-01"), platform.Years(2), platform.Counting{})
		assert.Equal(t, []bool{false, true, true, false}, []bool{w.Contains(d("2023-02-28")), w.Contains(d("2023-03-01")), w.Contains(d("2025-02-28")), w.Contains(d("2025-03-01"))})
		assert.Equal(t, 731, w.Days())
		o := platform.LookBack(d("2025-03-01"), platform.Years(2), lookBackToRef)
		assert.Equal(t, []bool{false, true, true, false}, []bool{o.Contains(d("2023-03-01")), o.Contains(d("2023-03-02")), o.Contains(d("2025-03-01")), o.Contains(d("2025-03-02"))})
		assert.Equal(t, 731, o.Days())
	})
	t.Run("a missing reference date gives the zero window", func(t *testing.T) {
		assert.Equal(t, platform.Window{}, platform.LookBack(platform.Date{}, platform.Years(2), platform.Counting{}))
	})
}

func TestElapsed(t *testing.T) {
	rows := []struct {
		name          string
		start, asOf   string
		c             platform.Counting
		years, months int
	}{
		{"2 years from 2023-05-10: the day before the last day counts 1 year 23 months", "2023-05-10", "2025-05-09", platform.Counting{}, 1, 23},
		{"the last day counts 1 year by default: the second year ends at 24:00", "2023-05-10", "2025-05-10", platform.Counting{}, 1, 23},
		{"the last day counts 2 years with MetOnLastDay", "2023-05-10", "2025-05-10", lastDayMet, 2, 24},
		{"the day after the last day counts 2 years", "2023-05-10", "2025-05-11", platform.Counting{}, 2, 24},
		{"two days after the last day counts 2 years", "2023-05-10", "2025-05-12", platform.Counting{}, 2, 24},
		{"the day before with MetOnLastDay still counts 1 year", "2023-05-10", "2025-05-09", lastDayMet, 1, 23},
		{"one day after the start no month has elapsed", "2023-05-10", "2023-05-11", platform.Counting{}, 0, 0},
		{"a month from 2023-05-10 has not elapsed on 2023-06-10", "2023-05-10", "2023-06-10", platform.Counting{}, 0, 0},
		{"a month from 2023-05-10 has elapsed on 2023-06-11", "2023-05-10", "2023-06-11", platform.Counting{}, 0, 1},
		{"a month from 2024-01-31 has not elapsed on 2024-02-29 by default", "2024-01-31", "2024-02-29", platform.Counting{}, 0, 0},
		{"a month from 2024-01-31 has elapsed on 2024-02-29 with MetOnLastDay", "2024-01-31", "2024-02-29", lastDayMet, 0, 1},
		{"a month from 2024-01-31 has elapsed on 2024-03-01", "2024-01-31", "2024-03-01", platform.Counting{}, 0, 1},
		{"a year from 2024-02-29 has not elapsed on 2025-02-28", "2024-02-29", "2025-02-28", platform.Counting{}, 0, 11},
		{"a year from 2024-02-29 has elapsed on 2025-02-28 with MetOnLastDay", "2024-02-29", "2025-02-28", lastDayMet, 1, 12},
		{"a year from 2024-02-29 has elapsed on 2025-03-01", "2024-02-29", "2025-03-01", platform.Counting{}, 1, 12},
		{"the start day itself counts nothing", "2024-02-29", "2024-02-29", platform.Counting{}, 0, 0},
		{"an as-of date before the start counts nothing", "2024-02-29", "2020-01-01", platform.Counting{}, 0, 0},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.years, platform.ElapsedYears(d(tc.start), d(tc.asOf), tc.c))
			assert.Equal(t, tc.months, platform.ElapsedMonths(d(tc.start), d(tc.asOf), tc.c))
		})
	}
	t.Run("a missing date counts nothing", func(t *testing.T) {
		assert.Equal(t, 0, platform.ElapsedYears(platform.Date{}, d("2030-01-01"), platform.Counting{}))
		assert.Equal(t, 0, platform.ElapsedMonths(d("2020-01-01"), platform.Date{}, platform.Counting{}))
	})
	t.Run("Counting marshals with snake_case fields and omits defaults", func(t *testing.T) {
		j, err := json.Marshal(platform.Counting{})
		require.NoError(t, err)
		assert.Equal(t, `{}`, string(j))
		j, err = json.Marshal(platform.Counting{MetOnLastDay: true, LookBackIncludesReferenceDay: true})
		require.NoError(t, err)
		assert.Equal(t, `{"met_on_last_day":true,"look_back_includes_reference_day":true}`, string(j))
	})
}
