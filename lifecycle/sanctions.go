package lifecycle

// Bans and the blacklist of 第二十四、二十五条.

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// ban ends a platform (p may be nil for a ban on the organisation alone) and imposes a ban;
// note explains the decision.
func (r *replayer) ban(i int, ev Event, p *Platform, end Stage, rule int, kind string, period SpanParam, note *platform.Note) error {
	b := Ban{Article: rules[rule].Cite, Kind: kind, Scope: OrganisationScope, From: ev.Date, Period: period.Value,
		LastDay: platform.LastDay(ev.Date, period.Value), Event: i}
	// Dates stop at 9999-12-31 (later ones are clamped to it): a ban ending there has no
	// representable first day on which the organisation may apply again.
	if b.LastDay.AddDays(1) == b.LastDay {
		return eventErr(i, ev, platform.ErrRange, b.Article, 0,
			"the "+period.Value.English()+" ban runs past the last supported date "+b.LastDay.String())
	}
	if p != nil {
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

// fraud bans the organisation; a filed platform is cleared out, an application ends.
//
// 第二十五条：……弄虚作假、提供虚假材料骗取资金和备案资格的，三年内不得申请备案；已纳入备案范围的予以
// 清退处理，三年内不得重新申请备案；……
func (r *replayer) fraud(i int, ev Event) error {
	if ev.Platform == "" {
		return r.ban(i, ev, nil, 0, rFraud, "fraud", r.p.FraudBan, &noteFraud)
	}
	p, _, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if p.Stage.Operating() {
		return r.ban(i, ev, p, Cleared, rFraud, "fraud", r.p.FraudBan, &noteFraudCleared)
	}
	return r.ban(i, ev, p, NotFiled, rFraud, "fraud", r.p.FraudBan, &noteFraudNotFiled)
}

var (
	noteFraud = platform.Note{Zh: "弄虚作假、提供虚假材料：三年内不得申请备案。",
		En: "Fraud: may not apply for filing within the ban."}
	noteFraudCleared = platform.Note{Zh: "已纳入备案范围的予以清退处理，不得重新申请备案。",
		En: "Filed platform cleared out; may not re-apply within the ban."}
	noteFraudNotFiled = platform.Note{Zh: "弄虚作假、提供虚假材料：不予备案，不得申请备案。",
		En: "Fraud: not filed; may not apply within the ban."}
)

// unfinished puts the organisation on the research-integrity blacklist.
//
// 第二十五条：……对无故不完成科研任务的，列入科研诚信黑名单。……
func (r *replayer) unfinished(i int, ev Event) error {
	if ev.Platform != "" {
		if _, _, err := r.lookup(i, ev); err != nil {
			return err
		}
	}
	if ev.WithCause {
		r.record(i, ev, finding(rBlacklist, platform.Pass, &noteUnfinishedWithCause))
		return nil
	}
	r.st.Blacklist = append(r.st.Blacklist, Listing{Article: platform.Art(25), Platform: ev.Platform, Date: ev.Date, Event: i})
	r.record(i, ev, finding(rBlacklist, platform.Fail, &noteBlacklisted))
	return nil
}

var (
	noteUnfinishedWithCause = platform.Note{Zh: "有正当理由：不列入科研诚信黑名单。", En: "With cause: not blacklisted."}
	noteBlacklisted         = platform.Note{Zh: "无故不完成科研任务：列入科研诚信黑名单。",
		En: "Research tasks not completed without cause: on the research-integrity blacklist."}
)

// delisting delists a filed platform and bans the organisation for five years.
//
// 第二十五条：……对出现环保、安全生产、生物安全事故及知识产权、学术不端等行为的，依法依规予以问责处理，
// 并予以摘牌且五年内不得重新申请备案。
func (r *replayer) delisting(i int, ev Event) error {
	p, _, err := r.lookup(i, ev)
	if err != nil {
		return err
	}
	if !p.Stage.Operating() {
		return eventErr(i, ev, platform.ErrState, platform.Art(25), Filing,
			"摘牌 needs a filed platform; "+strconv.Quote(p.ID)+" is "+p.Stage.String())
	}
	return r.ban(i, ev, p, Delisted, rDelisting, "delisting", r.p.DelistingBan, &noteDelisted)
}

var noteDelisted = platform.Note{Zh: "依法依规问责，予以摘牌，五年内不得重新申请备案。",
	En: "Accountability; delisted; may not re-apply within the ban."}
