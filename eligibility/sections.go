package eligibility

import "github.com/lhasa-sti/platform"

// Zero parts stand in for a part the caller did not supply: every fact of it is unknown.
var (
	noEngineering  Engineering
	noFieldStation FieldStation
	noKeyLab       KeyLab
	noInnovation   Innovation
	noClinical     Clinical
	noNewRD        NewRD
)

func (r *run) unknown(i ruleIndex) {
	r.push(i).Outcome = platform.Unknown
}

// engineering checks 附件·拉萨市工程技术研究中心 第二条 and 第三条（一）至（七）.
func (r *run) engineering() {
	e := r.app.Engineering
	if e == nil {
		e = &noEngineering
	}
	a := &r.app.Applicant
	r.focus(rEFocus, engineeringFields)
	// 第三条（一）申报对象应是在拉萨市行政区域依法登记注册的独立法人单位，对本领域技术创新及
	// 行业进步具有较强的影响力，持续运营不低于 2 年。行业龙头企业可自主申请或与科研院所和高校
	// 联合出资成立公司法人联合申请。以联盟等形式共同申请的，必须确立一个主建法人单位，并附有
	// 共建协议书，明确各方权责。
	// (The sentence on 行业龙头企业 permits; it sets no condition.)
	r.registered(rERegistered)
	r.fact(rELegalEntity, a.IndependentLegalEntity)
	r.judge(rEInfluence)
	r.operating(rEOperating, e.OperatingSince, e.OperatingUntil)
	switch alliance, ok := a.Alliance.Get(); {
	case !ok:
		r.unknown(rEAllianceLead)
		r.unknown(rEAllianceAgreement)
	case !alliance:
		r.notApplicable(rEAllianceLead)
		r.notApplicable(rEAllianceAgreement)
	default:
		r.fact(rEAllianceLead, e.AllianceLeadEntity)
		r.fact(rEAllianceAgreement, e.AllianceAgreement)
	}
	// 第三条（二）符合拉萨市经济社会发展需要、产业结构调整的方向和战略性新兴产业发展的要求；
	// 拥有较好的工程技术研究、设计基础和较丰富的成果转化背景及经验。
	r.judge(rEDevelopmentFit)
	r.judge(rEFoundation)
	// 第三条（三）具有相对固定、集中且不低于 200 ㎡的工程技术研究、试验和技术服务的场所；具备
	// 价值不低于 30 万元的工程技术试验条件和基础设施，拥有健全的组织机构和良好的运行管理制度。
	r.judge(rESiteFixed)
	r.area(rESiteArea, e.SiteArea)
	r.money(rEFacilities, e.FacilitiesValue)
	r.judge(rEOrganisation)
	// 第三条（四）具有技术水平高、工程化实践经验丰富的工程技术带头人；拥有不低于 5 人，水平较高
	// 的工程技术研究、开发和实施的专兼职队伍；有比较完备的检测、分析、测试手段和工艺设备，具备
	// 承担工程技术试验任务和服务的能力。
	r.judge(rELeader)
	r.atLeastOne(rELeaderCount, e.TechnicalLeaders, wOnePerson, platform.Person)
	r.judge(rETeamLevel)
	r.count(rETeam, e.TeamSize)
	r.judge(rETesting)
	// 第三条（五）对于新筹建的工程技术中心，主要评价其研究开发方向、人才队伍、硬件建设、运行
	// 管理、服务案例及科研开发计划等条件。
	switch newly, ok := e.NewlyFounded.Get(); {
	case !ok:
		r.unknown(rENewCentre)
	case !newly:
		r.notApplicable(rENewCentre)
	default:
		r.judge(rENewCentre)
	}
	// 第三条（六）依托单位提供保证工程技术研究中心开展工作的资金和技术支撑、基础设施和后勤保障
	// 以及学术活动条件。
	r.fact(rESupport, e.RelyingUnitSupport)
	// 第三条（七）依托单位、联合共建单位申报前 2 年无失信和学术不端行为。
	r.integrity(rEIntegrity)
}

// fieldStation checks 附件·拉萨市野外科学观测研究站 第二条 and 第三条（一）至（七). The section
// has no integrity clause; Options.IntegrityForAllSections adds one under 第二十五条.
func (r *run) fieldStation() {
	s := r.app.FieldStation
	if s == nil {
		s = &noFieldStation
	}
	r.focus(rFFocus, fieldStationFields)
	// 第三条（一）观测站点在拉萨市辖内，依托高校、科研院所及行业部门等单位建设。
	r.stationSite(s)
	f := r.push(rFRelyingUnit)
	switch k := r.app.Applicant.Kind; k {
	case 0:
		f.Outcome = platform.Unknown
	case University, Institute, IndustryDepartment:
		f.Outcome = platform.Pass
		f.setFound(sUnitKind, int64(k), platform.NoUnit, 0)
	default:
		f.Outcome = platform.Review
		f.setFound(sUnitKind, int64(k), platform.NoUnit, 0)
		f.Note = &noteStationUnitOther
	}
	r.done(rFRelyingUnit, f)
	// 第三条（二）符合国家、西藏自治区和拉萨市战略需求和学科长远发展需要，遵循自然环境分异
	// 规律，具有典型区域或领域代表性。
	r.judge(rFStrategicFit)
	r.judge(rFRepresentative)
	// 第三条（三）具备满足观测需求的实验场地，有较为完善的观测实验基础设施，观测实验场地、
	// 基础设施用地应具有相关土地使用权证或具有未来 20 年以上的土地使用权证明。
	r.judge(rFSite)
	r.landUse(s)
	// 第三条（四）具有较高的科学观测和实验研究水平,已正常运行 1 年以上,并具有连续 1 年以上的
	// 系统性观测实验数据,在本领域具有自身特色和较大影响,有能力承担市级及以上的科研任务。
	r.judge(rFResearchLevel)
	r.operating(rFRunning, s.RunningSince, s.RunningUntil)
	r.series(rFData, s.DataSince, s.DataUntil)
	r.judge(rFInfluence)
	r.judge(rFTaskCapacity)
	// 第三条（五）具有结构合理的研究、技术支撑和管理队伍。具有完善的内部管理制度和运行机制。
	r.judge(rFTeam)
	r.judge(rFManagement)
	// 第三条（六）在遵守国家保密规定前提下,承诺野外站的观测和实验数据、仪器设备设施等科技资源
	// 按照有关规定开放共享,为社会经济发展、教育和科研应用等提供共享服务。
	r.fact(rFOpenSharing, s.OpenSharing)
	// 第三条（七）依托单位和主管部门能够保障人、财、物等相关支撑条件。
	r.fact(rFSupport, s.Support)
	if r.opts.IntegrityForAllSections {
		r.integrity(rFIntegrity)
	}
}

// landUse checks the land clause of 第三条（三）: a land-use-right certificate, or proof of
// 20 years or more of future land use; either one suffices.
func (r *run) landUse(s *FieldStation) {
	n := &r.c.norm[rFLand]
	f := r.push(rFLand)
	f.want = wYears
	cert, cok := s.LandCertificate.Get()
	years, yok := s.LandUseYears.Get()
	if yok {
		f.SetFoundCount(int64(years), platform.YearUnit)
	}
	switch {
	case cok && cert:
		f.Outcome = platform.Pass
		f.Note = &noteLandCertificate
	case yok && n.bound.Admits(cmp64(int64(years), n.v)):
		f.Outcome = platform.Pass
	case cok && yok:
		need := n.v - int64(years)
		if !n.bound.Inclusive() {
			need++
		}
		f.Outcome = platform.Fail
		f.SetShortfallCount(need, platform.YearUnit)
	default:
		f.Outcome = platform.Unknown
	}
	r.done(rFLand, f)
}

// innovation checks 附件·拉萨市技术创新中心 第二条 and 第三条（一）至（六）.
func (r *run) innovation() {
	n := r.app.Innovation
	if n == nil {
		n = &noInnovation
	}
	a := &r.app.Applicant
	r.focus(rIFocus, innovationFields)
	// 第三条（一）依托单位须为在拉萨市行政区域依法登记注册的独立法人实体单位或产业技术联盟组织，
	// 运营满 2 年，为行业企业开展技术研发和成果转化等公共服务。
	r.registered(rIRegistered)
	le, leok := a.IndependentLegalEntity.Get()
	al, alok := a.Alliance.Get()
	f := r.push(rIEntity)
	f.want = wYes
	switch {
	case leok && le, alok && al:
		f.Outcome = platform.Pass
		f.SetFoundBool(true)
	case leok && alok:
		f.Outcome = platform.Fail
		f.SetFoundBool(false)
	default:
		f.Outcome = platform.Unknown
	}
	r.done(rIEntity, f)
	r.operating(rIOperating, n.OperatingSince, n.OperatingUntil)
	r.fact(rIPublicServices, n.PublicServices)
	// 第三条（二）申报领域与国家、自治区重大战略任务以及拉萨市重大任务、重点工作等紧密结合，聚焦
	// 经济社会高质量发展关键技术领域，具有明确的发展定位。
	r.judge(rIStrategic)
	r.judge(rIPositioning)
	// 第三条（三）依托单位在申报领域的科技创新优势突出、代表性强、改革创新积极性高，拥有自主
	// 关键技术，技术创新能力较强，有多项处于国内领先水平的科技成果和专利。人才团队集聚本领域区
	// 内外技术带头人，具有不低于 20 人的稳定的技术研发和服务团队。
	r.judge(rIStrength)
	r.judge(rILeadingResults)
	r.judge(rILeaders)
	r.judge(rIStableTeam)
	r.count(rITeam, n.TeamSize)
	// 第三条（四）技术创新中心建设力量集聚整合该领域区内外科研优势突出的高校、科研院所、骨干
	// 企业等，形成分工明确、有紧密利益捆绑的协同合作关系，共同开展协同攻关与成果转化，具有较强
	// 的应用示范、成果转移转化和技术服务能力，服务成效明显，已经形成不低于 5 项服务案例。
	r.judge(rICollaboration)
	r.count(rIServiceCases, n.ServiceCases)
	// 第三条（五）技术目标围绕产业链梳理“卡脖子”技术和优势技术，凝练提出明确的技术创新目标和
	// 攻关任务，突出需要解决的行业重大关键技术问题，细化建设任务和短期、中期和长期目标。
	r.judge(rIGoals)
	// 第三条（六）依托单位、联合共建单位申报前 2 年无失信和学术不端行为。
	r.integrity(rIIntegrity)
}
