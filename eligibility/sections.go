package eligibility

import (
	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

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

// keyLab checks 附件·拉萨市重点实验室 第二条 and 第三条（一）至（九）.
func (r *run) keyLab() {
	k := r.app.KeyLab
	if k == nil {
		k = &noKeyLab
	}
	a := &r.app.Applicant
	r.focus(rKFocus, keyLabFields)
	// 第三条（一）依托单位须为在拉萨市行政区域依法登记注册的独立法人单位，具备良好的科研条件和
	// 基础设施，实验室面积不少于 300m2，具备开展基础研究和应用基础研究所必需的仪器设备和设施，
	// 仪器设备等固定资产价值不低于 50 万。
	r.registered(rKRegistered)
	r.fact(rKLegalEntity, a.IndependentLegalEntity)
	r.judge(rKConditions)
	r.area(rKArea, k.LabArea)
	r.money(rKEquipment, k.EquipmentValue)
	// 第三条（二）实验室在相关学科、领域具备创新优势，具有完善的内部管理制度和良好的科研创新
	// 环境，学风正派，具有 2 年以上建设基础。
	r.judge(rKAdvantage)
	r.judge(rKManagement)
	r.duration(rKBuild, k.BuiltSince)
	// 第三条（三）实验室拥有学术水平高、学风严谨、组织能力强的学科带头人及学术思想活跃、科研
	// 业绩优秀、团结协作、结构合理且不低于 10 人的专兼职科研人才队伍。
	r.judge(rKLeader)
	r.judge(rKTeamQuality)
	r.count(rKTeam, k.TeamSize)
	// 第三条（四）依托单位、联合共建单位在该研究领域近三年来承担、参与国家级、自治区级、市级
	// 科技项目 5 项以上，在申报领域发表高质量论文 5 篇以上。
	w := r.recent(rKProjects)
	r.recentProjects(k.Projects, w)
	if r.c.norm[rKPapers].look != r.c.norm[rKProjects].look {
		w = r.recent(rKPapers)
	}
	r.recentPapers(k.Papers, w)
	// 第三条（五）依托单位、联合共建单位专职从事本领域的研究人员不少于 15 人。其中，中级及以上
	// 职称专业技术人员占 30%以上，高级职称专业技术人员占 10%以上。
	r.count(rKFullTime, k.FullTimeResearchers)
	r.ratio(rKMidRatio, k.MidOrSenior, k.FullTimeResearchers, &noteMidRatio)
	r.ratio(rKSeniorRatio, k.Senior, k.FullTimeResearchers, &noteSeniorRatio)
	// 第三条（六）高校重点实验室应具有硕士及以上学位授予权，科研院所、企业重点实验室应具有培养
	// （或代培）研究生的条件和能力（签署联合培养协议及建立双导师制等）。实行“开放、流动、联合、
	// 竞争”的运行机制，能够广泛开展国内外学术交流与合作，具有良好的学术氛围。
	switch kind := a.Kind; kind {
	case 0:
		r.unknown(rKGraduate)
	case University:
		r.fact(rKGraduate, k.MasterDegreeRight)
	case Institute, Enterprise:
		r.graduateTraining(k)
	default:
		f := r.push(rKGraduate)
		f.Outcome, f.Note = platform.Review, &noteLabUnitOther
		f.setFound(sUnitKind, int64(kind), platform.NoUnit, 0)
		r.done(rKGraduate, f)
	}
	r.judge(rKOpenMechanism)
	// 第三条（七）具有相对集中的研究方向、科学合理的组织架构和规范有效的管理运行制度；有明确的
	// 目标定位和发展规划，能发挥学术引领作用，具备承担国家、自治区、市级重大科研任务的能力。知识
	// 产权明晰，有较为完善的知识产权管理制度。
	r.judge(rKDirection)
	r.judge(rKGoals)
	r.judge(rKIP)
	// 第三条（八）依托单位提供保证实验室开展工作的资金和技术支撑、基础设施和后勤保障以及学术
	// 活动条件。
	r.fact(rKSupport, k.RelyingUnitSupport)
	// 第三条（九）依托单位、联合共建单位申报前 2 年无失信和学术不端行为。
	r.integrity(rKIntegrity)
}

// graduateTraining checks "科研院所、企业重点实验室应具有培养（或代培）研究生的条件和能力
// （签署联合培养协议及建立双导师制等）" from the facts the clause names: by default both a
// joint-training agreement and a dual-supervisor system, with
// Options.GraduateTrainingEitherFact either one. Where they fall short, other evidence (等)
// sends the clause to review and its absence fails it, the note saying what is missing.
// When none of the three is supplied, the earlier summary fact (GraduateTraining) decides.
func (r *run) graduateTraining(k *KeyLab) {
	a, aok := k.JointTrainingAgreement.Get()
	d, dok := k.DualSupervisors.Get()
	o, ook := k.OtherTrainingEvidence.Get()
	if !aok && !dok && !ook {
		r.fact(rKGraduate, k.GraduateTraining)
		return
	}
	f := r.push(rKGraduate)
	f.want = wYes
	var met, short bool // the named facts show the capacity; they cannot
	if r.opts.GraduateTrainingEitherFact {
		met = (aok && a) || (dok && d)
		short = aok && !a && dok && !d
	} else {
		met = aok && a && dok && d
		short = (aok && !a) || (dok && !d)
	}
	switch {
	case met:
		f.Outcome = platform.Pass
		f.SetFoundBool(true)
		if !aok || !a || !dok || !d {
			f.Note = &noteTrainingOneSuffices
		}
	case !short:
		f.Outcome, f.Note = platform.Unknown, &noteTrainingFactsMissing
	case ook && o:
		f.Outcome, f.Note = platform.Review, &noteTrainingOtherEvidence
	case ook:
		f.Outcome = platform.Fail
		f.SetFoundBool(false)
		switch {
		case aok && !a && dok && !d:
			f.Note = &noteTrainingNeither
		case aok && !a:
			f.Note = &noteTrainingNoAgreement
		default:
			f.Note = &noteTrainingNoDualSupervisors
		}
	default:
		f.Outcome, f.Note = platform.Unknown, &noteTrainingOtherMissing
	}
	r.done(rKGraduate, f)
}

// cityHospitals checks "市级优势医院不少于1家": the city-level leading hospitals joined in
// the network, and with Options.LeadHospitalCounts the lead hospital too when it is a
// city-level hospital itself. Without the option a lead hospital of city level is not
// counted, and a shortfall's note says so.
func (r *run) cityHospitals(c *Clinical) {
	lead, lok := c.LeadHospitalCityLevel.Get()
	if !r.opts.LeadHospitalCounts || (lok && !lead) {
		r.count(rCCityHospitals, c.CityHospitals)
		if f := &r.out[len(r.out)-1]; lok && lead && f.Outcome == platform.Fail {
			f.Note = &noteLeadNotCounted
		}
		return
	}
	n := &r.c.norm[rCCityHospitals]
	m, mok := c.CityHospitals.Get()
	f := r.push(rCCityHospitals)
	f.want = wCount
	switch {
	case lok && mok:
		r.countValue(f, n, int64(m)+1)
		f.Note = &noteLeadCounted
	case lok && n.bound.Admits(cmp64(1, n.v)):
		r.countValue(f, n, 1)
		f.Note = &noteLeadCountedAlone
	case mok && n.bound.Admits(cmp64(int64(m), n.v)):
		r.countValue(f, n, int64(m))
	case mok:
		f.Outcome, f.Note = platform.Unknown, &noteLeadLevelMissing
		f.SetFoundCount(int64(m), n.unit)
	default:
		f.Outcome = platform.Unknown
	}
}

// recentProjects counts the projects of the levels the clause names (国家级、自治区级、市级)
// within 近三年 (by default the look-back before the application date; see
// Options.RecentCalendarYears): by default those whose span overlaps the period, with
// Options.ProjectsByStart those that started in it. A project of another level is not
// counted, and the note says why. Short of the threshold while projects that started
// before the period give no end, the count is Unknown: those may fall in it.
func (r *run) recentProjects(o Opt[[]Project], w platform.Window) {
	n := &r.c.norm[rKProjects]
	f := r.push(rKProjects)
	f.want = wCount
	ps, ok := o.Get()
	if !ok {
		f.Outcome = platform.Unknown
		r.done(rKProjects, f)
		return
	}
	var c, maybe int64
	var left uncounted
	for i := range ps {
		p := &ps[i]
		fit := r.fits(p, w)
		switch {
		case fit == spanOut:
		case !r.named(p.Level):
			left.add(p.Level)
		case fit == spanIn:
			c++
		default:
			maybe++
		}
	}
	r.countValue(f, n, c)
	switch {
	case f.Outcome == platform.Fail && n.bound.Admits(cmp64(c+maybe, n.v)):
		f.Outcome, f.Note = platform.Unknown, &noteProjectEndMissing
		f.setShort(sNone, 0, platform.NoUnit, 0)
	case left != 0:
		f.Note = left.note()
	case r.opts.ProjectsByStart:
		f.Note = &noteProjectsByStart
	}
}

// recentPapers counts the papers within 近三年, or of any date with Options.PapersAnyTime.
func (r *run) recentPapers(o Opt[[]platform.Date], w platform.Window) {
	n := &r.c.norm[rKPapers]
	f := r.push(rKPapers)
	f.want = wCount
	ds, ok := o.Get()
	if !ok {
		f.Outcome = platform.Unknown
		r.done(rKPapers, f)
		return
	}
	var c int64
	for _, d := range ds {
		if r.opts.PapersAnyTime || w.Contains(d) {
			c++
		}
	}
	if r.opts.PapersAnyTime {
		f.Note = &notePapersAnyTime
	}
	r.countValue(f, n, c)
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

// clinical checks 附件·拉萨市临床医学研究中心 第二条 and 第三条（一）至（五). The section has
// no integrity clause; Options.IntegrityForAllSections adds one under 第二十五条.
func (r *run) clinical() {
	c := r.app.Clinical
	if c == nil {
		c = &noClinical
	}
	r.focus(rCFocus, clinicalFields)
	// 第三条（一）临床诊疗水平先进。申报的牵头单位必须为市域内三级乙等以上医院；具备医学临床研究
	// 实验条件和基础设施，有一定数量的病床和病例数；有必要的研究试验设备和分析检测仪器。
	r.leadHospitalInCity()
	r.leadHospital()
	g := r.c.th.ClinicalHospitalGrade
	f := r.push(rCGrade)
	f.want = wGrade
	if c.HospitalGrade == 0 {
		f.Outcome = platform.Unknown
	} else {
		f.setFound(sGrade, int64(c.HospitalGrade), platform.NoUnit, 0)
		if c.HospitalGrade != Ungraded && g.Bound.Admits(cmp64(int64(c.HospitalGrade), int64(g.Grade))) {
			f.Outcome = platform.Pass
		} else {
			f.Outcome = platform.Fail
		}
	}
	r.done(rCGrade, f)
	r.fact(rCConditions, c.ResearchConditions)
	r.judge(rCBedsCases)
	r.fact(rCEquipment, c.ResearchEquipment)
	// 第三条（二）人才队伍结构合理。创新团队优势明显，拥有学术水平高、临床经验丰富，具有较大
	// 影响的临床专家作为带头人，拥有一定数量、结构合理和较高水平的临床研究人才队伍，能够广泛
	// 开展国内外临床学术交流和合作研究，带动我市相关临床学科发展。
	r.judge(rCLeader)
	r.judge(rCTeam)
	// 第三条（三）临床科研成果显著。临床医学和转化研究能力突出，取得了标志性成果，团队在申报
	// 领域具有较强的科研实力，申报前 3 年内，在申报领域参与了自治区科技计划（专项、基金等）或
	// 承担过市级科技计划项目，在学术影响和诊疗技术方面位居市内前列，得到同行公认。
	r.judge(rCResults)
	r.planProjects(c.Projects)
	// 第三条（四）成员单位强强联合。申报临床医学研究中心，必须联合市内本领域的主要优势单位，
	// 建立覆盖市、县区医院紧密协同的研究网络和普及推广网络，其中，市级优势医院不少于 1 家，
	// 县区基层医疗机构不少于 3 家。
	// 鼓励疾控机构和从事药物研发生产、动物实验、医疗器械研发生产、基因测序等相关高校、科研
	// 院所、企业等参加。(The second paragraph encourages; it sets no condition.)
	r.judge(rCNetwork)
	r.cityHospitals(c)
	r.count(rCCounty, c.CountyInstitutions)
	// 第三条（五）管理制度健全。《临床医学研究中心管理章程》等各项规章制度完备，同时，具备相应的
	// 专职管理人员，保障中心各项工作有效开展。
	// Whether the rules are 完备 (管理制度健全) is a judgment; without the 章程 the clause
	// names they cannot be, so no charter fails.
	if has, ok := c.Charter.Get(); ok && has {
		r.judge(rCCharter)
	} else {
		r.fact(rCCharter, c.Charter)
	}
	r.fact(rCManagers, c.Managers)
	if r.opts.IntegrityForAllSections {
		r.integrity(rCIntegrity)
	}
}

// leadHospital reads "申报的牵头单位必须为…医院" (附件·拉萨市临床医学研究中心 第三条（一）; 第一条
// 以医院为主体): the applicant, the lead unit, is a hospital; any other kind of unit fails, and
// a kind not supplied is Unknown.
func (r *run) leadHospital() {
	f := r.push(rCLeadHospital)
	switch k := r.app.Applicant.Kind; k {
	case 0:
		f.Outcome = platform.Unknown
	case Hospital:
		f.Outcome = platform.Pass
		f.setFound(sUnitKind, int64(k), platform.NoUnit, 0)
	default:
		f.Outcome, f.Note = platform.Fail, &noteNotHospital
		f.setFound(sUnitKind, int64(k), platform.NoUnit, 0)
	}
	r.done(rCLeadHospital, f)
}

// planProjects checks "申报前3年内…参与了自治区科技计划…或承担过市级科技计划项目": a regional
// plan taken part in (or undertaken), or a city plan project undertaken, within the
// look-back: by default a project whose span overlaps it, with Options.ProjectsByStart one
// that started in it. A city project whose role is not given is unknown; city projects only
// taken part in do not count. National projects do not count, the clause naming them
// nowhere, unless Options.HigherPlansCount reads the clause as a floor (then taking part in
// one is enough). A project of a level no clause names (县级, 横向, another province's
// plan; another region's 自治区级 or 市级 plan unless Options.OtherRegionsPlansCount) does
// not count, and the note says why.
func (r *run) planProjects(o Opt[[]Project]) {
	f := r.push(rCProjects)
	f.want = wOneItem
	ps, ok := o.Get()
	if !ok {
		f.Outcome = platform.Unknown
		r.done(rCProjects, f)
		return
	}
	w := r.window(rCProjects)
	var n int64
	roleUnknown, spanUnknown, national := false, false, false
	var left uncounted
	for i := range ps {
		p := &ps[i]
		fit := r.fits(p, w)
		if fit == spanOut {
			continue
		}
		lv := p.Level
		if r.opts.OtherRegionsPlansCount {
			switch lv {
			case PlanOtherRegional:
				lv = PlanRegional
			case PlanOtherCity:
				lv = PlanCity
			}
		}
		counts := false
		switch {
		case lv == PlanNational:
			national = true
			counts = r.opts.HigherPlansCount
		case lv == PlanRegional:
			counts = true
		case lv == PlanCity && p.Role == Undertook:
			counts = true
		case lv == PlanCity && p.Role == 0:
			roleUnknown = true
		case lv != PlanCity:
			left.add(p.Level)
		}
		switch {
		case !counts:
		case fit == spanIn:
			n++
		default:
			spanUnknown = true
		}
	}
	f.SetFoundCount(n, platform.Item)
	switch {
	case n > 0:
		f.Outcome = platform.Pass
		if national && r.opts.HigherPlansCount {
			f.Note = &noteHigherPlansCounted
		} else {
			f.Note = left.note()
		}
	case roleUnknown:
		f.Outcome = platform.Unknown
		f.Note = &noteCityRoleMissing
	case spanUnknown:
		f.Outcome = platform.Unknown
		f.Note = &noteProjectEndMissing
	default:
		f.Outcome = platform.Fail
		f.SetShortfallCount(1, platform.Item)
		if national {
			f.Note = &noteHigherPlansLiteral
		} else {
			f.Note = left.note()
		}
	}
	r.done(rCProjects, f)
}

// Required functions of each category of 第三条（三）: each entry is satisfied by any of its
// functions.
func bit(fs ...Function) uint16 {
	var m uint16
	for _, f := range fs {
		m |= 1 << f
	}
	return m
}

var (
	agricultureFunctions = [4]uint16{bit(Consulting), bit(PilotTesting), bit(Transfer, Incubation), bit(Training)}
	industryFunctions    = [4]uint16{bit(Consulting), bit(PilotTesting), bit(Transfer), bit(Training)}
	serviceFunctions     = [4]uint16{bit(Consulting), bit(Inspection), bit(Transfer, Incubation), bit(Training)}
)

// newRD checks 附件·拉萨市新型研发机构 第二条 and 第三条（一）至（七）.
func (r *run) newRD() {
	n := r.app.NewRD
	if n == nil {
		n = &noNewRD
	}
	a := &r.app.Applicant
	r.focus(rNFocus, newRDFields)
	// 第三条（一）符合国家、自治区、拉萨市经济社会与科技发展战略目标，具有能承担自治区级以上重大
	// 科技项目（课题）的能力，攻克行业（产业）若干共性关键技术的具有独立法人资格的科研实体。
	r.judge(rNStrategicFit)
	r.judge(rNCapacity)
	r.fact(rNLegalEntity, a.IndependentLegalEntity)
	// 第三条（二）实体机构应当在拉萨市依法登记注册满 2 年，具有完善的运营管理制度和明确的研发服务
	// 方向。多元投资设立的新型研发机构，原则上应实行理事会、董事会决策制和院长、所长、总经理负责
	// 制，根据法律法规和出资方协议制定章程，依照章程管理运行。
	r.registered(rNRegistered)
	r.registrationYears(n.RegisteredOn)
	r.judge(rNManagement)
	r.inPrinciple(rNBoard, n.MultiInvestor, n.Board)
	r.inPrinciple(rNDirector, n.MultiInvestor, n.DirectorResponsibility)
	r.inPrinciple(rNCharter, n.MultiInvestor, n.Charter)
	// 第三条（三）新型研发机构备案类别分为四类：农业、工业、服务、其他。
	f := r.push(rNCategory)
	f.Outcome = platform.Unknown
	if n.Category != 0 {
		f.Outcome = platform.Pass
		f.setFound(sCategory, int64(n.Category), platform.NoUnit, 0)
	}
	switch n.Category {
	case platform.Agriculture:
		// 对申报农业类的新型研发机构要具有较好的软硬件设施，其自主可支配的办公、科研、实验田面积
		// 共计不少于 2000 ㎡，科研设备总价值不低于 100 万元，并具有咨询服务、检测中试、成果转化或
		// 孵化、人才培训等功能。
		r.judge(rNAgriFacilities)
		r.areaSum(rNAgriArea, n.OfficeArea, n.ResearchArea, n.FieldArea)
		r.money(rNAgriEquipment, n.EquipmentValue)
		r.functions(rNAgriFunctions, n.Functions, &agricultureFunctions)
	case platform.Industry:
		// 对申报工业类的新型研发机构要具有较好的科研硬件设施，其自主可支配的科研用房面积在
		// 1000 ㎡以上，科研设备总价值不低于 300 万元，并具有咨询服务、检测中试、成果转化、人才
		// 培训等功能。
		r.judge(rNIndFacilities)
		r.area(rNIndArea, n.ResearchArea)
		r.money(rNIndEquipment, n.EquipmentValue)
		r.functions(rNIndFunctions, n.Functions, &industryFunctions)
	case platform.Service:
		// 对申报服务类的新型研发机构具有较好的软硬件设施，自主可支配的办公面积不少于 300 ㎡以上，
		// 并具有咨询服务、检验检测、成果转化或孵化、人才培训等功能。
		r.judge(rNSvcFacilities)
		r.area(rNSvcArea, n.OfficeArea)
		r.functions(rNSvcFunctions, n.Functions, &serviceFunctions)
	case platform.OtherCategory:
		// 对申报其他类的，可根据实际情况，采取“一事一议”的方式研究支持。
		f := r.push(rNOther)
		f.Outcome, f.Note = platform.Review, &noteOtherCategory
		r.done(rNOther, f)
	}
	// 第三条（四）具有稳定的技术研发和服务人员队伍，科研人员占其职工总人数 60%以上，本科学历或
	// 中级职称以上的人员比例高于 50%，具有本科以上学历的从事研究开发活动的专业技术人员 10 人
	// 以上，且拥有技术水平高、实践经验丰富的技术带头人 1 人以上。
	r.judge(rNStableTeam)
	r.ratio(rNResearchRatio, n.ResearchStaff, n.Employees, &noteResearchRatio)
	if r.opts.DegreeRatioOverResearchStaff {
		r.ratio(rNQualifiedRatio, n.QualifiedResearchStaff, n.ResearchStaff, &noteQualifiedOverResearchStaff)
	} else {
		r.ratio(rNQualifiedRatio, n.QualifiedEmployees, n.Employees, &noteQualifiedOverEmployees)
	}
	r.count(rNBachelor, n.BachelorRDStaff)
	r.count(rNLeaders, n.TechnicalLeaders)
	// 第三条（五）须由一个或几个行业科技型骨干企业发起并作为投资人，有一个或几个高等院所或自治区级
	// （含）以上重点实验室为依托对象，合作开展产业技术攻关或技术服务，实际服务案例不低于 3 项。
	r.fact(rNFounder, n.FoundingEnterprise)
	r.partners(n.Partners)
	r.count(rNServiceCases, n.ServiceCases)
	// 第三条（六）具有相对稳定的收入来源，主要包括出资方投入，技术开发、技术转让、技术服务、
	// 技术咨询收入，政府购买服务收入以及承接科研项目获得的经费等。
	sources, known := n.IncomeSources.Get()
	r.atLeastOne(rNIncomeSources, Opt[int]{v: len(sources), ok: known}, wOneItem, platform.Item)
	r.judge(rNIncome)
	// 第三条（七）单位申报前 2 年无失信和学术不端行为。
	r.integrity(rNIntegrity)
}

// inPrinciple checks a "原则上应" requirement on multi-investor institutions: in place
// passes; not applicable when the institution has a single investor; absent needs review
// and never fails.
func (r *run) inPrinciple(i ruleIndex, multi, v Opt[bool]) {
	m, mok := multi.Get()
	b, bok := v.Get()
	f := r.push(i)
	f.want = wYes
	if bok {
		f.SetFoundBool(b)
	}
	switch {
	case bok && b:
		f.Outcome = platform.Pass
	case mok && !m:
		f.Outcome, f.Note = platform.Pass, &noteNotSeveral
	case mok && bok:
		f.Outcome = platform.Review
		f.Note = &noteInPrinciple
	default:
		f.Outcome = platform.Unknown
	}
	r.done(i, f)
}

// areaSum checks a total of several areas (办公、科研、实验田面积共计). With some parts not
// supplied it still passes when the supplied parts already reach the threshold.
func (r *run) areaSum(i ruleIndex, parts ...Opt[decimal.Decimal]) {
	var fast int64
	allFast, missing := true, false
	sum := decimal.Zero
	for _, p := range parts {
		d, ok := p.Get()
		if !ok {
			missing = true
			continue
		}
		if h, ok := hundredthsOf(d); ok && allFast {
			fast += h
		} else {
			allFast = false
		}
		sum = sum.Add(d)
	}
	if allFast {
		sum = decimal.New(fast, -2)
	}
	if !missing {
		r.quantity(i, sum, true)
		return
	}
	n := &r.c.norm[i]
	dec := r.c.quant[i].dec
	if n.bound.Admits(sum.Cmp(dec)) {
		r.quantity(i, sum, true)
		last := &r.out[len(r.out)-1]
		last.Note = &noteAreasPartial
		return
	}
	f := r.push(i)
	f.want, f.Outcome = wThreshold, platform.Unknown // the threshold, as quantity shows it
	r.done(i, f)
}

// functions checks the functions a category requires (all of them; others may be added).
func (r *run) functions(i ruleIndex, o Opt[[]Function], need *[4]uint16) {
	f := r.push(i)
	f.want = wFunctions
	fs, ok := o.Get()
	if !ok {
		f.Outcome = platform.Unknown
		r.done(i, f)
		return
	}
	var have uint16
	for _, x := range fs {
		have |= 1 << x
	}
	var met int64
	for _, m := range need {
		if have&m != 0 {
			met++
		}
	}
	f.SetFoundCount(met, platform.Item)
	if met == int64(len(need)) {
		f.Outcome = platform.Pass
	} else {
		f.Outcome = platform.Fail
		f.SetShortfallCount(int64(len(need))-met, platform.Item)
	}
	r.done(i, f)
}

// partners checks "有一个或几个高等院所或自治区级（含）以上重点实验室为依托对象".
func (r *run) partners(o Opt[[]Partner]) {
	lt := r.c.th.NewRDPartnerKeyLabLevel
	f := r.push(rNPartner)
	ps, ok := o.Get()
	if !ok {
		f.Outcome = platform.Unknown
		r.done(rNPartner, f)
		return
	}
	f.Outcome = platform.Fail
	unknown := false
	for _, p := range ps {
		switch {
		case p.Kind == PartnerUniversity || p.Kind == PartnerInstitute:
			f.Outcome = platform.Pass
		case p.Kind == PartnerKeyLaboratory && p.Level == 0:
			unknown = true
		case p.Kind == PartnerKeyLaboratory && lt.Bound.Admits(cmp64(int64(p.Level), int64(lt.Level))):
			f.Outcome = platform.Pass
		}
	}
	if f.Outcome == platform.Fail && unknown {
		f.Outcome = platform.Unknown
		f.Note = &noteLabLevelMissing
	}
	r.done(rNPartner, f)
}
