package platform_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestParseAmount(t *testing.T) {
	rows := []struct {
		name    string
		in      string
		yuan    string
		yuanStr string
		wan     string
		subFen  bool
	}{
		{"a bare figure is 元", "500000", "500000", "500000.00", "50万元", false},
		{"元 with two decimals", "500000.00元", "500000", "500000.00", "50万元", false},
		{"50万元 is 500000 元", "50万元", "500000", "500000.00", "50万元", false},
		{"12.5万 without 元 is 125000 元", "12.5万", "125000", "125000.00", "12.5万元", false},
		{"a thousands separator and a space before 元 are read", "1,200.50 元", "1200.50", "1200.50", "0.12005万元", false},
		{"a space before 万元 is read", "50 万元", "500000", "500000.00", "50万元", false},
		{"surrounding space is trimmed", " 20万元 ", "200000", "200000.00", "20万元", false},
		{"第十七条 200万元 is 2000000 元", "200万元", "2000000", "2000000.00", "200万元", false},
		{"zero is an amount", "0", "0", "0.00", "0万元", false},
		{"a trailing decimal point is read", "1.", "1", "1.00", "0.0001万元", false},
		{"a negative amount is read (a refund)", "-3万", "-30000", "-30000.00", "-3万元", false},
		{"a sum finer than one 分 keeps its digits", "0.001", "0.001", "0.001", "0.0000001万元", true},
		{"12.505 元 is finer than one 分", "12.505元", "12.505", "12.505", "0.0012505万元", true},
		{"0.0000001万 is 0.001 元, finer than one 分", "0.0000001万", "0.001", "0.001", "0.0000001万元", true},
		{"20 integer digits of 元 are the most accepted", strings.Repeat("9", 20), strings.Repeat("9", 20), strings.Repeat("9", 20) + ".00", strings.Repeat("9", 16) + ".9999万元", false},
		{"12 decimals of 元 are the finest accepted", "0.000000000001", "0.000000000001", "0.000000000001", "0.0000000000000001万元", true},
		{"1e-16 万 is 1e-12 元, accepted", "0.0000000000000001万", "0.000000000001", "0.000000000001", "0.0000000000000001万元", true},
		{"zeros past the 12th decimal do not count", "1.00000000000000000", "1", "1.00", "0.0001万元", false},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			a, err := platform.ParseAmount(tc.in)
			require.NoError(t, err)
			assert.True(t, a.Yuan().Equal(dec(tc.yuan)), a.Yuan())
			assert.Equal(t, tc.yuanStr, a.YuanString())
			assert.Equal(t, tc.wan, a.Wan())
			assert.Equal(t, tc.subFen, a.SubFen())
			assert.Equal(t, tc.yuanStr+"元（"+tc.wan+"）", a.String())
			assert.Equal(t, tc.yuanStr+" yuan", a.English())
			assert.True(t, a.Equal(platform.MustAmount(tc.in)))

			b, err := a.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.yuanStr, string(b))
			var u platform.Amount
			require.NoError(t, u.UnmarshalText(b))
			assert.True(t, a.Equal(u))
		})
	}
}

func TestParseAmountRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
	}{
		{"NaN is not an amount", "NaN"},
		{"an exponent is not accepted", "1e5"},
		{"empty is not an amount", ""},
		{"letters are not an amount", "abc"},
		{"万元 alone has no figure", "万元"},
		{"元 alone has no figure", "元"},
		{"a plus sign is not accepted", "+5"},
		{"an inner space is not accepted", "1 000"},
		{"a double minus is rejected", "--1"},
		{"a trailing minus is rejected", "1-"},
		{"万 twice is rejected", "5万万"},
		{"Chinese numerals are not read", "五十万元"},
		{"Infinity is not an amount", "Infinity"},
		{"hexadecimal is rejected", "0x10"},
		{"two decimal points are rejected", "1.2.3"},
		{"a lone point is rejected", "."},
		{"a lone minus is rejected", "-"},
		{"only separators is rejected", ",,"},
		{"元 before 万 is rejected", "5元万"},
		{"over 200 characters is rejected as malformed", strings.Repeat("9", 201)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := platform.ParseAmount(tc.in)
			assert.True(t, a.IsZero())
			var pe *platform.Error
			if assert.True(t, errors.As(err, &pe), err); pe != nil {
				assert.Equal(t, platform.NewError("platform.ParseAmount", platform.ErrInvalid, "amount", tc.in, nil), pe)
			}
			var u platform.Amount
			assert.True(t, errors.Is(u.UnmarshalText([]byte(tc.in)), platform.ErrInvalid))
		})
	}
	for _, tc := range []struct {
		name string
		in   string
	}{
		{"21 integer digits of 元 are out of range", "1" + strings.Repeat("0", 20)},
		{"a negative amount of 21 integer digits is out of range", "-" + strings.Repeat("9", 21)},
		{"1e18 万元 is 1e22 元, out of range", "1" + strings.Repeat("0", 18) + "万"},
		{"13 decimals of 元 are out of range", "0.0000000000001"},
		{"0.00000000000000001万 is 1e-13 元, out of range", "0.00000000000000001万"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := platform.ParseAmount(tc.in)
			assert.True(t, a.IsZero())
			var pe *platform.Error
			if assert.True(t, errors.As(err, &pe), err); pe != nil {
				assert.Equal(t, platform.NewError("platform.ParseAmount", platform.ErrRange, "amount", tc.in, nil), pe)
			}
		})
	}
	t.Run("MustAmount panics on a malformed amount", func(t *testing.T) {
		defer func() { assert.True(t, recover() != nil) }()
		platform.MustAmount("1e5")
	})
}

func TestAmountConstructorsAndArithmetic(t *testing.T) {
	wan20 := platform.WanYuan(20)
	rows := []struct {
		name string
		got  platform.Amount
		want string
	}{
		{"WanYuan(20) is 200000 元", wan20, "200000"},
		{"YuanInt(5) is 5 元", platform.YuanInt(5), "5"},
		{"AmountOf keeps the decimal", platform.AmountOf(dec("12.34")), "12.34"},
		{"Add sums", wan20.Add(platform.YuanInt(1)), "200001"},
		{"Sub subtracts", wan20.Sub(platform.WanYuan(50)), "-300000"},
		{"Neg negates", wan20.Neg(), "-200000"},
		{"Times multiplies by a count", platform.MustAmount("12.5万").Times(3), "375000"},
		{"Min takes the smaller", wan20.Min(platform.WanYuan(50)), "200000"},
		{"Min of the other order", platform.WanYuan(50).Min(wan20), "200000"},
		{"Max takes the larger", wan20.Max(platform.WanYuan(50)), "500000"},
		{"Max of the other order", platform.WanYuan(50).Max(wan20), "500000"},
		{"SumAmounts adds them all", platform.SumAmounts(wan20, platform.WanYuan(50), platform.MustAmount("0.01")), "700000.01"},
		{"SumAmounts of none is zero", platform.SumAmounts(), "0"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.True(t, tc.got.Yuan().Equal(dec(tc.want)), tc.got.Yuan())
		})
	}
	t.Run("200000 and 200000.00 are the same sum", func(t *testing.T) {
		a := platform.MustAmount("200000.00")
		assert.True(t, a.Equal(wan20))
		assert.Equal(t, 0, a.Cmp(wan20))
		assert.Equal(t, -1, platform.WanYuan(19).Cmp(wan20))
		assert.Equal(t, 1, platform.WanYuan(21).Cmp(wan20))
		assert.Empty(t, cmp.Diff(wan20, a, allFields), "go-cmp compares the decimals by value")
	})
	t.Run("zero and negative are reported", func(t *testing.T) {
		var z platform.Amount
		assert.True(t, z.IsZero())
		assert.True(t, !z.IsNegative())
		assert.Equal(t, "0.00", z.YuanString())
		assert.True(t, wan20.Neg().IsNegative())
		assert.True(t, !wan20.IsZero())
	})
	t.Run("WanFigure is the exact 万元 figure", func(t *testing.T) {
		assert.True(t, platform.MustAmount("125000").WanFigure().Equal(dec("12.5")))
	})
}

func TestAmountJSON(t *testing.T) {
	rows := []struct {
		name string
		in   string
		out  string
	}{
		{`"12.50" stays "12.50"`, `"12.50"`, `"12.50"`},
		{`"12.5" is written with two decimals`, `"12.5"`, `"12.50"`},
		{"a bare JSON number is read", `12.5`, `"12.50"`},
		{"万元 text is read as 元", `"50万元"`, `"500000.00"`},
		{"a sum finer than one 分 keeps its digits", `"0.001"`, `"0.001"`},
		{"an escaped JSON string is unescaped first", `"\u0035"`, `"5.00"`},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			var a platform.Amount
			require.NoError(t, json.Unmarshal([]byte(tc.in), &a))
			j, err := json.Marshal(a)
			require.NoError(t, err)
			assert.Equal(t, tc.out, string(j))
		})
	}
	t.Run("JSON null leaves the amount as it was", func(t *testing.T) {
		v := struct{ A platform.Amount }{platform.WanYuan(1)}
		require.NoError(t, json.Unmarshal([]byte(`{"A":null}`), &v))
		assert.True(t, v.A.Equal(platform.WanYuan(1)))
	})
	t.Run("a struct with an amount round-trips", func(t *testing.T) {
		type award struct {
			Amount platform.Amount `json:"amount"`
		}
		j, err := json.Marshal(award{platform.WanYuan(20)})
		require.NoError(t, err)
		assert.Equal(t, `{"amount":"200000.00"}`, string(j))
		var back award
		require.NoError(t, json.Unmarshal(j, &back))
		assert.True(t, back.Amount.Equal(platform.WanYuan(20)))
	})
	for _, in := range []string{`"abc"`, `"1e5"`, `true`, `""`, `"NaN"`} {
		t.Run("JSON "+in+" is rejected with ErrInvalid", func(t *testing.T) {
			var a platform.Amount
			assert.True(t, errors.Is(json.Unmarshal([]byte(in), &a), platform.ErrInvalid))
		})
	}
	t.Run("a broken JSON string is rejected", func(t *testing.T) {
		var a platform.Amount
		assert.True(t, errors.Is(a.UnmarshalJSON([]byte(`"abc`)), platform.ErrInvalid))
	})
}
