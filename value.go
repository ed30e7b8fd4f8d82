package platform

import (
	"encoding/json"
	"strconv"

	"github.com/lhasa-sti/platform/internal/enum"
	"github.com/shopspring/decimal"
)

// Unit is the unit of a [Value].
type Unit uint8

// Units the measures count in.
const (
	NoUnit      Unit = iota
	Person           // 人
	Item             // 项
	Paper            // 篇
	Institution      // 家
	SquareMetre      // ㎡
	Yuan             // 元
	YearUnit         // 年
	Percent          // %
	DayUnit          // 日
	WorkingDay       // 个工作日
	Case             // 例 (病例)
	Bed              // 张
	Character        // 字 (the length of a name)
	Points           // 分 (an evaluation score)
)

var unitNames = enum.New(enum.Table[Unit]{Type: "Unit", Pkg: "platform", Field: "unit", First: NoUnit,
	Codes: []string{"", "person", "item", "paper", "institution", "square_metre", "yuan", "year", "percent", "day",
		"working_day", "case", "bed", "character", "point"},
	Zh: []string{"", "人", "项", "篇", "家", "㎡", "元", "年", "%", "日", "个工作日", "例", "张", "字", "分"},
	En: []string{"", "persons", "items", "papers", "institutions", "m²", "yuan", "years", "%", "days", "working days",
		"cases", "beds", "characters", "points"},
	Invalid: invalid,
})

// unitEnOne are the English units of a count of one (1 person).
var unitEnOne = [...]string{"", "person", "item", "paper", "institution", "m²", "yuan", "year", "%", "day", "working day", "case", "bed", "character", "point"}

// Chinese returns the unit as the measures write it.
func (u Unit) Chinese() string { return unitNames.Chinese(u) }

// English returns an English unit.
func (u Unit) English() string { return unitNames.English(u) }

// String returns the stable code.
func (u Unit) String() string { return unitNames.String(u) }

// ValueKind says which field of a [Value] holds it.
type ValueKind uint8

// The kinds of value a finding can show.
const (
	NoValue   ValueKind = iota // nothing (the zero Value)
	IntValue                   // a count: Int with Unit
	DecValue                   // a decimal quantity: Dec with Unit (㎡, 元, %)
	DateValue                  // a date: Date
	BoolValue                  // yes or no: Int 1 or 0
	TextValue                  // free text: Text
)

// Value is a wanted or found quantity in a [Finding]. It is a small struct so that
// findings can be built without allocating text; text is rendered on demand.
type Value struct {
	// Kind, Unit and Date share one word; the field order keeps Value (and so Finding)
	// small, which is most of what building findings costs.
	Kind ValueKind
	Unit Unit
	Date Date
	Int  int64
	Dec  decimal.Decimal
	Text string
}

// Count returns a count with its unit.
func Count(n int64, u Unit) Value { return Value{Kind: IntValue, Int: n, Unit: u} }

// Quantity returns a decimal quantity with its unit.
func Quantity(d decimal.Decimal, u Unit) Value { return Value{Kind: DecValue, Dec: d, Unit: u} }

// DateVal returns a date value.
func DateVal(d Date) Value { return Value{Kind: DateValue, Date: d} }

// Bool returns a yes-or-no value.
func Bool(b bool) Value {
	if b {
		return Value{Kind: BoolValue, Int: 1}
	}
	return Value{Kind: BoolValue}
}

// Text returns a free-text value.
func Text(s string) Value { return Value{Kind: TextValue, Text: s} }

// IsZero reports whether v holds nothing.
func (v Value) IsZero() bool { return v.Kind == NoValue }

// Equal reports whether v and w hold the same value, a decimal with its exponent (1.5 and
// 1.50 read differently, so they differ).
func (v Value) Equal(w Value) bool {
	return v.Kind == w.Kind && v.Unit == w.Unit && v.Int == w.Int && v.Date == w.Date &&
		v.Text == w.Text && v.Dec.Exponent() == w.Dec.Exponent() && v.Dec.Equal(w.Dec)
}

// Chinese renders v for a Chinese text (15人, 199.99㎡, 2025年3月2日, 是).
func (v Value) Chinese() string { return v.render(true) }

// English renders v for an English text (15 persons, 199.99 m², 2025-03-02, yes).
func (v Value) English() string { return v.render(false) }

func (v Value) render(zh bool) string {
	switch v.Kind {
	case IntValue:
		if zh {
			return strconv.FormatInt(v.Int, 10) + v.Unit.Chinese()
		}
		u := v.Unit.English()
		if (v.Int == 1 || v.Int == -1) && int(v.Unit) < len(unitEnOne) {
			u = unitEnOne[v.Unit]
		}
		return joinUnit(strconv.FormatInt(v.Int, 10), u)
	case DecValue:
		if v.Unit == Yuan {
			a := Amount{v.Dec}
			if zh {
				// Sums of 万元 and more read as the measures write them (50万元); smaller
				// ones, such as a shortfall of a few 元, read in 元.
				if v.Dec.Abs().Cmp(tenThousand) < 0 {
					return a.YuanString() + "元"
				}
				return a.Wan()
			}
			return a.YuanString() + " yuan"
		}
		if zh {
			return v.Dec.String() + v.Unit.Chinese()
		}
		return joinUnit(v.Dec.String(), v.Unit.English())
	case DateValue:
		if zh {
			return v.Date.Chinese()
		}
		return v.Date.String()
	case BoolValue:
		if zh {
			if v.Int != 0 {
				return "是"
			}
			return "否"
		}
		if v.Int != 0 {
			return "yes"
		}
		return "no"
	case TextValue:
		return v.Text
	}
	return ""
}

func joinUnit(n, u string) string {
	if u == "" {
		return n
	}
	if u == "%" {
		return n + u
	}
	return n + " " + u
}

// MarshalJSON writes the value as {"kind":…, "value":…, "unit":…}.
func (v Value) MarshalJSON() ([]byte, error) {
	type out struct {
		Kind  string `json:"kind"`
		Value any    `json:"value"`
		Unit  string `json:"unit,omitempty"`
	}
	o := out{Unit: unitCodeOrEmpty(v.Unit)}
	switch v.Kind {
	case IntValue:
		o.Kind, o.Value = "count", v.Int
	case DecValue:
		o.Kind, o.Value = "quantity", v.Dec.String()
	case DateValue:
		o.Kind, o.Value = "date", v.Date
	case BoolValue:
		o.Kind, o.Value = "bool", v.Int != 0
	case TextValue:
		o.Kind, o.Value = "text", v.Text
	default:
		return []byte("null"), nil
	}
	return json.Marshal(o)
}

func unitCodeOrEmpty(u Unit) string {
	if u == NoUnit || !unitNames.Valid(u) {
		return ""
	}
	return unitNames.String(u)
}
