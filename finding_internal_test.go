package platform

import "testing"

// TestPackCodeRejects proves packCode takes only a valid code (a CreditCode holds nothing
// else, but the finding does not rely on that): a string of another length, a character
// outside the alphabet, an unknown registration authority, a letter in the division, or a
// wrong check character is left to the ordinary text path. A valid code unpacks to itself.
func TestPackCodeRejects(t *testing.T) {
	const valid = "91540100MA6T000019"
	if num, unit, exp, ok := packCode(valid); !ok || unpackCode(num, unit, exp) != valid {
		t.Fatalf("valid code %s: ok %v", valid, ok)
	}
	for _, s := range []string{
		"", "91540100MA6T00001", "91540100MA6T0000190", // lengths
		"91540100Ma6T000019", "91540100MI6T000019", // lower case, I outside the alphabet
		"B1540100MA6T00001" + string(CreditCheckChar("B1540100MA6T00001")), // B is no authority
		"9154A100MA6T00001" + string(CreditCheckChar("9154A100MA6T00001")), // a letter in the division
		"91540100MA6T000018", // check character
	} {
		if _, _, _, ok := packCode(s); ok {
			t.Errorf("packCode(%q) accepted", s)
		}
	}
}
