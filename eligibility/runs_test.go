package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

const (
	noteStoppedOperating = "已于所示日期停止运营，申报时不在运营，不因运营年限而满足。"
	noteStoppedRunning   = "已于所示日期停止运行，申报时不在正常运行，不因运行年限而满足。"
	noteSeriesLasted     = "观测数据序列已于申报前结束，但已连续达到所需年限；条款要求具有连续数据，不要求仍在观测。"
	noteSeriesEnded      = "观测数据序列已于申报前结束，连续不足所需年限；尚差为所缺天数。"
)

// Runs that end. 持续运营, 运营满N年 and 已正常运行 ask that the run go on: one that stopped
// before the application (2025-03-01) fails, whatever it lasted, the found value being the
// day it stopped; one that stops on the application day or later is running. 具有连续1年以上
// 的数据 asks that the data exist: a series that ended still counts when it lasted.
func TestRunsThatEnd(t *testing.T) {
	eng := func(since, until platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.Engineering.OperatingSince, a.Engineering.OperatingUntil = since, until
		}
	}
	inn := func(since, until platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.Innovation.OperatingSince, a.Innovation.OperatingUntil = since, until
		}
	}
	running := func(since, until platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) {
			a.FieldStation.RunningSince, a.FieldStation.RunningUntil = since, until
		}
	}
	data := func(since, until platform.Date) func(*eligibility.Application) {
		return func(a *eligibility.Application) { a.FieldStation.DataSince, a.FieldStation.DataUntil = since, until }
	}
	onLastDay := eligibility.Options{Counting: platform.Counting{MetOnLastDay: true}}
	var none platform.Date
	t.Run("工程技术研究中心", func(t *testing.T) {
		const rule = eligibility.RuleEngineeringOperatingYears
		runRows(t, engineering, []row{
			{name: "（一）运营至申报前一日停止，申报时不在持续运营，不符合", rule: rule, cite: ec1,
				edit: eng(day(2020, 1, 1), day(2025, 2, 28)), want: platform.Fail, found: "2025年2月28日", note: noteStoppedOperating},
			{name: "（一）运营至申报日当日，仍在持续运营，符合", rule: rule, cite: ec1,
				edit: eng(day(2020, 1, 1), day(2025, 3, 1)), want: platform.Pass, found: "2020年1月1日"},
			{name: "（一）计划于申报日之后结束的运营仍在运营，符合", rule: rule, cite: ec1,
				edit: eng(day(2020, 1, 1), day(2030, 12, 31)), want: platform.Pass},
			{name: "（一）运营至申报日当日但不满2年，尚差为满足之日", rule: rule, cite: ec1,
				edit: eng(day(2023, 3, 1), day(2025, 3, 1)), want: platform.Fail, short: "2025年3月2日"},
			{name: "（一）停止运营而未报起始日，仍不符合（停止即不在运营）", rule: rule, cite: ec1,
				edit: eng(none, day(2024, 12, 31)), want: platform.Fail, note: noteStoppedOperating},
			{name: "（一）选项：最后一日即满足时，申报前一日停止的运营仍不符合", rule: rule, cite: ec1, opts: onLastDay,
				edit: eng(day(2020, 1, 1), day(2025, 2, 28)), want: platform.Fail, note: noteStoppedOperating},
		})
	})
	t.Run("技术创新中心", func(t *testing.T) {
		const rule = eligibility.RuleInnovationOperatingYears
		runRows(t, innovation, []row{
			{name: "（一）运营至申报前一日停止，不满足“运营满2年”", rule: rule, cite: ic1,
				edit: inn(day(2020, 1, 1), day(2025, 2, 28)), want: platform.Fail, found: "2025年2月28日", note: noteStoppedOperating},
			{name: "（一）运营至申报日当日，运营满2年，符合", rule: rule, cite: ic1,
				edit: inn(day(2020, 1, 1), day(2025, 3, 1)), want: platform.Pass},
		})
	})
	t.Run("野外科学观测研究站", func(t *testing.T) {
		runRows(t, fieldStation, []row{
			{name: "（四）运行至申报前一日停止，申报时不在正常运行，不符合", rule: eligibility.RuleFieldStationRunningYears, cite: fs4,
				edit: running(day(2020, 1, 1), day(2025, 2, 28)), want: platform.Fail, found: "2025年2月28日", note: noteStoppedRunning},
			{name: "（四）运行至申报日当日，已正常运行1年以上，符合", rule: eligibility.RuleFieldStationRunningYears, cite: fs4,
				edit: running(day(2020, 1, 1), day(2025, 3, 1)), want: platform.Pass},

			{name: "（四）数据序列2023-03-01至2024-03-01已结束，恰连续1年，仍符合", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4,
				edit: data(day(2023, 3, 1), day(2024, 3, 1)), want: platform.Pass, found: "2023年3月1日", note: noteSeriesLasted},
			{name: "（四）数据序列2023-03-01至2024-02-29已结束，差1日不满1年，不符合，尚差1日", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4,
				edit: data(day(2023, 3, 1), day(2024, 2, 29)), want: platform.Fail, short: "1日", note: noteSeriesEnded},
			{name: "（四）选项：最后一日即满足时，已结束的数据序列同样以覆盖期间最后一日为准（恰1年符合）", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4, opts: onLastDay,
				edit: data(day(2023, 3, 1), day(2024, 3, 1)), want: platform.Pass, note: noteSeriesLasted},
			{name: "（四）选项：最后一日即满足时，差1日的已结束数据序列仍不符合", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4, opts: onLastDay,
				edit: data(day(2023, 3, 1), day(2024, 2, 29)), want: platform.Fail, short: "1日", note: noteSeriesEnded},
			{name: "（四）数据序列2024-06-01至2024-12-31已结束，仅7个月，尚差152日", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4,
				edit: data(day(2024, 6, 1), day(2024, 12, 31)), want: platform.Fail, short: "152日"},
			{name: "（四）数据序列于申报前一日结束且已连续1年以上，符合", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4,
				edit: data(day(2020, 1, 1), day(2025, 2, 28)), want: platform.Pass, note: noteSeriesLasted},
			{name: "（四）数据序列结束日为申报日当日，按仍在观测计，自起始日起算", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4,
				edit: data(day(2024, 3, 1), day(2025, 3, 1)), want: platform.Fail, short: "2025年3月2日"},
			{name: "（四）9999-01-01起的数据序列于9999-06-01结束：1年期满超出所支持日期，不符合", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4,
				edit: func(a *eligibility.Application) {
					a.Date = day(9999, 12, 31)
					a.FieldStation.RunningSince = platform.Date{}
					data(day(9999, 1, 1), day(9999, 6, 1))(a)
				}, want: platform.Fail, note: noteSeriesEnded},
			{name: "（四）已结束的数据序列未报起始日为信息不全", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4,
				edit: data(none, day(2024, 12, 31)), want: platform.Unknown},
			{name: "（四）运行已停止，而数据序列已连续1年以上：数据条款仍符合", rule: eligibility.RuleFieldStationObservationDataYears, cite: fs4,
				edit: func(a *eligibility.Application) {
					running(day(2020, 1, 1), day(2024, 12, 31))(a)
					data(day(2020, 1, 1), day(2024, 12, 31))(a)
				}, want: platform.Pass, note: noteSeriesLasted},
		})
	})
}
