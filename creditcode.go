package platform

import (
	"strings"

	"github.com/lhasa-sti/platform/internal/enum"
)

// CreditCode is an 18-character 统一社会信用代码 (GB 32100-2015), valid by construction:
// the only way to get a non-zero CreditCode is [ParseCreditCode]. The zero value is "no code".
//
// Layout: position 1 the registration-authority code (登记管理部门码), 2 the entity-type code
// (机构类别码), 3–8 the administrative-division code of the registering authority
// (登记管理机关行政区划码), 9–17 the organisation code (主体标识码), 18 the check character.
type CreditCode struct {
	s string
}

// creditChars is the code's alphabet: digits and capital letters except I, O, Z, S, V.
const creditChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// authority is a registration-authority code of position 1, by its place in the standard's
// list.
type authority uint8

// authorityNames are the registration-authority codes GB 32100-2015 assigns to position 1,
// with the departments they stand for.
var authorityNames = enum.New(enum.Table[authority]{Type: "authority", Pkg: "platform", Field: "position 1", First: 0,
	Codes: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "N", "Y"},
	Zh: []string{"机构编制", "外交", "司法行政", "文化", "民政", "旅游", "宗教", "工会", "工商",
		"中央军委改革和编制办公室", "农业", "其他"},
	En: []string{"establishment administration", "foreign affairs", "judicial administration", "culture",
		"civil affairs", "tourism", "religious affairs", "trade unions", "industry and commerce",
		"reform and establishment office of the Central Military Commission", "agriculture", "other"},
	CodesOnly: true,
	Invalid:   invalid,
})

// isAuthority marks the bytes that are registration-authority codes (authorityNames' codes),
// for ParseCreditCode: a table built once from them and never changed.
var isAuthority = func() (t [256]bool) {
	for _, a := range authorityNames.Values() {
		t[authorityNames.String(a)[0]] = true
	}
	return t
}()

var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

func creditValue(c byte) int { return int(creditIndex[c]) }

// creditIndex maps a byte to its position in creditChars, or -1: a table built once from
// creditChars and never changed.
var creditIndex = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := range len(creditChars) {
		t[creditChars[i]] = int8(i)
	}
	return t
}()

// CreditCheckChar returns the GB 32100-2015 check character for the first 17 characters
// of a code, or 0 when they are not 17 characters of the code's alphabet.
func CreditCheckChar(first17 string) byte {
	if len(first17) != 17 {
		return 0
	}
	sum := 0
	for i := 0; i < 17; i++ {
		v := creditValue(first17[i])
		if v < 0 {
			return 0
		}
		sum += v * creditWeights[i]
	}
	c := 31 - sum%31
	if c == 31 {
		c = 0
	}
	return creditChars[c]
}

// ParseCreditCode normalises s (trims surrounding space, upper-cases) and validates it: 18
// characters, each of the code's alphabet (no I, O, Z, S, V), the first position one of
// the registration-authority codes the standard assigns (1–9, A, N, Y), the division code
// six digits, and the check character right. Errors name the position of the first bad character.
func ParseCreditCode(s string) (CreditCode, error) {
	const op = "platform.ParseCreditCode"
	v := strings.ToUpper(strings.TrimSpace(s))
	if len(v) != 18 {
		return CreditCode{}, &Error{Op: op, Kind: ErrInvalid, Field: "length", Input: s}
	}
	for i := 0; i < 18; i++ {
		if creditValue(v[i]) < 0 {
			return CreditCode{}, &Error{Op: op, Kind: ErrInvalid, Field: "position " + itoa(i+1), Input: s}
		}
	}
	if !isAuthority[v[0]] {
		return CreditCode{}, &Error{Op: op, Kind: ErrInvalid, Field: "position 1", Input: s}
	}
	for i := 2; i < 8; i++ {
		if v[i] < '0' || v[i] > '9' {
			return CreditCode{}, &Error{Op: op, Kind: ErrInvalid, Field: "position " + itoa(i+1), Input: s}
		}
	}
	if CreditCheckChar(v[:17]) != v[17] {
		return CreditCode{}, &Error{Op: op, Kind: ErrInvalid, Field: "check character", Input: s}
	}
	return CreditCode{v}, nil
}

// MustCreditCode is ParseCreditCode for literals; it panics on an invalid code.
func MustCreditCode(s string) CreditCode {
	c, err := ParseCreditCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

// IsZero reports whether c is the zero CreditCode (no code supplied).
func (c CreditCode) IsZero() bool { return c.s == "" }

// String returns the 18 characters, or "" for the zero value.
func (c CreditCode) String() string { return c.s }

// RegistrationAuthority returns the registration-authority code (position 1): 1 机构编制,
// 5 民政, 9 工商 (市场监管), and so on.
func (c CreditCode) RegistrationAuthority() byte {
	if c.s == "" {
		return 0
	}
	return c.s[0]
}

// EntityType returns the entity-type code (position 2), whose meaning depends on the
// registration authority (91: 企业, 12: 事业单位, 52: 民办非企业单位).
func (c CreditCode) EntityType() byte {
	if c.s == "" {
		return 0
	}
	return c.s[1]
}

// Division returns the six-digit administrative-division code (positions 3–8).
func (c CreditCode) Division() string {
	if c.s == "" {
		return ""
	}
	return c.s[2:8]
}

// OrganisationCode returns positions 9–17, the 主体标识码.
func (c CreditCode) OrganisationCode() string {
	if c.s == "" {
		return ""
	}
	return c.s[8:17]
}

// Locality is where a credit code says its holder was registered, as far as 第二条 and
// the annex's "在拉萨市行政区域依法登记注册" need to know.
type Locality uint8

// The localities a division code can show.
const (
	LocalityUnknown Locality = iota // no code
	InLhasa                         // a division 5401xx: Lhasa city or one of its districts, counties and parks
	RegionLevel                     // 540000: registered at autonomous-region level; the entity may sit in Lhasa
	OutsideLhasa                    // any other division
)

var localityNames = enum.New(enum.Table[Locality]{Type: "Locality", Pkg: "platform", Field: "locality", First: LocalityUnknown,
	Codes:   []string{"unknown", "in_lhasa", "region_level", "outside_lhasa"},
	Invalid: invalid,
})

// String returns the stable code.
func (l Locality) String() string { return localityNames.String(l) }

// ParseLocality accepts the stable code (in_lhasa).
func ParseLocality(s string) (Locality, error) { return localityNames.ParseTrimmed(s) }

// MarshalText encodes the stable code; an invalid value is an error.
func (l Locality) MarshalText() ([]byte, error) { return localityNames.Marshal(l) }

// UnmarshalText accepts what [ParseLocality] accepts.
func (l *Locality) UnmarshalText(b []byte) error {
	v, err := ParseLocality(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Locality classifies the division code as [Division.Locality] does: 5401xx is Lhasa
// (拉萨市 540100 and its districts, counties and parks); 540000 is the autonomous region's
// own registration, which says nothing of where the entity sits and so needs a reviewer;
// anything else is outside Lhasa. The division is the issuing authority's
// ([CreditCode.IssuedIn]): a unit that has moved keeps it.
func (c CreditCode) Locality() Locality { return localityOf(c.Division()) }

// MarshalText writes the 18 characters.
func (c CreditCode) MarshalText() ([]byte, error) { return []byte(c.s), nil }

// UnmarshalText validates as [ParseCreditCode] does; empty text is the zero value.
func (c *CreditCode) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = CreditCode{}
		return nil
	}
	v, err := ParseCreditCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
