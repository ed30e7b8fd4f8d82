package lifecycle

// What stands as of the as-of date: cycles, reports and rectifications due, and the validity
// window of 第二十九条.

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// addFinding appends f to the state's findings. The first sizes the slice for one finding a
// platform: the findings of finish are mostly reports overdue, a few a platform, and growing
// a slice of 168-byte findings from one element copies it seven times on the way to a hundred.
func (r *replayer) addFinding(f platform.Finding) {
	if r.st.Findings == nil {
		r.st.Findings = make([]platform.Finding, 0, max(len(r.st.Platforms), 4))
	}
	r.st.Findings = append(r.st.Findings, f)
}

// finish computes what is due as of the as-of date: cycles, annual reports, overdue
// rectifications, the validity window.
func (r *replayer) finish(evs []Event) error {
	asOf := r.st.AsOf
	for k := range r.st.Platforms {
		p, a := &r.st.Platforms[k], &r.aux[k]
		if p.Filed.IsZero() {
			continue
		}
		if p.Stage.Operating() {
			p.Cycle, p.CycleFrom, p.CycleTo = cycleAt(p.Filed, asOf, r.p.EvaluationCycle.Value)
		}
		end := asOf
		if !p.Ended.IsZero() {
			end = p.Ended
		}
		if n := end.Year() - a.firstYear + 1; n > 0 {
			p.Reports = make([]Report, 0, n)
		}
		for y := a.firstYear; y <= end.Year(); y++ {
			rep := Report{Year: y}
			if k := y - a.firstYear; k < len(a.submitted) {
				rep.Submitted = a.submitted[k]
			}
			if k := y - a.firstYear; k < len(a.forwarded) {
				rep.Forwarded = a.forwarded[k]
			}
			// came is the act the report day binds: the relying unit's report, or with
			// ReportDueAtBureau the forwarding to the 市科技局.
			came, rule, what := rep.Submitted, rAnnualReport, platform.Note{Zh: "年度工作总结报告逾期未报送：", En: "Annual report overdue: "}
			if r.opts.ReportDueAtBureau {
				came, rule, what = rep.Forwarded, rForwarded, platform.Note{Zh: "年度工作总结报告逾期未报市科技局：", En: "Annual report not forwarded to the city bureau by the report day: "}
			}
			due, err := r.dueDate(y)
			unrolled := err != nil
			if unrolled {
				// The calendar does not know whether the report day rolls. Rolling only moves
				// it later, so the status is known when the report came by the unrolled day,
				// or is not due by it on the as-of date or before the platform ended.
				due = r.unrolledDue(y)
				// A day after the known validity window stays after it when rolled: no report
				// is due then (第二十九条), whatever the arrangement.
				afterTerm := r.winKnown && due.After(r.win.To)
				if (came.IsZero() || came.After(due)) && asOf.After(due) && (p.Ended.IsZero() || due.Before(p.Ended)) && !afterTerm {
					return &platform.Error{Op: opReplay, Kind: platform.ErrCalendar, Field: "annual_report_due", Input: strconv.Itoa(y), Err: err}
				}
			}
			rep.Due = due
			switch {
			case !came.IsZero() && came.After(due):
				rep.Status = ReportLate
			case !came.IsZero():
				rep.Status = ReportSubmitted
			case !p.Ended.IsZero() && !due.Before(p.Ended):
				continue // not due while the platform was filed
			case r.outside(due):
				// 第二十九条: no report is due under the measures on a day they are not in
				// force (a known window only).
				continue
			case asOf.After(due):
				rep.Status = ReportOverdue
				ys := strconv.Itoa(y)
				f := finding(rule, platform.Fail, &platform.Note{
					Zh: what.Zh + p.ID + " " + ys + "年。",
					En: what.En + p.ID + " " + ys + "."})
				f.SetWanted(platform.DateVal(due))
				r.addFinding(f)
			default:
				rep.Status = ReportUpcoming
			}
			if unrolled {
				ys := strconv.Itoa(y)
				f := finding(rAnnualReport, platform.Unknown, &platform.Note{
					Zh: "日历未载明当年假日安排，报告截止日是否顺延未知：" + p.ID + " " + ys + "年。",
					En: "Whether the report day rolls is unknown (the calendar lacks that year's arrangement): " + p.ID + " " + ys + "."})
				f.SetWanted(platform.DateVal(due))
				r.addFinding(f)
			}
			p.Reports = append(p.Reports, rep)
		}
		if rc := p.Rectification; p.Stage == Rectifying && a.rectUnrolled {
			// Whether a rectification is overdue after its unrolled last day depends on the
			// arrangement the calendar lacks; before that day it is not overdue either way.
			if asOf.After(rc.Deadline) {
				_, err := r.env.roll(rc.Deadline)
				return &platform.Error{Op: opReplay, Kind: platform.ErrCalendar, Field: "rectification_deadline",
					Input: p.ID + " " + rc.Deadline.String(), Err: err}
			}
			f := finding(rRectification, platform.Unknown, &platform.Note{
				Zh: "日历未载明当年假日安排，整改期限是否顺延未知：" + p.ID + "。",
				En: "Whether the rectification deadline rolls is unknown (the calendar lacks that year's arrangement): " + p.ID + "."})
			f.SetWanted(platform.DateVal(rc.Deadline))
			r.addFinding(f)
		}
		if rc := p.Rectification; p.Stage == Rectifying && asOf.After(rc.Deadline) {
			rc.Overdue = true
			f := finding(rRectification, platform.Fail, &platform.Note{
				Zh: "整改期限届满未记录整改检查：" + p.ID + "。本办法未规定其后果。",
				En: "Rectification deadline passed with no re-check recorded: " + p.ID + ". The measures do not say what follows."})
			f.SetWanted(platform.DateVal(rc.Deadline))
			r.addFinding(f)
		}
	}
	r.validity(evs)
	// Empty lists marshal as [], not null, so the JSON has one shape.
	if r.st.Platforms == nil {
		r.st.Platforms = []Platform{}
	}
	if r.st.Awards == nil {
		r.st.Awards = []Award{}
	}
	if r.st.Bans == nil {
		r.st.Bans = []Ban{}
	}
	if r.st.Blacklist == nil {
		r.st.Blacklist = []Listing{}
	}
	if r.st.Findings == nil {
		r.st.Findings = []platform.Finding{}
	}
	return nil
}

// validity checks the events against the edition's window.
//
// 第二十九条：本办法自发布之日起施行，期限 5 年。
func (r *replayer) validity(evs []Event) {
	ed := r.st.Edition
	w, known := ed.Validity()
	if !known {
		r.st.Validity = Validity{Outcome: platform.Unknown}
		r.st.Findings = append(r.st.Findings, finding(rValidity, platform.Unknown, &noteValidityUnknown))
		return
	}
	v := Validity{Outcome: platform.Pass, Window: &w}
	for i, ev := range evs {
		if !w.Contains(ev.Date) {
			v.Outcome = platform.Fail
			v.Outside = append(v.Outside, i)
			f := finding(rValidity, platform.Fail, &noteOutsideValidity)
			f.SetFound(platform.DateVal(ev.Date))
			r.addFinding(f)
		}
	}
	r.st.Validity = v
}

var (
	noteValidityUnknown = platform.Note{Zh: "发布日期未知，无法判断事件是否在有效期内。",
		En: "The publication date is unknown, so whether the events fall within the validity window is unknown."}
	noteOutsideValidity = platform.Note{Zh: "事件不在本办法有效期内。", En: "The event falls outside the measures' validity window."}
)
