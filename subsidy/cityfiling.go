package subsidy

import (
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/internal/enum"
)

// CityFiling is the fact whether a platform recognised at 自治区级 or 国家级 was filed at
// city level (市级备案) under these measures, as an official reads it off the filing record.
// 第十六条 encourages "市级备案的各类科技创新平台" to upgrade and 第十七条 rewards that upgrade:
// a platform never filed at city level is owed no upgrade reward under these measures.
//
// The zero value, [CityFilingNotStated], is a claim that does not state the fact, as every
// claim did before the fact existed: it reads as it always did (the starting level is given
// and the reward is priced as for a filed platform). The set is append-only: codes and
// numeric values never change.
type CityFiling uint8

// The answers to "filed at city level?".
const (
	// CityFilingNotStated (zero): not stated; read as before the fact existed, the reward
	// priced from the starting level the claim gives.
	CityFilingNotStated CityFiling = iota
	// FiledAtCity: the platform was filed at city level (已经市级备案).
	FiledAtCity
	// NotFiledAtCity: the platform was never filed at city level (未经市级备案): nothing is
	// owed under 第十六、十七条.
	NotFiledAtCity
	// CityFilingUnknown: whether the platform was filed at city level is not known (不详):
	// the reward is Unknown.
	CityFilingUnknown
)

var cityFilingNames = enum.New(enum.Table[CityFiling]{Type: "CityFiling", Pkg: "subsidy", Field: "city_filing",
	First: CityFilingNotStated,
	Codes: []string{"not_stated", "filed", "not_filed", "unknown"},
	Zh:    []string{"未注明", "已经市级备案", "未经市级备案", "是否经市级备案不详"},
	En: []string{"not stated", "filed at city level", "never filed at city level",
		"not known whether filed at city level"},
	// The empty text is a claim that does not state the fact.
	Aliases: []enum.Alias[CityFiling]{{Spelling: "", Value: CityFilingNotStated}},
	Invalid: invalid,
})

// Valid reports whether f is one of the four values (zero included).
func (f CityFiling) Valid() bool { return cityFilingNames.Valid(f) }

// String returns the stable code (not_stated, filed, not_filed, unknown), or
// %!CityFiling(n).
func (f CityFiling) String() string { return cityFilingNames.String(f) }

// Chinese returns the answer in Chinese, or "".
func (f CityFiling) Chinese() string { return cityFilingNames.Chinese(f) }

// English returns the answer in English, or "".
func (f CityFiling) English() string { return cityFilingNames.English(f) }

// ParseCityFiling accepts the code or the Chinese words; the empty string is
// [CityFilingNotStated].
func ParseCityFiling(s string) (CityFiling, error) { return cityFilingNames.ParseTrimmed(s) }

// MarshalText encodes the stable code; an invalid value is an error.
func (f CityFiling) MarshalText() ([]byte, error) { return cityFilingNames.Marshal(f) }

// UnmarshalText accepts what [ParseCityFiling] accepts.
func (f *CityFiling) UnmarshalText(b []byte) error {
	v, err := ParseCityFiling(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// checkCityFiling checks the fact and the starting level of an upgrade together: for a
// platform filed (or, as before, not stated) the starting level is required; for one never
// filed, or not known to be, it may be absent or 自治区级, but 市级 would say the platform was
// filed at city level ([platform.ErrConflict]).
func checkCityFiling(p *platform.Problems, op, prefix string, f CityFiling, from, to platform.Level) {
	switch f {
	case CityFilingNotStated, FiledAtCity:
		checkUpgrade(p, op, prefix, from, to)
	case NotFiledAtCity, CityFilingUnknown:
		okTo := checkLevel(p, op, prefix+"to", to)
		switch {
		case okTo && to == platform.City:
			p.Addf(op, platform.ErrOrder, prefix+"to", to.String())
		case from == 0:
		case !from.Valid():
			p.Addf(op, platform.ErrInvalid, prefix+"from", from.String())
		case from == platform.City:
			p.Addf(op, platform.ErrConflict, prefix+"from", from.String())
		case okTo && to <= from:
			p.Addf(op, platform.ErrOrder, prefix+"to", from.String()+" → "+to.String())
		}
	default:
		p.Addf(op, platform.ErrInvalid, prefix+"city_filing", f.String())
	}
}
