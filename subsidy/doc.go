// Package subsidy computes every sum of money 《拉萨市科技创新平台管理办法（试行）》 promises a
// platform, exactly and in 元, with the clause that grants it, and never pays the same
// benefit twice.
//
// # 依据 (what it implements)
//
//   - 第十五条: the filing subsidy per platform type ([Filing]).
//   - 第十七条: the one-time upgrade reward, 国家级 200 万元 and 自治区级 50 万元 ([Upgrade]),
//     owed only for a platform filed at city level (第十六条 "市级备案的各类科技创新平台提档升级";
//     [CityFiling]).
//   - 第二十三条: the award per evaluation cycle by type and grade, nothing for 合格 and 较差
//     ([Cycle], [CycleAt], [CycleDuring]). 第二十二条 fixes the cycle at three years and
//     the four grades; the grading itself is package evaluation's.
//   - 第二十八条: no double benefit with other city documents ([Entitle] over a [Ledger];
//     [EntitleAll] for a batch of claims in one pass).
//   - Budgets for a plan of filings, upgrades and graded platforms ([Budget]).
//
// # Parameters
//
// The amounts are data: a [Schedule] with one row per type, level, or type and grade, each
// with its citation. [DefaultSchedule] returns this edition's amounts as a fresh copy; a
// caller may pass another, which is validated ([Schedule.Validate]) and round-trips JSON.
// Every result carries a [platform.Edition] with the schedule's fingerprint.
//
// # Readings (Options)
//
// The zero [Options] is the default reading:
//
//   - 第十七条 gives a reward per level reached; a platform upgraded from 自治区级 to 国家级
//     receives the national reward in full. [Options].TopUp pays only the difference.
//   - 第二十三条 does not say whether an upgraded platform keeps the city's cycle awards; by
//     default it does. [Options].CeaseCycleAfterUpgrade stops them from the cycle in which
//     the platform holds 自治区级 or 国家级.
//   - Under that option, the level that counts is the level held during the cycle
//     ([Tenure], [CycleDuring]), never the level on the day the cycle is graded. By default
//     a cycle pays only if the platform was 市级 for all of it (the award stops from the
//     cycle in which the recognition falls); [Options].LevelAtCycleStart reads the level on
//     the cycle's first day (the award stops from the next cycle). 第二十三条 says
//     "在单个评估周期内" and no more.
//
// Benefits are identified by [Benefit]: the filing subsidy; the upgrade reward for a level;
// the award for cycle n (cycles numbered 1, 2, … from filing, one award per cycle:
// "在单个评估周期内（三年）"). What is payable under 第二十八条 is this measure's amount
// less what was already received for the same benefit under these measures or another
// city document, never below zero; an excess already received is reported for
// reconciliation.
//
// # Other documents and their level (第二十八条, 第十六条)
//
// 第二十八条 reaches only "市内其他文件". A ledger entry's [Source] names the other document
// and the level of the authority that issued it ([Source].Level):
//
//   - [platform.City]: a city document; what it paid is deducted from this measure's amount.
//     [OtherDocument] builds one (as it always did).
//   - [platform.Regional] or [platform.National]: support under a higher-level policy,
//     which 第十六条 expects an upgraded platform to enjoy
//     ("享受上级有关科研创新平台扶持政策"); it is not deducted, and a finding of rule
//     subsidy.28.higher_level_document says why. [OtherDocumentAt] builds one.
//   - zero, not stated (the zero value, so that a ledger written before the field existed
//     reads as it did for the amount): deducted as if a city document, so that nothing is
//     paid twice, and the subsidy.28.no_double_benefit finding is [platform.Review], asking
//     for the document's level and saying what would be payable were it a higher one.
//
// # Filed at city level (第十六、十七条)
//
// 第十六条 encourages "市级备案的各类科技创新平台" to upgrade and 第十七条 rewards that upgrade. An
// upgrade claim states the fact "filed at city level" ([Claim].CityFiling, the filed argument
// of [Upgrade]):
//
//   - [FiledAtCity]: the reward is priced from the starting level (From, required).
//   - [NotFiledAtCity]: nothing is owed, 0 元, with a Fail finding of rule
//     subsidy.16.city_filed citing 第十六、十七条; From may be absent or 自治区级. Anything
//     already received for it is reported as an excess.
//   - [CityFilingUnknown]: the reward is Unknown (0 元 payable), and the finding says what
//     would be payable were the platform filed.
//   - zero, [CityFilingNotStated] (every claim written before the fact existed): read as
//     before, priced from From.
//
// Only impossible input is an error: 市级 as the starting level of a platform said to be
// never filed, or not known to be ([platform.ErrConflict]).
//
// # Granted, not only paid (第二十八条)
//
// 第二十八条 "不得重复享受" counts a benefit another city document has granted but not yet
// paid, not only one it has paid. A ledger [Entry] with Granted set records a grant; when
// it is paid, the payment is entered with Grant naming the grant's Ref. A grant and the
// payments linked to it are one benefit, deducted once, for the larger of the grant and what
// was paid on it ([Entitlement].Granted is the part not yet paid; [Entitlement.Deducted] the
// whole deduction). A payment not linked to a grant is deducted on its own, as before. A
// grant beyond this measure's amount is reported as an excess like a payment. A grant under
// an autonomous-region or national document is listed and not deducted.
//
// # The top-up reading in both orders (第十七条)
//
// An upgrade entry records the level the upgrade started from ([Entry].From; [Entitle]
// records the claim's From). Under [Options].TopUp a claim for 国家级 from 市级 for a
// platform that received the regional reward, and a claim for 自治区级 for a platform paid
// the national reward from 市级, are both [platform.ErrConflict] errors: either would pay
// both rewards where the reading gives the national amount in all. A national entry whose
// From is not recorded (a ledger kept by the caller) cannot be told from a top-up and is not
// caught.
//
// # Batches
//
// [EntitleAll] prices claims in order, the ledger threaded from each to the next, and gives
// exactly what calling [Entitle] in a loop gives. It validates the schedule, the ledger and
// the claims once and indexes the ledger by platform and benefit: O(n + m) for n claims over
// m entries (plus the size of the entitlements, which list their prior entries), where the
// loop re-validates and copies the ledger for every claim, O(n·(n + m)).
//
// # Files
//
//	award.go       [Filing], [Upgrade], [Cycle], [CycleAt]: the amounts of 第十五、十七、二十三条
//	cityfiling.go  [CityFiling]: whether an upgraded platform was filed at city level (第十六、十七条)
//	tenure.go      [Tenure]: the levels held during a cycle (第二十三条)
//	benefit.go     [BenefitKind], [Benefit]: what a payment was for
//	ledger.go      [Source], [Entry], [Ledger]: what was paid, under which document (第二十八条)
//	entitle.go     [Claim], [Entitlement], [Entitle], [EntitleAll]: what remains payable (第二十八条)
//	budget.go      [Budget]: the price of a plan
//	schedule.go    [Schedule]: the amounts as data; rules.go [Rules]
//
// # Rule IDs
//
//	subsidy.15.filing.<type>             e.g. subsidy.15.filing.key_laboratory
//	subsidy.16.city_filed                the upgraded platform was filed at city level
//	subsidy.17.upgrade.regional|national
//	subsidy.23.cycle.<type>.<grade>      e.g. subsidy.23.cycle.key_laboratory.excellent
//	subsidy.23.cycle.upgraded_platform   the CeaseCycleAfterUpgrade reading
//	subsidy.28.no_double_benefit
//	subsidy.28.excess                    an excess already received, for reconciliation
//	subsidy.28.higher_level_document     a payment under an autonomous-region or national
//	                                     document, not deducted
//
// # 不在范围内 (left out)
//
//   - Whether a platform is filed, upgraded or graded, and when: packages eligibility,
//     evaluation and lifecycle decide that; this package prices the result.
//   - 第十六条's regional and national support policies ("享受上级有关科研创新平台扶持政策")
//     and 第十八条's project funding: not sums these measures fix. A ledger records what
//     they paid only so that it is not deducted.
//   - Reclaiming funds after fraud (第二十五条 骗取资金): lifecycle records the event; a
//     clawback amount is not fixed by the measures.
//   - The dates of validity of the amounts: the measures' publication date is unknown
//     ([platform.Edition].Published), so schedule rows carry no dated validity.
//   - Budget prices a plan; it does not apply 第二十八条, since a plan names no platforms.
package subsidy
