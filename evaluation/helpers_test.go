package evaluation_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"
)

func idOf(i int) string { return fmt.Sprintf("P%02d", i+1) }

// hundredths writes h hundredths as a decimal string (9050 → "90.50").
func hundredths(h int) string { return fmt.Sprintf("%d.%02d", h/100, h%100) }

// round builds a round from specs "ID=total", "ID/type/department=total", or with
// "absent", "withdrew" or "excused" in place of the total. The type defaults to
// key_laboratory and the department to 科技局.
func round(specs ...string) evaluation.Round {
	r := evaluation.Round{ID: "2026-R1", ResultDate: platform.MustDate(2026, 12, 15),
		Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
	for _, s := range specs {
		head, val, _ := strings.Cut(s, "=")
		parts := strings.Split(head, "/")
		p := evaluation.Participant{PlatformID: parts[0], Type: platform.KeyLaboratory, Cycle: 1, Department: "科技局"}
		if len(parts) > 1 {
			t, err := platform.ParseType(parts[1])
			if err != nil {
				panic(err)
			}
			p.Type = t
		}
		if len(parts) > 2 {
			p.Department = parts[2]
		}
		switch val {
		case "absent":
			p.Participation = evaluation.AbsentWithoutCause
		case "withdrew":
			p.Participation = evaluation.Withdrew
		case "excused":
			p.Participation = evaluation.AbsentWithCause
		default:
			d := decimal.RequireFromString(val)
			p.Total = &d
		}
		r.Participants = append(r.Participants, p)
	}
	return r
}

func mustGrade(t testing.TB, r evaluation.Round, opts evaluation.Options) evaluation.Result {
	t.Helper()
	res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), opts)
	require.NoError(t, err, "Grade")
	return res
}

// finals renders the final grades as "ID:优秀 ID:较差 …" in result order; a platform not
// graded shows "-".
func finals(res evaluation.Result) string {
	var b strings.Builder
	for i, p := range res.Participants {
		if i > 0 {
			b.WriteByte(' ')
		}
		g := p.Final.Chinese()
		if g == "" {
			g = "-"
		}
		b.WriteString(p.PlatformID + ":" + g)
	}
	return b.String()
}

// ruleIDs lists the rule IDs of a participant's findings.
func ruleIDs(fs []platform.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule.ID)
	}
	return out
}

func findingOf(fs []platform.Finding, id string) (platform.Finding, bool) {
	for _, f := range fs {
		if f.Rule != nil && f.Rule.ID == id {
			return f, true
		}
	}
	return platform.Finding{}, false
}
