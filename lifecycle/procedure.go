package lifecycle

// The filing procedure of 第十二、十三条 (application to filing) and naming under 第十四条.

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// nextStep is the step that moves a platform on from a stage of the filing procedure.
var nextStep = [...]Kind{Applied: Recommendation, Recommended: Review, Reviewed: ExpertReview,
	ExpertReviewed: ProposedList, Proposed: NoticeStart, InNotice: Filing, Held: ObjectionResolved}

// procedure moves a platform one step through 第十三条: from → to, or an error naming the
// missing step. A review of an application no 县（园）区 or city department recommended is a
// direct application, rejected with 第十三条（三）.
//
// 第十三条（三）：市科技局依据本办法对各县（园）区、市有关部门推荐的申请书和相关材料进行审查，提出审查意见。
// 第十三条（四）：专家论证和现场考察。组织有关专家或委托专业评估机构对通过初审的单位进行论证和现场考察，
// 提出科学、客观、公正的咨询意见和备案建议。
func (r *replayer) procedure(i int, ev *Event, from, to Stage) (*Platform, *aux, error) {
	p, a, err := r.lookup(i, ev)
	if err != nil {
		return nil, nil, err
	}
	cite := rules[kindRule[ev.Kind]].Cite
	switch {
	case p.Stage == from:
		p.Stage = to
		return p, a, nil
	case p.Stage == Held:
		return nil, nil, eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), ObjectionResolved,
			"an objection raised during the notice is not yet resolved")
	case p.Stage < from:
		reason := "step taken before its predecessor"
		if ev.Kind == Review && p.Stage == Applied {
			reason = "direct application: not recommended by a county or park science authority or a city department"
			cite = platform.Art(13, 3)
		}
		return nil, nil, eventErr(i, ev, platform.ErrOrder, cite, nextStep[p.Stage], reason)
	}
	return nil, nil, eventErr(i, ev, platform.ErrDuplicate, cite, 0, "step already taken")
}

// step takes one of the review steps of 第十三条（二）至（五）: the recommendation, the 市科技局's
// review, the expert review and the proposed list, each with its outcome.
//
// A recommendation or review that did not pass ends the application, not filed, citing its
// clause; an expert opinion against filing keeps the application off the proposed list
// unless the 市科技局 records why it lists it anyway (a flagged exception). No ban follows:
// applications are accepted all year round (第十三条（一） 常年受理), so the unit may apply
// again under a new application ID. A further recommendation of an application already
// recommended (by another 县（园）区 or city department) is recorded and the procedure goes on.
//
// 第十三条（二）：各县（园）区科技主管部门和市有关部门……组织有关单位提出备案申请，经审核后报送市科技局。
// 第十三条（五）：备案。市科技局根据专家论证意见提出拟备案名单……
func (r *replayer) step(i int, ev *Event) error {
	from := Stage(ev.Kind - Recommendation + Kind(Applied))
	switch ev.Kind {
	case Recommendation:
		p, _, err := r.lookup(i, ev)
		if err != nil {
			return err
		}
		if p.Stage >= Recommended && p.Stage <= ExpertReviewed {
			f := finding(rRecommendation, platform.Pass, &noteFurtherRecommendation)
			if ev.NotPassed {
				f.Outcome = platform.Review
				f.Note = withReasons(noteFurtherNotPassed, ev.Reasons)
			}
			r.record(i, ev, f)
			return nil
		}
	case ProposedList:
		p, _, err := r.lookup(i, ev)
		if err != nil {
			return err
		}
		if rf := p.Refusal; p.Stage == ExpertReviewed && rf != nil && rf.Kind == ExpertReview {
			if ev.Exception == "" {
				return eventErr(i, ev, platform.ErrState, platform.Art(13, 5), 0,
					"the experts advised against filing: the proposed list is drawn up from their opinion, so listing it needs a recorded exception")
			}
			p.Stage, rf.Exception = Proposed, ev.Exception
			r.record(i, ev, finding(rProposedList, platform.Review, &platform.Note{
				Zh: "专家论证意见为不予备案，市科技局仍列入拟备案名单，例外理由：" + ev.Exception + "。须复核。",
				En: "Listed although the experts advised against filing; the bureau's recorded exception: " + ev.Exception + ". Flagged for review."}))
			return nil
		}
	}
	p, _, err := r.procedure(i, ev, from, from+1)
	if err != nil {
		return err
	}
	if !ev.NotPassed || ev.Kind == ProposedList {
		r.record(i, ev, finding(kindRule[ev.Kind], platform.Pass, nil))
		return nil
	}
	rule := kindRule[ev.Kind]
	p.Refusal = &Refusal{Kind: ev.Kind, Date: ev.Date, Cite: rules[rule].Cite, Reasons: ev.Reasons}
	note := noteExpertsAgainst
	if ev.Kind != ExpertReview {
		p.Stage, p.Ended = NotFiled, ev.Date
		note = noteReviewNotPassed
	}
	r.record(i, ev, finding(rule, platform.Fail, withReasons(note, ev.Reasons)))
	return nil
}

// withReasons is note followed by the reasons recorded, if any.
func withReasons(note platform.Note, reasons string) *platform.Note {
	if reasons != "" {
		note.Zh += "理由：" + reasons
		note.En += " Reasons: " + reasons
	}
	return &note
}

var (
	noteFurtherRecommendation = platform.Note{Zh: "另一部门亦审核报送：一并记录，程序继续。",
		En: "Recommended by a further department: recorded; the procedure goes on."}
	noteFurtherNotPassed = platform.Note{Zh: "另一部门审核未通过；已有部门审核报送，程序继续，须复核。",
		En: "A further department did not pass it; another has recommended it, so the procedure goes on, flagged for review."}
	noteReviewNotPassed = platform.Note{Zh: "审核未通过：申请终止，不予备案；不产生禁止申请的后果，可另行申请。",
		En: "Not passed: the application ends, not filed; no ban follows, and the unit may apply again."}
	noteExpertsAgainst = platform.Note{Zh: "专家论证意见为不予备案：不列入拟备案名单；不产生禁止申请的后果，可另行申请。",
		En: "The experts advised against filing: kept off the proposed list; no ban follows, and the unit may apply again."}
	noteSiteVisit = platform.Note{Zh: "现场考察（与专家论证分别记录）。", En: "Site visit (recorded apart from the expert review)."}
)

// siteVisit records the site visit of 第十三条（四） apart from the expert review: after the
// 市科技局's review, before the proposed list, in either order with the expert review.
//
// 第十三条（四）：专家论证和现场考察。组织有关专家或委托专业评估机构对通过初审的单位进行论证和现场考察……
func (r *replayer) siteVisit(i int, ev *Event) error {
	p, a, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	switch {
	case p.Stage < Reviewed:
		return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 4), nextStep[p.Stage], "site visit before the review of 第十三条（三）")
	case p.Stage > ExpertReviewed:
		return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), 0, "site visit after the proposed list")
	case a.visited:
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(13, 4), 0, "site visit already recorded")
	}
	a.visited = true
	r.record(i, ev, finding(rExpertReview, platform.Pass, &noteSiteVisit))
	return nil
}

// application opens a platform's file.
//
// 第十三条（二）：各县（园）区科技主管部门和市有关部门根据发布的备案通知和其他有关指导文件，结合本地区、
// 本行业实际情况，组织有关单位提出备案申请，经审核后报送市科技局。
// 第十二条：……成熟一个、备案一个。
func (r *replayer) application(i int, ev *Event) error {
	if _, ok := r.idx[ev.Platform]; ok {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(13, 2), 0,
			"platform "+strconv.Quote(ev.Platform)+" already applied for")
	}
	if !ev.Type.Valid() {
		return eventErr(i, ev, missingOr(ev.Type == 0), platform.Art(2), 0, "application names no platform type of the measures")
	}
	// 第二十四条：……三年内不得再次申请市级科技创新平台。第二十五条：……三年内不得申请备案；……
	// 三年内不得重新申请备案；……五年内不得重新申请备案。
	for k := range r.st.Bans {
		if b := &r.st.Bans[k]; b.binds(ev.Date, ev.Type) && r.st.bindsUnit(b) {
			return eventErr(i, ev, platform.ErrState, b.Article, 0,
				"application within the "+b.Kind+" ban of events["+strconv.Itoa(b.Event)+"], which ends on "+b.LastDay.String())
		}
	}
	name, err := r.env.checkName(ev.Type, ev.Name)
	if err != nil {
		return causeErr(i, ev, platform.ErrInvalid, platform.Art(14), err)
	}
	r.idx[ev.Platform] = len(r.st.Platforms)
	r.st.Platforms = append(r.st.Platforms, Platform{ID: ev.Platform, Type: ev.Type, Stage: Applied, Applied: ev.Date, Name: name})
	r.aux = append(r.aux, aux{})
	r.record(i, ev, finding(rApplication, platform.Pass, &noteApplication))
	return nil
}

var noteApplication = platform.Note{Zh: "成熟一个、备案一个：申请不设截止日期，不分批次。",
	En: "Filed one at a time: no closing date, no batch."}

// notice starts the public notice and counts its 5 working days on the calendar.
//
// 第十三条（五）：备案。市科技局根据专家论证意见提出拟备案名单，并向社会公示 5 个工作日。公示无异议的，
// 正式发布备案文件。
func (r *replayer) notice(i int, ev *Event) error {
	p, _, err := r.procedure(i, ev, Proposed, InNotice)
	if err != nil {
		return err
	}
	n := &Notice{Start: ev.Date}
	count, err := r.env.noticeCount(ev.Date, r.p.NoticeWorkingDays.Value)
	if err != nil {
		return causeErr(i, ev, platform.ErrCalendar, platform.Art(13, 5), err)
	}
	n.LastDay = count.Last
	n.Unconfirmed, n.Transcribed = noticeTexts(count)
	p.Notice = n
	f := finding(rNotice, platform.Pass, nil)
	f.SetWanted(platform.Count(int64(r.p.NoticeWorkingDays.Value), platform.WorkingDay))
	if !count.Last.IsZero() {
		f.SetFound(platform.DateVal(count.Last))
	}
	if len(count.Unconfirmed) > 0 {
		f.Outcome = platform.Unknown
	}
	f.Note = noticeNote(&f, count)
	r.record(i, ev, f)
	return nil
}

var noteNoticeUnconfirmed = platform.Note{Zh: "公示期内有未经确认的假日安排。",
	En: "The notice window includes a holiday arrangement that is not confirmed."}

// objection holds the filing while an objection raised during the notice is open; the
// 市科技局's decision either ends the file (upheld) or lets the filing proceed (dismissed).
//
// 第十三条（五）：……公示无异议的，正式发布备案文件。
func (r *replayer) objection(i int, ev *Event) error {
	p, a, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if ev.Kind == Objection {
		if p.Stage != InNotice && p.Stage != Held {
			return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), NoticeStart, "objection outside a public notice")
		}
		if !p.Notice.LastDay.IsZero() && ev.Date.After(p.Notice.LastDay) {
			return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), 0,
				"objection after the notice's last day "+p.Notice.LastDay.String())
		}
		p.Stage = Held
		p.Notice.Objections++
		a.objections++
		r.record(i, ev, finding(rObjection, platform.Review, &noteObjection))
		return nil
	}
	if p.Stage != Held {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), Objection, "no objection to resolve")
	}
	a.objections--
	if ev.Upheld {
		p.Stage = NotFiled
		p.Ended = ev.Date
		r.record(i, ev, finding(rObjection, platform.Fail, &noteObjectionUpheld))
		return nil
	}
	if a.objections == 0 {
		p.Stage = InNotice
	}
	r.record(i, ev, finding(rObjection, platform.Pass, &noteObjectionDismissed))
	return nil
}

var (
	noteObjection = platform.Note{Zh: "公示期间有异议：备案暂缓，待市科技局处理。",
		En: "Objection during the notice: the filing is held until the city bureau decides."}
	noteObjectionUpheld    = platform.Note{Zh: "异议成立：不予备案。", En: "Objection upheld: not filed."}
	noteObjectionDismissed = platform.Note{Zh: "异议不成立：备案程序继续。", En: "Objection dismissed: the filing proceeds."}
)

// filing issues the filing document after the notice's last day, starts the first cycle and
// creates the filing subsidy entitlement.
//
// 第十三条（五）：……公示无异议的，正式发布备案文件。
// 第十五条：对获得市级备案的科技创新平台，分类给予扶持资助……
func (r *replayer) filing(i int, ev *Event) error {
	p, _, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if p.Stage == InNotice && !p.Notice.LastDay.IsZero() && !ev.Date.After(p.Notice.LastDay) {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), 0,
			"filed before the notice's last day "+p.Notice.LastDay.String()+" had passed")
	}
	name, err := r.env.checkName(p.Type, ev.Name)
	if err != nil {
		return causeErr(i, ev, platform.ErrInvalid, platform.Art(14), err)
	}
	held := name
	if held == "" {
		held = p.Name
	}
	flag, err := r.unique(i, ev, p, held)
	if err != nil {
		return err
	}
	if _, _, err := r.procedure(i, ev, InNotice, Filed); err != nil {
		return err
	}
	if name != "" {
		p.Name = name
	}
	p.Filed = ev.Date
	p.Level = platform.City
	r.aux[r.idx[p.ID]].firstYear = r.firstReportYear(ev.Date)
	f := finding(rFiling, platform.Pass, &noteFiled)
	if n := p.Notice; n != nil && len(n.Unconfirmed) > 0 {
		// A holiday of an unconfirmed arrangement in the window would make the notice end
		// later than n.LastDay: whether it had run its working days by the filing is unknown.
		f.Outcome = platform.Unknown
		f.Note = &noteFiledUnconfirmed
	}
	r.record(i, ev, f)
	r.flag(i, ev, flag)
	return r.award(i, ev, p, Award{Kind: FilingBenefit, Level: platform.City, Cite: platform.Art(15)})
}

var (
	noteFiled = platform.Note{Zh: "正式备案，进入第一个评估周期。", En: "Filed; the first evaluation cycle begins."}
	// noteFiledUnconfirmed is noteFiled with what an unconfirmed holiday in the notice leaves open.
	noteFiledUnconfirmed = platform.Note{
		Zh: noteFiled.Zh + "公示期内有未经确认的假日安排，备案时公示期是否已满未知。",
		En: noteFiled.En + " The notice window includes an unconfirmed holiday arrangement: whether it had run its course by the filing is unknown.",
	}
)

// naming records the official name, checked by package naming.
//
// 第十四条：对于备案成功的，进行命名挂牌。
func (r *replayer) naming(i int, ev *Event) error {
	p, a, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	if a.named {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(14), 0, "platform already named")
	}
	name, err := r.env.checkName(p.Type, ev.Name)
	if err != nil {
		return causeErr(i, ev, platform.ErrInvalid, platform.Art(14), err)
	}
	if name == "" {
		return eventErr(i, ev, platform.ErrMissing, platform.Art(14), 0, "naming gives no name")
	}
	flag, err := r.unique(i, ev, p, name)
	if err != nil {
		return err
	}
	a.named = true
	p.Name = name
	f := finding(rNaming, platform.Pass, nil)
	f.SetFound(platform.Text(name))
	r.record(i, ev, f)
	r.flag(i, ev, flag)
	return nil
}

// unique checks under 第十四条 (分别统一命名) that name is not one another filed platform of
// the history, or a name of Options.TakenNames, already holds (naming.Collides: the same
// name after normalisation, so full-width letters and digits do not make it another). A
// collision is ErrConflict; with Options.NameCollisionReview it is recorded on the platform
// (NameHeldBy) and returned as a finding flagged for review.
func (r *replayer) unique(i int, ev *Event, p *Platform, name string) (*platform.Finding, error) {
	p.NameHeldBy = ""
	if name == "" {
		return nil, nil
	}
	var held []string
	for k := range r.st.Platforms {
		if o := &r.st.Platforms[k]; o.ID != p.ID && o.Name != "" && o.Stage.Operating() {
			held = append(held, o.Name)
		}
	}
	other, ok := r.env.heldBy(name, held)
	if !ok {
		return nil, nil
	}
	if !r.opts.NameCollisionReview {
		return nil, eventErr(i, ev, platform.ErrConflict, platform.Art(14), 0,
			"name "+strconv.Quote(name)+" is already held by another platform ("+strconv.Quote(other)+")")
	}
	p.NameHeldBy = other
	f := finding(rUniqueName, platform.Review, &platform.Note{
		Zh: "名称与已有平台名称相同（" + other + "）：已记录，须复核。",
		En: "The name is one another platform already holds (" + other + "): recorded, flagged for review."})
	f.SetFound(platform.Text(name))
	return &f, nil
}

// flag records a finding flagged by a check of the event (nil: nothing to flag).
func (r *replayer) flag(i int, ev *Event, f *platform.Finding) {
	if f != nil {
		r.record(i, ev, *f)
	}
}

// priorFiling puts on file a platform filed before the history begins, with its type, level
// and current official name, so that later events concern it. Cycles count from the filing
// document's date (Event.Since) when known, else from the event's date; annual reports are
// due from the year of the event on (the history holds no earlier ones). No award is
// created: the filing subsidy belongs to the filing itself, which the history does not hold.
//
// 第十三条（五）：……公示无异议的，正式发布备案文件。第十四条：对于备案成功的，进行命名挂牌。
func (r *replayer) priorFiling(i int, ev *Event) error {
	if _, ok := r.idx[ev.Platform]; ok {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(13, 5), 0,
			"platform "+strconv.Quote(ev.Platform)+" already on file")
	}
	if !ev.Type.Valid() {
		return eventErr(i, ev, missingOr(ev.Type == 0), platform.Art(2), 0, "prior filing names no platform type of the measures")
	}
	since := ev.Since
	if since.IsZero() {
		since = ev.Date
	}
	if since.After(ev.Date) {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(13, 5), 0, "filed on "+since.String()+", after the event recording it")
	}
	lv := ev.Level
	if !lv.Valid() {
		lv = platform.City
	}
	name, err := r.env.checkName(ev.Type, ev.Name)
	if err != nil {
		return causeErr(i, ev, platform.ErrInvalid, platform.Art(14), err)
	}
	p := Platform{ID: ev.Platform, Type: ev.Type, Stage: Filed, Level: lv, Name: name, Filed: since}
	flag, err := r.unique(i, ev, &p, name)
	if err != nil {
		return err
	}
	r.idx[ev.Platform] = len(r.st.Platforms)
	r.st.Platforms = append(r.st.Platforms, p)
	r.aux = append(r.aux, aux{named: name != "", firstYear: r.firstReportYear(ev.Date)})
	f := finding(rFiling, platform.Pass, &notePriorFiling)
	if name != "" {
		f.SetFound(platform.Text(name))
	}
	r.record(i, ev, f)
	r.flag(i, ev, flag)
	return nil
}

var notePriorFiling = platform.Note{Zh: "记录开始前已备案：载入平台及其现用正式名称，不产生备案扶持资助。",
	En: "Filed before the history begins: the platform and its current official name are on file; no filing subsidy arises here."}
