package lifecycle

// The annual work report of 第二十条: its due day and whether each year's report came on time.

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// dueDate is the last day a year's annual report is on time.
func (r *replayer) dueDate(y int) (platform.Date, error) {
	k := y - 1900
	if k >= 0 && k < len(r.dues) && !r.dues[k].IsZero() {
		return r.dues[k], nil
	}
	d, err := r.computeDue(y)
	if err == nil && k >= 0 && k < len(r.dues) {
		r.dues[k] = d
	}
	return d, err
}

func (r *replayer) computeDue(y int) (platform.Date, error) {
	d := r.unrolledDue(y)
	if r.opts.RollDeadlines {
		return r.env.roll(d)
	}
	return d, nil
}

// unrolledDue is the last on-time day of year y's report before any rolling: 11月30日, or
// 11月29日 with ReportDayExcluded. Rolling only ever moves it later.
func (r *replayer) unrolledDue(y int) platform.Date {
	d := r.dueIn(y)
	if r.opts.ReportDayExcluded {
		d = d.AddDays(-1)
	}
	return d
}

// firstReportYear is the first year a platform filed on filed reports for: the year of
// filing, or the next year when it was filed after that year's report day (第二十条).
func (r *replayer) firstReportYear(filed platform.Date) int {
	y := filed.Year()
	if filed.After(r.dueIn(y).AddDays(-boolInt(r.opts.ReportDayExcluded))) {
		y++
	}
	return y
}

// dueIn is the report day of year y, without the readings of Options.
func (r *replayer) dueIn(y int) platform.Date { return r.due2000.AddMonths(12 * (y - 2000)) }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// report records a year's annual report and whether it was on time.
//
// 第二十条：市级科技创新平台依托单位应于每年 11 月 30 日前撰写年度工作总结报告，经主管部门审核后报市科技局。
func (r *replayer) report(i int, ev *Event) error {
	_, a, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	y := ev.Year
	if y == 0 {
		y = ev.Date.Year()
	}
	if first := a.firstYear; y < first || y > ev.Date.Year() {
		return eventErr(i, ev, platform.ErrRange, platform.Art(20), 0,
			"report for "+strconv.Itoa(y)+": reports are due from "+strconv.Itoa(first)+" and not for a later year than the report's date")
	}
	k := y - a.firstYear
	if k < len(a.submitted) && !a.submitted[k].IsZero() {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(20), 0, "report for "+strconv.Itoa(y)+" already submitted")
	}
	if a.submitted == nil {
		// A platform reports once a year: room for a decade before the slice grows.
		a.submitted = make([]platform.Date, 0, 10)
	}
	for len(a.submitted) <= k {
		a.submitted = append(a.submitted, platform.Date{})
	}
	a.submitted[k] = ev.Date
	return r.dated(i, ev, y, rAnnualReport, &noteLate)
}

// dated records the finding of a report's act on the report day of year y: on time, or
// late with note.
func (r *replayer) dated(i int, ev *Event, y, rule int, note *platform.Note) error {
	due, err := r.dueDate(y)
	if err != nil {
		// The calendar does not know whether the report day rolls; an act done by the
		// unrolled day is on time whatever the arrangement.
		if due = r.unrolledDue(y); ev.Date.After(due) {
			return causeErr(i, ev, platform.ErrCalendar, platform.Art(20), err)
		}
	}
	f := finding(rule, platform.Pass, nil)
	f.SetWanted(platform.DateVal(due))
	f.SetFound(platform.DateVal(ev.Date))
	if ev.Date.After(due) {
		f.Outcome = platform.Fail
		f.Note = note
	}
	r.record(i, ev, f)
	return nil
}

var (
	noteLate          = platform.Note{Zh: "逾期报送。", En: "Submitted late."}
	noteForwardedLate = platform.Note{Zh: "逾期报市科技局。", En: "Forwarded to the city bureau late."}
	noteForwarded     = platform.Note{Zh: "经主管部门审核后报市科技局（11月30日约束依托单位的报告，报送本身不另设期限）。",
		En: "Reviewed and forwarded to the city bureau by the supervising body (30 November binds the relying unit's report; the forwarding has no day of its own)."}
)

// forwarded records the supervising body's forwarding of a year's report to the 市科技局
// after its review. The relying unit's report for that year must come first. By default the
// report day binds the relying unit's report only; with Options.ReportDueAtBureau the
// forwarding is on time or late against it as well.
//
// 第二十条：……依托单位应于每年 11 月 30 日前撰写年度工作总结报告，经主管部门审核后报市科技局。
func (r *replayer) forwarded(i int, ev *Event) error {
	_, a, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	y := ev.Year
	if y == 0 {
		y = ev.Date.Year()
	}
	k := y - a.firstYear
	if k < 0 || k >= len(a.submitted) || a.submitted[k].IsZero() {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(20), AnnualReport,
			"forwarded before the relying unit's report for "+strconv.Itoa(y))
	}
	if k < len(a.forwarded) && !a.forwarded[k].IsZero() {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(20), 0, "report for "+strconv.Itoa(y)+" already forwarded")
	}
	for len(a.forwarded) <= k {
		a.forwarded = append(a.forwarded, platform.Date{})
	}
	a.forwarded[k] = ev.Date
	if r.opts.ReportDueAtBureau {
		return r.dated(i, ev, y, rForwarded, &noteForwardedLate)
	}
	f := finding(rForwarded, platform.Pass, &noteForwarded)
	f.SetFound(platform.DateVal(ev.Date))
	r.record(i, ev, f)
	return nil
}
