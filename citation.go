package platform

import (
	"strconv"
	"strings"
)

// Citation points at a clause: of these measures' main text (第十三条（五）), of a section of
// their annex (附件·拉萨市新型研发机构 第三条（三）工业类), or of another law the measures
// rely on (《民法典》第二百零一条). It renders the way officials write references, with
// Chinese numerals, and [ParseCitation] reads that form back. It marshals to that text.
//
// The zero Citation cites nothing; [Citation.Valid] reports whether a value is well formed.
type Citation struct {
	// Law is the title of another law, without 《》 (民法典); empty for these measures.
	Law string
	// Annex is the annex section (the platform type whose standard it is); zero for the main text.
	Annex Type
	// Article is the 条, from 1. An annex citation may omit it to cite the whole section.
	Article int
	// Paragraph is the 款, from 1; 0 when not cited.
	Paragraph int
	// Item is the 项, rendered （一）; 0 when not cited.
	Item int
	// Part names a part of the clause the numbering does not reach: a category (工业类).
	Part string
}

// Art cites an article of the main text, optionally with an item: Art(13, 5) is 第十三条（五）.
func Art(article int, item ...int) Citation {
	c := Citation{Article: article}
	if len(item) > 0 {
		c.Item = item[0]
	}
	return c
}

// AnnexArt cites an article of a type's annex section, optionally with an item:
// AnnexArt(KeyLaboratory, 3, 5) is 附件·拉萨市重点实验室 第三条（五）.
func AnnexArt(t Type, article int, item ...int) Citation {
	c := Citation{Annex: t, Article: article}
	if len(item) > 0 {
		c.Item = item[0]
	}
	return c
}

// CivilCode cites an article of 《民法典》.
func CivilCode(article int) Citation { return Citation{Law: "民法典", Article: article} }

// WithPart returns c naming a part of the clause (a category: 工业类).
func (c Citation) WithPart(part string) Citation { c.Part = part; return c }

// WithParagraph returns c citing paragraph (款) p.
func (c Citation) WithParagraph(p int) Citation { c.Paragraph = p; return c }

// IsZero reports whether c cites nothing.
func (c Citation) IsZero() bool { return c == Citation{} }

// IsAnnex reports whether c cites the annex.
func (c Citation) IsAnnex() bool { return c.Annex != 0 }

const maxNumeral = 9999

// Valid reports whether c is well formed: numbers within 1–9999 (0 for an omitted part),
// an annex section that exists, a paragraph or item only under an article, and a Part
// and Law that render unambiguously.
func (c Citation) Valid() bool {
	if c.Article < 0 || c.Article > maxNumeral || c.Paragraph < 0 || c.Paragraph > maxNumeral ||
		c.Item < 0 || c.Item > maxNumeral {
		return false
	}
	if c.Annex != 0 && (!c.Annex.Valid() || c.Law != "") {
		return false
	}
	if c.Article == 0 && (c.Annex == 0 || c.Paragraph != 0 || c.Item != 0 || c.Part != "") {
		return false
	}
	if strings.ContainsAny(c.Law, "《》") || strings.TrimSpace(c.Law) != c.Law ||
		(c.Law != "" && !validText(c.Law)) {
		return false
	}
	if c.Part != "" {
		if strings.HasPrefix(c.Part, "（") || strings.HasPrefix(c.Part, "第") ||
			strings.TrimSpace(c.Part) != c.Part || !validText(c.Part) {
			return false
		}
	}
	return true
}

func validText(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r == 0xfffd {
			return false
		}
	}
	return strings.ToValidUTF8(s, "\ufffd") == s
}

// String renders c as officials write it; the zero or an invalid Citation renders as "".
func (c Citation) String() string {
	if c.IsZero() || !c.Valid() {
		return ""
	}
	var b strings.Builder
	if c.Law != "" {
		b.WriteString("《")
		b.WriteString(c.Law)
		b.WriteString("》")
	}
	if c.Annex != 0 {
		b.WriteString("附件·")
		b.WriteString(c.Annex.AnnexSection())
		if c.Article == 0 {
			return b.String()
		}
		b.WriteString(" ")
	}
	b.WriteString("第")
	b.WriteString(Numeral(c.Article))
	b.WriteString("条")
	if c.Paragraph > 0 {
		b.WriteString("第")
		b.WriteString(Numeral(c.Paragraph))
		b.WriteString("款")
	}
	if c.Item > 0 {
		b.WriteString("（")
		b.WriteString(Numeral(c.Item))
		b.WriteString("）")
	}
	b.WriteString(c.Part)
	return b.String()
}

// English renders c in English: "Art. 13(5)", "Annex, key laboratory, Art. 3(5)",
// "Civil Code Art. 201".
func (c Citation) English() string {
	if c.IsZero() || !c.Valid() {
		return ""
	}
	var b strings.Builder
	switch c.Law {
	case "":
	case "民法典":
		b.WriteString("Civil Code ")
	default:
		b.WriteString(c.Law)
		b.WriteString(" ")
	}
	if c.Annex != 0 {
		b.WriteString("Annex, ")
		b.WriteString(c.Annex.English())
		if c.Article == 0 {
			return b.String()
		}
		b.WriteString(", ")
	}
	b.WriteString("Art. ")
	b.WriteString(strconv.Itoa(c.Article))
	if c.Paragraph > 0 {
		b.WriteString(" para. ")
		b.WriteString(strconv.Itoa(c.Paragraph))
	}
	if c.Item > 0 {
		b.WriteString("(")
		b.WriteString(strconv.Itoa(c.Item))
		b.WriteString(")")
	}
	if c.Part != "" {
		b.WriteString(" ")
		b.WriteString(c.Part)
	}
	return b.String()
}

// ParseCitation reads the form [Citation.String] writes. The numerals must be written
// the canonical way (十三, not 一十三), so a citation has exactly one spelling.
func ParseCitation(s string) (Citation, error) {
	bad := func() (Citation, error) {
		return Citation{}, &Error{Op: "platform.ParseCitation", Kind: ErrInvalid, Field: "citation", Input: s}
	}
	var c Citation
	rest := s
	if strings.HasPrefix(rest, "《") {
		end := strings.Index(rest, "》")
		if end < 0 {
			return bad()
		}
		c.Law = rest[len("《"):end]
		rest = rest[end+len("》"):]
		if c.Law == "" {
			return bad()
		}
	}
	if strings.HasPrefix(rest, "附件·") {
		rest = rest[len("附件·"):]
		sec := rest
		if i := strings.Index(rest, " "); i >= 0 {
			sec, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		found := false
		for _, t := range Types() {
			if sec == t.AnnexSection() {
				c.Annex, found = t, true
			}
		}
		if !found {
			return bad()
		}
		if rest == "" {
			if c.String() != s {
				return bad()
			}
			return c, nil
		}
	}
	num := func(prefix, suffix string) (int, bool) {
		if !strings.HasPrefix(rest, prefix) {
			return 0, false
		}
		end := strings.Index(rest[len(prefix):], suffix)
		if end < 0 {
			return 0, false
		}
		n, err := ParseNumeral(rest[len(prefix) : len(prefix)+end])
		if err != nil {
			return 0, false
		}
		rest = rest[len(prefix)+end+len(suffix):]
		return n, true
	}
	var ok bool
	if c.Article, ok = num("第", "条"); !ok {
		return bad()
	}
	if strings.HasPrefix(rest, "第") {
		if c.Paragraph, ok = num("第", "款"); !ok {
			return bad()
		}
	}
	if strings.HasPrefix(rest, "（") {
		if c.Item, ok = num("（", "）"); !ok {
			return bad()
		}
	}
	c.Part = rest
	if !c.Valid() || c.String() != s {
		return bad()
	}
	return c, nil
}

// MustCitation is ParseCitation for literals; it panics on a malformed citation.
func MustCitation(s string) Citation {
	c, err := ParseCitation(s)
	if err != nil {
		panic(err)
	}
	return c
}

// MarshalText writes the official form; an invalid citation is an error.
func (c Citation) MarshalText() ([]byte, error) {
	if c.IsZero() {
		return []byte{}, nil
	}
	if !c.Valid() {
		return nil, &Error{Op: "platform.Citation.MarshalText", Kind: ErrInvalid, Field: "citation", Input: c.English()}
	}
	return []byte(c.String()), nil
}

// UnmarshalText reads what [ParseCitation] reads; empty text is the zero Citation.
func (c *Citation) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Citation{}
		return nil
	}
	v, err := ParseCitation(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

var zhDigits = [...]string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// Numeral writes n (1–9999) as a Chinese numeral the way the measures and 《民法典》 number
// their articles: 十三, 二十, 一百零一, 二百零二, 一千二百五十九. Other n give "".
func Numeral(n int) string {
	if n < 1 || n > maxNumeral {
		return ""
	}
	if n < 10 {
		return zhDigits[n]
	}
	if n < 20 {
		if n == 10 {
			return "十"
		}
		return "十" + zhDigits[n-10]
	}
	units := [...]string{"千", "百", "十", ""}
	ds := [4]int{n / 1000, n / 100 % 10, n / 10 % 10, n % 10}
	var b strings.Builder
	started, zero := false, false
	for i, d := range ds {
		if d == 0 {
			if started {
				zero = true
			}
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		b.WriteString(zhDigits[d])
		b.WriteString(units[i])
		started = true
	}
	return b.String()
}

// ParseNumeral reads a numeral that [Numeral] writes, and only that spelling.
func ParseNumeral(s string) (int, error) {
	bad := &Error{Op: "platform.ParseNumeral", Kind: ErrInvalid, Field: "numeral", Input: s}
	if s == "" || len(s) > 30 {
		return 0, bad
	}
	total, cur := 0, 0
	for _, r := range s {
		switch r {
		case '千':
			total, cur = total+max(cur, 1)*1000, 0
		case '百':
			total, cur = total+max(cur, 1)*100, 0
		case '十':
			total, cur = total+max(cur, 1)*10, 0
		case '零':
		default:
			d := strings.IndexRune("〇一二三四五六七八九", r)
			if d < 0 {
				return 0, bad
			}
			// IndexRune returns a byte offset; every rune here is 3 bytes.
			cur = d / 3
		}
	}
	n := total + cur
	if Numeral(n) != s {
		return 0, bad
	}
	return n, nil
}
