package platform

import "strconv"

// Span is a length of time stated the way the measures state it: a number of years,
// months or days (满2年, 三年内, 5个工作日 is not a Span: working days need a calendar).
// A Span may combine units; years and months are applied first, then days.
type Span struct {
	Years  int `json:"years,omitempty"`
	Months int `json:"months,omitempty"`
	Days   int `json:"days,omitempty"`
}

// Years returns a span of n years.
func Years(n int) Span { return Span{Years: n} }

// Months returns a span of n months.
func Months(n int) Span { return Span{Months: n} }

// Days returns a span of n days.
func Days(n int) Span { return Span{Days: n} }

// IsZero reports whether the span has no length.
func (s Span) IsZero() bool { return s.Years == 0 && s.Months == 0 && s.Days == 0 }

// Negative reports whether any part of the span is negative.
func (s Span) Negative() bool { return s.Years < 0 || s.Months < 0 || s.Days < 0 }

// Chinese renders the span as 2年, 1年6个月, 30日.
func (s Span) Chinese() string {
	out := ""
	if s.Years != 0 {
		out += strconv.Itoa(s.Years) + "年"
	}
	if s.Months != 0 {
		out += strconv.Itoa(s.Months) + "个月"
	}
	if s.Days != 0 || out == "" {
		out += strconv.Itoa(s.Days) + "日"
	}
	return out
}

// English renders the span as "2 years", "1 year 6 months", "30 days".
func (s Span) English() string {
	part := func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	}
	out := ""
	add := func(p string) {
		if out != "" {
			out += " "
		}
		out += p
	}
	if s.Years != 0 {
		add(part(s.Years, "year", "years"))
	}
	if s.Months != 0 {
		add(part(s.Months, "month", "months"))
	}
	if s.Days != 0 || out == "" {
		add(part(s.Days, "day", "days"))
	}
	return out
}

// String is the English rendering.
func (s Span) String() string { return s.English() }

// Counting holds the library-wide choices about the one day on which a period turns,
// where the law leaves room (DESIGN.md convention 6). The zero value is the default
// reading; each field names the other reading.
type Counting struct {
	// MetOnLastDay makes a duration condition (满2年, 不低于2年, 已正常运行1年以上) met on
	// the last day of its period rather than from the next day. By default a period ends at
	// 24:00 of its last day (《民法典》第二百零三条第二款), so the condition is met the day after.
	MetOnLastDay bool `json:"met_on_last_day,omitempty"`
	// LookBackIncludesReferenceDay makes a look-back (申报前2年) cover the days from the day
	// after the corresponding day up to and including the reference date, instead of the
	// default: from the corresponding day up to the day before the reference date.
	LookBackIncludesReferenceDay bool `json:"look_back_includes_reference_day,omitempty"`
}

// LastDay returns the last day of a period of length s that begins with an event on
// start. The day of the event is not counted (《民法典》第二百零一条); a period of years or
// months ends on the corresponding day, or on the last day of the month when there is none
// (第二百零二条). So a 3-year period from 2024-02-29 ends on 2027-02-28, and a 5-day period
// from 2025-03-03 ends on 2025-03-08. The zero Date gives the zero Date.
func LastDay(start Date, s Span) Date {
	if start.IsZero() {
		return start
	}
	return start.AddMonths(12*s.Years + s.Months).AddDays(s.Days)
}

// FirstDayMet returns the first date on which a duration condition of length s, counted
// from start, is met: by default the day after [LastDay], since the period runs to 24:00 of
// its last day; with c.MetOnLastDay, the last day itself. The zero Date gives the zero Date.
func FirstDayMet(start Date, s Span, c Counting) Date {
	last := LastDay(start, s)
	if last.IsZero() || c.MetOnLastDay {
		return last
	}
	return last.AddDays(1)
}

// Met reports whether a duration condition of length s counted from start is met on asOf.
// It answers Unknown when either date is missing.
func Met(start Date, s Span, asOf Date, c Counting) Outcome {
	if start.IsZero() || asOf.IsZero() {
		return Unknown
	}
	if asOf.Before(FirstDayMet(start, s, c)) {
		return Fail
	}
	return Pass
}

// LookBack returns the window "申报前N年" (the span s before ref). By default it runs from
// the corresponding day s before ref up to the day before ref: for an application on
// 2025-03-01, 申报前2年 is 2023-03-01 to 2025-02-28. With c.LookBackIncludesReferenceDay it
// runs from the day after that corresponding day up to ref itself.
func LookBack(ref Date, s Span, c Counting) Window {
	if ref.IsZero() {
		return Window{}
	}
	from := ref.AddMonths(-(12*s.Years + s.Months)).AddDays(-s.Days)
	if c.LookBackIncludesReferenceDay {
		return Window{From: from.AddDays(1), To: ref}
	}
	return Window{From: from, To: ref.AddDays(-1)}
}

// ElapsedMonths returns the number of whole months elapsed from start to asOf: the
// largest n for which a period of n months from start is met on asOf (see [FirstDayMet]).
// It is 0 when asOf is not after start or either date is missing.
func ElapsedMonths(start, asOf Date, c Counting) int {
	if start.IsZero() || asOf.IsZero() || !asOf.After(start) {
		return 0
	}
	sy, sm, _ := start.YMD()
	ay, am, _ := asOf.YMD()
	n := (ay-sy)*12 + (am - sm)
	for n > 0 && asOf.Before(FirstDayMet(start, Months(n), c)) {
		n--
	}
	return n
}

// ElapsedYears returns the number of whole years elapsed from start to asOf, counted as
// [ElapsedMonths] counts months.
func ElapsedYears(start, asOf Date, c Counting) int {
	return ElapsedMonths(start, asOf, c) / 12
}
