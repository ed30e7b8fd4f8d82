package evaluation_test

import (
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
)

// TestFarExponents: a decimal written with an exponent beyond ±30 (1E-31, 5E+31) is refused
// as out of range, naming its entry, before any arithmetic: comparing or rounding
// 1E-2000000000 would build a number of two thousand million digits, which hangs the call
// or exhausts memory. The error text writes such a number in exponent form.
func TestFarExponents(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		cite  platform.Citation
		edit  func(*evaluation.Round, *evaluation.Parameters)
		field string
	}{
		{"总分写作1E-31（指数超出±30）时拒绝", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters) {
			r.Participants[0].Total = decp("1E-31")
		}, "participants[0].total"},
		{"总分写作1E-2000000000时立即拒绝而不展开", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters) {
			r.Participants[0].Total = decp("1E-2000000000")
		}, "participants[0].total"},
		{"总分写作5E+2000000000时拒绝且错误信息不展开", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters) {
			r.Participants[0].Total = decp("5E+2000000000")
		}, "participants[0].total"},
		{"单项得分写作1E-2000000000时拒绝", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters) {
			r.Participants[2].Scores[evaluation.TalentTeam] = dec("1E-2000000000")
		}, "participants[2].scores.talent_team"},
		{"零权重写作0E-2000000000时拒绝", "evaluation.21.scheme", platform.Art(21), func(_ *evaluation.Round, p *evaluation.Parameters) {
			p.Scheme.Weights[evaluation.Incubation] = dec("0E-2000000000")
		}, "scheme.weights.incubation"},
		{"区间下限写作1E-2000000000时拒绝", "evaluation.22.band", platform.Art(22), func(_ *evaluation.Round, p *evaluation.Parameters) {
			p.Bands[3].Min = dec("1E-2000000000")
		}, "bands[3]"},
		{"区间上限写作1E+2000000000时拒绝", "evaluation.22.band", platform.Art(22), func(_ *evaluation.Round, p *evaluation.Parameters) {
			p.Bands[0].Max = dec("1E+2000000000")
		}, "bands[0]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := round("P01=95", "P02=80")
			r.Participants = append(r.Participants, evaluation.Participant{PlatformID: "P03", Type: platform.FieldStation, Cycle: 1,
				Scores: scores("80", "80", "80", "80", "80", "80", "80")})
			p := evaluation.IllustrativeParameters()
			tt.edit(&r, &p)
			res, err := evaluation.Grade(r, p, evaluation.Options{})
			assertProblem(t, err, platform.ErrRange, tt.field, tt.rule+" "+tt.cite.String())
			if res.Participants != nil {
				t.Errorf("bad input graded (%s)", tt.rule)
			}
			if err != nil && len(err.Error()) > 4000 {
				t.Errorf("error text of %d bytes expands the number (%s)", len(err.Error()), tt.rule)
			}
		})
	}
	// At ±30 the exponent is accepted: 1E-30 rounds to 0.00, 1E+1 is 10.
	r := round("P01=1E-30", "P02=1E+1")
	res := mustGrade(t, r, evaluation.Options{})
	if got := res.Participants[0].Score.String() + " " + res.Participants[1].Score.String(); got != "10 0" {
		t.Errorf("scores = %s, want 10 0 (evaluation.21.total)", got)
	}
	if p := evaluation.IllustrativeParameters(); true {
		p.Bands[0].Max = dec("1E+2000000000")
		if _, err := p.Fingerprint(); err == nil || len(err.Error()) > 4000 {
			t.Errorf("Fingerprint of invalid parameters: %v (evaluation.22.band)", strings.TrimSpace(trunc(err)))
		}
	}
}

func trunc(err error) string {
	if err == nil {
		return "<nil>"
	}
	s := err.Error()
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
