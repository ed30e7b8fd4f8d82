package calendar_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/6tail/lunar-go/HolidayUtil"
	lunar "github.com/6tail/lunar-go/calendar"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAcrossTheTurnOfTheYear proves the counts that stopped at 2027-01-01: across the
// transcribed 2027 and into 2028, which no notice covers yet.
func TestAcrossTheTurnOfTheYear(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name  string
		rule  string
		start string
		opts  calendar.Options
		days  []string
		// unconfirmed lists the flags as "source/year"; transcribed the transcribed years.
		unconfirmed []string
		transcribed []int
		// strictErr: the count is an error naming this year instead.
		strictErr string
	}{
		{
			name:  "2026年12月28日起公示5个工作日（当日不计入），跨过2027年元旦，止于2027年1月5日",
			rule:  calendar.RuleWorkingDays,
			start: "2026-12-28",
			days:  []string{"2026-12-29", "2026-12-30", "2026-12-31", "2027-01-04", "2027-01-05"},
			// 2027 is known as transcribed: said, not flagged.
			transcribed: []int{2027},
		},
		{
			name:        "严格模式下2026年12月28日起的公示同样止于2027年1月5日：转录的2027年安排视为已知",
			rule:        calendar.RuleWorkingDays,
			start:       "2026-12-28",
			opts:        calendar.Options{Strict: true},
			days:        []string{"2026-12-29", "2026-12-30", "2026-12-31", "2027-01-04", "2027-01-05"},
			transcribed: []int{2027},
		},
		{
			name:  "2027年2月3日起公示，跨过春节（2月5日至13日放假，2月14日周日调休上班计入），止于2月17日，藏历新年2027未确认",
			rule:  calendar.RuleWorkingDays,
			start: "2027-02-03",
			days:  []string{"2027-02-04", "2027-02-14", "2027-02-15", "2027-02-16", "2027-02-17"},
			// 藏历新年 2027 is not known: its window (春节 − 16 .. 春节 + 47 days) holds the count.
			unconfirmed: []string{"tibetan_new_year/2027"},
			transcribed: []int{2027},
		},
		{
			name:  "2028年1月20日起公示，暂按法定节日跨过春节（除夕1月25日至初三1月28日），止于2月2日，标注2028年未确认",
			rule:  calendar.RuleWorkingDays,
			start: "2028-01-20",
			days:  []string{"2028-01-21", "2028-01-24", "2028-01-31", "2028-02-01", "2028-02-02"},
			// 2028 is counted provisionally; its 藏历新年 window is 01-10..03-13.
			unconfirmed: []string{"national/2028", "tibetan_new_year/2028"},
		},
		{
			name:      "严格模式：2028年1月20日起的公示是错误，并指明2028年",
			rule:      calendar.RuleWorkingDays,
			start:     "2028-01-20",
			opts:      calendar.Options{Strict: true},
			strictErr: "2028",
		},
		{
			name:        "2027年12月27日起公示，跨入暂计的2028年：元旦1月1日（周六）补假于1月3日，止于1月5日",
			rule:        calendar.RuleWorkingDays,
			start:       "2027-12-27",
			days:        []string{"2027-12-28", "2027-12-29", "2027-12-30", "2027-12-31", "2028-01-04"},
			unconfirmed: []string{"national/2028"},
			transcribed: []int{2027},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := cal.AddWorkingDays(md(tt.start), 5, tt.opts)
			if tt.strictErr != "" {
				require.Error(t, err, tt.rule)
				assert.ErrorIs(t, err, calendar.ErrUnconfirmed)
				assert.ErrorIs(t, err, platform.ErrCalendar)
				assert.Contains(t, err.Error(), "the "+tt.strictErr+" national holidays arrangement is not known")
				return
			}
			require.NoError(t, err, tt.rule)
			assert.Equal(t, tt.days, strs(r.Days), tt.rule)
			assert.Equal(t, md(tt.days[len(tt.days)-1]), r.Last)
			var unc []string
			for _, n := range r.Unconfirmed {
				unc = append(unc, n.Source.String()+"/"+itoa(n.Year))
			}
			assert.Equal(t, tt.unconfirmed, unc)
			var tr []int
			for _, x := range r.Transcribed {
				tr = append(tr, x.Year)
				assert.Equal(t, calendar.National, x.Source)
				assert.Equal(t, "github.com/6tail/lunar-go v1.4.7 (HolidayUtil)", x.By)
			}
			assert.Equal(t, tt.transcribed, tr)
			// The finding says what is transcribed and what is unconfirmed, in both languages.
			f := r.Findings[0]
			require.NotNil(t, f.Note)
			assert.Equal(t, len(tt.transcribed) > 0, strings.Contains(f.Note.Zh, "lunar-go v1.4.7") && strings.Contains(f.Note.En, "the notice itself was not read"))
			if len(tt.unconfirmed) > 0 {
				assert.Equal(t, platform.Unknown, f.Outcome)
			} else {
				assert.Equal(t, platform.Pass, f.Outcome)
			}
		})
	}
}

// lunarGoWorking is lunar-go's HolidayUtil answer: an off day or an adjusted working day it
// lists, else Monday to Friday.
func lunarGoWorking(d platform.Date) bool {
	if h := HolidayUtil.GetHoliday(d.String()); h != nil {
		return h.IsWork()
	}
	wd := d.Weekday()
	return wd != 0 && wd != 6
}

// nationalOnly is the default calendar without Lhasa's arrangements (each replaced by a
// one-day window, which flags but never changes a day), so that its working days are the
// national arrangement's alone.
func nationalOnly(t *testing.T) calendar.Calendar {
	t.Helper()
	var ys []calendar.YearData
	for _, y := range calendar.Default().Years() {
		yd, _ := calendar.Default().Year(y)
		w := platform.Window{From: platform.MustDate(y, 1, 1), To: platform.MustDate(y, 1, 1)}
		yd.TibetanNewYear = calendar.Arrangement{Window: &w}
		yd.Shoton = calendar.Arrangement{Window: &w}
		ys = append(ys, yd)
	}
	c, err := calendar.New(ys...)
	require.NoError(t, err)
	return c
}

// TestCrossCheckLunarGo compares, for every date of every year whose national arrangement
// the default calendar holds, whether it is a working day with github.com/6tail/lunar-go's
// HolidayUtil, a kept library maintained independently of LEGAL.md. Working-day status is
// compared, not labels: lunar-go files some ordinary weekend days as holidays (the notices'
// "与周末连休": 2023-12-30/31, 2024-06-08/09) and 元旦 2023's 2022-12-31 under 2022; neither
// is a difference in working days. For 2027 the check is circular (the calendar transcribes
// lunar-go's 2027): there it guards against typing errors.
func TestCrossCheckLunarGo(t *testing.T) {
	cal := nationalOnly(t)
	years := cal.Years()
	require.Equal(t, []int{2023, 2024, 2025, 2026, 2027}, years)
	checked, labels := 0, []string{}
	for _, y := range years {
		require.True(t, cal.Known(y, calendar.National))
		yd, _ := cal.Year(y)
		for d := platform.MustDate(y, 1, 1); d.Year() == y; d = d.AddDays(1) {
			ok, st, err := cal.IsWorkingDay(d)
			require.NoError(t, err)
			if !assert.Equal(t, lunarGoWorking(d), ok, "%s: calendar %s (%s), lunar-go %v", d, st.Kind, st.Name, HolidayUtil.GetHoliday(d.String())) {
				continue
			}
			checked++
			// A label difference: lunar-go names a holiday on a day the notice leaves a weekend.
			if h := HolidayUtil.GetHoliday(d.String()); h != nil && !h.IsWork() && st.Kind != calendar.Holiday {
				labels = append(labels, d.String())
			}
		}
		// The national arrangement's days before the year (元旦 2023 from 2022-12-31).
		for _, h := range yd.National.Holidays {
			for d := h.From; !d.After(h.To) && d.Year() < y; d = d.AddDays(1) {
				assert.False(t, lunarGoWorking(d), "%s is off in the %d notice and in lunar-go", d, y)
				checked++
			}
		}
	}
	assert.Equal(t, 365+366+365+365+365+1, checked, "every date of 2023–2027 and 2022-12-31")
	assert.Equal(t, []string{"2023-12-30", "2023-12-31", "2024-06-08", "2024-06-09"}, labels,
		"the known label differences, weekend days in both")
}

// TestCrossCheckFailsOnADifference proves the cross-check can fail: one adjusted working day
// removed from 2027 makes a difference lunarGoWorking sees.
func TestCrossCheckFailsOnADifference(t *testing.T) {
	y, _ := calendar.Default().Year(2027)
	y.National.WorkDays = y.National.WorkDays[1:] // drop 2027-01-31 (Sun)
	cal, err := calendar.Default().WithYear(y)
	require.NoError(t, err)
	ok, _, err := cal.IsWorkingDay(md("2027-01-31"))
	require.NoError(t, err)
	assert.NotEqual(t, lunarGoWorking(md("2027-01-31")), ok)
}

// statutory2025 are the statutory days of 《全国年节及纪念日放假办法》第二条 as amended from
// 2025, computed here from lunar-go, independently of the package's table.
func statutory2025(y int) []platform.Date {
	var out []platform.Date
	add := func(s *lunar.Solar) { out = append(out, platform.MustDate(s.GetYear(), s.GetMonth(), s.GetDay())) }
	out = append(out, platform.MustDate(y, 1, 1))
	spring := lunar.NewLunarFromYmd(y, 1, 1).GetSolar()
	for i := -1; i <= 2; i++ {
		add(spring.NextDay(i))
	}
	add(lunar.NewSolarFromYmd(y, 6, 1).GetLunar().GetJieQiTable()["清明"])
	out = append(out, platform.MustDate(y, 5, 1), platform.MustDate(y, 5, 2))
	add(lunar.NewLunarFromYmd(y, 5, 5).GetSolar())
	add(lunar.NewLunarFromYmd(y, 8, 15).GetSolar())
	out = append(out, platform.MustDate(y, 10, 1), platform.MustDate(y, 10, 2), platform.MustDate(y, 10, 3))
	return out
}

// TestProvisionalAgainstOfficial2026 is the proof of the provisional rule: a calendar
// without 2026 counts 2026 provisionally; against the official 2026 no statutory day is a
// working day in either, and every date where they differ is one of the notice's additions
// (an adjusted working weekend day, or an extra national day off) or a 藏历新年 day. Any
// other difference fails.
func TestProvisionalAgainstOfficial2026(t *testing.T) {
	official := calendar.Default()
	var ys []calendar.YearData
	for _, y := range []int{2023, 2024, 2025} {
		yd, _ := official.Year(y)
		ys = append(ys, yd)
	}
	prov, err := calendar.New(ys...)
	require.NoError(t, err)
	require.False(t, prov.Known(2026, calendar.National))

	for _, d := range statutory2025(2026) {
		pw, pst, err := prov.IsWorkingDay(d)
		require.NoError(t, err)
		ow, _, err := official.IsWorkingDay(d)
		require.NoError(t, err)
		assert.False(t, pw, "statutory day %s is a working day provisionally (%+v)", d, pst)
		assert.False(t, ow, "statutory day %s is a working day officially", d)
	}

	type diff struct{ date, why string }
	var diffs []diff
	for d := md("2026-01-01"); d.Year() == 2026; d = d.AddDays(1) {
		pw, pst, err := prov.IsWorkingDay(d)
		require.NoError(t, err)
		require.NotEmpty(t, pst.Unconfirmed, "%s was counted provisionally without a flag", d)
		assert.True(t, pst.Unconfirmed[0].Provisional && pst.Unconfirmed[0].Year == 2026)
		ow, ost, err := official.IsWorkingDay(d)
		require.NoError(t, err)
		if pw == ow {
			continue
		}
		switch {
		case ow && ost.Kind == calendar.AdjustedWorkDay && ost.Source == calendar.National:
			diffs = append(diffs, diff{d.String(), "调休上班"})
		case !ow && ost.Kind == calendar.Holiday && ost.Source == calendar.National && pst.Kind == calendar.Weekday:
			diffs = append(diffs, diff{d.String(), "调休放假"})
		case !ow && ost.Kind == calendar.Holiday && ost.Source == calendar.TibetanNewYear:
			diffs = append(diffs, diff{d.String(), "藏历新年"})
		default:
			t.Errorf("%s: provisional %v (%s %s), official %v (%s %s): not one of the notice's additions",
				d, pw, pst.Kind, pst.Name, ow, ost.Kind, ost.Name)
		}
	}
	t.Logf("provisional 2026 differs from the official 2026 on %d dates: %v", len(diffs), diffs)
	assert.Equal(t, []diff{
		{"2026-01-02", "调休放假"}, {"2026-01-04", "调休上班"},
		{"2026-02-14", "调休上班"}, {"2026-02-20", "调休放假"}, {"2026-02-23", "调休放假"},
		{"2026-02-24", "藏历新年"}, {"2026-02-25", "藏历新年"}, {"2026-02-26", "藏历新年"}, {"2026-02-28", "调休上班"},
		{"2026-05-05", "调休放假"}, {"2026-05-09", "调休上班"},
		{"2026-09-20", "调休上班"}, {"2026-10-06", "调休放假"}, {"2026-10-07", "调休放假"}, {"2026-10-10", "调休上班"},
	}, diffs)
}

// TestProvisionalRule proves the provisional rule's 补假 and its reach, row by row.
func TestProvisionalRule(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name    string
		date    string
		working bool
		holiday string // the holiday's name when not working and not a weekend
	}{
		{"2028年元旦适逢周六，补假于下一个工作日1月3日（周一）", "2028-01-03", false, "元旦补假"},
		{"2028年1月4日（周二）不再补假，是工作日", "2028-01-04", true, ""},
		{"2028年春节四日（除夕1月25日周二至初三1月28日周五）均为法定节日", "2028-01-25", false, "春节"},
		{"2028年春节后一日1月31日（周一）不补假：四日均在工作日", "2028-01-31", true, ""},
		{"2028年端午节5月28日（周日）补假于5月29日（周一）", "2028-05-29", false, "端午节补假"},
		{"2028年中秋节10月3日与国庆节同日，国庆节10月1日（周日）亦补：补假10月4日、5日", "2028-10-05", false, "国庆节补假"},
		{"2028年10月6日（周五）是工作日：补假只补损失的天数", "2028-10-06", true, ""},
		{"2029年清明节4月4日（周三）当日放假，不补假", "2029-04-04", false, "清明节"},
		{"2029年4月5日（周四）是工作日", "2029-04-05", true, ""},
		{"2030年除夕2月2日（周六）、初一2月3日（周日）补假于2月6日（周三）、7日（周四）", "2030-02-07", false, "春节补假"},
		{"2030年2月8日（周五）是工作日", "2030-02-08", true, ""},
		{"2030年劳动节5月1日（周三）、2日（周四）：5月3日（周五）是工作日", "2030-05-03", true, ""},
		{"2100年12月31日（农历表最后一年）仍按暂计规则计算", "2100-12-31", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, st, err := cal.IsWorkingDay(md(tt.date))
			require.NoError(t, err)
			assert.Equal(t, tt.working, ok, calendar.RuleWorkingDay)
			assert.Equal(t, tt.holiday, st.Name)
			if tt.holiday != "" {
				assert.Equal(t, calendar.Holiday, st.Kind)
				assert.Equal(t, calendar.National, st.Source)
			}
			require.NotEmpty(t, st.Unconfirmed)
			n := st.Unconfirmed[0]
			assert.True(t, n.Provisional)
			assert.Equal(t, md(tt.date).Year(), n.Year)
			assert.Contains(t, n.Chinese(), itoa(n.Year)+"年全国年节放假安排未知")
			assert.Contains(t, n.English(), "counted provisionally")
		})
	}
	for _, tt := range []struct {
		name string
		cal  calendar.Calendar
		date string
		why  string
	}{
		{"2022年不计算：2023年以前仍是错误", cal, "2022-06-01", "years before 2023 are not counted"},
		{"2101年超出农历表，是错误", cal, "2101-06-01", "the provisional rule's lunar table ends in 2100"},
		{"零值日历不计算任何年份", calendar.Calendar{}, "2028-06-01", "the zero Calendar holds no data"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := tt.cal.IsWorkingDay(md(tt.date))
			require.ErrorIs(t, err, platform.ErrCalendar)
			assert.Contains(t, err.Error(), tt.why)
		})
	}
}

// TestProvisionalYears checks the rule over every year the lunar table holds: every
// statutory day (computed from lunar-go here) is off, every make-up day is a weekday after
// its holiday, and there are exactly as many make-up days as statutory days lost to a
// weekend or to another holiday on the same day.
func TestProvisionalYears(t *testing.T) {
	cal := calendar.Default()
	for y := 2023; y <= 2100; y++ {
		yd, assumed, ok := calendar.ProvisionalYear(y)
		require.True(t, ok, y)
		require.NoError(t, yd.Validate(), y)
		require.NotNil(t, yd.TibetanNewYear.Window)
		spring := lunar.NewLunarFromYmd(y, 1, 1).GetSolar()
		springDate := platform.MustDate(y, spring.GetMonth(), spring.GetDay())
		assert.Equal(t, springDate.AddDays(-16), yd.TibetanNewYear.Window.From, y)
		assert.Equal(t, springDate.AddDays(47), yd.TibetanNewYear.Window.To, y)
		stat := statutory2025(y)
		seen := map[platform.Date]bool{}
		lost := 0
		for _, d := range stat {
			if d.Weekday() == 0 || d.Weekday() == 6 || seen[d] {
				lost++
			}
			seen[d] = true
		}
		madeUp := 0
		for _, p := range assumed {
			for d := p.From; !d.After(p.To); d = d.AddDays(1) {
				if base, ok := strings.CutSuffix(p.Name, "补假"); ok {
					madeUp++
					assert.False(t, d.Weekday() == 0 || d.Weekday() == 6 || seen[d], "%s: make-up day %s", p.Name, d)
					assert.NotEmpty(t, base)
				} else {
					assert.True(t, seen[d], "%s %s is not a statutory day", p.Name, d)
				}
			}
		}
		assert.Equal(t, lost, madeUp, "%d: make-up days", y)
		if y <= 2027 {
			continue // 2023–2027 are known: the default calendar answers from the notices.
		}
		for _, d := range stat {
			ok, st, err := cal.IsWorkingDay(d)
			require.NoError(t, err)
			assert.False(t, ok, "%s statutory day counted as working (%+v)", d, st)
		}
	}
	_, _, ok := calendar.ProvisionalYear(2022)
	assert.False(t, ok)
	_, _, ok = calendar.ProvisionalYear(2101)
	assert.False(t, ok)
}

// TestTranscription proves the provenance data: validated, round-tripped, and only on a
// known arrangement.
func TestTranscription(t *testing.T) {
	y, _ := calendar.Default().Year(2027)
	require.NotNil(t, y.National.Transcription)
	assert.Equal(t, md("2026-11-06"), y.National.Transcription.Published)
	assert.True(t, y.National.Issued.IsZero(), "the notice's date is not known")

	b, err := json.Marshal(y)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"transcription":{"by":"github.com/6tail/lunar-go v1.4.7 (HolidayUtil)","published":"2026-11-06"`)
	var back calendar.YearData
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, y, back)

	noBy := y
	noBy.National.Transcription = &calendar.Transcription{}
	assert.ErrorIs(t, noBy.Validate(), platform.ErrMissing)
	unknown, _, _ := calendar.ProvisionalYear(2028)
	unknown.National.Transcription = &calendar.Transcription{By: "x"}
	assert.ErrorIs(t, unknown.Validate(), platform.ErrConflict)

	// A copy handed out does not share the transcription with the calendar.
	y.National.Transcription.By = "changed"
	again, _ := calendar.Default().Year(2027)
	assert.NotEqual(t, "changed", again.National.Transcription.By)
}

// TestProvisionalNoteJSON proves a provisional note's stored form: the year, the whole
// year as window, and the assumed days.
func TestProvisionalNoteJSON(t *testing.T) {
	r, err := calendar.Default().AddWorkingDays(md("2028-03-01"), 1, calendar.Options{})
	require.NoError(t, err)
	b, err := json.Marshal(r.Unconfirmed[0])
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"source":"national","year":2028,"window":{"from":"2028-01-01","to":"2028-12-31"},"provisional":true,"assumed":[{"name":"元旦","from":"2028-01-01","to":"2028-01-01"},{"name":"元旦补假","from":"2028-01-03","to":"2028-01-03"}`), string(b))
	var back calendar.Note
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r.Unconfirmed[0], back)
	// Rolled says the same.
	rr, err := calendar.Default().Roll(md("2028-01-01"), calendar.Options{})
	require.NoError(t, err)
	assert.Equal(t, md("2028-01-04"), rr.Last)
	assert.Equal(t, platform.Unknown, rr.Findings[0].Outcome)
	assert.Contains(t, rr.Findings[0].Note.Zh, "2028年全国年节放假安排未知")
	rr, err = calendar.Default().Roll(md("2027-01-01"), calendar.Options{})
	require.NoError(t, err)
	assert.Equal(t, md("2027-01-04"), rr.Last)
	assert.Equal(t, platform.Pass, rr.Findings[0].Outcome)
	assert.Contains(t, rr.Findings[0].Note.En, "as transcribed by github.com/6tail/lunar-go v1.4.7")
}
