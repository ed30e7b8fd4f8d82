// Command timeline replays an organisation's history of events under the measures and
// prints, as of a date, its timeline, what is due (annual reports, evaluations,
// rectification), its bans and whether it may apply for filing.
//
//	go run ./examples/timeline -asof 2026-03-01            # the embedded sample
//	go run ./examples/timeline -lang en -asof 2026-03-01 history.json
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/sample"
	"github.com/lhasa-sti/platform/lifecycle"
)

// sampleJSON is the embedded sample history; actsJSON the second sample (-sample acts).
var sampleJSON, actsJSON = sample.History(), sample.Acts()

// kinds and actors are the event kinds and actors a history may name, in both helps.
const kinds = `call, application,
recommendation, review, expert_review, proposed_list, notice, objection, objection_resolved,
filing, naming, annual_report, graded, rectification_opened, recheck_passed, recheck_failed,
no_show, withdrawal, fraud, unfinished_tasks, accident, ip_violation, misconduct, upgrade,
adjustment_review, adjustment_report, adjustment_supervisor_review, adjustment_approval,
report_forwarded, site_visit, prior_filing`

const actors = `city_stb, county, city_department, relying_unit, experts, third_party, supervisor,
committee, public`

// intro opens the help, in both languages.
var intro = cli.Text{
	Zh: `timeline：按《拉萨市科技创新平台管理办法（试行）》重放一个单位的事件

用法：timeline [参数] [事件记录.json | -]

文件为 JSON 形式的 lifecycle.History：{"organisation": "<统一社会信用代码>", "events": [...]}，
每个事件为 {"date", "kind", "actor", "platform", …}，按日期排列。事件类型（kind）：` + kinds + `。
行为主体（actor）：` + actors + `。
不给文件时重放内置示例：一个单位的一个重点实验室（2023年备案，升为自治区级，评估等次为良好）、
一个中途退出评估的工程技术研究中心，和一个因备案材料弄虚作假被清退的野外科学观测研究站（其尚未
拨付的备案扶持资助不再拨付，第二十五条）。
-sample acts 重放第二个示例：审查未通过后再次申请、两个部门推荐、
单独记录的现场考察、专家论证否定后市科技局例外列入、主管部门转报年度报告、结果后下达的整改通知、
未完成的更名、同一行为兼具第二十五条两种情形。

输出各平台情况；时间线（每个事件的后果和依据条款）；截至 -asof 日期的各项期限（第二十条的年度
报告、第二十二条的评估周期结束、第二十四条的整改）；应得奖励；第二十四、二十五条的禁止申请期间；
以及该单位在 -asof 当日能否申请备案。

退出码：0 已输出报告；2 参数或输入有误（此时不输出任何内容）。

`,
	En: `timeline: replay an organisation's events under 拉萨市科技创新平台管理办法（试行）

usage: timeline [flags] [history.json | -]

The file is a lifecycle.History in JSON: {"organisation": "<统一社会信用代码>", "events": [...]},
each event {"date", "kind", "actor", "platform", …} in date order. Kinds: ` + kinds + `.
Actors: ` + actors + `. With no file, timeline replays an embedded sample: an organisation with a
key laboratory (filed 2023, upgraded to 自治区级, graded 良好), an engineering research centre that
withdrew from its evaluation, and a field station cleared out for false filing material (its filing
subsidy not yet paid is no longer payable, 第二十五条).
-sample acts replays the second sample: an application applied
for again after a failed review, two departments' recommendations, a site visit recorded apart,
a listing against the experts' opinion, annual reports forwarded by the supervising body, a
rectification ordered after the result, an unfinished rename, one act under two heads of
第二十五条.

It prints the platforms, the timeline (each event, its consequence and clause), the deadlines
as of -asof (annual reports of 第二十条, the end of the evaluation cycle of 第二十二条, the
rectification of 第二十四条), the awards due, the bans of 第二十四、二十五条 and whether the
organisation may apply for filing on the -asof date.

Exit status: 0 when the report is printed; 2 on bad flags or input (nothing printed then).

`,
}

type config struct {
	lang    cli.Lang
	sample  string
	on      platform.Date
	json    bool
	ids     bool
	out     string
	asOf    platform.Date
	typ     platform.Type
	opts    lifecycle.Options
	file    string
	nowFunc func() time.Time
}

func parseFlags(args []string, stderr io.Writer, now func() time.Time) (config, error) {
	c := config{nowFunc: now}
	fs := cli.NewFlagSet("timeline", args, stderr, intro)
	var lang, asOf, typ string
	fs.String(&lang, "lang", "zh", cli.Text{Zh: "输出和帮助的语言：zh（中文）或 en（英文）", En: "language of the output and the help: zh or en"})
	fs.String(&asOf, "asof", "", cli.Text{Zh: "重放截至的`日期`（YYYY-MM-DD）；默认为今天", En: "the `date` (YYYY-MM-DD) to replay to; default today"})
	fs.String(&typ, "type", "", cli.Text{Zh: "问“能否申请”时的平台`类型`（默认：任一类型）", En: "platform `type` to ask \"may it apply?\" for (default: any type)"})
	fs.Bool(&c.json, "json", false, cli.Text{Zh: "以JSON输出重放后的状态", En: "print the replayed state as JSON"})
	fs.Bool(&c.ids, "ids", false, cli.Text{Zh: "以代码而不是文字显示事件类型、阶段和规则编号（简短；条文措辞调整时不变）",
		En: "show event kinds, stages and rule IDs as codes instead of texts (compact; stable when wording changes)"})
	fs.String(&c.out, "o", "", cli.Text{Zh: "把结果写入`文件`（完整写出，或不写），而不是标准输出",
		En: "write the output to `file` (whole, or not at all) instead of standard output"})
	fs.Bool(&c.opts.BanSamePlatformOnly, "ban-same-platform-only", false, cli.Text{Zh: "不得再次申请的限制只约束同类平台（第二十四、二十五条；默认约束整个单位）",
		En: "a ban binds only re-applying for the banned platform's type (第二十四、二十五条; default: the organisation)"})
	fs.Bool(&c.opts.WithdrawalNeedsNoCause, "withdrawal-needs-no-cause", false, cli.Text{Zh: "第二十四条的“无故”也限定中途退出（默认：中途退出即足以）",
		En: "第二十四条 无故 governs withdrawal too (default: withdrawal alone suffices)"})
	fs.Bool(&c.opts.ReportDayExcluded, "report-day-excluded", false, cli.Text{Zh: "第二十条“11月30日前”不含11月30日（默认：当日提交为按时）",
		En: "第二十条 11月30日前 excludes 11月30日 (default: it is on time)"})
	fs.Bool(&c.opts.RollDeadlines, "roll-deadlines", false, cli.Text{Zh: "期限最后一日为节假日的，顺延至其后第一个工作日（《民法典》第二百零三条）",
		En: "roll a deadline that falls on a holiday to the next working day (民法典 第二百零三条)"})
	fs.Bool(&c.opts.ClearanceKeepsFilingSubsidy, "clearance-keeps-filing-subsidy", false, cli.Text{Zh: "因弄虚作假清退的，第十五条备案扶持资助仍予保留并报请核查（第二十五条；默认：尚未拨付的不再拨付）",
		En: "after a 清退 for fraud the 第十五条 filing subsidy stands, flagged for review (第二十五条; default: what is not yet paid is no longer payable)"})
	fs.Bool(&c.opts.WorkingDays.StartDayCounts, "notice-first-day-counts", false, cli.Text{Zh: "公示开始当日计入5个工作日（第十三条（五））",
		En: "the public notice's first day counts as one of the 5 working days (第十三条（五）)"})
	fs.Bool(&c.opts.WorkingDays.Strict, "strict-calendar", false, cli.Text{Zh: "期间经过安排未经确认的拉萨节日时作为错误处理，而不是标注提示",
		En: "an unconfirmed Lhasa holiday in a notice window is an error, not a flag"})
	fs.Bool(&c.opts.ReportDueAtBureau, "report-due-at-bureau", false, cli.Text{Zh: "第二十条：年度报告须于11月30日前经主管部门审核报达市科技局（默认：11月30日约束依托单位的报告）",
		En: "第二十条: the report must reach the city bureau by 11月30日 (default: the date binds the relying unit's report)"})
	fs.Bool(&c.opts.RectificationFromResult, "rectification-from-result", false, cli.Text{Zh: "第二十四条：整改期限一律自较差结果之日起算（默认：自整改通知之日）",
		En: "第二十四条: the rectification limit counts from the 较差 result (default: from the order)"})
	fs.Bool(&c.opts.NameCollisionReview, "name-collision-review", false, cli.Text{Zh: "第十四条：与另一平台同名的，记录并标注待复核（默认：拒绝）",
		En: "第十四条: a name another platform holds is recorded and flagged for review (default: refused)"})
	var published, on, taken string
	fs.String(&published, "published", "", cli.Text{Zh: "本办法的发布`日期`（YYYY-MM-DD），据此判断第二十九条的有效期（默认：未知）",
		En: "the measures' publication `date` (YYYY-MM-DD), for the validity of 第二十九条 (default: unknown)"})
	fs.String(&on, "on", "", cli.Text{Zh: "问“能否申请”的申请`日期`（默认：-asof 日期）",
		En: "the application `date` to ask \"may it apply?\" for (default: the -asof date)"})
	fs.String(&taken, "taken-names", "", cli.Text{Zh: "其他单位平台已用的`名称`，以逗号分隔（第十四条）",
		En: "official `names` other organisations' platforms hold, comma-separated (第十四条)"})
	fs.String(&c.sample, "sample", "", cli.Text{Zh: "不给文件时重放的内置`示例`：history（默认）或 acts",
		En: "the embedded `sample` replayed when no file is given: history (default) or acts"})
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var err error
	if published != "" {
		ed := platform.DefaultEdition()
		if ed.Published, err = platform.ParseDate(published); err != nil {
			return c, fmt.Errorf("-published %q: %w", published, err)
		}
		c.opts.Edition = &ed
	}
	if taken != "" {
		c.opts.TakenNames = strings.Split(taken, ",")
	}
	switch c.sample {
	case "", "history", "acts":
	default:
		return c, fmt.Errorf("-sample %q: history or acts", c.sample)
	}
	if c.lang, err = cli.ParseLang(lang); err != nil {
		return c, err
	}
	if asOf == "" {
		c.asOf = platform.DateOf(c.nowFunc())
	} else if c.asOf, err = platform.ParseDate(asOf); err != nil {
		return c, fmt.Errorf("-asof %q: %w", asOf, err)
	}
	c.on = c.asOf
	if on != "" {
		if c.on, err = platform.ParseDate(on); err != nil {
			return c, fmt.Errorf("-on %q: %w", on, err)
		}
	}
	if typ != "" {
		if c.typ, err = platform.ParseType(typ); err != nil {
			return c, fmt.Errorf("-type %q: %w", typ, err)
		}
	}
	switch fs.NArg() {
	case 0:
	case 1:
		c.file = fs.Arg(0)
	default:
		return c, errors.New("give at most one history file")
	}
	return c, nil
}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runAt(args, stdin, stdout, stderr, time.Now)
}

// runAt is run with the clock given, so tests fix "today".
func runAt(args []string, stdin io.Reader, stdout, stderr io.Writer, now func() time.Time) int {
	c, err := parseFlags(args, stderr, now)
	if errors.Is(err, flag.ErrHelp) {
		return cli.ExitOK
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "timeline:", err)
		return cli.ExitUsage
	}
	data, source := sampleJSON, "sample"
	if c.sample == "acts" {
		data, source = actsJSON, "sample acts"
	}
	switch c.file {
	case "":
	case "-":
		data, err = io.ReadAll(stdin)
		source = "stdin"
	default:
		data, err = os.ReadFile(c.file)
		source = c.file
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "timeline:", err)
		return cli.ExitUsage
	}
	var h lifecycle.History
	if err := cli.DecodeJSON(data, &h); err != nil {
		_, _ = fmt.Fprintf(stderr, "timeline: %s:%v\n", source, prefixPos(err))
		return cli.ExitUsage
	}
	if len(h.Events) > cli.ProgressThreshold {
		_, _ = fmt.Fprintf(stderr, "timeline: %s %d\n", c.lang.Pick("正在重放事件", "replaying events:"), len(h.Events))
	}
	st, err := lifecycle.Replay(h, c.asOf, c.opts)
	if err != nil {
		_, _ = fmt.Fprintf(stderr, "timeline: %s: %v\n", source, err)
		return cli.ExitUsage
	}
	perm := st.MayApply(c.on, c.typ)
	var out []byte
	if c.json {
		out, err = json.MarshalIndent(struct {
			State    lifecycle.State      `json:"state"`
			Timeline []lifecycle.Row      `json:"timeline"`
			MayApply lifecycle.Permission `json:"may_apply"`
		}{st, st.Timeline(), perm}, "", "  ")
		out = append(out, '\n')
	} else {
		out = render(&st, perm, source, c.lang, c.ids)
	}
	if err == nil {
		err = cli.WriteOutput(c.out, stdout, out)
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "timeline:", err)
		return cli.ExitUsage
	}
	return cli.ExitOK
}

func prefixPos(err error) string {
	var je *cli.JSONError
	if errors.As(err, &je) && je.Line > 0 {
		return je.Error()
	}
	return " " + err.Error()
}

var marks = map[platform.Outcome]string{platform.Pass: "✓", platform.Fail: "✗", platform.Unknown: "?", platform.Review: "△"}

func dateText(d platform.Date) string {
	if d.IsZero() {
		return "—"
	}
	return d.String()
}

func render(st *lifecycle.State, perm lifecycle.Permission, source string, l cli.Lang, ids bool) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %s · %s %s · %s%s\n", l.Pick("单位", "Organisation"), st.Organisation,
		l.Pick("截至", "as of"), st.AsOf, l.Pick("数据：", "data: "), source)
	switch st.Validity.Outcome {
	case platform.Unknown:
		fmt.Fprintln(&b, l.Pick("有效期（第二十九条）：发布日期未知，无法判断事件是否在有效期内。",
			"Validity (Art. 29): the publication date is unknown, so whether the events fall in the 5-year term is unknown."))
	case platform.Fail:
		w := st.Validity.Window
		fmt.Fprintf(&b, "%s%s – %s%s\n", l.Pick("有效期（第二十九条）：", "Validity (Art. 29): in force "), w.From, w.To,
			l.Pick("；以下事件不在有效期内，不产生本办法规定的后果：", "; these events fall outside it, and no consequence of the measures rests on them:"))
		for _, i := range st.Validity.Outside {
			for _, e := range st.Entries {
				if e.Index == i {
					kind := l.Pick(e.Kind.Chinese(), e.Kind.English())
					if ids {
						kind = e.Kind.String()
					}
					fmt.Fprintf(&b, "  %s  %s  %s\n", e.Date, e.Platform, kind)
					break
				}
			}
		}
	}

	fmt.Fprintf(&b, "\n%s\n", l.Pick("平台", "Platforms"))
	pt := cli.Table{Header: strings.Split(l.Pick("编号|类型|名称|阶段|级别|备案日|当前周期|周期起止", "ID|Type|Name|Stage|Level|Filed|Cycle|Cycle runs"), "|")}
	for _, p := range st.Platforms {
		cycle, span := "—", "—"
		if p.Cycle > 0 {
			cycle = strconv.Itoa(p.Cycle)
			span = p.CycleFrom.String() + " – " + p.CycleTo.String()
		}
		level := "—"
		if p.Level.Valid() {
			level = l.Pick(p.Level.Chinese(), p.Level.English())
		}
		stage := l.Pick(p.Stage.Chinese(), strings.ReplaceAll(p.Stage.String(), "_", " "))
		if ids {
			stage = p.Stage.String()
		}
		pt.Add(p.ID, l.Pick(p.Type.Chinese(), p.Type.English()), p.Name, stage, level,
			dateText(p.Filed), cycle, span)
	}
	pt.Write(&b)

	fmt.Fprintf(&b, "\n%s\n", l.Pick("时间线", "Timeline"))
	tt := cli.Table{Header: strings.Split(l.Pick(" |日期|平台|事件|依据|后果", " |Date|Platform|Event|Clause|Consequence"), "|")}
	for _, r := range timelineRows(st, ids) {
		cite := r.Cite.String()
		if l == cli.En {
			cite = r.Cite.English()
		}
		tt.Add(marks[r.Outcome], r.Date.String(), r.Platform, l.Pick(r.Event, r.EventEn), cite, l.Pick(r.Consequence, r.ConsequenceEn))
	}
	tt.Write(&b)

	fmt.Fprintf(&b, "\n%s\n", l.Pick("期限", "Deadlines"))
	dt := cli.Table{Header: strings.Split(l.Pick("平台|事项|截止日|状态|依据", "Platform|What|Due|Status|Clause"), "|")}
	for _, p := range st.Platforms {
		for _, r := range p.Reports {
			status := reportStatus(r, l)
			if !r.Forwarded.IsZero() {
				status += l.Pick("，转报 ", ", forwarded ") + r.Forwarded.String()
			}
			dt.Add(p.ID, l.Pick(fmt.Sprintf("%d年度工作总结报告", r.Year), fmt.Sprintf("annual report %d", r.Year)),
				r.Due.String(), status, l.Pick("第二十条", "Art. 20"))
		}
		if p.Cycle > 0 && p.Stage.Operating() {
			dt.Add(p.ID, l.Pick(fmt.Sprintf("第%d个评估周期届满（接受绩效评估）", p.Cycle), fmt.Sprintf("end of evaluation cycle %d (evaluation due)", p.Cycle)),
				p.CycleTo.String(), l.Pick("周期进行中", "cycle running"), l.Pick("第二十二条", "Art. 22"))
		}
		if rc := p.Rectification; rc != nil {
			status := l.Pick("整改中", "open")
			switch {
			case !rc.Closed.IsZero() && rc.Passed:
				status = l.Pick("复查通过 ", "passed ") + rc.Closed.String()
			case !rc.Closed.IsZero():
				status = l.Pick("复查未通过 ", "failed ") + rc.Closed.String()
			case rc.Overdue:
				status = l.Pick("逾期未复查", "overdue: no re-check recorded")
			}
			what := l.Pick("限期整改", "rectification")
			if !rc.Ordered.IsZero() {
				what += l.Pick("（整改通知 "+rc.Ordered.String()+"）", " (ordered "+rc.Ordered.String()+")")
			}
			dt.Add(p.ID, what, rc.Deadline.String(), status, l.Pick("第二十四条", "Art. 24"))
		}
		for _, a := range p.Adjustments {
			if a.Next.Valid() {
				dt.Add(p.ID, l.Pick("第二十六条调整（"+a.Kind.Chinese()+"）下一步："+a.Next.Chinese(), "adjustment ("+a.Kind.String()+"), next: "+a.Next.English()),
					"—", l.Pick("待"+a.NextActor.Chinese(), "by the "+a.NextActor.English()), l.Pick("第二十六条", "Art. 26"))
			}
		}
		if n := p.Notice; n != nil && !n.LastDay.IsZero() && p.Filed.IsZero() && !p.Stage.Final() {
			status := l.Pick("公示中", "running")
			if len(n.Unconfirmed) > 0 {
				status = l.Pick("假日安排未确认（见下）", "holiday arrangement unconfirmed (see below)")
			}
			dt.Add(p.ID, l.Pick("公示5个工作日", "public notice of 5 working days"), n.LastDay.String(), status, l.Pick("第十三条（五）", "Art. 13(5)"))
		}
	}
	if len(dt.Rows) == 0 {
		fmt.Fprintln(&b, l.Pick("  （无）", "  (none)"))
	} else {
		dt.Write(&b)
	}
	writeNoticeCalendars(&b, st, l)

	fmt.Fprintf(&b, "\n%s\n", l.Pick("应享受的奖励扶持", "Awards due"))
	at := cli.Table{Header: strings.Split(l.Pick("平台|类别|日期|依据|金额(万元)|应拨付(万元)|说明",
		"Platform|Kind|Date|Clause|Amount (10k yuan)|Payable (10k yuan)|Note"), "|"), Right: []bool{4: true, 5: true}}
	total, payable := platform.Amount{}, platform.Amount{}
	for _, a := range st.Awards {
		note := ""
		if !a.Withheld.IsZero() {
			note = l.Pick("第二十五条 清退：尚未拨付的 "+a.Withheld.Wan()+" 不再拨付",
				"Art. 25 cleared out: the "+a.Withheld.English()+" not yet paid is no longer payable")
		}
		at.Add(a.Platform, awardText(a, l), a.Date.String(), citeText(a.Cite, l), a.Amount.WanFigure().String(),
			a.Payable.WanFigure().String(), note)
		total, payable = total.Add(a.Amount), payable.Add(a.Payable)
	}
	at.Add(l.Pick("合计", "Total"), "", "", "", total.WanFigure().String(), payable.WanFigure().String(), "")
	at.Write(&b)

	fmt.Fprintf(&b, "\n%s\n", l.Pick("禁止申请与失信名单", "Bans and the blacklist"))
	if len(st.Bans) == 0 && len(st.Blacklist) == 0 {
		fmt.Fprintln(&b, l.Pick("  （无）", "  (none)"))
	}
	for _, ban := range st.Bans {
		scope := l.Pick("本单位", "the organisation")
		if ban.Scope == lifecycle.PlatformScope {
			scope = l.Pick("同类平台（"+ban.Type.Chinese()+"）", "the same type ("+ban.Type.English()+")")
		}
		fmt.Fprintf(&b, "  %s\n", l.Pick(
			fmt.Sprintf("%s（%s）：约束%s，自%s起%s，至%s止", ban.Article, banKindZh(ban.Kind), scope, ban.From, ban.Period.Chinese(), ban.LastDay),
			fmt.Sprintf("%s (%s): binds %s, %s from %s, last day %s", ban.Article.English(), ban.Kind, scope, ban.Period.English(), ban.From, ban.LastDay)))
	}
	for _, p := range st.Platforms {
		for _, c := range p.Consequences {
			fmt.Fprintf(&b, "  %s %s %s%s%s\n", p.ID, c.Date, citeText(c.Article, l), l.Pick("：", ": "), consequenceText(c, l))
		}
	}
	for _, li := range st.Blacklist {
		fmt.Fprintf(&b, "  %s %s %s %s\n", citeText(li.Article, l), l.Pick("列入科研诚信失信名单", "research-integrity blacklist"), li.Platform, li.Date)
	}

	fmt.Fprintf(&b, "\n%s\n", l.Pick("可否申请备案", "May it apply for filing"))
	what := l.Pick("任一类型平台", "a platform of any type")
	if perm.Type.Valid() {
		what = l.Pick(perm.Type.Chinese(), "a "+perm.Type.English())
	}
	if perm.May {
		fmt.Fprintf(&b, "  %s %s%s\n", perm.On, what, l.Pick("：可以申请（无禁止申请情形）。", ": may apply (no ban binds)."))
	} else {
		fmt.Fprintf(&b, "  %s\n", l.Pick(
			fmt.Sprintf("%s %s：不得申请，禁止期至%s（%s），自%s起可再次申请。", perm.On, what, perm.Until, perm.Article, perm.From),
			fmt.Sprintf("%s %s: may not apply; barred until %s (%s), may apply from %s.", perm.On, what, perm.Until, perm.Article.English(), perm.From)))
	}
	for _, f := range perm.Findings {
		if perm.On.After(st.AsOf) && f.Outcome != platform.Fail {
			fmt.Fprintf(&b, "  %s\n", l.Pick(f.NoteZh(), f.NoteEn()))
		}
	}
	if perm.Type.Valid() {
		fmt.Fprintf(&b, "  %s\n", eligibilityLine(st, perm, l))
	}
	if perm.Blacklisted {
		fmt.Fprintln(&b, l.Pick("  注：已列入科研诚信失信名单；本办法未将其作为备案的禁止条件，备案标准中的诚信条款据此审查。",
			"  Note: on the research-integrity blacklist; the measures do not make it a bar to filing, the filing standards' integrity clauses weigh it."))
	}
	fmt.Fprintf(&b, "\n%s %s\n", l.Pick("参数版本：", "Edition:"), st.Edition.Name+" "+st.Edition.Fingerprint)
	return b.Bytes()
}

// eligibilityLine is eligibility's answer to the same question, fed from
// State.EligibilityBans: the second hand-over, which agrees with MayApply. Where MayApply
// cannot tell (a date after the as-of date whose later events could not be replayed), the
// ban record is not supplied (Permission.EligibilityFact), so eligibility answers Unknown
// instead of "no ban".
func eligibilityLine(st *lifecycle.State, perm lifecycle.Permission, l cli.Lang) string {
	bans := eligibility.Some(st.EligibilityBans(perm.Type))
	if perm.Outcome == platform.Unknown {
		bans = perm.EligibilityFact()
	}
	app := eligibility.Application{Type: perm.Type, Date: perm.On, Bans: bans}
	res, err := eligibility.Check(app, eligibility.Options{})
	if err != nil {
		return l.Pick("eligibility：", "eligibility: ") + err.Error()
	}
	unknown := false
	for _, f := range res.All() {
		if f.Rule == nil || (f.Rule.ID != "eligibility.24.ban" && f.Rule.ID != "eligibility.25.ban") {
			continue
		}
		switch f.Outcome {
		case platform.Fail:
			return l.Pick("eligibility（依 EligibilityBans）：禁止申请期内，不符合（"+f.Rule.Cite.String()+"）。",
				"eligibility (from EligibilityBans): within a ban, not eligible ("+f.Rule.Cite.English()+").")
		case platform.Unknown:
			unknown = true
		}
	}
	if unknown {
		return l.Pick("eligibility（依 EligibilityBans）：截止日之后的事件无法重放，是否有禁止申请情形不明。",
			"eligibility (from EligibilityBans): the events after the as-of date could not be replayed, so whether a ban binds is unknown.")
	}
	return l.Pick("eligibility（依 EligibilityBans）：无禁止申请情形。", "eligibility (from EligibilityBans): no ban binds.")
}

// consequenceText names a consequence of 第二十五条 and the heads it follows from.
func consequenceText(c lifecycle.Consequence, l cli.Lang) string {
	zh := map[string]string{"cleared": "清退", "not_filed": "不予备案", "delisted": "摘牌", "accountability": "问责处理",
		"ban": "不得申请备案至" + c.LastDay.String(), "blacklist": "列入科研诚信黑名单"}[c.Kind]
	en := strings.ReplaceAll(c.Kind, "_", " ")
	if c.Kind == "ban" {
		en = "barred from applying until " + c.LastDay.String()
	}
	hs := make([]string, 0, len(c.Heads))
	for _, k := range c.Heads {
		hs = append(hs, l.Pick(k.Chinese(), k.English()))
	}
	return l.Pick(zh+"（"+strings.Join(hs, "、")+"）", en+" ("+strings.Join(hs, ", ")+")")
}

// writeNoticeCalendars prints, for each public notice whose count used an arrangement taken
// from a transcription or not confirmed (a year counted provisionally, a Lhasa festival not
// known), what the calendar said of it: the notice finding's note. Nothing when there is none.
func writeNoticeCalendars(b *bytes.Buffer, st *lifecycle.State, l cli.Lang) {
	header := false
	for _, p := range st.Platforms {
		n := p.Notice
		if n == nil || (len(n.Unconfirmed) == 0 && len(n.Transcribed) == 0) {
			continue
		}
		var f *platform.Finding
		for i := range st.Entries {
			if e := &st.Entries[i]; e.Kind == lifecycle.NoticeStart && e.Platform == p.ID {
				f = &e.Finding
			}
		}
		if f == nil {
			continue
		}
		if !header {
			fmt.Fprintf(b, "\n%s\n", l.Pick("公示期的假日安排（第十三条（五））", "Holiday arrangements of the public notices (Art. 13(5))"))
			header = true
		}
		fmt.Fprintf(b, "  %s%s\n", l.Pick(
			fmt.Sprintf("%s 自%s起公示，最后一日%s：", p.ID, n.Start, n.LastDay),
			fmt.Sprintf("%s from %s, last day %s: ", p.ID, n.Start, n.LastDay)), l.Pick(f.NoteZh(), f.NoteEn()))
	}
}

func citeText(c platform.Citation, l cli.Lang) string {
	if l == cli.En {
		return c.English()
	}
	return c.String()
}

func reportStatus(r lifecycle.Report, l cli.Lang) string {
	s := r.Status.String()
	zh := map[string]string{"submitted": "按时报送", "late": "逾期报送", "overdue": "逾期未报送", "upcoming": "尚未到期"}[s]
	if zh == "" {
		zh = s
	}
	if !r.Submitted.IsZero() {
		return l.Pick(zh+" "+r.Submitted.String(), strings.ReplaceAll(s, "_", " ")+" "+r.Submitted.String())
	}
	return l.Pick(zh, strings.ReplaceAll(s, "_", " "))
}

func awardText(a lifecycle.Award, l cli.Lang) string {
	switch a.Kind {
	case lifecycle.FilingBenefit:
		return l.Pick("备案扶持资助", "filing subsidy")
	case lifecycle.UpgradeBenefit:
		return l.Pick("提档升级为"+a.Level.Chinese()+"一次性奖励", "one-time reward for "+a.Level.English())
	case lifecycle.CycleBenefit:
		return l.Pick(fmt.Sprintf("第%d个周期绩效奖励（%s）", a.Cycle, a.Grade.Chinese()), fmt.Sprintf("cycle %d award (%s)", a.Cycle, a.Grade.English()))
	}
	return a.Kind.String()
}

func banKindZh(k string) string {
	switch k {
	case "removal":
		return "不再列入备案序列，三年内不得再次申请"
	case "fraud":
		return "弄虚作假，三年内不得申请备案"
	case "delisting":
		return "摘牌，五年内不得重新申请备案"
	}
	return k
}

// timelineRows is the library's timeline, or with ids the same rows naming the event kind
// by its code and the consequence by the rule ID of its finding.
func timelineRows(st *lifecycle.State, ids bool) []lifecycle.Row {
	rows := st.Timeline()
	if !ids {
		return rows
	}
	for i := range rows {
		var f *platform.Finding
		var kind string
		if i < len(st.Entries) {
			f, kind = &st.Entries[i].Finding, st.Entries[i].Kind.String()
		} else if j := i - len(st.Entries); j < len(st.Findings) {
			f, kind = &st.Findings[j], "as_of"
		}
		if f == nil {
			continue
		}
		id := ""
		if f.Rule != nil {
			id = f.Rule.ID
		}
		rows[i].Event, rows[i].EventEn = kind, kind
		rows[i].Consequence, rows[i].ConsequenceEn = id, id
	}
	return rows
}
