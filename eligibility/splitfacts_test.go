package eligibility_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	noteOneSuffices     = "签署联合培养协议或建立双导师制之一即可（选项GraduateTrainingEitherFact）。"
	noteFactsMissing    = "未报是否签署联合培养协议或建立双导师制。"
	noteOtherEvidence   = "条款所列事实不全，有其他培养研究生条件的证明（“等”），需评审。"
	noteOtherMissing    = "条款所列事实不全，未报有无其他证明（“等”）。"
	noteNeither         = "未签署联合培养协议，未建立双导师制，亦无其他证明。"
	noteNoAgreement     = "未签署联合培养协议（条款以“及”并列，两项均须具备），亦无其他证明。"
	noteNoDual          = "未建立双导师制（条款以“及”并列，两项均须具备），亦无其他证明。"
	noteLeadNotCounted  = "牵头医院本身为市级医院，默认不计入所联合的市级优势医院（选项LeadHospitalCounts可计入）。"
	noteLeadCounted     = "牵头医院本身为市级医院，计入市级优势医院（选项）。"
	noteLeadAlone       = "牵头医院本身为市级医院，计入市级优势医院（选项）；所联合的市级优势医院未报，已达标。"
	noteLeadLevelAbsent = "未报牵头医院是否为市级医院（选项下计入）。"
)

// 附件·拉萨市重点实验室 第三条（六）: 科研院所、企业重点实验室应具有培养（或代培）研究生的条件和
// 能力（签署联合培养协议及建立双导师制等）. The agreement and the dual-supervisor system are two
// facts; by default (及) both are needed, with GraduateTrainingEitherFact one suffices; other
// evidence (等) where they fall short goes to review, and never passes alone.
func TestKeyLaboratoryGraduateTrainingFacts(t *testing.T) {
	var none eligibility.Opt[bool]
	facts := func(agreement, dual, other eligibility.Opt[bool]) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.Applicant.Kind = eligibility.Institute
			k := a.KeyLab
			k.MasterDegreeRight, k.GraduateTraining = none, none
			k.JointTrainingAgreement, k.DualSupervisors, k.OtherTrainingEvidence = agreement, dual, other
		}
	}
	either := eligibility.Options{GraduateTrainingEitherFact: true}
	const rule = eligibility.RuleKeyLabGraduateTraining
	rows := []row{
		{name: "（六）默认：签署联合培养协议并建立双导师制，符合", rule: rule, cite: kl6, edit: facts(yes(), yes(), none), want: platform.Pass, found: "是"},
		{name: "（六）选项：两项俱备亦符合", rule: rule, cite: kl6, opts: either, edit: facts(yes(), yes(), none), want: platform.Pass},
		{name: "（六）默认：仅签署联合培养协议、无双导师制、无其他证明，不符合并说明缺双导师制", rule: rule, cite: kl6,
			edit: facts(yes(), no(), no()), want: platform.Fail, found: "否", note: noteNoDual},
		{name: "（六）选项：仅签署联合培养协议即符合", rule: rule, cite: kl6, opts: either,
			edit: facts(yes(), no(), no()), want: platform.Pass, note: noteOneSuffices},
		{name: "（六）默认：仅建立双导师制、无协议、无其他证明，不符合并说明缺协议", rule: rule, cite: kl6,
			edit: facts(no(), yes(), no()), want: platform.Fail, note: noteNoAgreement},
		{name: "（六）选项：仅建立双导师制即符合", rule: rule, cite: kl6, opts: either,
			edit: facts(no(), yes(), none), want: platform.Pass, note: noteOneSuffices},
		{name: "（六）默认：两项皆无、亦无其他证明，不符合", rule: rule, cite: kl6, edit: facts(no(), no(), no()), want: platform.Fail, note: noteNeither},
		{name: "（六）选项：两项皆无、亦无其他证明，仍不符合", rule: rule, cite: kl6, opts: either, edit: facts(no(), no(), no()), want: platform.Fail, note: noteNeither},
		{name: "（六）默认：两项皆无，仅有其他证明（“等”），需评审", rule: rule, cite: kl6,
			edit: func(a *eligibility.Application) { facts(no(), no(), yes())(a); unreviewed(rule)(a) }, want: platform.Review, note: noteOtherEvidence},
		{name: "（六）选项：两项皆无，仅有其他证明，仍需评审", rule: rule, cite: kl6, opts: either,
			edit: func(a *eligibility.Application) { facts(no(), no(), yes())(a); unreviewed(rule)(a) }, want: platform.Review, note: noteOtherEvidence},
		{name: "（六）仅有其他证明，经评审认可为符合", rule: rule, cite: kl6,
			edit: func(a *eligibility.Application) {
				facts(no(), no(), yes())(a)
				reviewedAs(rule, platform.Pass, "有博士后工作站")(a)
			}, want: platform.Pass, note: "有博士后工作站"},
		{name: "（六）默认：有协议、无双导师制而有其他证明，需评审", rule: rule, cite: kl6,
			edit: func(a *eligibility.Application) { facts(yes(), no(), yes())(a); unreviewed(rule)(a) }, want: platform.Review},
		{name: "（六）选项：有协议、无双导师制而有其他证明，即符合", rule: rule, cite: kl6, opts: either,
			edit: facts(yes(), no(), yes()), want: platform.Pass},
		{name: "（六）默认：有协议而未报双导师制为信息不全", rule: rule, cite: kl6, edit: facts(yes(), none, none), want: platform.Unknown, note: noteFactsMissing},
		{name: "（六）选项：有协议而未报双导师制即符合", rule: rule, cite: kl6, opts: either, edit: facts(yes(), none, none), want: platform.Pass},
		{name: "（六）默认：无协议、未报其他证明为信息不全", rule: rule, cite: kl6, edit: facts(no(), yes(), none), want: platform.Unknown, note: noteOtherMissing},
		{name: "（六）选项：无协议而未报双导师制为信息不全", rule: rule, cite: kl6, opts: either, edit: facts(no(), none, none), want: platform.Unknown, note: noteFactsMissing},
		{name: "（六）仅报有其他证明而未报两项事实为信息不全（不因其他证明单独符合）", rule: rule, cite: kl6, edit: facts(none, none, yes()), want: platform.Unknown},
		{name: "（六）三项事实均未报时，沿用原“具有培养研究生条件”的结论", rule: rule, cite: kl6,
			edit: func(a *eligibility.Application) { facts(none, none, none)(a); a.KeyLab.GraduateTraining = yes() }, want: platform.Pass},
		{name: "（六）已报事实时原结论不再采用：结论为是而两项皆无、无其他证明，不符合", rule: rule, cite: kl6,
			edit: func(a *eligibility.Application) { facts(no(), no(), no())(a); a.KeyLab.GraduateTraining = yes() }, want: platform.Fail},
		{name: "（六）高校看学位授予权，不看联合培养事实", rule: rule, cite: kl6,
			edit: func(a *eligibility.Application) {
				a.KeyLab.JointTrainingAgreement, a.KeyLab.DualSupervisors, a.KeyLab.OtherTrainingEvidence = no(), no(), no()
			}, want: platform.Pass},
		{name: "（六）企业同样适用：两项俱备符合", rule: rule, cite: kl6,
			edit: func(a *eligibility.Application) {
				facts(yes(), yes(), none)(a)
				a.Applicant.Kind = eligibility.Enterprise
			}, want: platform.Pass},
	}
	runRows(t, keyLab, rows)
}

// 附件·拉萨市临床医学研究中心 第三条（四）: 市级优势医院不少于1家. The lead hospital's own level is a
// fact; by default the lead is not one of the hospitals it joins, with LeadHospitalCounts it
// counts when it is a city-level hospital.
func TestClinicalCenterLeadHospitalCounts(t *testing.T) {
	var none eligibility.Opt[bool]
	var unknown eligibility.Opt[int]
	net := func(lead eligibility.Opt[bool], joined eligibility.Opt[int]) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.Clinical.LeadHospitalCityLevel, a.Clinical.CityHospitals = lead, joined
		}
	}
	counts := eligibility.Options{LeadHospitalCounts: true}
	const rule = eligibility.RuleClinicalCityHospitals
	rows := []row{
		{name: "（四）默认：牵头医院为市级医院，所联合的市级优势医院0家，牵头医院不计入，差1家", rule: rule, cite: cc4,
			edit: net(yes(), n(0)), want: platform.Fail, short: "1家", found: "0家", note: noteLeadNotCounted},
		{name: "（四）选项：牵头医院为市级医院，计入，所联合0家亦符合", rule: rule, cite: cc4, opts: counts,
			edit: net(yes(), n(0)), want: platform.Pass, found: "1家", note: noteLeadCounted},
		{name: "（四）选项：牵头医院非市级医院，不计入，所联合0家差1家", rule: rule, cite: cc4, opts: counts,
			edit: net(no(), n(0)), want: platform.Fail, short: "1家"},
		{name: "（四）选项：未报牵头医院级别且所联合0家为信息不全", rule: rule, cite: cc4, opts: counts,
			edit: net(none, n(0)), want: platform.Unknown, found: "0家", note: noteLeadLevelAbsent},
		{name: "（四）选项：未报牵头医院级别，所联合1家即符合", rule: rule, cite: cc4, opts: counts,
			edit: net(none, n(1)), want: platform.Pass},
		{name: "（四）选项：牵头医院为市级医院，所联合家数未报，已达1家，符合", rule: rule, cite: cc4, opts: counts,
			edit: net(yes(), unknown), want: platform.Pass, found: "1家", note: noteLeadAlone},
		{name: "（四）选项：两项均未报为信息不全", rule: rule, cite: cc4, opts: counts,
			edit: net(none, unknown), want: platform.Unknown},
		{name: "（四）默认：牵头医院为市级医院，所联合1家符合", rule: rule, cite: cc4,
			edit: net(yes(), n(1)), want: platform.Pass, found: "1家"},
		{name: "（四）选项：牵头医院为市级医院，所联合1家，合计2家", rule: rule, cite: cc4, opts: counts,
			edit: net(yes(), n(1)), want: platform.Pass, found: "2家"},
		{name: "（四）默认：牵头医院为市级医院而所联合家数未报为信息不全", rule: rule, cite: cc4,
			edit: net(yes(), unknown), want: platform.Unknown},
		{name: "（四）默认：牵头医院非市级医院，所联合0家差1家（不加说明）", rule: rule, cite: cc4,
			edit: net(no(), n(0)), want: platform.Fail, short: "1家"},
	}
	runRows(t, clinical, rows)
}

// Applications written before the split facts decode to what they meant: graduate_training
// and city_hospitals alone, the new facts not supplied.
func TestSplitFactsJSON(t *testing.T) {
	var k eligibility.KeyLab
	require.NoError(t, json.Unmarshal([]byte(`{"graduate_training":true}`), &k))
	assert.True(t, k.GraduateTraining.Known())
	assert.False(t, k.JointTrainingAgreement.Known() || k.DualSupervisors.Known() || k.OtherTrainingEvidence.Known())
	k = eligibility.KeyLab{JointTrainingAgreement: yes(), DualSupervisors: no(), OtherTrainingEvidence: yes()}
	b, err := json.Marshal(k)
	require.NoError(t, err)
	assert.JSONEq(t, `{"joint_training_agreement":true,"dual_supervisors":false,"other_training_evidence":true}`, string(b))
	var c eligibility.Clinical
	require.NoError(t, json.Unmarshal([]byte(`{"city_hospitals":1,"lead_hospital_city_level":false}`), &c))
	v, ok := c.LeadHospitalCityLevel.Get()
	assert.True(t, ok)
	assert.False(t, v)
}
