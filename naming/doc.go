// Package naming makes and checks the official names of filed platforms: 拉萨市, a core
// research direction (核心研究方向), and the suffix of the platform's type.
//
// # 依据 (what it implements)
//
// 第十四条: 对于备案成功的，进行命名挂牌。分别统一命名为“拉萨市+核心研究方向+工程技术研究中心”
// “拉萨市+核心研究方向+重点实验室”“拉萨市+核心研究方向+技术创新中心”“拉萨市+核心研究方向+临床
// 医学研究中心”“拉萨市+核心研究方向+野外科学观测研究站”“拉萨市+核心研究方向+产业技术研究院”等。
//
// 附件·拉萨市新型研发机构 第一条: ……主要包括产业技术研究院、工业技术研究院等。
//
// 第二十六条 (the name side): a renamed platform's new name follows 第十四条 and keeps the
// platform's type ([Rename]).
//
// # Entry points
//
//	Compose(t, direction, opts)          type + direction → Name (default suffix)
//	ComposeSuffix(t, suffix, dir, opts)  the same with a chosen suffix (工业技术研究院)
//	Parse(s, opts)                       official name → Name
//	Check(s, opts)                       official name → Report with one finding per rule
//	Collides(n, inUse)                   the same name after normalisation?
//	Rename(old, newName, opts)           第二十六条: valid, same type, changed
//	Rules()                              every rule, for the traceability report
//
// A [Name] is valid by construction and comparable with ==. Its JSON/text form is read
// back with the default [Options]: a name made under another [Table] (a suffix the default
// table lacks) does not unmarshal; parse it with [Parse] and that table instead.
//
// # Suffixes
//
//	工程技术研究中心      EngineeringCenter
//	野外科学观测研究站    FieldStation
//	重点实验室           KeyLaboratory
//	技术创新中心         InnovationCenter
//	临床医学研究中心      ClinicalCenter
//	产业技术研究院       NewRDInstitution (default; named in 第十四条's list)
//	工业技术研究院       NewRDInstitution (accepted: the list ends in 等, and the annex's
//	                    第一条 names it; [Options.OnlyListedSuffixes] rejects it)
//
// The suffix of a name is found by longest match, so no suffix can be taken for a shorter
// one it ends in; and a direction may not contain any type's suffix or name, so a name
// splits one way only.
//
// # Normalisation (this library's reading of 统一命名)
//
// The measures fix the shape of a name but not its characters. So that one name has one
// spelling, and two spellings of one name are found to collide:
//
//   - Latin letters and Arabic digits are half-width: full-width ＡＩ, ５Ｇ become AI, 5G.
//   - Parentheses are full-width: ( ) become （ ）; they must be balanced and enclose
//     something (an empty （） is an error, so no direction is parentheses alone).
//   - Kangxi radicals and CJK compatibility ideographs become the unified ideograph NFKC
//     gives for them.
//   - Whitespace (also U+3000), control and invisible format characters, any other ASCII
//     punctuation, invalid UTF-8 and every character that is not a Chinese character, a
//     Latin letter, an Arabic digit or a full-width parenthesis are errors. That rejects
//     Chinese punctuation (、，·) too: a core research direction is one phrase.
//   - The direction may not begin with 拉萨市 (the name already does), may not contain a
//     type's name (重点实验室, 新型研发机构, …) nor the measures' other spellings of one
//     (工程技术中心, 野外观测研究站, 野外站), and has at most [Table.MaxDirectionRunes]
//     characters (30 in [DefaultTable]; the measures set no limit).
//   - For uniqueness, [Name.Key] also compares Latin letters without case.
//
// Every error is a *platform.Error: Op the function, Kind, Field the place (direction[3],
// name[7], 1-based rune positions in the input as given), Input the offending character or
// text, and as cause the [Violation] naming the rule. All problems are reported, joined.
//
// # 不在范围内 (left out)
//
// Whether a direction truly is the platform's core research direction (a judgment for the
// expert review of 第十三条（四）); the procedure of renaming under 第二十六条 (expert
// review, report, approval: package lifecycle); plaques (挂牌); changes of relying unit.
package naming
