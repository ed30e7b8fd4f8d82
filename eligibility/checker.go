package eligibility

import (
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

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
// for rule texts, and for an area or money rule the threshold as a finding shows it,
// built once: reading a finding copies it rather than converting the threshold's decimal
// each time.
type quant struct {
	dec    decimal.Decimal
	wanted platform.Value
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
			q.wanted = platform.Quantity(q.dec, n.unit)
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
