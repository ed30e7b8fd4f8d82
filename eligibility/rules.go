package eligibility

import "github.com/lhasa-sti/platform"

// ruleIndex indexes the package's rule table. The order is the order of the catalog and
// of the findings: the main text first, then each annex section in annex order.
type ruleIndex uint16

const (
	rWithinLhasa ruleIndex = iota
	rBan24
	rBan25

	rEFocus
	rERegistered
	rELegalEntity
	rEInfluence
	rEOperating
	rEAllianceLead
	rEAllianceAgreement
	rEDevelopmentFit
	rEFoundation
	rESiteFixed
	rESiteArea
	rEFacilities
	rEOrganisation
	rELeader
	rELeaderCount
	rETeamLevel
	rETeam
	rETesting
	rENewCentre
	rESupport
	rEIntegrity

	rFFocus
	rFSiteInLhasa
	rFRelyingUnit
	rFStrategicFit
	rFRepresentative
	rFSite
	rFLand
	rFResearchLevel
	rFRunning
	rFData
	rFInfluence
	rFTaskCapacity
	rFTeam
	rFManagement
	rFOpenSharing
	rFSupport
	rFIntegrity

	rKFocus
	rKRegistered
	rKLegalEntity
	rKConditions
	rKArea
	rKEquipment
	rKAdvantage
	rKManagement
	rKBuild
	rKLeader
	rKTeamQuality
	rKTeam
	rKProjects
	rKPapers
	rKFullTime
	rKMidRatio
	rKSeniorRatio
	rKGraduate
	rKOpenMechanism
	rKDirection
	rKGoals
	rKIP
	rKSupport
	rKIntegrity

	rIFocus
	rIRegistered
	rIEntity
	rIOperating
	rIPublicServices
	rIStrategic
	rIPositioning
	rIStrength
	rILeadingResults
	rILeaders
	rIStableTeam
	rITeam
	rICollaboration
	rIServiceCases
	rIGoals
	rIIntegrity

	rCFocus
	rCInCity
	rCLeadHospital
	rCGrade
	rCConditions
	rCBedsCases
	rCEquipment
	rCLeader
	rCTeam
	rCResults
	rCProjects
	rCNetwork
	rCCityHospitals
	rCCounty
	rCCharter
	rCManagers
	rCIntegrity

	rNFocus
	rNStrategicFit
	rNCapacity
	rNLegalEntity
	rNRegistered
	rNRegistration
	rNManagement
	rNBoard
	rNDirector
	rNCharter
	rNCategory
	rNAgriFacilities
	rNAgriArea
	rNAgriEquipment
	rNAgriFunctions
	rNIndFacilities
	rNIndArea
	rNIndEquipment
	rNIndFunctions
	rNSvcFacilities
	rNSvcArea
	rNSvcFunctions
	rNOther
	rNStableTeam
	rNResearchRatio
	rNQualifiedRatio
	rNBachelor
	rNLeaders
	rNFounder
	rNPartner
	rNServiceCases
	rNIncomeSources
	rNIncome
	rNIntegrity

	numRules
)

// ruleDef is the static part of a rule: everything except the boundary word, which comes
// from the thresholds in use.
type ruleDef struct {
	id       string
	typ      platform.Type // 0: every type
	cite     platform.Citation
	zh, en   string
	judgment bool // a clause that needs a reviewer's judgment
}

var (
	tE = platform.EngineeringCenter
	tF = platform.FieldStation
	tK = platform.KeyLaboratory
	tI = platform.InnovationCenter
	tC = platform.ClinicalCenter
	tN = platform.NewRDInstitution
)

func ax(t platform.Type, art int, item ...int) platform.Citation {
	return platform.AnnexArt(t, art, item...)
}

// ruleDefs is the package's rule table, built from literals and never changed.
var ruleDefs = [numRules]ruleDef{
	rWithinLhasa: {RuleWithinLhasa, 0, platform.Art(2),
		"本办法所称的科技创新平台仅指在拉萨市行政区域范围内组建的工程技术研究中心、重点实验室、技术创新中心、临床医学研究中心、野外科学观测研究站、新型研发机构等",
		"the platform is built within the administrative region of Lhasa", false},
	rBan24: {RuleBan24, 0, platform.Art(24),
		"无故不参加评估或中途退出评估、整改检查未通过的不再列入市级科技创新平台备案序列，三年内不得再次申请市级科技创新平台",
		"a platform removed for skipping or leaving an evaluation or failing the rectification check may not apply again within three years", false},
	rBan25: {RuleBan25, 0, platform.Art(25),
		"弄虚作假、提供虚假材料骗取资金和备案资格的，三年内不得申请备案；已纳入备案范围的予以清退处理，三年内不得重新申请备案；…对出现环保、安全生产、生物安全事故及知识产权、学术不端等行为的，依法依规予以问责处理，并予以摘牌且五年内不得重新申请备案",
		"fraud bars an application for three years; expulsion bars a new application for three years; delisting for accidents, IP violations or academic misconduct bars it for five years", false},

	// 附件·拉萨市工程技术研究中心
	rEFocus: {RuleEngineeringFocusField, tE, ax(tE, 2),
		"主要围绕拉萨现代农牧业（青稞、牦牛、饲草、奶业、农产品加工、设施农业等）、高原绿色工业(饮用水、轻工业制造、装配式建筑、新型材料、清洁能源、高原制供氧等)、特色文化旅游、数字经济（软件开发、东数西算等）、现代服务业（电子信息、检疫检测、技术咨询服务等）等重点特色产业领域",
		"focus on modern agriculture and animal husbandry, plateau green industry, cultural tourism, the digital economy, modern services and similar key industries", false},
	rERegistered: {RuleEngineeringRegisteredInLhasa, tE, ax(tE, 3, 1),
		"申报对象应是在拉萨市行政区域依法登记注册的独立法人单位",
		"the applicant is registered according to law within the administrative region of Lhasa", false},
	rELegalEntity: {RuleEngineeringIndependentLegalEntity, tE, ax(tE, 3, 1),
		"申报对象应是…独立法人单位",
		"the applicant is an independent legal person", false},
	rEInfluence: {RuleEngineeringInfluence, tE, ax(tE, 3, 1),
		"对本领域技术创新及行业进步具有较强的影响力",
		"strong influence on technical innovation and progress in its field", true},
	rEOperating: {RuleEngineeringOperatingYears, tE, ax(tE, 3, 1),
		"持续运营不低于{v}年",
		"in continuous operation for at least {v} years", false},
	rEAllianceLead: {RuleEngineeringAllianceLeadEntity, tE, ax(tE, 3, 1),
		"以联盟等形式共同申请的，必须确立一个主建法人单位",
		"a joint application by an alliance must designate one lead legal entity", false},
	rEAllianceAgreement: {RuleEngineeringAllianceAgreement, tE, ax(tE, 3, 1),
		"以联盟等形式共同申请的，…并附有共建协议书，明确各方权责",
		"a joint application by an alliance must attach a co-construction agreement stating each party's rights and duties", false},
	rEDevelopmentFit: {RuleEngineeringDevelopmentFit, tE, ax(tE, 3, 2),
		"符合拉萨市经济社会发展需要、产业结构调整的方向和战略性新兴产业发展的要求",
		"fits Lhasa's economic and social development needs, industrial restructuring and strategic emerging industries", true},
	rEFoundation: {RuleEngineeringEngineeringFoundation, tE, ax(tE, 3, 2),
		"拥有较好的工程技术研究、设计基础和较丰富的成果转化背景及经验",
		"a good foundation in engineering research and design and rich experience in transferring results", true},
	rESiteFixed: {RuleEngineeringSiteFixedAndConcentrated, tE, ax(tE, 3, 3),
		"具有相对固定、集中…的工程技术研究、试验和技术服务的场所",
		"a relatively fixed and concentrated site for engineering research, testing and technical services", true},
	rESiteArea: {RuleEngineeringSiteArea, tE, ax(tE, 3, 3),
		"具有…不低于{v}㎡的工程技术研究、试验和技术服务的场所",
		"a site for engineering research, testing and technical services of at least {v} m²", false},
	rEFacilities: {RuleEngineeringFacilitiesValue, tE, ax(tE, 3, 3),
		"具备价值不低于{w}万元的工程技术试验条件和基础设施",
		"engineering test conditions and infrastructure worth at least {y} yuan", false},
	rEOrganisation: {RuleEngineeringOrganisation, tE, ax(tE, 3, 3),
		"拥有健全的组织机构和良好的运行管理制度",
		"a sound organisation and good operating and management rules", true},
	rELeader: {RuleEngineeringTechnicalLeader, tE, ax(tE, 3, 4),
		"具有技术水平高、工程化实践经验丰富的工程技术带头人",
		"an engineering leader of high technical level and rich engineering experience", true},
	rELeaderCount: {RuleEngineeringTechnicalLeaderCount, tE, ax(tE, 3, 4),
		"具有…工程技术带头人",
		"has at least one engineering leader (the leader's level is the judgment of rule 3.4.technical_leader)", false},
	rETeamLevel: {RuleEngineeringTeamLevel, tE, ax(tE, 3, 4),
		"拥有…水平较高的工程技术研究、开发和实施的专兼职队伍",
		"a full- and part-time engineering research, development and implementation team of a fairly high level", true},
	rETeam: {RuleEngineeringTeamSize, tE, ax(tE, 3, 4),
		"拥有不低于{v}人，…工程技术研究、开发和实施的专兼职队伍",
		"a full- and part-time engineering research, development and implementation team of at least {v} persons", false},
	rETesting: {RuleEngineeringTestingCapability, tE, ax(tE, 3, 4),
		"有比较完备的检测、分析、测试手段和工艺设备，具备承担工程技术试验任务和服务的能力",
		"fairly complete testing, analysis and process equipment, and the capacity to take on engineering test tasks and services", true},
	rENewCentre: {RuleEngineeringNewCentrePlans, tE, ax(tE, 3, 5),
		"对于新筹建的工程技术中心，主要评价其研究开发方向、人才队伍、硬件建设、运行管理、服务案例及科研开发计划等条件",
		"a newly founded centre is judged mainly on its R&D direction, team, facilities, management, service cases and research plans", true},
	rESupport: {RuleEngineeringRelyingUnitSupport, tE, ax(tE, 3, 6),
		"依托单位提供保证工程技术研究中心开展工作的资金和技术支撑、基础设施和后勤保障以及学术活动条件",
		"the relying unit provides funds, technical support, infrastructure, logistics and conditions for academic activity", false},
	rEIntegrity: {RuleEngineeringIntegrity, tE, ax(tE, 3, 7),
		"依托单位、联合共建单位申报前{p}年无失信和学术不端行为",
		"no dishonesty or academic misconduct by the relying unit or any co-building unit in the {p} years before the application", false},

	// 附件·拉萨市野外科学观测研究站
	rFFocus: {RuleFieldStationFocusField, tF, ax(tF, 2),
		"主要以拉萨创建国家生态文明高地为目标，围绕高原生态系统，开展观测试验、科学研究和示范服务",
		"focus on plateau ecosystems, for Lhasa's national ecological-civilisation goal", false},
	rFSiteInLhasa: {RuleFieldStationSiteInLhasa, tF, ax(tF, 3, 1),
		"观测站点在拉萨市辖内",
		"the observation site lies within Lhasa's jurisdiction", false},
	rFRelyingUnit: {RuleFieldStationRelyingUnitKind, tF, ax(tF, 3, 1),
		"依托高校、科研院所及行业部门等单位建设",
		"built relying on a university, research institute, industry department or similar unit", false},
	rFStrategicFit: {RuleFieldStationStrategicFit, tF, ax(tF, 3, 2),
		"符合国家、西藏自治区和拉萨市战略需求和学科长远发展需要",
		"fits national, regional and city strategic needs and the long-term needs of the discipline", true},
	rFRepresentative: {RuleFieldStationRepresentativeness, tF, ax(tF, 3, 2),
		"遵循自然环境分异规律，具有典型区域或领域代表性",
		"follows natural geographic differentiation and is typical of its region or field", true},
	rFSite: {RuleFieldStationSiteAndInfrastructure, tF, ax(tF, 3, 3),
		"具备满足观测需求的实验场地，有较为完善的观测实验基础设施",
		"an experimental site meeting the observation needs and fairly complete observation infrastructure", true},
	rFLand: {RuleFieldStationLandUseRight, tF, ax(tF, 3, 3),
		"观测实验场地、基础设施用地应具有相关土地使用权证或具有未来{v}年以上的土地使用权证明",
		"a land-use-right certificate for the site and infrastructure land, or proof of land use for {v} years or more ahead", false},
	rFResearchLevel: {RuleFieldStationResearchLevel, tF, ax(tF, 3, 4),
		"具有较高的科学观测和实验研究水平",
		"a fairly high level of scientific observation and experimental research", true},
	rFRunning: {RuleFieldStationRunningYears, tF, ax(tF, 3, 4),
		"已正常运行{v}年以上",
		"has run normally for {v} year(s) or more", false},
	rFData: {RuleFieldStationObservationDataYears, tF, ax(tF, 3, 4),
		"具有连续{v}年以上的系统性观测实验数据",
		"has continuous systematic observation data for {v} year(s) or more", false},
	rFInfluence: {RuleFieldStationDistinctiveInfluence, tF, ax(tF, 3, 4),
		"在本领域具有自身特色和较大影响",
		"distinctive and influential in its field", true},
	rFTaskCapacity: {RuleFieldStationTaskCapacity, tF, ax(tF, 3, 4),
		"有能力承担市级及以上的科研任务",
		"able to take on city-level or higher research tasks", true},
	rFTeam: {RuleFieldStationTeamStructure, tF, ax(tF, 3, 5),
		"具有结构合理的研究、技术支撑和管理队伍",
		"a well-structured research, technical-support and management team", true},
	rFManagement: {RuleFieldStationManagementRules, tF, ax(tF, 3, 5),
		"具有完善的内部管理制度和运行机制",
		"complete internal management rules and operating mechanisms", true},
	rFOpenSharing: {RuleFieldStationOpenSharing, tF, ax(tF, 3, 6),
		"承诺野外站的观测和实验数据、仪器设备设施等科技资源按照有关规定开放共享",
		"commits to share its observation data, instruments and facilities openly as the rules provide", false},
	rFSupport: {RuleFieldStationSupport, tF, ax(tF, 3, 7),
		"依托单位和主管部门能够保障人、财、物等相关支撑条件",
		"the relying unit and the supervising department guarantee people, money and materials", false},
	rFIntegrity: {RuleFieldStationIntegrity, tF, platform.Art(25),
		"市级科技创新平台纳入全市科研诚信管理范畴（选项：申报前{p}年无失信和学术不端行为）",
		"research integrity (option): no dishonesty or academic misconduct in the {p} years before the application", false},

	// 附件·拉萨市重点实验室
	rKFocus: {RuleKeyLabFocusField, tK, ax(tK, 2),
		"围绕高原生命健康、藏医药资源保护与开发、食品安全、文物保护、特色农牧业、生态环境、智慧城市、新能源等领域",
		"focus on plateau life and health, Tibetan medicine, food safety, cultural relics, agriculture and animal husbandry, ecology, smart cities, new energy and similar fields", false},
	rKRegistered: {RuleKeyLabRegisteredInLhasa, tK, ax(tK, 3, 1),
		"依托单位须为在拉萨市行政区域依法登记注册的独立法人单位",
		"the relying unit is registered according to law within the administrative region of Lhasa", false},
	rKLegalEntity: {RuleKeyLabIndependentLegalEntity, tK, ax(tK, 3, 1),
		"依托单位须为…独立法人单位",
		"the relying unit is an independent legal person", false},
	rKConditions: {RuleKeyLabResearchConditions, tK, ax(tK, 3, 1),
		"具备良好的科研条件和基础设施，…具备开展基础研究和应用基础研究所必需的仪器设备和设施",
		"good research conditions and infrastructure, and the instruments and facilities basic and applied basic research need", true},
	rKArea: {RuleKeyLabLabArea, tK, ax(tK, 3, 1),
		"实验室面积不少于{v}m2",
		"laboratory area of at least {v} m²", false},
	rKEquipment: {RuleKeyLabEquipmentValue, tK, ax(tK, 3, 1),
		"仪器设备等固定资产价值不低于{w}万",
		"instruments, equipment and other fixed assets worth at least {y} yuan", false},
	rKAdvantage: {RuleKeyLabInnovationAdvantage, tK, ax(tK, 3, 2),
		"实验室在相关学科、领域具备创新优势",
		"an innovation advantage in its disciplines and fields", true},
	rKManagement: {RuleKeyLabManagementAndEnvironment, tK, ax(tK, 3, 2),
		"具有完善的内部管理制度和良好的科研创新环境，学风正派",
		"complete internal management rules, a good research environment and a sound academic ethos", true},
	rKBuild: {RuleKeyLabConstructionYears, tK, ax(tK, 3, 2),
		"具有{v}年以上建设基础",
		"{v} years or more of construction", false},
	rKLeader: {RuleKeyLabDisciplineLeader, tK, ax(tK, 3, 3),
		"拥有学术水平高、学风严谨、组织能力强的学科带头人",
		"a discipline leader of high academic level, rigor and organizing ability", true},
	rKTeamQuality: {RuleKeyLabTeamQuality, tK, ax(tK, 3, 3),
		"实验室拥有…学术思想活跃、科研业绩优秀、团结协作、结构合理…的专兼职科研人才队伍",
		"a full- and part-time research team of lively academic thinking, excellent research record, good cooperation and sound structure", true},
	rKTeam: {RuleKeyLabTeamSize, tK, ax(tK, 3, 3),
		"实验室拥有…不低于{v}人的专兼职科研人才队伍",
		"a full- and part-time research team of at least {v} persons", false},
	rKProjects: {RuleKeyLabProjects, tK, ax(tK, 3, 4),
		"依托单位、联合共建单位在该研究领域近{P}年来承担、参与国家级、自治区级、市级科技项目{v}项以上",
		"the relying and co-building units undertook or took part in {v} or more national, regional or city projects in the field in the last {p} years", false},
	rKPapers: {RuleKeyLabPapers, tK, ax(tK, 3, 4),
		"在申报领域发表高质量论文{v}篇以上",
		"{v} or more high-quality papers published in the field (in the last {p} years)", false},
	rKFullTime: {RuleKeyLabFullTimeResearchers, tK, ax(tK, 3, 5),
		"依托单位、联合共建单位专职从事本领域的研究人员不少于{v}人",
		"the relying and co-building units have at least {v} full-time researchers in the field", false},
	rKMidRatio: {RuleKeyLabMidTitleRatio, tK, ax(tK, 3, 5),
		"其中，中级及以上职称专业技术人员占{v}%以上",
		"of them, {v}% or more hold an intermediate or higher professional title", false},
	rKSeniorRatio: {RuleKeyLabSeniorTitleRatio, tK, ax(tK, 3, 5),
		"高级职称专业技术人员占{v}%以上",
		"of them, {v}% or more hold a senior professional title", false},
	rKGraduate: {RuleKeyLabGraduateTraining, tK, ax(tK, 3, 6),
		"高校重点实验室应具有硕士及以上学位授予权，科研院所、企业重点实验室应具有培养（或代培）研究生的条件和能力（签署联合培养协议及建立双导师制等）",
		"a university holds master's degree-granting rights; an institute or enterprise can train or co-train graduate students", false},
	rKOpenMechanism: {RuleKeyLabOpenMechanism, tK, ax(tK, 3, 6),
		"实行“开放、流动、联合、竞争”的运行机制，能够广泛开展国内外学术交流与合作，具有良好的学术氛围",
		"an open, mobile, cooperative and competitive mechanism, wide academic exchange and a good academic atmosphere", true},
	rKDirection: {RuleKeyLabDirectionAndOrganisation, tK, ax(tK, 3, 7),
		"具有相对集中的研究方向、科学合理的组织架构和规范有效的管理运行制度",
		"a concentrated research direction, a sound organisation and effective management rules", true},
	rKGoals: {RuleKeyLabGoalsAndCapacity, tK, ax(tK, 3, 7),
		"有明确的目标定位和发展规划，能发挥学术引领作用，具备承担国家、自治区、市级重大科研任务的能力",
		"clear goals and a development plan, academic leadership, and the capacity for major national, regional and city research tasks", true},
	rKIP: {RuleKeyLabIPManagement, tK, ax(tK, 3, 7),
		"知识产权明晰，有较为完善的知识产权管理制度",
		"clear intellectual property and fairly complete IP management rules", true},
	rKSupport: {RuleKeyLabRelyingUnitSupport, tK, ax(tK, 3, 8),
		"依托单位提供保证实验室开展工作的资金和技术支撑、基础设施和后勤保障以及学术活动条件",
		"the relying unit provides funds, technical support, infrastructure, logistics and conditions for academic activity", false},
	rKIntegrity: {RuleKeyLabIntegrity, tK, ax(tK, 3, 9),
		"依托单位、联合共建单位申报前{p}年无失信和学术不端行为",
		"no dishonesty or academic misconduct by the relying unit or any co-building unit in the {p} years before the application", false},

	// 附件·拉萨市技术创新中心
	rIFocus: {RuleInnovationFocusField, tI, ax(tI, 2),
		"主要围绕高原健康、绿色矿产、天然饮用水、清洁能源、智能制造、绿色建材、装配式建筑、高原供制氧、藏医药、高新数字及技术应用、碳达峰碳中和、智慧交通技术及材料、文化文物旅游、生态环境、食品安全等领域",
		"focus on plateau health, green minerals, drinking water, clean energy, smart manufacturing and the other listed fields", false},
	rIRegistered: {RuleInnovationRegisteredInLhasa, tI, ax(tI, 3, 1),
		"依托单位须为在拉萨市行政区域依法登记注册的独立法人实体单位或产业技术联盟组织",
		"the relying unit is registered according to law within the administrative region of Lhasa", false},
	rIEntity: {RuleInnovationEntityOrAlliance, tI, ax(tI, 3, 1),
		"依托单位须为…独立法人实体单位或产业技术联盟组织",
		"the relying unit is an independent legal entity or an industry technology alliance", false},
	rIOperating: {RuleInnovationOperatingYears, tI, ax(tI, 3, 1),
		"运营满{v}年",
		"in operation for a full {v} years", false},
	rIPublicServices: {RuleInnovationPublicServices, tI, ax(tI, 3, 1),
		"为行业企业开展技术研发和成果转化等公共服务",
		"provides public services such as R&D and transfer of results to enterprises of the industry", false},
	rIStrategic: {RuleInnovationStrategicAlignment, tI, ax(tI, 3, 2),
		"申报领域与国家、自治区重大战略任务以及拉萨市重大任务、重点工作等紧密结合，聚焦经济社会高质量发展关键技术领域",
		"the field is closely tied to national, regional and city strategic tasks and focuses on key technologies", true},
	rIPositioning: {RuleInnovationPositioning, tI, ax(tI, 3, 2),
		"具有明确的发展定位",
		"a clear development positioning", true},
	rIStrength: {RuleInnovationInnovationStrength, tI, ax(tI, 3, 3),
		"依托单位在申报领域的科技创新优势突出、代表性强、改革创新积极性高，拥有自主关键技术，技术创新能力较强",
		"outstanding innovation strength in the field, its own key technologies and strong innovation capacity", true},
	rILeadingResults: {RuleInnovationLeadingResults, tI, ax(tI, 3, 3),
		"有多项处于国内领先水平的科技成果和专利",
		"several results and patents at a nationally leading level", true},
	rILeaders: {RuleInnovationTechnicalLeaders, tI, ax(tI, 3, 3),
		"人才团队集聚本领域区内外技术带头人",
		"the team gathers technical leaders of the field from inside and outside the region", true},
	rIStableTeam: {RuleInnovationStableTeam, tI, ax(tI, 3, 3),
		"具有…稳定的技术研发和服务团队",
		"a stable R&D and service team", true},
	rITeam: {RuleInnovationTeamSize, tI, ax(tI, 3, 3),
		"具有不低于{v}人的…技术研发和服务团队",
		"an R&D and service team of at least {v} persons", false},
	rICollaboration: {RuleInnovationCollaboration, tI, ax(tI, 3, 4),
		"技术创新中心建设力量集聚整合该领域区内外科研优势突出的高校、科研院所、骨干企业等，形成分工明确、有紧密利益捆绑的协同合作关系，共同开展协同攻关与成果转化，具有较强的应用示范、成果转移转化和技术服务能力，服务成效明显",
		"brings together strong universities, institutes and enterprises in close collaboration, with clear service results", true},
	rIServiceCases: {RuleInnovationServiceCases, tI, ax(tI, 3, 4),
		"已经形成不低于{v}项服务案例",
		"at least {v} service cases formed", false},
	rIGoals: {RuleInnovationTechnologyGoals, tI, ax(tI, 3, 5),
		"技术目标围绕产业链梳理“卡脖子”技术和优势技术，凝练提出明确的技术创新目标和攻关任务，突出需要解决的行业重大关键技术问题，细化建设任务和短期、中期和长期目标",
		"clear technology goals along the industrial chain, with short-, medium- and long-term targets", true},
	rIIntegrity: {RuleInnovationIntegrity, tI, ax(tI, 3, 6),
		"依托单位、联合共建单位申报前{p}年无失信和学术不端行为",
		"no dishonesty or academic misconduct by the relying unit or any co-building unit in the {p} years before the application", false},

	// 附件·拉萨市临床医学研究中心
	rCFocus: {RuleClinicalFocusField, tC, ax(tC, 2),
		"针对高原适应、心脑血管、内分泌、创伤急救等高原特色医疗领域",
		"focus on plateau adaptation, cardiovascular and cerebrovascular disease, endocrinology, trauma and emergency care and similar fields", false},
	rCInCity: {RuleClinicalLeadHospitalInCity, tC, ax(tC, 3, 1),
		"申报的牵头单位必须为市域内…医院",
		"the lead unit is a hospital within the city", false},
	rCLeadHospital: {RuleClinicalLeadUnitIsHospital, tC, ax(tC, 3, 1),
		"申报的牵头单位必须为…医院",
		"the lead unit is a hospital", false},
	rCGrade: {RuleClinicalHospitalGrade, tC, ax(tC, 3, 1),
		"申报的牵头单位必须为市域内{g}以上医院",
		"the lead hospital is rated {G} or above", false},
	rCConditions: {RuleClinicalResearchConditions, tC, ax(tC, 3, 1),
		"具备医学临床研究实验条件和基础设施",
		"clinical research conditions and infrastructure", false},
	rCBedsCases: {RuleClinicalBedsAndCases, tC, ax(tC, 3, 1),
		"有一定数量的病床和病例数",
		"a certain number of beds and cases", true},
	rCEquipment: {RuleClinicalResearchEquipment, tC, ax(tC, 3, 1),
		"有必要的研究试验设备和分析检测仪器",
		"the necessary research equipment and analysis instruments", false},
	rCLeader: {RuleClinicalClinicalLeader, tC, ax(tC, 3, 2),
		"拥有学术水平高、临床经验丰富，具有较大影响的临床专家作为带头人",
		"an influential clinical expert of high academic level and rich experience as leader", true},
	rCTeam: {RuleClinicalResearchTeam, tC, ax(tC, 3, 2),
		"拥有一定数量、结构合理和较高水平的临床研究人才队伍，能够广泛开展国内外临床学术交流和合作研究，带动我市相关临床学科发展",
		"a sizeable, well-structured clinical research team active in exchange and cooperation", true},
	rCResults: {RuleClinicalLandmarkResults, tC, ax(tC, 3, 3),
		"临床医学和转化研究能力突出，取得了标志性成果，团队在申报领域具有较强的科研实力，…在学术影响和诊疗技术方面位居市内前列，得到同行公认",
		"outstanding clinical and translational research with landmark results, recognised by peers", true},
	rCProjects: {RuleClinicalPlanProjects, tC, ax(tC, 3, 3),
		"申报前{p}年内，在申报领域参与了自治区科技计划（专项、基金等）或承担过市级科技计划项目",
		"within {p} years before the application, took part in a regional S&T plan or undertook a city S&T plan project in the field", false},
	rCNetwork: {RuleClinicalNetwork, tC, ax(tC, 3, 4),
		"必须联合市内本领域的主要优势单位，建立覆盖市、县区医院紧密协同的研究网络和普及推广网络",
		"joins the leading units of the field in the city in a research and dissemination network covering city and county hospitals", true},
	rCCityHospitals: {RuleClinicalCityHospitals, tC, ax(tC, 3, 4),
		"市级优势医院不少于{v}家",
		"at least {v} leading city-level hospital(s)", false},
	rCCounty: {RuleClinicalCountyInstitutions, tC, ax(tC, 3, 4),
		"县区基层医疗机构不少于{v}家",
		"at least {v} county or district primary medical institutions", false},
	rCCharter: {RuleClinicalCharter, tC, ax(tC, 3, 5),
		"管理制度健全。《临床医学研究中心管理章程》等各项规章制度完备",
		"sound management: the centre's charter and other rules are complete", true},
	rCManagers: {RuleClinicalManagers, tC, ax(tC, 3, 5),
		"具备相应的专职管理人员",
		"full-time management staff", false},
	rCIntegrity: {RuleClinicalIntegrity, tC, platform.Art(25),
		"市级科技创新平台纳入全市科研诚信管理范畴（选项：申报前{p}年无失信和学术不端行为）",
		"research integrity (option): no dishonesty or academic misconduct in the {p} years before the application", false},

	// 附件·拉萨市新型研发机构
	rNFocus: {RuleNewRDFocusField, tN, ax(tN, 2),
		"主要围绕拉萨特色净土产业、数字经济产业、高原绿色工业产业、文化旅游产业、现代服务业等领域",
		"focus on Lhasa's pure-land industries, the digital economy, plateau green industry, cultural tourism, modern services and similar fields", false},
	rNStrategicFit: {RuleNewRDStrategicFit, tN, ax(tN, 3, 1),
		"符合国家、自治区、拉萨市经济社会与科技发展战略目标",
		"fits national, regional and city development strategies", true},
	rNCapacity: {RuleNewRDMajorProjectCapacity, tN, ax(tN, 3, 1),
		"具有能承担自治区级以上重大科技项目（课题）的能力，攻克行业（产业）若干共性关键技术",
		"able to take on major regional-level or higher projects and to solve common key technologies of the industry", true},
	rNLegalEntity: {RuleNewRDIndependentLegalEntity, tN, ax(tN, 3, 1),
		"具有独立法人资格的科研实体",
		"a research entity with independent legal personality", false},
	rNRegistered: {RuleNewRDRegisteredInLhasa, tN, ax(tN, 3, 2),
		"实体机构应当在拉萨市依法登记注册",
		"the entity is registered according to law in Lhasa", false},
	rNRegistration: {RuleNewRDRegistrationYears, tN, ax(tN, 3, 2),
		"实体机构应当在拉萨市依法登记注册满{v}年",
		"registered in Lhasa for a full {v} years", false},
	rNManagement: {RuleNewRDManagementAndDirection, tN, ax(tN, 3, 2),
		"具有完善的运营管理制度和明确的研发服务方向",
		"complete operating rules and a clear R&D service direction", true},
	rNBoard: {RuleNewRDBoardDecision, tN, ax(tN, 3, 2),
		"多元投资设立的新型研发机构，原则上应实行理事会、董事会决策制",
		"a multi-investor institution should in principle be governed by a council or board", false},
	rNDirector: {RuleNewRDDirectorResponsibility, tN, ax(tN, 3, 2),
		"多元投资设立的新型研发机构，原则上应实行…院长、所长、总经理负责制",
		"a multi-investor institution should in principle have a president, director or general-manager responsibility system", false},
	rNCharter: {RuleNewRDCharter, tN, ax(tN, 3, 2),
		"多元投资设立的新型研发机构，原则上应…根据法律法规和出资方协议制定章程，依照章程管理运行",
		"a multi-investor institution should in principle have articles under the law and the investors' agreement, and follow them", false},
	rNCategory: {RuleNewRDCategory, tN, ax(tN, 3, 3),
		"新型研发机构备案类别分为四类：农业、工业、服务、其他",
		"the filing category is one of agriculture, industry, services and other", false},
	rNAgriFacilities: {RuleNewRDAgricultureFacilities, tN, ax(tN, 3, 3).WithPart("农业类"),
		"对申报农业类的新型研发机构要具有较好的软硬件设施",
		"an agricultural institution has good software and hardware facilities", true},
	rNAgriArea: {RuleNewRDAgricultureArea, tN, ax(tN, 3, 3).WithPart("农业类"),
		"其自主可支配的办公、科研、实验田面积共计不少于{v}㎡",
		"self-controlled office, research and experimental-field area of at least {v} m² in total", false},
	rNAgriEquipment: {RuleNewRDAgricultureEquipment, tN, ax(tN, 3, 3).WithPart("农业类"),
		"科研设备总价值不低于{w}万元",
		"research equipment worth at least {y} yuan", false},
	rNAgriFunctions: {RuleNewRDAgricultureFunctions, tN, ax(tN, 3, 3).WithPart("农业类"),
		"具有咨询服务、检测中试、成果转化或孵化、人才培训等功能",
		"consulting, testing and pilot production, transfer or incubation, and training", false},
	rNIndFacilities: {RuleNewRDIndustryFacilities, tN, ax(tN, 3, 3).WithPart("工业类"),
		"对申报工业类的新型研发机构要具有较好的科研硬件设施",
		"an industrial institution has good research hardware", true},
	rNIndArea: {RuleNewRDIndustryArea, tN, ax(tN, 3, 3).WithPart("工业类"),
		"其自主可支配的科研用房面积在{v}㎡以上",
		"self-controlled research building area of {v} m² or more", false},
	rNIndEquipment: {RuleNewRDIndustryEquipment, tN, ax(tN, 3, 3).WithPart("工业类"),
		"科研设备总价值不低于{w}万元",
		"research equipment worth at least {y} yuan", false},
	rNIndFunctions: {RuleNewRDIndustryFunctions, tN, ax(tN, 3, 3).WithPart("工业类"),
		"具有咨询服务、检测中试、成果转化、人才培训等功能",
		"consulting, testing and pilot production, transfer of results, and training", false},
	rNSvcFacilities: {RuleNewRDServiceFacilities, tN, ax(tN, 3, 3).WithPart("服务类"),
		"对申报服务类的新型研发机构具有较好的软硬件设施",
		"a service institution has good software and hardware facilities", true},
	rNSvcArea: {RuleNewRDServiceArea, tN, ax(tN, 3, 3).WithPart("服务类"),
		"自主可支配的办公面积不少于{v}㎡以上",
		"self-controlled office area of at least {v} m²", false},
	rNSvcFunctions: {RuleNewRDServiceFunctions, tN, ax(tN, 3, 3).WithPart("服务类"),
		"具有咨询服务、检验检测、成果转化或孵化、人才培训等功能",
		"consulting, inspection and testing, transfer or incubation, and training", false},
	rNOther: {RuleNewRDOtherCaseByCase, tN, ax(tN, 3, 3).WithPart("其他类"),
		"对申报其他类的，可根据实际情况，采取“一事一议”的方式研究支持",
		"an application in the other category is considered case by case", true},
	rNStableTeam: {RuleNewRDStableTeam, tN, ax(tN, 3, 4),
		"具有稳定的技术研发和服务人员队伍",
		"a stable team of R&D and service staff", true},
	rNResearchRatio: {RuleNewRDResearchStaffRatio, tN, ax(tN, 3, 4),
		"科研人员占其职工总人数{v}%以上",
		"research staff are {v}% or more of all employees", false},
	rNQualifiedRatio: {RuleNewRDDegreeOrTitleRatio, tN, ax(tN, 3, 4),
		"本科学历或中级职称以上的人员比例高于{v}%",
		"more than {v}% hold a bachelor's degree or an intermediate or higher title", false},
	rNBachelor: {RuleNewRDBachelorRDStaff, tN, ax(tN, 3, 4),
		"具有本科以上学历的从事研究开发活动的专业技术人员{v}人以上",
		"{v} or more professional R&D staff with a bachelor's degree or above", false},
	rNLeaders: {RuleNewRDTechnicalLeader, tN, ax(tN, 3, 4),
		"拥有技术水平高、实践经验丰富的技术带头人{v}人以上",
		"{v} or more technical leader(s) of high level and rich experience", false},
	rNFounder: {RuleNewRDFoundingEnterprise, tN, ax(tN, 3, 5),
		"须由一个或几个行业科技型骨干企业发起并作为投资人",
		"founded and invested in by one or more backbone technology enterprises of the industry", false},
	rNPartner: {RuleNewRDRelyingInstitution, tN, ax(tN, 3, 5),
		"有一个或几个高等院所或{l}（含）以上重点实验室为依托对象",
		"relies on one or more universities or institutes, or a key laboratory of {L} or above", false},
	rNServiceCases: {RuleNewRDServiceCases, tN, ax(tN, 3, 5),
		"合作开展产业技术攻关或技术服务，实际服务案例不低于{v}项",
		"at least {v} actual service cases of joint technical work or services", false},
	rNIncomeSources: {RuleNewRDIncomeSources, tN, ax(tN, 3, 6),
		"具有…收入来源，主要包括出资方投入，技术开发、技术转让、技术服务、技术咨询收入，政府购买服务收入以及承接科研项目获得的经费等",
		"has sources of income, such as investors' funds, income from technology development, transfer, services and consulting, government purchases of services, and research project funds (whether they are relatively stable is the judgment of rule 3.6.stable_income)", false},
	rNIncome: {RuleNewRDStableIncome, tN, ax(tN, 3, 6),
		"具有相对稳定的收入来源",
		"relatively stable sources of income", true},
	rNIntegrity: {RuleNewRDIntegrity, tN, ax(tN, 3, 7),
		"单位申报前{p}年无失信和学术不端行为",
		"no dishonesty or academic misconduct by the unit in the {p} years before the application", false},
}

// sectionRange returns the first and one-past-last rule index of a type's section.
func sectionRange(t platform.Type) (ruleIndex, ruleIndex) {
	switch t {
	case platform.EngineeringCenter:
		return rEFocus, rFFocus
	case platform.FieldStation:
		return rFFocus, rKFocus
	case platform.KeyLaboratory:
		return rKFocus, rIFocus
	case platform.InnovationCenter:
		return rIFocus, rCFocus
	case platform.ClinicalCenter:
		return rCFocus, rNFocus
	case platform.NewRDInstitution:
		return rNFocus, numRules
	}
	return 0, 0
}

// Rules returns every rule of the package under the default thresholds, as a fresh slice.
func Rules() []platform.Rule { return defaultChecker.Rules() }

// Catalog returns every criterion checked for type t under the default thresholds: the
// main-text rules (第二条, 第二十四条, 第二十五条) and the rules of t's annex section, in
// the order findings are given. An invalid type gives nil.
func Catalog(t platform.Type) []platform.Rule { return defaultChecker.Catalog(t) }

// Rules returns every rule of the package under c's thresholds, as a fresh slice.
func (c *Checker) Rules() []platform.Rule {
	out := make([]platform.Rule, numRules)
	copy(out, c.rules[:])
	return out
}

// Catalog returns the criteria of type t under c's thresholds, as a fresh slice.
func (c *Checker) Catalog(t platform.Type) []platform.Rule {
	from, to := sectionRange(t)
	if from == to {
		return nil
	}
	out := make([]platform.Rule, 0, 3+int(to-from))
	out = append(out, c.rules[rWithinLhasa], c.rules[rBan24], c.rules[rBan25])
	return append(out, c.rules[from:to]...)
}

// Judgment reports whether the rule with the given ID is a clause that needs a reviewer's
// judgment (it gives Review unless a [Review] for it is supplied).
func Judgment(id string) bool {
	for i := range ruleDefs {
		if ruleDefs[i].id == id {
			return ruleDefs[i].judgment
		}
	}
	return false
}
