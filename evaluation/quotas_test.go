package evaluation_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/stretchr/testify/assert"
)

// TestQuotas22 proves the integer arithmetic of 第二十二条: at most ⌊30·N/100⌋ 优秀 and at
// least ⌈10·N/100⌉ 较差, for N = 1 … 25 and some large N. The figures are written out by hand.
func TestQuotas22(t *testing.T) {
	tests := []struct {
		name       string
		rule       string
		cite       platform.Citation
		n          int
		cap, floor int
	}{
		{"没有参评平台时上限与下限均为0", "evaluation.22.cap_excellent", platform.Art(22), 0, 0, 0},
		{"参评1家：优秀上限0家，较差下限1家", "evaluation.22.floor_poor", platform.Art(22), 1, 0, 1},
		{"参评2家：优秀上限0家，较差下限1家", "evaluation.22.floor_poor", platform.Art(22), 2, 0, 1},
		{"参评3家：优秀上限0家（0.9取整），较差下限1家", "evaluation.22.cap_excellent", platform.Art(22), 3, 0, 1},
		{"参评4家：优秀上限1家，较差下限1家", "evaluation.22.cap_excellent", platform.Art(22), 4, 1, 1},
		{"参评5家：优秀上限1家，较差下限1家", "evaluation.22.floor_poor", platform.Art(22), 5, 1, 1},
		{"参评6家：优秀上限1家，较差下限1家", "evaluation.22.cap_excellent", platform.Art(22), 6, 1, 1},
		{"参评7家：优秀上限2家，较差下限1家", "evaluation.22.cap_excellent", platform.Art(22), 7, 2, 1},
		{"参评8家：优秀上限2家，较差下限1家", "evaluation.22.floor_poor", platform.Art(22), 8, 2, 1},
		{"参评9家：优秀上限2家（2.7取整），较差下限1家", "evaluation.22.cap_excellent", platform.Art(22), 9, 2, 1},
		{"参评10家：优秀上限恰为3家，较差下限恰为1家", "evaluation.22.cap_excellent", platform.Art(22), 10, 3, 1},
		{"参评11家：优秀上限3家，较差下限2家（1.1向上取整）", "evaluation.22.floor_poor", platform.Art(22), 11, 3, 2},
		{"参评12家：优秀上限3家，较差下限2家", "evaluation.22.floor_poor", platform.Art(22), 12, 3, 2},
		{"参评13家：优秀上限3家（3.9取整），较差下限2家", "evaluation.22.cap_excellent", platform.Art(22), 13, 3, 2},
		{"参评14家：优秀上限4家，较差下限2家", "evaluation.22.cap_excellent", platform.Art(22), 14, 4, 2},
		{"参评15家：优秀上限4家，较差下限2家", "evaluation.22.floor_poor", platform.Art(22), 15, 4, 2},
		{"参评16家：优秀上限4家，较差下限2家", "evaluation.22.cap_excellent", platform.Art(22), 16, 4, 2},
		{"参评17家：优秀上限5家，较差下限2家", "evaluation.22.cap_excellent", platform.Art(22), 17, 5, 2},
		{"参评18家：优秀上限5家，较差下限2家", "evaluation.22.floor_poor", platform.Art(22), 18, 5, 2},
		{"参评19家：优秀上限5家，较差下限2家", "evaluation.22.cap_excellent", platform.Art(22), 19, 5, 2},
		{"参评20家：优秀上限6家，较差下限恰为2家", "evaluation.22.floor_poor", platform.Art(22), 20, 6, 2},
		{"参评21家：优秀上限6家，较差下限3家", "evaluation.22.floor_poor", platform.Art(22), 21, 6, 3},
		{"参评22家：优秀上限6家，较差下限3家", "evaluation.22.cap_excellent", platform.Art(22), 22, 6, 3},
		{"参评23家：优秀上限6家（6.9取整），较差下限3家", "evaluation.22.cap_excellent", platform.Art(22), 23, 6, 3},
		{"参评24家：优秀上限7家，较差下限3家", "evaluation.22.floor_poor", platform.Art(22), 24, 7, 3},
		{"参评25家：优秀上限7家，较差下限3家", "evaluation.22.cap_excellent", platform.Art(22), 25, 7, 3},
		{"参评100家：优秀上限30家，较差下限10家", "evaluation.22.cap_excellent", platform.Art(22), 100, 30, 10},
		{"参评101家：优秀上限30家，较差下限11家", "evaluation.22.floor_poor", platform.Art(22), 101, 30, 11},
		{"参评999家：优秀上限299家，较差下限100家", "evaluation.22.cap_excellent", platform.Art(22), 999, 299, 100},
		{"参评1000家：优秀上限300家，较差下限100家", "evaluation.22.floor_poor", platform.Art(22), 1000, 300, 100},
		{"参评1001家：优秀上限300家，较差下限101家", "evaluation.22.floor_poor", platform.Art(22), 1001, 300, 101},
		{"参评10000家：优秀上限3000家，较差下限1000家", "evaluation.22.cap_excellent", platform.Art(22), 10000, 3000, 1000},
		{"参评1000003家：优秀上限300000家，较差下限100001家", "evaluation.22.floor_poor", platform.Art(22), 1000003, 300000, 100001},
		{"参评1000001家：优秀上限300000家（300000.3取整），较差下限100001家（100000.1向上取整）", "evaluation.22.floor_poor", platform.Art(22), 1000001, 300000, 100001},
		{"参评2^62家：30%×N溢出int64时上限仍为⌊0.3N⌋", "evaluation.22.cap_excellent", platform.Art(22), 4611686018427387904, 1383505805528216371, 461168601842738791},
		{"参评int64最大值家：上限与下限均不溢出", "evaluation.22.floor_poor", platform.Art(22), 9223372036854775807, 2767011611056432742, 922337203685477581},
		{"参评数为负时上限与下限均为0", "evaluation.22.cap_excellent", platform.Art(22), -5, 0, 0},
	}
	q := evaluation.DefaultQuotas()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := q.Cap(tt.n); got != tt.cap {
				t.Errorf("Cap(%d) = %d, want %d (%s, %s)", tt.n, got, tt.cap, tt.rule, tt.cite)
			}
			if got := q.Floor(tt.n); got != tt.floor {
				t.Errorf("Floor(%d) = %d, want %d (%s, %s)", tt.n, got, tt.floor, tt.rule, tt.cite)
			}
		})
	}
}

// TestQuotasGraded22 grades rounds of N platforms that all fall in the 优秀 band, so that the
// cap and floor of 第二十二条 show in the result for N = 1 … 25.
func TestQuotasGraded22(t *testing.T) {
	wantCap := []int{0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7}
	wantFloor := []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3}
	for n := 1; n <= 25; n++ {
		var specs []string
		for i := 0; i < n; i++ {
			specs = append(specs, idOf(i)+"="+hundredths(9999-i))
		}
		res := mustGrade(t, round(specs...), evaluation.Options{})
		g := res.Groups[0]
		rule := "evaluation.22.cap_excellent"
		if g.N != n || g.Cap != wantCap[n-1] || g.Floor != wantFloor[n-1] {
			t.Errorf("N=%d: group N=%d cap=%d floor=%d, want %d %d %d (%s)", n, g.N, g.Cap, g.Floor, n, wantCap[n-1], wantFloor[n-1], rule)
		}
		if g.Final.Excellent != wantCap[n-1] || g.Final.Poor != wantFloor[n-1] {
			t.Errorf("N=%d: final %+v, want %d excellent and %d poor (evaluation.22.floor_poor)", n, g.Final, wantCap[n-1], wantFloor[n-1])
		}
	}
}

func TestQuotasBoundWords(t *testing.T) {
	q := evaluation.DefaultQuotas()
	q.Excellent.Bound = platform.LessThanDiYu
	q.Poor.Bound = platform.MoreThanGaoYu
	tests := []struct {
		name       string
		rule       string
		cite       platform.Citation
		n          int
		cap, floor int
	}{
		{"“低于30%”时参评10家优秀至多2家", "evaluation.22.cap_excellent", platform.Art(22), 10, 2, 2},
		{"“高于10%”时参评11家较差至少2家", "evaluation.22.floor_poor", platform.Art(22), 11, 3, 2},
		{"“高于10%”时参评1家较差为1家", "evaluation.22.floor_poor", platform.Art(22), 1, 0, 1},
		{"参评0家时均为0", "evaluation.22.cap_excellent", platform.Art(22), 0, 0, 0},
		{"“低于30%”“高于10%”时参评int64最大值家不溢出", "evaluation.22.floor_poor", platform.Art(22), 9223372036854775807, 2767011611056432742, 922337203685477581},
		{"“低于30%”时参评2^62家：0.3N非整数，上限为其整数部分", "evaluation.22.cap_excellent", platform.Art(22), 4611686018427387904, 1383505805528216371, 461168601842738791},
	}
	for _, tt := range tests {
		if got := q.Cap(tt.n); got != tt.cap {
			t.Errorf("%s: Cap(%d) = %d, want %d (%s)", tt.name, tt.n, got, tt.cap, tt.rule)
		}
		if got := q.Floor(tt.n); got != tt.floor {
			t.Errorf("%s: Floor(%d) = %d, want %d (%s)", tt.name, tt.n, got, tt.floor, tt.rule)
		}
	}
	zero := evaluation.DefaultQuotas()
	zero.Excellent = evaluation.Quota{Percent: 1, Bound: platform.LessThanDiYu, Cite: platform.Art(22)}
	if got := zero.Cap(10); got != 0 {
		t.Errorf("低于1%%: Cap(10) = %d, want 0", got)
	}
}

func TestQuotasValidate(t *testing.T) {
	if err := evaluation.DefaultQuotas().Validate(); err != nil {
		t.Fatalf("DefaultQuotas().Validate() = %v", err)
	}
	tests := []struct {
		name  string
		rule  string
		cite  platform.Citation
		edit  func(*evaluation.Quotas)
		kind  platform.Kind
		field string
	}{
		{"优秀比例为负", "evaluation.22.cap_excellent", platform.Art(22), func(q *evaluation.Quotas) { q.Excellent.Percent = -1 }, platform.ErrRange, "quotas.excellent.percent"},
		{"较差比例超过100", "evaluation.22.floor_poor", platform.Art(22), func(q *evaluation.Quotas) { q.Poor.Percent = 101 }, platform.ErrRange, "quotas.poor.percent"},
		{"优秀用了下限词", "evaluation.22.cap_excellent", platform.Art(22), func(q *evaluation.Quotas) { q.Excellent.Bound = platform.AtLeastBuDiYu }, platform.ErrInvalid, "quotas.excellent.bound"},
		{"较差用了上限词", "evaluation.22.floor_poor", platform.Art(22), func(q *evaluation.Quotas) { q.Poor.Bound = platform.AtMostBuChaoGuo }, platform.ErrInvalid, "quotas.poor.bound"},
		{"较差缺少边界词", "evaluation.22.floor_poor", platform.Art(22), func(q *evaluation.Quotas) { q.Poor.Bound = 0 }, platform.ErrInvalid, "quotas.poor.bound"},
		{"缺少引用条款", "evaluation.22.cap_excellent", platform.Art(22), func(q *evaluation.Quotas) { q.Excellent.Cite = platform.Citation{} }, platform.ErrMissing, "quotas.excellent.citation"},
		{"两比例之和超过100%", "evaluation.22.floor_poor", platform.Art(22), func(q *evaluation.Quotas) { q.Excellent.Percent = 60; q.Poor.Percent = 41 }, platform.ErrConflict, "quotas"},
		{"严格词下两比例之和为100%", "evaluation.22.floor_poor", platform.Art(22), func(q *evaluation.Quotas) {
			q.Excellent.Percent = 90
			q.Poor.Bound = platform.MoreThanGaoYu
		}, platform.ErrConflict, "quotas"},
		{"“低于0%”不容任何优秀", "evaluation.22.cap_excellent", platform.Art(22), func(q *evaluation.Quotas) {
			q.Excellent.Percent = 0
			q.Excellent.Bound = platform.LessThanDiYu
		}, platform.ErrRange, "quotas.excellent.percent"},
		{"“高于100%”无法满足", "evaluation.22.floor_poor", platform.Art(22), func(q *evaluation.Quotas) {
			q.Excellent.Percent = 0
			q.Poor.Percent = 100
			q.Poor.Bound = platform.MoreThanGaoYu
		}, platform.ErrRange, "quotas.poor.percent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := evaluation.DefaultQuotas()
			tt.edit(&q)
			assertProblem(t, q.Validate(), tt.kind, tt.field, tt.rule+" "+tt.cite.String())
		})
	}
	q := evaluation.DefaultQuotas()
	q.Excellent.Percent, q.Poor.Percent = 90, 10
	if err := q.Validate(); err != nil {
		t.Errorf("90%% + 10%% with inclusive words: Validate() = %v, want nil", err)
	}
}

func TestQuotasJSON(t *testing.T) {
	q := evaluation.DefaultQuotas()
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"excellent":{"percent":30,"bound":"不超过","citation":"第二十二条","zh":"原则上评估结果为优秀的不超过参评科技创新平台数量的30%"},"poor":{"percent":10,"bound":"不低于","citation":"第二十二条","zh":"评估结果为较差的不低于参评数量的10%"}}`
	if string(b) != want {
		t.Errorf("json.Marshal(DefaultQuotas()) =\n%s\nwant\n%s", b, want)
	}
	var back evaluation.Quotas
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(q, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	// A fresh copy each time: editing one does not change the next.
	q.Excellent.Percent = 50
	if evaluation.DefaultQuotas().Excellent.Percent != 30 {
		t.Error("DefaultQuotas is not a fresh copy")
	}
}

func assertProblem(t *testing.T, err error, kind platform.Kind, field, rule string) {
	t.Helper()
	if !assert.Error(t, err, "want %v on %s (%s)", kind, field, rule) {
		return
	}
	assert.ErrorIs(t, err, kind, "(%s)", rule)
	assert.True(t, hasField(err, field), "error %v does not name %q (%s)", err, field, rule)
}

// hasField reports whether err, or one of the errors joined in it, is a *platform.Error
// naming field.
func hasField(err error, field string) bool {
	var pe *platform.Error
	if errors.As(err, &pe) && pe.Field == field {
		return true
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			if hasField(e, field) {
				return true
			}
		}
	}
	return false
}

// TestQuotasDefinition22 checks Cap and Floor against their definitions for every whole
// percentage, both kinds of boundary word and N = 0 … 2,000: Cap is the largest c with
// 100·c ≤ p·N (100·c < p·N under 低于), Floor the smallest c with 100·c ≥ p·N (100·c > p·N
// under 高于), capped at N.
func TestQuotasDefinition22(t *testing.T) {
	for p := 0; p <= 100; p++ {
		for _, strict := range []bool{false, true} {
			q := evaluation.DefaultQuotas()
			q.Excellent.Percent, q.Poor.Percent = p, p
			if strict {
				q.Excellent.Bound, q.Poor.Bound = platform.LessThanDiYu, platform.MoreThanGaoYu
			}
			admitsCap := func(c, n int) bool { return 100*c < p*n || !strict && 100*c == p*n }
			admitsFloor := func(c, n int) bool { return 100*c > p*n || !strict && 100*c == p*n }
			for n := 0; n <= 2000; n++ {
				c := q.Cap(n)
				if c < 0 || (c > 0 && !admitsCap(c, n)) || (c < n && admitsCap(c+1, n)) {
					t.Fatalf("p=%d strict=%v: Cap(%d) = %d (evaluation.22.cap_excellent)", p, strict, n, c)
				}
				f := q.Floor(n)
				ok := f >= 0 && f <= n && (f == n || admitsFloor(f, n)) && (f == 0 || !admitsFloor(f-1, n))
				if n > 0 && f == n && !admitsFloor(f, n) {
					ok = ok && !admitsFloor(n, n) // capped at N: even all N do not reach it
				}
				if !ok {
					t.Fatalf("p=%d strict=%v: Floor(%d) = %d (evaluation.22.floor_poor)", p, strict, n, f)
				}
			}
		}
	}
}
