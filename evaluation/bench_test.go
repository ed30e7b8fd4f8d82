package evaluation_test

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
)

// benchRound builds a round of n platforms: scorecards with one-decimal scores when
// scorecards is true, otherwise totals with two decimals; a few platforms absent or withdrawn.
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

func BenchmarkGrade10kTotals(b *testing.B)     { benchGrade(b, 10_000, false, evaluation.Options{}) }
func BenchmarkGrade10kScorecards(b *testing.B) { benchGrade(b, 10_000, true, evaluation.Options{}) }
func BenchmarkGrade10kByDepartment(b *testing.B) {
	benchGrade(b, 10_000, true, evaluation.Options{GroupBy: evaluation.ByDepartment})
}
func BenchmarkGrade1MTotals(b *testing.B)     { benchGrade(b, 1_000_000, false, evaluation.Options{}) }
func BenchmarkGrade1MScorecards(b *testing.B) { benchGrade(b, 1_000_000, true, evaluation.Options{}) }

// benchList is Grade's answer for a round of n written as a proposed list, with scores.
func benchList(b *testing.B, n int) []evaluation.ProposedGrade {
	res, err := evaluation.Grade(benchRound(n, false), evaluation.IllustrativeParameters(), evaluation.Options{})
	if err != nil {
		b.Fatal(err)
	}
	out := make([]evaluation.ProposedGrade, len(res.Participants))
	for i, p := range res.Participants {
		out[i] = evaluation.ProposedGrade{PlatformID: p.PlatformID, Type: p.Type, Department: p.Department,
			Participation: p.Participation, Grade: p.Final}
		if p.Scored {
			s := p.Score
			out[i].Score = &s
		}
	}
	return out
}

func BenchmarkCheckGrades10k(b *testing.B) {
	list := benchList(b, 10_000)
	q := evaluation.DefaultQuotas()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c, err := evaluation.CheckGrades(list, q, evaluation.Options{})
		if err != nil {
			b.Fatal(err)
		}
		_ = c.Compliance()
	}
}
