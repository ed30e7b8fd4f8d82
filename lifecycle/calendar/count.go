package calendar

import (
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
)

// Options are the readings the law leaves open. The zero value is the default reading;
// each field names the other one.
type Options struct {
	// StartDayCounts makes the day a period starts on count as its first working day when
	// it is one. By default it does not: 《民法典》第二百零一条 (开始的当日不计入，自下一日
	// 开始计算). Whether a 公示 of 第十三条（五） follows 201 or the practice of announcing
	// "公示期：X月X日至Y月Y日" with both ends included has no authoritative answer
	// (LEGAL.md §8).
	StartDayCounts bool `json:"start_day_counts,omitempty"`
	// Strict makes a count or a roll that passes through the window of a Lhasa festival
	// whose arrangement is not known, or through a year whose national arrangement is not
	// known (counted provisionally by default), an error ([ErrUnconfirmed], a
	// [platform.ErrCalendar]) naming the year, instead of a result flagged Unconfirmed.
	// LEGAL.md §5 confirms no 雪顿节 arrangement and no 藏历新年 2024 or 2027 arrangement; §4
	// has no national arrangement after 2027.
	Strict bool `json:"strict,omitempty"`
	// AdjustedWorkDaysExcluded stops counting adjusted working weekend days (调休上班日) as
	// working days. By default they count: every State Council notice makes them 上班 days for
	// state organs, and practice counts them (LEGAL.md §8), though no statute says so.
	AdjustedWorkDaysExcluded bool `json:"adjusted_work_days_excluded,omitempty"`
	// WeekendsNotHolidays makes [Calendar.Roll] move a last day only off an arranged
	// holiday (national or Lhasa), not off an ordinary Saturday or Sunday. By default a
	// weekend day counts as a 法定休假日 of 《民法典》第二百零三条: the Code does not define the
	// word (LEGAL.md §3); 《民事诉讼法》 rolls past every 节假日 and 《国务院关于职工工作时间的
	// 规定》第七条 makes Saturday and Sunday 周休息日. An adjusted working weekend day is never a
	// holiday.
	WeekendsNotHolidays bool `json:"weekends_not_holidays,omitempty"`
}

// Result is a count of working days: the last day of the period, the days counted, and
// what is unconfirmed about it.
type Result struct {
	Start platform.Date `json:"start"`
	N     int           `json:"n"`
	// Last is the last day of the period: the n-th working day counted.
	Last platform.Date `json:"last"`
	// Days are the working days counted, in order (len(Days) == N).
	Days []platform.Date `json:"days"`
	// Unconfirmed lists, once each, the Lhasa festivals whose arrangement is not known and
	// whose window holds a day examined by the count, and the years examined whose national
	// arrangement is not known (counted provisionally).
	Unconfirmed []Note `json:"unconfirmed,omitempty"`
	// Transcribed lists, once each, the known arrangements of the years examined that were
	// taken from a transcription, not from the notice.
	Transcribed []Transcribed      `json:"transcribed,omitempty"`
	Options     Options            `json:"options"`
	Findings    []platform.Finding `json:"findings"`
	Edition     platform.Edition   `json:"edition"`
}

// Confirmed reports whether nothing about the count is unconfirmed.
func (r Result) Confirmed() bool { return len(r.Unconfirmed) == 0 }

func addNotes(dst []Note, src []Note) []Note {
outer:
	for _, n := range src {
		for _, m := range dst {
			if m.Source == n.Source && m.Year == n.Year {
				continue outer
			}
		}
		dst = append(dst, n)
	}
	return dst
}

func addTranscribed(dst, src []Transcribed) []Transcribed {
outer:
	for _, t := range src {
		for _, u := range dst {
			if u.Source == t.Source && u.Year == t.Year {
				continue outer
			}
		}
		dst = append(dst, t)
	}
	return dst
}

func transcribedText(ts []Transcribed, zh bool) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		if zh {
			parts[i] = t.Chinese()
		} else {
			parts[i] = t.English()
		}
	}
	if zh {
		return strings.Join(parts, "；")
	}
	return strings.Join(parts, "; ")
}

// withProvenance appends to a finding's texts what is transcribed and what is unconfirmed,
// and makes the finding Unknown when anything is unconfirmed.
func withProvenance(f *platform.Finding, zh, en string, ts []Transcribed, ns []Note) {
	if len(ts) > 0 {
		zh += "；" + transcribedText(ts, true)
		en += "; " + transcribedText(ts, false)
	}
	if len(ns) > 0 {
		f.Outcome = platform.Unknown
		zh += "；" + notesText(ns, true)
		en += "; " + notesText(ns, false)
	}
	f.Note = &platform.Note{Zh: zh, En: en}
}

func notesText(ns []Note, zh bool) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		if zh {
			parts[i] = n.Chinese()
		} else {
			parts[i] = n.English()
		}
	}
	if zh {
		return strings.Join(parts, "；")
	}
	return strings.Join(parts, "; ")
}

func strictError(op string, d platform.Date, ns []Note) error {
	return errf(op, platform.ErrCalendar, "unconfirmed", d.String()+": "+notesText(ns, false), ErrUnconfirmed)
}

func working(st Status, opts Options) bool {
	return st.Kind == Weekday || (st.Kind == AdjustedWorkDay && !opts.AdjustedWorkDaysExcluded)
}

// AddWorkingDays returns the last day of a period of n working days that begins on start:
// the 公示 5 个工作日 of 第十三条（五）.
//
//	第十三条（五）：市科技局根据专家论证意见提出拟备案名单，并向社会公示 5 个工作日。
//
// By default start itself is not counted (《民法典》第二百零一条) and counting begins the
// next day; with opts.StartDayCounts, start counts when it is a working day. Working days
// are those of [Calendar.IsWorkingDay] (adjusted working days excluded with
// opts.AdjustedWorkDaysExcluded).
//
// A day in a year whose national arrangement is not known is counted by the provisional
// rule (see the package doc). Errors: the zero start ([platform.ErrMissing]); n < 1
// ([platform.ErrRange]); a day to examine before 2023 or after 2100 in a year whose
// national arrangement is not known ([platform.ErrCalendar]); with opts.Strict, a day in
// the window of an unconfirmed Lhasa festival or in a year counted provisionally
// ([ErrUnconfirmed], naming the year). Without Strict such a count is returned with
// Unconfirmed set and its finding Unknown. A count that examined a year whose arrangement
// was transcribed lists it in Transcribed and says so in its finding.
func (c Calendar) AddWorkingDays(start platform.Date, n int, opts Options) (Result, error) {
	const op = "calendar.Calendar.AddWorkingDays"
	var p platform.Problems
	if start.IsZero() {
		p.Addf(op, platform.ErrMissing, "start", "")
	}
	if n < 1 {
		p.Addf(op, platform.ErrRange, "n", strconv.Itoa(n))
	}
	if err := p.Err(); err != nil {
		return Result{}, err
	}
	r := Result{Start: start, N: n, Options: opts, Days: make([]platform.Date, 0, min(n, 64))}
	var pc provCache
	step := func(dd platform.Date) error {
		var st Status
		if err := c.status(op, dd, &pc, &st); err != nil {
			return err
		}
		r.Transcribed = addTranscribed(r.Transcribed, st.Transcribed)
		if len(st.Unconfirmed) > 0 {
			if opts.Strict {
				return strictError(op, dd, st.Unconfirmed)
			}
			r.Unconfirmed = addNotes(r.Unconfirmed, st.Unconfirmed)
		}
		if working(st, opts) {
			r.Days = append(r.Days, dd)
		}
		return nil
	}
	if opts.StartDayCounts {
		if err := step(start); err != nil {
			return Result{}, err
		}
	}
	for dd := start; len(r.Days) < n; {
		next := dd.AddDays(1)
		if next == dd {
			return Result{}, errf(op, platform.ErrCalendar, "date", dd.String(), nil)
		}
		dd = next
		if err := step(dd); err != nil {
			return Result{}, err
		}
	}
	r.Last = r.Days[len(r.Days)-1]
	r.Findings = r.findings()
	r.Edition = c.Edition()
	return r, nil
}

func (r Result) findings() []platform.Finding {
	f := platform.Finding{Rule: rule(RuleWorkingDays), Outcome: platform.Pass}.
		WithWanted(platform.Count(int64(r.N), platform.WorkingDay)).WithFound(platform.DateVal(r.Last))
	zh := "自" + r.Start.Chinese() + "起计" + strconv.Itoa(r.N) + "个工作日，最后一日为" + r.Last.Chinese()
	en := strconv.Itoa(r.N) + " working days from " + r.Start.String() + " end on " + r.Last.String()
	withProvenance(&f, zh, en, r.Transcribed, r.Unconfirmed)
	s := platform.Finding{Rule: rule(RuleStartDay), Outcome: platform.Pass}.WithFound(platform.DateVal(r.Start))
	if r.Options.StartDayCounts {
		s.Note = &noteStartDayCounts
	} else {
		s.Note = &noteStartDayNotCounted
	}
	return []platform.Finding{f, s}
}

// The notes of the start-day finding.
var (
	noteStartDayCounts     = platform.Note{Zh: "选项：开始的当日为工作日的计入", En: "option: the start day counts when it is a working day"}
	noteStartDayNotCounted = platform.Note{Zh: "开始的当日不计入", En: "the start day is not counted"}
)

// Rolled is a last day moved past a holiday under 《民法典》第二百零三条.
type Rolled struct {
	// Original is the last day before rolling; Last the last day after it.
	Original platform.Date `json:"original"`
	Last     platform.Date `json:"last"`
	// Moved reports whether Last differs from Original.
	Moved bool `json:"moved"`
	// Unconfirmed lists the unconfirmed Lhasa festivals whose window holds a day examined,
	// and the years examined that were counted provisionally.
	Unconfirmed []Note `json:"unconfirmed,omitempty"`
	// Transcribed lists the transcribed arrangements of the years examined.
	Transcribed []Transcribed      `json:"transcribed,omitempty"`
	Options     Options            `json:"options"`
	Findings    []platform.Finding `json:"findings"`
	Edition     platform.Edition   `json:"edition"`
}

// Roll moves the last day of a period that falls on a holiday to the day after the
// holiday ends.
//
//	《民法典》第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。
//
// A holiday is an off day of the national or a Lhasa arrangement and, by default, an
// ordinary Saturday or Sunday (opts.WeekendsNotHolidays: not). An adjusted working day is
// never a holiday. A year whose national arrangement is not known is counted by the
// provisional rule and flagged, and transcriptions are named, as for
// [Calendar.AddWorkingDays]; errors as for it. Whether a deadline rolls at all is the
// caller's choice (a ban period never rolls).
func (c Calendar) Roll(last platform.Date, opts Options) (Rolled, error) {
	const op = "calendar.Calendar.Roll"
	r := Rolled{Original: last, Options: opts}
	dd := last
	var pc provCache
	for {
		var st Status
		if err := c.status(op, dd, &pc, &st); err != nil {
			return Rolled{}, err
		}
		r.Transcribed = addTranscribed(r.Transcribed, st.Transcribed)
		if len(st.Unconfirmed) > 0 {
			if opts.Strict {
				return Rolled{}, strictError(op, dd, st.Unconfirmed)
			}
			r.Unconfirmed = addNotes(r.Unconfirmed, st.Unconfirmed)
		}
		if st.Kind != Holiday && (st.Kind != Weekend || opts.WeekendsNotHolidays) {
			break
		}
		next := dd.AddDays(1)
		if next == dd {
			return Rolled{}, errf(op, platform.ErrCalendar, "date", dd.String(), nil)
		}
		dd = next
	}
	r.Last, r.Moved = dd, dd != last
	f := platform.Finding{Rule: rule(RuleRoll), Outcome: platform.Pass}.
		WithWanted(platform.DateVal(last)).WithFound(platform.DateVal(dd))
	var zh, en string
	if r.Moved {
		zh = "最后一日" + last.Chinese() + "为法定休假日，顺延至" + dd.Chinese()
		en = "the last day " + last.String() + " is a holiday; it moves to " + dd.String()
	} else {
		zh = "最后一日" + last.Chinese() + "不是法定休假日，不顺延"
		en = "the last day " + last.String() + " is not a holiday and does not move"
	}
	if opts.WeekendsNotHolidays {
		zh += "（选项：周休息日不视为法定休假日）"
		en += " (option: weekends are not statutory holidays)"
	}
	withProvenance(&f, zh, en, r.Transcribed, r.Unconfirmed)
	r.Findings = []platform.Finding{f}
	r.Edition = c.Edition()
	return r, nil
}

// RollForward is [Calendar.Roll] returning only the rolled last day.
func (c Calendar) RollForward(last platform.Date, opts Options) (platform.Date, error) {
	r, err := c.Roll(last, opts)
	if err != nil {
		return platform.Date{}, err
	}
	return r.Last, nil
}
