// Package evaluation grades an evaluation round of city-level platforms under
// 《拉萨市科技创新平台管理办法（试行）》: the scorecard of 第二十一条, the four grades and the
// ≤30% 优秀 / ≥10% 较差 quotas of 第二十二条, and who counts among the platforms evaluated
// under 第二十四条. [Grade] is the entry point; it shows every step as a [platform.Finding].
// [CheckGrades] answers the auditor's question about a grade list someone else produced:
// does it keep to 第二十二条? Both answer it in one [Compliance] (within; within only
// through a recorded exception or waiver; breached), and find a group by a typed
// [GroupKey] and a platform by ID through an index ([Result.Index]).
//
// # 依据 (what it implements)
//
// 第十九条 "市科技局负责组织开展市级科技创新平台绩效评估，也可委托第三方机构实施。" A [Round]
// names its [Evaluator]: the bureau, or a commissioned third party by name.
//
// 第二十一条 "绩效评估主要内容包括承担国家、自治区、市级重大科技任务、实施关键技术攻关、引领行业技术
// 进步、面向社会提供技术创新服务、人才队伍建设、成果转化产业化、培育孵化科技型企业等方面的情况，以
// 客观数据为主要评估依据，绩效评估细则另行制定。" The seven aspects are the [Dimension] constants.
// The detailed rules are not published, so the weights are the caller's [Scheme] (validated:
// non-negative decimals summing to exactly 1) and no weight is presented as the law's;
// [IllustrativeScheme] and [IllustrativeBands] are labeled examples. Each dimension is
// scored from 0 to 100; the total Σ weight·score is rounded half-up to two decimals before
// ranking, and ties are equal rounded totals. A participant may arrive with a total instead.
// Every decimal read (score, total, weight, band bound) has an exponent within ±30, so that
// arithmetic on it stays cheap; one written as 1E-40 is out of range.
//
// 第二十二条 "绩效评估一般以三年为一个周期，评估结果分为优秀、良好、合格、较差四类。原则上评估结果为
// 优秀的不超过参评科技创新平台数量的30%，评估结果为较差的不低于参评数量的10%。" The caller's
// [Bands] give a provisional grade; the [Quotas] table (default [DefaultQuotas], replaceable,
// validated, JSON round-trip) gives, for N platforms graded, cap = ⌊30·N/100⌋ and floor =
// ⌈10·N/100⌉ by integer arithmetic ([Quotas.Cap], [Quotas.Floor]). The excess 优秀 are
// lowered to 良好 from the lowest total up; 较差 are added from the lowest total up until the
// floor is met. Each change is a finding on that platform citing 第二十二条.
//
// 第二十四条 "……无故不参加评估或中途退出评估、整改检查未通过的不再列入市级科技创新平台备案序列，三年内
// 不得再次申请市级科技创新平台。" A platform absent without cause is not graded, not counted
// in N, and listed with the consequence [RemovalAndBan]; lifecycle records the removal and
// the ban. A platform absent with cause is not graded and bears no consequence.
//
// # Where the law is open (defaults and options)
//
//   - Cohort (第二十二条 参评科技创新平台数量): the quotas are counted over the whole round;
//     [Options.GroupBy] counts them per type or per supervising department.
//   - Withdrawals (第二十四条 中途退出评估; 第二十二条 is silent on whether they are 参评):
//     not counted in N by default; [Options.WithdrawalsCountInN] counts them, as 较差, since
//     第二十四条 gives withdrawal the consequence of a failed round.
//   - Small cohorts (第二十二条 原则上): the floor applies strictly by default, so a round of one
//     platform has one 较差; [Options.WaivePoorFloorBelow] waives it below a size the caller
//     sets. Each group states which applied ([GroupResult.FloorWaived]).
//   - Ties at a quota boundary (第二十二条 is silent): by default no quota is breached — a tie
//     over the cap is lowered together, a tie at the floor all becomes 较差 — and the tie is
//     flagged for review ([platform.Review]); [Options.TieBreak] breaks it by the caller's
//     order of platform IDs, best first ([BestFirst]).
//   - The cap where a tie straddles it (第二十二条 原则上 governs both limits): strict by
//     default; [Options.CapTieException] records an exception (reason and authority) that
//     keeps the whole tie 优秀, flagged and cited ([RuleCapTieException]). Other excess 优秀
//     stay outside it: a design choice, so that the exception cannot become a second cap.
//   - A proposed list's ties ([CheckGrades]): with scores, a tie straddles a limit where
//     equal scores fall on both sides of the 优秀 line or the 较差 line, or where a whole tie
//     is kept 优秀 beyond the cap; without scores no tie can be seen and 优秀 over the cap
//     cannot be excepted. The check does not judge whether grades follow the scores.
//
// # Determinism and scale
//
// Within a group, platforms are ordered by rounded total descending, then platform ID
// ascending; the result is the same for any order of the input. Totals are held as int64
// hundredths once computed, and a fixed-point fast path computes Σ weight·score exactly in
// int64 when the decimals are small (at most 16 decimals; weights at most 9), falling back
// to decimal arithmetic otherwise. Ordering is linear (a distribution by group and total,
// then by ID within equal totals). Memory is linear in the round's size: about 350–550
// bytes per platform, about half of it the results and their findings. See the benchmarks
// in bench_test.go.
//
// # Where each part lives
//
//   - round.go: the input ([Round], [Participant], [Options]) and the result types.
//   - params.go: the caller's parameters: [Quotas] (第二十二条), [Scheme] (第二十一条),
//     [Bands]; rules.go: the rule IDs and the clauses they cite; enums.go: the enums.
//   - grade.go: [Grade], the entry point, and the validation of its input.
//   - check.go: [CheckGrades], a proposed grade list checked against 第二十二条.
//   - compliance.go: the one answer on 第二十二条's limits ([Compliance]) for a result and a
//     check, with the findings of a breach.
//   - lookup.go: the typed group keys ([GroupKey]) and the indexes by platform ID.
//   - total.go: 第二十一条, the total of a scorecard or a supplied total, rounded to
//     hundredths (the int64 fast path and the decimal fallback).
//   - compile.go: the parameters prepared for one call, and the band (第二十二条 四类) that
//     holds a total.
//   - order.go: the ranking within a group (total descending, then platform ID).
//   - quotas.go: 第二十二条, the cap and the floor applied to a group, ties at either
//     boundary, the recorded exception to the cap, and the group's findings.
//   - findings.go: the round's findings (the readings chosen), the findings of the
//     platforms not graded (第二十四条), and the fixed texts of every finding.
//
// # 不在范围内 (not covered)
//
//   - The detailed rules (绩效评估细则) themselves: how objective data become dimension scores.
//   - Dimensions beyond the seven that the article's "等方面" might admit: a scheme has
//     exactly the seven (a weight of 0 drops one).
//   - The three-year cycle (一般以三年为一个周期), the rectification of a 较差 platform, the
//     removal and the ban: lifecycle. The cycle awards of 第二十三条: subsidy.
//   - The annual report of 第二十条 as evidence for the round: lifecycle.
package evaluation
