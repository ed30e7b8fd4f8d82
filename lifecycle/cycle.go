package lifecycle

// Evaluation cycles and their results (第二十二、二十三条) and what 第二十四条 makes of them:
// the next cycle, rectification, the re-check, absence and withdrawal.

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

func mulSpan(s platform.Span, n int) platform.Span {
	return platform.Span{Years: s.Years * n, Months: s.Months * n, Days: s.Days * n}
}

// cycleAt returns the number of the evaluation cycle in progress on d for a platform filed
// on filed (cycle 1 runs from the filing day to the last day of the first period), and the
// cycle's first and last days.
func cycleAt(filed, d platform.Date, s platform.Span) (n int, from, to platform.Date) {
	if d.Before(filed) {
		return 0, platform.Date{}, platform.Date{}
	}
	approx := s.Years*365 + s.Months*30 + s.Days
	if approx < 1 {
		approx = 1
	}
	n = filed.DaysUntil(d)/approx + 1
	for n > 1 && !d.After(platform.LastDay(filed, mulSpan(s, n-1))) {
		n--
	}
	for d.After(platform.LastDay(filed, mulSpan(s, n))) {
		n++
	}
	from = filed
	if n > 1 {
		from = platform.LastDay(filed, mulSpan(s, n-1)).AddDays(1)
	}
	return n, from, platform.LastDay(filed, mulSpan(s, n))
}

// graded records a cycle's result: 优秀、良好 create the cycle award; 合格 goes on; 较差 opens
// a rectification with a deadline of one year from the result. A result outside the known
// validity window of 第二十九条 is recorded with neither award nor rectification.
//
// 第二十二条：绩效评估一般以三年为一个周期，评估结果分为优秀、良好、合格、较差四类。
// 第二十四条：……绩效评估结果为优秀、良好和合格的市级科技创新平台可进入下一轮建设运行周期，绩效评估结果
// 较差的市级科技创新平台应限期整改，整改期限原则上不超过一年。
func (r *replayer) graded(i int, ev *Event) error {
	p, _, err := r.evaluated(i, ev)
	if err != nil {
		return err
	}
	if !ev.Grade.Valid() {
		return eventErr(i, ev, missingOr(ev.Grade == 0), platform.Art(22), 0, "no grade of the measures")
	}
	c := ev.Cycle
	if c == 0 {
		for _, g := range p.Grades {
			c = max(c, g.Cycle)
		}
		c++
	}
	now, _, _ := cycleAt(p.Filed, ev.Date, r.p.EvaluationCycle.Value)
	if c < 1 || c > now {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(22), 0,
			"cycle "+strconv.Itoa(c)+" has not begun (cycle "+strconv.Itoa(now)+" in progress)")
	}
	for _, g := range p.Grades {
		if g.Cycle == c {
			return eventErr(i, ev, platform.ErrDuplicate, platform.Art(22), 0, "cycle "+strconv.Itoa(c)+" already graded")
		}
	}
	if ev.Grade == platform.Poor && p.Stage == Rectifying {
		return eventErr(i, ev, platform.ErrState, platform.Art(24), RecheckPassed, "a rectification is already open")
	}
	p.Grades = append(p.Grades, Grading{Cycle: c, Grade: ev.Grade, Date: ev.Date, Event: i})
	switch ev.Grade {
	case platform.Excellent, platform.Good:
		f := finding(rCycleAward, platform.Pass, &noteCycleAward)
		f.SetFound(platform.Text(ev.Grade.Chinese()))
		r.record(i, ev, f)
		return r.award(i, ev, p, Award{Kind: CycleBenefit, Level: p.Level, Grade: ev.Grade, Cycle: c, Cite: platform.Art(23)})
	case platform.Qualified:
		f := finding(rNextCycle, platform.Pass, &noteNextCycle)
		f.SetFound(platform.Text(ev.Grade.Chinese()))
		r.record(i, ev, f)
		return nil
	}
	if r.outside(ev.Date) {
		// 第二十九条: 限期整改 is a consequence of 第二十四条, and none rests on a result
		// outside the measures' validity window.
		r.noConsequence(i, ev)
		return nil
	}
	deadline, unrolled := r.rectLimit(ev.Date)
	p.Stage = Rectifying
	p.Rectification = &Rectification{Cycle: c, Opened: ev.Date, Deadline: deadline}
	a := &r.aux[r.idx[p.ID]]
	a.rectSet, a.rectUnrolled = false, unrolled
	f := finding(rRectification, platform.Fail, &noteRectificationOrdered)
	f.SetFound(platform.Text(ev.Grade.Chinese()))
	f.SetWanted(platform.DateVal(deadline))
	r.record(i, ev, f)
	return nil
}

var (
	noteCycleAward = platform.Note{Zh: "可进入下一轮建设运行周期，并给予周期奖励扶持。",
		En: "Goes on to the next cycle, with the cycle award."}
	noteNextCycle            = platform.Note{Zh: "可进入下一轮建设运行周期。", En: "Goes on to the next cycle."}
	noteRectificationOrdered = platform.Note{Zh: "评估结果较差：限期整改。", En: "Poor result: rectification ordered."}
)

// rectLimit is the last day of the rectification limit (原则上不超过一年) counted from d:
// rolled past a holiday with RollDeadlines, or, in a year the calendar does not know, the
// unrolled day with unrolled set (finish and rectification report what depends on it).
func (r *replayer) rectLimit(d platform.Date) (deadline platform.Date, unrolled bool) {
	deadline = platform.LastDay(d, r.p.RectificationMax.Value)
	if r.opts.RollDeadlines {
		if rolled, err := r.env.roll(deadline); err == nil {
			return rolled, false
		}
		return deadline, true
	}
	return deadline, false
}

// rectification records the deadline set for a rectification; one beyond the limit needs a
// recorded exception (原则上). With Options.RollDeadlines the limit rolls past a holiday as
// the default deadline does (《民法典》第二百零三条).
//
// 第二十四条：……绩效评估结果较差的市级科技创新平台应限期整改，整改期限原则上不超过一年。
func (r *replayer) rectification(i int, ev *Event) error {
	p, a, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if p.Stage != Rectifying {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(24), Graded, "no poor result opened a rectification")
	}
	if a.rectSet {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(24), 0, "rectification deadline already set")
	}
	rc := p.Rectification
	if ev.Deadline.IsZero() {
		return eventErr(i, ev, platform.ErrMissing, platform.Art(24), 0, "no deadline")
	}
	order := ev.OrderDate
	switch {
	case order.IsZero():
	case order.Before(rc.Opened):
		return eventErr(i, ev, platform.ErrOrder, platform.Art(24), 0, "rectification ordered on "+order.String()+", before the result "+rc.Opened.String())
	case order.After(ev.Date):
		return eventErr(i, ev, platform.ErrOrder, platform.Art(24), 0, "rectification ordered on "+order.String()+", after the event recording it")
	}
	if !ev.Deadline.After(rc.Opened) || !ev.Deadline.After(order) {
		return eventErr(i, ev, platform.ErrRange, platform.Art(24), 0, "deadline "+ev.Deadline.String()+" is not after the result and the order")
	}
	// Until a deadline is set, rc.Deadline is the limit itself: one year from the result, its
	// last day rolled past a holiday with RollDeadlines (graded sets it). With an order date
	// the limit counts from the order, unless RectificationFromResult.
	limit, unrolled := rc.Deadline, a.rectUnrolled
	if !order.IsZero() && !r.opts.RectificationFromResult {
		limit, unrolled = r.rectLimit(order)
	}
	f := finding(rRectification, platform.Pass, nil)
	if !order.IsZero() && !r.opts.RectificationFromResult {
		f.Note = &noteFromOrder
	}
	f.SetWanted(platform.DateVal(limit))
	f.SetFound(platform.DateVal(ev.Deadline))
	if ev.Deadline.After(limit) {
		if ev.Exception == "" && unrolled {
			_, cause := r.env.roll(limit)
			return wrapErr(i, ev, platform.ErrCalendar, platform.Art(24), 0,
				"whether deadline "+ev.Deadline.String()+" exceeds one year depends on the holiday arrangement of "+strconv.Itoa(limit.Year())+", which the calendar does not know", cause)
		}
		if ev.Exception == "" {
			return eventErr(i, ev, platform.ErrRange, platform.Art(24), 0,
				"deadline "+ev.Deadline.String()+" exceeds one year ("+limit.String()+") without a recorded exception")
		}
		f.Outcome = platform.Review
		f.Note = &platform.Note{Zh: "整改期限超过一年，已记录例外理由：" + ev.Exception, En: "Deadline beyond one year; recorded exception: " + ev.Exception}
	}
	a.rectSet, a.rectUnrolled = true, false
	rc.Deadline, rc.Exception, rc.Ordered = ev.Deadline, ev.Exception, order
	r.record(i, ev, f)
	return nil
}

var noteFromOrder = platform.Note{Zh: "整改期限自整改通知之日起算，未超过一年。",
	En: "The limit counts from the rectification order; the deadline is within one year of it."}

// recheck closes a rectification: passed → back in operation; failed → removed and banned.
//
// 第二十四条：……整改检查未通过的不再列入市级科技创新平台备案序列，三年内不得再次申请市级科技创新平台。
func (r *replayer) recheck(i int, ev *Event) error {
	p, _, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if p.Stage != Rectifying {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(24), Graded, "no rectification is open")
	}
	rc := p.Rectification
	rc.Closed = ev.Date
	if ev.Kind == RecheckPassed {
		rc.Passed = true
		p.Stage = Filed
		r.record(i, ev, finding(rRecheck, platform.Pass, &noteRecheckPassed))
		return nil
	}
	if r.outside(ev.Date) {
		rc.Closed = platform.Date{}
		r.noConsequence(i, ev)
		return nil
	}
	return r.ban(i, ev, p, Removed, rRemoval, "removal", r.p.RemovalBan, &noteRecheckFailed)
}

var (
	noteRecheckPassed = platform.Note{Zh: "整改检查通过：恢复运行。", En: "Re-check passed: back in operation."}
	noteRecheckFailed = platform.Note{Zh: "整改检查未通过：不再列入市级科技创新平台备案序列。",
		En: "Re-check failed: removed from the city filing list."}
)

// evaluationAbsence removes and bans a platform absent without cause or withdrawn midway.
// By default withdrawal suffices on its own; Options.WithdrawalNeedsNoCause reads 无故 into it.
//
// 第二十四条：……无故不参加评估或中途退出评估、整改检查未通过的不再列入市级科技创新平台备案序列，三年内
// 不得再次申请市级科技创新平台。
func (r *replayer) evaluationAbsence(i int, ev *Event) error {
	p, _, err := r.evaluated(i, ev)
	if err != nil {
		return err
	}
	if ev.WithCause && (ev.Kind == NoShow || r.opts.WithdrawalNeedsNoCause) {
		r.record(i, ev, finding(rRemoval, platform.Pass, &noteAbsenceWithCause))
		return nil
	}
	if r.outside(ev.Date) {
		r.noConsequence(i, ev)
		return nil
	}
	note := &noteNoShow
	if ev.Kind == Withdrawal {
		note = &noteWithdrawal
	}
	return r.ban(i, ev, p, Removed, rRemoval, "removal", r.p.RemovalBan, note)
}

var (
	noteAbsenceWithCause = platform.Note{Zh: "有正当理由：不适用第二十四条的处理。",
		En: "With cause: the consequence of Art. 24 does not apply."}
	noteNoShow = platform.Note{Zh: "无故不参加评估：不再列入市级科技创新平台备案序列。",
		En: "No-show without cause: removed from the city filing list."}
	noteWithdrawal = platform.Note{Zh: "中途退出评估：不再列入市级科技创新平台备案序列。",
		En: "Withdrew midway: removed from the city filing list."}
)
