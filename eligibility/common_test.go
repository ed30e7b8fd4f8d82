package eligibility_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
)

// TestVerdictOrdering proves DESIGN.md convention 3 on whole applications: any Fail →
// ineligible; else any Unknown → incomplete; else any Review → needs review; else eligible.
func TestVerdictOrdering(t *testing.T) {
	noReviews := func(a *eligibility.Application) { a.Reviews = nil }
	missingArea := func(a *eligibility.Application) { a.KeyLab.LabArea = eligibility.Opt[decimal.Decimal]{} }
	smallTeam := func(a *eligibility.Application) { a.KeyLab.TeamSize = n(9) }
	cases := []struct {
		name  string
		rule  string
		edits []func(*eligibility.Application)
		want  platform.Verdict
	}{
		{"全部符合为符合备案标准", "eligibility.key_laboratory.3.1.lab_area", nil, platform.Eligible},
		{"仅有需评审为需专家评审", "eligibility.key_laboratory.3.7.ip_management",
			[]func(*eligibility.Application){noReviews}, platform.NeedsReview},
		{"信息不全优先于需评审", "eligibility.key_laboratory.3.1.lab_area",
			[]func(*eligibility.Application){noReviews, missingArea}, platform.Incomplete},
		{"不符合优先于信息不全与需评审", "eligibility.key_laboratory.3.3.team_size",
			[]func(*eligibility.Application){noReviews, missingArea, smallTeam}, platform.Ineligible},
		{"队伍人数达标而“学术思想活跃…结构合理”未经评审为需专家评审", "eligibility.key_laboratory.3.3.team_quality",
			[]func(*eligibility.Application){unreviewed("eligibility.key_laboratory.3.3.team_quality")}, platform.NeedsReview},
		{"评审不予认可即不符合", "eligibility.key_laboratory.3.7.ip_management",
			[]func(*eligibility.Application){func(a *eligibility.Application) {
				a.Reviews[len(a.Reviews)-1].Outcome = platform.Fail
			}}, platform.Ineligible},
		{"禁申期内即不符合", "eligibility.25.ban",
			[]func(*eligibility.Application){func(a *eligibility.Application) {
				a.Bans = eligibility.Some([]eligibility.Ban{{Article: platform.Art(25), LastDay: day(2027, 1, 1)}})
			}}, platform.Ineligible},
		{"未提供禁止申请记录即材料不全", "eligibility.24.ban",
			[]func(*eligibility.Application){func(a *eligibility.Application) { a.Bans = eligibility.Opt[[]eligibility.Ban]{} }},
			platform.Incomplete},
		{"一项未报即材料不全", "eligibility.key_laboratory.3.8.relying_unit_support",
			[]func(*eligibility.Application){func(a *eligibility.Application) { a.KeyLab.RelyingUnitSupport = eligibility.Opt[bool]{} }},
			platform.Incomplete},
		{"未附重点实验室材料即材料不全", "eligibility.key_laboratory.3.1.lab_area",
			[]func(*eligibility.Application){func(a *eligibility.Application) { a.KeyLab = nil }}, platform.Incomplete},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			app := keyLab()
			for _, e := range tc.edits {
				e(&app)
			}
			res, err := eligibility.Check(app, eligibility.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Verdict != tc.want {
				t.Errorf("Check = %v, want %v", res.Verdict, tc.want)
			}
			if v := platform.VerdictOf(res.Findings()); v != res.Verdict {
				t.Errorf("verdict %v disagrees with findings (%v)", res.Verdict, v)
			}
			if _, ok := res.Finding(tc.rule); !ok {
				t.Errorf("no finding for %s", tc.rule)
			}
		})
	}
}

func TestCatalog(t *testing.T) {
	all := eligibility.Rules()
	seen := map[string]bool{}
	for _, r := range all {
		if seen[r.ID] {
			t.Errorf("duplicate rule ID %s", r.ID)
		}
		seen[r.ID] = true
		if !strings.HasPrefix(r.ID, "eligibility.") {
			t.Errorf("rule %s lacks the package prefix", r.ID)
		}
		if r.Cite.IsZero() || !r.Cite.Valid() || r.Zh == "" || r.En == "" {
			t.Errorf("rule %s: citation %q, zh %q, en %q", r.ID, r.Cite, r.Zh, r.En)
		}
	}
	for _, ty := range platform.Types() {
		cat := eligibility.Catalog(ty)
		if len(cat) < 3 || cat[0].ID != "eligibility.2.within_lhasa" || cat[1].ID != "eligibility.24.ban" || cat[2].ID != "eligibility.25.ban" {
			t.Errorf("%v: catalog does not open with the main-text rules", ty)
			continue
		}
		items := map[int]bool{}
		focus := false
		for _, r := range cat[3:] {
			if !seen[r.ID] {
				t.Errorf("%v: catalog rule %s not in Rules()", ty, r.ID)
			}
			if !strings.HasPrefix(r.ID, "eligibility."+ty.String()+".") {
				t.Errorf("%v: rule %s is not of the section", ty, r.ID)
			}
			if r.Cite.Annex == ty && r.Cite.Article == 3 {
				items[r.Cite.Item] = true
			}
			if r.Cite.Annex == ty && r.Cite.Article == 2 {
				focus = true
			}
		}
		if !focus {
			t.Errorf("%v: no rule for 第二条", ty)
		}
		for i := 1; i <= platform.AnnexItems(ty); i++ {
			if !items[i] {
				t.Errorf("%v: no rule for 第三条（%s）", ty, platform.Numeral(i))
			}
		}
	}
	if eligibility.Catalog(platform.Type(0)) != nil {
		t.Error("Catalog(invalid) is not nil")
	}
	all[0].ID = "changed"
	if eligibility.Rules()[0].ID == "changed" {
		t.Error("Rules does not return a fresh copy")
	}
}

// TestBoundWords proves that each numeric rule records the clause's own boundary word.
func TestBoundWords(t *testing.T) {
	cases := []struct {
		rule string
		word string
	}{
		{"eligibility.engineering_research_center.3.1.operating_years", "不低于"},
		{"eligibility.engineering_research_center.3.3.site_area", "不低于"},
		{"eligibility.engineering_research_center.3.3.facilities_value", "不低于"},
		{"eligibility.engineering_research_center.3.4.team_size", "不低于"},
		{"eligibility.field_station.3.3.land_use_right", "以上"},
		{"eligibility.field_station.3.4.running_years", "以上"},
		{"eligibility.field_station.3.4.observation_data_years", "以上"},
		{"eligibility.key_laboratory.3.1.lab_area", "不少于"},
		{"eligibility.key_laboratory.3.1.equipment_value", "不低于"},
		{"eligibility.key_laboratory.3.2.construction_years", "以上"},
		{"eligibility.key_laboratory.3.3.team_size", "不低于"},
		{"eligibility.key_laboratory.3.4.projects", "以上"},
		{"eligibility.key_laboratory.3.4.papers", "以上"},
		{"eligibility.key_laboratory.3.5.full_time_researchers", "不少于"},
		{"eligibility.key_laboratory.3.5.mid_title_ratio", "以上"},
		{"eligibility.key_laboratory.3.5.senior_title_ratio", "以上"},
		{"eligibility.technology_innovation_center.3.1.operating_years", "满"},
		{"eligibility.technology_innovation_center.3.3.team_size", "不低于"},
		{"eligibility.technology_innovation_center.3.4.service_cases", "不低于"},
		{"eligibility.clinical_research_center.3.1.hospital_grade", "以上"},
		{"eligibility.clinical_research_center.3.4.city_hospitals", "不少于"},
		{"eligibility.clinical_research_center.3.4.county_institutions", "不少于"},
		{"eligibility.new_rd_institution.3.2.registration_years", "满"},
		{"eligibility.new_rd_institution.3.3.agriculture_area", "不少于"},
		{"eligibility.new_rd_institution.3.3.agriculture_equipment", "不低于"},
		{"eligibility.new_rd_institution.3.3.industry_area", "以上"},
		{"eligibility.new_rd_institution.3.3.industry_equipment", "不低于"},
		{"eligibility.new_rd_institution.3.3.service_area", "不少于"},
		{"eligibility.new_rd_institution.3.4.research_staff_ratio", "以上"},
		{"eligibility.new_rd_institution.3.4.degree_or_title_ratio", "高于"},
		{"eligibility.new_rd_institution.3.4.bachelor_rd_staff", "以上"},
		{"eligibility.new_rd_institution.3.4.technical_leader", "以上"},
		{"eligibility.new_rd_institution.3.5.relying_institution", "以上"},
		{"eligibility.new_rd_institution.3.5.service_cases", "不低于"},
	}
	byID := map[string]platform.Rule{}
	for _, r := range eligibility.Rules() {
		byID[r.ID] = r
	}
	for _, tc := range cases {
		r, ok := byID[tc.rule]
		if !ok {
			t.Errorf("no rule %s", tc.rule)
			continue
		}
		if r.Bound.Chinese() != tc.word {
			t.Errorf("%s: bound %q, want %q (%s)", tc.rule, r.Bound.Chinese(), tc.word, r.Cite)
		}
	}
}

func TestJudgment(t *testing.T) {
	if !eligibility.Judgment("eligibility.technology_innovation_center.3.3.leading_results") {
		t.Error("国内领先水平 is not a clause of judgment")
	}
	for _, id := range []string{"eligibility.engineering_research_center.3.3.site_fixed_and_concentrated",
		"eligibility.engineering_research_center.3.4.team_level", "eligibility.key_laboratory.3.3.team_quality",
		"eligibility.technology_innovation_center.3.3.stable_team"} {
		if !eligibility.Judgment(id) {
			t.Errorf("%s, a quality word inside a numeric clause, is not a clause of judgment", id)
		}
	}
	if eligibility.Judgment("eligibility.key_laboratory.3.1.lab_area") || eligibility.Judgment("no.such.rule") {
		t.Error("a numeric or unknown rule is a clause of judgment")
	}
}

func TestFocusFields(t *testing.T) {
	cases := []struct {
		t     platform.Type
		first string
		n     int
	}{
		{platform.EngineeringCenter, "现代农牧业", 22},
		{platform.FieldStation, "高原生态系统", 1},
		{platform.KeyLaboratory, "高原生命健康", 8},
		{platform.InnovationCenter, "高原健康", 15},
		{platform.ClinicalCenter, "高原适应", 4},
		{platform.NewRDInstitution, "特色净土产业", 5},
	}
	for _, tc := range cases {
		got := eligibility.FocusFields(tc.t)
		if len(got) != tc.n || got[0] != tc.first {
			t.Errorf("FocusFields(%v) = %v, want %d fields from %s", tc.t, got, tc.n, tc.first)
		}
		got[0] = "changed"
		if eligibility.FocusFields(tc.t)[0] != tc.first {
			t.Errorf("FocusFields(%v) is not a fresh copy", tc.t)
		}
	}
	if len(eligibility.FocusFields(0)) != 0 {
		t.Error("FocusFields(invalid) is not empty")
	}
}

// TestCustomThresholds proves that a caller's table is used, its boundary words included,
// and that the edition's fingerprint follows the table.
func TestCustomThresholds(t *testing.T) {
	th := eligibility.DefaultThresholds()
	th.KeyLabAreaM2.Value = decimal.RequireFromString("250")
	th.KeyLabTeamSize.Bound = platform.MoreThanGaoYu
	c, err := eligibility.New(th)
	if err != nil {
		t.Fatal(err)
	}
	app := keyLab()
	app.KeyLab.LabArea = dec("260")
	res, err := c.Check(app, eligibility.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f, _ := res.Finding("eligibility.key_laboratory.3.1.lab_area"); f.Outcome != platform.Pass {
		t.Errorf("260㎡ under a 250㎡ table = %v, want pass", f.Outcome)
	}
	f, _ := res.Finding("eligibility.key_laboratory.3.3.team_size")
	if f.Outcome != platform.Fail || f.Shortfall.Chinese() != "1人" || f.Rule.Bound != platform.MoreThanGaoYu {
		t.Errorf("10 persons under 高于10 = %v short %q bound %v, want fail short 1人 bound 高于", f.Outcome, f.Shortfall.Chinese(), f.Rule.Bound)
	}
	def, _ := eligibility.Check(app, eligibility.Options{})
	if res.Edition.Fingerprint == def.Edition.Fingerprint || !strings.HasPrefix(res.Edition.Fingerprint, "sha256:") {
		t.Errorf("fingerprints %q and %q", res.Edition.Fingerprint, def.Edition.Fingerprint)
	}
	if c.Edition().Fingerprint != res.Edition.Fingerprint || res.Edition.Name != platform.Title {
		t.Errorf("edition %+v", res.Edition)
	}
	if got := c.Thresholds(); !got.KeyLabAreaM2.Value.Equal(decimal.RequireFromString("250")) {
		t.Errorf("Thresholds() = %v", got.KeyLabAreaM2.Value)
	}
	if len(c.Rules()) != len(eligibility.Rules()) || len(c.Catalog(platform.KeyLaboratory)) != len(eligibility.Catalog(platform.KeyLaboratory)) {
		t.Error("a checker's rules differ in number from the default's")
	}
	if eligibility.Rules()[0].Bound != 0 {
		t.Error("the default rules changed")
	}
}

func TestThresholdsJSONRoundTrip(t *testing.T) {
	th := eligibility.DefaultThresholds()
	b, err := json.Marshal(th)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"key_laboratory_area_m2":{"value":"300","bound":"不少于","citation":"附件·拉萨市重点实验室 第三条（一）"}`,
		`"new_rd_qualified_percent":{"value":"50","bound":"高于"`, `"clinical_hospital_grade":{"grade":"3b","bound":"以上"`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("JSON lacks %s", s)
		}
	}
	var back eligibility.Thresholds
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(th, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if err := back.Validate(); err != nil {
		t.Error(err)
	}
	c, err := eligibility.New(back)
	if err != nil {
		t.Fatal(err)
	}
	res, _ := eligibility.Check(keyLab(), eligibility.Options{})
	if c.Edition().Fingerprint != res.Edition.Fingerprint {
		t.Errorf("fingerprint after round trip %q, want %q", c.Edition().Fingerprint, res.Edition.Fingerprint)
	}
}

func TestResultJSON(t *testing.T) {
	app := keyLab()
	app.KeyLab.LabArea = dec("275")
	res, err := eligibility.Check(app, eligibility.Options{PapersAnyTime: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Type     string `json:"type"`
		Verdict  string `json:"verdict"`
		Findings []struct {
			Rule      string          `json:"rule"`
			Citation  string          `json:"citation"`
			Outcome   string          `json:"outcome"`
			Shortfall json.RawMessage `json:"shortfall"`
			Zh        string          `json:"zh"`
		} `json:"findings"`
		Edition struct {
			Fingerprint string `json:"fingerprint"`
		} `json:"edition"`
		Options map[string]any `json:"options"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Type != "key_laboratory" || out.Verdict != "ineligible" || !strings.HasPrefix(out.Edition.Fingerprint, "sha256:") {
		t.Errorf("type %q verdict %q fingerprint %q", out.Type, out.Verdict, out.Edition.Fingerprint)
	}
	if out.Options["papers_any_time"] != true {
		t.Errorf("options not recorded: %v", out.Options)
	}
	found := false
	for _, f := range out.Findings {
		if f.Rule == "eligibility.key_laboratory.3.1.lab_area" {
			found = true
			if f.Outcome != "fail" || f.Citation != "附件·拉萨市重点实验室 第三条（一）" ||
				string(f.Shortfall) != `{"kind":"quantity","value":"25","unit":"square_metre"}` ||
				!strings.Contains(f.Zh, "尚差25㎡") {
				t.Errorf("lab area finding: %+v", f)
			}
		}
	}
	if !found || len(out.Findings) != res.Len() {
		t.Errorf("findings in JSON: %d, want %d", len(out.Findings), res.Len())
	}
	again, _ := json.Marshal(res)
	if string(again) != string(b) {
		t.Error("JSON is not stable")
	}
}

// TestApplicationJSONRoundTrip proves that an application survives JSON, a fact given as
// null or left out stays unknown, and a fact of zero stays zero.
func TestApplicationJSONRoundTrip(t *testing.T) {
	for _, base := range []func() eligibility.Application{engineering, fieldStation, keyLab, innovation, clinical, newRD} {
		app := base()
		b, err := json.Marshal(app)
		if err != nil {
			t.Fatal(err)
		}
		var back eligibility.Application
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%v: %v\n%s", app.Type, err, b)
		}
		r1, err1 := eligibility.Check(app, eligibility.Options{})
		r2, err2 := eligibility.Check(back, eligibility.Options{})
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		j1, _ := json.Marshal(r1)
		j2, _ := json.Marshal(r2)
		if string(j1) != string(j2) {
			t.Errorf("%v: result differs after a JSON round trip", app.Type)
		}
	}
	var k eligibility.KeyLab
	if err := json.Unmarshal([]byte(`{"lab_area":null,"team_size":0,"papers":[]}`), &k); err != nil {
		t.Fatal(err)
	}
	if k.LabArea.Known() {
		t.Error("null lab_area is known")
	}
	if v, ok := k.TeamSize.Get(); !ok || v != 0 {
		t.Errorf("team_size 0 = %v, %v; want 0, known", v, ok)
	}
	if v, ok := k.Papers.Get(); !ok || len(v) != 0 {
		t.Errorf("papers [] = %v, %v; want empty, known", v, ok)
	}
	b, _ := json.Marshal(eligibility.KeyLab{TeamSize: n(0)})
	if string(b) != `{"team_size":0}` {
		t.Errorf("KeyLab JSON = %s", b)
	}
	if err := json.Unmarshal([]byte(`{"team_size":"many"}`), &k); err == nil {
		t.Error("a bad value was accepted")
	}
	// "bans": [] says the record was checked and holds none; absent or null, not supplied.
	for _, tc := range []struct {
		name  string
		json  string
		known bool
		n     int
	}{
		{"禁止申请记录为空数组即已核查无禁申", `{"type":"key_laboratory","date":"2025-03-01","bans":[]}`, true, 0},
		{"禁止申请记录缺省即未提供", `{"type":"key_laboratory","date":"2025-03-01"}`, false, 0},
		{"禁止申请记录为null即未提供", `{"type":"key_laboratory","date":"2025-03-01","bans":null}`, false, 0},
		{"禁止申请记录一项", `{"type":"key_laboratory","date":"2025-03-01","bans":[{"article":"第二十五条","last_day":"2027-01-01"}]}`, true, 1},
	} {
		var app eligibility.Application
		if err := json.Unmarshal([]byte(tc.json), &app); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if bs, ok := app.Bans.Get(); ok != tc.known || len(bs) != tc.n {
			t.Errorf("%s: bans %v known %v, want %d known %v", tc.name, bs, ok, tc.n, tc.known)
		}
	}
	for _, tc := range []struct {
		name string
		app  eligibility.Application
		want string
	}{
		{"已核查无禁申（nil）写作空数组", eligibility.Application{Type: platform.KeyLaboratory, Bans: eligibility.Some[[]eligibility.Ban](nil)}, `"bans":[]`},
		{"已核查无禁申写作空数组", eligibility.Application{Type: platform.KeyLaboratory, Bans: eligibility.Some([]eligibility.Ban{})}, `"bans":[]`},
		{"无诚信记录（nil）写作空数组", eligibility.Application{Type: platform.KeyLaboratory, Applicant: eligibility.Applicant{Integrity: eligibility.Some[[]eligibility.Incident](nil)}}, `"integrity":[]`},
	} {
		b, err := json.Marshal(tc.app)
		if err != nil || !strings.Contains(string(b), tc.want) {
			t.Errorf("%s: %s, %v; want %s", tc.name, b, err, tc.want)
		}
	}
	if b, _ := json.Marshal(eligibility.Application{Type: platform.KeyLaboratory}); strings.Contains(string(b), "bans") {
		t.Errorf("bans not supplied is written: %s", b)
	}
	b, _ = json.Marshal(eligibility.Opt[int]{})
	if string(b) != "null" {
		t.Errorf("unset Opt = %s, want null", b)
	}
}

func TestEnumerations(t *testing.T) {
	type enum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	cases := []struct {
		name  string
		v     enum
		code  string
		zh    string
		parse func(string) (enum, error)
	}{
		{"依托单位类型", eligibility.University, "university", "高校", func(s string) (enum, error) {
			var k eligibility.UnitKind
			err := k.UnmarshalText([]byte(s))
			return k, err
		}},
		{"医院等级", eligibility.Grade3B, "3b", "三级乙等", func(s string) (enum, error) {
			var g eligibility.HospitalGrade
			err := g.UnmarshalText([]byte(s))
			return g, err
		}},
		{"功能", eligibility.PilotTesting, "pilot_testing", "检测中试", func(s string) (enum, error) {
			var f eligibility.Function
			err := f.UnmarshalText([]byte(s))
			return f, err
		}},
		{"诚信记录类别", eligibility.Misconduct, "academic_misconduct", "学术不端", func(s string) (enum, error) {
			var k eligibility.IncidentKind
			err := k.UnmarshalText([]byte(s))
			return k, err
		}},
		{"依托对象类别", eligibility.PartnerKeyLaboratory, "key_laboratory", "重点实验室", func(s string) (enum, error) {
			var k eligibility.PartnerKind
			err := k.UnmarshalText([]byte(s))
			return k, err
		}},
		{"项目角色", eligibility.Undertook, "undertook", "承担", func(s string) (enum, error) {
			var r eligibility.Role
			err := r.UnmarshalText([]byte(s))
			return r, err
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.v.String() != tc.code {
				t.Errorf("String() = %q, want %q", tc.v.String(), tc.code)
			}
			b, err := tc.v.MarshalText()
			if err != nil || string(b) != tc.code {
				t.Errorf("MarshalText() = %q, %v", b, err)
			}
			for _, s := range []string{tc.code, tc.zh} {
				got, err := tc.parse(s)
				if err != nil || got.String() != tc.code {
					t.Errorf("parse(%q) = %v, %v", s, got, err)
				}
			}
			if _, err := tc.parse("无此值"); err == nil {
				t.Error("an unknown word was accepted")
			}
		})
	}
	if s := eligibility.UnitKind(42).String(); s != "%!UnitKind(42)" {
		t.Errorf("invalid UnitKind renders %q", s)
	}
	if _, err := eligibility.HospitalGrade(0).MarshalText(); err == nil {
		t.Error("the zero HospitalGrade marshals")
	}
	if eligibility.Grade3A.Chinese() != "三级甲等" || eligibility.Grade3A.English() != "level 3 grade A" || eligibility.HospitalGrade(0).Chinese() != "" {
		t.Error("HospitalGrade words")
	}
	if eligibility.Hospital.Chinese() != "医院" || eligibility.Hospital.English() != "hospital" || eligibility.UnitKind(0).English() != "" {
		t.Error("UnitKind words")
	}
	if eligibility.Transfer.Chinese() != "成果转化" || eligibility.Transfer.English() != "transfer of results" || !eligibility.Transfer.Valid() {
		t.Error("Function words")
	}
	if eligibility.Dishonesty.Chinese() != "失信" || !eligibility.Dishonesty.Valid() || !eligibility.PartnerOther.Valid() || !eligibility.TookPart.Valid() {
		t.Error("IncidentKind, PartnerKind, Role")
	}
}

// TestResultIsAValue proves the Result's findings are its own: Len, At, All, Findings and
// Finding agree; At out of range is the zero Finding; Findings returns a new slice each
// time; a copy of a Result keeps its findings when the original is overwritten by another
// check; and an application with several bans of one article, more findings than a Result
// holds in place, gives every one of them in catalog order. A Result prints its type,
// verdict and findings in English; the zero Result has none.
func TestResultIsAValue(t *testing.T) {
	res, err := eligibility.Check(keyLab(), eligibility.Options{})
	if err != nil {
		t.Fatal(err)
	}
	all := res.Findings()
	if res.Len() != len(eligibility.Catalog(platform.KeyLaboratory)) || len(all) != res.Len() {
		t.Fatalf("Len = %d, Findings = %d, want %d", res.Len(), len(all), len(eligibility.Catalog(platform.KeyLaboratory)))
	}
	for i := range all {
		if !res.At(i).Equal(all[i]) || all[i].Rule != res.At(i).Rule {
			t.Errorf("At(%d) = %v, Findings()[%d] = %v", i, res.At(i), i, all[i])
		}
		if f, ok := res.Finding(all[i].Rule.ID); !ok || f.Rule != all[i].Rule {
			t.Errorf("Finding(%s) = %v, %v", all[i].Rule.ID, f, ok)
		}
	}
	n := 0
	for i, f := range res.All() {
		if i != n || f.Rule != all[i].Rule || !f.Equal(all[i]) {
			t.Errorf("All yields %d: %v, want %d: %v", i, f, n, all[n])
		}
		n++
	}
	if n != res.Len() {
		t.Errorf("All yields %d findings, want %d", n, res.Len())
	}
	for i := range res.All() {
		if i == 2 {
			break // All stops when the loop does
		}
	}
	for _, i := range []int{-1, res.Len(), res.Len() + 1} {
		if f := res.At(i); f.Rule != nil || f.Outcome != 0 {
			t.Errorf("At(%d) = %v, want the zero Finding", i, f)
		}
	}
	if _, ok := res.Finding("eligibility.no_such_rule"); ok {
		t.Error("Finding of an unknown rule was found")
	}
	var empty eligibility.Result
	if empty.Findings() != nil {
		t.Error("the zero Result has findings")
	}
	if s := empty.String(); !strings.HasSuffix(s, " []") {
		t.Errorf("the zero Result printed: %q, want no findings", s)
	}
	var pe *platform.Error
	if err := eligibility.CheckInto(nil, keyLab(), eligibility.Options{}); !errors.As(err, &pe) || pe.Field != "result" {
		t.Errorf("CheckInto into no Result: %v, want an error naming the result", err)
	}
	all[0].Outcome = platform.Fail
	if res.At(0).Outcome != platform.Pass || res.Findings()[0].Outcome != platform.Pass {
		t.Error("changing the slice Findings returned changed the result")
	}
	kept := res
	failing := keyLab()
	failing.KeyLab.LabArea = dec("275")
	if res, err = eligibility.Check(failing, eligibility.Options{}); err != nil || res.Verdict != platform.Ineligible {
		t.Fatalf("failing = %v, %v", res.Verdict, err)
	}
	const area = "eligibility.key_laboratory.3.1.lab_area"
	was, _ := kept.Finding(area)
	now, _ := res.Finding(area)
	if kept.Verdict != platform.Eligible || was.Outcome != platform.Pass || now.Outcome != platform.Fail {
		t.Errorf("the copy: %v, lab area %v; the new result: lab area %v", kept.Verdict, was.Outcome, now.Outcome)
	}
	if s := fmt.Sprint(res); !strings.HasPrefix(s, "key_laboratory ineligible [") || !strings.Contains(s, "; "+now.English()+"; ") {
		t.Errorf("the result printed: %s", s)
	}

	banned := keyLab()
	var bans []eligibility.Ban
	for k := range 12 {
		bans = append(bans, eligibility.Ban{Article: platform.Art(24 + k%2), Kind: "ban " + strconv.Itoa(k), LastDay: applied.AddDays(k - 6)})
	}
	banned.Bans = eligibility.Some(bans)
	res, err = eligibility.Check(banned, eligibility.Options{})
	if err != nil {
		t.Fatal(err)
	}
	base := len(eligibility.Catalog(platform.KeyLaboratory))
	if res.Len() != base-2+len(bans) || len(res.Findings()) != res.Len() {
		t.Fatalf("12 bans: %d findings, want %d", res.Len(), base-2+len(bans))
	}
	if res.Verdict != platform.Ineligible {
		t.Errorf("12 bans, some in force: %v, want ineligible", res.Verdict)
	}
	// 第二十四条's six bans, then 第二十五条's six, each in the order given.
	for k := range bans {
		f := res.At(1 + k)
		art, nth := 24, 2*k
		if k >= 6 {
			art, nth = 25, 2*(k-6)+1
		}
		if f.Rule.Cite.Article != art || f.NoteZh() != "ban "+strconv.Itoa(nth) {
			t.Errorf("finding %d: %v %q, want 第%d条 ban %d", 1+k, f.Rule.Cite, f.NoteZh(), art, nth)
		}
	}
	if f := res.At(res.Len() - 1); f.Rule.ID != eligibility.Catalog(platform.KeyLaboratory)[base-1].ID {
		t.Errorf("last finding %s, want the section's last criterion", f.Rule.ID)
	}
}

// TestRuleTextIsTheLaw proves that, under the default table, rule texts are the clauses'
// own words, numbers included, and that another table's numbers replace them.
func TestRuleTextIsTheLaw(t *testing.T) {
	cases := []struct {
		rule string
		zh   string
	}{
		{"eligibility.key_laboratory.3.1.lab_area", "实验室面积不少于300m2"},
		{"eligibility.key_laboratory.3.1.equipment_value", "仪器设备等固定资产价值不低于50万"},
		{"eligibility.key_laboratory.3.4.projects", "依托单位、联合共建单位在该研究领域近三年来承担、参与国家级、自治区级、市级科技项目5项以上"},
		{"eligibility.key_laboratory.3.9.integrity", "依托单位、联合共建单位申报前2年无失信和学术不端行为"},
		{"eligibility.engineering_research_center.3.3.facilities_value", "具备价值不低于30万元的工程技术试验条件和基础设施"},
		{"eligibility.field_station.3.3.land_use_right", "观测实验场地、基础设施用地应具有相关土地使用权证或具有未来20年以上的土地使用权证明"},
		{"eligibility.technology_innovation_center.3.1.operating_years", "运营满2年"},
		{"eligibility.clinical_research_center.3.1.hospital_grade", "申报的牵头单位必须为市域内三级乙等以上医院"},
		{"eligibility.clinical_research_center.3.3.plan_projects", "申报前3年内，在申报领域参与了自治区科技计划（专项、基金等）或承担过市级科技计划项目"},
		{"eligibility.new_rd_institution.3.3.service_area", "自主可支配的办公面积不少于300㎡以上"},
		{"eligibility.new_rd_institution.3.3.industry_equipment", "科研设备总价值不低于300万元"},
		{"eligibility.new_rd_institution.3.4.degree_or_title_ratio", "本科学历或中级职称以上的人员比例高于50%"},
		{"eligibility.new_rd_institution.3.5.relying_institution", "有一个或几个高等院所或自治区级（含）以上重点实验室为依托对象"},
		// Words left out of a clause are marked with an ellipsis, never spliced silently.
		{"eligibility.engineering_research_center.3.1.alliance_agreement", "以联盟等形式共同申请的，…并附有共建协议书，明确各方权责"},
		{"eligibility.new_rd_institution.3.2.director_responsibility", "多元投资设立的新型研发机构，原则上应实行…院长、所长、总经理负责制"},
		{"eligibility.new_rd_institution.3.2.charter", "多元投资设立的新型研发机构，原则上应…根据法律法规和出资方协议制定章程，依照章程管理运行"},
		{"eligibility.key_laboratory.3.1.research_conditions", "具备良好的科研条件和基础设施，…具备开展基础研究和应用基础研究所必需的仪器设备和设施"},
		{"eligibility.engineering_research_center.2.focus_field", "主要围绕拉萨现代农牧业（青稞、牦牛、饲草、奶业、农产品加工、设施农业等）、高原绿色工业(饮用水、轻工业制造、装配式建筑、新型材料、清洁能源、高原制供氧等)、特色文化旅游、数字经济（软件开发、东数西算等）、现代服务业（电子信息、检疫检测、技术咨询服务等）等重点特色产业领域"},
		{"eligibility.clinical_research_center.3.5.charter", "管理制度健全。《临床医学研究中心管理章程》等各项规章制度完备"},
		{"eligibility.new_rd_institution.3.3.industry_facilities", "对申报工业类的新型研发机构要具有较好的科研硬件设施"},
		{"eligibility.new_rd_institution.3.4.stable_team", "具有稳定的技术研发和服务人员队伍"},
		// A quality word inside a numeric clause is a judgment of its own; the count's text
		// keeps only what the count checks.
		{"eligibility.engineering_research_center.3.3.site_fixed_and_concentrated", "具有相对固定、集中…的工程技术研究、试验和技术服务的场所"},
		{"eligibility.engineering_research_center.3.3.site_area", "具有…不低于200㎡的工程技术研究、试验和技术服务的场所"},
		{"eligibility.engineering_research_center.3.4.team_level", "拥有…水平较高的工程技术研究、开发和实施的专兼职队伍"},
		{"eligibility.engineering_research_center.3.4.team_size", "拥有不低于5人，…工程技术研究、开发和实施的专兼职队伍"},
		{"eligibility.key_laboratory.3.3.team_quality", "实验室拥有…学术思想活跃、科研业绩优秀、团结协作、结构合理…的专兼职科研人才队伍"},
		{"eligibility.key_laboratory.3.3.team_size", "实验室拥有…不低于10人的专兼职科研人才队伍"},
		{"eligibility.technology_innovation_center.3.3.stable_team", "具有…稳定的技术研发和服务团队"},
		{"eligibility.technology_innovation_center.3.3.team_size", "具有不低于20人的…技术研发和服务团队"},
	}
	byID := map[string]platform.Rule{}
	for _, r := range eligibility.Rules() {
		byID[r.ID] = r
		if strings.ContainsAny(r.Zh+r.En, "{}") {
			t.Errorf("%s: unfilled text %q / %q", r.ID, r.Zh, r.En)
		}
	}
	for _, tc := range cases {
		if got := byID[tc.rule].Zh; got != tc.zh {
			t.Errorf("%s: %q, want %q", tc.rule, got, tc.zh)
		}
	}
	th := eligibility.DefaultThresholds()
	th.KeyLabRecent.Years = 5
	th.KeyLabProjects.Value = decimal.NewFromInt(8)
	th.NewRDIndustryEquipmentYuan.Value = decimal.RequireFromString("2500000")
	th.ClinicalHospitalGrade.Grade = eligibility.Grade3A
	c, err := eligibility.New(th)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"eligibility.key_laboratory.3.4.projects":                 "依托单位、联合共建单位在该研究领域近五年来承担、参与国家级、自治区级、市级科技项目8项以上",
		"eligibility.new_rd_institution.3.3.industry_equipment":   "科研设备总价值不低于250万元",
		"eligibility.clinical_research_center.3.1.hospital_grade": "申报的牵头单位必须为市域内三级甲等以上医院",
	}
	for _, r := range c.Rules() {
		if w, ok := want[r.ID]; ok && r.Zh != w {
			t.Errorf("%s under another table: %q, want %q", r.ID, r.Zh, w)
		}
	}
}

// TestStrictBoundsUnderAnotherTable proves that a table using 高于 where this edition uses
// an inclusive word moves every kind of boundary by one unit: areas by 0.01 ㎡, durations by
// one day, years and persons by one.
func TestStrictBoundsUnderAnotherTable(t *testing.T) {
	th := eligibility.DefaultThresholds()
	th.KeyLabAreaM2.Bound = platform.MoreThanGaoYu
	th.KeyLabBuildYears.Bound = platform.MoreThanGaoYu
	th.FieldLandUseYears.Bound = platform.MoreThanGaoYu
	th.KeyLabMidTitlePercent.Value = decimal.NewFromInt(100)
	c, err := eligibility.New(th)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		base  func() eligibility.Application
		edit  func(*eligibility.Application)
		rule  string
		want  platform.Outcome
		short string
	}{
		{"高于300㎡：恰300㎡不符合，差0.01㎡", keyLab, func(a *eligibility.Application) { a.KeyLab.LabArea = dec("300") },
			"eligibility.key_laboratory.3.1.lab_area", platform.Fail, "0.01㎡"},
		{"高于300㎡：300.001㎡符合（精确比较）", keyLab, func(a *eligibility.Application) { a.KeyLab.LabArea = dec("300.001") },
			"eligibility.key_laboratory.3.1.lab_area", platform.Pass, ""},
		{"高于300㎡：299.999㎡差0.011㎡（精确比较）", keyLab, func(a *eligibility.Application) { a.KeyLab.LabArea = dec("299.999") },
			"eligibility.key_laboratory.3.1.lab_area", platform.Fail, "0.011㎡"},
		{"高于2年：届满次日仍不符合，再次日满足", keyLab, func(a *eligibility.Application) { a.KeyLab.BuiltSince = day(2023, 2, 28) },
			"eligibility.key_laboratory.3.2.construction_years", platform.Fail, "2025年3月2日"},
		{"高于20年：恰20年证明不符合，差1年", fieldStation, func(a *eligibility.Application) {
			a.FieldStation.LandCertificate, a.FieldStation.LandUseYears = no(), n(20)
		}, "eligibility.field_station.3.3.land_use_right", platform.Fail, "1年"},
		{"100%以上：19/20差1人", keyLab, func(a *eligibility.Application) { a.KeyLab.MidOrSenior = n(19) },
			"eligibility.key_laboratory.3.5.mid_title_ratio", platform.Fail, "1人"},
		{"100%以上：20/20符合", keyLab, func(a *eligibility.Application) { a.KeyLab.MidOrSenior = n(20) },
			"eligibility.key_laboratory.3.5.mid_title_ratio", platform.Pass, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			app := tc.base()
			tc.edit(&app)
			res, err := c.Check(app, eligibility.Options{})
			if err != nil {
				t.Fatal(err)
			}
			f, ok := res.Finding(tc.rule)
			if !ok || f.Outcome != tc.want || f.Shortfall.Chinese() != tc.short {
				t.Errorf("%s = %v short %q, want %v short %q", tc.rule, f.Outcome, f.Shortfall.Chinese(), tc.want, tc.short)
			}
		})
	}
}

// TestPartNotSupplied proves that an application without its type's part is incomplete,
// never an error and never a pass.
func TestPartNotSupplied(t *testing.T) {
	for _, ty := range platform.Types() {
		res, err := eligibility.Check(eligibility.Application{Type: ty, Date: applied}, eligibility.Options{})
		if err != nil {
			t.Fatalf("%v: %v", ty, err)
		}
		if res.Verdict != platform.Incomplete {
			t.Errorf("%v without facts: %v, want incomplete", ty, res.Verdict)
		}
		if res.Len() == 0 || res.At(0).Rule.ID != "eligibility.2.within_lhasa" {
			t.Errorf("%v: findings do not open with 第二条", ty)
		}
	}
}

// TestReviewNotesShared proves the reviewers' notes are recorded as given and shared only
// where they are the same words: consecutive reviews with one note (a panel's note for every
// clause it passed) share it; a different note, in any order of the reviews, is its own; a
// note given in one language is used for both. Recording them takes at most one block per
// check, sized so it never grows: a check with reviews allocates that block and nothing
// else; without reviews it allocates nothing.
func TestReviewNotesShared(t *testing.T) {
	app := keyLab()
	n := len(app.Reviews)
	if n < 6 {
		t.Fatalf("the base application has %d reviews, want at least 6", n)
	}
	uniform, err := eligibility.Check(app, eligibility.Options{})
	if err != nil {
		t.Fatal(err)
	}
	shared := map[*platform.Note]bool{}
	for _, r := range app.Reviews {
		f, _ := uniform.Finding(r.Rule)
		shared[f.Note] = true
	}
	if len(shared) != 1 {
		t.Errorf("one note for every review: %d notes, want 1", len(shared))
	}
	// Reverse the order and give two reviews notes of their own, one in English only: the
	// panel's note now comes in three runs, so five notes in all.
	rs := make([]eligibility.Review, n)
	for i := range rs {
		rs[i] = app.Reviews[n-1-i]
	}
	rs[1].NoteZh, rs[1].NoteEn = "", "a note of its own"
	rs[3].NoteZh = "另一条意见"
	app.Reviews = rs
	res, err := eligibility.Check(app, eligibility.Options{})
	if err != nil {
		t.Fatal(err)
	}
	notes := map[*platform.Note]int{}
	for _, r := range rs {
		f, ok := res.Finding(r.Rule)
		if !ok || f.Note == nil {
			t.Fatalf("%s: no finding or no note", r.Rule)
		}
		wantZh, wantEn := r.NoteZh, r.NoteEn
		if wantZh == "" {
			wantZh = wantEn
		}
		if wantEn == "" {
			wantEn = wantZh
		}
		if f.NoteZh() != wantZh || f.NoteEn() != wantEn {
			t.Errorf("%s: note %q/%q, want %q/%q", r.Rule, f.NoteZh(), f.NoteEn(), wantZh, wantEn)
		}
		notes[f.Note]++
	}
	if len(notes) != 5 {
		t.Errorf("%d notes for %d reviews, want 5 (the panel's in three runs, and two of their own)", len(notes), n)
	}
	c, _ := eligibility.New(eligibility.DefaultThresholds())
	allocs := testing.AllocsPerRun(50, func() {
		if r, _ := c.Check(app, eligibility.Options{}); r.Len() == 0 {
			t.Error("no findings")
		}
	})
	if allocs != 1 {
		t.Errorf("Check with reviewed notes: %v allocations, want 1", allocs)
	}
	app.Reviews = nil
	if allocs = testing.AllocsPerRun(50, func() { _, _ = c.Check(app, eligibility.Options{}) }); allocs != 0 {
		t.Errorf("Check without reviews: %v allocations, want 0", allocs)
	}
}

// TestArticle2OutsideRegistrant proves the reading of 第二条 of the main text for a unit
// registered outside Lhasa, for every type: by default the platform may still be built in
// Lhasa (第五条), so 第二条 needs review with a note saying why, while a section that demands
// registration in Lhasa (工程 and 重点实验室 and 技术创新中心 (一), 新型研发机构 (二)) or a
// lead hospital 市域内 (临床 (一): the applicant is that hospital, registered where it
// operates) still fails its own clause, so the verdict is ineligible. A field station is
// built at its site, which its section asks to lie in Lhasa: the site (in Lhasa here) decides
// 第二条, so the station is eligible under either reading. With
// Options.RegistrationDecidesArticle2, 第二条 itself fails for the other types; the section's
// clause is the same.
func TestArticle2OutsideRegistrant(t *testing.T) {
	bases := []struct {
		name    string
		app     func() eligibility.Application
		verdict platform.Verdict
		clause  string // the section's own clause on registration or location, and its outcome
		outcome platform.Outcome
	}{
		{"工程技术研究中心", engineering, platform.Ineligible, "eligibility.engineering_research_center.3.1.registered_in_lhasa", platform.Fail},
		{"野外科学观测研究站", fieldStation, platform.Eligible, "eligibility.field_station.3.1.site_in_lhasa", platform.Pass},
		{"重点实验室", keyLab, platform.Ineligible, "eligibility.key_laboratory.3.1.registered_in_lhasa", platform.Fail},
		{"技术创新中心", innovation, platform.Ineligible, "eligibility.technology_innovation_center.3.1.registered_in_lhasa", platform.Fail},
		{"临床医学研究中心", clinical, platform.Ineligible, "eligibility.clinical_research_center.3.1.lead_hospital_in_city", platform.Fail},
		{"新型研发机构", newRD, platform.Ineligible, "eligibility.new_rd_institution.3.2.registered_in_lhasa", platform.Fail},
	}
	for _, b := range bases {
		for _, opt := range []bool{false, true} {
			name := b.name + " 默认：第二条需评审"
			want := platform.Review
			if opt {
				name, want = b.name+" 以登记地判断：第二条不符合", platform.Fail
			}
			t.Run(name, func(t *testing.T) {
				app := b.app()
				app.Applicant.CreditCode = code(codeOutside)
				res, err := eligibility.Check(app, eligibility.Options{RegistrationDecidesArticle2: opt})
				if err != nil {
					t.Fatal(err)
				}
				f, _ := res.Finding("eligibility.2.within_lhasa")
				station := b.app().Type == platform.FieldStation
				if station {
					// The station's site (in Lhasa) decides 第二条, under either reading.
					want = platform.Pass
				}
				if f.Outcome != want || (!station && f.Found.Text != codeOutside) {
					t.Errorf("第二条 = %v (found %q), want %v", f.Outcome, f.Found.Text, want)
				}
				cites := "第五条" // why an outside registrant may still build in Lhasa
				if b.app().Type == platform.FieldStation {
					cites = "第三条（一）" // the station's site decides
				}
				if !opt && !strings.Contains(f.NoteZh(), cites) {
					t.Errorf("第二条 note %q does not cite %s", f.NoteZh(), cites)
				}
				if own, ok := res.Finding(b.clause); !ok || own.Outcome != b.outcome {
					t.Errorf("%s = %v (found %v), want %v", b.clause, own.Outcome, ok, b.outcome)
				}
				wantVerdict := b.verdict
				if opt && !station {
					wantVerdict = platform.Ineligible
				}
				if res.Verdict != wantVerdict {
					t.Errorf("verdict %v, want %v", res.Verdict, wantVerdict)
				}
			})
		}
	}
}
