package calendar_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
)

// legalOff and legalWork are LEGAL.md §4 and §5 copied table by table, independently of
// the package's data: every off period and every adjusted working day of 2023–2026.
type legalPeriod struct {
	source   calendar.Source
	from, to string
}

var legalOff = []legalPeriod{
	// §4 2023 – 国办发明电〔2022〕16号
	{calendar.National, "2022-12-31", "2023-01-02"},
	{calendar.National, "2023-01-21", "2023-01-27"},
	{calendar.National, "2023-04-05", "2023-04-05"},
	{calendar.National, "2023-04-29", "2023-05-03"},
	{calendar.National, "2023-06-22", "2023-06-24"},
	{calendar.National, "2023-09-29", "2023-10-06"},
	// §4 2024 – 国办发明电〔2023〕7号
	{calendar.National, "2024-01-01", "2024-01-01"},
	{calendar.National, "2024-02-10", "2024-02-17"},
	{calendar.National, "2024-04-04", "2024-04-06"},
	{calendar.National, "2024-05-01", "2024-05-05"},
	{calendar.National, "2024-06-10", "2024-06-10"},
	{calendar.National, "2024-09-15", "2024-09-17"},
	{calendar.National, "2024-10-01", "2024-10-07"},
	// §4 2025 – 国办发明电〔2024〕12号
	{calendar.National, "2025-01-01", "2025-01-01"},
	{calendar.National, "2025-01-28", "2025-02-04"},
	{calendar.National, "2025-04-04", "2025-04-06"},
	{calendar.National, "2025-05-01", "2025-05-05"},
	{calendar.National, "2025-05-31", "2025-06-02"},
	{calendar.National, "2025-10-01", "2025-10-08"},
	// §4 2026 – notice of 2025-11-04
	{calendar.National, "2026-01-01", "2026-01-03"},
	{calendar.National, "2026-02-15", "2026-02-23"},
	{calendar.National, "2026-04-04", "2026-04-06"},
	{calendar.National, "2026-05-01", "2026-05-05"},
	{calendar.National, "2026-06-19", "2026-06-21"},
	{calendar.National, "2026-09-25", "2026-09-27"},
	{calendar.National, "2026-10-01", "2026-10-07"},
	// §4 2027 – as transcribed by github.com/6tail/lunar-go v1.4.7 (notice not retrieved)
	{calendar.National, "2027-01-01", "2027-01-03"},
	{calendar.National, "2027-02-05", "2027-02-13"},
	{calendar.National, "2027-04-03", "2027-04-05"},
	{calendar.National, "2027-05-01", "2027-05-05"},
	{calendar.National, "2027-06-09", "2027-06-09"},
	{calendar.National, "2027-09-15", "2027-09-15"},
	{calendar.National, "2027-10-01", "2027-10-07"},
	// §5 藏历新年 in Lhasa (2026: only the days the national holiday does not cover)
	{calendar.TibetanNewYear, "2023-02-20", "2023-02-26"},
	{calendar.TibetanNewYear, "2025-02-27", "2025-03-04"},
	{calendar.TibetanNewYear, "2026-02-24", "2026-02-26"},
}

var legalWork = []struct {
	source calendar.Source
	date   string
}{
	{calendar.National, "2023-01-28"}, {calendar.National, "2023-01-29"}, {calendar.National, "2023-04-23"},
	{calendar.National, "2023-05-06"}, {calendar.National, "2023-06-25"}, {calendar.National, "2023-10-07"},
	{calendar.National, "2023-10-08"},
	{calendar.National, "2024-02-04"}, {calendar.National, "2024-02-18"}, {calendar.National, "2024-04-07"},
	{calendar.National, "2024-04-28"}, {calendar.National, "2024-05-11"}, {calendar.National, "2024-09-14"},
	{calendar.National, "2024-09-29"}, {calendar.National, "2024-10-12"},
	{calendar.National, "2025-01-26"}, {calendar.National, "2025-02-08"}, {calendar.National, "2025-04-27"},
	{calendar.National, "2025-09-28"}, {calendar.National, "2025-10-11"},
	{calendar.National, "2026-01-04"}, {calendar.National, "2026-02-14"}, {calendar.National, "2026-02-28"},
	{calendar.National, "2026-05-09"}, {calendar.National, "2026-09-20"}, {calendar.National, "2026-10-10"},
	{calendar.National, "2027-01-31"}, {calendar.National, "2027-02-14"}, {calendar.National, "2027-05-08"},
	{calendar.National, "2027-09-26"}, {calendar.National, "2027-10-09"},
	{calendar.TibetanNewYear, "2023-02-18"}, {calendar.TibetanNewYear, "2023-02-19"},
}

// TestLegalTables checks that every date of LEGAL.md §4 and §5 is in the default calendar:
// each off day is a holiday of its source, each adjusted working day a working day. The day
// before and the day after each off period are checked too: either a working day or a
// weekend, never part of the period.
func TestLegalTables(t *testing.T) {
	const rule = "lifecycle.calendar.13.5.working_day"
	cal := calendar.Default()
	for _, p := range legalOff {
		from, to := md(p.from), md(p.to)
		for d := from; !d.After(to); d = d.AddDays(1) {
			if d.Year() == 2022 {
				// 2022 is not in the calendar; the 2023 notice's 12-31 is checked through the data.
				y, _ := cal.Year(2023)
				if y.National.Holidays[0].From != d {
					t.Errorf("the 2023 notice does not start 元旦 on %s", d)
				}
				continue
			}
			ok, st, err := cal.IsWorkingDay(d)
			if err != nil || ok || st.Kind != calendar.Holiday || st.Source != p.source || st.Name == "" {
				t.Errorf("IsWorkingDay(%s) = %v, %+v, %v; want a %s holiday (%s)", d, ok, st, err, p.source, rule)
			}
		}
		for _, d := range []platform.Date{from.AddDays(-1), to.AddDays(1)} {
			if d.Year() == 2022 {
				continue
			}
			_, st, err := cal.IsWorkingDay(d)
			if err != nil || (st.Kind == calendar.Holiday && st.Source == p.source && st.Name != "藏历新年" && st.Name != "春节、藏历新年") {
				t.Errorf("IsWorkingDay(%s) next to %s..%s = %+v, %v (%s)", d, p.from, p.to, st, err, rule)
			}
		}
	}
	for _, w := range legalWork {
		ok, st, err := cal.IsWorkingDay(md(w.date))
		if err != nil || !ok || st.Kind != calendar.AdjustedWorkDay {
			t.Errorf("IsWorkingDay(%s) = %v, %+v, %v; want an adjusted working day (%s)", w.date, ok, st, err, rule)
		}
		wd := md(w.date).Weekday()
		if wd != 0 && wd != 6 {
			t.Errorf("adjusted working day %s is a %s, not a weekend day", w.date, wd)
		}
	}
	// Count: every off day and work day of the data is one of LEGAL's.
	offs, works := 0, 0
	for _, y := range cal.Years() {
		yd, _ := cal.Year(y)
		for _, s := range calendar.Sources() {
			a := yd.Of(s)
			for _, h := range a.Holidays {
				offs += h.From.DaysUntil(h.To) + 1
			}
			works += len(a.WorkDays)
		}
	}
	// National 2023–2027: 27+28+28+33+29 = 145 off days; Lhasa 7 + 6 + 12 = 25.
	// Work days: national 7+8+5+6+5 = 31; Lhasa 2 (2023) + 2 (2026, same as national) = 4.
	if offs != 145+25 || works != 31+4 {
		t.Errorf("data holds %d off days and %d work days, want 170 and 35", offs, works)
	}
}

// TestKnown proves which arrangements LEGAL.md confirms, and that each cites its notice.
func TestKnown(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name   string
		rule   string
		year   int
		source calendar.Source
		known  bool
		notice string
	}{
		{"2023年全国安排：国办发明电〔2022〕16号", "lifecycle.calendar.13.5.working_day", 2023, calendar.National, true, "国办发明电〔2022〕16号"},
		{"2024年全国安排：国办发明电〔2023〕7号", "lifecycle.calendar.13.5.working_day", 2024, calendar.National, true, "国办发明电〔2023〕7号"},
		{"2025年全国安排：国办发明电〔2024〕12号", "lifecycle.calendar.13.5.working_day", 2025, calendar.National, true, "国办发明电〔2024〕12号"},
		{"2026年全国安排：文号未确认，以标题引用", "lifecycle.calendar.13.5.working_day", 2026, calendar.National, true, "国务院办公厅关于2026年部分节假日安排的通知"},
		{"2027年全国安排：通知原文未取得，按转录以标题引用", "lifecycle.calendar.13.5.working_day", 2027, calendar.National, true, "国务院办公厅关于2027年部分节假日安排的通知"},
		{"2028年全国安排未发布", "lifecycle.calendar.13.5.working_day", 2028, calendar.National, false, ""},
		{"2023年藏历新年：拉萨市人民政府办公室通知", "lifecycle.calendar.13.5.working_day", 2023, calendar.TibetanNewYear, true, "拉萨市人民政府办公室关于2023年藏历新年放假的通知"},
		{"2024年藏历新年未确认", "lifecycle.calendar.13.5.working_day", 2024, calendar.TibetanNewYear, false, ""},
		{"2025年藏历新年：拉萨市人民政府办公室通知", "lifecycle.calendar.13.5.working_day", 2025, calendar.TibetanNewYear, true, "拉萨市人民政府办公室关于2025年藏历新年放假的通知"},
		{"2026年春节、藏历新年合并：拉萨市人民政府办公室通知", "lifecycle.calendar.13.5.working_day", 2026, calendar.TibetanNewYear, true, "拉萨市人民政府办公室关于2026年春节、藏历新年放假的通知"},
		{"2023年雪顿节未确认", "lifecycle.calendar.13.5.working_day", 2023, calendar.Shoton, false, ""},
		{"2024年雪顿节未确认", "lifecycle.calendar.13.5.working_day", 2024, calendar.Shoton, false, ""},
		{"2025年雪顿节未确认", "lifecycle.calendar.13.5.working_day", 2025, calendar.Shoton, false, ""},
		{"2026年雪顿节未确认", "lifecycle.calendar.13.5.working_day", 2026, calendar.Shoton, false, ""},
		{"2027年藏历新年未确认", "lifecycle.calendar.13.5.working_day", 2027, calendar.TibetanNewYear, false, ""},
		{"2027年雪顿节未确认", "lifecycle.calendar.13.5.working_day", 2027, calendar.Shoton, false, ""},
		{"无效来源未知", "lifecycle.calendar.13.5.working_day", 2025, calendar.Source(9), false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cal.Known(tt.year, tt.source); got != tt.known {
				t.Errorf("Known(%d, %s) = %v, want %v (%s)", tt.year, tt.source, got, tt.known, tt.rule)
			}
			y, _ := cal.Year(tt.year)
			a := y.Of(tt.source)
			if a.Notice != tt.notice {
				t.Errorf("Year(%d).Of(%s).Notice = %q, want %q", tt.year, tt.source, a.Notice, tt.notice)
			}
			if tt.known && (a.Issuer == "" || (a.URL == "" && (a.Transcription == nil || a.Transcription.URL == ""))) {
				t.Errorf("a known arrangement names its issuer and where it was read: %+v", a)
			}
			// Only 2027 is a transcription, and it says so.
			if (a.Transcription != nil) != (tt.year == 2027 && tt.source == calendar.National) {
				t.Errorf("Year(%d).Of(%s).Transcription = %+v", tt.year, tt.source, a.Transcription)
			}
			if !tt.known && tt.source.Regional() && tt.year <= 2027 && (a.Window == nil || a.Note == "") {
				t.Errorf("an unconfirmed festival has a window and a note: %+v", a)
			}
		})
	}
	if got := cal.Years(); len(got) != 5 || got[0] != 2023 || got[4] != 2027 {
		t.Errorf("Years() = %v, want [2023 2024 2025 2026 2027]", got)
	}
	if _, ok := cal.Year(2028); ok {
		t.Error("Year(2028) reported data")
	}
}

// TestIsWorkingDay proves the definition and the boundaries of the unconfirmed windows.
func TestIsWorkingDay(t *testing.T) {
	cal := calendar.Default()
	tests := []struct {
		name        string
		rule        string
		date        string
		working     bool
		kind        calendar.DayKind
		source      calendar.Source
		unconfirmed string
	}{
		{name: "普通周一是工作日", rule: "lifecycle.calendar.13.5.working_day", date: "2025-03-10", working: true, kind: calendar.Weekday},
		{name: "普通周六不是工作日", rule: "lifecycle.calendar.13.5.working_day", date: "2025-03-08", kind: calendar.Weekend},
		{name: "除夕2024年2月9日（周五）只鼓励休息，是工作日", rule: "lifecycle.calendar.13.5.working_day", date: "2024-02-09", working: true, kind: calendar.Weekday, unconfirmed: "tibetan_new_year/2024"},
		{name: "春节、藏历新年合并前一日2026年2月14日调休上班", rule: "lifecycle.calendar.13.5.working_day", date: "2026-02-14", working: true, kind: calendar.AdjustedWorkDay, source: calendar.National},
		{name: "合并假期第一日2026年2月15日", rule: "lifecycle.calendar.13.5.working_day", date: "2026-02-15", kind: calendar.Holiday, source: calendar.National},
		{name: "全国春节假期最后一日2026年2月23日", rule: "lifecycle.calendar.13.5.working_day", date: "2026-02-23", kind: calendar.Holiday, source: calendar.National},
		{name: "拉萨藏历新年加放的2026年2月24日（周二）", rule: "lifecycle.calendar.13.5.working_day", date: "2026-02-24", kind: calendar.Holiday, source: calendar.TibetanNewYear},
		{name: "合并假期最后一日2026年2月26日", rule: "lifecycle.calendar.13.5.working_day", date: "2026-02-26", kind: calendar.Holiday, source: calendar.TibetanNewYear},
		{name: "合并假期后一日2026年2月27日是工作日", rule: "lifecycle.calendar.13.5.working_day", date: "2026-02-27", working: true, kind: calendar.Weekday},
		{name: "藏历新年2023调休上班的周六2月18日", rule: "lifecycle.calendar.13.5.working_day", date: "2023-02-18", working: true, kind: calendar.AdjustedWorkDay, source: calendar.TibetanNewYear},
		{name: "藏历新年2024窗口前一日1月24日已确认", rule: "lifecycle.calendar.13.5.working_day", date: "2024-01-24", working: true, kind: calendar.Weekday},
		{name: "藏历新年2024窗口第一日1月25日未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2024-01-25", working: true, kind: calendar.Weekday, unconfirmed: "tibetan_new_year/2024"},
		{name: "藏历新年2024窗口最后一日3月20日未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2024-03-20", working: true, kind: calendar.Weekday, unconfirmed: "tibetan_new_year/2024"},
		{name: "藏历新年2024窗口后一日3月21日已确认", rule: "lifecycle.calendar.13.5.working_day", date: "2024-03-21", working: true, kind: calendar.Weekday},
		{name: "雪顿节2025窗口前一日7月19日（周六）已确认", rule: "lifecycle.calendar.13.5.working_day", date: "2025-07-19", kind: calendar.Weekend},
		{name: "雪顿节2025窗口第一日7月20日（周日）未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2025-07-20", kind: calendar.Weekend, unconfirmed: "shoton/2025"},
		{name: "雪顿节2025窗口最后一日9月10日未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2025-09-10", working: true, kind: calendar.Weekday, unconfirmed: "shoton/2025"},
		{name: "雪顿节2025窗口后一日9月11日已确认", rule: "lifecycle.calendar.13.5.working_day", date: "2025-09-11", working: true, kind: calendar.Weekday},
		{name: "雪顿节2023节期8月16日未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2023-08-16", working: true, kind: calendar.Weekday, unconfirmed: "shoton/2023"},
		{name: "2026年12月31日（2026年最后一日）已知", rule: "lifecycle.calendar.13.5.working_day", date: "2026-12-31", working: true, kind: calendar.Weekday},
		{name: "2027年1月4日（周一）按转录的2027年安排是工作日", rule: "lifecycle.calendar.13.5.working_day", date: "2027-01-04", working: true, kind: calendar.Weekday},
		{name: "2027年2月5日除夕按转录的2027年安排放假", rule: "lifecycle.calendar.13.5.working_day", date: "2027-02-05", kind: calendar.Holiday, source: calendar.National, unconfirmed: "tibetan_new_year/2027"},
		{name: "藏历新年2027窗口前一日1月20日已确认", rule: "lifecycle.calendar.13.5.working_day", date: "2027-01-20", working: true, kind: calendar.Weekday},
		{name: "藏历新年2027窗口第一日1月21日（春节前16日）未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2027-01-21", working: true, kind: calendar.Weekday, unconfirmed: "tibetan_new_year/2027"},
		{name: "藏历新年2027窗口最后一日3月25日（春节后47日）未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2027-03-25", working: true, kind: calendar.Weekday, unconfirmed: "tibetan_new_year/2027"},
		{name: "藏历新年2027窗口后一日3月26日已确认", rule: "lifecycle.calendar.13.5.working_day", date: "2027-03-26", working: true, kind: calendar.Weekday},
		{name: "雪顿节2027窗口第一日7月20日未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2027-07-20", working: true, kind: calendar.Weekday, unconfirmed: "shoton/2027"},
		{name: "2027年12月31日（2027年最后一日）按转录已知", rule: "lifecycle.calendar.13.5.working_day", date: "2027-12-31", working: true, kind: calendar.Weekday},
		{name: "2028年1月3日（周一）暂计为元旦（周六）的补假并标注未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2028-01-03", kind: calendar.Holiday, source: calendar.National, unconfirmed: "national/2028"},
		{name: "2028年1月4日（周二）暂计为工作日并标注未确认", rule: "lifecycle.calendar.13.5.working_day", date: "2028-01-04", working: true, kind: calendar.Weekday, unconfirmed: "national/2028"},
		{name: "2028年1月1日元旦（周六）暂计为法定节日", rule: "lifecycle.calendar.13.5.working_day", date: "2028-01-01", kind: calendar.Holiday, source: calendar.National, unconfirmed: "national/2028"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, st, err := cal.IsWorkingDay(md(tt.date))
			if err != nil {
				t.Fatalf("IsWorkingDay(%s) error %v", tt.date, err)
			}
			if ok != tt.working || st.Kind != tt.kind || st.Source != tt.source || st.Date != md(tt.date) {
				t.Errorf("IsWorkingDay(%s) = %v, %+v; want %v, %s from %s (%s)", tt.date, ok, st, tt.working, tt.kind, tt.source, tt.rule)
			}
			if transcribed := len(st.Transcribed) == 1 && st.Transcribed[0].Year == 2027; transcribed != (md(tt.date).Year() == 2027) {
				t.Errorf("IsWorkingDay(%s).Transcribed = %v: only 2027 is transcribed, and every 2027 date says so", tt.date, st.Transcribed)
			}
			unc := ""
			if len(st.Unconfirmed) > 0 {
				unc = st.Unconfirmed[0].Source.String() + "/" + itoa(st.Unconfirmed[0].Year)
			}
			if unc != tt.unconfirmed || st.Confirmed() != (tt.unconfirmed == "") || (len(st.Unconfirmed) > 1 && !st.Unconfirmed[0].Provisional) {
				t.Errorf("IsWorkingDay(%s).Unconfirmed = %v, want %q", tt.date, st.Unconfirmed, tt.unconfirmed)
			}
		})
	}
	for _, tt := range []struct {
		name string
		date platform.Date
		kind platform.Kind
	}{
		{"2101年1月3日：超出暂计规则的农历表，是错误", md("2101-01-03"), platform.ErrCalendar},
		{"2022年12月31日：2022年不在日历中，是错误", md("2022-12-31"), platform.ErrCalendar},
		{"缺少日期是错误", platform.Date{}, platform.ErrMissing},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ok, _, err := cal.IsWorkingDay(tt.date)
			if ok || !errors.Is(err, tt.kind) {
				t.Errorf("IsWorkingDay(%s) = %v, %v, want error %v (lifecycle.calendar.13.5.working_day)", tt.date, ok, err, tt.kind)
			}
		})
	}
}
