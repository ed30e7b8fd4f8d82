package eligibility

import (
	"encoding/json"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/internal/enum"
)

// FactKind is the kind of value an input fact takes, as a form asks for it.
type FactKind uint8

// The kinds of fact.
const (
	CountFact  FactKind = iota + 1 // a whole number (JSON number)
	AreaFact                       // an area in ㎡ (JSON decimal string or number)
	MoneyFact                      // an amount in 元 (JSON decimal string)
	DateFact                       // a calendar date (JSON "YYYY-MM-DD")
	YesNoFact                      // yes or no (JSON true or false)
	ListFact                       // a list (JSON array) of the elements Fact.Elem describes
	ChoiceFact                     // one of Fact.Choices (JSON: its code; the Chinese word is accepted too)
	TextFact                       // free text (JSON string); Fact.Choices, when given, are suggestions
	CodeFact                       // a code the library checks: a credit code or a six-digit division (JSON string)
)

var factKindNames = names[FactKind]("FactKind",
	[]string{"", "count", "area", "money", "date", "yes_no", "list", "choice", "text", "code"},
	[]string{"", "数量", "面积", "金额", "日期", "是否", "列表", "选项", "文字", "代码"},
	[]string{"", "count", "area", "money", "date", "yes/no", "list", "choice", "text", "code"})

// Valid reports whether k is a known kind.
func (k FactKind) Valid() bool { return factKindNames.Valid(k) }

// String returns the stable code (count, area, money, date, yes_no, list, choice, text, code).
func (k FactKind) String() string { return factKindNames.String(k) }

// Chinese returns the Chinese word.
func (k FactKind) Chinese() string { return factKindNames.Chinese(k) }

// English returns the English word.
func (k FactKind) English() string { return factKindNames.English(k) }

// MarshalText writes the stable code.
func (k FactKind) MarshalText() ([]byte, error) { return factKindNames.Marshal(k) }

// UnmarshalText reads a code or the Chinese word.
func (k *FactKind) UnmarshalText(b []byte) error {
	v, err := factKindNames.ParseTrimmed(string(b))
	*k = v
	return err
}

// Choice is one allowed value of a choice fact: the code the JSON carries and its words.
type Choice struct {
	Code string `json:"code"`
	Zh   string `json:"zh"`
	En   string `json:"en"`
}

// Fact is one input fact of an application, described for a form or a traceability table:
// where it sits in the application's JSON, what kind of value it takes, in which unit, what
// it is called, whether it may be left out, and the rules that read it.
type Fact struct {
	// Path is the fact's place in the JSON of an Application, its keys joined by dots
	// (key_laboratory.lab_area, applicant.kind, date). For an element of a list (Elem), it
	// is the key inside the element (level), or "" when the element is the value itself (a
	// list of dates).
	Path string
	// Kind is the kind of value.
	Kind FactKind
	// Unit is the unit of a count, area or money fact (人, ㎡, 元, …); NoUnit otherwise.
	Unit platform.Unit
	// Choices are the allowed values of a choice fact, in the order of the enumeration; for
	// a text fact, values a form may suggest (others are allowed).
	Choices []Choice
	// Zh and En are the fact's label, in the words of the clause where there are some.
	Zh, En string
	// Optional is true when leaving the fact out costs nothing: no finding becomes Unknown
	// for its absence (an end date, a name shown only for display). Every other fact left
	// out makes the findings of its rules Unknown (never a pass or a fail), except the
	// application date, which is required.
	Optional bool
	// Rules are the IDs of the rules whose findings the fact can change, in catalog order.
	// Some are read only under a reading of Options (IntegrityForAllSections,
	// DegreeRatioOverResearchStaff) or when another fact says so (an alliance's lead
	// entity; a category's areas).
	Rules []string
	// Elem describes the elements of a list fact: the keys of each element, or one entry
	// with Path "" when each element is a plain value.
	Elem []Fact
}

// factJSON is Fact in JSON: the unit as its code and words.
type factJSON struct {
	Path     string   `json:"path"`
	Kind     FactKind `json:"kind"`
	Unit     string   `json:"unit,omitempty"`
	UnitZh   string   `json:"unit_zh,omitempty"`
	UnitEn   string   `json:"unit_en,omitempty"`
	Choices  []Choice `json:"choices,omitempty"`
	Zh       string   `json:"zh"`
	En       string   `json:"en"`
	Optional bool     `json:"optional,omitempty"`
	Rules    []string `json:"rules,omitempty"`
	Elem     []Fact   `json:"elem,omitempty"`
}

// MarshalJSON writes the fact with snake_case keys; the unit as its code (square_metre)
// and its Chinese and English words.
func (f Fact) MarshalJSON() ([]byte, error) {
	j := factJSON{Path: f.Path, Kind: f.Kind, Choices: f.Choices, Zh: f.Zh, En: f.En, Optional: f.Optional, Rules: f.Rules, Elem: f.Elem}
	if f.Unit != platform.NoUnit {
		j.Unit, j.UnitZh, j.UnitEn = f.Unit.String(), f.Unit.Chinese(), f.Unit.English()
	}
	return json.Marshal(j)
}

// Facts lists the input facts an application of type t takes, in the order a form asks
// for them: the application date, the place the platform is built, the applicant's facts
// the type's rules read, the record of bans, then every fact of the type's part. The
// reviewers' findings (Application.Reviews) are not facts of the application and are not
// listed. The list is a fresh copy; nil for an unknown type.
func Facts(t platform.Type) []Fact {
	var part []Fact
	switch t {
	case platform.EngineeringCenter:
		part = engineeringFacts()
	case platform.FieldStation:
		part = fieldStationFacts()
	case platform.KeyLaboratory:
		part = keyLabFacts()
	case platform.InnovationCenter:
		part = innovationFacts()
	case platform.ClinicalCenter:
		part = clinicalFacts()
	case platform.NewRDInstitution:
		part = newRDFacts()
	default:
		return nil
	}
	return append(commonFacts(t), part...)
}

// choices lists an enumeration's values as choices.
func choices[T ~uint8](n *enum.Names[T]) []Choice {
	vs := n.Values()
	out := make([]Choice, len(vs))
	for i, v := range vs {
		out[i] = Choice{Code: n.String(v), Zh: n.Chinese(v), En: n.English(v)}
	}
	return out
}

// platformChoices lists values of the root package's enumerations as choices.
func platformChoices[T interface {
	String() string
	Chinese() string
	English() string
}](vs []T) []Choice {
	out := make([]Choice, len(vs))
	for i, v := range vs {
		out[i] = Choice{Code: v.String(), Zh: v.Chinese(), En: v.English()}
	}
	return out
}

func fact(path string, k FactKind, u platform.Unit, zh, en string, rules ...string) Fact {
	return Fact{Path: path, Kind: k, Unit: u, Zh: zh, En: en, Rules: rules}
}

func optional(f Fact) Fact { f.Optional = true; return f }

func withChoices(f Fact, c []Choice) Fact { f.Choices = c; return f }

func list(path, zh, en string, elem []Fact, rules ...string) Fact {
	return Fact{Path: path, Kind: ListFact, Zh: zh, En: en, Rules: rules, Elem: elem}
}

// typeRules are the rules of each type that the common facts feed, by role.
type typeRules struct {
	dated      []string // rules that count a period from the application date
	builtIn    []string // rules Application.BuiltIn decides
	registered []string // rules where the applicant is registered decides
	since      []string // rules Applicant.RegisteredInSince feeds
	kind       []string
	entity     []string
	alliance   []string
	focus      string
	integrity  string
}

func rulesOf(t platform.Type) typeRules {
	bans := []string{RuleBan24, RuleBan25}
	switch t {
	case platform.EngineeringCenter:
		return typeRules{
			dated:      append(bans, RuleEngineeringOperatingYears, RuleEngineeringIntegrity),
			builtIn:    []string{RuleWithinLhasa},
			registered: []string{RuleWithinLhasa, RuleEngineeringRegisteredInLhasa},
			entity:     []string{RuleEngineeringIndependentLegalEntity},
			alliance:   []string{RuleEngineeringAllianceLeadEntity, RuleEngineeringAllianceAgreement},
			focus:      RuleEngineeringFocusField, integrity: RuleEngineeringIntegrity,
		}
	case platform.FieldStation:
		return typeRules{
			dated:      append(bans, RuleFieldStationRunningYears, RuleFieldStationObservationDataYears, RuleFieldStationIntegrity),
			builtIn:    []string{RuleWithinLhasa, RuleFieldStationSiteInLhasa},
			registered: []string{RuleWithinLhasa},
			kind:       []string{RuleFieldStationRelyingUnitKind},
			focus:      RuleFieldStationFocusField, integrity: RuleFieldStationIntegrity,
		}
	case platform.KeyLaboratory:
		return typeRules{
			dated:      append(bans, RuleKeyLabConstructionYears, RuleKeyLabProjects, RuleKeyLabPapers, RuleKeyLabIntegrity),
			builtIn:    []string{RuleWithinLhasa},
			registered: []string{RuleWithinLhasa, RuleKeyLabRegisteredInLhasa},
			kind:       []string{RuleKeyLabGraduateTraining},
			entity:     []string{RuleKeyLabIndependentLegalEntity},
			focus:      RuleKeyLabFocusField, integrity: RuleKeyLabIntegrity,
		}
	case platform.InnovationCenter:
		return typeRules{
			dated:      append(bans, RuleInnovationOperatingYears, RuleInnovationIntegrity),
			builtIn:    []string{RuleWithinLhasa},
			registered: []string{RuleWithinLhasa, RuleInnovationRegisteredInLhasa},
			entity:     []string{RuleInnovationEntityOrAlliance},
			alliance:   []string{RuleInnovationRegisteredInLhasa, RuleInnovationEntityOrAlliance},
			focus:      RuleInnovationFocusField, integrity: RuleInnovationIntegrity,
		}
	case platform.ClinicalCenter:
		return typeRules{
			dated:      append(bans, RuleClinicalPlanProjects, RuleClinicalIntegrity),
			builtIn:    []string{RuleWithinLhasa, RuleClinicalLeadHospitalInCity},
			registered: []string{RuleWithinLhasa, RuleClinicalLeadHospitalInCity},
			kind:       []string{RuleClinicalLeadUnitIsHospital},
			focus:      RuleClinicalFocusField, integrity: RuleClinicalIntegrity,
		}
	default: // platform.NewRDInstitution
		return typeRules{
			dated:      append(bans, RuleNewRDRegistrationYears, RuleNewRDIntegrity),
			builtIn:    []string{RuleWithinLhasa},
			registered: []string{RuleWithinLhasa, RuleNewRDRegisteredInLhasa, RuleNewRDRegistrationYears},
			since:      []string{RuleNewRDRegistrationYears},
			entity:     []string{RuleNewRDIndependentLegalEntity},
			focus:      RuleNewRDFocusField, integrity: RuleNewRDIntegrity,
		}
	}
}

// commonFacts are the facts outside the type's part that type t's rules read.
func commonFacts(t platform.Type) []Fact {
	r := rulesOf(t)
	out := []Fact{
		fact("date", DateFact, platform.NoUnit, "申报日期", "application date", r.dated...),
		fact("built_in", CodeFact, platform.NoUnit, "组建地（行政区划代码，6位）", "where the platform is built (six-digit division code)", r.builtIn...),
		optional(fact("applicant.name", TextFact, platform.NoUnit, "申报单位名称", "applicant's name")),
		fact("applicant.credit_code", CodeFact, platform.NoUnit, "统一社会信用代码", "unified social credit code", r.registered...),
		fact("applicant.registered_in", CodeFact, platform.NoUnit, "现登记机关所在地（行政区划代码，6位）", "where the applicant is registered now (six-digit division code)", r.registered...),
	}
	if r.since != nil {
		out = append(out, fact("applicant.registered_in_since", DateFact, platform.NoUnit, "在该地登记（或迁入）的日期", "registered there (or moved there) since", r.since...))
	}
	if r.kind != nil {
		out = append(out, withChoices(fact("applicant.kind", ChoiceFact, platform.NoUnit, "单位类型", "kind of unit", r.kind...), choices(unitKindNames)))
	}
	if r.entity != nil {
		out = append(out, fact("applicant.independent_legal_entity", YesNoFact, platform.NoUnit, "独立法人", "independent legal person", r.entity...))
	}
	if r.alliance != nil {
		out = append(out, fact("applicant.alliance", YesNoFact, platform.NoUnit, "以联盟等形式共同申请", "applying as an alliance", r.alliance...))
	}
	fields := make([]Choice, 0, 16)
	for _, f := range FocusFields(t) {
		fields = append(fields, Choice{Code: f, Zh: f, En: f})
	}
	out = append(out,
		withChoices(fact("applicant.field", TextFact, platform.NoUnit, "申报领域（第二条）", "focus field (第二条)", r.focus), fields),
		list("applicant.integrity", "申报前2年失信和学术不端记录（无则为空列表）", "失信 and 学术不端 incidents in the 2 years before applying (an empty list: none)", []Fact{
			withChoices(fact("kind", ChoiceFact, platform.NoUnit, "类别", "kind"), choices(incidentKindNames)),
			fact("date", DateFact, platform.NoUnit, "日期", "date"),
			optional(fact("unit", TextFact, platform.NoUnit, "涉及单位", "unit concerned")),
		}, r.integrity),
		list("bans", "第二十四、二十五条的禁止申请记录（无则为空列表）", "bans on applying of 第二十四、二十五条 (an empty list: none)", []Fact{
			withChoices(fact("article", ChoiceFact, platform.NoUnit, "依据条款", "article"), banArticles()),
			optional(fact("kind", TextFact, platform.NoUnit, "事由", "kind")),
			optional(fact("from", DateFact, platform.NoUnit, "决定日期", "decided on")),
			fact("last_day", DateFact, platform.NoUnit, "禁止期最后一日", "last day of the ban"),
		}, RuleBan24, RuleBan25),
	)
	return out
}

// banArticles are the articles a ban rests on, as the JSON writes them.
func banArticles() []Choice {
	out := make([]Choice, 0, 2)
	for _, a := range []int{24, 25} {
		c := platform.Art(a)
		b, _ := c.MarshalText() // a citation of the main text always marshals
		out = append(out, Choice{Code: string(b), Zh: c.String(), En: c.English()})
	}
	return out
}

// projectFacts are the keys of a Project.
func projectFacts() []Fact {
	return []Fact{
		withChoices(fact("level", ChoiceFact, platform.NoUnit, "计划级别", "plan level"), choices(planLevelNames)),
		withChoices(fact("role", ChoiceFact, platform.NoUnit, "承担或参与", "undertook or took part"), choices(roleNames)),
		fact("date", DateFact, platform.NoUnit, "立项（或参与）日期", "start (立项) date"),
		optional(fact("end", DateFact, platform.NoUnit, "结题日期", "end (结题) date")),
	}
}

func engineeringFacts() []Fact {
	const p = "engineering_research_center."
	return []Fact{
		fact(p+"operating_since", DateFact, platform.NoUnit, "持续运营起始日期", "operating continuously since", RuleEngineeringOperatingYears),
		optional(fact(p+"operating_until", DateFact, platform.NoUnit, "停止运营的最后一日（仍在运营则不填）", "last day of operation (empty while operating)", RuleEngineeringOperatingYears)),
		fact(p+"alliance_lead_entity", YesNoFact, platform.NoUnit, "联盟已确立主建法人单位", "the alliance has a lead legal entity", RuleEngineeringAllianceLeadEntity),
		fact(p+"alliance_agreement", YesNoFact, platform.NoUnit, "联盟附有共建协议书", "the alliance has a co-construction agreement", RuleEngineeringAllianceAgreement),
		fact(p+"site_area", AreaFact, platform.SquareMetre, "研究、试验和技术服务场所面积", "area of the research, testing and service site", RuleEngineeringSiteArea),
		fact(p+"facilities_value", MoneyFact, platform.Yuan, "工程技术试验条件和基础设施价值", "value of the test conditions and infrastructure", RuleEngineeringFacilitiesValue),
		fact(p+"technical_leaders", CountFact, platform.Person, "工程技术带头人人数", "engineering technical leaders", RuleEngineeringTechnicalLeaderCount),
		fact(p+"team_size", CountFact, platform.Person, "专兼职队伍人数", "full- and part-time team", RuleEngineeringTeamSize),
		fact(p+"newly_founded", YesNoFact, platform.NoUnit, "新筹建", "newly being set up", RuleEngineeringNewCentrePlans),
		fact(p+"relying_unit_support", YesNoFact, platform.NoUnit, "依托单位提供资金、技术支撑和条件保障", "the relying unit provides funds, support and conditions", RuleEngineeringRelyingUnitSupport),
	}
}

func fieldStationFacts() []Fact {
	const p = "field_station."
	return []Fact{
		fact(p+"site_in_lhasa", YesNoFact, platform.NoUnit, "观测站点在拉萨市辖内", "the observation site lies within Lhasa", RuleWithinLhasa, RuleFieldStationSiteInLhasa),
		fact(p+"land_certificate", YesNoFact, platform.NoUnit, "持有土地使用权证", "holds a land-use-right certificate", RuleFieldStationLandUseRight),
		fact(p+"land_use_years", CountFact, platform.YearUnit, "土地使用权证明的未来年限", "future years of land use proven", RuleFieldStationLandUseRight),
		fact(p+"running_since", DateFact, platform.NoUnit, "正常运行起始日期", "running normally since", RuleFieldStationRunningYears),
		optional(fact(p+"running_until", DateFact, platform.NoUnit, "停止运行的最后一日（仍在运行则不填）", "last day it ran (empty while running)", RuleFieldStationRunningYears)),
		fact(p+"data_since", DateFact, platform.NoUnit, "连续观测数据起始日期", "continuous observation data since", RuleFieldStationObservationDataYears),
		optional(fact(p+"data_until", DateFact, platform.NoUnit, "观测数据截止日期（仍在观测则不填）", "last day of the data series (empty while observing)", RuleFieldStationObservationDataYears)),
		fact(p+"open_sharing", YesNoFact, platform.NoUnit, "承诺数据和仪器设备开放共享", "commits to open sharing", RuleFieldStationOpenSharing),
		fact(p+"support", YesNoFact, platform.NoUnit, "依托单位和主管部门保障人、财、物", "the relying unit and department guarantee people, money and materials", RuleFieldStationSupport),
	}
}

func keyLabFacts() []Fact {
	const p = "key_laboratory."
	return []Fact{
		fact(p+"lab_area", AreaFact, platform.SquareMetre, "实验室面积", "laboratory area", RuleKeyLabLabArea),
		fact(p+"equipment_value", MoneyFact, platform.Yuan, "仪器设备等固定资产价值", "value of instruments, equipment and other fixed assets", RuleKeyLabEquipmentValue),
		fact(p+"built_since", DateFact, platform.NoUnit, "开始建设日期", "construction began on", RuleKeyLabConstructionYears),
		fact(p+"team_size", CountFact, platform.Person, "专兼职科研人才队伍人数", "full- and part-time research team", RuleKeyLabTeamSize),
		list(p+"projects", "近三年承担、参与的科技项目", "plan projects undertaken or taken part in", projectFacts(), RuleKeyLabProjects),
		list(p+"papers", "在申报领域发表的高质量论文（发表日期）", "high-quality papers in the field (publication dates)",
			[]Fact{fact("", DateFact, platform.NoUnit, "发表日期", "published on")}, RuleKeyLabPapers),
		fact(p+"full_time_researchers", CountFact, platform.Person, "专职研究人员人数", "full-time researchers",
			RuleKeyLabFullTimeResearchers, RuleKeyLabMidTitleRatio, RuleKeyLabSeniorTitleRatio),
		fact(p+"mid_or_senior", CountFact, platform.Person, "其中中级及以上职称人数", "of whom 中级 title or higher", RuleKeyLabMidTitleRatio),
		fact(p+"senior", CountFact, platform.Person, "其中高级职称人数", "of whom 高级 title", RuleKeyLabSeniorTitleRatio),
		fact(p+"master_degree_right", YesNoFact, platform.NoUnit, "（高校）具有硕士及以上学位授予权", "(university) holds master's degree-granting rights", RuleKeyLabGraduateTraining),
		fact(p+"graduate_training", YesNoFact, platform.NoUnit, "（科研院所、企业）具有培养研究生的条件和能力（以下三项均未填时适用）", "(institute, enterprise) can train graduate students (read when none of the next three is given)", RuleKeyLabGraduateTraining),
		fact(p+"joint_training_agreement", YesNoFact, platform.NoUnit, "（科研院所、企业）已签署联合培养协议", "(institute, enterprise) has signed a joint-training agreement", RuleKeyLabGraduateTraining),
		fact(p+"dual_supervisors", YesNoFact, platform.NoUnit, "（科研院所、企业）已建立双导师制", "(institute, enterprise) has a dual-supervisor system", RuleKeyLabGraduateTraining),
		fact(p+"other_training_evidence", YesNoFact, platform.NoUnit, "（科研院所、企业）有培养研究生的其他条件和能力", "(institute, enterprise) other evidence of capacity to train graduate students", RuleKeyLabGraduateTraining),
		fact(p+"relying_unit_support", YesNoFact, platform.NoUnit, "依托单位提供资金、技术支撑和条件保障", "the relying unit provides funds, support and conditions", RuleKeyLabRelyingUnitSupport),
	}
}

func innovationFacts() []Fact {
	const p = "technology_innovation_center."
	return []Fact{
		fact(p+"operating_since", DateFact, platform.NoUnit, "运营起始日期", "operating since", RuleInnovationOperatingYears),
		optional(fact(p+"operating_until", DateFact, platform.NoUnit, "停止运营的最后一日（仍在运营则不填）", "last day of operation (empty while operating)", RuleInnovationOperatingYears)),
		fact(p+"public_services", YesNoFact, platform.NoUnit, "为行业企业提供技术研发和成果转化等公共服务", "provides public R&D and transfer services to enterprises", RuleInnovationPublicServices),
		fact(p+"team_size", CountFact, platform.Person, "稳定的技术研发和服务团队人数", "stable R&D and service team", RuleInnovationTeamSize),
		fact(p+"service_cases", CountFact, platform.Item, "已形成的服务案例数", "service cases formed", RuleInnovationServiceCases),
	}
}

func clinicalFacts() []Fact {
	const p = "clinical_research_center."
	return []Fact{
		withChoices(fact(p+"hospital_grade", ChoiceFact, platform.NoUnit, "牵头医院等级", "lead hospital's grade", RuleClinicalHospitalGrade), choices(hospitalGradeNames)),
		fact(p+"research_conditions", YesNoFact, platform.NoUnit, "具备临床研究实验条件和基础设施", "clinical research conditions and infrastructure", RuleClinicalResearchConditions),
		fact(p+"research_equipment", YesNoFact, platform.NoUnit, "有必要的研究试验设备和分析检测仪器", "the necessary research and testing equipment", RuleClinicalResearchEquipment),
		list(p+"projects", "申报前3年内的科技计划项目", "plan projects in the 3 years before applying", projectFacts(), RuleClinicalPlanProjects),
		fact(p+"city_hospitals", CountFact, platform.Institution, "联合的市级优势医院数（不含牵头医院）", "city-level leading hospitals joined in the network (the lead hospital not counted)", RuleClinicalCityHospitals),
		fact(p+"lead_hospital_city_level", YesNoFact, platform.NoUnit, "牵头医院本身为市级医院", "the lead hospital is itself a city-level hospital", RuleClinicalCityHospitals),
		fact(p+"county_institutions", CountFact, platform.Institution, "网络中的县区基层医疗机构数", "county or district primary institutions in the network", RuleClinicalCountyInstitutions),
		fact(p+"charter", YesNoFact, platform.NoUnit, "已制定《临床医学研究中心管理章程》", "the centre's management charter is in place", RuleClinicalCharter),
		fact(p+"managers", YesNoFact, platform.NoUnit, "具备专职管理人员", "full-time managers in place", RuleClinicalManagers),
	}
}

func newRDFacts() []Fact {
	const p = "new_rd_institution."
	categoryRules := []string{RuleNewRDCategory,
		RuleNewRDAgricultureFacilities, RuleNewRDAgricultureArea, RuleNewRDAgricultureEquipment, RuleNewRDAgricultureFunctions,
		RuleNewRDIndustryFacilities, RuleNewRDIndustryArea, RuleNewRDIndustryEquipment, RuleNewRDIndustryFunctions,
		RuleNewRDServiceFacilities, RuleNewRDServiceArea, RuleNewRDServiceFunctions, RuleNewRDOtherCaseByCase}
	return []Fact{
		fact(p+"registered_on", DateFact, platform.NoUnit, "登记注册日期", "registered on", RuleNewRDRegistrationYears),
		fact(p+"multi_investor", YesNoFact, platform.NoUnit, "多元投资设立", "set up by several investors",
			RuleNewRDBoardDecision, RuleNewRDDirectorResponsibility, RuleNewRDCharter),
		fact(p+"board", YesNoFact, platform.NoUnit, "实行理事会、董事会决策制", "council or board decides", RuleNewRDBoardDecision),
		fact(p+"director_responsibility", YesNoFact, platform.NoUnit, "实行院长、所长、总经理负责制", "director responsibility system", RuleNewRDDirectorResponsibility),
		fact(p+"charter", YesNoFact, platform.NoUnit, "依法制定章程并依照章程管理运行", "articles made and followed", RuleNewRDCharter),
		withChoices(fact(p+"category", ChoiceFact, platform.NoUnit, "备案类别", "filing category", categoryRules...), platformChoices(platform.Categories())),
		fact(p+"office_area", AreaFact, platform.SquareMetre, "自主可支配的办公面积", "self-controlled office area", RuleNewRDAgricultureArea, RuleNewRDServiceArea),
		fact(p+"research_area", AreaFact, platform.SquareMetre, "自主可支配的科研用房面积", "self-controlled research area", RuleNewRDAgricultureArea, RuleNewRDIndustryArea),
		fact(p+"field_area", AreaFact, platform.SquareMetre, "自主可支配的实验田面积", "self-controlled experimental-field area", RuleNewRDAgricultureArea),
		fact(p+"equipment_value", MoneyFact, platform.Yuan, "科研设备总价值", "total value of research equipment", RuleNewRDAgricultureEquipment, RuleNewRDIndustryEquipment),
		list(p+"functions", "具有的功能", "functions performed",
			[]Fact{withChoices(fact("", ChoiceFact, platform.NoUnit, "功能", "function"), choices(functionNames))},
			RuleNewRDAgricultureFunctions, RuleNewRDIndustryFunctions, RuleNewRDServiceFunctions),
		fact(p+"employees", CountFact, platform.Person, "职工总人数", "employees", RuleNewRDResearchStaffRatio, RuleNewRDDegreeOrTitleRatio),
		fact(p+"research_staff", CountFact, platform.Person, "科研人员人数", "research staff", RuleNewRDResearchStaffRatio, RuleNewRDDegreeOrTitleRatio),
		fact(p+"qualified_employees", CountFact, platform.Person, "本科学历或中级职称以上的职工人数", "employees with a 本科 degree or 中级 title", RuleNewRDDegreeOrTitleRatio),
		fact(p+"qualified_research_staff", CountFact, platform.Person, "其中科研人员人数（按科研人员计算比例时）", "of whom research staff (when the ratio is over research staff)", RuleNewRDDegreeOrTitleRatio),
		fact(p+"bachelor_rd_staff", CountFact, platform.Person, "本科以上学历的研发专业技术人员", "R&D staff with a bachelor's degree or above", RuleNewRDBachelorRDStaff),
		fact(p+"technical_leaders", CountFact, platform.Person, "技术带头人人数", "technical leaders", RuleNewRDTechnicalLeader),
		fact(p+"founding_enterprise", YesNoFact, platform.NoUnit, "由行业科技型骨干企业发起并投资", "founded by backbone technology enterprises", RuleNewRDFoundingEnterprise),
		list(p+"partners", "依托对象", "institutions relied on", []Fact{
			withChoices(fact("kind", ChoiceFact, platform.NoUnit, "类型", "kind"), choices(partnerKindNames)),
			withChoices(fact("level", ChoiceFact, platform.NoUnit, "（重点实验室的）级别", "(a key laboratory's) level"), platformChoices(platform.Levels())),
		}, RuleNewRDRelyingInstitution),
		fact(p+"service_cases", CountFact, platform.Item, "实际服务案例数", "actual service cases", RuleNewRDServiceCases),
		list(p+"income_sources", "收入来源（每项一条；无则为空列表）", "sources of income (one each; an empty list: none)",
			[]Fact{fact("", TextFact, platform.NoUnit, "收入来源", "source of income")}, RuleNewRDIncomeSources),
	}
}
