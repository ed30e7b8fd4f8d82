package lifecycle_test

import (
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// calendarUntil2026 is the default calendar without 2027: a calendar that does not hold the
// year's national arrangement, for the tests of what a roll into such a year leaves unknown.
func calendarUntil2026(t *testing.T) *calendar.Calendar {
	t.Helper()
	def := calendar.Default()
	var ys []calendar.YearData
	for _, y := range []int{2023, 2024, 2025, 2026} {
		yd, ok := def.Year(y)
		require.True(t, ok)
		ys = append(ys, yd)
	}
	c, err := calendar.New(ys...)
	require.NoError(t, err)
	return &c
}

// TestNoticeAcrossTheTurnOfTheYear proves that Replay counts a 公示 across 2027, naming the
// transcription the count used, and into 2028, flagged as counted provisionally.
func TestNoticeAcrossTheTurnOfTheYear(t *testing.T) {
	tests := []struct {
		name        string
		start       string
		opts        lifecycle.Options
		last        string
		transcribed bool
		unconfirmed string
	}{
		{name: "第十三条（五）：2026-12-28 起公示，止于 2027-01-05，注明 2027 年安排取自 lunar-go 转录",
			start: "2026-12-28", last: "2027-01-05", transcribed: true},
		{name: "第十三条（五）：2027-02-03 起公示，跨过春节 2027，止于 2027-02-17，藏历新年 2027 未确认",
			start: "2027-02-03", last: "2027-02-17", transcribed: true, unconfirmed: "2027年藏历新年放假安排未确认"},
		{name: "第十三条（五）：2028-01-20 起公示，暂按法定节日计算，止于 2028-02-02，标记 2028 年未确认",
			start: "2028-01-20", last: "2028-02-02", unconfirmed: "2028年全国年节放假安排未知"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps := filingSteps()[:7]
			for i := range steps {
				steps[i].Date = d(tt.start).AddDays(i - 6)
			}
			st, err := lifecycle.Replay(with(steps), d(tt.start), tt.opts)
			require.NoError(t, err)
			p, _ := st.Platform(lab)
			require.NotNil(t, p.Notice)
			assert.Equal(t, d(tt.last), p.Notice.LastDay)
			f := st.Entries[len(st.Entries)-1].Finding
			if tt.transcribed {
				require.Len(t, p.Notice.Transcribed, 1)
				assert.Contains(t, p.Notice.Transcribed[0], "lunar-go v1.4.7")
				require.NotNil(t, f.Note)
				assert.Contains(t, f.Note.Zh, "2027年全国年节放假安排取自github.com/6tail/lunar-go v1.4.7")
				assert.Contains(t, f.Note.En, "The 2027 national holidays arrangement is as transcribed by github.com/6tail/lunar-go v1.4.7")
			} else {
				assert.Empty(t, p.Notice.Transcribed)
			}
			if tt.unconfirmed != "" {
				assert.Equal(t, platform.Unknown, f.Outcome)
				assert.True(t, strings.HasPrefix(p.Notice.Unconfirmed[0], tt.unconfirmed), p.Notice.Unconfirmed)
			} else {
				assert.Equal(t, platform.Pass, f.Outcome)
				assert.Empty(t, p.Notice.Unconfirmed)
			}
		})
	}
}

// TestRollIntoAProvisionalYear proves that a deadline rolled into a year counted only
// provisionally stays unknown in Replay: the 2028 report day (11-30, a Thursday) is not
// rolled on a guess, while the 2027 one rolls on the transcribed arrangement.
func TestRollIntoAProvisionalYear(t *testing.T) {
	roll := lifecycle.Options{RollDeadlines: true}
	st, err := lifecycle.Replay(filed(report("2025-11-01", 2025), report("2026-11-02", 2026), report("2027-11-02", 2027)),
		d("2028-06-30"), roll)
	require.NoError(t, err)
	p, _ := st.Platform(lab)
	r := p.Reports[len(p.Reports)-1]
	assert.Equal(t, 2028, r.Year)
	assert.Equal(t, lifecycle.ReportUpcoming, r.Status)
	unknown := false
	for _, f := range st.Findings {
		unknown = unknown || (f.Rule != nil && f.Rule.ID == "lifecycle.20.annual_report" && f.Outcome == platform.Unknown)
	}
	assert.True(t, unknown, "the 2028 report day is flagged: whether it rolls is unknown")
	_, err = lifecycle.Replay(filed(report("2025-11-01", 2025), report("2026-11-02", 2026), report("2027-11-02", 2027)),
		d("2028-12-01"), roll)
	assert.ErrorIs(t, err, platform.ErrCalendar)
	assert.ErrorIs(t, err, calendar.ErrUnconfirmed)
}
