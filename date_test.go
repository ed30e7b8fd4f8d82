package platform_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func d(s string) platform.Date { return platform.MustParseDate(s) }

func TestParseDate(t *testing.T) {
	rows := []struct {
		name    string
		in      string
		y, m, d int
		zh      string
	}{
		{"an ordinary ISO date parses", "2025-11-30", 2025, 11, 30, "2025年11月30日"},
		{"29 February exists in a leap year divisible by 4", "2024-02-29", 2024, 2, 29, "2024年2月29日"},
		{"29 February exists in 2000, divisible by 400", "2000-02-29", 2000, 2, 29, "2000年2月29日"},
		{"the first supported day is 0001-01-01", "0001-01-01", 1, 1, 1, "1年1月1日"},
		{"the last supported day is 9999-12-31", "9999-12-31", 9999, 12, 31, "9999年12月31日"},
		{"a year end parses", "2024-12-31", 2024, 12, 31, "2024年12月31日"},
		{"a 30-day month ends on the 30th", "2024-04-30", 2024, 4, 30, "2024年4月30日"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			v, err := platform.ParseDate(tc.in)
			require.NoError(t, err)
			assert.True(t, !v.IsZero())
			y, m, dd := v.YMD()
			assert.Equal(t, []int{tc.y, tc.m, tc.d}, []int{y, m, dd})
			assert.Equal(t, tc.y, v.Year())
			assert.Equal(t, tc.m, v.Month())
			assert.Equal(t, tc.d, v.Day())
			assert.Equal(t, tc.in, v.String())
			assert.Equal(t, tc.zh, v.Chinese())
			nd, err := platform.NewDate(tc.y, tc.m, tc.d)
			require.NoError(t, err)
			assert.Equal(t, v, nd)
			assert.Equal(t, v, platform.MustDate(tc.y, tc.m, tc.d))

			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.in, string(b))
			var u platform.Date
			require.NoError(t, u.UnmarshalText(b))
			assert.Equal(t, v, u)

			j, err := json.Marshal(v)
			require.NoError(t, err)
			assert.Equal(t, `"`+tc.in+`"`, string(j))
			var jb platform.Date
			require.NoError(t, json.Unmarshal(j, &jb))
			assert.Equal(t, v, jb)
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	rows := []struct {
		name string
		in   string
		kind platform.Kind
	}{
		{"2023 is not a leap year, so 2023-02-29 does not exist", "2023-02-29", platform.ErrRange},
		{"1900 is not a leap year (divisible by 100, not 400)", "1900-02-29", platform.ErrRange},
		{"there is no month 13", "2024-13-01", platform.ErrRange},
		{"there is no month 0", "2024-00-10", platform.ErrRange},
		{"there is no day 0", "2024-01-00", platform.ErrRange},
		{"April has no 31st", "2024-04-31", platform.ErrRange},
		{"there is no year 0", "0000-01-01", platform.ErrRange},
		{"a one-digit month is not ISO", "2024-1-01", platform.ErrInvalid},
		{"slashes are not ISO", "2024/01/01", platform.ErrInvalid},
		{"the basic format without hyphens is not accepted", "20240101", platform.ErrInvalid},
		{"a time of day is not accepted", "2024-01-01T00:00:00Z", platform.ErrInvalid},
		{"surrounding space is not accepted", " 2024-01-01", platform.ErrInvalid},
		{"letters are rejected", "2024-0a-01", platform.ErrInvalid},
		{"a sign is rejected", "+024-01-01", platform.ErrInvalid},
		{"a Chinese date is not ISO", "2025年11月30日", platform.ErrInvalid},
		{"empty is not a date", "", platform.ErrInvalid},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			v, err := platform.ParseDate(tc.in)
			assert.True(t, v.IsZero())
			assert.True(t, errors.Is(err, tc.kind), err)
			var pe *platform.Error
			if assert.True(t, errors.As(err, &pe)); pe != nil {
				assert.Equal(t, "platform.ParseDate", pe.Op)
				assert.Equal(t, tc.in, pe.Input)
				assert.Equal(t, "date", pe.Field)
			}
			if tc.in != "" {
				var u platform.Date
				assert.True(t, u.UnmarshalText([]byte(tc.in)) != nil)
				assert.True(t, json.Unmarshal([]byte(`"`+tc.in+`"`), &u) != nil)
			}
		})
	}
	t.Run("MustParseDate panics on a date that does not exist", func(t *testing.T) {
		defer func() { assert.True(t, recover() != nil) }()
		platform.MustParseDate("2023-02-29")
	})
}

func TestNewDateRejects(t *testing.T) {
	rows := []struct {
		name    string
		y, m, d int
		field   string
		input   string
	}{
		{"year 0 is named as the bad field", 0, 1, 1, "year", "0-1-1"},
		{"year 10000 is out of range", 10000, 1, 1, "year", "10000-1-1"},
		{"month 13 is named as the bad field", 2024, 13, 1, "month", "2024-13-1"},
		{"month 0 is out of range", 2024, 0, 1, "month", "2024-0-1"},
		{"2023-02-29 names the day", 2023, 2, 29, "day", "2023-2-29"},
		{"day 0 names the day", 2024, 2, 0, "day", "2024-2-0"},
		{"June 31 names the day", 2024, 6, 31, "day", "2024-6-31"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			v, err := platform.NewDate(tc.y, tc.m, tc.d)
			assert.True(t, v.IsZero())
			var pe *platform.Error
			if assert.True(t, errors.As(err, &pe)); pe != nil {
				assert.Equal(t, platform.NewError("platform.NewDate", platform.ErrRange, tc.field, tc.input, nil), pe)
			}
		})
	}
	t.Run("MustDate panics on a date that does not exist", func(t *testing.T) {
		defer func() { assert.True(t, recover() != nil) }()
		platform.MustDate(2023, 2, 29)
	})
}

func TestLeapYearAndDaysIn(t *testing.T) {
	rows := []struct {
		name string
		y    int
		leap bool
		feb  int
	}{
		{"2024 is a leap year", 2024, true, 29},
		{"2023 is not", 2023, false, 28},
		{"2000 is, divisible by 400", 2000, true, 29},
		{"1900 is not, divisible by 100", 1900, false, 28},
		{"2100 is not", 2100, false, 28},
		{"2028 is", 2028, true, 29},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.leap, platform.IsLeapYear(tc.y))
			assert.Equal(t, tc.feb, platform.DaysIn(tc.y, 2))
		})
	}
	t.Run("months have 31, 30 or 0 days", func(t *testing.T) {
		assert.Equal(t, []int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0, 0}, []int{platform.DaysIn(2024, 1), platform.DaysIn(2024, 2), platform.DaysIn(2024, 3), platform.DaysIn(2024, 4),
			platform.DaysIn(2024, 5), platform.DaysIn(2024, 6), platform.DaysIn(2024, 7), platform.DaysIn(2024, 8),
			platform.DaysIn(2024, 9), platform.DaysIn(2024, 10), platform.DaysIn(2024, 11), platform.DaysIn(2024, 12),
			platform.DaysIn(2024, 0), platform.DaysIn(2024, 13)})
	})
}

func TestZeroDate(t *testing.T) {
	var z platform.Date
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, "", z.Chinese())
	y, m, dd := z.YMD()
	assert.Equal(t, []int{0, 0, 0}, []int{y, m, dd})
	assert.Equal(t, 0, z.Year()+z.Month()+z.Day())
	assert.Equal(t, time.Sunday, z.Weekday())
	assert.Empty(t, cmp.Diff(time.Time{}, z.Time(), allFields), "the zero Date gives the zero time")

	b, err := z.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
	j, err := json.Marshal(z)
	require.NoError(t, err)
	assert.Equal(t, "null", string(j), "the zero Date is JSON null")

	t.Run("null and empty text decode to the zero Date", func(t *testing.T) {
		v := d("2024-01-01")
		require.NoError(t, json.Unmarshal([]byte("null"), &v))
		assert.True(t, v.IsZero())
		v = d("2024-01-01")
		require.NoError(t, json.Unmarshal([]byte(`""`), &v))
		assert.True(t, v.IsZero())
		v = d("2024-01-01")
		require.NoError(t, v.UnmarshalText(nil))
		assert.True(t, v.IsZero())
	})
	t.Run("an escaped JSON string is unescaped before parsing", func(t *testing.T) {
		var v platform.Date
		require.NoError(t, json.Unmarshal([]byte(`"\u0032024-01-01"`), &v))
		assert.Equal(t, "2024-01-01", v.String())
	})
	t.Run("a JSON number or a bare word is not a date", func(t *testing.T) {
		var v platform.Date
		for _, in := range []string{`20240101`, `true`, `"`, `x`} {
			err := v.UnmarshalJSON([]byte(in))
			assert.True(t, errors.Is(err, platform.ErrInvalid), "%v %v", in, err)
		}
	})
	t.Run("a struct field of type Date round-trips through JSON, null when missing", func(t *testing.T) {
		type rec struct {
			Founded platform.Date `json:"founded"`
			Filed   platform.Date `json:"filed"`
		}
		j, err := json.Marshal(rec{Founded: d("2023-05-10")})
		require.NoError(t, err)
		assert.Equal(t, `{"founded":"2023-05-10","filed":null}`, string(j))
		var back rec
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, rec{Founded: d("2023-05-10")}, back)
	})
}

func TestWeekday(t *testing.T) {
	rows := []struct {
		name string
		in   string
		want time.Weekday
	}{
		{"2025-11-30, the 第二十条 deadline of 2025, is a Sunday", "2025-11-30", time.Sunday},
		{"2024-11-30 is a Saturday", "2024-11-30", time.Saturday},
		{"2026-11-30 is a Monday", "2026-11-30", time.Monday},
		{"0001-01-01 was a Monday", "0001-01-01", time.Monday},
		{"1970-01-01 was a Thursday", "1970-01-01", time.Thursday},
		{"2000-01-01 was a Saturday", "2000-01-01", time.Saturday},
		{"2024-02-29 was a Thursday", "2024-02-29", time.Thursday},
		{"9999-12-31 is a Friday", "9999-12-31", time.Friday},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, d(tc.in).Weekday())
			assert.Equal(t, tc.want, d(tc.in).Time().Weekday(), "agrees with package time")
		})
	}
}

func TestTimeConversion(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	rows := []struct {
		name string
		tm   time.Time
		want string
	}{
		{"a time gives its own calendar date", time.Date(2025, 3, 1, 23, 59, 0, 0, time.UTC), "2025-03-01"},
		{"the date is taken in the time's own zone (Beijing time)", time.Date(2024, 12, 31, 23, 30, 0, 0, time.UTC).In(cst), "2025-01-01"},
		{"a time in year 10000 has no Date", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), ""},
		{"a time in year 0 has no Date", time.Date(0, 6, 1, 0, 0, 0, 0, time.UTC), ""},
		{"the zero time is 0001-01-01", time.Time{}, "0001-01-01"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, platform.DateOf(tc.tm).String())
		})
	}
	t.Run("Time is midnight UTC at the start of the date", func(t *testing.T) {
		assert.Empty(t, cmp.Diff(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), d("2024-02-29").Time(), allFields))
	})
}

func TestCompareAndDaysUntil(t *testing.T) {
	rows := []struct {
		name   string
		a, b   string
		cmp    int
		before bool
		after  bool
		days   int
	}{
		{"a date equals itself", "2024-02-29", "2024-02-29", 0, false, false, 0},
		{"across 29 February of a leap year are 2 days", "2024-02-28", "2024-03-01", -1, true, false, 2},
		{"across the end of February of a common year is 1 day", "2023-02-28", "2023-03-01", -1, true, false, 1},
		{"a leap year has 366 days", "2024-01-01", "2025-01-01", -1, true, false, 366},
		{"a common year has 365 days", "2023-01-01", "2024-01-01", -1, true, false, 365},
		{"counting backwards is negative", "2025-01-01", "2024-12-31", 1, false, true, -1},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			a, b := d(tc.a), d(tc.b)
			assert.Equal(t, tc.cmp, a.Compare(b))
			assert.Equal(t, -tc.cmp, b.Compare(a))
			assert.Equal(t, tc.before, a.Before(b))
			assert.Equal(t, tc.after, a.After(b))
			assert.Equal(t, tc.days, a.DaysUntil(b))
		})
	}
}

func TestAddDays(t *testing.T) {
	rows := []struct {
		name string
		from string
		n    int
		want string
	}{
		{"28 February + 1 is 29 February in a leap year", "2024-02-28", 1, "2024-02-29"},
		{"28 February + 2 is 1 March in a leap year", "2024-02-28", 2, "2024-03-01"},
		{"28 February + 1 is 1 March in a common year", "2023-02-28", 1, "2023-03-01"},
		{"31 December + 1 is the next year's 1 January", "2024-12-31", 1, "2025-01-01"},
		{"1 January − 1 is the previous 31 December", "2025-01-01", -1, "2024-12-31"},
		{"1 March − 1 is 29 February in a leap year", "2024-03-01", -1, "2024-02-29"},
		{"31 January + 1 is 1 February", "2025-01-31", 1, "2025-02-01"},
		{"+366 from 1 January 2024 is 1 January 2025", "2024-01-01", 366, "2025-01-01"},
		{"+0 is the same day", "2024-06-15", 0, "2024-06-15"},
		{"a 5-day period from 2025-03-03 ends 2025-03-08", "2025-03-03", 5, "2025-03-08"},
		{"a result past 9999-12-31 is clamped", "9999-12-31", 1, "9999-12-31"},
		{"a result before 0001-01-01 is clamped", "0001-01-01", -1, "0001-01-01"},
		{"a huge step forward is clamped", "2024-01-01", 1 << 40, "9999-12-31"},
		{"a huge step back is clamped", "2024-01-01", -(1 << 40), "0001-01-01"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, d(tc.from).AddDays(tc.n).String())
		})
	}
	t.Run("the zero Date stays zero", func(t *testing.T) {
		assert.True(t, platform.Date{}.AddDays(5).IsZero())
		assert.True(t, platform.Date{}.AddMonths(5).IsZero())
		assert.True(t, platform.Date{}.AddYears(5).IsZero())
	})
}

func TestAddMonthsAndYears(t *testing.T) {
	rows := []struct {
		name   string
		from   string
		months int
		years  int
		want   string
	}{
		{"《民法典》第二百零二条: 2024-01-31 + 1 month has no 31 February, so it ends 2024-02-29", "2024-01-31", 1, 0, "2024-02-29"},
		{"《民法典》第二百零二条: 2023-01-31 + 1 month ends 2023-02-28", "2023-01-31", 1, 0, "2023-02-28"},
		{"31 March + 1 month is 30 April", "2024-03-31", 1, 0, "2024-04-30"},
		{"31 March − 1 month is 29 February in a leap year", "2024-03-31", -1, 0, "2024-02-29"},
		{"31 May − 3 months is 29 February in a leap year", "2024-05-31", -3, 0, "2024-02-29"},
		{"31 August − 6 months is 29 February", "2024-08-31", -6, 0, "2024-02-29"},
		{"15 December + 1 month crosses the year end", "2024-12-15", 1, 0, "2025-01-15"},
		{"15 January − 1 month crosses the year end backwards", "2025-01-15", -1, 0, "2024-12-15"},
		{"31 January 2024 + 13 months is 28 February 2025", "2024-01-31", 13, 0, "2025-02-28"},
		{"+0 months is the same day", "2024-01-31", 0, 0, "2024-01-31"},
		{"《民法典》第二百零二条: 2024-02-29 + 3 years ends 2027-02-28", "2024-02-29", 0, 3, "2027-02-28"},
		{"2024-02-29 + 4 years is 2028-02-29, which exists", "2024-02-29", 0, 4, "2028-02-29"},
		{"2024-02-29 + 1 year is 2025-02-28", "2024-02-29", 0, 1, "2025-02-28"},
		{"2024-02-29 − 1 year is 2023-02-28", "2024-02-29", 0, -1, "2023-02-28"},
		{"2025-02-28 − 1 year is 2024-02-28, the corresponding day exists", "2025-02-28", 0, -1, "2024-02-28"},
		{"2023-03-01 + 1 year is 2024-03-01", "2023-03-01", 0, 1, "2024-03-01"},
		{"2023-05-10 + 2 years is 2025-05-10", "2023-05-10", 0, 2, "2025-05-10"},
		{"months past 9999-12 are clamped to 9999-12-31", "9999-12-31", 1, 0, "9999-12-31"},
		{"months before 0001-01 are clamped to 0001-01-01", "0001-01-15", -1, 0, "0001-01-01"},
		{"the last month of 9999 is still reachable", "9999-11-30", 1, 0, "9999-12-30"},
		{"years past 9999 are clamped", "9000-06-30", 0, 1000, "9999-12-31"},
		{"years before 1 are clamped", "0005-06-30", 0, -5, "0001-01-01"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			var got platform.Date
			if tc.years != 0 {
				got = d(tc.from).AddYears(tc.years)
			} else {
				got = d(tc.from).AddMonths(tc.months)
			}
			assert.Equal(t, tc.want, got.String())
		})
	}
}

func TestWindow(t *testing.T) {
	w := platform.Window{From: d("2023-03-01"), To: d("2025-02-28")}
	rows := []struct {
		name string
		in   platform.Date
		want bool
	}{
		{"the day before the window is outside", d("2023-02-28"), false},
		{"the first day is inside", d("2023-03-01"), true},
		{"a day in the middle is inside", d("2024-02-29"), true},
		{"the last day is inside", d("2025-02-28"), true},
		{"the day after is outside", d("2025-03-01"), false},
		{"a missing date is not inside", platform.Date{}, false},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, w.Contains(tc.in))
		})
	}
	t.Run("the window holds 731 days, both ends counted", func(t *testing.T) {
		assert.True(t, !w.Empty())
		assert.Equal(t, 731, w.Days())
	})
	t.Run("a window of one day holds 1 day", func(t *testing.T) {
		assert.Equal(t, 1, platform.Window{From: d("2024-01-01"), To: d("2024-01-01")}.Days())
	})
	t.Run("a window that ends before it begins is empty", func(t *testing.T) {
		e := platform.Window{From: d("2024-01-02"), To: d("2024-01-01")}
		assert.True(t, e.Empty())
		assert.Equal(t, 0, e.Days())
		assert.True(t, !e.Contains(d("2024-01-01")))
		assert.True(t, !e.Contains(d("2024-01-02")))
	})
	t.Run("a window marshals with snake_case ends", func(t *testing.T) {
		j, err := json.Marshal(w)
		require.NoError(t, err)
		assert.Equal(t, `{"from":"2023-03-01","to":"2025-02-28"}`, string(j))
		var back platform.Window
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, w, back)
	})
}
