package eligibility

import (
	"math"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// TestWritersAreTheConstructors: the writers fill uses to store a value field by field
// write, into a zero Value, exactly the Value platform's constructors return, at both ends
// of each range and with every unit; a finding read from a record is therefore the finding
// the constructors would have built.
func TestWritersAreTheConstructors(t *testing.T) {
	for _, n := range []int64{math.MinInt64, -1, 0, 1, 2, 300, math.MaxInt64} {
		for u := platform.NoUnit; u <= platform.Unit(255); u++ {
			var v platform.Value
			setCount(&v, n, u)
			assert.Equal(t, platform.Count(n, u), v, "setCount(%d, %d) is platform.Count", n, u)
			if u == 255 {
				break
			}
		}
	}
	for _, b := range []bool{false, true} {
		var v platform.Value
		setBool(&v, b)
		assert.Equal(t, platform.Bool(b), v, "setBool(%t) is platform.Bool", b)
	}
	for _, d := range []platform.Date{{}, platform.MustDate(1, 1, 1), platform.MustDate(2025, 3, 1), platform.MustDate(9999, 12, 31)} {
		var v platform.Value
		setDate(&v, d)
		assert.Equal(t, platform.DateVal(d), v, "setDate(%s) is platform.DateVal", d)
	}
	for _, d := range []decimal.Decimal{{}, decimal.New(0, 0), decimal.New(300, 0), decimal.New(5000, -2), decimal.RequireFromString("123456789012345678901234567890.5")} {
		for _, u := range []platform.Unit{platform.NoUnit, platform.SquareMetre, platform.Yuan} {
			var v platform.Value
			setQuantity(&v, d, u)
			assert.Equal(t, platform.Quantity(d, u), v, "setQuantity(%s, %d) is platform.Quantity", d, u)
		}
	}
	for _, s := range []string{"", "食品安全", "91540100MA6T000019"} {
		var v platform.Value
		setText(&v, s)
		assert.Equal(t, platform.Text(s), v, "setText(%q) is platform.Text", s)
	}
}
