package lifecycle

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// aux is replay bookkeeping for one platform, kept out of the State.
type aux struct {
	named      bool
	objections int
	rectSet    bool
	// rectUnrolled marks a default rectification deadline the calendar could not roll (its
	// year's arrangement unknown): the day before rolling, which rolling can only move later.
	rectUnrolled bool
	// steps done of the adjustment chain in progress, per kind, and its index in Adjustments.
	done    [maxAdjustment + 1]int
	pending [maxAdjustment + 1]int
	// submitted[y-firstYear] is the day the report for year y was submitted (zero: not yet).
	submitted []platform.Date
	// firstYear is the first year the platform reports for (第二十条).
	firstYear int
}

type replayer struct {
	// due2000 is the report day in the leap year 2000; a year's report day is the
	// corresponding day (第二百零二条: 2月29日 → 2月28日 in a common year).
	due2000 platform.Date
	// dues caches the report day (with the readings of Options) of the years 1900–2155.
	dues [256]platform.Date
	opts Options
	p    Parameters
	st   State
	aux  []aux
	idx  map[string]int
	env  *env
}

// Replay replays an organisation's history up to and including asOf and returns the state as
// of that day. Events after asOf are checked for form and order but not replayed.
//
// Bad input is an error and no state: an unknown kind, a missing date, dates out of order,
// an actor the measures do not give the step to (ErrActor, citing the clause), a step out of
// order (ErrOrder, naming the missing step), an event repeated (ErrDuplicate), an event for a
// platform that is no longer filed (ErrState), an application made while a ban of 第二十四、
// 二十五条 binds it (ErrState, citing the ban's article). Each error is a *platform.Error whose cause
// is an [*EventError] naming the event by position and date.
func Replay(h History, asOf platform.Date, opts Options) (State, error) {
	var probs platform.Problems
	if asOf.IsZero() {
		probs.Addf(opReplay, platform.ErrMissing, "as_of", "")
	}
	if h.Organisation.IsZero() {
		probs.Addf(opReplay, platform.ErrMissing, "organisation", "")
	}
	p := opts.params()
	if err := p.Validate(); err != nil {
		probs.Add(&platform.Error{Op: opReplay, Kind: platform.ErrInvalid, Field: "options.parameters", Err: err})
	}
	env, err := newEnv(opts)
	probs.Add(err)
	checkEvents(h.Events, &probs)
	if probs.Len() > 0 {
		return State{}, probs.Err()
	}
	fp := defaultFingerprint
	if opts.Parameters != nil {
		var err error
		if fp, err = platform.Fingerprint(p); err != nil {
			return State{}, err
		}
	}
	r := replayer{opts: opts, p: p, idx: make(map[string]int, 8), env: &env, due2000: p.AnnualReportDue.dueIn(2000)}
	r.st = State{
		Organisation: h.Organisation, AsOf: asOf, Options: opts,
		Edition: opts.edition().WithFingerprint(fp),
	}
	n, apps, awards := 0, 0, 0
	for n < len(h.Events) && !h.Events[n].Date.After(asOf) {
		switch h.Events[n].Kind {
		case Application:
			apps++
		case Filing, Graded, UpgradeRecognised:
			awards++
		}
		n++
	}
	r.st.Entries = make([]Entry, 0, n)
	r.st.Platforms = make([]Platform, 0, apps)
	r.aux = make([]aux, 0, apps)
	r.st.Awards = make([]Award, 0, awards)
	for i := 0; i < n; i++ {
		if err := r.apply(i, h.Events[i]); err != nil {
			return State{}, err
		}
	}
	if err := r.finish(h.Events[:n]); err != nil {
		return State{}, err
	}
	return r.st, nil
}

// checkEvents checks each event's form: date, kind, actor, platform, date order, repetition.
func checkEvents(evs []Event, probs *platform.Problems) {
	var prev platform.Date
	for i, ev := range evs {
		if ev.Date.IsZero() {
			probs.Add(eventErr(i, ev, platform.ErrMissing, platform.Citation{}, 0, "event has no date"))
			continue
		}
		if !ev.Kind.Valid() {
			probs.Add(eventErr(i, ev, platform.ErrInvalid, platform.Citation{}, 0, "unknown kind of event"))
			continue
		}
		if ev.Date.Before(prev) {
			probs.Add(eventErr(i, ev, platform.ErrOrder, platform.Citation{}, 0,
				"dated before the event that precedes it ("+prev.String()+")"))
		}
		prev = ev.Date
		info := &kinds[ev.Kind]
		if !ev.Actor.Valid() {
			probs.Add(eventErr(i, ev, missingOr(ev.Actor == 0), info.actorCite, 0, "no actor of the measures"))
		} else if !actorAllowed(info.actors, ev.Actor) {
			probs.Add(eventErr(i, ev, platform.ErrActor, info.actorCite, 0,
				"the measures do not give this step to "+ev.Actor.String()))
		}
		if ev.Platform == "" && !info.org {
			probs.Add(eventErr(i, ev, platform.ErrMissing, info.actorCite, 0, "no platform"))
		}
		for j := i - 1; j >= 0 && evs[j].Date == ev.Date; j-- {
			if evs[j] == ev {
				probs.Add(eventErr(i, ev, platform.ErrDuplicate, info.actorCite, 0,
					"repeats events["+strconv.Itoa(j)+"]"))
				break
			}
		}
	}
}

// missingOr is ErrMissing for a value not given (zero), ErrInvalid for one given that is
// not one of the measures'.
func missingOr(zero bool) platform.Kind {
	if zero {
		return platform.ErrMissing
	}
	return platform.ErrInvalid
}

func actorAllowed(as []Actor, a Actor) bool {
	for _, x := range as {
		if x == a {
			return true
		}
	}
	return false
}

// finding builds the finding of a replayed event; note is nil when there is nothing to add.
// A note with a fixed text is a package-level Note, shared by every finding that gives it.
func finding(rule int, o platform.Outcome, note *platform.Note) platform.Finding {
	return platform.Finding{Rule: &rules[rule], Outcome: o, Note: note}
}

func (r *replayer) record(i int, ev Event, f platform.Finding) {
	r.st.Entries = append(r.st.Entries, Entry{Index: i, Date: ev.Date, Kind: ev.Kind, Platform: ev.Platform, Finding: f})
}

// lookup returns the platform an event concerns: an error when none was applied for, or when
// it has ended.
func (r *replayer) lookup(i int, ev Event) (*Platform, *aux, error) {
	k, ok := r.idx[ev.Platform]
	if !ok {
		return nil, nil, eventErr(i, ev, platform.ErrOrder, platform.Art(13, 2), Application,
			"no application recorded for platform "+strconv.Quote(ev.Platform))
	}
	p := &r.st.Platforms[k]
	if p.Stage.Final() {
		return nil, nil, eventErr(i, ev, platform.ErrState, finalCite(p.Stage), 0,
			"platform "+strconv.Quote(ev.Platform)+" is "+p.Stage.String()+" since "+p.Ended.String())
	}
	return p, &r.aux[k], nil
}

func finalCite(s Stage) platform.Citation {
	switch s {
	case Removed:
		return platform.Art(24)
	case Cleared, Delisted:
		return platform.Art(25)
	}
	return platform.Art(13, 5)
}

// operating returns the platform of an event that needs a filed platform.
func (r *replayer) operating(i int, ev Event) (*Platform, *aux, error) {
	p, a, err := r.lookup(i, ev)
	if err != nil {
		return nil, nil, err
	}
	if !p.Stage.Operating() {
		return nil, nil, eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), Filing,
			"platform "+strconv.Quote(ev.Platform)+" is not filed ("+p.Stage.String()+")")
	}
	return p, a, nil
}

// evaluated returns the filed platform an evaluation event concerns; a type on the event
// (from an evaluation round) must be the platform's.
func (r *replayer) evaluated(i int, ev Event) (*Platform, *aux, error) {
	p, a, err := r.operating(i, ev)
	if err != nil {
		return nil, nil, err
	}
	if ev.Type != 0 && ev.Type != p.Type {
		return nil, nil, eventErr(i, ev, platform.ErrConflict, platform.Art(19), 0,
			"the round evaluated a "+ev.Type.String()+"; platform "+strconv.Quote(p.ID)+" is a "+p.Type.String())
	}
	return p, a, nil
}

// nextStep is the step that moves a platform on from a stage of the filing procedure.
var nextStep = [...]Kind{Applied: Recommendation, Recommended: Review, Reviewed: ExpertReview,
	ExpertReviewed: ProposedList, Proposed: NoticeStart, InNotice: Filing, Held: ObjectionResolved}

// procedure moves a platform one step through 第十三条: from → to, or an error naming the
// missing step. A review of an application no 县（园）区 or city department recommended is a
// direct application, rejected with 第十三条（三）.
//
// 第十三条（三）：市科技局依据本办法对各县（园）区、市有关部门推荐的申请书和相关材料进行审查，提出审查意见。
// 第十三条（四）：专家论证和现场考察。组织有关专家或委托专业评估机构对通过初审的单位进行论证和现场考察，
// 提出科学、客观、公正的咨询意见和备案建议。
func (r *replayer) procedure(i int, ev Event, from, to Stage) (*Platform, *aux, error) {
	p, a, err := r.lookup(i, ev)
	if err != nil {
		return nil, nil, err
	}
	cite := rules[kindRule[ev.Kind]].Cite
	switch {
	case p.Stage == from:
		p.Stage = to
		return p, a, nil
	case p.Stage == Held:
		return nil, nil, eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), ObjectionResolved,
			"an objection raised during the notice is not yet resolved")
	case p.Stage < from:
		reason := "step taken before its predecessor"
		if ev.Kind == Review && p.Stage == Applied {
			reason = "direct application: not recommended by a county or park science authority or a city department"
			cite = platform.Art(13, 3)
		}
		return nil, nil, eventErr(i, ev, platform.ErrOrder, cite, nextStep[p.Stage], reason)
	}
	return nil, nil, eventErr(i, ev, platform.ErrDuplicate, cite, 0, "step already taken")
}

var noteCall = platform.Note{Zh: "常年受理备案申请，成熟一个、备案一个。",
	En: "Applications are accepted all year round and filed one at a time."}

func (r *replayer) apply(i int, ev Event) error {
	switch ev.Kind {
	case Call:
		r.record(i, ev, finding(rCall, platform.Pass, &noteCall))
		return nil
	case Application:
		return r.application(i, ev)
	case Recommendation, Review, ExpertReview, ProposedList:
		from := Stage(ev.Kind - Recommendation + Kind(Applied))
		if _, _, err := r.procedure(i, ev, from, from+1); err != nil {
			return err
		}
		r.record(i, ev, finding(kindRule[ev.Kind], platform.Pass, nil))
		return nil
	case NoticeStart:
		return r.notice(i, ev)
	case Objection, ObjectionResolved:
		return r.objection(i, ev)
	case Filing:
		return r.filing(i, ev)
	case Naming:
		return r.naming(i, ev)
	case AnnualReport:
		return r.report(i, ev)
	case Graded:
		return r.graded(i, ev)
	case RectificationOpened:
		return r.rectification(i, ev)
	case RecheckPassed, RecheckFailed:
		return r.recheck(i, ev)
	case NoShow, Withdrawal:
		return r.evaluationAbsence(i, ev)
	case Fraud:
		return r.fraud(i, ev)
	case UnfinishedTasks:
		return r.unfinished(i, ev)
	case Accident, IPViolation, Misconduct:
		return r.delisting(i, ev)
	case UpgradeRecognised:
		return r.upgrade(i, ev)
	}
	return r.adjustment(i, ev)
}

// application opens a platform's file.
//
// 第十三条（二）：各县（园）区科技主管部门和市有关部门根据发布的备案通知和其他有关指导文件，结合本地区、
// 本行业实际情况，组织有关单位提出备案申请，经审核后报送市科技局。
// 第十二条：……成熟一个、备案一个。
func (r *replayer) application(i int, ev Event) error {
	if _, ok := r.idx[ev.Platform]; ok {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(13, 2), 0,
			"platform "+strconv.Quote(ev.Platform)+" already applied for")
	}
	if !ev.Type.Valid() {
		return eventErr(i, ev, missingOr(ev.Type == 0), platform.Art(2), 0, "application names no platform type of the measures")
	}
	// 第二十四条：……三年内不得再次申请市级科技创新平台。第二十五条：……三年内不得申请备案；……
	// 三年内不得重新申请备案；……五年内不得重新申请备案。
	for k := range r.st.Bans {
		if b := &r.st.Bans[k]; b.binds(ev.Date, ev.Type) {
			return eventErr(i, ev, platform.ErrState, b.Article, 0,
				"application within the "+b.Kind+" ban of events["+strconv.Itoa(b.Event)+"], which ends on "+b.LastDay.String())
		}
	}
	name, err := r.env.checkName(ev.Type, ev.Name)
	if err != nil {
		return eventErr(i, ev, platform.ErrInvalid, platform.Art(14), 0, err.Error())
	}
	r.idx[ev.Platform] = len(r.st.Platforms)
	r.st.Platforms = append(r.st.Platforms, Platform{ID: ev.Platform, Type: ev.Type, Stage: Applied, Applied: ev.Date, Name: name})
	r.aux = append(r.aux, aux{})
	r.record(i, ev, finding(rApplication, platform.Pass, &noteApplication))
	return nil
}

var noteApplication = platform.Note{Zh: "成熟一个、备案一个：申请不设截止日期，不分批次。",
	En: "Filed one at a time: no closing date, no batch."}

// notice starts the public notice and counts its 5 working days on the calendar.
//
// 第十三条（五）：备案。市科技局根据专家论证意见提出拟备案名单，并向社会公示 5 个工作日。公示无异议的，
// 正式发布备案文件。
func (r *replayer) notice(i int, ev Event) error {
	p, _, err := r.procedure(i, ev, Proposed, InNotice)
	if err != nil {
		return err
	}
	n := &Notice{Start: ev.Date}
	count, err := r.env.noticeCount(ev.Date, r.p.NoticeWorkingDays.Value)
	if err != nil {
		return eventErr(i, ev, platform.ErrCalendar, platform.Art(13, 5), 0, err.Error())
	}
	n.LastDay = count.Last
	n.Unconfirmed, n.Transcribed = noticeTexts(count)
	p.Notice = n
	f := finding(rNotice, platform.Pass, nil)
	f.SetWanted(platform.Count(int64(r.p.NoticeWorkingDays.Value), platform.WorkingDay))
	if !count.Last.IsZero() {
		f.SetFound(platform.DateVal(count.Last))
	}
	if len(count.Unconfirmed) > 0 {
		f.Outcome = platform.Unknown
	}
	f.Note = noticeNote(&f, count)
	r.record(i, ev, f)
	return nil
}

var noteNoticeUnconfirmed = platform.Note{Zh: "公示期内有未经确认的假日安排。",
	En: "The notice window includes a holiday arrangement that is not confirmed."}

// objection holds the filing while an objection raised during the notice is open; the
// 市科技局's decision either ends the file (upheld) or lets the filing proceed (dismissed).
//
// 第十三条（五）：……公示无异议的，正式发布备案文件。
func (r *replayer) objection(i int, ev Event) error {
	p, a, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if ev.Kind == Objection {
		if p.Stage != InNotice && p.Stage != Held {
			return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), NoticeStart, "objection outside a public notice")
		}
		if !p.Notice.LastDay.IsZero() && ev.Date.After(p.Notice.LastDay) {
			return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), 0,
				"objection after the notice's last day "+p.Notice.LastDay.String())
		}
		p.Stage = Held
		p.Notice.Objections++
		a.objections++
		r.record(i, ev, finding(rObjection, platform.Review, &noteObjection))
		return nil
	}
	if p.Stage != Held {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), Objection, "no objection to resolve")
	}
	a.objections--
	if ev.Upheld {
		p.Stage = NotFiled
		p.Ended = ev.Date
		r.record(i, ev, finding(rObjection, platform.Fail, &noteObjectionUpheld))
		return nil
	}
	if a.objections == 0 {
		p.Stage = InNotice
	}
	r.record(i, ev, finding(rObjection, platform.Pass, &noteObjectionDismissed))
	return nil
}

var (
	noteObjection = platform.Note{Zh: "公示期间有异议：备案暂缓，待市科技局处理。",
		En: "Objection during the notice: the filing is held until the city bureau decides."}
	noteObjectionUpheld    = platform.Note{Zh: "异议成立：不予备案。", En: "Objection upheld: not filed."}
	noteObjectionDismissed = platform.Note{Zh: "异议不成立：备案程序继续。", En: "Objection dismissed: the filing proceeds."}
)

// filing issues the filing document after the notice's last day, starts the first cycle and
// creates the filing subsidy entitlement.
//
// 第十三条（五）：……公示无异议的，正式发布备案文件。
// 第十五条：对获得市级备案的科技创新平台，分类给予扶持资助……
func (r *replayer) filing(i int, ev Event) error {
	p, _, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if p.Stage == InNotice && !p.Notice.LastDay.IsZero() && !ev.Date.After(p.Notice.LastDay) {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), 0,
			"filed before the notice's last day "+p.Notice.LastDay.String()+" had passed")
	}
	name, err := r.env.checkName(p.Type, ev.Name)
	if err != nil {
		return eventErr(i, ev, platform.ErrInvalid, platform.Art(14), 0, err.Error())
	}
	if _, _, err := r.procedure(i, ev, InNotice, Filed); err != nil {
		return err
	}
	if name != "" {
		p.Name = name
	}
	p.Filed = ev.Date
	p.Level = platform.City
	r.aux[r.idx[p.ID]].firstYear = r.firstReportYear(ev.Date)
	f := finding(rFiling, platform.Pass, &noteFiled)
	if n := p.Notice; n != nil && len(n.Unconfirmed) > 0 {
		// A holiday of an unconfirmed arrangement in the window would make the notice end
		// later than n.LastDay: whether it had run its working days by the filing is unknown.
		f.Outcome = platform.Unknown
		f.Note = &noteFiledUnconfirmed
	}
	r.record(i, ev, f)
	return r.award(i, ev, p, Award{Kind: FilingBenefit, Level: platform.City, Cite: platform.Art(15)})
}

var (
	noteFiled = platform.Note{Zh: "正式备案，进入第一个评估周期。", En: "Filed; the first evaluation cycle begins."}
	// noteFiledUnconfirmed is noteFiled with what an unconfirmed holiday in the notice leaves open.
	noteFiledUnconfirmed = platform.Note{
		Zh: noteFiled.Zh + "公示期内有未经确认的假日安排，备案时公示期是否已满未知。",
		En: noteFiled.En + " The notice window includes an unconfirmed holiday arrangement: whether it had run its course by the filing is unknown.",
	}
)

// naming records the official name, checked by package naming.
//
// 第十四条：对于备案成功的，进行命名挂牌。
func (r *replayer) naming(i int, ev Event) error {
	p, a, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	if a.named {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(14), 0, "platform already named")
	}
	name, err := r.env.checkName(p.Type, ev.Name)
	if err != nil {
		return eventErr(i, ev, platform.ErrInvalid, platform.Art(14), 0, err.Error())
	}
	if name == "" {
		return eventErr(i, ev, platform.ErrMissing, platform.Art(14), 0, "naming gives no name")
	}
	a.named = true
	p.Name = name
	f := finding(rNaming, platform.Pass, nil)
	f.SetFound(platform.Text(name))
	r.record(i, ev, f)
	return nil
}

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
func (r *replayer) report(i int, ev Event) error {
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
	due, err := r.dueDate(y)
	if err != nil {
		// The calendar does not know whether the report day rolls; a report submitted by the
		// unrolled day is on time whatever the arrangement.
		if due = r.unrolledDue(y); ev.Date.After(due) {
			return eventErr(i, ev, platform.ErrCalendar, platform.Art(20), 0, err.Error())
		}
	}
	f := finding(rAnnualReport, platform.Pass, nil)
	f.SetWanted(platform.DateVal(due))
	f.SetFound(platform.DateVal(ev.Date))
	if ev.Date.After(due) {
		f.Outcome = platform.Fail
		f.Note = &noteLate
	}
	r.record(i, ev, f)
	return nil
}

var noteLate = platform.Note{Zh: "逾期报送。", En: "Submitted late."}

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
// a rectification with a deadline of one year from the result.
//
// 第二十二条：绩效评估一般以三年为一个周期，评估结果分为优秀、良好、合格、较差四类。
// 第二十四条：……绩效评估结果为优秀、良好和合格的市级科技创新平台可进入下一轮建设运行周期，绩效评估结果
// 较差的市级科技创新平台应限期整改，整改期限原则上不超过一年。
func (r *replayer) graded(i int, ev Event) error {
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
	deadline := platform.LastDay(ev.Date, r.p.RectificationMax.Value)
	unrolled := false
	if r.opts.RollDeadlines {
		// A year the calendar does not know leaves the unrolled day; finish and rectification
		// report what depends on the arrangement.
		if rolled, err := r.env.roll(deadline); err == nil {
			deadline = rolled
		} else {
			unrolled = true
		}
	}
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

// rectification records the deadline set for a rectification; one beyond the limit needs a
// recorded exception (原则上). With Options.RollDeadlines the limit rolls past a holiday as
// the default deadline does (《民法典》第二百零三条).
//
// 第二十四条：……绩效评估结果较差的市级科技创新平台应限期整改，整改期限原则上不超过一年。
func (r *replayer) rectification(i int, ev Event) error {
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
	if !ev.Deadline.After(rc.Opened) {
		return eventErr(i, ev, platform.ErrRange, platform.Art(24), 0, "deadline "+ev.Deadline.String()+" is not after the result")
	}
	// Until a deadline is set, rc.Deadline is the limit itself: one year from the result, its
	// last day rolled past a holiday with RollDeadlines (graded sets it).
	limit := rc.Deadline
	f := finding(rRectification, platform.Pass, nil)
	f.SetWanted(platform.DateVal(limit))
	f.SetFound(platform.DateVal(ev.Deadline))
	if ev.Deadline.After(limit) {
		if ev.Exception == "" && a.rectUnrolled {
			return eventErr(i, ev, platform.ErrCalendar, platform.Art(24), 0,
				"whether deadline "+ev.Deadline.String()+" exceeds one year depends on the holiday arrangement of "+strconv.Itoa(limit.Year())+", which the calendar does not know")
		}
		if ev.Exception == "" {
			return eventErr(i, ev, platform.ErrRange, platform.Art(24), 0,
				"deadline "+ev.Deadline.String()+" exceeds one year ("+limit.String()+") without a recorded exception")
		}
		f.Outcome = platform.Review
		f.Note = &platform.Note{Zh: "整改期限超过一年，已记录例外理由：" + ev.Exception, En: "Deadline beyond one year; recorded exception: " + ev.Exception}
	}
	a.rectSet, a.rectUnrolled = true, false
	rc.Deadline, rc.Exception = ev.Deadline, ev.Exception
	r.record(i, ev, f)
	return nil
}

// recheck closes a rectification: passed → back in operation; failed → removed and banned.
//
// 第二十四条：……整改检查未通过的不再列入市级科技创新平台备案序列，三年内不得再次申请市级科技创新平台。
func (r *replayer) recheck(i int, ev Event) error {
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
func (r *replayer) evaluationAbsence(i int, ev Event) error {
	p, _, err := r.evaluated(i, ev)
	if err != nil {
		return err
	}
	if ev.WithCause && (ev.Kind == NoShow || r.opts.WithdrawalNeedsNoCause) {
		r.record(i, ev, finding(rRemoval, platform.Pass, &noteAbsenceWithCause))
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

// ban ends a platform (p may be nil for a ban on the organisation alone) and imposes a ban;
// note explains the decision.
func (r *replayer) ban(i int, ev Event, p *Platform, end Stage, rule int, kind string, period SpanParam, note *platform.Note) error {
	b := Ban{Article: rules[rule].Cite, Kind: kind, Scope: OrganisationScope, From: ev.Date, Period: period.Value,
		LastDay: platform.LastDay(ev.Date, period.Value), Event: i}
	// Dates stop at 9999-12-31 (later ones are clamped to it): a ban ending there has no
	// representable first day on which the organisation may apply again.
	if b.LastDay.AddDays(1) == b.LastDay {
		return eventErr(i, ev, platform.ErrRange, b.Article, 0,
			"the "+period.Value.English()+" ban runs past the last supported date "+b.LastDay.String())
	}
	if p != nil {
		p.Stage, p.Ended = end, ev.Date
		p.Cycle, p.CycleFrom, p.CycleTo = 0, platform.Date{}, platform.Date{}
		b.Platform, b.Type = p.ID, p.Type
		if r.opts.BanSamePlatformOnly {
			b.Scope = PlatformScope
		}
	}
	r.st.Bans = append(r.st.Bans, b)
	f := finding(rule, platform.Fail, note)
	f.SetWanted(platform.Text(period.Value.Chinese() + "内不得申请"))
	f.SetShortfall(platform.DateVal(b.LastDay.AddDays(1)))
	r.record(i, ev, f)
	return nil
}

// fraud bans the organisation; a filed platform is cleared out, an application ends.
//
// 第二十五条：……弄虚作假、提供虚假材料骗取资金和备案资格的，三年内不得申请备案；已纳入备案范围的予以
// 清退处理，三年内不得重新申请备案；……
func (r *replayer) fraud(i int, ev Event) error {
	if ev.Platform == "" {
		return r.ban(i, ev, nil, 0, rFraud, "fraud", r.p.FraudBan, &noteFraud)
	}
	p, _, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if p.Stage.Operating() {
		return r.ban(i, ev, p, Cleared, rFraud, "fraud", r.p.FraudBan, &noteFraudCleared)
	}
	return r.ban(i, ev, p, NotFiled, rFraud, "fraud", r.p.FraudBan, &noteFraudNotFiled)
}

var (
	noteFraud = platform.Note{Zh: "弄虚作假、提供虚假材料：三年内不得申请备案。",
		En: "Fraud: may not apply for filing within the ban."}
	noteFraudCleared = platform.Note{Zh: "已纳入备案范围的予以清退处理，不得重新申请备案。",
		En: "Filed platform cleared out; may not re-apply within the ban."}
	noteFraudNotFiled = platform.Note{Zh: "弄虚作假、提供虚假材料：不予备案，不得申请备案。",
		En: "Fraud: not filed; may not apply within the ban."}
)

// unfinished puts the organisation on the research-integrity blacklist.
//
// 第二十五条：……对无故不完成科研任务的，列入科研诚信黑名单。……
func (r *replayer) unfinished(i int, ev Event) error {
	if ev.Platform != "" {
		if _, _, err := r.lookup(i, ev); err != nil {
			return err
		}
	}
	if ev.WithCause {
		r.record(i, ev, finding(rBlacklist, platform.Pass, &noteUnfinishedWithCause))
		return nil
	}
	r.st.Blacklist = append(r.st.Blacklist, Listing{Article: platform.Art(25), Platform: ev.Platform, Date: ev.Date, Event: i})
	r.record(i, ev, finding(rBlacklist, platform.Fail, &noteBlacklisted))
	return nil
}

var (
	noteUnfinishedWithCause = platform.Note{Zh: "有正当理由：不列入科研诚信黑名单。", En: "With cause: not blacklisted."}
	noteBlacklisted         = platform.Note{Zh: "无故不完成科研任务：列入科研诚信黑名单。",
		En: "Research tasks not completed without cause: on the research-integrity blacklist."}
)

// delisting delists a filed platform and bans the organisation for five years.
//
// 第二十五条：……对出现环保、安全生产、生物安全事故及知识产权、学术不端等行为的，依法依规予以问责处理，
// 并予以摘牌且五年内不得重新申请备案。
func (r *replayer) delisting(i int, ev Event) error {
	p, _, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if !p.Stage.Operating() {
		return eventErr(i, ev, platform.ErrState, platform.Art(25), Filing,
			"摘牌 needs a filed platform; "+strconv.Quote(p.ID)+" is "+p.Stage.String())
	}
	return r.ban(i, ev, p, Delisted, rDelisting, "delisting", r.p.DelistingBan, &noteDelisted)
}

var noteDelisted = platform.Note{Zh: "依法依规问责，予以摘牌，五年内不得重新申请备案。",
	En: "Accountability; delisted; may not re-apply within the ban."}

// upgrade records recognition at a higher level and creates the one-time reward.
//
// 第十六条：鼓励支持市级备案的各类科技创新平台提档升级，积极申报认定自治区级、国家级科技创新平台……
// 第十七条：对提档升级为国家级和自治区级的科技创新平台，分别给予 200 万元、50 万元的一次性奖励扶持。
func (r *replayer) upgrade(i int, ev Event) error {
	p, _, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	if ev.Level != platform.Regional && ev.Level != platform.National {
		return eventErr(i, ev, platform.ErrRange, platform.Art(16), 0, "an upgrade is to 自治区级 or 国家级")
	}
	if ev.Level == p.Level {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(17), 0, "already recognised at "+ev.Level.String())
	}
	if ev.Level < p.Level {
		return eventErr(i, ev, platform.ErrRange, platform.Art(16), 0, "recognised at "+p.Level.String()+" already")
	}
	from := p.Level
	p.Level = ev.Level
	lv := finding(rLevel, platform.Pass, &platform.Note{
		Zh: "认定为" + ev.Level.Chinese() + "科技创新平台（原为" + from.Chinese() + "）。",
		En: "Recognised at " + ev.Level.English() + " (was " + from.English() + ")."})
	lv.SetWanted(platform.Text(platform.Regional.Chinese() + "或" + platform.National.Chinese()))
	lv.SetFound(platform.Text(ev.Level.Chinese()))
	r.record(i, ev, lv)
	f := finding(rUpgrade, platform.Pass, &noteUpgraded)
	f.SetFound(platform.Text(ev.Level.Chinese()))
	r.record(i, ev, f)
	return r.award(i, ev, p, Award{Kind: UpgradeBenefit, From: from, Level: ev.Level, Cite: platform.Art(17)})
}

var noteUpgraded = platform.Note{Zh: "提档升级，给予一次性奖励扶持。", En: "Upgraded; one-time reward due."}

// adjustmentStep numbers the steps of 第二十六条.
func adjustmentStep(k Kind) int { return int(k-AdjustmentReview) + 1 }

// adjustment takes one step of a major adjustment, in order; the approval applies it (a
// rename through naming.Rename: a valid name of the same type).
//
// 第二十六条：纳入备案范围的市级科技创新平台需要更名、变更依托单位等重大调整，经学术（技术）委员会或组织
// 专家论证，由依托单位提出建议报告，经主管单位审核后，报市科技局批准方可进行相应调整。
func (r *replayer) adjustment(i int, ev Event) error {
	p, a, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	if !ev.Adjustment.Valid() {
		return eventErr(i, ev, missingOr(ev.Adjustment == 0), platform.Art(26), 0, "no adjustment kind of the measures")
	}
	step, done := adjustmentStep(ev.Kind), a.done[ev.Adjustment]
	if step > done+1 {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(26), AdjustmentReview+Kind(done),
			"adjustment step taken before "+(AdjustmentReview+Kind(done)).String())
	}
	if step <= done {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(26), 0, "adjustment step already taken")
	}
	if done == 0 {
		a.pending[ev.Adjustment] = len(p.Adjustments)
		p.Adjustments = append(p.Adjustments, AdjustmentStep{Kind: ev.Adjustment})
	}
	st := &p.Adjustments[a.pending[ev.Adjustment]]
	f := finding(rAdjustment, platform.Pass, nil)
	if ev.Kind == AdjustmentApproval {
		switch ev.Adjustment {
		case Rename:
			if p.Name == "" {
				return eventErr(i, ev, platform.ErrOrder, platform.Art(14), Naming, "the platform has no name to change")
			}
			name, err := r.env.rename(p.Name, ev.Name)
			if err != nil {
				return eventErr(i, ev, platform.ErrInvalid, platform.Art(26), 0, err.Error())
			}
			st.From, st.To, p.Name = p.Name, name, name
		case ChangeRelyingUnit:
			if ev.RelyingUnit.IsZero() {
				return eventErr(i, ev, platform.ErrMissing, platform.Art(26), 0, "no new relying unit")
			}
			old := p.RelyingUnit
			if old.IsZero() {
				old = r.st.Organisation
			}
			st.From, st.To, p.RelyingUnit = old.String(), ev.RelyingUnit.String(), ev.RelyingUnit
		}
		f.Note = &noteAdjustmentApproved
		f.SetFound(platform.Text(st.To))
		a.done[ev.Adjustment] = 0
	} else {
		a.done[ev.Adjustment] = step
	}
	st.Done, st.Date = ev.Kind, ev.Date
	r.record(i, ev, f)
	return nil
}

var noteAdjustmentApproved = platform.Note{Zh: "经市科技局批准，进行相应调整。",
	En: "Approved by the city bureau; the adjustment takes effect."}

// award records an entitlement, priced through the subsidy schedule when one is available.
func (r *replayer) award(i int, ev Event, p *Platform, a Award) error {
	a.Platform, a.Type, a.Date, a.Event = p.ID, p.Type, ev.Date, i
	for _, x := range r.st.Awards {
		if x.Kind == a.Kind && x.Cycle == a.Cycle && x.Level == a.Level && x.Platform == a.Platform {
			return eventErr(i, ev, platform.ErrDuplicate, a.Cite, 0, "award already due")
		}
	}
	amount, err := r.env.price(a, p.Level)
	if err != nil {
		return eventErr(i, ev, platform.ErrInvalid, a.Cite, 0, err.Error())
	}
	a.Amount = amount
	if a.Payable, err = r.env.payable(a, p.Level); err != nil {
		return eventErr(i, ev, platform.ErrInvalid, platform.Art(28), 0, err.Error())
	}
	r.st.Awards = append(r.st.Awards, a)
	return nil
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
			due, err := r.dueDate(y)
			unrolled := err != nil
			if unrolled {
				// The calendar does not know whether the report day rolls. Rolling only moves
				// it later, so the status is known when the report came by the unrolled day,
				// or is not due by it on the as-of date or before the platform ended.
				due = r.unrolledDue(y)
				if (rep.Submitted.IsZero() || rep.Submitted.After(due)) && asOf.After(due) && (p.Ended.IsZero() || due.Before(p.Ended)) {
					return &platform.Error{Op: opReplay, Kind: platform.ErrCalendar, Field: "annual_report_due", Input: strconv.Itoa(y), Err: err}
				}
			}
			rep.Due = due
			switch {
			case !rep.Submitted.IsZero() && rep.Submitted.After(due):
				rep.Status = ReportLate
			case !rep.Submitted.IsZero():
				rep.Status = ReportSubmitted
			case !p.Ended.IsZero() && !due.Before(p.Ended):
				continue // not due while the platform was filed
			case asOf.After(due):
				rep.Status = ReportOverdue
				ys := strconv.Itoa(y)
				f := finding(rAnnualReport, platform.Fail, &platform.Note{
					Zh: "年度工作总结报告逾期未报送：" + p.ID + " " + ys + "年。",
					En: "Annual report overdue: " + p.ID + " " + ys + "."})
				f.SetWanted(platform.DateVal(due))
				r.st.Findings = append(r.st.Findings, f)
			default:
				rep.Status = ReportUpcoming
			}
			if unrolled {
				ys := strconv.Itoa(y)
				f := finding(rAnnualReport, platform.Unknown, &platform.Note{
					Zh: "日历未载明当年假日安排，报告截止日是否顺延未知：" + p.ID + " " + ys + "年。",
					En: "Whether the report day rolls is unknown (the calendar lacks that year's arrangement): " + p.ID + " " + ys + "."})
				f.SetWanted(platform.DateVal(due))
				r.st.Findings = append(r.st.Findings, f)
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
			r.st.Findings = append(r.st.Findings, f)
		}
		if rc := p.Rectification; p.Stage == Rectifying && asOf.After(rc.Deadline) {
			rc.Overdue = true
			f := finding(rRectification, platform.Fail, &platform.Note{
				Zh: "整改期限届满未记录整改检查：" + p.ID + "。本办法未规定其后果。",
				En: "Rectification deadline passed with no re-check recorded: " + p.ID + ". The measures do not say what follows."})
			f.SetWanted(platform.DateVal(rc.Deadline))
			r.st.Findings = append(r.st.Findings, f)
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
			r.st.Findings = append(r.st.Findings, f)
		}
	}
	r.st.Validity = v
}

var (
	noteValidityUnknown = platform.Note{Zh: "发布日期未知，无法判断事件是否在有效期内。",
		En: "The publication date is unknown, so whether the events fall within the validity window is unknown."}
	noteOutsideValidity = platform.Note{Zh: "事件不在本办法有效期内。", En: "The event falls outside the measures' validity window."}
)
