package lifecycle

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// aux is replay bookkeeping for one platform, kept out of the State.
type aux struct {
	named      bool
	visited    bool
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
	// forwarded[y-firstYear] is the day the supervising body forwarded it (zero: not yet).
	forwarded []platform.Date
	// firstYear is the first year the platform reports for (第二十条).
	firstYear int
	// recognised lists the platform's recognitions at a higher level, in order (第十六条),
	// for the level held during an evaluation cycle (subsidy.Tenure).
	recognised []recognition
}

// recognition is a platform's recognition at a level on a date.
type recognition struct {
	date  platform.Date
	level platform.Level
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
	// win is the validity window of 第二十九条 when winKnown (the publication date known).
	win      platform.Window
	winKnown bool
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
	r.win, r.winKnown = r.st.Edition.Validity()
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
		if err := r.apply(i, &h.Events[i]); err != nil {
			return State{}, err
		}
	}
	if err := r.finish(h.Events[:n]); err != nil {
		return State{}, err
	}
	if n < len(h.Events) {
		r.later(h, asOf, opts)
	}
	return r.st, nil
}

// later records the bans that events after the as-of date decide (State.LaterBans), so that
// MayApply for a later date is barred by a ban the history records. The events after asOf
// are replayed to the last of them; when they cannot be (an error that replaying up to asOf
// did not meet), State.LaterUnknown says so and MayApply beyond asOf is Unknown.
func (r *replayer) later(h History, asOf platform.Date, opts Options) {
	full, err := Replay(h, h.Events[len(h.Events)-1].Date, opts)
	if err != nil {
		r.st.LaterUnknown = true
		return
	}
	for _, b := range full.Bans {
		if b.From.After(asOf) {
			r.st.LaterBans = append(r.st.LaterBans, b)
		}
	}
}

// checkEvents checks each event's form: date, kind, actor, platform, date order, repetition.
func checkEvents(evs []Event, probs *platform.Problems) {
	var prev platform.Date
	for i := range evs {
		ev := &evs[i]
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
			if evs[j] == *ev {
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

func (r *replayer) record(i int, ev *Event, f platform.Finding) {
	// Appended zero, then written in place: an Entry is 200 bytes, and building it apart
	// copies it once more.
	r.st.Entries = append(r.st.Entries, Entry{})
	e := &r.st.Entries[len(r.st.Entries)-1]
	e.Index, e.Date, e.Kind, e.Platform, e.Finding = i, ev.Date, ev.Kind, ev.Platform, f
}

// lookup returns the platform an event concerns: an error when none was applied for, or when
// it has ended.
func (r *replayer) lookup(i int, ev *Event) (*Platform, *aux, error) {
	k, ok := r.idx[ev.Platform]
	if !ok {
		return nil, nil, eventErr(i, ev, platform.ErrOrder, platform.Art(13, 2), Application,
			"no application recorded for platform "+strconv.Quote(ev.Platform))
	}
	p := &r.st.Platforms[k]
	if p.Stage.Final() {
		cite := finalCite(p.Stage)
		if rf := p.Refusal; p.Stage == NotFiled && rf != nil && rf.Kind != ExpertReview {
			cite = rf.Cite // ended by a review that did not pass: 第十三条（二） or （三）
		}
		for _, c := range p.Consequences {
			if c.Kind == "not_filed" {
				cite = c.Article // an application ended for fraud: 第二十五条
			}
		}
		return nil, nil, eventErr(i, ev, platform.ErrState, cite, 0,
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
func (r *replayer) operating(i int, ev *Event) (*Platform, *aux, error) {
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
func (r *replayer) evaluated(i int, ev *Event) (*Platform, *aux, error) {
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

var noteCall = platform.Note{Zh: "常年受理备案申请，成熟一个、备案一个。",
	En: "Applications are accepted all year round and filed one at a time."}

func (r *replayer) apply(i int, ev *Event) error {
	switch ev.Kind {
	case Call:
		r.record(i, ev, finding(rCall, platform.Pass, &noteCall))
		return nil
	case Application:
		return r.application(i, ev)
	case Recommendation, Review, ExpertReview, ProposedList:
		return r.step(i, ev)
	case SiteVisit:
		return r.siteVisit(i, ev)
	case PriorFiling:
		return r.priorFiling(i, ev)
	case ReportForwarded:
		return r.forwarded(i, ev)
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
	case Fraud, UnfinishedTasks, Accident, IPViolation, Misconduct:
		return r.sanction(i, ev)
	case UpgradeRecognised:
		return r.upgrade(i, ev)
	}
	return r.adjustment(i, ev)
}
