package evaluation_test

import (
	"encoding/json"
	"errors"
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

// FuzzParse feeds any text to every parser of the package: none panics, and what one
// accepts marshals to a code that parses back to the same value.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"talent_team", "人才队伍建设", "absent_without_cause", "中途退出评估", "bureau",
		"受委托的第三方机构", "by_type", "按主管部门分别计算", "removal_and_ban", "无", "", " pooled ", "%!Dimension(9)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(v interface{ MarshalText() ([]byte, error) }, err error, again func(string) (any, error)) {
			if err != nil {
				return
			}
			b, merr := v.MarshalText()
			if merr != nil {
				t.Fatalf("%q parsed but does not marshal: %v", s, merr)
			}
			w, perr := again(string(b))
			if perr != nil || w != any(v) {
				t.Fatalf("%q → %s → %v, %v", s, b, w, perr)
			}
		}
		d, err := evaluation.ParseDimension(s)
		check(d, err, func(x string) (any, error) { return evaluation.ParseDimension(x) })
		p, err := evaluation.ParseParticipation(s)
		check(p, err, func(x string) (any, error) { return evaluation.ParseParticipation(x) })
		k, err := evaluation.ParseEvaluatorKind(s)
		check(k, err, func(x string) (any, error) { return evaluation.ParseEvaluatorKind(x) })
		g, err := evaluation.ParseGrouping(s)
		check(g, err, func(x string) (any, error) { return evaluation.ParseGrouping(x) })
		c, err := evaluation.ParseConsequence(s)
		check(c, err, func(x string) (any, error) { return evaluation.ParseConsequence(x) })
	})
}

// FuzzParameters decodes any JSON as a parameter table: validation never panics, and a table
// that validates grades a round without error and keeps its fingerprint through a round trip.
func FuzzParameters(f *testing.F) {
	b, _ := json.Marshal(evaluation.IllustrativeParameters())
	f.Add(b)
	f.Add([]byte(`{"bands":[{"grade":"good","min":"0","max":"100","citation":"第二十二条"}],"quotas":{"excellent":{"percent":30,"bound":"不超过","citation":"第二十二条"},"poor":{"percent":10,"bound":"高于","citation":"第二十二条"}}}`))
	f.Add([]byte(`{"scheme":{"citation":"第二十一条","weights":{"talent_team":"1"}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p evaluation.Parameters
		if json.Unmarshal(data, &p) != nil {
			return
		}
		if p.Validate() != nil {
			return
		}
		fp, err := p.Fingerprint()
		if err != nil {
			t.Fatalf("valid parameters without a fingerprint: %v", err)
		}
		again, _ := json.Marshal(p)
		var back evaluation.Parameters
		if err := json.Unmarshal(again, &back); err != nil {
			t.Fatalf("round trip: %v", err)
		}
		if fp2, _ := back.Fingerprint(); fp2 != fp {
			t.Fatalf("fingerprint %s became %s", fp, fp2)
		}
		r := round("P01=95", "P02=61.5", "P03=0", "P04=100")
		res, err := evaluation.Grade(r, p, evaluation.Options{})
		if err != nil {
			t.Fatalf("valid parameters, valid round: %v", err)
		}
		checkInvariants(t, res)
	})
}

// FuzzRoundJSON decodes any JSON as a round and its options, as a filing system would send
// them, and grades it under the illustrative parameters: Grade never panics nor hangs on a
// decimal however written (1E-2000000000 included); on an error nothing is graded and every
// problem is a *platform.Error naming its entry; on success the quotas hold and every
// participant has exactly one result.
func FuzzRoundJSON(f *testing.F) {
	f.Add([]byte(`{"id":"2026","result_date":"2026-12-15","evaluator":{"kind":"bureau"},"participants":[{"platform_id":"A","type":"重点实验室","cycle":1,"total":"91.5"},{"platform_id":"B","type":"field_station","cycle":2,"scores":{"major_tasks":"80","key_technologies":"80","industry_leadership":"80","innovation_services":"80","talent_team":"80","commercialisation":"80","incubation":"70"}},{"platform_id":"C","type":"field_station","cycle":1,"participation":"withdrew"}]}`),
		[]byte(`{"group_by":"by_department","withdrawals_count_in_n":true,"waive_poor_floor_below":3,"tie_break":["B","A"]}`))
	f.Add([]byte(`{"id":"R","result_date":"2026-01-01","evaluator":{"kind":"third_party","name":"X"},"participants":[{"platform_id":"A","type":"key_laboratory","cycle":1,"total":"1E-2000000000"},{"platform_id":"A ","type":"key_laboratory","cycle":1,"total":"5E+2000000000"}]}`),
		[]byte(`{}`))
	f.Add([]byte(`{"id":"R","result_date":"2026-01-01","evaluator":{"kind":"bureau"},"participants":[{"platform_id":"A","type":"key_laboratory","cycle":1,"total":"95"},{"platform_id":"B","type":"key_laboratory","cycle":1,"total":"95"},{"platform_id":"C","type":"key_laboratory","cycle":1,"total":"59.995"}]}`),
		[]byte(`{"tie_break":["B"]}`))
	f.Fuzz(func(t *testing.T, round, options []byte) {
		var r evaluation.Round
		var o evaluation.Options
		if json.Unmarshal(round, &r) != nil || json.Unmarshal(options, &o) != nil {
			return
		}
		if len(r.Participants) > 200 {
			return
		}
		res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), o)
		if err != nil {
			if res.Participants != nil || res.Groups != nil {
				t.Fatalf("error %v with a result", err)
			}
			var errs []error
			if j, ok := err.(interface{ Unwrap() []error }); ok {
				errs = j.Unwrap()
			} else {
				errs = []error{err}
			}
			for _, e := range errs {
				var pe *platform.Error
				if !errors.As(e, &pe) || pe.Op == "" || pe.Field == "" {
					t.Fatalf("problem %v is not a *platform.Error naming its entry", e)
				}
				if len(pe.Input) > 4096 && len(pe.Input) > len(round) {
					t.Fatalf("problem %s writes %d bytes of input from %d bytes", pe.Field, len(pe.Input), len(round))
				}
			}
			return
		}
		checkInvariants(t, res)
		if len(res.Participants) != len(r.Participants) {
			t.Fatalf("%d results for %d participants", len(res.Participants), len(r.Participants))
		}
	})
}

// FuzzCheckGrades builds a proposed list from bytes: the first byte chooses the options,
// then each group of three bytes is a platform (ID and participation, a grade with its type
// and department, and a score in whole points that may exceed 100 or be absent).
// CheckGrades must not panic; on error nothing is returned; on success every group's
// counts and answer agree with its limits, and the list's answer with its groups'.
func FuzzCheckGrades(f *testing.F) {
	f.Add([]byte{0, 1, 0x01, 95, 2, 0x02, 85, 3, 0x04, 50})
	f.Add([]byte{0x28, 1, 0x01, 93, 2, 0x01, 93, 3, 0x02, 80, 4, 0x03, 70, 5, 0x04, 0xff})
	f.Add([]byte{0x15, 0x41, 0, 0, 0x82, 0x04, 60, 0xc3, 0, 0, 7, 0x01, 101})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		o := evaluation.Options{
			GroupBy:             evaluation.Grouping(data[0] % 4),
			WithdrawalsCountInN: data[0]&0x10 != 0,
			WaivePoorFloorBelow: int(data[0]>>6) * 3,
		}
		if data[0]&0x20 != 0 {
			o.CapTieException = &evaluation.Exception{Reason: "同分", Authority: "局务会"}
		}
		var list []evaluation.ProposedGrade
		for i := 1; i+2 < len(data); i += 3 {
			id := "P" + strconv.Itoa(int(data[i]&0x3f))
			p := evaluation.ProposedGrade{PlatformID: id, Participation: evaluation.Participation(data[i] >> 6),
				Grade: platform.Grade(data[i+1] & 0x07), Type: platform.Type(data[i+1] >> 3 & 0x07),
				Department: "D" + strconv.Itoa(int(data[i+1]>>6))}
			if data[i+2] != 0xff {
				d := decimal.New(int64(data[i+2]), 0)
				p.Score = &d
			}
			if data[i]&0x01 != 0 {
				o.TieBreak = append(o.TieBreak, id)
			}
			list = append(list, p)
		}
		c, err := evaluation.CheckGrades(list, evaluation.DefaultQuotas(), o)
		if err != nil {
			if c.Participants != nil || c.Groups != nil {
				t.Fatalf("error %v with a result", err)
			}
			return
		}
		if len(c.Participants) != len(list) {
			t.Fatalf("%d results for %d platforms", len(c.Participants), len(list))
		}
		worst := evaluation.Within
		for _, g := range c.Groups {
			q := evaluation.DefaultQuotas()
			if g.Cap != q.Cap(g.N) || g.Floor != q.Floor(g.N) {
				t.Fatalf("group %s: cap %d floor %d for N=%d", g.Key, g.Cap, g.Floor, g.N)
			}
			if sum := g.Grades.Excellent + g.Grades.Good + g.Grades.Qualified + g.Grades.Poor; sum != g.N {
				t.Fatalf("group %s: grades sum to %d, N is %d", g.Key, sum, g.N)
			}
			capBreached := g.Grades.Excellent > g.Cap && !g.CapException
			floorBreached := g.Grades.Poor < g.Floor && !g.FloorWaived
			if (g.Compliance == evaluation.Breached) != (capBreached || floorBreached) {
				t.Fatalf("group %s: %v with %+v", g.Key, g.Compliance, g)
			}
			if g.CapException && o.CapTieException == nil {
				t.Fatalf("group %s: an exception nobody recorded", g.Key)
			}
			worst = max(worst, g.Compliance)
		}
		if got := c.Compliance(); got.State != worst {
			t.Fatalf("list answer %v, worst group %v", got.State, worst)
		}
	})
}
