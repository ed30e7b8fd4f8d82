package naming

import "github.com/lhasa-sti/platform"

// Violation is the cause carried by every naming error ([platform.Error].Err): the ID of
// the rule the input breaks. Test for one with errors.Is:
//
//	errors.Is(err, naming.Violation("naming.14.direction.no_space"))
type Violation string

// Error returns the rule ID.
func (v Violation) Error() string { return string(v) }

// The rule IDs, one per check.
const (
	rulePrefix       Violation = "naming.14.prefix"
	ruleSuffix       Violation = "naming.14.suffix"
	ruleSuffixAnnex  Violation = "naming.14.suffix.annex"
	ruleNonEmpty     Violation = "naming.14.direction.nonempty"
	ruleNoPrefix     Violation = "naming.14.direction.no_prefix"
	ruleNoTypeSuffix Violation = "naming.14.direction.no_type_suffix"
	ruleLength       Violation = "naming.14.direction.length"
	ruleNoSpace      Violation = "naming.14.direction.no_space"
	ruleNoControl    Violation = "naming.14.direction.no_control"
	ruleNoASCIIPunct Violation = "naming.14.direction.no_ascii_punct"
	ruleCharacters   Violation = "naming.14.direction.characters"
	ruleParentheses  Violation = "naming.14.direction.parentheses"
	ruleUnique       Violation = "naming.14.unique"
	ruleRenameValid  Violation = "naming.26.rename.valid"
	ruleRenameType   Violation = "naming.26.rename.same_type"
	ruleRenameChange Violation = "naming.26.rename.changed"
)

const art14 = "统一命名为“拉萨市+核心研究方向+工程技术研究中心”“拉萨市+核心研究方向+重点实验室”" +
	"“拉萨市+核心研究方向+技术创新中心”“拉萨市+核心研究方向+临床医学研究中心”“拉萨市+核心研究方向" +
	"+野外科学观测研究站”“拉萨市+核心研究方向+产业技术研究院”等"

// Rules returns every rule of the package, as a fresh slice, in the order a name is
// checked. The character rules (no_space, no_control, no_ascii_punct, characters,
// parentheses) and the length limit are this library's reading of 第十四条's 统一命名: the
// measures do not spell them out, and each rule's text says so.
func Rules() []platform.Rule {
	a14, a26 := platform.Art(14), platform.Art(26)
	return []platform.Rule{
		{ID: string(rulePrefix), Cite: a14,
			Zh: art14 + "：名称以“拉萨市”开头",
			En: "the name begins with 拉萨市 (Lhasa)"},
		{ID: string(ruleSuffix), Cite: a14,
			Zh: art14 + "：名称以该类平台的统一名称结尾",
			En: "the name ends in the suffix of its platform type"},
		{ID: string(ruleSuffixAnnex), Cite: platform.AnnexArt(platform.NewRDInstitution, 1),
			Zh: "新型研发机构……主要包括产业技术研究院、工业技术研究院等：新型研发机构的名称也可以“工业技术研究院”结尾",
			En: "a new-type R&D institution's name may also end in 工业技术研究院 (industrial technology research institute)"},
		{ID: string(ruleNonEmpty), Cite: a14,
			Zh: "“拉萨市+核心研究方向+……”：名称含核心研究方向",
			En: "the name has a core research direction between 拉萨市 and the suffix"},
		{ID: string(ruleNoPrefix), Cite: a14,
			Zh: "核心研究方向不以“拉萨市”开头（名称已以“拉萨市”开头）",
			En: "the core research direction does not itself begin with 拉萨市"},
		{ID: string(ruleNoTypeSuffix), Cite: a14,
			Zh: "核心研究方向不含平台类型的名称（如“重点实验室”）",
			En: "the core research direction does not contain a platform type's name or suffix"},
		{ID: string(ruleLength), Cite: a14, Bound: platform.AtMostBuChaoGuo,
			Zh: "核心研究方向不超过参数表规定的字数（本办法未作规定，默认30个字）",
			En: "the core research direction has no more characters than the table allows (the measures set no limit; 30 by default)"},
		{ID: string(ruleNoSpace), Cite: a14,
			Zh: "名称不含空白字符（本库对统一命名的理解）",
			En: "the name contains no whitespace (this library's reading of a uniform name)"},
		{ID: string(ruleNoControl), Cite: a14,
			Zh: "名称不含控制字符或不可见的格式字符（本库对统一命名的理解）",
			En: "the name contains no control or invisible format characters (this library's reading)"},
		{ID: string(ruleNoASCIIPunct), Cite: a14,
			Zh: "名称不含半角标点符号，半角括号改为全角括号（本库对统一命名的理解）",
			En: "the name contains no ASCII punctuation; ASCII parentheses become full-width （） (this library's reading)"},
		{ID: string(ruleCharacters), Cite: a14,
			Zh: "名称只含汉字、拉丁字母、阿拉伯数字和全角括号，全角字母数字改为半角（本库对统一命名的理解）",
			En: "the name holds only Chinese characters, Latin letters, Arabic digits and full-width parentheses; full-width letters and digits become half-width (this library's reading)"},
		{ID: string(ruleParentheses), Cite: a14,
			Zh: "核心研究方向中的括号成对出现，括号内不为空（本库对统一命名的理解）",
			En: "parentheses in the core research direction are balanced and not empty (this library's reading)"},
		{ID: string(ruleUnique), Cite: a14,
			Zh: "统一命名：名称经规范化后不与已使用的名称相同",
			En: "after normalisation the name differs from every name in use"},
		{ID: string(ruleRenameValid), Cite: a26,
			Zh: "纳入备案范围的市级科技创新平台需要更名……方可进行相应调整：更名后的名称符合第十四条的统一命名",
			En: "a platform's new name follows the uniform naming of Art. 14"},
		{ID: string(ruleRenameType), Cite: a26,
			Zh: "纳入备案范围的市级科技创新平台需要更名……：更名不改变平台类型",
			En: "renaming a platform does not change its type"},
		{ID: string(ruleRenameChange), Cite: a26,
			Zh: "需要更名……：更名后的名称（规范化后）与原名称不同",
			En: "the new name differs from the old one after normalisation"},
	}
}

// ruleByID returns the rule with the given ID from rs.
func ruleByID(rs []platform.Rule, v Violation) *platform.Rule {
	for i := range rs {
		if rs[i].ID == string(v) {
			return &rs[i]
		}
	}
	return nil
}
