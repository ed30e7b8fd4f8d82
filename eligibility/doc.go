// Package eligibility decides whether an applicant meets the filing standard (备案标准) of
// 《拉萨市科技创新平台备案（建设）标准》 (the annex of 《拉萨市科技创新平台管理办法（试行）》)
// for the platform type it applies for, and says exactly why: one [platform.Finding] per
// criterion, each citing its clause, with what was wanted, what was found and, where a
// quantitative criterion fails, the shortfall in the clause's own unit.
//
// # 依据 (what it implements)
//
//   - 第二条 of the main text: a platform is built (组建) within Lhasa's administrative
//     region. Where it is built ([Application].BuiltIn, a [platform.Division]) decides: a
//     Lhasa division (5401xx) passes, another fails, the region's own code (540000) needs
//     review. Not supplied (or only 540000), a field station's site
//     (FieldStation.SiteInLhasa) decides, the station being built at its site; otherwise the place is inferred from where the
//     applicant is registered and the finding says so: a Lhasa division passes, 540000 needs
//     review, no place is unknown (an industry technology alliance applying for a 技术创新中心
//     may have no code and then needs review), and another division needs review: 第二条 asks
//     where the platform is built, not where its builder is registered, and 第五条 supports
//     units from outside building platforms in Lhasa. [Options].RegistrationDecidesArticle2
//     takes the registration to decide 第二条 as well (not for a field station whose site is
//     known).
//   - Where a unit is registered (each section's "在拉萨市行政区域依法登记注册"):
//     [Applicant].RegisteredIn, the division of the authority it is registered with now,
//     decides; when it differs from the credit code's division the finding notes both
//     (代码赋码地为…，现登记地为…). Not supplied, the credit code's division
//     ([platform.CreditCode.IssuedIn]) stands in, and the finding says so: it names the
//     authority that first issued the code and stays when the unit moves (LEGAL.md §9).
//     新型研发机构 第三条（二） "在拉萨市依法登记注册满2年" counts the years registered in Lhasa:
//     from Applicant.RegisteredInSince (the registration there, or the move there), else from
//     NewRD.RegisteredOn; a unit registered outside Lhasa fails it, and one that moved in
//     without the date of its move is unknown. The other duration clauses (持续运营, 运营满,
//     建设基础, 已正常运行) count operation, wherever registered.
//   - 临床医学研究中心 第三条（一） "申报的牵头单位必须为市域内三级乙等以上医院": the lead unit
//     must be a hospital ([Applicant].Kind; not supplied is unknown), and 市域内 is where the
//     hospital is: the centre is built at its lead hospital (第一条 以医院为主体), so
//     Application.BuiltIn decides it; without it, the hospital's registration (a hospital is
//     registered where it operates).
//   - 第二十四条 and 第二十五条: an applicant under a ban (an input, [Ban], as lifecycle
//     computes it) is ineligible, citing that article, while the application date is on or
//     before the ban's last day. The ban record ([Application].Bans) is an optional fact
//     like the integrity record: not supplied, each article's finding is Unknown (禁止申请
//     记录未提供), so a ban check not made never passes silently; supplied and holding no
//     ban of an article (JSON "bans": []), that article's finding passes.
//   - Every annex section: 第二条 (focus fields: one of the listed fields passes, anything
//     else needs review, since the text says 主要围绕) and every numbered clause of 第三条:
//     工程技术研究中心 (一)–(七), 野外科学观测研究站 (一)–(七), 重点实验室 (一)–(九),
//     技术创新中心 (一)–(六), 临床医学研究中心 (一)–(五), 新型研发机构 (一)–(七). A clause
//     with several requirements is several criteria, each with its own rule ID:
//     eligibility.<type>.<article>.<item>.<what>, e.g. eligibility.key_laboratory.3.5.full_time_researchers.
//     [Catalog] lists them per type, [Rules] all of them; each ID is an exported constant
//     ([RuleKeyLabFullTimeResearchers] and so on), for callers to name rules by identifier.
//
// # Reading the clauses
//
// Boundary words mean what DESIGN.md convention 4 says: 不低于, 不少于, 以上 and 满 include the
// number; 高于 is strict. Areas and money are exact decimals (199.99 ㎡ fails 200 ㎡); ratios
// are tested by cross-multiplication; a failed ratio's shortfall is how many more qualifying
// persons are needed, counting them in the total. Durations (持续运营不低于2年, 运营满2年,
// 已正常运行1年以上, 连续1年以上数据, 2年以上建设基础, 登记注册满2年) use
// [platform.FirstDayMet] with the options' [platform.Counting]; the shortfall of a duration is
// the first date it is met. A run that can end takes its last day too: 持续运营, 运营满2年
// and 已正常运行 ask that it go on, so one that stopped before the application date fails
// (the found value is the day it stopped; no date would meet it); 连续1年以上数据 asks that
// the data exist, so a series that ended still counts when it lasted, and one that ended
// short gives the days it lacked. Look-backs (近三年 for projects and papers, 申报前3年内, 申报前2年
// for integrity) use [platform.LookBack]. A project has a span, from its start (立项,
// [Project].Date) to its end (结题, [Project].End, optional; after the application date the
// project is ongoing): it counts when the span overlaps the look-back, or with
// [Options].ProjectsByStart when it started in it. A project's [PlanLevel] is the level it
// is: 国家级, 自治区级 and 市级 are counted; 县级, 横向 (enterprise-commissioned) and another
// province's plans are valid input, not counted, and the finding says why; another
// region's 自治区级 or 市级 plan counts only with [Options].OtherRegionsPlansCount.
//
// Unknown is not false: a fact not supplied ([Opt], zero dates, zero enumerations) gives an
// Unknown finding. Clauses of judgment (影响力, 符合发展需要, 管理制度健全, 国内领先水平,
// 一事一议, plans of a newly founded centre, 较好的软硬件设施 of each 新型研发机构 category,
// 稳定的技术研发和服务人员队伍, …) give Review, unless the caller supplies the
// reviewer's finding ([Review]), which is then recorded with the reviewer's note (a review
// of a rule that can never give Review, [Reviewable], is an error). A quality
// word inside a numeric clause is such a judgment, with a rule of its own, so the count
// alone never satisfies the clause: 工程 三(三) a site "相对固定、集中"
// (…3.3.site_fixed_and_concentrated), 三(四) a team "水平较高的" (…3.4.team_level),
// 重点实验室 三(三) a team "学术思想活跃、科研业绩优秀、团结协作、结构合理"
// (…3.3.team_quality), 技术创新中心 三(三) a "稳定的" team (…3.3.stable_team); the
// numeric rule beside each checks the number only. Soft words
// never fail an applicant by themselves: 原则上应 (board and director systems of a
// multi-investor 新型研发机构) gives Review when absent; an open list ending in 等 (relying
// units of a field station; the relying unit of a key laboratory) passes what it names and
// sends anything else to review.
//
// Counts where the clause names no number: 工程技术研究中心 第三条（四） "具有…工程技术带头人"
// is met by one leader or more (Engineering.TechnicalLeaders, …3.4.technical_leader_count),
// 新型研发机构 第三条（六） "具有…收入来源" by one source or more (NewRD.IncomeSources,
// …3.6.income_sources); none fails without a reviewer, while the quality words (技术水平高、
// 工程化实践经验丰富; 相对稳定) stay judgments with rules of their own.
//
// Structural readings: a field station's land clause is met by a land-use-right certificate
// or by proof of 20 years or more of future land use; a key laboratory of a university needs
// a master's degree-granting right, of an institute or an enterprise graduate (co-)training
// shown by the two facts 第三条（六） names, a joint-training agreement and a dual-supervisor
// system (both by default, the clause joining them with 及; either one with
// [Options].GraduateTrainingEitherFact; other evidence where they fall short goes to review);
// a clinical centre's lead hospital must be 三级乙等 or above on the ordinal of
// [HospitalGrade] (ungraded fails), and it does not count toward its network's 市级优势医院
// 不少于1家 unless [Options].LeadHospitalCounts is set and it is a city-level hospital itself
// ([Clinical].LeadHospitalCityLevel); a 新型研发机构 is checked by its category (农业: office,
// research and field area together and equipment; 工业: research building area and
// equipment; 服务: office area), with every function its clause names (others may be added);
// 其他 always needs review (一事一议). The relying unit and the co-building units count
// together for the projects, papers and researchers of 重点实验室 第三条（四）（五）.
//
// Integrity: the four sections whose text says so (工程 三(七), 重点实验室 三(九), 技术创新中心
// 三(六), 新型研发机构 三(七)) check that no 失信 or 学术不端 incident falls within the two
// years before the application date. The 野外站 and 临床 sections have no such clause; the
// option [Options.IntegrityForAllSections] applies it to them under 第二十五条.
//
// # Parameters and results
//
// Every number is a row of [Thresholds] with its citation and boundary word;
// [DefaultThresholds] is this edition's table, [New] builds a [Checker] for another one, and
// every [Result] carries the [platform.Edition] with the table's fingerprint. [Check] uses
// the default table, whose rules are built once. Impossible input (a negative area or amount,
// a negative count or one over 10^12, more senior staff than staff, a ratio over 100%, a
// start date after the application date, an unknown type or category) is an error naming
// the field, all problems joined.
//
// A [Result] holds its findings in place, one per criterion in catalog order: read them
// with [Result.All], [Result.At] or [Result.Finding], or copy them out with
// [Result.Findings]. A check therefore allocates only what its findings point to and cannot
// share: the reviewers' notes (one block per check), each ban's note, the note naming both
// divisions when a unit is registered elsewhere than its credit code was issued, and a
// quantity whose coefficient does not fit an int64. A finding's text values (a unit's kind, a grade, a
// field) are built when the finding is read. [CheckInto] writes into a Result the caller
// reuses.
//
// # Where things are
//
// Each file holds one concern; the articles it implements are named beside it.
//
//   - application.go: the facts of an application ([Application], [Applicant], one part per
//     type); enums.go, opt.go: their enumerations and the optional [Opt].
//   - options.go: [Options], the open readings of the law and their defaults.
//   - check.go: [Check] and [Checker.CheckInto], the order of a check (第二条, bans, section)
//     and the verdict; checker.go: [Checker] and [New], the rules built from a table.
//   - within_lhasa.go: where things are: 第二条 of the main text (where the platform is
//     built), the sections' "在拉萨市行政区域依法登记注册", the field station's site, the
//     clinical lead hospital's 市域内, and the years registered in Lhasa of 新型研发机构 三（二）.
//   - bans.go: 第二十四条 and 第二十五条.
//   - focus.go: 第二条 of every annex section (the focus fields, [FocusFields]).
//   - sections.go: 第三条 of the sections for 工程技术研究中心, 野外科学观测研究站 (and its land
//     clause, 三（三）) and 技术创新中心; keylab.go: 重点实验室 (its projects and papers of 近三年,
//     三（六）'s graduate training); clinical.go: 临床医学研究中心 (the lead hospital, the
//     plan projects of 申报前3年内, 市级优势医院); newrd.go: 新型研发机构 (the functions of each
//     category, 原则上应, the areas together, the partners).
//   - compare.go: how a fact meets its threshold (yes-or-no facts, counts, areas and money,
//     ratios); periods.go: durations counted from a date, and look-backs (近三年, 申报前N年,
//     the integrity clauses); plan.go: [PlanLevel] and where a project's span falls.
//   - review.go: clauses of judgment and the reviewers' findings ([Review]).
//   - rules.go: the rule catalog ([Rules], [Catalog]); thresholds.go: [Thresholds]; notes.go:
//     the fixed notes; validate.go: impossible input.
//   - result.go, record.go: [Result] and the compact records it holds its findings in.
//
// # 不在范围内 (what it leaves out)
//
//   - The procedure of 第十三条 (recommendation, expert review, site visit, 公示): lifecycle.
//   - Computing bans from a platform's history: lifecycle computes them; this package takes
//     them as input.
//   - Judging the clauses of judgment: a reviewer does; this package records the finding.
//   - Whether a paper is "高质量" or a project lies "在该研究领域": the caller counts only
//     those that are.
package eligibility
