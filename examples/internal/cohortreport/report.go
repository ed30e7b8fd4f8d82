// Package cohortreport builds the report of an evaluation round (grades under the quotas of
// 第二十二条, cycle awards of 第二十三条, the budget) and renders it as a table, CSV, JSON or
// HTML with its charts. examples/cohort prints it; examples/web shows it in the browser: one
// report, so the page and the program never differ.
package cohortreport

import (
	"fmt"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/shopspring/decimal"
)

// Report is everything the renderers print: built once from the library's results, then
// rendered as a table, CSV, JSON or HTML. It holds no I/O and no decisions of its own.
type Report struct {
	Source     string        `json:"source"`
	Encoding   string        `json:"encoding,omitempty"`
	RoundID    string        `json:"round_id"`
	ResultDate platform.Date `json:"result_date"`
	Grouping   string        `json:"grouping"` // pooled, type, department
	Scheme     schemeInfo    `json:"scheme"`
	Quotas     quotaInfo     `json:"quotas"`
	Platforms  []platformRow `json:"platforms"`
	Groups     []groupRow    `json:"groups"`
	Budget     budgetInfo    `json:"budget"`
	Editions   []editionRow  `json:"editions"`
	// RoundFindings are the round-level choices the grading recorded (grouping, floor
	// policy, ties, withdrawals).
	RoundFindings []platform.Finding `json:"round_findings"`
}

// schemeInfo describes the scoring scheme the round was graded under.
type schemeInfo struct {
	Illustrative bool        `json:"illustrative"`
	NameZh       string      `json:"name_zh"`
	NameEn       string      `json:"name_en"`
	Weights      []weightRow `json:"weights"`
	Bands        []bandRow   `json:"bands"`
}

type weightRow struct {
	Code   string          `json:"dimension"`
	Zh     string          `json:"zh"`
	En     string          `json:"en"`
	Weight decimal.Decimal `json:"weight"`
}

// bandRow is the score band of a provisional grade: From ≤ score (< To unless To is nil).
type bandRow struct {
	Grade platform.Grade   `json:"grade"`
	From  decimal.Decimal  `json:"from"`
	To    *decimal.Decimal `json:"to,omitempty"`
}

type quotaInfo struct {
	ExcellentMaxPercent int                `json:"excellent_max_percent"`
	ExcellentBound      platform.BoundWord `json:"excellent_bound"`
	PoorMinPercent      int                `json:"poor_min_percent"`
	PoorBound           platform.BoundWord `json:"poor_bound"`
}

// text says the quotas in a line: 优秀不超过30%，较差不低于10%.
func (q quotaInfo) text(l cli.Lang) string {
	if l == cli.En {
		return fmt.Sprintf("excellent %s %d%%, poor %s %d%%", q.ExcellentBound.English(), q.ExcellentMaxPercent,
			q.PoorBound.English(), q.PoorMinPercent)
	}
	return fmt.Sprintf("优秀%s%d%%，较差%s%d%%", q.ExcellentBound.Chinese(), q.ExcellentMaxPercent,
		q.PoorBound.Chinese(), q.PoorMinPercent)
}

// platformRow is one platform of the round and what became of it.
type platformRow struct {
	ID            string             `json:"id"`
	Name          string             `json:"name"`
	Type          platform.Type      `json:"type"`
	Department    string             `json:"department"`
	Participation string             `json:"participation"` // took_part, absent, withdrew
	Cycle         int                `json:"cycle"`
	Graded        bool               `json:"graded"`
	Score         *decimal.Decimal   `json:"score,omitempty"`
	Rank          int                `json:"rank,omitempty"`
	Group         string             `json:"group"`
	Provisional   platform.Grade     `json:"provisional,omitempty"`
	Final         platform.Grade     `json:"final,omitempty"`
	Award         platform.Amount    `json:"award"`
	NoteZh        string             `json:"note_zh,omitempty"`
	NoteEn        string             `json:"note_en,omitempty"`
	Findings      []platform.Finding `json:"findings"`
}

// groupRow is one quota group: N graded, the cap on 优秀 and the floor of 较差, the counts.
type groupRow struct {
	Key         string `json:"key"`
	LabelZh     string `json:"label_zh"`
	LabelEn     string `json:"label_en"`
	N           int    `json:"n"`
	Cap         int    `json:"excellent_cap"`
	Floor       int    `json:"poor_floor"`
	FloorWaived bool   `json:"floor_waived,omitempty"`
	Counts      [4]int `json:"counts"` // 优秀, 良好, 合格, 较差
	Provisional [4]int `json:"provisional_counts"`
}

// budgetInfo is the round's cycle awards: per type, per grade, and the total.
type budgetInfo struct {
	ByType []budgetType    `json:"by_type"`
	Total  platform.Amount `json:"total"`
}

type budgetType struct {
	Type      platform.Type   `json:"type"`
	Excellent int             `json:"excellent"`
	Good      int             `json:"good"`
	Unpaid    int             `json:"unpaid"` // graded 合格 or 较差
	Amount    platform.Amount `json:"amount"`
}

type editionRow struct {
	Table       string `json:"table"`
	Name        string `json:"name"`
	Fingerprint string `json:"fingerprint"`
}

func participationCode(p round.Participation) string {
	switch p {
	case round.Absent:
		return "absent_without_cause"
	case round.Withdrew:
		return "withdrew"
	case round.Excused:
		return "absent_with_cause"
	}
	return "took_part"
}

func participationText(code string, zh bool) string {
	switch code {
	case "absent_without_cause":
		if zh {
			return "无故未参评"
		}
		return "absent without cause"
	case "withdrew":
		if zh {
			return "中途退出"
		}
		return "withdrew midway"
	case "absent_with_cause":
		if zh {
			return "因故未参评"
		}
		return "absent with cause"
	}
	if zh {
		return "参评"
	}
	return "took part"
}
