package round

import (
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
)

// gradeColumn is the column of a proposed grade list that a round file does not have: each
// platform's proposed final grade.
var gradeColumn = column{"grade", []string{"等次", "拟定等次", "评估结果"}, true,
	"拟定的评估结果：优秀、良好、合格、较差（也可写 excellent、good、qualified、poor）；未参评的平台留空，中途退出的留空或写较差",
	"the proposed grade: 优秀, 良好, 合格, 较差 (or excellent, good, qualified, poor); empty for a platform that did not take part, empty or 较差 for one that withdrew"}

// GradeColumns returns the columns of a proposed grade list, in the order of the help: the
// fixed columns of a round file (its total optional: the score, when known) and the grade.
func GradeColumns() []Column {
	var out []Column
	for _, c := range Columns() {
		if c.Need == Score && c.Code != "total" {
			continue
		}
		if c.Code == "total" {
			c.Need = Optional
		}
		out = append(out, c)
	}
	return append(out, Column{Code: gradeColumn.Code, Headings: append([]string(nil), gradeColumn.Aliases...),
		Need: Required, Zh: gradeColumn.Zh, En: gradeColumn.En})
}

// ReadGradesCSV reads a proposed grade list: a round file's columns with a grade column
// instead of the scores (a total may be given too). Like ReadCSV it reports every problem
// by row and column and returns no records when there is one.
func ReadGradesCSV(data []byte, progress func(rows int)) ([]Record, string, error) {
	return read(data, progress, gradeList)
}

// parseGrade reads a grade by its Chinese name or its code.
func parseGrade(s string) (platform.Grade, bool) {
	g, err := platform.ParseGrade(strings.ToLower(strings.TrimSpace(s)))
	return g, err == nil && g.Valid()
}

// parseGradeRow reads one row of a grade list: the shared columns, the grade and the
// optional total. A platform that took part needs a grade; one absent has none; one that
// withdrew has none or 较差 (第二十四条; the check counts it as 较差 when it counts in N).
func parseGradeRow(row int, header, fields []string, pos map[string]int) (Record, Errors) {
	r := &rowReader{row: row, header: header, field: fields}
	rec := parseCommon(r, pos)
	gi := pos[gradeColumn.Code]
	text := r.cell(gi)
	switch rec.Participation {
	case TookPart:
		g, ok := parseGrade(text)
		switch {
		case text == "":
			r.bad(gi, "参评平台没有拟定等次", "a participant with no grade")
		case !ok:
			r.bad(gi, "等次应为 优秀、良好、合格 或 较差", "the grade must be excellent, good, qualified or poor")
		default:
			rec.Grade = g
		}
		if ti, ok := pos["total"]; ok && r.cell(ti) != "" {
			if d, ok := parseScore(r.cell(ti)); ok {
				rec.Total = &d
			} else {
				r.bad(ti, "总分应为0至100的数", "the total must be a number from 0 to 100")
			}
		}
	case Withdrew:
		if g, ok := parseGrade(text); text != "" && (!ok || g != platform.Poor) {
			r.bad(gi, "中途退出的平台不评等次（计入参评数量时按较差计）：留空或写较差", "a platform that withdrew is not graded (counted as 较差 when in N): leave it empty or write 较差")
		} else if ok {
			rec.Grade = g
		}
	default:
		if text != "" {
			r.bad(gi, "未参评的平台不评等次：留空", "a platform that did not take part has no grade: leave it empty")
		}
	}
	return rec, r.errs
}

// ToProposal turns the records of a grade list into the list evaluation.CheckGrades reads.
// A withdrawal's 较差 is dropped unless withdrawnInN counts it in N, where it is 较差 anyway.
func ToProposal(recs []Record, withdrawnInN bool) []evaluation.ProposedGrade {
	out := make([]evaluation.ProposedGrade, 0, len(recs))
	for _, rec := range recs {
		p := evaluation.ProposedGrade{PlatformID: rec.ID, Type: rec.Type, Department: rec.Department,
			Participation: rec.Participation.Evaluation(), Grade: rec.Grade, Score: rec.Total}
		if rec.Participation == Withdrew && !withdrawnInN {
			p.Grade = 0
		}
		out = append(out, p)
	}
	return out
}
