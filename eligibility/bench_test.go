package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

func benchCheck(b *testing.B, app eligibility.Application) {
	b.Helper()
	if _, err := eligibility.Check(app, eligibility.Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		res, _ := eligibility.Check(app, eligibility.Options{})
		if len(res.Findings) == 0 {
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

// BenchmarkFindingsFloor allocates and appends as many findings as a key-laboratory check
// gives, the plain way (append of struct literals), and does nothing else: a reference for
// what returning []platform.Finding costs on the machine at hand, to read the other figures
// against when the machine is shared.
func BenchmarkFindingsFloor(b *testing.B) {
	rule := platform.Rule{ID: "floor"}
	b.ReportAllocs()
	for b.Loop() {
		out := make([]platform.Finding, 0, 27)
		for i := 0; i < 27; i++ {
			out = append(out, platform.Finding{Rule: &rule, Outcome: platform.Pass}.
				WithWanted(platform.Count(5, platform.Person)).WithFound(platform.Count(int64(i), platform.Person)))
		}
		sinkFindings = out
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

// BenchmarkCheckIntoKeyLaboratory is the key-laboratory check reusing one findings buffer,
// as a service checking a cohort would: the cost of the rules alone, without allocation.
func BenchmarkCheckIntoKeyLaboratory(b *testing.B) {
	app := keyLab()
	c, err := eligibility.New(eligibility.DefaultThresholds())
	if err != nil {
		b.Fatal(err)
	}
	var buf []platform.Finding
	b.ReportAllocs()
	for b.Loop() {
		res, _ := c.CheckInto(buf, app, eligibility.Options{})
		buf = res.Findings
	}
}
