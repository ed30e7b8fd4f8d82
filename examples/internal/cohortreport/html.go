package cohortreport

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/shopspring/decimal"
)

// The HTML Report is one self-contained file: inline CSS, inline SVG charts, no scripts,
// no fonts or images fetched from anywhere.

type svgBar struct {
	X, Y, W, H     int
	PX, PY, PH     int // the banded (provisional) count, drawn as an outline
	Label, Value   string
	LabelX, ValueY int
	LabelY         int
	ValueFill      string
	Fill           string
}

type svgLine struct {
	X1, X2, Y int
	Label     string
}

type gradeChart struct {
	Title      string
	Width      int
	Height     int
	Bars       []svgBar
	Cap, Floor svgLine
	AxisY      int
}

type budgetBar struct {
	Label  string
	Y, W   int
	Value  string
	ValueX int
}

type budgetChart struct {
	Height int
	Bars   []budgetBar
}

type htmlRow struct {
	Cells []string
	Class string
}

type htmlPage struct {
	Lang        string
	Title       string
	Intro       []string
	SchemeLines []string
	Warning     string
	Grade       []gradeChart
	Budget      budgetChart
	Header      []string
	Rows        []htmlRow
	GroupHeader []string
	GroupRows   [][]string
	Total       string
	Editions    []editionRow
	Legend      [4]string
}

var gradeColours = [4]string{"#2e7d32", "#1565c0", "#9e9e9e", "#c62828"}

func gradeCharts(r *Report, l cli.Lang) []gradeChart {
	const plotH, top, left, slot, barW = 150, 24, 36, 70, 40
	var out []gradeChart
	for _, g := range r.Groups {
		maxY := max(1, g.Cap, g.Floor)
		for i := 0; i < 4; i++ {
			maxY = max(maxY, g.Counts[i], g.Provisional[i])
		}
		y := func(n int) int { return top + plotH - n*plotH/maxY }
		c := gradeChart{Title: l.Pick(g.LabelZh, g.LabelEn) + l.Pick("（N=", " (N=") + strconv.Itoa(g.N) + l.Pick("）", ")"),
			Width: left + 4*slot + 10, Height: top + plotH + 40, AxisY: top + plotH}
		for i, gr := range platform.Grades() {
			x := left + i*slot + (slot-barW)/2
			c.Bars = append(c.Bars, svgBar{
				X: x, Y: y(g.Counts[i]), W: barW, H: g.Counts[i] * plotH / maxY,
				PX: x - 4, PY: y(g.Provisional[i]), PH: g.Provisional[i] * plotH / maxY,
				Label: GradeLabel(gr, l), Value: strconv.Itoa(g.Counts[i]),
				LabelX: x + barW/2, ValueY: y(g.Counts[i]) - 4, LabelY: top + plotH + 16, Fill: gradeColours[i], ValueFill: "#222",
			})
			// The count goes inside a bar tall enough to hold it, so the quota labels above
			// the bars never cover it.
			if b := &c.Bars[len(c.Bars)-1]; b.H >= 18 {
				b.ValueY, b.ValueFill = b.Y+14, "#fff"
			}
		}
		c.Cap = svgLine{X1: left, X2: left + slot, Y: y(g.Cap), Label: l.Pick("上限 ", "cap ") + strconv.Itoa(g.Cap)}
		c.Floor = svgLine{X1: left + 3*slot, X2: left + 4*slot, Y: y(g.Floor), Label: l.Pick("下限 ", "floor ") + strconv.Itoa(g.Floor)}
		out = append(out, c)
	}
	return out
}

func budgetBars(r *Report, l cli.Lang) budgetChart {
	const barMax, rowH, labelW = 360, 30, 150
	maxA := decimal.Zero
	for _, x := range r.Budget.ByType {
		if x.Amount.Yuan().GreaterThan(maxA) {
			maxA = x.Amount.Yuan()
		}
	}
	var c budgetChart
	for i, x := range r.Budget.ByType {
		w := 0
		if maxA.IsPositive() {
			w = int(x.Amount.Yuan().Mul(decimal.NewFromInt(barMax)).DivRound(maxA, 0).IntPart())
		}
		c.Bars = append(c.Bars, budgetBar{Label: typeLabel(x.Type, l), Y: 10 + i*rowH, W: w,
			Value: wan(x.Amount) + l.Pick("万元", " ×10k yuan"), ValueX: labelW + w + 6})
	}
	c.Height = 20 + len(r.Budget.ByType)*rowH
	return c
}

const pageTemplate = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}
th{background:#f3f3f3}td.n{text-align:right}tr.ng td{color:#777}tr.adj td{background:#fff8e1}
.warn{border-left:4px solid #f9a825;background:#fffde7;padding:.4em .8em}
.charts{display:flex;flex-wrap:wrap;gap:1em}
svg text{font-size:11px;font-family:inherit}
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{range .Intro}}<p>{{.}}</p>
{{end}}{{if .Warning}}<p class="warn">{{.Warning}}</p>
{{end}}<ul>{{range .SchemeLines}}<li>{{.}}</li>{{end}}</ul>
<h2>{{index .Legend 0}}</h2>
<div class="charts">
{{range .Grade}}<svg xmlns="http://www.w3.org/2000/svg" width="{{.Width}}" height="{{.Height}}" role="img" aria-label="{{.Title}}">
<text x="4" y="14" font-weight="bold">{{.Title}}</text>
<line x1="30" x2="{{.Width}}" y1="{{.AxisY}}" y2="{{.AxisY}}" stroke="#444"/>
{{range .Bars}}<rect x="{{.PX}}" y="{{.PY}}" width="48" height="{{.PH}}" fill="none" stroke="#999" stroke-dasharray="3,2"/>
<rect x="{{.X}}" y="{{.Y}}" width="{{.W}}" height="{{.H}}" fill="{{.Fill}}"/>
<text x="{{.LabelX}}" y="{{.LabelY}}" text-anchor="middle">{{.Label}}</text>
<text x="{{.LabelX}}" y="{{.ValueY}}" text-anchor="middle" fill="{{.ValueFill}}">{{.Value}}</text>
{{end}}<line x1="{{.Cap.X1}}" x2="{{.Cap.X2}}" y1="{{.Cap.Y}}" y2="{{.Cap.Y}}" stroke="#e65100" stroke-width="2" stroke-dasharray="6,3"/>
<text x="{{.Cap.X1}}" y="{{.Cap.Y}}" dy="-3" fill="#e65100">{{.Cap.Label}}</text>
<line x1="{{.Floor.X1}}" x2="{{.Floor.X2}}" y1="{{.Floor.Y}}" y2="{{.Floor.Y}}" stroke="#6a1b9a" stroke-width="2" stroke-dasharray="6,3"/>
<text x="{{.Floor.X1}}" y="{{.Floor.Y}}" dy="-3" fill="#6a1b9a">{{.Floor.Label}}</text>
</svg>
{{end}}</div>
<p>{{index .Legend 2}}</p>
<h2>{{index .Legend 1}}</h2>
<svg xmlns="http://www.w3.org/2000/svg" width="640" height="{{.Budget.Height}}" role="img">
{{range .Budget.Bars}}<text x="0" y="{{.Y}}" dy="15">{{.Label}}</text>
<rect x="150" y="{{.Y}}" width="{{.W}}" height="20" fill="#00838f"/>
<text x="{{.ValueX}}" y="{{.Y}}" dy="15">{{.Value}}</text>
{{end}}</svg>
<p><strong>{{.Total}}</strong></p>
<h2>{{index .GroupHeader 0}}</h2>
<table><tr>{{range (slice .GroupHeader 1)}}<th>{{.}}</th>{{end}}</tr>
{{range .GroupRows}}<tr>{{range $i, $c := .}}<td{{if $i}} class="n"{{end}}>{{$c}}</td>{{end}}</tr>
{{end}}</table>
<h2>{{index .Header 0}}</h2>
<table><tr>{{range (slice .Header 1)}}<th>{{.}}</th>{{end}}</tr>
{{range .Rows}}<tr{{if .Class}} class="{{.Class}}"{{end}}>{{range .Cells}}<td>{{.}}</td>{{end}}</tr>
{{end}}</table>
<h2>{{index .Legend 3}}</h2>
<ul>{{range .Editions}}<li>{{.Table}}: {{.Name}} <code>{{.Fingerprint}}</code></li>{{end}}</ul>
</body>
</html>
`

// HTML writes the report as one self-contained page, its charts inline SVG.
func (r *Report) HTML(l cli.Lang) ([]byte, error) {
	graded, notGraded := r.counts()
	var lines []string
	warn := ""
	for i, line := range r.schemeLines(l) {
		line = strings.TrimSpace(line)
		if i == 1 && r.Scheme.Illustrative {
			warn = line
			continue
		}
		lines = append(lines, line)
	}
	p := htmlPage{
		Lang:  l.Pick("zh-CN", "en"),
		Title: l.Pick("拉萨市科技创新平台绩效评估 · 评估轮次 ", "Lhasa S&T innovation platforms · evaluation round ") + r.RoundID,
		Intro: []string{
			l.Pick("数据：", "Data: ") + r.sourceText(l) + l.Pick(
				"（"+strconv.Itoa(graded+notGraded)+"个平台，参评"+strconv.Itoa(graded)+"个，未评定等次"+strconv.Itoa(notGraded)+"个）",
				" ("+strconv.Itoa(graded+notGraded)+" platforms: "+strconv.Itoa(graded)+" graded, "+strconv.Itoa(notGraded)+" not graded)"),
			l.Pick("比例限制（第二十二条）：", "Quotas (Art. 22): ") + r.groupingText(l) + l.Pick("，", "; ") + r.Quotas.text(l),
		},
		SchemeLines: lines,
		Warning:     warn,
		Grade:       gradeCharts(r, l),
		Budget:      budgetBars(r, l),
		Total:       l.Pick("合计：", "Total: ") + wan(r.Budget.Total) + l.Pick("万元", " ×10k yuan") + " (" + r.Budget.Total.YuanString() + l.Pick("元", " yuan") + ")",
		Editions:    r.Editions,
		Legend: [4]string{
			l.Pick("等次分布与比例限制（第二十二条）", "Grade distribution against the quotas (Art. 22)"),
			l.Pick("本轮周期绩效奖励预算，按平台类型（第二十三条）", "Cycle awards of the round by platform type (Art. 23)"),
			l.Pick("实心柱：最终等次人数；虚线框：按分数段初定的人数；橙色虚线：优秀上限；紫色虚线：较差下限。",
				"Solid bars: final grades; dashed outlines: grades by score band before the quotas; orange line: the cap on excellent; purple line: the floor of poor."),
			l.Pick("参数版本", "Parameter editions"),
		},
	}
	p.GroupHeader = append([]string{l.Pick("分组统计", "Groups")}, stringsSplit(l.Pick(
		"分组|参评数N|优秀上限|较差下限|优秀|良好|合格|较差|初定优秀|初定较差",
		"Group|N|Excellent cap|Poor floor|Excellent|Good|Qualified|Poor|Banded excellent|Banded poor"))...)
	for _, g := range r.Groups {
		p.GroupRows = append(p.GroupRows, []string{l.Pick(g.LabelZh, g.LabelEn), strconv.Itoa(g.N), strconv.Itoa(g.Cap), strconv.Itoa(g.Floor),
			strconv.Itoa(g.Counts[0]), strconv.Itoa(g.Counts[1]), strconv.Itoa(g.Counts[2]), strconv.Itoa(g.Counts[3]),
			strconv.Itoa(g.Provisional[0]), strconv.Itoa(g.Provisional[3])})
	}
	p.Header = append([]string{l.Pick("平台明细", "Platforms")}, stringsSplit(l.Pick(
		"编号|名称|类型|主管部门|参评情况|得分|名次|初定|最终|周期奖励(万元)|说明",
		"ID|Name|Type|Department|Participation|Score|Rank|Banded|Final|Award (10k yuan)|Note"))...)
	for _, x := range r.ordered() {
		rank, award, class := "—", "—", ""
		if x.Graded {
			rank, award = strconv.Itoa(x.Rank), wan(x.Award)
			if x.Provisional != x.Final {
				class = "adj"
			}
		} else {
			class = "ng"
		}
		p.Rows = append(p.Rows, htmlRow{Class: class, Cells: []string{x.ID, x.Name, typeLabel(x.Type, l), x.Department,
			participationText(x.Participation, l == cli.Zh), ScoreText(x.Score), rank, GradeLabel(x.Provisional, l),
			GradeLabel(x.Final, l), award, l.Pick(x.NoteZh, x.NoteEn)}})
	}
	t, err := template.New("page").Parse(pageTemplate)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func stringsSplit(s string) []string { return strings.Split(s, "|") }
