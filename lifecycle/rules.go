package lifecycle

import "github.com/lhasa-sti/platform"

// Indices into rules, one per rule of the package.
const (
	rActor = iota
	rCall
	rApplication
	rRecommendation
	rReview
	rExpertReview
	rProposedList
	rNotice
	rObjection
	rFiling
	rNaming
	rFilingSubsidy
	rUpgrade
	rLevel
	rAnnualReport
	rCycle
	rCycleAward
	rNextCycle
	rRectification
	rRecheck
	rRemoval
	rFraud
	rBlacklist
	rDelisting
	rAdjustment
	rValidity
	rOneAtATime
	rNoDouble
	rForwarded
	rUniqueName
	rClearedSubsidy
	nRules
)

// rules is the package's rule table. It is built from literals, never mutated, and handed
// out by [Rules] as a fresh copy; findings point into it.
var rules = [nRules]platform.Rule{
	rActor: {ID: "lifecycle.6.actors", Cite: platform.Art(6),
		Zh: "市科技局牵头负责，并联合相关行业主管部门、县（园）区共同开展科技创新平台的备案工作",
		En: "each step is taken by the body the measures give it to (Arts. 6–9, 13, 19, 20, 26, 27)"},
	rCall: {ID: "lifecycle.13.1.call", Cite: platform.Art(13, 1),
		Zh: "市科技局适时发布市级科技创新平台备案通知，并常年受理备案申请",
		En: "the city bureau issues a call and accepts applications all year round"},
	rApplication: {ID: "lifecycle.13.2.application", Cite: platform.Art(13, 2),
		Zh: "组织有关单位提出备案申请", En: "the relying unit applies for filing"},
	rRecommendation: {ID: "lifecycle.13.2.recommendation", Cite: platform.Art(13, 2),
		Zh: "各县（园）区科技主管部门和市有关部门……组织有关单位提出备案申请，经审核后报送市科技局",
		En: "a county or park science authority or a city department reviews the application and refers it to the city bureau"},
	rReview: {ID: "lifecycle.13.3.review", Cite: platform.Art(13, 3),
		Zh: "市科技局依据本办法对各县（园）区、市有关部门推荐的申请书和相关材料进行审查，提出审查意见",
		En: "the city bureau reviews applications recommended by counties, parks and city departments"},
	rExpertReview: {ID: "lifecycle.13.4.expert_review", Cite: platform.Art(13, 4),
		Zh: "组织有关专家或委托专业评估机构对通过初审的单位进行论证和现场考察",
		En: "experts or a commissioned professional body review and visit the applicants that passed the first review"},
	rProposedList: {ID: "lifecycle.13.5.proposed_list", Cite: platform.Art(13, 5),
		Zh: "市科技局根据专家论证意见提出拟备案名单", En: "the city bureau proposes a filing list from the experts' opinions"},
	rNotice: {ID: "lifecycle.13.5.notice_working_days", Cite: platform.Art(13, 5),
		Zh: "并向社会公示 5 个工作日", En: "the proposed list is publicly noticed for 5 working days"},
	rObjection: {ID: "lifecycle.13.5.objection", Cite: platform.Art(13, 5),
		Zh: "公示无异议的，正式发布备案文件", En: "the filing is issued only when the notice raises no (upheld) objection"},
	rFiling: {ID: "lifecycle.13.5.filing", Cite: platform.Art(13, 5),
		Zh: "公示无异议的，正式发布备案文件", En: "after a notice without objection, the filing document is issued"},
	rNaming: {ID: "lifecycle.14.naming", Cite: platform.Art(14),
		Zh: "对于备案成功的，进行命名挂牌", En: "a filed platform is named and given its plaque"},
	rFilingSubsidy: {ID: "lifecycle.15.filing_subsidy", Cite: platform.Art(15),
		Zh: "对获得市级备案的科技创新平台，分类给予扶持资助", En: "a filed platform is entitled to the filing subsidy of its type"},
	rUpgrade: {ID: "lifecycle.17.upgrade_reward", Cite: platform.Art(17),
		Zh: "对提档升级为国家级和自治区级的科技创新平台，分别给予 200 万元、50 万元的一次性奖励扶持",
		En: "a platform recognised at national or regional level is entitled to the one-time upgrade reward"},
	rLevel: {ID: "lifecycle.16.upgrade_level", Cite: platform.Art(16),
		Zh: "鼓励支持市级备案的各类科技创新平台提档升级，积极申报认定自治区级、国家级科技创新平台",
		En: "a city-level platform recognised at regional or national level rises to that level (never down, never twice)"},
	rAnnualReport: {ID: "lifecycle.20.annual_report", Cite: platform.Art(20),
		Zh: "市级科技创新平台依托单位应于每年 11 月 30 日前撰写年度工作总结报告，经主管部门审核后报市科技局",
		En: "the relying unit submits an annual work report by 30 November each year"},
	rCycle: {ID: "lifecycle.22.cycle", Cite: platform.Art(22),
		Zh: "绩效评估一般以三年为一个周期", En: "evaluation cycles are generally three years, numbered from filing"},
	rCycleAward: {ID: "lifecycle.23.cycle_award", Cite: platform.Art(23),
		Zh: "在单个评估周期内（三年），对考核等次为良好、优秀的……给予奖励扶持",
		En: "a good or excellent result is entitled to the cycle award of its type, once per cycle"},
	rNextCycle: {ID: "lifecycle.24.next_cycle", Cite: platform.Art(24),
		Zh: "绩效评估结果为优秀、良好和合格的市级科技创新平台可进入下一轮建设运行周期",
		En: "an excellent, good or qualified platform goes on to the next cycle"},
	rRectification: {ID: "lifecycle.24.rectification_deadline", Cite: platform.Art(24), Bound: platform.AtMostBuChaoGuo,
		Zh: "绩效评估结果较差的市级科技创新平台应限期整改，整改期限原则上不超过一年",
		En: "a poor platform must rectify within a set time, in principle not more than one year"},
	rRecheck: {ID: "lifecycle.24.recheck", Cite: platform.Art(24),
		Zh: "整改检查未通过的不再列入市级科技创新平台备案序列",
		En: "a passed rectification check returns the platform to operation; a failed one removes it"},
	rRemoval: {ID: "lifecycle.24.removal_ban", Cite: platform.Art(24),
		Zh: "无故不参加评估或中途退出评估、整改检查未通过的不再列入市级科技创新平台备案序列，三年内不得再次申请市级科技创新平台",
		En: "no-show without cause, withdrawal midway or a failed re-check: removed, and no new application within three years"},
	rFraud: {ID: "lifecycle.25.fraud_ban", Cite: platform.Art(25),
		Zh: "弄虚作假、提供虚假材料骗取资金和备案资格的，三年内不得申请备案；已纳入备案范围的予以清退处理，三年内不得重新申请备案",
		En: "fraud: no application within three years; a filed platform is cleared out and may not re-apply within three years"},
	rBlacklist: {ID: "lifecycle.25.blacklist", Cite: platform.Art(25),
		Zh: "对无故不完成科研任务的，列入科研诚信黑名单",
		En: "failing to complete research tasks without cause puts the organisation on the research-integrity blacklist"},
	rDelisting: {ID: "lifecycle.25.delisting_ban", Cite: platform.Art(25),
		Zh: "对出现环保、安全生产、生物安全事故及知识产权、学术不端等行为的，依法依规予以问责处理，并予以摘牌且五年内不得重新申请备案",
		En: "accidents, IP violations or academic misconduct: accountability, delisting and no new application within five years"},
	rAdjustment: {ID: "lifecycle.26.adjustment", Cite: platform.Art(26),
		Zh: "需要更名、变更依托单位等重大调整，经学术（技术）委员会或组织专家论证，由依托单位提出建议报告，经主管单位审核后，报市科技局批准方可进行相应调整",
		En: "a rename or change of relying unit needs, in order, committee or expert review, the relying unit's report, the supervisor's review and the city bureau's approval"},
	rValidity: {ID: "lifecycle.29.validity", Cite: platform.Art(29),
		Zh: "本办法自发布之日起施行，期限 5 年", En: "the measures are in force from publication for 5 years"},
	rOneAtATime: {ID: "lifecycle.12.one_at_a_time", Cite: platform.Art(12),
		Zh: "成熟一个、备案一个", En: "each platform is filed when it is ready, without batches or closing dates"},
	rNoDouble: {ID: "lifecycle.28.no_double_benefit", Cite: platform.Art(28),
		Zh: "本办法奖励扶持条款与市内其他文件规定重复的，按本办法执行，不得重复享受",
		En: "an award already received for the same benefit, here or under another city document, is not paid twice"},
	rForwarded: {ID: "lifecycle.20.report_forwarded", Cite: platform.Art(20),
		Zh: "经主管部门审核后报市科技局", En: "the supervising body reviews the annual report and forwards it to the city bureau"},
	rUniqueName: {ID: "lifecycle.14.unique_name", Cite: platform.Art(14),
		Zh: "分别统一命名", En: "a platform's official name is not one another platform already holds"},
	rClearedSubsidy: {ID: "lifecycle.25.filing_subsidy_cleared", Cite: platform.Art(25),
		Zh: "弄虚作假、提供虚假材料骗取资金和备案资格的……已纳入备案范围的予以清退处理（以虚假材料取得的备案，其第十五条备案扶持资助尚未拨付的不再拨付，已拨付的报请核查）",
		En: "a filing obtained with false material is cleared out (Art. 25): its filing subsidy (Art. 15) not yet paid is no longer payable, and one already paid is flagged for review"},
}

// Rules returns every rule of the package, as a fresh slice.
func Rules() []platform.Rule {
	out := make([]platform.Rule, nRules)
	copy(out, rules[:])
	return out
}

// kindRule is the rule each kind of event applies.
var kindRule = [...]int{
	Call: rCall, Application: rApplication, Recommendation: rRecommendation, Review: rReview,
	ExpertReview: rExpertReview, ProposedList: rProposedList, NoticeStart: rNotice, Objection: rObjection,
	ObjectionResolved: rObjection, Filing: rFiling, Naming: rNaming, AnnualReport: rAnnualReport,
	Graded: rCycle, RectificationOpened: rRectification, RecheckPassed: rRecheck, RecheckFailed: rRemoval,
	NoShow: rRemoval, Withdrawal: rRemoval, Fraud: rFraud, UnfinishedTasks: rBlacklist, Accident: rDelisting,
	IPViolation: rDelisting, Misconduct: rDelisting, UpgradeRecognised: rUpgrade, AdjustmentReview: rAdjustment,
	AdjustmentReport: rAdjustment, AdjustmentSupervisorReview: rAdjustment, AdjustmentApproval: rAdjustment,
	ReportForwarded: rForwarded, SiteVisit: rExpertReview, PriorFiling: rFiling,
}
