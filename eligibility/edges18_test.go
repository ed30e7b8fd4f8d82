package eligibility_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The edges of issue 18, written from the annex with their expectations fixed before the
// code was run: the windows' first and last days (the application date's corresponding day
// three years before, leap days, the application day itself), projects that end before the
// window or run past the application, runs that end, and applications written before the
// split facts.

// fourIn returns four city projects taken part in that start within every window the rows
// below use for an application on d (the four months before it), plus ps.
func fourIn(d platform.Date, ps ...eligibility.Project) eligibility.Opt[[]eligibility.Project] {
	out := make([]eligibility.Project, 0, 4+len(ps))
	for i := 1; i <= 4; i++ {
		out = append(out, eligibility.Project{Level: eligibility.PlanCity, Role: eligibility.TookPart, Date: d.AddMonths(-i)})
	}
	return eligibility.Some(append(out, ps...))
}

// 附件·拉萨市重点实验室 第三条（四）近三年来…科技项目5项以上, at its edges. 近三年 runs, by default,
// from the application date's corresponding day three years before to the day before it
// (DESIGN.md convention 6); without a corresponding day (29 February) it starts on the last
// day of that month (《民法典》第二百零二条).
func TestKeyLaboratoryProjectWindowEdges(t *testing.T) {
	at := func(d platform.Date, ps ...eligibility.Project) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.Date, a.KeyLab.Projects = d, fourIn(d, ps...) }
	}
	// Four projects of January 2024, within every reading's window for 2025-03-01.
	plus := func(p eligibility.Project) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.KeyLab.Projects = eligibility.Some(append(projects(4), p)) }
	}
	var open platform.Date
	reg := func(start, end platform.Date) eligibility.Project {
		return span(eligibility.PlanRegional, eligibility.Undertook, start, end)
	}
	byStart := eligibility.Options{ProjectsByStart: true}
	withDay := eligibility.Options{Counting: platform.Counting{LookBackIncludesReferenceDay: true}}
	calendar := eligibility.Options{RecentCalendarYears: true}
	all := eligibility.Options{OtherRegionsPlansCount: true, HigherPlansCount: true}
	const rule = eligibility.RuleKeyLabProjects
	runRows(t, keyLab, []row{
		// The application day itself.
		{name: "（四）申报日当日立项的项目不在近三年（止于申报前一日）内，不计入", rule: rule, cite: kl4,
			edit: at(applied, reg(applied, open)), want: platform.Fail, short: "1项", found: "4项"},
		{name: "（四）选项（期间含申报日）：申报日当日立项的项目计入", rule: rule, cite: kl4, opts: withDay,
			edit: at(applied, reg(applied, open)), want: platform.Pass, found: "5项"},
		{name: "（四）申报前一日立项的项目计入", rule: rule, cite: kl4,
			edit: at(applied, reg(day(2025, 2, 28), open)), want: platform.Pass, found: "5项"},

		// 29 February as the application date: 近三年 starts on 2021-02-28.
		{name: "（四）2024-02-29申报：近三年始于2021-02-28（无对应日取月末），当日结题的项目重叠一日，计入", rule: rule, cite: kl4,
			edit: at(day(2024, 2, 29), reg(day(2020, 1, 1), day(2021, 2, 28))), want: platform.Pass, found: "5项"},
		{name: "（四）2024-02-29申报：2021-02-27结题的项目差一日不重叠，不计入", rule: rule, cite: kl4,
			edit: at(day(2024, 2, 29), reg(day(2020, 1, 1), day(2021, 2, 27))), want: platform.Fail, short: "1项"},
		{name: "（四）选项按立项日，2024-02-29申报：2021-02-28立项的项目计入", rule: rule, cite: kl4, opts: byStart,
			edit: at(day(2024, 2, 29), reg(day(2021, 2, 28), open)), want: platform.Pass},
		{name: "（四）选项按立项日，2024-02-29申报：2021-02-27立项的项目不计入", rule: rule, cite: kl4, opts: byStart,
			edit: at(day(2024, 2, 29), reg(day(2021, 2, 27), day(2022, 1, 1))), want: platform.Fail, short: "1项"},
		// 29 February as a project's end: an application on 2027-03-01 looks back to 2024-03-01.
		{name: "（四）2027-03-01申报：2024-02-29（闰日）结题的项目在近三年首日之前，不计入", rule: rule, cite: kl4,
			edit: at(day(2027, 3, 1), reg(day(2023, 1, 1), day(2024, 2, 29))), want: platform.Fail, short: "1项"},
		{name: "（四）2027-03-01申报：2024-03-01结题的项目重叠一日，计入", rule: rule, cite: kl4,
			edit: at(day(2027, 3, 1), reg(day(2023, 1, 1), day(2024, 3, 1))), want: platform.Pass},
		{name: "（四）2028-02-29申报：近三年始于2025-02-28，当日结题的项目计入", rule: rule, cite: kl4,
			edit: at(day(2028, 2, 29), reg(day(2024, 1, 1), day(2025, 2, 28))), want: platform.Pass},
		{name: "（四）2028-02-29申报：2025-02-27结题的项目不计入", rule: rule, cite: kl4,
			edit: at(day(2028, 2, 29), reg(day(2024, 1, 1), day(2025, 2, 27))), want: platform.Fail, short: "1项"},

		// Projects wholly before the window, and projects still running.
		{name: "（四）2018年立项、2020年结题的项目在近三年之前，默认不计入", rule: rule, cite: kl4,
			edit: at(applied, reg(day(2018, 1, 1), day(2020, 12, 31))), want: platform.Fail, short: "1项"},
		{name: "（四）选项按立项日：2018年立项、2020年结题的项目同样不计入", rule: rule, cite: kl4, opts: byStart,
			edit: at(applied, reg(day(2018, 1, 1), day(2020, 12, 31))), want: platform.Fail, short: "1项"},
		{name: "（四）2019年立项、2027年结题的在研项目跨越整个近三年，默认计入", rule: rule, cite: kl4,
			edit: at(applied, reg(day(2019, 1, 1), day(2027, 12, 31))), want: platform.Pass},
		{name: "（四）选项按立项日：2019年立项的在研项目不计入", rule: rule, cite: kl4, opts: byStart,
			edit: at(applied, reg(day(2019, 1, 1), day(2027, 12, 31))), want: platform.Fail, short: "1项"},
		{name: "（四）期间首日立项并当日结题的项目计入", rule: rule, cite: kl4,
			edit: at(applied, reg(day(2022, 3, 1), day(2022, 3, 1))), want: platform.Pass},
		{name: "（四）期间内立项、未注明结题的项目计入（不因缺结题日期而不明）", rule: rule, cite: kl4,
			edit: at(applied, reg(day(2023, 5, 1), open)), want: platform.Pass},

		// 近三年 as three calendar years (2022-01-01 to 2024-12-31 for an application in 2025).
		{name: "（四）选项（自然年）：2022-01-01结题的项目重叠一日，计入", rule: rule, cite: kl4, opts: calendar,
			edit: plus(reg(day(2021, 6, 1), day(2022, 1, 1))), want: platform.Pass},
		{name: "（四）选项（自然年）：2021-12-31结题的项目不计入", rule: rule, cite: kl4, opts: calendar,
			edit: plus(reg(day(2021, 6, 1), day(2021, 12, 31))), want: platform.Fail, short: "1项"},
		{name: "（四）选项（自然年）：申报当年（2025-01-15）立项的项目在期间之后，不计入", rule: rule, cite: kl4, opts: calendar,
			edit: plus(reg(day(2025, 1, 15), open)), want: platform.Fail, short: "1项"},

		// The levels the key laboratory counts: 国家级、自治区级、市级, 承担 or 参与 alike.
		{name: "（四）参与的市级项目计入（条款为承担、参与）", rule: rule, cite: kl4,
			edit: at(applied, span(eligibility.PlanCity, eligibility.TookPart, day(2024, 6, 1), open)), want: platform.Pass},
		{name: "（四）未注明承担或参与的市级项目计入（两者均计）", rule: rule, cite: kl4,
			edit: at(applied, span(eligibility.PlanCity, 0, day(2024, 6, 1), open)), want: platform.Pass},
		{name: "（四）参与的国家级项目计入", rule: rule, cite: kl4,
			edit: at(applied, span(eligibility.PlanNational, eligibility.TookPart, day(2024, 6, 1), open)), want: platform.Pass},
		{name: "（四）县级项目在任何选项下都不计入", rule: rule, cite: kl4, opts: all,
			edit: at(applied, span(eligibility.PlanCounty, eligibility.Undertook, day(2024, 6, 1), open)), want: platform.Fail, short: "1项", note: noteCounty},
		{name: "（四）横向项目在任何选项下都不计入", rule: rule, cite: kl4, opts: all,
			edit: at(applied, span(eligibility.PlanHorizontal, eligibility.Undertook, day(2024, 6, 1), open)), want: platform.Fail, short: "1项", note: noteHorizontal},
		{name: "（四）期间之前的县级项目不计入，也不作说明（不在期间内）", rule: rule, cite: kl4,
			edit: at(applied, span(eligibility.PlanCounty, eligibility.Undertook, day(2019, 6, 1), day(2020, 1, 1))), want: platform.Fail, short: "1项", note: ""},
	})
}

// 附件·拉萨市临床医学研究中心 第三条（三）申报前3年内…参与了自治区科技计划…或承担过市级科技计划项目, at
// its edges and for each level: 自治区级 taken part in (or undertaken), 市级 undertaken; 国家级 only
// under HigherPlansCount; 县级, 横向 and another province's plans never.
func TestClinicalCenterProjectWindowEdgesAndLevels(t *testing.T) {
	at := func(d platform.Date, ps ...eligibility.Project) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.Date, a.Clinical.Projects = d, eligibility.Some(ps) }
	}
	var open platform.Date
	byStart := eligibility.Options{ProjectsByStart: true}
	withDay := eligibility.Options{Counting: platform.Counting{LookBackIncludesReferenceDay: true}}
	higher := eligibility.Options{HigherPlansCount: true}
	all := eligibility.Options{HigherPlansCount: true, OtherRegionsPlansCount: true}
	in := day(2024, 6, 1)
	const rule = eligibility.RuleClinicalPlanProjects
	runRows(t, clinical, []row{
		{name: "（三）2024-02-29申报：申报前3年始于2021-02-28，当日结题的自治区计划符合", rule: rule, cite: cc3,
			edit: at(day(2024, 2, 29), span(eligibility.PlanRegional, eligibility.TookPart, day(2020, 1, 1), day(2021, 2, 28))), want: platform.Pass, found: "1项"},
		{name: "（三）2024-02-29申报：2021-02-27结题的自治区计划不符合", rule: rule, cite: cc3,
			edit: at(day(2024, 2, 29), span(eligibility.PlanRegional, eligibility.TookPart, day(2020, 1, 1), day(2021, 2, 27))), want: platform.Fail, short: "1项"},
		{name: "（三）申报日当日立项的自治区计划不在申报前3年内，不符合", rule: rule, cite: cc3,
			edit: at(applied, span(eligibility.PlanRegional, eligibility.TookPart, applied, open)), want: platform.Fail, short: "1项"},
		{name: "（三）选项（期间含申报日）：申报日当日立项的自治区计划符合", rule: rule, cite: cc3, opts: withDay,
			edit: at(applied, span(eligibility.PlanRegional, eligibility.TookPart, applied, open)), want: platform.Pass},
		{name: "（三）2019年起参与、结题在申报日之后的在研自治区计划，默认符合", rule: rule, cite: cc3,
			edit: at(applied, span(eligibility.PlanRegional, eligibility.TookPart, day(2019, 1, 1), day(2026, 6, 30))), want: platform.Pass},
		{name: "（三）选项按立项日：2019年起参与的在研自治区计划不符合", rule: rule, cite: cc3, opts: byStart,
			edit: at(applied, span(eligibility.PlanRegional, eligibility.TookPart, day(2019, 1, 1), day(2026, 6, 30))), want: platform.Fail, short: "1项"},
		{name: "（三）一项无法定位（立项早于期间、无结题日期），另一项期间内的自治区计划即符合", rule: rule, cite: cc3,
			edit: at(applied, span(eligibility.PlanRegional, eligibility.TookPart, day(2019, 1, 1), open),
				span(eligibility.PlanRegional, eligibility.TookPart, in, open)), want: platform.Pass, found: "1项"},

		{name: "（三）承担的自治区计划同样符合（承担亦为参与）", rule: rule, cite: cc3,
			edit: at(applied, span(eligibility.PlanRegional, eligibility.Undertook, in, open)), want: platform.Pass},
		{name: "（三）承担的市级计划项目符合", rule: rule, cite: cc3,
			edit: at(applied, span(eligibility.PlanCity, eligibility.Undertook, in, open)), want: platform.Pass},
		{name: "（三）仅参与的市级计划项目不符合（市级须承担）", rule: rule, cite: cc3,
			edit: at(applied, span(eligibility.PlanCity, eligibility.TookPart, in, open)), want: platform.Fail, short: "1项"},
		{name: "（三）未注明承担或参与的市级项目为信息不全", rule: rule, cite: cc3,
			edit: at(applied, span(eligibility.PlanCity, 0, in, open)), want: platform.Unknown, note: "市级项目未注明承担或参与。"},
		{name: "（三）默认：国家级项目按字面不计，不符合并说明", rule: rule, cite: cc3,
			edit: at(applied, span(eligibility.PlanNational, eligibility.TookPart, in, open)), want: platform.Fail, short: "1项",
			note: "国家级项目不在条款所列，按字面不计（选项HigherPlansCount可计入）。"},
		{name: "（三）选项：参与国家级项目符合", rule: rule, cite: cc3, opts: higher,
			edit: at(applied, span(eligibility.PlanNational, eligibility.TookPart, in, open)), want: platform.Pass},
		{name: "（三）县级项目在任何选项下都不符合", rule: rule, cite: cc3, opts: all,
			edit: at(applied, span(eligibility.PlanCounty, eligibility.Undertook, in, open)), want: platform.Fail, short: "1项", note: noteCounty},
		{name: "（三）横向项目在任何选项下都不符合", rule: rule, cite: cc3, opts: all,
			edit: at(applied, span(eligibility.PlanHorizontal, eligibility.Undertook, in, open)), want: platform.Fail, short: "1项", note: noteHorizontal},
		{name: "（三）外省科技计划在任何选项下都不符合", rule: rule, cite: cc3, opts: all,
			edit: at(applied, span(eligibility.PlanOtherProvince, eligibility.Undertook, in, open)), want: platform.Fail, short: "1项", note: noteOtherProvince},
	})
}

// Runs that end, at their edges (附件·拉萨市野外科学观测研究站 第三条（四）已正常运行1年以上、具有连续
// 1年以上的系统性观测实验数据; 附件·拉萨市工程技术研究中心 第三条（一）持续运营不低于2年;
// 附件·拉萨市技术创新中心 第三条（一）运营满2年). 以上 and 满 include the number (LEGAL.md §2.2):
// exactly one year is enough. A period of a year from 29 February ends on 28 February
// (《民法典》第二百零二条). A run whose last day is not given is still running: its start states a
// continuous run (持续运营, 已正常运行 since that day).
func TestRunsThatEndAtTheirEdges(t *testing.T) {
	var open platform.Date
	data := func(since, until platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.FieldStation.DataSince, a.FieldStation.DataUntil = since, until }
	}
	running := func(since, until platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.FieldStation.RunningSince, a.FieldStation.RunningUntil = since, until
		}
	}
	on := func(d platform.Date, f func(*eligibility.Application)) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.Date = d; f(a) }
	}
	const dataRule, runRule = eligibility.RuleFieldStationObservationDataYears, eligibility.RuleFieldStationRunningYears
	t.Run("野外科学观测研究站", func(t *testing.T) {
		runRows(t, fieldStation, []row{
			{name: "（四）2024-02-29起、2025-02-28结束的数据序列恰满1年（无对应日取月末），符合", rule: dataRule, cite: fs4,
				edit: data(day(2024, 2, 29), day(2025, 2, 28)), want: platform.Pass, note: noteSeriesLasted},
			{name: "（四）2024-02-29起、2025-02-27结束的数据序列差1日，不符合", rule: dataRule, cite: fs4,
				edit: data(day(2024, 2, 29), day(2025, 2, 27)), want: platform.Fail, short: "1日", note: noteSeriesEnded},
			{name: "（四）2024-02-29起仍在观测的数据序列，2025-03-01申报已满1年，符合", rule: dataRule, cite: fs4,
				edit: data(day(2024, 2, 29), open), want: platform.Pass},
			{name: "（四）2024-02-29起仍在观测的数据序列，2025-02-28申报尚未满1年，满足之日为2025-03-01", rule: dataRule, cite: fs4,
				edit: on(day(2025, 2, 28), data(day(2024, 2, 29), open)), want: platform.Fail, short: "2025年3月1日"},
			{name: "（四）2024-02-29起正常运行、未报停止日，2025-03-01申报已运行1年，符合（未报停止日即仍在运行）", rule: runRule, cite: fs4,
				edit: running(day(2024, 2, 29), open), want: platform.Pass},
			{name: "（四）2024-02-29起正常运行，2025-02-28申报尚未满1年", rule: runRule, cite: fs4,
				edit: on(day(2025, 2, 28), running(day(2024, 2, 29), open)), want: platform.Fail, short: "2025年3月1日"},
			{name: "（四）恰运行满1年后于申报前一日停止，不在正常运行，不符合", rule: runRule, cite: fs4,
				edit: running(day(2024, 2, 29), day(2025, 2, 28)), want: platform.Fail, found: "2025年2月28日", note: noteStoppedRunning},
		})
	})
	t.Run("工程技术研究中心", func(t *testing.T) {
		eng := func(since, until platform.Date) func(*eligibility.Application) {
			return func(a *eligibility.Application) {
				a.Engineering.OperatingSince, a.Engineering.OperatingUntil = since, until
			}
		}
		const rule = eligibility.RuleEngineeringOperatingYears
		runRows(t, engineering, []row{
			{name: "（一）2023-02-28起运营，申报日当日（2025-03-01）仍在运营，恰满2年，符合", rule: rule, cite: ec1,
				edit: eng(day(2023, 2, 28), day(2025, 3, 1)), want: platform.Pass},
			{name: "（一）同一运营于申报前一日停止，虽已满2年，不在持续运营，不符合", rule: rule, cite: ec1,
				edit: eng(day(2023, 2, 28), day(2025, 2, 28)), want: platform.Fail, note: noteStoppedOperating},
			{name: "（一）未报停止日的运营即仍在运营，恰满2年，符合", rule: rule, cite: ec1,
				edit: eng(day(2023, 2, 28), open), want: platform.Pass},
		})
	})
	t.Run("技术创新中心", func(t *testing.T) {
		inn := func(since, until platform.Date) func(*eligibility.Application) {
			return func(a *eligibility.Application) {
				a.Innovation.OperatingSince, a.Innovation.OperatingUntil = since, until
			}
		}
		const rule = eligibility.RuleInnovationOperatingYears
		runRows(t, innovation, []row{
			{name: "（一）未报停止日的运营即仍在运营，2023-02-28起至2025-03-01申报恰满2年，符合", rule: rule, cite: ic1,
				edit: inn(day(2023, 2, 28), open), want: platform.Pass},
			{name: "（一）2023-03-01起运营，2025-03-01申报尚差1日满2年", rule: rule, cite: ic1,
				edit: inn(day(2023, 3, 1), open), want: platform.Fail, short: "2025年3月2日"},
			{name: "（一）计划于申报次日结束的运营在申报日仍在运营，满2年，符合", rule: rule, cite: ic1,
				edit: inn(day(2023, 2, 28), day(2025, 3, 2)), want: platform.Pass},
		})
	})
}

// A data series that ended is measured against the clause's own boundary word: under a
// thresholds table that says 超过1年 (more than a year) instead of 1年以上, a series of exactly
// one year falls a day short, and one a day longer is enough.
func TestEndedSeriesUnderAStrictBound(t *testing.T) {
	th := eligibility.DefaultThresholds()
	th.FieldDataYears.Bound = platform.MoreThanChaoGuo
	c, err := eligibility.New(th)
	require.NoError(t, err)
	for _, tc := range []struct {
		name  string
		until platform.Date
		want  platform.Outcome
		short string
	}{
		{"超过1年：2023-03-01起、2024-03-01结束恰1年，不符合，差1日", day(2024, 3, 1), platform.Fail, "1日"},
		{"超过1年：2023-03-01起、2024-03-02结束，符合", day(2024, 3, 2), platform.Pass, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := fieldStation()
			app.FieldStation.DataSince, app.FieldStation.DataUntil = day(2023, 3, 1), tc.until
			res, err := c.Check(app, eligibility.Options{})
			require.NoError(t, err)
			f, ok := res.Finding(eligibility.RuleFieldStationObservationDataYears)
			require.True(t, ok)
			assert.Equal(t, tc.want, f.Outcome, f.Chinese())
			assert.Equal(t, tc.short, f.Shortfall.Chinese())
		})
	}
}

// 附件·拉萨市重点实验室 第三条（六）: an application written before the split facts
// (graduate_training alone) means what it meant; once any of the three facts is given, they
// decide and the earlier conclusion is not read.
func TestGraduateTrainingOldAndNewJSON(t *testing.T) {
	cases := []struct {
		name string
		kind eligibility.UnitKind
		json string
		opts eligibility.Options
		want platform.Outcome
	}{
		{"旧申请：科研院所具有培养研究生条件，符合", eligibility.Institute, `{"graduate_training":true}`, eligibility.Options{}, platform.Pass},
		{"旧申请：科研院所不具有培养研究生条件，不符合", eligibility.Institute, `{"graduate_training":false}`, eligibility.Options{}, platform.Fail},
		{"旧申请：企业未报培养条件，信息不全", eligibility.Enterprise, `{}`, eligibility.Options{}, platform.Unknown},
		{"旧申请：新事实写为null视同未报，沿用原结论，符合", eligibility.Institute,
			`{"graduate_training":true,"joint_training_agreement":null}`, eligibility.Options{}, platform.Pass},
		{"高校只看学位授予权：仅有原培养结论而未报授予权，信息不全", eligibility.University, `{"graduate_training":true}`, eligibility.Options{}, platform.Unknown},
		{"原结论为是、另报有协议而未报双导师制：新事实决定，默认信息不全", eligibility.Institute,
			`{"graduate_training":true,"joint_training_agreement":true}`, eligibility.Options{}, platform.Unknown},
		{"原结论为是、另报有协议而未报双导师制：选项下有协议即符合", eligibility.Institute,
			`{"graduate_training":true,"joint_training_agreement":true}`, eligibility.Options{GraduateTrainingEitherFact: true}, platform.Pass},
		{"原结论为否、两项事实俱备：新事实决定，符合", eligibility.Institute,
			`{"graduate_training":false,"joint_training_agreement":true,"dual_supervisors":true}`, eligibility.Options{}, platform.Pass},
		{"原结论为是、仅报无其他证明：新事实决定，两项未报为信息不全", eligibility.Institute,
			`{"graduate_training":true,"other_training_evidence":false}`, eligibility.Options{}, platform.Unknown},
		{"原结论为是、两项皆无且无其他证明：新事实决定，不符合", eligibility.Enterprise,
			`{"graduate_training":true,"joint_training_agreement":false,"dual_supervisors":false,"other_training_evidence":false}`, eligibility.Options{}, platform.Fail},
	}
	for _, tc := range cases {
		t.Run("（六）"+tc.name, func(t *testing.T) {
			app := keyLab()
			app.Applicant.Kind = tc.kind
			var k eligibility.KeyLab
			require.NoError(t, json.Unmarshal([]byte(tc.json), &k))
			app.KeyLab.MasterDegreeRight = eligibility.Opt[bool]{}
			app.KeyLab.GraduateTraining, app.KeyLab.JointTrainingAgreement = k.GraduateTraining, k.JointTrainingAgreement
			app.KeyLab.DualSupervisors, app.KeyLab.OtherTrainingEvidence = k.DualSupervisors, k.OtherTrainingEvidence
			res, err := eligibility.Check(app, tc.opts)
			require.NoError(t, err)
			f, ok := res.Finding(eligibility.RuleKeyLabGraduateTraining)
			require.True(t, ok)
			assert.Equal(t, kl6, f.Cite().String())
			assert.Equal(t, tc.want, f.Outcome, f.Chinese())
		})
	}
}

// Reviews of the rules issue 18 touched: the counts, durations and runs never give Review, so
// a review of them is an error; graduate training gives Review on other evidence, and a
// reviewer's finding there decides, while one on a finding the facts already decided is not
// applied (DESIGN.md convention 3).
func TestReviewsOfTheRulesOfIssue18(t *testing.T) {
	for _, tc := range []struct {
		name string
		base func() eligibility.Application
		rule string
	}{
		{"临床中心 第三条（三）申报前3年内项目为事实条款，评审无从适用", clinical, eligibility.RuleClinicalPlanProjects},
		{"野外站 第三条（四）已正常运行年限为期间条款，评审无从适用", fieldStation, eligibility.RuleFieldStationRunningYears},
		{"技术创新中心 第三条（一）运营满2年为期间条款，评审无从适用", innovation, eligibility.RuleInnovationOperatingYears},
	} {
		t.Run(tc.name, func(t *testing.T) {
			app := tc.base()
			app.Reviews = append(app.Reviews, eligibility.Review{Rule: tc.rule, Outcome: platform.Pass})
			_, err := eligibility.Check(app, eligibility.Options{})
			require.ErrorIs(t, err, eligibility.ErrNotReviewable)
			assert.Contains(t, err.Error(), tc.rule)
		})
	}
	t.Run("重点实验室 第三条（六）两项皆无、有其他证明，评审不予认可为不符合", func(t *testing.T) {
		app := keyLab()
		app.Applicant.Kind = eligibility.Institute
		app.KeyLab.JointTrainingAgreement, app.KeyLab.DualSupervisors, app.KeyLab.OtherTrainingEvidence = no(), no(), yes()
		app.Reviews = append(app.Reviews, eligibility.Review{Rule: eligibility.RuleKeyLabGraduateTraining, Outcome: platform.Fail, NoteZh: "协议未生效"})
		res, err := eligibility.Check(app, eligibility.Options{})
		require.NoError(t, err)
		f, _ := res.Finding(eligibility.RuleKeyLabGraduateTraining)
		assert.Equal(t, platform.Fail, f.Outcome)
		assert.Equal(t, "协议未生效", f.NoteZh())
	})
	t.Run("重点实验室 第三条（六）两项俱备已符合，评审意见不改变结论", func(t *testing.T) {
		app := keyLab()
		app.Applicant.Kind = eligibility.Institute
		app.KeyLab.JointTrainingAgreement, app.KeyLab.DualSupervisors = yes(), yes()
		app.Reviews = append(app.Reviews, eligibility.Review{Rule: eligibility.RuleKeyLabGraduateTraining, Outcome: platform.Fail, NoteZh: "不予认可"})
		res, err := eligibility.Check(app, eligibility.Options{})
		require.NoError(t, err)
		f, _ := res.Finding(eligibility.RuleKeyLabGraduateTraining)
		assert.Equal(t, platform.Pass, f.Outcome)
	})
}
