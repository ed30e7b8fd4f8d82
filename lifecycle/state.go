package lifecycle

import (
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/internal/enum"
)

// Stage is where a platform stands.
type Stage uint8

// The stages of a platform. NotFiled, Removed, Cleared and Delisted are final: any later
// event for the platform is an error.
const (
	Applied        Stage = iota + 1 // 已提出备案申请 (第十三条（二）)
	Recommended                     // 已审核报送 (第十三条（二）)
	Reviewed                        // 市科技局已审查 (第十三条（三）)
	ExpertReviewed                  // 已论证和现场考察 (第十三条（四）)
	Proposed                        // 列入拟备案名单 (第十三条（五）)
	InNotice                        // 公示中 (第十三条（五）)
	Held                            // 公示异议待处理 (第十三条（五）)
	Filed                           // 已备案，运行中 (第十三条（五）)
	Rectifying                      // 限期整改中 (第二十四条)
	NotFiled                        // 异议成立或申请终止，不予备案 (第十三条（五）, 第二十五条)
	Removed                         // 不再列入备案序列 (第二十四条)
	Cleared                         // 清退 (第二十五条)
	Delisted                        // 摘牌 (第二十五条)
	maxStage       = Delisted
)

var stageNames = enum.New(enum.Table[Stage]{Type: "Stage", Pkg: "lifecycle", Field: "stage", First: Applied,
	Codes: []string{"", "applied", "recommended", "reviewed", "expert_reviewed", "proposed",
		"in_notice", "held", "filed", "rectifying", "not_filed", "removed", "cleared", "delisted"},
	Zh: []string{"", "已申请", "已推荐", "已审查", "已论证", "拟备案", "公示中", "异议待处理",
		"已备案", "整改中", "不予备案", "不再列入备案序列", "清退", "摘牌"},
	Invalid: invalid,
})

// Valid reports whether s is a known stage.
func (s Stage) Valid() bool { return stageNames.Valid(s) }

// Final reports whether no event may follow.
func (s Stage) Final() bool { return s >= NotFiled && s <= maxStage }

// Operating reports whether the platform is filed (running or rectifying).
func (s Stage) Operating() bool { return s == Filed || s == Rectifying }

// String returns the stable code.
func (s Stage) String() string { return stageNames.String(s) }

// Chinese returns the Chinese name.
func (s Stage) Chinese() string { return stageNames.Chinese(s) }

// MarshalText encodes the stable code.
func (s Stage) MarshalText() ([]byte, error) { return stageNames.Marshal(s) }

// ReportStatus is the state of one year's annual report (第二十条).
type ReportStatus uint8

// The states of an annual report.
const (
	ReportUpcoming  ReportStatus = iota + 1 // not yet due on the as-of date
	ReportSubmitted                         // submitted on or before the due day
	ReportLate                              // submitted after the due day
	ReportOverdue                           // not submitted, due day passed
)

var reportNames = enum.New(enum.Table[ReportStatus]{Type: "ReportStatus", Pkg: "lifecycle", Field: "status",
	First: ReportUpcoming, Codes: []string{"", "upcoming", "submitted", "late", "overdue"}, Invalid: invalid})

// String returns the stable code.
func (r ReportStatus) String() string { return reportNames.String(r) }

// MarshalText encodes the stable code.
func (r ReportStatus) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Report is one year's annual report of a platform (第二十条).
type Report struct {
	Year int `json:"year"`
	// Due is the last day on which the report is on time (11月30日 by default; rolled past a
	// holiday when Options.RollDeadlines is set). When the calendar lacks the year's
	// arrangement, Due is the day before rolling and a finding (Unknown) says so; the status
	// is then one that rolling cannot change, or Replay returns ErrCalendar.
	Due       platform.Date `json:"due"`
	Submitted platform.Date `json:"submitted,omitzero"`
	// Forwarded is the day the supervising body forwarded the report to the 市科技局 after
	// its review (ReportForwarded); zero when not recorded. With Options.ReportDueAtBureau
	// the Status is the forwarding's, since the report reaches the bureau then.
	Forwarded platform.Date `json:"forwarded,omitzero"`
	Status    ReportStatus  `json:"status"`
}

// Grading is one cycle's evaluation result.
type Grading struct {
	Cycle int            `json:"cycle"`
	Grade platform.Grade `json:"grade"`
	Date  platform.Date  `json:"date"`
	Event int            `json:"event"`
}

// Rectification is a rectification after a 较差 result (第二十四条).
type Rectification struct {
	Cycle  int           `json:"cycle"`
	Opened platform.Date `json:"opened"`
	// Ordered is the date of the rectification order, when a RectificationOpened records it
	// (Event.OrderDate); the one-year limit counts from it unless
	// Options.RectificationFromResult.
	Ordered platform.Date `json:"ordered,omitzero"`
	// Deadline is the last day for the re-check: by default one year from Opened (rolled
	// past a holiday with Options.RollDeadlines; when the calendar lacks that year, the day
	// before rolling, flagged by an Unknown finding), or the deadline a RectificationOpened
	// event set.
	Deadline platform.Date `json:"deadline"`
	// Exception is the recorded reason for a deadline beyond one year.
	Exception string `json:"exception,omitempty"`
	// Closed is the date of the re-check; Passed its result.
	Closed platform.Date `json:"closed,omitzero"`
	Passed bool          `json:"passed,omitempty"`
	// Overdue is set when no re-check was recorded by the deadline (as of the as-of date).
	// The measures do not say what follows.
	Overdue bool `json:"overdue,omitempty"`
}

// AdjustmentStep is an adjustment of 第二十六条 in progress or done.
type AdjustmentStep struct {
	Kind AdjustmentKind `json:"kind"`
	// Done is the last step taken: AdjustmentReview … AdjustmentApproval.
	Done Kind          `json:"done"`
	Date platform.Date `json:"date"`
	// From and To are the old and new name or relying unit, once approved.
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Next is the step the unfinished adjustment needs next and NextActor who must take it
	// (第二十六条: the relying unit's report, the supervising body's review, the 市科技局's
	// approval); zero once approved or superseded.
	Next      Kind  `json:"next,omitempty"`
	NextActor Actor `json:"next_actor,omitempty"`
	// Superseded marks an attempt left unfinished when a new one of the same kind began (a
	// fresh AdjustmentReview): each attempt is its own record; the later one goes on.
	Superseded bool `json:"superseded,omitempty"`
}

// Refusal is a review of the filing procedure that did not pass (第十三条（二）（三）（四）).
// A failed （二） or （三） ends the application, not filed; a negative opinion under （四）
// keeps it off the proposed list unless the 市科技局 lists it anyway with a recorded
// Exception. No ban follows (第十三条（一） 常年受理): the unit may apply again.
type Refusal struct {
	// Kind is the step that did not pass: Recommendation, Review or ExpertReview.
	Kind    Kind              `json:"kind"`
	Date    platform.Date     `json:"date"`
	Cite    platform.Citation `json:"citation"`
	Reasons string            `json:"reasons,omitempty"`
	// Exception is the 市科技局's recorded reason for listing the application despite a
	// negative expert opinion (ProposedList with Event.Exception).
	Exception string `json:"exception,omitempty"`
}

// Consequence is one consequence of 第二十五条 an act brought about, with the sentence of the
// article that imposes it. One act under several heads has each head's consequences.
type Consequence struct {
	// Kind is cleared (清退), not_filed (an application ended), delisted (摘牌),
	// accountability (问责处理), ban, or blacklist (科研诚信黑名单).
	Kind    string            `json:"kind"`
	Article platform.Citation `json:"article"`
	// Sentence is the sentence of the article, in the law's words.
	Sentence string `json:"sentence"`
	// Heads are the heads of the act this sentence applies to.
	Heads []Kind        `json:"heads"`
	Date  platform.Date `json:"date"`
	// LastDay is a ban's last day.
	LastDay platform.Date `json:"last_day,omitzero"`
	Event   int           `json:"event"`
}

// Accountability is 问责处理 under 第二十五条 (依法依规予以问责处理): the article, the date of
// the decision and the act's heads. What the accountability is lies outside these measures.
type Accountability struct {
	Article  platform.Citation `json:"article"`
	Platform string            `json:"platform,omitempty"`
	Heads    []Kind            `json:"heads"`
	Date     platform.Date     `json:"date"`
	Event    int               `json:"event"`
}

// Platform is the state of one platform of the organisation.
type Platform struct {
	ID    string         `json:"id"`
	Type  platform.Type  `json:"type"`
	Stage Stage          `json:"stage"`
	Level platform.Level `json:"level,omitempty"`
	Name  string         `json:"name,omitempty"`
	// RelyingUnit is the relying unit after an approved change (第二十六条); zero while the
	// applicant organisation is the relying unit.
	RelyingUnit platform.CreditCode `json:"relying_unit,omitzero"`
	Applied     platform.Date       `json:"applied"`
	// Notice is the public notice (第十三条（五）), once started.
	Notice *Notice       `json:"notice,omitempty"`
	Filed  platform.Date `json:"filed,omitzero"`
	Ended  platform.Date `json:"ended,omitzero"`
	// Cycle is the evaluation cycle in progress on the as-of date (0 before filing or after
	// the platform ended); CycleFrom and CycleTo its first and last days.
	Cycle         int              `json:"cycle,omitempty"`
	CycleFrom     platform.Date    `json:"cycle_from,omitzero"`
	CycleTo       platform.Date    `json:"cycle_to,omitzero"`
	Grades        []Grading        `json:"grades,omitempty"`
	Reports       []Report         `json:"reports,omitempty"`
	Rectification *Rectification   `json:"rectification,omitempty"`
	Adjustments   []AdjustmentStep `json:"adjustments,omitempty"`
	// Refusal is the review of the filing procedure that did not pass, if one did not.
	Refusal *Refusal `json:"refusal,omitempty"`
	// Consequences are the consequences of 第二十五条 the platform's acts brought about, each
	// with its sentence: the stage shows only the last.
	Consequences []Consequence `json:"consequences,omitempty"`
	// NameHeldBy is the name another platform held when this platform's name was recorded
	// with Options.NameCollisionReview (第十四条; flagged for review); empty otherwise.
	NameHeldBy string `json:"name_held_by,omitempty"`
}

// Notice is a platform's public notice (第十三条（五）).
type Notice struct {
	Start platform.Date `json:"start"`
	// LastDay is the 5th working day; the filing may be issued from the next day. Zero when
	// no calendar was available to count it.
	LastDay platform.Date `json:"last_day,omitzero"`
	// Unconfirmed names calendar sources whose arrangement was not confirmed in the window
	// (a Lhasa festival not known; a year counted provisionally, with what was assumed).
	Unconfirmed []string `json:"unconfirmed,omitempty"`
	// Transcribed names the arrangements the count used as transcribed, not read from their
	// notice (2027's national arrangement, as github.com/6tail/lunar-go v1.4.7 gives it).
	Transcribed []string `json:"transcribed,omitempty"`
	Objections  int      `json:"objections,omitempty"`
}

// BenefitKind is the kind of an award entitlement.
type BenefitKind uint8

// The benefits lifecycle creates entitlements for.
const (
	FilingBenefit  BenefitKind = iota + 1 // 第十五条
	UpgradeBenefit                        // 第十七条
	CycleBenefit                          // 第二十三条
)

var benefitNames = enum.New(enum.Table[BenefitKind]{Type: "BenefitKind", Pkg: "lifecycle", Field: "kind",
	First: FilingBenefit, Codes: []string{"", "filing", "upgrade", "cycle"}, Invalid: invalid})

// String returns the stable code.
func (b BenefitKind) String() string { return benefitNames.String(b) }

// MarshalText encodes the stable code.
func (b BenefitKind) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// Award is an award entitlement due to a platform. Each (platform, kind, level, cycle) is
// due at most once.
type Award struct {
	Platform string        `json:"platform"`
	Type     platform.Type `json:"type"`
	Kind     BenefitKind   `json:"kind"`
	// From is the level before an upgrade; Level the level the award is for.
	From  platform.Level    `json:"from,omitempty"`
	Level platform.Level    `json:"level,omitempty"`
	Grade platform.Grade    `json:"grade,omitempty"`
	Cycle int               `json:"cycle,omitempty"`
	Date  platform.Date     `json:"date"`
	Cite  platform.Citation `json:"citation"`
	// Amount is the amount under the subsidy schedule (subsidy.Filing, Upgrade, CycleAt).
	Amount platform.Amount `json:"amount"`
	// Payable is what remains payable after what was already received for the same benefit
	// (第二十八条, Options.Received); equal to Amount when nothing was received. It is 0 for
	// the filing subsidy of a platform cleared out for fraud (第二十五条), Withheld saying how
	// much was no longer paid (unless Options.ClearanceKeepsFilingSubsidy).
	Payable platform.Amount `json:"payable"`
	// Withheld is what a 清退 for fraud (第二十五条) took from Payable: the part of the
	// filing subsidy not yet paid, including what these measures granted and had not yet
	// paid (Options.Received). Zero otherwise.
	Withheld platform.Amount `json:"withheld,omitzero"`
	Event    int             `json:"event"`
}

// BanScope is whom a ban binds.
type BanScope uint8

// The scopes of a ban.
const (
	// OrganisationScope: the organisation may not apply for any city platform.
	OrganisationScope BanScope = iota + 1
	// PlatformScope: the organisation may not re-apply for a platform of the banned platform's type.
	PlatformScope
)

var scopeNames = enum.New(enum.Table[BanScope]{Type: "BanScope", Pkg: "lifecycle", Field: "scope",
	First: OrganisationScope, Codes: []string{"", "organisation", "platform"}, Invalid: invalid})

// String returns the stable code.
func (s BanScope) String() string { return scopeNames.String(s) }

// MarshalText encodes the stable code.
func (s BanScope) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Ban is a period in which the organisation may not apply (第二十四、二十五条). It runs from
// the decision (the event's date, not counted) for the period of the parameter table, ends
// at 24:00 of LastDay ([platform.LastDay]) and is never rolled past a holiday.
type Ban struct {
	// Article is the clause that imposes it.
	Article platform.Citation `json:"article"`
	// Kind is removal, fraud or delisting.
	Kind     string        `json:"kind"`
	Platform string        `json:"platform,omitempty"`
	Type     platform.Type `json:"type,omitempty"`
	Scope    BanScope      `json:"scope"`
	From     platform.Date `json:"from"`
	Period   platform.Span `json:"period"`
	LastDay  platform.Date `json:"last_day"`
	Event    int           `json:"event"`
	// Unit is the unit the ban binds: the platform's relying unit at the time of the act
	// (after an approved change of relying unit, the new one), or the organisation. Zero
	// (a ban stored before the field) reads as the organisation.
	Unit platform.CreditCode `json:"unit,omitzero"`
}

// Listing is an entry on the research-integrity blacklist (第二十五条). The measures set no
// end to it.
type Listing struct {
	Article  platform.Citation `json:"article"`
	Platform string            `json:"platform,omitempty"`
	Date     platform.Date     `json:"date"`
	Event    int               `json:"event"`
}

// Validity is how the history stands against the validity window of 第二十九条.
type Validity struct {
	// Outcome is Pass when every event lies in the window, Fail when one does not, Unknown
	// when the window is not known (the publication date is unknown).
	Outcome platform.Outcome `json:"outcome"`
	Window  *platform.Window `json:"window,omitempty"`
	// Outside lists the events dated outside the window, by position.
	Outside []int `json:"outside,omitempty"`
}

// Entry is one replayed event with the finding it produced.
type Entry struct {
	Index    int              `json:"index"`
	Date     platform.Date    `json:"date"`
	Kind     Kind             `json:"kind"`
	Platform string           `json:"platform,omitempty"`
	Finding  platform.Finding `json:"finding"`
}

// State is an organisation's state as of a date: each platform, awards due, bans, the
// blacklist, and a finding per event and per deadline.
type State struct {
	Organisation platform.CreditCode `json:"organisation"`
	AsOf         platform.Date       `json:"as_of"`
	Platforms    []Platform          `json:"platforms"`
	Awards       []Award             `json:"awards"`
	Bans         []Ban               `json:"bans"`
	// LaterBans are the bans decided by events after AsOf that the history records (the
	// events are replayed to the last of them for this): MayApply for a later date counts
	// them. LaterUnknown is set when those events could not be replayed; MayApply beyond
	// AsOf is then Unknown unless a ban binds.
	LaterBans    []Ban     `json:"later_bans,omitempty"`
	LaterUnknown bool      `json:"later_unknown,omitempty"`
	Blacklist    []Listing `json:"blacklist"`
	// Accountability lists 问责处理 of 第二十五条, one per act.
	Accountability []Accountability `json:"accountability,omitempty"`
	// Entries has one entry per event replayed, in order.
	Entries []Entry `json:"entries"`
	// Findings are the findings as of AsOf that no single event produced: overdue reports
	// and rectifications, the validity window.
	Findings []platform.Finding `json:"findings"`
	Validity Validity           `json:"validity"`
	Options  Options            `json:"options"`
	Edition  platform.Edition   `json:"edition"`
}

// Platform returns the platform with the given ID.
func (s *State) Platform(id string) (Platform, bool) {
	for i := range s.Platforms {
		if s.Platforms[i].ID == id {
			return s.Platforms[i], true
		}
	}
	return Platform{}, false
}
