package evaluation_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func decp(s string) *decimal.Decimal { d := dec(s); return &d }

// scores lists the seven scores in the order of 第二十一条.
func scores(s ...string) evaluation.Scores {
	out := evaluation.Scores{}
	for i, d := range evaluation.Dimensions() {
		if i < len(s) && s[i] != "" {
			out[d] = dec(s[i])
		}
	}
	return out
}

// sevenths is a scheme whose weights have ten decimals, so totals take the decimal path.
func sevenths() evaluation.Scheme {
	w := evaluation.Weights{}
	for _, d := range evaluation.Dimensions() {
		w[d] = dec("0.1428571428")
	}
	w[evaluation.Incubation] = dec("0.1428571432")
	return evaluation.Scheme{Name: "sevenths", Cite: platform.Art(21), Weights: w}
}

func TestTotal21(t *testing.T) {
	tests := []struct {
		name      string
		rule      string
		cite      platform.Citation
		scheme    evaluation.Scheme
		p         evaluation.Participant
		score     string
		rounded   bool
		provision platform.Grade
	}{
		{"七项得分按示例权重加总：0.15×491.5+0.10×70.5=80.775，四舍五入为80.78", "evaluation.21.total", platform.Art(21), evaluation.IllustrativeScheme(),
			evaluation.Participant{Scores: scores("90", "85.5", "77", "60", "88", "91", "70.5")}, "80.78", true, platform.Good},
		{"精确值80.765四舍五入（非银行家舍入）为80.77", "evaluation.21.total", platform.Art(21), evaluation.IllustrativeScheme(),
			evaluation.Participant{Scores: scores("90", "85.5", "77", "60", "88", "91", "70.4")}, "80.77", true, platform.Good},
		{"各项均为80分时总分恰为80，不需舍入，落入良好区间下限", "evaluation.21.total", platform.Art(21), evaluation.IllustrativeScheme(),
			evaluation.Participant{Scores: scores("80", "80", "80", "80", "80", "80", "80")}, "80", false, platform.Good},
		{"各项均为0分时总分为0", "evaluation.21.total", platform.Art(21), evaluation.IllustrativeScheme(),
			evaluation.Participant{Scores: scores("0", "0", "0", "0", "0", "0", "0")}, "0", false, platform.Poor},
		{"各项均为100分时总分为100，落入优秀区间并含100", "evaluation.21.total", platform.Art(21), evaluation.IllustrativeScheme(),
			evaluation.Participant{Scores: scores("100", "100", "100", "100", "100", "100", "100")}, "100", false, platform.Excellent},
		{"十位小数的权重走十进制计算：各项89.995分，总分89.995舍入为90.00，落入优秀", "evaluation.21.total", platform.Art(21), sevenths(),
			evaluation.Participant{Scores: scores("89.995", "89.995", "89.995", "89.995", "89.995", "89.995", "89.995")}, "90", true, platform.Excellent},
		{"七位小数的得分走十进制计算", "evaluation.21.total", platform.Art(21), evaluation.IllustrativeScheme(),
			evaluation.Participant{Scores: scores("79.9999999", "80", "80", "80", "80", "80", "80")}, "80", true, platform.Good},
		{"提供总分89.995，四舍五入为90.00，落入优秀区间", "evaluation.21.total", platform.Art(21), evaluation.Scheme{},
			evaluation.Participant{Total: decp("89.995")}, "90", true, platform.Excellent},
		{"提供总分89.994，四舍五入为89.99，落入良好区间", "evaluation.21.total", platform.Art(21), evaluation.Scheme{},
			evaluation.Participant{Total: decp("89.994")}, "89.99", true, platform.Good},
		{"提供总分90恰为优秀区间下限", "evaluation.22.band", platform.Art(22), evaluation.Scheme{},
			evaluation.Participant{Total: decp("90")}, "90", false, platform.Excellent},
		{"提供总分89.99在良好区间上沿", "evaluation.22.band", platform.Art(22), evaluation.Scheme{},
			evaluation.Participant{Total: decp("89.99")}, "89.99", false, platform.Good},
		{"提供总分60恰为合格区间下限", "evaluation.22.band", platform.Art(22), evaluation.Scheme{},
			evaluation.Participant{Total: decp("60.00")}, "60", false, platform.Qualified},
		{"提供总分59.99为较差", "evaluation.22.band", platform.Art(22), evaluation.Scheme{},
			evaluation.Participant{Total: decp("59.99")}, "59.99", false, platform.Poor},
		{"提供总分有二十位小数时走十进制计算", "evaluation.21.total", platform.Art(21), evaluation.Scheme{},
			evaluation.Participant{Total: decp("70.00500000000000000001")}, "70.01", true, platform.Qualified},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			p.PlatformID, p.Type, p.Cycle = "P01", platform.KeyLaboratory, 1
			// Nine more platforms at 70 keep the quotas away from P01 unless it is 较差 or 优秀.
			r := round("Q01=70", "Q02=70", "Q03=70", "Q04=70", "Q05=70", "Q06=70", "Q07=70", "Q08=70", "Q09=50")
			r.Participants = append(r.Participants, p)
			params := evaluation.IllustrativeParameters()
			params.Scheme = tt.scheme
			res, err := evaluation.Grade(r, params, evaluation.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := res.Find("P01")
			if !got.Score.Equal(dec(tt.score)) {
				t.Errorf("score = %s, want %s (%s, %s)", got.Score, tt.score, tt.rule, tt.cite)
			}
			if got.Provisional != tt.provision {
				t.Errorf("provisional = %v, want %v (%s)", got.Provisional, tt.provision, tt.rule)
			}
			f, ok := findingOf(got.Findings, "evaluation.21.total")
			if ok != tt.rounded {
				t.Errorf("rounding finding present = %v, want %v (%s)", ok, tt.rounded, tt.rule)
			}
			if ok && f.Found.Dec.Equal(got.Score) {
				t.Errorf("rounding finding shows %s, the rounded score, want the exact total", f.Found.Dec)
			}
		})
	}
}

func TestTotalExactValue21(t *testing.T) {
	r := round("Q01=70")
	r.Participants = append(r.Participants, evaluation.Participant{PlatformID: "P01", Type: platform.KeyLaboratory, Cycle: 1,
		Scores: scores("90", "85.5", "77", "60", "88", "91", "70.5")})
	res := mustGrade(t, r, evaluation.Options{WaivePoorFloorBelow: 5})
	p, _ := res.Find("P01")
	f, ok := findingOf(p.Findings, "evaluation.21.total")
	if !ok || !f.Found.Dec.Equal(dec("80.775")) {
		t.Errorf("evaluation.21.total finding = %s, want found 80.775", f.English())
	}
}

func TestZeroWeightDimension21(t *testing.T) {
	s := evaluation.IllustrativeScheme()
	s.Weights[evaluation.Incubation] = dec("0")
	s.Weights[evaluation.MajorTasks] = dec("0.25")
	r := round("Q01=70")
	r.Participants = append(r.Participants, evaluation.Participant{PlatformID: "P01", Type: platform.KeyLaboratory, Cycle: 1,
		Scores: scores("80", "80", "80", "80", "80", "80", "")})
	params := evaluation.IllustrativeParameters()
	params.Scheme = s
	res, err := evaluation.Grade(r, params, evaluation.Options{WaivePoorFloorBelow: 5})
	if err != nil {
		t.Fatalf("a dimension weighted 0 need not be scored (evaluation.21.scheme): %v", err)
	}
	p, _ := res.Find("P01")
	if !p.Score.Equal(dec("80")) {
		t.Errorf("score = %s, want 80", p.Score)
	}
}

func TestRank(t *testing.T) {
	res := mustGrade(t, round("P05=80", "P01=90", "P03=85", "P02=90", "P04=85", "P06=70"), evaluation.Options{})
	want := map[string]int{"P01": 1, "P02": 1, "P03": 3, "P04": 3, "P05": 5, "P06": 6}
	for id, rank := range want {
		p, _ := res.Find(id)
		if p.Rank != rank {
			t.Errorf("%s rank = %d, want %d (equal totals share a rank)", id, p.Rank, rank)
		}
	}
	if got, want := finals(res), "P01:良好 P02:良好 P03:良好 P04:良好 P05:良好 P06:较差"; got != want {
		t.Errorf("order and grades = %s, want %s (the tie at the cap of 1 is lowered together)", got, want)
	}
}

func TestOrderByPlatformID(t *testing.T) {
	ids := []string{"LS-KL-2024-0002", "LS-KL-2024-00010", "LS-KL-2024-000\x00", "LS-KL-2024-0001", "LS-KL-2024-000"}
	want := "LS-KL-2024-000:合格 LS-KL-2024-000\x00:合格 LS-KL-2024-0001:合格 LS-KL-2024-00010:合格 LS-KL-2024-0002:合格 Z:较差"
	for _, o := range []evaluation.Options{{}, {GroupBy: evaluation.ByType}} {
		var specs []string
		for _, id := range ids {
			specs = append(specs, id+"=70")
		}
		res := mustGrade(t, round(append(specs, "Z=10")...), o)
		if got := finals(res); got != want {
			t.Errorf("%v: order = %q, want %q (equal totals are listed by platform ID)", o.GroupBy, got, want)
		}
	}
}

func TestBandsBetweenHundredths22(t *testing.T) {
	params := evaluation.IllustrativeParameters()
	b := func(g platform.Grade, lo, hi string) evaluation.Band {
		return evaluation.Band{Grade: g, Min: dec(lo), Max: dec(hi), Cite: platform.Art(22)}
	}
	// The 合格 band holds no total of two decimals: 59.991 ≤ x < 59.999.
	params.Bands = evaluation.Bands{b(platform.Good, "59.999", "100"), b(platform.Poor, "0", "59.991"), b(platform.Qualified, "59.991", "59.999")}
	tests := []struct {
		name  string
		rule  string
		cite  platform.Citation
		total string
		want  platform.Grade
	}{
		{"总分59.995舍入为60.00，达到59.999，为良好", "evaluation.22.band", platform.Art(22), "59.995", platform.Good},
		{"总分59.99低于59.991，为较差", "evaluation.22.band", platform.Art(22), "59.99", platform.Poor},
	}
	for _, tt := range tests {
		res, err := evaluation.Grade(round("P01="+tt.total), params, evaluation.Options{WaivePoorFloorBelow: 2})
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Participants[0].Provisional; got != tt.want {
			t.Errorf("%s: provisional = %v, want %v (%s)", tt.name, got, tt.want, tt.rule)
		}
	}
}

// TestLargeRoundTotals21 grades 20,000 scorecards, enough for the shared caches of large
// rounds, and checks every score and every exact total against decimal arithmetic.
func TestLargeRoundTotals21(t *testing.T) {
	params := evaluation.IllustrativeParameters()
	r := round()
	want := map[string][2]decimal.Decimal{}
	for i := 0; i < 20000; i++ {
		sc := evaluation.Scores{}
		total := decimal.Zero
		for j, d := range evaluation.Dimensions() {
			// Every fifth platform has a score with five decimals, beyond the cache.
			s := decimal.New(int64(400+(i*37+j*11)%600), -1)
			if i%5 == 0 && s.LessThan(decimal.NewFromInt(99)) {
				s = s.Add(decimal.New(int64(i%1000+1), -5))
			}
			sc[d] = s
			total = total.Add(params.Scheme.Weights[d].Mul(s))
		}
		id := fmt.Sprintf("P%05d", i)
		want[id] = [2]decimal.Decimal{total.Round(2), total}
		r.Participants = append(r.Participants, evaluation.Participant{PlatformID: id, Type: platform.KeyLaboratory, Cycle: 1, Scores: sc})
	}
	res, err := evaluation.Grade(r, params, evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Participants {
		w := want[p.PlatformID]
		if !p.Score.Equal(w[0]) {
			t.Errorf("%s score = %s, want %s (evaluation.21.total)", p.PlatformID, p.Score, w[0])
		}
		f, ok := findingOf(p.Findings, "evaluation.21.total")
		if ok != !w[0].Equal(w[1]) || (ok && !f.Found.Dec.Equal(w[1])) {
			t.Errorf("%s total finding %v %v, want exact %s (evaluation.21.total)", p.PlatformID, ok, f.Found.Dec, w[1])
		}
	}
}

// TestScoreFindingsInPoints: the score a band finding shows, and the exact total a rounding
// finding shows, are in points (分), the root's unit for evaluation scores.
func TestScoreFindingsInPoints(t *testing.T) {
	res := mustGrade(t, round("P01=80.765"), evaluation.Options{})
	for _, id := range []string{"evaluation.21.total", "evaluation.22.band"} {
		f, ok := findingOf(res.Participants[0].Findings, id)
		if !ok || f.Found.Unit != platform.Points {
			t.Errorf("%s: found %+v, want a quantity in points (%s)", id, f.Found, id)
		}
	}
	f, _ := findingOf(res.Participants[0].Findings, "evaluation.22.band")
	if got := f.Chinese(); !strings.Contains(got, "80.77分") {
		t.Errorf("band finding %q does not show 80.77分 (evaluation.22.band)", got)
	}
}
