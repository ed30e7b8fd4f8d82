package subsidy_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

// FuzzEntitle feeds arbitrary ledgers and claims to Entitle: it never panics, and when it
// answers, what is payable lies between 0 and the award, tops up what was received to
// the award and no further, and the new ledger is valid and one entry longer only when
// something is paid.
func FuzzEntitle(f *testing.F) {
	f.Add(`{"entries":[]}`, `{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"filing"}}`, false, false)
	f.Add(`{"entries":[{"platform_id":"P","benefit":{"kind":"filing"},"amount":"300000","source":{"document":"其他文件"}}]}`,
		`{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"filing"}}`, false, false)
	f.Add(`{"entries":[{"platform_id":"P","benefit":{"kind":"upgrade","level":"regional"},"amount":"500000"}]}`,
		`{"platform_id":"P","type":"clinical_research_center","benefit":{"kind":"upgrade","level":"national"},"from":"regional"}`, true, false)
	f.Add(`{"entries":[{"platform_id":"P","benefit":{"kind":"cycle","cycle":1},"amount":"9000000.01"}]}`,
		`{"platform_id":"P","type":"新型研发机构","benefit":{"kind":"cycle","cycle":1},"grade":"优秀","held":"national"}`, false, true)
	f.Add(`{"entries":[{"platform_id":"","benefit":{"kind":"cycle","cycle":-1},"amount":"-1"}]}`,
		`{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"upgrade","level":"city"},"from":"national"}`, false, false)
	f.Add(`{"entries":[{"platform_id":"P","benefit":{"kind":"filing"},"amount":"300000","ref":"G","granted":true,"source":{"document":"其他文件","level":"city"}},`+
		`{"platform_id":"P","benefit":{"kind":"filing"},"amount":"300000","grant":"G","source":{"document":"其他文件","level":"city"}}]}`,
		`{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"filing"}}`, false, false)
	f.Add(`{"entries":[{"platform_id":"P","benefit":{"kind":"upgrade","level":"regional"},"amount":"500000"}]}`,
		`{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"upgrade","level":"regional"},"city_filing":"not_filed"}`, false, false)
	f.Add(`{"entries":[]}`,
		`{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"upgrade","level":"national"},"city_filing":"unknown","from":"regional"}`, true, false)
	f.Fuzz(func(t *testing.T, ledger, claim string, topUp, cease bool) {
		var l subsidy.Ledger
		var c subsidy.Claim
		_ = json.Unmarshal([]byte(ledger), &l)
		_ = json.Unmarshal([]byte(claim), &c)
		opts := subsidy.Options{TopUp: topUp, CeaseCycleAfterUpgrade: cease}
		en, out, err := subsidy.Entitle(l, c, subsidy.DefaultSchedule(), opts)
		if err != nil {
			if out.Entries != nil || en.Findings != nil {
				t.Fatalf("Entitle computed on bad input: %v", err)
			}
			return
		}
		if en.Payable.IsNegative() || en.Payable.Cmp(en.Award.Amount) > 0 || en.Excess.IsNegative() {
			t.Fatalf("payable %v, excess %v, award %v", en.Payable, en.Excess, en.Award.Amount)
		}
		unknown := en.Award.Finding.Outcome == platform.Unknown
		if unknown && (!en.Payable.IsZero() || !en.Excess.IsZero()) {
			t.Fatalf("an upgrade not known to be owed pays %v with excess %v", en.Payable, en.Excess)
		}
		if got := en.Deducted().Add(en.Payable).Sub(en.Excess); !unknown && !got.Equal(en.Award.Amount) {
			t.Fatalf("deducted %v + payable %v − excess %v ≠ award %v", en.Deducted(), en.Payable, en.Excess, en.Award.Amount)
		}
		want := len(l.Entries)
		if !en.Payable.IsZero() {
			want++
		}
		if len(out.Entries) != want {
			t.Fatalf("new ledger has %d entries, want %d", len(out.Entries), want)
		}
		if err := out.Validate(); err != nil {
			t.Fatalf("new ledger invalid: %v", err)
		}
		again, _, err := subsidy.Entitle(out, c, subsidy.DefaultSchedule(), opts)
		if err != nil || !again.Payable.IsZero() {
			t.Fatalf("the same claim paid again: %v, %v", again.Payable, err)
		}
	})
}

// FuzzScheduleJSON reads arbitrary JSON as a schedule: no panic, and a schedule that
// validates round-trips with the same fingerprint.
func FuzzScheduleJSON(f *testing.F) {
	b, _ := json.Marshal(subsidy.DefaultSchedule())
	f.Add(string(b))
	f.Add(`{"filing":[{"type":"key_laboratory","amount":"-1","citation":"第十五条"}]}`)
	f.Add(`{"upgrade":[{"level":"city","amount":"1.001","citation":"第十七条"}],"cycle":null}`)
	f.Fuzz(func(t *testing.T, in string) {
		var s subsidy.Schedule
		if json.Unmarshal([]byte(in), &s) != nil || s.Validate() != nil {
			return
		}
		fp, err := s.Fingerprint()
		if err != nil {
			t.Fatalf("Fingerprint of a valid schedule: %v", err)
		}
		out, _ := json.Marshal(s)
		var back subsidy.Schedule
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("re-reading %s: %v", out, err)
		}
		if fp2, _ := back.Fingerprint(); fp2 != fp {
			t.Fatalf("fingerprint %s after a round trip, was %s", fp2, fp)
		}
		a, err := subsidy.Filing(s, platform.KeyLaboratory)
		if err != nil || a.Edition.Fingerprint != fp {
			t.Fatalf("Filing on a valid schedule: %v, fingerprint %s want %s", err, a.Edition.Fingerprint, fp)
		}
	})
}

// FuzzBudget reads arbitrary JSON as a plan: no panic, and a budget's breakdowns each sum
// to its total.
func FuzzBudget(f *testing.F) {
	b, _ := json.Marshal(samplePlan())
	f.Add(string(b), false, false)
	f.Add(`{"filings":[{"type":"key_laboratory","year":1},{"type":"field_station","year":9999}]}`, true, true)
	f.Add(`{"upgrades":[{"type":"key_laboratory","from":"national","to":"city","year":2025}]}`, true, false)
	f.Fuzz(func(t *testing.T, in string, topUp, cease bool) {
		var p subsidy.Plan
		if json.Unmarshal([]byte(in), &p) != nil {
			return
		}
		r, err := subsidy.Budget(p, subsidy.DefaultSchedule(), subsidy.Options{TopUp: topUp, CeaseCycleAfterUpgrade: cease})
		if err != nil {
			return
		}
		n := len(p.Filings) + len(p.Upgrades) + len(p.Graded)
		for _, ps := range [][]subsidy.Part{r.ByKind, r.ByType, r.ByGrade, r.ByYear} {
			if a, c := sumParts(ps); !a.Equal(r.Total) || c != n {
				t.Fatalf("parts sum to %v over %d, total %v over %d", a, c, r.Total, n)
			}
		}
	})
}

// FuzzParseCityFiling: no panic, and what parses marshals back to a code that parses to
// the same value.
func FuzzParseCityFiling(f *testing.F) {
	for _, s := range []string{"filed", "not_filed", "unknown", "not_stated", "未经市级备案", " filed ", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := subsidy.ParseCityFiling(s)
		if err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", v, err)
		}
		if v2, err := subsidy.ParseCityFiling(string(b)); err != nil || v2 != v {
			t.Fatalf("%q → %v → %s → %v, %v", s, v, b, v2, err)
		}
	})
}

// FuzzParseBenefitKind: no panic, and what parses marshals back to a code that parses to
// the same kind.
func FuzzParseBenefitKind(f *testing.F) {
	for _, s := range []string{"filing", "upgrade", "cycle", "备案扶持资助", " cycle ", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := subsidy.ParseBenefitKind(s)
		if err != nil {
			return
		}
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", k, err)
		}
		if k2, err := subsidy.ParseBenefitKind(string(b)); err != nil || k2 != k {
			t.Fatalf("%q → %v → %s → %v, %v", s, k, b, k2, err)
		}
	})
}
