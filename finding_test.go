package platform_test

import (
	"math"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

// setters are the ways of putting a value into each field of a finding: the field itself,
// the Set method and the With method. A test row is run through every field.
var setters = []struct {
	field string
	set   func(*platform.Finding, platform.Value)
	with  func(platform.Finding, platform.Value) platform.Finding
	get   func(*platform.Finding) *platform.Value
}{
	{"Wanted", (*platform.Finding).SetWanted, platform.Finding.WithWanted, func(f *platform.Finding) *platform.Value { return &f.Wanted }},
	{"Found", (*platform.Finding).SetFound, platform.Finding.WithFound, func(f *platform.Finding) *platform.Value { return &f.Found }},
	{"Shortfall", (*platform.Finding).SetShortfall, platform.Finding.WithShortfall, func(f *platform.Finding) *platform.Value { return &f.Shortfall }},
}

// valueRows are values at the edges of what the measures write: counts at both ends of
// int64, dates at both ends of the calendar, decimals with their exponents kept (200 and
// 200.00 read differently) and past 64-bit coefficients, and texts.
func valueRows() []struct {
	name string
	v    platform.Value
} {
	q := func(s string) platform.Value {
		return platform.Quantity(decimal.RequireFromString(s), platform.SquareMetre)
	}
	return []struct {
		name string
		v    platform.Value
	}{
		{"the zero value is no value", platform.Value{}},
		{"a count of 0 persons", platform.Count(0, platform.Person)},
		{"a negative count (a surplus)", platform.Count(-5, platform.Item)},
		{"the largest count", platform.Count(math.MaxInt64, platform.Paper)},
		{"the smallest count", platform.Count(math.MinInt64, platform.Paper)},
		{"yes", platform.Bool(true)},
		{"no", platform.Bool(false)},
		{"the first supported date", platform.DateVal(platform.MustDate(1, 1, 1))},
		{"the last supported date", platform.DateVal(platform.MustDate(9999, 12, 31))},
		{"199.99 ㎡, one hundredth under 200", q("199.99")},
		{"200 ㎡", q("200")},
		{"200.00 ㎡ keeps its two places", q("200.00")},
		{"0.00 ㎡ keeps its two places", q("0.00")},
		{"a negative shortfall of -1.5 ㎡", q("-1.5")},
		{"a coefficient of 2^63", q("9223372036854775808")},
		{"a coefficient of -2^63-1", q("-9223372036854775809")},
		{"an exponent of -129", q("1e-129")},
		{"an exponent of 128", q("1e128")},
		{"a sum in 元 with twelve places", platform.Quantity(decimal.RequireFromString("500000.000000000001"), platform.Yuan)},
		{"a text", platform.Text("高原生物")},
		{"an empty text is still a text", platform.Text("")},
		{"a credit code is a text", platform.Text("91540100MA6T000019")},
	}
}

// TestFindingFields proves that a value set through a field's Set or With method is what
// the field holds, with its texts and decimal exponent, and that the other two fields stay
// empty.
func TestFindingFields(t *testing.T) {
	for _, tc := range valueRows() {
		for _, s := range setters {
			t.Run(tc.name+" in "+s.field, func(t *testing.T) {
				var f platform.Finding
				s.set(&f, tc.v)
				got := *s.get(&f)
				assert.True(t, got.Equal(tc.v), "set %#v, got %#v", tc.v, got)
				assert.Equal(t, tc.v.Chinese(), got.Chinese())
				assert.Equal(t, tc.v.English(), got.English())
				assert.Equal(t, tc.v.Kind, got.Kind)
				if tc.v.Kind == platform.DecValue {
					assert.Equal(t, tc.v.Dec.String(), got.Dec.String())
					assert.Equal(t, tc.v.Dec.Exponent(), got.Dec.Exponent())
				}
				w := s.with(platform.Finding{}, tc.v)
				assert.True(t, s.get(&w).Equal(tc.v), "the With form agrees")
				for _, o := range setters {
					if o.field != s.field {
						assert.True(t, o.get(&f).IsZero(), "%s stays empty", o.field)
					}
				}
			})
		}
	}
}

// TestFindingCopies proves that a finding is a value: a copy changed afterwards leaves the
// original alone, and a field cleared holds no value.
func TestFindingCopies(t *testing.T) {
	f := platform.Finding{
		Wanted:    platform.Text("三级乙等"),
		Found:     platform.Text("二级甲等"),
		Shortfall: platform.Quantity(decimal.RequireFromString("1e200"), platform.Yuan),
	}
	g := f
	g.Found = platform.Count(12, platform.Person)
	g.SetWanted(platform.Value{})
	assert.Equal(t, "二级甲等", f.Found.Text, "the original's found")
	assert.Equal(t, "三级乙等", f.Wanted.Text, "the original's wanted")
	assert.Equal(t, "12人", g.Found.Chinese(), "a text replaced by a count reads as the count")
	assert.True(t, g.Wanted.IsZero(), "a cleared field holds nothing")
	assert.True(t, g.Shortfall.Equal(f.Shortfall), "the copy keeps the long decimal")
}

// TestFindingEqual proves what Equal compares: rule (by table entry or ID), outcome, each
// value with its decimal exponent, and the note's text; a Value's fields its kind does not
// use are not shown, so they do not count.
func TestFindingEqual(t *testing.T) {
	rule := &platform.Rule{ID: "x.rule"}
	same := &platform.Rule{ID: "x.rule"}
	other := &platform.Rule{ID: "x.other"}
	base := platform.Finding{Rule: rule, Outcome: platform.Fail}.
		WithWanted(platform.Quantity(decimal.RequireFromString("200"), platform.SquareMetre)).
		WithFound(platform.Text("a")).WithNote("注", "note")
	with := func(change func(*platform.Finding)) platform.Finding { g := base; change(&g); return g }
	rows := []struct {
		name string
		g    platform.Finding
		want bool
	}{
		{"a finding equals itself", base, true},
		{"a rule with the same ID is the same rule", with(func(g *platform.Finding) { g.Rule = same }), true},
		{"a note with the same text is the same note", base.WithNote("注", "note"), true},
		{"a text carrying a count it does not show is the same text", with(func(g *platform.Finding) { g.Found.Int = 7 }), true},
		{"a quantity carrying a text it does not show is the same quantity", with(func(g *platform.Finding) { g.Wanted.Text = "x" }), true},
		{"another rule differs", with(func(g *platform.Finding) { g.Rule = other }), false},
		{"no rule differs from a rule", with(func(g *platform.Finding) { g.Rule = nil }), false},
		{"another outcome differs", with(func(g *platform.Finding) { g.Outcome = platform.Pass }), false},
		{"200.00 differs from 200", base.WithWanted(platform.Quantity(decimal.RequireFromString("200.00"), platform.SquareMetre)), false},
		{"another unit differs", base.WithWanted(platform.Quantity(decimal.RequireFromString("200"), platform.Yuan)), false},
		{"another text differs", base.WithFound(platform.Text("b")), false},
		{"a shortfall differs from none", base.WithShortfall(platform.Count(1, platform.Item)), false},
		{"another note differs", base.WithNote("注", "another"), false},
		{"no note differs from a note", with(func(g *platform.Finding) { g.Note = nil }), false},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, base.Equal(tc.g))
			assert.Equal(t, tc.want, tc.g.Equal(base), "Equal is symmetric")
		})
	}
}

// FuzzFindingValue: whatever count, decimal, date or text is put into a finding's field
// comes back equal, with the same texts, and leaves the other fields alone.
func FuzzFindingValue(f *testing.F) {
	f.Add(int64(15), "199.99", "高原生物", uint8(1))
	f.Add(int64(math.MinInt64), "-9223372036854775809", "2025-03-02", uint8(14))
	f.Add(int64(0), "1e-129", "x", uint8(6))
	f.Fuzz(func(t *testing.T, n int64, dec, text string, unit uint8) {
		vs := []platform.Value{
			platform.Count(n, platform.Unit(unit)),
			platform.Bool(n%2 == 0),
			platform.Text(text),
		}
		if d, err := decimal.NewFromString(dec); err == nil && d.Exponent() > -2000 && d.Exponent() < 2000 {
			vs = append(vs, platform.Quantity(d, platform.Unit(unit)))
		}
		if d, err := platform.ParseDate(text); err == nil {
			vs = append(vs, platform.DateVal(d))
		}
		for i, v := range vs {
			for _, s := range setters {
				g := platform.Finding{Found: platform.Text("keep")}
				s.set(&g, v)
				got := *s.get(&g)
				if !got.Equal(v) || got.Chinese() != v.Chinese() || got.English() != v.English() {
					t.Fatalf("value %d in %s: set %#v, got %#v", i, s.field, v, got)
				}
				if s.field != "Found" && g.Found.Text != "keep" {
					t.Fatalf("value %d in %s: Found changed to %#v", i, s.field, g.Found)
				}
			}
		}
	})
}

// TestFindingSetAllocations: setting any value, text included, allocates nothing.
func TestFindingSetAllocations(t *testing.T) {
	area := platform.Quantity(decimal.RequireFromString("199.99"), platform.SquareMetre)
	count := platform.Count(15, platform.Person)
	day := platform.DateVal(platform.MustDate(2025, 3, 2))
	text := platform.Text("食品安全")
	var f platform.Finding
	n := testing.AllocsPerRun(100, func() {
		f.SetWanted(area)
		f.SetFound(count)
		f.SetShortfall(day)
		f = f.WithFound(text)
	})
	assert.Zero(t, n, "allocations per set")
}
