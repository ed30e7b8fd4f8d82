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
	fCapExcepted // a member of a tie at the cap kept 优秀 under Options.CapTieException
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
			} else if g.opts.CapTieException != nil {
				// 原则上: the recorded exception keeps the whole tie 优秀.
				for k := tlo; k <= thi; k++ {
					g.flags[k] |= fTieCap | fCapExcepted
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
	if gr.Final.Excellent > gr.Cap {
		gr.OverCap = gr.Final.Excellent - gr.Cap
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
		// A tie the exception kept 优秀 at the cap and the floor then makes 较差 is no longer
		// 优秀 under the exception: it keeps the finding of a tie at the cap instead.
		g.flags[k] &^= fCapExcepted
	}
}

func (g *grader) groupFindings(gr *GroupResult) []platform.Finding {
	out := []platform.Finding{capFinding(g.c.q, gr.N, gr.Cap, gr.Final.Excellent)}
	if gr.OverCap > 0 {
		out = append(out, capExceptionFinding(g.opts.CapTieException, gr.Cap, gr.Final.Excellent))
	}
	if gr.FloorWaived {
		return append(out, floorWaivedFinding(g.opts.WaivePoorFloorBelow, gr.Floor, gr.N))
	}
	return append(out, floorFinding(g.c.q, gr.N, gr.Floor, gr.Final.Poor))
}

// capFinding shows the 优秀 cap of a group of n and how it was computed.
func capFinding(q Quotas, n, capN, excellent int) platform.Finding {
	ns := strconv.Itoa(n)
	return platform.Finding{Rule: rCap, Outcome: platform.Pass}.
		WithWanted(platform.Count(int64(capN), platform.Institution)).
		WithFound(platform.Count(int64(excellent), platform.Institution)).
		WithNote("参评数量"+ns+"家，优秀上限为"+strconv.Itoa(q.Excellent.Percent)+"%×"+ns+"取整得"+strconv.Itoa(capN)+"家。",
			"N = "+ns+"; the excellent cap is "+strconv.Itoa(q.Excellent.Percent)+"% of "+ns+" rounded down: "+strconv.Itoa(capN)+".")
}

// floorFinding shows the 较差 floor of a group of n and how it was computed.
func floorFinding(q Quotas, n, floor, poor int) platform.Finding {
	ns := strconv.Itoa(n)
	return platform.Finding{Rule: rFloor, Outcome: platform.Pass}.
		WithWanted(platform.Count(int64(floor), platform.Institution)).
		WithFound(platform.Count(int64(poor), platform.Institution)).
		WithNote("参评数量"+ns+"家，较差下限为"+strconv.Itoa(q.Poor.Percent)+"%×"+ns+"向上取整得"+strconv.Itoa(floor)+"家。",
			"N = "+ns+"; the poor floor is "+strconv.Itoa(q.Poor.Percent)+"% of "+ns+" rounded up: "+strconv.Itoa(floor)+".")
}

// capExceptionFinding shows the 优秀 cap exceeded by a tie under a recorded exception:
// the cap as wanted, the 优秀 as found, and the exception's reason and authority.
func capExceptionFinding(x *Exception, capN, excellent int) platform.Finding {
	var reason, authority string
	if x != nil {
		reason, authority = x.Reason, x.Authority
	}
	return platform.Finding{Rule: rCapTieException, Outcome: platform.Pass}.
		WithWanted(platform.Count(int64(capN), platform.Institution)).
		WithFound(platform.Count(int64(excellent), platform.Institution)).
		WithNote("同分跨越优秀比例上限，依记录的例外一并评为优秀。理由："+reason+"；决定："+authority+"。",
			"Equal totals straddle the excellent cap and are all rated excellent under a recorded exception. Reason: "+reason+"; authority: "+authority+".")
}
