package naming

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// Table is the parameter table of this package: the suffix each platform type's name
// ends in, and the longest core research direction accepted. The measures fix the
// suffixes (第十四条, and 附件·拉萨市新型研发机构 第一条 for 工业技术研究院); they set no
// length limit, so [Table.MaxDirectionRunes] is this library's parameter, stated as data
// so that a registry with another limit can pass its own table.
//
// [DefaultTable] returns this edition's table as a fresh copy; a caller may build
// another, [Table.Validate] it, and pass it in [Options.Table]. It round-trips through
// JSON with snake_case field names.
type Table struct {
	// Suffixes lists, for each type, the suffixes its names may end in. Exactly one row
	// per type is the Default, the suffix [Compose] uses.
	Suffixes []SuffixRow `json:"suffixes"`
	// MaxDirectionRunes is the most characters (Unicode code points, counted after
	// normalisation) a core research direction may have. The measures set no limit.
	MaxDirectionRunes int `json:"max_direction_runes"`
	// MaxDirectionNote says where the limit comes from.
	MaxDirectionNote string `json:"max_direction_note"`
}

// SuffixRow is one suffix a type's name may end in.
type SuffixRow struct {
	// Type is the platform type whose names end in Suffix.
	Type platform.Type `json:"type"`
	// Suffix is the text after the core research direction (重点实验室).
	Suffix string `json:"suffix"`
	// Default marks the suffix [Compose] uses for Type; one row per type has it.
	Default bool `json:"default"`
	// Listed is true when 第十四条's own list names the suffix. A suffix the list does
	// not name is accepted under its closing 等 on the strength of Cite, unless
	// [Options.OnlyListedSuffixes] is set.
	Listed bool `json:"listed"`
	// Cite is the clause that names the suffix.
	Cite platform.Citation `json:"citation"`
}

// maxDirectionCap bounds what a caller's table may set, so that a limit cannot be
// switched off by an absurd number.
const maxDirectionCap = 200

// defaultMaxDirection is this library's limit on a core research direction: 30 characters,
// twice the longest direction in any name of a Lhasa or Tibet platform we have seen, and
// short enough for a plaque (挂牌, 第十四条).
const defaultMaxDirection = 30

// DefaultTable returns this edition's table, as a fresh copy.
//
// 第十四条: 分别统一命名为“拉萨市+核心研究方向+工程技术研究中心”“拉萨市+核心研究方向+重点实验室”
// “拉萨市+核心研究方向+技术创新中心”“拉萨市+核心研究方向+临床医学研究中心”“拉萨市+核心研究方向
// +野外科学观测研究站”“拉萨市+核心研究方向+产业技术研究院”等。
//
// 附件·拉萨市新型研发机构 第一条: ……主要包括产业技术研究院、工业技术研究院等。
func DefaultTable() Table {
	a14 := platform.Art(14)
	return Table{
		Suffixes: []SuffixRow{
			{Type: platform.EngineeringCenter, Suffix: "工程技术研究中心", Default: true, Listed: true, Cite: a14},
			{Type: platform.FieldStation, Suffix: "野外科学观测研究站", Default: true, Listed: true, Cite: a14},
			{Type: platform.KeyLaboratory, Suffix: "重点实验室", Default: true, Listed: true, Cite: a14},
			{Type: platform.InnovationCenter, Suffix: "技术创新中心", Default: true, Listed: true, Cite: a14},
			{Type: platform.ClinicalCenter, Suffix: "临床医学研究中心", Default: true, Listed: true, Cite: a14},
			{Type: platform.NewRDInstitution, Suffix: "产业技术研究院", Default: true, Listed: true, Cite: a14},
			{Type: platform.NewRDInstitution, Suffix: "工业技术研究院", Cite: platform.AnnexArt(platform.NewRDInstitution, 1)},
		},
		MaxDirectionRunes: defaultMaxDirection,
		MaxDirectionNote:  "the measures set no limit; a library parameter (30 characters)",
	}
}

// defaultTable is built once from literals and never mutated; callers get copies.
var defaultTable = DefaultTable()

// Validate reports every problem with the table: a row of an unknown type; a suffix that
// is empty, repeated or not made only of Chinese characters; a citation that is missing
// or malformed; a type without exactly one Default row, or whose Default row is not
// Listed (the default is always a suffix 第十四条 itself names); and a direction limit
// outside 1–200.
func (tb Table) Validate() error {
	const op = "naming.Table.Validate"
	var p platform.Problems
	defaults := make(map[platform.Type]int)
	seen := make(map[string]bool)
	for i, r := range tb.Suffixes {
		f := "suffixes[" + strconv.Itoa(i) + "]"
		if !r.Type.Valid() {
			p.Addf(op, platform.ErrInvalid, f+".type", strconv.Itoa(int(r.Type)))
		}
		switch {
		case r.Suffix == "":
			p.Addf(op, platform.ErrMissing, f+".suffix", "")
		case !allHan(r.Suffix):
			p.Addf(op, platform.ErrInvalid, f+".suffix", r.Suffix)
		case seen[r.Suffix]:
			p.Addf(op, platform.ErrDuplicate, f+".suffix", r.Suffix)
		}
		seen[r.Suffix] = true
		if r.Cite.IsZero() || !r.Cite.Valid() {
			p.Addf(op, platform.ErrMissing, f+".citation", r.Cite.String())
		}
		if r.Default {
			defaults[r.Type]++
			if !r.Listed {
				p.Addf(op, platform.ErrConflict, f+".listed", r.Suffix)
			}
		}
	}
	for _, t := range platform.Types() {
		switch n := defaults[t]; {
		case n == 0:
			p.Addf(op, platform.ErrMissing, "suffixes", t.String())
		case n > 1:
			p.Addf(op, platform.ErrDuplicate, "suffixes", t.String())
		}
	}
	if tb.MaxDirectionRunes < 1 || tb.MaxDirectionRunes > maxDirectionCap {
		p.Addf(op, platform.ErrRange, "max_direction_runes", strconv.Itoa(tb.MaxDirectionRunes))
	}
	return p.Err()
}

// Fingerprint returns the table's fingerprint ([platform.Fingerprint]).
func (tb Table) Fingerprint() string {
	fp, err := platform.Fingerprint(tb)
	if err != nil { // a Table always marshals; keep the zero fingerprint otherwise
		return ""
	}
	return fp
}

func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}
