package evaluation_test

import (
	"strconv"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
)

// FuzzGrade builds a round from bytes: the first byte chooses the options, then each group
// of three bytes is a participant (ID and participation, then a total in hundredths that may
// exceed 100). Grade must not panic; on success the quotas hold, on error nothing is graded.
func FuzzGrade(f *testing.F) {
	f.Add([]byte{0, 1, 0x23, 0x28, 2, 0x1f, 0x40, 3, 0x17, 0x70})
	f.Add([]byte{0x15, 1, 0x23, 0x28, 1, 0x23, 0x28, 0x41, 0, 0, 0x82, 0, 0})
	f.Add([]byte{0xff, 5, 0x27, 0x10, 6, 0x27, 0x11, 7, 0, 0, 0xc8, 0x10, 0x00})
	f.Add([]byte{0x2a, 9, 0x25, 0x1c, 10, 0x25, 0x1c, 11, 0x25, 0x1c, 12, 0x25, 0x1c})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		o := evaluation.Options{
			GroupBy:             evaluation.Grouping(data[0] % 4),
			WithdrawalsCountInN: data[0]&0x10 != 0,
			WaivePoorFloorBelow: int(data[0]>>5) - 1,
		}
		r := evaluation.Round{ID: "F", ResultDate: platform.MustDate(2026, 12, 1), Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau}}
		for i := 1; i+2 < len(data); i += 3 {
			id := "P" + strconv.Itoa(int(data[i]&0x3f))
			p := evaluation.Participant{PlatformID: id, Type: platform.Types()[int(data[i])%6], Cycle: 1,
				Department: "D" + strconv.Itoa(int(data[i+1]%3)), Participation: evaluation.Participation(data[i] >> 6)}
			if p.Participation == evaluation.TookPart {
				d := decimal.New(int64(data[i+1])<<8|int64(data[i+2]), -2)
				p.Total = &d
			}
			if data[i]&0x80 != 0 && data[i]&0x40 != 0 {
				o.TieBreak = append(o.TieBreak, id)
			}
			r.Participants = append(r.Participants, p)
		}
		res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), o)
		if err != nil {
			if res.Participants != nil || res.Groups != nil {
				t.Fatalf("error %v with a result", err)
			}
			return
		}
		checkInvariants(t, res)
		if len(res.Participants) != len(r.Participants) {
			t.Fatalf("%d results for %d participants", len(res.Participants), len(r.Participants))
		}
	})
}
