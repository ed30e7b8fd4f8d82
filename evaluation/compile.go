package evaluation

import (
	"slices"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

type cband struct {
	minH  int64 // the band's Min in hundredths, rounded up: total ≥ Min ⇔ h ≥ minH
	grade platform.Grade
	// finding is the band's finding without the found value: the band as wanted and the
	// provisional grade as note. Each participant's copy shares its text and note.
	finding platform.Finding
}

// compiled is the parameters prepared for one call.
type compiled struct {
	q        Quotas
	weights  [NumDimensions + 1]decimal.Decimal
	wFast    [NumDimensions + 1]int64
	wPlaces  int32
	fast     bool
	required uint16 // dimensions with a non-zero weight
	bands    []cband
	// exactDec's cache, made on first use in a round at least as large as the cache.
	shareExact bool
	exact      []decimal.Decimal
}

func compile(p Parameters) *compiled {
	c := &compiled{q: p.Quotas}
	if !p.Scheme.IsZero() {
		c.fast = true
		for _, d := range Dimensions() {
			w := p.Scheme.Weights[d]
			c.weights[d] = w
			if w.Sign() != 0 {
				c.required |= 1 << d
			}
			if e := -w.Exponent(); e > c.wPlaces {
				c.wPlaces = e
			}
		}
		if c.wPlaces > maxWeightPlace {
			c.fast = false
		}
		for _, d := range Dimensions() {
			v, ok := scaled(c.weights[d], c.wPlaces)
			c.wFast[d] = v
			c.fast = c.fast && ok
		}
	}
	bands := slices.Clone(p.Bands)
	slices.SortStableFunc(bands, func(a, b Band) int { return a.Min.Cmp(b.Min) })
	for _, b := range bands {
		g := b.Grade
		c.bands = append(c.bands, cband{
			minH:  b.Min.Shift(2).Ceil().IntPart(),
			grade: g,
			finding: platform.Finding{Rule: rBand, Outcome: platform.Pass}.
				WithWanted(platform.Text(b.label())).
				WithNote("暂定等次："+g.Chinese()+"。", "Provisional grade: "+g.English()+"."),
		})
	}
	return c
}

// band returns the index of the band holding a total of h hundredths: the highest band
// whose Min the total reaches (bands are ordered by Min).
func (c *compiled) band(h int64) int {
	for i := len(c.bands) - 1; i > 0; i-- {
		if h >= c.bands[i].minH {
			return i
		}
	}
	return 0
}
