// Package round reads an evaluation round from a CSV file as a spreadsheet exports it
// (UTF-8 with or without BOM, or GBK) and turns it into an evaluation.Round. Every problem
// is reported with its spreadsheet row and column. The cohort and compare programs share it.
package round

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/shopspring/decimal"
)

// Participation is what the round's file says of a platform's part in the evaluation
// (第二十四条: 无故不参加评估, 中途退出).
type Participation uint8

const (
	TookPart Participation = iota // 参评
	Absent                        // 无故未参评
	Withdrew                      // 中途退出
	Excused                       // 因故未参评
)

// dimension describes one of the seven evaluation dimensions of 第二十一条, as a CSV column.
type dimension struct {
	Code string
	Zh   string
	En   string
}

// dimensions are the seven dimensions of 第二十一条, in the article's order.
var dimensions = [7]dimension{
	{"major_tasks", "重大科技任务", "major S&T tasks"},
	{"key_technologies", "关键技术攻关", "key technology breakthroughs"},
	{"industry_leadership", "引领行业技术进步", "leading the industry's technology"},
	{"innovation_services", "技术创新服务", "technology innovation services to society"},
	{"talent_team", "人才队伍建设", "building the talent team"},
	{"commercialisation", "成果转化产业化", "commercialisation"},
	{"incubation", "培育孵化科技型企业", "incubating tech firms"},
}

// column names the fixed columns; each accepts its code and a Chinese heading. Zh and En
// say what the column holds; the programs' help and both READMEs are written from them.
type column struct {
	Code    string
	Aliases []string
	Need    bool
	Zh, En  string
}

var fixedColumns = []column{
	{"id", []string{"编号", "平台编号"}, true,
		"平台编号，文件内不得重复",
		"the platform's ID, unique in the file"},
	{"name", []string{"名称", "平台名称"}, true,
		"平台名称",
		"the platform's name"},
	{"type", []string{"类型", "平台类型"}, true,
		"第二条所列六类平台之一：重点实验室、拉萨市重点实验室、key_laboratory、工程技术中心……",
		"one of the six types of 第二条: 重点实验室, 拉萨市重点实验室, key_laboratory, 工程技术中心, …"},
	{"department", []string{"主管部门", "行业主管部门"}, true,
		"行业主管部门（市卫健委、市农业农村局……）",
		"the supervising department (市卫健委, 市农业农村局, …)"},
	{"participation", []string{"参评情况"}, true,
		"参评（或空）、无故未参评、中途退出、因故未参评（也可写 took_part、absent_without_cause、withdrew、absent_with_cause）",
		"参评 (or empty), 无故未参评, 中途退出, 因故未参评 (or took_part, absent_without_cause, withdrew, absent_with_cause)"},
	{"cycle", []string{"周期", "评估周期"}, false,
		"该平台的评估周期序号：1、2……（空则为1）",
		"the platform's evaluation cycle: 1, 2, … (empty: 1)"},
	{"total", []string{"总分"}, false,
		"总分，0至100",
		"the total score, 0 to 100"},
}

// Need says whether a column must be in the file.
type Need uint8

const (
	Required Need = iota // the header must name it
	Optional             // it may be left out
	Score                // a total column, the seven dimension columns, or both (each row filling one)
)

// Column is one column of the round file as the parser reads it: its code, the Chinese
// headings it also accepts, whether it must be there, and what it holds in both languages.
type Column struct {
	Code     string
	Headings []string
	Need     Need
	Zh, En   string
}

// Columns returns the columns the parser accepts, in the order of the help and the READMEs:
// the fixed columns, then the seven dimensions of 第二十一条 in the article's order.
func Columns() []Column {
	out := make([]Column, 0, len(fixedColumns)+len(dimensions))
	for _, c := range fixedColumns {
		n := Optional
		switch {
		case c.Need:
			n = Required
		case c.Code == "total":
			n = Score
		}
		out = append(out, Column{Code: c.Code, Headings: append([]string(nil), c.Aliases...), Need: n, Zh: c.Zh, En: c.En})
	}
	for _, d := range dimensions {
		out = append(out, Column{Code: d.Code, Headings: []string{d.Zh}, Need: Score,
			Zh: "第二十一条评估内容“" + d.Zh + "”的得分，0至100", En: "the score for " + d.En + " (第二十一条), 0 to 100"})
	}
	return out
}

// Record is one platform of the round as read from the file.
type Record struct {
	Row           int // the spreadsheet row (the header is row 1)
	ID            string
	Name          string
	Type          platform.Type
	Department    string
	Participation Participation
	Cycle         int
	Total         *decimal.Decimal
	Dims          *[7]decimal.Decimal
	// Grade is the proposed grade of a grade list (ReadGradesCSV); zero in a round file.
	Grade platform.Grade
}

// CellError is a problem with one cell of the file, named by row and column the way a
// spreadsheet names them.
type CellError struct {
	Row    int
	Col    int // 1-based; 0 when the problem is the row as a whole
	Column string
	Input  string
	Zh, En string
}

func colLetter(c int) string {
	s := ""
	for c > 0 {
		c--
		s = string(rune('A'+c%26)) + s
		c /= 26
	}
	return s
}

func (e *CellError) Text(l cli.Lang) string {
	var b strings.Builder
	if l == cli.En {
		fmt.Fprintf(&b, "row %d", e.Row)
		if e.Col > 0 {
			fmt.Fprintf(&b, ", column %s (%s)", colLetter(e.Col), e.Column)
		}
		b.WriteString(": ")
		b.WriteString(e.En)
	} else {
		fmt.Fprintf(&b, "第%d行", e.Row)
		if e.Col > 0 {
			fmt.Fprintf(&b, "%s列（%s）", colLetter(e.Col), e.Column)
		}
		b.WriteString("：")
		b.WriteString(e.Zh)
	}
	if e.Input != "" {
		fmt.Fprintf(&b, " %q", e.Input)
	}
	return b.String()
}

func (e *CellError) Error() string { return e.Text(cli.En) }

// maxErrors bounds how many cell problems one run reports.
const maxErrors = 20

// Errors is every problem found in the file.
type Errors []*CellError

func (r Errors) Error() string { return r.Text(cli.En) }

func (r Errors) Text(l cli.Lang) string {
	var b strings.Builder
	for i, e := range r {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(e.Text(l))
	}
	return b.String()
}

var hundred = decimal.NewFromInt(100)

// parseScore reads a score from 0 to 100 as a decimal; no floats, no exponents.
func parseScore(s string) (decimal.Decimal, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 20 {
		return decimal.Decimal{}, false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != '.' {
			return decimal.Decimal{}, false
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil || d.IsNegative() || d.GreaterThan(hundred) {
		return decimal.Decimal{}, false
	}
	return d, true
}

func parseParticipation(s string) (Participation, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "参评", "参加评估", "took_part":
		return TookPart, true
	case "无故未参评", "无故不参加评估", "absent_without_cause", "absent":
		return Absent, true
	case "中途退出", "中途退出评估", "退出", "withdrew", "withdrawn":
		return Withdrew, true
	case "因故未参评", "因故未参加评估", "absent_with_cause", "excused":
		return Excused, true
	}
	return 0, false
}

// ReadCSV reads a round's CSV file (UTF-8 with or without BOM, or GBK). It reports every
// problem it finds, each naming its row and column, up to maxErrors; on any problem it
// returns no records. progress, when not nil, is told of every ProgressThreshold rows.
func ReadCSV(data []byte, progress func(rows int)) ([]Record, string, error) {
	return read(data, progress, roundFile)
}

// fileKind says which file is read: a round to grade, or a proposed grade list to check.
type fileKind uint8

const (
	roundFile fileKind = iota // scores: a total or the seven dimension scores
	gradeList                 // a grade column; a total, optional
)

func read(data []byte, progress func(rows int), kind fileKind) ([]Record, string, error) {
	text, enc, err := cli.Decode(data)
	if err != nil {
		return nil, "", Errors{{Row: 1, Zh: "文件既不是UTF-8也不是GBK编码", En: "the file is neither UTF-8 nor GBK"}}
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, enc, Errors{{Row: 1, Zh: "文件为空，缺少表头", En: "the file is empty: no header"}}
	}
	if err != nil {
		return nil, enc, csvError(err)
	}
	pos, dimPos, errs := mapHeader(header, kind)
	if len(errs) > 0 {
		return nil, enc, errs
	}
	var out []Record
	seen := map[string]int{}
	row := 1
	for {
		fields, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		row++
		if err != nil {
			errs = append(errs, csvError(err)...)
			break
		}
		if progress != nil && row%cli.ProgressThreshold == 0 {
			progress(row)
		}
		if blank(fields) {
			continue
		}
		var rec Record
		var rowErrs Errors
		if kind == gradeList {
			rec, rowErrs = parseGradeRow(row, header, fields, pos)
		} else {
			rec, rowErrs = parseRow(row, header, fields, pos, dimPos)
		}
		if rec.ID != "" {
			if first, dup := seen[rec.ID]; dup {
				rowErrs = append(rowErrs, &CellError{Row: row, Col: pos["id"] + 1, Column: "id", Input: rec.ID,
					Zh: fmt.Sprintf("编号与第%d行重复", first), En: fmt.Sprintf("the same id as row %d", first)})
			} else {
				seen[rec.ID] = row
			}
		}
		errs = append(errs, rowErrs...)
		if len(errs) >= maxErrors {
			errs = errs[:maxErrors]
			break
		}
		out = append(out, rec)
	}
	if len(errs) > 0 {
		return nil, enc, errs
	}
	if len(out) == 0 {
		return nil, enc, Errors{{Row: 2, Zh: "文件没有数据行", En: "the file has no data rows"}}
	}
	return out, enc, nil
}

func blank(fields []string) bool {
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func csvError(err error) Errors {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return Errors{{Row: pe.Line, Col: pe.Column, Column: "csv", Zh: "CSV格式错误：" + pe.Err.Error(), En: "malformed CSV: " + pe.Err.Error()}}
	}
	return Errors{{Row: 1, Zh: "无法读取：" + err.Error(), En: "cannot read: " + err.Error()}}
}

// mapHeader finds each column by its code or Chinese heading. The header of a round file
// must hold the five fixed columns and a total column, the seven dimension columns, or
// both; that of a grade list the five fixed columns and the grade column, and no dimension
// columns (its score, when given, is the total).
func mapHeader(header []string, kind fileKind) (map[string]int, [7]int, Errors) {
	pos := map[string]int{}
	dimPos := [7]int{-1, -1, -1, -1, -1, -1, -1}
	var errs Errors
	for i, h := range header {
		h = strings.TrimSpace(h)
		key := strings.ToLower(h)
		found := false
		for _, c := range fixedColumns {
			if key == c.Code || contains(c.Aliases, h) {
				if _, dup := pos[c.Code]; dup {
					errs = append(errs, &CellError{Row: 1, Col: i + 1, Column: h, Zh: "表头重复", En: "duplicate column"})
				}
				pos[c.Code], found = i, true
			}
		}
		if kind == gradeList && (key == gradeColumn.Code || contains(gradeColumn.Aliases, h)) {
			if _, dup := pos[gradeColumn.Code]; dup {
				errs = append(errs, &CellError{Row: 1, Col: i + 1, Column: h, Zh: "表头重复", En: "duplicate column"})
			}
			pos[gradeColumn.Code], found = i, true
		}
		for d, dim := range dimensions {
			if key == dim.Code || h == dim.Zh {
				if kind == gradeList {
					errs = append(errs, &CellError{Row: 1, Col: i + 1, Column: h, Zh: "等次名单不读取七项得分，得分请给总分（total）", En: "a grade list takes a total, not the seven scores"})
				}
				if dimPos[d] >= 0 {
					errs = append(errs, &CellError{Row: 1, Col: i + 1, Column: h, Zh: "表头重复", En: "duplicate column"})
				}
				dimPos[d], found = i, true
			}
		}
		if !found && h != "" {
			errs = append(errs, &CellError{Row: 1, Col: i + 1, Column: h, Zh: "未知的列名（见 -h）", En: "unknown column (see -h)"})
		}
	}
	for _, c := range fixedColumns {
		if _, ok := pos[c.Code]; c.Need && !ok {
			errs = append(errs, &CellError{Row: 1, Column: c.Code, Zh: "缺少必需的列 " + c.Code, En: "missing required column " + c.Code})
		}
	}
	nDims := 0
	for _, p := range dimPos {
		if p >= 0 {
			nDims++
		}
	}
	_, hasTotal := pos["total"]
	if kind == gradeList {
		if _, ok := pos[gradeColumn.Code]; !ok {
			errs = append(errs, &CellError{Row: 1, Column: gradeColumn.Code, Zh: "缺少必需的列 " + gradeColumn.Code, En: "missing required column " + gradeColumn.Code})
		}
		return pos, dimPos, errs
	}
	switch {
	case nDims != 0 && nDims != 7:
		errs = append(errs, &CellError{Row: 1, Column: "dimensions", Zh: fmt.Sprintf("七项评估内容只给出%d列，须全部给出", nDims),
			En: fmt.Sprintf("%d of the seven dimension columns given: give all seven", nDims)})
	case nDims == 0 && !hasTotal:
		errs = append(errs, &CellError{Row: 1, Column: "total", Zh: "缺少总分列或七项评估内容列", En: "neither a total column nor the seven dimension columns"})
	}
	return pos, dimPos, errs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// rowReader reads the cells of one row and gathers its problems.
type rowReader struct {
	row           int
	header, field []string
	errs          Errors
}

func (r *rowReader) cell(i int) string {
	if i < 0 || i >= len(r.field) {
		return ""
	}
	return strings.TrimSpace(r.field[i])
}

func (r *rowReader) bad(i int, zh, en string) {
	r.errs = append(r.errs, &CellError{Row: r.row, Col: i + 1, Column: strings.TrimSpace(r.header[i]), Input: r.cell(i), Zh: zh, En: en})
}

// parseCommon reads the columns a round file and a grade list share: id, name, type,
// department, participation and cycle.
func parseCommon(r *rowReader, pos map[string]int) Record {
	rec := Record{Row: r.row, Cycle: 1}
	cell, bad := r.cell, r.bad
	if len(r.field) > len(r.header) {
		r.errs = append(r.errs, &CellError{Row: r.row, Col: len(r.header) + 1, Column: "-",
			Zh: fmt.Sprintf("该行有%d列，表头只有%d列", len(r.field), len(r.header)), En: fmt.Sprintf("%d fields but the header has %d", len(r.field), len(r.header))})
	}
	i := pos["id"]
	if rec.ID = cell(i); rec.ID == "" {
		bad(i, "编号为空", "empty id")
	}
	i = pos["name"]
	if rec.Name = cell(i); rec.Name == "" {
		bad(i, "名称为空", "empty name")
	}
	i = pos["type"]
	if t, err := platform.ParseType(cell(i)); err != nil {
		bad(i, "不是六类平台之一", "not one of the six platform types")
	} else {
		rec.Type = t
	}
	i = pos["department"]
	if rec.Department = cell(i); rec.Department == "" {
		bad(i, "主管部门为空", "empty supervising department")
	}
	i = pos["participation"]
	if p, ok := parseParticipation(cell(i)); !ok {
		bad(i, "参评情况应为 参评、无故未参评、中途退出 或 因故未参评", "participation must be took_part, absent_without_cause, withdrew or absent_with_cause")
	} else {
		rec.Participation = p
	}
	if i, ok := pos["cycle"]; ok && cell(i) != "" {
		n, err := strconv.Atoi(cell(i))
		if err != nil || n < 1 || n > 99 {
			bad(i, "周期应为1起的整数", "cycle must be a whole number from 1")
		} else {
			rec.Cycle = n
		}
	}
	return rec
}

func parseRow(row int, header, fields []string, pos map[string]int, dimPos [7]int) (Record, Errors) {
	r := &rowReader{row: row, header: header, field: fields}
	rec := parseCommon(r, pos)
	cell, bad := r.cell, r.bad
	total := -1
	if i, ok := pos["total"]; ok {
		total = i
	}
	hasTotal := total >= 0 && cell(total) != ""
	nDims := 0
	for _, p := range dimPos {
		if p >= 0 && cell(p) != "" {
			nDims++
		}
	}
	if rec.Participation != TookPart {
		// An absent or withdrawn platform is not scored; scores given anyway are ignored.
		return rec, r.errs
	}
	switch {
	case hasTotal && nDims > 0:
		bad(total, "同时给出了总分和分项得分，只能给出其一", "both a total and dimension scores: give one or the other")
	case hasTotal:
		if d, ok := parseScore(cell(total)); ok {
			rec.Total = &d
		} else {
			bad(total, "总分应为0至100的数", "the total must be a number from 0 to 100")
		}
	case nDims == 7:
		var dims [7]decimal.Decimal
		for d, p := range dimPos {
			if v, ok := parseScore(cell(p)); ok {
				dims[d] = v
			} else {
				bad(p, "得分应为0至100的数", "a score must be a number from 0 to 100")
			}
		}
		rec.Dims = &dims
	case nDims > 0:
		for _, p := range dimPos {
			if cell(p) == "" {
				bad(p, "分项得分缺失（七项须全部给出）", "missing dimension score (give all seven)")
			}
		}
	default:
		c, name := total, "total"
		if c < 0 {
			c = dimPos[0]
			name = header[c]
		}
		r.errs = append(r.errs, &CellError{Row: row, Col: c + 1, Column: name, Zh: "参评平台没有得分", En: "a participant with no score"})
	}
	return rec, r.errs
}

var toEvaluation = [...]evaluation.Participation{
	TookPart: evaluation.TookPart,
	Absent:   evaluation.AbsentWithoutCause,
	Withdrew: evaluation.Withdrew,
	Excused:  evaluation.AbsentWithCause,
}

// Evaluation returns the library's participation for p.
func (p Participation) Evaluation() evaluation.Participation { return toEvaluation[p] }

// ToRound turns the records into an evaluation round with the given ID and result date,
// carried out by 市科技局 (第十九条).
func ToRound(recs []Record, id string, date platform.Date) evaluation.Round {
	r := evaluation.Round{ID: id, ResultDate: date, Evaluator: evaluation.Evaluator{Kind: evaluation.Bureau},
		Participants: make([]evaluation.Participant, 0, len(recs))}
	for _, rec := range recs {
		p := evaluation.Participant{PlatformID: rec.ID, Type: rec.Type, Cycle: rec.Cycle, Department: rec.Department,
			Participation: rec.Participation.Evaluation(), Total: rec.Total}
		if rec.Dims != nil {
			p.Scores = evaluation.Scores{}
			for i, d := range evaluation.Dimensions() {
				p.Scores[d] = rec.Dims[i]
			}
		}
		r.Participants = append(r.Participants, p)
	}
	return r
}
