package eligibility

import (
	"math"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

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

// atLeastOne checks that there is at least one of something the clause names without a
// number (具有…工程技术带头人, 具有…收入来源): none fails, short by one; not supplied is Unknown.
func (r *run) atLeastOne(i ruleIndex, v Opt[int], want wantKind, u platform.Unit) {
	f := r.push(i)
	f.want = want
	x, ok := v.Get()
	switch {
	case !ok:
		f.Outcome = platform.Unknown
	case x > 0:
		f.Outcome = platform.Pass
		f.SetFoundCount(int64(x), u)
	default:
		f.Outcome = platform.Fail
		f.SetFoundCount(int64(x), u)
		f.SetShortfallCount(1, u)
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
	coef, exp, ok := decimalParts(d)
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
	if coef, exp, short := decimalParts(d); short {
		if exp >= math.MinInt8 && exp <= math.MaxInt8 { // always, for a validated quantity
			r.foundDecimal(f, d, coef, exp, n.unit)
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
