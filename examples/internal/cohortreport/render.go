package cohortreport

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/shopspring/decimal"
)

var shortTypeEn = [...]string{"", "eng. research centre", "field station", "key laboratory",
	"innovation centre", "clinical research centre", "new R&D institution"}

func typeLabel(t platform.Type, l cli.Lang) string {
	if l == cli.En {
		if t.Valid() {
			return shortTypeEn[t]
		}
		return ""
	}
	return t.Chinese()
}

// GradeLabel names a grade in language l.
func GradeLabel(g platform.Grade, l cli.Lang) string {
	if !g.Valid() {
		return "—"
	}
	return l.Pick(g.Chinese(), g.English())
}

// ScoreText writes a score with two decimals; a dash when there is none.
func ScoreText(d *decimal.Decimal) string {
	if d == nil {
		return "—"
	}
	return d.StringFixed(2)
}

// wan formats an amount as a figure of 万元 without unit ("150", "12.5").
func wan(a platform.Amount) string { return a.WanFigure().String() }

// ordered returns the platforms in reading order: by group (in the report's group order),
// then rank; those not graded follow, in file order.
func (r *Report) ordered() []platformRow {
	gi := map[string]int{}
	for i, g := range r.Groups {
		gi[g.Key] = i
	}
	out := append([]platformRow(nil), r.Platforms...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Graded != b.Graded {
			return a.Graded
		}
		if !a.Graded {
			return false
		}
		if gi[a.Group] != gi[b.Group] {
			return gi[a.Group] < gi[b.Group]
		}
		return a.Rank < b.Rank
	})
	return out
}

// GroupingText says how the quotas are grouped (pooled, type or department) in language l.
func GroupingText(grouping string, l cli.Lang) string {
	return (&Report{Grouping: grouping}).groupingText(l)
}

func (r *Report) groupingText(l cli.Lang) string {
	switch r.Grouping {
	case "type":
		return l.Pick("按平台类型分组计算", "computed per platform type")
	case "department":
		return l.Pick("按行业主管部门分组计算", "computed per supervising department")
	}
	return l.Pick("全体参评平台合并计算", "computed over the whole round")
}

func (r *Report) sourceText(l cli.Lang) string {
	if r.Source == "" {
		return l.Pick("内置示例数据", "embedded sample data")
	}
	return r.Source
}

func (r *Report) counts() (graded, notGraded int) {
	for _, p := range r.Platforms {
		if p.Graded {
			graded++
		} else {
			notGraded++
		}
	}
	return
}

func bandText(b bandRow, l cli.Lang) string {
	g := GradeLabel(b.Grade, l)
	switch {
	case b.To == nil:
		return fmt.Sprintf("%s ≥%s", g, b.From.String())
	case b.From.IsZero():
		return fmt.Sprintf("%s <%s", g, b.To.String())
	}
	return fmt.Sprintf("%s %s–%s", g, b.From.String(), b.To.String())
}

func (r *Report) schemeLines(l cli.Lang) []string {
	var lines []string
	name := l.Pick(r.Scheme.NameZh, r.Scheme.NameEn)
	lines = append(lines, l.Pick("评分方案：", "Scoring scheme: ")+name)
	if r.Scheme.Illustrative {
		lines = append(lines, l.Pick(
			"  ※ 示例方案，仅供演示：本办法第二十一条规定评估细则另行制定，权重和分数段不是本办法的规定。",
			"  ※ ILLUSTRATIVE ONLY: Art. 21 leaves the detailed rules to be issued separately; these weights and bands are not the measures'."))
	}
	var ws []string
	for _, w := range r.Scheme.Weights {
		ws = append(ws, l.Pick(w.Zh, w.En)+" "+w.Weight.StringFixed(2))
	}
	if len(ws) > 0 {
		lines = append(lines, l.Pick("  权重：", "  Weights: ")+strings.Join(ws, l.Pick("，", ", ")))
	}
	var bs []string
	for _, b := range r.Scheme.Bands {
		bs = append(bs, bandText(b, l))
	}
	if len(bs) > 0 {
		lines = append(lines, l.Pick("  分数段：", "  Bands: ")+strings.Join(bs, l.Pick("；", "; ")))
	}
	return lines
}

// Table writes the readable report.
func (r *Report) Table(l cli.Lang) []byte {
	var b bytes.Buffer
	graded, notGraded := r.counts()
	fmt.Fprintf(&b, "%s\n", l.Pick("拉萨市科技创新平台绩效评估 · 评估轮次 "+r.RoundID,
		"Lhasa S&T innovation platforms · evaluation round "+r.RoundID))
	fmt.Fprintf(&b, "%s%s%s\n", l.Pick("数据：", "Data: "), r.sourceText(l),
		l.Pick(fmt.Sprintf("（%d个平台，参评%d个，未评定等次%d个）", graded+notGraded, graded, notGraded),
			fmt.Sprintf(" (%d platforms: %d graded, %d not graded)", graded+notGraded, graded, notGraded)))
	for _, line := range r.schemeLines(l) {
		fmt.Fprintln(&b, line)
	}
	fmt.Fprintf(&b, "%s%s%s\n\n", l.Pick("比例限制（第二十二条）：", "Quotas (Art. 22): "), r.groupingText(l),
		l.Pick("，", "; ")+r.Quotas.text(l))

	t := cli.Table{
		Header: strings.Split(l.Pick("编号|名称|类型|主管部门|得分|名次|初定|最终|周期奖励(万元)|说明",
			"ID|Name|Type|Department|Score|Rank|Banded|Final|Award (10k yuan)|Note"), "|"),
		Right: []bool{4: true, 5: true, 8: true},
	}
	if r.Grouping != "pooled" {
		t.Header[5] = l.Pick("组内名次", "Rank in group")
	}
	for _, p := range r.ordered() {
		rank, award := "—", "—"
		if p.Graded {
			rank = strconv.Itoa(p.Rank)
			award = wan(p.Award)
		}
		t.Add(p.ID, p.Name, typeLabel(p.Type, l), p.Department, ScoreText(p.Score), rank,
			GradeLabel(p.Provisional, l), GradeLabel(p.Final, l), award, l.Pick(p.NoteZh, p.NoteEn))
	}
	t.Write(&b)

	fmt.Fprintf(&b, "\n%s\n", l.Pick("等次分布与比例限制（第二十二条）", "Grade distribution and quotas (Art. 22)"))
	g := cli.Table{
		Header: strings.Split(l.Pick("分组|参评数N|优秀上限|较差下限|优秀|良好|合格|较差|初定优秀|初定较差",
			"Group|N|Excellent cap|Poor floor|Excellent|Good|Qualified|Poor|Banded excellent|Banded poor"), "|"),
		Right: []bool{false, true, true, true, true, true, true, true, true, true},
	}
	for _, gr := range r.Groups {
		g.Add(l.Pick(gr.LabelZh, gr.LabelEn), strconv.Itoa(gr.N), strconv.Itoa(gr.Cap), strconv.Itoa(gr.Floor),
			strconv.Itoa(gr.Counts[0]), strconv.Itoa(gr.Counts[1]), strconv.Itoa(gr.Counts[2]), strconv.Itoa(gr.Counts[3]),
			strconv.Itoa(gr.Provisional[0]), strconv.Itoa(gr.Provisional[3]))
	}
	g.Write(&b)

	fmt.Fprintf(&b, "\n%s\n", l.Pick("本轮周期绩效奖励预算（第二十三条，万元）", "Cycle awards of the round (Art. 23, 10k yuan)"))
	bt := cli.Table{
		Header: strings.Split(l.Pick("类型|优秀|良好|合格/较差|金额(万元)", "Type|Excellent|Good|Qualified/poor|Amount (10k yuan)"), "|"),
		Right:  []bool{false, true, true, true, true},
	}
	for _, x := range r.Budget.ByType {
		bt.Add(typeLabel(x.Type, l), strconv.Itoa(x.Excellent), strconv.Itoa(x.Good), strconv.Itoa(x.Unpaid), wan(x.Amount))
	}
	bt.Add(l.Pick("合计", "Total"), "", "", "", wan(r.Budget.Total))
	bt.Write(&b)

	fmt.Fprintf(&b, "\n%s\n", l.Pick("参数版本", "Parameter editions"))
	for _, e := range r.Editions {
		fmt.Fprintf(&b, "  %s: %s %s\n", e.Table, e.Name, e.Fingerprint)
	}
	return b.Bytes()
}

// CSV writes one line per platform. In Chinese it writes Chinese headings and words
// with a UTF-8 byte-order mark, so that Excel opens it as it opens its own files; in
// English it writes stable codes.
func (r *Report) CSV(l cli.Lang) []byte {
	var b bytes.Buffer
	if l == cli.Zh {
		b.WriteString("\ufeff")
	}
	w := csv.NewWriter(&b)
	if l == cli.Zh {
		_ = w.Write(strings.Split("编号,名称,类型,主管部门,参评情况,周期,分组,得分,名次,初定等次,最终等次,周期奖励(元),说明", ","))
	} else {
		_ = w.Write(strings.Split("id,name,type,department,participation,cycle,group,score,rank,banded_grade,final_grade,award_yuan,note", ","))
	}
	for _, p := range r.ordered() {
		score, rank, prov, final, award := "", "", "", "", ""
		if p.Score != nil {
			score = p.Score.StringFixed(2)
		}
		if p.Graded {
			rank = strconv.Itoa(p.Rank)
			award = p.Award.YuanString()
			if l == cli.Zh {
				prov, final = p.Provisional.Chinese(), p.Final.Chinese()
			} else {
				prov, final = p.Provisional.String(), p.Final.String()
			}
		}
		typ, part := p.Type.String(), p.Participation
		if l == cli.Zh {
			typ, part = p.Type.Chinese(), participationText(p.Participation, true)
		}
		_ = w.Write([]string{p.ID, p.Name, typ, p.Department, part, strconv.Itoa(p.Cycle), p.Group, score, rank,
			prov, final, award, l.Pick(p.NoteZh, p.NoteEn)})
	}
	w.Flush()
	return b.Bytes()
}

// JSON writes the whole Report, findings included, as indented JSON.
func (r *Report) JSON() ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
