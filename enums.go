package platform

import "github.com/lhasa-sti/platform/internal/enum"

// Type is one of the six kinds of science-and-technology innovation platform that
// 第二条 names. The zero value is not a type; [Type.Valid] reports whether a value
// is one of the six.
//
// The set is append-only: codes and numeric values never change, since they are stored
// and exchanged.
type Type uint8

// The six platform types of 第二条, in the order the annex presents them.
const (
	EngineeringCenter Type = iota + 1 // 工程技术研究中心
	FieldStation                      // 野外科学观测研究站
	KeyLaboratory                     // 重点实验室
	InnovationCenter                  // 技术创新中心
	ClinicalCenter                    // 临床医学研究中心
	NewRDInstitution                  // 新型研发机构
)

var typeZh = []string{"", "工程技术研究中心", "野外科学观测研究站", "重点实验室", "技术创新中心",
	"临床医学研究中心", "新型研发机构"}

var typeNames = enum.New(enum.Table[Type]{Type: "Type", Pkg: "platform", Field: "type", First: 1,
	Codes: []string{"", "engineering_research_center", "field_station", "key_laboratory",
		"technology_innovation_center", "clinical_research_center", "new_rd_institution"},
	Zh: typeZh,
	En: []string{"", "engineering technology research center", "field scientific observation and research station",
		"key laboratory", "technology innovation center", "clinical medical research center", "new-type R&D institution"},
	Aliases: append([]enum.Alias[Type]{
		// Other spellings the measures themselves use: 第十五条 and 第二十三条 write 工程技术中心,
		// and the annex headings write 野外观测研究站 in 第三条 of that section.
		{Spelling: "工程技术中心", Value: EngineeringCenter},
		{Spelling: "野外观测研究站", Value: FieldStation},
		{Spelling: "野外站", Value: FieldStation},
	}, annexHeadings()...),
	Invalid: invalid,
})

// annexHeadings are the annex's section headings (拉萨市重点实验室), which ParseType accepts.
func annexHeadings() []enum.Alias[Type] {
	var out []enum.Alias[Type]
	for t := EngineeringCenter; t <= NewRDInstitution; t++ {
		out = append(out, enum.Alias[Type]{Spelling: "拉萨市" + typeZh[t], Value: t})
	}
	return out
}

// Types returns the six platform types in annex order, as a fresh slice.
func Types() []Type { return typeNames.Values() }

// Valid reports whether t is one of the six types.
func (t Type) Valid() bool { return typeNames.Valid(t) }

// String returns the stable code (key_laboratory), or %!Type(n) for an invalid value.
func (t Type) String() string { return typeNames.String(t) }

// Chinese returns the name the measures use (重点实验室), or "" for an invalid value.
func (t Type) Chinese() string { return typeNames.Chinese(t) }

// English returns an English name, or "" for an invalid value.
func (t Type) English() string { return typeNames.English(t) }

// AnnexSection returns the heading of this type's section of the annex (拉萨市重点实验室).
func (t Type) AnnexSection() string {
	if !t.Valid() {
		return ""
	}
	return "拉萨市" + t.Chinese()
}

// ParseType accepts a code (key_laboratory), the Chinese name (重点实验室), a spelling
// the measures use elsewhere (工程技术中心), or the annex heading (拉萨市重点实验室).
func ParseType(s string) (Type, error) { return typeNames.ParseTrimmed(s) }

// MarshalText encodes the stable code; an invalid value is an error.
func (t Type) MarshalText() ([]byte, error) { return typeNames.Marshal(t) }

// UnmarshalText accepts what [ParseType] accepts.
func (t *Type) UnmarshalText(b []byte) error {
	v, err := ParseType(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Category is the filing category of a new-type R&D institution (附件·拉萨市新型研发机构
// 第三条（三）): 农业, 工业, 服务 or 其他. The zero value is not a category.
type Category uint8

// The four categories of 附件·拉萨市新型研发机构 第三条（三）.
const (
	Agriculture   Category = iota + 1 // 农业
	Industry                          // 工业
	Service                           // 服务
	OtherCategory                     // 其他
)

var categoryNames = enum.New(enum.Table[Category]{Type: "Category", Pkg: "platform", Field: "category", First: 1,
	Codes: []string{"", "agriculture", "industry", "service", "other"},
	Zh:    []string{"", "农业", "工业", "服务", "其他"},
	En:    []string{"", "agriculture", "industry", "services", "other"},
	// The clause's words with 类 (工业类).
	Aliases: []enum.Alias[Category]{{Spelling: "农业类", Value: Agriculture}, {Spelling: "工业类", Value: Industry},
		{Spelling: "服务类", Value: Service}, {Spelling: "其他类", Value: OtherCategory}},
	Invalid: invalid,
})

// Categories returns the four categories in the order of the clause.
func Categories() []Category { return categoryNames.Values() }

// Valid reports whether c is one of the four categories.
func (c Category) Valid() bool { return categoryNames.Valid(c) }

// String returns the stable code (industry), or %!Category(n) for an invalid value.
func (c Category) String() string { return categoryNames.String(c) }

// Chinese returns the clause's word (工业), or "".
func (c Category) Chinese() string { return categoryNames.Chinese(c) }

// English returns an English word, or "".
func (c Category) English() string { return categoryNames.English(c) }

// ParseCategory accepts the code, the Chinese word, or the word with 类 (工业类).
func ParseCategory(s string) (Category, error) { return categoryNames.ParseTrimmed(s) }

// MarshalText encodes the stable code.
func (c Category) MarshalText() ([]byte, error) { return categoryNames.Marshal(c) }

// UnmarshalText accepts what [ParseCategory] accepts.
func (c *Category) UnmarshalText(b []byte) error {
	v, err := ParseCategory(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Level is the level at which a platform is recognised: 市级 (city, by filing under these
// measures), 自治区级 or 国家级 (第十六、十七条). Levels are ordered: City < Regional < National.
type Level uint8

// The three levels, lowest first.
const (
	City     Level = iota + 1 // 市级
	Regional                  // 自治区级
	National                  // 国家级
)

var levelNames = enum.New(enum.Table[Level]{Type: "Level", Pkg: "platform", Field: "level", First: 1,
	Codes:   []string{"", "city", "regional", "national"},
	Zh:      []string{"", "市级", "自治区级", "国家级"},
	En:      []string{"", "city level", "autonomous-region level", "national level"},
	Invalid: invalid,
})

// Levels returns the three levels, lowest first.
func Levels() []Level { return levelNames.Values() }

// Valid reports whether l is one of the three levels.
func (l Level) Valid() bool { return levelNames.Valid(l) }

// String returns the stable code (regional), or %!Level(n).
func (l Level) String() string { return levelNames.String(l) }

// Chinese returns 市级, 自治区级 or 国家级, or "".
func (l Level) Chinese() string { return levelNames.Chinese(l) }

// English returns an English name, or "".
func (l Level) English() string { return levelNames.English(l) }

// ParseLevel accepts the code or the Chinese name.
func ParseLevel(s string) (Level, error) { return levelNames.ParseTrimmed(s) }

// MarshalText encodes the stable code.
func (l Level) MarshalText() ([]byte, error) { return levelNames.Marshal(l) }

// UnmarshalText accepts what [ParseLevel] accepts.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Grade is a performance-evaluation result of 第二十二条: 优秀, 良好, 合格 or 较差.
// Grades are ordered from best to worst: Excellent < Good < Qualified < Poor numerically,
// so a smaller value is a better grade; use [Grade.Better] to compare.
type Grade uint8

// The four grades of 第二十二条, best first.
const (
	Excellent Grade = iota + 1 // 优秀
	Good                       // 良好
	Qualified                  // 合格
	Poor                       // 较差
)

var gradeNames = enum.New(enum.Table[Grade]{Type: "Grade", Pkg: "platform", Field: "grade", First: 1,
	Codes:   []string{"", "excellent", "good", "qualified", "poor"},
	Zh:      []string{"", "优秀", "良好", "合格", "较差"},
	En:      []string{"", "excellent", "good", "qualified", "poor"},
	Invalid: invalid,
})

// Grades returns the four grades, best first.
func Grades() []Grade { return gradeNames.Values() }

// Valid reports whether g is one of the four grades.
func (g Grade) Valid() bool { return gradeNames.Valid(g) }

// Better reports whether g is a strictly better grade than h.
func (g Grade) Better(h Grade) bool { return g < h }

// String returns the stable code (excellent), or %!Grade(n).
func (g Grade) String() string { return gradeNames.String(g) }

// Chinese returns 优秀, 良好, 合格 or 较差, or "".
func (g Grade) Chinese() string { return gradeNames.Chinese(g) }

// English returns an English word, or "".
func (g Grade) English() string { return gradeNames.English(g) }

// ParseGrade accepts the code or the Chinese word.
func ParseGrade(s string) (Grade, error) { return gradeNames.ParseTrimmed(s) }

// MarshalText encodes the stable code.
func (g Grade) MarshalText() ([]byte, error) { return gradeNames.Marshal(g) }

// UnmarshalText accepts what [ParseGrade] accepts.
func (g *Grade) UnmarshalText(b []byte) error {
	v, err := ParseGrade(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}
