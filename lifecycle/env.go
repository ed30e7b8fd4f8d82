package lifecycle

import (
	"fmt"
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

// noticeCount counts the n working days of a notice starting on start (第十三条（五）).
func (e *env) noticeCount(start platform.Date, n int) (calendar.Result, error) {
	return e.calendar().AddWorkingDays(start, n, e.opts.WorkingDays)
}

// noticeTexts returns, in Chinese, what the count left unconfirmed (a Lhasa festival not
// known, a year counted provisionally with what was assumed) and what it used as transcribed.
func noticeTexts(r calendar.Result) (unconfirmed, transcribed []string) {
	for _, x := range r.Unconfirmed {
		unconfirmed = append(unconfirmed, x.Chinese())
	}
	for _, t := range r.Transcribed {
		transcribed = append(transcribed, t.Chinese())
	}
	return unconfirmed, transcribed
}

// noticeNote is the note of a notice's finding f: nil when the count used only confirmed
// arrangements read from their notices; else the generic unconfirmed sentence (or f's own
// texts) followed by each unconfirmed arrangement, naming the year and what was assumed,
// and each transcription the count used.
func noticeNote(f *platform.Finding, r calendar.Result) *platform.Note {
	if len(r.Unconfirmed) == 0 && len(r.Transcribed) == 0 {
		return nil
	}
	n := platform.Note{Zh: f.Chinese(), En: f.English()}
	if len(r.Unconfirmed) > 0 {
		n = noteNoticeUnconfirmed
	}
	for _, x := range r.Unconfirmed {
		n.Zh += x.Chinese() + "。"
		n.En += " " + upperFirst(x.English()) + "."
	}
	for _, t := range r.Transcribed {
		n.Zh += t.Chinese() + "。"
		n.En += " " + upperFirst(t.English()) + "."
	}
	return &n
}

// upperFirst capitalises an ASCII first letter.
func upperFirst(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// roll moves a deadline's last day past a holiday (《民法典》第二百零三条). A roll that examines
// a year the calendar counts only provisionally (its national arrangement not known) is
// refused ([calendar.ErrUnconfirmed]): whether a deadline moves can turn on the 调休 the
// year's notice will add, and Replay reports such a deadline as unknown, or a status that
// depends on it as an error, rather than guess.
func (e *env) roll(d platform.Date) (platform.Date, error) {
	r, err := e.calendar().Roll(d, e.opts.WorkingDays)
	if err != nil {
		return platform.Date{}, err
	}
	for _, n := range r.Unconfirmed {
		if n.Provisional {
			return platform.Date{}, &platform.Error{Op: "calendar.Calendar.Roll", Kind: platform.ErrCalendar, Field: "date",
				Input: d.String(), Err: fmt.Errorf("%w: %s", calendar.ErrUnconfirmed, n.English())}
		}
	}
	return r.Last, nil
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
		// Replay saw the platform filed at city level (an upgrade event needs one).
		c.Benefit, c.From, c.CityFiling = subsidy.Upgraded(a.Level), a.From, subsidy.FiledAtCity
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
