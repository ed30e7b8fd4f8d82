package lifecycle

import (
	"strconv"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/lhasa-sti/platform/naming"
	"github.com/lhasa-sti/platform/subsidy"
)

// env holds what Replay borrows from the other packages: the working-day calendar, the
// naming rules and the subsidy schedule.
type env struct {
	opts     Options
	cal      *calendar.Calendar
	schedule subsidy.Schedule
	prices   map[priceKey]platform.Amount
	ledger   *subsidy.Ledger
	// taken are Options.TakenNames, parsed.
	taken []naming.Name
}

// priceKey is what an award's amount depends on.
type priceKey struct {
	kind     BenefitKind
	t        platform.Type
	from, to platform.Level
	grade    platform.Grade
	during   subsidy.Tenure
}

// defaultCalendar is the default working-day calendar, built once from the calendar
// package's literal tables. A calendar.Calendar is immutable and safe for concurrent use;
// this value is never changed.
var defaultCalendar = calendar.Default()

// defaultSchedule is subsidy's default schedule, built once. subsidy's functions take a
// Schedule as read-only input; this value is never changed.
var defaultSchedule = subsidy.DefaultSchedule()

func newEnv(opts Options) (env, error) {
	e := env{opts: opts, cal: opts.Calendar}
	if opts.Schedule != nil {
		e.schedule = *opts.Schedule
		if err := e.schedule.Validate(); err != nil {
			return env{}, &platform.Error{Op: opReplay, Kind: platform.ErrInvalid, Field: "options.schedule", Err: err}
		}
	} else {
		e.schedule = defaultSchedule
	}
	if opts.Received != nil {
		if err := opts.Received.Validate(); err != nil {
			return env{}, &platform.Error{Op: opReplay, Kind: platform.ErrInvalid, Field: "options.received", Err: err}
		}
		l := subsidy.Ledger{Entries: append([]subsidy.Entry(nil), opts.Received.Entries...)}
		e.ledger = &l
	}
	var probs platform.Problems
	for k, s := range opts.TakenNames {
		n, err := naming.Parse(s, opts.Naming)
		if err != nil {
			probs.Add(&platform.Error{Op: opReplay, Kind: platform.ErrInvalid, Field: "options.taken_names[" + strconv.Itoa(k) + "]", Input: s, Err: err})
			continue
		}
		e.taken = append(e.taken, n)
	}
	if err := probs.Err(); err != nil {
		return env{}, err
	}
	return e, nil
}

func (e *env) calendar() *calendar.Calendar {
	if e.cal == nil {
		e.cal = &defaultCalendar
	}
	return e.cal
}

// noticeLastDay returns the last of n working days of a notice starting on start
// (第十三条（五）), and the calendar sources unconfirmed in its window.
func (e *env) noticeLastDay(start platform.Date, n int) (platform.Date, []string, error) {
	r, err := e.calendar().AddWorkingDays(start, n, e.opts.WorkingDays)
	if err != nil {
		return platform.Date{}, nil, err
	}
	var un []string
	for _, x := range r.Unconfirmed {
		un = append(un, x.Chinese())
	}
	return r.Last, un, nil
}

// roll moves a deadline's last day past a holiday (《民法典》第二百零三条).
func (e *env) roll(d platform.Date) (platform.Date, error) {
	return e.calendar().RollForward(d, e.opts.WorkingDays)
}

// checkName validates a platform's official name under 第十四条 and returns it normalised;
// an empty name stays empty.
func (e *env) checkName(t platform.Type, name string) (string, error) {
	if name == "" {
		return "", nil
	}
	n, err := naming.Parse(name, e.opts.Naming)
	if err != nil {
		return "", err
	}
	if n.Type() != t {
		return "", platform.NewError(opReplay, platform.ErrConflict, "name", name, nil)
	}
	return n.String(), nil
}

// heldBy returns the name among held (names of other platforms) and Options.TakenNames
// that name collides with (naming.Collides: the same name after normalisation), if any.
func (e *env) heldBy(name string, held []string) (string, bool) {
	n, err := naming.Parse(name, e.opts.Naming)
	if err != nil {
		return "", false
	}
	in := make([]naming.Name, 0, len(held)+len(e.taken))
	for _, s := range held {
		if h, err := naming.Parse(s, e.opts.Naming); err == nil {
			in = append(in, h)
		}
	}
	in = append(in, e.taken...)
	o, ok := naming.Collides(n, in)
	return o.String(), ok
}

// rename validates a new name under 第二十六条 (naming.Rename: a valid name of the same type).
func (e *env) rename(old, name string) (string, error) {
	o, err := naming.Parse(old, e.opts.Naming)
	if err != nil {
		return "", err
	}
	n, err := naming.Rename(o, name, e.opts.Naming)
	if err != nil {
		return "", err
	}
	return n.String(), nil
}

// price prices an award under the subsidy schedule (第十五、十七、二十三条); during is, for
// a cycle award, the level held over the cycle.
func (e *env) price(a Award, during subsidy.Tenure) (platform.Amount, error) {
	// The amount does not depend on the cycle's number (第二十三条: 在单个评估周期内).
	k := priceKey{kind: a.Kind, t: a.Type, from: a.From, to: a.Level, grade: a.Grade}
	if a.Kind == CycleBenefit {
		k.during = during
	}
	if v, ok := e.prices[k]; ok {
		return v, nil
	}
	var (
		s   subsidy.Award
		err error
	)
	switch a.Kind {
	case FilingBenefit:
		s, err = subsidy.Filing(e.schedule, a.Type)
	case UpgradeBenefit:
		s, err = subsidy.Upgrade(e.schedule, a.Type, subsidy.FiledAtCity, a.From, a.Level, e.opts.Subsidy)
	default:
		s, err = subsidy.CycleDuring(e.schedule, a.Type, a.Grade, a.Cycle, during, e.opts.Subsidy)
	}
	if err != nil {
		return platform.Amount{}, err
	}
	if e.prices == nil {
		e.prices = make(map[priceKey]platform.Amount)
	}
	e.prices[k] = s.Amount
	return s.Amount, nil
}

// payable applies 第二十八条: what remains payable for an award given the ledger of what was
// already received, and the ledger with the payment entered. Without a ledger, all of it.
func (e *env) payable(a Award, during subsidy.Tenure) (platform.Amount, error) {
	if e.ledger == nil {
		return a.Amount, nil
	}
	c := subsidy.Claim{PlatformID: a.Platform, Type: a.Type, Date: a.Date}
	switch a.Kind {
	case FilingBenefit:
		c.Benefit = subsidy.Filed()
	case UpgradeBenefit:
		c.Benefit, c.From = subsidy.Upgraded(a.Level), a.From
	default:
		c.Benefit, c.Grade, c.During = subsidy.Cycled(a.Cycle), a.Grade, &during
	}
	ent, l, err := subsidy.Entitle(*e.ledger, c, e.schedule, e.opts.Subsidy)
	if err != nil {
		return platform.Amount{}, err
	}
	*e.ledger = l
	return ent.Payable, nil
}
