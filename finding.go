package platform

import (
	"encoding/json"
	"strings"

	"github.com/shopspring/decimal"
)

// Note explains an outcome the values of a [Finding] do not: why it needs review, which
// reviewer decided it, which option changed it.
//
// Findings point at notes, and a deciding package points every finding that gives the same
// explanation at one package-level Note: treat a finding's Note as read-only (point the
// finding at a new Note to change it).
type Note struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// The slots of a finding's three values.
const (
	slotWanted = iota
	slotFound
	slotShortfall
	numSlots
)

// Finding is a rule applied to the facts: the outcome, what the rule wanted, what was
// found, and where it failed, how far short the facts fall. Text in both languages is
// built on demand by [Finding.Chinese] and [Finding.English], and written into JSON.
//
// A check returns one finding per criterion, so a finding is kept small (64 bytes): the three
// values are stored compactly and read with [Finding.Wanted], [Finding.Found] and
// [Finding.Shortfall], set with [Finding.SetWanted] and its siblings or, on a literal, with
// [Finding.WithWanted] and its siblings. A count, a yes-or-no, a date and a decimal whose
// coefficient fits 64 bits (every quantity of the measures) are held in the finding
// itself, and so is a unified social credit code set with [Finding.SetFoundCreditCode]
// (its text is built when it is read); other text, and a decimal too long for the finding,
// go to a small block the finding points to. What is set is what is read, in the fields
// the value's kind uses (the Int of a count, the Dec of a quantity, ...): no value is
// rounded or normalised.
//
// Rule points into the deciding package's rule table and Note to a shared note, both
// shared by every result that package returns: treat them as read-only (copy the Rule,
// or point at a new Note, to change one).
type Finding struct {
	Rule *Rule
	// Note explains an outcome the values do not; nil when there is nothing to add.
	Note *Note
	// more holds the text values and the decimals too long for num; nil when none.
	// It is never changed once a finding points to it (setting a value copies it),
	// so copies of a finding may share it.
	more    *findingMore
	Outcome Outcome
	kind    [numSlots]ValueKind
	unit    [numSlots]Unit
	exp     [numSlots]int8 // a decimal's exponent
	// long: bit i set, slot i's decimal is in more; bit codeBit<<i set, slot i holds a
	// credit code packed into num, unit and exp (see packCode).
	long uint8
	// num is a count, 0 or 1 for yes or no, a date's day number, a decimal's coefficient, or
	// most of a packed credit code.
	num [numSlots]int64
}

type findingMore struct {
	text [numSlots]string
	dec  [numSlots]decimal.Decimal
}

// Wanted returns the threshold or requirement; the zero Value when there is none.
func (f Finding) Wanted() Value { return f.value(slotWanted) }

// Found returns the fact supplied; the zero Value when there is none.
func (f Finding) Found() Value { return f.value(slotFound) }

// Shortfall returns how far a failed quantitative finding falls short, in the clause's unit
// (25㎡ more site area; the first date a duration condition is met); the zero Value when
// there is none.
func (f Finding) Shortfall() Value { return f.value(slotShortfall) }

// SetWanted sets the threshold or requirement.
func (f *Finding) SetWanted(v Value) {
	if v.Kind == IntValue || v.Kind == BoolValue {
		f.setInt(slotWanted, v.Kind, v.Int, v.Unit)
		return
	}
	f.setAny(slotWanted, &v)
}

// SetFound sets the fact supplied.
func (f *Finding) SetFound(v Value) {
	if v.Kind == IntValue || v.Kind == BoolValue {
		f.setInt(slotFound, v.Kind, v.Int, v.Unit)
		return
	}
	f.setAny(slotFound, &v)
}

// SetShortfall sets how far the facts fall short.
func (f *Finding) SetShortfall(v Value) {
	if v.Kind == IntValue || v.Kind == BoolValue {
		f.setInt(slotShortfall, v.Kind, v.Int, v.Unit)
		return
	}
	f.setAny(slotShortfall, &v)
}

// SetWantedCount is SetWanted(Count(n, u)), and SetFoundCount and SetShortfallCount its
// siblings: the same value, set without building a Value, in a form the compiler inlines,
// for a check that writes thousands of counts.
func (f *Finding) SetWantedCount(n int64, u Unit) { f.setInt(slotWanted, IntValue, n, u) }

// SetFoundCount is SetFound(Count(n, u)); see [Finding.SetWantedCount].
func (f *Finding) SetFoundCount(n int64, u Unit) { f.setInt(slotFound, IntValue, n, u) }

// SetShortfallCount is SetShortfall(Count(n, u)); see [Finding.SetWantedCount].
func (f *Finding) SetShortfallCount(n int64, u Unit) { f.setInt(slotShortfall, IntValue, n, u) }

// SetFoundDate is SetFound(DateVal(d)); see [Finding.SetWantedCount].
func (f *Finding) SetFoundDate(d Date) { f.setInt(slotFound, DateValue, int64(d.n), NoUnit) }

// SetShortfallDate is SetShortfall(DateVal(d)); see [Finding.SetWantedCount].
func (f *Finding) SetShortfallDate(d Date) { f.setInt(slotShortfall, DateValue, int64(d.n), NoUnit) }

// SetFoundDecimal is SetFound(Quantity(decimal.New(coef, exp), u)), for a check that holds
// a quantity's coefficient and exponent already (see [DecimalParts]); see
// [Finding.SetWantedCount].
func (f *Finding) SetFoundDecimal(coef int64, exp int32, u Unit) {
	f.setDecimal(slotFound, coef, exp, u)
}

// SetShortfallDecimal is SetShortfall(Quantity(decimal.New(coef, exp), u)); see
// [Finding.SetFoundDecimal].
func (f *Finding) SetShortfallDecimal(coef int64, exp int32, u Unit) {
	f.setDecimal(slotShortfall, coef, exp, u)
}

func (f *Finding) setDecimal(i int, coef int64, exp int32, u Unit) {
	if exp < -128 || exp > 127 {
		f.setAny(i, &Value{Kind: DecValue, Dec: decimal.New(coef, exp), Unit: u})
		return
	}
	f.kind[i], f.unit[i], f.exp[i], f.num[i] = DecValue, u, int8(exp), coef
	f.long &^= slotBits << i
}

// DecimalParts returns d's coefficient and exponent (d = coef × 10^exp) when the
// coefficient fits an int64; ok is false otherwise. It does not allocate.
func DecimalParts(d decimal.Decimal) (coef int64, exp int32, ok bool) {
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

// SetFoundCreditCode is SetFound(Text(c.String())) for a code that [ParseCreditCode]
// accepted, held in the finding itself rather than in a block of text: its text is built
// when it is read. (A zero code sets the empty text, as SetFound does.)
func (f *Finding) SetFoundCreditCode(c CreditCode) {
	if len(c.s) != 18 { // the zero code; every other was checked by ParseCreditCode
		f.SetFound(Text(c.s))
		return
	}
	num, unit, exp := packParsed(c.s)
	const i = slotFound
	f.kind[i], f.unit[i], f.exp[i], f.num[i] = TextValue, unit, exp, num
	f.long = f.long&^(slotBits<<i) | codeBit<<i
}

// The bits of Finding.long for slot i, shifted left by i.
const (
	longBit  = 1 << 0 // the slot's decimal is in more
	codeBit  = 1 << 3 // the slot holds a packed credit code
	slotBits = longBit | codeBit
)

// packCode packs a valid unified social credit code (GB 32100-2015) into 74 bits: the
// registration authority (one of 12, 4 bits) and the division's top bit in unit, the
// entity type (one of 31 characters, 5 bits) in exp, and in num the nine characters of
// the organisation code (5 bits each) and the rest of the six-digit division (19 bits).
// The check character is not stored: it follows from the other seventeen. ok is false
// for a string that is not such a code.
func packCode(s string) (num int64, unit Unit, exp int8, ok bool) {
	if len(s) != 18 {
		return 0, 0, 0, false
	}
	a := strings.IndexByte(creditAuthorities, s[0])
	if check := CreditCheckChar(s[:17]); a < 0 || check == 0 || check != s[17] {
		return 0, 0, 0, false // CreditCheckChar is 0 unless all 17 are of the alphabet
	}
	for k := 2; k < 8; k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, 0, 0, false
		}
	}
	num, unit, exp = packParsed(s)
	return num, unit, exp, true
}

// packParsed is packCode for a code known to be valid: one ParseCreditCode accepted.
func packParsed(s string) (num int64, unit Unit, exp int8) {
	_ = s[17]
	a := authorityIndex[s[0]]
	div := 0
	for k := 2; k < 8; k++ {
		div = div*10 + int(s[k]-'0')
	}
	var org uint64
	for k := 8; k < 17; k++ {
		org = org<<5 | uint64(creditIndex[s[k]])
	}
	num = int64(org | uint64(div&(1<<19-1))<<45)
	return num, Unit(int(a) | (div>>19)<<4), creditIndex[s[1]]
}

// authorityIndex maps a registration-authority code to its position in creditAuthorities.
var authorityIndex = func() (t [256]uint8) {
	for i := range len(creditAuthorities) {
		t[creditAuthorities[i]] = uint8(i)
	}
	return t
}()

// unpackCode is packCode's inverse.
func unpackCode(num int64, unit Unit, exp int8) string {
	var b [18]byte
	b[0] = creditAuthorities[unit&0xf]
	b[1] = creditChars[exp]
	div := int(uint64(num)>>45) | int(unit>>4)<<19
	for k := 7; k >= 2; k-- {
		b[k] = byte('0' + div%10)
		div /= 10
	}
	org := uint64(num)
	for k := 16; k >= 8; k-- {
		b[k] = creditChars[org&31]
		org >>= 5
	}
	b[17] = CreditCheckChar(string(b[:17]))
	return string(b[:])
}

// SetWantedBool is SetWanted(Bool(b)); see [Finding.SetWantedCount].
func (f *Finding) SetWantedBool(b bool) { f.setInt(slotWanted, BoolValue, boolInt(b), NoUnit) }

// SetFoundBool is SetFound(Bool(b)); see [Finding.SetWantedCount].
func (f *Finding) SetFoundBool(b bool) { f.setInt(slotFound, BoolValue, boolInt(b), NoUnit) }

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// setInt stores a count or a yes-or-no in slot i (a constant where it is inlined).
func (f *Finding) setInt(i int, k ValueKind, n int64, u Unit) {
	f.kind[i], f.unit[i], f.exp[i], f.num[i] = k, u, 0, n
	f.long &^= slotBits << i
}

// WithWanted returns f with the threshold or requirement set, for use on a literal:
// platform.Finding{Rule: r, Outcome: platform.Pass}.WithWanted(platform.Count(5, platform.Item)).
func (f Finding) WithWanted(v Value) Finding { f.set(slotWanted, v); return f }

// WithFound returns f with the fact supplied set.
func (f Finding) WithFound(v Value) Finding { f.set(slotFound, v); return f }

// WithShortfall returns f with the shortfall set.
func (f Finding) WithShortfall(v Value) Finding { f.set(slotShortfall, v); return f }

// WithNote returns f pointing at a new note with the given texts.
func (f Finding) WithNote(zh, en string) Finding { f.Note = &Note{Zh: zh, En: en}; return f }

// NoteZh returns the note in Chinese; empty when there is no note.
func (f Finding) NoteZh() string {
	if f.Note == nil {
		return ""
	}
	return f.Note.Zh
}

// NoteEn returns the note in English; empty when there is no note.
func (f Finding) NoteEn() string {
	if f.Note == nil {
		return ""
	}
	return f.Note.En
}

func (f *Finding) value(i int) Value {
	v := Value{Kind: f.kind[i], Unit: f.unit[i]}
	switch v.Kind {
	case IntValue, BoolValue:
		v.Int = f.num[i]
	case DateValue:
		v.Date = Date{n: int32(f.num[i])}
	case DecValue:
		if f.long&(longBit<<i) != 0 {
			v.Dec = f.more.dec[i]
		} else {
			v.Dec = decimal.New(f.num[i], int32(f.exp[i]))
		}
	case TextValue:
		if f.long&(codeBit<<i) != 0 {
			v.Text, v.Unit = unpackCode(f.num[i], f.unit[i], f.exp[i]), NoUnit
		} else {
			v.Text = f.more.text[i]
		}
	}
	return v
}

// set stores v in slot i.
func (f *Finding) set(i int, v Value) {
	switch i {
	case slotWanted:
		f.SetWanted(v)
	case slotFound:
		f.SetFound(v)
	default:
		f.SetShortfall(v)
	}
}

// setAny stores in slot i a value other than a count or a yes-or-no (those take setInt).
func (f *Finding) setAny(i int, v *Value) {
	f.kind[i], f.unit[i], f.exp[i], f.num[i] = v.Kind, v.Unit, 0, 0
	f.long &^= slotBits << i
	switch v.Kind {
	case DateValue:
		f.num[i] = int64(v.Date.n)
	case DecValue:
		if c, e, ok := shortDecimal(v.Dec); ok {
			f.num[i], f.exp[i] = c, e
			return
		}
		f.long |= longBit << i
		f.spill().dec[i] = v.Dec
	case TextValue:
		f.spill().text[i] = v.Text
	}
}

// spill gives f a block of its own to write into: a copy of the one it had, if any.
func (f *Finding) spill() *findingMore {
	m := new(findingMore)
	if f.more != nil {
		*m = *f.more
	}
	f.more = m
	return m
}

// shortDecimal returns d's coefficient and exponent when they fit an int64 and an int8.
func shortDecimal(d decimal.Decimal) (int64, int8, bool) {
	if e := d.Exponent(); e < -128 || e > 127 {
		return 0, 0, false
	}
	c, e, ok := DecimalParts(d)
	return c, int8(e), ok
}

// Equal reports whether f and g are the same finding: the same rule (the same table entry,
// or rules with the same ID), outcome, values (a decimal with its exponent: 1.5 and 1.50
// read differently, so they differ) and note text.
func (f Finding) Equal(g Finding) bool {
	switch {
	case f.Rule != g.Rule && (f.Rule == nil || g.Rule == nil || f.Rule.ID != g.Rule.ID),
		f.Outcome != g.Outcome,
		f.NoteZh() != g.NoteZh() || f.NoteEn() != g.NoteEn():
		return false
	}
	for i := range numSlots {
		if !f.value(i).Equal(g.value(i)) {
			return false
		}
	}
	return true
}

// Cite returns the citation of the finding's rule.
func (f *Finding) Cite() Citation {
	if f.Rule == nil {
		return Citation{}
	}
	return f.Rule.Cite
}

// Chinese explains the finding in Chinese:
// "附件·拉萨市重点实验室 第三条（五） 专职研究人员不少于15人：要求15人，实际12人，尚差3人。不符合。"
func (f *Finding) Chinese() string {
	wanted, found, short := f.Wanted(), f.Found(), f.Shortfall()
	var b strings.Builder
	if f.Rule != nil {
		b.WriteString(f.Rule.Cite.String())
		b.WriteString(" ")
		b.WriteString(f.Rule.Zh)
	}
	sep := "："
	if !wanted.IsZero() {
		b.WriteString(sep)
		b.WriteString("要求")
		b.WriteString(wanted.Chinese())
		sep = "，"
	}
	if !found.IsZero() {
		b.WriteString(sep)
		b.WriteString("实际")
		b.WriteString(found.Chinese())
		sep = "，"
	}
	if !short.IsZero() {
		b.WriteString(sep)
		if short.Kind == DateValue {
			b.WriteString("最早于")
			b.WriteString(short.Chinese())
			b.WriteString("满足")
		} else {
			b.WriteString("尚差")
			b.WriteString(short.Chinese())
		}
	}
	b.WriteString("。")
	b.WriteString(f.Outcome.Chinese())
	b.WriteString("。")
	b.WriteString(f.NoteZh())
	return b.String()
}

// String returns the English explanation, so that a finding printed with fmt reads as text.
func (f Finding) String() string { return f.English() }

// English explains the finding in English.
func (f *Finding) English() string {
	wanted, found, short := f.Wanted(), f.Found(), f.Shortfall()
	var b strings.Builder
	if f.Rule != nil {
		b.WriteString(f.Rule.Cite.English())
		b.WriteString(" ")
		b.WriteString(f.Rule.En)
	}
	sep := ": "
	if !wanted.IsZero() {
		b.WriteString(sep)
		b.WriteString("wanted ")
		b.WriteString(wanted.English())
		sep = ", "
	}
	if !found.IsZero() {
		b.WriteString(sep)
		b.WriteString("found ")
		b.WriteString(found.English())
		sep = ", "
	}
	if !short.IsZero() {
		b.WriteString(sep)
		if short.Kind == DateValue {
			b.WriteString("met from ")
			b.WriteString(short.English())
		} else {
			b.WriteString("short by ")
			b.WriteString(short.English())
		}
	}
	b.WriteString(". ")
	o := f.Outcome.English()
	if o != "" {
		b.WriteString(strings.ToUpper(o[:1]) + o[1:])
	}
	b.WriteString(".")
	if n := f.NoteEn(); n != "" {
		b.WriteString(" ")
		b.WriteString(n)
	}
	return b.String()
}

// findingJSON is the stable JSON shape of a Finding.
type findingJSON struct {
	Rule      string    `json:"rule"`
	Citation  *Citation `json:"citation,omitempty"`
	Outcome   Outcome   `json:"outcome"`
	Wanted    *Value    `json:"wanted,omitempty"`
	Found     *Value    `json:"found,omitempty"`
	Shortfall *Value    `json:"shortfall,omitempty"`
	NoteZh    string    `json:"note_zh,omitempty"`
	NoteEn    string    `json:"note_en,omitempty"`
	Zh        string    `json:"zh"`
	En        string    `json:"en"`
}

// MarshalJSON writes the finding with its rule ID, citation, values and both texts.
func (f Finding) MarshalJSON() ([]byte, error) {
	o := findingJSON{Outcome: f.Outcome, NoteZh: f.NoteZh(), NoteEn: f.NoteEn(), Zh: f.Chinese(), En: f.English()}
	if f.Rule != nil {
		o.Rule = f.Rule.ID
		c := f.Rule.Cite
		o.Citation = &c
	}
	if v := f.Wanted(); !v.IsZero() {
		o.Wanted = &v
	}
	if v := f.Found(); !v.IsZero() {
		o.Found = &v
	}
	if v := f.Shortfall(); !v.IsZero() {
		o.Shortfall = &v
	}
	return json.Marshal(o)
}
