// Command eligibility checks applications for filing (备案申请) against the filing standards
// of the annex and prints the verdict and every finding, with its clause and any shortfall.
//
//	go run ./examples/eligibility                     # the embedded sample applications
//	go run ./examples/eligibility -lang en app.json
//	go run ./examples/eligibility -json a.json b.json
//
// Exit status: 0 all eligible; 1 some ineligible; 3 some incomplete or needing review and
// none ineligible; 2 bad input (nothing is printed on stdout then).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/examples/internal/apps"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/sample"
)

// sampleJSON is the embedded sample of four applications.
var sampleJSON = sample.Applications()

// exitReview is the status when some application is incomplete or needs review and none is
// ineligible.
const exitReview = 3

// intro opens the help, in both languages.
var intro = cli.Text{
	Zh: `eligibility：按《拉萨市科技创新平台备案（建设）标准》审查备案申请

用法：eligibility [参数] [申请.json ...]

每个文件为一份申请（JSON对象）或多份申请（JSON对象数组）；“-”表示从标准输入读取。不给文件时
审查内置的四份示例申请（重点实验室、新型研发机构、工程技术研究中心、临床医学研究中心）。
申请的格式为 JSON 形式的 eligibility.Application："type"、"date"、"applicant"、该类平台的部分
（"key_laboratory": {...} 等）、"bans" 和 "reviews"。每项事实都可以不填：不填的事实结论为
信息不全，既不当作符合，也不当作不符合。未知的字段是错误。不给文件、加 -json 运行，可以看到
申请的格式。

退出码：0 全部符合；1 有不符合的；3 有信息不全或需评审的，且无不符合；2 输入或参数有误
（此时标准输出不输出任何内容）。

`,
	En: `eligibility: check applications for filing against 拉萨市科技创新平台备案（建设）标准

usage: eligibility [flags] [application.json ...]

Each file holds one application (a JSON object) or several (a JSON array of objects); "-"
reads standard input. With no file, eligibility checks an embedded sample of four
applications (a key laboratory, a new R&D institution, an engineering research centre and a
clinical research centre). The object is eligibility.Application in JSON: "type", "date",
"applicant", the part for the type ("key_laboratory": {...}, …), "bans" and "reviews". Every
fact is optional: a fact not given is reported as 信息不全 (unknown), never as a pass or a fail.
Places are six-digit division codes: "built_in" (where the platform is built, 第二条) and the
applicant's "registered_in" (where it is registered now) with "registered_in_since"; without
them the place is inferred (from a field station's site, or from the credit code, whose
division stays when a unit moves) and the finding says so.
Unknown fields are errors. Run with no file and -json to see the shape.

Exit status: 0 all eligible; 1 some ineligible; 3 some incomplete or needing review and none
ineligible; 2 bad input or flags (nothing is printed on stdout then).

`,
}

type config struct {
	lang       cli.Lang
	json       bool
	ids        bool
	out        string
	thresholds string
	opts       eligibility.Options
	files      []string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := cli.NewFlagSet("eligibility", args, stderr, intro)
	var lang string
	fs.String(&lang, "lang", "zh", cli.Text{Zh: "输出和帮助的语言：zh（中文）或 en（英文）", En: "language of the output and the help: zh or en"})
	fs.Bool(&c.json, "json", false, cli.Text{Zh: "以JSON输出结果（结论；每项审查的规则编号、条款、数值和中英文说明）",
		En: "print the results as JSON (verdict, findings with rule IDs, citations, values, both texts)"})
	fs.Bool(&c.ids, "ids", false, cli.Text{Zh: "按规则编号而不是文字列出每项审查（简短；条文措辞调整时不变）",
		En: "list each finding by its rule ID instead of its text (compact; stable when wording changes)"})
	fs.String(&c.out, "o", "", cli.Text{Zh: "把结果写入`文件`（完整写出，或不写），而不是标准输出",
		En: "write the output to `file` (whole, or not at all) instead of standard output"})
	fs.String(&c.thresholds, "thresholds", "", cli.Text{Zh: "备案标准数值表`文件.json`（eligibility.Thresholds）；默认为本版",
		En: "thresholds `file.json` (eligibility.Thresholds); default: this edition's"})
	fs.Bool(&c.opts.MetOnLastDay, "met-on-last-day", false, cli.Text{Zh: "期间（满2年、不低于2年）于最后一日当日即满足，而不是次日（《民法典》第二百零三条）",
		En: "a duration (满2年, 不低于2年) is met on its last day, not the day after (民法典 第二百零三条)"})
	fs.Bool(&c.opts.LookBackIncludesReferenceDay, "lookback-includes-application-day", false, cli.Text{Zh: "向前推算的期间（申报前2年、近三年）截至申报日当日",
		En: "a look-back (申报前2年, 近三年) runs up to the application day itself"})
	fs.Bool(&c.opts.DegreeRatioOverResearchStaff, "degree-ratio-over-research-staff", false, cli.Text{Zh: "新型研发机构第三条（四）：本科学历或中级职称以上人员比例的基数为科研人员，而不是职工总人数",
		En: "新型研发机构 第三条（四）: the 本科/中级 ratio is over research staff, not all employees"})
	fs.Bool(&c.opts.IntegrityForAllSections, "integrity-all-sections", false, cli.Text{Zh: "对野外科学观测研究站和临床医学研究中心也审查申报前2年的诚信情况（第二十五条）",
		En: "apply the 2-year integrity look-back to 野外站 and 临床医学研究中心 too (第二十五条)"})
	fs.Bool(&c.opts.PapersAnyTime, "papers-any-time", false, cli.Text{Zh: "重点实验室第三条（四）：论文不限发表时间，不只计近三年",
		En: "重点实验室 第三条（四）: count papers of any date, not only 近三年"})
	fs.Bool(&c.opts.RecentCalendarYears, "recent-calendar-years", false, cli.Text{Zh: "重点实验室第三条（四）：近三年为申报年度之前的三个完整自然年度",
		En: "重点实验室 第三条（四）: 近三年 is the three whole calendar years before the year of application"})
	fs.Bool(&c.opts.HigherPlansCount, "higher-plans-count", false, cli.Text{Zh: "临床医学研究中心第三条（三）：申报前3年内的国家级科技计划项目也计入",
		En: "临床医学研究中心 第三条（三）: a national plan project within the 3 years counts too"})
	fs.Bool(&c.opts.RegistrationDecidesArticle2, "registration-decides-article-2", false, cli.Text{Zh: "第二条：在拉萨市以外登记的单位即不符合，而不是交专家评审（第五条）",
		En: "第二条: a unit registered outside Lhasa fails it, rather than going to review (第五条)"})
	fs.Bool(&c.opts.ProjectsByStart, "projects-by-start", false, cli.Text{Zh: "重点实验室第三条（四）、临床医学研究中心第三条（三）：项目只按立项日期计，而不是按起止期间与统计期间重叠计",
		En: "重点实验室 第三条（四）, 临床 第三条（三）: count a project by its start (立项) alone, not by its span overlapping the period"})
	fs.Bool(&c.opts.GraduateTrainingEitherFact, "graduate-training-either-fact", false, cli.Text{Zh: "重点实验室第三条（六）：签署联合培养协议或建立双导师制之一即可，而不是两项均须具备",
		En: "重点实验室 第三条（六）: a joint-training agreement or a dual-supervisor system suffices, rather than both"})
	fs.Bool(&c.opts.LeadHospitalCounts, "lead-hospital-counts", false, cli.Text{Zh: "临床医学研究中心第三条（四）：牵头医院本身为市级医院的，计入市级优势医院",
		En: "临床医学研究中心 第三条（四）: a lead hospital of city level counts toward 市级优势医院不少于1家"})
	fs.Bool(&c.opts.OtherRegionsPlansCount, "other-regions-plans-count", false, cli.Text{Zh: "重点实验室第三条（四）、临床医学研究中心第三条（三）：其他地区的自治区级、市级科技计划也计入",
		En: "重点实验室 第三条（四）, 临床 第三条（三）: another region's 自治区级 and 市级 plans count too"})
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var err error
	if c.lang, err = cli.ParseLang(lang); err != nil {
		return c, err
	}
	c.files = fs.Args()
	return c, nil
}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// result is one application's decision, as printed.
type result struct {
	Source    string             `json:"source"`
	Index     int                `json:"index"`
	Applicant string             `json:"applicant,omitempty"`
	Result    eligibility.Result `json:"result"`
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return cli.ExitOK
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "eligibility:", err)
		return cli.ExitUsage
	}
	checker, err := loadChecker(c.thresholds)
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "eligibility:", err)
		return cli.ExitUsage
	}
	progress := func(n int) {
		_, _ = fmt.Fprintf(stderr, "eligibility: %s %d\n", c.lang.Pick("已读取申请", "applications read"), n)
	}
	var items []apps.Item
	var bad []*apps.InputError
	sources := c.files
	if len(sources) == 0 {
		sources = []string{""}
	}
	for _, f := range sources {
		var data []byte
		name := f
		switch f {
		case "":
			data, name = sampleJSON, "sample"
		case "-":
			data, err = io.ReadAll(stdin)
			name = "stdin"
		default:
			data, err = os.ReadFile(f)
		}
		if err != nil {
			bad = append(bad, &apps.InputError{Source: name, Err: err})
			continue
		}
		its, errs := apps.Read(name, data, progress)
		items = append(items, its...)
		bad = append(bad, errs...)
	}
	var results []result
	if len(bad) == 0 {
		for i, it := range items {
			if len(items) > cli.ProgressThreshold && (i+1)%cli.ProgressThreshold == 0 {
				_, _ = fmt.Fprintf(stderr, "eligibility: %s %d/%d\n", c.lang.Pick("已审查", "checked"), i+1, len(items))
			}
			res, err := checker.Check(it.App, c.opts)
			if err != nil {
				bad = append(bad, &apps.InputError{Source: it.Source, Index: it.Index, Line: it.Line, Err: err})
				continue
			}
			results = append(results, result{Source: it.Source, Index: it.Index, Applicant: it.App.Applicant.Name, Result: res})
		}
	}
	if len(bad) > 0 {
		for _, e := range bad {
			_, _ = fmt.Fprintln(stderr, "eligibility:", e.Text(c.lang))
		}
		return cli.ExitUsage
	}
	var out []byte
	if c.json {
		out, err = json.MarshalIndent(results, "", "  ")
		out = append(out, '\n')
	} else {
		out = renderText(results, c.lang, c.ids)
	}
	if err == nil {
		err = cli.WriteOutput(c.out, stdout, out)
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "eligibility:", err)
		return cli.ExitUsage
	}
	return exitCode(results)
}

// exitCode is 1 if any application is ineligible, else 3 if any is incomplete or needs
// review, else 0.
func exitCode(rs []result) int {
	code := cli.ExitOK
	for _, r := range rs {
		switch r.Result.Verdict {
		case platform.Ineligible:
			return cli.ExitFail
		case platform.Incomplete, platform.NeedsReview:
			code = exitReview
		}
	}
	return code
}

func loadChecker(path string) (*eligibility.Checker, error) {
	th := eligibility.DefaultThresholds()
	if path != "" {
		th = eligibility.Thresholds{}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&th); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	ch, err := eligibility.New(th)
	if err != nil && path != "" {
		err = fmt.Errorf("%s: %w", path, err)
	}
	return ch, err
}

var marks = map[platform.Outcome]string{platform.Pass: "✓", platform.Fail: "✗", platform.Unknown: "?", platform.Review: "△"}

func renderText(rs []result, l cli.Lang, ids bool) []byte {
	var b bytes.Buffer
	counts := map[platform.Verdict]int{}
	for i, r := range rs {
		counts[r.Result.Verdict]++
		if i > 0 {
			b.WriteString("\n")
		}
		name := r.Applicant
		if name == "" {
			name = l.Pick("（未填写申请单位）", "(applicant not named)")
		}
		t := r.Result.Type
		fmt.Fprintf(&b, "%s %d/%d  %s · %s  (%s#%d)\n", l.Pick("申请", "Application"), i+1, len(rs), name,
			l.Pick(t.Chinese(), t.English()), r.Source, r.Index)
		fmt.Fprintf(&b, "%s%s\n", l.Pick("结论：", "Verdict: "), l.Pick(r.Result.Verdict.Chinese(), r.Result.Verdict.English()))
		n := map[platform.Outcome]int{}
		for _, f := range r.Result.All() {
			n[f.Outcome]++
		}
		fmt.Fprintf(&b, "%s\n", l.Pick(
			fmt.Sprintf("（共%d项：符合%d，不符合%d，信息不全%d，需评审%d）", r.Result.Len(), n[platform.Pass], n[platform.Fail], n[platform.Unknown], n[platform.Review]),
			fmt.Sprintf("(%d findings: %d pass, %d fail, %d unknown, %d need review)", r.Result.Len(), n[platform.Pass], n[platform.Fail], n[platform.Unknown], n[platform.Review])))
		for _, f := range r.Result.All() {
			text := f.Chinese()
			if l == cli.En {
				text = f.English()
			}
			if ids {
				if f.Rule != nil {
					fmt.Fprintf(&b, "  %s %s\n", marks[f.Outcome], f.Rule.ID)
				}
				continue
			}
			m := marks[f.Outcome]
			if m == "" {
				m = " "
			}
			fmt.Fprintf(&b, "  %s %s\n", m, text)
			if note := l.Pick(f.NoteZh(), f.NoteEn()); note != "" && !strings.Contains(text, note) {
				fmt.Fprintf(&b, "      %s%s\n", l.Pick("说明：", "note: "), note)
			}
		}
		fmt.Fprintf(&b, "  %s%s %s\n", l.Pick("参数版本：", "thresholds: "), r.Result.Edition.Name, r.Result.Edition.Fingerprint)
	}
	fmt.Fprintf(&b, "\n%s\n", l.Pick(
		fmt.Sprintf("合计%d份：符合备案标准%d，不符合%d，材料不全%d，需专家评审%d", len(rs), counts[platform.Eligible], counts[platform.Ineligible], counts[platform.Incomplete], counts[platform.NeedsReview]),
		fmt.Sprintf("%d applications: %d eligible, %d ineligible, %d incomplete, %d need review", len(rs), counts[platform.Eligible], counts[platform.Ineligible], counts[platform.Incomplete], counts[platform.NeedsReview])))
	return b.Bytes()
}
