package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/cohortreport"
	"github.com/lhasa-sti/platform/examples/internal/round"
)

// parseException reads -cap-tie-exception "authority：reason" (a full-width or ASCII colon).
func parseException(s string) (*evaluation.Exception, error) {
	if s == "" {
		return nil, nil
	}
	i := strings.IndexAny(s, ":：")
	if i < 0 {
		return nil, fmt.Errorf("-cap-tie-exception %q: write it as \"authority: reason\" (决定机关：理由)", s)
	}
	sep := ":"
	if strings.HasPrefix(s[i:], "：") {
		sep = "："
	}
	x := &evaluation.Exception{Authority: strings.TrimSpace(s[:i]), Reason: strings.TrimSpace(s[i+len(sep):])}
	if x.Authority == "" || x.Reason == "" {
		return nil, fmt.Errorf("-cap-tie-exception %q: both the authority and the reason are needed (决定机关：理由)", s)
	}
	return x, nil
}

// checkReport is a proposed grade list checked against 第二十二条, with what the rendering
// needs beside the library's answer.
type checkReport struct {
	RoundID    string                `json:"round_id"`
	Source     string                `json:"source,omitempty"`
	Encoding   string                `json:"encoding,omitempty"`
	Compliance evaluation.Compliance `json:"compliance"`
	Check      evaluation.GradeCheck `json:"check"`
	quotas     evaluation.Quotas
	names      map[string]string
	rows       map[string]int
}

// buildCheck checks the records of a grade list under the flags' readings.
func buildCheck(recs []round.Record, params evaluation.Parameters, c config) (*checkReport, error) {
	list := round.ToProposal(recs, c.withdrawnInN)
	chk, err := evaluation.CheckGrades(list, params.Quotas, c.options())
	if err != nil {
		return nil, rowsOf(err, recs)
	}
	r := &checkReport{RoundID: c.round, Check: chk, Compliance: chk.Compliance(), quotas: params.Quotas,
		names: map[string]string{}, rows: map[string]int{}}
	for _, rec := range recs {
		r.names[rec.ID], r.rows[rec.ID] = rec.Name, rec.Row
	}
	return r, nil
}

var gradeField = regexp.MustCompile(`^grades\[(\d+)\]\.(\w+)$`)

// rowsOf names the file's row in each problem the check found with a platform of the list.
func rowsOf(err error, recs []round.Record) error {
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	var out []string
	for _, e := range errs {
		var pe *platform.Error
		if errors.As(e, &pe) {
			if m := gradeField.FindStringSubmatch(pe.Field); m != nil {
				if i, _ := strconv.Atoi(m[1]); i < len(recs) {
					out = append(out, fmt.Sprintf("row %d (%s): %s: %q", recs[i].Row, m[2], pe.Kind, pe.Input))
					continue
				}
			}
		}
		out = append(out, e.Error())
	}
	return errors.New(strings.Join(out, "\n"))
}

func (r *checkReport) sourceText(l cli.Lang) string {
	if r.Source == "" {
		return l.Pick("内置示例名单", "embedded sample list")
	}
	return r.Source
}

// checkGroupLabel names a group of the check in language l.
func checkGroupLabel(key string, by evaluation.Grouping, l cli.Lang) string {
	names := map[evaluation.Grouping]string{evaluation.Pooled: "pooled", evaluation.ByType: "type", evaluation.ByDepartment: "department"}
	return l.Pick(cohortreport.GroupLabel(names[by], key))
}

// renderCheck writes the readable answer: the groups against their limits, the one answer,
// the breaches, the exceptions relied on, the ties and the platforms not counted.
func renderCheck(r *checkReport, l cli.Lang) []byte {
	var b bytes.Buffer
	chk := &r.Check
	counted := 0
	for _, p := range chk.Participants {
		if p.Counted {
			counted++
		}
	}
	fmt.Fprintln(&b, l.Pick("拉萨市科技创新平台绩效评估 · 等次名单审核（第二十二条） "+r.RoundID,
		"Lhasa S&T innovation platforms · grade list check (Art. 22) "+r.RoundID))
	fmt.Fprintln(&b, l.Pick(
		fmt.Sprintf("数据：%s（%d个平台：%d个计入参评数量，%d个未计入）", r.sourceText(l), len(chk.Participants), counted, len(chk.Participants)-counted),
		fmt.Sprintf("Data: %s (%d platforms: %d counted in N, %d not counted)", r.sourceText(l), len(chk.Participants), counted, len(chk.Participants)-counted)))
	grouping := cohortreport.GroupingText(map[evaluation.Grouping]string{evaluation.Pooled: "pooled", evaluation.ByType: "type",
		evaluation.ByDepartment: "department"}[chk.Options.GroupBy], l)
	fmt.Fprintln(&b, l.Pick(
		fmt.Sprintf("比例（第二十二条）：%s；优秀不超过%d%%，较差不低于%d%%", grouping, r.quotas.Excellent.Percent, r.quotas.Poor.Percent),
		fmt.Sprintf("Quotas (Art. 22): %s; excellent not more than %d%%, poor at least %d%%", grouping, r.quotas.Excellent.Percent, r.quotas.Poor.Percent)))
	o := chk.Options
	if o.WithdrawalsCountInN {
		fmt.Fprintln(&b, l.Pick("中途退出的平台计入参评数量，按较差计（第二十二、二十四条）", "Withdrawals count in N, as poor (Arts. 22, 24)"))
	}
	if o.WaivePoorFloorBelow > 0 {
		fmt.Fprintln(&b, l.Pick(fmt.Sprintf("参评数少于%d的组不设较差下限（第二十二条“原则上”）", o.WaivePoorFloorBelow),
			fmt.Sprintf("No poor floor for a group of fewer than %d (Art. 22 \"in principle\")", o.WaivePoorFloorBelow)))
	}
	if x := o.CapTieException; x != nil {
		fmt.Fprintln(&b, l.Pick("记录的例外（第二十二条“原则上”）：同分跨越优秀上限者一并评为优秀。决定："+x.Authority+"；理由："+x.Reason,
			"Recorded exception (Art. 22 \"in principle\"): a tie straddling the excellent cap is all excellent. Authority: "+x.Authority+"; reason: "+x.Reason))
	}
	b.WriteString("\n")

	t := cli.Table{
		Header: strings.Split(l.Pick("组|参评数|优秀上限|较差下限|优秀|良好|合格|较差|超出上限|低于下限|同分|结论",
			"Group|N|Cap|Floor|Excellent|Good|Qualified|Poor|Over cap|Under floor|Ties|Answer"), "|"),
		Right: []bool{false, true, true, true, true, true, true, true, true, true, true, false},
	}
	for _, g := range chk.Groups {
		t.Add(checkGroupLabel(g.Key, o.GroupBy, l), strconv.Itoa(g.N), strconv.Itoa(g.Cap), strconv.Itoa(g.Floor),
			strconv.Itoa(g.Grades.Excellent), strconv.Itoa(g.Grades.Good), strconv.Itoa(g.Grades.Qualified), strconv.Itoa(g.Grades.Poor),
			strconv.Itoa(g.OverCap), strconv.Itoa(g.UnderFloor), strconv.Itoa(g.Ties), l.Pick(g.Compliance.Chinese(), g.Compliance.English()))
	}
	t.Write(&b)
	b.WriteString("\n")

	c := r.Compliance
	fmt.Fprintln(&b, l.Pick(fmt.Sprintf("结论：%s（同分标记%d家）", c.State.Chinese(), c.Ties),
		fmt.Sprintf("Answer: %s (%d platforms flagged in a tie)", c.State.English(), c.Ties)))
	finding := func(f platform.Finding) string {
		if l == cli.En {
			return f.English()
		}
		return f.Chinese()
	}
	section := func(zh, en string, gs []evaluation.GroupFinding) {
		if len(gs) == 0 {
			return
		}
		fmt.Fprintln(&b, "\n"+l.Pick(zh, en))
		for _, g := range gs {
			fmt.Fprintf(&b, "  [%s] %s\n", checkGroupLabel(g.Group, o.GroupBy, l), finding(g.Finding))
		}
	}
	section("突破比例之处：", "Breaches:", c.Breaches)
	section("所依据的例外或豁免：", "Exceptions and waivers relied on:", c.Exceptions)

	var ties, out []evaluation.ParticipantCheck
	for _, p := range chk.Participants {
		switch {
		case p.Tie:
			ties = append(ties, p)
		case !p.Counted:
			out = append(out, p)
		}
	}
	if len(ties) > 0 {
		fmt.Fprintln(&b, "\n"+l.Pick("跨越界线的同分：", "Ties across a limit:"))
		tt := cli.Table{Header: strings.Split(l.Pick("行|编号|名称|得分|拟定等次|说明", "Row|ID|Name|Score|Proposed|Note"), "|"),
			Right: []bool{true, false, false, true}}
		for _, p := range ties {
			var notes []string
			for _, f := range p.Findings {
				if f.Rule != nil && (f.Rule.ID == evaluation.RuleTieCap || f.Rule.ID == evaluation.RuleTieFloor || f.Rule.ID == evaluation.RuleCapTieException) {
					notes = append(notes, l.Pick(f.NoteZh(), f.NoteEn()))
				}
			}
			tt.Add(strconv.Itoa(r.rows[p.PlatformID]), p.PlatformID, r.names[p.PlatformID], cohortreport.ScoreText(p.Score),
				cohortreport.GradeLabel(p.Grade, l), strings.Join(notes, l.Pick("；", "; ")))
		}
		tt.Write(&b)
	}
	if len(out) > 0 {
		fmt.Fprintln(&b, "\n"+l.Pick("未计入参评数量（第二十四条）：", "Not counted in N (Art. 24):"))
		for _, p := range out {
			fmt.Fprintf(&b, "  %s %s%s%s\n", p.PlatformID, r.names[p.PlatformID], l.Pick("：", ": "), l.Pick(p.Participation.Chinese(), p.Participation.English()))
		}
	}
	return b.Bytes()
}

func renderCheckJSON(r *checkReport) ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
