package platform

import "strings"

// typeNamePrefixes are the words people put before a type's name that do not change it:
// the city and its level run together (拉萨市级重点实验室), the city (拉萨市工程技术研究中心, as
// the annex headings write it) and the level (市级重点实验室), dropped in that order.
var typeNamePrefixes = [...]string{"拉萨市级", "拉萨市", "市级"}

// bracketReplacer writes full-width brackets and spaces as their half-width forms.
var bracketReplacer = strings.NewReplacer("（", "(", "）", ")", "\u3000", " ")

// ParseTypeName reads a platform type as people write it in a document, and the filing
// category where one is given: "新型研发机构（服务类）", "新型研发机构(服务)", "服务类新型研发机构",
// "市级重点实验室", "拉萨市级重点实验室", "拉萨市工程技术研究中心", "拉萨市市级技术创新中心".
// Brackets may be full- or half-width; "拉萨市", "市级" and "拉萨市级" before the name are
// dropped. The name itself is anything [ParseType] accepts (a code, the Chinese name, a
// spelling the measures use elsewhere). A category ([ParseCategory]: 服务, 服务类, service)
// is accepted only for a 新型研发机构, the one type with categories (附件·拉萨市新型研发机构
// 第三条（三）); it is 0 when none is given. Anything else is an error naming the type;
// ParseType and Type.UnmarshalText keep their stricter meaning.
func ParseTypeName(s string) (Type, Category, error) {
	fail := func() (Type, Category, error) { return 0, 0, invalid("platform.ParseTypeName", "type", s) }
	v := strings.TrimSpace(bracketReplacer.Replace(s))
	var cat string
	if strings.HasSuffix(v, ")") {
		open := strings.LastIndexByte(v, '(')
		if open < 0 {
			return fail()
		}
		v, cat = strings.TrimSpace(v[:open]), v[open+1:len(v)-1]
		if strings.TrimSpace(cat) == "" {
			return fail()
		}
	}
	for _, p := range typeNamePrefixes {
		v = strings.TrimSpace(strings.TrimPrefix(v, p))
	}
	if cat == "" {
		// 服务类新型研发机构: the category before the name.
		if c, ok := strings.CutSuffix(v, typeZh[NewRDInstitution]); ok && c != "" {
			v, cat = typeZh[NewRDInstitution], strings.TrimSpace(c)
		}
	}
	t, err := ParseType(v)
	if err != nil {
		return fail()
	}
	if cat == "" {
		return t, 0, nil
	}
	c, err := ParseCategory(cat)
	if err != nil || t != NewRDInstitution {
		return fail()
	}
	return t, c, nil
}
