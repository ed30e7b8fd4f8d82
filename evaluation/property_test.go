package evaluation_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// genRound draws a round whose totals are multiples of 5, so that ties are common, often
// crowded above 60 or 85 so that the quotas bind, with
// some platforms absent, withdrawn or excused, over two types and three departments.
func genRound(t *rapid.T) evaluation.Round {
	n := rapid.IntRange(1, 40).Draw(t, "n")
	r := evaluation.Round{ID: "R", ResultDate: platform.MustDate(2026, 12, 1), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
	types := []platform.Type{platform.KeyLaboratory, platform.EngineeringCenter}
	depts := []string{"甲", "乙", "丙", "丁", "戊", "己"}
	// The lowest total, in fives: 0 (anywhere), 60 (no 较差: the floor binds) or 85 (mostly
	// 优秀: the cap binds).
	low := rapid.SampledFrom([]int{0, 12, 17}).Draw(t, "low")
	for i := 0; i < n; i++ {
		p := evaluation.Participant{PlatformID: fmt.Sprintf("P%03d", i), Type: types[rapid.IntRange(0, 1).Draw(t, "type")],
			Cycle: 1, Department: depts[rapid.IntRange(0, len(depts)-1).Draw(t, "dept")]}
		switch k := rapid.IntRange(0, 11).Draw(t, "participation"); k {
		case 0:
			p.Participation = evaluation.AbsentWithoutCause
		case 1:
			p.Participation = evaluation.Withdrew
		case 2:
			p.Participation = evaluation.AbsentWithCause
		default:
			d := decimal.New(int64(rapid.IntRange(low, 20).Draw(t, "total")*5), 0)
			p.Total = &d
		}
		r.Participants = append(r.Participants, p)
	}
	return r
}

func genOptions(t *rapid.T, r evaluation.Round) evaluation.Options {
	o := evaluation.Options{
		GroupBy:             evaluation.Grouping(rapid.IntRange(0, 2).Draw(t, "group_by")),
		WithdrawalsCountInN: rapid.Bool().Draw(t, "withdrawals_count"),
		WaivePoorFloorBelow: rapid.IntRange(0, 6).Draw(t, "waive"),
	}
	if rapid.Bool().Draw(t, "tie_break") {
		ids := make([]string, len(r.Participants))
		for i, p := range r.Participants {
			ids[i] = p.PlatformID
		}
		ids = rapid.Permutation(ids).Draw(t, "order")
		o.TieBreak = ids[:rapid.IntRange(0, len(ids)).Draw(t, "listed")]
	}
	if rapid.Bool().Draw(t, "cap_tie_exception") {
		o.CapTieException = &evaluation.Exception{Reason: "同分", Authority: "局务会"}
	}
	return o
}

func gradeJSON(t *rapid.T, r evaluation.Round, o evaluation.Options) (evaluation.Result, []byte) {
	res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), o)
	if err != nil {
		t.Fatalf("Grade: %v", err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatalf("json: %v", err)
	}
	return res, b
}

// checkInvariants asserts what 第二十二条 requires of every result.
func checkInvariants(t interface{ Fatalf(string, ...any) }, res evaluation.Result) {
	byGroup := map[string][]evaluation.ParticipantResult{}
	for _, p := range res.Participants {
		byGroup[p.Group] = append(byGroup[p.Group], p)
	}
	for i := 1; i < len(res.Participants); i++ {
		if a, b := res.Participants[i-1], res.Participants[i]; a.Group == b.Group && !ordered(a, b) {
			t.Fatalf("%s (%s) listed before %s (%s)", a.PlatformID, a.Score, b.PlatformID, b.Score)
		}
	}
	for _, g := range res.Groups {
		// evaluation.22.cap_excellent: the cap is never exceeded, but by a tie that the
		// recorded exception keeps (evaluation.22.cap_tie_exception).
		if g.Final.Excellent > g.Cap+g.OverCap || (g.OverCap > 0 && res.Options.CapTieException == nil) {
			t.Fatalf("group %s: %d excellent over the cap %d (evaluation.22.cap_excellent)", g.Key, g.Final.Excellent, g.Cap)
		}
		// evaluation.22.floor_poor: the floor is met unless waived.
		if !g.FloorWaived && g.Final.Poor < g.Floor {
			t.Fatalf("group %s: %d poor under the floor %d (evaluation.22.floor_poor)", g.Key, g.Final.Poor, g.Floor)
		}
		if sum := g.Final.Excellent + g.Final.Good + g.Final.Qualified + g.Final.Poor; sum != g.N {
			t.Fatalf("group %s: final counts sum to %d, N is %d", g.Key, sum, g.N)
		}
		ps := byGroup[g.Key]
		graded := 0
		for i, a := range ps {
			if a.Graded {
				graded++
			}
			if a.Scored && a.Final.Better(a.Provisional) {
				t.Fatalf("%s: final %v better than provisional %v; quotas only lower", a.PlatformID, a.Final, a.Provisional)
			}
			// evaluation.22.cap_tie_exception: only a platform that ends 优秀 says the
			// exception kept it 优秀.
			if f, ok := findingOf(a.Findings, "evaluation.22.cap_tie_exception"); ok && a.Final != platform.Excellent {
				t.Fatalf("%s ends %v but carries %q", a.PlatformID, a.Final, f.Chinese())
			}
			if a.Scored && a.Final != a.Provisional {
				_, cut := findingOf(a.Findings, "evaluation.22.cap_excellent")
				_, add := findingOf(a.Findings, "evaluation.22.floor_poor")
				if !cut && !add {
					t.Fatalf("%s: grade changed from %v to %v without a finding", a.PlatformID, a.Provisional, a.Final)
				}
			}
			for _, b := range ps[i+1:] {
				// Monotonic: within a group a higher total never ends with a worse grade.
				if a.Scored && b.Scored && a.Score.GreaterThan(b.Score) && b.Final.Better(a.Final) {
					t.Fatalf("%s (%s, %v) ends worse than %s (%s, %v)", a.PlatformID, a.Score, a.Final, b.PlatformID, b.Score, b.Final)
				}
			}
		}
		if graded != g.N {
			t.Fatalf("group %s: %d graded, N is %d", g.Key, graded, g.N)
		}
	}
}

// ordered reports whether a may come before b in a group: the scored by total descending
// then ID, then the withdrawals counted in N, then the platforms not graded, each by ID.
func ordered(a, b evaluation.ParticipantResult) bool {
	class := func(p evaluation.ParticipantResult) int {
		switch {
		case p.Scored:
			return 0
		case p.Graded:
			return 1
		}
		return 2
	}
	if ca, cb := class(a), class(b); ca != cb {
		return ca < cb
	}
	if a.Scored && !a.Score.Equal(b.Score) {
		return a.Score.GreaterThan(b.Score)
	}
	return a.PlatformID < b.PlatformID
}

func TestPropertyQuotas22(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := genRound(t)
		o := genOptions(t, r)
		res, b1 := gradeJSON(t, r, o)
		checkInvariants(t, res)

		// Running twice gives the same answer.
		_, b2 := gradeJSON(t, r, o)
		if !bytes.Equal(b1, b2) {
			t.Fatalf("second run differs")
		}
		// Shuffling the input changes nothing.
		shuffled := r
		shuffled.Participants = rapid.Permutation(r.Participants).Draw(t, "shuffle")
		_, b3 := gradeJSON(t, shuffled, o)
		if !bytes.Equal(b1, b3) {
			t.Fatalf("shuffled input gives a different result:\n%s\n%s", b1, b3)
		}
	})
}

// TestPropertyFloorWaived22 checks that the waiver only ever applies below the size set.
func TestPropertyFloorWaived22(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := genRound(t)
		o := genOptions(t, r)
		res, _ := gradeJSON(t, r, o)
		for _, g := range res.Groups {
			want := o.WaivePoorFloorBelow > 0 && g.N < o.WaivePoorFloorBelow
			if g.FloorWaived != want {
				t.Fatalf("group %s N=%d waive below %d: FloorWaived = %v (evaluation.22.floor_waived)", g.Key, g.N, o.WaivePoorFloorBelow, g.FloorWaived)
			}
		}
	})
}

// TestPropertyTotals21 compares the scorecard total with Σ weight·score computed by decimal
// arithmetic and rounded half-up to two decimals (evaluation.21.total).
func TestPropertyTotals21(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		params := evaluation.IllustrativeParameters()
		if rapid.Bool().Draw(t, "tenth_weights") {
			params.Scheme = sevenths()
		}
		sc := evaluation.Scores{}
		want := decimal.Zero
		for _, d := range evaluation.Dimensions() {
			places := rapid.IntRange(0, 16).Draw(t, "places")
			max := int64(100)
			for i := 0; i < places; i++ {
				max *= 10
			}
			s := decimal.New(rapid.Int64Range(0, max).Draw(t, "score"), -int32(places))
			switch rapid.IntRange(0, 3).Draw(t, "form") {
			case 0: // more decimals than the fast path reads
				if s.LessThan(decimal.NewFromInt(100)) {
					s = s.Add(decimal.New(1, -20))
				}
			case 1: // a positive exponent: 1E+1 is 10
				s = decimal.New(rapid.Int64Range(0, 10).Draw(t, "tens"), 1)
			}
			sc[d] = s
			want = want.Add(params.Scheme.Weights[d].Mul(s))
		}
		want = want.Round(2)
		r := evaluation.Round{ID: "R", ResultDate: platform.MustDate(2026, 12, 1), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau},
			Participants: []evaluation.Participant{{PlatformID: "P", Type: platform.FieldStation, Cycle: 1, Scores: sc}}}
		res, err := evaluation.Grade(r, params, evaluation.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Participants[0].Score; !got.Equal(want) {
			t.Fatalf("score = %s, want %s", got, want)
		}
	})
}

// TestConcurrentUse grades the same round from several goroutines: Grade shares nothing
// mutable, so the race detector stays quiet and the answers agree.
func TestConcurrentUse(t *testing.T) {
	r := benchRound(500, true)
	p := evaluation.IllustrativeParameters()
	want, err := evaluation.Grade(r, p, evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	done := make(chan []byte)
	for i := 0; i < 4; i++ {
		go func() {
			res, err := evaluation.Grade(r, p, evaluation.Options{})
			if err != nil {
				done <- nil
				return
			}
			b, _ := json.Marshal(res)
			done <- b
		}()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; !bytes.Equal(got, wantJSON) {
			t.Error("a concurrent call gave a different result")
		}
	}
}

// TestPropertyCheckPassesGrade22: for any round, the final grades Grade gives pass
// CheckGrades under the same options and quotas, with the same compliance answer and the
// same exceptions relied on; and the check does not depend on the order of the list.
func TestPropertyCheckPassesGrade22(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := genRound(t)
		checkPassesGrade(t, r, evaluation.IllustrativeParameters(), genOptions(t, r))
	})
}

// TestPropertyCheckPassesGradeAnyQuotas22: the same property under any valid quota table (a
// revised measure: another percentage, another boundary word of the cap and the floor).
func TestPropertyCheckPassesGradeAnyQuotas22(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := genRound(t)
		p := evaluation.IllustrativeParameters()
		p.Quotas.Excellent.Percent = rapid.IntRange(1, 70).Draw(t, "cap_percent")
		p.Quotas.Excellent.Bound = rapid.SampledFrom([]platform.BoundWord{platform.AtMostBuChaoGuo, platform.AtMostYiXia,
			platform.AtMostYiNei, platform.LessThanDiYu}).Draw(t, "cap_word")
		p.Quotas.Poor.Percent = rapid.IntRange(0, 99-p.Quotas.Excellent.Percent).Draw(t, "floor_percent")
		p.Quotas.Poor.Bound = rapid.SampledFrom([]platform.BoundWord{platform.AtLeastBuDiYu, platform.AtLeastBuShaoYu,
			platform.AtLeastYiShang, platform.MoreThanGaoYu, platform.MoreThanChaoGuo}).Draw(t, "floor_word")
		if err := p.Quotas.Validate(); err != nil {
			t.Fatalf("drawn quotas do not validate: %v", err)
		}
		checkPassesGrade(t, r, p, genOptions(t, r))
	})
}

// checkPassesGrade grades r and checks Grade's final grades with CheckGrades under the same
// options and quotas: never breached, the same answer, the same exceptions relied on, the
// same groups and counts; and the check does not depend on the order of the list.
func checkPassesGrade(t *rapid.T, r evaluation.Round, p evaluation.Parameters, o evaluation.Options) {
	res, err := evaluation.Grade(r, p, o)
	if err != nil {
		t.Fatalf("Grade: %v", err)
	}
	checkInvariants(t, res)
	list := proposedFrom(res)
	c, err := evaluation.CheckGrades(list, p.Quotas, o)
	if err != nil {
		t.Fatalf("CheckGrades of Grade's own grades: %v", err)
	}
	rc, cc := res.Compliance(), c.Compliance()
	if cc.State == evaluation.Breached || cc.State != rc.State {
		t.Fatalf("check says %v (breaches %v), Grade's result %v", cc.State, groupRules(cc.Breaches), rc.State)
	}
	if got, want := groupRules(cc.Exceptions), groupRules(rc.Exceptions); !slices.Equal(got, want) {
		t.Fatalf("exceptions relied on: check %v, result %v", got, want)
	}
	for i, g := range c.Groups {
		rg := res.Groups[i]
		if g.Key != rg.Key || g.N != rg.N || g.Cap != rg.Cap || g.Floor != rg.Floor || g.Grades != rg.Final {
			t.Fatalf("group %s: check %+v, result %+v", g.Key, g, rg)
		}
	}
	b1, _ := json.Marshal(c)
	c2, err := evaluation.CheckGrades(rapid.Permutation(list).Draw(t, "shuffle"), p.Quotas, o)
	if err != nil {
		t.Fatal(err)
	}
	if b2, _ := json.Marshal(c2); !bytes.Equal(b1, b2) {
		t.Fatalf("shuffled list gives a different check:\n%s\n%s", b1, b2)
	}
}
