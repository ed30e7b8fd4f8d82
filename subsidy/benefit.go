package subsidy

import (
	"strconv"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/internal/enum"
)

// BenefitKind is the kind of money the measures promise a platform. It is also the
// vocabulary in which a [Ledger] records what other city documents paid, so that
// 第二十八条 can compare like with like. The zero value is not a kind.
//
// The set is append-only: codes and numeric values never change.
type BenefitKind uint8

// The three kinds of benefit of the measures.
const (
	FilingSubsidy BenefitKind = iota + 1 // 备案扶持资助 (第十五条)
	UpgradeReward                        // 提档升级一次性奖励扶持 (第十七条)
	CycleAward                           // 周期绩效奖励扶持 (第二十三条)
)

var kindNames = enum.New(enum.Table[BenefitKind]{Type: "BenefitKind", Pkg: "subsidy", Field: "kind", First: FilingSubsidy,
	Codes:   []string{"", "filing", "upgrade", "cycle"},
	Zh:      []string{"", "备案扶持资助", "提档升级一次性奖励扶持", "绩效评估奖励扶持"},
	En:      []string{"", "filing subsidy", "one-time upgrade reward", "evaluation-cycle award"},
	Invalid: invalid,
})

// invalid is the error of an enumeration's parser or marshaller.
func invalid(op, field, input string) error {
	return platform.NewError(op, platform.ErrInvalid, field, input, nil)
}

// BenefitKinds returns the three kinds in article order, as a fresh slice.
func BenefitKinds() []BenefitKind { return kindNames.Values() }

// Valid reports whether k is one of the three kinds.
func (k BenefitKind) Valid() bool { return kindNames.Valid(k) }

// String returns the stable code (filing, upgrade, cycle), or %!BenefitKind(n).
func (k BenefitKind) String() string { return kindNames.String(k) }

// Chinese returns the measures' name for the kind, or "".
func (k BenefitKind) Chinese() string { return kindNames.Chinese(k) }

// English returns an English name, or "".
func (k BenefitKind) English() string { return kindNames.English(k) }

// ParseBenefitKind accepts the code or the Chinese name.
func ParseBenefitKind(s string) (BenefitKind, error) { return kindNames.ParseTrimmed(s) }

// MarshalText encodes the stable code; an invalid kind is an error.
func (k BenefitKind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText accepts what [ParseBenefitKind] accepts.
func (k *BenefitKind) UnmarshalText(b []byte) error {
	v, err := ParseBenefitKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Benefit names one benefit a platform can receive, once: the filing subsidy, the upgrade
// reward for reaching a level, or the award for one evaluation cycle. Two payments for
// equal Benefits are payments for the same thing (第二十八条 不得重复享受).
//
//   - FilingSubsidy: Level and Cycle are zero.
//   - UpgradeReward: Level is the level reached ([platform.Regional] or [platform.National]);
//     Cycle is zero.
//   - CycleAward: Cycle is the evaluation cycle, numbered 1, 2, … from filing; Level is zero.
//
// Benefit is comparable with ==.
type Benefit struct {
	Kind  BenefitKind    `json:"kind"`
	Level platform.Level `json:"level,omitempty"`
	Cycle int            `json:"cycle,omitempty"`
}

// Filed is the filing subsidy benefit.
func Filed() Benefit { return Benefit{Kind: FilingSubsidy} }

// Upgraded is the upgrade reward for reaching level l.
func Upgraded(l platform.Level) Benefit { return Benefit{Kind: UpgradeReward, Level: l} }

// Cycled is the award for evaluation cycle n (from 1).
func Cycled(n int) Benefit { return Benefit{Kind: CycleAward, Cycle: n} }

// Validate reports whether b is well formed; field prefixes the error's field name.
func (b Benefit) Validate() error { return b.check("subsidy.Benefit.Validate", "benefit") }

func (b Benefit) check(op, field string) error {
	var p platform.Problems
	switch b.Kind {
	case FilingSubsidy:
		if b.Level != 0 {
			p.Addf(op, platform.ErrInvalid, field+".level", b.Level.String())
		}
		if b.Cycle != 0 {
			p.Addf(op, platform.ErrInvalid, field+".cycle", strconv.Itoa(b.Cycle))
		}
	case UpgradeReward:
		switch {
		case b.Level == 0:
			p.Addf(op, platform.ErrMissing, field+".level", "")
		case b.Level != platform.Regional && b.Level != platform.National:
			p.Addf(op, platform.ErrInvalid, field+".level", b.Level.String())
		}
		if b.Cycle != 0 {
			p.Addf(op, platform.ErrInvalid, field+".cycle", strconv.Itoa(b.Cycle))
		}
	case CycleAward:
		switch {
		case b.Cycle == 0:
			p.Addf(op, platform.ErrMissing, field+".cycle", "")
		case b.Cycle < 0:
			p.Addf(op, platform.ErrRange, field+".cycle", strconv.Itoa(b.Cycle))
		}
		if b.Level != 0 {
			p.Addf(op, platform.ErrInvalid, field+".level", b.Level.String())
		}
	case 0:
		p.Addf(op, platform.ErrMissing, field+".kind", "")
	default:
		p.Addf(op, platform.ErrInvalid, field+".kind", b.Kind.String())
	}
	return p.Err()
}

// String returns a stable code: filing, upgrade:national, cycle:2.
func (b Benefit) String() string {
	switch b.Kind {
	case UpgradeReward:
		return "upgrade:" + b.Level.String()
	case CycleAward:
		return "cycle:" + strconv.Itoa(b.Cycle)
	}
	return b.Kind.String()
}

// Chinese names the benefit in Chinese: 备案扶持资助, 提档升级为国家级一次性奖励扶持,
// 第2个评估周期绩效评估奖励扶持.
func (b Benefit) Chinese() string {
	switch b.Kind {
	case UpgradeReward:
		return "提档升级为" + b.Level.Chinese() + "一次性奖励扶持"
	case CycleAward:
		return "第" + strconv.Itoa(b.Cycle) + "个评估周期绩效评估奖励扶持"
	}
	return b.Kind.Chinese()
}

// English names the benefit in English.
func (b Benefit) English() string {
	switch b.Kind {
	case UpgradeReward:
		return "one-time reward for upgrading to " + b.Level.English()
	case CycleAward:
		return "award for evaluation cycle " + strconv.Itoa(b.Cycle)
	}
	return b.Kind.English()
}
