package lifecycle

import (
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/lhasa-sti/platform/naming"
	"github.com/lhasa-sti/platform/subsidy"
)

// Options are the readings [Replay] applies where the measures leave room. The zero value is
// the default reading; each field is named for the other reading and cites the clause.
type Options struct {
	// Counting holds the library-wide day-counting choices. lifecycle uses none of them
	// directly (a ban's last day is [platform.LastDay] whatever they say) but records them.
	platform.Counting

	// BanSamePlatformOnly limits a ban of 第二十四、二十五条 to re-applying for a platform of the
	// banned platform's type. By default a ban binds the organisation: 第二十四条 三年内不得再次
	// 申请市级科技创新平台 and 第二十五条 不得申请备案 name no particular platform. A ban from
	// fraud recorded for the organisation alone (no platform) binds it whatever this says.
	BanSamePlatformOnly bool `json:"ban_same_platform_only,omitempty"`

	// WithdrawalNeedsNoCause reads 第二十四条 "无故不参加评估或中途退出评估" so that 无故 governs
	// withdrawal too: a withdrawal with cause then has no consequence. By default withdrawal
	// midway suffices on its own.
	WithdrawalNeedsNoCause bool `json:"withdrawal_needs_no_cause,omitempty"`

	// ReportDayExcluded reads 第二十条 "每年 11 月 30 日前" as excluding 11月30日, so a report
	// is on time only up to 11月29日. By default 11月30日 itself is on time (LEGAL.md §2.2).
	ReportDayExcluded bool `json:"report_day_excluded,omitempty"`

	// RollDeadlines moves the last day of a deadline for an act (the annual report, a
	// rectification) that is a statutory holiday to the day after the holiday
	// (《民法典》第二百零三条), using the working-day calendar. By default deadlines do not
	// roll. Ban periods never roll. In a year whose national arrangement the calendar does
	// not know (which it counts only provisionally: 2028 on in the default), a deadline keeps
	// its unrolled day with an Unknown finding while nothing depends on rolling (a report
	// submitted by it, a deadline not yet passed); a status that depends on it is ErrCalendar.
	RollDeadlines bool `json:"roll_deadlines,omitempty"`

	// ReportDueAtBureau reads 第二十条 "应于每年 11 月 30 日前撰写年度工作总结报告，经主管部门
	// 审核后报市科技局" so that the report must reach the 市科技局 (the supervising body's
	// ReportForwarded) by the report day; a year's report is then on time, late or overdue by
	// its forwarding. By default the day binds the relying unit's report (AnnualReport) and
	// the forwarding has no day of its own. Lateness is reported per act either way.
	ReportDueAtBureau bool `json:"report_due_at_bureau,omitempty"`

	// RectificationFromResult counts the one-year limit of 第二十四条 (整改期限原则上不超过一年)
	// from the 较差 result's date even when a RectificationOpened records the date of the
	// rectification order (OrderDate). By default the limit counts from the order when its
	// date is recorded (限期整改 is the order), and from the result when it is not.
	RectificationFromResult bool `json:"rectification_from_result,omitempty"`

	// NameCollisionReview records a name (Naming, Filing, PriorFiling, a rename's approval)
	// that another platform already holds (第十四条 统一命名; naming.Collides: the same name
	// after normalisation, full-width letters and digits included) and flags it for review,
	// instead of refusing it (ErrConflict), the default.
	NameCollisionReview bool `json:"name_collision_review,omitempty"`

	// TakenNames are official names held by platforms outside this history (other
	// organisations' filed platforms), checked with the names of this history's filed
	// platforms for 第十四条's uniqueness. Nil: only this history's platforms are known.
	TakenNames []string `json:"taken_names,omitempty"`

	// WorkingDays are the working-day calendar's readings for the public notice of
	// 第十三条（五） and for rolling: StartDayCounts makes the notice's first day count
	// (LEGAL.md §8; by default it does not, 《民法典》第二百零一条); Strict makes a window with an
	// unconfirmed Lhasa festival an error instead of a flagged result.
	WorkingDays calendar.Options `json:"working_days"`

	// Calendar replaces the default working-day calendar ([calendar.Default]); nil means the
	// default. Operators add a year's arrangement with calendar.Calendar.WithYear.
	Calendar *calendar.Calendar `json:"-"`

	// Naming are the naming package's readings of 第十四条 for names on Application,
	// Naming and a rename's AdjustmentApproval.
	Naming naming.Options `json:"naming"`

	// Subsidy are the subsidy package's readings of 第十七、二十三条 used to price awards.
	Subsidy subsidy.Options `json:"subsidy"`

	// Schedule replaces subsidy.DefaultSchedule; nil means the default.
	Schedule *subsidy.Schedule `json:"schedule,omitempty"`

	// ClearanceKeepsFilingSubsidy keeps the 第十五条 filing subsidy of a platform cleared out
	// for fraud (第二十五条 清退) payable, flagged for review. 第二十五条 says "弄虚作假、提供虚假
	// 材料骗取资金和备案资格的……已纳入备案范围的予以清退处理" and nothing of the money: by default
	// the subsidy of a filing obtained with false material, where not yet paid (payable, or
	// granted under these measures and not paid: Received), is no longer payable
	// (Award.Withheld), and what was already paid (Options.Received) is flagged for
	// review, since the measures set no recovery procedure.
	ClearanceKeepsFilingSubsidy bool `json:"clearance_keeps_filing_subsidy,omitempty"`

	// Received is what the platforms have already received, under these measures or other
	// city documents (第二十八条: 不得重复享受). When set, each award's Payable is what
	// subsidy.Entitle leaves payable, and the award is entered in the ledger for the next;
	// nil means nothing received, so Payable equals Amount.
	Received *subsidy.Ledger `json:"received,omitempty"`

	// Parameters replaces the default table ([DefaultParameters]); nil means the default.
	Parameters *Parameters `json:"parameters,omitempty"`

	// Edition is the edition of the measures whose validity window (第二十九条) the events are
	// checked against; nil means [platform.DefaultEdition] (publication date unknown).
	Edition *platform.Edition `json:"edition,omitempty"`
}

func (o Options) params() Parameters {
	if o.Parameters != nil {
		return *o.Parameters
	}
	return DefaultParameters()
}

func (o Options) edition() platform.Edition {
	if o.Edition != nil {
		return *o.Edition
	}
	return platform.DefaultEdition()
}
