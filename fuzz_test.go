package platform_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
)

// FuzzParseDate: ParseDate never panics, and a date it accepts formats back to the same
// text, reparses equal and round-trips through JSON.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "2024-13-01", "2024-1-01", "0000-01-01",
		"0001-01-01", "9999-12-31", "2025-11-30", "", "2024-02-3\x00", "-001-01-01", "２０２４-01-01", "1900-02-29", "2000-02-29"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := platform.ParseDate(s)
		if err != nil {
			if !v.IsZero() {
				t.Fatalf("ParseDate(%q) returned %v with an error", s, v)
			}
			return
		}
		if v.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, v.String())
		}
		back, err := platform.ParseDate(v.String())
		if err != nil || back != v {
			t.Fatalf("reparse of %q: %v, %v", s, back, err)
		}
		j, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var jb platform.Date
		if err := json.Unmarshal(j, &jb); err != nil || jb != v {
			t.Fatalf("JSON of %q: %s → %v, %v", s, j, jb, err)
		}
		y, m, d := v.YMD()
		if nd, err := platform.NewDate(y, m, d); err != nil || nd != v {
			t.Fatalf("NewDate(%d, %d, %d) = %v, %v; want %v", y, m, d, nd, err, v)
		}
	})
}

// FuzzAddMonths: month arithmetic never panics, stays within 0001-01-01..9999-12-31, keeps
// the day when the target month has it and otherwise lands on that month's last day
// (《民法典》第二百零二条), and AddDays agrees with DaysUntil.
func FuzzAddMonths(f *testing.F) {
	f.Add(2024, 1, 31, 1, 5)
	f.Add(2024, 2, 29, 36, -1)
	f.Add(1, 1, 1, -1, -1)
	f.Add(9999, 12, 31, 1, 1)
	f.Add(2023, 3, 31, -13, 400)
	f.Fuzz(func(t *testing.T, y, m, d, months, days int) {
		v, err := platform.NewDate(y, m, d)
		if err != nil {
			return
		}
		months %= 200000
		got := v.AddMonths(months)
		if got.IsZero() {
			t.Fatalf("%v + %d months is zero", v, months)
		}
		gy, gm, gd := got.YMD()
		target := y*12 + (m - 1) + months
		switch {
		case target < 12:
			if got.String() != "0001-01-01" {
				t.Fatalf("%v + %d months = %v; want the clamp 0001-01-01", v, months, got)
			}
		case target > 9999*12+11:
			if got.String() != "9999-12-31" {
				t.Fatalf("%v + %d months = %v; want the clamp 9999-12-31", v, months, got)
			}
		default:
			wd := min(d, platform.DaysIn(target/12, target%12+1))
			if gy != target/12 || gm != target%12+1 || gd != wd {
				t.Fatalf("%v + %d months = %v; want %04d-%02d-%02d", v, months, got, target/12, target%12+1, wd)
			}
		}
		days %= 4000000
		e := v.AddDays(days)
		if n := v.DaysUntil(e); n != days && e.String() != "0001-01-01" && e.String() != "9999-12-31" {
			t.Fatalf("%v + %d days = %v, %d days on", v, days, e, n)
		}
	})
}

// FuzzParseCitation: ParseCitation never panics, and a citation it accepts is valid,
// renders back to the same text and reparses equal.
func FuzzParseCitation(f *testing.F) {
	for _, s := range []string{"第二条", "第十三条（五）", "第二十四条", "第二十九条", "第二十条第二款",
		"附件·拉萨市重点实验室 第三条（五）", "附件·拉萨市新型研发机构 第三条（三）工业类", "附件·拉萨市工程技术研究中心",
		"《民法典》第二百零一条", "《民法典》第一千二百五十九条", "第一十三条", "《民法典》第二百一条",
		"《》第一条", "附件·", "第十三条（五", "第一条第二款（三）x", "《第一条》第二条", "第一条条", "第一条（二））x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := platform.ParseCitation(s)
		if err != nil {
			if !c.IsZero() {
				t.Fatalf("ParseCitation(%q) returned %#v with an error", s, c)
			}
			return
		}
		if !c.Valid() {
			t.Fatalf("ParseCitation(%q) = %#v, not valid", s, c)
		}
		if c.String() != s {
			t.Fatalf("ParseCitation(%q).String() = %q", s, c.String())
		}
		if c.English() == "" {
			t.Fatalf("ParseCitation(%q) has no English", s)
		}
		back, err := platform.ParseCitation(c.String())
		if err != nil || back != c {
			t.Fatalf("reparse of %q: %#v, %v", s, back, err)
		}
		j, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var jb platform.Citation
		if err := json.Unmarshal(j, &jb); err != nil || jb != c {
			t.Fatalf("JSON of %q: %s → %#v, %v", s, j, jb, err)
		}
	})
}

// FuzzCitationValue: every valid Citation value renders to text that parses back to it.
func FuzzCitationValue(f *testing.F) {
	f.Add("", uint8(0), 13, 0, 5, "")
	f.Add("", uint8(6), 3, 0, 3, "工业类")
	f.Add("民法典", uint8(0), 201, 0, 0, "")
	f.Add("", uint8(3), 0, 0, 0, "")
	f.Add("", uint8(0), 20, 2, 0, "")
	f.Add("第一条", uint8(0), 1, 1, 1, "条")
	f.Fuzz(func(t *testing.T, law string, annex uint8, art, para, item int, part string) {
		c := platform.Citation{Law: law, Annex: platform.Type(annex), Article: art, Paragraph: para, Item: item, Part: part}
		if !c.Valid() {
			if c.String() != "" {
				t.Fatalf("invalid %#v renders %q", c, c.String())
			}
			return
		}
		back, err := platform.ParseCitation(c.String())
		if err != nil || back != c {
			t.Fatalf("%#v renders %q, which parses to %#v, %v", c, c.String(), back, err)
		}
	})
}

// FuzzParseCreditCode: ParseCreditCode never panics, and a code it accepts is the
// normalised input, 18 characters with a right check character, and reparses equal.
func FuzzParseCreditCode(f *testing.F) {
	for _, s := range []string{"91350100M000100Y43", "9154010057658921X9", "52540102MJ0000011G", "12540000MB00000013",
		"91110000802100433B", "91350100M000100Y44", "91350100I000100Y43", "91350100m000100y43", " 91350100M000100Y43 ",
		"91A50100M000100Y43", "", "ıııııııııııııııııı", "91350100M000100中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := platform.ParseCreditCode(s)
		if err != nil {
			if !c.IsZero() {
				t.Fatalf("ParseCreditCode(%q) returned %v with an error", s, c)
			}
			return
		}
		v := c.String()
		if v != strings.ToUpper(strings.TrimSpace(s)) || len(v) != 18 {
			t.Fatalf("ParseCreditCode(%q) = %q", s, v)
		}
		if platform.CreditCheckChar(v[:17]) != v[17] {
			t.Fatalf("%q has a wrong check character", v)
		}
		back, err := platform.ParseCreditCode(v)
		if err != nil || back != c {
			t.Fatalf("reparse of %q: %v, %v", v, back, err)
		}
		if c.Division()+c.OrganisationCode() != v[2:17] || c.Locality() == platform.LocalityUnknown {
			t.Fatalf("%q: parts %q %q locality %v", v, c.Division(), c.OrganisationCode(), c.Locality())
		}
	})
}

// FuzzParseAmount: ParseAmount never panics, and an amount it accepts reparses equal from
// both its 元 text and its 万元 text, and round-trips through JSON.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"500000", "50万元", "12.5万", "1,200.50 元", "NaN", "1e5", "", "abc", "-3万", "0.001",
		"1.", ".5", "-.5", "1,,2", "0.0000001万",
		"99999999999999999999", "999999999999999999999", "99999999999999999999999999999999999999", "9999999999999999.9999万",
		"0.000000000001", "0.0000000000001", "0.0000000000000001万", "-99999999999999999999.999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := platform.ParseAmount(s)
		if err != nil {
			if !a.IsZero() {
				t.Fatalf("ParseAmount(%q) returned %v with an error", s, a)
			}
			return
		}
		for _, text := range []string{a.YuanString(), a.Wan()} {
			back, err := platform.ParseAmount(text)
			if err != nil || !back.Equal(a) {
				t.Fatalf("ParseAmount(%q) = %v; its text %q reparses to %v, %v", s, a, text, back, err)
			}
		}
		j, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		var jb platform.Amount
		if err := json.Unmarshal(j, &jb); err != nil || !jb.Equal(a) {
			t.Fatalf("JSON of %q: %s → %v, %v", s, j, jb, err)
		}
	})
}

// FuzzParseNumeral: ParseNumeral never panics, and accepts exactly what Numeral writes.
func FuzzParseNumeral(f *testing.F) {
	for _, s := range []string{"十三", "一十三", "二百零一", "二百一", "一千二百五十九", "九千九百九十九", "零", "〇", "十十", "", "一万"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := platform.ParseNumeral(s)
		if err != nil {
			if n != 0 {
				t.Fatalf("ParseNumeral(%q) = %d with an error", s, n)
			}
			return
		}
		if n < 1 || n > 9999 || platform.Numeral(n) != s {
			t.Fatalf("ParseNumeral(%q) = %d, which Numeral writes %q", s, n, platform.Numeral(n))
		}
	})
}

// FuzzNumeral: every number 1–9999 has a numeral that parses back to it.
func FuzzNumeral(f *testing.F) {
	for _, n := range []int{1, 10, 11, 20, 101, 110, 201, 1009, 1010, 1259, 9999, 0, 10000, -5} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int) {
		s := platform.Numeral(n)
		if n < 1 || n > 9999 {
			if s != "" {
				t.Fatalf("Numeral(%d) = %q", n, s)
			}
			return
		}
		back, err := platform.ParseNumeral(s)
		if err != nil || back != n {
			t.Fatalf("Numeral(%d) = %q parses to %d, %v", n, s, back, err)
		}
	})
}
