package bench_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
)

// benchRound (evaluation's own, copied) is a round of n participants with seeded random
// totals or scorecards; every 97th is absent without cause and every 89th withdrew.
func benchRound(n int, scorecards bool) evaluation.Round {
	rng := rand.New(rand.NewPCG(uint64(n), 7))
	ps := make([]evaluation.Participant, n)
	for i := range ps {
		p := evaluation.Participant{PlatformID: "P" + strconv.Itoa(i), Type: platform.Types()[i%6], Cycle: 1 + i%3,
			Department: "dept-" + strconv.Itoa(i%11)}
		switch {
		case i%97 == 0:
			p.Participation = evaluation.AbsentWithoutCause
		case i%89 == 0:
			p.Participation = evaluation.Withdrew
		case scorecards:
			p.Scores = evaluation.Scores{}
			for _, d := range evaluation.Dimensions() {
				p.Scores[d] = decimal.New(int64(400+rng.IntN(601)), -1)
			}
		default:
			t := decimal.New(int64(4000+rng.IntN(6001)), -2)
			p.Total = &t
		}
		ps[i] = p
	}
	return evaluation.Round{ID: "bench", ResultDate: platform.MustDate(2026, 12, 1),
		Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}, Participants: ps}
}

func benchGrade(b *testing.B, n int, scorecards bool, opts evaluation.Options) {
	r := benchRound(n, scorecards)
	p := evaluation.IllustrativeParameters()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := evaluation.Grade(r, p, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGrade10kTotals grades a round of 10,000 totals.
func BenchmarkGrade10kTotals(b *testing.B) { benchGrade(b, 10_000, false, evaluation.Options{}) }

// BenchmarkGrade1MTotals grades a round of 1,000,000 totals.
func BenchmarkGrade1MTotals(b *testing.B) { benchGrade(b, 1_000_000, false, evaluation.Options{}) }

// BenchmarkGrade1MScorecards grades a round of 1,000,000 seven-dimension scorecards.
func BenchmarkGrade1MScorecards(b *testing.B) { benchGrade(b, 1_000_000, true, evaluation.Options{}) }
