package eligibility_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

// FuzzCheck feeds Check any application JSON can express, under any options: it never
// panics, bad input is a *platform.Error, and the verdict always agrees with the findings.
func FuzzCheck(f *testing.F) {
	for _, base := range []func() eligibility.Application{engineering, fieldStation, keyLab, innovation, clinical, newRD} {
		b, err := json.Marshal(base())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint16(0))
		f.Add(b, uint16(15))
		f.Add(b, uint16(64))
	}
	f.Add([]byte(`{"type":"key_laboratory","date":"9999-12-31","applicant":{"integrity":[{"kind":"失信","date":"9999-06-01"}]},"key_laboratory":{"lab_area":"1e40","equipment_value":"-0","built_since":"0001-01-01"}}`), uint16(3))
	f.Add([]byte(`{"type":"new_rd_institution","date":"2024-02-29","new_rd_institution":{"category":"agriculture","office_area":"0.001","research_area":"99999999999999999999","field_area":"1","employees":0,"research_staff":0}}`), uint16(4))
	f.Add([]byte(`{"type":"field_station","date":"0001-01-01","bans":[{"article":"第二十四条","last_day":"0001-01-01"}]}`), uint16(0))
	f.Add([]byte(`{"type":"key_laboratory","date":"2025-03-01","key_laboratory":{"projects":[{"level":"county","date":"2024-01-01"},{"level":"other_regional","role":"took_part","date":"2021-01-01","end":"2022-03-01"},{"level":"city","date":"2020-01-01"},{"level":"horizontal","date":"2025-03-01","end":"2030-01-01"}]}}`), uint16(0x300))
	f.Add([]byte(`{"type":"clinical_research_center","date":"2025-03-01","clinical_research_center":{"projects":[{"level":"other_city","role":"undertook","date":"2021-01-01"},{"level":"other_province","date":"2022-02-28","end":"2022-02-28"},{"level":"national","date":"2019-01-01","end":"2026-01-01"}]}}`), uint16(0x340))
	f.Add([]byte(`{"type":"field_station","date":"2025-03-01","field_station":{"running_since":"2020-01-01","running_until":"2025-02-28","data_since":"2023-03-01","data_until":"2024-02-29"}}`), uint16(1))
	f.Add([]byte(`{"type":"engineering_research_center","date":"2025-03-01","engineering_research_center":{"operating_since":"9999-01-01","operating_until":"9999-12-31"}}`), uint16(0))
	f.Add([]byte(`{"type":"technology_innovation_center","date":"9999-12-31","technology_innovation_center":{"operating_until":"9999-12-30"}}`), uint16(0))
	f.Add([]byte(`{"type":"key_laboratory","date":"2025-03-01","applicant":{"kind":"enterprise"},"key_laboratory":{"graduate_training":true,"joint_training_agreement":true,"dual_supervisors":false,"other_training_evidence":true}}`), uint16(0x400))
	f.Add([]byte(`{"type":"clinical_research_center","date":"2025-03-01","clinical_research_center":{"lead_hospital_city_level":true,"city_hospitals":0}}`), uint16(0x800))
	f.Add([]byte(`{"type":"field_station","date":"2025-03-01","built_in":"540222","applicant":{"credit_code":"91540100MA6T000019"},"field_station":{"site_in_lhasa":false}}`), uint16(128))
	f.Add([]byte(`{"type":"new_rd_institution","date":"2025-03-01","applicant":{"credit_code":"91510104MA6T00001N","registered_in":"540102","registered_in_since":"2024-03-01"},"new_rd_institution":{"registered_on":"2019-05-10","income_sources":[]}}`), uint16(1))
	f.Add([]byte(`{"type":"clinical_research_center","date":"2025-03-01","built_in":"540000","applicant":{"credit_code":"12540000MB1234567P","kind":"university","registered_in":"5401"}}`), uint16(0))
	f.Add([]byte(`{"type":"engineering_research_center","date":"2025-03-01","built_in":"510104","applicant":{"registered_in":"540102"},"engineering_research_center":{"technical_leaders":0}}`), uint16(128))
	f.Fuzz(func(t *testing.T, data []byte, bits uint16) {
		var app eligibility.Application
		if json.Unmarshal(data, &app) != nil {
			return
		}
		opts := eligibility.Options{
			Counting:                     platform.Counting{MetOnLastDay: bits&1 != 0, LookBackIncludesReferenceDay: bits&2 != 0},
			DegreeRatioOverResearchStaff: bits&4 != 0,
			IntegrityForAllSections:      bits&8 != 0,
			PapersAnyTime:                bits&16 != 0,
			RecentCalendarYears:          bits&32 != 0,
			HigherPlansCount:             bits&64 != 0,
			RegistrationDecidesArticle2:  bits&128 != 0,
			ProjectsByStart:              bits&256 != 0,
			OtherRegionsPlansCount:       bits&512 != 0,
			GraduateTrainingEitherFact:   bits&1024 != 0,
			LeadHospitalCounts:           bits&2048 != 0,
		}
		res, err := eligibility.Check(app, opts)
		if err != nil {
			var pe *platform.Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *platform.Error", err)
			}
			if res.Len() != 0 {
				t.Fatalf("findings on bad input")
			}
			return
		}
		if v := platform.VerdictOf(res.Findings()); v != res.Verdict {
			t.Fatalf("verdict %v disagrees with findings (%v)", res.Verdict, v)
		}
		// Where the platform is built, when given, decides 第二条: outside Lhasa fails; in Lhasa
		// passes unless the registration decides it too (the option).
		if f, ok := res.Finding("eligibility.2.within_lhasa"); !ok ||
			(app.BuiltIn.Locality() == platform.OutsideLhasa && f.Outcome != platform.Fail) ||
			(app.BuiltIn.Locality() == platform.InLhasa && !opts.RegistrationDecidesArticle2 && f.Outcome != platform.Pass) {
			t.Fatalf("第二条 %v with the platform built in %q", f.Outcome, app.BuiltIn)
		}
		// Each article of the bans has a finding, whether the record was supplied or not.
		for _, id := range []string{"eligibility.24.ban", "eligibility.25.ban"} {
			if f, ok := res.Finding(id); !ok || (!app.Bans.Known() && f.Outcome != platform.Unknown) {
				t.Fatalf("%s: %v, %v with the record known %v", id, f.Outcome, ok, app.Bans.Known())
			}
		}
		for _, f := range res.Findings() {
			if f.Rule == nil || !f.Outcome.Valid() {
				t.Fatalf("finding without rule or outcome: %+v", f)
			}
			// Only a rule Reviewable names gives Review: the table validate refuses reviews
			// by is complete.
			if f.Outcome == platform.Review && !eligibility.Reviewable(f.Rule.ID) {
				t.Fatalf("%s gives Review but is not Reviewable", f.Rule.ID)
			}
			_ = f.Chinese()
			_ = f.English()
		}
		// The findings follow the catalog's order, the ban articles' findings one per ban (or
		// one per article when none is recorded).
		cat, k := eligibility.Catalog(app.Type), 0
		for i, f := range res.All() {
			for k < len(cat) && cat[k].ID != f.Rule.ID {
				k++
			}
			if k == len(cat) {
				t.Fatalf("finding %d (%s) out of catalog order", i, f.Rule.ID)
			}
			if f.Rule.Cite.Article != 24 && f.Rule.Cite.Article != 25 {
				k++
			}
		}
		if len(res.Findings()) != res.Len() {
			t.Fatalf("Findings gives %d, Len %d", len(res.Findings()), res.Len())
		}
		b, err := json.Marshal(res)
		if err != nil {
			t.Fatalf("result does not marshal: %v", err)
		}
		// CheckInto into a Result holding an earlier result gives the same result.
		reused, _ := eligibility.Check(keyLab(), eligibility.Options{})
		if err := eligibility.CheckInto(&reused, app, opts); err != nil {
			t.Fatalf("CheckInto: %v", err)
		}
		if again, _ := json.Marshal(reused); string(again) != string(b) {
			t.Fatalf("CheckInto over an earlier result:\n%s\nwant\n%s", again, b)
		}
	})
}
