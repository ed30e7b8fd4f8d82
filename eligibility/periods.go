package eligibility

import "github.com/lhasa-sti/platform"

// metFrom returns the first date a duration condition of the rule, counted from since,
// is met; ok is false when that date lies beyond the last supported date (9999-12-31),
// where the root's date arithmetic clamps, so the condition is never met.
func (r *run) metFrom(n *norm, since platform.Date) (first platform.Date, ok bool) {
	if int64(since.Year())+n.v > 9999 {
		return platform.Date{}, false
	}
	// platform.FirstDayMet, with the last day computed once: the day after the period's
	// last day, or with MetOnLastDay the last day itself.
	last := platform.LastDay(since, platform.Years(int(n.v)))
	first = last
	if !r.opts.MetOnLastDay {
		if first = last.AddDays(1); !first.After(last) {
			return platform.Date{}, false
		}
	}
	if !n.bound.Inclusive() {
		next := first.AddDays(1)
		if !next.After(first) {
			return platform.Date{}, false
		}
		first = next
	}
	return first, true
}

// duration checks a duration condition (持续运营不低于2年, 运营满2年, 已正常运行1年以上)
// counted from since to the application date.
func (r *run) duration(i ruleIndex, since platform.Date) {
	n := &r.c.norm[i]
	f := r.push(i)
	f.want = wYears
	if since.IsZero() {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	f.SetFoundDate(since)
	first, ok := r.metFrom(n, since)
	switch {
	case !ok:
		f.Outcome, f.Note = platform.Fail, &noteBeyond
	case r.app.Date.Before(first):
		f.Outcome = platform.Fail
		f.SetShortfallDate(first)
	default:
		f.Outcome = platform.Pass
	}
	r.done(i, f)
}

// operating checks a condition of a run that goes on (持续运营不低于2年, 运营满2年,
// 已正常运行1年以上): while it runs, a duration counted from since to the application date.
// A run that stopped before the application date (until before it) is not running, whatever
// it lasted, so it fails: the found value is the day it stopped and the note says so, with
// no shortfall date, since no later application meets it. One that stops on or after the
// application date is running on it.
func (r *run) operating(i ruleIndex, since, until platform.Date) {
	if until.IsZero() || !until.Before(r.app.Date) {
		r.duration(i, since)
		return
	}
	f := r.push(i)
	f.want = wYears
	f.Outcome, f.Note = platform.Fail, &noteStoppedOperating
	if i == rFRunning {
		f.Note = &noteStoppedRunning
	}
	f.SetFoundDate(until)
	r.done(i, f)
}

// series checks "具有连续N年以上的…数据": a series still being recorded is a duration counted
// to the application date; one that ended before it (until before the application date)
// counts when it lasted, its last day reaching the period's last day, since the clause asks
// that the data exist, not that observation go on. A series that ended short fails; its
// shortfall is the days it lacked.
func (r *run) series(i ruleIndex, since, until platform.Date) {
	if until.IsZero() || !until.Before(r.app.Date) {
		r.duration(i, since)
		return
	}
	n := &r.c.norm[i]
	f := r.push(i)
	f.want = wYears
	if since.IsZero() {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	f.SetFoundDate(since)
	need := platform.LastDay(since, platform.Years(int(n.v)))
	if !n.bound.Inclusive() {
		need = need.AddDays(1)
	}
	switch {
	case int64(since.Year())+n.v > 9999:
		f.Outcome, f.Note = platform.Fail, &noteSeriesEnded
	case !until.Before(need):
		f.Outcome, f.Note = platform.Pass, &noteSeriesLasted
	default:
		f.Outcome, f.Note = platform.Fail, &noteSeriesEnded
		f.SetShortfallCount(int64(until.DaysUntil(need)), platform.DayUnit)
	}
	r.done(i, f)
}

// integrity checks "申报前N年无失信和学术不端行为": an incident dated within the look-back
// fails; the shortfall is the first application date whose look-back no longer holds it.
func (r *run) integrity(i ruleIndex) {
	n := &r.c.norm[i]
	f := r.push(i)
	incidents, ok := r.app.Applicant.Integrity.Get()
	if !ok {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	span := platform.Years(int(n.look))
	w := platform.LookBack(r.app.Date, span, r.opts.Counting)
	var latest platform.Date
	unknown := false
	for k := range incidents {
		d := incidents[k].Date
		switch {
		case d.IsZero():
			unknown = true
		case w.Contains(d) && d.After(latest):
			latest = d
		}
	}
	switch {
	case !latest.IsZero():
		a := latest.AddYears(int(n.look)).AddDays(-3)
		binds := func(a platform.Date) bool {
			return platform.LookBack(a, span, r.opts.Counting).Contains(latest) || !a.After(r.app.Date)
		}
		for k := 0; k < 8 && binds(a); k++ {
			a = a.AddDays(1)
		}
		f.Outcome = platform.Fail
		f.SetFoundDate(latest)
		if binds(a) { // only after 9999-12-31, where dates clamp
			f.Note = &noteBeyond
		} else {
			f.SetShortfallDate(a)
		}
	case unknown:
		f.Outcome = platform.Unknown
		f.Note = &noteIncidentUndated
	default:
		f.Outcome = platform.Pass
	}
	r.done(i, f)
}

// window returns the look-back of rule i before the application date.
func (r *run) window(i ruleIndex) platform.Window {
	return platform.LookBack(r.app.Date, platform.Years(int(r.c.norm[i].look)), r.opts.Counting)
}

// recent returns the window of 近三年来: by default the look-back of rule i, with
// Options.RecentCalendarYears the whole calendar years before the year of application.
func (r *run) recent(i ruleIndex) platform.Window {
	if !r.opts.RecentCalendarYears {
		return r.window(i)
	}
	y := r.app.Date.Year()
	to, err := platform.NewDate(y-1, 12, 31)
	if err != nil {
		return platform.Window{} // an application in year 1: no earlier year
	}
	from, err := platform.NewDate(y-int(r.c.norm[i].look), 1, 1)
	if err != nil {
		from = platform.MustDate(1, 1, 1)
	}
	return platform.Window{From: from, To: to}
}
