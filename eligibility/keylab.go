package eligibility

import "github.com/lhasa-sti/platform"

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
