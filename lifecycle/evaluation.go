package lifecycle

import (
	"strconv"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
)

// GradeEvents turns an evaluation round's result into events, one per participant, dated
// the round's result date and recorded by the round's evaluator (第十九条: 市科技局, or a
// commissioned third party): a graded platform gives a Graded event with its final grade and
// cycle (第二十二条), and the type the round evaluated, which Replay checks against the
// platform's; a platform absent without cause a NoShow, one absent with cause a NoShow
// WithCause, and one that withdrew a Withdrawal (第二十四条). Ref carries the round's ID. The
// events of a round concern many applicants; a caller adds each to its applicant's history
// by platform ID.
//
// A result with no date or evaluator, or a participant graded without a final grade, is an
// error.
func GradeEvents(res evaluation.Result) ([]Event, error) {
	const op = "lifecycle.GradeEvents"
	var probs platform.Problems
	if res.ResultDate.IsZero() {
		probs.Addf(op, platform.ErrMissing, "result_date", "")
	}
	var actor Actor
	switch res.Evaluator.Kind {
	case evaluation.Bureau:
		actor = CitySTB
	case evaluation.ThirdParty:
		actor = ThirdParty
	default:
		probs.Addf(op, platform.ErrMissing, "evaluator", res.Evaluator.Kind.String())
	}
	out := make([]Event, 0, len(res.Participants))
	for i, p := range res.Participants {
		field := "participants[" + strconv.Itoa(i) + "]"
		if p.PlatformID == "" {
			probs.Addf(op, platform.ErrMissing, field+".platform_id", "")
			continue
		}
		e := Event{Date: res.ResultDate, Actor: actor, Platform: p.PlatformID, Type: p.Type, Cycle: p.Cycle, Ref: res.RoundID}
		switch p.Participation {
		case evaluation.AbsentWithoutCause:
			e.Kind = NoShow
		case evaluation.AbsentWithCause:
			e.Kind, e.WithCause = NoShow, true
		case evaluation.Withdrew:
			e.Kind = Withdrawal
		default:
			if !p.Graded || !p.Final.Valid() {
				probs.Addf(op, platform.ErrMissing, field+".final", p.PlatformID)
				continue
			}
			e.Kind, e.Grade = Graded, p.Final
		}
		out = append(out, e)
	}
	if err := probs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
