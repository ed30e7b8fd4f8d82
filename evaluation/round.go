package evaluation

import (
	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// Evaluator is who carries out a round (第十九条).
type Evaluator struct {
	Kind EvaluatorKind `json:"kind"`
	// Name is the commissioned third party's name; required when Kind is [ThirdParty].
	Name string `json:"name,omitempty"`
}

// Round is one evaluation round: the platforms whose cycle is due, with their performance
// data. Filing is rolling (第十二条 成熟一个、备案一个), so a round gathers whichever
// platforms reach the end of a cycle (第二十二条 一般以三年为一个周期); lifecycle receives each
// platform's grade from the result.
type Round struct {
	ID string `json:"id"`
	// ResultDate is the date of the round's result; lifecycle dates its events from it.
	ResultDate   platform.Date `json:"result_date"`
	Evaluator    Evaluator     `json:"evaluator"`
	Participants []Participant `json:"participants"`
}

// Participant is one platform in a round. A platform that took part arrives with either its
// seven dimension scores (Scores) or a total already computed (Total), not both.
type Participant struct {
	PlatformID string        `json:"platform_id"`
	Type       platform.Type `json:"type"`
	// Cycle is the number of the platform's cycle being evaluated, from 1.
	Cycle int `json:"cycle"`
	// Department is the supervising department (主管部门); required when grouping by it.
	Department    string        `json:"department,omitempty"`
	Participation Participation `json:"participation"`
	// Scores holds a score from 0 to 100 for each dimension with a non-zero weight. The
	// scores of a platform that withdrew are ignored; a platform absent (with or without
	// cause) must have none.
	Scores Scores `json:"scores,omitempty"`
	// Total is a total from 0 to 100 computed elsewhere; it is rounded half-up to two
	// decimals like a computed one.
	Total *decimal.Decimal `json:"total,omitempty"`
}

// Options are the readings of the measures a round is graded under. The zero value is the
// default reading of each open point.
type Options struct {
	// GroupBy counts the quotas per platform type or per supervising department instead of
	// over the whole round. 第二十二条 counts them over "参评科技创新平台数量" and does not
	// divide the cohort; the default pools it.
	GroupBy Grouping `json:"group_by,omitempty"`
	// WithdrawalsCountInN counts a platform that withdrew midway (中途退出评估) among the
	// platforms evaluated, graded 较差 and counted towards the 较差 floor. 第二十二条 does not
	// say whether 参评数量 includes it; 第二十四条 treats withdrawal like a failed round
	// (removal and a three-year ban), which is why, when it counts, it counts as 较差. By
	// default it is not counted: it did not complete the evaluation.
	WithdrawalsCountInN bool `json:"withdrawals_count_in_n,omitempty"`
	// WaivePoorFloorBelow, when positive, does not impose the 较差 floor on a cohort of
	// fewer graded platforms than this. 第二十二条 sets the quotas "原则上" (in principle);
	// the default (0) applies the floor to every cohort, however small.
	WaivePoorFloorBelow int `json:"waive_poor_floor_below,omitempty"`
	// TieBreak breaks a tie of equal rounded totals that straddles a quota boundary, by a
	// list of platform IDs best first (see [BestFirst]): the earlier a platform is listed,
	// the better its place in the tie, both for keeping 优秀 and for escaping 较差.
	// 第二十二条 is silent on ties; by default (nil) no quota is breached: a tie over the cap
	// is lowered together, a tie at the floor all becomes 较差, and the tie is flagged for
	// review. A tie with a member not listed falls back to the default (or to
	// CapTieException at the cap); IDs not in the round are ignored (the list may be a
	// standing order of all platforms).
	TieBreak BestFirst `json:"tie_break,omitempty"`
	// CapTieException, when set, is a recorded exception to the 优秀 cap under 第二十二条's
	// 原则上: where equal totals straddle the cap (and TieBreak does not break the tie), the
	// whole tie keeps 优秀 and the cap is exceeded by the tie's members beyond it. Each such
	// platform and its group carry a finding citing 第二十二条 with the recorded reason and
	// authority, and the round's [Compliance] is [WithinByException]. It covers nothing
	// else: a 优秀 over the cap that is not in such a tie is still lowered. A tie the 较差
	// floor then takes as a whole (TieBreak not listing it) ends 较差 and relies on no
	// exception. By default (nil) the cap is strict.
	CapTieException *Exception `json:"cap_tie_exception,omitempty"`
}

// BestFirst lists platform IDs best first: the platform listed first wins a tie against any
// listed after it. At each boundary of 第二十二条 that means:
//
//   - At the 优秀 cap: with one place left under the cap and P03 and P04 tied for it,
//     BestFirst{"P04", "P03"} keeps P04 优秀 and lowers P03 to 良好.
//   - At the 较差 floor: with one more 较差 needed and P08 and P09 tied for it,
//     BestFirst{"P09", "P08"} lets P09 escape and makes P08 较差.
//
// So the list reads as a ranking: first is best. It is written as a JSON array of IDs.
type BestFirst []string

// Exception records a decision, taken by someone with the authority to take it, to depart
// from a limit of 第二十二条 under its 原则上 (in principle). Both texts are required; they
// are printed in the findings that rely on the exception.
type Exception struct {
	// Reason says why, e.g. "同分平台评审意见一致，均达到优秀标准".
	Reason string `json:"reason"`
	// Authority names who decided and where it is recorded, e.g. "市科技局2026年第3次局务会议纪要".
	Authority string `json:"authority"`
}

// GradeCounts counts platforms per grade.
type GradeCounts struct {
	Excellent int `json:"excellent"`
	Good      int `json:"good"`
	Qualified int `json:"qualified"`
	Poor      int `json:"poor"`
}

// Of returns the count for g (0 for an invalid grade).
func (c GradeCounts) Of(g platform.Grade) int {
	switch g {
	case platform.Excellent:
		return c.Excellent
	case platform.Good:
		return c.Good
	case platform.Qualified:
		return c.Qualified
	case platform.Poor:
		return c.Poor
	}
	return 0
}

func (c *GradeCounts) add(g platform.Grade) {
	switch g {
	case platform.Excellent:
		c.Excellent++
	case platform.Good:
		c.Good++
	case platform.Qualified:
		c.Qualified++
	case platform.Poor:
		c.Poor++
	}
}

// ParticipantResult is one platform's outcome in a round. (The one-byte fields are kept
// together so that a result of a million platforms stays small.)
type ParticipantResult struct {
	PlatformID    string        `json:"platform_id"`
	Type          platform.Type `json:"type"`
	Participation Participation `json:"participation"`
	// Graded is true when the platform received a grade and counts in N.
	Graded bool `json:"graded"`
	// Scored is true when the platform has a total (Score).
	Scored bool `json:"scored"`
	// Provisional is the grade the bands give; Final the grade after the quotas. Zero when
	// not applicable (a platform not graded has neither; a withdrawal counted in N has no
	// provisional grade and the final grade 较差).
	Provisional platform.Grade `json:"provisional,omitempty"`
	Final       platform.Grade `json:"final,omitempty"`
	// Tie is true when the platform's total ties across a quota boundary.
	Tie bool `json:"tie,omitempty"`
	// Consequence is what lifecycle records beyond the grade (第二十四条).
	Consequence Consequence `json:"consequence"`
	Cycle       int         `json:"cycle"`
	Department  string      `json:"department,omitempty"`
	// Group is the key of the quota group the platform was counted in.
	Group string `json:"group"`
	// Rank is the competition rank of the total within the group (1 is the highest; equal
	// totals share a rank, the next rank skips); 0 when the platform has no total.
	Rank int `json:"rank"`
	// Score is the total rounded half-up to two decimals (zero when not scored).
	Score decimal.Decimal `json:"score"`
	// Findings record every step that decided the platform's grade, with citations.
	Findings []platform.Finding `json:"findings"`
}

// GroupResult is the quota arithmetic of one group.
type GroupResult struct {
	// Key is "all" when pooled, the type code when grouped by type, the department otherwise.
	Key string `json:"key"`
	// N is the number of platforms graded (参评数量): those scored, and withdrawals when
	// they count.
	N int `json:"n"`
	// Cap is the most 优秀 allowed; Floor the fewest 较差 required; FloorWaived is true when
	// the floor was not imposed (Options.WaivePoorFloorBelow).
	Cap         int  `json:"cap"`
	Floor       int  `json:"floor"`
	FloorWaived bool `json:"floor_waived,omitempty"`
	// Provisional counts the grades the bands gave; Final the grades after the quotas (the
	// counts per grade of the cross-package contract).
	Provisional GradeCounts `json:"provisional"`
	Final       GradeCounts `json:"final"`
	// Lowered counts the platforms the cap lowered; MadePoor those the floor made 较差.
	Lowered  int `json:"lowered"`
	MadePoor int `json:"made_poor"`
	// Ties counts the platforms flagged in a tie at a quota boundary.
	Ties int `json:"ties"`
	// OverCap counts the 优秀 beyond the cap that [Options.CapTieException] kept: the
	// members of a tie straddling the cap. Zero (and absent from JSON) otherwise.
	OverCap int `json:"over_cap,omitempty"`
	// Absent, Withdrawn and Excused count the platforms not graded in the group, by reason
	// (withdrawals counted in N are in N and in Withdrawn).
	Absent    int `json:"absent"`
	Withdrawn int `json:"withdrawn"`
	Excused   int `json:"excused"`
	// Findings show the cap and the floor as applied.
	Findings []platform.Finding `json:"findings"`
}

// Result is a graded round.
type Result struct {
	RoundID    string        `json:"round_id"`
	ResultDate platform.Date `json:"result_date"`
	Evaluator  Evaluator     `json:"evaluator"`
	// Participants are ordered by group (in the order of Groups), then the scored by total
	// descending and platform ID ascending, then withdrawals counted in N, then the platforms
	// not graded, each by platform ID. The order does not depend on the input order.
	Participants []ParticipantResult `json:"participants"`
	// Groups are ordered by key (by type: in the order of the platform types).
	Groups []GroupResult `json:"groups"`
	// Findings record the round-level choices: the evaluator, how the quotas were grouped,
	// the floor policy, the tie policy and the reading of withdrawals.
	Findings []platform.Finding `json:"findings"`
	Options  Options            `json:"options"`
	Edition  platform.Edition   `json:"edition"`
}

// Find returns the result of the platform with the given ID. It scans the participants;
// for many lookups, build an index once with [Result.Index].
func (r *Result) Find(platformID string) (ParticipantResult, bool) {
	for i := range r.Participants {
		if r.Participants[i].PlatformID == platformID {
			return r.Participants[i], true
		}
	}
	return ParticipantResult{}, false
}
