// Command cohort grades an evaluation round of Lhasa's S&T innovation platforms under the
// quotas of 第二十二条, computes each platform's cycle award (第二十三条) and the round's
// budget, and prints a readable report.
//
// With no file it runs on an embedded sample of 30 platforms of all six types:
//
//	go run ./examples/cohort
//	go run ./examples/cohort -lang en -group type
//	go run ./examples/cohort -format html -o round.html round.csv
//	go run ./examples/cohort -check proposed.csv
//
// Run it with -h for the flags and the CSV header.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/cohortreport"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/lhasa-sti/platform/examples/internal/sample"
	"github.com/lhasa-sti/platform/subsidy"
)

// sampleCSV is the embedded sample round.
var sampleCSV = sample.Round()

// intro opens the help, in both languages; the columns of the round file are listed from
// round.Columns, the list the parser reads.
func intro() cli.Text {
	return cli.Text{
		Zh: `cohort：按第二十二条的比例限制评定一轮绩效评估的等次，并计算第二十三条的周期绩效奖励

用法：cohort [参数] [评估轮次.csv | -]

不给文件时使用内置的30个平台的示例数据；“-”表示从标准输入读取。

CSV文件（UTF-8，带或不带BOM；或中文版Excel另存的GBK编码）第一行为表头，列的顺序不限，
每列用英文代码或中文列名均可：

` + columns(cli.Zh) + `
每行给出总分（total），或七项评估内容（第二十一条）的得分，一行只能给其一。

例如：
  编号,名称,类型,主管部门,参评情况,总分
  LS-SYS-2021-01,拉萨市高原生命健康重点实验室,重点实验室,市卫健委,参评,92.60

评分方案（七项评估内容的权重和四个等次的分数段）不在本办法中：第二十一条规定绩效评估细则另行
制定。不给 -scheme 时，cohort 使用示例评分方案，并在每份报告中注明；-print-scheme 以JSON输出
示例方案，可修改为正式方案（把 "illustrative" 改为 false，并写明文件名称）。

用 -check 时，文件是他人拟定的等次名单，按第二十二条审核而不评定等次：列与评估轮次文件相同，
但不要七项得分，总分可有可无（有总分才能看出同分），另加一列：

` + gradeColumn(cli.Zh) + `
输出每组的参评数量、优秀上限、较差下限、超出与不足的家数、突破比例之处（引用第二十二条）、
跨越界线的同分和未计入参评数量的平台；不给文件时使用内置的示例名单。

文件有错时列出每个错误所在的行和列，不输出报告，退出码为2。退出码为0表示报告已写出。

`,
		En: `cohort: grade an evaluation round under the quotas of 第二十二条 and compute the awards of 第二十三条

usage: cohort [flags] [round.csv | -]

With no file, cohort runs on an embedded sample of 30 platforms; "-" reads standard input.

The CSV file (UTF-8 with or without BOM, or GBK as Chinese Excel saves it) has a header row
naming its columns, in any order, by code or by Chinese heading:

` + columns(cli.En) + `
Each row gives a total, or the scores of the seven dimensions of 第二十一条: one or the other.

Example:
  id,name,type,department,participation,total
  LS-SYS-2021-01,拉萨市高原生命健康重点实验室,重点实验室,市卫健委,参评,92.60

The scoring scheme (weights of the seven dimensions and the score bands of the four grades)
is not in the measures: 第二十一条 leaves the detailed rules to be issued separately. Without
-scheme, cohort uses an ILLUSTRATIVE scheme and says so in every report; -print-scheme prints
it as JSON to edit into a real one (set "illustrative" to false and name the document).

With -check, the file is a grade list someone proposed, checked against 第二十二条 instead of
graded: the columns of a round file without the seven scores, the total optional (ties show
only with totals), and one more column:

` + gradeColumn(cli.En) + `
It prints each group's N, cap and floor, how many over and under, the breaches (citing
第二十二条), the ties across a limit and the platforms not counted in N; with no file it
checks an embedded sample list.

Errors in the file are reported with their row and column; nothing is printed then, and the
exit status is 2. Exit status 0 means the report was written.

`,
	}
}

// columns lists the round file's columns in language l, one a line: code, headings, what
// the column holds and whether it is needed.
func columns(l cli.Lang) string {
	var b strings.Builder
	for _, c := range round.Columns() {
		need := ""
		switch c.Need {
		case round.Optional:
			need = l.Pick("（可选）", " (optional)")
		case round.Score:
			need = l.Pick("（总分或七项得分）", " (a total or the seven scores)")
		}
		fmt.Fprintf(&b, "  %s %s%s\n      %s\n", cli.Pad(c.Code, 20), strings.Join(c.Headings, l.Pick("、", ", ")), need, l.Pick(c.Zh, c.En))
	}
	return b.String()
}

// gradeColumn describes the grade column of a proposed list, as columns does the others.
func gradeColumn(l cli.Lang) string {
	cols := round.GradeColumns()
	c := cols[len(cols)-1]
	return fmt.Sprintf("  %s %s\n      %s\n", cli.Pad(c.Code, 20), strings.Join(c.Headings, l.Pick("、", ", ")), l.Pick(c.Zh, c.En))
}

type config struct {
	lang         cli.Lang
	date         string
	withdrawnInN bool
	waiveBelow   int
	schedule     *subsidy.Schedule
	schedulePath string
	printScheme  bool
	format       string
	group        string
	scheme       string
	out          string
	round        string
	file         string
	// check reads the file as a proposed grade list and checks it against 第二十二条.
	check           bool
	capTie          string
	capTieException *evaluation.Exception
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := cli.NewFlagSet("cohort", args, stderr, intro())
	var lang string
	fs.String(&lang, "lang", "zh", cli.Text{Zh: "输出和帮助的语言：zh（中文）或 en（英文）", En: "language of the output and the help: zh or en"})
	fs.String(&c.format, "format", "table", cli.Text{Zh: "输出格式：table（表格）、csv、json 或 html（网页）", En: "output format: table, csv, json or html"})
	fs.String(&c.group, "group", "pooled", cli.Text{Zh: "等次比例的分组（第二十二条）：pooled（全部参评平台合并）、type（按类型）或 department（按主管部门）",
		En: "quota groups (第二十二条): pooled (the whole round), type or department"})
	fs.String(&c.scheme, "scheme", "", cli.Text{Zh: "评分方案`文件.json`（权重、分数段、比例）；默认为示例评分方案",
		En: "scoring scheme `file.json` (weights, bands, quotas); default: the illustrative scheme"})
	fs.String(&c.out, "o", "", cli.Text{Zh: "把报告写入`文件`（完整写出，或不写），而不是标准输出",
		En: "write the report to `file` (written whole, or not at all) instead of standard output"})
	fs.String(&c.round, "round", "", cli.Text{Zh: "报告中的评估轮次名称（默认为文件名，或 sample）",
		En: "round ID printed in the report (default: the file's name, or sample)"})
	fs.String(&c.date, "date", "2025-12-15", cli.Text{Zh: "评估结果的`日期`（YYYY-MM-DD）；其年份为预算年度",
		En: "`date` of the round's result (YYYY-MM-DD); its year is the budget year"})
	fs.Bool(&c.withdrawnInN, "withdrawn-in-n", false, cli.Text{Zh: "中途退出评估的平台计入参评数量N，按较差计（第二十二、二十四条；默认不计入）",
		En: "count platforms that withdrew midway in N, as 较差 (第二十二、二十四条; default: not counted)"})
	fs.Int(&c.waiveBelow, "waive-floor-below", 0, cli.Text{Zh: "参评平台少于`n`个的分组不设较差下限（第二十二条“原则上”；默认0：始终适用）",
		En: "do not impose the 较差 floor on a group of fewer than `n` graded platforms (第二十二条 原则上; default 0: always imposed)"})
	fs.Bool(&c.printScheme, "print-scheme", false, cli.Text{Zh: "以JSON输出示例评分方案（可作为 -scheme 的起点）后退出",
		En: "print the illustrative scheme as JSON (a starting point for -scheme) and exit"})
	fs.String(&c.schedulePath, "schedule", "", cli.Text{Zh: "资助奖励金额表`文件.json`（第十五、十七、二十三条的金额）；默认为本版",
		En: "subsidy schedule `file.json` (amounts of 第十五、十七、二十三条); default: this edition's"})
	fs.Bool(&c.check, "check", false, cli.Text{Zh: "把文件当作拟定的等次名单（有 grade 列，不要七项得分）按第二十二条审核，列出突破比例之处，而不评定等次",
		En: "read the file as a proposed grade list (a grade column, no dimension scores) and check it against 第二十二条, listing the breaches, instead of grading"})
	fs.String(&c.capTie, "cap-tie-exception", "", cli.Text{Zh: "记录的例外`决定机关：理由`：同分跨越优秀上限者一并评为优秀（第二十二条“原则上”；默认上限严格适用）",
		En: "a recorded exception `authority:reason`: a tie straddling the 优秀 cap is all 优秀 (第二十二条 原则上; default: the cap is strict)"})
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var err error
	if c.lang, err = cli.ParseLang(lang); err != nil {
		return c, err
	}
	switch c.format {
	case "table", "csv", "json", "html":
	default:
		return c, fmt.Errorf("unknown -format %q (want table, csv, json or html)", c.format)
	}
	if c.check && c.format != "table" && c.format != "json" {
		return c, fmt.Errorf("-check writes -format table or json, not %q", c.format)
	}
	if c.capTieException, err = parseException(c.capTie); err != nil {
		return c, err
	}
	switch c.group {
	case "pooled", "type", "department":
	default:
		return c, fmt.Errorf("unknown -group %q (want pooled, type or department)", c.group)
	}
	switch fs.NArg() {
	case 0:
	case 1:
		c.file = fs.Arg(0)
	default:
		return c, errors.New("give at most one round file")
	}
	return c, nil
}

// report is the report's configuration the flags give.
func (c config) report() cohortreport.Config {
	return cohortreport.Config{Round: c.round, Date: c.date, Group: c.group, WithdrawnInN: c.withdrawnInN,
		WaiveBelow: c.waiveBelow, Schedule: c.schedule, CapTieException: c.capTieException}
}

// options are the readings of 第二十二、二十四条 the flags ask for.
func (c config) options() evaluation.Options { return c.report().Options() }

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run is the whole program: it reads, grades, renders into memory and writes only when
// everything succeeded. It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return cli.ExitOK
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "cohort:", err)
		return cli.ExitUsage
	}
	if c.printScheme {
		b, err := json.MarshalIndent(evaluation.IllustrativeParameters(), "", "  ")
		if err == nil {
			err = cli.WriteOutput(c.out, stdout, append(b, '\n'))
		}
		if err != nil {
			_, _ = fmt.Fprintln(stderr, "cohort:", err)
			return cli.ExitUsage
		}
		return cli.ExitOK
	}
	data, source := sampleCSV, ""
	if c.check {
		data = sample.Grades()
	}
	switch c.file {
	case "":
	case "-":
		if data, err = io.ReadAll(stdin); err != nil {
			_, _ = fmt.Fprintln(stderr, "cohort:", err)
			return cli.ExitUsage
		}
		source = "stdin"
	default:
		if data, err = os.ReadFile(c.file); err != nil {
			_, _ = fmt.Fprintln(stderr, "cohort:", err)
			return cli.ExitUsage
		}
		source = c.file
	}
	if c.round == "" {
		c.round = "sample"
		if source != "" && source != "stdin" {
			c.round = strings.TrimSuffix(filepath.Base(source), filepath.Ext(source))
		}
	}
	progress := func(rows int) {
		_, _ = fmt.Fprintf(stderr, "cohort: %s %d\n", c.lang.Pick("已读取行数", "rows read"), rows)
	}
	read := round.ReadCSV
	if c.check {
		read = round.ReadGradesCSV
	}
	recs, enc, err := read(data, progress)
	if err != nil {
		name := source
		if name == "" {
			name = "sample"
		}
		var re round.Errors
		if errors.As(err, &re) {
			_, _ = fmt.Fprintf(stderr, "cohort: %s:\n%s\n", name, indent(re.Text(c.lang)))
		} else {
			_, _ = fmt.Fprintf(stderr, "cohort: %s: %v\n", name, err)
		}
		return cli.ExitUsage
	}
	if len(recs) > cli.ProgressThreshold {
		_, _ = fmt.Fprintf(stderr, "cohort: %s %d\n", c.lang.Pick("正在评定等次，平台数", "grading platforms:"), len(recs))
	}
	params, err := loadScheme(c.scheme)
	if err == nil && c.schedulePath != "" {
		c.schedule, err = loadSchedule(c.schedulePath)
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "cohort:", err)
		return cli.ExitUsage
	}
	if c.check {
		return runCheck(recs, params, c, source, enc, stdout, stderr)
	}
	rep, err := cohortreport.Build(recs, params, c.report())
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "cohort:", err)
		return cli.ExitUsage
	}
	rep.Source, rep.Encoding = source, enc
	var out []byte
	switch c.format {
	case "table":
		out = rep.Table(c.lang)
	case "csv":
		out = rep.CSV(c.lang)
	case "json":
		out, err = rep.JSON()
	case "html":
		out, err = rep.HTML(c.lang)
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "cohort:", err)
		return cli.ExitUsage
	}
	if err := cli.WriteOutput(c.out, stdout, out); err != nil {
		_, _ = fmt.Fprintln(stderr, "cohort:", err)
		return cli.ExitUsage
	}
	return cli.ExitOK
}

// runCheck checks a proposed grade list and writes the answer.
func runCheck(recs []round.Record, params evaluation.Parameters, c config, source, enc string, stdout, stderr io.Writer) int {
	rep, err := buildCheck(recs, params, c)
	if err != nil {
		_, _ = fmt.Fprintf(stderr, "cohort:\n%s\n", indent(err.Error()))
		return cli.ExitUsage
	}
	rep.Source, rep.Encoding = source, enc
	out := renderCheck(rep, c.lang)
	if c.format == "json" {
		if out, err = renderCheckJSON(rep); err != nil {
			_, _ = fmt.Fprintln(stderr, "cohort:", err)
			return cli.ExitUsage
		}
	}
	if err := cli.WriteOutput(c.out, stdout, out); err != nil {
		_, _ = fmt.Fprintln(stderr, "cohort:", err)
		return cli.ExitUsage
	}
	return cli.ExitOK
}

func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }
