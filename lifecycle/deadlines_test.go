package lifecycle_test

import (
	"errors"
	"github.com/lhasa-sti/platform/subsidy"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// filedOn returns lab's procedure with the notice starting on notice and the filing on filing.
func filedOn(notice, filing string, more ...lifecycle.Event) lifecycle.History {
	steps := filingSteps()
	steps[6].Date, steps[7].Date = d(notice), d(filing)
	for i := 1; i < 6; i++ {
		steps[i].Date = d(notice).AddDays(i - 6)
	}
	steps[0].Date = steps[1].Date
	return with(steps, more...)
}

func TestAnnualReport(t *testing.T) {
	tests := []struct {
		name   string
		rule   string
		h      lifecycle.History
		asOf   string
		opts   lifecycle.Options
		first  int // first report year
		due    string
		status lifecycle.ReportStatus
	}{
		{"11月30日备案：当年即须报告，截止当日", "lifecycle.20.annual_report", filedOn("2025-11-20", "2025-11-30"), "2025-11-30", lifecycle.Options{},
			2025, "2025-11-30", lifecycle.ReportUpcoming},
		{"12月1日备案：次年起报告", "lifecycle.20.annual_report", filedOn("2025-11-20", "2025-12-01"), "2026-01-31", lifecycle.Options{},
			2026, "2026-11-30", lifecycle.ReportUpcoming},
		{"选项（不含11月30日）：11月30日备案次年起报告，截止11月29日", "lifecycle.20.annual_report", filedOn("2025-11-20", "2025-11-30"), "2026-01-31",
			lifecycle.Options{ReportDayExcluded: true}, 2026, "2026-11-29", lifecycle.ReportUpcoming},
		{"选项（不含11月30日）：11月29日备案当年报告", "lifecycle.20.annual_report", filedOn("2025-11-19", "2025-11-29"), "2025-11-29",
			lifecycle.Options{ReportDayExcluded: true}, 2025, "2025-11-29", lifecycle.ReportUpcoming},
		{"11月30日报送：按时", "lifecycle.20.annual_report", filed(report("2025-11-30", 2025)), "2025-12-31", lifecycle.Options{},
			2025, "2025-11-30", lifecycle.ReportSubmitted},
		{"11月29日报送：按时", "lifecycle.20.annual_report", filed(report("2025-11-29", 0)), "2025-12-31", lifecycle.Options{},
			2025, "2025-11-30", lifecycle.ReportSubmitted},
		{"12月1日报送：逾期报送", "lifecycle.20.annual_report", filed(report("2025-12-01", 2025)), "2025-12-31", lifecycle.Options{},
			2025, "2025-11-30", lifecycle.ReportLate},
		{"选项（不含11月30日）：11月30日报送为逾期", "lifecycle.20.annual_report", filed(report("2025-11-30", 2025)), "2025-12-31",
			lifecycle.Options{ReportDayExcluded: true}, 2025, "2025-11-29", lifecycle.ReportLate},
		{"截至11月30日未报送：尚未逾期", "lifecycle.20.annual_report", filed(), "2025-11-30", lifecycle.Options{},
			2025, "2025-11-30", lifecycle.ReportUpcoming},
		{"截至12月1日未报送：逾期未报", "lifecycle.20.annual_report", filed(), "2025-12-01", lifecycle.Options{},
			2025, "2025-11-30", lifecycle.ReportOverdue},
		{"选项（顺延）：2025-11-30 为星期日，顺延至 2025-12-01", "lifecycle.20.annual_report", filed(report("2025-12-01", 2025)), "2025-12-31",
			lifecycle.Options{RollDeadlines: true}, 2025, "2025-12-01", lifecycle.ReportSubmitted},
		{"选项（顺延）：2026-11-30 为星期一，不顺延", "lifecycle.20.annual_report", filedOn("2026-03-02", "2026-03-16"), "2026-12-31",
			lifecycle.Options{RollDeadlines: true}, 2026, "2026-11-30", lifecycle.ReportOverdue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(tt.h, d(tt.asOf), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			p, _ := st.Platform(lab)
			if len(p.Reports) == 0 {
				t.Fatalf("no report due, want %d (第二十条)", tt.first)
			}
			r := p.Reports[0]
			if r.Year != tt.first || r.Due != d(tt.due) || r.Status != tt.status {
				t.Errorf("first report = %d due %v %v, want %d due %s %v (%s)", r.Year, r.Due, r.Status, tt.first, tt.due, tt.status, tt.rule)
			}
			overdue := false
			for _, f := range st.Findings {
				overdue = overdue || (f.Rule != nil && f.Rule.ID == "lifecycle.20.annual_report" && f.Outcome == platform.Fail)
			}
			if overdue != (tt.status == lifecycle.ReportOverdue) {
				t.Errorf("overdue finding = %v, want %v", overdue, tt.status == lifecycle.ReportOverdue)
			}
		})
	}
}

func TestAnnualReportErrors(t *testing.T) {
	tests := []struct {
		name string
		rule string
		h    lifecycle.History
		kind platform.Kind
	}{
		{"备案前年度的报告：超出范围", "lifecycle.20.annual_report", filed(report("2025-04-01", 2024)), platform.ErrRange},
		{"为将来年度报告：超出范围", "lifecycle.20.annual_report", filed(report("2025-04-01", 2026)), platform.ErrRange},
		{"同一年度报告两次：重复", "lifecycle.20.annual_report", filed(report("2025-10-01", 2025), report("2025-10-02", 2025)), platform.ErrDuplicate},
		{"未备案即报告：缺备案", "lifecycle.20.annual_report", with(filingSteps()[:3], report("2025-01-20", 2025)), platform.ErrOrder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := lifecycle.Replay(tt.h, d("2025-12-31"), lifecycle.Options{}); !errors.Is(err, tt.kind) {
				t.Errorf("Replay = %v, want %v (第二十条)", err, tt.kind)
			}
		})
	}
}

func TestRemovedPlatformOwesNoLaterReport(t *testing.T) {
	// rule: lifecycle.20.annual_report — removed on 2026-05-06, the 2026 report (due 11-30) is not owed.
	st, err := lifecycle.Replay(filed(report("2025-11-01", 2025), ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB)), d("2027-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, _ := st.Platform(lab)
	if len(p.Reports) != 1 || p.Reports[0].Year != 2025 || p.Cycle != 0 {
		t.Errorf("reports = %+v cycle %d, want only 2025 and no cycle", p.Reports, p.Cycle)
	}
}

func TestCycles(t *testing.T) {
	two := lifecycle.DefaultParameters()
	two.EvaluationCycle.Value = platform.Years(2)
	tests := []struct {
		name  string
		rule  string
		asOf  string
		p     *lifecycle.Parameters
		cycle int
		from  string
		to    string
	}{
		{"备案当日为第一周期首日", "lifecycle.22.cycle", "2025-03-12", nil, 1, "2025-03-12", "2028-03-12"},
		{"三年届满之日仍在第一周期", "lifecycle.22.cycle", "2028-03-12", nil, 1, "2025-03-12", "2028-03-12"},
		{"次日进入第二周期", "lifecycle.22.cycle", "2028-03-13", nil, 2, "2028-03-13", "2031-03-12"},
		{"第十个周期", "lifecycle.22.cycle", "2052-06-01", nil, 10, "2052-03-13", "2055-03-12"},
		{"周期长度为参数：两年", "lifecycle.22.cycle", "2027-03-13", &two, 2, "2027-03-13", "2029-03-12"},
		{"两年周期的最后一日", "lifecycle.22.cycle", "2027-03-12", &two, 1, "2025-03-12", "2027-03-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(), d(tt.asOf), lifecycle.Options{Parameters: tt.p})
			if err != nil {
				t.Fatal(err)
			}
			p, _ := st.Platform(lab)
			if p.Cycle != tt.cycle || p.CycleFrom != d(tt.from) || p.CycleTo != d(tt.to) {
				t.Errorf("cycle = %d %v..%v, want %d %s..%s (第二十二条)", p.Cycle, p.CycleFrom, p.CycleTo, tt.cycle, tt.from, tt.to)
			}
		})
	}
}

func TestGrades(t *testing.T) {
	tests := []struct {
		name   string
		rule   string
		events []lifecycle.Event
		kind   platform.Kind
		awards int
	}{
		{"第一周期合格：进入下一周期，无周期奖励", "lifecycle.24.next_cycle", []lifecycle.Event{graded("2028-04-10", platform.Qualified, 1)}, 0, 1},
		{"未写周期：取下一个未评周期", "lifecycle.23.cycle_award", []lifecycle.Event{graded("2028-04-10", platform.Good, 0)}, 0, 2},
		{"周期未开始即评：拒绝", "lifecycle.22.cycle", []lifecycle.Event{graded("2028-03-12", platform.Good, 2)}, platform.ErrOrder, 0},
		{"第一周期内即评第一周期：可以", "lifecycle.22.cycle", []lifecycle.Event{graded("2028-03-12", platform.Good, 1)}, 0, 2},
		{"同一周期评两次：重复", "lifecycle.23.cycle_award", []lifecycle.Event{graded("2028-04-10", platform.Good, 1), graded("2028-05-10", platform.Excellent, 1)}, platform.ErrDuplicate, 0},
		{"未写等次：缺失", "lifecycle.22.cycle", []lifecycle.Event{graded("2028-04-10", 0, 1)}, platform.ErrMissing, 0},
		{"整改中又评较差：状态不允许", "lifecycle.24.rectification_deadline",
			[]lifecycle.Event{graded("2028-04-10", platform.Poor, 1), graded("2031-04-10", platform.Poor, 2)}, platform.ErrState, 0},
		{"周期号为负：拒绝", "lifecycle.22.cycle", []lifecycle.Event{graded("2028-04-10", platform.Good, -1)}, platform.ErrOrder, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(tt.events...), d("2031-12-31"), lifecycle.Options{})
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Errorf("Replay = %v, want %v (%s)", err, tt.kind, tt.rule)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Awards) != tt.awards {
				t.Errorf("awards = %+v, want %d (%s)", st.Awards, tt.awards, tt.rule)
			}
		})
	}
}

func TestUpgrades(t *testing.T) {
	up := func(date string, l platform.Level) lifecycle.Event {
		e := ev(date, lifecycle.UpgradeRecognised, lifecycle.CitySTB)
		e.Level = l
		return e
	}
	tests := []struct {
		name   string
		rule   string
		opts   lifecycle.Options
		events []lifecycle.Event
		kind   platform.Kind
		last   string // amount of the last award in 元
	}{
		{"市级升国家级：200 万元", "lifecycle.17.upgrade_reward", lifecycle.Options{}, []lifecycle.Event{up("2026-01-01", platform.National)}, 0, "2000000.00"},
		{"自治区级再升国家级：默认全额 200 万元", "lifecycle.17.upgrade_reward", lifecycle.Options{},
			[]lifecycle.Event{up("2026-01-01", platform.Regional), up("2027-01-01", platform.National)}, 0, "2000000.00"},
		{"subsidy 选项补差：150 万元", "lifecycle.17.upgrade_reward", lifecycle.Options{Subsidy: subsidyTopUp()},
			[]lifecycle.Event{up("2026-01-01", platform.Regional), up("2027-01-01", platform.National)}, 0, "1500000.00"},
		{"再次认定为同一级别：不重复奖励", "lifecycle.17.upgrade_reward", lifecycle.Options{},
			[]lifecycle.Event{up("2026-01-01", platform.Regional), up("2027-01-01", platform.Regional)}, platform.ErrDuplicate, ""},
		{"国家级降为自治区级：不是提档升级", "lifecycle.17.upgrade_reward", lifecycle.Options{},
			[]lifecycle.Event{up("2026-01-01", platform.National), up("2027-01-01", platform.Regional)}, platform.ErrRange, ""},
		{"认定为市级：不是提档升级", "lifecycle.17.upgrade_reward", lifecycle.Options{}, []lifecycle.Event{up("2026-01-01", platform.City)}, platform.ErrRange, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(tt.events...), d("2027-12-31"), tt.opts)
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Errorf("Replay = %v, want %v (第十六、十七条)", err, tt.kind)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			a := st.Awards[len(st.Awards)-1]
			if a.Kind != lifecycle.UpgradeBenefit || a.Amount.YuanString() != tt.last || a.Cite.String() != "第十七条" {
				t.Errorf("last award = %+v, want upgrade %s (第十七条)", a, tt.last)
			}
		})
	}
}

func TestRectification(t *testing.T) {
	poor := graded("2028-04-10", platform.Poor, 1)
	opened := func(deadline, exception string) lifecycle.Event {
		e := ev("2028-04-20", lifecycle.RectificationOpened, lifecycle.CitySTB)
		if deadline != "" {
			e.Deadline = d(deadline)
		}
		e.Exception = exception
		return e
	}
	tests := []struct {
		name     string
		rule     string
		events   []lifecycle.Event
		asOf     string
		opts     lifecycle.Options
		kind     platform.Kind
		deadline string
		overdue  bool
	}{
		{"较差：整改期限默认一年，止于 2029-04-10", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor}, "2029-04-10", lifecycle.Options{}, 0, "2029-04-10", false},
		{"期限届满次日未记录整改检查：逾期，后果未规定", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor}, "2029-04-11", lifecycle.Options{}, 0, "2029-04-10", true},
		{"选项（顺延）：2029 年国务院安排未公布，整改期限无法按日历顺延：报错", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor}, "2029-04-11",
			lifecycle.Options{RollDeadlines: true}, platform.ErrCalendar, "", false},
		{"限期恰为一年：可以", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor, opened("2029-04-10", "")}, "2028-12-31", lifecycle.Options{}, 0, "2029-04-10", false},
		{"限期短于一年：可以", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor, opened("2028-10-10", "")}, "2028-12-31", lifecycle.Options{}, 0, "2028-10-10", true},
		{"限期超过一年一日且无例外理由：拒绝", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor, opened("2029-04-11", "")}, "2028-12-31", lifecycle.Options{}, platform.ErrRange, "", false},
		{"限期超过一年并记录例外理由：接受（需评审见 TestRectificationAcrossALeapDay）", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor, opened("2029-10-10", "重大设备更新")}, "2029-06-30", lifecycle.Options{}, 0, "2029-10-10", false},
		{"限期不晚于结果日：拒绝", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor, opened("2028-04-10", "")}, "2028-12-31", lifecycle.Options{}, platform.ErrRange, "", false},
		{"未写限期：缺失", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor, opened("", "")}, "2028-12-31", lifecycle.Options{}, platform.ErrMissing, "", false},
		{"两次设定限期：重复", "lifecycle.24.rectification_deadline", []lifecycle.Event{poor, opened("2029-01-10", ""), func() lifecycle.Event {
			e := opened("2029-02-10", "")
			e.Date = d("2028-04-21")
			return e
		}()}, "2028-12-31", lifecycle.Options{}, platform.ErrDuplicate, "", false},
		{"无较差结果而限期整改：缺评估结果", "lifecycle.24.rectification_deadline", []lifecycle.Event{opened("2029-01-10", "")}, "2028-12-31", lifecycle.Options{}, platform.ErrOrder, "", false},
		{"无整改而整改检查：缺评估结果", "lifecycle.24.recheck", []lifecycle.Event{ev("2028-04-20", lifecycle.RecheckPassed, lifecycle.CitySTB)}, "2028-12-31", lifecycle.Options{}, platform.ErrOrder, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(tt.events...), d(tt.asOf), tt.opts)
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Errorf("Replay = %v, want %v (第二十四条)", err, tt.kind)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			p, _ := st.Platform(lab)
			rc := p.Rectification
			if rc == nil || rc.Deadline != d(tt.deadline) || rc.Overdue != tt.overdue || p.Stage != lifecycle.Rectifying {
				t.Fatalf("rectification = %+v (%v), want deadline %s overdue %v (第二十四条)", rc, p.Stage, tt.deadline, tt.overdue)
			}
		})
	}
}

func TestNoDoubleBenefit(t *testing.T) {
	elsewhere := subsidy.Ledger{Entries: []subsidy.Entry{{PlatformID: lab, Benefit: subsidy.Filed(), Amount: platform.WanYuan(20),
		Source: subsidy.OtherDocument("拉萨市某扶持办法", d("2024-01-01"))}}}
	up := ev("2026-01-01", lifecycle.UpgradeRecognised, lifecycle.CitySTB)
	up.Level = platform.Regional
	tests := []struct {
		name    string
		rule    string
		ledger  *subsidy.Ledger
		payable []string
	}{
		{"无已领取记录：全额", "lifecycle.28.no_double_benefit", nil, []string{"500000.00", "500000.00", "600000.00"}},
		{"其他文件已领 20 万元备案资助：只付差额 30 万元", "lifecycle.28.no_double_benefit", &elsewhere, []string{"300000.00", "500000.00", "600000.00"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(up, graded("2028-04-10", platform.Good, 1)), d("2028-12-31"), lifecycle.Options{Received: tt.ledger})
			if err != nil {
				t.Fatal(err)
			}
			for i, a := range st.Awards {
				if a.Payable.YuanString() != tt.payable[i] {
					t.Errorf("award %d %v payable %s, want %s (第二十八条)", i, a.Kind, a.Payable.YuanString(), tt.payable[i])
				}
			}
		})
	}
	bad := subsidy.Ledger{Entries: []subsidy.Entry{{Benefit: subsidy.Filed()}}}
	if _, err := lifecycle.Replay(filed(), d("2025-12-31"), lifecycle.Options{Received: &bad}); !errors.Is(err, platform.ErrInvalid) {
		t.Errorf("Replay with a bad ledger = %v, want ErrInvalid", err)
	}
	badSchedule := subsidy.Schedule{}
	if _, err := lifecycle.Replay(filed(), d("2025-12-31"), lifecycle.Options{Schedule: &badSchedule}); !errors.Is(err, platform.ErrInvalid) {
		t.Errorf("Replay with an empty schedule = %v, want ErrInvalid", err)
	}
	s := subsidy.DefaultSchedule()
	if _, err := lifecycle.Replay(filed(), d("2025-12-31"), lifecycle.Options{Schedule: &s}); err != nil {
		t.Errorf("Replay with the default schedule: %v", err)
	}
}

func TestUpgradeLevel(t *testing.T) {
	up := func(date string, l platform.Level) lifecycle.Event {
		e := ev(date, lifecycle.UpgradeRecognised, lifecycle.CitySTB)
		e.Level = l
		return e
	}
	tests := []struct {
		name   string
		rule   string
		events []lifecycle.Event
		level  platform.Level
		found  string // the level the last 第十六条 finding records
		kind   platform.Kind
	}{
		{"认定为自治区级：平台升为自治区级", "lifecycle.16.upgrade_level", []lifecycle.Event{up("2026-01-01", platform.Regional)}, platform.Regional, "自治区级", 0},
		{"认定为国家级：平台升为国家级", "lifecycle.16.upgrade_level", []lifecycle.Event{up("2026-01-01", platform.National)}, platform.National, "国家级", 0},
		{"先自治区级再国家级：逐级升为国家级", "lifecycle.16.upgrade_level",
			[]lifecycle.Event{up("2026-01-01", platform.Regional), up("2027-01-01", platform.National)}, platform.National, "国家级", 0},
		{"国家级后认定自治区级：不是提档升级", "lifecycle.16.upgrade_level",
			[]lifecycle.Event{up("2026-01-01", platform.National), up("2027-01-01", platform.Regional)}, 0, "", platform.ErrRange},
		{"认定为市级：不是提档升级", "lifecycle.16.upgrade_level", []lifecycle.Event{up("2026-01-01", platform.City)}, 0, "", platform.ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(tt.events...), d("2027-12-31"), lifecycle.Options{})
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Errorf("Replay = %v, want %v (%s, 第十六条)", err, tt.kind, tt.rule)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := st.Platforms[0].Level; got != tt.level {
				t.Errorf("level = %v, want %v (%s, 第十六条)", got, tt.level, tt.rule)
			}
			found := ""
			for _, e := range st.Entries {
				if e.Finding.Rule != nil && e.Finding.Rule.ID == tt.rule {
					found = e.Finding.Found.Chinese()
					if c := e.Finding.Cite().String(); c != "第十六条" {
						t.Errorf("citation = %q, want 第十六条", c)
					}
				}
			}
			if found != tt.found {
				t.Errorf("last %s finding found %q, want %q (第十六条)", tt.rule, found, tt.found)
			}
		})
	}
}
