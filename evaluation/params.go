package evaluation

import (
	"sort"
	"strconv"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

var (
	decHundred = decimal.NewFromInt(100)
	decOne     = decimal.NewFromInt(1)
)

// maxExp bounds the exponent of every decimal the package reads (scores, totals, weights,
// band bounds): no score is written with more than 30 decimals or as a multiple of 10^31.
// Comparing, adding or rounding a decimal rescales it to the other's exponent, so
// 1E-2000000000 would become a number of two thousand million digits; such a decimal is
// refused as out of range before any arithmetic. Eligibility bounds its areas the same way.
const maxExp = 30

// inReach reports whether d's exponent is within ±maxExp.
func inReach(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -maxExp && e <= maxExp
}

// short writes d for a message: as usual within reach, otherwise as coefficient and
// exponent ("1E-2000000000"), never expanded.
func short(d decimal.Decimal) string {
	if inReach(d) {
		return d.String()
	}
	return d.Coefficient().String() + "E" + strconv.Itoa(int(d.Exponent()))
}

// Quota is one row of the quota table: a percentage of the number of platforms graded, the
// boundary word that says which side of it is allowed, and the clause it comes from.
type Quota struct {
	// Percent is a whole percentage, 0 to 100.
	Percent int `json:"percent"`
	// Bound is the clause's word: an upper word (不超过, 以下, 以内, 低于) for the excellent
	// cap, a lower word (不低于, 不少于, 以上, 高于, 超过) for the poor floor.
	Bound platform.BoundWord `json:"bound"`
	Cite  platform.Citation  `json:"citation"`
	// Zh is the clause in the law's words.
	Zh string `json:"zh"`
}

// Quotas is the package's parameter table: the two quotas of 第二十二条. A caller may pass
// another table (a revised measure); [Quotas.Validate] checks it.
type Quotas struct {
	// Excellent caps the number of 优秀: 不超过参评科技创新平台数量的30%.
	Excellent Quota `json:"excellent"`
	// Poor sets the least number of 较差: 不低于参评数量的10%.
	Poor Quota `json:"poor"`
}

// DefaultQuotas returns the quotas of 第二十二条 as a fresh value: 优秀 不超过 30%, 较差 不低于
// 10% of the platforms graded.
//
// 第二十二条: "原则上评估结果为优秀的不超过参评科技创新平台数量的30%，评估结果为较差的不低于参评数量的10%。"
func DefaultQuotas() Quotas {
	return Quotas{
		Excellent: Quota{Percent: 30, Bound: platform.AtMostBuChaoGuo, Cite: platform.Art(22), Zh: zh22Cap},
		Poor:      Quota{Percent: 10, Bound: platform.AtLeastBuDiYu, Cite: platform.Art(22), Zh: zh22Floor},
	}
}

// Validate reports every problem of the table, joined: a percentage outside 0–100, a bound
// word on the wrong side, a missing or malformed citation, or quotas that could not both be
// met (the percentages add up to more than 100, or to 100 with a strict word).
func (q Quotas) Validate() error {
	var p platform.Problems
	q.validate("evaluation.Quotas.Validate", "quotas", &p)
	return p.Err()
}

func (q Quotas) validate(op, field string, p *platform.Problems) {
	row := func(name string, r Quota, lower bool) {
		f := field + "." + name
		if r.Percent < 0 || r.Percent > 100 {
			p.Addf(op, platform.ErrRange, f+".percent", strconv.Itoa(r.Percent))
		}
		if !r.Bound.Valid() || r.Bound.Lower() != lower {
			p.Addf(op, platform.ErrInvalid, f+".bound", r.Bound.String())
		} else if !r.Bound.Inclusive() && ((lower && r.Percent >= 100) || (!lower && r.Percent <= 0)) {
			// 低于0% or 高于100% admits no count at all.
			p.Addf(op, platform.ErrRange, f+".percent", strconv.Itoa(r.Percent))
		}
		if r.Cite.IsZero() || !r.Cite.Valid() {
			p.Addf(op, platform.ErrMissing, f+".citation", r.Cite.English())
		}
	}
	row("excellent", q.Excellent, false)
	row("poor", q.Poor, true)
	sum := q.Excellent.Percent + q.Poor.Percent
	strict := !q.Excellent.Bound.Inclusive() || !q.Poor.Bound.Inclusive()
	if sum > 100 || (sum == 100 && strict) {
		p.Addf(op, platform.ErrConflict, field, strconv.Itoa(q.Excellent.Percent)+"% + "+strconv.Itoa(q.Poor.Percent)+"%")
	}
}

// Cap returns the most 优秀 a cohort of n graded platforms may have.
//
// 第二十二条: "原则上评估结果为优秀的不超过参评科技创新平台数量的30%".
//
// By integer arithmetic:
// for 不超过/以下/以内 p%, the largest c with 100·c ≤ p·n, which is ⌊p·n/100⌋; for 低于 p%,
// the largest c with 100·c < p·n. Cap(n) for n ≤ 0 is 0. p·n is never formed: n is split
// as 100·a + b, so that no n overflows (for a table that validates, 0 ≤ p ≤ 100).
func (q Quotas) Cap(n int) int {
	if n <= 0 {
		return 0
	}
	whole, part := percentOf(q.Excellent.Percent, n)
	if q.Excellent.Bound.Inclusive() || part == 0 {
		if !q.Excellent.Bound.Inclusive() {
			whole-- // p·n/100 is a whole number, which 低于 excludes
		}
		return max(whole, 0)
	}
	return whole
}

// Floor returns the fewest 较差 a cohort of n graded platforms must have.
//
// 第二十二条: "评估结果为较差的不低于参评数量的10%".
//
// By integer arithmetic: for 不低于/不少于/以上 p%, the smallest c with 100·c ≥ p·n, which is
// ⌈p·n/100⌉; for 高于/超过 p%, the smallest c with 100·c > p·n. Floor(n) for n ≤ 0 is 0,
// and it never exceeds n. As in [Quotas.Cap], p·n is never formed.
func (q Quotas) Floor(n int) int {
	if n <= 0 {
		return 0
	}
	whole, part := percentOf(q.Poor.Percent, n)
	c := whole + 1 // above p·n/100 (高于), or up to it when it has a fraction
	if q.Poor.Bound.Inclusive() && part == 0 {
		c = whole
	}
	return min(max(c, 0), n)
}

// percentOf returns p·n/100 as its whole part and whether a fraction remains (part ≠ 0),
// without forming p·n: with n = 100·a + b, p·n/100 = p·a + p·b/100.
func percentOf(p, n int) (whole, part int) {
	a, b := n/100, n%100
	return p*a + p*b/100, p * b % 100
}

// Weights are the weights of the seven dimensions, keyed by [Dimension]. In JSON the keys
// are the dimensions' codes.
type Weights map[Dimension]decimal.Decimal

// Scores are a platform's scores in the seven dimensions, each from 0 to 100.
type Scores map[Dimension]decimal.Decimal

// Scheme is a scorecard for 第二十一条: the weight of each dimension. The measures leave
// the detailed rules to a separate document (绩效评估细则另行制定), so the scheme is
// always the caller's; [IllustrativeScheme] is a labeled example, not the law.
type Scheme struct {
	// Name identifies the detailed rules the weights come from.
	Name string `json:"name"`
	// Illustrative marks a scheme that is an example and not an issued document.
	Illustrative bool              `json:"illustrative,omitempty"`
	Cite         platform.Citation `json:"citation"`
	// Weights holds a non-negative weight for each of the seven dimensions; they sum to
	// exactly 1. A dimension with weight 0 need not be scored.
	Weights Weights `json:"weights"`
}

// IsZero reports whether no scheme was given.
func (s Scheme) IsZero() bool { return len(s.Weights) == 0 && s.Name == "" && s.Cite.IsZero() }

// IllustrativeScheme returns an example scheme, labeled as such: 0.15 for each of the first
// six dimensions and 0.10 for incubation. The measures give no weights; these are not theirs.
func IllustrativeScheme() Scheme {
	w := Weights{}
	for _, d := range Dimensions() {
		w[d] = decimal.RequireFromString("0.15")
	}
	w[Incubation] = decimal.RequireFromString("0.10")
	return Scheme{Name: "illustrative scheme (not issued by the bureau)", Illustrative: true, Cite: platform.Art(21), Weights: w}
}

// Validate reports every problem of the scheme, joined: a missing, unknown or negative
// weight, weights that do not sum to exactly 1, a missing citation.
func (s Scheme) Validate() error {
	var p platform.Problems
	s.validate("evaluation.Scheme.Validate", "scheme", &p)
	return p.Err()
}

func (s Scheme) validate(op, field string, p *platform.Problems) {
	if s.Cite.IsZero() || !s.Cite.Valid() {
		p.Addf(op, platform.ErrMissing, field+".citation", s.Cite.English())
	}
	sum := decimal.Zero
	farWeight := false // the sum is not judged when a weight is out of reach
	var unknown []int
	for d := range s.Weights {
		if !d.Valid() {
			unknown = append(unknown, int(d))
		}
	}
	sort.Ints(unknown)
	for _, d := range unknown {
		p.Addf(op, platform.ErrInvalid, field+".weights", Dimension(d).String())
	}
	for _, d := range Dimensions() {
		w, ok := s.Weights[d]
		switch {
		case !ok:
			p.Addf(op, platform.ErrMissing, field+".weights."+d.String(), "")
		case !inReach(w):
			p.Addf(op, platform.ErrRange, field+".weights."+d.String(), short(w))
			farWeight = true
			continue
		case w.Sign() < 0:
			p.Addf(op, platform.ErrRange, field+".weights."+d.String(), w.String())
		}
		sum = sum.Add(w)
	}
	if !farWeight && !sum.Equal(decOne) {
		p.Addf(op, platform.ErrRange, field+".weights", "sum "+sum.String())
	}
}

// Band maps a range of totals to a provisional grade. A band covers [Min, Max): it
// includes Min and excludes Max, except the band whose Max is 100, which includes 100.
type Band struct {
	Grade platform.Grade    `json:"grade"`
	Min   decimal.Decimal   `json:"min"`
	Max   decimal.Decimal   `json:"max"`
	Cite  platform.Citation `json:"citation"`
}

// Bands are the score bands of the detailed rules. Validated, they cover 0 to 100 with no
// gap and no overlap, each grade at most once, a higher band never giving a worse grade.
type Bands []Band

// IllustrativeBands returns example bands, not the law's (the measures give none):
// 优秀 [90, 100], 良好 [80, 90), 合格 [60, 80), 较差 [0, 60).
func IllustrativeBands() Bands {
	b := func(g platform.Grade, lo, hi int64) Band {
		return Band{Grade: g, Min: decimal.NewFromInt(lo), Max: decimal.NewFromInt(hi), Cite: platform.Art(22)}
	}
	return Bands{b(platform.Excellent, 90, 100), b(platform.Good, 80, 90), b(platform.Qualified, 60, 80), b(platform.Poor, 0, 60)}
}

func (b Band) label() string {
	hi := ")"
	if inReach(b.Max) && b.Max.Equal(decHundred) {
		hi = "]"
	}
	return "[" + short(b.Min) + ", " + short(b.Max) + hi
}

// Validate reports every problem of the bands, joined, each naming its band: a grade that is
// not one of the four or appears twice, a bound outside 0–100, Min not below Max, a gap or an
// overlap between neighbors, a first band not starting at 0 or a last not ending at 100, a
// higher band with a worse grade, a missing citation.
func (bs Bands) Validate() error {
	var p platform.Problems
	bs.validate("evaluation.Bands.Validate", "bands", &p)
	return p.Err()
}

func (bs Bands) validate(op, field string, p *platform.Problems) {
	if len(bs) == 0 {
		p.Addf(op, platform.ErrMissing, field, "")
		return
	}
	name := func(i int) string { return field + "[" + strconv.Itoa(i) + "]" }
	desc := func(b Band) string { return b.Grade.Chinese() + " " + b.label() }
	seen := map[platform.Grade]int{}
	order := make([]int, 0, len(bs))
	for i, b := range bs {
		ok := true
		if !b.Grade.Valid() {
			p.Addf(op, platform.ErrInvalid, name(i)+".grade", b.Grade.String())
			ok = false
		} else if j, dup := seen[b.Grade]; dup {
			p.Addf(op, platform.ErrDuplicate, name(i)+".grade", b.Grade.Chinese()+" (also "+name(j)+")")
			ok = false
		} else {
			seen[b.Grade] = i
		}
		if !inReach(b.Min) || !inReach(b.Max) ||
			b.Min.Sign() < 0 || b.Min.Cmp(decHundred) > 0 || b.Max.Sign() < 0 || b.Max.Cmp(decHundred) > 0 {
			p.Addf(op, platform.ErrRange, name(i), desc(b))
			ok = false
		} else if b.Min.Cmp(b.Max) >= 0 {
			p.Addf(op, platform.ErrOrder, name(i), desc(b))
			ok = false
		}
		if b.Cite.IsZero() || !b.Cite.Valid() {
			p.Addf(op, platform.ErrMissing, name(i)+".citation", desc(b))
		}
		if ok {
			order = append(order, i)
		}
	}
	if len(order) != len(bs) {
		return // neighbors cannot be judged until every band is well formed
	}
	sort.SliceStable(order, func(a, b int) bool { return bs[order[a]].Min.LessThan(bs[order[b]].Min) })
	first, last := bs[order[0]], bs[order[len(order)-1]]
	if !first.Min.IsZero() {
		p.Addf(op, platform.ErrRange, name(order[0])+".min", "gap below "+first.Min.String())
	}
	if !last.Max.Equal(decHundred) {
		p.Addf(op, platform.ErrRange, name(order[len(order)-1])+".max", "gap above "+last.Max.String())
	}
	for k := 1; k < len(order); k++ {
		lo, hi := bs[order[k-1]], bs[order[k]]
		switch c := lo.Max.Cmp(hi.Min); {
		case c < 0:
			p.Addf(op, platform.ErrRange, name(order[k]), "gap between "+desc(lo)+" and "+desc(hi))
		case c > 0:
			p.Addf(op, platform.ErrConflict, name(order[k]), "overlap between "+desc(lo)+" and "+desc(hi))
		}
		if !hi.Grade.Better(lo.Grade) {
			p.Addf(op, platform.ErrOrder, name(order[k])+".grade", desc(hi)+" is not better than "+desc(lo))
		}
	}
}

// Parameters are everything a round is graded under: the scorecard of 第二十一条, the bands
// and the quotas of 第二十二条. The scheme may be zero when every participant arrives with
// a total.
type Parameters struct {
	Scheme Scheme `json:"scheme"`
	Bands  Bands  `json:"bands"`
	Quotas Quotas `json:"quotas"`
}

// IllustrativeParameters returns [IllustrativeScheme], [IllustrativeBands] and
// [DefaultQuotas]: the quotas are the law's, the scheme and bands only an example.
func IllustrativeParameters() Parameters {
	return Parameters{Scheme: IllustrativeScheme(), Bands: IllustrativeBands(), Quotas: DefaultQuotas()}
}

// Validate reports every problem of the parameters, joined. A zero scheme is accepted here;
// [Grade] requires one when a participant arrives with dimension scores.
func (p Parameters) Validate() error {
	var probs platform.Problems
	p.validate("evaluation.Parameters.Validate", false, &probs)
	return probs.Err()
}

func (p Parameters) validate(op string, needScheme bool, probs *platform.Problems) {
	if !p.Scheme.IsZero() {
		p.Scheme.validate(op, "scheme", probs)
	} else if needScheme {
		probs.Addf(op, platform.ErrMissing, "scheme", "")
	}
	p.Bands.validate(op, "bands", probs)
	p.Quotas.validate(op, "quotas", probs)
}

// Fingerprint returns the fingerprint of the parameters ([platform.Fingerprint]); results
// carry it in their edition. Parameters that do not validate have none: their problems are
// returned instead (a decimal out of reach would otherwise be written out in full).
func (p Parameters) Fingerprint() (string, error) {
	if err := p.Validate(); err != nil {
		return "", err
	}
	return platform.Fingerprint(p)
}
