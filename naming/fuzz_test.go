package naming_test

import (
	"testing"
	"unicode/utf8"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/naming"
)

// FuzzParse: Parse never panics; whatever parses is a name that composes and parses back
// to itself, and Check agrees with Parse.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"拉萨市高原生命健康工程技术研究中心", "拉萨市拉萨河湿地生态野外科学观测研究站", "拉萨市高原心脑血管病重点实验室",
		"拉萨市青稞育种技术创新中心", "拉萨市高原心脑血管病临床医学研究中心", "拉萨市牦牛产业技术研究院",
		"拉萨市高原绿色工业技术研究院", "拉萨市５Ｇ藏药(藏医)重点实验室", "拉萨市重点实验室", "拉萨市拉萨市重点实验室",
		"拉萨市高原 生态重点实验室", "拉萨市\xff重点实验室", "", "拉萨市", "重点实验室", "拉萨市（（））技术创新中心",
		"拉萨市\u2fbc原重点实验室",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, only bool) {
		opts := naming.Options{OnlyListedSuffixes: only}
		n, err := naming.Parse(s, opts)
		r, cerr := naming.Check(s, opts)
		if cerr != nil || r.Valid != (err == nil) || r.Name != n {
			t.Fatalf("Check(%q) = %v valid=%v, %v; Parse = %v, %v", s, r.Name, r.Valid, cerr, n, err)
		}
		if err != nil {
			if !n.IsZero() {
				t.Fatalf("Parse(%q) = %v with error %v", s, n, err)
			}
			if len(flatten(err)) == 0 {
				t.Fatalf("Parse(%q) error %v holds no *platform.Error", s, err)
			}
			return
		}
		checkName(t, n, opts)
		if utf8.RuneCountInString(n.String()) != utf8.RuneCountInString(s) {
			t.Fatalf("normalisation changed the length: %q → %q", s, n)
		}
	})
}

// FuzzCompose: Compose never panics; whatever composes parses back to itself, and
// composing its own direction again gives the same name (normalisation is idempotent).
func FuzzCompose(f *testing.F) {
	for _, d := range []string{"高原生命健康", "藏医药资源保护与开发", "青稞育种", "牦牛产业", "高原心脑血管病", "拉萨河湿地生态",
		"５Ｇ高原应用", "藏药(藏医)", "", "拉萨市高原", "高原重点实验室", "高原 生态", "高原-生态", "\xff", "（", "\u200b"} {
		for t := uint8(0); t <= 7; t++ {
			f.Add(t, d, false)
		}
		f.Add(uint8(6), d, true)
	}
	f.Fuzz(func(t *testing.T, typ uint8, d string, only bool) {
		opts := naming.Options{OnlyListedSuffixes: only}
		n, err := naming.Compose(platform.Type(typ), d, opts)
		if err != nil {
			if !n.IsZero() || len(flatten(err)) == 0 {
				t.Fatalf("Compose(%d, %q) = %v, %v", typ, d, n, err)
			}
			return
		}
		if n.Type() != platform.Type(typ) {
			t.Fatalf("Compose(%d, %q).Type() = %v", typ, d, n.Type())
		}
		checkName(t, n, opts)
	})
}

func checkName(t *testing.T, n naming.Name, opts naming.Options) {
	t.Helper()
	p, err := naming.Parse(n.String(), opts)
	if err != nil || p != n {
		t.Fatalf("Parse(%q) = %v, %v; want itself", n, p, err)
	}
	c, err := naming.ComposeSuffix(n.Type(), n.Suffix(), n.Direction(), opts)
	if err != nil || c != n {
		t.Fatalf("ComposeSuffix(%v, %q, %q) = %v, %v; want %v", n.Type(), n.Suffix(), n.Direction(), c, err, n)
	}
	if other, ok := naming.Collides(n, []naming.Name{p}); !ok || other != n {
		t.Fatalf("a name does not collide with itself: %v", n)
	}
	if !n.Type().Valid() || n.Direction() == "" || utf8.RuneCountInString(n.Direction()) > 30 {
		t.Fatalf("invalid name %v: type %v direction %q", n, n.Type(), n.Direction())
	}
}
