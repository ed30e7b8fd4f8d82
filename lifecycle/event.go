package lifecycle

import (
	"encoding/json"
	"strconv"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/internal/enum"
)

// invalid is the error of an enumeration's parser or marshaller.
func invalid(op, field, input string) error {
	return platform.NewError(op, platform.ErrInvalid, field, input, nil)
}

// Kind is the kind of a dated [Event]. The set is append-only: codes and numeric values never
// change, since histories are stored and exchanged.
type Kind uint8

// The kinds of event. Each kind's doc comment names the clause that gives rise to it.
const (
	// Call is the city's notice calling for filing applications (第十三条（一）: 市科技局适时发布市级
	// 科技创新平台备案通知，并常年受理备案申请). It concerns no platform.
	Call Kind = iota + 1
	// Application is the relying unit's filing application (第十三条（二）: 组织有关单位提出备案申请).
	Application
	// Recommendation is the review and referral by a 县（园）区 science authority or a city
	// department (第十三条（二）: 经审核后报送市科技局).
	Recommendation
	// Review is the 市科技局's review of a recommended application (第十三条（三）).
	Review
	// ExpertReview is the expert consultation and site visit (第十二条, 第十三条（四）).
	ExpertReview
	// ProposedList is the 市科技局's proposed filing list (第十三条（五）: 提出拟备案名单).
	ProposedList
	// NoticeStart is the first day of the public notice (第十三条（五）: 向社会公示 5 个工作日).
	NoticeStart
	// Objection is an objection raised during the public notice (第十三条（五）: 公示无异议的).
	Objection
	// ObjectionResolved is the 市科技局's decision on an objection: Upheld → not filed;
	// dismissed → the filing proceeds.
	ObjectionResolved
	// Filing is the filing document (第十三条（五）: 正式发布备案文件).
	Filing
	// Naming is naming and plaque (第十四条: 进行命名挂牌).
	Naming
	// AnnualReport is the annual work report (第二十条), submitted for [Event.Year].
	AnnualReport
	// Graded is an evaluation result for a cycle (第十九、二十二条).
	Graded
	// RectificationOpened records the deadline set for a rectification after a 较差 result
	// (第二十四条: 限期整改，整改期限原则上不超过一年).
	RectificationOpened
	// RecheckPassed is a passed rectification check (第二十四条).
	RecheckPassed
	// RecheckFailed is a failed rectification check (第二十四条: 整改检查未通过).
	RecheckFailed
	// NoShow is not taking part in an evaluation (第二十四条: 无故不参加评估). [Event.WithCause]
	// records a justified absence.
	NoShow
	// Withdrawal is withdrawing from an evaluation midway (第二十四条: 中途退出评估).
	Withdrawal
	// Fraud is falsification or false material to obtain funds or filing (第二十五条: 弄虚作假、
	// 提供虚假材料骗取资金和备案资格). It may concern an organisation that never filed.
	Fraud
	// UnfinishedTasks is failure to complete research tasks (第二十五条: 无故不完成科研任务).
	UnfinishedTasks
	// Accident is an environmental, production-safety or biosafety accident (第二十五条).
	Accident
	// IPViolation is an intellectual-property violation (第二十五条: 知识产权).
	IPViolation
	// Misconduct is academic misconduct (第二十五条: 学术不端).
	Misconduct
	// UpgradeRecognised is recognition at 自治区级 or 国家级 (第十六、十七条).
	UpgradeRecognised
	// AdjustmentReview is the academic (technical) committee's or experts' review of a major
	// adjustment (第二十六条: 经学术（技术）委员会或组织专家论证).
	AdjustmentReview
	// AdjustmentReport is the relying unit's proposal report (第二十六条: 由依托单位提出建议报告).
	AdjustmentReport
	// AdjustmentSupervisorReview is the supervising body's review (第二十六条: 经主管单位审核).
	AdjustmentSupervisorReview
	// AdjustmentApproval is the 市科技局's approval, on which the adjustment takes effect
	// (第二十六条: 报市科技局批准方可进行相应调整).
	AdjustmentApproval
	// ReportForwarded is the 主管部门's forwarding of the relying unit's annual report to the
	// 市科技局 after its review (第二十条: 经主管部门审核后报市科技局), for [Event.Year]. The
	// relying unit's own report is AnnualReport.
	ReportForwarded
	// SiteVisit is the site visit of 第十三条（四） (现场考察) when it is recorded apart from the
	// expert review (论证): either may come first, both before the proposed list. An
	// ExpertReview with no SiteVisit stands for both, as it always did.
	SiteVisit
	// PriorFiling records a platform filed before the history begins: its type, its current
	// official name ([Event.Name]) and, in [Event.Since], the date of its filing document
	// when known. It puts the platform on file so later events (a rename, a report, a
	// grade) have a platform to concern; it creates no award (the filing subsidy of
	// 第十五条 belongs to the filing the history does not hold).
	PriorFiling
	maxKind = PriorFiling
)

// Actor is who records an event.
type Actor uint8

// The actors of the measures.
const (
	CitySTB        Actor = iota + 1 // 市科技局 (第六、七条)
	County                          // 县（园）区科技主管部门 (第十三条（二）, 第二十七条)
	CityDepartment                  // 市有关部门、行业主管部门 (第八条, 第十三条（二）)
	RelyingUnit                     // 依托单位 (第九条)
	Experts                         // 专家、专业评估机构 (第十三条（四）)
	ThirdParty                      // 第三方评估机构 (第十九条)
	Supervisor                      // 主管单位、主管部门 (第二十、二十六条)
	Committee                       // 学术（技术）委员会 (第九条（三）（四）, 第二十六条)
	Public                          // 社会公众, who may object during the public notice (第十三条（五）)
	maxActor       = Public
)

var actorNames = enum.New(enum.Table[Actor]{Type: "Actor", Pkg: "lifecycle", Field: "actor", First: CitySTB,
	Codes: []string{"", "city_stb", "county", "city_department", "relying_unit", "experts",
		"third_party", "supervisor", "committee", "public"},
	Zh: []string{"", "市科技局", "县（园）区科技主管部门", "市有关部门", "依托单位", "专家或专业评估机构",
		"第三方评估机构", "主管单位", "学术（技术）委员会", "社会公众"},
	En: []string{"", "city science and technology bureau", "county or park science authority",
		"city department", "relying unit", "experts or professional assessment body", "third-party evaluator",
		"supervising body", "academic (technical) committee", "the public"},
	Invalid: invalid,
})

// Valid reports whether a is a known actor.
func (a Actor) Valid() bool { return actorNames.Valid(a) }

// String returns the stable code.
func (a Actor) String() string { return actorNames.String(a) }

// Chinese returns the actor's Chinese name.
func (a Actor) Chinese() string { return actorNames.Chinese(a) }

// English returns the actor's English name.
func (a Actor) English() string { return actorNames.English(a) }

// ParseActor accepts the code or the Chinese name.
func ParseActor(s string) (Actor, error) { return actorNames.Parse(s) }

// MarshalText encodes the stable code.
func (a Actor) MarshalText() ([]byte, error) { return actorNames.Marshal(a) }

// UnmarshalText accepts what [ParseActor] accepts.
func (a *Actor) UnmarshalText(b []byte) error {
	v, err := ParseActor(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// kindInfo describes a kind: its code and names, the actors the measures give it to and the
// clause that does, and whether it concerns a platform.
type kindInfo struct {
	code, zh, en string
	actors       []Actor
	actorCite    platform.Citation
	// org marks kinds that may concern the organisation alone (no platform).
	org bool
}

var kinds = [...]kindInfo{
	{},
	Call:                {"call", "发布备案通知", "call for filing applications", []Actor{CitySTB}, platform.Art(13, 1), true},
	Application:         {"application", "提出备案申请", "filing application", []Actor{RelyingUnit}, platform.Art(13, 2), false},
	Recommendation:      {"recommendation", "审核后报送（推荐）", "review and recommendation", []Actor{County, CityDepartment}, platform.Art(13, 2), false},
	Review:              {"review", "市科技局审查", "review by the city bureau", []Actor{CitySTB}, platform.Art(13, 3), false},
	ExpertReview:        {"expert_review", "专家论证和现场考察", "expert review and site visit", []Actor{Experts, CitySTB}, platform.Art(13, 4), false},
	ProposedList:        {"proposed_list", "提出拟备案名单", "proposed filing list", []Actor{CitySTB}, platform.Art(13, 5), false},
	NoticeStart:         {"notice", "向社会公示", "public notice", []Actor{CitySTB}, platform.Art(13, 5), false},
	Objection:           {"objection", "公示期间提出异议", "objection during the notice", []Actor{Public, County, CityDepartment, RelyingUnit, Experts, ThirdParty, Supervisor, Committee, CitySTB}, platform.Art(13, 5), false},
	ObjectionResolved:   {"objection_resolved", "异议处理", "objection decided", []Actor{CitySTB}, platform.Art(13, 5), false},
	Filing:              {"filing", "正式发布备案文件", "filing document issued", []Actor{CitySTB}, platform.Art(13, 5), false},
	Naming:              {"naming", "命名挂牌", "naming and plaque", []Actor{CitySTB}, platform.Art(14), false},
	AnnualReport:        {"annual_report", "报送年度工作总结报告", "annual work report submitted", []Actor{RelyingUnit, Supervisor, CityDepartment, County}, platform.Art(20), false},
	Graded:              {"graded", "绩效评估结果", "evaluation result", []Actor{CitySTB, ThirdParty}, platform.Art(19), false},
	RectificationOpened: {"rectification_opened", "限期整改", "rectification ordered", []Actor{CitySTB}, platform.Art(24), false},
	RecheckPassed:       {"recheck_passed", "整改检查通过", "rectification check passed", []Actor{CitySTB, ThirdParty}, platform.Art(24), false},
	RecheckFailed:       {"recheck_failed", "整改检查未通过", "rectification check failed", []Actor{CitySTB, ThirdParty}, platform.Art(24), false},
	NoShow:              {"no_show", "不参加评估", "did not take part in the evaluation", []Actor{CitySTB, ThirdParty}, platform.Art(19), false},
	Withdrawal:          {"withdrawal", "中途退出评估", "withdrew from the evaluation midway", []Actor{CitySTB, ThirdParty}, platform.Art(19), false},
	Fraud:               {"fraud", "弄虚作假、提供虚假材料", "falsification or false material", []Actor{CitySTB}, platform.Art(7, 2), true},
	UnfinishedTasks:     {"unfinished_tasks", "无故不完成科研任务", "research tasks not completed without cause", []Actor{CitySTB}, platform.Art(7, 2), true},
	Accident:            {"accident", "环保、安全生产、生物安全事故", "environmental, safety or biosafety accident", []Actor{CitySTB}, platform.Art(7, 2), false},
	IPViolation:         {"ip_violation", "知识产权违法违规行为", "intellectual-property violation", []Actor{CitySTB}, platform.Art(7, 2), false},
	Misconduct:          {"misconduct", "学术不端行为", "academic misconduct", []Actor{CitySTB}, platform.Art(7, 2), false},
	UpgradeRecognised:   {"upgrade", "认定为自治区级、国家级平台", "recognised at regional or national level", []Actor{CitySTB}, platform.Art(7, 4), false},
	AdjustmentReview:    {"adjustment_review", "学术（技术）委员会或专家论证", "committee or expert review of an adjustment", []Actor{Committee, Experts}, platform.Art(26), false},
	AdjustmentReport:    {"adjustment_report", "依托单位提出建议报告", "relying unit's proposal report", []Actor{RelyingUnit}, platform.Art(26), false},
	AdjustmentSupervisorReview: {"adjustment_supervisor_review", "主管单位审核", "supervising body's review",
		[]Actor{Supervisor, CityDepartment, County}, platform.Art(26), false},
	AdjustmentApproval: {"adjustment_approval", "市科技局批准调整", "adjustment approved by the city bureau", []Actor{CitySTB}, platform.Art(26), false},
	ReportForwarded: {"report_forwarded", "主管部门审核后报市科技局", "annual report forwarded by the supervising body",
		[]Actor{Supervisor, CityDepartment, County}, platform.Art(20), false},
	SiteVisit:   {"site_visit", "现场考察", "site visit", []Actor{Experts, CitySTB}, platform.Art(13, 4), false},
	PriorFiling: {"prior_filing", "记录开始前已备案", "filed before the history begins", []Actor{CitySTB}, platform.Art(13, 5), false},
}

// kindNames are the kinds' codes and names, from the table above.
var kindNames = func() *enum.Names[Kind] {
	t := enum.Table[Kind]{Type: "Kind", Pkg: "lifecycle", Field: "kind", First: Call, Invalid: invalid}
	for _, k := range kinds {
		t.Codes, t.Zh, t.En = append(t.Codes, k.code), append(t.Zh, k.zh), append(t.En, k.en)
	}
	return enum.New(t)
}()

// Kinds returns every kind in order, as a fresh slice.
func Kinds() []Kind { return kindNames.Values() }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return kindNames.Valid(k) }

// String returns the stable code.
func (k Kind) String() string { return kindNames.String(k) }

// Chinese returns the kind's Chinese name.
func (k Kind) Chinese() string { return kindNames.Chinese(k) }

// English returns the kind's English name.
func (k Kind) English() string { return kindNames.English(k) }

// Actors returns the actors the measures give this kind of event to, as a fresh slice, and
// the clause that gives it to them.
func (k Kind) Actors() ([]Actor, platform.Citation) {
	if !k.Valid() {
		return nil, platform.Citation{}
	}
	return append([]Actor(nil), kinds[k].actors...), kinds[k].actorCite
}

// ParseKind accepts the code or the Chinese name.
func ParseKind(s string) (Kind, error) { return kindNames.Parse(s) }

// MarshalText encodes the stable code.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal(k) }

// UnmarshalText accepts what [ParseKind] accepts.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// AdjustmentKind is the kind of major adjustment of 第二十六条.
type AdjustmentKind uint8

// The adjustments 第二十六条 names (更名、变更依托单位等重大调整).
const (
	Rename            AdjustmentKind = iota + 1 // 更名
	ChangeRelyingUnit                           // 变更依托单位
	OtherAdjustment                             // 等重大调整: another major adjustment
	maxAdjustment     = OtherAdjustment
)

var adjustmentNames = enum.New(enum.Table[AdjustmentKind]{Type: "AdjustmentKind", Pkg: "lifecycle", Field: "adjustment",
	ParseOp: "lifecycle.AdjustmentKind.UnmarshalText", First: Rename,
	Codes:   []string{"", "rename", "change_relying_unit", "other"},
	Zh:      []string{"", "更名", "变更依托单位", "其他重大调整"},
	Invalid: invalid,
})

// Valid reports whether a is a known adjustment.
func (a AdjustmentKind) Valid() bool { return adjustmentNames.Valid(a) }

// String returns the stable code.
func (a AdjustmentKind) String() string { return adjustmentNames.String(a) }

// Chinese returns the Chinese name.
func (a AdjustmentKind) Chinese() string { return adjustmentNames.Chinese(a) }

// MarshalText encodes the stable code.
func (a AdjustmentKind) MarshalText() ([]byte, error) { return adjustmentNames.Marshal(a) }

// UnmarshalText accepts the code or the Chinese name.
func (a *AdjustmentKind) UnmarshalText(b []byte) error {
	v, err := adjustmentNames.Parse(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Event is one dated step in an organisation's history. Which fields matter depends on Kind;
// the others are ignored.
type Event struct {
	// Date is the day the step was taken (for Graded, the date of the round's result).
	Date platform.Date `json:"date"`
	Kind Kind          `json:"kind"`
	// Actor is who took the step; the measures give each kind to certain actors.
	Actor Actor `json:"actor"`
	// Platform identifies the platform (an application ID chosen by the caller) within the
	// organisation. Required except for Call, Fraud and UnfinishedTasks.
	Platform string `json:"platform,omitempty"`
	// Type is the platform type, required on Application; on Graded, NoShow and Withdrawal
	// (from an evaluation round) it must be the platform's type when given.
	Type platform.Type `json:"type,omitempty"`
	// Name is the official name (第十四条), checked by package naming: on Application, Filing
	// or Naming the platform's name, on a rename's AdjustmentApproval the new name.
	Name string `json:"name,omitempty"`
	// Level is the level recognised on UpgradeRecognised.
	Level platform.Level `json:"level,omitempty"`
	// Grade is the evaluation result on Graded.
	Grade platform.Grade `json:"grade,omitempty"`
	// Cycle is the evaluation cycle (from 1) a Graded event grades; 0 means the cycle after
	// the last one graded. A cycle that has not begun on Date cannot be graded.
	Cycle int `json:"cycle,omitempty"`
	// Year is the year an AnnualReport reports on; 0 means the year of Date.
	Year int `json:"year,omitempty"`
	// Deadline is the rectification deadline on RectificationOpened.
	Deadline platform.Date `json:"deadline,omitempty"`
	// Exception records why a rectification deadline exceeds one year (第二十四条 原则上不超过一年)
	// on RectificationOpened; on ProposedList, why the 市科技局 lists an application the
	// experts advised against (第十三条（五） 根据专家论证意见); on a Naming, Filing or rename
	// with Options.NameCollisionReview, nothing (the collision is flagged by itself).
	Exception string `json:"exception,omitempty"`
	// Upheld is the decision on ObjectionResolved: true upholds the objection.
	Upheld bool `json:"upheld,omitempty"`
	// WithCause records that a NoShow, Withdrawal or UnfinishedTasks had a justified cause
	// (the measures' 无故 is then not met).
	WithCause bool `json:"with_cause,omitempty"`
	// Adjustment is the adjustment an Adjustment… event concerns (第二十六条).
	Adjustment AdjustmentKind `json:"adjustment,omitempty"`
	// RelyingUnit is the new relying unit on a ChangeRelyingUnit's AdjustmentApproval.
	RelyingUnit platform.CreditCode `json:"relying_unit,omitzero"`
	// NotPassed records that a Recommendation (第十三条（二） 经审核后报送), a Review
	// (第十三条（三） 审查) or an ExpertReview (第十三条（四） 咨询意见和备案建议) did not pass;
	// Reasons says why, as text. An event without it passed, as it always meant.
	NotPassed bool   `json:"not_passed,omitempty"`
	Reasons   string `json:"reasons,omitempty"`
	// Heads are the further heads of 第二十五条 the same act falls under, beside Kind (a
	// Fraud that is also Misconduct; an Accident that is also an IPViolation): each head's
	// consequence applies. Only Fraud, UnfinishedTasks, Accident, IPViolation and
	// Misconduct are heads. Empty: the act falls under Kind alone.
	Heads Heads `json:"heads,omitzero"`
	// OrderDate is the date of the rectification order on RectificationOpened; the one-year
	// limit of 第二十四条 counts from it (Options.RectificationFromResult: from the result).
	// Zero: from the 较差 result's date, as before.
	OrderDate platform.Date `json:"order_date,omitzero"`
	// Since is the date of the filing document on PriorFiling, when known; cycles count
	// from it. Zero: from the event's date.
	Since platform.Date `json:"since,omitzero"`
	// Ref is a document reference (文号) or other note; it is carried, never interpreted.
	Ref string `json:"ref,omitempty"`
}

// History is an applicant organisation's events, in date order.
type History struct {
	// Organisation is the applicant's 统一社会信用代码.
	Organisation platform.CreditCode `json:"organisation"`
	Events       []Event             `json:"events"`
}

// Heads is a set of kinds of event: the further heads of 第二十五条 one act falls under
// ([Event.Heads]). It is a value (comparable, like the Event that holds it) and marshals as
// a JSON array of kind codes in kind order; unmarshalling accepts codes and Chinese names.
type Heads uint64

// HeadsOf returns the set of the kinds given.
func HeadsOf(ks ...Kind) Heads {
	var h Heads
	for _, k := range ks {
		if k.Valid() {
			h |= 1 << k
		}
	}
	return h
}

// Has reports whether k is in the set.
func (h Heads) Has(k Kind) bool { return k.Valid() && h&(1<<k) != 0 }

// Kinds returns the kinds in the set, in kind order.
func (h Heads) Kinds() []Kind {
	var out []Kind
	for k := Call; k <= maxKind; k++ {
		if h.Has(k) {
			out = append(out, k)
		}
	}
	return out
}

// invalid reports bits that name no kind.
func (h Heads) invalid() bool { return h&^(((1<<(maxKind+1))-1)&^1) != 0 }

// MarshalJSON writes the kinds' codes as an array.
func (h Heads) MarshalJSON() ([]byte, error) {
	if h.invalid() {
		return nil, platform.NewError("lifecycle.Heads.MarshalJSON", platform.ErrInvalid, "heads", strconv.FormatUint(uint64(h), 10), nil)
	}
	b := []byte{'['}
	for i, k := range h.Kinds() {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, kinds[k].code)
	}
	return append(b, ']'), nil
}

// UnmarshalJSON reads an array of kind codes or Chinese names.
func (h *Heads) UnmarshalJSON(b []byte) error {
	var ss []string
	if err := json.Unmarshal(b, &ss); err != nil {
		return platform.NewError("lifecycle.Heads.UnmarshalJSON", platform.ErrInvalid, "heads", string(b), err)
	}
	var v Heads
	for _, s := range ss {
		k, err := ParseKind(s)
		if err != nil {
			return err
		}
		v |= 1 << k
	}
	*h = v
	return nil
}
