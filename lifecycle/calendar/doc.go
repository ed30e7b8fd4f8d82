// Package calendar counts working days (工作日) and rolls deadlines on a Lhasa calendar:
// weekends, the State Council's holidays and adjusted working days, and Lhasa's 藏历新年 and
// 雪顿节 holidays where their arrangement is known.
//
// # 依据
//
//   - 第十三条（五）: "市科技局根据专家论证意见提出拟备案名单，并向社会公示 5 个工作日。"
//     [Calendar.AddWorkingDays] finds the last day of the 公示 (rule
//     lifecycle.calendar.13.5.working_days); [Calendar.IsWorkingDay] says what a working day
//     is (lifecycle.calendar.13.5.working_day).
//   - 《民法典》第二百零一条: the day a period starts is not counted (lifecycle.calendar.civil_code.201.start_day).
//   - 《民法典》第二百零三条: a last day that is a 法定休假日 moves to the day after the holiday
//     ends ([Calendar.Roll], lifecycle.calendar.civil_code.203.roll). Used by package lifecycle
//     for deadlines such as the annual report of 第二十条 (每年 11 月 30 日前) when it opts to roll.
//   - 《全国年节及纪念日放假办法》 (as amended by 国务院令第795号, from 2025-01-01) and the State
//     Council's yearly notices; its 第四条 (少数民族习惯的节日) for Lhasa's festivals, arranged
//     each year by 拉萨市人民政府办公室.
//
// # The working day
//
//	工作日 = (Monday–Friday OR an adjusted working day [national ∪ Lhasa])
//	         AND NOT an off day [national ∪ Lhasa festival]
//
// (LEGAL.md §8). Counting adjusted working days is practice, not statute: the other reading
// is [Options].AdjustedWorkDaysExcluded.
//
// # Data
//
// A [Calendar] holds, per year and per [Source] (national; 藏历新年; 雪顿节), an
// [Arrangement]: whether the official arrangement is known, the notice it comes from, its
// holidays and its adjusted working days. [Default] holds 2023–2026 from LEGAL.md §4 and §5:
//
//	year  national                          藏历新年 (Lhasa)                 雪顿节
//	2023  国办发明电〔2022〕16号                02-20..02-26, work 02-18, 02-19  window 08-09..08-29
//	2024  国办发明电〔2023〕7号                 window 01-25..03-20             window 07-28..08-17
//	2025  国办发明电〔2024〕12号                02-27..03-04, 不调休             window 07-20..09-10
//	2026  notice of 2025-11-04 (文号 UNCONFIRMED)
//	                                        with 春节 02-15..02-26, work 02-14, 02-28
//	                                                                         window 07-20..09-10
//	2027  not known: every date is an error
//
// A year whose national arrangement is not known cannot be counted: the answer is an error
// ([platform.ErrCalendar]), never a guess. A Lhasa festival whose arrangement is not known
// has a window, as data, where its holiday or adjusted days may fall; a count or a roll that examines a day in it is
// returned flagged ([Result].Unconfirmed, the finding Unknown), or refused with
// [Options].Strict ([ErrUnconfirmed]).
//
// The default windows are drawn from what LEGAL.md §5 does confirm:
//
//   - 藏历新年 2024: 藏历初一 fell on 03-03 (2022), 02-21 (2023) and 02-18 (2026), and the
//     2025 holiday ran 02-27..03-04; Lhasa holidays start a day or two before 初一, run up to
//     7 days, and have had adjusted working weekends up to ten days either side (2022:
//     02-26, 03-13). 2024-01-25..2024-03-20 covers all of that.
//   - 雪顿节 2023 and 2024: the festival dates (08-16..08-22; from 08-04) widened by a week
//     either side for a holiday and adjusted weekend days.
//   - 雪顿节 2025 and 2026: festival dates unknown; it begins on 藏历六月三十, which fell
//     between 08-04 and 08-27 in 2022–2024, so 07-20..09-10.
//
// Operators add a year as data ([YearData], JSON with snake_case names and YYYY-MM-DD dates)
// with [Calendar.WithYear], or pass a whole calendar ([New], [Calendar.UnmarshalJSON]).
// Every result carries a [platform.Edition] with the calendar's fingerprint.
//
// # Options
//
// The zero [Options] is the default reading:
//
//	field                      default reading                    clause leaving it open
//	StartDayCounts             the start day is not counted       民法典 201 vs 公示 practice (LEGAL.md §8)
//	Strict                     unconfirmed windows are flagged    LEGAL.md §5 (no 雪顿节, no 藏历新年 2024)
//	AdjustedWorkDaysExcluded   调休上班日 are working days          LEGAL.md §8 (convention, not statute)
//	WeekendsNotHolidays        a weekend is a 法定休假日 for 203    民法典 203 does not define it (LEGAL.md §3)
//
// # 不在范围内
//
// Which deadlines roll (ban periods of 第二十四、二十五条 never do), whether "11月30日前"
// includes 11-30, and the 公示's objection procedure belong to package lifecycle. Hours
// (业务时间, 第二百零三条第二款) are not modelled: a day is the unit. Other prefectures of
// Tibet, which follow Lhasa's arrangement, are not distinguished.
package calendar
