package eligibility

import "github.com/lhasa-sti/platform"

// Options are the readings of the annex where its text leaves a choice open. The zero
// value is the default reading; each field names the other one.
type Options struct {
	// Counting holds the library-wide day-counting choices (DESIGN.md convention 6): when
	// a duration such as 持续运营不低于2年 or 运营满2年 is met, and which days a look-back such
	// as 申报前2年 or 近三年 covers.
	platform.Counting
	// DegreeRatioOverResearchStaff takes the base of "本科学历或中级职称以上的人员比例高于50%"
	// (附件·拉萨市新型研发机构 第三条（四）) to be the research staff rather than all employees.
	// The clause names no base; the sentence before it speaks of 职工总人数, so all employees
	// is the default.
	DegreeRatioOverResearchStaff bool `json:"degree_ratio_over_research_staff,omitempty"`
	// IntegrityForAllSections applies the 2-year integrity look-back (申报前2年无失信和学术不端
	// 行为) to 野外科学观测研究站 and 临床医学研究中心 as well. Their sections have no such
	// clause; 第二十五条 brings every city platform under research-integrity management, so a
	// caller may choose to apply it. By default it is not applied.
	IntegrityForAllSections bool `json:"integrity_for_all_sections,omitempty"`
	// HigherPlansCount reads "申报前3年内，在申报领域参与了自治区科技计划（专项、基金等）或承担
	// 过市级科技计划项目" (附件·拉萨市临床医学研究中心 第三条（三）) as a floor: taking part in
	// (or undertaking) a national S&T plan project, of a higher level than either plan the
	// clause names, satisfies it too. The clause names only the autonomous region's plan and
	// the city's, so by default, the literal reading, national projects do not count.
	HigherPlansCount bool `json:"higher_plans_count,omitempty"`
	// PapersAnyTime counts papers of any date for "在申报领域发表高质量论文5篇以上"
	// (附件·拉萨市重点实验室 第三条（四）), reading "近三年来" as qualifying only the projects of
	// the first half of the sentence. By default the three years apply to both.
	PapersAnyTime bool `json:"papers_any_time,omitempty"`
	// RegistrationDecidesArticle2 reads 第二条 of the main text ("本办法所称的科技创新平台仅指
	// 在拉萨市行政区域范围内组建的……") as also asking where the applicant is registered: a unit
	// registered outside Lhasa (Applicant.RegisteredIn, or else its credit code) fails it,
	// even when the platform is built in Lhasa (Application.BuiltIn). 第二条 asks where the
	// platform is built, not where the unit building it is registered, and 第五条 supports
	// units from outside (域内外企事业单位) building platforms in Lhasa; so by default where
	// it is built decides, and when that is not known a unit registered outside Lhasa sends
	// 第二条 to review. The option does not apply to a 野外科学观测研究站 whose site is known:
	// its section builds stations with relying units of any registration (第三条（一）
	// 依托高校、科研院所及行业部门等单位建设), so the site decides. The sections' own clauses are
	// not affected: those that demand registration in Lhasa still fail.
	RegistrationDecidesArticle2 bool `json:"registration_decides_article_2,omitempty"`
	// RecentCalendarYears reads "近三年来" (附件·拉萨市重点实验室 第三条（四）) as the three
	// whole calendar years before the year of application (for an application in 2025:
	// 2022-01-01 to 2024-12-31) rather than the default, the three years counted back from
	// the application date ([platform.LookBack]). The clause does not say which.
	RecentCalendarYears bool `json:"recent_calendar_years,omitempty"`
	// ProjectsByStart counts a project for "近三年来…承担、参与…科技项目" (附件·拉萨市重点实验室
	// 第三条（四）) and "申报前3年内…参与了…或承担过…" (附件·拉萨市临床医学研究中心 第三条（三）)
	// when its start (立项, [Project].Date) falls in the period. Neither clause says whether
	// a project undertaken or taken part in during the period must have started in it; a
	// project running during the period is undertaken in it, so by default a project counts
	// when its span (start to end, [Project].End) overlaps the period.
	ProjectsByStart bool `json:"projects_by_start,omitempty"`
	// OtherRegionsPlansCount counts another autonomous region's 自治区级 plan and another
	// city's 市级 plan ([PlanOtherRegional], [PlanOtherCity]) as the 自治区级 and 市级 plans
	// of 附件·拉萨市重点实验室 第三条（四） and 附件·拉萨市临床医学研究中心 第三条（三）. In
	// measures of 拉萨市 under plans of 西藏自治区 (第一条), 自治区级 and 市级 name the
	// autonomous region's and the city's own plans, so by default they do not count.
	OtherRegionsPlansCount bool `json:"other_regions_plans_count,omitempty"`
	// GraduateTrainingEitherFact reads "具有培养（或代培）研究生的条件和能力（签署联合培养协议
	// 及建立双导师制等）" (附件·拉萨市重点实验室 第三条（六）) as giving examples, so that a
	// joint-training agreement or a dual-supervisor system suffices. The clause joins the two
	// with 及 (and), and what an open list names is required (DESIGN.md convention 3), so by
	// default both are. Either way, other evidence (等) where the named facts fall short goes
	// to review.
	GraduateTrainingEitherFact bool `json:"graduate_training_either_fact,omitempty"`
	// LeadHospitalCounts counts the lead hospital, when it is itself a city-level hospital
	// ([Clinical].LeadHospitalCityLevel), toward "市级优势医院不少于1家"
	// (附件·拉萨市临床医学研究中心 第三条（四）). The clause asks the applicant to join
	// (联合) the city's leading units in a network, the 市级优势医院 among them, so by default
	// the lead hospital does not count.
	LeadHospitalCounts bool `json:"lead_hospital_counts,omitempty"`
}
