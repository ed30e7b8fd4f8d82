package platform

import "strings"

// Division is a six-digit administrative-division code (行政区划代码, GB/T 2260), such as
// 540102 (拉萨市城关区) or 510104 (成都市锦江区): where a unit is registered now (its
// 登记机关), or where a platform is built. The empty Division is "not supplied". A Division
// is text an official copies off a document; [Division.Valid] reports whether it is six
// digits, and [ParseDivision] checks it.
//
// A credit code carries a division too ([CreditCode.IssuedIn]), but that one names the
// authority that first issued the code, which never changes while the unit exists, even
// when it moves (LEGAL.md §9): it is evidence of where a unit is registered, not proof.
type Division string

// ParseDivision trims surrounding space and checks that s is six digits.
func ParseDivision(s string) (Division, error) {
	d := Division(strings.TrimSpace(s))
	if !d.Valid() {
		return "", &Error{Op: "platform.ParseDivision", Kind: ErrInvalid, Field: "division", Input: s}
	}
	return d, nil
}

// Valid reports whether d is six ASCII digits.
func (d Division) Valid() bool {
	if len(d) != 6 {
		return false
	}
	for i := range len(d) {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return true
}

// IsZero reports whether d is the empty Division (not supplied).
func (d Division) IsZero() bool { return d == "" }

// Locality classifies the division as 第二条 and the annex's "在拉萨市行政区域" need: 5401xx is
// Lhasa (拉萨市 540100 and its districts, counties and parks); 540000 is the autonomous
// region's own level, which says nothing of where in the region a unit sits, and so needs a
// reviewer; any other division is outside Lhasa. The empty or an invalid Division is
// LocalityUnknown.
func (d Division) Locality() Locality {
	if !d.Valid() {
		return LocalityUnknown
	}
	return localityOf(string(d))
}

// localityOf classifies six digits, or "" (LocalityUnknown), without checking them: a
// credit code's division is six digits by construction.
func localityOf(d string) Locality {
	switch {
	case d == "":
		return LocalityUnknown
	case strings.HasPrefix(d, "5401"):
		return InLhasa
	case d == "540000":
		return RegionLevel
	}
	return OutsideLhasa
}

// IssuedIn returns the division of the authority that issued the code (positions 3–8), or
// the empty Division for the zero CreditCode. The code keeps it when the unit moves, so it
// says where the unit was first registered, not where it is registered now.
func (c CreditCode) IssuedIn() Division { return Division(c.Division()) }
