package evaluation

import (
	"sort"
	"strconv"

	"github.com/lhasa-sti/platform"
)

// Per-position flags of the quota steps.
const (
	fLowered uint8 = 1 << iota
	fTieCap
	fTieCapResolved
	fMadePoor
	fTieFloor
	fTieFloorResolved
)

func tieFinding(rule *platform.Rule, resolved bool, bound int) platform.Finding {
	f := platform.Finding{Rule: rule, Outcome: platform.Review, Note: &noteTie}.
		WithWanted(platform.Count(int64(bound), platform.Institution))
	if resolved {
		f.Outcome = platform.Pass
		f.Note = &noteTieResolved
	}
	return f
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
