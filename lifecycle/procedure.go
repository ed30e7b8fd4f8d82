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
func (r *replayer) procedure(i int, ev Event, from, to Stage) (*Platform, *aux, error) {
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

// application opens a platform's file.
//
// 第十三条（二）：各县（园）区科技主管部门和市有关部门根据发布的备案通知和其他有关指导文件，结合本地区、
// 本行业实际情况，组织有关单位提出备案申请，经审核后报送市科技局。
// 第十二条：……成熟一个、备案一个。
func (r *replayer) application(i int, ev Event) error {
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
		if b := &r.st.Bans[k]; b.binds(ev.Date, ev.Type) {
			return eventErr(i, ev, platform.ErrState, b.Article, 0,
				"application within the "+b.Kind+" ban of events["+strconv.Itoa(b.Event)+"], which ends on "+b.LastDay.String())
		}
	}
	name, err := r.env.checkName(ev.Type, ev.Name)
	if err != nil {
		return eventErr(i, ev, platform.ErrInvalid, platform.Art(14), 0, err.Error())
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
func (r *replayer) notice(i int, ev Event) error {
	p, _, err := r.procedure(i, ev, Proposed, InNotice)
	if err != nil {
		return err
	}
	n := &Notice{Start: ev.Date}
	last, unconfirmed, err := r.env.noticeLastDay(ev.Date, r.p.NoticeWorkingDays.Value)
	if err != nil {
		return eventErr(i, ev, platform.ErrCalendar, platform.Art(13, 5), 0, err.Error())
	}
	n.LastDay, n.Unconfirmed = last, unconfirmed
	p.Notice = n
	f := finding(rNotice, platform.Pass, nil)
	f.SetWanted(platform.Count(int64(r.p.NoticeWorkingDays.Value), platform.WorkingDay))
	if !last.IsZero() {
		f.SetFound(platform.DateVal(last))
	}
	if len(unconfirmed) > 0 {
		f.Outcome = platform.Unknown
		f.Note = &noteNoticeUnconfirmed
	}
	r.record(i, ev, f)
	return nil
}

var noteNoticeUnconfirmed = platform.Note{Zh: "公示期内有未经确认的假日安排。",
	En: "The notice window includes a holiday arrangement that is not confirmed."}

// objection holds the filing while an objection raised during the notice is open; the
// 市科技局's decision either ends the file (upheld) or lets the filing proceed (dismissed).
//
// 第十三条（五）：……公示无异议的，正式发布备案文件。
func (r *replayer) objection(i int, ev Event) error {
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
func (r *replayer) filing(i int, ev Event) error {
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
		return eventErr(i, ev, platform.ErrInvalid, platform.Art(14), 0, err.Error())
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
func (r *replayer) naming(i int, ev Event) error {
	p, a, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	if a.named {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(14), 0, "platform already named")
	}
	name, err := r.env.checkName(p.Type, ev.Name)
	if err != nil {
		return eventErr(i, ev, platform.ErrInvalid, platform.Art(14), 0, err.Error())
	}
	if name == "" {
		return eventErr(i, ev, platform.ErrMissing, platform.Art(14), 0, "naming gives no name")
	}
	a.named = true
	p.Name = name
	f := finding(rNaming, platform.Pass, nil)
	f.SetFound(platform.Text(name))
	r.record(i, ev, f)
	return nil
}
