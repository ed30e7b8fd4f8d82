package lifecycle

// Upgrades (第十六、十七条) and award entitlements (第十五、十七、二十三、二十八条).

import (
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

// upgrade records recognition at a higher level and creates the one-time reward.
//
// 第十六条：鼓励支持市级备案的各类科技创新平台提档升级，积极申报认定自治区级、国家级科技创新平台……
// 第十七条：对提档升级为国家级和自治区级的科技创新平台，分别给予 200 万元、50 万元的一次性奖励扶持。
func (r *replayer) upgrade(i int, ev *Event) error {
	p, ax, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	if ev.Level != platform.Regional && ev.Level != platform.National {
		return eventErr(i, ev, platform.ErrRange, platform.Art(16), 0, "an upgrade is to 自治区级 or 国家级")
	}
	if ev.Level == p.Level {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(17), 0, "already recognised at "+ev.Level.String())
	}
	if ev.Level < p.Level {
		return eventErr(i, ev, platform.ErrRange, platform.Art(16), 0, "recognised at "+p.Level.String()+" already")
	}
	from := p.Level
	p.Level = ev.Level
	ax.recognised = append(ax.recognised, recognition{ev.Date, ev.Level})
	lv := finding(rLevel, platform.Pass, &platform.Note{
		Zh: "认定为" + ev.Level.Chinese() + "科技创新平台（原为" + from.Chinese() + "）。",
		En: "Recognised at " + ev.Level.English() + " (was " + from.English() + ")."})
	lv.SetWanted(platform.Text(platform.Regional.Chinese() + "或" + platform.National.Chinese()))
	lv.SetFound(platform.Text(ev.Level.Chinese()))
	r.record(i, ev, lv)
	f := finding(rUpgrade, platform.Pass, &noteUpgraded)
	f.SetFound(platform.Text(ev.Level.Chinese()))
	r.record(i, ev, f)
	return r.award(i, ev, p, Award{Kind: UpgradeBenefit, From: from, Level: ev.Level, Cite: platform.Art(17)})
}

var noteUpgraded = platform.Note{Zh: "提档升级，给予一次性奖励扶持。", En: "Upgraded; one-time reward due."}

// award records an entitlement, priced through the subsidy schedule when one is available.
func (r *replayer) award(i int, ev *Event, p *Platform, a Award) error {
	a.Platform, a.Type, a.Date, a.Event = p.ID, p.Type, ev.Date, i
	if r.outside(ev.Date) {
		r.noConsequence(i, ev)
		return nil
	}
	for k := range r.st.Awards {
		if x := &r.st.Awards[k]; x.Kind == a.Kind && x.Cycle == a.Cycle && x.Level == a.Level && x.Platform == a.Platform {
			return eventErr(i, ev, platform.ErrDuplicate, a.Cite, 0, "award already due")
		}
	}
	during := subsidy.Tenure{Start: p.Level, End: p.Level}
	if a.Kind == CycleBenefit {
		during = r.tenure(p, a.Cycle, ev.Date)
	}
	amount, err := r.env.price(a, during)
	if err != nil {
		return causeErr(i, ev, platform.ErrInvalid, a.Cite, err)
	}
	a.Amount = amount
	if a.Payable, err = r.env.payable(a, during); err != nil {
		return causeErr(i, ev, platform.ErrInvalid, platform.Art(28), err)
	}
	r.st.Awards = append(r.st.Awards, a)
	return nil
}

// tenure is the level platform p held over evaluation cycle c graded on graded: on the
// cycle's first day and on its last day, or on graded if sooner (第二十三条 "在单个评估周期内";
// subsidy.Tenure). Zero is 市级.
func (r *replayer) tenure(p *Platform, c int, graded platform.Date) subsidy.Tenure {
	span := r.p.EvaluationCycle.Value
	from := p.Filed
	if c > 1 {
		from = platform.LastDay(p.Filed, mulSpan(span, c-1)).AddDays(1)
	}
	end := platform.LastDay(p.Filed, mulSpan(span, c))
	if graded.Before(end) {
		end = graded
	}
	var t subsidy.Tenure
	for _, x := range r.aux[r.idx[p.ID]].recognised {
		if !x.date.After(from) {
			t.Start = x.level
		}
		if !x.date.After(end) {
			t.End = x.level
		}
	}
	return t
}

// clearFilingSubsidy applies 第二十五条 to the filing subsidy (第十五条) of platform p, cleared
// out on event i for fraud: the filing was obtained with false material, so what is not yet
// paid of its subsidy, whether payable or granted under these measures and not yet paid
// (Options.Received: subsidy.Entry.Granted), is no longer payable (Award.Withheld), and what was already paid under
// these measures (Options.Received) is flagged for review, the measures setting no recovery
// procedure. With Options.ClearanceKeepsFilingSubsidy the entitlement stands, flagged.
//
// 第二十五条：……弄虚作假、提供虚假材料骗取资金和备案资格的，三年内不得申请备案；已纳入备案范围的予以
// 清退处理，三年内不得重新申请备案；……
func (r *replayer) clearFilingSubsidy(i int, ev *Event, p *Platform) {
	k := -1
	for j := range r.st.Awards {
		if r.st.Awards[j].Platform == p.ID && r.st.Awards[j].Kind == FilingBenefit {
			k = j
		}
	}
	if k < 0 {
		return // no filing subsidy was due (a filing outside the validity window)
	}
	a := &r.st.Awards[k]
	var paid, granted platform.Amount
	if r.opts.Received != nil {
		var entries []subsidy.Entry
		paid, _, entries = r.opts.Received.Received(p.ID, subsidy.Filed())
		granted = grantedHere(entries)
	}
	// Not yet paid: what is payable, and what these measures granted and have not paid
	// (第二十八条 deducted it from Payable as if received), never more than the award less
	// what was paid.
	unpaid := a.Payable.Add(granted).Min(a.Amount.Sub(paid).Max(platform.Amount{}))
	if unpaid.IsZero() && paid.IsZero() {
		return
	}
	if r.opts.ClearanceKeepsFilingSubsidy {
		f := finding(rClearedSubsidy, platform.Review, &platform.Note{
			Zh: "按选项 ClearanceKeepsFilingSubsidy（第二十五条未规定资金处理）：清退后第十五条备案扶持资助仍予保留（尚未拨付 " +
				unpaid.Wan() + "，已拨付 " + paid.Wan() + "），报请核查。",
			En: "Option ClearanceKeepsFilingSubsidy (Art. 25 says nothing of the money): the filing subsidy of Art. 15 stands after" +
				" the clearance (" + unpaid.English() + " not yet paid, " + paid.English() + " paid); flagged for review."})
		f.SetFound(platform.Quantity(unpaid.Yuan(), platform.Yuan))
		r.record(i, ev, f)
		return
	}
	if !unpaid.IsZero() {
		a.Withheld, a.Payable = unpaid, platform.Amount{}
		f := finding(rClearedSubsidy, platform.Fail, &platform.Note{
			Zh: "备案系以虚假材料取得，予以清退：第十五条备案扶持资助尚未拨付的 " + unpaid.Wan() + " 不再拨付。",
			En: "The filing was obtained with false material and is cleared out: the " + unpaid.English() +
				" of the Art. 15 filing subsidy not yet paid is no longer payable."})
		f.SetWanted(platform.Quantity(platform.Amount{}.Yuan(), platform.Yuan))
		f.SetFound(platform.Quantity(unpaid.Yuan(), platform.Yuan))
		r.record(i, ev, f)
	}
	if !paid.IsZero() {
		f := finding(rClearedSubsidy, platform.Review, &platform.Note{
			Zh: "备案系以虚假材料取得，予以清退：第十五条备案扶持资助已拨付 " + paid.Wan() + "，本办法未规定追回程序，报请核查。",
			En: "The filing was obtained with false material and is cleared out: " + paid.English() +
				" of the Art. 15 filing subsidy was already paid; the measures set no recovery procedure, so it is flagged for review."})
		f.SetFound(platform.Quantity(paid.Yuan(), platform.Yuan))
		r.record(i, ev, f)
	}
}

// grantedHere is what was granted under these measures and not yet paid, of entries (one
// platform, one benefit): each grant less the payments linked to it (subsidy.Entry.Grant),
// never below 0.
func grantedHere(entries []subsidy.Entry) platform.Amount {
	var sum platform.Amount
	for _, g := range entries {
		if !g.Granted || !g.Source.IsThisMeasure() {
			continue
		}
		pending := g.Amount
		for _, e := range entries {
			if g.Ref != "" && !e.Granted && e.Grant == g.Ref && e.Source.IsThisMeasure() {
				pending = pending.Sub(e.Amount)
			}
		}
		sum = sum.Add(pending.Max(platform.Amount{}))
	}
	return sum
}
