package lifecycle

import "github.com/lhasa-sti/platform"

// env holds what Replay borrows from the other packages: the working-day calendar, the
// naming rules and the subsidy schedule.
type env struct {
	opts Options
}

func newEnv(opts Options) (env, error) {
	if opts.RollDeadlines {
		// TODO(calendar): rolling needs the working-day calendar (lifecycle/calendar).
		return env{}, platform.NewError(opReplay, platform.ErrCalendar, "options.roll_deadlines", "true", nil)
	}
	return env{opts: opts}, nil
}

// noticeLastDay returns the last working day of a notice of n working days starting on start.
// TODO(calendar): zero (not counted) until the working-day calendar is integrated.
func (e env) noticeLastDay(start platform.Date, n int) (platform.Date, []string, error) {
	return platform.Date{}, nil, nil
}

// roll moves a deadline's last day past a holiday (《民法典》第二百零三条).
func (e env) roll(d platform.Date) (platform.Date, error) { return d, nil }

// checkName validates a platform's official name. TODO(naming): accepted as given until
// naming is integrated.
func (e env) checkName(t platform.Type, name string) (string, error) { return name, nil }

// rename validates a new name under 第二十六条. TODO(naming).
func (e env) rename(t platform.Type, old, name string) (string, error) {
	if name == "" {
		return "", platform.NewError(opReplay, platform.ErrMissing, "name", "", nil)
	}
	return name, nil
}

// price prices an award under the subsidy schedule. TODO(subsidy): unpriced until integrated.
func (e env) price(a Award) (platform.Amount, bool, error) { return platform.Amount{}, false, nil }
