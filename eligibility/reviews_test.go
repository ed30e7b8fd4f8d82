package eligibility_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A review is applied only where its rule can give Review (DESIGN.md convention 3). A review
// of a rule that never does (a count, an area, a date, a yes-or-no fact, a ban) would decide
// nothing: it is an error naming the review and the rule, wrapping ErrNotReviewable. Reviews
// of rules that give Review without being clauses of judgment keep working.
func TestReviewOfARuleThatCannotGiveReview(t *testing.T) {
	cases := []struct {
		name string
		base func() eligibility.Application
		rule string
		cite string
	}{
		{"重点实验室 第三条（一）实验室面积为数量条款，评审无从适用", keyLab, eligibility.RuleKeyLabLabArea, kl1},
		{"重点实验室 第三条（四）项目数为数量条款，评审无从适用", keyLab, eligibility.RuleKeyLabProjects, kl4},
		{"重点实验室 第三条（八）依托单位保障为是否事实，评审无从适用", keyLab, eligibility.RuleKeyLabRelyingUnitSupport, kl8},
		{"重点实验室 第三条（九）诚信记录由记录判定，评审无从适用", keyLab, eligibility.RuleKeyLabIntegrity, kl9},
		{"工程中心 第三条（一）持续运营年限为期间条款，评审无从适用", engineering, eligibility.RuleEngineeringOperatingYears, "附件·拉萨市工程技术研究中心 第三条（一）"},
		{"野外站 第三条（四）观测数据年限为期间条款，评审无从适用", fieldStation, eligibility.RuleFieldStationObservationDataYears, fs4},
		{"临床中心 第三条（一）医院等级由等级判定，评审无从适用", clinical, eligibility.RuleClinicalHospitalGrade, cc1},
		{"临床中心 第三条（四）市级优势医院数为数量条款，评审无从适用", clinical, eligibility.RuleClinicalCityHospitals, cc4},
		{"新型研发机构 第三条（四）科研人员比例为比例条款，评审无从适用", newRD, eligibility.RuleNewRDResearchStaffRatio, "附件·拉萨市新型研发机构 第三条（四）"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.False(t, eligibility.Reviewable(tc.rule), "Reviewable(%s) (%s)", tc.rule, tc.cite)
			app := tc.base()
			app.Reviews = append(app.Reviews, eligibility.Review{Rule: tc.rule, Outcome: platform.Pass, NoteZh: "专家组认可"})
			res, err := eligibility.Check(app, eligibility.Options{})
			require.Error(t, err, "a review of %s (%s) was accepted", tc.rule, tc.cite)
			assert.Zero(t, res.Len(), "findings on bad input")
			assert.ErrorIs(t, err, eligibility.ErrNotReviewable)
			assert.ErrorIs(t, err, platform.ErrInvalid)
			var pe *platform.Error
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, tc.rule, pe.Input, "the error names the rule")
			assert.Contains(t, err.Error(), tc.rule)
			assert.Contains(t, pe.Field, "reviews[")
		})
	}
}

// Rules that give Review on some facts without being clauses of judgment take the
// reviewer's finding as before.
func TestReviewOfARuleThatGivesReviewOnSomeFacts(t *testing.T) {
	cases := []struct {
		name string
		base func() eligibility.Application
		rule string
		edit func(*eligibility.Application)
	}{
		{"第二条 自治区本级登记经评审确认在拉萨", keyLab, eligibility.RuleWithinLhasa,
			func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeRegion) }},
		{"重点实验室 第三条（一）自治区本级登记经评审确认在拉萨市登记", keyLab, eligibility.RuleKeyLabRegisteredInLhasa,
			func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeRegion) }},
		{"重点实验室 第二条 所列领域之外经评审认可", keyLab, eligibility.RuleKeyLabFocusField,
			func(a *eligibility.Application) { a.Applicant.Field = "量子计算" }},
		{"重点实验室 第三条（六）医院依托经评审认可", keyLab, eligibility.RuleKeyLabGraduateTraining,
			func(a *eligibility.Application) { a.Applicant.Kind = eligibility.Hospital }},
		{"野外站 第三条（一）企业依托（“等单位”）经评审认可", fieldStation, eligibility.RuleFieldStationRelyingUnitKind,
			func(a *eligibility.Application) { a.Applicant.Kind = eligibility.Enterprise }},
		{"临床中心 第三条（一）自治区本级登记的医院经评审确认在市域内", clinical, eligibility.RuleClinicalLeadHospitalInCity,
			func(a *eligibility.Application) { a.Applicant.CreditCode = code(codeRegion) }},
		{"新型研发机构 第三条（二）多元投资未实行理事会（原则上应）经评审认可", newRD, eligibility.RuleNewRDBoardDecision,
			func(a *eligibility.Application) { a.NewRD.MultiInvestor, a.NewRD.Board = yes(), no() }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.True(t, eligibility.Reviewable(tc.rule), "Reviewable(%s)", tc.rule)
			app := tc.base()
			tc.edit(&app)
			unreviewed(tc.rule)(&app)
			res, err := eligibility.Check(app, eligibility.Options{})
			require.NoError(t, err)
			f, ok := res.Finding(tc.rule)
			require.True(t, ok)
			assert.Equal(t, platform.Review, f.Outcome, "before review")

			app.Reviews = append(app.Reviews, eligibility.Review{Rule: tc.rule, Outcome: platform.Pass, NoteZh: "经核实"})
			res, err = eligibility.Check(app, eligibility.Options{})
			require.NoError(t, err)
			f, _ = res.Finding(tc.rule)
			assert.Equal(t, platform.Pass, f.Outcome, "after review")
			assert.Equal(t, "经核实", f.NoteZh())
		})
	}
}

// Every clause of judgment is reviewable; a rule of 第二十四、二十五条 and an unknown ID are not.
func TestReviewable(t *testing.T) {
	for _, r := range eligibility.Rules() {
		if eligibility.Judgment(r.ID) {
			assert.True(t, eligibility.Reviewable(r.ID), r.ID)
		}
	}
	assert.False(t, eligibility.Reviewable(eligibility.RuleBan24))
	assert.False(t, eligibility.Reviewable(eligibility.RuleBan25))
	assert.False(t, eligibility.Reviewable("eligibility.key_laboratory.3.4"))
}

// A field station built at a place given as the autonomous region's own level (540000), its
// site's own fact not supplied, needs the site checked: the review of 第三条（一）
// site_in_lhasa is applied.
func TestReviewOfAStationSiteAtRegionLevel(t *testing.T) {
	app := fieldStation()
	app.BuiltIn = platform.Division("540000")
	app.FieldStation.SiteInLhasa = eligibility.Opt[bool]{} // the site's own fact would decide
	res, err := eligibility.Check(app, eligibility.Options{})
	require.NoError(t, err)
	f, _ := res.Finding(eligibility.RuleFieldStationSiteInLhasa)
	require.Equal(t, platform.Review, f.Outcome)
	assert.True(t, eligibility.Reviewable(eligibility.RuleFieldStationSiteInLhasa))
	app.Reviews = append(app.Reviews, eligibility.Review{Rule: eligibility.RuleFieldStationSiteInLhasa, Outcome: platform.Pass, NoteZh: "站点位于当雄县"})
	res, err = eligibility.Check(app, eligibility.Options{})
	require.NoError(t, err)
	f, _ = res.Finding(eligibility.RuleFieldStationSiteInLhasa)
	assert.Equal(t, platform.Pass, f.Outcome)
	assert.Equal(t, "站点位于当雄县", f.NoteZh())
}
