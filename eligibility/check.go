package eligibility

import (
	"encoding/json"
	"iter"
	"math"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// Options are the readings of the annex where its text leaves a choice open. The zero
// value is the default reading; each field names the other one.
type Options struct {
	// Counting holds the library-wide day-counting choices (DESIGN.md convention 6): when
	// a duration such as 持续运营不低于2年 or 运营满2年 is met, and which days a look-back such
	// as 申报前2年 or 近三年 covers.
	platform.Counting
	// DegreeRatioOverResearchStaff takes the base of "本科学历或中级职称以上的人员比例高于50%"
	// (附件·拉萨市新型研发机构 第三条（四）) to be the research staff rather than all employees.
	// The clause names no base; the sentence before it speaks of 职工总人数, so all employees
	// is the default.
	DegreeRatioOverResearchStaff bool `json:"degree_ratio_over_research_staff,omitempty"`
	// IntegrityForAllSections applies the 2-year integrity look-back (申报前2年无失信和学术不端
	// 行为) to 野外科学观测研究站 and 临床医学研究中心 as well. Their sections have no such
	// clause; 第二十五条 brings every city platform under research-integrity management, so a
	// caller may choose to apply it. By default it is not applied.
	IntegrityForAllSections bool `json:"integrity_for_all_sections,omitempty"`
	// HigherPlansCount reads "申报前3年内，在申报领域参与了自治区科技计划（专项、基金等）或承担
	// 过市级科技计划项目" (附件·拉萨市临床医学研究中心 第三条（三）) as a floor: taking part in
	// (or undertaking) a national S&T plan project, of a higher level than either plan the
	// clause names, satisfies it too. The clause names only the autonomous region's plan and
	// the city's, so by default, the literal reading, national projects do not count.
	HigherPlansCount bool `json:"higher_plans_count,omitempty"`
	// PapersAnyTime counts papers of any date for "在申报领域发表高质量论文5篇以上"
	// (附件·拉萨市重点实验室 第三条（四）), reading "近三年来" as qualifying only the projects of
	// the first half of the sentence. By default the three years apply to both.
	PapersAnyTime bool `json:"papers_any_time,omitempty"`
	// RegistrationDecidesArticle2 reads 第二条 of the main text ("本办法所称的科技创新平台仅指
	// 在拉萨市行政区域范围内组建的……") from where the applicant is registered: a unit
	// registered outside Lhasa fails it, whatever the type. 第二条 asks where the platform is
	// built, not where the unit building it is registered, and 第五条 supports units from
	// outside (域内外企事业单位) building platforms in Lhasa; so by default a unit registered
	// outside Lhasa sends 第二条 to review. The sections' own clauses are not affected: those
	// that demand registration in Lhasa still fail, and so does the clinical section's lead
	// hospital 市域内 (a hospital is registered where it operates).
	RegistrationDecidesArticle2 bool `json:"registration_decides_article_2,omitempty"`
	// RecentCalendarYears reads "近三年来" (附件·拉萨市重点实验室 第三条（四）) as the three
	// whole calendar years before the year of application (for an application in 2025:
	// 2022-01-01 to 2024-12-31) rather than the default, the three years counted back from
	// the application date ([platform.LookBack]). The clause does not say which.
	RecentCalendarYears bool `json:"recent_calendar_years,omitempty"`
}

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
// slice the Result owns. Holding up to 36 findings in place, a Result is about 1.3 KB.
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

// fill writes into the zero Finding *f the finding record w stands for, built with the
// setters the check would have called on it.
func (r *Result) fill(f *platform.Finding, w *record) {
	c, i := r.c, ruleIndex(w.rule)
	if w.foundKind() == sListed {
		*f = focusFound(i)[w.found] // the listed field's text, shared
	}
	n := &c.norm[i]
	switch w.want {
	case wCount:
		f.SetWantedCount(n.v, n.unit)
	case wYears:
		f.SetWantedCount(n.v, platform.YearUnit)
	case wPercent:
		f.SetWantedCount(n.v, platform.Percent)
	case wYes:
		f.SetWantedBool(true)
	case wOneItem:
		f.SetWantedCount(1, platform.Item)
	case wThreshold:
		*f = c.quant[i].wanted // the threshold, built once by New
	case wGrade:
		f.SetWanted(platform.Text(c.th.ClinicalHospitalGrade.Grade.Chinese()))
	case wFunctions:
		f.SetWanted(platform.Count(functionsNeeded, platform.Item))
	}
	switch k := w.foundKind(); k {
	case sInt:
		f.SetFoundCount(w.found, w.fu)
	case sBool:
		f.SetFoundBool(w.found != 0)
	case sDate:
		f.SetFoundDate(daysDate(w.found))
	case sDecimal:
		f.SetFoundDecimal(w.found, int32(w.fe), w.fu)
	case sCode:
		f.SetFoundCreditCode(r.code)
	case sField:
		f.SetFound(platform.Text(r.field))
	case sUnitKind:
		f.SetFound(platform.Text(UnitKind(w.found).Chinese()))
	case sGrade:
		f.SetFound(platform.Text(HospitalGrade(w.found).Chinese()))
	case sCategory:
		f.SetFound(platform.Text(platform.Category(w.found).Chinese()))
	case sValue:
		f.SetFound(r.vals[w.found])
	}
	switch w.shortKind() {
	case sInt:
		f.SetShortfallCount(w.short, w.su)
	case sDate:
		f.SetShortfallDate(daysDate(w.short))
	case sDecimal:
		f.SetShortfallDecimal(w.short, int32(w.se), w.su)
	case sValue:
		f.SetShortfall(r.vals[w.short])
	}
	f.Rule, f.Outcome, f.Note = &c.rules[i], w.Outcome, w.Note
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

// Checker checks applications against one table of thresholds. Its rules are built once,
// and findings point into them. A Checker is immutable and safe for concurrent use.
type Checker struct {
	th    Thresholds
	rules [numRules]platform.Rule
	norm  [numRules]norm
	quant [numRules]quant
	// edition is the edition results carry.
	edition platform.Edition
}

// norm is a threshold normalised for comparison without decimal arithmetic: what every
// check reads, kept small so that a check's thresholds share few cache lines.
type norm struct {
	v     int64 // hundredths for areas and money; whole units otherwise
	look  int32 // look-back years, for rules that count within a period
	bound platform.BoundWord
	unit  platform.Unit
	kind  rowKind
}

// quant is the rest of a threshold: its decimal, for quantities too long for norm.v and
// for rule texts, and for an area or money rule the finding with its rule and threshold
// set, built once: reading a finding copies it rather than converting the threshold's
// decimal each time.
type quant struct {
	dec    decimal.Decimal
	wanted platform.Finding
}

// New returns a Checker for the thresholds th, after validating them.
func New(th Thresholds) (*Checker, error) {
	if err := th.Validate(); err != nil {
		return nil, err
	}
	c := &Checker{th: th}
	for i := range ruleDefs {
		d := &ruleDefs[i]
		c.rules[i] = platform.Rule{ID: d.id, Cite: d.cite, Zh: d.zh, En: d.en}
	}
	for _, r := range c.th.rows() {
		n := norm{bound: r.t.Bound, unit: r.unit, kind: r.kind}
		if r.kind == kArea || r.kind == kMoney {
			n.v = r.t.Value.Shift(2).IntPart()
		} else {
			n.v = r.t.Value.IntPart()
		}
		c.norm[r.rule] = n
		c.quant[r.rule].dec = r.t.Value
		c.rules[r.rule].Bound = r.t.Bound
	}
	for i := range c.norm {
		if n, q := &c.norm[i], &c.quant[i]; n.kind == kArea || n.kind == kMoney {
			q.wanted = platform.Finding{Rule: &c.rules[i]}.WithWanted(platform.Quantity(q.dec, n.unit))
		}
	}
	for _, p := range c.th.periods() {
		c.norm[p.rule].look = int32(p.p.Years)
	}
	c.rules[rCGrade].Bound = th.ClinicalHospitalGrade.Bound
	c.rules[rNPartner].Bound = th.NewRDPartnerKeyLabLevel.Bound
	for i := range c.rules {
		if r := &c.rules[i]; strings.ContainsRune(r.Zh, '{') || strings.ContainsRune(r.En, '{') {
			rep := c.values(ruleIndex(i))
			r.Zh, r.En = rep.Replace(r.Zh), rep.Replace(r.En)
		}
	}
	fp, err := platform.Fingerprint(th)
	if err != nil {
		return nil, err
	}
	c.edition = platform.DefaultEdition().WithFingerprint(fp)
	return c, nil
}

// values fills the numbers of rule i's text from the thresholds: with the default table the
// text is the clause's own words; with another table it states that table's numbers.
func (c *Checker) values(i ruleIndex) *strings.Replacer {
	n, dec := &c.norm[i], c.quant[i].dec
	look := int(n.look)
	g, l := c.th.ClinicalHospitalGrade.Grade, c.th.NewRDPartnerKeyLabLevel.Level
	return strings.NewReplacer(
		"{v}", dec.String(), // ㎡, persons, items, percent, years
		"{w}", dec.Shift(-4).String(), // 万元
		"{y}", dec.String(), // 元
		"{p}", strconv.Itoa(look), // look-back years
		"{P}", platform.Numeral(look), // look-back years in Chinese numerals (近三年)
		"{g}", g.Chinese(), "{G}", g.English(),
		"{l}", l.Chinese(), "{L}", l.English(),
	)
}

func mustNew(th Thresholds) *Checker {
	c, err := New(th)
	if err != nil {
		panic(err)
	}
	return c
}

// defaultChecker holds the default thresholds' rules, built once from literals and never
// changed.
var defaultChecker = mustNew(DefaultThresholds())

// Thresholds returns a copy of the checker's thresholds.
func (c *Checker) Thresholds() Thresholds { return c.th }

// Edition returns the edition (with the thresholds' fingerprint) results carry.
func (c *Checker) Edition() platform.Edition { return c.edition }

// Check decides whether app meets the filing standard of the annex for its type under the
// default thresholds. See [Checker.Check].
func Check(app Application, opts Options) (res Result, err error) {
	err = defaultChecker.CheckInto(&res, app, opts)
	return res, err
}

// CheckInto is [Check] writing the result into *res; see [Checker.CheckInto].
func CheckInto(res *Result, app Application, opts Options) error {
	return defaultChecker.CheckInto(res, app, opts)
}

// Check decides whether app meets the filing standard (备案标准) of the annex for its type:
// 第二条 of the main text (within Lhasa), the bans of 第二十四、二十五条 (Unknown when the
// ban record is not supplied), 第二条 of the
// type's section (focus field) and every clause of its 第三条. It returns one finding per
// criterion and the verdict they give ([platform.VerdictOf]). Impossible input is an
// *platform.Error naming the field, all problems joined, and nothing is decided.
func (c *Checker) Check(app Application, opts Options) (res Result, err error) {
	err = c.CheckInto(&res, app, opts)
	return res, err
}

// CheckInto is [Checker.Check] writing the result into *res, which it overwrites: a caller
// checking many applications can reuse one Result and save copying it. What a check
// allocates is only what its findings point to and it cannot share: one block for the
// reviewers' notes (one note per run of reviews with the same words), each ban's note, and
// a list for a quantity whose coefficient does not fit an int64. On impossible input, *res
// is the zero Result. A nil res is an error.
func (c *Checker) CheckInto(res *Result, app Application, opts Options) error {
	if res == nil {
		return platform.NewError(opCheck, platform.ErrMissing, "result", "", nil)
	}
	if res.spill == nil {
		clear(res.rows[:min(res.n, inlineFindings)]) // push relies on zeroed rows
	}
	res.Type, res.Verdict, res.Edition, res.Options, res.n, res.spill = 0, 0, platform.Edition{}, Options{}, 0, nil
	res.c, res.code, res.field, res.vals = nil, platform.CreditCode{}, "", nil
	s := state{c: c, app: app, opts: opts}
	if err := validate(&s.app, &s.reviewed); err != nil {
		return err
	}
	r := run{state: &s}
	from, to := sectionRange(app.Type)
	var spill []record
	if need := 1 + banFindings(app.Bans) + int(to-from); need > inlineFindings {
		spill = make([]record, 0, need)
		r.out = spill
	} else {
		r.out = res.rows[:0:need]
	}
	r.withinLhasa(rWithinLhasa)
	r.bans()
	switch app.Type {
	case platform.EngineeringCenter:
		r.engineering()
	case platform.FieldStation:
		r.fieldStation()
	case platform.KeyLaboratory:
		r.keyLab()
	case platform.InnovationCenter:
		r.innovation()
	case platform.ClinicalCenter:
		r.clinical()
	case platform.NewRDInstitution:
		r.newRD()
	}
	res.n = len(r.out)
	if spill != nil {
		res.spill = spill[:res.n]
	}
	res.Type, res.Verdict, res.Edition, res.Options = app.Type, verdictOf(r.out), c.edition, opts
	res.c, res.code, res.field, res.vals = c, app.Applicant.CreditCode, app.Applicant.Field, s.vals
	return nil
}

// run is one check in progress: the findings being written, and the state of the check.
//
// out is the caller's storage (a Result's own records, or a slice for a long check) and the
// state is behind a pointer, so that escape analysis, which does not tell one field from
// another, sees the values records take (notes) two dereferences away from a run and the
// storage one away: the values may leak to the heap without the storage, and the Result a
// caller checks into stays in the caller's frame.
type run struct {
	out []record
	*state
}

// state is what a check reads and keeps besides its findings. It holds the application and
// options by value, so that a check reads them without a pointer the caller could share.
type state struct {
	c    *Checker
	app  Application
	opts Options
	// reviewed is what validate resolved of the reviews.
	reviewed reviewed
	// notes holds the reviewers' notes the findings point to, one per run of reviews with
	// the same words (see notesOf); built at the first review applied.
	notes []platform.Note
	// vals holds the values records cannot (see record), for Result.vals.
	vals []platform.Value
}

// push reserves the next finding, for rule i, in place (the slice has room for every
// finding of the type, so no copy is made).
func (r *run) push(i ruleIndex) *record {
	r.out = r.out[:len(r.out)+1] // zeroed memory: nothing to copy
	f := &r.out[len(r.out)-1]
	f.rule = uint8(i)
	return f
}

// foundValue and shortValue record a value a record cannot hold, in vals.
func (r *run) foundValue(f *record, v platform.Value) {
	f.setFound(sValue, int64(len(r.vals)), platform.NoUnit, 0)
	r.vals = append(r.vals, v)
}

func (r *run) shortValue(f *record, v platform.Value) {
	f.setShort(sValue, int64(len(r.vals)), platform.NoUnit, 0)
	r.vals = append(r.vals, v)
}

// verdictOf is platform.VerdictOf for records (FuzzCheck and every section's table check
// that the two agree on the findings a Result gives).
func verdictOf(rows []record) platform.Verdict {
	var fail, unknown, review bool
	for i := range rows {
		switch rows[i].Outcome {
		case platform.Fail:
			fail = true
		case platform.Pass:
		case platform.Review:
			review = true
		default:
			unknown = true
		}
	}
	switch {
	case fail:
		return platform.Ineligible
	case unknown || len(rows) == 0:
		return platform.Incomplete
	case review:
		return platform.NeedsReview
	}
	return platform.Eligible
}

// done completes the finding of rule i: one that needs review takes the reviewer's finding
// when the caller supplied one.
func (r *run) done(i ruleIndex, f *record) {
	if f.Outcome == platform.Review && r.reviewed.of[i].at != 0 { // small enough to inline
		r.review(i, f)
	}
}

func (r *run) review(i ruleIndex, f *record) {
	ref := r.reviewed.of[i]
	f.Outcome = ref.outcome
	if r.notes == nil {
		r.notes = notesOf(r.app.Reviews, &r.reviewed)
	}
	f.Note = &r.notes[ref.note]
}

// reviewed is what validate resolves of an application's reviews, once per check.
type reviewed struct {
	// of maps each rule to its review.
	of [numRules]reviewRef
	// starts holds the position in app.Reviews of the first review of each run of reviews
	// with the same note; runs counts the runs. A valid application reviews each rule of its
	// section, and 第二条, at most once, so it has fewer runs than starts holds; past that
	// the application has failed validation and starts is never read.
	starts [inlineFindings]uint16
	runs   int
}

// reviewRef points from a rule to its review: at is the review's position in app.Reviews
// plus one (0 when the rule was not reviewed), note the position of its note in notesOf,
// outcome the reviewer's finding.
type reviewRef struct {
	at      uint16
	note    uint8
	outcome platform.Outcome
}

// sameNote reports whether two reviews give the same note.
func sameNote(a, b *Review) bool { return a.NoteZh == b.NoteZh && a.NoteEn == b.NoteEn }

// notesOf returns the reviewers' notes, one per run of reviews with the same words (a
// panel often writes one note for every clause it passes, and the findings it reviewed then
// share it). A note given in one language only is used for both. rv holds where each run
// starts, as validate found them.
func notesOf(rs []Review, rv *reviewed) []platform.Note {
	ns := make([]platform.Note, min(rv.runs, len(rv.starts)))
	for k := range ns {
		ns[k] = reviewNote(&rs[rv.starts[k]])
	}
	return ns
}

func reviewNote(v *Review) platform.Note {
	n := platform.Note{Zh: v.NoteZh, En: v.NoteEn}
	if n.Zh == "" {
		n.Zh = v.NoteEn
	}
	if n.En == "" {
		n.En = v.NoteZh
	}
	return n
}

// judge records a clause of judgment: Review, unless a reviewer's finding is supplied.
func (r *run) judge(i ruleIndex) {
	f := r.push(i)
	f.Outcome, f.Note = platform.Review, &noteJudgment
	r.done(i, f)
}

// notApplicable records a criterion that does not apply to this applicant.
func (r *run) notApplicable(i ruleIndex) {
	f := r.push(i)
	f.Outcome, f.Note = platform.Pass, &noteNA
}

// fact records a yes-or-no fact: yes passes, no fails, not supplied is Unknown.
func (r *run) fact(i ruleIndex, v Opt[bool]) {
	f := r.push(i)
	f.want = wYes
	b, ok := v.Get()
	switch {
	case !ok:
		f.Outcome = platform.Unknown
	case b:
		f.Outcome = platform.Pass
		f.SetFoundBool(true)
	default:
		f.Outcome = platform.Fail
		f.SetFoundBool(false)
	}
	r.done(i, f)
}

// count compares a count with the rule's threshold.
func (r *run) count(i ruleIndex, v Opt[int]) {
	n := &r.c.norm[i]
	f := r.push(i)
	f.want = wCount
	x, ok := v.Get()
	if !ok {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	r.countValue(f, n, int64(x))
}

func (r *run) countValue(f *record, n *norm, x int64) {
	f.SetFoundCount(x, n.unit)
	if n.bound.Admits(cmp64(x, n.v)) {
		f.Outcome = platform.Pass
	} else {
		need := n.v - x
		if !n.bound.Inclusive() {
			need++
		}
		f.Outcome = platform.Fail
		f.SetShortfallCount(need, n.unit)
	}
}

func cmp64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// hundredthsLimit bounds the coefficient read in hundredths: below 10^14, at an exponent
// from -2 to 2, the hundredths (at most 10^18) fit an int64 with room for a threshold's
// arithmetic.
const hundredthsLimit = 1e14

// hundredths returns coef×10^exp×100 as an int64 when that is exact and small (a
// coefficient from 0 to under 10^14 at an exponent from -2 to 2, or zero at any exponent);
// ok is false otherwise and the caller compares decimals.
func hundredths(coef int64, exp int32) (int64, bool) {
	switch {
	case coef == 0:
		return 0, true
	case coef < 0 || coef >= hundredthsLimit || exp < -2 || exp > 2:
		return 0, false
	}
	for ; exp > -2; exp-- {
		coef *= 10
	}
	return coef, true
}

// hundredthsOf is hundredths for a decimal.
func hundredthsOf(d decimal.Decimal) (int64, bool) {
	coef, exp, ok := platform.DecimalParts(d)
	if !ok {
		return 0, false
	}
	return hundredths(coef, exp)
}

// quantity compares an area or an amount (as a decimal) with the rule's threshold. A
// quantity whose coefficient fits an int64 is read once into it, and written and compared
// from it; a longer one is compared as a decimal.
func (r *run) quantity(i ruleIndex, d decimal.Decimal, ok bool) {
	n := &r.c.norm[i]
	f := r.push(i)
	q := &r.c.quant[i]
	f.want = wThreshold
	if !ok {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	var x int64
	fast := false
	if coef, exp, short := platform.DecimalParts(d); short {
		if exp >= math.MinInt8 && exp <= math.MaxInt8 { // always, for a validated quantity
			f.SetFoundDecimal(coef, exp, n.unit)
		} else {
			r.foundValue(f, platform.Quantity(d, n.unit))
		}
		x, fast = hundredths(coef, exp)
	} else {
		r.foundValue(f, platform.Quantity(d, n.unit))
	}
	var c int
	if fast {
		c = cmp64(x, n.v)
	} else {
		c = d.Cmp(q.dec)
	}
	f.Outcome = platform.Pass
	switch {
	case n.bound.Admits(c):
	case fast:
		need := n.v - x
		if !n.bound.Inclusive() {
			need++
		}
		f.Outcome = platform.Fail
		f.SetShortfallDecimal(need, -2, n.unit)
	default:
		short := q.dec.Sub(d)
		if !n.bound.Inclusive() {
			short = short.Add(decimal.New(1, -2))
		}
		f.Outcome = platform.Fail
		r.shortValue(f, platform.Quantity(short, n.unit))
	}
	r.done(i, f)
}

func (r *run) area(i ruleIndex, v Opt[decimal.Decimal]) {
	d, ok := v.Get()
	r.quantity(i, d, ok)
}

func (r *run) money(i ruleIndex, v Opt[platform.Amount]) {
	a, ok := v.Get()
	r.quantity(i, a.Yuan(), ok)
}

// metFrom returns the first date a duration condition of the rule, counted from since,
// is met; ok is false when that date lies beyond the last supported date (9999-12-31),
// where the root's date arithmetic clamps, so the condition is never met.
func (r *run) metFrom(n *norm, since platform.Date) (first platform.Date, ok bool) {
	if int64(since.Year())+n.v > 9999 {
		return platform.Date{}, false
	}
	// platform.FirstDayMet, with the last day computed once: the day after the period's
	// last day, or with MetOnLastDay the last day itself.
	last := platform.LastDay(since, platform.Years(int(n.v)))
	first = last
	if !r.opts.MetOnLastDay {
		if first = last.AddDays(1); !first.After(last) {
			return platform.Date{}, false
		}
	}
	if !n.bound.Inclusive() {
		next := first.AddDays(1)
		if !next.After(first) {
			return platform.Date{}, false
		}
		first = next
	}
	return first, true
}

// duration checks a duration condition (持续运营不低于2年, 运营满2年, 已正常运行1年以上)
// counted from since to the application date.
func (r *run) duration(i ruleIndex, since platform.Date) {
	n := &r.c.norm[i]
	f := r.push(i)
	f.want = wYears
	if since.IsZero() {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	f.SetFoundDate(since)
	first, ok := r.metFrom(n, since)
	switch {
	case !ok:
		f.Outcome, f.Note = platform.Fail, &noteBeyond
	case r.app.Date.Before(first):
		f.Outcome = platform.Fail
		f.SetShortfallDate(first)
	default:
		f.Outcome = platform.Pass
	}
	r.done(i, f)
}

// ratio checks "part is p% or more of whole" by cross-multiplication. A failed ratio's
// shortfall is how many more qualifying persons are needed, counting them in the whole.
func (r *run) ratio(i ruleIndex, part, whole Opt[int], note *platform.Note) {
	n := &r.c.norm[i]
	f := r.push(i)
	f.want = wPercent
	m, ok1 := part.Get()
	t, ok2 := whole.Get()
	if !ok1 || !ok2 {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	f.SetFoundCount(int64(m), platform.Person)
	f.Note = note
	mm, tt, p := int64(m), int64(t), n.v
	if tt > 0 && n.bound.Admits(cmp64(mm*100, p*tt)) {
		f.Outcome = platform.Pass
		r.done(i, f)
		return
	}
	f.Outcome = platform.Fail
	f.SetShortfallCount(ratioShortfall(mm, tt, p, n.bound.Inclusive()), platform.Person)
	r.done(i, f)
}

// ratioShortfall returns the least k ≥ 1 such that (m+k)·100 ≥ p·(t+k) (or > when strict).
func ratioShortfall(m, t, p int64, inclusive bool) int64 {
	if p >= 100 {
		if t-m > 0 {
			return t - m
		}
		return 1
	}
	gap := p*t - 100*m // what k·(100−p) must reach
	den := 100 - p
	var k int64
	if inclusive {
		if gap > 0 {
			k = (gap + den - 1) / den
		}
	} else {
		if gap >= 0 {
			k = gap/den + 1
		}
	}
	if k < 1 {
		k = 1
	}
	return k
}

// withinLhasa reads 第二条 of the main text, a section's "在拉萨市行政区域依法登记注册", and
// the clinical section's lead hospital "市域内", from the applicant's credit code: a Lhasa
// division passes, the autonomous region's own division (540000) needs review, no code is
// Unknown (except an industry technology alliance applying for a 技术创新中心, which may
// have no code and goes to review), and another division fails a section's clause. For
// 第二条, which asks where the platform is built, another division goes to review (第五条
// supports units from outside building platforms in Lhasa), or fails with
// Options.RegistrationDecidesArticle2. For the clinical section the applicant is the lead
// hospital, and a hospital is registered where it operates, so a division outside Lhasa
// fails 市域内.
func (r *run) withinLhasa(i ruleIndex) {
	a := &r.app.Applicant
	f := r.push(i)
	if !a.CreditCode.IsZero() {
		f.setFound(sCode, 0, platform.NoUnit, 0) // the Result holds the code
	}
	switch a.CreditCode.Locality() {
	case platform.InLhasa:
		f.Outcome = platform.Pass
	case platform.RegionLevel:
		f.Outcome = platform.Review
		f.Note = &noteRegionLevel
	case platform.OutsideLhasa:
		if i == rWithinLhasa && !r.opts.RegistrationDecidesArticle2 {
			// 第二条 asks where the platform is built, and 第五条 supports units from outside
			// Lhasa building platforms there: a unit registered elsewhere does not show the
			// platform is built elsewhere. (The field-station section asks only that the
			// site lie in Lhasa, 第三条（一）; the others fail their own clause on
			// registration or, for 临床, the lead hospital 市域内.)
			f.Outcome = platform.Review
			f.Note = &noteBuiltOutside
			if r.app.Type == platform.FieldStation {
				f.Note = &noteStationOutside
			}
			break
		}
		f.Outcome = platform.Fail
	default:
		if alliance, _ := a.Alliance.Get(); alliance && r.app.Type == platform.InnovationCenter {
			f.Outcome = platform.Review
			f.Note = &noteAllianceNoCode
		} else {
			f.Outcome = platform.Unknown
		}
	}
	r.done(i, f)
}

// banFindings returns how many findings bans gives for the record o.
func banFindings(o Opt[[]Ban]) int {
	bs, ok := o.Get()
	if !ok {
		return 2
	}
	n, a24, a25 := 0, false, false
	for i := range bs {
		n++
		if bs[i].Article.Article == 25 {
			a25 = true
		} else {
			a24 = true
		}
	}
	if !a24 {
		n++
	}
	if !a25 {
		n++
	}
	return n
}

// bans records 第二十四条 and then 第二十五条: for each article, one finding per ban of that
// article — ineligible while the application date is on or before the ban's last day, the
// shortfall being the first day one may apply — or, when the record holds no ban of that
// article, one Pass. When the record was not supplied, each article's finding is Unknown:
// a ban check not made is not a ban check passed.
func (r *run) bans() {
	bs, ok := r.app.Bans.Get()
	for _, i := range [2]ruleIndex{rBan24, rBan25} {
		art := 24
		if i == rBan25 {
			art = 25
		}
		if !ok {
			f := r.push(i)
			f.Outcome, f.Note = platform.Unknown, &noteBansUnknown
			continue
		}
		found := false
		for k := range bs {
			if b := &bs[k]; b.Article.Article == art {
				found = true
				r.ban(i, b)
			}
		}
		if !found {
			f := r.push(i)
			f.Outcome, f.Note = platform.Pass, &noteNoBan
		}
	}
}

// ban records one ban of rule i's article.
func (r *run) ban(i ruleIndex, b *Ban) {
	f := r.push(i)
	f.SetFoundDate(b.LastDay)
	f.Note = &platform.Note{Zh: b.Kind, En: b.Kind}
	switch next := b.LastDay.AddDays(1); {
	case r.app.Date.After(b.LastDay), r.app.Date.Before(b.From):
		f.Outcome = platform.Pass
	case next.After(b.LastDay):
		f.Outcome = platform.Fail
		f.SetShortfallDate(next)
	default: // a ban to 9999-12-31: no later date to apply on
		f.Outcome = platform.Fail
	}
	r.done(i, f)
}

// focus reads 第二条 of a section: one of the listed fields passes; anything else needs
// review (主要围绕 is not a closed list); no field is Unknown.
func (r *run) focus(i ruleIndex, fields []string) {
	field := r.app.Applicant.Field
	f := r.push(i)
	if field == "" {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	for k, s := range fields {
		if s == field {
			f.setFound(sListed, int64(k), platform.NoUnit, 0)
			f.Outcome = platform.Pass
			return
		}
	}
	f.setFound(sField, 0, platform.NoUnit, 0) // the Result holds the field
	f.Outcome, f.Note = platform.Review, &noteOutsideFields
	r.done(i, f)
}

// integrity checks "申报前N年无失信和学术不端行为": an incident dated within the look-back
// fails; the shortfall is the first application date whose look-back no longer holds it.
func (r *run) integrity(i ruleIndex) {
	n := &r.c.norm[i]
	f := r.push(i)
	incidents, ok := r.app.Applicant.Integrity.Get()
	if !ok {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	span := platform.Years(int(n.look))
	w := platform.LookBack(r.app.Date, span, r.opts.Counting)
	var latest platform.Date
	unknown := false
	for k := range incidents {
		d := incidents[k].Date
		switch {
		case d.IsZero():
			unknown = true
		case w.Contains(d) && d.After(latest):
			latest = d
		}
	}
	switch {
	case !latest.IsZero():
		a := latest.AddYears(int(n.look)).AddDays(-3)
		binds := func(a platform.Date) bool {
			return platform.LookBack(a, span, r.opts.Counting).Contains(latest) || !a.After(r.app.Date)
		}
		for k := 0; k < 8 && binds(a); k++ {
			a = a.AddDays(1)
		}
		f.Outcome = platform.Fail
		f.SetFoundDate(latest)
		if binds(a) { // only after 9999-12-31, where dates clamp
			f.Note = &noteBeyond
		} else {
			f.SetShortfallDate(a)
		}
	case unknown:
		f.Outcome = platform.Unknown
		f.Note = &noteIncidentUndated
	default:
		f.Outcome = platform.Pass
	}
	r.done(i, f)
}

// window returns the look-back of rule i before the application date.
func (r *run) window(i ruleIndex) platform.Window {
	return platform.LookBack(r.app.Date, platform.Years(int(r.c.norm[i].look)), r.opts.Counting)
}

// recent returns the window of 近三年来: by default the look-back of rule i, with
// Options.RecentCalendarYears the whole calendar years before the year of application.
func (r *run) recent(i ruleIndex) platform.Window {
	if !r.opts.RecentCalendarYears {
		return r.window(i)
	}
	y := r.app.Date.Year()
	to, err := platform.NewDate(y-1, 12, 31)
	if err != nil {
		return platform.Window{} // an application in year 1: no earlier year
	}
	from, err := platform.NewDate(y-int(r.c.norm[i].look), 1, 1)
	if err != nil {
		from = platform.MustDate(1, 1, 1)
	}
	return platform.Window{From: from, To: to}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
