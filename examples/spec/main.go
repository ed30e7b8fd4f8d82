// Command spec prints the traceability report of the library: every article of the
// measures' main text and every clause of the annex, with the rule IDs that implement it
// (or the reason it is a note) and the tests that prove each rule.
//
//	go run ./examples/spec            # Markdown
//	go run ./examples/spec -format tsv
//
// Rules come from each package's Rules(); a rule implements the clause its Citation cites.
// Tests are found by reading every *_test.go file of the module with go/parser: a test
// proves a rule when its source names the rule's ID, as a string literal or as a string
// constant of the module (eligibility.RuleKeyLabProjects). The open readings of every
// package follow, each option with the clause it reads and both readings.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/docs"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/lhasa-sti/platform/naming"
	"github.com/lhasa-sti/platform/subsidy"
)

// catalogs returns every package's rules, in the order of the design's package map.
func catalogs() []pkgRules {
	return []pkgRules{
		{"eligibility", eligibility.Rules()},
		{"subsidy", subsidy.Rules()},
		{"evaluation", evaluation.Rules()},
		{"naming", naming.Rules()},
		{"lifecycle", lifecycle.Rules()},
		{"lifecycle/calendar", calendar.Rules()},
	}
}

// intro opens the help, in both languages.
var intro = cli.Text{
	Zh: `spec：《拉萨市科技创新平台管理办法（试行）》及其附件的追溯表

用法：spec [-format md|tsv] [-root 目录] [-lang zh|en] [-o 文件]

对正文每一条和附件每一款，列出实现它的规则（按规则所引条款对应：条相同，该条分项的还要项相同），
或不需要规则的理由；对每一条规则，列出源代码中写明该规则编号的测试函数（以字符串，或以本模块的
字符串常量）。然后列出各包可以有不同理解之处：每个选项、所解释的条款、默认理解和另一种理解。既无
规则又无说明的条款，以及引用条款为空或无效的规则，列于末尾，此时退出码为1。

模块根目录从当前目录向上查找 go.mod 确定，或用 -root 给出。

`,
	En: `spec: the traceability report of 拉萨市科技创新平台管理办法（试行） and its annex

usage: spec [-format md|tsv] [-root dir] [-lang zh|en] [-o file]

For every article of the main text and every clause of the annex it lists the rules that
implement it (matched by the rule's citation: same article, and the same item where the
clause has one) or the reason the clause is a note, and for every rule the test functions
whose source names the rule's ID (as a string literal or a string constant of the module).
Then it lists the open readings of every package: each option, the clause it reads, the
default reading and the other one. Clauses with neither a rule nor a note, and rules with a
zero or invalid citation, are listed at the end; then the exit status is 1.

The module root is found by walking up from the working directory to go.mod, or given by -root.

`,
}

// config is what the command line asks for.
type config struct {
	format, root, lang, out string
}

// parseFlags reads the command line.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := cli.NewFlagSet("spec", args, stderr, intro)
	fs.String(&c.format, "format", "md", cli.Text{Zh: "输出格式：md（Markdown）或 tsv（制表符分隔，可用Excel打开）", En: "output format: md or tsv"})
	fs.String(&c.root, "root", "", cli.Text{Zh: "模块根`目录`（默认：当前目录之上最近的含 go.mod 的目录）",
		En: "module root `dir` (default: the nearest directory above the working directory holding go.mod)"})
	fs.String(&c.lang, "lang", "zh", cli.Text{Zh: "Markdown 中条款和规则文字以及帮助的语言：zh（中文）或 en（英文）",
		En: "language of the clause and rule texts in Markdown, and of the help: zh or en"})
	fs.String(&c.out, "o", "", cli.Text{Zh: "把追溯表写入`文件`（完整写出，或不写），而不是标准输出",
		En: "write the report to `file` (whole, or not at all) instead of standard output"})
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("spec takes no arguments: %q", fs.Args())
	}
	return c, nil
}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return cli.ExitOK
	}
	var l cli.Lang
	if err == nil {
		l, err = cli.ParseLang(c.lang)
	}
	if err == nil && c.format != "md" && c.format != "tsv" {
		err = fmt.Errorf("unknown -format %q (want md or tsv)", c.format)
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "spec:", err)
		return cli.ExitUsage
	}
	dir := c.root
	if dir == "" {
		wd, err := os.Getwd()
		if err == nil {
			dir, err = findRoot(wd)
		}
		if err != nil {
			_, _ = fmt.Fprintln(stderr, "spec: no go.mod above the working directory; give -root")
			return cli.ExitUsage
		}
	} else if _, err := os.Stat(dir + "/go.mod"); err != nil {
		_, _ = fmt.Fprintf(stderr, "spec: -root %s: no go.mod there\n", dir)
		return cli.ExitUsage
	}
	t, err := traceModule(dir)
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "spec:", err)
		return cli.ExitUsage
	}
	var b []byte
	if c.format == "tsv" {
		b = renderTSV(&t)
	} else {
		b = renderMarkdown(&t, l)
	}
	if err := cli.WriteOutput(c.out, stdout, b); err != nil {
		_, _ = fmt.Fprintln(stderr, "spec:", err)
		return cli.ExitUsage
	}
	if len(t.Missing()) > 0 || len(t.Bad) > 0 {
		_, _ = fmt.Fprintf(stderr, "spec: %d clauses with neither rule nor note, %d rules with an invalid citation\n", len(t.Missing()), len(t.Bad))
		return cli.ExitFail
	}
	return cli.ExitOK
}

// traceModule builds the report for the module at root.
func traceModule(root string) (trace, error) {
	pkgs := catalogs()
	ids := map[string]bool{}
	for _, p := range pkgs {
		for _, r := range p.Rules {
			ids[r.ID] = true
		}
	}
	tests, files, err := scanTests(root, ids)
	if err != nil {
		return trace{}, err
	}
	return buildTrace(pkgs, tests, files), nil
}

func testsText(ts []testRef) string {
	var parts []string
	for _, t := range ts {
		parts = append(parts, t.File+":"+t.Func)
	}
	return strings.Join(parts, "; ")
}

func citeText(c platform.Citation, l cli.Lang) string {
	if l == cli.En {
		return c.English()
	}
	return c.String()
}

func mdEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", "\\|"), "\n", " ")
}

func renderMarkdown(t *trace, l cli.Lang) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n", l.Pick("追溯表："+platform.Title, "Traceability: "+platform.Title))
	nRules, nTested := 0, 0
	count := func(refs []ruleRef) {
		for _, r := range refs {
			nRules++
			if len(r.Tests) > 0 {
				nTested++
			}
		}
	}
	for _, list := range [][]clause{t.Main, t.Annex} {
		for _, c := range list {
			count(c.Rules)
		}
	}
	count(t.Other)
	fmt.Fprintf(&b, l.Pick("正文%d条、附件%d款；规则%d条（其中%d条有测试）；读取测试文件%d个。\n\n",
		"%d articles, %d annex clauses; %d rule placements (%d with tests); %d test files read.\n\n"),
		len(t.Main), len(t.Annex), nRules, nTested, t.Files)
	section := func(title string, list []clause) {
		fmt.Fprintf(&b, "## %s\n\n", title)
		for _, c := range list {
			fmt.Fprintf(&b, "### %s %s\n\n", citeText(c.Cite, l), l.Pick(c.Zh, c.En))
			if c.NoteZh != "" || c.NoteEn != "" {
				fmt.Fprintf(&b, "%s%s\n\n", l.Pick("注：", "Note: "), l.Pick(c.NoteZh, c.NoteEn))
			}
			if len(c.Rules) == 0 {
				if !c.Covered() {
					fmt.Fprintf(&b, "**%s**\n\n", l.Pick("缺失：既无规则也无说明。", "MISSING: neither a rule nor a note."))
				}
				continue
			}
			writeRules(&b, c.Rules, l)
		}
	}
	section(l.Pick("正文", "Main text"), t.Main)
	section(l.Pick("附件："+platform.AnnexTitle, "Annex: "+platform.AnnexTitle), t.Annex)
	if len(t.Other) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", l.Pick("引用其他法律或目录外条款的规则", "Rules citing another law or a clause outside the catalog"))
		writeRules(&b, t.Other, l)
	}
	writeReadings(&b, l)
	if m := t.Missing(); len(m) > 0 || len(t.Bad) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", l.Pick("缺口", "Gaps"))
		for _, c := range m {
			fmt.Fprintf(&b, "- %s %s\n", l.Pick("无规则亦无说明：", "no rule and no note:"), citeText(c.Cite, l))
		}
		for _, r := range t.Bad {
			fmt.Fprintf(&b, "- %s `%s` (%s)\n", l.Pick("引用无效的规则：", "rule with an invalid citation:"), r.Rule.ID, r.Package)
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}

// writeReadings lists the open readings of every package (docs.Readings, the data both
// READMEs' tables are written from): each option with the clause it reads, the default
// reading and the other one.
func writeReadings(b *bytes.Buffer, l cli.Lang) {
	fmt.Fprintf(b, "## %s\n\n", l.Pick("开放读法（选项）", "Open readings (options)"))
	fmt.Fprintf(b, "| %s |\n|---|---|---|---|---|\n", l.Pick("包 | 选项 | 条款 | 默认读法 | 另一读法（选项）", "package | option | clause | default reading | other reading (option)"))
	for _, r := range docs.Readings {
		fmt.Fprintf(b, "| %s | `%s` | %s | %s | %s |\n", r.Package, r.Option, mdEscape(l.Pick(r.ClauseZh, r.ClauseEn)),
			mdEscape(l.Pick(r.DefaultZh, r.DefaultEn)), mdEscape(l.Pick(r.OtherZh, r.OtherEn)))
	}
	b.WriteString("\n")
}

func writeRules(b *bytes.Buffer, refs []ruleRef, l cli.Lang) {
	fmt.Fprintf(b, "| %s |\n|---|---|---|---|\n", l.Pick("规则 | 引用 | 内容 | 测试", "rule | citation | text | tests"))
	for _, r := range refs {
		tests := testsText(r.Tests)
		if tests == "" {
			tests = l.Pick("（无）", "(none)")
		}
		fmt.Fprintf(b, "| `%s` | %s | %s | %s |\n", r.Rule.ID, citeText(r.Rule.Cite, l), mdEscape(l.Pick(r.Rule.Zh, r.Rule.En)), mdEscape(tests))
	}
	b.WriteString("\n")
}

// renderTSV writes one line per clause and rule (a clause without rules gets one line):
// part, citation, clause, status (rule, note, missing), package, rule ID, rule citation,
// tests; then one line per open reading: "reading", the clause, the default reading,
// "option", the package, the option, two empty cells, the other reading. Tabs and
// newlines inside texts are replaced by spaces.
func renderTSV(t *trace) []byte {
	var b bytes.Buffer
	clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s) }
	line := func(cells ...string) {
		for i, c := range cells {
			cells[i] = clean(c)
		}
		b.WriteString(strings.Join(cells, "\t"))
		b.WriteString("\n")
	}
	line("part", "citation", "clause", "status", "package", "rule_id", "rule_citation", "tests", "note")
	emit := func(part string, list []clause) {
		for _, c := range list {
			if len(c.Rules) == 0 {
				status := "note"
				if !c.Covered() {
					status = "missing"
				}
				line(part, c.Cite.String(), c.Zh, status, "", "", "", "", c.NoteZh)
				continue
			}
			for _, r := range c.Rules {
				line(part, c.Cite.String(), c.Zh, "rule", r.Package, r.Rule.ID, r.Rule.Cite.String(), testsText(r.Tests), c.NoteZh)
			}
		}
	}
	emit("main", t.Main)
	emit("annex", t.Annex)
	for _, r := range t.Other {
		line("other", r.Rule.Cite.String(), "", "rule", r.Package, r.Rule.ID, r.Rule.Cite.String(), testsText(r.Tests), "")
	}
	for _, r := range docs.Readings {
		line("reading", r.ClauseZh, r.DefaultZh, "option", r.Package, r.Option, "", "", r.OtherZh)
	}
	for _, r := range t.Bad {
		line("invalid", "", "", "invalid_citation", r.Package, r.Rule.ID, r.Rule.Cite.English(), testsText(r.Tests), "")
	}
	return b.Bytes()
}
