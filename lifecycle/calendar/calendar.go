package calendar

import (
	"encoding/json"
	"errors"
	"slices"
	"strconv"

	"github.com/lhasa-sti/platform"
)

const kindInvalid = platform.ErrInvalid

func errf(op string, k platform.Kind, field, input string, cause error) error {
	return platform.NewError(op, k, field, input, cause)
}

// ErrUnconfirmed is the cause of the error a strict count ([Options].Strict) returns when it
// passes through a window where a Lhasa festival may fall but its arrangement is not known,
// or through a year whose national arrangement is not known (counted provisionally without
// Strict). Such an error is also a [platform.ErrCalendar].
var ErrUnconfirmed = errors.New("calendar: a holiday arrangement in the period is unconfirmed")

// Calendar knows, for each year it holds and each [Source], whether the official
// arrangement is known, and the off days and adjusted working days it makes. It is an
// immutable value: [Calendar.WithYear] returns a new calendar and leaves the old one as it
// was, and a Calendar is safe for concurrent use. The zero Calendar holds no year, so every
// question put to it is an error ([platform.ErrCalendar]).
type Calendar struct {
	years map[int]YearData
	// held is what a date's status needs of its year, in one lookup.
	held map[int]yearInfo
	days map[platform.Date]dayInfo
	fp   string
}

// yearInfo is what the calendar keeps of a year it holds data for.
type yearInfo struct {
	known       bool          // the national arrangement is known
	transcribed []Transcribed // known arrangements taken from a transcription
	// windows are the windows of the festivals whose arrangement is not known that reach
	// into the year, in the order of the years and sources they belong to.
	windows []Note
}

// dayInfo is what the arrangements say of one date.
type dayInfo struct {
	off     bool
	offSrc  Source
	offName string
	work    bool
	workSrc Source
}

// Default returns the calendar of 2023–2027 from LEGAL.md §4 and §5: the State
// Council's four notices (国办发明电〔2022〕16号, 〔2023〕7号, 〔2024〕12号 and the 2026 notice of
// 2025-11-04), the 2027 arrangement as transcribed by github.com/6tail/lunar-go v1.4.7 (the
// notice itself not read; every result using it says so), Lhasa's 藏历新年 arrangements of
// 2023, 2025 and 2026 (拉萨市人民政府办公室), the unconfirmed 藏历新年 2024 and 2027 and every
// 雪顿节 as windows. 2028 on is counted provisionally (see the package doc).
//
// The calendar is built once, when the package is initialized, and every call returns it: a
// Calendar is never changed once built (WithYear and UnmarshalJSON build another; what a
// result shows of it is copied), so its holders cannot tell a shared one from their own.
func Default() Calendar { return defaultCalendar }

// defaultCalendar is the calendar Default returns, built from the literals of defaultYears.
var defaultCalendar = buildDefault()

// buildDefault builds the default calendar from its literals.
func buildDefault() Calendar {
	c, err := New(defaultYears()...)
	if err != nil {
		// The default table is literal data checked by the tests; this cannot happen.
		return Calendar{}
	}
	return c
}

// New builds a calendar from year data. Each year is validated; a year given twice is an
// error ([platform.ErrDuplicate]). All problems are reported together.
func New(years ...YearData) (Calendar, error) {
	const op = "calendar.New"
	var p platform.Problems
	m := make(map[int]YearData, len(years))
	for i, y := range years {
		if err := y.Validate(); err != nil {
			p.Add(errf(op, platform.ErrInvalid, "years["+strconv.Itoa(i)+"]", strconv.Itoa(y.Year), err))
			continue
		}
		if _, dup := m[y.Year]; dup {
			p.Addf(op, platform.ErrDuplicate, "years["+strconv.Itoa(i)+"].year", strconv.Itoa(y.Year))
			continue
		}
		m[y.Year] = y.clone()
	}
	if err := p.Err(); err != nil {
		return Calendar{}, err
	}
	return build(m)
}

// build indexes the years. m is owned by the new calendar.
func build(m map[int]YearData) (Calendar, error) {
	c := Calendar{years: m, held: make(map[int]yearInfo, len(m)), days: make(map[platform.Date]dayInfo)}
	var windows []Note
	for _, y := range c.sorted() {
		yi := yearInfo{known: y.National.Known}
		for _, s := range Sources() {
			a := y.Of(s)
			if a.Known && a.Transcription != nil {
				yi.transcribed = append(yi.transcribed, Transcribed{Source: s, Year: y.Year, By: a.Transcription.By})
			}
			if !a.Known {
				if a.Window != nil {
					windows = append(windows, Note{Source: s, Year: y.Year, Window: *a.Window})
				}
				continue
			}
			for _, h := range a.Holidays {
				// Index by offset: AddDays clamps at 9999-12-31, so stepping a date could loop.
				for i, span := 0, h.From.DaysUntil(h.To); i <= span; i++ {
					dd := h.From.AddDays(i)
					info := c.days[dd]
					if !info.off {
						info.off, info.offSrc, info.offName = true, s, h.Name
					}
					c.days[dd] = info
				}
			}
			for _, dd := range a.WorkDays {
				info := c.days[dd]
				if !info.work {
					info.work, info.workSrc = true, s
				}
				c.days[dd] = info
			}
		}
		c.held[y.Year] = yi
	}
	// A date is in one year, so a status looks only at the windows that reach into it.
	for _, w := range windows {
		for yr := w.Window.From.Year(); yr <= w.Window.To.Year(); yr++ {
			yi := c.held[yr]
			yi.windows = append(yi.windows, w)
			c.held[yr] = yi
		}
	}
	// The provisional rule's lunar table is part of what the calendar answers from.
	fp, err := platform.Fingerprint(struct {
		Years []YearData  `json:"years"`
		Lunar [][4]uint16 `json:"lunar"`
	}{c.sorted(), lunarTable[:]})
	if err != nil {
		return Calendar{}, err
	}
	c.fp = fp
	return c, nil
}

func (c Calendar) sorted() []YearData {
	out := make([]YearData, 0, len(c.years))
	for _, y := range c.years {
		out = append(out, y)
	}
	sortYears(out)
	return out
}

// WithYear returns a calendar holding y in place of whatever it held for y.Year (a new
// year, such as 2027 once its notice appears, or a corrected one, such as 2024 once Lhasa's
// 藏历新年 arrangement is confirmed). y is validated first; c itself is not changed.
func (c Calendar) WithYear(y YearData) (Calendar, error) {
	if err := y.Validate(); err != nil {
		return c, errf("calendar.Calendar.WithYear", platform.ErrInvalid, "year", strconv.Itoa(y.Year), err)
	}
	m := make(map[int]YearData, len(c.years)+1)
	for k, v := range c.years {
		m[k] = v
	}
	m[y.Year] = y.clone()
	return build(m)
}

// Year returns a copy of the data held for year, and whether there is any.
func (c Calendar) Year(year int) (YearData, bool) {
	y, ok := c.years[year]
	if !ok {
		return YearData{}, false
	}
	return y.clone(), true
}

// Known reports whether the calendar holds the official arrangement of source s for year.
func (c Calendar) Known(year int, s Source) bool {
	y, ok := c.years[year]
	return ok && s.Valid() && y.Of(s).Known
}

// Years returns the years the calendar holds data for, in order (fresh slice). A year held
// may still have an unknown national arrangement; see [Calendar.Known].
func (c Calendar) Years() []int {
	out := make([]int, 0, len(c.years))
	for _, y := range c.sorted() {
		out = append(out, y.Year)
	}
	return out
}

// Fingerprint returns the fingerprint of the calendar's data ([platform.Fingerprint]),
// stamped on every result's edition.
func (c Calendar) Fingerprint() string { return c.fp }

// Edition returns the measures' edition stamped with the calendar's fingerprint.
func (c Calendar) Edition() platform.Edition {
	return platform.DefaultEdition().WithFingerprint(c.fp)
}

type calendarJSON struct {
	Years []YearData `json:"years"`
}

// MarshalJSON writes {"years":[…]}, the years in order.
func (c Calendar) MarshalJSON() ([]byte, error) {
	ys := c.sorted()
	for i := range ys {
		ys[i] = ys[i].clone()
	}
	return json.Marshal(calendarJSON{Years: ys})
}

// UnmarshalJSON reads what MarshalJSON writes, validating every year as [New] does.
func (c *Calendar) UnmarshalJSON(b []byte) error {
	var in calendarJSON
	if err := json.Unmarshal(b, &in); err != nil {
		return errf("calendar.Calendar.UnmarshalJSON", platform.ErrInvalid, "calendar", "", err)
	}
	v, err := New(in.Years...)
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Note names an arrangement that is not known, for a date or a count that touches the
// window in which that festival may fall, or that examines a year whose national
// arrangement is not known and is counted provisionally (Provisional).
type Note struct {
	Source Source          `json:"source"`
	Year   int             `json:"year"`
	Window platform.Window `json:"window"`
	// Provisional is true for a national arrangement not known, counted by the provisional
	// rule: Window is then the whole year.
	Provisional bool `json:"provisional,omitempty"`
	// Assumed are, for a provisional year, the off days assumed: the statutory holidays and
	// their make-up days (补假).
	Assumed []Period `json:"assumed,omitempty"`
}

// Chinese describes the note: "2024年藏历新年放假安排未确认（可能影响2024年1月25日至2024年3月20日）",
// or for a provisional year "2028年全国年节放假安排未知，暂按《全国年节及纪念日放假办法》计算：元旦1月1日、…
// 放假，周六、周日休息，调休未计（可能影响2028年1月1日至2028年12月31日）".
func (n Note) Chinese() string {
	if n.Provisional {
		return strconv.Itoa(n.Year) + "年" + n.Source.Chinese() + "放假安排未知，暂按《全国年节及纪念日放假办法》计算：" +
			assumedText(n.Assumed, true) + "放假，周六、周日休息，调休未计（可能影响" +
			n.Window.From.Chinese() + "至" + n.Window.To.Chinese() + "）"
	}
	return strconv.Itoa(n.Year) + "年" + n.Source.Chinese() + "放假安排未确认（可能影响" +
		n.Window.From.Chinese() + "至" + n.Window.To.Chinese() + "）"
}

// English describes the note.
func (n Note) English() string {
	if n.Provisional {
		return "the " + strconv.Itoa(n.Year) + " " + n.Source.English() + " arrangement is not known: counted provisionally " +
			"under the statutory holidays (" + assumedText(n.Assumed, false) + " off, weekends off, adjusted working days not counted; may affect " +
			n.Window.From.String() + " to " + n.Window.To.String() + ")"
	}
	return "the " + strconv.Itoa(n.Year) + " " + n.Source.English() + " arrangement is unconfirmed (may affect " +
		n.Window.From.String() + " to " + n.Window.To.String() + ")"
}

// Transcribed names a known arrangement a result used whose days were taken from a
// transcription ([Arrangement].Transcription), not read from the notice.
type Transcribed struct {
	Source Source `json:"source"`
	Year   int    `json:"year"`
	// By names the transcriber and its version.
	By string `json:"by"`
}

// Chinese describes it: "2027年全国年节放假安排取自github.com/6tail/lunar-go v1.4.7 (HolidayUtil)的转录，通知原文未核对".
func (t Transcribed) Chinese() string {
	return strconv.Itoa(t.Year) + "年" + t.Source.Chinese() + "放假安排取自" + t.By + "的转录，通知原文未核对"
}

// English describes it.
func (t Transcribed) English() string {
	return "the " + strconv.Itoa(t.Year) + " " + t.Source.English() + " arrangement is as transcribed by " + t.By +
		"; the notice itself was not read"
}

// Status says why a date is or is not a working day, and what is unconfirmed about it.
type Status struct {
	Date platform.Date `json:"date"`
	Kind DayKind       `json:"kind"`
	// Name is the holiday's name when Kind is Holiday.
	Name string `json:"name,omitempty"`
	// Source is the arrangement that made the day a holiday or an adjusted working day;
	// zero for an ordinary weekday or weekend. When two arrangements agree (春节 2026 in
	// Lhasa), the national one is named.
	Source Source `json:"source,omitempty"`
	// Unconfirmed lists the Lhasa festivals whose window holds the date though their
	// arrangement is not known, and the date's year when its national arrangement is not
	// known and the date was counted provisionally: the answer may change when it is.
	Unconfirmed []Note `json:"unconfirmed,omitempty"`
	// Transcribed lists the known arrangements of the date's year taken from a
	// transcription rather than from the notice.
	Transcribed []Transcribed `json:"transcribed,omitempty"`
}

// Confirmed reports whether nothing about the date is unconfirmed.
func (s Status) Confirmed() bool { return len(s.Unconfirmed) == 0 }

// provCache keeps, during one count or roll, the last year computed by the provisional rule.
type provCache struct {
	p  provisional
	ok bool
}

// provisional returns year counted by the provisional rule, or an error when the rule does
// not reach it (the zero Calendar, a year before 2023 or after the lunar table).
func (c Calendar) provisional(op string, d platform.Date, pc *provCache) (*provisional, error) {
	y := d.Year()
	if pc.ok && pc.p.year == y {
		return &pc.p, nil
	}
	why := ""
	switch {
	case c.fp == "":
		why = "; the zero Calendar holds no data"
	case y < lunarFirst:
		why = "; years before " + strconv.Itoa(lunarFirst) + " are not counted"
	}
	if why == "" {
		_, held := c.years[y]
		p, ok := provisionalYear(y, held)
		if ok {
			pc.p, pc.ok = p, true
			return &pc.p, nil
		}
		why = "; the provisional rule's lunar table ends in " + strconv.Itoa(lunarLast)
	}
	return nil, errf(op, platform.ErrCalendar, "date", d.String(),
		errors.New("calendar: the national holiday arrangement for "+strconv.Itoa(y)+" is not known"+why))
}

// status classifies d. A year whose national arrangement is not known is counted by the
// provisional rule (pc caches it; nil computes afresh). It errors on the zero date and on a
// year the provisional rule does not reach.
//
// It writes into *st, which it zeroes first: a Status returned through two calls costs more
// than the rest of a day's status.
func (c Calendar) status(op string, d platform.Date, pc *provCache, st *Status) error {
	*st = Status{}
	if d.IsZero() {
		return errf(op, platform.ErrMissing, "date", "", nil)
	}
	y := d.Year()
	yi := c.held[y]
	var prov *provisional
	if !yi.known {
		if pc == nil {
			pc = &provCache{}
		}
		var err error
		if prov, err = c.provisional(op, d, pc); err != nil {
			return err
		}
	}
	st.Date = d
	info := c.days[d]
	if !info.off && prov != nil {
		if name, ok := prov.offOn(d); ok {
			info.off, info.offSrc, info.offName = true, National, name
		}
	}
	switch {
	case info.off:
		st.Kind, st.Name, st.Source = Holiday, info.offName, info.offSrc
	case info.work:
		st.Kind, st.Source = AdjustedWorkDay, info.workSrc
	case weekend(d):
		st.Kind = Weekend
	default:
		st.Kind = Weekday
	}
	if prov != nil {
		for _, n := range prov.notes {
			if n.Window.Contains(d) {
				st.Unconfirmed = append(st.Unconfirmed, n)
			}
		}
	}
	for i := range yi.windows {
		if yi.windows[i].Window.Contains(d) {
			st.Unconfirmed = append(st.Unconfirmed, yi.windows[i])
		}
	}
	st.Transcribed = yi.transcribed
	return nil
}

// IsWorkingDay reports whether d is a working day (工作日) for the 公示 period of
// 第十三条（五）, and why:
//
//	工作日 = (Monday–Friday OR an adjusted working day, national or Lhasa)
//	         AND NOT an off day of the national arrangement or of a Lhasa festival.
//
// A date in a year whose national arrangement the calendar does not know is answered by the
// provisional rule (statutory holidays, weekends and 补假; see the package doc), with the
// year listed in [Status].Unconfirmed; a date before 2023 or after 2100 in such a year is an
// error ([platform.ErrCalendar]), as is any date asked of the zero Calendar; so is the zero
// date ([platform.ErrMissing]). A date inside the window of a Lhasa festival whose
// arrangement is not known is answered by the known arrangements, with the festival listed
// in [Status].Unconfirmed. A date of a year whose arrangement was transcribed lists the
// transcription in [Status].Transcribed.
func (c Calendar) IsWorkingDay(d platform.Date) (bool, Status, error) {
	var st Status
	if err := c.status("calendar.Calendar.IsWorkingDay", d, nil, &st); err != nil {
		return false, st, err
	}
	st.Transcribed = slices.Clone(st.Transcribed)
	return st.Kind == Weekday || st.Kind == AdjustedWorkDay, st, nil
}
