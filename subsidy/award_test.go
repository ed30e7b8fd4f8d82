package subsidy_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func yuan(s string) platform.Amount { return platform.MustAmount(s) }

func defaultFingerprint(t *testing.T) string {
	t.Helper()
	fp, err := subsidy.DefaultSchedule().Fingerprint()
	require.NoError(t, err, "Fingerprint()")
	return fp
}

func checkAward(t *testing.T, a subsidy.Award, want platform.Amount, rule string, cite platform.Citation, outcome platform.Outcome, fp string) {
	t.Helper()
	assert.True(t, a.Amount.Equal(want), "amount = %v, want %v", a.Amount, want)
	if assert.NotNil(t, a.Finding.Rule, "rule") {
		assert.Equal(t, rule, a.Finding.Rule.ID, "rule")
	}
	assert.Equal(t, cite, a.Finding.Cite(), "the finding's citation")
	assert.Equal(t, cite, a.Citation, "the award's citation")
	assert.Equal(t, outcome, a.Finding.Outcome, "outcome")
	assert.True(t, a.Finding.Found.Dec.Equal(want.Yuan()), "found = %v, want %v 元", a.Finding.Found.English(), want)
	assert.Equal(t, platform.Yuan, a.Finding.Found.Unit, "found unit")
	assert.Equal(t, fp, a.Edition.Fingerprint, "edition fingerprint")
	assert.Equal(t, platform.Title, a.Edition.Name, "edition name")
}

// 第十五条: the filing subsidy of every type.
func TestFiling(t *testing.T) {
	fp := defaultFingerprint(t)
	tests := []struct {
		name string
		rule string
		cite platform.Citation
		typ  platform.Type
		want string
	}{
		{"第十五条 市级工程技术中心给予20万元扶持资助", "subsidy.15.filing.engineering_research_center", platform.Art(15), platform.EngineeringCenter, "200000"},
		{"第十五条 市级野外科学观测研究站给予20万元扶持资助", "subsidy.15.filing.field_station", platform.Art(15), platform.FieldStation, "200000"},
		{"第十五条 市级重点实验室给予50万元扶持资助", "subsidy.15.filing.key_laboratory", platform.Art(15), platform.KeyLaboratory, "500000"},
		{"第十五条 市级技术创新中心给予50万元扶持资助", "subsidy.15.filing.technology_innovation_center", platform.Art(15), platform.InnovationCenter, "500000"},
		{"第十五条 市级临床医学研究中心给予50万元扶持资助", "subsidy.15.filing.clinical_research_center", platform.Art(15), platform.ClinicalCenter, "500000"},
		{"第十五条 市级新型研发机构给予50万元扶持资助", "subsidy.15.filing.new_rd_institution", platform.Art(15), platform.NewRDInstitution, "500000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := subsidy.Filing(subsidy.DefaultSchedule(), tt.typ)
			if err != nil {
				t.Fatalf("Filing(%v) error %v", tt.typ, err)
			}
			checkAward(t, a, yuan(tt.want), tt.rule, tt.cite, platform.Pass, fp)
			if a.Benefit != subsidy.Filed() || a.Type != tt.typ {
				t.Errorf("Filing(%v) benefit %v type %v", tt.typ, a.Benefit, a.Type)
			}
		})
	}
}

func TestFilingErrors(t *testing.T) {
	tests := []struct {
		name string
		rule string
		typ  platform.Type
		kind platform.Kind
	}{
		{"第十五条 未给出平台类型是缺失错误", "subsidy.15.filing.key_laboratory", 0, platform.ErrMissing},
		{"第十五条 未知平台类型是无效错误", "subsidy.15.filing.key_laboratory", 9, platform.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := subsidy.Filing(subsidy.DefaultSchedule(), tt.typ)
			if !errors.Is(err, tt.kind) {
				t.Errorf("Filing(%d) error %v, want %v", tt.typ, err, tt.kind)
			}
			var e *platform.Error
			if !errors.As(err, &e) || e.Op != "subsidy.Filing" || e.Field != "type" {
				t.Errorf("Filing(%d) error %#v, want op subsidy.Filing field type", tt.typ, err)
			}
		})
	}
	_, err := subsidy.Filing(subsidy.Schedule{}, platform.KeyLaboratory)
	if !errors.Is(err, platform.ErrMissing) {
		t.Errorf("Filing(empty schedule) error %v, want missing", err)
	}
}

// 第十七条: the upgrade reward along every path, in both readings, for every type.
func TestUpgrade(t *testing.T) {
	fp := defaultFingerprint(t)
	tests := []struct {
		name     string
		rule     string
		cite     platform.Citation
		from, to platform.Level
		opts     subsidy.Options
		want     string
		wanted   string
		note     string
	}{
		{"第十七条 市级升自治区级给予50万元一次性奖励", "subsidy.17.upgrade.regional", platform.Art(17), platform.City, platform.Regional, subsidy.Options{}, "500000", "500000", ""},
		{"第十七条 市级升国家级给予200万元一次性奖励", "subsidy.17.upgrade.national", platform.Art(17), platform.City, platform.National, subsidy.Options{}, "2000000", "2000000", ""},
		{"第十七条 自治区级升国家级默认全额给予200万元", "subsidy.17.upgrade.national", platform.Art(17), platform.Regional, platform.National, subsidy.Options{}, "2000000", "2000000", "默认解读"},
		{"第十七条 自治区级升国家级按补差解读给予150万元", "subsidy.17.upgrade.national", platform.Art(17), platform.Regional, platform.National, subsidy.Options{TopUp: true}, "1500000", "2000000", "补差"},
		{"第十七条 补差解读不影响市级升自治区级的50万元", "subsidy.17.upgrade.regional", platform.Art(17), platform.City, platform.Regional, subsidy.Options{TopUp: true}, "500000", "500000", ""},
		{"第十七条 补差解读不影响市级直接升国家级的200万元", "subsidy.17.upgrade.national", platform.Art(17), platform.City, platform.National, subsidy.Options{TopUp: true}, "2000000", "2000000", ""},
	}
	for _, tt := range tests {
		for _, ty := range platform.Types() {
			t.Run(tt.name+"/"+ty.String(), func(t *testing.T) {
				a, err := subsidy.Upgrade(subsidy.DefaultSchedule(), ty, subsidy.FiledAtCity, tt.from, tt.to, tt.opts)
				if err != nil {
					t.Fatalf("Upgrade(%v, %v→%v) error %v", ty, tt.from, tt.to, err)
				}
				checkAward(t, a, yuan(tt.want), tt.rule, tt.cite, platform.Pass, fp)
				if a.Benefit != subsidy.Upgraded(tt.to) || a.From != tt.from || a.Options != tt.opts {
					t.Errorf("Upgrade benefit %v from %v options %+v", a.Benefit, a.From, a.Options)
				}
				if !strings.Contains(a.Finding.NoteZh(), tt.note) || (tt.note == "") != (a.Finding.NoteZh() == "") {
					t.Errorf("note %q, want one containing %q", a.Finding.NoteZh(), tt.note)
				}
				if !a.Finding.Wanted.Dec.Equal(yuan(tt.wanted).Yuan()) {
					t.Errorf("wanted = %v, want %s (the full reward of the level reached)", a.Finding.Wanted.English(), tt.wanted)
				}
			})
		}
	}
}

func TestUpgradeErrors(t *testing.T) {
	tests := []struct {
		name     string
		rule     string
		typ      platform.Type
		from, to platform.Level
		kind     platform.Kind
		field    string
	}{
		{"第十七条 国家级降为自治区级不是提档升级", "subsidy.17.upgrade.regional", platform.KeyLaboratory, platform.National, platform.Regional, platform.ErrOrder, "to"},
		{"第十七条 自治区级到自治区级不是提档升级", "subsidy.17.upgrade.regional", platform.KeyLaboratory, platform.Regional, platform.Regional, platform.ErrOrder, "to"},
		{"第十七条 国家级到国家级不是提档升级", "subsidy.17.upgrade.national", platform.KeyLaboratory, platform.National, platform.National, platform.ErrOrder, "to"},
		{"第十七条 市级到市级不是提档升级", "subsidy.17.upgrade.regional", platform.KeyLaboratory, platform.City, platform.City, platform.ErrOrder, "to"},
		{"第十七条 未给出起始级别是缺失错误", "subsidy.17.upgrade.national", platform.KeyLaboratory, 0, platform.National, platform.ErrMissing, "from"},
		{"第十七条 未给出升级后级别是缺失错误", "subsidy.17.upgrade.national", platform.KeyLaboratory, platform.City, 0, platform.ErrMissing, "to"},
		{"第十七条 未知级别是无效错误", "subsidy.17.upgrade.national", platform.KeyLaboratory, platform.City, 7, platform.ErrInvalid, "to"},
		{"第十七条 未知起始级别是无效错误", "subsidy.17.upgrade.national", platform.KeyLaboratory, 5, platform.National, platform.ErrInvalid, "from"},
		{"第十七条 未知平台类型是无效错误", "subsidy.17.upgrade.national", 8, platform.City, platform.National, platform.ErrInvalid, "type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := subsidy.Upgrade(subsidy.DefaultSchedule(), tt.typ, subsidy.FiledAtCity, tt.from, tt.to, subsidy.Options{})
			if !errors.Is(err, tt.kind) {
				t.Fatalf("Upgrade(%v→%v) error %v, want %v", tt.from, tt.to, err, tt.kind)
			}
			var e *platform.Error
			if !errors.As(err, &e) || e.Field != tt.field || e.Op != "subsidy.Upgrade" {
				t.Errorf("Upgrade(%v→%v) error %v, want field %s", tt.from, tt.to, err, tt.field)
			}
			if !a.Amount.IsZero() || a.Finding.Rule != nil {
				t.Errorf("Upgrade on bad input computed %+v", a)
			}
		})
	}
}

// 第二十三条: the cycle award of every type and grade.
func TestCycle(t *testing.T) {
	fp := defaultFingerprint(t)
	tests := []struct {
		name    string
		rule    string
		cite    platform.Citation
		typ     platform.Type
		grade   platform.Grade
		want    string
		outcome platform.Outcome
	}{
		{"第二十三条 工程技术中心优秀给予20万元", "subsidy.23.cycle.engineering_research_center.excellent", platform.Art(23), platform.EngineeringCenter, platform.Excellent, "200000", platform.Pass},
		{"第二十三条 工程技术中心良好给予15万元", "subsidy.23.cycle.engineering_research_center.good", platform.Art(23), platform.EngineeringCenter, platform.Good, "150000", platform.Pass},
		{"第二十三条 工程技术中心合格不予奖励", "subsidy.23.cycle.engineering_research_center.qualified", platform.Art(23), platform.EngineeringCenter, platform.Qualified, "0", platform.Fail},
		{"第二十三条 工程技术中心较差不予奖励", "subsidy.23.cycle.engineering_research_center.poor", platform.Art(23), platform.EngineeringCenter, platform.Poor, "0", platform.Fail},
		{"第二十三条 野外科学观测研究站优秀给予20万元", "subsidy.23.cycle.field_station.excellent", platform.Art(23), platform.FieldStation, platform.Excellent, "200000", platform.Pass},
		{"第二十三条 野外科学观测研究站良好给予15万元", "subsidy.23.cycle.field_station.good", platform.Art(23), platform.FieldStation, platform.Good, "150000", platform.Pass},
		{"第二十三条 野外科学观测研究站合格不予奖励", "subsidy.23.cycle.field_station.qualified", platform.Art(23), platform.FieldStation, platform.Qualified, "0", platform.Fail},
		{"第二十三条 野外科学观测研究站较差不予奖励", "subsidy.23.cycle.field_station.poor", platform.Art(23), platform.FieldStation, platform.Poor, "0", platform.Fail},
		{"第二十三条 重点实验室优秀给予70万元", "subsidy.23.cycle.key_laboratory.excellent", platform.Art(23), platform.KeyLaboratory, platform.Excellent, "700000", platform.Pass},
		{"第二十三条 重点实验室良好给予60万元", "subsidy.23.cycle.key_laboratory.good", platform.Art(23), platform.KeyLaboratory, platform.Good, "600000", platform.Pass},
		{"第二十三条 重点实验室合格不予奖励", "subsidy.23.cycle.key_laboratory.qualified", platform.Art(23), platform.KeyLaboratory, platform.Qualified, "0", platform.Fail},
		{"第二十三条 重点实验室较差不予奖励", "subsidy.23.cycle.key_laboratory.poor", platform.Art(23), platform.KeyLaboratory, platform.Poor, "0", platform.Fail},
		{"第二十三条 技术创新中心优秀给予150万元", "subsidy.23.cycle.technology_innovation_center.excellent", platform.Art(23), platform.InnovationCenter, platform.Excellent, "1500000", platform.Pass},
		{"第二十三条 技术创新中心良好给予120万元", "subsidy.23.cycle.technology_innovation_center.good", platform.Art(23), platform.InnovationCenter, platform.Good, "1200000", platform.Pass},
		{"第二十三条 技术创新中心合格不予奖励", "subsidy.23.cycle.technology_innovation_center.qualified", platform.Art(23), platform.InnovationCenter, platform.Qualified, "0", platform.Fail},
		{"第二十三条 技术创新中心较差不予奖励", "subsidy.23.cycle.technology_innovation_center.poor", platform.Art(23), platform.InnovationCenter, platform.Poor, "0", platform.Fail},
		{"第二十三条 临床医学研究中心优秀给予150万元", "subsidy.23.cycle.clinical_research_center.excellent", platform.Art(23), platform.ClinicalCenter, platform.Excellent, "1500000", platform.Pass},
		{"第二十三条 临床医学研究中心良好给予120万元", "subsidy.23.cycle.clinical_research_center.good", platform.Art(23), platform.ClinicalCenter, platform.Good, "1200000", platform.Pass},
		{"第二十三条 临床医学研究中心合格不予奖励", "subsidy.23.cycle.clinical_research_center.qualified", platform.Art(23), platform.ClinicalCenter, platform.Qualified, "0", platform.Fail},
		{"第二十三条 临床医学研究中心较差不予奖励", "subsidy.23.cycle.clinical_research_center.poor", platform.Art(23), platform.ClinicalCenter, platform.Poor, "0", platform.Fail},
		{"第二十三条 新型研发机构优秀给予150万元", "subsidy.23.cycle.new_rd_institution.excellent", platform.Art(23), platform.NewRDInstitution, platform.Excellent, "1500000", platform.Pass},
		{"第二十三条 新型研发机构良好给予120万元", "subsidy.23.cycle.new_rd_institution.good", platform.Art(23), platform.NewRDInstitution, platform.Good, "1200000", platform.Pass},
		{"第二十三条 新型研发机构合格不予奖励", "subsidy.23.cycle.new_rd_institution.qualified", platform.Art(23), platform.NewRDInstitution, platform.Qualified, "0", platform.Fail},
		{"第二十三条 新型研发机构较差不予奖励", "subsidy.23.cycle.new_rd_institution.poor", platform.Art(23), platform.NewRDInstitution, platform.Poor, "0", platform.Fail},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, n := range []int{1, 2, 3} {
				a, err := subsidy.Cycle(subsidy.DefaultSchedule(), tt.typ, tt.grade, n, subsidy.Options{})
				if err != nil {
					t.Fatalf("Cycle(%v, %v, %d) error %v", tt.typ, tt.grade, n, err)
				}
				checkAward(t, a, yuan(tt.want), tt.rule, tt.cite, tt.outcome, fp)
				if a.Benefit != subsidy.Cycled(n) || a.Grade != tt.grade || a.Type != tt.typ {
					t.Errorf("Cycle benefit %v grade %v type %v", a.Benefit, a.Grade, a.Type)
				}
				if (tt.outcome == platform.Fail) != strings.Contains(a.Finding.NoteZh(), "只对考核等次为良好、优秀的平台给予奖励扶持") {
					t.Errorf("Cycle note %q", a.Finding.NoteZh())
				}
			}
		})
	}
}

// 第二十三条 is silent on upgraded platforms: both readings.
func TestCycleAtUpgradedPlatform(t *testing.T) {
	cease := subsidy.Options{CeaseCycleAfterUpgrade: true}
	tests := []struct {
		name    string
		rule    string
		held    platform.Level
		opts    subsidy.Options
		want    string
		outcome platform.Outcome
		note    string
	}{
		{"第二十三条 市级重点实验室优秀给予70万元", "subsidy.23.cycle.key_laboratory.excellent", 0, subsidy.Options{}, "700000", platform.Pass, ""},
		{"第二十三条 明示市级的重点实验室优秀给予70万元", "subsidy.23.cycle.key_laboratory.excellent", platform.City, cease, "700000", platform.Pass, ""},
		{"第二十三条 已升国家级的重点实验室默认继续享受70万元", "subsidy.23.cycle.key_laboratory.excellent", platform.National, subsidy.Options{}, "700000", platform.Pass, "默认解读"},
		{"第二十三条 已升自治区级的重点实验室默认继续享受70万元", "subsidy.23.cycle.key_laboratory.excellent", platform.Regional, subsidy.Options{}, "700000", platform.Pass, "默认解读"},
		{"第二十三条 已升国家级的重点实验室按选项自升级起停发", "subsidy.23.cycle.upgraded_platform", platform.National, cease, "0", platform.Fail, "CeaseCycleAfterUpgrade"},
		{"第二十三条 已升自治区级的重点实验室按选项自升级起停发", "subsidy.23.cycle.upgraded_platform", platform.Regional, cease, "0", platform.Fail, "CeaseCycleAfterUpgrade"},
	}
	fp := defaultFingerprint(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := subsidy.CycleAt(subsidy.DefaultSchedule(), platform.KeyLaboratory, platform.Excellent, 2, tt.held, tt.opts)
			if err != nil {
				t.Fatalf("CycleAt error %v", err)
			}
			checkAward(t, a, yuan(tt.want), tt.rule, platform.Art(23), tt.outcome, fp)
			if !strings.Contains(a.Finding.NoteZh(), tt.note) || (tt.note == "") != (a.Finding.NoteZh() == "") || (tt.note == "") != (a.Finding.NoteEn() == "") {
				t.Errorf("note %q / %q, want one containing %q", a.Finding.NoteZh(), a.Finding.NoteEn(), tt.note)
			}
			if a.Held != tt.held || a.Options != tt.opts {
				t.Errorf("held %v options %+v", a.Held, a.Options)
			}
		})
	}
	a, err := subsidy.CycleAt(subsidy.DefaultSchedule(), platform.KeyLaboratory, platform.Qualified, 1, platform.National, subsidy.Options{})
	if err != nil || !a.Amount.IsZero() || !strings.Contains(a.Finding.NoteZh(), "合格") || !strings.Contains(a.Finding.NoteEn(), "upgraded") {
		t.Errorf("CycleAt(qualified, national) = %v, %q, %q, %v", a.Amount, a.Finding.NoteZh(), a.Finding.NoteEn(), err)
	}
}

func TestCycleErrors(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		typ   platform.Type
		grade platform.Grade
		cycle int
		held  platform.Level
		kind  platform.Kind
		field string
	}{
		{"第二十三条 周期编号为0是缺失错误", "subsidy.23.cycle.key_laboratory.good", platform.KeyLaboratory, platform.Good, 0, 0, platform.ErrMissing, "cycle"},
		{"第二十三条 周期编号为负是越界错误", "subsidy.23.cycle.key_laboratory.good", platform.KeyLaboratory, platform.Good, -1, 0, platform.ErrRange, "cycle"},
		{"第二十三条 未给出考核等次是缺失错误", "subsidy.23.cycle.key_laboratory.good", platform.KeyLaboratory, 0, 1, 0, platform.ErrMissing, "grade"},
		{"第二十三条 未知考核等次是无效错误", "subsidy.23.cycle.key_laboratory.good", platform.KeyLaboratory, 5, 1, 0, platform.ErrInvalid, "grade"},
		{"第二十三条 未知平台类型是无效错误", "subsidy.23.cycle.key_laboratory.good", 7, platform.Good, 1, 0, platform.ErrInvalid, "type"},
		{"第二十三条 未知级别是无效错误", "subsidy.23.cycle.key_laboratory.good", platform.KeyLaboratory, platform.Good, 1, 4, platform.ErrInvalid, "held"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := subsidy.CycleAt(subsidy.DefaultSchedule(), tt.typ, tt.grade, tt.cycle, tt.held, subsidy.Options{})
			var e *platform.Error
			if !errors.Is(err, tt.kind) || !errors.As(err, &e) || e.Field != tt.field || e.Op != "subsidy.CycleAt" {
				t.Errorf("CycleAt error %v, want %v on %s", err, tt.kind, tt.field)
			}
		})
	}
	if _, err := subsidy.Cycle(subsidy.DefaultSchedule(), platform.KeyLaboratory, platform.Good, 0, subsidy.Options{}); !errors.Is(err, platform.ErrMissing) {
		t.Errorf("Cycle(cycle 0) error %v, want missing", err)
	}
}
