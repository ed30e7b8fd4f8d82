package calendar_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func md(s string) platform.Date { return platform.MustParseDate(s) }

func mds(ss ...string) []platform.Date {
	out := make([]platform.Date, len(ss))
	for i, s := range ss {
		out[i] = md(s)
	}
	return out
}

// TestAddWorkingDays proves the 公示 5 个工作日 of 第十三条（五） across the holidays of
// LEGAL.md §4 and §5.
func TestAddWorkingDays(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name  string
		rule  string
		cite  platform.Citation
		start string
		n     int
		opts  calendar.Options
		days  []platform.Date
		// unconfirmed lists the unconfirmed festivals as "source/year".
		unconfirmed []string
	}{
		{
			name: "国庆2023：9月27日起公示，跳过9月29日至10月6日，10月7日、8日调休上班计入，10月10日届满",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2023-09-27", n: 5,
			days: mds("2023-09-28", "2023-10-07", "2023-10-08", "2023-10-09", "2023-10-10"),
		},
		{
			name: "国庆2024：9月27日起公示，9月29日（周日）调休上班计入，10月1日至7日不计，10月10日届满",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2024-09-27", n: 5,
			days: mds("2024-09-29", "2024-09-30", "2024-10-08", "2024-10-09", "2024-10-10"),
		},
		{
			name: "国庆2024：不计调休上班日时，9月29日不计，10月11日届满",
			rule: "lifecycle.calendar.13.5.working_day", cite: platform.Art(13, 5),
			start: "2024-09-27", n: 5, opts: calendar.Options{AdjustedWorkDaysExcluded: true},
			days: mds("2024-09-30", "2024-10-08", "2024-10-09", "2024-10-10", "2024-10-11"),
		},
		{
			name: "调休上班的周六2024年10月12日计入：10月9日起公示，10月15日届满",
			rule: "lifecycle.calendar.13.5.working_day", cite: platform.Art(13, 5),
			start: "2024-10-09", n: 5,
			days: mds("2024-10-10", "2024-10-11", "2024-10-12", "2024-10-14", "2024-10-15"),
		},
		{
			name: "国庆2025：9月26日起公示，9月28日调休上班计入，10月1日至8日不计，10月10日届满",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2025-09-26", n: 5,
			days: mds("2025-09-28", "2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10"),
		},
		{
			name: "国庆2025：9月30日起公示，调休上班的周六10月11日计入，10月14日届满",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2025-09-30", n: 5,
			days: mds("2025-10-09", "2025-10-10", "2025-10-11", "2025-10-13", "2025-10-14"),
		},
		{
			name: "春节2024：除夕2月9日是工作日，2月10日至17日不计，2月18日调休上班计入，2月20日届满；藏历新年2024未确认",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2024-02-07", n: 5,
			days:        mds("2024-02-08", "2024-02-09", "2024-02-18", "2024-02-19", "2024-02-20"),
			unconfirmed: []string{"tibetan_new_year/2024"},
		},
		{
			name: "春节2025：1月26日调休上班计入，1月28日至2月4日不计，2月7日届满",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2025-01-24", n: 5,
			days: mds("2025-01-26", "2025-01-27", "2025-02-05", "2025-02-06", "2025-02-07"),
		},
		{
			name: "调休上班的周六2025年2月8日计入：2月5日起公示，2月11日届满",
			rule: "lifecycle.calendar.13.5.working_day", cite: platform.Art(13, 5),
			start: "2025-02-05", n: 5,
			days: mds("2025-02-06", "2025-02-07", "2025-02-08", "2025-02-10", "2025-02-11"),
		},
		{
			name: "春节与藏历新年2026合并放假2月15日至26日：2月12日起公示，3月2日届满",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2026-02-12", n: 5,
			days: mds("2026-02-13", "2026-02-14", "2026-02-27", "2026-02-28", "2026-03-02"),
		},
		{
			name: "藏历新年2023：2月18日、19日调休上班计入，2月20日至26日不计，2月28日届满",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2023-02-16", n: 5,
			days: mds("2023-02-17", "2023-02-18", "2023-02-19", "2023-02-27", "2023-02-28"),
		},
		{
			name: "藏历新年2025不调休：2月27日至3月4日不计，3月10日届满",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2025-02-25", n: 5,
			days: mds("2025-02-26", "2025-03-05", "2025-03-06", "2025-03-07", "2025-03-10"),
		},
		{
			name: "2026年最后一个工作日届满时不需要2027年的安排",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2026-12-24", n: 5,
			days: mds("2026-12-25", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"),
		},
		{
			name: "雪顿节2025安排未确认：8月4日起的公示结果标记为未确认",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2025-08-04", n: 5,
			days:        mds("2025-08-05", "2025-08-06", "2025-08-07", "2025-08-08", "2025-08-11"),
			unconfirmed: []string{"shoton/2025"},
		},
		{
			name: "开始的当日不计入（默认）：周一3月10日起公示，3月17日届满",
			rule: "lifecycle.calendar.civil_code.201.start_day", cite: platform.CivilCode(201),
			start: "2025-03-10", n: 5,
			days: mds("2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14", "2025-03-17"),
		},
		{
			name: "选项：开始的当日为工作日的计入，周一3月10日起公示，3月14日届满",
			rule: "lifecycle.calendar.civil_code.201.start_day", cite: platform.CivilCode(201),
			start: "2025-03-10", n: 5, opts: calendar.Options{StartDayCounts: true},
			days: mds("2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14"),
		},
		{
			name: "选项：开始的当日是周六时不计入，3月8日起公示，3月14日届满",
			rule: "lifecycle.calendar.civil_code.201.start_day", cite: platform.CivilCode(201),
			start: "2025-03-08", n: 5, opts: calendar.Options{StartDayCounts: true},
			days: mds("2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14"),
		},
		{
			name: "1个工作日：周五起算，下一个工作日是周一",
			rule: "lifecycle.calendar.13.5.working_days", cite: platform.Art(13, 5),
			start: "2025-03-07", n: 1,
			days: mds("2025-03-10"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cal.AddWorkingDays(md(tt.start), tt.n, tt.opts)
			require.NoError(t, err, "AddWorkingDays(%s, %d) (%s, %s)", tt.start, tt.n, tt.rule, tt.cite)
			if diff := cmp.Diff(strs(tt.days), strs(got.Days)); diff != "" {
				t.Errorf("AddWorkingDays(%s, %d).Days mismatch (-want +got):\n%s\n%s %s", tt.start, tt.n, diff, tt.rule, tt.cite)
			}
			assert.Equal(t, tt.days[len(tt.days)-1], got.Last, "AddWorkingDays(%s, %d).Last (%s)", tt.start, tt.n, tt.rule)
			var unc []string
			for _, n := range got.Unconfirmed {
				unc = append(unc, n.Source.String()+"/"+itoa(n.Year))
			}
			if diff := cmp.Diff(tt.unconfirmed, unc); diff != "" {
				t.Errorf("AddWorkingDays(%s, %d).Unconfirmed mismatch (-want +got):\n%s", tt.start, tt.n, diff)
			}
			wantOutcome := platform.Pass
			if len(tt.unconfirmed) > 0 {
				wantOutcome = platform.Unknown
			}
			assert.Equal(t, len(tt.unconfirmed) == 0, got.Confirmed(), "Confirmed()")
			found := false
			for _, f := range got.Findings {
				if f.Rule != nil && f.Rule.ID == tt.rule {
					found = true
				}
				if f.Rule != nil && f.Rule.ID == "lifecycle.calendar.13.5.working_days" && f.Outcome != wantOutcome {
					t.Errorf("finding outcome = %v, want %v", f.Outcome, wantOutcome)
				}
			}
			if !found && tt.rule != "lifecycle.calendar.13.5.working_day" {
				t.Errorf("no finding for %s", tt.rule)
			}
			if got.Options != tt.opts || got.Start != md(tt.start) || got.N != tt.n {
				t.Errorf("result does not record its input: %+v", got)
			}
			if got.Edition.Fingerprint == "" || got.Edition.Fingerprint != cal.Fingerprint() {
				t.Errorf("Edition.Fingerprint = %q, want %q", got.Edition.Fingerprint, cal.Fingerprint())
			}
		})
	}
}

func strs(ds []platform.Date) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.String()
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

// TestAddWorkingDaysErrors proves that a count refuses what it cannot decide.
func TestAddWorkingDaysErrors(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name  string
		rule  string
		start platform.Date
		n     int
		opts  calendar.Options
		kind  platform.Kind
		// unconfirmed: the error is also ErrUnconfirmed.
		unconfirmed bool
	}{
		{
			name: "跨入2101年的公示超出暂计规则的农历表，是错误", rule: "lifecycle.calendar.13.5.working_days",
			start: md("2100-12-29"), n: 5, kind: platform.ErrCalendar,
		},
		{
			name: "严格模式：2028年安排未知，暂计的公示是错误", rule: "lifecycle.calendar.13.5.working_days",
			start: md("2028-03-01"), n: 5, opts: calendar.Options{Strict: true}, kind: platform.ErrCalendar, unconfirmed: true,
		},
		{
			name: "选项：开始的当日计入时，2022年12月30日起算需要2022年的安排，是错误", rule: "lifecycle.calendar.civil_code.201.start_day",
			start: md("2022-12-30"), n: 5, opts: calendar.Options{StartDayCounts: true}, kind: platform.ErrCalendar,
		},
		{
			name: "严格模式：春节2024的公示落在藏历新年2024未确认窗口内，是错误", rule: "lifecycle.calendar.13.5.working_days",
			start: md("2024-02-07"), n: 5, opts: calendar.Options{Strict: true}, kind: platform.ErrCalendar, unconfirmed: true,
		},
		{
			name: "严格模式：雪顿节2025未确认窗口内的公示是错误", rule: "lifecycle.calendar.13.5.working_days",
			start: md("2025-08-04"), n: 5, opts: calendar.Options{Strict: true}, kind: platform.ErrCalendar, unconfirmed: true,
		},
		{
			name: "严格模式且开始的当日计入：开始的当日在未确认窗口内也是错误", rule: "lifecycle.calendar.civil_code.201.start_day",
			start: md("2024-03-20"), n: 1, opts: calendar.Options{Strict: true, StartDayCounts: true}, kind: platform.ErrCalendar, unconfirmed: true,
		},
		{
			name: "缺少起算日是错误", rule: "lifecycle.calendar.13.5.working_days",
			n: 5, kind: platform.ErrMissing,
		},
		{
			name: "0个工作日是错误", rule: "lifecycle.calendar.13.5.working_days",
			start: md("2025-03-03"), n: 0, kind: platform.ErrRange,
		},
		{
			name: "负数个工作日是错误", rule: "lifecycle.calendar.13.5.working_days",
			start: md("2025-03-03"), n: -5, kind: platform.ErrRange,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := cal.AddWorkingDays(tt.start, tt.n, tt.opts)
			if !errors.Is(err, tt.kind) {
				t.Fatalf("AddWorkingDays(%s, %d) error = %v, want %v (%s)", tt.start, tt.n, err, tt.kind, tt.rule)
			}
			if errors.Is(err, calendar.ErrUnconfirmed) != tt.unconfirmed {
				t.Errorf("errors.Is(%v, ErrUnconfirmed) = %v, want %v", err, !tt.unconfirmed, tt.unconfirmed)
			}
			var pe *platform.Error
			if !errors.As(err, &pe) || pe.Op != "calendar.Calendar.AddWorkingDays" {
				t.Errorf("error %v is not a *platform.Error of calendar.Calendar.AddWorkingDays", err)
			}
			if !got.Last.IsZero() || got.Days != nil {
				t.Errorf("a result was decided on bad input: %+v", got)
			}
		})
	}
	_, err := cal.AddWorkingDays(platform.Date{}, 0, calendar.Options{})
	if err == nil || !errors.Is(err, platform.ErrMissing) || !errors.Is(err, platform.ErrRange) {
		t.Errorf("both problems should be reported together, got %v", err)
	}
	if _, err := (calendar.Calendar{}).AddWorkingDays(md("2025-03-03"), 1, calendar.Options{}); !errors.Is(err, platform.ErrCalendar) {
		t.Errorf("the zero calendar knows no year; error = %v", err)
	}
}

// TestRoll proves 《民法典》第二百零三条 both ways.
func TestRoll(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name        string
		rule        string
		last        string
		opts        calendar.Options
		want        string
		unconfirmed bool
	}{
		{name: "2024年11月30日是周六：默认周休息日为法定休假日，顺延至12月2日（周一）", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2024-11-30", want: "2024-12-02"},
		{name: "选项：周休息日不视为法定休假日，2024年11月30日（周六）不顺延", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2024-11-30", opts: calendar.Options{WeekendsNotHolidays: true}, want: "2024-11-30"},
		{name: "2025年11月30日是周日：默认顺延至12月1日", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2025-11-30", want: "2025-12-01"},
		{name: "选项：2025年11月30日（周日）不顺延", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2025-11-30", opts: calendar.Options{WeekendsNotHolidays: true}, want: "2025-11-30"},
		{name: "2023年10月1日在国庆假期中，顺延至假期结束的次日10月7日（调休上班的周六）", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2023-10-01", want: "2023-10-07"},
		{name: "选项下2023年10月1日同样顺延至10月7日", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2023-10-01", opts: calendar.Options{WeekendsNotHolidays: true}, want: "2023-10-07"},
		{name: "2024年10月7日是国庆假期最后一日，顺延至10月8日", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2024-10-07", want: "2024-10-08"},
		{name: "2024年10月8日是假期结束的次日，不顺延", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2024-10-08", want: "2024-10-08"},
		{name: "2024年9月30日是假期前一日，不顺延", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2024-09-30", want: "2024-09-30"},
		{name: "2025年2月1日在春节假期中，顺延至2月5日", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2025-02-01", want: "2025-02-05"},
		{name: "2026年2月20日在春节、藏历新年合并假期中，顺延至2月27日", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2026-02-20", want: "2026-02-27"},
		{name: "2026年2月24日只是拉萨的藏历新年假日，同样顺延至2月27日", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2026-02-24", opts: calendar.Options{WeekendsNotHolidays: true}, want: "2026-02-27"},
		{name: "2026年元旦1月1日至3日，次日1月4日（周日）调休上班，顺延至1月4日", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2026-01-01", want: "2026-01-04"},
		{name: "调休上班的周六2024年10月12日不是法定休假日，不顺延", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2024-10-12", want: "2024-10-12"},
		{name: "2024年8月3日（周六）在雪顿节2024未确认窗口内：顺延至8月5日并标记未确认", rule: "lifecycle.calendar.civil_code.203.roll",
			last: "2024-08-03", want: "2024-08-05", unconfirmed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := cal.Roll(md(tt.last), tt.opts)
			if err != nil {
				t.Fatalf("Roll(%s) error %v (%s)", tt.last, err, tt.rule)
			}
			if r.Last != md(tt.want) || r.Original != md(tt.last) || r.Moved != (tt.want != tt.last) {
				t.Errorf("Roll(%s) = %s (moved %v), want %s (%s, 《民法典》第二百零三条)", tt.last, r.Last, r.Moved, tt.want, tt.rule)
			}
			if (len(r.Unconfirmed) > 0) != tt.unconfirmed {
				t.Errorf("Roll(%s).Unconfirmed = %v, want unconfirmed %v", tt.last, r.Unconfirmed, tt.unconfirmed)
			}
			if len(r.Findings) != 1 || r.Findings[0].Rule == nil || r.Findings[0].Rule.ID != tt.rule {
				t.Fatalf("Roll(%s).Findings = %v", tt.last, r.Findings)
			}
			want := platform.Pass
			if tt.unconfirmed {
				want = platform.Unknown
			}
			if r.Findings[0].Outcome != want || r.Findings[0].NoteZh() == "" || r.Findings[0].NoteEn() == "" {
				t.Errorf("finding = %+v, want outcome %v with notes", r.Findings[0], want)
			}
			if r.Edition.Fingerprint != cal.Fingerprint() || r.Options != tt.opts {
				t.Errorf("result does not record edition or options: %+v", r)
			}
			d, err := cal.RollForward(md(tt.last), tt.opts)
			if err != nil || d != md(tt.want) {
				t.Errorf("RollForward(%s) = %s, %v, want %s", tt.last, d, err, tt.want)
			}
		})
	}
}

func TestRollErrors(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name        string
		rule        string
		last        platform.Date
		opts        calendar.Options
		kind        platform.Kind
		unconfirmed bool
	}{
		{name: "2101年的最后一日超出暂计规则的农历表，无法判断是否为法定休假日，是错误", rule: "lifecycle.calendar.civil_code.203.roll",
			last: md("2101-01-01"), kind: platform.ErrCalendar},
		{name: "严格模式：2028年元旦（周六）暂计，顺延是错误", rule: "lifecycle.calendar.civil_code.203.roll",
			last: md("2028-01-01"), opts: calendar.Options{Strict: true}, kind: platform.ErrCalendar, unconfirmed: true},
		{name: "缺少最后一日是错误", rule: "lifecycle.calendar.civil_code.203.roll", kind: platform.ErrMissing},
		{name: "严格模式：雪顿节2024未确认窗口内的顺延是错误", rule: "lifecycle.calendar.civil_code.203.roll",
			last: md("2024-08-03"), opts: calendar.Options{Strict: true}, kind: platform.ErrCalendar, unconfirmed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := cal.RollForward(tt.last, tt.opts)
			if !errors.Is(err, tt.kind) || errors.Is(err, calendar.ErrUnconfirmed) != tt.unconfirmed || !d.IsZero() {
				t.Errorf("RollForward(%s) = %s, %v, want error %v (%s)", tt.last, d, err, tt.kind, tt.rule)
			}
		})
	}
}
