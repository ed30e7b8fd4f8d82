package evaluation_test

import (
	"slices"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/stretchr/testify/assert"
)

// nineTotals is a round of nine with no 较差 band: the floor of 1 falls on P08 and P09,
// tied at 65.
var nineTotals = []string{"P01=95", "P02=85", "P03=84", "P04=83", "P05=82", "P06=81", "P07=75", "P08=65", "P09=65"}

// TestTieBreakBestFirst22 proves the meaning of [evaluation.BestFirst] at both boundaries of
// 第二十二条, as its doc states them: the platform listed first keeps 优秀 at the cap and
// escapes 较差 at the floor. Each row is then run with the order reversed, which must hand
// the place to the other platform: a reading of the list in the wrong direction fails here.
func TestTieBreakBestFirst22(t *testing.T) {
	tests := []struct {
		name    string
		cite    platform.Citation
		round   []string
		order   evaluation.BestFirst
		grade   platform.Grade // the grade the winner keeps
		winner  string
		loser   string
		lostTo  platform.Grade // the loser's grade
		ruleTie string
	}{
		{"第二十二条：优秀上限处同分，先列者（P04）保留优秀，P03降为良好", platform.Art(22), tenTotals,
			evaluation.BestFirst{"P04", "P03"}, platform.Excellent, "P04", "P03", platform.Good, evaluation.RuleTieCap},
		{"第二十二条：较差下限处同分，先列者（P09）免于较差，P08评为较差", platform.Art(22), nineTotals,
			evaluation.BestFirst{"P09", "P08"}, platform.Qualified, "P09", "P08", platform.Poor, evaluation.RuleTieFloor},
	}
	outcome := func(t *testing.T, r []string, order evaluation.BestFirst, id string) platform.Grade {
		res := mustGrade(t, round(r...), evaluation.Options{TieBreak: order})
		p, ok := res.Index().Participant(id)
		assert.True(t, ok, id)
		return p.Final
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.grade, outcome(t, tt.round, tt.order, tt.winner), "the first listed wins (%s)", tt.cite)
			assert.Equal(t, tt.lostTo, outcome(t, tt.round, tt.order, tt.loser), "the second listed loses (%s)", tt.cite)
			res := mustGrade(t, round(tt.round...), evaluation.Options{TieBreak: tt.order})
			p, _ := res.Index().Participant(tt.winner)
			f, ok := findingOf(p.Findings, tt.ruleTie)
			if assert.True(t, ok, "the tie is flagged with %s", tt.ruleTie) {
				assert.Equal(t, platform.Pass, f.Outcome, "a tie the order breaks passes")
			}

			reversed := slices.Clone(tt.order)
			slices.Reverse(reversed)
			assert.NotEqual(t, tt.grade, outcome(t, tt.round, reversed, tt.winner),
				"reversed %v: %s must lose the place it won under %v", reversed, tt.winner, tt.order)
			assert.Equal(t, tt.grade, outcome(t, tt.round, reversed, tt.loser),
				"reversed %v: %s wins", reversed, tt.loser)
		})
	}
}

// TestTieBreakCheckAgrees: the check reads BestFirst as Grade does: Grade's split of a tie
// under an order is resolved under that order and flagged for review under its reverse.
func TestTieBreakCheckAgrees(t *testing.T) {
	for _, r := range [][]string{tenTotals, nineTotals} {
		order := evaluation.BestFirst{"P04", "P03", "P09", "P08"}
		res := mustGrade(t, round(r...), evaluation.Options{TieBreak: order})
		list := proposedFrom(res)
		reversed := slices.Clone(order)
		slices.Reverse(reversed)
		for _, tc := range []struct {
			order evaluation.BestFirst
			want  platform.Outcome
		}{{order, platform.Pass}, {reversed, platform.Review}} {
			c, err := evaluation.CheckGrades(list, evaluation.DefaultQuotas(), evaluation.Options{TieBreak: tc.order})
			assert.NoError(t, err)
			ties := 0
			for _, p := range c.Participants {
				if !p.Tie {
					continue
				}
				ties++
				for _, f := range p.Findings {
					assert.Equal(t, tc.want, f.Outcome, "%s under %v: %s", p.PlatformID, tc.order, f.Chinese())
				}
			}
			assert.Equal(t, 2, ties)
		}
	}
}

// proposedFrom writes a result's final grades and scores as a proposed list.
func proposedFrom(res evaluation.Result) []evaluation.ProposedGrade {
	out := make([]evaluation.ProposedGrade, 0, len(res.Participants))
	for _, p := range res.Participants {
		pg := evaluation.ProposedGrade{PlatformID: p.PlatformID, Type: p.Type, Department: p.Department,
			Participation: p.Participation, Grade: p.Final}
		if p.Scored {
			s := p.Score
			pg.Score = &s
		}
		out = append(out, pg)
	}
	return out
}
