package eligibility

import (
	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// record is one finding as a check writes it: 32 bytes, against the 168 of a
// platform.Finding, so that a Result holds every finding of a check in place and a check
// writes a fifth of the memory. It keeps what the finding says in the form the check knows it in: the rule and
// the threshold by the rule's position (the Checker holds them), a text by the enum or the
// applicant's fact it names, and only the values a record cannot hold (a decimal too long for
// an int64) in a list beside the rows. [Result.At] turns a record into the platform.Finding
// it stands for.
type record struct {
	// Note is the finding's note; nil when there is none.
	Note *platform.Note
	// found and short are the numbers of the found value and of the shortfall, read
	// according to their kinds.
	found, short int64
	rule         uint8
	Outcome      platform.Outcome
	want         wantKind
	kinds        uint8 // the found value's slotKind in the low four bits, the shortfall's in the high four
	fu, su       platform.Unit
	fe, se       int8 // decimal exponents
}

// wantKind says which threshold or requirement a finding shows; each follows from the
// rule and the Checker's thresholds.
type wantKind uint8

const (
	wNone      wantKind = iota
	wCount              // the rule's threshold, in its unit
	wYears              // the rule's threshold, in years
	wPercent            // the rule's threshold, in percent
	wYes                // yes
	wOneItem            // one item
	wThreshold          // the rule's threshold as a quantity (an area or a sum)
	wGrade              // the clinical lead hospital's grade
	wFunctions          // every function a category's clause names
	wOnePerson          // one person
)

// slotKind says what a found value or a shortfall is.
type slotKind uint8

const (
	sNone     slotKind = iota
	sInt               // a count: the number and its unit
	sBool              // yes (1) or no (0)
	sDate              // a date: its day number (see dateDays)
	sDecimal           // a decimal: coefficient, exponent and unit
	sCode              // the applicant's credit code
	sListed            // a focus field of the section's list: its position
	sField             // the applicant's focus field, outside the list
	sUnitKind          // the applicant's kind of unit, as text
	sGrade             // the lead hospital's grade, as text
	sCategory          // the new R&D institution's category, as text
	sValue             // a value in Result.vals: its position
	sHeld              // a decimal of the application in Result.decs: its position, and the unit
	sDivision          // an administrative-division code: its six digits as a number
)

// functionsNeeded is the number of functions each category's clause names (the length of
// agricultureFunctions and its fellows).
const functionsNeeded = 4

func (f *record) foundKind() slotKind { return slotKind(f.kinds & 0xf) }
func (f *record) shortKind() slotKind { return slotKind(f.kinds >> 4) }

func (f *record) setFound(k slotKind, n int64, u platform.Unit, e int8) {
	f.kinds = f.kinds&0xf0 | uint8(k)
	f.found, f.fu, f.fe = n, u, e
}

func (f *record) setShort(k slotKind, n int64, u platform.Unit, e int8) {
	f.kinds = f.kinds&0x0f | uint8(k)<<4
	f.short, f.su, f.se = n, u, e
}

// SetFoundCount records a found count.
func (f *record) SetFoundCount(n int64, u platform.Unit) { f.setFound(sInt, n, u, 0) }

// SetShortfallCount records a shortfall count.
func (f *record) SetShortfallCount(n int64, u platform.Unit) { f.setShort(sInt, n, u, 0) }

// SetFoundBool records a found yes or no.
func (f *record) SetFoundBool(b bool) {
	var n int64
	if b {
		n = 1
	}
	f.setFound(sBool, n, platform.NoUnit, 0)
}

// SetFoundDate records a found date.
func (f *record) SetFoundDate(d platform.Date) { f.setFound(sDate, dateDays(d), platform.NoUnit, 0) }

// SetShortfallDate records the first date a condition is met.
func (f *record) SetShortfallDate(d platform.Date) {
	f.setShort(sDate, dateDays(d), platform.NoUnit, 0)
}

// SetFoundDecimal records a found decimal coef × 10^exp; exp is within ±maxExp (validate).
func (f *record) SetFoundDecimal(coef int64, exp int32, u platform.Unit) {
	f.setFound(sDecimal, coef, u, int8(exp))
}

// heldDecimals is how many of the application's decimals a Result holds as they were given,
// so that reading a finding shows them without building a decimal: as many as a section
// compares (an area and a sum, or a category's area and sum).
const heldDecimals = 4

// SetShortfallDecimal records a shortfall decimal coef × 10^exp.
func (f *record) SetShortfallDecimal(coef int64, exp int32, u platform.Unit) {
	f.setShort(sDecimal, coef, u, int8(exp))
}

// decimalParts returns d's coefficient and exponent (d = coef × 10^exp) when the
// coefficient fits an int64; ok is false otherwise. It does not allocate.
func decimalParts(d decimal.Decimal) (coef int64, exp int32, ok bool) {
	exp = d.Exponent()
	if d.IsZero() { // the zero Decimal{} too, whose comparison below would allocate
		return 0, exp, true
	}
	coef = d.CoefficientInt64()
	// The coefficient's low 64 bits, rebuilt into a decimal of the same exponent, give d
	// back exactly when nothing was cut off. (The rebuilt decimal stays on the stack.)
	if !decimal.New(coef, exp).Equal(d) {
		return 0, 0, false
	}
	return coef, exp, true
}

// dateDays and daysDate convert between a date and its day number (0 for the zero Date).
func dateDays(d platform.Date) int64 { return int64(platform.Date{}.DaysUntil(d)) }

func daysDate(n int64) platform.Date {
	if n == 0 {
		return platform.Date{}
	}
	return dayOne.AddDays(int(n) - 1)
}

var dayOne = platform.MustDate(1, 1, 1)
