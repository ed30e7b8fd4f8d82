package evaluation

import (
	"math"
	"slices"
	"strconv"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

var pow10 = [...]int64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	1e16, 1e17, 1e18}

// hundredAt[k] is 100 written with exponent -k, so that comparing a decimal of exponent -k
// with it compares two coefficients and allocates nothing. Built from literals, never
// written after.
var hundredAt = func() (t [maxFastPlaces + 1]decimal.Decimal) {
	for k := range t {
		t[k] = decimal.New(100*pow10[k], -int32(k))
	}
	return t
}()

// maxFastPlaces is the most decimals the fast path reads: 100 with 16 decimals has a
// coefficient of 10^18, which int64 holds.
const maxFastPlaces = 16

// scaled returns d, which must lie in [0, 100], as an exact integer number of 10^-places
// units. ok is false when d lies outside [0, 100], has more than 16 decimals or a positive
// exponent, or needs more than places decimals; the caller then checks and computes with
// decimal arithmetic. It does not allocate.
func scaled(d decimal.Decimal, places int32) (v int64, ok bool) {
	if d.Sign() == 0 {
		return 0, true
	}
	e := -int(d.Exponent())
	if d.Sign() < 0 || e < 0 || e > maxFastPlaces || d.Cmp(hundredAt[e]) > 0 {
		return 0, false
	}
	c := d.CoefficientInt64() // at most 10^18: d ≤ 100 with at most 16 decimals
	k := int(places) - e
	for k < 0 && c%10 == 0 {
		c /= 10
		k++
	}
	if k < 0 || k > 18 {
		return 0, false
	}
	m := pow10[k]
	if c > math.MaxInt64/m {
		return 0, false
	}
	return c * m, true
}

// Fixed-point scales of the fast path: scores in millionths, supplied totals in
// billionths, weights in at most 10^-9 units. A weight is at most 1 and a score at most
// 100, so seven products stay below 7·10^17.
const (
	scorePlaces    = 6
	totalPlaces    = 9
	maxWeightPlace = 9
)

// exactCacheSize covers the exact totals with at most three decimals, the usual case of
// one- or two-decimal scores and two-decimal weights.
const exactCacheSize = 100*1000 + 1

// shareExactFrom is the round size from which exact totals share decimals: below it the
// cache would cost more than the decimals it saves.
const shareExactFrom = 1 << 14

// exactDec returns v·10^-places (places ≥ 3, v without trailing zeros), sharing one decimal
// per value with at most three decimals in a large round: decimals are immutable.
func (c *compiled) exactDec(v int64, places int32) decimal.Decimal {
	if !c.shareExact || places > 3 || v < 0 || v*pow10[3-places] >= exactCacheSize {
		return decimal.New(v, -places)
	}
	k := v * pow10[3-places]
	if c.exact == nil {
		c.exact = make([]decimal.Decimal, exactCacheSize)
	}
	if c.exact[k].Exponent() != -3 {
		c.exact[k] = decimal.New(k, -3)
	}
	return c.exact[k]
}

// totalOf checks a supplied total and rounds it half-up to hundredths.
func totalOf(t decimal.Decimal) (h int64, round, ok bool) {
	if !inReach(t) {
		return 0, false, false
	}
	if v, fast := scaled(t, totalPlaces); fast {
		q := pow10[totalPlaces-2]
		return (v + q/2) / q, v%q != 0, true
	}
	if t.Sign() < 0 || t.Cmp(decHundred) > 0 {
		return 0, false, false
	}
	r := t.Round(2)
	return r.Shift(2).IntPart(), !r.Equal(t), true
}

// scoreTotal checks a scorecard and returns its total in hundredths, the exact total, and
// whether rounding changed it. Problems are added to probs.
func (c *compiled) scoreTotal(op string, sc Scores, i int, probs *platform.Problems) (h int64, exact decimal.Decimal, round bool) {
	before := probs.Len()
	field := func(f string) string { return "participants[" + strconv.Itoa(i) + "].scores" + f }
	var seen, outside uint16
	var sum int64
	fast := c != nil && c.fast
	unknown := false
	// The map is read in whatever order it iterates; the sum of exact products does not
	// depend on it, and problems are reported afterwards in dimension order.
	for d, s := range sc {
		if !d.Valid() {
			unknown = true
			continue
		}
		seen |= 1 << d
		v, ok := scaled(s, scorePlaces)
		if !ok {
			fast = false
			if !inReach(s) || s.Sign() < 0 || s.Cmp(decHundred) > 0 {
				outside |= 1 << d
				continue
			}
		}
		if fast {
			sum += c.wFast[d] * v
		}
	}
	if unknown {
		var keys []int
		for d := range sc {
			if !d.Valid() {
				keys = append(keys, int(d))
			}
		}
		slices.Sort(keys)
		for _, d := range keys {
			probs.Addf(op, platform.ErrInvalid, field(""), Dimension(d).String())
		}
	}
	if outside != 0 {
		for _, d := range Dimensions() {
			if outside&(1<<d) != 0 {
				probs.Addf(op, platform.ErrRange, field("."+d.String()), short(sc[d]))
			}
		}
	}
	if c == nil {
		return 0, decimal.Decimal{}, false
	}
	if missing := c.required &^ seen; missing != 0 {
		for _, d := range Dimensions() {
			if missing&(1<<d) != 0 {
				probs.Addf(op, platform.ErrMissing, field("."+d.String()), "")
			}
		}
	}
	if probs.Len() > before {
		return 0, decimal.Decimal{}, false
	}
	if fast {
		places := c.wPlaces + scorePlaces
		q := pow10[places-2]
		h = (sum + q/2) / q
		if sum%q == 0 {
			return h, decimal.Decimal{}, false
		}
		for sum%10 == 0 {
			sum /= 10
			places--
		}
		return h, c.exactDec(sum, places), true
	}
	total := decimal.Zero
	for d := MajorTasks; d <= Incubation; d++ {
		if s, ok := sc[d]; ok {
			total = total.Add(c.weights[d].Mul(s))
		}
	}
	r := total.Round(2)
	return r.Shift(2).IntPart(), total, !r.Equal(total)
}
