package platform

import (
	"encoding/json"
	"strings"

	"github.com/shopspring/decimal"
)

// Amount is a sum of money held exactly in 元 as a decimal. The measures state amounts in
// 万元 (20 万元); that is a display unit: [WanYuan] converts once, [Amount.Wan] displays.
// The zero value is 0 元. Amounts never pass through floating point.
//
// JSON writes the 元 figure as a string with two decimals ("200000.00"), so "12.50" stays
// "12.50"; an amount finer than one 分 keeps all its digits.
type Amount struct {
	yuan decimal.Decimal
}

var tenThousand = decimal.NewFromInt(10000)

// The range ParseAmount accepts, so that every amount it accepts formats (in 元 or 万元)
// to text it accepts back: at most 20 integer digits of 元 and 12 decimals.
const (
	maxAmountDigits   = 20
	maxAmountDecimals = 12
)

// AmountOf returns an amount of yuan 元.
func AmountOf(yuan decimal.Decimal) Amount { return Amount{yuan} }

// YuanInt returns an amount of n whole 元.
func YuanInt(n int64) Amount { return Amount{decimal.NewFromInt(n)} }

// WanYuan returns an amount of n 万元 (n × 10000 元).
func WanYuan(n int64) Amount { return Amount{decimal.NewFromInt(n).Mul(tenThousand)} }

// ParseAmount reads an amount written in 元 or 万元: "500000", "500000.00元", "50万元",
// "12.5万", "1,200.50 元". It rejects anything else, including exponents and floats' noise
// like "NaN", and (ErrRange) amounts of more than 20 integer digits or 12 decimals of 元.
func ParseAmount(s string) (Amount, error) {
	bad := func() (Amount, error) {
		return Amount{}, &Error{Op: "platform.ParseAmount", Kind: ErrInvalid, Field: "amount", Input: s}
	}
	v := strings.TrimSpace(s)
	wan := false
	switch {
	case strings.HasSuffix(v, "万元"):
		v, wan = strings.TrimSuffix(v, "万元"), true
	case strings.HasSuffix(v, "万"):
		v, wan = strings.TrimSuffix(v, "万"), true
	case strings.HasSuffix(v, "元"):
		v = strings.TrimSuffix(v, "元")
	}
	v = strings.ReplaceAll(strings.TrimSpace(v), ",", "")
	if v == "" || len(v) > 200 {
		return bad()
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if (c < '0' || c > '9') && c != '.' && (c != '-' || i != 0) {
			return bad()
		}
	}
	d, err := decimal.NewFromString(v)
	if err != nil {
		return bad()
	}
	if wan {
		d = d.Mul(tenThousand)
	}
	if d.Exponent() < -maxAmountDecimals && !d.Equal(d.Truncate(maxAmountDecimals)) ||
		len(d.Truncate(0).Abs().String()) > maxAmountDigits {
		return Amount{}, &Error{Op: "platform.ParseAmount", Kind: ErrRange, Field: "amount", Input: s}
	}
	return Amount{d}, nil
}

// MustAmount is ParseAmount for literals; it panics on a malformed amount.
func MustAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// Yuan returns the amount in 元.
func (a Amount) Yuan() decimal.Decimal { return a.yuan }

// IsZero reports whether the amount is 0 元.
func (a Amount) IsZero() bool { return a.yuan.IsZero() }

// IsNegative reports whether the amount is below 0 元.
func (a Amount) IsNegative() bool { return a.yuan.IsNegative() }

// SubFen reports whether the amount is not a whole number of 分 (0.01 元).
func (a Amount) SubFen() bool { return !a.yuan.Equal(a.yuan.Truncate(2)) }

// Add returns a + b.
func (a Amount) Add(b Amount) Amount { return Amount{a.yuan.Add(b.yuan)} }

// Sub returns a − b.
func (a Amount) Sub(b Amount) Amount { return Amount{a.yuan.Sub(b.yuan)} }

// Neg returns −a.
func (a Amount) Neg() Amount { return Amount{a.yuan.Neg()} }

// Times returns a × n.
func (a Amount) Times(n int64) Amount { return Amount{a.yuan.Mul(decimal.NewFromInt(n))} }

// Cmp returns -1, 0 or +1 as a is less than, equal to or more than b.
func (a Amount) Cmp(b Amount) int { return a.yuan.Cmp(b.yuan) }

// Equal reports whether a and b are the same sum (200000 and 200000.00 are equal).
func (a Amount) Equal(b Amount) bool { return a.yuan.Equal(b.yuan) }

// Min returns the smaller of a and b.
func (a Amount) Min(b Amount) Amount {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}

// Max returns the larger of a and b.
func (a Amount) Max(b Amount) Amount {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}

// YuanString formats the 元 figure with two decimals ("200000.00"), or with all its digits
// when it is finer than one 分.
func (a Amount) YuanString() string {
	if a.SubFen() {
		return a.yuan.String()
	}
	return a.yuan.StringFixed(2)
}

// Wan formats the amount in 万元, exactly and without trailing zeros: "20万元", "12.5万元".
func (a Amount) Wan() string { return a.yuan.Shift(-4).String() + "万元" }

// WanFigure returns the amount in 万元 as an exact decimal.
func (a Amount) WanFigure() decimal.Decimal { return a.yuan.Shift(-4) }

// String formats the amount as "200000.00元（20万元）".
func (a Amount) String() string { return a.YuanString() + "元（" + a.Wan() + "）" }

// English formats the amount as "200000.00 yuan".
func (a Amount) English() string { return a.YuanString() + " yuan" }

// MarshalText writes the 元 figure ([Amount.YuanString]).
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.YuanString()), nil }

// UnmarshalText reads what [ParseAmount] reads.
func (a *Amount) UnmarshalText(b []byte) error {
	v, err := ParseAmount(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// MarshalJSON writes the 元 figure as a JSON string.
func (a Amount) MarshalJSON() ([]byte, error) {
	s := a.YuanString()
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"'), nil
}

// UnmarshalJSON reads a JSON string as [ParseAmount] does; a bare JSON number is also accepted.
func (a *Amount) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		return nil
	}
	if len(s) >= 2 && s[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return &Error{Op: "platform.Amount.UnmarshalJSON", Kind: ErrInvalid, Field: "amount", Input: string(b)}
		}
	}
	return a.UnmarshalText([]byte(s))
}

// SumAmounts returns the sum of the amounts.
func SumAmounts(as ...Amount) Amount {
	t := decimal.Zero
	for _, a := range as {
		t = t.Add(a.yuan)
	}
	return Amount{t}
}
