package eligibility

import "github.com/lhasa-sti/platform"

// The notes findings share: every finding that gives the same explanation points at one
// of these, so a check allocates no notes (platform.Note).
var (
	noteJudgment                   = platform.Note{Zh: "判断性条款，需专家评审。", En: "A clause of judgment: it needs a reviewer."}
	noteNA                         = platform.Note{Zh: "不适用。", En: "Not applicable."}
	noteNotSeveral                 = platform.Note{Zh: "非多元投资设立，不适用。", En: "Not set up by several investors. Not applicable."}
	noteBeyond                     = platform.Note{Zh: "满足之日超出所支持的日期（9999年12月31日之后）。", En: "The condition would be met only after 9999-12-31, the last supported date."}
	noteBansUnknown                = platform.Note{Zh: "禁止申请记录未提供。", En: "The record of bans on applying was not supplied."}
	noteNoBan                      = platform.Note{Zh: "无禁止申请记录。", En: "No ban on applying is recorded."}
	noteRegionLevel                = platform.Note{Zh: "自治区级登记（540000），登记地未必在拉萨，需核实。", En: "Registered at autonomous-region level (540000): where the unit sits must be checked."}
	noteStationOutside             = platform.Note{Zh: "依托单位在拉萨市外登记；野外站是否在拉萨市行政区域内组建，以观测站点（第三条（一））为准，需核实。", En: "The relying unit is registered outside Lhasa; whether the station is built in Lhasa turns on its site (第三条（一）): it must be checked."}
	noteBuiltOutside               = platform.Note{Zh: "申报单位在拉萨市外登记；第二条以平台是否在拉萨市行政区域内组建为准，第五条支持域内外企事业单位在拉萨建设科技创新平台，需核实。", En: "The applicant is registered outside Lhasa; 第二条 turns on whether the platform is built in Lhasa, and 第五条 supports units from inside and outside the region building platforms in Lhasa: it must be checked."}
	noteRegistrationFromCode       = platform.Note{Zh: "现登记地未提供，按统一社会信用代码赋码地（第3–8位）推断；代码不随迁移而改变。", En: "The registration place was not given: it is inferred from the credit code's division (positions 3–8), which does not change when a unit moves."}
	noteBuiltInferred              = platform.Note{Zh: "组建地未提供，按申报单位登记地推断。", En: "Where the platform is built was not given: it is inferred from where the applicant is registered."}
	noteBuiltAtSite                = platform.Note{Zh: "组建地未提供，以观测站点（第三条（一））为准。", En: "Where the platform is built was not given: the station's observation site (第三条（一）) decides."}
	noteRegionAtSite               = platform.Note{Zh: "组建地为自治区本级区划代码（540000），未指明是否在拉萨市，以观测站点（第三条（一））为准。", En: "Where the platform is built is given as the autonomous region's own division code (540000), which does not say whether it lies in Lhasa: the station's observation site (第三条（一）) decides."}
	noteBuiltRegionLevel           = platform.Note{Zh: "所报地点为自治区本级区划代码（540000），未指明是否在拉萨市，需核实。", En: "The place given is the autonomous region's own division code (540000), which does not say whether it lies in Lhasa: it must be checked."}
	noteRegistrationDecides        = platform.Note{Zh: "以登记地判断第二条（选项）：申报单位在拉萨市外登记。", En: "第二条 read from the registration (option): the applicant is registered outside Lhasa."}
	noteRegisteredOutside          = platform.Note{Zh: "在拉萨市外登记，无在拉萨市登记注册的年限可计。", En: "Registered outside Lhasa: there are no years registered in Lhasa to count."}
	noteMovedInUndated             = platform.Note{Zh: "现登记地与代码赋码地不在同一地区，迁入拉萨市登记的日期未提供。", En: "Registered now somewhere other than where the credit code was issued: the date the unit came to be registered in Lhasa was not given."}
	noteNotHospital                = platform.Note{Zh: "牵头单位不是医院（第一条：以医院为主体）。", En: "The lead unit is not a hospital (第一条: centres are hospital-based)."}
	noteAllianceNoCode             = platform.Note{Zh: "产业技术联盟组织无统一社会信用代码，所在地需核实。", En: "An industry technology alliance without a credit code: its location must be checked."}
	noteOutsideFields              = platform.Note{Zh: "所列领域之外，需评审。", En: "Outside the listed fields: it needs review."}
	noteIncidentUndated            = platform.Note{Zh: "有失信或学术不端记录未注明日期。", En: "An incident has no date."}
	noteStationUnitOther           = platform.Note{Zh: "依托单位类型不在所列高校、科研院所、行业部门之内（“等单位”），需评审。", En: "The relying unit is not a university, institute or industry department: it needs review."}
	noteHigherPlansLiteral         = platform.Note{Zh: "国家级项目不在条款所列，按字面不计（选项HigherPlansCount可计入）。", En: "National projects are not named by the clause and do not count on its literal reading (they do under the HigherPlansCount option)."}
	noteInPrinciple                = platform.Note{Zh: "“原则上应”：未实行，需评审，不因此直接判定不符合。", En: "Required in principle: absent, so it needs review; it does not fail the application by itself."}
	noteLandCertificate            = platform.Note{Zh: "具有土地使用权证。", En: "A land-use-right certificate is held."}
	notePapersAnyTime              = platform.Note{Zh: "论文不限近三年（选项）。", En: "Papers of any date counted (option)."}
	noteHigherPlansCounted         = platform.Note{Zh: "国家级科技计划项目计入（选项）。", En: "National plan projects counted (option)."}
	noteCityRoleMissing            = platform.Note{Zh: "市级项目未注明承担或参与。", En: "A city project does not say whether it was undertaken."}
	noteAreasPartial               = platform.Note{Zh: "部分面积未报，已报面积合计即已达标。", En: "Some areas were not given; those given already reach the threshold."}
	noteLabLevelMissing            = platform.Note{Zh: "重点实验室级别未注明。", En: "A key laboratory's level is not given."}
	noteLabUnitOther               = platform.Note{Zh: "依托单位既非高校，也非科研院所或企业，需评审。", En: "The relying unit is neither a university nor an institute or enterprise: it needs review."}
	noteOtherCategory              = platform.Note{Zh: "其他类“一事一议”，需评审。", En: "The other category is decided case by case: it needs review."}
	noteMidRatio                   = platform.Note{Zh: "实际为中级及以上职称人数，基数为专职研究人员；尚差人数计入总数。", En: "Found: researchers with an intermediate or higher title, of all full-time researchers; a shortfall counts the added persons in the total."}
	noteSeniorRatio                = platform.Note{Zh: "实际为高级职称人数，基数为专职研究人员；尚差人数计入总数。", En: "Found: researchers with a senior title, of all full-time researchers; a shortfall counts the added persons in the total."}
	noteResearchRatio              = platform.Note{Zh: "实际为科研人员数，基数为职工总人数；尚差人数计入总数。", En: "Found: research staff, of all employees; a shortfall counts the added persons in the total."}
	noteQualifiedOverResearchStaff = platform.Note{Zh: "实际为本科学历或中级职称以上的科研人员数，以科研人员为基数（选项）；尚差人数计入总数。", En: "Found: research staff with a degree or an intermediate title, of all research staff (option); a shortfall counts the added persons in the total."}
	noteQualifiedOverEmployees     = platform.Note{Zh: "实际为本科学历或中级职称以上的人数，基数为职工总人数；尚差人数计入总数。", En: "Found: employees with a degree or an intermediate title, of all employees; a shortfall counts the added persons in the total."}
	noteCountyPlan                 = platform.Note{Zh: "县级科技计划项目不在条款所列，不计入。", En: "County-level plan projects are not named by the clause and do not count."}
	noteHorizontalPlan             = platform.Note{Zh: "横向（企业委托）项目不属条款所列科技计划项目，不计入。", En: "Enterprise-commissioned (horizontal) projects are not plan projects the clause names and do not count."}
	noteOtherProvincePlan          = platform.Note{Zh: "外省科技计划项目不在条款所列，不计入。", En: "Another province's plan projects are not named by the clause and do not count."}
	noteOtherRegionPlan            = platform.Note{Zh: "其他地区的自治区级、市级科技计划项目默认不计入（选项OtherRegionsPlansCount可计入）。", En: "Another region's autonomous-region or city plan projects do not count by default (they do under the OtherRegionsPlansCount option)."}
	noteLevelsNotCounted           = platform.Note{Zh: "部分项目的级别（县级、横向、外省或其他地区的计划）不在条款所列，不计入。", En: "Some projects are of levels the clause does not name (county, horizontal, another province's or region's plan) and do not count."}
	noteProjectEndMissing          = platform.Note{Zh: "有项目立项早于统计期间且未注明结题日期，无法确定是否在期间内。", En: "A project started before the period and gives no end date: whether it falls in the period is unknown."}
	noteProjectsByStart            = platform.Note{Zh: "项目按立项日期计（选项ProjectsByStart）。", En: "Projects counted by their start date (ProjectsByStart option)."}
	noteStoppedOperating           = platform.Note{Zh: "已于所示日期停止运营，申报时不在运营，不因运营年限而满足。", En: "Operation stopped on the date shown, before the application: it is not running, whatever it lasted."}
	noteStoppedRunning             = platform.Note{Zh: "已于所示日期停止运行，申报时不在正常运行，不因运行年限而满足。", En: "The station stopped running on the date shown, before the application: it is not running, whatever it lasted."}
	noteSeriesLasted               = platform.Note{Zh: "观测数据序列已于申报前结束，但已连续达到所需年限；条款要求具有连续数据，不要求仍在观测。", En: "The data series ended before the application but lasted the years required: the clause asks that the data exist, not that observation go on."}
	noteSeriesEnded                = platform.Note{Zh: "观测数据序列已于申报前结束，连续不足所需年限；尚差为所缺天数。", En: "The data series ended before the application short of the years required; the shortfall is the days it lacked."}
	noteTrainingOneSuffices        = platform.Note{Zh: "签署联合培养协议或建立双导师制之一即可（选项GraduateTrainingEitherFact）。", En: "A joint-training agreement or a dual-supervisor system suffices (GraduateTrainingEitherFact option)."}
	noteTrainingFactsMissing       = platform.Note{Zh: "未报是否签署联合培养协议或建立双导师制。", En: "Whether a joint-training agreement is signed or a dual-supervisor system set up is not given."}
	noteTrainingOtherEvidence      = platform.Note{Zh: "条款所列事实不全，有其他培养研究生条件的证明（“等”），需评审。", En: "The facts the clause names fall short; other evidence of the capacity (等) needs review."}
	noteTrainingOtherMissing       = platform.Note{Zh: "条款所列事实不全，未报有无其他证明（“等”）。", En: "The facts the clause names fall short; whether there is other evidence (等) is not given."}
	noteTrainingNeither            = platform.Note{Zh: "未签署联合培养协议，未建立双导师制，亦无其他证明。", En: "No joint-training agreement, no dual-supervisor system, and no other evidence."}
	noteTrainingNoAgreement        = platform.Note{Zh: "未签署联合培养协议（条款以“及”并列，两项均须具备），亦无其他证明。", En: "No joint-training agreement (the clause joins both with 及: both are needed), and no other evidence."}
	noteTrainingNoDualSupervisors  = platform.Note{Zh: "未建立双导师制（条款以“及”并列，两项均须具备），亦无其他证明。", En: "No dual-supervisor system (the clause joins both with 及: both are needed), and no other evidence."}
	noteLeadNotCounted             = platform.Note{Zh: "牵头医院本身为市级医院，默认不计入所联合的市级优势医院（选项LeadHospitalCounts可计入）。", En: "The lead hospital is itself a city-level hospital; by default it does not count among the hospitals joined (it does under the LeadHospitalCounts option)."}
	noteLeadCounted                = platform.Note{Zh: "牵头医院本身为市级医院，计入市级优势医院（选项）。", En: "The lead hospital, a city-level hospital itself, is counted (option)."}
	noteLeadCountedAlone           = platform.Note{Zh: "牵头医院本身为市级医院，计入市级优势医院（选项）；所联合的市级优势医院未报，已达标。", En: "The lead hospital, a city-level hospital itself, is counted (option); the hospitals joined are not given, and it already reaches the threshold."}
	noteLeadLevelMissing           = platform.Note{Zh: "未报牵头医院是否为市级医院（选项下计入）。", En: "Whether the lead hospital is a city-level hospital (counted under the option) is not given."}
)
