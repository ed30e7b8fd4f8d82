// Package platform is the shared vocabulary of a rules library for
// 《拉萨市科技创新平台管理办法（试行）》 (the Lhasa measures for managing science-and-technology
// innovation platforms, on trial) and its annex 《拉萨市科技创新平台备案（建设）标准》 (the
// filing standards). The rule packages import it; it imports none of them.
//
// # The measures
//
// Title: 拉萨市科技创新平台管理办法（试行）, 29 articles in six chapters, and an annex with one
// section of filing standards per platform type.
//
// Issuer: administered by 拉萨市科学技术局 (市科技局, 第六、七条). The formal issuing body, the
// document number (文号) and the publication date have not been confirmed from a retrievable
// source. The measures cite 藏科发〔2022〕234号, so they were issued after it, and they were in
// force by mid-2025. 第二十九条 puts them in force from publication for 5 years: the
// publication date is therefore a parameter ([Edition.Published]) and, while it is unknown,
// [Edition.InForce] answers [Unknown] rather than guessing.
//
// # Chapters and packages
//
//	第一章 总则 (1–6)        platform (Type, scope), eligibility (第二条: within Lhasa), lifecycle (第六条: actors)
//	第二章 平台管理 (7–10)    lifecycle (who may record which step)
//	第三章 平台备案 (11–15)   eligibility (the annex), lifecycle (procedure, 公示), naming (第十四条), subsidy (第十五条)
//	第四章 提档升级 (16–18)   lifecycle (upgrades), subsidy (第十七条)
//	第五章 考核评估 (19–25)   evaluation (rounds, scorecard, quotas), lifecycle (reports, rectification, bans), subsidy (第二十三条)
//	第六章 附则 (26–29)       lifecycle and naming (第二十六条), subsidy (第二十八条), platform (第二十九条)
//	附件 备案（建设）标准       eligibility, one set of criteria per type
//
// [MainText] lists all 29 articles with their homes, and for those that state a purpose or
// a duty no calculation checks, the reason. [AnnexClauses] lists every clause of the annex.
//
// # Files
//
//	outcome.go     [Outcome] (符合/不符合/信息不全/需评审), [Verdict] and [VerdictOf]
//	bound.go       [BoundWord], the boundary words of 《民法典》第一千二百五十九条
//	rule.go        [Rule], one checkable requirement and the clause it cites
//	value.go       [Unit], [ValueKind] and [Value], what a finding shows
//	finding.go     [Note] and [Finding], a rule applied to the facts, its texts and JSON
//	enums.go       [Type], [Category], [Level], [Grade]
//	citation.go    [Citation] (条、款、项 of the measures, the annex, 《民法典》)
//	catalog.go     [Chapters], [MainText] (第一至二十九条), [AnnexClauses], [PriorityIndustries]
//	amount.go      [Amount], money in 元
//	date.go        [Date]; period.go [Span], [LastDay], [FirstDayMet], [LookBack], [Counting]
//	creditcode.go  [CreditCode], 统一社会信用代码
//	edition.go     [Edition] and [Fingerprint] (第二十九条)
//	errors.go      [Error] and [Kind]
//
// # Glossary
//
//	科技创新平台          platform (this module)
//	工程技术研究中心       [EngineeringCenter]
//	野外科学观测研究站     [FieldStation]
//	重点实验室            [KeyLaboratory]
//	技术创新中心          [InnovationCenter]
//	临床医学研究中心       [ClinicalCenter]
//	新型研发机构          [NewRDInstitution]
//	农业/工业/服务/其他类   [Agriculture], [Industry], [Service], [OtherCategory] ([Category])
//	市级/自治区级/国家级    [City], [Regional], [National] ([Level])
//	优秀/良好/合格/较差     [Excellent], [Good], [Qualified], [Poor] ([Grade])
//	条、款、项             [Citation].Article, Paragraph, Item
//	统一社会信用代码        [CreditCode]
//	期间、届满             [Span], [LastDay], [FirstDayMet]
//	申报前N年              [LookBack]
//	万元、元               [Amount] (held in 元; 万元 is a display unit)
//	符合/不符合/信息不全/需评审   [Pass], [Fail], [Unknown], [Review] ([Outcome])
//	依据条款               [Rule], [Finding]
//	版本                  [Edition]
//
// # Conventions
//
// Boundary words mean what 《民法典》第一千二百五十九条 says: 以上、以下、以内、届满 include the
// number; 不满、超过、以外 exclude it; 不低于 and 不少于 mean at least; 高于 and 低于 are strict.
// [BoundWord] records the word each numeric rule uses, and [BoundWord.Admits] applies it.
//
// Days are counted as 《民法典》第二百零一、二百零二条 count them: the day of the event is not
// counted; a period of years or months ends on the corresponding day, or on the last day of
// the month when there is none. A period ends at 24:00 of its last day, so a duration
// condition is met from the next day; a look-back "申报前N年" covers the corresponding day N
// years before the reference date up to the day before it. [Counting] names the other
// reading of each.
//
// Money is an exact decimal in 元 ([Amount]); counts are integers; ratios are tested by
// cross-multiplication (mid*100 >= 30*total), never by division; nothing passes through
// floating point. Rounding, where a package needs it, is named where it happens (evaluation
// rounds totals half-up to two decimals).
//
// Unknown is not false: a fact not supplied gives [Unknown]; a clause that needs a human
// judgment gives [Review]. [VerdictOf] orders them: any Fail → Ineligible; else any Unknown →
// Incomplete; else any Review → NeedsReview; else Eligible.
//
// Options: every entry point takes an Options struct by value. Its zero value is the
// documented default reading of the law; each field is named for the other reading and cites
// the clause that leaves the choice open; results record the options they were decided
// under. [Counting] is the part shared by every package.
//
// Errors: bad input is an [*Error] with the operation, a [Kind] (testable with errors.Is), the
// field and the offending input; several problems are joined. Nothing is decided on bad input
// and nothing panics, except Must… helpers on literals.
//
// Parameters are data: each package hands out its default table as a fresh copy, a caller may
// pass another, and results carry an [Edition] with the table's [Fingerprint].
//
// The package is pure: no I/O, no clock, no global mutable state, no goroutines.
package platform
