package calendar

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/lhasa-sti/platform"
)

// A year whose national arrangement is not known (no notice yet) is counted provisionally:
//
//   - off: the statutory days of 《全国年节及纪念日放假办法》第二条 as amended by 国务院令第795号
//     (from 2025-01-01): 元旦 01-01; 春节 4 days, 农历除夕 and 正月初一至初三; 清明 (the solar
//     term); 劳动节 05-01 and 05-02; 端午 (五月初五); 中秋 (八月十五); 国庆 10-01 to 10-03;
//   - off: Saturdays and Sundays;
//   - off: 补假. Each statutory day that falls on a Saturday or Sunday, or on a day another
//     statutory holiday already takes, is made up on the first weekday after its holiday
//     that is neither a statutory day nor already a make-up day (办法 "适逢星期六、星期日，应当
//     在工作日补假"; a coincidence of two holidays is treated as the same loss);
//   - not known, so not counted: the notice's 调休 (weekend days made working days and the
//     weekdays given off with them) and anything Lhasa adds;
//   - 藏历新年 gets the window [tibetanNewYearWindow], 雪顿节 the window [shotonWindow], unless
//     the calendar holds Lhasa data for the year.
//
// Every answer that examines such a year carries a [Note] naming the year and these
// assumptions ([Note].Provisional); [Options].Strict refuses it.

// statutoryNamesEn are the English names of the statutory holidays and make-up days.
var statutoryNamesEn = map[string]string{
	"元旦": "New Year's Day", "春节": "Spring Festival", "清明节": "Qingming", "劳动节": "Labor Day",
	"端午节": "Dragon Boat Festival", "中秋节": "Mid-Autumn Festival", "国庆节": "National Day",
}

// makeUpSuffix ends the name of a make-up day (清明节补假).
const makeUpSuffix = "补假"

// provisional is a year counted by the provisional rule.
type provisional struct {
	year int
	// off are the statutory holidays and the make-up days, by date.
	off []Period
	// notes flag the year: the national note first, then the Lhasa windows of a year the
	// calendar holds no data for.
	notes []Note
}

// offOn returns the name of the provisional holiday on d, if any.
func (p *provisional) offOn(d platform.Date) (string, bool) {
	for _, h := range p.off {
		if !d.Before(h.From) && !d.After(h.To) {
			return h.Name, true
		}
	}
	return "", false
}

func weekend(d platform.Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// statutory returns the statutory holidays of year, in the order of 第二条.
func statutory(year int, l lunarDates) []Period {
	day := func(m, dd int) platform.Date { return platform.MustDate(year, m, dd) }
	return []Period{
		{Name: "元旦", From: day(1, 1), To: day(1, 1)},
		{Name: "春节", From: l.spring.AddDays(-1), To: l.spring.AddDays(2)},
		{Name: "清明节", From: l.qingming, To: l.qingming},
		{Name: "劳动节", From: day(5, 1), To: day(5, 2)},
		{Name: "端午节", From: l.duanwu, To: l.duanwu},
		{Name: "中秋节", From: l.zhongqiu, To: l.zhongqiu},
		{Name: "国庆节", From: day(10, 1), To: day(10, 3)},
	}
}

// provisionalOff returns the statutory holidays of year and its make-up days (consecutive
// make-up days of one holiday as one period), ordered by their first day (a statutory
// holiday before a make-up day starting the same day, which cannot happen).
func provisionalOff(year int, l lunarDates) []Period {
	hs := statutory(year, l)
	isStatutory := func(d platform.Date) bool {
		for _, h := range hs {
			if h.Window().Contains(d) {
				return true
			}
		}
		return false
	}
	out := hs
	var taken []platform.Date // statutory days already given to a holiday
	isTaken := func(d platform.Date) bool {
		for _, t := range taken {
			if t == d {
				return true
			}
		}
		return false
	}
	var madeUp []platform.Date
	isMadeUp := func(d platform.Date) bool {
		for _, t := range madeUp {
			if t == d {
				return true
			}
		}
		return false
	}
	for _, h := range hs {
		lost := 0
		for i, span := 0, h.From.DaysUntil(h.To); i <= span; i++ {
			d := h.From.AddDays(i)
			if weekend(d) || isTaken(d) {
				lost++
			}
			taken = append(taken, d)
		}
		name := h.Name + makeUpSuffix
		for d := h.To.AddDays(1); lost > 0; d = d.AddDays(1) {
			if weekend(d) || isStatutory(d) || isMadeUp(d) {
				continue
			}
			madeUp = append(madeUp, d)
			lost--
			if last := len(out) - 1; out[last].Name == name && out[last].To.AddDays(1) == d {
				out[last].To = d
				continue
			}
			out = append(out, Period{Name: name, From: d, To: d})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].From.Before(out[j].From) })
	return out
}

// tibetanNewYearWindow returns the window where 藏历新年's holiday and adjusted working days
// may fall in a year whose Lhasa arrangement is not known, drawn as the 2024 window was
// (LEGAL.md §5): 藏历初一 falls on 春节's day or the day after (2026: 02-18, 春节 02-17) or one
// lunar month later (2022: 03-03, 春节 02-01; 2023: 02-21, 春节 01-22; 2025: holiday from 02-27,
// 春节 01-29), so from 春节 to 春节 + 30 days; the holiday starts a day or two before 初一 and runs
// up to 7 days, and adjusted working weekends lie up to ten days either side, which the 2024
// window covered with 16 days before the earliest 初一 and 17 after the latest. The window is
// 春节 − 16 days to 春节 + 47 days. ok is false for a year outside the lunar table.
func tibetanNewYearWindow(year int) (platform.Window, bool) {
	l, ok := lunarOf(year)
	if !ok {
		return platform.Window{}, false
	}
	return platform.Window{From: l.spring.AddDays(-16), To: l.spring.AddDays(30 + 17)}, true
}

// shotonWindow returns the window where 雪顿节's holiday and adjusted working days may fall in
// a year whose festival dates are not known, drawn as the 2025 and 2026 windows were
// (LEGAL.md §5): it begins on 藏历六月三十, which fell on 08-27 (2022), 08-16 (2023) and 08-04
// (2024); with a 7-day holiday and adjusted days around it, 07-20 to 09-10.
func shotonWindow(year int) platform.Window {
	return platform.Window{From: platform.MustDate(year, 7, 20), To: platform.MustDate(year, 9, 10)}
}

// provisionalYear applies the provisional rule to year; held is whether the calendar holds
// data for the year (whose Lhasa arrangements and windows then apply instead of the default
// windows). ok is false outside the lunar table.
func provisionalYear(year int, held bool) (provisional, bool) {
	l, ok := lunarOf(year)
	if !ok {
		return provisional{}, false
	}
	p := provisional{year: year, off: provisionalOff(year, l)}
	p.notes = append(p.notes, Note{Source: National, Year: year,
		Window:      platform.Window{From: platform.MustDate(year, 1, 1), To: platform.MustDate(year, 12, 31)},
		Provisional: true, Assumed: append([]Period(nil), p.off...)})
	if !held {
		w, _ := tibetanNewYearWindow(year)
		p.notes = append(p.notes, Note{Source: TibetanNewYear, Year: year, Window: w},
			Note{Source: Shoton, Year: year, Window: shotonWindow(year)})
	}
	return p, true
}

// ProvisionalYear returns what a calendar that holds no data for year counts for it: the
// year as data (the national arrangement not known, its Note saying what is assumed; 藏历新年
// and 雪顿节 with their default windows), valid as it stands and the starting point for an
// operator adding the year, and the national off days assumed (the statutory holidays of
// 《全国年节及纪念日放假办法》 and their make-up days, by date). ok is false for a year before
// 2023 or after the lunar table's last year (2100).
func ProvisionalYear(year int) (y YearData, assumed []Period, ok bool) {
	p, ok := provisionalYear(year, false)
	if !ok {
		return YearData{}, nil, false
	}
	tw, sw := p.notes[1].Window, p.notes[2].Window
	return YearData{
		Year:           year,
		National:       Arrangement{Note: p.notes[0].English()},
		TibetanNewYear: Arrangement{Window: &tw, Note: "window drawn as 2024's, relative to 春节 (package doc)"},
		Shoton:         Arrangement{Window: &sw, Note: "window drawn as 2025's and 2026's (package doc)"},
	}, p.off, true
}

// mdZh writes d as 1月25日, mdEn as 01-25.
func mdZh(d platform.Date) string {
	return strconv.Itoa(int(d.Month())) + "月" + strconv.Itoa(d.Day()) + "日"
}

func mdEn(d platform.Date) string { return d.String()[5:] }

// assumedText lists the assumed off days: 元旦1月1日、春节1月25日至1月28日 (zh) or
// New Year's Day 01-01, Spring Festival 01-25..01-28 (en).
func assumedText(ps []Period, zh bool) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		if zh {
			parts[i] = p.Name + mdZh(p.From)
			if p.To != p.From {
				parts[i] += "至" + mdZh(p.To)
			}
			continue
		}
		name, ok := statutoryNamesEn[p.Name]
		if base, made := strings.CutSuffix(p.Name, makeUpSuffix); made {
			name, ok = "make-up day for "+statutoryNamesEn[base], statutoryNamesEn[base] != ""
		}
		if !ok {
			name = p.Name
		}
		parts[i] = name + " " + mdEn(p.From)
		if p.To != p.From {
			parts[i] += ".." + mdEn(p.To)
		}
	}
	if zh {
		return strings.Join(parts, "、")
	}
	return strings.Join(parts, ", ")
}
