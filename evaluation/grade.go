package evaluation

import (
	"cmp"
	"hash/maphash"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

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

// Participant classes, in the order the result lists them within a group.
const (
	classScored    uint8 = iota // has a total, counts in N
	classWithdrawn              // withdrew, counts in N as 较差 (option)
	classOut                    // not graded, not in N
)

// entry carries what the result needs of a participant, so that the pass that builds the
// result reads the entries in order rather than the input at random.
type entry struct {
	id    string
	dept  string
	pfx   uint64 // eight bytes of the ID for ordering (setPrefixes)
	h     int64  // rounded total in hundredths
	cycle int
	idx   int32 // position in the input
	group int32
	class uint8
	round bool // the rounding to two decimals changed the total
	typ   platform.Type
	part  Participation
}

// setPrefixes gives each entry the eight bytes of its ID that follow the prefix all IDs
// share, as a big-endian number (zero-padded), so that most comparisons of IDs are a
// comparison of two integers held in the entries.
func setPrefixes(entries []entry) {
	if len(entries) == 0 {
		return
	}
	first := entries[0].id
	lcp := len(first)
	for i := 1; i < len(entries) && lcp > 0; i++ {
		id := entries[i].id
		if len(id) < lcp {
			lcp = len(id)
		}
		for j := 0; j < lcp; j++ {
			if id[j] != first[j] {
				lcp = j
				break
			}
		}
	}
	for i := range entries {
		var v uint64
		id := entries[i].id[lcp:]
		for j := 0; j < 8; j++ {
			v <<= 8
			if j < len(id) {
				v |= uint64(id[j])
			}
		}
		entries[i].pfx = v
	}
}

// compareIDs orders two entries by platform ID: by the prefixes, and by the whole IDs when
// those are equal. Zero padding keeps a proper prefix before its extensions.
func compareIDs(a, b *entry) int {
	if a.pfx != b.pfx {
		return cmp.Compare(a.pfx, b.pfx)
	}
	return cmp.Compare(a.id, b.id)
}

// sortEntries orders the entries by group, class, total descending (for the scored) and
// platform ID. Totals are whole hundredths from 0 to 10000, so in a large round with few
// groups the entries are first distributed by (group, class, total) in linear time and
// only the platforms sharing a bucket are compared by ID; a small round is simply sorted.
func sortEntries(entries []entry, groups int) []entry {
	const perGroup = 10000 + 1 + 2 // totals 0..10000, then withdrawals counted, then the rest
	buckets := groups * perGroup
	if len(entries) < 1024 || buckets > 4*len(entries)+1<<17 {
		slices.SortFunc(entries, func(a, b entry) int {
			if a.group != b.group {
				return cmp.Compare(a.group, b.group)
			}
			if a.class != b.class {
				return cmp.Compare(a.class, b.class)
			}
			if a.class == classScored && a.h != b.h {
				return cmp.Compare(b.h, a.h)
			}
			return compareIDs(&a, &b)
		})
		return entries
	}
	key := func(e *entry) int {
		k := int(e.group) * perGroup
		if e.class == classScored {
			return k + int(10000-e.h)
		}
		return k + 10000 + int(e.class)
	}
	start := make([]int32, buckets+1)
	for i := range entries {
		start[key(&entries[i])+1]++
	}
	for b := 1; b <= buckets; b++ {
		start[b] += start[b-1]
	}
	out := make([]entry, len(entries))
	next := slices.Clone(start[:buckets])
	for i := range entries {
		k := key(&entries[i])
		out[next[k]] = entries[i]
		next[k]++
	}
	for b := 0; b < buckets; b++ {
		if lo, hi := start[b], start[b+1]; hi-lo > 1 {
			slices.SortFunc(out[lo:hi], func(x, y entry) int { return compareIDs(&x, &y) })
		}
	}
	return out
}

// Per-position flags of the quota steps.
const (
	fLowered uint8 = 1 << iota
	fTieCap
	fTieCapResolved
	fMadePoor
	fTieFloor
	fTieFloorResolved
)

// Grade grades a round: it computes each participant's total (第二十一条), gives each a
// provisional grade from the bands, then applies the quotas of 第二十二条 within each
// group and records every change. Platforms that did not take part are listed, not graded
// (第二十四条).
//
// 第二十二条: "绩效评估一般以三年为一个周期，评估结果分为优秀、良好、合格、较差四类。原则上评估结果为
// 优秀的不超过参评科技创新平台数量的30%，评估结果为较差的不低于参评数量的10%。"
//
// The steps, for each group of N graded platforms (cap = ⌊30·N/100⌋, floor = ⌈10·N/100⌉ by
// integer arithmetic under [DefaultQuotas]):
//
//  1. The total is Σ weight·score, rounded half-up to two decimals; ties are equal rounded
//     totals. Platforms are ranked by total descending, then platform ID ascending.
//  2. The band holding the total gives the provisional grade.
//  3. If more than cap are 优秀, the excess are lowered to 良好 from the lowest total up.
//  4. If fewer than floor are 较差, platforms are made 较差 from the lowest total up until
//     the floor is met (unless [Options.WaivePoorFloorBelow] waives it for a small group).
//  5. A tie straddling either boundary is, by default, resolved so that no quota is breached
//     (the whole tie lowered, or the whole tie made 较差) and flagged for review;
//     [Options.TieBreak] resolves it by the caller's order instead.
//
// Bad input (an empty round, a duplicate or missing ID, an ID or department with white
// space around it, a participant with no score, a score or total outside 0–100 or written
// with an exponent beyond ±30, weights that are negative or do not sum to 1, bands with a
// gap or overlap, invalid options) returns every problem joined as [*platform.Error] values
// and no result. The result does not depend on the order of the input.
func Grade(r Round, p Parameters, opts Options) (Result, error) {
	const op = "evaluation.Grade"
	var probs platform.Problems
	n := len(r.Participants)

	needScheme := false
	for i := range r.Participants {
		if r.Participants[i].Scores != nil {
			needScheme = true
			break
		}
	}
	var pp platform.Problems
	p.validate(op, needScheme, &pp)
	var c *compiled
	if pp.Len() == 0 {
		c = compile(p)
		c.shareExact = n >= shareExactFrom
	}
	probs.Add(pp.Err())

	if r.ID == "" {
		probs.Addf(op, platform.ErrMissing, "round.id", "")
	}
	if r.ResultDate.IsZero() {
		probs.Addf(op, platform.ErrMissing, "round.result_date", "")
	}
	if !r.Evaluator.Kind.Valid() {
		probs.Addf(op, platform.ErrMissing, "round.evaluator.kind", r.Evaluator.Kind.String())
	} else if r.Evaluator.Kind == ThirdParty && r.Evaluator.Name == "" {
		probs.Addf(op, platform.ErrMissing, "round.evaluator.name", "")
	}
	if n == 0 {
		probs.Addf(op, platform.ErrMissing, "round.participants", "")
	}
	if n > math.MaxInt32 {
		probs.Addf(op, platform.ErrRange, "round.participants", strconv.Itoa(n))
		return Result{}, probs.Err()
	}
	validateOptions(op, opts, &probs)

	entries := make([]entry, n)
	hashes := make([]uint64, 0, n)
	seed := maphash.MakeSeed()
	var depts map[string]int32
	if opts.GroupBy == ByDepartment {
		depts = map[string]int32{}
	}
	var exact []decimal.Decimal
	field := func(i int, f string) string { return "participants[" + strconv.Itoa(i) + "]." + f }
	for i := range r.Participants {
		pt := &r.Participants[i]
		e := &entries[i]
		e.id, e.idx, e.dept, e.cycle, e.typ, e.part = pt.PlatformID, int32(i), pt.Department, pt.Cycle, pt.Type, pt.Participation
		switch t := strings.TrimSpace(pt.PlatformID); {
		case t == "":
			probs.Addf(op, platform.ErrMissing, field(i, "platform_id"), pt.PlatformID)
		case t != pt.PlatformID:
			// IDs are matched as written: "P01 " would be a second platform P01.
			probs.Addf(op, platform.ErrInvalid, field(i, "platform_id"), pt.PlatformID)
		default:
			hashes = append(hashes, maphash.String(seed, pt.PlatformID))
		}
		if !pt.Type.Valid() {
			probs.Addf(op, platform.ErrInvalid, field(i, "type"), pt.Type.String())
		}
		if pt.Cycle < 1 {
			probs.Addf(op, platform.ErrRange, field(i, "cycle"), strconv.Itoa(pt.Cycle))
		}
		switch opts.GroupBy {
		case ByType:
			if pt.Type.Valid() {
				e.group = int32(pt.Type) - 1
			}
		case ByDepartment:
			switch t := strings.TrimSpace(pt.Department); {
			case t == "":
				probs.Addf(op, platform.ErrMissing, field(i, "department"), pt.Department)
			case t != pt.Department:
				// Departments are matched as written: " 科技局" would be a group of its own.
				probs.Addf(op, platform.ErrInvalid, field(i, "department"), pt.Department)
			default:
				g, ok := depts[pt.Department]
				if !ok {
					g = int32(len(depts))
					depts[pt.Department] = g
				}
				e.group = g
			}
		}
		switch pt.Participation {
		case TookPart:
			e.class = classScored
			switch {
			case pt.Scores == nil && pt.Total == nil:
				probs.Addf(op, platform.ErrMissing, field(i, "scores"), pt.PlatformID)
			case pt.Scores != nil && pt.Total != nil:
				probs.Addf(op, platform.ErrConflict, field(i, "total"), pt.PlatformID)
			case pt.Total != nil:
				h, round, ok := totalOf(*pt.Total)
				if !ok {
					probs.Addf(op, platform.ErrRange, field(i, "total"), short(*pt.Total))
				}
				e.h, e.round = h, round
				if round {
					if exact == nil {
						exact = make([]decimal.Decimal, n)
					}
					exact[i] = *pt.Total
				}
			default:
				h, ex, round := c.scoreTotal(op, pt.Scores, i, &probs)
				e.h, e.round = h, round
				if round {
					if exact == nil {
						exact = make([]decimal.Decimal, n)
					}
					exact[i] = ex
				}
			}
		case Withdrew:
			e.class = classOut
			if opts.WithdrawalsCountInN {
				e.class = classWithdrawn
			}
		case AbsentWithoutCause, AbsentWithCause:
			e.class = classOut
			if pt.Scores != nil || pt.Total != nil {
				probs.Addf(op, platform.ErrConflict, field(i, "participation"), pt.Participation.String())
			}
		default:
			e.class = classOut
			probs.Addf(op, platform.ErrInvalid, field(i, "participation"), pt.Participation.String())
		}
	}
	if hasDuplicate(hashes) {
		duplicates(op, r.Participants, &probs)
	}
	if probs.Len() > 0 {
		return Result{}, probs.Err()
	}
	fp, err := platform.Fingerprint(p)
	if err != nil {
		return Result{}, platform.NewError(op, platform.ErrInvalid, "parameters", "", err)
	}

	// Group keys, in result order.
	var keys []string
	switch opts.GroupBy {
	case Pooled:
		keys = []string{"all"}
	case ByType:
		for _, t := range platform.Types() {
			keys = append(keys, t.String())
		}
	case ByDepartment:
		keys = make([]string, len(depts))
		for k, g := range depts {
			keys[g] = k
		}
		sorted := slices.Clone(keys)
		slices.Sort(sorted)
		rank := make(map[string]int32, len(sorted))
		for i, k := range sorted {
			rank[k] = int32(i)
		}
		for i := range entries {
			entries[i].group = rank[keys[entries[i].group]]
		}
		keys = sorted
	}

	setPrefixes(entries)
	entries = sortEntries(entries, len(keys))

	var prio map[string]int
	if len(opts.TieBreak) > 0 {
		prio = make(map[string]int, len(opts.TieBreak))
		for i, id := range opts.TieBreak {
			prio[id] = i
		}
	}

	g := grader{c: c, entries: entries, prio: prio, opts: opts,
		bandIx: make([]uint8, n), final: make([]platform.Grade, n), flags: make([]uint8, n),
		rank: make([]int32, n)}
	res := Result{RoundID: r.ID, ResultDate: r.ResultDate, Evaluator: r.Evaluator, Options: opts,
		Edition: platform.DefaultEdition().WithFingerprint(fp)}
	res.Options.TieBreak = slices.Clone(opts.TieBreak)

	for lo := 0; lo < n; {
		hi := lo
		for hi < n && entries[hi].group == entries[lo].group {
			hi++
		}
		gr := g.group(lo, hi)
		gr.Key = keys[entries[lo].group]
		res.Groups = append(res.Groups, gr)
		lo = hi
	}

	// Build the participants' results and their findings in one backing array.
	res.Participants = make([]ParticipantResult, n)
	nf := 0
	for k := range entries {
		nf++
		if entries[k].class == classScored {
			f := g.flags[k]
			for _, bit := range [...]uint8{fTieCap, fLowered, fTieFloor, fMadePoor} {
				if f&bit != 0 {
					nf++
				}
			}
			if entries[k].round {
				nf++
			}
		}
	}
	// fs has room for every finding, so appending never moves it and each participant's
	// findings can be taken as a sub-slice as soon as they are written.
	fs := make([]platform.Finding, 0, nf)
	var cache []decimal.Decimal
	if n > 256 {
		cache = make([]decimal.Decimal, 10001)
	}
	score := func(h int64) decimal.Decimal {
		if cache == nil || h < 0 || h > 10000 {
			return decimal.New(h, -2)
		}
		if cache[h].Exponent() != -2 {
			cache[h] = decimal.New(h, -2)
		}
		return cache[h]
	}
	groupIx := 0
	for k := range entries {
		e := &entries[k]
		for res.Groups[groupIx].Key != keys[e.group] {
			groupIx++
		}
		pr := &res.Participants[k]
		first := len(fs)
		pr.PlatformID, pr.Type, pr.Cycle, pr.Department = e.id, e.typ, e.cycle, e.dept
		pr.Participation, pr.Group = e.part, keys[e.group]
		f := g.flags[k]
		switch e.class {
		case classScored:
			b := &c.bands[g.bandIx[k]]
			pr.Graded, pr.Scored, pr.Rank = true, true, int(g.rank[k])
			pr.Score = score(e.h)
			pr.Provisional, pr.Final = b.grade, g.final[k]
			if e.round {
				fs = append(fs, platform.Finding{Rule: rTotal, Outcome: platform.Pass, Note: &noteTotalRounded}.
					WithFound(platform.Quantity(exact[e.idx], platform.Points)))
			}
			fs = append(fs, b.finding.WithFound(platform.Quantity(pr.Score, platform.Points)))
			gr := &res.Groups[groupIx]
			if f&fTieCap != 0 {
				fs = append(fs, tieFinding(rTieCap, f&fTieCapResolved != 0, gr.Cap))
			}
			if f&fLowered != 0 {
				fs = append(fs, platform.Finding{Rule: rCap, Outcome: platform.Fail, Note: &noteLowered}.
					WithWanted(platform.Count(int64(gr.Cap), platform.Institution)).
					WithFound(platform.Count(int64(gr.Provisional.Excellent), platform.Institution)))
			}
			if f&fTieFloor != 0 {
				fs = append(fs, tieFinding(rTieFloor, f&fTieFloorResolved != 0, gr.Floor))
			}
			if f&fMadePoor != 0 {
				fs = append(fs, platform.Finding{Rule: rFloor, Outcome: platform.Fail, Note: &noteMadePoor[g.afterCap(k)]}.
					WithWanted(platform.Count(int64(gr.Floor), platform.Institution)).
					WithFound(platform.Count(int64(gr.Provisional.Poor+g.withdrawnIn(groupIx, res.Groups)), platform.Institution)))
			}
			pr.Tie = f&(fTieCap|fTieFloor) != 0
		case classWithdrawn:
			pr.Graded, pr.Final, pr.Consequence = true, platform.Poor, RemovalAndBan
			fs = append(fs, findingWithdrewCounted)
		default:
			switch e.part {
			case AbsentWithoutCause:
				pr.Consequence = RemovalAndBan
				fs = append(fs, findingAbsent)
			case Withdrew:
				pr.Consequence = RemovalAndBan
				fs = append(fs, findingWithdrew)
			default:
				fs = append(fs, findingExcused)
			}
		}
		pr.Findings = fs[first:len(fs):len(fs)]
	}
	res.Findings = roundFindings(r, opts)
	return res, nil
}

// hasDuplicate reports whether two hashes are equal: a cheap test that finds every
// duplicate ID (and, very rarely, two IDs that merely share a hash).
func hasDuplicate(hashes []uint64) bool {
	slices.Sort(hashes)
	for i := 1; i < len(hashes); i++ {
		if hashes[i] == hashes[i-1] {
			return true
		}
	}
	return false
}

// duplicates reports each participant whose platform ID an earlier one already used.
func duplicates(op string, ps []Participant, probs *platform.Problems) {
	seen := make(map[string]bool, len(ps))
	for i := range ps {
		id := ps[i].PlatformID
		if id == "" {
			continue
		}
		if seen[id] {
			probs.Addf(op, platform.ErrDuplicate, "participants["+strconv.Itoa(i)+"].platform_id", id)
		}
		seen[id] = true
	}
}

func tieFinding(rule *platform.Rule, resolved bool, bound int) platform.Finding {
	f := platform.Finding{Rule: rule, Outcome: platform.Review, Note: &noteTie}.
		WithWanted(platform.Count(int64(bound), platform.Institution))
	if resolved {
		f.Outcome = platform.Pass
		f.Note = &noteTieResolved
	}
	return f
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

func validateOptions(op string, o Options, probs *platform.Problems) {
	if !o.GroupBy.Valid() {
		probs.Addf(op, platform.ErrInvalid, "options.group_by", o.GroupBy.String())
	}
	if o.WaivePoorFloorBelow < 0 {
		probs.Addf(op, platform.ErrRange, "options.waive_poor_floor_below", strconv.Itoa(o.WaivePoorFloorBelow))
	}
	seen := make(map[string]bool, len(o.TieBreak))
	for i, id := range o.TieBreak {
		f := "options.tie_break[" + strconv.Itoa(i) + "]"
		switch {
		case strings.TrimSpace(id) == "":
			probs.Addf(op, platform.ErrMissing, f, id)
		case strings.TrimSpace(id) != id:
			probs.Addf(op, platform.ErrInvalid, f, id)
		case seen[id]:
			probs.Addf(op, platform.ErrDuplicate, f, id)
		}
		seen[id] = true
	}
}

// grader holds the per-position state of the quota steps; positions index the sorted
// entries.
type grader struct {
	c       *compiled
	entries []entry
	prio    map[string]int
	opts    Options
	bandIx  []uint8
	final   []platform.Grade
	flags   []uint8
	rank    []int32
}

// afterCap returns the grade position k had before the floor step.
func (g *grader) afterCap(k int) platform.Grade {
	if g.flags[k]&fLowered != 0 {
		return platform.Good
	}
	return g.c.bands[g.bandIx[k]].grade
}

func (g *grader) withdrawnIn(ix int, groups []GroupResult) int {
	if !g.opts.WithdrawalsCountInN {
		return 0
	}
	return groups[ix].Withdrawn
}

// order returns the positions lo..hi sorted by the caller's tie-break priority, or false
// when one of them is not listed.
func (g *grader) order(lo, hi int) ([]int, bool) {
	if g.prio == nil {
		return nil, false
	}
	pos := make([]int, 0, hi-lo+1)
	for k := lo; k <= hi; k++ {
		if _, ok := g.prio[g.entries[k].id]; !ok {
			return nil, false
		}
		pos = append(pos, k)
	}
	sort.Slice(pos, func(a, b int) bool { return g.prio[g.entries[pos[a]].id] < g.prio[g.entries[pos[b]].id] })
	return pos, true
}

// tieBlock returns the first and last position in [base, end) whose total equals that at k.
func (g *grader) tieBlock(base, end, k int) (int, int) {
	h := g.entries[k].h
	lo, hi := k, k
	for lo > base && g.entries[lo-1].h == h {
		lo--
	}
	for hi+1 < end && g.entries[hi+1].h == h {
		hi++
	}
	return lo, hi
}

// group applies the bands and the quotas to the sorted positions [lo, hi) of one group.
func (g *grader) group(lo, hi int) GroupResult {
	var gr GroupResult
	ns, nw := 0, 0
	for k := lo; k < hi; k++ {
		e := &g.entries[k]
		switch e.class {
		case classScored:
			ns++
		case classWithdrawn:
			nw++
			gr.Withdrawn++
			g.final[k] = platform.Poor
		default:
			switch e.part {
			case AbsentWithoutCause:
				gr.Absent++
			case Withdrew:
				gr.Withdrawn++
			default:
				gr.Excused++
			}
		}
	}
	end := lo + ns
	gr.N = ns + nw
	gr.Cap, gr.Floor = g.c.q.Cap(gr.N), g.c.q.Floor(gr.N)

	// Provisional grades and ranks.
	excellent, poor := 0, 0
	for k := lo; k < end; k++ {
		b := g.c.band(g.entries[k].h)
		g.bandIx[k] = uint8(b)
		gr.Provisional.add(g.c.bands[b].grade)
		g.final[k] = g.c.bands[b].grade
		if k > lo && g.entries[k].h == g.entries[k-1].h {
			g.rank[k] = g.rank[k-1]
		} else {
			g.rank[k] = int32(k - lo + 1)
		}
		switch g.final[k] {
		case platform.Excellent:
			excellent++
		case platform.Poor:
			poor++
		}
	}

	// The cap: lower the excess 优秀 to 良好 from the lowest total up.
	if excellent > gr.Cap {
		cut := lo + gr.Cap // first position lowered
		lowerFrom := cut
		if gr.Cap > 0 && g.entries[cut-1].h == g.entries[cut].h {
			tlo, thi := g.tieBlock(lo, end, cut)
			keep := cut - tlo
			if ordered, ok := g.order(tlo, thi); ok {
				for i, k := range ordered {
					g.flags[k] |= fTieCap | fTieCapResolved
					if i >= keep {
						g.lower(k)
					}
				}
				lowerFrom = thi + 1
			} else {
				for k := tlo; k <= thi; k++ {
					g.flags[k] |= fTieCap
				}
				lowerFrom = tlo
			}
		}
		for k := lowerFrom; k < lo+excellent; k++ {
			g.lower(k)
		}
	}

	// The floor: make platforms 较差 from the lowest total up until it is met.
	waived := g.opts.WaivePoorFloorBelow > 0 && gr.N < g.opts.WaivePoorFloorBelow
	gr.FloorWaived = waived
	if !waived && poor+nw < gr.Floor {
		need := gr.Floor - nw
		cut := end - need // first position that must be 较差
		upTo := end - poor
		from := cut
		if cut > lo && g.entries[cut-1].h == g.entries[cut].h {
			tlo, thi := g.tieBlock(lo, end, cut)
			count := thi - cut + 1
			if ordered, ok := g.order(tlo, thi); ok {
				for i, k := range ordered {
					g.flags[k] |= fTieFloor | fTieFloorResolved
					if i >= len(ordered)-count {
						g.makePoor(k)
					}
				}
				from = thi + 1
			} else {
				for k := tlo; k <= thi; k++ {
					g.flags[k] |= fTieFloor
				}
				from = tlo
			}
		}
		for k := from; k < upTo; k++ {
			g.makePoor(k)
		}
	}

	for k := lo; k < hi; k++ {
		e := &g.entries[k]
		if e.class == classOut {
			continue
		}
		gr.Final.add(g.final[k])
		f := g.flags[k]
		if f&fLowered != 0 {
			gr.Lowered++
		}
		if f&fMadePoor != 0 {
			gr.MadePoor++
		}
		if f&(fTieCap|fTieFloor) != 0 {
			gr.Ties++
		}
	}
	gr.Findings = g.groupFindings(&gr)
	return gr
}

func (g *grader) lower(k int) {
	if g.final[k] == platform.Excellent {
		g.final[k] = platform.Good
		g.flags[k] |= fLowered
	}
}

func (g *grader) makePoor(k int) {
	if g.final[k] != platform.Poor {
		g.final[k] = platform.Poor
		g.flags[k] |= fMadePoor
	}
}

func (g *grader) groupFindings(gr *GroupResult) []platform.Finding {
	n := strconv.Itoa(gr.N)
	q := g.c.q
	out := []platform.Finding{platform.Finding{Rule: rCap, Outcome: platform.Pass}.
		WithWanted(platform.Count(int64(gr.Cap), platform.Institution)).
		WithFound(platform.Count(int64(gr.Final.Excellent), platform.Institution)).
		WithNote("参评数量"+n+"家，优秀上限为"+strconv.Itoa(q.Excellent.Percent)+"%×"+n+"取整得"+strconv.Itoa(gr.Cap)+"家。",
			"N = "+n+"; the excellent cap is "+strconv.Itoa(q.Excellent.Percent)+"% of "+n+" rounded down: "+strconv.Itoa(gr.Cap)+".")}
	if gr.FloorWaived {
		out = append(out, platform.Finding{Rule: rFloorWaived, Outcome: platform.Pass}.
			WithWanted(platform.Count(int64(g.opts.WaivePoorFloorBelow), platform.Institution)).
			WithFound(platform.Count(int64(gr.N), platform.Institution)).
			WithNote("参评数量少于调用方设定的规模，依“原则上”不强制较差比例下限（下限本为"+strconv.Itoa(gr.Floor)+"家）。",
				"The cohort is smaller than the size the caller set, so the poor floor ("+strconv.Itoa(gr.Floor)+") is not imposed (\"in principle\")."))
		return out
	}
	return append(out, platform.Finding{Rule: rFloor, Outcome: platform.Pass}.
		WithWanted(platform.Count(int64(gr.Floor), platform.Institution)).
		WithFound(platform.Count(int64(gr.Final.Poor), platform.Institution)).
		WithNote("参评数量"+n+"家，较差下限为"+strconv.Itoa(q.Poor.Percent)+"%×"+n+"向上取整得"+strconv.Itoa(gr.Floor)+"家。",
			"N = "+n+"; the poor floor is "+strconv.Itoa(q.Poor.Percent)+"% of "+n+" rounded up: "+strconv.Itoa(gr.Floor)+"."))
}

func roundFindings(r Round, o Options) []platform.Finding {
	ev := r.Evaluator.Kind.Chinese()
	if r.Evaluator.Name != "" {
		ev += "（" + r.Evaluator.Name + "）"
	}
	grouping := platform.Finding{Rule: rGrouping, Outcome: platform.Pass, Note: &notePooled}.
		WithFound(platform.Text(o.GroupBy.Chinese()))
	if o.GroupBy != Pooled {
		grouping.Note = &noteGrouped
	}
	out := []platform.Finding{platform.Finding{Rule: rEvaluator, Outcome: platform.Pass}.WithFound(platform.Text(ev)), grouping}
	if o.WaivePoorFloorBelow > 0 {
		out = append(out, platform.Finding{Rule: rFloorWaived, Outcome: platform.Pass, Note: &noteFloorWaivedOption}.
			WithWanted(platform.Count(int64(o.WaivePoorFloorBelow), platform.Institution)))
	} else {
		out = append(out, platform.Finding{Rule: rFloor, Outcome: platform.Pass, Note: &noteFloorStrict})
	}
	if len(o.TieBreak) > 0 {
		out = append(out, platform.Finding{Rule: rTieCap, Outcome: platform.Pass, Note: &noteTieBreakOption}.
			WithFound(platform.Count(int64(len(o.TieBreak)), platform.Institution)))
	} else {
		out = append(out, platform.Finding{Rule: rTieCap, Outcome: platform.Pass, Note: &noteTieDefault})
	}
	if o.WithdrawalsCountInN {
		out = append(out, platform.Finding{Rule: rWithdrawalCounted, Outcome: platform.Pass, Note: &noteWithdrawalsCountedOption})
	} else {
		out = append(out, platform.Finding{Rule: rWithdrawal, Outcome: platform.Pass, Note: &noteWithdrawalsDefault})
	}
	return out
}

// The findings of the platforms without a total, one for each participation (the found
// value): appended as they stand, so that every copy shares the found text.
var (
	findingWithdrewCounted = participationFinding(rWithdrawalCounted, platform.Fail, &noteWithdrewCounted, Withdrew)
	findingAbsent          = participationFinding(rAbsent, platform.Fail, &noteAbsent, AbsentWithoutCause)
	findingWithdrew        = participationFinding(rWithdrawal, platform.Fail, &noteWithdrew, Withdrew)
	findingExcused         = participationFinding(rExcused, platform.Pass, &noteExcused, AbsentWithCause)
)

func participationFinding(rule *platform.Rule, o platform.Outcome, note *platform.Note, part Participation) platform.Finding {
	return platform.Finding{Rule: rule, Outcome: o, Note: note}.WithFound(platform.Text(part.Chinese()))
}

// The fixed notes of the findings, shared by every finding that gives them: read-only.
var (
	noteTotalRounded = platform.Note{
		Zh: "总分四舍五入保留两位小数后为本平台得分，据以排序。",
		En: "The total, rounded half-up to two decimals, is the platform's score for ranking."}
	noteLowered = platform.Note{
		Zh: "超过优秀比例上限，由优秀调整为良好。",
		En: "Over the excellent cap: lowered from excellent to good."}
	noteWithdrewCounted = platform.Note{
		Zh: "中途退出评估：计入参评数量，按较差计；由生命周期记录不再列入备案序列及三年内不得再次申请。",
		En: "Withdrew midway: counted among those evaluated, as poor; lifecycle records removal and a three-year ban."}
	noteAbsent = platform.Note{
		Zh: "不评等次，不计入参评数量；由生命周期记录不再列入备案序列及三年内不得再次申请。",
		En: "Not graded and not counted; lifecycle records removal and a three-year ban."}
	noteWithdrew = platform.Note{
		Zh: "中途退出评估：不评等次，不计入参评数量；由生命周期记录不再列入备案序列及三年内不得再次申请。",
		En: "Withdrew midway: not graded and not counted; lifecycle records removal and a three-year ban."}
	noteExcused = platform.Note{
		Zh: "因故未参加评估：不评等次，不计入参评数量，不产生第二十四条所列后果。",
		En: "Absent with cause: not graded, not counted, and no consequence under Art. 24."}
	// noteMadePoor is the note of a platform made poor, by the grade it had after the cap.
	noteMadePoor = func() (n [platform.Poor + 1]platform.Note) {
		for _, g := range platform.Grades() {
			n[g] = platform.Note{
				Zh: "未达较差比例下限，由" + g.Chinese() + "调整为较差。",
				En: "Below the poor floor: changed from " + g.English() + " to poor."}
		}
		return n
	}()
	noteTie = platform.Note{
		Zh: "同分跨越比例界线：为不突破比例，同分者一并处理；需评审。",
		En: "Equal totals straddle the quota boundary: treated alike so that no quota is breached; needs review."}
	noteTieResolved = platform.Note{
		Zh: "同分跨越比例界线：按调用方提供的排序确定。",
		En: "Equal totals straddle the quota boundary: broken by the caller's tie-break order."}
	notePooled = platform.Note{
		Zh: "默认：全部参评平台合并计算比例。",
		En: "Default: quotas counted over the whole round."}
	noteGrouped = platform.Note{
		Zh: "选项：比例分组计算。",
		En: "Option: quotas counted per group."}
	noteFloorWaivedOption = platform.Note{
		Zh: "选项：参评数量少于该规模的组不强制较差比例下限（原则上）。",
		En: "Option: a group with fewer graded platforms than this is not held to the poor floor (in principle)."}
	noteFloorStrict = platform.Note{
		Zh: "默认：较差比例下限严格适用于每一组。",
		En: "Default: the poor floor applies strictly to every group."}
	noteTieBreakOption = platform.Note{
		Zh: "选项：比例界线上的同分按调用方提供的排序确定；排序未列出的同分者按默认处理。",
		En: "Option: ties at a quota boundary are broken by the caller's order; a tie with an unlisted member falls back to the default."}
	noteTieDefault = platform.Note{
		Zh: "默认：比例界线上的同分一并处理，不突破比例，并标记需评审。",
		En: "Default: ties at a quota boundary are treated alike so that no quota is breached, and flagged for review."}
	noteWithdrawalsCountedOption = platform.Note{
		Zh: "选项：中途退出者计入参评数量，按较差计。",
		En: "Option: withdrawals count in N, as poor."}
	noteWithdrawalsDefault = platform.Note{
		Zh: "默认：中途退出者不计入参评数量。",
		En: "Default: withdrawals are not counted in N."}
)
