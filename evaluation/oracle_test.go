package evaluation_test

import (
	"fmt"
	"sort"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// The properties of this file compare Grade with a second, plain reading of 第二十二条
// written only for the tests: for each platform, from counts of the platforms above and below
// it in its group, what its final grade must be. The checks of property_test.go (the cap never
// exceeded, the floor met) would also accept a Grade that lowered too many or made too many
// 较差; this one does not.

// genIDs draws n distinct platform IDs of varied length over a small alphabet, many sharing
// long prefixes, so that ordering by ID is exercised beyond the first bytes.
func genIDs(t *rapid.T, n int) []string {
	ids := make([]string, 0, n)
	seen := map[string]bool{}
	prefix := rapid.SampledFrom([]string{"", "P", "LS-2026-", "拉萨-"}).Draw(t, "prefix")
	for i := 0; len(ids) < n; i++ {
		var id string
		if i < 4*n {
			id = prefix + rapid.StringMatching(`[A0-9]{0,10}`).Draw(t, "id")
		} else {
			id = fmt.Sprintf("%sZ%06d", prefix, i) // enough IDs however the draws go
		}
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		ids = append(ids, id)
	}
	return ids
}

// genOracleRound draws a round of 1 to 40 platforms, or now and then 1,000 to 2,500 (the
// large-round ordering path), with totals on a grid of 5, 1 or 0.25 points so that ties are
// common, some platforms absent, withdrawn or excused, over three types and four departments.
func genOracleRound(t *rapid.T) evaluation.Round {
	n := rapid.IntRange(1, 40).Draw(t, "n")
	if rapid.IntRange(0, 9).Draw(t, "large") == 0 {
		n = rapid.IntRange(1000, 2500).Draw(t, "n_large")
	}
	step := rapid.SampledFrom([]int64{500, 100, 25}).Draw(t, "step") // in hundredths
	// Where the totals lie: anywhere; mostly 优秀 (the cap binds); no 较差 (the floor binds);
	// or few distinct totals (ties at both boundaries).
	spread := rapid.SampledFrom([][2]int64{{0, 10000}, {8500, 10000}, {6000, 9500}, {8900, 9100}, {5500, 6500}}).Draw(t, "spread")
	lo, hi := spread[0], spread[1]
	ids := genIDs(t, n)
	types := []platform.Type{platform.KeyLaboratory, platform.EngineeringCenter, platform.FieldStation}
	depts := []string{"甲", "乙", "丙", "丁"}
	r := evaluation.Round{ID: "R", ResultDate: platform.MustDate(2026, 12, 1), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
	for i := 0; i < n; i++ {
		p := evaluation.Participant{PlatformID: ids[i], Type: types[rapid.IntRange(0, 2).Draw(t, "type")], Cycle: 1,
			Department: depts[rapid.IntRange(0, 3).Draw(t, "dept")]}
		switch rapid.IntRange(0, 15).Draw(t, "participation") {
		case 0:
			p.Participation = evaluation.AbsentWithoutCause
		case 1:
			p.Participation = evaluation.Withdrew
		case 2:
			p.Participation = evaluation.AbsentWithCause
		default:
			d := decimal.New(lo+rapid.Int64Range(0, (hi-lo)/step).Draw(t, "total")*step, -2)
			p.Total = &d
		}
		r.Participants = append(r.Participants, p)
	}
	return r
}

// plainGrade is the band of IllustrativeBands holding a total.
func plainGrade(score decimal.Decimal) platform.Grade {
	switch {
	case score.GreaterThanOrEqual(decimal.NewFromInt(90)):
		return platform.Excellent
	case score.GreaterThanOrEqual(decimal.NewFromInt(80)):
		return platform.Good
	case score.GreaterThanOrEqual(decimal.NewFromInt(60)):
		return platform.Qualified
	}
	return platform.Poor
}

type plainWant struct {
	final platform.Grade
	rank  int
	tie   bool
}

// plainReading grades a round by the words of 第二十二条 under IllustrativeParameters. With
// full, opts.TieBreak lists every platform and breaks every tie; otherwise ties at a boundary
// are treated alike (the default).
func plainReading(r evaluation.Round, opts evaluation.Options, full bool) map[string]plainWant {
	prio := map[string]int{}
	for i, id := range opts.TieBreak {
		prio[id] = i
	}
	key := func(p evaluation.Participant) string {
		switch opts.GroupBy {
		case evaluation.ByType:
			return p.Type.String()
		case evaluation.ByDepartment:
			return p.Department
		}
		return "all"
	}
	type scored struct {
		id    string
		score decimal.Decimal
		prov  platform.Grade
	}
	groups := map[string][]scored{}
	withdrawn := map[string]int{}
	out := map[string]plainWant{}
	for _, p := range r.Participants {
		switch {
		case p.Participation == evaluation.TookPart:
			s := p.Total.Round(2)
			groups[key(p)] = append(groups[key(p)], scored{p.PlatformID, s, plainGrade(s)})
		case p.Participation == evaluation.Withdrew && opts.WithdrawalsCountInN:
			withdrawn[key(p)]++
			out[p.PlatformID] = plainWant{final: platform.Poor}
		default:
			out[p.PlatformID] = plainWant{}
		}
	}
	for k, ps := range groups {
		nw := withdrawn[k]
		n := len(ps) + nw
		capN, floorN := 30*n/100, (10*n+99)/100
		// Highest first; the tie-break order (when it lists everyone) decides among equals.
		sort.Slice(ps, func(a, b int) bool {
			if c := ps[a].score.Cmp(ps[b].score); c != 0 {
				return c > 0
			}
			if full {
				return prio[ps[a].id] < prio[ps[b].id]
			}
			return ps[a].id < ps[b].id
		})
		exc, poor := 0, 0
		for _, p := range ps {
			switch p.prov {
			case platform.Excellent:
				exc++
			case platform.Poor:
				poor++
			}
		}
		waived := opts.WaivePoorFloorBelow > 0 && n < opts.WaivePoorFloorBelow
		need := 0
		if !waived && poor+nw < floorN {
			need = floorN - nw
		}
		for i, p := range ps {
			above, below, same := 0, 0, 0
			for _, q := range ps {
				switch q.score.Cmp(p.score) {
				case 1:
					above++
				case -1:
					below++
				default:
					same++
				}
			}
			w := plainWant{final: p.prov, rank: above + 1}
			if p.prov == platform.Excellent && exc > capN {
				// Lowered unless among the cap: by position under a full tie-break,
				// otherwise only if the whole tie fits within the cap.
				keep := i < capN
				if !full {
					keep = above+same <= capN
				}
				if !keep {
					w.final = platform.Good
				}
				w.tie = capN > 0 && above < capN && above+same > capN
			}
			if need > 0 {
				// Made 较差 from the lowest up: by position under a full tie-break,
				// otherwise the whole tie when any of it is needed.
				made := i >= len(ps)-need
				if !full {
					made = below < need
				}
				if made {
					w.final = platform.Poor
				}
				cut := len(ps) - need
				w.tie = w.tie || (need > poor && cut > 0 && below < need && below+same > need)
			}
			out[p.id] = w
		}
	}
	return out
}

// TestPropertyPlainReading22 checks each platform's final grade, rank and tie flag against
// the plain reading, with ties treated alike (default) and with a tie-break listing every
// platform, in every grouping, both readings of withdrawals and with or without the waiver.
func TestPropertyPlainReading22(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := genOracleRound(t)
		opts := evaluation.Options{
			GroupBy:             evaluation.Grouping(rapid.IntRange(0, 2).Draw(t, "group_by")),
			WithdrawalsCountInN: rapid.Bool().Draw(t, "withdrawals_count"),
			WaivePoorFloorBelow: rapid.SampledFrom([]int{0, 0, 3, 6, 11}).Draw(t, "waive"),
		}
		full := rapid.Bool().Draw(t, "tie_break")
		if full {
			ids := make([]string, len(r.Participants))
			for i, p := range r.Participants {
				ids[i] = p.PlatformID
			}
			opts.TieBreak = rapid.Permutation(ids).Draw(t, "order")
		}
		res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), opts)
		if err != nil {
			t.Fatalf("Grade: %v", err)
		}
		checkInvariants(t, res)
		want := plainReading(r, opts, full)
		lowered, madePoor := map[string]int{}, map[string]int{}
		for _, p := range res.Participants {
			w := want[p.PlatformID]
			if p.Final != w.final || p.Rank != w.rank || p.Tie != w.tie {
				t.Fatalf("%s (score %s, provisional %v, group %s): final %v rank %d tie %v; the plain reading of 第二十二条 gives %v rank %d tie %v",
					p.PlatformID, p.Score, p.Provisional, p.Group, p.Final, p.Rank, p.Tie, w.final, w.rank, w.tie)
			}
			if _, ok := findingOf(p.Findings, "evaluation.22.cap_excellent"); ok {
				lowered[p.Group]++
			}
			if _, ok := findingOf(p.Findings, "evaluation.22.floor_poor"); ok {
				madePoor[p.Group]++
			}
		}
		for _, g := range res.Groups {
			if g.Lowered != lowered[g.Key] || g.MadePoor != madePoor[g.Key] {
				t.Fatalf("group %s: lowered %d made poor %d, but %d and %d platforms carry the finding",
					g.Key, g.Lowered, g.MadePoor, lowered[g.Key], madePoor[g.Key])
			}
		}
	})
}
