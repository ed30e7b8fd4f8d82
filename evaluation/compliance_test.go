package evaluation_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tenTotals is a round of ten whose 3rd and 4th share 93 points, straddling the cap of 3.
var tenTotals = []string{"P01=95", "P02=94", "P03=93", "P04=93", "P05=85", "P06=84", "P07=75", "P08=70", "P09=65", "P10=50"}

// TestGradeCapTieException22 is the specification of the 原则上 exception to the 优秀 cap
// in Grade: where equal totals straddle the cap, a recorded exception keeps the whole tie
// 优秀, flagged and cited; nothing else exceeds the cap; the default stays strict.
func TestGradeCapTieException22(t *testing.T) {
	tests := []struct {
		name      string
		cite      platform.Citation
		round     []string
		opts      evaluation.Options
		finals    string
		state     evaluation.ComplianceState
		overCap   int
		exception []string // IDs carrying the exception's finding
	}{
		{"第二十二条（默认）：同分跨越上限时一并降为良好，不突破上限", platform.Art(22), tenTotals, evaluation.Options{},
			"P01:优秀 P02:优秀 P03:良好 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			evaluation.Within, 0, nil},
		{"第二十二条原则上：有记录的例外时同分者一并评为优秀，上限3家实有4家", platform.Art(22), tenTotals,
			evaluation.Options{CapTieException: exception},
			"P01:优秀 P02:优秀 P03:优秀 P04:优秀 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			evaluation.WithinByException, 1, []string{"P03", "P04"}},
		{"第二十二条原则上：例外只及于同分，不同分的超额优秀仍降为良好", platform.Art(22),
			[]string{"P01=95", "P02=94", "P03=93", "P04=92", "P05=91", "P06=84", "P07=75", "P08=70", "P09=65", "P10=50"},
			evaluation.Options{CapTieException: exception},
			"P01:优秀 P02:优秀 P03:优秀 P04:良好 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			evaluation.Within, 0, nil},
		{"第二十二条原则上：同分延及上限之外者，一并保留，其后不同分者降为良好", platform.Art(22),
			[]string{"P01=95", "P02=94", "P03=93", "P04=93", "P05=93", "P06=91", "P07=75", "P08=70", "P09=65", "P10=50"},
			evaluation.Options{CapTieException: exception},
			"P01:优秀 P02:优秀 P03:优秀 P04:优秀 P05:优秀 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			evaluation.WithinByException, 2, []string{"P03", "P04", "P05"}},
		{"第二十二条：调用方排序列全同分者时按排序确定，例外不再适用", platform.Art(22), tenTotals,
			evaluation.Options{CapTieException: exception, TieBreak: evaluation.BestFirst{"P04", "P03"}},
			"P01:优秀 P02:优秀 P03:良好 P04:优秀 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			evaluation.Within, 0, nil},
		{"第二十二条原则上：调用方排序未列全同分者时适用例外", platform.Art(22), tenTotals,
			evaluation.Options{CapTieException: exception, TieBreak: evaluation.BestFirst{"P04"}},
			"P01:优秀 P02:优秀 P03:优秀 P04:优秀 P05:良好 P06:良好 P07:合格 P08:合格 P09:合格 P10:较差",
			evaluation.WithinByException, 1, []string{"P03", "P04"}},
		{"第二十二条原则上（选项）：3家不足豁免规模5家，无较差依豁免符合", platform.Art(22),
			[]string{"P01=85", "P02=80", "P03=70"}, evaluation.Options{WaivePoorFloorBelow: 5},
			"P01:良好 P02:良好 P03:合格", evaluation.WithinByException, 0, nil},
		{"第二十二条原则上（选项）：豁免规模内但已有较差，未依赖豁免", platform.Art(22),
			[]string{"P01=85", "P02=80", "P03=50"}, evaluation.Options{WaivePoorFloorBelow: 5},
			"P01:良好 P02:良好 P03:较差", evaluation.Within, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustGrade(t, round(tt.round...), tt.opts)
			assert.Equal(t, tt.finals, finals(res), tt.cite.String())
			g, ok := res.Group(evaluation.WholeRound())
			require.True(t, ok)
			assert.Equal(t, tt.overCap, g.OverCap, "over the cap under the exception")
			c := res.Compliance()
			assert.Equal(t, tt.state, c.State, "compliance (%s)", tt.cite)
			assert.Empty(t, c.Breaches, "Grade never breaches a limit")
			var with []string
			for _, p := range res.Participants {
				if f, ok := findingOf(p.Findings, evaluation.RuleCapTieException); ok {
					with = append(with, p.PlatformID)
					assert.True(t, p.Tie, "%s is flagged", p.PlatformID)
					assert.Equal(t, platform.Art(22), f.Cite())
					assert.Contains(t, f.Chinese(), exception.Authority)
					assert.Contains(t, f.English(), exception.Reason)
				}
			}
			assert.Equal(t, tt.exception, with, "platforms kept 优秀 under the exception")
			if tt.overCap > 0 {
				require.Len(t, c.Exceptions, 1)
				assert.Equal(t, evaluation.RuleCapTieException, c.Exceptions[0].Finding.Rule.ID)
				assert.Equal(t, "all", c.Exceptions[0].Group)
			}
		})
	}
}

// TestResultCompliance22 reads the totals beside the answer: the platforms the quotas
// adjusted and the ties flagged.
func TestResultCompliance22(t *testing.T) {
	// Of 12, cap 3 and floor 2: P04 and P05 are lowered, P11 and P12 made 较差.
	res := mustGrade(t, round("P01=95", "P02=93", "P03=92.5", "P04=91", "P05=90", "P06=88", "P07=85", "P08=80",
		"P09=75", "P10=70", "P11=65", "P12=62.13"), evaluation.Options{})
	c := res.Compliance()
	assert.Equal(t, evaluation.Within, c.State)
	assert.Equal(t, 4, c.Adjusted, "two lowered, two made poor")
	assert.Zero(t, c.Ties)

	res = mustGrade(t, round(tenTotals...), evaluation.Options{})
	c = res.Compliance()
	assert.Equal(t, 2, c.Ties, "the tie at 93 is flagged")
	assert.Equal(t, 2, c.Adjusted, "P03 and P04 lowered together; P10 is 较差 by its band")
}

// TestComplianceEdited judges a result that does not come from Grade on its counts.
func TestComplianceEdited(t *testing.T) {
	res := mustGrade(t, round(tenTotals...), evaluation.Options{})
	res.Groups[0].Final.Excellent = 5
	res.Groups[0].Final.Poor = 0
	c := res.Compliance()
	assert.Equal(t, evaluation.Breached, c.State)
	require.Len(t, c.Breaches, 2)
	assert.Equal(t, evaluation.RuleCapExcellent, c.Breaches[0].Finding.Rule.ID)
	assert.Equal(t, evaluation.RuleFloorPoor, c.Breaches[1].Finding.Rule.ID)
	assert.Equal(t, platform.Fail, c.Breaches[1].Finding.Outcome)
}

// TestComplianceStateCodes: the three answers marshal as stable codes and parse back from
// the code or the Chinese name; the zero value is no answer.
func TestComplianceStateCodes(t *testing.T) {
	tests := []struct {
		name string
		s    evaluation.ComplianceState
		code string
		zh   string
	}{
		{"符合比例要求", evaluation.Within, "within", "符合比例要求"},
		{"依例外或豁免符合比例要求", evaluation.WithinByException, "within_by_exception", "依例外或豁免符合比例要求"},
		{"突破比例要求", evaluation.Breached, "breached", "突破比例要求"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.s)
			require.NoError(t, err)
			assert.Equal(t, `"`+tt.code+`"`, string(b))
			for _, in := range []string{tt.code, tt.zh} {
				got, err := evaluation.ParseComplianceState(in)
				require.NoError(t, err)
				assert.Equal(t, tt.s, got)
			}
			assert.NotEmpty(t, tt.s.English())
		})
	}
	var zero evaluation.ComplianceState
	assert.False(t, zero.Valid())
	assert.True(t, strings.HasPrefix(zero.String(), "%!"))
	_, err := json.Marshal(zero)
	assert.Error(t, err)
	var s evaluation.ComplianceState
	assert.Error(t, json.Unmarshal([]byte(`"maybe"`), &s))
}

// TestOptionsJSON: without the new options the JSON of the options is as before; with them
// it round-trips, and the tie-break order is still a plain array of IDs.
func TestOptionsJSON(t *testing.T) {
	b, err := json.Marshal(evaluation.Options{TieBreak: evaluation.BestFirst{"P04", "P03"}})
	require.NoError(t, err)
	assert.Equal(t, `{"tie_break":["P04","P03"]}`, string(b))
	var old evaluation.Options
	require.NoError(t, json.Unmarshal([]byte(`{"tie_break":["P04","P03"],"waive_poor_floor_below":3}`), &old))
	assert.Equal(t, evaluation.BestFirst{"P04", "P03"}, old.TieBreak)
	assert.Nil(t, old.CapTieException)

	o := evaluation.Options{CapTieException: exception}
	b, err = json.Marshal(o)
	require.NoError(t, err)
	assert.JSONEq(t, `{"cap_tie_exception":{"reason":"`+exception.Reason+`","authority":"`+exception.Authority+`"}}`, string(b))
	var back evaluation.Options
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, o, back)
}
