package lifecycle_test

import (
	"errors"
	"github.com/lhasa-sti/platform/subsidy"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// org is a valid 统一社会信用代码 of a Lhasa organisation (division 540100).
var org = func() platform.CreditCode {
	first := "91540100MA6T00001"
	return platform.MustCreditCode(first + string(platform.CreditCheckChar(first)))
}()

// other is a second valid code, for a change of relying unit.
var other = func() platform.CreditCode {
	first := "12540100MB0000002"
	return platform.MustCreditCode(first + string(platform.CreditCheckChar(first)))
}()

func d(s string) platform.Date { return platform.MustParseDate(s) }

const (
	labName = "拉萨市高原生物重点实验室"
	lab     = "lab"
)

// ev builds an event for the platform lab.
func ev(date string, k lifecycle.Kind, a lifecycle.Actor) lifecycle.Event {
	return lifecycle.Event{Date: d(date), Kind: k, Actor: a, Platform: lab}
}

// filingSteps is the procedure of 第十三条 for the key laboratory lab, notice from
// 2025-03-03 (Mon): 5 working days end on 2025-03-11 (Tue; 藏历新年 2025 runs to 03-04), filed
// 2025-03-12.
func filingSteps() []lifecycle.Event {
	app := ev("2025-01-06", lifecycle.Application, lifecycle.RelyingUnit)
	app.Type = platform.KeyLaboratory
	app.Name = labName
	return []lifecycle.Event{
		{Date: d("2025-01-02"), Kind: lifecycle.Call, Actor: lifecycle.CitySTB},
		app,
		ev("2025-01-15", lifecycle.Recommendation, lifecycle.County),
		ev("2025-01-25", lifecycle.Review, lifecycle.CitySTB),
		ev("2025-02-10", lifecycle.ExpertReview, lifecycle.Experts),
		ev("2025-02-20", lifecycle.ProposedList, lifecycle.CitySTB),
		ev("2025-03-03", lifecycle.NoticeStart, lifecycle.CitySTB),
		ev("2025-03-12", lifecycle.Filing, lifecycle.CitySTB),
	}
}

func with(evs []lifecycle.Event, more ...lifecycle.Event) lifecycle.History {
	all := append(append([]lifecycle.Event(nil), evs...), more...)
	return lifecycle.History{Organisation: org, Events: all}
}

// filed is the history of lab filed on 2025-03-12 and named, followed by more.
func filed(more ...lifecycle.Event) lifecycle.History {
	n := ev("2025-03-20", lifecycle.Naming, lifecycle.CitySTB)
	n.Name = labName
	return with(append(filingSteps(), n), more...)
}

func graded(date string, g platform.Grade, cycle int) lifecycle.Event {
	e := ev(date, lifecycle.Graded, lifecycle.CitySTB)
	e.Grade, e.Cycle = g, cycle
	return e
}

func report(date string, year int) lifecycle.Event {
	e := ev(date, lifecycle.AnnualReport, lifecycle.RelyingUnit)
	e.Year = year
	return e
}

// eventError extracts the *EventError of a Replay error.
func eventError(err error) *lifecycle.EventError {
	var e *lifecycle.EventError
	if errors.As(err, &e) {
		return e
	}
	return nil
}

func subsidyTopUp() subsidy.Options { return subsidy.Options{TopUp: true} }
