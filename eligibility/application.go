package eligibility

import (
	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// Application is one application for filing (备案申请): the platform type applied for,
// the application date, facts about the applicant common to all types, and the part for
// that type. Every fact is optional: a fact not supplied gives an Unknown finding. Only the
// part for Type may be set.
type Application struct {
	// Type is the platform type applied for (第二条).
	Type platform.Type `json:"type"`
	// Date is the application date (申报日); every period is counted against it. It is
	// required: without it nothing can be decided, so a missing date is an error.
	Date platform.Date `json:"date"`
	// Applicant holds the facts every section asks about.
	Applicant Applicant `json:"applicant"`
	// BuiltIn is the division where the platform is built (组建地): the fact 第二条 of the main
	// text asks about ("在拉萨市行政区域范围内组建"), for every type. When it is not supplied,
	// 第二条 is read from the type's own site fact (a field station's observation site,
	// FieldStation.SiteInLhasa), or else inferred from where the applicant is registered, and
	// the finding says so. A field station is built at its observation site, so BuiltIn
	// decides its 第三条（一） 观测站点在拉萨市辖内 too; a clinical research centre is built at its
	// lead hospital (附件·拉萨市临床医学研究中心 第一条 以医院为主体), so BuiltIn decides its
	// 第三条（一） 市域内 too.
	BuiltIn platform.Division `json:"built_in,omitempty"`
	// Bans is the record of bans of 第二十四条 or 第二十五条 the applicant is under, as
	// lifecycle computes them: an optional fact, like Applicant.Integrity. Not supplied
	// (JSON absent or null) means the record was not checked, and each article's finding is
	// Unknown; Some(nil) or Some([]Ban{}) (JSON []) means it was checked and there are none.
	Bans Opt[[]Ban] `json:"bans,omitzero"`
	// Reviews are the reviewers' findings on judgment clauses, one per rule at most.
	Reviews []Review `json:"reviews,omitempty"`

	Engineering  *Engineering  `json:"engineering_research_center,omitempty"`
	FieldStation *FieldStation `json:"field_station,omitempty"`
	KeyLab       *KeyLab       `json:"key_laboratory,omitempty"`
	Innovation   *Innovation   `json:"technology_innovation_center,omitempty"`
	Clinical     *Clinical     `json:"clinical_research_center,omitempty"`
	NewRD        *NewRD        `json:"new_rd_institution,omitempty"`
}

// Applicant holds the facts about the applying unit (the relying unit, 依托单位, or the
// lead hospital, 牵头单位) that several sections ask about.
type Applicant struct {
	// Name is for display only.
	Name string `json:"name,omitempty"`
	// CreditCode is the unit's 统一社会信用代码. Its division code (positions 3–8) names the
	// authority that first issued it, and stays when the unit moves (LEGAL.md §9): the check
	// reads where the unit is registered from it only when RegisteredIn is not supplied.
	CreditCode platform.CreditCode `json:"credit_code,omitzero"`
	// RegisteredIn is the division of the authority the unit is registered with now (现登记
	// 机关; the 住所 on its licence or certificate). When supplied it decides each section's
	// "在拉萨市…依法登记注册"; when it differs from the credit code's division, the finding
	// notes both.
	RegisteredIn platform.Division `json:"registered_in,omitempty"`
	// RegisteredInSince is the date from which the unit has been registered in RegisteredIn's
	// locality, for a unit registered in Lhasa the day it came to be registered in Lhasa (its
	// registration there, or its move into Lhasa); a move between two of Lhasa's own
	// divisions does not restart it. 附件·拉萨市新型研发机构 第三条（二） "在拉萨市依法登记注册
	// 满2年" counts from it.
	RegisteredInSince platform.Date `json:"registered_in_since,omitzero"`
	// Kind is the kind of unit (高校, 科研院所, 企业, …).
	Kind UnitKind `json:"kind,omitempty"`
	// IndependentLegalEntity says whether the unit is an independent legal person (独立法人).
	IndependentLegalEntity Opt[bool] `json:"independent_legal_entity,omitzero"`
	// Alliance says whether the application is made by an alliance (以联盟等形式共同申请;
	// 产业技术联盟组织).
	Alliance Opt[bool] `json:"alliance,omitzero"`
	// Field is the focus field of the application, as one of the section's 第二条 fields.
	Field string `json:"field,omitempty"`
	// Integrity is the record of 失信 and 学术不端 incidents of the relying unit and any
	// co-building unit (for a 新型研发机构, whose clause says only 单位, of the institution
	// itself); Some(nil) or Some([]Incident{}) says there are none.
	Integrity Opt[[]Incident] `json:"integrity,omitzero"`
}

// Incident is one 失信 or 学术不端 incident of the relying unit or a co-building unit.
type Incident struct {
	Kind IncidentKind  `json:"kind"`
	Date platform.Date `json:"date"`
	// Unit names the unit concerned (display only).
	Unit string `json:"unit,omitempty"`
}

// Ban is a ban on applying (第二十四条: 三年内不得再次申请; 第二十五条: 三年内不得申请备案,
// 五年内不得重新申请备案), as lifecycle computes it: the article it rests on, its kind, and
// the last day of the ban. The applicant may not apply from From (the decision) to LastDay.
type Ban struct {
	// Article cites 第二十四条 or 第二十五条 of the main text.
	Article platform.Citation `json:"article"`
	// Kind names the ban (display only: removal, fraud, delisting, …).
	Kind string `json:"kind,omitempty"`
	// From is the day the ban was decided: an application dated before it is not barred by
	// it. Zero (not known, or a ban stored before the field) bars every application up to
	// LastDay, as before.
	From platform.Date `json:"from,omitzero"`
	// LastDay is the last day of the ban.
	LastDay platform.Date `json:"last_day"`
}

// Review is a reviewer's finding on a clause that needs human judgment (影响力, 国内领先
// 水平, 一事一议, …). It is applied only where the criterion itself gives Review, and its
// note is recorded on the finding. Its rule must be one that can give Review
// ([Reviewable]): a clause of judgment, or a rule that gives Review on some facts (第二条, a
// registration clause, a focus field, a kind of unit an open list does not name, 原则上应);
// a review of any other rule is an error wrapping [ErrNotReviewable].
type Review struct {
	// Rule is the ID of the criterion reviewed (one of the Rule… constants).
	Rule string `json:"rule"`
	// Outcome is the reviewer's finding: Pass or Fail.
	Outcome platform.Outcome `json:"outcome"`
	// NoteZh and NoteEn are the reviewer's note; if only one is given it is used for both.
	NoteZh string `json:"note_zh,omitempty"`
	NoteEn string `json:"note_en,omitempty"`
}

// Project is a science-and-technology plan project the applicant (with its co-building
// units) undertook or took part in, with its span: from Date (立项, or the date of taking
// part) to End (结题), when given. A project counts for a look-back (近三年, 申报前3年内)
// when its span overlaps the period; Options.ProjectsByStart counts it by its start alone.
type Project struct {
	// Level is the level of the plan, as it is: 国家级, 自治区级 and 市级 are the ones the
	// clauses name; a 县级, 横向 or another region's project is valid input that is not
	// counted (or, for another region's 自治区级 or 市级 plan, counted with
	// Options.OtherRegionsPlansCount), and the finding says why.
	Level PlanLevel `json:"level"`
	// Role is 承担 or 参与.
	Role Role `json:"role,omitempty"`
	// Date is the project's start (立项, or the date of taking part): required, and not
	// after the application date.
	Date platform.Date `json:"date"`
	// End is the project's end (结题), optional: not before Date; after the application date
	// the project is ongoing. Not given, a project that started before the period cannot be
	// placed in it.
	End platform.Date `json:"end,omitzero"`
}

// Engineering is the part of an application for a 工程技术研究中心
// (附件·拉萨市工程技术研究中心 第三条).
type Engineering struct {
	// OperatingSince is the date from which the applicant has operated continuously (持续运营).
	OperatingSince platform.Date `json:"operating_since,omitzero"`
	// OperatingUntil is the last day of operation, when it stopped (optional). An operation
	// that stopped before the application date is not 持续运营, whatever it lasted; on or
	// after that date (a planned end) it is still running. Not given, the operation is still
	// running on the application date: a fixed reading, not Unknown, since OperatingSince
	// states a continuous operation from that day and applications written before this
	// field mean what they meant.
	OperatingUntil platform.Date `json:"operating_until,omitzero"`
	// AllianceLeadEntity: an alliance has designated a lead legal entity (主建法人单位).
	AllianceLeadEntity Opt[bool] `json:"alliance_lead_entity,omitzero"`
	// AllianceAgreement: an alliance has a co-construction agreement stating each party's
	// rights and duties (共建协议书).
	AllianceAgreement Opt[bool] `json:"alliance_agreement,omitzero"`
	// SiteArea is the area of the research, testing and service site, in ㎡.
	SiteArea Opt[decimal.Decimal] `json:"site_area,omitzero"`
	// FacilitiesValue is the value of the test conditions and infrastructure.
	FacilitiesValue Opt[platform.Amount] `json:"facilities_value,omitzero"`
	// TechnicalLeaders is the number of engineering leaders (工程技术带头人, 第三条（四）):
	// none fails; whether a leader is of high level and rich experience is a reviewer's
	// judgment.
	TechnicalLeaders Opt[int] `json:"technical_leaders,omitzero"`
	// TeamSize is the number of full- and part-time staff (专兼职队伍).
	TeamSize Opt[int] `json:"team_size,omitzero"`
	// NewlyFounded: the centre is newly being set up (新筹建).
	NewlyFounded Opt[bool] `json:"newly_founded,omitzero"`
	// RelyingUnitSupport: the relying unit provides funds, technical support, infrastructure,
	// logistics and conditions for academic activity.
	RelyingUnitSupport Opt[bool] `json:"relying_unit_support,omitzero"`
}

// FieldStation is the part of an application for a 野外科学观测研究站
// (附件·拉萨市野外科学观测研究站 第三条).
type FieldStation struct {
	// SiteInLhasa: the observation site lies within Lhasa's jurisdiction (观测站点在拉萨市辖内).
	// It is the yes-or-no form of Application.BuiltIn for a station, which is built at its
	// site: when BuiltIn is supplied it decides, and SiteInLhasa, if also supplied, must agree
	// with it; when BuiltIn is only the region's own code (540000), SiteInLhasa decides.
	SiteInLhasa Opt[bool] `json:"site_in_lhasa,omitzero"`
	// LandCertificate: a land-use-right certificate is held (土地使用权证).
	LandCertificate Opt[bool] `json:"land_certificate,omitzero"`
	// LandUseYears is how many whole years of future land use a proof covers, counted from
	// the application date (未来20年以上的土地使用权证明).
	LandUseYears Opt[int] `json:"land_use_years,omitzero"`
	// RunningSince is the date from which the station has run normally (已正常运行).
	RunningSince platform.Date `json:"running_since,omitzero"`
	// RunningUntil is the last day the station ran, when it stopped (optional). A station that
	// stopped before the application date has not 已正常运行, whatever it lasted; on or after
	// that date (a planned end) it is still running. Not given, the station is still running
	// on the application date: a fixed reading, not Unknown, since RunningSince states a
	// normal run from that day and applications written before this field mean what they
	// meant.
	RunningUntil platform.Date `json:"running_until,omitzero"`
	// DataSince is the first day of the continuous systematic observation data (连续…数据).
	DataSince platform.Date `json:"data_since,omitzero"`
	// DataUntil is the last day of the series, when it ended (optional). The clause asks that
	// the station have (具有) continuous data of 1 year or more, not that observation go on: a
	// series that ended before the application date still counts if it lasted. Not given, the
	// series is still being recorded and runs to the application date (a fixed reading, as
	// for RunningUntil).
	DataUntil platform.Date `json:"data_until,omitzero"`
	// OpenSharing: the station commits to open sharing of its data and equipment.
	OpenSharing Opt[bool] `json:"open_sharing,omitzero"`
	// Support: the relying unit and the supervising department guarantee people, money and
	// materials.
	Support Opt[bool] `json:"support,omitzero"`
}

// KeyLab is the part of an application for a 重点实验室 (附件·拉萨市重点实验室 第三条).
// Counts of projects, papers and researchers include the relying unit and every
// co-building unit together, as 第三条（四）（五） says.
type KeyLab struct {
	// LabArea is the laboratory area in ㎡.
	LabArea Opt[decimal.Decimal] `json:"lab_area,omitzero"`
	// EquipmentValue is the value of instruments, equipment and other fixed assets.
	EquipmentValue Opt[platform.Amount] `json:"equipment_value,omitzero"`
	// BuiltSince is the date the laboratory's construction began (建设基础).
	BuiltSince platform.Date `json:"built_since,omitzero"`
	// TeamSize is the full- and part-time research team (专兼职科研人才队伍).
	TeamSize Opt[int] `json:"team_size,omitzero"`
	// Projects are the national, regional and city plan projects undertaken or taken part in.
	Projects Opt[[]Project] `json:"projects,omitzero"`
	// Papers are the dates of the high-quality papers published in the field.
	Papers Opt[[]platform.Date] `json:"papers,omitzero"`
	// FullTimeResearchers is the number of full-time researchers in the field (专职).
	FullTimeResearchers Opt[int] `json:"full_time_researchers,omitzero"`
	// MidOrSenior is how many of them hold a 中级 or higher title (senior ones included).
	MidOrSenior Opt[int] `json:"mid_or_senior,omitzero"`
	// Senior is how many of them hold a 高级 (副高 or 正高) title.
	Senior Opt[int] `json:"senior,omitzero"`
	// MasterDegreeRight: a university holds master's (or higher) degree-granting rights.
	MasterDegreeRight Opt[bool] `json:"master_degree_right,omitzero"`
	// GraduateTraining: an institute or enterprise can train (or co-train) graduate students,
	// as a conclusion. It decides 第三条（六） only when none of the three facts below is
	// supplied (applications written before they existed keep their meaning); when any is,
	// they decide and it is not read.
	GraduateTraining Opt[bool] `json:"graduate_training,omitzero"`
	// JointTrainingAgreement: the institute or enterprise has signed a joint-training
	// agreement (签署联合培养协议), the first fact 第三条（六） names.
	JointTrainingAgreement Opt[bool] `json:"joint_training_agreement,omitzero"`
	// DualSupervisors: it has set up a dual-supervisor system (建立双导师制), the second fact.
	// By default both are required (the clause joins them with 及); with
	// Options.GraduateTrainingEitherFact one suffices.
	DualSupervisors Opt[bool] `json:"dual_supervisors,omitzero"`
	// OtherTrainingEvidence: other evidence of the conditions and capacity to train graduate
	// students, which the clause's 等 leaves open. Where the named facts fall short, it sends
	// the clause to review; it never passes it alone.
	OtherTrainingEvidence Opt[bool] `json:"other_training_evidence,omitzero"`
	// RelyingUnitSupport: the relying unit provides funds, support and conditions.
	RelyingUnitSupport Opt[bool] `json:"relying_unit_support,omitzero"`
}

// Innovation is the part of an application for a 技术创新中心
// (附件·拉萨市技术创新中心 第三条).
type Innovation struct {
	// OperatingSince is the date operation began (运营满2年).
	OperatingSince platform.Date `json:"operating_since,omitzero"`
	// OperatingUntil is the last day of operation, when it stopped (optional). An operation
	// that stopped before the application date is not 运营满2年, whatever it lasted; on or
	// after that date (a planned end) it is still running. Not given, the operation is still
	// running on the application date (a fixed reading, not Unknown, as for
	// [Engineering].OperatingUntil).
	OperatingUntil platform.Date `json:"operating_until,omitzero"`
	// PublicServices: the unit provides public services of R&D and transfer to enterprises.
	PublicServices Opt[bool] `json:"public_services,omitzero"`
	// TeamSize is the stable R&D and service team.
	TeamSize Opt[int] `json:"team_size,omitzero"`
	// ServiceCases is the number of service cases formed.
	ServiceCases Opt[int] `json:"service_cases,omitzero"`
}

// Clinical is the part of an application for a 临床医学研究中心
// (附件·拉萨市临床医学研究中心 第三条). The applicant is the lead hospital (牵头单位).
type Clinical struct {
	// HospitalGrade is the lead hospital's grade.
	HospitalGrade HospitalGrade `json:"hospital_grade,omitempty"`
	// ResearchConditions: clinical research conditions and infrastructure.
	ResearchConditions Opt[bool] `json:"research_conditions,omitzero"`
	// ResearchEquipment: the necessary research, test and analysis equipment.
	ResearchEquipment Opt[bool] `json:"research_equipment,omitzero"`
	// Projects are the plan projects in the field (自治区科技计划 taken part in, or 市级
	// 科技计划项目 undertaken).
	Projects Opt[[]Project] `json:"projects,omitzero"`
	// CityHospitals is the number of city-level leading hospitals (市级优势医院) the lead
	// hospital has joined in the network (联合), not counting the lead hospital itself.
	CityHospitals Opt[int] `json:"city_hospitals,omitzero"`
	// LeadHospitalCityLevel: the lead hospital is itself a city-level (市级) hospital. By
	// default it does not count toward 市级优势医院不少于1家, which names the units joined;
	// with Options.LeadHospitalCounts it does.
	LeadHospitalCityLevel Opt[bool] `json:"lead_hospital_city_level,omitzero"`
	// CountyInstitutions is the number of county or district primary medical institutions.
	CountyInstitutions Opt[int] `json:"county_institutions,omitzero"`
	// Charter: the 《临床医学研究中心管理章程》 is in place. Whether it and the other rules
	// are complete (管理制度健全) is then a reviewer's judgment; without it they cannot be.
	Charter Opt[bool] `json:"charter,omitzero"`
	// Managers: full-time management staff are in place.
	Managers Opt[bool] `json:"managers,omitzero"`
}

// NewRD is the part of an application for a 新型研发机构 (附件·拉萨市新型研发机构 第三条).
type NewRD struct {
	// RegisteredOn is the date of registration (登记注册). 第三条（二） counts the years
	// registered in Lhasa from it, unless Applicant.RegisteredInSince says when the
	// institution came to be registered where it is now.
	RegisteredOn platform.Date `json:"registered_on,omitzero"`
	// MultiInvestor: the institution was set up by several investors (多元投资设立).
	MultiInvestor Opt[bool] `json:"multi_investor,omitzero"`
	// Board: decision-making by a council or board (理事会、董事会决策制).
	Board Opt[bool] `json:"board,omitzero"`
	// DirectorResponsibility: a president, director or general manager responsibility system.
	DirectorResponsibility Opt[bool] `json:"director_responsibility,omitzero"`
	// Charter: articles made under the law and the investors' agreement, and followed.
	Charter Opt[bool] `json:"charter,omitzero"`
	// Category is the filing category (农业、工业、服务、其他); zero is "not supplied".
	Category platform.Category `json:"category,omitempty"`
	// OfficeArea, ResearchArea and FieldArea are the self-controlled office, research
	// (科研用房) and experimental-field areas, in ㎡.
	OfficeArea   Opt[decimal.Decimal] `json:"office_area,omitzero"`
	ResearchArea Opt[decimal.Decimal] `json:"research_area,omitzero"`
	FieldArea    Opt[decimal.Decimal] `json:"field_area,omitzero"`
	// EquipmentValue is the total value of research equipment.
	EquipmentValue Opt[platform.Amount] `json:"equipment_value,omitzero"`
	// Functions are the functions the institution performs.
	Functions Opt[[]Function] `json:"functions,omitzero"`
	// Employees is the total number of employees (职工总人数).
	Employees Opt[int] `json:"employees,omitzero"`
	// ResearchStaff is the number of research staff (科研人员).
	ResearchStaff Opt[int] `json:"research_staff,omitzero"`
	// QualifiedEmployees is how many employees hold a 本科 degree or a 中级 or higher title
	// (each counted once).
	QualifiedEmployees Opt[int] `json:"qualified_employees,omitzero"`
	// QualifiedResearchStaff is how many research staff do (used with
	// Options.DegreeRatioOverResearchStaff).
	QualifiedResearchStaff Opt[int] `json:"qualified_research_staff,omitzero"`
	// BachelorRDStaff is the number of professional R&D staff with a bachelor's degree or above.
	BachelorRDStaff Opt[int] `json:"bachelor_rd_staff,omitzero"`
	// TechnicalLeaders is the number of technical leaders (技术带头人).
	TechnicalLeaders Opt[int] `json:"technical_leaders,omitzero"`
	// FoundingEnterprise: founded and invested in by one or more backbone technology enterprises.
	FoundingEnterprise Opt[bool] `json:"founding_enterprise,omitzero"`
	// Partners are the institutions relied on (依托对象).
	Partners Opt[[]Partner] `json:"partners,omitzero"`
	// ServiceCases is the number of actual service cases.
	ServiceCases Opt[int] `json:"service_cases,omitzero"`
	// IncomeSources names the institution's sources of income (第三条（六）: 出资方投入, 技术
	// 开发、技术转让、技术服务、技术咨询收入, 政府购买服务收入, 承接科研项目获得的经费, …), one
	// entry each; Some([]string{}) says it has none, which fails. Whether the income is
	// 相对稳定 stays a reviewer's judgment.
	IncomeSources Opt[[]string] `json:"income_sources,omitzero"`
}

// Partner is an institution a new-type R&D institution relies on.
type Partner struct {
	Kind PartnerKind `json:"kind"`
	// Level is a key laboratory's level (自治区级（含）以上 qualifies).
	Level platform.Level `json:"level,omitempty"`
}
