package lifecycle_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
)

func TestNoticeWorkingDays(t *testing.T) {
	tests := []struct {
		name        string
		rule        string
		start       string
		opts        lifecycle.Options
		last        string
		unconfirmed bool
		kind        platform.Kind
	}{
		{"普通一周：2025-03-05（周三）起，首日不计，止于 2025-03-12", "lifecycle.13.5.notice_working_days", "2025-03-05", lifecycle.Options{}, "2025-03-12", false, 0},
		{"选项：首日计入，止于 2025-03-11", "lifecycle.13.5.notice_working_days", "2025-03-05",
			lifecycle.Options{WorkingDays: calendar.Options{StartDayCounts: true}}, "2025-03-11", false, 0},
		{"跨国庆中秋 2025：09-28（周日）调休上班计入，10-01至10-08放假，止于 2025-10-10", "lifecycle.13.5.notice_working_days", "2025-09-26", lifecycle.Options{}, "2025-10-10", false, 0},
		{"跨春节 2025：01-26（周日）调休上班计入，01-28至02-04放假，止于 2025-02-07", "lifecycle.13.5.notice_working_days", "2025-01-24", lifecycle.Options{}, "2025-02-07", false, 0},
		{"跨春节与藏历新年 2026：02-15至02-26放假，02-14、02-28（周六）上班，止于 2026-03-02", "lifecycle.13.5.notice_working_days", "2026-02-12", lifecycle.Options{}, "2026-03-02", false, 0},
		{"调休上班的周六 2024-10-12 计入：止于 2024-10-14", "lifecycle.13.5.notice_working_days", "2024-10-08", lifecycle.Options{}, "2024-10-14", false, 0},
		{"藏历新年 2025（02-27至03-04）：止于 2025-03-11", "lifecycle.13.5.notice_working_days", "2025-03-03", lifecycle.Options{}, "2025-03-11", false, 0},
		{"雪顿节 2025 安排未确认：结果标记未确认", "lifecycle.13.5.notice_working_days", "2025-08-18", lifecycle.Options{}, "2025-08-25", true, 0},
		{"严格选项：雪顿节未确认即报错", "lifecycle.13.5.notice_working_days", "2025-08-18",
			lifecycle.Options{WorkingDays: calendar.Options{Strict: true}}, "", false, platform.ErrCalendar},
		{"跨 2027 年元旦（按 lunar-go 转录的 2027 年安排）：2026-12-28 起，止于 2027-01-05", "lifecycle.13.5.notice_working_days", "2026-12-28", lifecycle.Options{}, "2027-01-05", false, 0},
		{"2028 年国务院安排未公布：按法定节日暂计（元旦周六补假 01-03），止于 2028-01-05，标记未确认", "lifecycle.13.5.notice_working_days", "2027-12-28", lifecycle.Options{}, "2028-01-05", true, 0},
		{"严格选项：2028 年暂计即报错", "lifecycle.13.5.notice_working_days", "2028-03-01",
			lifecycle.Options{WorkingDays: calendar.Options{Strict: true}}, "", false, platform.ErrCalendar},
		{"2101 年超出暂计规则：报错", "lifecycle.13.5.notice_working_days", "2100-12-29", lifecycle.Options{}, "", false, platform.ErrCalendar},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps := filingSteps()[:7]
			for i := range steps {
				steps[i].Date = d(tt.start).AddDays(i - 6)
			}
			st, err := lifecycle.Replay(with(steps), d(tt.start), tt.opts)
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) {
					t.Fatalf("Replay = %v, want %v (第十三条（五）)", err, tt.kind)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			p, _ := st.Platform(lab)
			if p.Notice == nil || p.Notice.LastDay != d(tt.last) {
				t.Fatalf("notice = %+v, want last day %s (第十三条（五）)", p.Notice, tt.last)
			}
			if got := len(p.Notice.Unconfirmed) > 0; got != tt.unconfirmed {
				t.Errorf("unconfirmed = %v, want %v", p.Notice.Unconfirmed, tt.unconfirmed)
			}
			f := st.Entries[len(st.Entries)-1].Finding
			if want := map[bool]platform.Outcome{false: platform.Pass, true: platform.Unknown}[tt.unconfirmed]; f.Outcome != want {
				t.Errorf("notice finding = %v, want %v", f.Outcome, want)
			}
		})
	}
}

func TestOperatorCalendar(t *testing.T) {
	// rule: lifecycle.13.5.notice_working_days — a caller-supplied calendar that knows no year
	// makes every count an error rather than a guess.
	empty := calendar.Calendar{}
	_, err := lifecycle.Replay(with(filingSteps()), d("2025-12-31"), lifecycle.Options{Calendar: &empty})
	if !errors.Is(err, platform.ErrCalendar) {
		t.Errorf("Replay with an empty calendar = %v, want ErrCalendar", err)
	}
	def := calendar.Default()
	if _, err := lifecycle.Replay(with(filingSteps()), d("2025-12-31"), lifecycle.Options{Calendar: &def}); err != nil {
		t.Errorf("Replay with the default calendar: %v", err)
	}
}
