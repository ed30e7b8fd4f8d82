package calendar

import (
	"sort"
	"strconv"

	"github.com/lhasa-sti/platform"
)

// Period is one holiday of an arrangement: the days from From to To, both included, that
// the notice gives off (放假), under the name the notice uses (春节, 中秋节、国庆节, 藏历新年).
type Period struct {
	Name string        `json:"name"`
	From platform.Date `json:"from"`
	To   platform.Date `json:"to"`
}

// Window returns the period as a window of dates.
func (p Period) Window() platform.Window { return platform.Window{From: p.From, To: p.To} }

// Arrangement is what one source has decided for one year: whether the official
// arrangement is known, the notice that makes it (cited by number or title, issuer, date
// and where it was read), its off days and its adjusted working days. An arrangement that
// is not known lists no days; a Lhasa festival whose arrangement is not known gives instead
// the Window in which the festival may fall, so that a count through it is flagged.
type Arrangement struct {
	// Known is true when the official arrangement has been read from its notice.
	Known bool `json:"known"`
	// Notice is the notice's number (国办发明电〔2023〕7号) or, when none is known, its title.
	Notice string `json:"notice,omitempty"`
	// Issuer is the body that issued the notice (国务院办公厅, 拉萨市人民政府办公室).
	Issuer string `json:"issuer,omitempty"`
	// Issued is the notice's date; zero when not known.
	Issued platform.Date `json:"issued"`
	// URL is where the notice, or a repost of it, was read.
	URL string `json:"url,omitempty"`
	// Holidays are the off days (放假), as named periods.
	Holidays []Period `json:"holidays,omitempty"`
	// WorkDays are the weekend days the notice makes working days (调休上班).
	WorkDays []platform.Date `json:"work_days,omitempty"`
	// Window is, for a Lhasa festival whose arrangement is not known, the dates on which
	// its holiday or adjusted working days may fall. It is nil for a known arrangement and
	// for the national one (a year whose national arrangement is unknown is not counted at all).
	Window *platform.Window `json:"window,omitempty"`
	// Note explains the status: what is unconfirmed and why the window is drawn where it is.
	Note string `json:"note,omitempty"`
	// Transcription is set when a known arrangement's days were taken from a transcription
	// of the notice (a kept library, a data set) because the notice itself was not read. Every
	// result that uses such an arrangement names it ([Transcribed]).
	Transcription *Transcription `json:"transcription,omitempty"`
}

// Transcription names where the days of an arrangement whose notice was not read come from,
// and why they are trusted until the notice is read.
type Transcription struct {
	// By names the transcriber and its version ("github.com/6tail/lunar-go v1.4.7 (HolidayUtil)").
	By string `json:"by"`
	// Published is the date that version was published; zero when not known.
	Published platform.Date `json:"published"`
	// URL is where the transcription can be read.
	URL string `json:"url,omitempty"`
	// Checked says how the transcriber was checked against notices that were read.
	Checked string `json:"checked,omitempty"`
}

// clone returns a deep copy.
func (a Arrangement) clone() Arrangement {
	a.Holidays = append([]Period(nil), a.Holidays...)
	a.WorkDays = append([]platform.Date(nil), a.WorkDays...)
	if a.Window != nil {
		w := *a.Window
		a.Window = &w
	}
	if a.Transcription != nil {
		t := *a.Transcription
		a.Transcription = &t
	}
	return a
}

// YearData is one year of a calendar: the national arrangement and Lhasa's two festivals.
// Operators add a year (2027, once its notice appears) or replace one (藏历新年 2024, once
// confirmed) as data, with [Calendar.WithYear]; it round-trips JSON.
//
// The national arrangement for year Y may reach back into December of Y-1 (元旦 2023 began
// on 2022-12-31); every other date lies in Y.
type YearData struct {
	Year           int         `json:"year"`
	National       Arrangement `json:"national"`
	TibetanNewYear Arrangement `json:"tibetan_new_year"`
	Shoton         Arrangement `json:"shoton"`
}

// Of returns the arrangement of source s (the zero Arrangement for an invalid s).
func (y YearData) Of(s Source) Arrangement {
	switch s {
	case National:
		return y.National
	case TibetanNewYear:
		return y.TibetanNewYear
	case Shoton:
		return y.Shoton
	}
	return Arrangement{}
}

func (y YearData) clone() YearData {
	y.National = y.National.clone()
	y.TibetanNewYear = y.TibetanNewYear.clone()
	y.Shoton = y.Shoton.clone()
	return y
}

// Validate reports every problem of the year's data, joined: a year outside 1–9999; a known
// arrangement without its notice, or with a window; a transcription that does not name its
// transcriber, or on an arrangement that is not known; an unknown one that lists days; a Lhasa
// festival not known and without a window; a holiday without a name, with an end before its
// start, or overlapping another of the same arrangement; a date outside the year (national:
// from December of the year before); a working day listed twice or inside a holiday of the
// same arrangement.
func (y YearData) Validate() error {
	const op = "calendar.YearData.Validate"
	var p platform.Problems
	if y.Year < 1 || y.Year > 9999 {
		p.Addf(op, platform.ErrRange, "year", strconv.Itoa(y.Year))
		return p.Err()
	}
	yearEnd := platform.MustDate(y.Year, 12, 31)
	for _, s := range Sources() {
		a := y.Of(s)
		f := s.String()
		from := platform.MustDate(y.Year, 1, 1)
		if s == National && y.Year > 1 {
			from = platform.MustDate(y.Year-1, 12, 1)
		}
		inYear := func(d platform.Date) bool { return !d.Before(from) && !d.After(yearEnd) }
		if a.Transcription != nil && a.Transcription.By == "" {
			p.Addf(op, platform.ErrMissing, f+".transcription.by", "")
		}
		if !a.Known {
			if len(a.Holidays) > 0 || len(a.WorkDays) > 0 {
				p.Addf(op, platform.ErrConflict, f+".known", "false with days listed")
			}
			if a.Transcription != nil {
				p.Addf(op, platform.ErrConflict, f+".transcription", a.Transcription.By)
			}
			switch {
			case s == National && a.Window != nil:
				p.Addf(op, platform.ErrConflict, f+".window", a.Window.From.String()+".."+a.Window.To.String())
			case s.Regional() && a.Window == nil:
				p.Addf(op, platform.ErrMissing, f+".window", "")
			case s.Regional() && (a.Window.From.IsZero() || a.Window.To.IsZero()):
				p.Addf(op, platform.ErrMissing, f+".window", a.Window.From.String()+".."+a.Window.To.String())
			case s.Regional() && a.Window.Empty():
				p.Addf(op, platform.ErrOrder, f+".window", a.Window.From.String()+".."+a.Window.To.String())
			case s.Regional() && (!inYear(a.Window.From) || !inYear(a.Window.To)):
				p.Addf(op, platform.ErrRange, f+".window", a.Window.From.String()+".."+a.Window.To.String())
			}
			continue
		}
		if a.Notice == "" {
			p.Addf(op, platform.ErrMissing, f+".notice", "")
		}
		if a.Window != nil {
			p.Addf(op, platform.ErrConflict, f+".window", a.Window.From.String()+".."+a.Window.To.String())
		}
		for i, h := range a.Holidays {
			hf := f + ".holidays[" + strconv.Itoa(i) + "]"
			if h.Name == "" {
				p.Addf(op, platform.ErrMissing, hf+".name", "")
			}
			switch {
			case h.From.IsZero() || h.To.IsZero():
				p.Addf(op, platform.ErrMissing, hf, h.From.String()+".."+h.To.String())
				continue
			case h.To.Before(h.From):
				p.Addf(op, platform.ErrOrder, hf, h.From.String()+".."+h.To.String())
				continue
			case !inYear(h.From) || !inYear(h.To):
				p.Addf(op, platform.ErrRange, hf, h.From.String()+".."+h.To.String())
				continue
			}
			for j := 0; j < i; j++ {
				o := a.Holidays[j]
				if !o.From.IsZero() && !o.To.IsZero() && !h.From.After(o.To) && !o.From.After(h.To) {
					p.Addf(op, platform.ErrDuplicate, hf, h.From.String()+".."+h.To.String())
					break
				}
			}
		}
		for i, d := range a.WorkDays {
			wf := f + ".work_days[" + strconv.Itoa(i) + "]"
			switch {
			case d.IsZero():
				p.Addf(op, platform.ErrMissing, wf, "")
				continue
			case !inYear(d):
				p.Addf(op, platform.ErrRange, wf, d.String())
				continue
			}
			for j := 0; j < i; j++ {
				if a.WorkDays[j] == d {
					p.Addf(op, platform.ErrDuplicate, wf, d.String())
					break
				}
			}
			for _, h := range a.Holidays {
				if h.Window().Contains(d) {
					p.Addf(op, platform.ErrConflict, wf, d.String())
					break
				}
			}
		}
	}
	return p.Err()
}

// sortYears sorts year data by year.
func sortYears(ys []YearData) {
	sort.Slice(ys, func(i, j int) bool { return ys[i].Year < ys[j].Year })
}
