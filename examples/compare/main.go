// Command compare shows what a revision of the measures' parameter tables would change: it
// reruns the sample evaluation round and the sample applications (or given ones) under the
// current edition and under a second one, and prints who changes verdict or grade and how
// the budget moves, by platform type.
//
//	go run ./examples/compare                          # the embedded sample revision
//	go run ./examples/compare -edition revised.json -round round.csv -apps apps.json
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/apps"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/lhasa-sti/platform/examples/internal/sample"
	"github.com/lhasa-sti/platform/subsidy"
)

//go:embed testdata/revision.json
var revisionJSON []byte

// intro opens the help, in both languages.
var intro = cli.Text{
	Zh: `compare：参数表修订版会带来什么变化

用法：compare [参数]

修订版文件是一个JSON对象，可含以下任意部分，每部分都是对现行版的JSON合并补丁（只写改动之处）：
  "name"         修订版的名称
  "subsidy"      第十五、十七、二十三条的资助奖励金额表（subsidy.Schedule）；"filing"、
                 "upgrade"、"cycle" 的各行按类型、等次和级别对应，例如
                 {"cycle": [{"type": "key_laboratory", "grade": "good", "amount": "80万元"}]}
                 只改一个金额
  "eligibility"  附件备案标准的数值（eligibility.Thresholds），例如
                 {"key_laboratory_full_time_researchers": {"value": "20"}}
  "quotas"       第二十二条的等次比例（evaluation.Quotas），例如 {"excellent": {"percent": 25}}
未知的字段是错误；每张表都经过校验。不给 -edition 时，compare 使用内置的一个虚构修订版
（优秀比例上限25%，重点实验室奖励提高，若干备案标准数值调整）。

用两个版本分别评定评估轮次（内置的30个平台示例，或 -round 给出的CSV文件，格式同 cohort）、
审查备案申请（内置的四份，或 -apps 给出的JSON文件，格式同 eligibility），评分方案相同（示例
评分方案，或 -scheme），输出两版不同的参数、结论改变的申请、等次或奖励改变的平台，以及两版
按类型的预算。

退出码：0 已输出比较结果；2 参数或输入有误（此时不输出任何内容）。

`,
	En: `compare: what a revised edition of the parameter tables would change

usage: compare [flags]

An edition file is a JSON object with any of these parts, each a JSON merge patch over the
current edition (give only what changes):
  "name"         the edition's name
  "subsidy"      the schedule of 第十五、十七、二十三条 (subsidy.Schedule); rows of "filing",
                 "upgrade" and "cycle" are matched by their type, grade and level, so
                 {"cycle": [{"type": "key_laboratory", "grade": "good", "amount": "80万元"}]}
                 changes one amount
  "eligibility"  the thresholds of the annex (eligibility.Thresholds), e.g.
                 {"key_laboratory_full_time_researchers": {"value": "20"}}
  "quotas"       the quotas of 第二十二条 (evaluation.Quotas), e.g. {"excellent": {"percent": 25}}
Unknown fields are errors; every table is validated. Without -edition, compare uses an
embedded, invented revision (25% 优秀 cap, higher 重点实验室 awards, some thresholds moved).

It grades the round (the embedded sample round of 30 platforms, or -round file.csv in the
format cohort reads) and checks the applications (the embedded four, or -apps file.json in
the format eligibility reads) under both editions, with the same illustrative scoring scheme
(or -scheme), and prints the parameters that differ, the applications whose verdict changes,
the platforms whose grade or award changes, and the budget by type under both.

Exit status: 0 when the comparison is printed; 2 on bad flags or input (nothing printed then).

`,
}

type config struct {
	lang                        cli.Lang
	json, ids                   bool
	out, base, edition          string
	roundFile, appsFile, scheme string
	group, date                 string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := cli.NewFlagSet("compare", args, stderr, intro)
	var lang string
	fs.String(&lang, "lang", "zh", cli.Text{Zh: "输出和帮助的语言：zh（中文）或 en（英文）", En: "language of the output and the help: zh or en"})
	fs.Bool(&c.json, "json", false, cli.Text{Zh: "以JSON输出比较结果", En: "print the comparison as JSON"})
	fs.Bool(&c.ids, "ids", false, cli.Text{Zh: "按规则编号而不是文字列出改变的审查项目（简短；条文措辞调整时不变）",
		En: "name changed findings by rule ID instead of text (compact; stable when wording changes)"})
	fs.String(&c.out, "o", "", cli.Text{Zh: "把结果写入`文件`（完整写出，或不写），而不是标准输出",
		En: "write the output to `file` (whole, or not at all) instead of standard output"})
	fs.String(&c.edition, "edition", "", cli.Text{Zh: "修订版`文件.json`（默认：内置的示例修订版）", En: "the revised edition `file.json` (default: the embedded sample revision)"})
	fs.String(&c.base, "base", "", cli.Text{Zh: "作为比较基准的版本`文件.json`（默认：现行版）", En: "the edition `file.json` to compare against (default: the current edition)"})
	fs.String(&c.roundFile, "round", "", cli.Text{Zh: "评估轮次`文件.csv`（默认：内置示例轮次）", En: "an evaluation round `file.csv` (default: the embedded sample round)"})
	fs.String(&c.appsFile, "apps", "", cli.Text{Zh: "备案申请`文件.json`（默认：内置示例申请）", En: "applications `file.json` (default: the embedded sample applications)"})
	fs.String(&c.scheme, "scheme", "", cli.Text{Zh: "评分方案`文件.json`（evaluation.Parameters；其中的比例由各版本的比例代替）",
		En: "scoring scheme `file.json` (evaluation.Parameters; its quotas are replaced by each edition's)"})
	fs.String(&c.group, "group", "pooled", cli.Text{Zh: "等次比例的分组（第二十二条）：pooled（合并）、type（按类型）或 department（按主管部门）",
		En: "quota groups (第二十二条): pooled, type or department"})
	fs.String(&c.date, "date", "2025-12-15", cli.Text{Zh: "评估结果的`日期`；其年份为预算年度", En: "`date` of the round's result; its year is the budget year"})
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var err error
	if c.lang, err = cli.ParseLang(lang); err != nil {
		return c, err
	}
	if _, ok := groupings[c.group]; !ok {
		return c, fmt.Errorf("unknown -group %q (want pooled, type or department)", c.group)
	}
	if fs.NArg() > 0 {
		return c, errors.New("compare takes no arguments: use -edition, -round and -apps")
	}
	return c, nil
}

var groupings = map[string]evaluation.Grouping{"pooled": evaluation.Pooled, "type": evaluation.ByType, "department": evaluation.ByDepartment}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func readFile(path string, def []byte) ([]byte, string, error) {
	if path == "" {
		return def, "sample", nil
	}
	b, err := os.ReadFile(path)
	return b, path, err
}

func run(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return cli.ExitOK
	}
	fail := func(err error) int {
		_, _ = fmt.Fprintln(stderr, "compare:", err)
		return cli.ExitUsage
	}
	if err != nil {
		return fail(err)
	}
	base := current()
	if c.base != "" {
		b, err := os.ReadFile(c.base)
		if err != nil {
			return fail(err)
		}
		if base, err = applyPatch(base, b); err != nil {
			return fail(fmt.Errorf("%s: %w", c.base, err))
		}
		if base.Name == "现行版" {
			base.Name = c.base
		}
	}
	edData, edName, err := readFile(c.edition, revisionJSON)
	if err != nil {
		return fail(err)
	}
	rev, err := applyPatch(base, edData)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", edName, err))
	}
	if rev.Name == base.Name {
		rev.Name = edName
	}
	roundData, roundName, err := readFile(c.roundFile, sample.Round())
	if err != nil {
		return fail(err)
	}
	progress := func(n int) {
		_, _ = fmt.Fprintf(stderr, "compare: %s %d\n", c.lang.Pick("已读取行数", "rows read"), n)
	}
	recs, _, err := round.ReadCSV(roundData, progress)
	if err != nil {
		var re round.Errors
		if errors.As(err, &re) {
			return fail(fmt.Errorf("%s:\n  %s", roundName, strings.ReplaceAll(re.Text(c.lang), "\n", "\n  ")))
		}
		return fail(fmt.Errorf("%s: %w", roundName, err))
	}
	appData, appName, err := readFile(c.appsFile, sample.Applications())
	if err != nil {
		return fail(err)
	}
	items, bad := apps.Read(appName, appData, progress)
	if len(bad) > 0 {
		var lines []string
		for _, e := range bad {
			lines = append(lines, e.Text(c.lang))
		}
		return fail(errors.New(strings.Join(lines, "\n")))
	}
	params := evaluation.IllustrativeParameters()
	if c.scheme != "" {
		b, err := os.ReadFile(c.scheme)
		if err != nil {
			return fail(err)
		}
		if err := cli.DecodeJSON(b, &params); err != nil {
			return fail(fmt.Errorf("%s: %w", c.scheme, err))
		}
	}
	date, err := platform.ParseDate(c.date)
	if err != nil {
		return fail(fmt.Errorf("-date %q: %w", c.date, err))
	}
	if len(recs)+len(items) > cli.ProgressThreshold {
		_, _ = fmt.Fprintf(stderr, "compare: %s %d\n", c.lang.Pick("正在按两版参数重算，条数", "rerunning under both editions, items:"), len(recs)+len(items))
	}
	cmp, err := compare(base, rev, recs, round.ToRound(recs, roundName, date), items, params, groupings[c.group])
	if err != nil {
		return fail(err)
	}
	var out []byte
	if c.json {
		out, err = json.MarshalIndent(cmp, "", "  ")
		out = append(out, '\n')
	} else {
		out = render(cmp, c.lang, c.ids)
	}
	if err == nil {
		err = cli.WriteOutput(c.out, stdout, out)
	}
	if err != nil {
		return fail(err)
	}
	return cli.ExitOK
}

// comparison is what the program prints.
type comparison struct {
	Base      string         `json:"base"`
	Revised   string         `json:"revised"`
	Changes   []change       `json:"parameter_changes"`
	Apps      []appChange    `json:"applications"`
	AppsTotal int            `json:"applications_checked"`
	Groups    []groupChange  `json:"groups"`
	Platforms []gradeChange  `json:"platforms"`
	Graded    int            `json:"platforms_graded"`
	Budget    []budgetChange `json:"budget_by_type"`
	Total     budgetChange   `json:"budget_total"`
}

type appChange struct {
	Source    string           `json:"source"`
	Index     int              `json:"index"`
	Applicant string           `json:"applicant"`
	Type      platform.Type    `json:"type"`
	Before    platform.Verdict `json:"before"`
	After     platform.Verdict `json:"after"`
	Findings  []findingChange  `json:"findings"`
}

type findingChange struct {
	Rule     string           `json:"rule"`
	Citation string           `json:"citation"`
	Before   platform.Outcome `json:"before"`
	After    platform.Outcome `json:"after"`
	TextZh   string           `json:"zh"`
	TextEn   string           `json:"en"`
}

type groupChange struct {
	Key                       string `json:"key"`
	N                         int    `json:"n"`
	CapBefore, CapAfter       int
	FloorBefore, FloorAfter   int
	CountsBefore, CountsAfter [4]int
}

type gradeChange struct {
	ID          string          `json:"id"`
	Name        string          `json:"name"`
	Type        platform.Type   `json:"type"`
	Before      platform.Grade  `json:"before"`
	After       platform.Grade  `json:"after"`
	AwardBefore platform.Amount `json:"award_before"`
	AwardAfter  platform.Amount `json:"award_after"`
}

type budgetChange struct {
	Type   platform.Type   `json:"type,omitempty"`
	Before platform.Amount `json:"before"`
	After  platform.Amount `json:"after"`
}

// Delta is After − Before.
func (b budgetChange) Delta() platform.Amount { return b.After.Sub(b.Before) }

type graded struct {
	res    evaluation.Result
	awards map[string]platform.Amount
	budget subsidy.BudgetResult
}

func grade(e edition, rnd evaluation.Round, params evaluation.Parameters, g evaluation.Grouping) (graded, error) {
	params.Quotas = e.Quotas
	res, err := evaluation.Grade(rnd, params, evaluation.Options{GroupBy: g})
	if err != nil {
		return graded{}, err
	}
	out := graded{res: res, awards: map[string]platform.Amount{}}
	var plan subsidy.Plan
	type key struct {
		t     platform.Type
		g     platform.Grade
		cycle int
	}
	// subsidy.Cycle validates the schedule on every call; price each (type, grade, cycle) once.
	priced := map[key]platform.Amount{}
	for _, p := range res.Participants {
		if !p.Graded || !p.Final.Valid() {
			continue
		}
		k := key{p.Type, p.Final, p.Cycle}
		amount, ok := priced[k]
		if !ok {
			a, err := subsidy.Cycle(e.Subsidy, p.Type, p.Final, p.Cycle, subsidy.Options{})
			if err != nil {
				return graded{}, err
			}
			amount, priced[k] = a.Amount, a.Amount
		}
		out.awards[p.PlatformID] = amount
		plan.Graded = append(plan.Graded, subsidy.PlannedGrade{Type: p.Type, Grade: p.Final, Cycle: p.Cycle, Year: rnd.ResultDate.Year()})
	}
	if out.budget, err = subsidy.Budget(plan, e.Subsidy, subsidy.Options{}); err != nil {
		return graded{}, err
	}
	return out, nil
}

func compare(base, rev edition, recs []round.Record, rnd evaluation.Round, items []apps.Item, params evaluation.Parameters, g evaluation.Grouping) (*comparison, error) {
	changes, err := diff(base, rev)
	if err != nil {
		return nil, err
	}
	cmp := &comparison{Base: base.Name, Revised: rev.Name, Changes: changes, AppsTotal: len(items)}
	cb, err := eligibility.New(base.Eligibility)
	if err != nil {
		return nil, err
	}
	cr, err := eligibility.New(rev.Eligibility)
	if err != nil {
		return nil, err
	}
	for _, it := range items {
		rb, err := cb.Check(it.App, eligibility.Options{})
		if err != nil {
			return nil, fmt.Errorf("%s#%d: %w", it.Source, it.Index, err)
		}
		ra, err := cr.Check(it.App, eligibility.Options{})
		if err != nil {
			return nil, fmt.Errorf("%s#%d: %w", it.Source, it.Index, err)
		}
		ac := appChange{Source: it.Source, Index: it.Index, Applicant: it.App.Applicant.Name, Type: it.App.Type, Before: rb.Verdict, After: ra.Verdict}
		for _, f := range ra.All() {
			if f.Rule == nil {
				continue
			}
			before, ok := rb.Finding(f.Rule.ID)
			if ok && before.Outcome == f.Outcome {
				continue
			}
			ac.Findings = append(ac.Findings, findingChange{Rule: f.Rule.ID, Citation: f.Rule.Cite.String(), Before: before.Outcome,
				After: f.Outcome, TextZh: f.Chinese(), TextEn: f.English()})
		}
		if ac.Before != ac.After || len(ac.Findings) > 0 {
			cmp.Apps = append(cmp.Apps, ac)
		}
	}
	gb, err := grade(base, rnd, params, g)
	if err != nil {
		return nil, err
	}
	ga, err := grade(rev, rnd, params, g)
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	for _, r := range recs {
		names[r.ID] = r.Name
	}
	after := make(map[string]evaluation.ParticipantResult, len(ga.res.Participants))
	for _, q := range ga.res.Participants {
		after[q.PlatformID] = q
	}
	for _, p := range gb.res.Participants {
		if p.Graded {
			cmp.Graded++
		}
		q := after[p.PlatformID]
		if p.Final != q.Final || !gb.awards[p.PlatformID].Equal(ga.awards[p.PlatformID]) {
			cmp.Platforms = append(cmp.Platforms, gradeChange{ID: p.PlatformID, Name: names[p.PlatformID], Type: p.Type,
				Before: p.Final, After: q.Final, AwardBefore: gb.awards[p.PlatformID], AwardAfter: ga.awards[p.PlatformID]})
		}
	}
	for i, g := range gb.res.Groups {
		gc := groupChange{Key: g.Key, N: g.N, CapBefore: g.Cap, FloorBefore: g.Floor}
		if i < len(ga.res.Groups) {
			gc.CapAfter, gc.FloorAfter = ga.res.Groups[i].Cap, ga.res.Groups[i].Floor
			for j, gr := range platform.Grades() {
				gc.CountsAfter[j] = ga.res.Groups[i].Final.Of(gr)
			}
		}
		for j, gr := range platform.Grades() {
			gc.CountsBefore[j] = g.Final.Of(gr)
		}
		cmp.Groups = append(cmp.Groups, gc)
	}
	byType := func(b subsidy.BudgetResult) map[platform.Type]platform.Amount {
		m := map[platform.Type]platform.Amount{}
		for _, p := range b.ByType {
			m[p.Type] = p.Amount
		}
		return m
	}
	tb, ta := byType(gb.budget), byType(ga.budget)
	for _, t := range platform.Types() {
		cmp.Budget = append(cmp.Budget, budgetChange{Type: t, Before: tb[t], After: ta[t]})
	}
	cmp.Total = budgetChange{Before: gb.budget.Total, After: ga.budget.Total}
	return cmp, nil
}

func verdictText(v platform.Verdict, l cli.Lang) string { return l.Pick(v.Chinese(), v.English()) }

func gradeText(g platform.Grade, l cli.Lang) string {
	if !g.Valid() {
		return "—"
	}
	return l.Pick(g.Chinese(), g.English())
}

func signed(a platform.Amount) string {
	s := a.WanFigure().String()
	if a.Cmp(platform.Amount{}) > 0 {
		return "+" + s
	}
	return s
}

func render(c *comparison, l cli.Lang, ids bool) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n", l.Pick("比较："+c.Base+" → "+c.Revised, "Comparing: "+c.Base+" → "+c.Revised))

	fmt.Fprintf(&b, "\n%s\n", l.Pick("一、参数变化", "1. Parameters that change"))
	if len(c.Changes) == 0 {
		fmt.Fprintln(&b, l.Pick("  （无）", "  (none)"))
	} else {
		t := cli.Table{Header: strings.Split(l.Pick("参数|现行|修订", "Parameter|Before|After"), "|")}
		for _, ch := range c.Changes {
			t.Add(ch.Path, orDash(ch.From), orDash(ch.To))
		}
		t.Write(&b)
	}

	fmt.Fprintf(&b, "\n%s\n", l.Pick(fmt.Sprintf("二、备案申请（共%d份，结论或条款结果有变化的%d份）", c.AppsTotal, len(c.Apps)),
		fmt.Sprintf("2. Applications (%d checked, %d with a changed verdict or finding)", c.AppsTotal, len(c.Apps))))
	for _, a := range c.Apps {
		fmt.Fprintf(&b, "  %s · %s (%s#%d): %s → %s\n", a.Applicant, l.Pick(a.Type.Chinese(), a.Type.English()), a.Source, a.Index,
			verdictText(a.Before, l), verdictText(a.After, l))
		for _, f := range a.Findings {
			text := l.Pick(f.TextZh, f.TextEn)
			if ids {
				text = f.Rule
			}
			fmt.Fprintf(&b, "      %s → %s  %s\n", l.Pick(f.Before.Chinese(), f.Before.English()), l.Pick(f.After.Chinese(), f.After.English()), text)
		}
	}
	if len(c.Apps) == 0 {
		fmt.Fprintln(&b, l.Pick("  （无变化）", "  (no change)"))
	}

	fmt.Fprintf(&b, "\n%s\n", l.Pick(fmt.Sprintf("三、绩效评估（参评%d个平台）", c.Graded), fmt.Sprintf("3. Evaluation (%d platforms graded)", c.Graded)))
	gt := cli.Table{Header: strings.Split(l.Pick("分组|N|优秀上限|较差下限|优秀/良好/合格/较差（现行）|（修订）", "Group|N|Excellent cap|Poor floor|Exc/good/qual/poor (before)|(after)"), "|"),
		Right: []bool{false, true, true, true}}
	counts := func(c [4]int) string { return fmt.Sprintf("%d/%d/%d/%d", c[0], c[1], c[2], c[3]) }
	for _, g := range c.Groups {
		key := g.Key
		if key == "all" {
			key = l.Pick("全部参评平台", "whole round")
		} else if t, err := platform.ParseType(key); err == nil {
			key = l.Pick(t.Chinese(), t.English())
		}
		gt.Add(key, fmt.Sprint(g.N), fmt.Sprintf("%d→%d", g.CapBefore, g.CapAfter), fmt.Sprintf("%d→%d", g.FloorBefore, g.FloorAfter),
			counts(g.CountsBefore), counts(g.CountsAfter))
	}
	gt.Write(&b)
	if len(c.Platforms) == 0 {
		fmt.Fprintln(&b, l.Pick("  等次和奖励均无变化。", "  No grade or award changes."))
	} else {
		fmt.Fprintln(&b)
		pt := cli.Table{Header: strings.Split(l.Pick("编号|名称|类型|等次（现行→修订）|奖励（万元，现行→修订）", "ID|Name|Type|Grade (before→after)|Award (10k yuan, before→after)"), "|")}
		for _, p := range c.Platforms {
			pt.Add(p.ID, p.Name, l.Pick(p.Type.Chinese(), p.Type.English()), gradeText(p.Before, l)+" → "+gradeText(p.After, l),
				p.AwardBefore.WanFigure().String()+" → "+p.AwardAfter.WanFigure().String())
		}
		pt.Write(&b)
	}

	fmt.Fprintf(&b, "\n%s\n", l.Pick("四、本轮周期绩效奖励预算，按类型（万元）", "4. Cycle awards of the round by type (10k yuan)"))
	bt := cli.Table{Header: strings.Split(l.Pick("类型|现行|修订|变化", "Type|Before|After|Change"), "|"), Right: []bool{false, true, true, true}}
	for _, x := range c.Budget {
		bt.Add(l.Pick(x.Type.Chinese(), x.Type.English()), x.Before.WanFigure().String(), x.After.WanFigure().String(), signed(x.Delta()))
	}
	bt.Add(l.Pick("合计", "Total"), c.Total.Before.WanFigure().String(), c.Total.After.WanFigure().String(), signed(c.Total.Delta()))
	bt.Write(&b)
	return b.Bytes()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
