package subsidy_test

import (
	"strconv"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
	"pgregory.net/rapid"
)

var (
	genType  = rapid.SampledFrom(platform.Types())
	genGrade = rapid.SampledFrom(platform.Grades())
	genYear  = rapid.IntRange(2024, 2031)
	genOpts  = rapid.Custom(func(t *rapid.T) subsidy.Options {
		return subsidy.Options{TopUp: rapid.Bool().Draw(t, "top_up"), CeaseCycleAfterUpgrade: rapid.Bool().Draw(t, "cease")}
	})
)

// fen draws an amount in whole 分 up to max 分.
func fen(t *rapid.T, label string, max int64) platform.Amount {
	n := rapid.Int64Range(0, max).Draw(t, label)
	return platform.MustAmount(strconv.FormatInt(n/100, 10) + "." + strconv.FormatInt(100+n%100, 10)[1:])
}

// genSchedule draws the default schedule or one with arbitrary amounts to the 分.
func genSchedule(t *rapid.T) subsidy.Schedule {
	s := subsidy.DefaultSchedule()
	if rapid.Bool().Draw(t, "custom") {
		for i := range s.Filing {
			s.Filing[i].Amount = fen(t, "filing", 1e8)
		}
		for i := range s.Cycle {
			s.Cycle[i].Amount = fen(t, "cycle", 1e8)
		}
		reg := fen(t, "regional", 1e8)
		s.Upgrade[0].Amount = reg
		s.Upgrade[1].Amount = reg.Add(fen(t, "national_more", 1e8))
	}
	return s
}

func genPlan(t *rapid.T) subsidy.Plan {
	var p subsidy.Plan
	p.Filings = rapid.SliceOfN(rapid.Custom(func(t *rapid.T) subsidy.PlannedFiling {
		return subsidy.PlannedFiling{Type: genType.Draw(t, "type"), Year: genYear.Draw(t, "year")}
	}), 0, 30).Draw(t, "filings")
	p.Upgrades = rapid.SliceOfN(rapid.Custom(func(t *rapid.T) subsidy.PlannedUpgrade {
		from := rapid.SampledFrom([]platform.Level{platform.City, platform.Regional}).Draw(t, "from")
		to := platform.National
		if from == platform.City && rapid.Bool().Draw(t, "to_regional") {
			to = platform.Regional
		}
		return subsidy.PlannedUpgrade{Type: genType.Draw(t, "type"), From: from, To: to, Year: genYear.Draw(t, "year")}
	}), 0, 30).Draw(t, "upgrades")
	p.Graded = rapid.SliceOfN(rapid.Custom(func(t *rapid.T) subsidy.PlannedGrade {
		held := rapid.SampledFrom([]platform.Level{0, platform.City, platform.Regional, platform.National}).Draw(t, "held")
		return subsidy.PlannedGrade{Type: genType.Draw(t, "type"), Grade: genGrade.Draw(t, "grade"),
			Cycle: rapid.IntRange(1, 3).Draw(t, "cycle"), Held: held, Year: genYear.Draw(t, "year")}
	}), 0, 60).Draw(t, "graded")
	return p
}

func sumParts(ps []subsidy.Part) (platform.Amount, int) {
	var a platform.Amount
	n := 0
	for _, p := range ps {
		a, n = a.Add(p.Amount), n+p.Count
	}
	return a, n
}

// The budget's parts always sum to its total, along every breakdown, and the total is
// what pricing each planned item on its own gives.
func TestPropertyBudgetPartsSumToTotal(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s, p, opts := genSchedule(t), genPlan(t), genOpts.Draw(t, "opts")
		r, err := subsidy.Budget(p, s, opts)
		if err != nil {
			t.Fatalf("Budget error %v", err)
		}
		items := len(p.Filings) + len(p.Upgrades) + len(p.Graded)
		for name, ps := range map[string][]subsidy.Part{"kind": r.ByKind, "type": r.ByType, "grade": r.ByGrade, "year": r.ByYear} {
			a, n := sumParts(ps)
			if !a.Equal(r.Total) || n != items {
				t.Fatalf("by %s sums to %v over %d items, total %v over %d", name, a, n, r.Total, items)
			}
		}
		var lines platform.Amount
		for _, l := range r.Lines {
			if !l.Amount.Equal(l.Unit.Times(int64(l.Count))) {
				t.Fatalf("line %+v: amount is not unit × count", l)
			}
			lines = lines.Add(l.Amount)
		}
		if !lines.Equal(r.Total) || r.Total.SubFen() {
			t.Fatalf("lines sum to %v, total %v", lines, r.Total)
		}
		var each platform.Amount
		for _, f := range p.Filings {
			a, _ := subsidy.Filing(s, f.Type)
			each = each.Add(a.Amount)
		}
		for _, u := range p.Upgrades {
			a, _ := subsidy.Upgrade(s, u.Type, subsidy.FiledAtCity, u.From, u.To, opts)
			each = each.Add(a.Amount)
		}
		for _, g := range p.Graded {
			a, _ := subsidy.CycleAt(s, g.Type, g.Grade, g.Cycle, g.Held, opts)
			each = each.Add(a.Amount)
		}
		if !each.Equal(r.Total) {
			t.Fatalf("items priced one by one sum to %v, budget total %v", each, r.Total)
		}
	})
}

// world is a consistent set of facts about three platforms: each has one type, each cycle
// one grade, each upgrade one starting level.
type world struct {
	types   map[string]platform.Type
	grades  map[string]map[int]platform.Grade
	upFrom  map[string]platform.Level
	claims  []subsidy.Claim
	prior   []subsidy.Entry
	options subsidy.Options
}

var ids = []string{"P1", "P2", "P3"}

func genBenefit(t *rapid.T) subsidy.Benefit {
	switch rapid.IntRange(0, 2).Draw(t, "kind") {
	case 0:
		return subsidy.Filed()
	case 1:
		return subsidy.Upgraded(rapid.SampledFrom([]platform.Level{platform.Regional, platform.National}).Draw(t, "level"))
	}
	return subsidy.Cycled(rapid.IntRange(1, 3).Draw(t, "cycle"))
}

func genWorld(t *rapid.T) world {
	w := world{types: map[string]platform.Type{}, grades: map[string]map[int]platform.Grade{}, upFrom: map[string]platform.Level{},
		options: genOpts.Draw(t, "opts")}
	for _, id := range ids {
		w.types[id] = genType.Draw(t, "type")
		w.grades[id] = map[int]platform.Grade{}
		for n := 1; n <= 3; n++ {
			w.grades[id][n] = genGrade.Draw(t, "grade")
		}
		w.upFrom[id] = rapid.SampledFrom([]platform.Level{platform.City, platform.Regional}).Draw(t, "national_from")
	}
	nPrior := rapid.IntRange(0, 12).Draw(t, "prior")
	for i := 0; i < nPrior; i++ {
		id := rapid.SampledFrom(ids).Draw(t, "id")
		e := subsidy.Entry{PlatformID: id, Benefit: w.benefit(t, id),
			Amount: fen(t, "amount", 3e8), Ref: "R" + strconv.Itoa(i)}
		if rapid.Bool().Draw(t, "other") {
			e.Source = subsidy.OtherDocument("拉萨市其他奖励文件", platform.Date{})
		}
		w.prior = append(w.prior, e)
	}
	nClaims := rapid.IntRange(1, 25).Draw(t, "claims")
	for i := 0; i < nClaims; i++ {
		id := rapid.SampledFrom(ids).Draw(t, "id")
		c := subsidy.Claim{PlatformID: id, Type: w.types[id], Benefit: w.benefit(t, id), Ref: "C" + strconv.Itoa(i)}
		switch c.Benefit.Kind {
		case subsidy.UpgradeReward:
			c.From = platform.City
			if c.Benefit.Level == platform.National {
				c.From = w.upFrom[id]
			}
		case subsidy.CycleAward:
			c.Grade = w.grades[id][c.Benefit.Cycle]
		}
		w.claims = append(w.claims, c)
	}
	return w
}

// benefit draws a benefit that fits platform id's history: a platform upgraded to 国家级
// straight from 市级 never reached 自治区级, so it has no regional reward (a claim that
// says otherwise is a conflict under the top-up reading, tested in TestEntitleTopUpFooting).
func (w world) benefit(t *rapid.T, id string) subsidy.Benefit {
	b := genBenefit(t)
	if b == subsidy.Upgraded(platform.Regional) && w.upFrom[id] == platform.City {
		return subsidy.Upgraded(platform.National)
	}
	return b
}

type pb struct {
	id string
	b  subsidy.Benefit
}

// run threads the ledger through every claim and returns what Entitle paid per platform
// and benefit, and how many payments it made.
func run(t *rapid.T, w world, prior []subsidy.Entry, claims []subsidy.Claim) (map[pb]platform.Amount, map[pb]int) {
	l := subsidy.Ledger{Entries: prior}
	paid, times := map[pb]platform.Amount{}, map[pb]int{}
	for _, c := range claims {
		en, next, err := subsidy.Entitle(l, c, subsidy.DefaultSchedule(), w.options)
		if err != nil {
			t.Fatalf("Entitle(%+v) error %v", c, err)
		}
		if en.Payable.IsNegative() || en.Payable.Cmp(en.Award.Amount) > 0 {
			t.Fatalf("payable %v outside [0, %v]", en.Payable, en.Award.Amount)
		}
		if !en.Payable.IsZero() {
			k := pb{c.PlatformID, c.Benefit}
			paid[k] = paid[k].Add(en.Payable)
			times[k]++
		}
		l = next
	}
	return paid, times
}

// No platform is ever paid the same benefit twice, whatever order the ledger and the
// claims arrive in: each benefit is paid at most once, never more than this measure's
// amount less what was received before, and the same whatever the order.
func TestPropertyNoDoubleBenefit(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		w := genWorld(t)
		paid, times := run(t, w, w.prior, w.claims)
		shuffledPrior := rapid.Permutation(w.prior).Draw(t, "prior_order")
		shuffledClaims := rapid.Permutation(w.claims).Draw(t, "claim_order")
		paid2, times2 := run(t, w, shuffledPrior, shuffledClaims)
		for k, n := range times {
			if n > 1 {
				t.Fatalf("%s paid %s %d times", k.id, k.b, n)
			}
		}
		for k, n := range times2 {
			if n > 1 {
				t.Fatalf("%s paid %s %d times (shuffled)", k.id, k.b, n)
			}
		}
		if len(paid) != len(paid2) {
			t.Fatalf("benefits paid %d, shuffled %d", len(paid), len(paid2))
		}
		for k, a := range paid {
			if !paid2[k].Equal(a) {
				t.Fatalf("%s %s paid %v, shuffled %v", k.id, k.b, a, paid2[k])
			}
			var before platform.Amount
			for _, e := range w.prior {
				if e.PlatformID == k.id && e.Benefit == k.b {
					before = before.Add(e.Amount)
				}
			}
			var c subsidy.Claim
			for _, x := range w.claims {
				if x.PlatformID == k.id && x.Benefit == k.b {
					c = x
				}
			}
			en, _, _ := subsidy.Entitle(subsidy.Ledger{}, c, subsidy.DefaultSchedule(), w.options)
			if want := en.Award.Amount.Sub(before); !a.Equal(want) {
				t.Fatalf("%s %s paid %v, want award %v less prior %v", k.id, k.b, a, en.Award.Amount, before)
			}
		}
		// Entitle on a shuffled ledger answers the same for every claim.
		for _, c := range w.claims {
			a, _, _ := subsidy.Entitle(subsidy.Ledger{Entries: w.prior}, c, subsidy.DefaultSchedule(), w.options)
			b, _, _ := subsidy.Entitle(subsidy.Ledger{Entries: shuffledPrior}, c, subsidy.DefaultSchedule(), w.options)
			if !a.Payable.Equal(b.Payable) || !a.Excess.Equal(b.Excess) || a.Findings[1].Outcome != b.Findings[1].Outcome {
				t.Fatalf("ledger order changed the entitlement of %+v: %v/%v vs %v/%v", c, a.Payable, a.Excess, b.Payable, b.Excess)
			}
		}
	})
}
