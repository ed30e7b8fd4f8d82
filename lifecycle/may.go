package lifecycle

import (
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

// Permission answers whether the organisation may apply for filing on a date: may or may not,
// until when, under which article. Bans holds the bans that bind on that date, in the form
// eligibility takes as input (article, kind, last day), and more.
type Permission struct {
	On   platform.Date `json:"on"`
	Type platform.Type `json:"type,omitempty"`
	// Outcome is Pass when no ban binds, Fail when one does, Unknown when On is missing or
	// Type is not a type of the measures.
	Outcome platform.Outcome `json:"outcome"`
	May     bool             `json:"may"`
	// Until is the last day of the ban that ends last, following on through any ban that
	// binds on the day after (decided later, but beginning within or right after the bans in
	// force); From the first day the organisation may apply again (the day after Until, since
	// a ban runs to 24:00 of its last day). Zero when no ban binds. When the events after
	// the state's AsOf could not be replayed (State.LaterUnknown) and From lies after AsOf,
	// From is the first day free of the bans known, and MayApply on it is Unknown.
	Until platform.Date `json:"until,omitzero"`
	From  platform.Date `json:"from,omitzero"`
	// Article is the clause of the ban that ends on Until.
	Article platform.Citation `json:"article,omitzero"`
	Bans    []Ban             `json:"bans"`
	// Blacklisted reports an entry on the research-integrity blacklist (第二十五条). The
	// measures do not make it a bar to filing; eligibility's integrity clauses
	// (申报前2年无失信) weigh it.
	Blacklisted bool               `json:"blacklisted,omitempty"`
	Findings    []platform.Finding `json:"findings"`
}

// MayApply answers whether the organisation may apply on date on for a platform of type t
// (第二十四条: 三年内不得再次申请市级科技创新平台; 第二十五条: 三年内不得申请备案, 五年内不得
// 重新申请备案). A ban binds from its decision date to the end of its last day. A ban limited
// to the same platform (Options.BanSamePlatformOnly) binds only an application of the
// banned platform's type; t zero means "any type", which every ban binds. A ban binds only
// the unit it names (Ban.Unit): a ban on a new relying unit after a change does not bar the
// organisation. A ban decided after on (even one recorded before the as-of date) does not
// bar an application made on on.
//
// For a date after the state's AsOf, the bans the history records after AsOf
// (State.LaterBans) count too, so a ban the history records always bars. Without one the
// answer is Pass with a note that it rests on the history recorded (the events up to AsOf
// and the bans of later events): replay as of that date for the whole state. When the
// events after AsOf could not be replayed (State.LaterUnknown) it is Unknown.
func (s State) MayApply(on platform.Date, t platform.Type) Permission {
	p := Permission{On: on, Type: t, Bans: []Ban{}, Blacklisted: len(s.Blacklist) > 0}
	if on.IsZero() {
		p.Outcome = platform.Unknown
		p.Findings = []platform.Finding{finding(rRemoval, platform.Unknown, &noteNoDate)}
		return p
	}
	if t != 0 && !t.Valid() {
		p.Outcome = platform.Unknown
		p.Findings = []platform.Finding{finding(rRemoval, platform.Unknown, &noteTypeUnknown)}
		return p
	}
	for _, bs := range [2][]Ban{s.Bans, s.LaterBans} {
		for _, b := range bs {
			if !b.binds(on, t) || !s.bindsUnit(&b) {
				continue
			}
			p.Bans = append(p.Bans, b)
			if b.LastDay.After(p.Until) {
				p.Until, p.Article = b.LastDay, b.Article
			}
			f := finding(banRule(b.Kind), platform.Fail, &noteWithinBan)
			f.SetWanted(platform.DateVal(b.LastDay.AddDays(1)))
			f.SetFound(platform.DateVal(on))
			f.SetShortfall(platform.DateVal(b.LastDay.AddDays(1)))
			p.Findings = append(p.Findings, f)
		}
	}
	if len(p.Bans) == 0 {
		p.Outcome, p.May = platform.Pass, true
		switch {
		case on.After(s.AsOf) && s.LaterUnknown:
			p.Outcome, p.May = platform.Unknown, false
			p.Findings = append(p.Findings, finding(rRemoval, platform.Unknown, &noteLaterUnknown))
		case on.After(s.AsOf):
			f := finding(rRemoval, platform.Pass, &noteBeyondAsOf)
			f.SetFound(platform.DateVal(s.AsOf))
			p.Findings = append(p.Findings, f)
		default:
			p.Findings = append(p.Findings, finding(rRemoval, platform.Pass, &noteNoBan))
		}
		return p
	}
	// A ban decided later that binds on the day after Until (it began within the bans found,
	// or on that very day) keeps the organisation barred: From is the first day no ban binds.
	for extended := true; extended; {
		extended = false
		next := p.Until.AddDays(1)
		for _, bs := range [2][]Ban{s.Bans, s.LaterBans} {
			for k := range bs {
				if b := &bs[k]; b.LastDay.After(p.Until) && b.binds(next, t) && s.bindsUnit(b) {
					p.Until, p.Article, extended = b.LastDay, b.Article, true
				}
			}
		}
	}
	p.Outcome, p.From = platform.Fail, p.Until.AddDays(1)
	return p
}

var (
	noteNoDate      = platform.Note{Zh: "未给出申请日期。", En: "No application date given."}
	noteTypeUnknown = platform.Note{Zh: "平台类型不明。", En: "The platform type is not one of the measures'."}
	noteWithinBan   = platform.Note{Zh: "禁止申请期内。", En: "Within a ban on applying."}
	noteNoBan       = platform.Note{Zh: "无禁止申请情形。", En: "No ban binds."}
	noteBeyondAsOf  = platform.Note{Zh: "无禁止申请情形；日期在截至日之后，此答复仅依据截至日的记录及其后记录的禁止申请。",
		En: "No ban binds; the date is after the as-of date, so this rests on the history up to it and the bans recorded after it."}
	noteLaterUnknown = platform.Note{Zh: "日期在截至日之后，截至日后的事件无法重放，是否禁止申请未知。",
		En: "The date is after the as-of date and the events after it cannot be replayed: whether a ban binds is unknown."}
)

// bindsUnit reports whether b binds the organisation: a ban on another unit (the new
// relying unit after a change) does not; a ban without a unit does.
func (s *State) bindsUnit(b *Ban) bool { return b.Unit.IsZero() || b.Unit == s.Organisation }

// binds reports whether the ban binds an application for a platform of type t (zero: any
// type) on date on: from the decision to the end of its last day, for the organisation or,
// with PlatformScope, for the banned platform's type.
func (b *Ban) binds(on platform.Date, t platform.Type) bool {
	if on.Before(b.From) || on.After(b.LastDay) {
		return false
	}
	return b.Scope != PlatformScope || t == 0 || b.Type == t
}

func banRule(kind string) int {
	switch kind {
	case "fraud":
		return rFraud
	case "delisting":
		return rDelisting
	}
	return rRemoval
}

// EligibilityBans returns the bans binding on the date asked, in the form eligibility.Check
// takes. eligibility.Application.Bans is an optional fact (not supplied is Unknown), so wrap
// the result: Bans: eligibility.Some(p.EligibilityBans()); an empty result then says the
// record was checked and no ban binds.
func (p Permission) EligibilityBans() []eligibility.Ban { return toEligibility(p.Bans) }

// EligibilityFact is the ban record eligibility.Application.Bans takes for an application on
// the date asked: the bans binding on it, supplied (eligibility.Some), when MayApply could
// tell; not supplied when it could not (Outcome Unknown: no date, a type not of the
// measures, or a date after the as-of date whose later events could not be replayed,
// State.LaterUnknown). eligibility's ban rows are then Unknown exactly when MayApply is,
// fail when it bars and pass when it does not.
func (p Permission) EligibilityFact() eligibility.Opt[[]eligibility.Ban] {
	if p.Outcome == platform.Unknown {
		return eligibility.Opt[[]eligibility.Ban]{}
	}
	return eligibility.Some(p.EligibilityBans())
}

// EligibilityBans returns every ban of the organisation that binds an application for a
// platform of type t (t zero: any type), whatever its dates, those the history records after
// AsOf included, in the form eligibility.Check takes (wrapped in eligibility.Some, as
// above); eligibility compares each ban's decision date and last day with the application
// date itself, so for every date it bars exactly when [State.MayApply] does. When
// LaterUnknown is set, a date after AsOf is not known to be free of bans (MayApply is
// Unknown there) and this list cannot say so: feed eligibility from
// [Permission.EligibilityFact] for such a date.
func (s State) EligibilityBans(t platform.Type) []eligibility.Ban {
	bs := make([]Ban, 0, len(s.Bans)+len(s.LaterBans))
	for _, all := range [2][]Ban{s.Bans, s.LaterBans} {
		for _, b := range all {
			if (b.Scope == PlatformScope && t != 0 && b.Type != t) || !s.bindsUnit(&b) {
				continue
			}
			bs = append(bs, b)
		}
	}
	return toEligibility(bs)
}

func toEligibility(bs []Ban) []eligibility.Ban {
	out := make([]eligibility.Ban, 0, len(bs))
	for _, b := range bs {
		out = append(out, eligibility.Ban{Article: b.Article, Kind: b.Kind, From: b.From, LastDay: b.LastDay})
	}
	return out
}
