package subsidy

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/lhasa-sti/platform"
)

// Plan is what a budget is drawn for: the filings, upgrades and graded platforms expected,
// each with the year of the event that creates the entitlement (the filing, the upgrade,
// the evaluation round).
type Plan struct {
	Filings  []PlannedFiling  `json:"filings,omitempty"`
	Upgrades []PlannedUpgrade `json:"upgrades,omitempty"`
	Graded   []PlannedGrade   `json:"graded,omitempty"`
}

// PlannedFiling is one expected filing (第十五条).
type PlannedFiling struct {
	Type platform.Type `json:"type"`
	Year int           `json:"year"`
}

// PlannedUpgrade is one expected upgrade (第十七条).
type PlannedUpgrade struct {
	Type platform.Type  `json:"type"`
	From platform.Level `json:"from"`
	To   platform.Level `json:"to"`
	Year int            `json:"year"`
}

// PlannedGrade is one platform graded in an evaluation round (第二十三条).
type PlannedGrade struct {
	Type  platform.Type  `json:"type"`
	Grade platform.Grade `json:"grade"`
	Cycle int            `json:"cycle"`
	// Held is the level the platform holds at the round; zero means 市级.
	Held platform.Level `json:"held,omitempty"`
	Year int            `json:"year"`
}

// Line is one line of a budget: every planned item alike in kind, type, grade, levels and
// year, counted, with the unit amount and the line's amount (unit × count).
type Line struct {
	Kind  BenefitKind    `json:"kind"`
	Type  platform.Type  `json:"type"`
	Grade platform.Grade `json:"grade,omitempty"`
	// From and To are an upgrade's levels.
	From platform.Level `json:"from,omitempty"`
	To   platform.Level `json:"to,omitempty"`
	// Held is the level held by graded platforms that have been upgraded; zero for 市级.
	Held     platform.Level    `json:"held,omitempty"`
	Year     int               `json:"year"`
	Count    int               `json:"count"`
	Unit     platform.Amount   `json:"unit"`
	Amount   platform.Amount   `json:"amount"`
	Citation platform.Citation `json:"citation"`
	Rule     string            `json:"rule"`
}

// Part is one part of a breakdown along one dimension; only that dimension's field is
// set. In the breakdown by grade, Grade zero collects the filing subsidies and upgrade
// rewards, which have no grade.
type Part struct {
	Kind   BenefitKind     `json:"kind,omitempty"`
	Type   platform.Type   `json:"type,omitempty"`
	Grade  platform.Grade  `json:"grade,omitempty"`
	Year   int             `json:"year,omitempty"`
	Count  int             `json:"count"`
	Amount platform.Amount `json:"amount"`
}

// BudgetResult is a plan's budget: the total, exact to the 分, its lines, and its
// breakdowns by kind, type, grade and year, each of which sums to the total.
type BudgetResult struct {
	Total   platform.Amount `json:"total"`
	Count   int             `json:"count"`
	Lines   []Line          `json:"lines"`
	ByKind  []Part          `json:"by_kind"`
	ByType  []Part          `json:"by_type"`
	ByGrade []Part          `json:"by_grade"`
	ByYear  []Part          `json:"by_year"`
	// Findings[i] is the finding of one award of Lines[i].
	Findings []platform.Finding `json:"findings"`
	Options  Options            `json:"options"`
	Edition  platform.Edition   `json:"edition"`
}

type lineKey struct {
	kind     BenefitKind
	typ      platform.Type
	grade    platform.Grade
	from, to platform.Level
	held     platform.Level
	year     int
}

const maxYear = 9999

func checkYear(p *platform.Problems, op, field string, y int) {
	switch {
	case y == 0:
		p.Addf(op, platform.ErrMissing, field, "")
	case y < 1 || y > maxYear:
		p.Addf(op, platform.ErrRange, field, strconv.Itoa(y))
	}
}

func itemField(list string, i int, name string) string {
	return list + "[" + strconv.Itoa(i) + "]." + name
}

// Budget draws the budget of plan pl under schedule s: each planned filing, upgrade and
// graded platform is priced as [Filing], [Upgrade] and [CycleAt] price it (with the same
// options), alike items are counted and priced once, and the total is broken down by kind,
// type, grade and year. A bad schedule or plan item is an error naming the item, and
// nothing is computed.
//
// Budget does not apply 第二十八条: a plan names no platforms and no ledger; use [Entitle]
// per platform for what is actually payable.
func Budget(pl Plan, s Schedule, opts Options) (BudgetResult, error) {
	const op = "subsidy.Budget"
	tb, err := s.index()
	var p platform.Problems
	p.Add(err)
	counts := make(map[lineKey]int, 64)
	for i, f := range pl.Filings {
		if !f.Type.Valid() || f.Year < 1 || f.Year > maxYear {
			checkType(&p, op, itemField("filings", i, "type"), f.Type)
			checkYear(&p, op, itemField("filings", i, "year"), f.Year)
			continue
		}
		counts[lineKey{kind: FilingSubsidy, typ: f.Type, year: f.Year}]++
	}
	for i, u := range pl.Upgrades {
		if !u.Type.Valid() || u.Year < 1 || u.Year > maxYear || !u.From.Valid() || !u.To.Valid() || u.To <= u.From {
			checkType(&p, op, itemField("upgrades", i, "type"), u.Type)
			checkYear(&p, op, itemField("upgrades", i, "year"), u.Year)
			checkUpgrade(&p, op, itemField("upgrades", i, ""), u.From, u.To)
			continue
		}
		counts[lineKey{kind: UpgradeReward, typ: u.Type, from: u.From, to: u.To, year: u.Year}]++
	}
	for i, g := range pl.Graded {
		if !g.Type.Valid() || g.Year < 1 || g.Year > maxYear || !g.Grade.Valid() || g.Cycle < 1 ||
			(g.Held != 0 && !g.Held.Valid()) {
			checkType(&p, op, itemField("graded", i, "type"), g.Type)
			checkYear(&p, op, itemField("graded", i, "year"), g.Year)
			checkGrade(&p, op, itemField("graded", i, "grade"), g.Grade)
			checkCycle(&p, op, itemField("graded", i, "cycle"), g.Cycle)
			checkHeld(&p, op, itemField("graded", i, "held"), g.Held)
			continue
		}
		held := g.Held
		if held == platform.City {
			held = 0
		}
		counts[lineKey{kind: CycleAward, typ: g.Type, grade: g.Grade, held: held, year: g.Year}]++
	}
	if err := p.Err(); err != nil {
		return BudgetResult{}, err
	}
	return tb.budget(counts, opts), nil
}

func (tb *table) budget(counts map[lineKey]int, opts Options) BudgetResult {
	keys := make([]lineKey, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b lineKey) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.year, b.year), cmp.Compare(a.typ, b.typ),
			cmp.Compare(a.grade, b.grade), cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to),
			cmp.Compare(a.held, b.held))
	})
	r := BudgetResult{Options: opts, Edition: tb.edition,
		Lines: make([]Line, 0, len(keys)), Findings: make([]platform.Finding, 0, len(keys))}
	var byKind [CycleAward + 1]Part
	var byType [platform.NewRDInstitution + 1]Part
	var byGrade [platform.Poor + 1]Part
	years := map[int]*Part{}
	for _, k := range keys {
		var aw Award
		switch k.kind {
		case FilingSubsidy:
			aw = tb.filingAward(k.typ, opts)
		case UpgradeReward:
			aw = tb.upgradeAward(k.typ, k.from, k.to, opts)
		default:
			aw = tb.cycleAward(k.typ, k.grade, 1, k.held, opts)
		}
		n := counts[k]
		amt := aw.Amount.Times(int64(n))
		r.Lines = append(r.Lines, Line{Kind: k.kind, Type: k.typ, Grade: k.grade, From: k.from, To: k.to, Held: k.held,
			Year: k.year, Count: n, Unit: aw.Amount, Amount: amt, Citation: aw.Citation, Rule: aw.Finding.Rule.ID})
		r.Findings = append(r.Findings, aw.Finding)
		r.Total = r.Total.Add(amt)
		r.Count += n
		add := func(pt *Part) { pt.Count += n; pt.Amount = pt.Amount.Add(amt) }
		add(&byKind[k.kind])
		add(&byType[k.typ])
		add(&byGrade[k.grade])
		y := years[k.year]
		if y == nil {
			y = &Part{Year: k.year}
			years[k.year] = y
		}
		add(y)
	}
	for _, k := range BenefitKinds() {
		if byKind[k].Count > 0 {
			pt := byKind[k]
			pt.Kind = k
			r.ByKind = append(r.ByKind, pt)
		}
	}
	for _, t := range platform.Types() {
		if byType[t].Count > 0 {
			pt := byType[t]
			pt.Type = t
			r.ByType = append(r.ByType, pt)
		}
	}
	for _, g := range append(platform.Grades(), 0) {
		if byGrade[g].Count > 0 {
			pt := byGrade[g]
			pt.Grade = g
			r.ByGrade = append(r.ByGrade, pt)
		}
	}
	for _, y := range years {
		r.ByYear = append(r.ByYear, *y)
	}
	slices.SortFunc(r.ByYear, func(a, b Part) int { return cmp.Compare(a.Year, b.Year) })
	return r
}
