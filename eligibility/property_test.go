package eligibility_test

import (
	"math/big"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// TestRatioShortfallProperty proves, for any percentage floor and any team, that a ratio
// passes exactly when part·100 reaches p·whole (strictly, for 高于), and that a failed
// ratio's shortfall is the least number of qualifying persons that, added to both the part
// and the whole, meets the floor. Teams run up to the largest count accepted (10^12), and
// the expected answer is computed with big integers, so an overflow cannot hide.
func TestRatioShortfallProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		p := rapid.Int64Range(0, 99).Draw(t, "percent")
		strict := rapid.Bool().Draw(t, "strict")
		maxTotal := rapid.SampledFrom([]int{400, 1_000_000_000_000}).Draw(t, "scale")
		total := rapid.IntRange(1, maxTotal).Draw(t, "total")
		mid := rapid.IntRange(0, total).Draw(t, "mid")
		th := eligibility.DefaultThresholds()
		th.KeyLabMidTitlePercent.Value = decimal.NewFromInt(p)
		if strict {
			th.KeyLabMidTitlePercent.Bound = platform.MoreThanGaoYu
		}
		c, err := eligibility.New(th)
		if err != nil {
			t.Fatal(err)
		}
		app := keyLab()
		app.KeyLab.FullTimeResearchers, app.KeyLab.MidOrSenior, app.KeyLab.Senior = n(total), n(mid), n(0)
		res, err := c.Check(app, eligibility.Options{})
		if err != nil {
			t.Fatal(err)
		}
		f, _ := res.Finding("eligibility.key_laboratory.3.5.mid_title_ratio")
		meets := func(m, w int64) bool {
			c := new(big.Int).Mul(big.NewInt(m), big.NewInt(100)).Cmp(new(big.Int).Mul(big.NewInt(p), big.NewInt(w)))
			if strict {
				return c > 0
			}
			return c >= 0
		}
		m, w := int64(mid), int64(total)
		if meets(m, w) != (f.Outcome == platform.Pass) {
			t.Fatalf("%d/%d against %d%% (strict %v) = %v", m, w, p, strict, f.Outcome)
		}
		if f.Outcome == platform.Fail {
			k := f.Shortfall.Int
			if !meets(m+k, w+k) || (k > 1 && meets(m+k-1, w+k-1)) {
				t.Fatalf("%d/%d against %d%% (strict %v): shortfall %d is not the least", m, w, p, strict, k)
			}
		}
	})
}

// TestAreaBoundaryProperty proves that an area passes exactly when it reaches the
// threshold, for areas given to any number of decimals up to four.
func TestAreaBoundaryProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cents := rapid.Int64Range(0, 100_000_000).Draw(t, "ten-thousandths")
		area := decimal.New(cents, -4)
		app := keyLab()
		app.KeyLab.LabArea = eligibility.Some(area)
		res, err := eligibility.Check(app, eligibility.Options{})
		if err != nil {
			t.Fatal(err)
		}
		f, _ := res.Finding("eligibility.key_laboratory.3.1.lab_area")
		want := area.Cmp(decimal.NewFromInt(300)) >= 0
		if want != (f.Outcome == platform.Pass) {
			t.Fatalf("area %s = %v", area, f.Outcome)
		}
		if !want && !f.Shortfall.Dec.Add(area).Equal(decimal.NewFromInt(300)) {
			t.Fatalf("area %s: shortfall %s", area, f.Shortfall.Dec)
		}
	})
}

// TestProjectCountProperty proves, for any list of key-laboratory projects of any level,
// start and end within the years around the application, that the readings order the count
// as they should: a project that started in 近三年 overlaps it, so the default (overlap) never
// counts fewer projects than ProjectsByStart; counting other regions' plans never counts
// fewer; a project of a level no clause names (县级, 横向, another province's plan) never
// changes the count; and the count is Unknown only under the overlap reading, when a project
// that started before the period gives no end.
func TestProjectCountProperty(t *testing.T) {
	levels := []eligibility.PlanLevel{eligibility.PlanCity, eligibility.PlanRegional, eligibility.PlanNational,
		eligibility.PlanCounty, eligibility.PlanHorizontal, eligibility.PlanOtherProvince, eligibility.PlanOtherRegional, eligibility.PlanOtherCity}
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(0, 8).Draw(t, "projects")
		var ps []eligibility.Project
		for range k {
			start := day(2019, 1, 1).AddDays(rapid.IntRange(0, 2250).Draw(t, "start")) // up to 2025-03-01
			p := eligibility.Project{Level: rapid.SampledFrom(levels).Draw(t, "level"), Date: start}
			if rapid.Bool().Draw(t, "ended") {
				p.End = start.AddDays(rapid.IntRange(0, 2000).Draw(t, "length"))
			}
			ps = append(ps, p)
		}
		count := func(ps []eligibility.Project, o eligibility.Options) (int64, platform.Outcome) {
			app := keyLab()
			app.KeyLab.Projects = eligibility.Some(ps)
			res, err := eligibility.Check(app, o)
			if err != nil {
				t.Fatalf("Check: %v", err)
			}
			f, _ := res.Finding(eligibility.RuleKeyLabProjects)
			return f.Found.Int, f.Outcome
		}
		overlap, oo := count(ps, eligibility.Options{})
		byStart, so := count(ps, eligibility.Options{ProjectsByStart: true})
		others, _ := count(ps, eligibility.Options{OtherRegionsPlansCount: true})
		if overlap < byStart {
			t.Fatalf("overlap counts %d, fewer than by start %d", overlap, byStart)
		}
		if others < overlap {
			t.Fatalf("counting other regions' plans gives %d, fewer than %d", others, overlap)
		}
		if so == platform.Unknown {
			t.Fatalf("by start the count is never Unknown")
		}
		var named []eligibility.Project
		for _, p := range ps {
			if p.Level <= eligibility.PlanNational || p.Level == eligibility.PlanOtherRegional || p.Level == eligibility.PlanOtherCity {
				named = append(named, p)
			}
		}
		if without, wo := count(named, eligibility.Options{}); without != overlap || wo != oo {
			t.Fatalf("levels no clause names changed the count: %d %v without them, %d %v with", without, wo, overlap, oo)
		}
	})
}
