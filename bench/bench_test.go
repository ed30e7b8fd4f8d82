// Package bench_test measures the library's main entry points (eligibility's checks, a
// replay of 1,000 events, rounds of 10,000 and 1,000,000 participants) through the public
// API alone, in a test binary that links nothing but the library: the same files compile
// against earlier editions, so the two are compared in one run (compare.sh), and the
// binary's heap is what an importing service's would be. The packages' own benchmarks
// share their binary with the property tests, whose generator library keeps about 1.1 MB
// live from its initialization; that leaves the collector less room, so every byte
// allocated costs more there (see the README's performance section).
package bench_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

// load reads testdata/name.json: a sample application of one type with every fact supplied
// and every clause of judgment reviewed, as the edition of commit caae5d7 wrote it.
func load(tb testing.TB, name string) eligibility.Application {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".json"))
	if err != nil {
		tb.Fatal(err)
	}
	var app eligibility.Application
	if err := json.Unmarshal(b, &app); err != nil {
		tb.Fatal(err)
	}
	return app
}

func benchCheck(b *testing.B, name string) {
	app := load(b, name)
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

// BenchmarkCheckKeyLaboratory checks a key laboratory: 27 findings, nine judgments reviewed.
func BenchmarkCheckKeyLaboratory(b *testing.B) { benchCheck(b, "key_laboratory") }

// BenchmarkCheckEngineeringCenter checks an engineering technology research center.
func BenchmarkCheckEngineeringCenter(b *testing.B) { benchCheck(b, "engineering_center") }

// BenchmarkCheckInnovationCenter checks a technology innovation center.
func BenchmarkCheckInnovationCenter(b *testing.B) { benchCheck(b, "innovation_center") }

// BenchmarkCheckNewRDInstitution checks a new-type R&D institution.
func BenchmarkCheckNewRDInstitution(b *testing.B) { benchCheck(b, "new_rd_institution") }

// BenchmarkCheckFieldStation checks a field station.
func BenchmarkCheckFieldStation(b *testing.B) { benchCheck(b, "field_station") }

// BenchmarkCheckClinicalCenter checks a clinical medical research center.
func BenchmarkCheckClinicalCenter(b *testing.B) { benchCheck(b, "clinical_center") }

var (
	sinkFindings []platform.Finding
	sinkFinding  platform.Finding
)

// BenchmarkCheckKeyLaboratoryFindings checks the key laboratory and reads all its findings
// into a new slice (Result.Findings).
func BenchmarkCheckKeyLaboratoryFindings(b *testing.B) {
	app := load(b, "key_laboratory")
	b.ReportAllocs()
	for b.Loop() {
		res, _ := eligibility.Check(app, eligibility.Options{})
		sinkFindings = res.Findings()
	}
}

// BenchmarkCheckKeyLaboratoryAll checks the key laboratory and reads each finding in turn
// (Result.All).
func BenchmarkCheckKeyLaboratoryAll(b *testing.B) {
	app := load(b, "key_laboratory")
	b.ReportAllocs()
	for b.Loop() {
		res, _ := eligibility.Check(app, eligibility.Options{})
		for _, f := range res.All() {
			sinkFinding = f
		}
	}
}
