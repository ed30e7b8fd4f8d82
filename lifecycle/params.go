package lifecycle

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// SpanParam is a period of the measures with the clause that sets it.
type SpanParam struct {
	Value platform.Span     `json:"value"`
	Cite  platform.Citation `json:"citation"`
	Note  string            `json:"note,omitempty"`
}

// IntParam is a count of the measures with the clause that sets it.
type IntParam struct {
	Value int               `json:"value"`
	Unit  platform.Unit     `json:"unit"`
	Cite  platform.Citation `json:"citation"`
	Note  string            `json:"note,omitempty"`
}

// DayParam is a day of the year (month and day) with the clause that sets it.
type DayParam struct {
	Month int               `json:"month"`
	Day   int               `json:"day"`
	Cite  platform.Citation `json:"citation"`
	Note  string            `json:"note,omitempty"`
}

// Parameters is the package's table of periods, one row per clause. [DefaultParameters]
// is this edition of the measures; a caller may pass another through [Options.Parameters].
type Parameters struct {
	// NoticeWorkingDays is the public notice (第十三条（五）: 向社会公示 5 个工作日).
	NoticeWorkingDays IntParam `json:"notice_working_days"`
	// AnnualReportDue is the yearly report day (第二十条: 每年 11 月 30 日前).
	AnnualReportDue DayParam `json:"annual_report_due"`
	// EvaluationCycle is the length of a cycle (第二十二条: 一般以三年为一个周期).
	EvaluationCycle SpanParam `json:"evaluation_cycle"`
	// RectificationMax is the longest rectification without a recorded exception
	// (第二十四条: 整改期限原则上不超过一年).
	RectificationMax SpanParam `json:"rectification_max"`
	// RemovalBan is the ban after removal (第二十四条: 三年内不得再次申请).
	RemovalBan SpanParam `json:"removal_ban"`
	// FraudBan is the ban after fraud (第二十五条: 三年内不得申请备案 / 三年内不得重新申请备案).
	FraudBan SpanParam `json:"fraud_ban"`
	// DelistingBan is the ban after delisting (第二十五条: 五年内不得重新申请备案).
	DelistingBan SpanParam `json:"delisting_ban"`
}

// defaultFingerprint is the fingerprint of [DefaultParameters], computed once.
var defaultFingerprint, _ = platform.Fingerprint(DefaultParameters())

// DefaultParameters returns this edition's table, as a fresh value.
func DefaultParameters() Parameters {
	return Parameters{
		NoticeWorkingDays: IntParam{Value: 5, Unit: platform.WorkingDay, Cite: platform.Art(13, 5)},
		AnnualReportDue:   DayParam{Month: 11, Day: 30, Cite: platform.Art(20)},
		EvaluationCycle: SpanParam{Value: platform.Years(3), Cite: platform.Art(22),
			Note: "一般以三年为一个周期：周期长度为参数"},
		RectificationMax: SpanParam{Value: platform.Years(1), Cite: platform.Art(24),
			Note: "原则上不超过一年：更长期限须记录例外理由"},
		RemovalBan:   SpanParam{Value: platform.Years(3), Cite: platform.Art(24)},
		FraudBan:     SpanParam{Value: platform.Years(3), Cite: platform.Art(25)},
		DelistingBan: SpanParam{Value: platform.Years(5), Cite: platform.Art(25)},
	}
}

// Validate reports every bad row: a period that is not positive, a day that is not a day of
// the year, a missing or malformed citation.
func (p Parameters) Validate() error {
	const op = "lifecycle.Parameters.Validate"
	var probs platform.Problems
	cite := func(field string, c platform.Citation) {
		if c.IsZero() || !c.Valid() {
			probs.Addf(op, platform.ErrMissing, field+".citation", c.String())
		}
	}
	span := func(field string, s SpanParam) {
		if s.Value.Negative() || s.Value.IsZero() {
			probs.Addf(op, platform.ErrRange, field+".value", s.Value.English())
		}
		// A period longer than a millennium is not a period of these measures.
		if s.Value.Years > 1000 || s.Value.Months > 12000 || s.Value.Days > 366000 {
			probs.Addf(op, platform.ErrRange, field+".value", s.Value.English())
		}
		cite(field, s.Cite)
	}
	if n := p.NoticeWorkingDays.Value; n < 1 || n > 366 {
		probs.Addf(op, platform.ErrRange, "notice_working_days.value", strconv.Itoa(n))
	}
	if p.NoticeWorkingDays.Unit != platform.WorkingDay {
		probs.Addf(op, platform.ErrInvalid, "notice_working_days.unit", p.NoticeWorkingDays.Unit.String())
	}
	cite("notice_working_days", p.NoticeWorkingDays.Cite)
	d := p.AnnualReportDue
	// 2000 is a leap year, so 2月29日 is accepted; such a day falls back to 2月28日 in other years.
	if _, err := platform.NewDate(2000, d.Month, d.Day); err != nil {
		probs.Addf(op, platform.ErrRange, "annual_report_due", strconv.Itoa(d.Month)+"-"+strconv.Itoa(d.Day))
	}
	cite("annual_report_due", d.Cite)
	span("evaluation_cycle", p.EvaluationCycle)
	span("rectification_max", p.RectificationMax)
	span("removal_ban", p.RemovalBan)
	span("fraud_ban", p.FraudBan)
	span("delisting_ban", p.DelistingBan)
	return probs.Err()
}

// dueIn returns the report day in year y (2月29日 falls back to 2月28日 in a common year).
func (d DayParam) dueIn(y int) platform.Date {
	day := d.Day
	if n := platform.DaysIn(y, d.Month); day > n {
		day = n
	}
	out, err := platform.NewDate(y, d.Month, day)
	if err != nil {
		return platform.Date{}
	}
	return out
}
