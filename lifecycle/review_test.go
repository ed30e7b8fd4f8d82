package lifecycle_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// apply is an application for platform id of type t on date.
func apply(date, id string, t platform.Type) lifecycle.Event {
	e := ev(date, lifecycle.Application, lifecycle.RelyingUnit)
	e.Platform, e.Type = id, t
	return e
}

func TestApplicationWithinABanIsRejected(t *testing.T) {
	// lab is filed on 2025-03-12; the decisions below ban the organisation.
	tests := []struct {
		name    string
		rule    string
		h       lifecycle.History
		opts    lifecycle.Options
		kind    platform.Kind // 0: the application is accepted
		article string
	}{
		{name: "第二十四条：无故不参加评估后，禁止期最后一日 2029-05-06 再次申请：拒绝", rule: "lifecycle.24.removal_ban",
			h:    filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB), apply("2029-05-06", "station", platform.FieldStation)),
			kind: platform.ErrState, article: "第二十四条"},
		{name: "第二十四条：决定当日 2026-05-06 另行申请：拒绝", rule: "lifecycle.24.removal_ban",
			h:    filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB), apply("2026-05-06", "station", platform.FieldStation)),
			kind: platform.ErrState, article: "第二十四条"},
		{name: "第二十四条：禁止期届满次日 2029-05-07 再次申请：受理", rule: "lifecycle.24.removal_ban",
			h: filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB), apply("2029-05-07", "station", platform.FieldStation))},
		{name: "第二十四条（选项：只约束同类平台）：禁止期内申请其他类型：受理", rule: "lifecycle.24.removal_ban",
			h:    filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB), apply("2027-01-04", "station", platform.FieldStation)),
			opts: lifecycle.Options{BanSamePlatformOnly: true}},
		{name: "第二十四条（选项：只约束同类平台）：禁止期内申请同类型：拒绝", rule: "lifecycle.24.removal_ban",
			h:    filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB), apply("2027-01-04", "lab2", platform.KeyLaboratory)),
			opts: lifecycle.Options{BanSamePlatformOnly: true}, kind: platform.ErrState, article: "第二十四条"},
		{name: "第二十五条：2024-02-29 认定弄虚作假，2027-02-28（无对应日，月末日）申请：拒绝", rule: "lifecycle.25.fraud_ban",
			h: lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent("2024-02-29", lifecycle.Fraud),
				apply("2027-02-28", "station", platform.FieldStation)}},
			kind: platform.ErrState, article: "第二十五条"},
		{name: "第二十五条：2024-02-29 认定弄虚作假，2027-03-01 申请：受理", rule: "lifecycle.25.fraud_ban",
			h: lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent("2024-02-29", lifecycle.Fraud),
				apply("2027-03-01", "station", platform.FieldStation)}}},
		{name: "第二十五条：2026-05-06 摘牌，五年内 2031-05-06 重新申请：拒绝", rule: "lifecycle.25.delisting_ban",
			h:    filed(ev("2026-05-06", lifecycle.Misconduct, lifecycle.CitySTB), apply("2031-05-06", "station", platform.FieldStation)),
			kind: platform.ErrState, article: "第二十五条"},
		{name: "第二十五条：2026-05-06 摘牌，2031-05-07 重新申请：受理", rule: "lifecycle.25.delisting_ban",
			h: filed(ev("2026-05-06", lifecycle.Misconduct, lifecycle.CitySTB), apply("2031-05-07", "station", platform.FieldStation))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(tt.h, d("2031-12-31"), tt.opts)
			if tt.kind == 0 {
				if err != nil {
					t.Fatalf("Replay: %v (%s)", err, tt.rule)
				}
				if p, ok := st.Platform("station"); !ok || p.Stage != lifecycle.Applied {
					t.Errorf("station = %+v, want applied (%s)", p, tt.rule)
				}
				return
			}
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Replay = %v, want %v (%s)", err, tt.kind, tt.rule)
			}
			e := eventError(err)
			last := len(tt.h.Events) - 1
			if e == nil || e.Index != last || e.Kind != lifecycle.Application || e.Cite.String() != tt.article {
				t.Errorf("EventError = %+v, want events[%d] application citing %s", e, last, tt.article)
			}
		})
	}
}

func TestStateJSONHasNoNullFindings(t *testing.T) {
	// rule: lifecycle.29.validity — with a known window and every event inside it, no finding
	// is left as of the date; the list still marshals as [], one JSON shape for every state.
	e := platform.DefaultEdition()
	e.Published = d("2024-01-01")
	st, err := lifecycle.Replay(lifecycle.History{Organisation: org}, d("2025-01-01"), lifecycle.Options{Edition: &e})
	if err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(j), `"findings":[]`) {
		t.Errorf("state JSON = %s, want \"findings\":[]", j)
	}
}

func TestMayApplyFromSkipsABanThatFollowsWithoutAGap(t *testing.T) {
	// A removal ban from 2026-05-06 runs to 2029-05-06; a fraud ban decided later begins
	// before or right after that last day. "May apply from" is the first day no ban binds.
	tests := []struct {
		name    string
		rule    string
		fraud   string
		until   string
		from    string
		article string
	}{
		{"第二十五条：2028-01-10 认定弄虚作假，禁止期在前一禁止期内开始：2031-01-11 起方可申请", "lifecycle.25.fraud_ban",
			"2028-01-10", "2031-01-10", "2031-01-11", "第二十五条"},
		{"第二十五条：2029-05-07（前一禁止期届满次日）认定弄虚作假：两期相接，2032-05-08 起方可申请", "lifecycle.25.fraud_ban",
			"2029-05-07", "2032-05-07", "2032-05-08", "第二十五条"},
		{"第二十四条：2029-05-08 认定弄虚作假：中间有一日空档，2029-05-07 起可以申请", "lifecycle.24.removal_ban",
			"2029-05-08", "2029-05-06", "2029-05-07", "第二十四条"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB), orgEvent(tt.fraud, lifecycle.Fraud))
			st, err := lifecycle.Replay(h, d("2030-12-31"), lifecycle.Options{})
			if err != nil {
				t.Fatal(err)
			}
			p := st.MayApply(d("2027-01-04"), platform.KeyLaboratory)
			if p.May || p.Until != d(tt.until) || p.From != d(tt.from) || p.Article.String() != tt.article {
				t.Errorf("MayApply(2027-01-04) = may %v until %v from %v %v, want until %s from %s %s (%s)",
					p.May, p.Until, p.From, p.Article, tt.until, tt.from, tt.article, tt.rule)
			}
			if len(p.Bans) != 1 {
				t.Errorf("bans binding on 2027-01-04 = %+v, want only the removal ban", p.Bans)
			}
		})
	}
}

func TestBanRunningPastTheLastSupportedDayIsAnError(t *testing.T) {
	// 9999-12-31 is the last date the library represents; a ban whose last day would fall on
	// or after it has no first day on which the organisation may apply again.
	tests := []struct {
		name    string
		rule    string
		decided string
		kind    platform.Kind
		last    string
	}{
		{"第二十五条：9996-12-30 认定弄虚作假，禁止期止于 9999-12-30：可以计算", "lifecycle.25.fraud_ban", "9996-12-30", 0, "9999-12-30"},
		{"第二十五条：9996-12-31 认定弄虚作假，禁止期止于 9999-12-31，届满次日无法表示：超出范围", "lifecycle.25.fraud_ban", "9996-12-31", platform.ErrRange, ""},
		{"第二十五条：9999-12-31 认定弄虚作假：超出范围，不得给出未在开始之后结束的禁止期", "lifecycle.25.fraud_ban", "9999-12-31", platform.ErrRange, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent(tt.decided, lifecycle.Fraud)}}
			st, err := lifecycle.Replay(h, d("9999-12-31"), lifecycle.Options{})
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("Replay = %v, want %v (%s)", err, tt.kind, tt.rule)
				}
				if e := eventError(err); e == nil || e.Index != 0 || e.Cite.String() != "第二十五条" {
					t.Errorf("EventError = %+v, want events[0] citing 第二十五条", e)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Bans) != 1 || st.Bans[0].LastDay != d(tt.last) {
				t.Errorf("bans = %+v, want last day %s", st.Bans, tt.last)
			}
		})
	}
}

func TestMayApplyForAnUnknownTypeIsUnknown(t *testing.T) {
	// rule: lifecycle.24.removal_ban — with BanSamePlatformOnly a ban binds by type, so a type
	// that is not one of the measures' is not an answer: Unknown, never a silent pass.
	st, err := lifecycle.Replay(filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-12-31"),
		lifecycle.Options{BanSamePlatformOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	p := st.MayApply(d("2027-01-04"), platform.Type(99))
	if p.Outcome != platform.Unknown || p.May || len(p.Findings) != 1 || p.Findings[0].Outcome != platform.Unknown {
		t.Errorf("MayApply(type 99) = %+v, want Unknown", p)
	}
}

func TestBanLastDaysWithLiteralDates(t *testing.T) {
	// Each ban runs from the decision (not counted) to the corresponding day (《民法典》第二百零一、
	// 二百零二条), or the month's last day when there is none; the organisation may apply from the
	// next day. Bans never roll past a holiday, even with RollDeadlines.
	tests := []struct {
		name     string
		rule     string
		event    lifecycle.Event
		opts     lifecycle.Options
		lastDay  string
		firstDay string
	}{
		{"第二十四条：2028-02-29 无故不参加评估，三年后无 2 月 29 日：止于 2031-02-28，2031-03-01 起可申请", "lifecycle.24.removal_ban",
			ev("2028-02-29", lifecycle.NoShow, lifecycle.CitySTB), lifecycle.Options{}, "2031-02-28", "2031-03-01"},
		{"第二十四条：2029-02-28 中途退出评估，止于 2032-02-28（2032 年闰年，不延至 2 月 29 日），2032-02-29 起可申请", "lifecycle.24.removal_ban",
			ev("2029-02-28", lifecycle.Withdrawal, lifecycle.ThirdParty), lifecycle.Options{}, "2032-02-28", "2032-02-29"},
		{"第二十五条：2028-02-29 学术不端摘牌，五年后无 2 月 29 日：止于 2033-02-28，2033-03-01 起可重新申请", "lifecycle.25.delisting_ban",
			ev("2028-02-29", lifecycle.Misconduct, lifecycle.CitySTB), lifecycle.Options{}, "2033-02-28", "2033-03-01"},
		{"第二十五条：2027-02-28 安全生产事故摘牌，止于 2032-02-28（不延至 2 月 29 日）", "lifecycle.25.delisting_ban",
			ev("2027-02-28", lifecycle.Accident, lifecycle.CitySTB), lifecycle.Options{}, "2032-02-28", "2032-02-29"},
		{"第二十五条：2028-02-29 已备案平台弄虚作假清退，三年内不得重新申请：止于 2031-02-28", "lifecycle.25.fraud_ban",
			ev("2028-02-29", lifecycle.Fraud, lifecycle.CitySTB), lifecycle.Options{}, "2031-02-28", "2031-03-01"},
		{"第二十五条：2023-10-01 认定弄虚作假，最后一日 2026-10-01 为国庆假日，选项顺延亦不顺延：2026-10-02 起可申请", "lifecycle.25.fraud_ban",
			orgEvent("2023-10-01", lifecycle.Fraud), lifecycle.Options{RollDeadlines: true}, "2026-10-01", "2026-10-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := filed(tt.event)
			if tt.event.Platform == "" {
				h = lifecycle.History{Organisation: org, Events: []lifecycle.Event{tt.event}}
			}
			st, err := lifecycle.Replay(h, tt.event.Date, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Bans) != 1 || st.Bans[0].LastDay != d(tt.lastDay) || st.Bans[0].From != tt.event.Date {
				t.Fatalf("bans = %+v, want from %v to %s (%s)", st.Bans, tt.event.Date, tt.lastDay, tt.rule)
			}
			last, first := d(tt.lastDay), d(tt.firstDay)
			for _, c := range []struct {
				on  platform.Date
				may bool
			}{{tt.event.Date.AddDays(-1), true}, {tt.event.Date, false}, {last, false}, {first, true}} {
				p := st.MayApply(c.on, platform.KeyLaboratory)
				if p.May != c.may {
					t.Errorf("MayApply(%v) = %v, want %v (%s)", c.on, p.May, c.may, tt.rule)
				}
				if !c.may && (p.Until != last || p.From != first) {
					t.Errorf("MayApply(%v) until %v from %v, want %s, %s", c.on, p.Until, p.From, tt.lastDay, tt.firstDay)
				}
			}
		})
	}
}

func TestRectificationAcrossALeapDay(t *testing.T) {
	// A 较差 result on 2028-02-29: one year from it ends on 2029-02-28 (no 2月29日 in 2029).
	poor := graded("2028-02-29", platform.Poor, 1)
	opened := func(deadline, exception string) lifecycle.Event {
		e := ev("2028-03-10", lifecycle.RectificationOpened, lifecycle.CitySTB)
		e.Deadline, e.Exception = d(deadline), exception
		return e
	}
	tests := []struct {
		name     string
		rule     string
		events   []lifecycle.Event
		asOf     string
		kind     platform.Kind
		deadline string
		overdue  bool
		outcome  platform.Outcome // of the last event's finding
	}{
		{"第二十四条：默认整改期限止于 2029-02-28，当日未逾期", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor}, "2029-02-28", 0, "2029-02-28", false, platform.Fail},
		{"第二十四条：2029-03-01 仍无整改检查：逾期", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor}, "2029-03-01", 0, "2029-02-28", true, platform.Fail},
		{"第二十四条：限期定为 2029-02-28（恰为一年）：可以", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor, opened("2029-02-28", "")}, "2028-12-31", 0, "2029-02-28", false, platform.Pass},
		{"第二十四条：限期定为 2029-03-01（超过一年一日）且无例外理由：拒绝", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor, opened("2029-03-01", "")}, "2028-12-31", platform.ErrRange, "", false, 0},
		{"第二十四条：限期定为 2029-03-01 并记录例外理由：接受，结论为需评审", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor, opened("2029-03-01", "设备采购周期")}, "2028-12-31", 0, "2029-03-01", false, platform.Review},
		{"第二十四条：整改检查在期限届满后通过：恢复运行，不再逾期", "lifecycle.24.recheck",
			[]lifecycle.Event{poor, ev("2029-03-05", lifecycle.RecheckPassed, lifecycle.CitySTB)}, "2029-12-31", 0, "2029-02-28", false, platform.Pass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(tt.events...), d(tt.asOf), lifecycle.Options{})
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("Replay = %v, want %v (%s)", err, tt.kind, tt.rule)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			p, _ := st.Platform(lab)
			rc := p.Rectification
			if rc == nil || rc.Deadline != d(tt.deadline) || rc.Overdue != tt.overdue {
				t.Fatalf("rectification = %+v, want deadline %s overdue %v (%s)", rc, tt.deadline, tt.overdue, tt.rule)
			}
			if f := st.Entries[len(st.Entries)-1].Finding; f.Outcome != tt.outcome {
				t.Errorf("last finding = %v, want %v", f.Outcome, tt.outcome)
			}
			overdue := false
			for _, f := range st.Findings {
				overdue = overdue || (f.Rule != nil && f.Rule.ID == "lifecycle.24.rectification_deadline" && f.Outcome == platform.Fail)
			}
			if overdue != tt.overdue {
				t.Errorf("overdue finding = %v, want %v", overdue, tt.overdue)
			}
		})
	}
}

func TestRolledRectificationLimit(t *testing.T) {
	// A 较差 result on 2025-10-01: one year ends on 2026-10-01, in the National Day holiday
	// (2026-10-01 to 10-07). With RollDeadlines (《民法典》第二百零三条) the limit itself moves
	// to 2026-10-08, so a deadline set on that day is within 原则上不超过一年.
	opened := func(deadline string) lifecycle.Event {
		e := ev("2025-10-10", lifecycle.RectificationOpened, lifecycle.CitySTB)
		e.Deadline = d(deadline)
		return e
	}
	tests := []struct {
		name     string
		rule     string
		opts     lifecycle.Options
		deadline string
		kind     platform.Kind
	}{
		{"第二十四条（选项顺延）：限期定为顺延后的 2026-10-08：可以", "lifecycle.24.rectification_deadline",
			lifecycle.Options{RollDeadlines: true}, "2026-10-08", 0},
		{"第二十四条（选项顺延）：限期定为 2026-10-09：超过一年且无例外理由，拒绝", "lifecycle.24.rectification_deadline",
			lifecycle.Options{RollDeadlines: true}, "2026-10-09", platform.ErrRange},
		{"第二十四条（默认不顺延）：限期定为 2026-10-08：超过一年且无例外理由，拒绝", "lifecycle.24.rectification_deadline",
			lifecycle.Options{}, "2026-10-08", platform.ErrRange},
		{"第二十四条（默认不顺延）：限期定为 2026-10-01：可以", "lifecycle.24.rectification_deadline",
			lifecycle.Options{}, "2026-10-01", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := filed(graded("2025-10-01", platform.Poor, 1), opened(tt.deadline))
			st, err := lifecycle.Replay(h, d("2025-12-31"), tt.opts)
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("Replay = %v, want %v (%s)", err, tt.kind, tt.rule)
				}
				return
			}
			if err != nil {
				t.Fatalf("Replay: %v (%s)", err, tt.rule)
			}
			p, _ := st.Platform(lab)
			if p.Rectification == nil || p.Rectification.Deadline != d(tt.deadline) {
				t.Errorf("rectification = %+v, want deadline %s", p.Rectification, tt.deadline)
			}
			if f := st.Entries[len(st.Entries)-1].Finding; f.Outcome != platform.Pass {
				t.Errorf("finding = %v, want pass", f.Outcome)
			}
		})
	}
}

func TestAnnualReportsOutOfYearOrder(t *testing.T) {
	// rule: lifecycle.20.annual_report — a report for an earlier year may come after a later
	// year's: each year keeps its own status; the 2026 report twice is a duplicate.
	h := filed(report("2027-11-01", 2027), report("2027-12-10", 2026))
	st, err := lifecycle.Replay(h, d("2027-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Platform(lab)
	want := []struct {
		year   int
		status lifecycle.ReportStatus
		sub    string
	}{{2025, lifecycle.ReportOverdue, ""}, {2026, lifecycle.ReportLate, "2027-12-10"}, {2027, lifecycle.ReportSubmitted, "2027-11-01"}}
	if len(p.Reports) != len(want) {
		t.Fatalf("reports = %+v, want 2025–2027 (第二十条)", p.Reports)
	}
	for i, w := range want {
		r := p.Reports[i]
		var sub platform.Date
		if w.sub != "" {
			sub = d(w.sub)
		}
		if r.Year != w.year || r.Status != w.status || r.Submitted != sub {
			t.Errorf("report %d = %+v, want %d %v submitted %s (第二十条)", i, r, w.year, w.status, w.sub)
		}
	}
	if _, err := lifecycle.Replay(filed(report("2027-11-01", 2027), report("2027-12-10", 2026), report("2027-12-11", 2026)),
		d("2027-12-31"), lifecycle.Options{}); !errors.Is(err, platform.ErrDuplicate) {
		t.Errorf("2026 report twice = %v, want ErrDuplicate (第二十条)", err)
	}
}

func TestRolledReportDayInAYearTheCalendarDoesNotKnow(t *testing.T) {
	// With RollDeadlines, 2027's 11月30日 may roll, but the calendar holds no 2027 arrangement
	// (counted only provisionally, which a roll refuses).
	// Rolling only moves the day later: a report submitted by 11月30日 is on time and a report
	// not yet due on 11月30日 is upcoming whatever the arrangement; only a status that depends
	// on the arrangement is an error.
	roll := lifecycle.Options{RollDeadlines: true, Calendar: calendarUntil2026(t)}
	early := []lifecycle.Event{report("2025-11-01", 2025), report("2026-11-02", 2026)}
	tests := []struct {
		name    string
		rule    string
		more    []lifecycle.Event
		asOf    string
		kind    platform.Kind
		status  lifecycle.ReportStatus
		unknown bool
	}{
		{"第二十条（选项顺延）：截至 2027-06-30，2027 年报告尚未到期：待报，截止日是否顺延未知", "lifecycle.20.annual_report",
			nil, "2027-06-30", 0, lifecycle.ReportUpcoming, true},
		{"第二十条（选项顺延）：截至 2027-11-30 仍未报送：尚未逾期", "lifecycle.20.annual_report",
			nil, "2027-11-30", 0, lifecycle.ReportUpcoming, true},
		{"第二十条（选项顺延）：2027-11-30 报送：按时，无论是否顺延", "lifecycle.20.annual_report",
			[]lifecycle.Event{report("2027-11-30", 2027)}, "2027-12-31", 0, lifecycle.ReportSubmitted, true},
		{"第二十条（选项顺延）：截至 2027-12-01 仍未报送：是否逾期取决于未知安排，报错", "lifecycle.20.annual_report",
			nil, "2027-12-01", platform.ErrCalendar, 0, false},
		{"第二十条（选项顺延）：2027-12-01 报送：是否逾期取决于未知安排，报错", "lifecycle.20.annual_report",
			[]lifecycle.Event{report("2027-12-01", 2027)}, "2027-12-31", platform.ErrCalendar, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(append(early, tt.more...)...), d(tt.asOf), roll)
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("Replay = %v, want %v (%s)", err, tt.kind, tt.rule)
				}
				return
			}
			if err != nil {
				t.Fatalf("Replay: %v (%s)", err, tt.rule)
			}
			p, _ := st.Platform(lab)
			r := p.Reports[len(p.Reports)-1]
			if r.Year != 2027 || r.Status != tt.status || r.Due != d("2027-11-30") {
				t.Errorf("2027 report = %+v, want %v due 2027-11-30 (unrolled)", r, tt.status)
			}
			unknown := false
			for _, f := range st.Findings {
				unknown = unknown || (f.Rule != nil && f.Rule.ID == "lifecycle.20.annual_report" && f.Outcome == platform.Unknown)
			}
			if unknown != tt.unknown {
				t.Errorf("unknown-due finding = %v, want %v: %+v", unknown, tt.unknown, st.Findings)
			}
		})
	}
}

func TestRolledRectificationDeadlineInAYearTheCalendarDoesNotKnow(t *testing.T) {
	// With RollDeadlines, a 较差 result on 2026-04-10 has its one year end on 2027-04-10, in a
	// year whose arrangement the calendar does not hold. Rolling only moves the day later: before it the
	// rectification is open and not overdue (the deadline flagged Unknown); after it, whether it
	// is overdue depends on the unknown arrangement, which is an error.
	roll := lifecycle.Options{RollDeadlines: true, Calendar: calendarUntil2026(t)}
	reports := []lifecycle.Event{report("2025-11-01", 2025), report("2026-11-02", 2026)}
	poor := graded("2026-04-10", platform.Poor, 1)
	opened := func(deadline string) lifecycle.Event {
		e := ev("2026-04-20", lifecycle.RectificationOpened, lifecycle.CitySTB)
		e.Deadline = d(deadline)
		return e
	}
	tests := []struct {
		name     string
		rule     string
		events   []lifecycle.Event
		asOf     string
		kind     platform.Kind
		stage    lifecycle.Stage
		deadline string
		unknown  bool
	}{
		{"第二十四条（选项顺延）：截至 2026-12-31 整改中，期限 2027-04-10 是否顺延未知", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor}, "2026-12-31", 0, lifecycle.Rectifying, "2027-04-10", true},
		{"第二十四条（选项顺延）：截至 2027-04-10（期限最后一日）未逾期", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor}, "2027-04-10", 0, lifecycle.Rectifying, "2027-04-10", true},
		{"第二十四条（选项顺延）：截至 2027-04-11 无整改检查：是否逾期取决于未知安排，报错", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor}, "2027-04-11", platform.ErrCalendar, 0, "", false},
		{"第二十四条（选项顺延）：2027-03-01 整改检查通过：恢复运行", "lifecycle.24.recheck",
			[]lifecycle.Event{poor, ev("2027-03-01", lifecycle.RecheckPassed, lifecycle.CitySTB)}, "2027-06-30", 0, lifecycle.Filed, "2027-04-10", false},
		{"第二十四条（选项顺延）：限期定为 2027-04-10：可以，期限已确定", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor, opened("2027-04-10")}, "2026-12-31", 0, lifecycle.Rectifying, "2027-04-10", false},
		{"第二十四条（选项顺延）：限期定为 2027-04-12 且无例外理由：是否超过一年取决于未知安排，报错", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{poor, opened("2027-04-12")}, "2026-12-31", platform.ErrCalendar, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := append(append([]lifecycle.Event(nil), reports...), tt.events...)
			slices.SortStableFunc(evs, func(a, b lifecycle.Event) int { return a.Date.Compare(b.Date) })
			st, err := lifecycle.Replay(filed(evs...), d(tt.asOf), roll)
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("Replay = %v, want %v (%s)", err, tt.kind, tt.rule)
				}
				return
			}
			if err != nil {
				t.Fatalf("Replay: %v (%s)", err, tt.rule)
			}
			p, _ := st.Platform(lab)
			if p.Stage != tt.stage || p.Rectification == nil || p.Rectification.Deadline != d(tt.deadline) || p.Rectification.Overdue {
				t.Errorf("platform %v rectification %+v, want %v deadline %s, not overdue", p.Stage, p.Rectification, tt.stage, tt.deadline)
			}
			unknown := false
			for _, f := range st.Findings {
				unknown = unknown || (f.Rule != nil && f.Rule.ID == "lifecycle.24.rectification_deadline" && f.Outcome == platform.Unknown)
			}
			if unknown != tt.unknown {
				t.Errorf("unknown-deadline finding = %v, want %v", unknown, tt.unknown)
			}
		})
	}
}

func TestValuesOutsideTheirSetAreInvalidNotMissing(t *testing.T) {
	// A value that is given but is not one of the measures' is ErrInvalid; ErrMissing is for a
	// value not given at all.
	badType := apply("2025-01-06", lab, platform.Type(99))
	badAdj := adj("2026-03-01", lifecycle.AdjustmentReview, lifecycle.Committee, lifecycle.AdjustmentKind(9))
	tests := []struct {
		name string
		rule string
		h    lifecycle.History
		kind platform.Kind
	}{
		{"第二条：申请写了不存在的平台类型 99：无效", "lifecycle.13.2.application",
			lifecycle.History{Organisation: org, Events: []lifecycle.Event{badType}}, platform.ErrInvalid},
		{"第二十二条：评估结果写了不存在的等次 9：无效", "lifecycle.22.cycle", filed(graded("2028-04-10", platform.Grade(9), 1)), platform.ErrInvalid},
		{"第二十六条：调整种类 9 不存在：无效", "lifecycle.26.adjustment", filed(badAdj), platform.ErrInvalid},
		{"第六条：事件的行为主体 42 不存在：无效", "lifecycle.6.actors",
			lifecycle.History{Organisation: org, Events: []lifecycle.Event{ev("2025-01-06", lifecycle.Call, lifecycle.Actor(42))}}, platform.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lifecycle.Replay(tt.h, d("2028-12-31"), lifecycle.Options{})
			if !errors.Is(err, tt.kind) || errors.Is(err, platform.ErrMissing) {
				t.Errorf("Replay = %v, want %v only (%s)", err, tt.kind, tt.rule)
			}
		})
	}
}

func TestGradeWithoutCycleTakesTheNextUngradedCycle(t *testing.T) {
	// rule: lifecycle.22.cycle — cycle 0 on a Graded event means the cycle after the last one
	// graded: after cycle 1 (2028-04-10), a result on 2031-04-20 grades cycle 2 and creates
	// the cycle-2 award (第二十三条), not a second cycle-1 award.
	st, err := lifecycle.Replay(filed(graded("2028-04-10", platform.Good, 0), graded("2031-04-20", platform.Excellent, 0)),
		d("2031-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Platform(lab)
	if len(p.Grades) != 2 || p.Grades[0].Cycle != 1 || p.Grades[1].Cycle != 2 {
		t.Fatalf("grades = %+v, want cycles 1 and 2", p.Grades)
	}
	var cycles []int
	for _, a := range st.Awards {
		if a.Kind == lifecycle.CycleBenefit {
			cycles = append(cycles, a.Cycle)
		}
	}
	if len(cycles) != 2 || cycles[0] != 1 || cycles[1] != 2 {
		t.Errorf("cycle awards for cycles %v, want [1 2] (lifecycle.23.cycle_award)", cycles)
	}
}

func TestFilingAfterAnUnconfirmedNoticeIsUnknown(t *testing.T) {
	// The notice from 2025-08-18 spans 雪顿节, whose 2025 arrangement is not confirmed: its
	// 5th working day is 2025-08-25 if no festival holiday falls in it. A filing on 2025-08-26
	// may come before the notice has run its 5 working days, so the filing's finding is
	// Unknown, not Pass; with a confirmed window it is Pass.
	tests := []struct {
		name    string
		rule    string
		notice  string
		filing  string
		outcome platform.Outcome
	}{
		{"第十三条（五）：雪顿节安排未确认，2025-08-26 备案：公示期是否已满未知", "lifecycle.13.5.filing", "2025-08-18", "2025-08-26", platform.Unknown},
		{"第十三条（五）：公示期内无未确认安排，次日备案：符合", "lifecycle.13.5.filing", "2025-03-03", "2025-03-12", platform.Pass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filedOn(tt.notice, tt.filing), d(tt.filing), lifecycle.Options{})
			if err != nil {
				t.Fatal(err)
			}
			e := st.Entries[len(st.Entries)-1]
			if e.Kind != lifecycle.Filing || e.Finding.Outcome != tt.outcome {
				t.Errorf("filing entry = %v %v, want %v (%s)", e.Kind, e.Finding.Outcome, tt.outcome, tt.rule)
			}
			if p, _ := st.Platform(lab); p.Stage != lifecycle.Filed {
				t.Errorf("stage = %v, want filed", p.Stage)
			}
		})
	}
}
