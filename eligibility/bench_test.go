package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
)

func benchCheck(b *testing.B, app eligibility.Application) {
	b.Helper()
	if _, err := eligibility.Check(app, eligibility.Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		res, _ := eligibility.Check(app, eligibility.Options{})
		if res.Len() == 0 {
			b.Fatal("no findings")
		}
	}
}

// BenchmarkCheckKeyLaboratory checks a key laboratory with every fact supplied and every
// clause of judgment reviewed: every finding is computed.
func BenchmarkCheckKeyLaboratory(b *testing.B) { benchCheck(b, keyLab()) }

// BenchmarkCheckKeyLaboratoryUnreviewed is the same application before review.
func BenchmarkCheckKeyLaboratoryUnreviewed(b *testing.B) {
	app := keyLab()
	app.Reviews = nil
	benchCheck(b, app)
}

var sinkFindings []platform.Finding

// BenchmarkCheckKeyLaboratoryFindings is BenchmarkCheckKeyLaboratory for a caller that
// then asks for the findings as a slice ([eligibility.Result.Findings]): the check, plus
// copying its findings into a new slice.
func BenchmarkCheckKeyLaboratoryFindings(b *testing.B) {
	app := keyLab()
	b.ReportAllocs()
	for b.Loop() {
		res, _ := eligibility.Check(app, eligibility.Options{})
		sinkFindings = res.Findings()
	}
}

// BenchmarkCheckEngineeringCenter checks an engineering technology research center with
// every fact supplied and every judgment reviewed.
func BenchmarkCheckEngineeringCenter(b *testing.B) { benchCheck(b, engineering()) }

// BenchmarkCheckInnovationCenter checks a technology innovation center, every fact supplied.
func BenchmarkCheckInnovationCenter(b *testing.B) { benchCheck(b, innovation()) }

// BenchmarkCheckNewRDInstitution checks an industrial new-type R&D institution.
func BenchmarkCheckNewRDInstitution(b *testing.B) { benchCheck(b, newRD()) }

// BenchmarkCheckFieldStation checks a field station.
func BenchmarkCheckFieldStation(b *testing.B) { benchCheck(b, fieldStation()) }

// BenchmarkCheckClinicalCenter checks a clinical medical research center.
func BenchmarkCheckClinicalCenter(b *testing.B) { benchCheck(b, clinical()) }

var sinkOutcomes [27]platform.Outcome

// bareKeyLaboratory is the reference the performance target of the key-laboratory check is
// set against: the same clauses, hand-written, with no validation, no reviews, no values
// and no findings, only an outcome per criterion. It is not the rules (it hard-codes the
// default thresholds and skips every option); it exists to show, on the machine at hand,
// how much of a check is deciding and how much is explaining.
func bareKeyLaboratory(app *eligibility.Application) (o [27]platform.Outcome) {
	pf := func(b bool) platform.Outcome {
		if b {
			return platform.Pass
		}
		return platform.Fail
	}
	a, k := &app.Applicant, app.KeyLab
	o[0] = pf(a.CreditCode.Locality() == platform.InLhasa)
	o[1] = o[0]
	o[2] = platform.Review
	for _, s := range bareFields {
		if s == a.Field {
			o[2] = platform.Pass
		}
	}
	le, _ := a.IndependentLegalEntity.Get()
	o[3] = pf(le)
	area, _ := k.LabArea.Get()
	o[4] = pf(area.Cmp(bareArea) >= 0)
	equipment, _ := k.EquipmentValue.Get()
	o[5] = pf(equipment.Yuan().Cmp(bareEquipment) >= 0)
	o[6] = pf(!app.Date.Before(platform.FirstDayMet(k.BuiltSince, platform.Years(2), platform.Counting{})))
	team, _ := k.TeamSize.Get()
	o[7] = pf(team >= 10)
	w := platform.LookBack(app.Date, platform.Years(3), platform.Counting{})
	ps, _ := k.Projects.Get()
	n := 0
	for i := range ps {
		if w.Contains(ps[i].Date) {
			n++
		}
	}
	o[8] = pf(n >= 5)
	ds, _ := k.Papers.Get()
	n = 0
	for _, d := range ds {
		if w.Contains(d) {
			n++
		}
	}
	o[9] = pf(n >= 5)
	ft, _ := k.FullTimeResearchers.Get()
	mid, _ := k.MidOrSenior.Get()
	senior, _ := k.Senior.Get()
	o[10], o[11], o[12] = pf(ft >= 15), pf(mid*100 >= ft*30), pf(senior*100 >= ft*10)
	graduate, _ := k.MasterDegreeRight.Get()
	support, _ := k.RelyingUnitSupport.Get()
	o[13], o[14] = pf(graduate), pf(support)
	w = platform.LookBack(app.Date, platform.Years(2), platform.Counting{})
	incidents, _ := a.Integrity.Get()
	clean := true
	for i := range incidents {
		clean = clean && !w.Contains(incidents[i].Date)
	}
	o[15] = pf(clean)
	bans, _ := app.Bans.Get()
	o[16], o[17] = pf(len(bans) == 0), pf(len(bans) == 0)
	for i := 18; i < len(o); i++ {
		o[i] = platform.Review
	}
	return o
}

var (
	bareFields    = eligibility.FocusFields(platform.KeyLaboratory) // the section's list, not a copy of it
	bareArea      = decimal.NewFromInt(300)
	bareEquipment = decimal.NewFromInt(500000)
)

// BenchmarkBareKeyLaboratory runs the hand-written reference on the application of
// BenchmarkCheckKeyLaboratory.
func BenchmarkBareKeyLaboratory(b *testing.B) {
	app := keyLab()
	b.ReportAllocs()
	for b.Loop() {
		sinkOutcomes = bareKeyLaboratory(&app)
	}
}

// TestBareKeyLaboratoryAgrees keeps the reference honest: on the benchmark's application it
// decides what the rules decide (every decided criterion passes; the verdict is eligible
// once the judgments are reviewed), and 0.01 ㎡ under 300 fails it as it fails the rules.
func TestBareKeyLaboratoryAgrees(t *testing.T) {
	app := keyLab()
	res, err := eligibility.Check(app, eligibility.Options{})
	if err != nil || res.Verdict != platform.Eligible {
		t.Fatalf("the benchmark's application: %v %v, want eligible", res.Verdict, err)
	}
	bare := bareKeyLaboratory(&app)
	for i, o := range bare[:18] {
		if o != platform.Pass {
			t.Errorf("reference criterion %d = %v, want pass", i, o)
		}
	}
	small := keyLab()
	lab := *small.KeyLab
	lab.LabArea = eligibility.Some(decimal.RequireFromString("299.99"))
	small.KeyLab = &lab
	if o := bareKeyLaboratory(&small)[4]; o != platform.Fail {
		t.Errorf("reference lab area 299.99 = %v, want fail", o)
	}
	if res, _ := eligibility.Check(small, eligibility.Options{}); res.Verdict != platform.Ineligible {
		t.Errorf("rules lab area 299.99 = %v, want ineligible", res.Verdict)
	}
}
