package subsidy

import (
	"slices"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
)

// Claim asks what is payable to one platform for one benefit.
type Claim struct {
	PlatformID string        `json:"platform_id"`
	Type       platform.Type `json:"type"`
	Benefit    Benefit       `json:"benefit"`
	// Grade is the evaluation grade, required for a cycle award and absent otherwise.
	Grade platform.Grade `json:"grade,omitempty"`
	// CityFiling is, for an upgrade reward, whether the platform was filed at city level
	// (第十六、十七条; see [Upgrade]); zero (not stated) reads as before the fact existed. It
	// must be zero for other benefits.
	CityFiling CityFiling `json:"city_filing,omitempty"`
	// From is the level an upgrade started from, required for an upgrade reward of a
	// platform filed at city level (or not stated) and absent otherwise; for one never
	// filed, or not known to be, it is zero or 自治区级.
	From platform.Level `json:"from,omitempty"`
	// Held is, for a cycle award, the level the platform holds when the cycle is
	// evaluated, read as held for the whole cycle ([CycleAt]); zero means it has not been
	// upgraded (市级). A platform recognised at a higher level during or after the cycle is
	// described by During instead.
	Held platform.Level `json:"held,omitempty"`
	// During is, for a cycle award, the level held over the cycle ([Tenure], [CycleDuring]):
	// when set it decides, and Held must be zero. nil for other benefits.
	During *Tenure `json:"during,omitempty"`
	// Date and Ref are recorded on the ledger entry of the payment.
	Date platform.Date `json:"date,omitzero"`
	Ref  string        `json:"ref,omitempty"`
}

// Entitlement is what a claim is worth under 第二十八条: this measure's award, what the
// platform already received for the same benefit, what is still payable, and any excess
// already received beyond this measure's amount.
type Entitlement struct {
	PlatformID string  `json:"platform_id"`
	Benefit    Benefit `json:"benefit"`
	// Award is this measure's amount for the benefit, with its finding.
	Award Award `json:"award"`
	// ReceivedHere and ReceivedElsewhere are what was already received for the same
	// benefit under these measures and under other city documents (or documents whose
	// level is not stated): what 第二十八条 deducts.
	ReceivedHere      platform.Amount `json:"received_here"`
	ReceivedElsewhere platform.Amount `json:"received_elsewhere"`
	// ReceivedHigher is what was received for the same benefit under autonomous-region or
	// national documents: not deducted (第二十八条 reaches only 市内其他文件; 第十六条).
	ReceivedHigher platform.Amount `json:"received_higher,omitzero"`
	// Granted is what was granted for the same benefit under these measures, other city
	// documents or documents whose level is not stated, and not yet paid: each grant less
	// the payments linked to it (Entry.Grant), never below 0 元. 第二十八条 deducts it as if
	// received; its payment, once linked, is not deducted again.
	Granted platform.Amount `json:"granted,omitzero"`
	// Payable is Award.Amount less everything already received or granted, never below
	// 0 元.
	Payable platform.Amount `json:"payable"`
	// Excess is what was already received beyond Award.Amount, to be reconciled; 0 元 when
	// nothing exceeds it.
	Excess platform.Amount `json:"excess"`
	// Prior lists the ledger entries for the same platform and benefit, in ledger order,
	// including those under autonomous-region or national documents.
	Prior []Entry `json:"prior,omitempty"`
	// Findings are the award's finding, the 第二十八条 finding, where there is an excess
	// the finding that reports it, and where something was received under an
	// autonomous-region or national document the finding that says why it is not deducted.
	Findings []platform.Finding `json:"findings"`
	Options  Options            `json:"options"`
	Edition  platform.Edition   `json:"edition"`
}

// Received is everything already received for the benefit that counts against this
// measure's amount: ReceivedHere and ReceivedElsewhere, not ReceivedHigher, nor what was
// granted and not yet paid ([Entitlement.Deducted] adds that).
func (e Entitlement) Received() platform.Amount { return e.ReceivedHere.Add(e.ReceivedElsewhere) }

// Deducted is everything 第二十八条 deducts from this measure's amount: what was received
// ([Entitlement.Received]) and what was granted and not yet paid (Granted).
func (e Entitlement) Deducted() platform.Amount { return e.Received().Add(e.Granted) }

// Entitle computes what is payable for claim c given what ledger l shows the platform has
// already received, and returns the entitlement and a new ledger with the payment
// appended (l itself is not changed; nothing is appended when nothing is payable). The
// entry of the payment carries c.Date and c.Ref; if it would repeat an earlier entry in
// every field (a partial payment of the same sum on the same day), give c a distinct Ref.
//
// 第二十八条: "本办法奖励扶持条款与市内其他文件规定重复的，按本办法执行，不得重复享受。"
//
// What is payable is this measure's amount for the benefit ([Filing], [Upgrade], [CycleAt],
// [CycleDuring]) less everything already received or granted for the same benefit, under
// these measures or another city document, and never less than 0 元; a grant and the
// payments linked to it count once ([Entry].Granted, [Entry].Grant). An upgrade claim for a
// platform never filed at city level is owed nothing, and one not known to be filed is
// Unknown ([Claim].CityFiling). What was received under an autonomous-region or
// national document ([Source.IsHigherLevel]) is not deducted: 第二十八条 reaches only "市内
// 其他文件", and 第十六条 expects an upgraded platform to "享受上级有关科研创新平台扶持政策";
// a finding of rule subsidy.28.higher_level_document says so. What was received under a
// document whose level is not stated is deducted as if it were a city document (nothing is
// paid twice), and the 第二十八条 finding is then [platform.Review], asking for its level. A second filing subsidy, a second reward for
// the same level or a second award for the same cycle therefore pays 0 元, with a finding
// that says why; where more than this measure's amount was already received, the excess is
// reported for reconciliation (a [platform.Review] finding).
//
// With [Options].TopUp, a claim for 国家级 from 自治区级 is worth the national reward less
// the schedule's regional reward, on the footing the claim states (From); Entitle does not
// look for the regional payment in the ledger. A claim for 国家级 from 市级 for a platform
// the ledger shows has received the regional reward (under any document) contradicts the
// ledger and is an [platform.ErrConflict] error on claim.from: paid in full, it would give
// the platform both rewards where the top-up reading gives the national amount in all. In
// reverse order, a claim for 自治区级 for a platform the ledger shows was paid the national
// reward from 市级 (an upgrade entry whose From is 市级; Entitle records the From of every
// upgrade it pays) is an [platform.ErrConflict] error on claim.benefit.level.
//
// A bad schedule, ledger or claim is an error naming the field, and nothing is computed.
func Entitle(l Ledger, c Claim, s Schedule, opts Options) (Entitlement, Ledger, error) {
	const op = "subsidy.Entitle"
	var tb table
	err := s.index(&tb)
	var p platform.Problems
	p.Add(err)
	l.check(&p, op, "ledger.entries")
	checkClaim(&p, op, "claim.", c)
	if p.Err() == nil && opts.TopUp {
		checkFooting(&p, op, "claim.", l.entriesOf(c.PlatformID, Upgraded(platform.Regional)),
			l.entriesOf(c.PlatformID, Upgraded(platform.National)), c)
	}
	if err := p.Err(); err != nil {
		return Entitlement{}, Ledger{}, err
	}
	return tb.entitle(op, "claim.", c, l.entriesOf(c.PlatformID, c.Benefit), l.Entries, opts)
}

// entitle prices claim c, applies 第二十八条 given prior (every ledger entry for the
// claim's platform and benefit, in ledger order, kept as the entitlement's Prior) and
// returns the entitlement and a copy of entries with the payment appended. prefix names
// the claim in an error.
func (tb *table) entitle(op, prefix string, c Claim, prior, entries []Entry, opts Options) (Entitlement, Ledger, error) {
	en, pay, err := tb.entitleOne(op, prefix, c, prior, opts)
	if err != nil {
		return Entitlement{}, Ledger{}, err
	}
	out := Ledger{Entries: make([]Entry, len(entries), len(entries)+1)}
	copy(out.Entries, entries)
	if pay != nil {
		out.Entries = append(out.Entries, *pay)
	}
	return en, out, nil
}

// entitleOne prices claim c and applies 第二十八条 given prior; it returns the entitlement
// and the entry of the payment, nil when nothing is payable. prior is kept as en.Prior, so
// it must not be shared. A payment that would repeat an earlier entry in every field is an
// [platform.ErrDuplicate] error on the claim's ref.
func (tb *table) entitleOne(op, prefix string, c Claim, prior []Entry, opts Options) (Entitlement, *Entry, error) {
	var aw Award
	switch c.Benefit.Kind {
	case FilingSubsidy:
		aw = tb.filingAward(c.Type, opts)
	case UpgradeReward:
		aw = tb.upgradeAward(c.Type, c.CityFiling, c.From, c.Benefit.Level, opts)
	default:
		if c.During != nil {
			aw = tb.cycleDuring(c.Type, c.Grade, c.Benefit.Cycle, *c.During, opts)
		} else {
			aw = tb.cycleAward(c.Type, c.Grade, c.Benefit.Cycle, c.Held, opts)
		}
	}
	en := entitlement(aw, c, prior, opts)
	if en.Payable.IsZero() {
		return en, nil, nil
	}
	e := Entry{PlatformID: c.PlatformID, Benefit: c.Benefit, From: c.From, Amount: en.Payable, Date: c.Date, Ref: c.Ref}
	for _, x := range prior {
		if x.Source == (Source{}) && !x.Granted && x.Grant == "" && x.From == e.From && x.Date == e.Date && x.Ref == e.Ref && x.Amount.Equal(e.Amount) {
			return Entitlement{}, nil, platform.NewError(op, platform.ErrDuplicate, prefix+"ref", c.Ref, nil)
		}
	}
	return en, &e, nil
}

// slot identifies the entries of one platform for one benefit.
type slot struct {
	id string
	b  Benefit
}

// EntitleAll is [Entitle] for claims cs in order, the ledger threaded from each claim to
// the next: it returns the entitlement of every claim and the ledger with every payment
// appended, exactly what calling Entitle in a loop gives. The schedule, the ledger and
// every claim are validated once, up front (a bad claim is an error on claims[i], and
// nothing is computed); the ledger is then indexed by platform and benefit, so that n
// claims over a ledger of m entries cost O(n + m) map look-ups, plus the size of the
// entitlements themselves (each lists its prior entries), where threading Entitle
// re-validates and copies the ledger for every claim, O(n·(n + m)).
//
// A claim that is refused given what the claims before it paid (a conflict under
// [Options].TopUp on claims[i].from or claims[i].benefit.level, or a payment that repeats
// an earlier entry, on claims[i].ref) is an error, and nothing is returned: the loop would
// stop there too. l itself is not changed.
func EntitleAll(l Ledger, cs []Claim, s Schedule, opts Options) ([]Entitlement, Ledger, error) {
	const op = "subsidy.EntitleAll"
	var tb table
	err := s.index(&tb)
	var p platform.Problems
	p.Add(err)
	l.check(&p, op, "ledger.entries")
	for i, c := range cs {
		checkClaim(&p, op, "claims["+strconv.Itoa(i)+"].", c)
	}
	if err := p.Err(); err != nil {
		return nil, Ledger{}, err
	}
	index := make(map[slot][]Entry, len(l.Entries))
	for _, e := range l.Entries {
		k := slot{e.PlatformID, e.Benefit}
		index[k] = append(index[k], e)
	}
	out := Ledger{Entries: make([]Entry, len(l.Entries), len(l.Entries)+len(cs))}
	copy(out.Entries, l.Entries)
	ens := make([]Entitlement, 0, len(cs))
	for i, c := range cs {
		prefix := "claims[" + strconv.Itoa(i) + "]."
		if opts.TopUp {
			checkFooting(&p, op, prefix, index[slot{c.PlatformID, Upgraded(platform.Regional)}],
				index[slot{c.PlatformID, Upgraded(platform.National)}], c)
			if err := p.Err(); err != nil {
				return nil, Ledger{}, err
			}
		}
		k := slot{c.PlatformID, c.Benefit}
		en, pay, err := tb.entitleOne(op, prefix, c, slices.Clone(index[k]), opts)
		if err != nil {
			return nil, Ledger{}, err
		}
		if pay != nil {
			index[k] = append(index[k], *pay)
			out.Entries = append(out.Entries, *pay)
		}
		ens = append(ens, en)
	}
	return ens, out, nil
}

// entitlement applies 第二十八条 to award aw for claim c, given prior, every ledger entry
// for the claim's platform and benefit in ledger order (kept as en.Prior).
func entitlement(aw Award, c Claim, prior []Entry, opts Options) Entitlement {
	t := receiptsOf(prior)
	received := t.here.Add(t.elsewhere).Add(t.granted)
	payable := aw.Amount.Sub(received).Max(platform.Amount{})
	excess := received.Sub(aw.Amount).Max(platform.Amount{})
	en := Entitlement{
		PlatformID: c.PlatformID, Benefit: c.Benefit, Award: aw,
		ReceivedHere: t.here, ReceivedElsewhere: t.elsewhere, ReceivedHigher: t.higher, Granted: t.granted,
		Payable: payable, Excess: excess, Prior: prior, Options: opts, Edition: aw.Edition,
	}
	if aw.Finding.Rule == &book.filed {
		// Nothing is owed (never filed at city level) or it is not known whether anything
		// is: 第二十八条 has nothing to deduct from. What a never-filed platform already
		// received for the upgrade is reported; for one not known to be filed it is not
		// known to be an excess.
		en.Payable = platform.Amount{}
		en.Findings = append(en.Findings, aw.Finding)
		if c.CityFiling == NotFiledAtCity && !excess.IsZero() {
			en.Findings = append(en.Findings, excessFinding(aw, received, excess, t.counted))
		} else {
			en.Excess = platform.Amount{}
		}
		return en
	}
	en.Findings = append(en.Findings, aw.Finding, doubleFinding(aw, received, payable, t))
	if !excess.IsZero() {
		en.Findings = append(en.Findings, excessFinding(aw, received, excess, t.counted))
	}
	if len(t.above) > 0 {
		en.Findings = append(en.Findings, higherFinding(aw, payable, t))
	}
	return en
}

// idProblem returns the kind of problem with a platform ID, or 0: a missing ID, or one
// with leading or trailing white space. Ledger entries and claims are matched on the ID as
// written, so "LAB-1 " would not match "LAB-1" and the benefit would be paid twice
// (第二十八条 不得重复享受).
func idProblem(id string) platform.Kind {
	switch t := strings.TrimSpace(id); {
	case t == "":
		return platform.ErrMissing
	case t != id:
		return platform.ErrInvalid
	}
	return 0
}

// checkFooting checks, under the top-up reading of 第十七条, that an upgrade claim agrees
// with the ledger. A platform that received the regional reward is paid only the
// difference, so a claim for 国家级 from 市级 would pay the national reward in full on top
// of it. In reverse order, a platform paid the national reward from 市级 (an entry whose
// From is 市级) has received in full what the reading gives for both levels, so a claim
// for 自治区级 afterwards would pay the regional reward on top of it. (A national entry
// whose From is not recorded cannot be told apart from a top-up; [Entitle] records it.)
func checkFooting(p *platform.Problems, op, prefix string, regional, national []Entry, c Claim) {
	switch {
	case c.Benefit == Upgraded(platform.National) && c.From == platform.City && len(regional) > 0:
		p.Addf(op, platform.ErrConflict, prefix+"from", c.From.String())
	case c.Benefit == Upgraded(platform.Regional):
		for _, e := range national {
			if e.From == platform.City {
				p.Addf(op, platform.ErrConflict, prefix+"benefit.level", c.Benefit.Level.String())
				return
			}
		}
	}
}

func checkClaim(p *platform.Problems, op, prefix string, c Claim) {
	if k := idProblem(c.PlatformID); k != 0 {
		p.Addf(op, k, prefix+"platform_id", c.PlatformID)
	}
	checkType(p, op, prefix+"type", c.Type)
	if err := c.Benefit.check(op, prefix+"benefit"); err != nil {
		p.Add(err)
		return
	}
	if c.Benefit.Kind == CycleAward {
		checkGrade(p, op, prefix+"grade", c.Grade)
		checkHeld(p, op, prefix+"held", c.Held)
		if c.During != nil {
			if c.Held != 0 {
				p.Addf(op, platform.ErrConflict, prefix+"held", c.Held.String())
			}
			c.During.check(p, op, prefix+"during.")
		}
	} else {
		if c.During != nil {
			p.Addf(op, platform.ErrInvalid, prefix+"during", "")
		}
		if c.Grade != 0 {
			p.Addf(op, platform.ErrInvalid, prefix+"grade", c.Grade.String())
		}
		if c.Held != 0 {
			p.Addf(op, platform.ErrInvalid, prefix+"held", c.Held.String())
		}
	}
	if c.Benefit.Kind == UpgradeReward {
		checkCityFiling(p, op, prefix, c.CityFiling, c.From, c.Benefit.Level)
		return
	}
	if c.From != 0 {
		p.Addf(op, platform.ErrInvalid, prefix+"from", c.From.String())
	}
	if c.CityFiling != CityFilingNotStated {
		p.Addf(op, platform.ErrInvalid, prefix+"city_filing", c.CityFiling.String())
	}
}

// sources describes where the prior payments came from: 本办法 20万元、《…》30万元.
func sources(prior []Entry) (zh, en string) {
	var bz, be strings.Builder
	for i, e := range prior {
		if i > 0 {
			bz.WriteString("、")
			be.WriteString("; ")
		}
		bz.WriteString(e.Source.Chinese())
		switch {
		case e.Granted:
			bz.WriteString("批准")
		case e.Grant != "":
			bz.WriteString("拨付")
		}
		bz.WriteString(e.Amount.Wan())
		be.WriteString(e.Amount.English())
		switch {
		case e.Granted:
			be.WriteString(" granted")
		case e.Grant != "":
			be.WriteString(" paid")
		}
		be.WriteString(" under ")
		be.WriteString(e.Source.English())
		switch {
		case e.Granted && e.Ref != "":
			bz.WriteString("（" + e.Ref + "）")
			be.WriteString(" (" + e.Ref + ")")
		case e.Grant != "":
			bz.WriteString("（兑现批准 " + e.Grant + "）")
			be.WriteString(" (paying grant " + e.Grant + ")")
		}
	}
	return bz.String(), be.String()
}

func doubleFinding(aw Award, received, payable platform.Amount, t receipts) platform.Finding {
	f := platform.Finding{Rule: &book.double, Outcome: platform.Pass}.WithWanted(yuan(aw.Amount)).WithFound(yuan(received))
	b := aw.Benefit
	var noteZh, noteEn string
	switch {
	case received.IsZero() && len(t.above) > 0:
		noteZh = "此前未按本办法或市内其他文件享受" + b.Chinese() + "，应拨付 " + payable.Wan() + "。"
		noteEn = "Nothing was received before for the " + b.English() + " under these measures or another city document; " +
			payable.English() + " is payable."
	case received.IsZero():
		noteZh = "此前未享受" + b.Chinese() + "，应拨付 " + payable.Wan() + "。"
		noteEn = "Nothing was received before for the " + b.English() + "; " + payable.English() + " is payable."
	case payable.IsZero():
		zh, en := sources(t.counted)
		f.Outcome = platform.Fail
		noteZh = "已享受" + b.Chinese() + "（" + zh + "，合计 " + received.Wan() + "），达到本办法标准 " +
			aw.Amount.Wan() + "，按本办法执行，不得重复享受，应拨付 0 元。"
		noteEn = "The " + b.English() + " was already received (" + en + "; " + received.English() +
			" in all), reaching this measure's amount of " + aw.Amount.English() +
			"; these measures apply and the same benefit may not be received twice, so nothing is payable."
	default:
		zh, en := sources(t.counted)
		noteZh = "已享受" + b.Chinese() + "（" + zh + "，合计 " + received.Wan() + "），低于本办法标准 " +
			aw.Amount.Wan() + "，按本办法执行，补足差额 " + payable.Wan() + "。"
		noteEn = "The " + b.English() + " was already partly received (" + en + "; " + received.English() +
			" in all), below this measure's amount of " + aw.Amount.English() +
			"; these measures apply and the difference of " + payable.English() + " is payable."
	}
	if t.grants {
		noteZh += "已批准尚未拨付的部分按已享受扣减（" + t.granted.Wan() + "）；其后的拨付与所兑现的批准只计一次，不重复扣减。"
		noteEn += " What was granted and not yet paid is deducted as received (" + t.granted.English() +
			"); a later payment of a grant is counted once with it, never twice."
	}
	if len(t.unstated) > 0 {
		// Deducted as a city document, so that nothing is paid twice; the amount stands
		// only if the document is one, so the finding asks for its level.
		zh, en := sources(t.unstated)
		ifHigher := aw.Amount.Sub(received.Sub(t.unknown)).Max(platform.Amount{})
		f.Outcome = platform.Review
		noteZh += "其中" + zh + "未注明制发层级，已按市内其他文件从严扣减；请注明其为市级、自治区级还是国家级文件" +
			"（第二十八条只及于市内其他文件，自治区级、国家级文件所领不予扣减，届时应拨付 " + ifHigher.Wan() + "）。"
		noteEn += " Of this, " + en + " is under a document whose issuing level is not stated and was deducted as a city document" +
			" to be safe; state whether it is a city, autonomous-region or national document (Art. 28 reaches only other city" +
			" documents; were it a higher-level one, nothing of it would be deducted and " + ifHigher.English() + " would be payable)."
	}
	f.Note = &platform.Note{Zh: noteZh, En: noteEn}
	return f
}

// higherFinding says why what was received under autonomous-region or national documents
// is not deducted.
func higherFinding(aw Award, payable platform.Amount, t receipts) platform.Finding {
	zh, en := sources(t.above)
	return platform.Finding{Rule: &book.higher, Outcome: platform.Pass,
		Note: &platform.Note{
			Zh: zh + "系上级扶持政策（第十六条：享受上级有关科研创新平台扶持政策），不属于第二十八条所称市内其他文件，" +
				"不扣减本办法的" + aw.Benefit.Chinese() + "，应拨付 " + payable.Wan() + "。",
			En: en + " is support under a higher-level policy (Art. 16: platforms enjoy the support policies of higher levels)," +
				" not one of the other city documents of Art. 28; it is not deducted from this measure's " + aw.Benefit.English() +
				", and " + payable.English() + " is payable.",
		}}.WithFound(yuan(t.higher))
}

func excessFinding(aw Award, received, excess platform.Amount, prior []Entry) platform.Finding {
	zh, en := sources(prior)
	return platform.Finding{Rule: &book.excess, Outcome: platform.Review,
		Note: &platform.Note{
			Zh: "已领取" + aw.Benefit.Chinese() + "（" + zh + "）超过本办法标准 " + aw.Amount.Wan() + "，超出 " +
				excess.Wan() + "，报请核对。",
			En: "What was received for the " + aw.Benefit.English() + " (" + en + ") exceeds this measure's amount of " +
				aw.Amount.English() + " by " + excess.English() + "; reported for reconciliation.",
		}}.WithWanted(yuan(aw.Amount)).WithFound(yuan(received))
}
