package eligibility

import "github.com/lhasa-sti/platform"

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
