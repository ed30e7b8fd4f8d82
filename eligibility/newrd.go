package eligibility

import (
	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

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
