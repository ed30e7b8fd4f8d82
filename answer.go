package platform

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Outcome is what applying one rule to the facts gives.
type Outcome uint8

// The four outcomes. The zero value is not an outcome.
const (
	Pass    Outcome = iota + 1 // the facts meet the rule
	Fail                       // the facts do not meet the rule
	Unknown                    // a fact the rule needs was not supplied
	Review                     // the rule needs a human judgment that was not supplied
)

var outcomeCodes = [...]string{"", "pass", "fail", "unknown", "review"}
var outcomeZh = [...]string{"", "符合", "不符合", "信息不全", "需评审"}
var outcomeEn = [...]string{"", "pass", "fail", "unknown", "needs review"}

// Valid reports whether o is one of the four outcomes.
func (o Outcome) Valid() bool { return o >= Pass && o <= Review }

// String returns the stable code (pass, fail, unknown, review).
func (o Outcome) String() string {
	if !o.Valid() {
		return "%!Outcome(" + strconv.Itoa(int(o)) + ")"
	}
	return outcomeCodes[o]
}

// Chinese returns 符合, 不符合, 信息不全 or 需评审.
func (o Outcome) Chinese() string {
	if !o.Valid() {
		return ""
	}
	return outcomeZh[o]
}

// English returns pass, fail, unknown or needs review.
func (o Outcome) English() string {
	if !o.Valid() {
		return ""
	}
	return outcomeEn[o]
}

// ParseOutcome accepts the code or the Chinese word.
func ParseOutcome(s string) (Outcome, error) {
	s = strings.TrimSpace(s)
	for i := Pass; i <= Review; i++ {
		if s == outcomeCodes[i] || s == outcomeZh[i] {
			return i, nil
		}
	}
	return 0, enumError("ParseOutcome", "outcome", s)
}

// MarshalText encodes the stable code.
func (o Outcome) MarshalText() ([]byte, error) {
	if !o.Valid() {
		return nil, enumError("Outcome.MarshalText", "outcome", strconv.Itoa(int(o)))
	}
	return []byte(outcomeCodes[o]), nil
}

// UnmarshalText accepts what [ParseOutcome] accepts.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := ParseOutcome(string(b))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// Verdict is the decision drawn from a set of findings (DESIGN.md convention 3).
type Verdict uint8

// The four verdicts.
const (
	Eligible    Verdict = iota + 1 // every finding passes
	Ineligible                     // at least one finding fails
	Incomplete                     // none fails, at least one is unknown
	NeedsReview                    // none fails or is unknown, at least one needs review
)

var verdictCodes = [...]string{"", "eligible", "ineligible", "incomplete", "needs_review"}
var verdictZh = [...]string{"", "符合备案标准", "不符合备案标准", "材料不全", "需专家评审"}
var verdictEn = [...]string{"", "eligible", "ineligible", "incomplete", "needs review"}

// Valid reports whether v is one of the four verdicts.
func (v Verdict) Valid() bool { return v >= Eligible && v <= NeedsReview }

// String returns the stable code.
func (v Verdict) String() string {
	if !v.Valid() {
		return "%!Verdict(" + strconv.Itoa(int(v)) + ")"
	}
	return verdictCodes[v]
}

// Chinese returns the Chinese wording.
func (v Verdict) Chinese() string {
	if !v.Valid() {
		return ""
	}
	return verdictZh[v]
}

// English returns the English wording.
func (v Verdict) English() string {
	if !v.Valid() {
		return ""
	}
	return verdictEn[v]
}

// ParseVerdict accepts the code or the Chinese wording.
func ParseVerdict(s string) (Verdict, error) {
	s = strings.TrimSpace(s)
	for i := Eligible; i <= NeedsReview; i++ {
		if s == verdictCodes[i] || s == verdictZh[i] {
			return i, nil
		}
	}
	return 0, enumError("ParseVerdict", "verdict", s)
}

// MarshalText encodes the stable code.
func (v Verdict) MarshalText() ([]byte, error) {
	if !v.Valid() {
		return nil, enumError("Verdict.MarshalText", "verdict", strconv.Itoa(int(v)))
	}
	return []byte(verdictCodes[v]), nil
}

// UnmarshalText accepts what [ParseVerdict] accepts.
func (v *Verdict) UnmarshalText(b []byte) error {
	x, err := ParseVerdict(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// VerdictOf draws the verdict from outcomes in the order of DESIGN.md convention 3: any
// Fail → Ineligible; else any Unknown → Incomplete; else any Review → NeedsReview; else
// Eligible. No findings at all is Incomplete: nothing was shown.
func VerdictOf(findings []Finding) Verdict {
	var fail, unknown, review bool
	for i := range findings {
		switch findings[i].Outcome {
		case Fail:
			fail = true
		case Pass:
		case Review:
			review = true
		default:
			unknown = true
		}
	}
	switch {
	case fail:
		return Ineligible
	case unknown || len(findings) == 0:
		return Incomplete
	case review:
		return NeedsReview
	}
	return Eligible
}

// BoundWord is the boundary word a numeric clause uses. Its meaning is fixed by
// 《民法典》第一千二百五十九条 and ordinary legal usage (DESIGN.md convention 4):
// 以上、以下、以内、届满 include the number; 不满、超过、以外 exclude it; 不低于/不少于 mean
// at least; 高于/低于 are strict.
type BoundWord uint8

// The boundary words of the measures, and their negations.
const (
	AtLeastYiShang  BoundWord = iota + 1 // 以上: ≥
	AtLeastBuDiYu                        // 不低于: ≥
	AtLeastBuShaoYu                      // 不少于: ≥
	AtLeastMan                           // 满 / 届满: ≥
	MoreThanGaoYu                        // 高于: >
	MoreThanChaoGuo                      // 超过: >
	AtMostYiXia                          // 以下: ≤
	AtMostYiNei                          // 以内: ≤
	AtMostBuChaoGuo                      // 不超过: ≤
	LessThanDiYu                         // 低于: <
	LessThanBuMan                        // 不满: <
)

var boundZh = [...]string{"", "以上", "不低于", "不少于", "满", "高于", "超过", "以下", "以内", "不超过", "低于", "不满"}
var boundCodes = [...]string{"", "yishang", "budiyu", "bushaoyu", "man", "gaoyu", "chaoguo", "yixia", "yinei", "buchaoguo", "diyu", "buman"}
var boundEn = [...]string{"", "or more", "at least", "at least", "fully", "more than", "more than", "or less", "within", "not more than", "less than", "less than"}
var boundSym = [...]string{"", "≥", "≥", "≥", "≥", ">", ">", "≤", "≤", "≤", "<", "<"}

// Valid reports whether w is a known word.
func (w BoundWord) Valid() bool { return w >= AtLeastYiShang && w <= LessThanBuMan }

// Chinese returns the word as the clause writes it.
func (w BoundWord) Chinese() string {
	if !w.Valid() {
		return ""
	}
	return boundZh[w]
}

// English returns an English rendering.
func (w BoundWord) English() string {
	if !w.Valid() {
		return ""
	}
	return boundEn[w]
}

// Symbol returns ≥, >, ≤ or <.
func (w BoundWord) Symbol() string {
	if !w.Valid() {
		return ""
	}
	return boundSym[w]
}

// String returns the stable code.
func (w BoundWord) String() string {
	if !w.Valid() {
		return "%!BoundWord(" + strconv.Itoa(int(w)) + ")"
	}
	return boundCodes[w]
}

// Inclusive reports whether the word includes the number itself.
func (w BoundWord) Inclusive() bool {
	switch w {
	case MoreThanGaoYu, MoreThanChaoGuo, LessThanDiYu, LessThanBuMan:
		return false
	}
	return w.Valid()
}

// Lower reports whether the word sets a floor (the found value must reach it) rather than a ceiling.
func (w BoundWord) Lower() bool { return w >= AtLeastYiShang && w <= MoreThanChaoGuo }

// Admits reports whether a found value that compares to the threshold as cmp (-1 below,
// 0 equal, +1 above) satisfies the word.
func (w BoundWord) Admits(cmp int) bool {
	switch {
	case !w.Valid():
		return false
	case cmp == 0:
		return w.Inclusive()
	case w.Lower():
		return cmp > 0
	}
	return cmp < 0
}

// ParseBoundWord accepts the Chinese word (届满 is read as 满) or the code.
func ParseBoundWord(s string) (BoundWord, error) {
	s = strings.TrimSpace(s)
	if s == "届满" {
		return AtLeastMan, nil
	}
	for i := AtLeastYiShang; i <= LessThanBuMan; i++ {
		if s == boundZh[i] || s == boundCodes[i] {
			return i, nil
		}
	}
	return 0, enumError("ParseBoundWord", "bound_word", s)
}

// MarshalText encodes the Chinese word, which is what an auditor checks against the clause.
func (w BoundWord) MarshalText() ([]byte, error) {
	if !w.Valid() {
		return nil, enumError("BoundWord.MarshalText", "bound_word", strconv.Itoa(int(w)))
	}
	return []byte(boundZh[w]), nil
}

// UnmarshalText accepts what [ParseBoundWord] accepts.
func (w *BoundWord) UnmarshalText(b []byte) error {
	v, err := ParseBoundWord(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// Rule is one checkable requirement of the measures: a criterion, an amount, a quota, a
// deadline. Rules are static: packages build them once and findings point at them.
type Rule struct {
	// ID is stable and unique across the library: package.section.clause.what, e.g.
	// eligibility.key_laboratory.3.5.full_time_researchers.
	ID string `json:"id"`
	// Cite is the clause the rule implements.
	Cite Citation `json:"citation"`
	// Zh is the requirement in the law's words; En an English rendering.
	Zh string `json:"zh"`
	En string `json:"en"`
	// Bound is the clause's boundary word for a numeric rule; zero otherwise.
	Bound BoundWord `json:"bound,omitempty"`
}

// Inclusive reports whether a numeric rule's threshold includes the number itself.
func (r *Rule) Inclusive() bool { return r.Bound.Inclusive() }

// Unit is the unit of a [Value].
type Unit uint8

// Units the measures count in.
const (
	NoUnit      Unit = iota
	Person           // 人
	Item             // 项
	Paper            // 篇
	Institution      // 家
	SquareMetre      // ㎡
	Yuan             // 元
	YearUnit         // 年
	Percent          // %
	DayUnit          // 日
	WorkingDay       // 个工作日
	Case             // 例 (病例)
	Bed              // 张
	Character        // 字 (the length of a name)
	Points           // 分 (an evaluation score)
)

var unitZh = [...]string{"", "人", "项", "篇", "家", "㎡", "元", "年", "%", "日", "个工作日", "例", "张", "字", "分"}
var unitEn = [...]string{"", "persons", "items", "papers", "institutions", "m²", "yuan", "years", "%", "days", "working days", "cases", "beds", "characters", "points"}
var unitEnOne = [...]string{"", "person", "item", "paper", "institution", "m²", "yuan", "year", "%", "day", "working day", "case", "bed", "character", "point"}

var unitCodes = [...]string{"", "person", "item", "paper", "institution", "square_metre", "yuan", "year", "percent", "day", "working_day", "case", "bed", "character", "point"}

// Chinese returns the unit as the measures write it.
func (u Unit) Chinese() string {
	if int(u) >= len(unitZh) {
		return ""
	}
	return unitZh[u]
}

// English returns an English unit.
func (u Unit) English() string {
	if int(u) >= len(unitEn) {
		return ""
	}
	return unitEn[u]
}

// String returns the stable code.
func (u Unit) String() string {
	if int(u) >= len(unitCodes) {
		return "%!Unit(" + strconv.Itoa(int(u)) + ")"
	}
	return unitCodes[u]
}

// ValueKind says which field of a [Value] holds it.
type ValueKind uint8

// The kinds of value a finding can show.
const (
	NoValue   ValueKind = iota // nothing (the zero Value)
	IntValue                   // a count: Int with Unit
	DecValue                   // a decimal quantity: Dec with Unit (㎡, 元, %)
	DateValue                  // a date: Date
	BoolValue                  // yes or no: Int 1 or 0
	TextValue                  // free text: Text
)

// Value is a wanted or found quantity in a [Finding]. It is a small struct so that
// findings can be built without allocating text; text is rendered on demand.
type Value struct {
	// Kind, Unit and Date share one word; the field order keeps Value (and so Finding)
	// small, which is most of what building findings costs.
	Kind ValueKind
	Unit Unit
	Date Date
	Int  int64
	Dec  decimal.Decimal
	Text string
}

// Count returns a count with its unit.
func Count(n int64, u Unit) Value { return Value{Kind: IntValue, Int: n, Unit: u} }

// Quantity returns a decimal quantity with its unit.
func Quantity(d decimal.Decimal, u Unit) Value { return Value{Kind: DecValue, Dec: d, Unit: u} }

// DateVal returns a date value.
func DateVal(d Date) Value { return Value{Kind: DateValue, Date: d} }

// Bool returns a yes-or-no value.
func Bool(b bool) Value {
	if b {
		return Value{Kind: BoolValue, Int: 1}
	}
	return Value{Kind: BoolValue}
}

// Text returns a free-text value.
func Text(s string) Value { return Value{Kind: TextValue, Text: s} }

// IsZero reports whether v holds nothing.
func (v Value) IsZero() bool { return v.Kind == NoValue }

// Equal reports whether v and w hold the same value, a decimal with its exponent (1.5 and
// 1.50 read differently, so they differ).
func (v Value) Equal(w Value) bool {
	return v.Kind == w.Kind && v.Unit == w.Unit && v.Int == w.Int && v.Date == w.Date &&
		v.Text == w.Text && v.Dec.Exponent() == w.Dec.Exponent() && v.Dec.Equal(w.Dec)
}

// Chinese renders v for a Chinese text (15人, 199.99㎡, 2025年3月2日, 是).
func (v Value) Chinese() string { return v.render(true) }

// English renders v for an English text (15 persons, 199.99 m², 2025-03-02, yes).
func (v Value) English() string { return v.render(false) }

func (v Value) render(zh bool) string {
	switch v.Kind {
	case IntValue:
		if zh {
			return strconv.FormatInt(v.Int, 10) + v.Unit.Chinese()
		}
		u := v.Unit.English()
		if (v.Int == 1 || v.Int == -1) && int(v.Unit) < len(unitEnOne) {
			u = unitEnOne[v.Unit]
		}
		return joinUnit(strconv.FormatInt(v.Int, 10), u)
	case DecValue:
		if v.Unit == Yuan {
			a := Amount{v.Dec}
			if zh {
				// Sums of 万元 and more read as the measures write them (50万元); smaller
				// ones, such as a shortfall of a few 元, read in 元.
				if v.Dec.Abs().Cmp(tenThousand) < 0 {
					return a.YuanString() + "元"
				}
				return a.Wan()
			}
			return a.YuanString() + " yuan"
		}
		if zh {
			return v.Dec.String() + v.Unit.Chinese()
		}
		return joinUnit(v.Dec.String(), v.Unit.English())
	case DateValue:
		if zh {
			return v.Date.Chinese()
		}
		return v.Date.String()
	case BoolValue:
		if zh {
			if v.Int != 0 {
				return "是"
			}
			return "否"
		}
		if v.Int != 0 {
			return "yes"
		}
		return "no"
	case TextValue:
		return v.Text
	}
	return ""
}

func joinUnit(n, u string) string {
	if u == "" {
		return n
	}
	if u == "%" {
		return n + u
	}
	return n + " " + u
}

// MarshalJSON writes the value as {"kind":…, "value":…, "unit":…}.
func (v Value) MarshalJSON() ([]byte, error) {
	type out struct {
		Kind  string `json:"kind"`
		Value any    `json:"value"`
		Unit  string `json:"unit,omitempty"`
	}
	o := out{Unit: unitCodeOrEmpty(v.Unit)}
	switch v.Kind {
	case IntValue:
		o.Kind, o.Value = "count", v.Int
	case DecValue:
		o.Kind, o.Value = "quantity", v.Dec.String()
	case DateValue:
		o.Kind, o.Value = "date", v.Date
	case BoolValue:
		o.Kind, o.Value = "bool", v.Int != 0
	case TextValue:
		o.Kind, o.Value = "text", v.Text
	default:
		return []byte("null"), nil
	}
	return json.Marshal(o)
}

func unitCodeOrEmpty(u Unit) string {
	if u == NoUnit || int(u) >= len(unitCodes) {
		return ""
	}
	return unitCodes[u]
}

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
