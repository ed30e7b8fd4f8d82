package calendar_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDefaultIsShared proves what Default's doc promises: the calendar every call returns is
// shared, and nothing a caller is given of it reaches back into it (a finding's Rule and Note
// are read-only by platform.Finding's contract, and are left alone here). Each row takes something
// from the default calendar, scribbles over every slice and pointer it holds, and the default
// calendar must still answer as before (its JSON, its fingerprint and a count across 2027).
func TestDefaultIsShared(t *testing.T) {
	// The snapshot reads what the scribbles reach for: the years, the fingerprint, a count
	// across 2027 and the status of days inside the windows of 雪顿节 2027 and 藏历新年 2024
	// (Unconfirmed) and of 2027 (Transcribed).
	snapshot := func() (string, string, string) {
		c := calendar.Default()
		b, err := json.Marshal(c)
		require.NoError(t, err)
		r, err := c.AddWorkingDays(md("2026-12-28"), 5, calendar.Options{})
		require.NoError(t, err)
		rb, err := json.Marshal(r)
		require.NoError(t, err)
		out := string(rb)
		for _, s := range []string{"2027-02-08", "2027-08-02", "2024-02-10"} {
			_, st, err := c.IsWorkingDay(md(s))
			require.NoError(t, err)
			sb, err := json.Marshal(st)
			require.NoError(t, err)
			out += "\n" + string(sb)
		}
		return string(b), c.Fingerprint(), out
	}
	wantJSON, wantFP, wantCount := snapshot()
	rows := []struct {
		name     string
		scribble func(t *testing.T, c calendar.Calendar)
	}{
		{"Year gives a copy: holidays, working days, window and transcription", func(t *testing.T, c calendar.Calendar) {
			for _, year := range c.Years() {
				y, ok := c.Year(year)
				require.True(t, ok)
				for _, a := range []*calendar.Arrangement{&y.National, &y.TibetanNewYear, &y.Shoton} {
					for i := range a.Holidays {
						a.Holidays[i].Name = "x"
					}
					for i := range a.WorkDays {
						a.WorkDays[i] = platform.Date{}
					}
					if a.Window != nil {
						a.Window.From = platform.Date{}
					}
					if a.Transcription != nil {
						a.Transcription.By = "x"
					}
				}
			}
		}},
		{"IsWorkingDay gives a copy of the transcriptions of 2027 and of the windows", func(t *testing.T, c calendar.Calendar) {
			for _, s := range []string{"2027-02-08", "2027-08-02", "2024-02-10"} {
				_, st, err := c.IsWorkingDay(md(s))
				require.NoError(t, err)
				for i := range st.Transcribed {
					st.Transcribed[i].By = "x"
				}
				for i := range st.Unconfirmed {
					st.Unconfirmed[i].Window = platform.Window{}
					st.Unconfirmed[i].Year = 0
				}
				st.Unconfirmed = st.Unconfirmed[:0]
			}
		}},
		{"a count's days, notes and transcriptions are its own", func(t *testing.T, c calendar.Calendar) {
			r, err := c.AddWorkingDays(md("2026-12-28"), 30, calendar.Options{})
			require.NoError(t, err)
			for i := range r.Days {
				r.Days[i] = platform.Date{}
			}
			for i := range r.Transcribed {
				r.Transcribed[i].By = "x"
			}
			for i := range r.Unconfirmed {
				r.Unconfirmed[i].Assumed = nil
			}
		}},
		{"a roll's notes and transcriptions are its own", func(t *testing.T, c calendar.Calendar) {
			r, err := c.Roll(md("2027-02-06"), calendar.Options{})
			require.NoError(t, err)
			for i := range r.Transcribed {
				r.Transcribed[i].By = "x"
			}
		}},
		{"decoding into a copy of the default replaces the copy only", func(t *testing.T, c calendar.Calendar) {
			require.NoError(t, json.Unmarshal([]byte(`{"years":[]}`), &c))
			assert.Empty(t, c.Years())
		}},
		{"WithYear builds another calendar", func(t *testing.T, c calendar.Calendar) {
			y, ok := c.Year(2026)
			require.True(t, ok)
			y.Year = 2030
			y.National.Holidays = nil
			y.National.WorkDays = nil
			_, _ = c.WithYear(y)
		}},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			row.scribble(t, calendar.Default())
			gotJSON, gotFP, gotCount := snapshot()
			assert.Equal(t, wantJSON, gotJSON)
			assert.Equal(t, wantFP, gotFP)
			assert.Equal(t, wantCount, gotCount)
		})
	}
}
