package subsidy

import (
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
	// Cycle is the platform's evaluation cycle (from 1). It is checked but does not change
	// the amount: each cycle earns the same award.
	Cycle int `json:"cycle"`
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

// A budget counts planned items in cells, one per kind, type and variant, per year:
//
//	filing   6 cells: type
//	upgrade 18 cells: type × path (市级→自治区级, 市级→国家级, 自治区级→国家级)
//	cycle   72 cells: type × grade × level held (市级, 自治区级, 国家级)
//
// Cell order is the order of the budget's lines within a kind and year.
const (
	nTypes      = 6
	upgradeBase = nTypes
	cycleBase   = upgradeBase + nTypes*3
	nCells      = cycleBase + nTypes*4*3
)

type cells [nCells]int

var paths = [3][2]platform.Level{{platform.City, platform.Regional}, {platform.City, platform.National}, {platform.Regional, platform.National}}

func upgradeCell(t platform.Type, from, to platform.Level) int {
	path := 0
	switch {
	case from == platform.Regional:
		path = 2
	case to == platform.National:
		path = 1
	}
	return upgradeBase + int(t-1)*3 + path
}

func cycleCell(t platform.Type, g platform.Grade, held platform.Level) int {
	h := 0
	if held > platform.City {
		h = int(held - platform.City)
	}
	return cycleBase + int(t-1)*12 + int(g-1)*3 + h
}

// tally counts per year: slot[year] is 1 + the index of the year's row, 0 for a year not
// seen, so each item costs two array lookups and no hashing.
type tally struct {
	rows  []cells
	years []int
	slot  []int32
	lines int // (year, cell) pairs with a count: the budget's lines
}

func (t *tally) add(year, cell int) {
	i := t.slot[year]
	if i == 0 {
		t.rows = append(t.rows, cells{})
		t.years = append(t.years, year)
		i = int32(len(t.rows))
		t.slot[year] = i
	}
	if t.rows[i-1][cell] == 0 {
		t.lines++
	}
	t.rows[i-1][cell]++
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
	var tb table
	err := s.index(&tb)
	var p platform.Problems
	p.Add(err)
	tl := tally{slot: make([]int32, maxYear+1)}
	for i, f := range pl.Filings {
		if !f.Type.Valid() || f.Year < 1 || f.Year > maxYear {
			checkType(&p, op, itemField("filings", i, "type"), f.Type)
			checkYear(&p, op, itemField("filings", i, "year"), f.Year)
			continue
		}
		tl.add(f.Year, int(f.Type-1))
	}
	for i, u := range pl.Upgrades {
		if !u.Type.Valid() || u.Year < 1 || u.Year > maxYear || !u.From.Valid() || !u.To.Valid() || u.To <= u.From {
			checkType(&p, op, itemField("upgrades", i, "type"), u.Type)
			checkYear(&p, op, itemField("upgrades", i, "year"), u.Year)
			checkUpgrade(&p, op, itemField("upgrades", i, ""), u.From, u.To)
			continue
		}
		tl.add(u.Year, upgradeCell(u.Type, u.From, u.To))
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
		tl.add(g.Year, cycleCell(g.Type, g.Grade, g.Held))
	}
	if err := p.Err(); err != nil {
		return BudgetResult{}, err
	}
	return tb.budget(&tl, opts), nil
}

func (tb *table) budget(tl *tally, opts Options) BudgetResult {
	order := make([]int, len(tl.years)) // row indexes in year order
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return tl.years[a] - tl.years[b] })
	r := BudgetResult{Options: opts, Edition: tb.edition,
		Lines: make([]Line, 0, tl.lines), Findings: make([]platform.Finding, 0, tl.lines)}
	var byKind [CycleAward + 1]Part
	var byType [platform.NewRDInstitution + 1]Part
	var byGrade [platform.Poor + 1]Part
	r.ByYear = make([]Part, len(order))
	// Each cell is priced once; its count over all years is multiplied once for the
	// breakdowns by kind, type and grade, and once per year for its lines.
	var total cells
	for _, row := range tl.rows {
		for c, n := range row {
			total[c] += n
		}
	}
	var awards [nCells]Award
	var lines [nCells]Line
	for c, n := range total {
		if n == 0 {
			continue
		}
		l := Line{}
		var aw Award
		switch {
		case c < upgradeBase:
			l.Kind, l.Type = FilingSubsidy, platform.Type(c+1)
			aw = tb.filingAward(l.Type, opts)
		case c < cycleBase:
			i := c - upgradeBase
			l.Kind, l.Type = UpgradeReward, platform.Type(i/3+1)
			l.From, l.To = paths[i%3][0], paths[i%3][1]
			aw = tb.upgradeAward(l.Type, CityFilingNotStated, l.From, l.To, opts)
		default:
			i := c - cycleBase
			l.Kind, l.Type, l.Grade = CycleAward, platform.Type(i/12+1), platform.Grade(i%12/3+1)
			if h := i % 3; h > 0 {
				l.Held = platform.City + platform.Level(h)
			}
			aw = tb.cycleAward(l.Type, l.Grade, 1, l.Held, opts)
		}
		l.Unit, l.Citation, l.Rule = aw.Amount, aw.Citation, aw.Finding.Rule.ID
		awards[c], lines[c] = aw, l
		amt := aw.Amount.Times(int64(n))
		add := func(pt *Part) { pt.Count += n; pt.Amount = pt.Amount.Add(amt) }
		add(&byKind[l.Kind])
		add(&byType[l.Type])
		add(&byGrade[l.Grade])
	}
	for _, k := range BenefitKinds() {
		lo, hi := 0, upgradeBase
		switch k {
		case UpgradeReward:
			lo, hi = upgradeBase, cycleBase
		case CycleAward:
			lo, hi = cycleBase, nCells
		}
		for yi, ri := range order {
			row := &tl.rows[ri]
			y := &r.ByYear[yi]
			y.Year = tl.years[ri]
			for c := lo; c < hi; c++ {
				n := row[c]
				if n == 0 {
					continue
				}
				l := lines[c]
				l.Year, l.Count, l.Amount = y.Year, n, l.Unit.Times(int64(n))
				r.Lines = append(r.Lines, l)
				r.Findings = append(r.Findings, awards[c].Finding)
				r.Count += n
				y.Count += n
				y.Amount = y.Amount.Add(l.Amount)
			}
		}
	}
	for _, k := range BenefitKinds() {
		if byKind[k].Count > 0 {
			pt := byKind[k]
			pt.Kind = k
			r.ByKind = append(r.ByKind, pt)
			r.Total = r.Total.Add(pt.Amount)
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
	return r
}
