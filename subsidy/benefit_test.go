package subsidy_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

func TestBenefitKind(t *testing.T) {
	tests := []struct {
		kind     subsidy.BenefitKind
		code, zh string
	}{
		{subsidy.FilingSubsidy, "filing", "备案扶持资助"},
		{subsidy.UpgradeReward, "upgrade", "提档升级一次性奖励扶持"},
		{subsidy.CycleAward, "cycle", "绩效评估奖励扶持"},
	}
	for _, tt := range tests {
		if tt.kind.String() != tt.code || tt.kind.Chinese() != tt.zh || tt.kind.English() == "" {
			t.Errorf("%d: %s %s %s", tt.kind, tt.kind, tt.kind.Chinese(), tt.kind.English())
		}
		for _, s := range []string{tt.code, tt.zh} {
			k, err := subsidy.ParseBenefitKind(s)
			if err != nil || k != tt.kind {
				t.Errorf("ParseBenefitKind(%q) = %v, %v", s, k, err)
			}
		}
		b, err := tt.kind.MarshalText()
		var back subsidy.BenefitKind
		if err != nil || back.UnmarshalText(b) != nil || back != tt.kind {
			t.Errorf("text round trip of %v: %s, %v", tt.kind, b, err)
		}
	}
	bad := subsidy.BenefitKind(9)
	if bad.String() != "%!BenefitKind(9)" || bad.Chinese() != "" || bad.English() != "" || bad.Valid() {
		t.Errorf("invalid kind renders %q %q %q", bad, bad.Chinese(), bad.English())
	}
	if _, err := bad.MarshalText(); !errors.Is(err, platform.ErrInvalid) {
		t.Errorf("MarshalText(9) error %v", err)
	}
	var k subsidy.BenefitKind
	if err := k.UnmarshalText([]byte("bonus")); !errors.Is(err, platform.ErrInvalid) {
		t.Errorf("UnmarshalText(bonus) error %v", err)
	}
	if len(subsidy.BenefitKinds()) != 3 {
		t.Errorf("BenefitKinds() = %v", subsidy.BenefitKinds())
	}
}

func TestBenefit(t *testing.T) {
	tests := []struct {
		b            subsidy.Benefit
		code, zh, en string
		json         string
	}{
		{subsidy.Filed(), "filing", "备案扶持资助", "filing subsidy", `{"kind":"filing"}`},
		{subsidy.Upgraded(platform.National), "upgrade:national", "提档升级为国家级一次性奖励扶持",
			"one-time reward for upgrading to national level", `{"kind":"upgrade","level":"national"}`},
		{subsidy.Cycled(2), "cycle:2", "第2个评估周期绩效评估奖励扶持", "award for evaluation cycle 2", `{"kind":"cycle","cycle":2}`},
	}
	for _, tt := range tests {
		if tt.b.String() != tt.code || tt.b.Chinese() != tt.zh || tt.b.English() != tt.en {
			t.Errorf("%v: %q %q %q", tt.b, tt.b.String(), tt.b.Chinese(), tt.b.English())
		}
		if err := tt.b.Validate(); err != nil {
			t.Errorf("%v.Validate() = %v", tt.b, err)
		}
		got, err := json.Marshal(tt.b)
		if err != nil || string(got) != tt.json {
			t.Errorf("json %v = %s, %v, want %s", tt.b, got, err, tt.json)
		}
		var back subsidy.Benefit
		if err := json.Unmarshal(got, &back); err != nil || back != tt.b {
			t.Errorf("json round trip %v = %v, %v", tt.b, back, err)
		}
	}
}

func TestBenefitValidate(t *testing.T) {
	tests := []struct {
		name  string
		rule  string
		b     subsidy.Benefit
		kind  platform.Kind
		field string
	}{
		{"没有种类的奖励扶持是缺失", "subsidy.28.no_double_benefit", subsidy.Benefit{}, platform.ErrMissing, "benefit.kind"},
		{"未知种类无效", "subsidy.28.no_double_benefit", subsidy.Benefit{Kind: 7}, platform.ErrInvalid, "benefit.kind"},
		{"第十五条 备案资助不带级别", "subsidy.15.filing.key_laboratory", subsidy.Benefit{Kind: subsidy.FilingSubsidy, Level: platform.City}, platform.ErrInvalid, "benefit.level"},
		{"第十五条 备案资助不带周期", "subsidy.15.filing.key_laboratory", subsidy.Benefit{Kind: subsidy.FilingSubsidy, Cycle: 1}, platform.ErrInvalid, "benefit.cycle"},
		{"第十七条 升级奖励须有级别", "subsidy.17.upgrade.national", subsidy.Benefit{Kind: subsidy.UpgradeReward}, platform.ErrMissing, "benefit.level"},
		{"第十七条 升级到市级无效", "subsidy.17.upgrade.regional", subsidy.Upgraded(platform.City), platform.ErrInvalid, "benefit.level"},
		{"第十七条 升级奖励不带周期", "subsidy.17.upgrade.national", subsidy.Benefit{Kind: subsidy.UpgradeReward, Level: platform.National, Cycle: 1}, platform.ErrInvalid, "benefit.cycle"},
		{"第二十三条 周期奖励须有周期", "subsidy.23.cycle.key_laboratory.good", subsidy.Benefit{Kind: subsidy.CycleAward}, platform.ErrMissing, "benefit.cycle"},
		{"第二十三条 负周期越界", "subsidy.23.cycle.key_laboratory.good", subsidy.Cycled(-2), platform.ErrRange, "benefit.cycle"},
		{"第二十三条 周期奖励不带级别", "subsidy.23.cycle.key_laboratory.good", subsidy.Benefit{Kind: subsidy.CycleAward, Cycle: 1, Level: platform.National}, platform.ErrInvalid, "benefit.level"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.b.Validate()
			if !errors.Is(err, tt.kind) || !hasField(err, tt.field) {
				t.Errorf("%+v.Validate() = %v, want %v on %s", tt.b, err, tt.kind, tt.field)
			}
		})
	}
}
