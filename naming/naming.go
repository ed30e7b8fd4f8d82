package naming

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lhasa-sti/platform"
	"golang.org/x/text/unicode/norm"
)

// Prefix is the text every name begins with (第十四条: “拉萨市+核心研究方向+……”).
const Prefix = "拉萨市"

var prefixRunes = []rune(Prefix)

// Options chooses between readings the measures leave open. The zero value is the
// default reading.
type Options struct {
	// OnlyListedSuffixes accepts only the suffixes 第十四条's own list names, so that a
	// new-type R&D institution must be named “……产业技术研究院”. By default the list's
	// closing 等 is read together with 附件·拉萨市新型研发机构 第一条 (主要包括产业技术研究院、
	// 工业技术研究院等), and “……工业技术研究院” is accepted as well; [Compose] still uses
	// 产业技术研究院.
	OnlyListedSuffixes bool `json:"only_listed_suffixes"`
	// Table replaces [DefaultTable] when not nil (another edition, another limit on the
	// direction). It is validated on every call.
	Table *Table `json:"table,omitempty"`
}

// config is Options resolved against its table.
type config struct {
	tb    *Table
	only  bool
	words []string // typeWords(tb)
}

// defaultWords is typeWords of the default table, built once and never mutated.
var defaultWords = typeWords(&defaultTable)

func (o Options) config() (config, error) {
	if o.Table == nil {
		return config{tb: &defaultTable, only: o.OnlyListedSuffixes, words: defaultWords}, nil
	}
	if err := o.Table.Validate(); err != nil {
		return config{}, err
	}
	return config{tb: o.Table, only: o.OnlyListedSuffixes, words: typeWords(o.Table)}, nil
}

// accepts reports whether the row's suffix may be used under the options.
func (c config) accepts(r *SuffixRow) bool { return r.Listed || !c.only }

// Name is the official name of a filed platform (第十四条): 拉萨市, a core research
// direction, and the suffix of the platform's type. A Name is valid by construction: the
// only ways to get a non-zero one are [Compose], [ComposeSuffix], [Parse], [Rename] and
// [Name.UnmarshalText]. Names are comparable with ==; two names are equal exactly when
// their normalised text and type are equal.
//
// The zero Name is no name: [Name.IsZero] reports it, String returns "".
type Name struct {
	typ    platform.Type
	dir    string
	suffix string
}

// IsZero reports whether n is the zero Name.
func (n Name) IsZero() bool { return n == Name{} }

// Type returns the platform type the suffix names.
func (n Name) Type() platform.Type { return n.typ }

// Direction returns the normalised core research direction (核心研究方向).
func (n Name) Direction() string { return n.dir }

// Suffix returns the suffix the name ends in (重点实验室, 产业技术研究院).
func (n Name) Suffix() string { return n.suffix }

// String returns the normalised name: 拉萨市 + direction + suffix, or "" for the zero Name.
func (n Name) String() string {
	if n.IsZero() {
		return ""
	}
	return Prefix + n.dir + n.suffix
}

// Key returns the text two names are compared by for uniqueness: the normalised name with
// Latin letters in upper case, so that 拉萨市5G… and 拉萨市5g… collide.
func (n Name) Key() string {
	s := n.String()
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return strings.ToUpper(s) // only ASCII letters are lower case in a valid name
		}
	}
	return s
}

// MarshalText encodes the name as its normalised text; the zero Name is an error.
func (n Name) MarshalText() ([]byte, error) {
	if n.IsZero() {
		return nil, &platform.Error{Op: "naming.Name.MarshalText", Kind: platform.ErrMissing, Field: "name"}
	}
	return []byte(n.String()), nil
}

// UnmarshalText parses b with [Parse] under the default [Options].
func (n *Name) UnmarshalText(b []byte) error {
	v, err := Parse(string(b), Options{})
	if err != nil {
		return err
	}
	*n = v
	return nil
}

// problems collects the errors of one call, each with its rule as cause.
type problems struct {
	op   string
	errs []*platform.Error
}

func (p *problems) add(k platform.Kind, field, input string, v Violation) {
	p.errs = append(p.errs, &platform.Error{Op: p.op, Kind: k, Field: field, Input: input, Err: v})
}

func (p *problems) has(v Violation) bool {
	for _, e := range p.errs {
		if errors.Is(e.Err, v) {
			return true
		}
	}
	return false
}

func (p *problems) err() error {
	var ps platform.Problems
	for _, e := range p.errs {
		ps.Add(e)
	}
	return ps.Err()
}

func at(field string, pos int) string { return field + "[" + strconv.Itoa(pos) + "]" }

// fold normalises s rune by rune and records every character that is not allowed, at
// its 1-based rune position (base + position in s) in field:
//
//   - full-width Latin letters and digits (Ａ, ５) become half-width (A, 5);
//   - ASCII parentheses ( ) become full-width （ ）;
//   - CJK compatibility ideographs and Kangxi radicals become the unified ideograph
//     they stand for (NFKC), so that look-alikes do not make a second name;
//   - whitespace (including the ideographic space U+3000), control and invisible format
//     characters, any other ASCII punctuation, invalid UTF-8, and anything that is not a
//     Chinese character, a Latin letter or an Arabic digit are errors.
//
// Every fold maps one rune to one rune, so positions in the result are positions in s.
func fold(p *problems, s, field string, base int) []rune {
	out := make([]rune, 0, len(s)/2+1)
	pos := base
	for i, r := range s {
		pos++
		switch {
		case r == utf8.RuneError:
			_, size := utf8.DecodeRuneInString(s[i:])
			p.add(platform.ErrInvalid, at(field, pos), s[i:i+size], ruleCharacters)
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9', r == '（', r == '）':
		case '０' <= r && r <= '９', 'Ａ' <= r && r <= 'Ｚ', 'ａ' <= r && r <= 'ｚ':
			r -= 0xFEE0
		case r == '(':
			r = '（'
		case r == ')':
			r = '）'
		case 0x4E00 <= r && r <= 0x9FFF: // CJK Unified Ideographs: the common case
		case unicode.IsSpace(r):
			p.add(platform.ErrInvalid, at(field, pos), string(r), ruleNoSpace)
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			p.add(platform.ErrInvalid, at(field, pos), string(r), ruleNoControl)
		case r < utf8.RuneSelf:
			p.add(platform.ErrInvalid, at(field, pos), string(r), ruleNoASCIIPunct)
		case isHan(r):
			r = unifyHan(r)
		default:
			p.add(platform.ErrInvalid, at(field, pos), string(r), ruleCharacters)
		}
		out = append(out, r)
	}
	return out
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// unifyHan maps a Kangxi radical, a CJK radical supplement form or a compatibility
// ideograph to the unified ideograph NFKC gives for it; other runes are returned as they are.
func unifyHan(r rune) rune {
	radical := 0x2E80 <= r && r <= 0x2FDF
	compat := 0xF900 <= r && r <= 0xFAFF || 0x2F800 <= r && r <= 0x2FA1F
	if !radical && !compat {
		return r
	}
	k := norm.NFKC.String(string(r))
	if u, size := utf8.DecodeRuneInString(k); size == len(k) && isHan(u) {
		return u
	}
	return r
}

// typeWords are the words a direction may not contain: every suffix of the table, each
// type's Chinese name, and the other spellings the measures use for a type.
func typeWords(tb *Table) []string {
	w := make([]string, 0, len(tb.Suffixes)+8)
	for _, r := range tb.Suffixes {
		w = append(w, r.Suffix)
	}
	for _, t := range platform.Types() {
		w = append(w, t.Chinese())
	}
	// 第十五条 and 第二十三条 write 工程技术中心; the annex writes 野外观测研究站 (第三条) and
	// 野外站 (第三条（六）).
	return append(w, "工程技术中心", "野外观测研究站", "野外站")
}

// checkDirection applies the rules on a folded direction; positions are reported as
// base + position in dir, in field.
//
// 第十四条: 分别统一命名为“拉萨市+核心研究方向+工程技术研究中心”……等。
func checkDirection(p *problems, cfg config, dir []rune, field string, base int) {
	if len(dir) == 0 {
		p.add(platform.ErrMissing, field, "", ruleNonEmpty)
		return
	}
	if hasPrefixRunes(dir, prefixRunes) {
		p.add(platform.ErrInvalid, at(field, base+1), Prefix, ruleNoPrefix)
	}
	s := string(dir)
	for _, w := range cfg.words {
		if i := strings.Index(s, w); i >= 0 {
			p.add(platform.ErrInvalid, at(field, base+utf8.RuneCountInString(s[:i])+1), w, ruleNoTypeSuffix)
		}
	}
	if len(dir) > cfg.tb.MaxDirectionRunes {
		p.add(platform.ErrRange, field, s, ruleLength)
	}
	var open []int
	for i, r := range dir {
		switch r {
		case '（':
			open = append(open, i)
		case '）':
			if len(open) == 0 {
				p.add(platform.ErrInvalid, at(field, base+i+1), "）", ruleParentheses)
				continue
			}
			if o := open[len(open)-1]; o == i-1 {
				// An empty pair says nothing; a direction of parentheses alone is no direction.
				p.add(platform.ErrInvalid, at(field, base+o+1), "（）", ruleParentheses)
			}
			open = open[:len(open)-1]
		}
	}
	for _, i := range open {
		p.add(platform.ErrInvalid, at(field, base+i+1), "（", ruleParentheses)
	}
}

func hasPrefixRunes(s, prefix []rune) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := range prefix {
		if s[i] != prefix[i] {
			return false
		}
	}
	return true
}

// Compose makes the name of a platform of type t whose core research direction is
// direction, with the type's default suffix (产业技术研究院 for a new-type R&D institution).
//
// 第十四条: 对于备案成功的，进行命名挂牌。分别统一命名为“拉萨市+核心研究方向+工程技术研究中心”
// “拉萨市+核心研究方向+重点实验室”“拉萨市+核心研究方向+技术创新中心”“拉萨市+核心研究方向+
// 临床医学研究中心”“拉萨市+核心研究方向+野外科学观测研究站”“拉萨市+核心研究方向+产业技术研究
// 院”等。
//
// The direction is normalised (see the package documentation) and checked: not empty, no
// leading 拉萨市, no type's name inside, within the table's length limit, only allowed
// characters, balanced and non-empty parentheses. Every problem is reported, as a *platform.Error whose
// Field names the position (direction[3]), whose Input is the offending text and whose
// cause is the [Violation]; several are joined.
func Compose(t platform.Type, direction string, opts Options) (Name, error) {
	cfg, err := opts.config()
	if err != nil {
		return Name{}, err
	}
	p := problems{op: "naming.Compose"}
	row := cfg.defaultRow(t)
	if row == nil {
		p.add(platform.ErrInvalid, "type", t.String(), ruleSuffix)
	}
	return compose(&p, cfg, row, direction)
}

// ComposeSuffix is [Compose] with a chosen suffix, which must be one of t's suffixes that
// the options accept (工业技术研究院 for a new-type R&D institution, unless
// [Options.OnlyListedSuffixes]).
//
// 附件·拉萨市新型研发机构 第一条: ……主要包括产业技术研究院、工业技术研究院等。
func ComposeSuffix(t platform.Type, suffix, direction string, opts Options) (Name, error) {
	cfg, err := opts.config()
	if err != nil {
		return Name{}, err
	}
	p := problems{op: "naming.ComposeSuffix"}
	var row *SuffixRow
	for i := range cfg.tb.Suffixes {
		r := &cfg.tb.Suffixes[i]
		if r.Type == t && r.Suffix == suffix {
			row = r
		}
	}
	switch {
	case !t.Valid():
		p.add(platform.ErrInvalid, "type", t.String(), ruleSuffix)
		row = nil
	case row == nil:
		p.add(platform.ErrInvalid, "suffix", suffix, ruleSuffix)
	case !cfg.accepts(row):
		p.add(platform.ErrInvalid, "suffix", suffix, ruleSuffixAnnex)
		row = nil
	}
	return compose(&p, cfg, row, direction)
}

func compose(p *problems, cfg config, row *SuffixRow, direction string) (Name, error) {
	dir := fold(p, direction, "direction", 0)
	checkDirection(p, cfg, dir, "direction", 0)
	if row != nil {
		checkJoin(p, cfg, dir, row.Suffix)
	}
	if len(p.errs) > 0 || row == nil {
		return Name{}, p.err()
	}
	return Name{typ: row.Type, dir: string(dir), suffix: row.Suffix}, nil
}

// checkJoin rejects a direction whose end, joined to suffix, spells a longer suffix of the
// table (with a table holding both 研究中心 and 工程技术研究中心, the direction 高原工程技术
// before 研究中心): Parse would read that name as the longer suffix's type.
func checkJoin(p *problems, cfg config, dir []rune, suffix string) {
	s := string(dir)
	for _, r := range cfg.tb.Suffixes {
		if len(r.Suffix) <= len(suffix) || !strings.HasSuffix(r.Suffix, suffix) {
			continue
		}
		head := strings.TrimSuffix(r.Suffix, suffix)
		if strings.HasSuffix(s, head) {
			pos := len(dir) - utf8.RuneCountInString(head) + 1
			p.add(platform.ErrInvalid, at("direction", pos), head, ruleNoTypeSuffix)
		}
	}
}

func (c config) defaultRow(t platform.Type) *SuffixRow {
	for i := range c.tb.Suffixes {
		if r := &c.tb.Suffixes[i]; r.Type == t && r.Default {
			return r
		}
	}
	return nil
}

// Parse reads an official name back into its type and core research direction. It
// normalises the text as [Compose] does, so Parse(Compose(t, d).String()) gives the same
// Name, and two spellings of one name (５G / 5G, (藏) / （藏）) parse to equal Names.
//
// The suffix is the longest suffix of the table the name ends in, so a suffix that ends
// another can never be taken for it; the direction is what lies between 拉萨市 and the
// suffix, and must not itself contain a type's name. Positions in errors are rune
// positions in s (name[5]), counted from 1.
//
// 第十四条: 分别统一命名为“拉萨市+核心研究方向+工程技术研究中心”……“拉萨市+核心研究方向+产业技术
// 研究院”等。
func Parse(s string, opts Options) (Name, error) {
	cfg, err := opts.config()
	if err != nil {
		return Name{}, err
	}
	p := problems{op: "naming.Parse"}
	n := parse(&p, cfg, s)
	if len(p.errs) > 0 {
		return Name{}, p.err()
	}
	return n, nil
}

// parse does the work of Parse, recording problems in p; the Name it returns is
// meaningful only when p records none. The second result is the matched suffix row.
func parse(p *problems, cfg config, s string) Name {
	n, _ := parseRow(p, cfg, s)
	return n
}

func parseRow(p *problems, cfg config, s string) (Name, *SuffixRow) {
	if s == "" {
		p.add(platform.ErrMissing, "name", "", rulePrefix)
		return Name{}, nil
	}
	rs := fold(p, s, "name", 0)
	folded := string(rs)
	okPrefix := strings.HasPrefix(folded, Prefix)
	if !okPrefix {
		p.add(platform.ErrInvalid, "name", s, rulePrefix)
	}
	var row *SuffixRow
	for i := range cfg.tb.Suffixes {
		r := &cfg.tb.Suffixes[i]
		if strings.HasSuffix(folded, r.Suffix) && (row == nil || len(r.Suffix) > len(row.Suffix)) {
			row = r
		}
	}
	switch {
	case row == nil:
		p.add(platform.ErrInvalid, "name", s, ruleSuffix)
		return Name{}, nil
	case !cfg.accepts(row):
		p.add(platform.ErrInvalid, at("name", len(rs)-utf8.RuneCountInString(row.Suffix)+1), row.Suffix, ruleSuffixAnnex)
	}
	if !okPrefix {
		return Name{}, row
	}
	end := len(rs) - utf8.RuneCountInString(row.Suffix)
	if end < len(prefixRunes) {
		end = len(prefixRunes) // 拉萨市 and the suffix overlap: the direction is empty
	}
	dir := rs[len(prefixRunes):end]
	checkDirection(p, cfg, dir, "name", len(prefixRunes))
	return Name{typ: row.Type, dir: string(dir), suffix: row.Suffix}, row
}

// Rename checks a new name for a platform now named old, under 第二十六条: the new name
// must follow 第十四条 ([Parse]), keep the platform's type, and differ from the old name
// after normalisation. It returns the new Name. The procedure of 第二十六条 (expert
// review, the relying unit's report, the supervisor's review, 市科技局's approval) is
// package lifecycle's.
//
// 第二十六条: 纳入备案范围的市级科技创新平台需要更名、变更依托单位等重大调整，经学术（技术）
// 委员会或组织专家论证，由依托单位提出建议报告，经主管单位审核后，报市科技局批准方可进行相应调整。
func Rename(old Name, newName string, opts Options) (Name, error) {
	cfg, err := opts.config()
	if err != nil {
		return Name{}, err
	}
	p := problems{op: "naming.Rename"}
	if old.IsZero() {
		p.add(platform.ErrMissing, "old", "", ruleRenameValid)
		return Name{}, p.err()
	}
	n := parse(&p, cfg, newName)
	if len(p.errs) > 0 {
		p.add(platform.ErrInvalid, "name", newName, ruleRenameValid)
		return Name{}, p.err()
	}
	if n.typ != old.typ {
		p.add(platform.ErrConflict, "type", n.typ.String(), ruleRenameType)
	}
	if n.Key() == old.Key() {
		p.add(platform.ErrConflict, "name", newName, ruleRenameChange)
	}
	if len(p.errs) > 0 {
		return Name{}, p.err()
	}
	return n, nil
}

// Collides reports whether n collides with a name in use: whether one of inUse has the
// same [Name.Key] (the same name after normalisation, Latin letters compared without
// case). It returns the first such name. Zero names on either side never collide. A
// caller checking a platform's own current name excludes it from inUse.
//
// 第十四条: 分别统一命名为“拉萨市+核心研究方向+……”。
func Collides(n Name, inUse []Name) (other Name, collides bool) {
	if n.IsZero() {
		return Name{}, false
	}
	k := n.Key()
	for _, u := range inUse {
		if !u.IsZero() && u.Key() == k {
			return u, true
		}
	}
	return Name{}, false
}
