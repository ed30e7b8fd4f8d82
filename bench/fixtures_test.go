package bench_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

// TestFixtures: each sample application is of its type and is checked without error, every
// criterion of its section decided (a finding each; the key laboratory's 27), so the
// benchmarks measure a whole check of each type. The verdict is not asserted: facts added
// since caae5d7 (an engineering center's leader count, a new R&D institution's sources of
// income) are not in these documents, so this edition finds those two incomplete. It uses the
// testing package alone, so that this file, like the benchmarks, compiles against earlier
// editions.
func TestFixtures(t *testing.T) {
	rows := []struct {
		name     string
		typ      platform.Type
		findings int
	}{
		{"key_laboratory", platform.KeyLaboratory, 27},
		{"engineering_center", platform.EngineeringCenter, 23},
		{"innovation_center", platform.InnovationCenter, 19},
		{"new_rd_institution", platform.NewRDInstitution, 28},
		{"field_station", platform.FieldStation, 19},
		{"clinical_center", platform.ClinicalCenter, 18},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			app := load(t, row.name)
			if app.Type != row.typ {
				t.Fatalf("type %v, want %v", app.Type, row.typ)
			}
			res, err := eligibility.Check(app, eligibility.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Verdict == platform.Ineligible {
				t.Errorf("verdict %v: %v", res.Verdict, res)
			}
			if res.Len() < row.findings {
				t.Errorf("%d findings, want at least %d", res.Len(), row.findings)
			}
		})
	}
}
