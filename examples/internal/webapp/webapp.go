// Package webapp is what the web page (examples/web) asks of the library, as plain Go
// functions from bytes to JSON: the types and their facts (from eligibility.Facts), the
// self-check of one application, and the cohort report of a round's CSV. The WebAssembly
// program only passes bytes between JavaScript and these functions, so everything the page
// shows is decided and worded here, by the library, and tested without a browser.
package webapp

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/apps"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/cohortreport"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/lhasa-sti/platform/examples/internal/sample"
)

// Error is bad input, worded in both languages: the library's error naming the field, or
// the row and column of a CSV file. Nothing is decided on bad input.
type Error struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

func (e *Error) Error() string { return e.En }

// Choice is a value a selector offers.
type Choice struct {
	Code string `json:"code"`
	Zh   string `json:"zh"`
	En   string `json:"en"`
}

// Meta is what the page's selectors offer: the platform types, and the filing categories
// of a 新型研发机构 (附件·拉萨市新型研发机构 第三条（三）).
type Meta struct {
	Types      []Choice `json:"types"`
	Categories []Choice `json:"categories"`
	// CategoryPath is where an application holds its category.
	CategoryPath string `json:"category_path"`
}

// MetaJSON returns the Meta as JSON.
func MetaJSON() []byte {
	var m Meta
	for _, t := range platform.Types() {
		m.Types = append(m.Types, Choice{Code: t.String(), Zh: t.Chinese(), En: t.English()})
	}
	for _, c := range platform.Categories() {
		m.Categories = append(m.Categories, Choice{Code: c.String(), Zh: c.Chinese(), En: c.English()})
	}
	m.CategoryPath = "new_rd_institution.category"
	b, _ := json.Marshal(m) // plain strings: cannot fail
	return b
}

// FactsJSON returns eligibility.Facts of the type named by code (or Chinese name) as JSON.
func FactsJSON(typ string) ([]byte, error) {
	t, err := platform.ParseType(typ)
	if err != nil {
		return nil, libraryError(err)
	}
	return json.Marshal(eligibility.Facts(t))
}

// View is a finding as the page shows it: the library's words for its outcome and values
// in both languages, and whether it awaits a reviewer.
type View struct {
	Rule        string `json:"rule"`
	Outcome     string `json:"outcome"`
	OutcomeZh   string `json:"outcome_zh"`
	OutcomeEn   string `json:"outcome_en"`
	CitationZh  string `json:"citation_zh"`
	CitationEn  string `json:"citation_en"`
	Zh          string `json:"zh"`
	En          string `json:"en"`
	WantedZh    string `json:"wanted_zh,omitempty"`
	WantedEn    string `json:"wanted_en,omitempty"`
	FoundZh     string `json:"found_zh,omitempty"`
	FoundEn     string `json:"found_en,omitempty"`
	ShortfallZh string `json:"shortfall_zh,omitempty"`
	ShortfallEn string `json:"shortfall_en,omitempty"`
	// MetOn is the first date a duration condition is met, when the finding gives one.
	MetOn string `json:"met_on,omitempty"`
	// AwaitingReview: the clause needs a reviewer's judgment, which the application does
	// not record.
	AwaitingReview bool `json:"awaiting_review,omitempty"`
}

// Checked is the self-check's answer: the library's Result as its JSON, and the views.
type Checked struct {
	Result    json.RawMessage `json:"result"`
	VerdictZh string          `json:"verdict_zh"`
	VerdictEn string          `json:"verdict_en"`
	Verdict   string          `json:"verdict"`
	Findings  []View          `json:"findings"`
	Counts    map[string]int  `json:"counts"`
}

// Check reads one application as the library's JSON, strictly (an unknown key is an
// error), checks it under the default options, and returns the Checked as JSON. Bad input
// is an *Error naming the line and column, or the field, and nothing is decided.
func Check(appJSON []byte) ([]byte, error) {
	items, errs := apps.Read("application.json", appJSON, nil)
	if len(errs) > 0 {
		zh, en := make([]string, len(errs)), make([]string, len(errs))
		for i, e := range errs {
			zh[i], en[i] = e.Text(cli.Zh), e.Text(cli.En)
		}
		return nil, &Error{Zh: strings.Join(zh, "\n"), En: strings.Join(en, "\n")}
	}
	if len(items) != 1 {
		return nil, &Error{Zh: "一次自检只检查一份申请", En: "the self-check takes one application"}
	}
	res, err := eligibility.Check(items[0].App, eligibility.Options{})
	if err != nil {
		return nil, libraryError(err)
	}
	raw, err := json.Marshal(res)
	if err != nil {
		return nil, libraryError(err)
	}
	out := Checked{Result: raw, Verdict: res.Verdict.String(), VerdictZh: res.Verdict.Chinese(), VerdictEn: res.Verdict.English(),
		Counts: map[string]int{}}
	for _, f := range res.All() {
		c := f.Cite()
		v := View{Rule: f.Rule.ID, Outcome: f.Outcome.String(), OutcomeZh: f.Outcome.Chinese(), OutcomeEn: f.Outcome.English(),
			CitationZh: c.String(), CitationEn: c.English(), Zh: f.Chinese(), En: f.English(),
			AwaitingReview: f.Outcome == platform.Review}
		if !f.Wanted.IsZero() {
			v.WantedZh, v.WantedEn = f.Wanted.Chinese(), f.Wanted.English()
		}
		if !f.Found.IsZero() {
			v.FoundZh, v.FoundEn = f.Found.Chinese(), f.Found.English()
		}
		if !f.Shortfall.IsZero() {
			v.ShortfallZh, v.ShortfallEn = f.Shortfall.Chinese(), f.Shortfall.English()
			if f.Shortfall.Kind == platform.DateValue {
				v.MetOn = f.Shortfall.Date.String()
			}
		}
		out.Counts[v.Outcome]++
		out.Findings = append(out.Findings, v)
	}
	return json.Marshal(out)
}

// libraryError words an error of the library in both languages: the library's text (which
// names the operation, the field and the input) after a Chinese lead.
func libraryError(err error) *Error {
	var pe *platform.Error
	if errors.As(err, &pe) {
		return &Error{Zh: "输入有误，未作审查：" + err.Error(), En: "bad input, nothing decided: " + err.Error()}
	}
	return &Error{Zh: "输入有误：" + err.Error(), En: "bad input: " + err.Error()}
}

// Cohort is the cohort page's answer: the report as the cohort program's HTML, its CSV
// result, and the final grade counts of the whole round.
type Cohort struct {
	HTML     string       `json:"html"`
	CSV      string       `json:"csv"`
	Encoding string       `json:"encoding"`
	Counts   []GradeCount `json:"counts"`
	Graded   int          `json:"graded"`
}

// GradeCount is how many platforms of the round were finally given a grade.
type GradeCount struct {
	Grade string `json:"grade"`
	Zh    string `json:"zh"`
	En    string `json:"en"`
	N     int    `json:"n"`
}

// CohortJSON reads a round's CSV (UTF-8, with or without BOM, or GBK; the columns of
// examples/cohort), or the embedded sample when csv is empty, grades it as
// `go run ./examples/cohort` does with the same flags (the illustrative scheme, the
// result date 2025-12-15, the grouping given: pooled, type or department) and returns the
// Cohort as JSON. A bad file is an *Error naming each row and column.
func CohortJSON(csv []byte, lang, group string) ([]byte, error) {
	l, err := cli.ParseLang(lang)
	if err != nil {
		return nil, libraryError(err)
	}
	source, id := "", "sample"
	if len(csv) == 0 {
		csv = sample.Round()
	} else {
		source, id = "upload", "upload"
	}
	recs, enc, err := round.ReadCSV(csv, nil)
	if err != nil {
		var re round.Errors
		if errors.As(err, &re) {
			return nil, &Error{Zh: re.Text(cli.Zh), En: re.Text(cli.En)}
		}
		return nil, libraryError(err)
	}
	switch group {
	case "pooled", "type", "department":
	default:
		return nil, &Error{Zh: fmt.Sprintf("分组 %q 无效（应为 pooled、type 或 department）", group),
			En: fmt.Sprintf("unknown grouping %q (want pooled, type or department)", group)}
	}
	rep, err := cohortreport.Build(recs, evaluation.IllustrativeParameters(), cohortreport.Config{Round: id, Date: "2025-12-15", Group: group})
	if err != nil {
		return nil, libraryError(err)
	}
	rep.Source, rep.Encoding = source, enc
	page, err := rep.HTML(l)
	if err != nil {
		return nil, libraryError(err)
	}
	out := Cohort{HTML: string(page), CSV: string(rep.CSV(l)), Encoding: enc}
	for _, g := range platform.Grades() {
		c := GradeCount{Grade: g.String(), Zh: g.Chinese(), En: g.English()}
		for _, p := range rep.Platforms {
			if p.Graded && p.Final == g {
				c.N++
			}
		}
		out.Counts = append(out.Counts, c)
		out.Graded += c.N
	}
	return json.Marshal(out)
}
