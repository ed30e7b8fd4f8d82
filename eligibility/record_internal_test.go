package eligibility

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// TestDecimalParts: a decimal's coefficient and exponent come back exactly when the
// coefficient fits an int64, at both ends of that range, and not otherwise (a coefficient
// whose low 64 bits alone look small is not taken for them); reading them allocates
// nothing, the zero Decimal{} included.
func TestDecimalParts(t *testing.T) {
	big := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	rows := []struct {
		name string
		d    decimal.Decimal
		coef int64
		exp  int32
		ok   bool
	}{
		{"the zero Decimal{}", decimal.Decimal{}, 0, 0, true},
		{"zero with two places", big("0.00"), 0, -2, true},
		{"199.99", big("199.99"), 19999, -2, true},
		{"a negative amount", big("-7.5"), -75, -1, true},
		{"the largest int64 coefficient", big("9223372036854775807"), math.MaxInt64, 0, true},
		{"the smallest int64 coefficient", big("-9223372036854775808"), math.MinInt64, 0, true},
		{"one past the largest", big("9223372036854775808"), 0, 0, false},
		{"one past the smallest", big("-9223372036854775809"), 0, 0, false},
		{"2^64 + 5, whose low 64 bits are 5", big("18446744073709551621"), 0, 0, false},
		{"an exponent past an int8", decimal.New(3, 200), 3, 200, true},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			coef, exp, ok := decimalParts(r.d)
			assert.Equal(t, r.ok, ok, "ok")
			if ok {
				assert.Equal(t, r.coef, coef, "coefficient")
				assert.Equal(t, r.exp, exp, "exponent")
				assert.True(t, decimal.New(coef, exp).Equal(r.d), "the parts rebuild it")
			}
		})
	}
	zero, area := decimal.Decimal{}, big("199.99")
	n := testing.AllocsPerRun(100, func() {
		decimalParts(zero)
		decimalParts(area)
	})
	assert.Zero(t, n, "allocations")
}
