// Command cohort grades an evaluation round of Lhasa's S&T innovation platforms under the
// quotas of 第二十二条, computes each platform's cycle award (第二十三条) and the round's
// budget, and prints a readable report.
//
// With no file it runs on an embedded sample of 30 platforms of all six types:
//
//	go run ./examples/cohort
//	go run ./examples/cohort -lang en -group type
//	go run ./examples/cohort -format html -o round.html round.csv
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
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/lhasa-sti/platform/examples/internal/sample"
	"github.com/lhasa-sti/platform/subsidy"
)

// sampleCSV is the embedded sample round.
var sampleCSV = sample.Round()

const usageText = `cohort: grade an evaluation round under the quotas of 第二十二条 and compute the awards of 第二十三条

usage: cohort [flags] [round.csv | -]

With no file, cohort runs on an embedded sample of 30 platforms; "-" reads standard input.

The CSV file (UTF-8 with or without BOM, or GBK as Chinese Excel saves it) has a header row
naming its columns, in any order, by code or by Chinese heading:

  id             编号        the platform's ID, unique in the file
  name           名称        the platform's name
  type           类型        重点实验室, key_laboratory, 拉萨市重点实验室, … (the six types of 第二条)
  department     主管部门    the supervising department (市卫健委, 市农业农村局, …)
  participation  参评情况    参评 (or empty), 无故未参评, 中途退出, 因故未参评
                             (took_part, absent_without_cause, withdrew, absent_with_cause)
  cycle          周期        optional: the platform's evaluation cycle, 1, 2, … (default 1)
then a total, the seven dimension scores of 第二十一条, or both columns with each row filling one:
  total          总分        the total score, 0–100
  major_tasks 重大科技任务, key_technologies 关键技术攻关, industry_leadership 引领行业技术进步,
  innovation_services 技术创新服务, talent_team 人才队伍建设, commercialisation 成果转化产业化,
  incubation 培育孵化科技型企业                              each 0–100

Example:
  id,name,type,department,participation,total
  LS-SYS-2021-01,拉萨市高原生命健康重点实验室,重点实验室,市卫健委,参评,92.60

The scoring scheme (weights of the seven dimensions and the score bands of the four grades)
is not in the measures: 第二十一条 leaves the detailed rules to be issued separately. Without
-scheme, cohort uses an ILLUSTRATIVE scheme and says so in every report; -print-scheme prints
it as JSON to edit into a real one (set "illustrative" to false and name the document).

Errors in the file are reported with their row and column; nothing is printed then, and the
exit status is 2. Exit status 0 means the report was written.

flags:
`

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
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("cohort", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "zh", "output language: zh or en")
	fs.StringVar(&c.format, "format", "table", "output format: table, csv, json or html")
	fs.StringVar(&c.group, "group", "pooled", "quota groups (第二十二条): pooled (the whole round), type or department")
	fs.StringVar(&c.scheme, "scheme", "", "scoring scheme `file.json` (weights, bands, quotas); default: the illustrative scheme")
	fs.StringVar(&c.out, "o", "", "write the report to `file` (written whole, or not at all) instead of standard output")
	fs.StringVar(&c.round, "round", "", "round ID printed in the report (default: the file's name, or sample)")
	fs.StringVar(&c.date, "date", "2025-12-15", "`date` of the round's result (YYYY-MM-DD); its year is the budget year")
	fs.BoolVar(&c.withdrawnInN, "withdrawn-in-n", false, "count platforms that withdrew midway in N, as 较差 (第二十二、二十四条; default: not counted)")
	fs.IntVar(&c.waiveBelow, "waive-floor-below", 0, "do not impose the 较差 floor on a group of fewer than `n` graded platforms (第二十二条 原则上; default 0: always imposed)")
	fs.BoolVar(&c.printScheme, "print-scheme", false, "print the illustrative scheme as JSON (a starting point for -scheme) and exit")
	fs.StringVar(&c.schedulePath, "schedule", "", "subsidy schedule `file.json` (amounts of 第十五、十七、二十三条); default: this edition's")
	fs.Usage = func() {
		_, _ = fmt.Fprint(fs.Output(), usageText)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var err error
	if c.lang, err = cli.ParseLang(*lang); err != nil {
		return c, err
	}
	switch c.format {
	case "table", "csv", "json", "html":
	default:
		return c, fmt.Errorf("unknown -format %q (want table, csv, json or html)", c.format)
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
	recs, enc, err := round.ReadCSV(data, progress)
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
	rep, err := build(recs, params, c)
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "cohort:", err)
		return cli.ExitUsage
	}
	rep.Source, rep.Encoding = source, enc
	var out []byte
	switch c.format {
	case "table":
		out = renderTable(rep, c.lang)
	case "csv":
		out = renderCSV(rep, c.lang)
	case "json":
		out, err = renderJSON(rep)
	case "html":
		out, err = renderHTML(rep, c.lang)
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

func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }
