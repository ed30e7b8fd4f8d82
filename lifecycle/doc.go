// Package lifecycle keeps the measures' rules over time. An applicant organisation (identified
// by its 统一社会信用代码) and the platforms it applies for and runs have a history of dated
// [Event]s; [Replay] replays them into the [State] as of any date: where each platform stands,
// what is due (annual reports, cycles, rectifications, award entitlements), what the
// organisation is barred from and why. [State.MayApply] answers "may this organisation apply
// on this date, and if not, until when, under which article"; [State.Timeline] lists the date,
// event, consequence and clause of each step.
//
// # 依据 (articles implemented)
//
//	第六至九条      who records which step ([Actor], [Kind.Actors]): an event by another actor is ErrActor
//	第十二条        成熟一个、备案一个: applications have no closing date and no batch
//	第十三条        the filing procedure (一)–(五), in order; a direct application (no recommendation by a
//	               县（园）区 or city department) is rejected at review; a further department's
//	               recommendation is recorded; the reviews of (二)(三)(四) have outcomes (Event.NotPassed):
//	               a failed (二) or (三) ends the application, not filed ([Refusal]), an expert opinion
//	               against filing keeps it off the proposed list unless the 市科技局 records an
//	               exception (flagged for review), and no ban follows (常年受理); the site visit of
//	               (四) may be recorded apart (SiteVisit); 公示 5 个工作日 counted on the working-day
//	               calendar (package lifecycle/calendar); an objection holds the filing; a platform
//	               filed before the history begins is put on file with PriorFiling
//	第十四条        naming and plaque, names checked by package naming; a name another filed platform
//	               (or Options.TakenNames) holds is refused (naming.Collides)
//	第十五、十七、二十三条  award entitlements (filing subsidy, upgrade reward, cycle award), priced by
//	               package subsidy, each due at most once; a cycle award on the level held
//	               during the cycle (subsidy.Tenure), not on the grading day
//	第十六条        upgrade to 自治区级 or 国家级
//	第十九、二十二条  evaluation results per cycle; cycles of three years (一般: a parameter) from filing
//	第二十条        annual reports due by 11月30日 each year from the year of filing: the relying unit's
//	               report (AnnualReport) and the 主管部门's forwarding (ReportForwarded), each on
//	               time or late on its own
//	第二十四条      next cycle; 较差 → rectification (原则上不超过一年, counted from the order when its
//	               date is recorded); no-show, withdrawal, failed re-check → removed and a
//	               three-year ban, binding the relying unit at the time of the act ([Ban].Unit)
//	第二十五条      fraud → three-year ban (清退 if filed: the filing subsidy not yet paid is withheld,
//	               one paid flagged for review); unfinished tasks → blacklist; accidents,
//	               IP violations, academic misconduct → 问责 ([State].Accountability), 摘牌 and a
//	               five-year ban; one act under several heads (Event.Heads) has every head's
//	               consequences, each listed with its sentence ([Platform].Consequences)
//	第二十六条      rename and change of relying unit: committee or expert review → relying unit's
//	               report → supervisor's review → 市科技局 approval; an unfinished attempt names its
//	               next step and actor; a fresh review begins a new attempt; a change to the same
//	               unit or name is refused
//	第二十七条      县（园）区 science authorities recommend
//	第二十八条      with Options.Received, what is payable after earlier receipts (subsidy.Entitle)
//	第二十九条      events outside the edition's validity window are flagged and no consequence (ban,
//	               removal, clearance, delisting, blacklist, rectification, award) rests on them,
//	               nor is an annual report due on a day outside it; an unknown window is Unknown
//	               and the consequences follow
//
// # Where each article lives
//
//	replay.go       Replay, the form of events (第六至九条: who records which step), the dispatch
//	procedure.go    第十二、十三条 application to filing; 第十四条 naming
//	report.go       第二十条 annual reports and their due day
//	cycle.go        第二十二、二十三、二十四条 cycles, results, rectification, re-check, absence
//	sanctions.go    第二十四、二十五条 bans and the blacklist
//	awards.go       第十五、十六、十七、二十八条 upgrades and award entitlements
//	adjustment.go   第二十六条 rename and change of relying unit
//	asof.go         what is due as of the as-of date; 第二十九条 validity
//	may.go          [State.MayApply] and the hand-over to eligibility (第二十四、二十五条)
//	env.go          what Replay borrows from packages calendar, naming and subsidy
//
// # Days
//
// Ban periods run from the decision for the period of the parameter table and end on
// [platform.LastDay] (《民法典》第二百零一、二百零二条): a three-year ban decided on 2024-02-29 ends
// on 2027-02-28, and the organisation may apply from 2027-03-01. Bans never roll past a
// holiday. An application made while a ban binds the organisation (or, with
// BanSamePlatformOnly, a platform of the banned type) is rejected with the ban's article.
// Deadlines for acts (the annual report, a rectification) roll past a holiday only with
// [Options].RollDeadlines (《民法典》第二百零三条). The public notice's first day does not count
// by default (LEGAL.md §8).
//
// # Choices where the law is open
//
// Each is a field of [Options] whose zero value is the default: bans bind the organisation
// (BanSamePlatformOnly); withdrawal alone suffices under 第二十四条 (WithdrawalNeedsNoCause);
// "11月30日前" includes 11月30日 (ReportDayExcluded); deadlines do not roll (RollDeadlines); the
// notice's first day does not count (WorkingDays.StartDayCounts); an unconfirmed Lhasa festival
// in a notice flags the result (WorkingDays.Strict makes it an error); 11月30日 binds the
// relying unit's report, not its arrival at the 市科技局 (ReportDueAtBureau); the
// rectification limit counts from the order's date when recorded (RectificationFromResult);
// a name another platform holds is refused (NameCollisionReview records and flags it). The
// cycle length, the rectification limit and the ban periods are rows of [Parameters].
//
// # Errors
//
// An error of Replay is a *platform.Error whose cause is an [*EventError]; where another
// package (naming, subsidy, the calendar) refused the event, the EventError wraps that
// package's error, so errors.Is and errors.As reach it.
//
// # 不在范围内 (left out)
//
// Eligibility under the annex (package eligibility), scoring and quotas (package evaluation:
// [GradeEvents] turns its result into events), the amounts themselves (package subsidy), and
// what follows an overdue rectification (the measures do not say: it is reported, nothing
// more). 第二十五条's 问责处理 and the blacklist's effects lie outside these measures: the
// blacklist is recorded and reported, and bars nothing by itself. A ban bars applications made
// while it binds; an application already under way when the ban is decided goes on (the
// measures say 不得申请, not that pending applications end), and [State.MayApply] and
// eligibility fed from [State.EligibilityBans] agree on every date (a ban binds from its
// decision; bans recorded after the as-of date count). A NoShow, Withdrawal or
// UnfinishedTasks without WithCause is read as 无故: record the event once the cause is decided.
package lifecycle
