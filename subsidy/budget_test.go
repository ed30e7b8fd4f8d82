package subsidy_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

func samplePlan() subsidy.Plan {
	return subsidy.Plan{
		Filings: []subsidy.PlannedFiling{
			{Type: platform.KeyLaboratory, Year: 2025},
			{Type: platform.KeyLaboratory, Year: 2025},
			{Type: platform.EngineeringCenter, Year: 2025},
			{Type: platform.InnovationCenter, Year: 2026},
		},
		Upgrades: []subsidy.PlannedUpgrade{
			{Type: platform.KeyLaboratory, From: platform.City, To: platform.Regional, Year: 2026},
			{Type: platform.EngineeringCenter, From: platform.Regional, To: platform.National, Year: 2027},
			{Type: platform.FieldStation, From: platform.City, To: platform.National, Year: 2027},
		},
		Graded: []subsidy.PlannedGrade{
			{Type: platform.KeyLaboratory, Grade: platform.Excellent, Cycle: 1, Year: 2027},
			{Type: platform.KeyLaboratory, Grade: platform.Good, Cycle: 1, Year: 2027},
			{Type: platform.InnovationCenter, Grade: platform.Excellent, Cycle: 1, Year: 2027},
			{Type: platform.EngineeringCenter, Grade: platform.Qualified, Cycle: 1, Year: 2027},
			{Type: platform.FieldStation, Grade: platform.Poor, Cycle: 1, Year: 2027},
			{Type: platform.EngineeringCenter, Grade: platform.Good, Cycle: 1, Held: platform.National, Year: 2027},
		},
	}
}

type part struct {
	key    string
	count  int
	amount string
}

func parts(ps []subsidy.Part, key func(subsidy.Part) string) []part {
	var out []part
	for _, p := range ps {
		out = append(out, part{key(p), p.Count, p.Amount.YuanString()})
	}
	return out
}

func TestBudget(t *testing.T) {
	tests := []struct {
		name    string
		rule    string
		cite    platform.Citation
		opts    subsidy.Options
		total   string
		byKind  []part
		byType  []part
		byGrade []part
		byYear  []part
	}{
		{"预算 默认解读合计915万元", "subsidy.17.upgrade.national", platform.Art(17), subsidy.Options{}, "9150000.00",
			[]part{{"filing", 4, "1700000.00"}, {"upgrade", 3, "4500000.00"}, {"cycle", 6, "2950000.00"}},
			[]part{{"engineering_research_center", 4, "2350000.00"}, {"field_station", 2, "2000000.00"},
				{"key_laboratory", 5, "2800000.00"}, {"technology_innovation_center", 2, "2000000.00"}},
			[]part{{"excellent", 2, "2200000.00"}, {"good", 2, "750000.00"}, {"qualified", 1, "0.00"}, {"poor", 1, "0.00"}, {"", 7, "6200000.00"}},
			[]part{{"2025", 3, "1200000.00"}, {"2026", 2, "1000000.00"}, {"2027", 8, "6950000.00"}}},
		{"预算 补差解读自治区级升国家级少50万元合计865万元", "subsidy.17.upgrade.national", platform.Art(17), subsidy.Options{TopUp: true}, "8650000.00",
			[]part{{"filing", 4, "1700000.00"}, {"upgrade", 3, "4000000.00"}, {"cycle", 6, "2950000.00"}},
			[]part{{"engineering_research_center", 4, "1850000.00"}, {"field_station", 2, "2000000.00"},
				{"key_laboratory", 5, "2800000.00"}, {"technology_innovation_center", 2, "2000000.00"}},
			[]part{{"excellent", 2, "2200000.00"}, {"good", 2, "750000.00"}, {"qualified", 1, "0.00"}, {"poor", 1, "0.00"}, {"", 7, "5700000.00"}},
			[]part{{"2025", 3, "1200000.00"}, {"2026", 2, "1000000.00"}, {"2027", 8, "6450000.00"}}},
		{"预算 停发解读已升国家级的工程中心不再计15万元合计900万元", "subsidy.23.cycle.upgraded_platform", platform.Art(23), subsidy.Options{CeaseCycleAfterUpgrade: true}, "9000000.00",
			[]part{{"filing", 4, "1700000.00"}, {"upgrade", 3, "4500000.00"}, {"cycle", 6, "2800000.00"}},
			[]part{{"engineering_research_center", 4, "2200000.00"}, {"field_station", 2, "2000000.00"},
				{"key_laboratory", 5, "2800000.00"}, {"technology_innovation_center", 2, "2000000.00"}},
			[]part{{"excellent", 2, "2200000.00"}, {"good", 2, "600000.00"}, {"qualified", 1, "0.00"}, {"poor", 1, "0.00"}, {"", 7, "6200000.00"}},
			[]part{{"2025", 3, "1200000.00"}, {"2026", 2, "1000000.00"}, {"2027", 8, "6800000.00"}}},
	}
	fp := defaultFingerprint(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := subsidy.Budget(samplePlan(), subsidy.DefaultSchedule(), tt.opts)
			if err != nil {
				t.Fatalf("Budget error %v", err)
			}
			if !r.Total.Equal(yuan(tt.total)) || r.Count != 13 {
				t.Errorf("total %v count %d, want %s 13", r.Total, r.Count, tt.total)
			}
			check := func(what string, got, want []part) {
				if diff := cmp.Diff(want, got, cmp.AllowUnexported(part{})); diff != "" {
					t.Errorf("%s mismatch (-want +got):\n%s", what, diff)
				}
			}
			check("by kind", parts(r.ByKind, func(p subsidy.Part) string { return p.Kind.String() }), tt.byKind)
			check("by type", parts(r.ByType, func(p subsidy.Part) string { return p.Type.String() }), tt.byType)
			check("by grade", parts(r.ByGrade, func(p subsidy.Part) string {
				if p.Grade == 0 {
					return ""
				}
				return p.Grade.String()
			}), tt.byGrade)
			check("by year", parts(r.ByYear, func(p subsidy.Part) string { return strconv.Itoa(p.Year) }), tt.byYear)
			if len(r.Lines) != 12 || len(r.Findings) != 12 {
				t.Fatalf("lines %d findings %d, want 12", len(r.Lines), len(r.Findings))
			}
			first := r.Lines[0]
			if first.Kind != subsidy.FilingSubsidy || first.Type != platform.EngineeringCenter || first.Year != 2025 ||
				first.Count != 1 || !first.Unit.Equal(yuan("200000")) || first.Rule != "subsidy.15.filing.engineering_research_center" ||
				first.Citation != platform.Art(15) {
				t.Errorf("first line %+v", first)
			}
			lab := r.Lines[1]
			if lab.Type != platform.KeyLaboratory || lab.Count != 2 || !lab.Amount.Equal(yuan("1000000")) {
				t.Errorf("second line %+v", lab)
			}
			proved := false
			for _, l := range r.Lines {
				proved = proved || (l.Rule == tt.rule && l.Citation == tt.cite)
			}
			if !proved {
				t.Errorf("no line of rule %s citing %v", tt.rule, tt.cite)
			}
			for i, l := range r.Lines {
				if r.Findings[i].Rule.ID != l.Rule {
					t.Errorf("finding %d rule %s, line rule %s", i, r.Findings[i].Rule.ID, l.Rule)
				}
			}
			if r.Edition.Fingerprint != fp || r.Options != tt.opts {
				t.Errorf("edition %+v options %+v", r.Edition, r.Options)
			}
		})
	}
}

func TestBudgetEmptyPlan(t *testing.T) {
	r, err := subsidy.Budget(subsidy.Plan{}, subsidy.DefaultSchedule(), subsidy.Options{})
	if err != nil || !r.Total.IsZero() || r.Count != 0 || len(r.Lines) != 0 || len(r.ByKind) != 0 {
		t.Errorf("Budget(empty) = %+v, %v", r, err)
	}
	b, err := json.Marshal(r)
	if err != nil || !strings.Contains(string(b), `"total":"0.00"`) {
		t.Errorf("json %s %v", b, err)
	}
}

func TestBudgetErrors(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		plan  subsidy.Plan
		kind  platform.Kind
		field string
	}{
		{"预算 备案缺少年份", "subsidy.15.filing.key_laboratory",
			subsidy.Plan{Filings: []subsidy.PlannedFiling{{Type: platform.KeyLaboratory}}}, platform.ErrMissing, "filings[0].year"},
		{"预算 备案年份越界", "subsidy.15.filing.key_laboratory",
			subsidy.Plan{Filings: []subsidy.PlannedFiling{{Type: platform.KeyLaboratory, Year: 10000}}}, platform.ErrRange, "filings[0].year"},
		{"预算 备案类型未知", "subsidy.15.filing.key_laboratory",
			subsidy.Plan{Filings: []subsidy.PlannedFiling{{Type: platform.KeyLaboratory, Year: 2025}, {Type: 9, Year: 2025}}}, platform.ErrInvalid, "filings[1].type"},
		{"预算 降级不是提档升级", "subsidy.17.upgrade.regional",
			subsidy.Plan{Upgrades: []subsidy.PlannedUpgrade{{Type: platform.KeyLaboratory, From: platform.National, To: platform.Regional, Year: 2025}}}, platform.ErrOrder, "upgrades[0].to"},
		{"预算 升级缺少起始级别", "subsidy.17.upgrade.national",
			subsidy.Plan{Upgrades: []subsidy.PlannedUpgrade{{Type: platform.KeyLaboratory, To: platform.National, Year: 2025}}}, platform.ErrMissing, "upgrades[0].from"},
		{"预算 升级年份为负", "subsidy.17.upgrade.national",
			subsidy.Plan{Upgrades: []subsidy.PlannedUpgrade{{Type: platform.KeyLaboratory, From: platform.City, To: platform.National, Year: -1}}}, platform.ErrRange, "upgrades[0].year"},
		{"预算 考核等次未知", "subsidy.23.cycle.key_laboratory.good",
			subsidy.Plan{Graded: []subsidy.PlannedGrade{{Type: platform.KeyLaboratory, Grade: 8, Cycle: 1, Year: 2027}}}, platform.ErrInvalid, "graded[0].grade"},
		{"预算 周期编号缺失", "subsidy.23.cycle.key_laboratory.good",
			subsidy.Plan{Graded: []subsidy.PlannedGrade{{Type: platform.KeyLaboratory, Grade: platform.Good, Year: 2027}}}, platform.ErrMissing, "graded[0].cycle"},
		{"预算 所处级别未知", "subsidy.23.cycle.key_laboratory.good",
			subsidy.Plan{Graded: []subsidy.PlannedGrade{{Type: platform.KeyLaboratory, Grade: platform.Good, Cycle: 1, Held: 6, Year: 2027}}}, platform.ErrInvalid, "graded[0].held"},
		{"预算 考核类型缺失", "subsidy.23.cycle.key_laboratory.good",
			subsidy.Plan{Graded: []subsidy.PlannedGrade{{Grade: platform.Good, Cycle: 1, Year: 2027}}}, platform.ErrMissing, "graded[0].type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := subsidy.Budget(tt.plan, subsidy.DefaultSchedule(), subsidy.Options{})
			if !errors.Is(err, tt.kind) || !hasField(err, tt.field) || r.Lines != nil {
				t.Errorf("Budget = %v, want %v on %s and nothing computed", err, tt.kind, tt.field)
			}
		})
	}
	if _, err := subsidy.Budget(samplePlan(), subsidy.Schedule{}, subsidy.Options{}); !errors.Is(err, platform.ErrMissing) {
		t.Errorf("Budget with an empty schedule = %v", err)
	}
}

func TestPlanJSONRoundTrip(t *testing.T) {
	p := samplePlan()
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"graded":[{"type":"key_laboratory","grade":"excellent","cycle":1,"year":2027}`) {
		t.Errorf("json %s", b)
	}
	var back subsidy.Plan
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// The year of a planned event is bounded to 1–9999: both ends are accepted, one past
// either end is an error naming the item.
func TestBudgetYearBounds(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		cite  platform.Citation
		year  int
		total string // "" when the plan is an error
		kind  platform.Kind
	}{
		{"第十五条 预算 公元1年的备案按50万元计入", "subsidy.15.filing.key_laboratory", platform.Art(15), 1, "500000", 0},
		{"第十五条 预算 9999年的备案按50万元计入", "subsidy.15.filing.key_laboratory", platform.Art(15), 9999, "500000", 0},
		{"第十五条 预算 0年是缺失", "subsidy.15.filing.key_laboratory", platform.Art(15), 0, "", platform.ErrMissing},
		{"第十五条 预算 10000年越界", "subsidy.15.filing.key_laboratory", platform.Art(15), 10000, "", platform.ErrRange},
		{"第十五条 预算 极大的年份越界而不崩溃", "subsidy.15.filing.key_laboratory", platform.Art(15), 1 << 62, "", platform.ErrRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pl := subsidy.Plan{Filings: []subsidy.PlannedFiling{{Type: platform.KeyLaboratory, Year: tt.year}}}
			r, err := subsidy.Budget(pl, subsidy.DefaultSchedule(), subsidy.Options{})
			if tt.total == "" {
				if !errors.Is(err, tt.kind) || !hasField(err, "filings[0].year") || r.Lines != nil {
					t.Fatalf("Budget(year %d) = %v, want %v on filings[0].year", tt.year, err, tt.kind)
				}
				return
			}
			if err != nil {
				t.Fatalf("Budget(year %d) error %v", tt.year, err)
			}
			if !r.Total.Equal(yuan(tt.total)) || len(r.ByYear) != 1 || r.ByYear[0].Year != tt.year ||
				r.Lines[0].Rule != tt.rule || r.Lines[0].Citation != tt.cite {
				t.Errorf("Budget(year %d) = total %v by year %+v lines %+v", tt.year, r.Total, r.ByYear, r.Lines)
			}
		})
	}
}
