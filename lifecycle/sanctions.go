package lifecycle

// Bans and the blacklist of 第二十四、二十五条.

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// ban ends a platform (p may be nil for a ban on the organisation alone) and imposes a ban;
// note explains the decision.
func (r *replayer) ban(i int, ev *Event, p *Platform, end Stage, rule int, kind string, period SpanParam, note *platform.Note) error {
	b := Ban{Article: rules[rule].Cite, Kind: kind, Scope: OrganisationScope, From: ev.Date, Period: period.Value,
		LastDay: platform.LastDay(ev.Date, period.Value), Event: i}
	// Dates stop at 9999-12-31 (later ones are clamped to it): a ban ending there has no
	// representable first day on which the organisation may apply again.
	if b.LastDay.AddDays(1) == b.LastDay {
		return eventErr(i, ev, platform.ErrRange, b.Article, 0,
			"the "+period.Value.English()+" ban runs past the last supported date "+b.LastDay.String())
	}
	b.Unit = r.st.Organisation
	if p != nil {
		if !p.RelyingUnit.IsZero() {
			b.Unit = p.RelyingUnit
		}
		p.Stage, p.Ended = end, ev.Date
		p.Cycle, p.CycleFrom, p.CycleTo = 0, platform.Date{}, platform.Date{}
		b.Platform, b.Type = p.ID, p.Type
		if r.opts.BanSamePlatformOnly {
			b.Scope = PlatformScope
		}
	}
	r.st.Bans = append(r.st.Bans, b)
	f := finding(rule, platform.Fail, note)
	f.SetWanted(platform.Text(period.Value.Chinese() + "内不得申请"))
	f.SetShortfall(platform.DateVal(b.LastDay.AddDays(1)))
	r.record(i, ev, f)
	return nil
}

// sentence25 are the sentences of 第二十五条 and the heads each applies to.
var (
	sentenceFraud  = "弄虚作假、提供虚假材料骗取资金和备案资格的，三年内不得申请备案；已纳入备案范围的予以清退处理，三年内不得重新申请备案"
	sentenceBlack  = "对无故不完成科研任务的，列入科研诚信黑名单"
	sentenceDelist = "对出现环保、安全生产、生物安全事故及知识产权、学术不端等行为的，依法依规予以问责处理，并予以摘牌且五年内不得重新申请备案"
	headsFraud     = HeadsOf(Fraud)
	headsBlack     = HeadsOf(UnfinishedTasks)
	headsDelist    = HeadsOf(Accident, IPViolation, Misconduct)
	heads25        = headsFraud | headsBlack | headsDelist
)

// sanction applies 第二十五条 to one act recorded once with every head it falls under
// (Event.Kind and Event.Heads). Each sentence whose head the act falls under applies, in the
// article's order, and each consequence is listed on the platform with its sentence:
// fraud bans for three years and clears a filed platform out (an application ends, not
// filed); 无故不完成科研任务 puts the organisation on the blacklist (and only that); an
// accident, an IP violation or academic misconduct brings 问责处理 (State.Accountability),
// 摘牌 and a five-year ban. The stage is the last consequence's; the bans are all kept, and
// MayApply takes the one that ends last.
//
// 第二十五条：……弄虚作假、提供虚假材料骗取资金和备案资格的，三年内不得申请备案；已纳入备案范围的予以
// 清退处理，三年内不得重新申请备案；对无故不完成科研任务的，列入科研诚信黑名单。对出现环保、安全生产、
// 生物安全事故及知识产权、学术不端等行为的，依法依规予以问责处理，并予以摘牌且五年内不得重新申请备案。
func (r *replayer) sanction(i int, ev *Event) error {
	if ev.Heads&^heads25 != 0 {
		return eventErr(i, ev, platform.ErrInvalid, platform.Art(25), 0, "heads must be heads of 第二十五条 (fraud, unfinished_tasks, accident, ip_violation, misconduct)")
	}
	hs := ev.Heads | HeadsOf(ev.Kind)
	var p *Platform
	if ev.Platform != "" {
		var err error
		if p, _, err = r.lookup(i, ev); err != nil {
			return err
		}
	}
	if hs&headsDelist != 0 {
		if p == nil {
			return eventErr(i, ev, platform.ErrMissing, platform.Art(25), 0, "摘牌 needs a platform")
		}
		if !p.Stage.Operating() {
			return eventErr(i, ev, platform.ErrState, platform.Art(25), Filing,
				"摘牌 needs a filed platform; "+strconv.Quote(p.ID)+" is "+p.Stage.String())
		}
	}
	if r.outside(ev.Date) && (hs != headsBlack || !ev.WithCause) {
		r.noConsequence(i, ev)
		return nil
	}
	if hs&headsFraud != 0 {
		end, note, what := Stage(0), &noteFraud, ""
		switch {
		case p != nil && p.Stage.Operating():
			end, note, what = Cleared, &noteFraudCleared, "cleared"
		case p != nil:
			end, note, what = NotFiled, &noteFraudNotFiled, "not_filed"
		}
		if err := r.ban(i, ev, p, end, rFraud, "fraud", r.p.FraudBan, note); err != nil {
			return err
		}
		r.consequences(i, ev, p, hs&headsFraud, sentenceFraud, what, "ban")
		if end == Cleared {
			r.clearFilingSubsidy(i, ev, p)
		}
	}
	if hs&headsBlack != 0 {
		if ev.WithCause {
			r.record(i, ev, finding(rBlacklist, platform.Pass, &noteUnfinishedWithCause))
		} else {
			r.st.Blacklist = append(r.st.Blacklist, Listing{Article: platform.Art(25), Platform: ev.Platform, Date: ev.Date, Event: i})
			r.record(i, ev, finding(rBlacklist, platform.Fail, &noteBlacklisted))
			r.consequences(i, ev, p, headsBlack, sentenceBlack, "blacklist")
		}
	}
	if h := hs & headsDelist; h != 0 {
		r.st.Accountability = append(r.st.Accountability, Accountability{Article: platform.Art(25), Platform: p.ID, Heads: h.Kinds(), Date: ev.Date, Event: i})
		if err := r.ban(i, ev, p, Delisted, rDelisting, "delisting", r.p.DelistingBan, &noteDelisted); err != nil {
			return err
		}
		r.consequences(i, ev, p, h, sentenceDelist, "accountability", "delisted", "ban")
	}
	return nil
}

// consequences lists on p (nil: the organisation alone, nothing to list) the consequences
// of one sentence of 第二十五条; an empty kind is skipped, a "ban" takes the last ban's last day.
func (r *replayer) consequences(i int, ev *Event, p *Platform, h Heads, sentence string, kinds ...string) {
	if p == nil {
		return
	}
	for _, k := range kinds {
		if k == "" {
			continue
		}
		c := Consequence{Kind: k, Article: platform.Art(25), Sentence: sentence, Heads: h.Kinds(), Date: ev.Date, Event: i}
		if k == "ban" {
			c.LastDay = r.st.Bans[len(r.st.Bans)-1].LastDay
		}
		p.Consequences = append(p.Consequences, c)
	}
}

var (
	noteFraud = platform.Note{Zh: "弄虚作假、提供虚假材料：三年内不得申请备案。",
		En: "Fraud: may not apply for filing within the ban."}
	noteFraudCleared = platform.Note{Zh: "已纳入备案范围的予以清退处理，不得重新申请备案。",
		En: "Filed platform cleared out; may not re-apply within the ban."}
	noteFraudNotFiled = platform.Note{Zh: "弄虚作假、提供虚假材料：不予备案，不得申请备案。",
		En: "Fraud: not filed; may not apply within the ban."}
	noteUnfinishedWithCause = platform.Note{Zh: "有正当理由：不列入科研诚信黑名单。", En: "With cause: not blacklisted."}
	noteBlacklisted         = platform.Note{Zh: "无故不完成科研任务：列入科研诚信黑名单。",
		En: "Research tasks not completed without cause: on the research-integrity blacklist."}
	noteDelisted = platform.Note{Zh: "依法依规问责，予以摘牌，五年内不得重新申请备案。",
		En: "Accountability; delisted; may not re-apply within the ban."}
	noteNoConsequence = platform.Note{Zh: "事件不在本办法有效期内：不产生本办法规定的后果（禁止申请、不再列入备案序列、清退、摘牌、黑名单、限期整改、奖励扶持）。",
		En: "The act falls outside the measures' validity window: none of their consequences (ban, removal, clearance, delisting, blacklist, rectification, award) follows."}
)

// outside reports whether d lies outside the known validity window of 第二十九条 (an unknown
// window: no).
func (r *replayer) outside(d platform.Date) bool { return r.winKnown && !r.win.Contains(d) }

// noConsequence records an act outside the validity window: no consequence of the measures
// rests on it.
//
// 第二十九条：本办法自发布之日起施行，期限 5 年。
func (r *replayer) noConsequence(i int, ev *Event) {
	f := finding(rValidity, platform.Fail, &noteNoConsequence)
	f.SetFound(platform.DateVal(ev.Date))
	r.record(i, ev, f)
}
