package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Credit codes with valid check characters.
const (
	codeLhasa    = "91540100MA6T000019" // 540100 拉萨市
	codeDistrict = "12540102MB00000116" // 540102 城关区
	codeRegion   = "12540000MB1234567P" // 540000 自治区本级
	codeOutside  = "91110108MA00123455" // 110108 北京市海淀区
)

var applied = platform.MustDate(2025, 3, 1)

func day(y, m, d int) platform.Date { return platform.MustDate(y, m, d) }

func dec(s string) eligibility.Opt[decimal.Decimal] {
	return eligibility.Some(decimal.RequireFromString(s))
}

func yuan(s string) eligibility.Opt[platform.Amount] { return eligibility.Some(platform.MustAmount(s)) }

func n(v int) eligibility.Opt[int] { return eligibility.Some(v) }

func yes() eligibility.Opt[bool] { return eligibility.Some(true) }
func no() eligibility.Opt[bool]  { return eligibility.Some(false) }

func code(s string) platform.CreditCode { return platform.MustCreditCode(s) }

// passJudgments returns a reviewer's Pass for every clause of judgment of type t.
func passJudgments(t platform.Type) []eligibility.Review {
	var out []eligibility.Review
	for _, r := range eligibility.Catalog(t) {
		if eligibility.Judgment(r.ID) {
			out = append(out, eligibility.Review{Rule: r.ID, Outcome: platform.Pass, NoteZh: "专家组认可"})
		}
	}
	return out
}

// unreviewed drops the reviewer's finding on rule id, leaving every other judgment reviewed.
func unreviewed(id string) func(*eligibility.Application) {
	return func(a *eligibility.Application) {
		var keep []eligibility.Review
		for _, r := range a.Reviews {
			if r.Rule != id {
				keep = append(keep, r)
			}
		}
		a.Reviews = keep
	}
}

// reviewedAs records the reviewer's finding on rule id, in place of the base's Pass.
func reviewedAs(id string, o platform.Outcome, note string) func(*eligibility.Application) {
	return func(a *eligibility.Application) {
		unreviewed(id)(a)
		a.Reviews = append(a.Reviews, eligibility.Review{Rule: id, Outcome: o, NoteZh: note})
	}
}

// qualityRows are the rows for a quality word inside a numeric clause: a judgment of its
// own, which the count alone never satisfies.
func qualityRows(clause, rule, cite, countRule string) []row {
	return []row{
		{name: clause + "：人数或面积达标，质量未经评审仍为需评审", rule: rule, cite: cite,
			edit: unreviewed(rule), want: platform.Review, note: "判断性条款，需专家评审。"},
		{name: clause + "：评审认可为符合并记录意见", rule: rule, cite: cite, want: platform.Pass, note: "专家组认可"},
		{name: clause + "：评审不予认可为不符合，数量达标亦然", rule: rule, cite: cite,
			edit: reviewedAs(rule, platform.Fail, "评审不予认可"), want: platform.Fail, note: "评审不予认可"},
		{name: clause + "：质量未经评审时数量条款本身仍为符合", rule: countRule, cite: cite,
			edit: unreviewed(rule), want: platform.Pass},
	}
}

// row is one criterion test: a change to a passing application, the rule it proves, the
// clause it cites, and the finding expected.
type row struct {
	name  string
	rule  string
	cite  string
	opts  eligibility.Options
	edit  func(a *eligibility.Application)
	want  platform.Outcome
	short string // the shortfall as Chinese text; "" means none
	found string // the found value as Chinese text; "" means not checked
	note  string // the note as Chinese text; "" means not checked
}

func runRows(t *testing.T, base func() eligibility.Application, rows []row) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			app := base()
			if tc.edit != nil {
				tc.edit(&app)
			}
			res, err := eligibility.Check(app, tc.opts)
			require.NoError(t, err, "Check (%s)", tc.cite)
			f, ok := res.Finding(tc.rule)
			require.True(t, ok, "Check: no finding for %s (%s)", tc.rule, tc.cite)
			assert.Equal(t, tc.cite, f.Cite().String(), "%s cites", tc.rule)
			assert.Equal(t, tc.want, f.Outcome, "%s (%s)\n%s", tc.rule, tc.cite, f.Chinese())
			assert.Equal(t, tc.short, f.Shortfall.Chinese(), "%s shortfall (%s)", tc.rule, tc.cite)
			if tc.found != "" {
				assert.Equal(t, tc.found, f.Found.Chinese(), "%s found (%s)", tc.rule, tc.cite)
			}
			if tc.note != "" {
				assert.Equal(t, tc.note, f.NoteZh(), "%s note (%s)", tc.rule, tc.cite)
			}
			assert.Equal(t, res.Verdict, platform.VerdictOf(res.Findings()), "the verdict agrees with the findings")
		})
	}
}

// wantVerdict checks that a base application alone gets the verdict want.
func wantVerdict(t *testing.T, app eligibility.Application, want platform.Verdict) {
	t.Helper()
	res, err := eligibility.Check(app, eligibility.Options{})
	require.NoError(t, err, "Check")
	if res.Verdict != want {
		for _, f := range res.Findings() {
			if f.Outcome != platform.Pass {
				t.Log(f.Chinese())
			}
		}
	}
	require.Equal(t, want, res.Verdict, "base application: verdict")
}
