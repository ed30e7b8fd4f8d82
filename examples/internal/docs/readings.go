// Package docs holds what both READMEs (README.md in English, README.zh-CN.md in Chinese)
// say about the code and must not say differently: the table of open readings of each
// package and the columns of the round file. The tables are written from this package's
// data and from round.Columns; its tests hold the data to the Options structs and both
// READMEs to the data, and rewrite the READMEs' generated blocks with -update.
//
// When a package gains an option, add its row to Readings (both languages, the clause,
// the programs' flags that set it) and run
//
//	go test ./examples/internal/docs -update
//
// which writes the row into both READMEs.
package docs

// Reading is one open reading: a point where the measures leave a choice, the default the
// library takes (the Options field's zero value) and the other reading the field selects.
type Reading struct {
	// Package is the package whose Options hold the field: "eligibility", "subsidy",
	// "evaluation", "naming" or "lifecycle".
	Package string
	// Option is the field's path in the package's Options: "PapersAnyTime",
	// "Counting.MetOnLastDay" (an embedded struct), "WorkingDays.Strict" (calendar.Options).
	Option string
	// DefaultZh and DefaultEn state the default reading, OtherZh and OtherEn the other one.
	DefaultZh, DefaultEn string
	OtherZh, OtherEn     string
	// ClauseZh and ClauseEn cite the clause that is open.
	ClauseZh, ClauseEn string
	// Flags are the example programs' flags that select the other reading, each as
	// "program -flag" (with its value when it takes one): "cohort -group type".
	Flags []string
}

// Setting is a field of a package's Options that is not an open reading of the measures
// (data the caller supplies, or another package's options carried along). It is listed so
// that every field is accounted for; Why says why it has no row in the tables.
type Setting struct {
	Package, Option, Why string
}

// Packages are the packages with a table of open readings, in the READMEs' order.
var Packages = []string{"eligibility", "subsidy", "evaluation", "naming", "lifecycle"}

// Readings are the open readings of every package, in the order of the tables.
var Readings = []Reading{
	// eligibility
	{
		Package: "eligibility", Option: "Counting.MetOnLastDay",
		DefaultZh: "期间（如满2年）自最后一日的次日起满足", DefaultEn: "a duration (满2年) is met the day after its last day",
		OtherZh: "于最后一日当日即满足", OtherEn: "met on the last day",
		ClauseZh: "《民法典》第二百零一至二百零三条", ClauseEn: "《民法典》第二百零一至二百零三条",
		Flags: []string{"eligibility -met-on-last-day"},
	},
	{
		Package: "eligibility", Option: "Counting.LookBackIncludesReferenceDay",
		DefaultZh: "“申报前N年”截至申报日的前一日", DefaultEn: "申报前N年 ends the day before the application",
		OtherZh: "截至申报日当日", OtherEn: "ends on the application day",
		ClauseZh: "诚信条款、近三年、申报前3年内", ClauseEn: "integrity, 近三年, 申报前3年内",
		Flags: []string{"eligibility -lookback-includes-application-day"},
	},
	{
		Package: "eligibility", Option: "DegreeRatioOverResearchStaff",
		DefaultZh: "本科学历或中级职称以上人员比例“高于50%”的基数为职工总人数", DefaultEn: "base of 本科或中级以上 \"高于50%\" is all employees",
		OtherZh: "基数为科研人员", OtherEn: "research staff",
		ClauseZh: "附件·新型研发机构 第三条（四）", ClauseEn: "附件·新型研发机构 第三条（四）",
		Flags: []string{"eligibility -degree-ratio-over-research-staff"},
	},
	{
		Package: "eligibility", Option: "IntegrityForAllSections",
		DefaultZh: "野外科学观测研究站、临床医学研究中心不审查申报前2年的诚信情况（其标准无此条）", DefaultEn: "no 2-year integrity criterion for 野外站 and 临床 (their sections have none)",
		OtherZh: "依第二十五条对其也审查", OtherEn: "apply it under 第二十五条",
		ClauseZh: "第二十五条", ClauseEn: "第二十五条",
		Flags: []string{"eligibility -integrity-all-sections"},
	},
	{
		Package: "eligibility", Option: "PapersAnyTime",
		DefaultZh: "论文只计近三年内发表的", DefaultEn: "papers counted within 近三年",
		OtherZh: "论文不限发表时间", OtherEn: "papers of any date",
		ClauseZh: "附件·重点实验室 第三条（四）", ClauseEn: "附件·重点实验室 第三条（四）",
		Flags: []string{"eligibility -papers-any-time"},
	},
	{
		Package: "eligibility", Option: "RegistrationDecidesArticle2",
		DefaultZh: "第二条（平台在拉萨市行政区域内组建）以组建地（built_in，野外站以观测站点）为准；组建地不明时，在拉萨市以外登记的单位交专家评审：第五条支持域内外企事业单位在拉萨建设平台",
		DefaultEn: "第二条 (平台在拉萨市行政区域内组建) is decided by where the platform is built (`BuiltIn`, or a field station's site); when that is not known, a unit registered outside Lhasa sends it to review: 第五条 supports such units building in Lhasa",
		OtherZh:   "在拉萨市以外登记即不符合第二条，平台在拉萨组建亦然（站点已知的野外站除外：其依托单位不限登记地）",
		OtherEn:   "registration outside Lhasa fails 第二条 even when the platform is built in Lhasa (not a field station whose site is known: its section takes relying units of any registration)",
		ClauseZh:  "第二条、第五条，附件·野外站 第三条（一）", ClauseEn: "第二条, 第五条, 附件·野外站 第三条（一）",
		Flags: []string{"eligibility -registration-decides-article-2"},
	},
	{
		Package: "eligibility", Option: "RecentCalendarYears",
		DefaultZh: "“近三年”自申报日向前推算", DefaultEn: "近三年 counted back from the application date",
		OtherZh: "申报年度之前的三个完整自然年度", OtherEn: "three whole calendar years",
		ClauseZh: "附件·重点实验室 第三条（四）", ClauseEn: "附件·重点实验室 第三条（四）",
		Flags: []string{"eligibility -recent-calendar-years"},
	},
	{
		Package: "eligibility", Option: "HigherPlansCount",
		DefaultZh: "临床医学研究中心第三条（三）只计条文所列的自治区科技计划（参与）和市级科技计划项目（承担）",
		DefaultEn: "临床 三(三): only 自治区 plans (participated) and 市级 plans (undertaken) count, as the clause names them",
		OtherZh:   "申报前3年内的国家级科技计划项目也计入", OtherEn: "a national plan within the 3 years also counts",
		ClauseZh: "附件·临床医学研究中心 第三条（三）", ClauseEn: "附件·临床医学研究中心 第三条（三）",
		Flags: []string{"eligibility -higher-plans-count"},
	},
	{
		Package: "eligibility", Option: "ProjectsByStart",
		DefaultZh: "项目的起止期间（立项至结题）与“近三年”“申报前3年内”重叠即计入；立项早于期间且未注明结题日期的，无法确定",
		DefaultEn: "a project counts when its span (立项 to 结题) overlaps 近三年 / 申报前3年内; one that started earlier and gives no end cannot be placed",
		OtherZh:   "只按立项日期计", OtherEn: "counted by its start (立项) alone",
		ClauseZh: "附件·重点实验室 第三条（四）；附件·临床医学研究中心 第三条（三）", ClauseEn: "附件·重点实验室 第三条（四）; 附件·临床医学研究中心 第三条（三）",
		Flags: []string{"eligibility -projects-by-start"},
	},
	{
		Package: "eligibility", Option: "OtherRegionsPlansCount",
		DefaultZh: "其他自治区的自治区级、其他市的市级科技计划不计入（条文所称自治区级、市级为西藏自治区、拉萨市的计划）；县级、横向、外省计划始终不计入，并说明",
		DefaultEn: "another autonomous region's 自治区级 or another city's 市级 plan does not count (the clauses mean Tibet's and Lhasa's); 县级, 横向 and another province's plans never count, and the finding says why",
		OtherZh:   "其他地区的自治区级、市级科技计划也计入", OtherEn: "another region's 自治区级 and 市级 plans count too",
		ClauseZh: "附件·重点实验室 第三条（四）；附件·临床医学研究中心 第三条（三）", ClauseEn: "附件·重点实验室 第三条（四）; 附件·临床医学研究中心 第三条（三）",
		Flags: []string{"eligibility -other-regions-plans-count"},
	},
	{
		Package: "eligibility", Option: "GraduateTrainingEitherFact",
		DefaultZh: "科研院所、企业须既签署联合培养协议又建立双导师制（条文以“及”并列）；两项不全而有其他证明（“等”）的交专家评审",
		DefaultEn: "an institute or enterprise needs both the joint-training agreement and the dual-supervisor system (及); short of them, other evidence (等) goes to review",
		OtherZh:   "两项之一即可", OtherEn: "either one suffices",
		ClauseZh: "附件·重点实验室 第三条（六）", ClauseEn: "附件·重点实验室 第三条（六）",
		Flags: []string{"eligibility -graduate-training-either-fact"},
	},
	{
		Package: "eligibility", Option: "LeadHospitalCounts",
		DefaultZh: "牵头医院本身为市级医院的，不计入“市级优势医院不少于1家”（条文指所联合的单位）",
		DefaultEn: "a lead hospital of city level does not count toward 市级优势医院不少于1家 (the clause names the units joined)",
		OtherZh:   "牵头医院本身为市级医院的，计入", OtherEn: "it counts",
		ClauseZh: "附件·临床医学研究中心 第三条（四）", ClauseEn: "附件·临床医学研究中心 第三条（四）",
		Flags: []string{"eligibility -lead-hospital-counts"},
	},

	// subsidy
	{
		Package: "subsidy", Option: "TopUp",
		DefaultZh: "由自治区级提档升级为国家级的，全额给予200万元", DefaultEn: "自治区级 → 国家级 pays the full 200万",
		OtherZh: "只给予差额150万元", OtherEn: "pays the difference, 150万",
		ClauseZh: "第十七条", ClauseEn: "第十七条",
	},
	{
		Package: "subsidy", Option: "CeaseCycleAfterUpgrade",
		DefaultZh: "提档升级后的平台继续获得市级周期绩效奖励", DefaultEn: "an upgraded platform keeps the city's cycle awards",
		OtherZh: "提档升级后不再获得周期绩效奖励", OtherEn: "no cycle award from the upgrade",
		ClauseZh: "第二十三条（未作规定）、第十六条", ClauseEn: "第二十三条 (silent), 第十六条",
	},
	{
		Package: "subsidy", Option: "LevelAtCycleStart",
		DefaultZh: "按 CeaseCycleAfterUpgrade 停发时，整个评估周期均为市级的才给予：认定为自治区级、国家级的当期起停发",
		DefaultEn: "under CeaseCycleAfterUpgrade a cycle pays only if the platform was 市级 for all of it: the award stops from the cycle in which it is recognised",
		OtherZh:   "以周期开始时的级别为准：认定当期照发，自下一周期起停发",
		OtherEn:   "the level on the cycle's first day decides: the cycle of the recognition still pays, the next does not",
		ClauseZh:  "第二十三条（在单个评估周期内）", ClauseEn: "第二十三条 (在单个评估周期内)",
	},

	// evaluation
	{
		Package: "evaluation", Option: "GroupBy",
		DefaultZh: "等次比例按全部参评平台计算", DefaultEn: "quotas over the whole round",
		OtherZh: "按平台类型或行业主管部门分组计算", OtherEn: "per type or per supervising department",
		ClauseZh: "第二十二条", ClauseEn: "第二十二条",
		Flags: []string{"cohort -group type|department", "compare -group type|department"},
	},
	{
		Package: "evaluation", Option: "WithdrawalsCountInN",
		DefaultZh: "中途退出评估的平台不计入参评数量N", DefaultEn: "a midway withdrawal is not in N",
		OtherZh: "计入N，按较差计", OtherEn: "counted in N as 较差",
		ClauseZh: "第二十二、二十四条", ClauseEn: "第二十二、二十四条",
		Flags: []string{"cohort -withdrawn-in-n"},
	},
	{
		Package: "evaluation", Option: "WaivePoorFloorBelow",
		DefaultZh: "较差不低于10%的下限始终适用", DefaultEn: "the 较差 floor always applies",
		OtherZh: "参评平台少于所设数目的分组不设较差下限", OtherEn: "no floor for a group smaller than this",
		ClauseZh: "第二十二条 原则上", ClauseEn: "第二十二条 原则上",
		Flags: []string{"cohort -waive-floor-below n"},
	},
	{
		Package: "evaluation", Option: "TieBreak",
		DefaultZh: "得分并列而跨越比例界限的，一并调整，不突破比例，并标注待评审", DefaultEn: "a tie at a boundary never breaches a quota (lowered together), flagged",
		OtherZh:  "按调用方给出的顺序，排前者为优（`BestFirst{\"P04\", \"P03\"}`：P04在上限处保留优秀、在下限处免于较差）",
		OtherEn:  "the caller's order, best first (`BestFirst{\"P04\", \"P03\"}`: P04 keeps 优秀 at the cap and escapes 较差 at the floor)",
		ClauseZh: "第二十二条（未规定并列）", ClauseEn: "第二十二条 (silent on ties)",
	},
	{
		Package: "evaluation", Option: "CapTieException",
		DefaultZh: "优秀不超过30%的上限严格适用", DefaultEn: "the 优秀 cap is strict",
		OtherZh:  "经记录的例外（理由、决定机关）：得分并列而跨越上限的一并评为优秀，标注并引用条款；其他超额不在此列",
		OtherEn:  "a recorded exception (reason, authority) keeps a tie straddling the cap 优秀 as a whole, flagged and cited; no other excess",
		ClauseZh: "第二十二条 原则上", ClauseEn: "第二十二条 原则上",
		Flags: []string{"cohort -cap-tie-exception 决定机关：理由"},
	},

	// naming
	{
		Package: "naming", Option: "OnlyListedSuffixes",
		DefaultZh: "新型研发机构名称可以“产业技术研究院”或“工业技术研究院”结尾", DefaultEn: "新型研发机构 may end in 产业技术研究院 or 工业技术研究院",
		OtherZh: "只可用“产业技术研究院”", OtherEn: "only 产业技术研究院",
		ClauseZh: "第十四条（列举以“等”结尾）；附件·新型研发机构 第一条", ClauseEn: "第十四条 (list ends in 等); 附件·新型研发机构 第一条",
	},
	{
		Package: "naming", Option: "Table",
		DefaultZh: "`DefaultTable()`：各类平台的名称后缀，核心研究方向不超过30个字", DefaultEn: "`DefaultTable()`: the suffixes and a 30-character limit on the direction",
		OtherZh: "另一张经校验的表", OtherEn: "another validated table",
		ClauseZh: "第十四条", ClauseEn: "第十四条",
	},

	// lifecycle and lifecycle/calendar
	{
		Package: "lifecycle", Option: "BanSamePlatformOnly",
		DefaultZh: "不得再次申请的限制约束整个单位", DefaultEn: "a ban binds the organisation",
		OtherZh: "只限制再次申请同类平台", OtherEn: "only re-applying for the same type",
		ClauseZh: "第二十四、二十五条", ClauseEn: "第二十四、二十五条",
		Flags: []string{"timeline -ban-same-platform-only"},
	},
	{
		Package: "lifecycle", Option: "WithdrawalNeedsNoCause",
		DefaultZh: "中途退出评估即不再列入备案序列", DefaultEn: "a midway withdrawal alone removes the platform",
		OtherZh: "只有无故中途退出的才如此", OtherEn: "only a withdrawal without cause (无故)",
		ClauseZh: "第二十四条", ClauseEn: "第二十四条",
		Flags: []string{"timeline -withdrawal-needs-no-cause"},
	},
	{
		Package: "lifecycle", Option: "ReportDayExcluded",
		DefaultZh: "“11月30日前”含11月30日", DefaultEn: "\"11月30日前\" includes 11月30日",
		OtherZh: "最后一个按时提交日为11月29日", OtherEn: "last on-time day 11月29日",
		ClauseZh: "第二十条", ClauseEn: "第二十条",
		Flags: []string{"timeline -report-day-excluded"},
	},
	{
		Package: "lifecycle", Option: "RollDeadlines",
		DefaultZh: "期限的最后一日遇节假日不顺延", DefaultEn: "deadlines do not roll",
		OtherZh: "顺延至节假日后的第一日（不得申请的期限从不顺延）", OtherEn: "roll past a holiday (bans never roll)",
		ClauseZh: "《民法典》第二百零三条", ClauseEn: "《民法典》第二百零三条",
		Flags: []string{"timeline -roll-deadlines"},
	},
	{
		Package: "lifecycle", Option: "WorkingDays.StartDayCounts",
		DefaultZh: "公示开始当日不计入5个工作日", DefaultEn: "the notice's first day is not counted",
		OtherZh: "开始当日为工作日的计入", OtherEn: "it counts if a working day",
		ClauseZh: "第十三条（五）；《民法典》第二百零一条", ClauseEn: "第十三条（五）; 《民法典》第二百零一条",
		Flags: []string{"timeline -notice-first-day-counts"},
	},
	{
		Package: "lifecycle", Option: "WorkingDays.Strict",
		DefaultZh: "期间经过安排未经确认的拉萨节日，或经过全国安排未知、按法定节日暂计的年份的，结果标注提示", DefaultEn: "an unconfirmed festival window, or a year counted provisionally (no notice yet), is flagged",
		OtherZh: "作为错误处理", OtherEn: "an error",
		ClauseZh: "第十三条（五）；LEGAL §4、§5", ClauseEn: "第十三条（五）; LEGAL §4, §5",
		Flags: []string{"timeline -strict-calendar"},
	},
	{
		Package: "lifecycle", Option: "WorkingDays.AdjustedWorkDaysExcluded",
		DefaultZh: "调休上班的周末计为工作日", DefaultEn: "adjusted working weekends (调休上班日) count",
		OtherZh: "不计为工作日", OtherEn: "they do not",
		ClauseZh: "第十三条（五）", ClauseEn: "第十三条（五）",
	},
	{
		Package: "lifecycle", Option: "WorkingDays.WeekendsNotHolidays",
		DefaultZh: "期限最后一日为周末的，依第二百零三条顺延", DefaultEn: "a deadline on a weekend rolls under 203",
		OtherZh: "只在国家或拉萨安排的节假日顺延", OtherEn: "only arranged holidays roll",
		ClauseZh: "《民法典》第二百零三条", ClauseEn: "《民法典》第二百零三条",
	},
	{
		Package: "lifecycle", Option: "Parameters",
		DefaultZh: "公示5个工作日，年度报告11月30日，评估周期三年（一般），整改期限不超过一年（原则上），不得申请3年、3年、5年",
		DefaultEn: "5 working days, 11-30, 3-year cycle (一般), ≤1-year rectification (原则上), 3/3/5-year bans",
		OtherZh:   "另一张参数表", OtherEn: "another table",
		ClauseZh: "第十三、二十、二十二、二十四、二十五条", ClauseEn: "第十三、二十、二十二、二十四、二十五条",
	},
	{
		Package: "lifecycle", Option: "Edition",
		DefaultZh: "发布日期不明，是否在施行期内为“信息不全”", DefaultEn: "publication date unknown → validity Unknown",
		OtherZh: "给出载明发布日期（`Published`）的版本", OtherEn: "an edition with `Published`",
		ClauseZh: "第二十九条", ClauseEn: "第二十九条",
		Flags: []string{"timeline -published YYYY-MM-DD"},
	},
	{
		Package: "lifecycle", Option: "ReportDueAtBureau",
		DefaultZh: "11月30日约束依托单位撰写报送的年度报告；主管部门审核后转报不另设期限", DefaultEn: "11月30日 binds the relying unit's report; the supervisor's forwarding has no day of its own",
		OtherZh: "年度报告须于11月30日前经主管部门审核报达市科技局", OtherEn: "the report must reach the city bureau (forwarded) by 11月30日",
		ClauseZh: "第二十条", ClauseEn: "第二十条",
		Flags: []string{"timeline -report-due-at-bureau"},
	},
	{
		Package: "lifecycle", Option: "RectificationFromResult",
		DefaultZh: "整改期限“不超过一年”自整改通知之日起算（未记录通知日期的，自评估结果之日）", DefaultEn: "the one-year limit counts from the rectification order (from the result when no order date is recorded)",
		OtherZh: "一律自较差结果之日起算", OtherEn: "always from the 较差 result",
		ClauseZh: "第二十四条", ClauseEn: "第二十四条",
		Flags: []string{"timeline -rectification-from-result"},
	},
	{
		Package: "lifecycle", Option: "NameCollisionReview",
		DefaultZh: "名称与已备案平台相同（规范化后比较，含全角字符）的，拒绝", DefaultEn: "a name another filed platform holds (compared after normalisation, full-width included) is refused",
		OtherZh: "记录并标注待复核", OtherEn: "recorded and flagged for review",
		ClauseZh: "第十四条", ClauseEn: "第十四条",
		Flags: []string{"timeline -name-collision-review"},
	},
	{
		Package: "lifecycle", Option: "ClearanceKeepsFilingSubsidy",
		DefaultZh: "因弄虚作假清退的，第十五条备案扶持资助尚未拨付的不再拨付，已拨付的报请核查（本办法未规定追回程序）",
		DefaultEn: "after a 清退 for fraud, the 第十五条 filing subsidy not yet paid is no longer payable; one already paid is flagged for review (no recovery procedure is set)",
		OtherZh:   "备案扶持资助仍予保留，报请核查", OtherEn: "the entitlement stands, flagged for review",
		ClauseZh: "第二十五条（未规定资金处理）、第十五条", ClauseEn: "第二十五条 (silent on the money), 第十五条",
		Flags: []string{"timeline -clearance-keeps-filing-subsidy"},
	},
}

// Settings are the fields of the packages' Options that are not open readings.
var Settings = []Setting{
	{"lifecycle", "Counting.MetOnLastDay", "recorded with the state; lifecycle counts no duration condition itself (eligibility's row)"},
	{"lifecycle", "Counting.LookBackIncludesReferenceDay", "recorded with the state; lifecycle counts no look-back itself (eligibility's row)"},
	{"lifecycle", "Calendar", "data: the working-day calendar, replaced by operators"},
	{"lifecycle", "Naming", "the naming package's readings, in its table"},
	{"lifecycle", "Subsidy", "the subsidy package's readings, in its table"},
	{"lifecycle", "Schedule", "data: the amounts of 第十五、十七、二十三条"},
	{"lifecycle", "Received", "a fact: what the platforms already received (第二十八条)"},
	{"lifecycle", "TakenNames", "a fact: the names other organisations' filed platforms hold (第十四条)"},
}
