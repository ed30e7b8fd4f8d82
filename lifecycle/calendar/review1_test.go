package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
)

// Rows written from the law before running the library (review of issue 15): the days either
// side of each edge of the provisional rule — 补假 after a 春节 that starts on a Saturday, a
// 中秋 inside 国庆, the lunar table's last year 2100 and the first year 2023 — each a working
// day or not under 《全国年节及纪念日放假办法》第二条 as amended by 国务院令第795号 (LEGAL.md §4).
func TestProvisionalRuleAtItsEdges(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name    string
		date    string
		working bool
		holiday string // the holiday's name, when not a working day and not a weekend
		flagged bool   // the year is counted provisionally
		err     string // the answer is an error containing this text
	}{
		{name: "2030年除夕（2月2日）前一日周五为工作日（暂计）", date: "2030-02-01", working: true, flagged: true},
		{name: "2030年除夕2月2日适逢周六，为春节法定假日（第二条（二））", date: "2030-02-02", holiday: "春节", flagged: true},
		{name: "2030年正月初三2月5日（周二）为春节法定假日", date: "2030-02-05", holiday: "春节", flagged: true},
		{name: "2030年除夕、初一适逢周六、周日，补假于其后第一、二个工作日2月6日（周三）", date: "2030-02-06", holiday: "春节补假", flagged: true},
		{name: "2030年春节补假第二日2月7日（周四）", date: "2030-02-07", holiday: "春节补假", flagged: true},
		{name: "2030年春节补假之后一日2月8日（周五）为工作日", date: "2030-02-08", working: true, flagged: true},
		{name: "2039年国庆10月1日、2日适逢周末、中秋亦在10月2日：10月3日（周一）为国庆法定假日", date: "2039-10-03", holiday: "国庆节", flagged: true},
		{name: "2039年中秋（周日）补假于10月4日（周二），不与国庆补假重叠", date: "2039-10-04", holiday: "中秋节补假", flagged: true},
		{name: "2039年国庆补假两日为10月5日、6日（第一日）", date: "2039-10-05", holiday: "国庆节补假", flagged: true},
		{name: "2039年国庆补假两日为10月5日、6日（第二日）", date: "2039-10-06", holiday: "国庆节补假", flagged: true},
		{name: "2039年三个补假日之后的10月7日（周五）为工作日", date: "2039-10-07", working: true, flagged: true},
		{name: "2077年中秋与国庆同在10月1日（周五）：失去的一日与周末两日补假至10月6日（周三）", date: "2077-10-06", holiday: "国庆节补假", flagged: true},
		{name: "2077年国庆补假之后的10月7日（周四）为工作日", date: "2077-10-07", working: true, flagged: true},
		{name: "2100年12月31日（周五）是农历表最后一年的工作日（暂计）", date: "2100-12-31", working: true, flagged: true},
		{name: "2100年3月1日（周一，2100年不是闰年）为工作日（暂计）", date: "2100-03-01", working: true, flagged: true},
		{name: "2101年1月1日超出农历表，是错误并指明2101年", date: "2101-01-01", err: "2101"},
		{name: "2023年1月2日（周一）为2023年通知的元旦假日，已确认", date: "2023-01-02", holiday: "元旦"},
		{name: "2023年1月3日（周二）为工作日，已确认", date: "2023-01-03", working: true},
		{name: "2022年12月31日虽在2023年通知的元旦假期内，但2023年以前不计算，是错误", date: "2022-12-31", err: "2022"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, st, err := cal.IsWorkingDay(md(tt.date))
			if tt.err != "" {
				require.Error(t, err, calendar.RuleWorkingDay)
				assert.ErrorIs(t, err, platform.ErrCalendar)
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err, calendar.RuleWorkingDay)
			assert.Equal(t, tt.working, ok, "working")
			if tt.holiday != "" {
				assert.Equal(t, calendar.Holiday, st.Kind)
				assert.Equal(t, tt.holiday, st.Name)
				assert.Equal(t, calendar.National, st.Source)
			}
			provisional := false
			for _, n := range st.Unconfirmed {
				if n.Provisional {
					provisional = true
					assert.Equal(t, md(tt.date).Year(), n.Year)
					assert.Equal(t, calendar.National, n.Source)
				}
			}
			assert.Equal(t, tt.flagged, provisional, "flagged as provisional: %v", st.Unconfirmed)
		})
	}
}

// Counts of the 公示 of 第十三条（五） that start or end exactly at the edge of what is known:
// the last day of the transcribed 2027, the first of the provisional 2028, the first day the
// calendar counts (2023-01-01) and the last (2100-12-31). 民法典 201: the start day is not
// counted, so it is not examined either.
func TestCountsAtTheEdgesOfWhatIsKnown(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name        string
		start       string
		n           int
		opts        calendar.Options
		last        string
		unconfirmed []string // "source/year"
		err         string   // the count is an error containing this text
		strict      bool     // the error is ErrUnconfirmed
	}{
		{name: "2027年12月30日起1个工作日止于12月31日：未触及2028年，不标注未确认", start: "2027-12-30", n: 1, last: "2027-12-31"},
		{name: "严格模式下止于2027年12月31日的计算不是错误", start: "2027-12-30", n: 1, opts: calendar.Options{Strict: true}, last: "2027-12-31"},
		{name: "2027年12月30日起2个工作日跨入2028年：元旦周六、补假1月3日，止于1月4日并标注2028年", start: "2027-12-30", n: 2,
			last: "2028-01-04", unconfirmed: []string{"national/2028"}},
		{name: "严格模式：2027年12月31日起算（当日不计入）首个被检查的日子即2028年1月1日，是错误并指明2028年", start: "2027-12-31", n: 1,
			opts: calendar.Options{Strict: true}, err: "2028", strict: true},
		{name: "严格模式：2027年2月3日起的公示经过藏历新年2027的窗口，是错误并指明2027年", start: "2027-02-03", n: 5,
			opts: calendar.Options{Strict: true}, err: "2027", strict: true},
		{name: "2022年12月31日起算（当日不计入，民法典第二百零一条）：自2023年1月1日计，止于1月9日", start: "2022-12-31", n: 5, last: "2023-01-09"},
		{name: "2022年12月30日起算须检查2022年12月31日：2023年以前不计算，是错误", start: "2022-12-30", n: 5, err: "2022"},
		{name: "2100年12月20日起5个工作日止于12月27日，标注2100年", start: "2100-12-20", n: 5, last: "2100-12-27", unconfirmed: []string{"national/2100"}},
		{name: "2100年12月27日起4个工作日止于12月31日（农历表最后一日）", start: "2100-12-27", n: 4, last: "2100-12-31", unconfirmed: []string{"national/2100"}},
		{name: "2100年12月27日起5个工作日须进入2101年：超出农历表，是错误并指明2101年", start: "2100-12-27", n: 5, err: "2101"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := cal.AddWorkingDays(md(tt.start), tt.n, tt.opts)
			if tt.err != "" {
				require.Error(t, err, calendar.RuleWorkingDays)
				assert.ErrorIs(t, err, platform.ErrCalendar)
				assert.Equal(t, tt.strict, errors.Is(err, calendar.ErrUnconfirmed))
				assert.Contains(t, err.Error(), tt.err)
				return
			}
			require.NoError(t, err, calendar.RuleWorkingDays)
			assert.Equal(t, md(tt.last), r.Last)
			var unc []string
			for _, n := range r.Unconfirmed {
				unc = append(unc, n.Source.String()+"/"+itoa(n.Year))
			}
			assert.Equal(t, tt.unconfirmed, unc)
			want := platform.Pass
			if len(tt.unconfirmed) > 0 {
				want = platform.Unknown
			}
			assert.Equal(t, want, r.Findings[0].Outcome)
		})
	}
}

// A calendar stored before 2027 was added (JSON of 2023–2026, no transcription, no
// provisional notes) decodes to what it meant: those four years known, and 2027 now counted
// provisionally rather than refused. The statutory days give the same last day as the
// transcription for a 公示 from 2026-12-28 (元旦 2027 is a Friday), flagged.
func TestCalendarStoredBefore2027(t *testing.T) {
	def := calendar.Default()
	var ys []calendar.YearData
	for _, y := range []int{2023, 2024, 2025, 2026} {
		yd, ok := def.Year(y)
		require.True(t, ok)
		ys = append(ys, yd)
	}
	old, err := calendar.New(ys...)
	require.NoError(t, err)
	b, err := json.Marshal(old)
	require.NoError(t, err)
	require.False(t, strings.Contains(string(b), "transcription") || strings.Contains(string(b), "provisional"), "the stored form of 2023–2026 has no field added by issue 15")
	var back calendar.Calendar
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, []int{2023, 2024, 2025, 2026}, back.Years())
	assert.Equal(t, old.Fingerprint(), back.Fingerprint())
	r, err := back.AddWorkingDays(md("2026-12-28"), 5, calendar.Options{})
	require.NoError(t, err, calendar.RuleWorkingDays)
	assert.Equal(t, md("2027-01-05"), r.Last)
	require.NotEmpty(t, r.Unconfirmed)
	assert.True(t, r.Unconfirmed[0].Provisional)
	assert.Equal(t, 2027, r.Unconfirmed[0].Year)
	assert.Empty(t, r.Transcribed)
	assert.Contains(t, r.Findings[0].Note.Zh, "2027年全国年节放假安排未知")
}
