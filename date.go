package platform

import (
	"encoding/json"
	"strconv"
	"time"
)

// Date is a calendar date with no time of day and no time zone, between 0001-01-01 and
// 9999-12-31 in the proleptic Gregorian calendar. The zero value is "no date" (a fact
// not supplied); [Date.IsZero] reports it. Dates are comparable with ==.
//
// Periods counted in days, months and years follow 《民法典》第二百零一、二百零二条; see
// [Span] and [Counting].
type Date struct {
	n int32 // days since 0000-12-31, so 0001-01-01 is 1 and 0 is the zero Date
}

const (
	minYear = 1
	maxYear = 9999
)

var (
	firstDay = mustCivil(minYear, 1, 1)
	lastDay  = mustCivil(maxYear, 12, 31)
)

// civil returns the day number (Date.n) of year y, month m, day d, for 1 ≤ y ≤ 9999 and a
// valid month and day. It is the algorithm of C. Neri and L. Schneider, "Euclidean affine
// functions and their application to calendar algorithms" (2022), counted from 0000-03-01
// so that every supported day is a small positive number and unsigned arithmetic is exact;
// calendar_internal_test.go checks it against H. Hinnant's days_from_civil on every supported day.
func civil(y, m, d int) int32 {
	yy, mm := uint32(y), uint32(m)
	if mm <= 2 { // January and February end the computational year that began in March
		yy--
		mm += 12
	}
	c := yy / 100
	n := 1461*yy/4 - c + c/4 + (979*mm-2919)/32 + uint32(d) - 1 // days since 0000-03-01
	return int32(n) - 305
}

// ymd is civil's inverse, for 1 ≤ n ≤ the day number of 9999-12-31.
func ymd(n int32) (y, m, d int) {
	z := uint32(n) + 305 // days since 0000-03-01
	n1 := 4*z + 3
	c := n1 / 146097              // century
	nc := n1 % 146097 / 4         // day of the century
	p := 2939745 * uint64(4*nc+3) // year of the century, and the day of the year, at once
	yy := 100*c + uint32(p>>32)   // computational year (starting in March)
	ny := uint32(p) / 2939745 / 4 // day of the computational year
	n3 := 2141*ny + 197913
	mm, dd := n3>>16, (n3&0xffff)/2141+1
	if ny >= 306 { // January or February: of the next calendar year
		yy++
		mm -= 12
	}
	return int(yy), int(mm), int(dd)
}

func mustCivil(y, m, d int) Date { return Date{civil(y, m, d)} }

// IsLeapYear reports whether y is a leap year of the Gregorian calendar.
func IsLeapYear(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// DaysIn returns the number of days of month m of year y (0 for a month outside 1–12).
func DaysIn(y, m int) int {
	switch m {
	case 1, 3, 5, 7, 8, 10, 12:
		return 31
	case 4, 6, 9, 11:
		return 30
	case 2:
		if IsLeapYear(y) {
			return 29
		}
		return 28
	}
	return 0
}

// NewDate returns the date y-m-d, or an error naming the field that does not exist
// (month 13, 2023-02-29, year 0).
func NewDate(y, m, d int) (Date, error) {
	bad := func(field string) (Date, error) {
		in := strconv.Itoa(y) + "-" + strconv.Itoa(m) + "-" + strconv.Itoa(d)
		return Date{}, &Error{Op: "platform.NewDate", Kind: ErrRange, Field: field, Input: in}
	}
	switch {
	case y < minYear || y > maxYear:
		return bad("year")
	case m < 1 || m > 12:
		return bad("month")
	case d < 1 || d > DaysIn(y, m):
		return bad("day")
	}
	return mustCivil(y, m, d), nil
}

// MustDate is NewDate for literals in tables and tests: it panics on a date that does not exist.
func MustDate(y, m, d int) Date {
	v, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return v
}

// ParseDate parses an ISO 8601 calendar date, exactly YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	const op = "platform.ParseDate"
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &Error{Op: op, Kind: ErrInvalid, Field: "date", Input: s}
	}
	num := func(p string) int {
		n := 0
		for i := 0; i < len(p); i++ {
			c := p[i]
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 0 || m < 0 || d < 0 {
		return Date{}, &Error{Op: op, Kind: ErrInvalid, Field: "date", Input: s}
	}
	v, err := NewDate(y, m, d)
	if err != nil {
		return Date{}, &Error{Op: op, Kind: ErrRange, Field: "date", Input: s}
	}
	return v, nil
}

// MustParseDate is ParseDate for literals; it panics on a malformed date.
func MustParseDate(s string) Date {
	v, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// DateOf returns the calendar date of t in t's own location. The zero time.Time is
// 0001-01-01, a real date: check t.IsZero() first where a zero time means "no time".
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	v, err := NewDate(y, int(m), d)
	if err != nil {
		return Date{}
	}
	return v
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d.n == 0 }

// YMD returns the year, month and day; all zero for the zero Date.
func (d Date) YMD() (year, month, day int) {
	if d.n == 0 {
		return 0, 0, 0
	}
	return ymd(d.n)
}

// Year returns the year, or 0 for the zero Date.
func (d Date) Year() int { y, _, _ := d.YMD(); return y }

// Month returns the month 1–12, or 0 for the zero Date.
func (d Date) Month() int { _, m, _ := d.YMD(); return m }

// Day returns the day of the month, or 0 for the zero Date.
func (d Date) Day() int { _, _, dd := d.YMD(); return dd }

// Weekday returns the day of the week (0001-01-01 was a Monday). The zero Date reports Sunday.
func (d Date) Weekday() time.Weekday { return time.Weekday(int(d.n) % 7) }

// Time returns midnight UTC at the start of d; the zero Date gives the zero time.Time.
func (d Date) Time() time.Time {
	if d.n == 0 {
		return time.Time{}
	}
	y, m, dd := d.YMD()
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
}

// String formats d as YYYY-MM-DD, and the zero Date as "".
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	var b [10]byte
	return string(d.appendISO(b[:0]))
}

func (d Date) appendISO(b []byte) []byte {
	y, m, dd := d.YMD()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+dd/10), byte('0'+dd%10))
	return b
}

// Chinese formats d the way the measures write dates: 2025年11月30日.
func (d Date) Chinese() string {
	if d.n == 0 {
		return ""
	}
	y, m, dd := d.YMD()
	return strconv.Itoa(y) + "年" + strconv.Itoa(m) + "月" + strconv.Itoa(dd) + "日"
}

// MarshalText formats d as YYYY-MM-DD; the zero Date as empty text.
func (d Date) MarshalText() ([]byte, error) {
	if d.n == 0 {
		return []byte{}, nil
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText parses YYYY-MM-DD; empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes "YYYY-MM-DD", or null for the zero Date.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.n == 0 {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 12)
	b = append(b, '"')
	b = d.appendISO(b)
	return append(b, '"'), nil
}

// UnmarshalJSON reads "YYYY-MM-DD" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		*d = Date{}
		return nil
	}
	var v string
	if len(s) < 2 || s[0] != '"' || json.Unmarshal(b, &v) != nil {
		return &Error{Op: "platform.Date.UnmarshalJSON", Kind: ErrInvalid, Field: "date", Input: s}
	}
	return d.UnmarshalText([]byte(v))
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.n) - int(d.n) }

// AddDays returns d plus n days. The zero Date stays zero; a result outside the supported
// years is clamped to 0001-01-01 or 9999-12-31.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return d
	}
	v := int64(d.n) + int64(n)
	if v < int64(firstDay.n) {
		return firstDay
	}
	if v > int64(lastDay.n) {
		return lastDay
	}
	return Date{int32(v)}
}

// AddMonths returns the corresponding day n months later (earlier for negative n), or the
// last day of that month when it has no corresponding day (《民法典》第二百零二条):
// 2024-01-31 + 1 month is 2024-02-29. The zero Date stays zero; results are clamped to
// the supported years.
func (d Date) AddMonths(n int) Date {
	if d.n == 0 {
		return d
	}
	y, m, dd := d.YMD()
	t := int64(y)*12 + int64(m-1) + int64(n)
	if t < minYear*12 {
		return firstDay
	}
	if t > maxYear*12+11 {
		return lastDay
	}
	ny, nm := int(t/12), int(t%12)+1
	if last := DaysIn(ny, nm); dd > last {
		dd = last
	}
	return mustCivil(ny, nm, dd)
}

// AddYears returns the corresponding day n years later, or the last day of the month when
// there is none (2024-02-29 + 1 year is 2025-02-28).
func (d Date) AddYears(n int) Date { return d.AddMonths(12 * n) }

// Window is a closed range of dates, both ends included. A window whose To is before its
// From is empty.
type Window struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// Contains reports whether d lies in the window, both ends included.
func (w Window) Contains(d Date) bool {
	return !d.IsZero() && !d.Before(w.From) && !d.After(w.To)
}

// Empty reports whether the window holds no date.
func (w Window) Empty() bool { return w.To.Before(w.From) }

// Days returns the number of dates in the window (0 when empty).
func (w Window) Days() int {
	if w.Empty() {
		return 0
	}
	return w.From.DaysUntil(w.To) + 1
}
