package evaluation

import (
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
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
//     [Options.TieBreak] resolves it by the caller's order instead ([BestFirst]); a tie
//     at the cap it does not resolve, [Options.CapTieException] keeps 优秀 as a whole, over
//     the cap, flagged and cited (第二十二条 原则上).
//
// [Result.Compliance] gives the one answer on the limits; [Result.Group] and [Result.Index]
// find a group by a typed key and a platform by ID.
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
	if opts.CapTieException != nil {
		x := *opts.CapTieException
		res.Options.CapTieException = &x
	}

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
				fs = append(fs, platform.Finding{Rule: rTotal, Outcome: platform.Pass, Note: &noteTotalRounded})
				fs[len(fs)-1].Found = platform.Quantity(exact[e.idx], platform.Points)
			}
			// Appended, then its Found set in place: a million findings of 168 bytes are
			// not copied twice.
			fs = append(fs, b.finding)
			fs[len(fs)-1].Found = platform.Quantity(pr.Score, platform.Points)
			gr := &res.Groups[groupIx]
			switch {
			case f&fCapExcepted != 0:
				fs = append(fs, capExceptionFinding(opts.CapTieException, gr.Cap, gr.Final.Excellent))
			case f&fTieCap != 0:
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
	if x := o.CapTieException; x != nil {
		for _, f := range []struct{ name, v string }{{"reason", x.Reason}, {"authority", x.Authority}} {
			field := "options.cap_tie_exception." + f.name
			switch t := strings.TrimSpace(f.v); {
			case t == "":
				probs.Addf(op, platform.ErrMissing, field, f.v)
			case !utf8.ValidString(f.v):
				probs.Addf(op, platform.ErrInvalid, field, f.v)
			}
		}
	}
}
