package subsidy_test

import (
	"strconv"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

// cohort is a plan of 10,000 platforms: 3,000 filings, 1,000 upgrades and 6,000 graded
// platforms, spread over five years.
func cohort() subsidy.Plan {
	var p subsidy.Plan
	types := platform.Types()
	grades := platform.Grades()
	for i := 0; i < 3000; i++ {
		p.Filings = append(p.Filings, subsidy.PlannedFiling{Type: types[i%6], Year: 2025 + i%5})
	}
	for i := 0; i < 1000; i++ {
		from, to := platform.City, platform.Regional
		switch i % 3 {
		case 1:
			to = platform.National
		case 2:
			from, to = platform.Regional, platform.National
		}
		p.Upgrades = append(p.Upgrades, subsidy.PlannedUpgrade{Type: types[i%6], From: from, To: to, Year: 2025 + i%5})
	}
	for i := 0; i < 6000; i++ {
		p.Graded = append(p.Graded, subsidy.PlannedGrade{Type: types[i%6], Grade: grades[i/6%4], Cycle: 1 + i%2,
			Held: platform.Level(i % 4), Year: 2027 + i%3})
	}
	return p
}

func BenchmarkBudget10000(b *testing.B) {
	p, s := cohort(), subsidy.DefaultSchedule()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := subsidy.Budget(p, s, subsidy.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEntitle(b *testing.B) {
	var l subsidy.Ledger
	for i := 0; i < 100; i++ {
		l.Entries = append(l.Entries, subsidy.Entry{PlatformID: "P" + string(rune('A'+i%26)), Benefit: subsidy.Cycled(1 + i/26),
			Amount: platform.WanYuan(int64(10 + i))})
	}
	c := subsidy.Claim{PlatformID: "PA", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(2), Grade: platform.Excellent}
	s := subsidy.DefaultSchedule()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := subsidy.Entitle(l, c, s, subsidy.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFiling(b *testing.B) {
	s := subsidy.DefaultSchedule()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := subsidy.Filing(s, platform.KeyLaboratory); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLedgerValidateInstallments validates a ledger of 10,000 platforms each paid
// its filing subsidy in two installments with no date or reference, the first
// installments all entered before the second ones: entries alike but for the amount.
func BenchmarkLedgerValidateInstallments(b *testing.B) {
	const n = 10000
	var l subsidy.Ledger
	for part := int64(1); part <= 2; part++ {
		for i := 0; i < n; i++ {
			l.Entries = append(l.Entries, subsidy.Entry{PlatformID: "P" + strconv.Itoa(i), Benefit: subsidy.Filed(),
				Amount: platform.WanYuan(10 * part)})
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := l.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}
