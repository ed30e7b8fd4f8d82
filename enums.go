package platform

import (
	"strconv"
	"strings"
)

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

var typeCodes = [...]string{"", "engineering_research_center", "field_station", "key_laboratory",
	"technology_innovation_center", "clinical_research_center", "new_rd_institution"}
var typeZh = [...]string{"", "工程技术研究中心", "野外科学观测研究站", "重点实验室", "技术创新中心",
	"临床医学研究中心", "新型研发机构"}
var typeEn = [...]string{"", "engineering technology research center", "field scientific observation and research station",
	"key laboratory", "technology innovation center", "clinical medical research center", "new-type R&D institution"}

// typeAliases are other spellings the measures themselves use: 第十五条 and 第二十三条
// write 工程技术中心, and the annex headings write 野外观测研究站 in 第三条 of that section.
var typeAliases = map[string]Type{
	"工程技术中心":  EngineeringCenter,
	"野外观测研究站": FieldStation,
	"野外站":     FieldStation,
}

// Types returns the six platform types in annex order, as a fresh slice.
func Types() []Type {
	return []Type{EngineeringCenter, FieldStation, KeyLaboratory, InnovationCenter, ClinicalCenter, NewRDInstitution}
}

// Valid reports whether t is one of the six types.
func (t Type) Valid() bool { return t >= EngineeringCenter && t <= NewRDInstitution }

// String returns the stable code (key_laboratory), or %!Type(n) for an invalid value.
func (t Type) String() string {
	if !t.Valid() {
		return "%!Type(" + strconv.Itoa(int(t)) + ")"
	}
	return typeCodes[t]
}

// Chinese returns the name the measures use (重点实验室), or "" for an invalid value.
func (t Type) Chinese() string {
	if !t.Valid() {
		return ""
	}
	return typeZh[t]
}

// English returns an English name, or "" for an invalid value.
func (t Type) English() string {
	if !t.Valid() {
		return ""
	}
	return typeEn[t]
}

// AnnexSection returns the heading of this type's section of the annex (拉萨市重点实验室).
func (t Type) AnnexSection() string {
	if !t.Valid() {
		return ""
	}
	return "拉萨市" + typeZh[t]
}

// ParseType accepts a code (key_laboratory), the Chinese name (重点实验室), a spelling
// the measures use elsewhere (工程技术中心), or the annex heading (拉萨市重点实验室).
func ParseType(s string) (Type, error) {
	v := strings.TrimSpace(s)
	for i := EngineeringCenter; i <= NewRDInstitution; i++ {
		if v == typeCodes[i] || v == typeZh[i] || v == "拉萨市"+typeZh[i] {
			return i, nil
		}
	}
	if t, ok := typeAliases[v]; ok {
		return t, nil
	}
	return 0, enumError("ParseType", "type", s)
}

// MarshalText encodes the stable code; an invalid value is an error.
func (t Type) MarshalText() ([]byte, error) {
	if !t.Valid() {
		return nil, enumError("Type.MarshalText", "type", strconv.Itoa(int(t)))
	}
	return []byte(typeCodes[t]), nil
}

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

var categoryCodes = [...]string{"", "agriculture", "industry", "service", "other"}
var categoryZh = [...]string{"", "农业", "工业", "服务", "其他"}
var categoryEn = [...]string{"", "agriculture", "industry", "services", "other"}

// Categories returns the four categories in the order of the clause.
func Categories() []Category { return []Category{Agriculture, Industry, Service, OtherCategory} }

// Valid reports whether c is one of the four categories.
func (c Category) Valid() bool { return c >= Agriculture && c <= OtherCategory }

// String returns the stable code (industry), or %!Category(n) for an invalid value.
func (c Category) String() string {
	if !c.Valid() {
		return "%!Category(" + strconv.Itoa(int(c)) + ")"
	}
	return categoryCodes[c]
}

// Chinese returns the clause's word (工业), or "".
func (c Category) Chinese() string {
	if !c.Valid() {
		return ""
	}
	return categoryZh[c]
}

// English returns an English word, or "".
func (c Category) English() string {
	if !c.Valid() {
		return ""
	}
	return categoryEn[c]
}

// ParseCategory accepts the code, the Chinese word, or the word with 类 (工业类).
func ParseCategory(s string) (Category, error) {
	v := strings.TrimSpace(s)
	for i := Agriculture; i <= OtherCategory; i++ {
		if v == categoryCodes[i] || v == categoryZh[i] || v == categoryZh[i]+"类" {
			return i, nil
		}
	}
	return 0, enumError("ParseCategory", "category", s)
}

// MarshalText encodes the stable code.
func (c Category) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, enumError("Category.MarshalText", "category", strconv.Itoa(int(c)))
	}
	return []byte(categoryCodes[c]), nil
}

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

var levelCodes = [...]string{"", "city", "regional", "national"}
var levelZh = [...]string{"", "市级", "自治区级", "国家级"}
var levelEn = [...]string{"", "city level", "autonomous-region level", "national level"}

// Levels returns the three levels, lowest first.
func Levels() []Level { return []Level{City, Regional, National} }

// Valid reports whether l is one of the three levels.
func (l Level) Valid() bool { return l >= City && l <= National }

// String returns the stable code (regional), or %!Level(n).
func (l Level) String() string {
	if !l.Valid() {
		return "%!Level(" + strconv.Itoa(int(l)) + ")"
	}
	return levelCodes[l]
}

// Chinese returns 市级, 自治区级 or 国家级, or "".
func (l Level) Chinese() string {
	if !l.Valid() {
		return ""
	}
	return levelZh[l]
}

// English returns an English name, or "".
func (l Level) English() string {
	if !l.Valid() {
		return ""
	}
	return levelEn[l]
}

// ParseLevel accepts the code or the Chinese name.
func ParseLevel(s string) (Level, error) {
	v := strings.TrimSpace(s)
	for i := City; i <= National; i++ {
		if v == levelCodes[i] || v == levelZh[i] {
			return i, nil
		}
	}
	return 0, enumError("ParseLevel", "level", s)
}

// MarshalText encodes the stable code.
func (l Level) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return nil, enumError("Level.MarshalText", "level", strconv.Itoa(int(l)))
	}
	return []byte(levelCodes[l]), nil
}

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

var gradeCodes = [...]string{"", "excellent", "good", "qualified", "poor"}
var gradeZh = [...]string{"", "优秀", "良好", "合格", "较差"}
var gradeEn = [...]string{"", "excellent", "good", "qualified", "poor"}

// Grades returns the four grades, best first.
func Grades() []Grade { return []Grade{Excellent, Good, Qualified, Poor} }

// Valid reports whether g is one of the four grades.
func (g Grade) Valid() bool { return g >= Excellent && g <= Poor }

// Better reports whether g is a strictly better grade than h.
func (g Grade) Better(h Grade) bool { return g < h }

// String returns the stable code (excellent), or %!Grade(n).
func (g Grade) String() string {
	if !g.Valid() {
		return "%!Grade(" + strconv.Itoa(int(g)) + ")"
	}
	return gradeCodes[g]
}

// Chinese returns 优秀, 良好, 合格 or 较差, or "".
func (g Grade) Chinese() string {
	if !g.Valid() {
		return ""
	}
	return gradeZh[g]
}

// English returns an English word, or "".
func (g Grade) English() string {
	if !g.Valid() {
		return ""
	}
	return gradeEn[g]
}

// ParseGrade accepts the code or the Chinese word.
func ParseGrade(s string) (Grade, error) {
	v := strings.TrimSpace(s)
	for i := Excellent; i <= Poor; i++ {
		if v == gradeCodes[i] || v == gradeZh[i] {
			return i, nil
		}
	}
	return 0, enumError("ParseGrade", "grade", s)
}

// MarshalText encodes the stable code.
func (g Grade) MarshalText() ([]byte, error) {
	if !g.Valid() {
		return nil, enumError("Grade.MarshalText", "grade", strconv.Itoa(int(g)))
	}
	return []byte(gradeCodes[g]), nil
}

// UnmarshalText accepts what [ParseGrade] accepts.
func (g *Grade) UnmarshalText(b []byte) error {
	v, err := ParseGrade(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}
