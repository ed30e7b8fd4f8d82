package eligibility

import (
	"encoding/json"
	"iter"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// Result is the decision on one application: the verdict, one finding per criterion in
// catalog order, the edition of the thresholds used, and the options.
//
// The findings are held in the Result itself, not in a slice it points to: a check writes
// every finding (rule, outcome, wanted, found, shortfall, note) into the Result, in a
// compact form, and a Result kept in a local variable costs no allocation. Read them with
// [Result.All] or [Result.Len] and [Result.At], which give one platform.Finding at a time,
// or [Result.Finding] by rule ID; [Result.Findings] returns all of them in a new slice. A
// finding's values are the ones the check recorded; its text is built when asked for, as
// for every platform.Finding. A Result is a value: copying it copies its findings, and the
// copy is independent of the original (what they point to, the rules, the notes and the
// application's texts, is never changed). Only an application with more than one ban of
// one article has more findings than a Result holds in place; they are then kept in a
// slice the Result owns. Holding up to 37 findings in place, a Result is about 1.4 KB.
type Result struct {
	Type    platform.Type    `json:"type"`
	Verdict platform.Verdict `json:"verdict"`
	Edition platform.Edition `json:"edition"`
	Options Options          `json:"options"`

	// c is the Checker whose rules and thresholds the rows name.
	c *Checker
	// code and field are the applicant's credit code and focus field, which findings show.
	code  platform.CreditCode
	field string
	// vals holds the values the records cannot (see record); nil when there are none.
	vals []platform.Value
	// decs holds the application's decimals the findings show (see heldDecimals).
	decs [heldDecimals]decimal.Decimal
	// n is the number of findings; they are in rows[:n], or in spill when spill is not nil.
	n     int
	rows  [inlineFindings]record
	spill []record
}

// inlineFindings is how many findings a Result holds in place: as many as a check of the
// largest section gives when the record of bans holds at most one ban of each article
// (第二条 of the main text, one finding per article, and the section's criteria).
const inlineFindings = 3 + int(max(rFFocus-rEFocus, rKFocus-rFFocus, rIFocus-rKFocus,
	rCFocus-rIFocus, rNFocus-rCFocus, numRules-rNFocus))

// Len returns the number of findings.
func (r *Result) Len() int { return r.n }

// At returns the i-th finding, in catalog order; the zero Finding when i is out of range.
func (r *Result) At(i int) platform.Finding {
	if i < 0 || i >= r.n {
		return platform.Finding{}
	}
	return r.finding(r.rec(i))
}

// All yields each finding with its position, in catalog order: for i, f := range res.All().
func (r *Result) All() iter.Seq2[int, platform.Finding] {
	return func(yield func(int, platform.Finding) bool) {
		for i := range r.n {
			if !yield(i, r.finding(r.rec(i))) {
				return
			}
		}
	}
}

// Findings returns the findings in catalog order, in a new slice the caller owns; nil when
// there are none.
func (r *Result) Findings() []platform.Finding {
	if r.n == 0 {
		return nil
	}
	out := make([]platform.Finding, r.n)
	for i := range out {
		r.fill(&out[i], r.rec(i))
	}
	return out
}

// Finding returns the finding of the rule with the given ID, and whether there is one.
func (r *Result) Finding(id string) (platform.Finding, bool) {
	for i := range r.n {
		if w := r.rec(i); r.c.rules[w.rule].ID == id {
			return r.finding(w), true
		}
	}
	return platform.Finding{}, false
}

// rec points at the i-th record, 0 <= i < r.n.
func (r *Result) rec(i int) *record {
	if r.spill != nil {
		return &r.spill[i]
	}
	return &r.rows[i]
}

// finding returns the platform.Finding record w stands for.
func (r *Result) finding(w *record) (f platform.Finding) {
	r.fill(&f, w)
	return f
}

// fill writes into the zero Finding *f the finding record w stands for. It writes only the
// values the record has: *f is zeroed memory, which a check's slice of findings is.
func (r *Result) fill(f *platform.Finding, w *record) {
	c, i := r.c, ruleIndex(w.rule)
	f.Rule, f.Outcome, f.Note = &c.rules[i], w.Outcome, w.Note
	if w.want != wNone {
		r.wanted(&f.Wanted, i, w.want)
	}
	if k := w.foundKind(); k != sNone {
		r.value(&f.Found, i, k, w.found, w.fu, w.fe)
	}
	if k := w.shortKind(); k != sNone {
		r.value(&f.Shortfall, i, k, w.short, w.su, w.se)
	}
}

// The writers below store a value field by field into the zero Value *v, the fields
// platform's constructors set (see setCount and TestWritersAreTheConstructors): building a
// Value apart and copying it in costs more than the rest of reading findings.

// setCount writes platform.Count(n, u) into the zero Value *v.
func setCount(v *platform.Value, n int64, u platform.Unit) {
	v.Kind, v.Unit, v.Int = platform.IntValue, u, n
}

// setBool writes platform.Bool(b) into the zero Value *v.
func setBool(v *platform.Value, b bool) {
	v.Kind = platform.BoolValue
	if b {
		v.Int = 1
	}
}

// setText writes platform.Text(s) into the zero Value *v.
func setText(v *platform.Value, s string) { v.Kind, v.Text = platform.TextValue, s }

// setDate writes platform.DateVal(d) into the zero Value *v.
func setDate(v *platform.Value, d platform.Date) { v.Kind, v.Date = platform.DateValue, d }

// setQuantity writes platform.Quantity(d, u) into the zero Value *v.
func setQuantity(v *platform.Value, d decimal.Decimal, u platform.Unit) {
	v.Kind, v.Unit, v.Dec = platform.DecValue, u, d
}

// wanted writes into the zero Value *v the threshold or requirement a finding of rule i
// shows.
func (r *Result) wanted(v *platform.Value, i ruleIndex, k wantKind) {
	c := r.c
	n := &c.norm[i]
	switch k {
	case wCount:
		setCount(v, n.v, n.unit)
	case wYears:
		setCount(v, n.v, platform.YearUnit)
	case wPercent:
		setCount(v, n.v, platform.Percent)
	case wYes:
		setBool(v, true)
	case wOneItem:
		setCount(v, 1, platform.Item)
	case wOnePerson:
		setCount(v, 1, platform.Person)
	case wThreshold:
		*v = c.quant[i].wanted // the threshold, built once by New
	case wGrade:
		setText(v, c.th.ClinicalHospitalGrade.Grade.Chinese())
	case wFunctions:
		setCount(v, functionsNeeded, platform.Item)
	}
}

// value writes into the zero Value *v the found value or shortfall of rule i's record: of
// kind k, with its number n, unit u and decimal exponent e.
func (r *Result) value(v *platform.Value, i ruleIndex, k slotKind, n int64, u platform.Unit, e int8) {
	switch k {
	case sListed:
		*v = focusFound(i)[n].Found // the listed field's text, shared
	case sInt:
		setCount(v, n, u)
	case sBool:
		setBool(v, n != 0)
	case sDate:
		setDate(v, daysDate(n))
	case sDecimal:
		setQuantity(v, decimal.New(n, int32(e)), u)
	case sCode:
		setText(v, r.code.String())
	case sField:
		setText(v, r.field)
	case sUnitKind:
		setText(v, UnitKind(n).Chinese())
	case sGrade:
		setText(v, HospitalGrade(n).Chinese())
	case sCategory:
		setText(v, platform.Category(n).Chinese())
	case sValue:
		*v = r.vals[n]
	case sHeld:
		setQuantity(v, r.decs[n], u)
	case sDivision:
		setText(v, divisionText(n))
	}
}

// String gives the type, the verdict and each finding in English, in catalog order, for
// logs: key_laboratory eligible [finding; finding; …].
func (r Result) String() string {
	var b strings.Builder
	b.WriteString(r.Type.String())
	b.WriteByte(' ')
	b.WriteString(r.Verdict.String())
	b.WriteString(" [")
	for i := range r.n {
		if i > 0 {
			b.WriteString("; ")
		}
		f := r.finding(r.rec(i))
		b.WriteString(f.English())
	}
	b.WriteByte(']')
	return b.String()
}

// resultJSON is the form a Result is written in: the findings as one array, between the
// verdict and the edition.
type resultJSON struct {
	Type     platform.Type      `json:"type"`
	Verdict  platform.Verdict   `json:"verdict"`
	Findings []platform.Finding `json:"findings"`
	Edition  platform.Edition   `json:"edition"`
	Options  Options            `json:"options"`
}

// MarshalJSON writes the result with its findings as an array: {"type", "verdict",
// "findings", "edition", "options"}.
func (r Result) MarshalJSON() ([]byte, error) {
	return json.Marshal(resultJSON{Type: r.Type, Verdict: r.Verdict, Findings: r.Findings(),
		Edition: r.Edition, Options: r.Options})
}

// divisionText writes a division code kept as a number (see sDivision) as its six digits.
func divisionText(n int64) string {
	var b [6]byte
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[:])
}
