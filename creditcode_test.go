package platform_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseCreditCodeValid(t *testing.T) {
	rows := []struct {
		name      string
		in        string
		want      string
		authority byte
		entity    byte
		division  string
		org       string
		locality  platform.Locality
	}{
		{"the example of GB 32100-2015 is valid and registered in Fuzhou, outside Lhasa", "91350100M000100Y43", "91350100M000100Y43", '9', '1', "350100", "M000100Y4", platform.OutsideLhasa},
		{"a company registered by 拉萨市 (540100) is in Lhasa (第二条)", "9154010057658921X9", "9154010057658921X9", '9', '1', "540100", "57658921X", platform.InLhasa},
		{"a 民办非企业单位 of 城关区 (540102) is in Lhasa", "52540102MJ0000011G", "52540102MJ0000011G", '5', '2', "540102", "MJ0000011", platform.InLhasa},
		{"a 事业单位 registered at region level (540000) is told apart: it needs a reviewer", "12540000MB00000013", "12540000MB00000013", '1', '2', "540000", "MB0000001", platform.RegionLevel},
		{"a Beijing registration (110000) is outside Lhasa", "91110000802100433B", "91110000802100433B", '9', '1', "110000", "802100433", platform.OutsideLhasa},
		{"a Lhasa development zone (540171) is in Lhasa", "91540171MA6T000014", "91540171MA6T000014", '9', '1', "540171", "MA6T00001", platform.InLhasa},
		{"Shigatse (540200) is outside Lhasa", "91540200MA6T00001E", "91540200MA6T00001E", '9', '1', "540200", "MA6T00001", platform.OutsideLhasa},
		{"Nagqu (541000) is outside Lhasa, though it begins with 54", "91541000MA6T00003N", "91541000MA6T00003N", '9', '1', "541000", "MA6T00003", platform.OutsideLhasa},
		{"a check character of 0 (remainder 0) is valid", "91540102MA6T0000Y0", "91540102MA6T0000Y0", '9', '1', "540102", "MA6T0000Y", platform.InLhasa},
		{"registration authority Y (其他) is accepted", "Y1540100MA6T00001K", "Y1540100MA6T00001K", 'Y', '1', "540100", "MA6T00001", platform.InLhasa},
		{"registration authority N (农业) is accepted", "N1540100MA6T00001U", "N1540100MA6T00001U", 'N', '1', "540100", "MA6T00001", platform.InLhasa},
		{"registration authority A is accepted", "A1540100MA6T000018", "A1540100MA6T000018", 'A', '1', "540100", "MA6T00001", platform.InLhasa},
		{"a lower-case registration authority is normalised", "n1540100ma6t00001u", "N1540100MA6T00001U", 'N', '1', "540100", "MA6T00001", platform.InLhasa},
		{"lower case is normalised to upper case", "91350100m000100y43", "91350100M000100Y43", '9', '1', "350100", "M000100Y4", platform.OutsideLhasa},
		{"surrounding spaces and a newline are trimmed", "  9154010057658921x9\n", "9154010057658921X9", '9', '1', "540100", "57658921X", platform.InLhasa},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			c, err := platform.ParseCreditCode(tc.in)
			require.NoError(t, err)
			assert.True(t, !c.IsZero())
			assert.Equal(t, tc.want, c.String())
			assert.Equal(t, tc.authority, c.RegistrationAuthority())
			assert.Equal(t, tc.entity, c.EntityType())
			assert.Equal(t, tc.division, c.Division())
			assert.Equal(t, tc.org, c.OrganisationCode())
			assert.Equal(t, tc.locality, c.Locality())
			assert.Equal(t, c, platform.MustCreditCode(tc.in))
			assert.Equal(t, tc.want[17], platform.CreditCheckChar(tc.want[:17]))

			b, err := c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
			var u platform.CreditCode
			require.NoError(t, u.UnmarshalText([]byte(tc.in)))
			assert.Equal(t, c, u)

			j, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, `"`+tc.want+`"`, string(j))
			var jb platform.CreditCode
			require.NoError(t, json.Unmarshal(j, &jb))
			assert.Equal(t, c, jb)
		})
	}
}

func TestParseCreditCodeRejects(t *testing.T) {
	rows := []struct {
		name  string
		in    string
		field string
	}{
		{"a wrong check character is rejected (3 is right, 4 given)", "91350100M000100Y44", "check character"},
		{"a wrong check character is rejected for a Lhasa code", "9154010057658921X8", "check character"},
		{"a swap of two characters is caught by the check character", "91350100M001000Y43", "check character"},
		{"I is not in the alphabet", "91350100I000100Y43", "position 9"},
		{"O is not in the alphabet", "91350100O000100Y43", "position 9"},
		{"Z is not in the alphabet", "91350100Z000100Y43", "position 9"},
		{"S is not in the alphabet", "91350100S000100Y43", "position 9"},
		{"V is not in the alphabet", "91350100V000100Y43", "position 9"},
		{"a forbidden letter as the check character is named at position 18", "91350100M000100Y4I", "position 18"},
		{"a lower-case forbidden letter is still forbidden", "91350100M000100Y4o", "position 18"},
		{"17 characters is the wrong length", "91350100M000100Y4", "length"},
		{"19 characters is the wrong length", "91350100M000100Y433", "length"},
		{"empty is the wrong length", "", "length"},
		{"only spaces is the wrong length", "   ", "length"},
		{"an inner space makes 19 characters", "91350100M 000100Y43", "length"},
		{"an inner space in 18 characters is named by position", "9135 100M000100Y43", "position 5"},
		{"registration authority 0 is not assigned by GB 32100-2015", "01540100MA6T00001J", "position 1"},
		{"registration authority B is not assigned", "B1540100MA6T000017", "position 1"},
		{"registration authority X is not assigned", "X1540100MA6T00001L", "position 1"},
		{"a letter in the division code is rejected at its position", "91A50100M000100Y43", "position 3"},
		{"a letter at the end of the division code is rejected", "9135010AM000100Y43", "position 8"},
		{"a full-width digit is not a digit", "９1350100M000100Y", "position 1"},
		{"a Chinese character is rejected at its first byte", "91350100M000100中", "position 16"},
		{"punctuation is rejected", "91350100M000100-43", "position 16"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			c, err := platform.ParseCreditCode(tc.in)
			assert.True(t, c.IsZero())
			assert.True(t, errors.Is(err, platform.ErrInvalid), err)
			var pe *platform.Error
			if assert.True(t, errors.As(err, &pe)); pe != nil {
				assert.Equal(t, platform.NewError("platform.ParseCreditCode", platform.ErrInvalid, tc.field, tc.in, nil), pe)
			}
			if tc.in != "" {
				var u platform.CreditCode
				assert.True(t, errors.Is(u.UnmarshalText([]byte(tc.in)), platform.ErrInvalid))
			}
		})
	}
	t.Run("MustCreditCode panics on a wrong check character", func(t *testing.T) {
		defer func() { assert.True(t, recover() != nil) }()
		platform.MustCreditCode("91350100M000100Y44")
	})
}

func TestCreditCheckChar(t *testing.T) {
	rows := []struct {
		name  string
		first string
		want  byte
	}{
		{"the standard's example has check character 3", "91350100M000100Y4", '3'},
		{"a Lhasa code has check character G", "52540102MJ0000011", 'G'},
		{"16 characters have no check character", "91350100M000100Y", 0},
		{"18 characters have no check character", "91350100M000100Y43", 0},
		{"a forbidden letter has no check character", "91350100I000100Y4", 0},
		{"lower case is not normalised here", "91350100m000100y4", 0},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, platform.CreditCheckChar(tc.first))
		})
	}
}

func TestZeroCreditCode(t *testing.T) {
	var z platform.CreditCode
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, byte(0), z.RegistrationAuthority())
	assert.Equal(t, byte(0), z.EntityType())
	assert.Equal(t, "", z.Division())
	assert.Equal(t, "", z.OrganisationCode())
	assert.Equal(t, platform.LocalityUnknown, z.Locality())
	b, err := z.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))

	type applicant struct {
		Code platform.CreditCode `json:"code"`
	}
	j, err := json.Marshal(applicant{})
	require.NoError(t, err)
	assert.Equal(t, `{"code":""}`, string(j))
	a := applicant{Code: platform.MustCreditCode("91350100M000100Y43")}
	require.NoError(t, json.Unmarshal([]byte(`{"code":""}`), &a))
	assert.True(t, a.Code.IsZero(), "empty text is the zero code")
	require.NoError(t, json.Unmarshal([]byte(`{"code":"52540102mj0000011g"}`), &a))
	assert.Equal(t, "52540102MJ0000011G", a.Code.String())
	err = json.Unmarshal([]byte(`{"code":"52540102MJ0000011H"}`), &a)
	assert.True(t, errors.Is(err, platform.ErrInvalid), err)
}

func TestLocalityText(t *testing.T) {
	rows := []struct {
		name string
		l    platform.Locality
		code string
	}{
		{"unknown marshals as its code", platform.LocalityUnknown, "unknown"},
		{"in_lhasa marshals as its code", platform.InLhasa, "in_lhasa"},
		{"region_level marshals as its code", platform.RegionLevel, "region_level"},
		{"outside_lhasa marshals as its code", platform.OutsideLhasa, "outside_lhasa"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			j, err := json.Marshal(tc.l)
			require.NoError(t, err)
			assert.Equal(t, `"`+tc.code+`"`, string(j))
			var back platform.Locality
			require.NoError(t, json.Unmarshal(j, &back))
			assert.Equal(t, tc.l, back)
			got, err := platform.ParseLocality(" " + tc.code + " ")
			require.NoError(t, err)
			assert.Equal(t, tc.l, got)
		})
	}
	t.Run("other text is not a locality", func(t *testing.T) {
		for _, in := range []string{"", "lhasa", "In_Lhasa", "拉萨"} {
			l, err := platform.ParseLocality(in)
			assert.Equal(t, platform.LocalityUnknown, l)
			var pe *platform.Error
			if assert.True(t, errors.As(err, &pe), in); pe != nil {
				assert.Equal(t, platform.NewError("platform.ParseLocality", platform.ErrInvalid, "locality", in, nil), pe)
			}
			var v platform.Locality
			assert.True(t, errors.Is(v.UnmarshalText([]byte(in)), platform.ErrInvalid))
		}
	})
	t.Run("a value outside the set does not marshal", func(t *testing.T) {
		_, err := platform.Locality(4).MarshalText()
		assert.True(t, errors.Is(err, platform.ErrInvalid))
		_, err = json.Marshal(platform.Locality(200))
		assert.True(t, errors.Is(err, platform.ErrInvalid))
	})
}

func TestLocalityString(t *testing.T) {
	rows := []struct {
		name string
		l    platform.Locality
		want string
	}{
		{"no code is unknown", platform.LocalityUnknown, "unknown"},
		{"5401xx is in_lhasa", platform.InLhasa, "in_lhasa"},
		{"540000 is region_level", platform.RegionLevel, "region_level"},
		{"any other division is outside_lhasa", platform.OutsideLhasa, "outside_lhasa"},
		{"a value outside the set prints its number", platform.Locality(4), "%!Locality(4)"},
		{"a value of 100 or more prints its whole number", platform.Locality(200), "%!Locality(200)"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.l.String())
		})
	}
}
