package cohortreport

import (
	"fmt"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/lhasa-sti/platform/subsidy"
	"github.com/shopspring/decimal"
)

// Config is what a report is built with besides the round and the scheme: the readings of
// 第二十二、二十四条 (how quotas are grouped, whether withdrawals count in N, when the 较差 floor
// is waived), the round's ID and result date, and the subsidy schedule.
type Config struct {
	// Round is the round ID printed in the report.
	Round string
	// Date is the date of the round's result (YYYY-MM-DD); its year is the budget year.
	Date string
	// Group is the quota grouping: pooled, type or department.
	Group string
	// WithdrawnInN counts platforms that withdrew midway in N, as 较差.
	WithdrawnInN bool
	// WaiveBelow does not impose the 较差 floor on a group of fewer graded platforms.
	WaiveBelow int
	// Schedule is the subsidy schedule; nil means this edition's.
	Schedule *subsidy.Schedule
	// CapTieException is the recorded exception that lets a tie straddling the 优秀 cap be
	// all 优秀 (第二十二条 原则上); nil: the cap is strict.
	CapTieException *evaluation.Exception
}

var groupings = map[string]evaluation.Grouping{
	"pooled":     evaluation.Pooled,
	"type":       evaluation.ByType,
	"department": evaluation.ByDepartment,
}

// Options are the readings of 第二十二、二十四条 the configuration asks for.
func (c Config) Options() evaluation.Options {
	return evaluation.Options{GroupBy: groupings[c.Group], WithdrawalsCountInN: c.WithdrawnInN, WaivePoorFloorBelow: c.WaiveBelow,
		CapTieException: c.CapTieException}
}

// Build grades the round, computes every award and the budget, and gathers the report.
func Build(recs []round.Record, params evaluation.Parameters, c Config) (*Report, error) {
	date, err := platform.ParseDate(c.Date)
	if err != nil {
		return nil, fmt.Errorf("-date %q: %w", c.Date, err)
	}
	rnd := round.ToRound(recs, c.Round, date)
	res, err := evaluation.Grade(rnd, params, c.Options())
	if err != nil {
		return nil, err
	}
	sched := subsidy.DefaultSchedule()
	if c.Schedule != nil {
		sched = *c.Schedule
	}
	byID := make(map[string]round.Record, len(recs))
	for _, rec := range recs {
		byID[rec.ID] = rec
	}
	rep := &Report{RoundID: res.RoundID, ResultDate: res.ResultDate, Grouping: c.Group}
	rep.Scheme = schemeOf(params)
	q := params.Quotas
	rep.Quotas = quotaInfo{ExcellentMaxPercent: q.Excellent.Percent, ExcellentBound: q.Excellent.Bound,
		PoorMinPercent: q.Poor.Percent, PoorBound: q.Poor.Bound}
	var plan subsidy.Plan
	// subsidy.Cycle validates the schedule on every call; price each (type, grade, cycle) once.
	priced := map[awardKey]subsidy.Award{}
	for _, p := range res.Participants {
		rec := byID[p.PlatformID]
		row := platformRow{ID: p.PlatformID, Name: rec.Name, Type: p.Type, Department: p.Department,
			Participation: participationCode(rec.Participation), Cycle: p.Cycle, Graded: p.Graded, Rank: p.Rank,
			Group: p.Group, Provisional: p.Provisional, Final: p.Final, Findings: p.Findings}
		if p.Scored {
			s := p.Score
			row.Score = &s
		}
		row.NoteZh, row.NoteEn = noteOf(p)
		if p.Graded && p.Final.Valid() {
			k := awardKey{p.Type, p.Final, p.Cycle}
			a, ok := priced[k]
			if !ok {
				if a, err = subsidy.Cycle(sched, p.Type, p.Final, p.Cycle, subsidy.Options{}); err != nil {
					return nil, fmt.Errorf("%s: %w", p.PlatformID, err)
				}
				priced[k] = a
			}
			row.Award = a.Amount
			row.Findings = append(row.Findings, a.Finding)
			plan.Graded = append(plan.Graded, subsidy.PlannedGrade{Type: p.Type, Grade: p.Final, Cycle: p.Cycle, Year: res.ResultDate.Year()})
		}
		rep.Platforms = append(rep.Platforms, row)
	}
	for _, g := range res.Groups {
		gr := groupRow{Key: g.Key, N: g.N, Cap: g.Cap, Floor: g.Floor, FloorWaived: g.FloorWaived}
		gr.LabelZh, gr.LabelEn = GroupLabel(c.Group, g.Key)
		for i, grade := range platform.Grades() {
			gr.Counts[i] = g.Final.Of(grade)
			gr.Provisional[i] = g.Provisional.Of(grade)
		}
		rep.Groups = append(rep.Groups, gr)
	}
	bud, err := subsidy.Budget(plan, sched, subsidy.Options{})
	if err != nil {
		return nil, err
	}
	rep.Budget = budgetOf(rep.Platforms, bud)
	rep.Editions = []editionRow{
		{Table: "evaluation", Name: res.Edition.Name, Fingerprint: res.Edition.Fingerprint},
		{Table: "subsidy", Name: bud.Edition.Name, Fingerprint: bud.Edition.Fingerprint},
	}
	rep.RoundFindings = res.Findings
	return rep, nil
}

func schemeOf(p evaluation.Parameters) schemeInfo {
	s := schemeInfo{Illustrative: p.Scheme.Illustrative, NameZh: p.Scheme.Name, NameEn: p.Scheme.Name}
	if p.Scheme.Illustrative {
		s.NameZh = "示例评分方案（非市科技局发布的评估细则）"
		s.NameEn = "illustrative scheme (not the bureau's detailed rules)"
	}
	if p.Scheme.IsZero() {
		s.NameZh, s.NameEn = "未给出权重（全部平台以总分参评）", "no weights (every platform arrives with a total)"
	}
	for _, d := range evaluation.Dimensions() {
		if w, ok := p.Scheme.Weights[d]; ok {
			s.Weights = append(s.Weights, weightRow{Code: d.String(), Zh: d.Chinese(), En: d.English(), Weight: w})
		}
	}
	for _, b := range p.Bands {
		row := bandRow{Grade: b.Grade, From: b.Min}
		if !b.Max.Equal(decimal.NewFromInt(100)) {
			m := b.Max
			row.To = &m
		}
		s.Bands = append(s.Bands, row)
	}
	return s
}

// GroupLabel names a quota group (its key under the grouping: all, a type, a department) in
// Chinese and English.
func GroupLabel(grouping, key string) (zh, en string) {
	switch grouping {
	case "type":
		if t, err := platform.ParseType(key); err == nil {
			return t.Chinese(), shortTypeEn[t]
		}
	case "department":
		return key, key
	}
	if key == "all" || grouping == "pooled" {
		return "全部参评平台", "whole round"
	}
	return key, key
}

// noteOf explains in a few words what happened to a platform beyond its banded grade.
func noteOf(p evaluation.ParticipantResult) (zh, en string) {
	add := func(z, e string) {
		if zh != "" {
			zh += "；"
			en += "; "
		}
		zh += z
		en += e
	}
	if !p.Graded {
		code := p.Participation.String()
		add(participationText(code, true)+"，不评定等次、不计入参评数量", participationText(code, false)+": not graded, not counted in N")
	} else if p.Participation == evaluation.Withdrew {
		add("中途退出，计入参评数量并按较差计", "withdrew: counted in N as poor")
	}
	if p.Consequence == evaluation.RemovalAndBan {
		// The words of 第二十四条; the program words its own notes so its output does not
		// change when the library rewords a description.
		add("不再列入市级科技创新平台备案序列，三年内不得再次申请（第二十四条）",
			"removed from the filing sequence, may not apply again for three years (Art. 24)")
	}
	if p.Graded && p.Provisional.Valid() && p.Final.Valid() && p.Provisional != p.Final {
		if p.Final.Better(p.Provisional) {
			add("按比例调整为"+p.Final.Chinese(), "raised to "+p.Final.English()+" by quota")
		} else if p.Provisional == platform.Excellent {
			add("超出优秀比例上限，调为"+p.Final.Chinese()+"（第二十二条）", "over the excellent cap: lowered to "+p.Final.English()+" (Art. 22)")
		} else {
			add("为满足较差比例下限，调为较差（第二十二条）", "made poor to meet the floor (Art. 22)")
		}
	}
	if p.Tie {
		add("同分跨越比例界限，需复核", "tie across a quota boundary: review")
	}
	return zh, en
}

// budgetOf gathers the budget by type from the library's result, with the counts by grade
// from the platforms; every type appears, in the order of the types.
func budgetOf(rows []platformRow, b subsidy.BudgetResult) budgetInfo {
	out := budgetInfo{Total: b.Total}
	byType := map[platform.Type]platform.Amount{}
	for _, part := range b.ByType {
		byType[part.Type] = part.Amount
	}
	for _, t := range platform.Types() {
		bt := budgetType{Type: t, Amount: byType[t]}
		for _, r := range rows {
			if r.Type != t || !r.Graded {
				continue
			}
			switch r.Final {
			case platform.Excellent:
				bt.Excellent++
			case platform.Good:
				bt.Good++
			default:
				bt.Unpaid++
			}
		}
		out.ByType = append(out.ByType, bt)
	}
	return out
}

type awardKey struct {
	t     platform.Type
	g     platform.Grade
	cycle int
}
