package platform_test

import (
	"encoding/json"
	"math"
	"testing"
	"unsafe"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// setters are the three ways of putting a value into each slot of a finding, with the
// matching getter: a test row is run through every slot.
var setters = []struct {
	slot string
	set  func(*platform.Finding, platform.Value)
	with func(platform.Finding, platform.Value) platform.Finding
	get  func(platform.Finding) platform.Value
}{
	{"wanted", (*platform.Finding).SetWanted, platform.Finding.WithWanted, platform.Finding.Wanted},
	{"found", (*platform.Finding).SetFound, platform.Finding.WithFound, platform.Finding.Found},
	{"shortfall", (*platform.Finding).SetShortfall, platform.Finding.WithShortfall, platform.Finding.Shortfall},
}

// TestFindingValuesRoundTrip proves that a finding's compact storage gives back exactly the
// value set, in every slot: counts and decimals at the edges of what the finding holds
// itself (a 64-bit coefficient, an exponent from -128 to 127) and just past them, where the
// value moves to the finding's side block, with the decimal's exponent kept (200 and
// 200.00 read differently).
func TestFindingValuesRoundTrip(t *testing.T) {
	q := func(s string) platform.Value {
		return platform.Quantity(decimal.RequireFromString(s), platform.SquareMetre)
	}
	rows := []struct {
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
		{"a date of the measures' period", platform.DateVal(platform.MustDate(2025, 3, 2))},
		{"199.99 ㎡, one hundredth under 200", q("199.99")},
		{"200 ㎡", q("200")},
		{"200.00 ㎡ keeps its two places", q("200.00")},
		{"0.00 ㎡ keeps its two places", q("0.00")},
		{"a negative shortfall of -1.5 ㎡", q("-1.5")},
		{"a coefficient of 2^63-1 is held inline", q("9223372036854775807")},
		{"a coefficient of 2^63 moves to the side block", q("9223372036854775808")},
		{"a coefficient of -2^63 is held inline", q("-9223372036854775808")},
		{"a coefficient of -2^63-1 moves to the side block", q("-9223372036854775809")},
		{"an exponent of -128 is held inline", q("1e-128")},
		{"an exponent of -129 moves to the side block", q("1e-129")},
		{"an exponent of 127 is held inline", q("1e127")},
		{"an exponent of 128 moves to the side block", q("1e128")},
		{"zero at an exponent of 128 moves to the side block", platform.Quantity(decimal.New(0, 128), platform.SquareMetre)},
		{"a sum in 元 with twelve places", platform.Quantity(decimal.RequireFromString("500000.000000000001"), platform.Yuan)},
		{"a text", platform.Text("高原生物")},
		{"an empty text is still a text", platform.Text("")},
	}
	for _, tc := range rows {
		for _, s := range setters {
			t.Run(tc.name+" in the "+s.slot+" slot", func(t *testing.T) {
				var f platform.Finding
				s.set(&f, tc.v)
				got := s.get(f)
				truth(t, got.Equal(tc.v), "set", tc.v, "got", got)
				eq(t, tc.v.Chinese(), got.Chinese())
				eq(t, tc.v.English(), got.English())
				eq(t, tc.v.Kind, got.Kind)
				if tc.v.Kind == platform.DecValue {
					eq(t, tc.v.Dec.String(), got.Dec.String())
					eq(t, tc.v.Dec.Exponent(), got.Dec.Exponent())
				}
				truth(t, s.get(s.with(platform.Finding{}, tc.v)).Equal(tc.v), "the With form agrees")
				for _, o := range setters {
					if o.slot != s.slot {
						truth(t, o.get(f).IsZero(), "the "+o.slot+" slot stays empty")
					}
				}
			})
		}
	}
}

// TestFindingSlotsAreIndependent proves that setting one slot leaves the others alone, that
// a value replaced by another kind reads as the new one, and that a copy of a finding
// changed afterwards does not change the original, though the two may have shared the
// side block that holds text.
func TestFindingSlotsAreIndependent(t *testing.T) {
	long := platform.Quantity(decimal.RequireFromString("1e200"), platform.Yuan)
	var f platform.Finding
	f.SetWanted(platform.Text("三级乙等"))
	f.SetFound(platform.Text("二级甲等"))
	f.SetShortfall(long)
	eq(t, "三级乙等", f.Wanted().Text)
	eq(t, "二级甲等", f.Found().Text)
	truth(t, f.Shortfall().Equal(long))

	t.Run("a copy changed afterwards leaves the original alone", func(t *testing.T) {
		g := f
		g.SetFound(platform.Text("三级甲等"))
		g.SetWanted(platform.Count(3, platform.Item))
		eq(t, "二级甲等", f.Found().Text)
		eq(t, "三级乙等", f.Wanted().Text)
		eq(t, "三级甲等", g.Found().Text)
		eq(t, int64(3), g.Wanted().Int)
		truth(t, g.Shortfall().Equal(long), "the copy keeps the long decimal")
	})
	t.Run("a text replaced by a count reads as the count", func(t *testing.T) {
		g := f
		g.SetFound(platform.Count(12, platform.Person))
		eq(t, platform.IntValue, g.Found().Kind)
		eq(t, "12人", g.Found().Chinese())
	})
	t.Run("a long decimal replaced by a short one reads as the short one", func(t *testing.T) {
		g := f
		g.SetShortfall(platform.Quantity(decimal.RequireFromString("25"), platform.SquareMetre))
		eq(t, "25㎡", g.Shortfall().Chinese())
	})
	t.Run("three texts are all kept", func(t *testing.T) {
		g := f
		g.SetShortfall(platform.Text("三"))
		g.SetWanted(platform.Count(1, platform.Item))
		g.SetWanted(platform.Text("一"))
		eq(t, "一", g.Wanted().Text)
		eq(t, "二级甲等", g.Found().Text)
		eq(t, "三", g.Shortfall().Text)
		eq(t, "三级乙等", f.Wanted().Text, "the original is unchanged")
	})
	t.Run("clearing a slot leaves no value", func(t *testing.T) {
		g := f
		g.SetWanted(platform.Value{})
		truth(t, g.Wanted().IsZero())
		eq(t, "二级甲等", g.Found().Text)
	})
}

// TestFindingEqual proves what Equal compares: rule (by table entry or ID), outcome, each
// value with its decimal exponent, and the note's text.
func TestFindingEqual(t *testing.T) {
	rule := &platform.Rule{ID: "x.rule"}
	same := &platform.Rule{ID: "x.rule"}
	other := &platform.Rule{ID: "x.other"}
	base := platform.Finding{Rule: rule, Outcome: platform.Fail}.
		WithWanted(platform.Quantity(decimal.RequireFromString("200"), platform.SquareMetre)).
		WithFound(platform.Text("a")).WithNote("注", "note")
	rows := []struct {
		name string
		g    platform.Finding
		want bool
	}{
		{"a finding equals itself", base, true},
		{"a rule with the same ID is the same rule", func() platform.Finding { g := base; g.Rule = same; return g }(), true},
		{"a note with the same text is the same note", base.WithNote("注", "note"), true},
		{"another rule differs", func() platform.Finding { g := base; g.Rule = other; return g }(), false},
		{"no rule differs from a rule", func() platform.Finding { g := base; g.Rule = nil; return g }(), false},
		{"another outcome differs", func() platform.Finding { g := base; g.Outcome = platform.Pass; return g }(), false},
		{"200.00 differs from 200", base.WithWanted(platform.Quantity(decimal.RequireFromString("200.00"), platform.SquareMetre)), false},
		{"another unit differs", base.WithWanted(platform.Quantity(decimal.RequireFromString("200"), platform.Yuan)), false},
		{"another text differs", base.WithFound(platform.Text("b")), false},
		{"another note differs", base.WithNote("注", "another"), false},
		{"no note differs from a note", func() platform.Finding { g := base; g.Note = nil; return g }(), false},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			eq(t, tc.want, base.Equal(tc.g))
			eq(t, tc.want, tc.g.Equal(base), "Equal is symmetric")
		})
	}
}

// TestFindingSize guards the size a check's speed rests on: 27 findings of a key-laboratory
// check are one 1,792-byte allocation at 64 bytes each (192 bytes each before). Growing the
// finding fails this test; the benchmarks of package eligibility show what it costs.
func TestFindingSize(t *testing.T) {
	eq(t, uintptr(64), unsafe.Sizeof(platform.Finding{}), "bytes in a Finding")
}

// FuzzFindingValue: whatever count, decimal or text is put into a finding's slot comes back
// equal, with the same texts.
func FuzzFindingValue(f *testing.F) {
	f.Add(int64(15), "199.99", "高原生物", uint8(1))
	f.Add(int64(math.MinInt64), "-9223372036854775809", "", uint8(14))
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
				var g platform.Finding
				g.SetFound(platform.Text("keep"))
				s.set(&g, v)
				got := s.get(g)
				if !got.Equal(v) || got.Chinese() != v.Chinese() || got.English() != v.English() {
					t.Fatalf("value %d in %s: set %#v, got %#v", i, s.slot, v, got)
				}
				if s.slot != "found" && g.Found().Text != "keep" {
					t.Fatalf("value %d in %s: the found slot changed to %#v", i, s.slot, g.Found())
				}
			}
		}
	})
}

// TestFindingSetAllocations: putting a count, a date or a short decimal into a finding, and
// reading a count back, allocates nothing; only text and long decimals take a block.
func TestFindingSetAllocations(t *testing.T) {
	area := platform.Quantity(decimal.RequireFromString("199.99"), platform.SquareMetre)
	count := platform.Count(15, platform.Person)
	day := platform.DateVal(platform.MustDate(2025, 3, 2))
	var f platform.Finding
	n := testing.AllocsPerRun(100, func() {
		f.SetWanted(area)
		f.SetFound(count)
		f.SetShortfall(day)
		_ = f.Found().Int
	})
	eq(t, 0.0, n, "allocations per set")
	n = testing.AllocsPerRun(100, func() { f.SetFound(platform.Text("食品安全")) })
	eq(t, 1.0, n, "a text takes one block")
}

// TestFindingCountSetters proves the short setters equal the general ones: SetFoundCount(n,
// u) is SetFound(Count(n, u)) and so on, whatever the slot held before (nothing, a long
// decimal, a text).
func TestFindingCountSetters(t *testing.T) {
	before := map[string]platform.Value{
		"an empty slot":  {},
		"a long decimal": platform.Quantity(decimal.RequireFromString("1e200"), platform.Yuan),
		"a text":         platform.Text("高原生物"),
		"a date":         platform.DateVal(platform.MustDate(2025, 3, 2)),
		"a credit code":  {}, // packed by SetFoundCreditCode below
	}
	short := []struct {
		name string
		set  func(*platform.Finding)
		get  func(platform.Finding) platform.Value
		want platform.Value
	}{
		{"SetWantedCount", func(f *platform.Finding) { f.SetWantedCount(15, platform.Person) }, platform.Finding.Wanted, platform.Count(15, platform.Person)},
		{"SetFoundCount", func(f *platform.Finding) { f.SetFoundCount(-3, platform.Paper) }, platform.Finding.Found, platform.Count(-3, platform.Paper)},
		{"SetShortfallCount", func(f *platform.Finding) { f.SetShortfallCount(2, platform.Item) }, platform.Finding.Shortfall, platform.Count(2, platform.Item)},
		{"SetWantedBool", func(f *platform.Finding) { f.SetWantedBool(true) }, platform.Finding.Wanted, platform.Bool(true)},
		{"SetFoundBool", func(f *platform.Finding) { f.SetFoundBool(false) }, platform.Finding.Found, platform.Bool(false)},
		{"SetFoundDate", func(f *platform.Finding) { f.SetFoundDate(platform.MustDate(2020, 1, 1)) }, platform.Finding.Found, platform.DateVal(platform.MustDate(2020, 1, 1))},
		{"SetShortfallDate", func(f *platform.Finding) { f.SetShortfallDate(platform.MustDate(9999, 12, 31)) }, platform.Finding.Shortfall, platform.DateVal(platform.MustDate(9999, 12, 31))},
		{"SetFoundDecimal", func(f *platform.Finding) { f.SetFoundDecimal(29999, -2, platform.SquareMetre) }, platform.Finding.Found, platform.Quantity(decimal.New(29999, -2), platform.SquareMetre)},
		{"SetShortfallDecimal", func(f *platform.Finding) { f.SetShortfallDecimal(1, -2, platform.Yuan) }, platform.Finding.Shortfall, platform.Quantity(decimal.New(1, -2), platform.Yuan)},
		{"SetFoundDecimal past an int8 exponent", func(f *platform.Finding) { f.SetFoundDecimal(-7, 200, platform.Yuan) }, platform.Finding.Found, platform.Quantity(decimal.New(-7, 200), platform.Yuan)},
		{"SetFoundCreditCode", func(f *platform.Finding) { f.SetFoundCreditCode(platform.MustCreditCode("91540100MA6T000019")) }, platform.Finding.Found, platform.Text("91540100MA6T000019")},
		{"SetFoundCreditCode of no code", func(f *platform.Finding) { f.SetFoundCreditCode(platform.CreditCode{}) }, platform.Finding.Found, platform.Text("")},
	}
	for bname, b := range before {
		for _, s := range short {
			t.Run(s.name+" over "+bname, func(t *testing.T) {
				var f platform.Finding
				f.SetWanted(b)
				f.SetFound(b)
				f.SetShortfall(b)
				if bname == "a credit code" {
					f.SetFoundCreditCode(platform.MustCreditCode("12540000MB1234567P"))
				}
				s.set(&f)
				got := s.get(f)
				truth(t, got.Equal(s.want), "got", got, "want", s.want)
				eq(t, s.want.Chinese(), got.Chinese())
			})
		}
	}
}

// creditCodes are valid codes at the edges of what a packed code holds: every registration
// authority, the lowest and highest entity type, division 000000 and 999999 (the bit that
// does not fit num), organisation codes of the lowest and highest characters, and codes
// whose check character is 0 and Y.
func creditCodes(t testing.TB) []platform.CreditCode {
	t.Helper()
	var out []platform.CreditCode
	add := func(first17 string) {
		c, err := platform.ParseCreditCode(first17 + string(platform.CreditCheckChar(first17)))
		if err != nil {
			t.Fatalf("%s: %v", first17, err)
		}
		out = append(out, c)
	}
	for _, a := range "123456789ANY" {
		add(string(a) + "1540100MA6T00001")
	}
	for _, body := range []string{
		"90000000000000000", "9Y999999YYYYYYYYY", "9Y000000YYYYYYYYY", "90999999000000000",
		"91540100MA6T00001", "12540000MB1234567", "91110108MA0012345", "Y0524288Q1W2E3R4T",
		"N1524287PLMKNJHBG",
	} {
		add(body)
	}
	return out
}

// TestFindingCreditCode proves a code packed into the finding reads back as the text it
// was set from, equals that text set the ordinary way (so results and JSON do not change),
// costs no allocation to set, and gives way to whatever is set in its slot next.
func TestFindingCreditCode(t *testing.T) {
	codes := creditCodes(t)
	seen := map[string]bool{}
	for _, c := range codes {
		packed := platform.Finding{Outcome: platform.Pass}
		text := platform.Finding{Outcome: platform.Pass}
		packed.SetWantedCount(7, platform.Person)
		packed.SetFoundCreditCode(c)
		text.SetWantedCount(7, platform.Person)
		text.SetFound(platform.Text(c.String()))
		got := packed.Found()
		eq(t, platform.Text(c.String()), got, c.String())
		truth(t, packed.Equal(text), c.String(), "packed differs from text")
		eq(t, platform.Count(7, platform.Person), packed.Wanted(), c.String()+" wanted")
		truth(t, packed.Shortfall().IsZero(), c.String(), "shortfall")
		pj, err1 := json.Marshal(packed)
		tj, err2 := json.Marshal(text)
		truth(t, err1 == nil && err2 == nil && string(pj) == string(tj), string(pj), string(tj))
		n := testing.AllocsPerRun(100, func() { packed.SetFoundCreditCode(c) })
		eq(t, 0.0, n, c.String()+" allocations")
		seen[got.Text] = true
		packed.SetFoundCount(3, platform.Item)
		eq(t, platform.Count(3, platform.Item), packed.Found(), c.String()+" replaced")
	}
	distinct := map[string]bool{}
	for _, c := range codes {
		distinct[c.String()] = true
	}
	eq(t, len(distinct), len(seen), "distinct codes read back distinct")
}

// FuzzFindingCreditCode: any string that parses as a credit code round-trips through the
// finding; anything else never reaches it.
func FuzzFindingCreditCode(f *testing.F) {
	for _, c := range creditCodes(f) {
		f.Add(c.String())
	}
	f.Add("91540100MA6T00001X")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := platform.ParseCreditCode(s)
		if err != nil {
			return
		}
		var g platform.Finding
		g.SetFoundCreditCode(c)
		if got := g.Found(); !got.Equal(platform.Text(c.String())) || got.Unit != platform.NoUnit {
			t.Fatalf("%q: got %#v", c.String(), got)
		}
	})
}

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
		coef, exp, ok := platform.DecimalParts(r.d)
		if ok != r.ok || (ok && (coef != r.coef || exp != r.exp)) {
			t.Errorf("%s: got %d e%d %v, want %d e%d %v", r.name, coef, exp, ok, r.coef, r.exp, r.ok)
		}
		if ok && !decimal.New(coef, exp).Equal(r.d) {
			t.Errorf("%s: parts do not rebuild it", r.name)
		}
	}
	zero, area := decimal.Decimal{}, big("199.99")
	n := testing.AllocsPerRun(100, func() {
		platform.DecimalParts(zero)
		platform.DecimalParts(area)
	})
	eq(t, 0.0, n, "allocations")
}
