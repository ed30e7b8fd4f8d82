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
// holidays and its adjusted working days, and, when its days were taken from a transcription
// because the notice itself was not read, that [Transcription]. [Default] holds 2023–2027
// from LEGAL.md §4 and §5:
//
//	year  national                          藏历新年 (Lhasa)                 雪顿节
//	2023  国办发明电〔2022〕16号                02-20..02-26, work 02-18, 02-19  window 08-09..08-29
//	2024  国办发明电〔2023〕7号                 window 01-25..03-20             window 07-28..08-17
//	2025  国办发明电〔2024〕12号                02-27..03-04, 不调休             window 07-20..09-10
//	2026  notice of 2025-11-04 (文号 UNCONFIRMED)
//	                                        with 春节 02-15..02-26, work 02-14, 02-28
//	                                                                         window 07-20..09-10
//	2027  transcribed: github.com/6tail/lunar-go v1.4.7 (2026-11-06);
//	      the notice not read (文号 UNCONFIRMED)
//	                                        window 01-21..03-25             window 07-20..09-10
//	2028– counted provisionally (below), flagged; an error with Strict
//	–2022 not counted: an error
//
// A known arrangement taken from a transcription counts as known; every result that uses it
// names it ([Result].Transcribed, [Status].Transcribed, and the finding's note: "2027年全国
// 年节放假安排取自github.com/6tail/lunar-go v1.4.7 (HolidayUtil)的转录，通知原文未核对"). lunar-go's
// 2025 and 2026 data equal the official notices day for day, which is the reason to trust its
// 2027 until the notice is read.
//
// A Lhasa festival whose arrangement is not known has a window, as data, where its holiday
// or adjusted days may fall; a count or a roll that examines a day in it is returned flagged
// ([Result].Unconfirmed, the finding Unknown), or refused with [Options].Strict
// ([ErrUnconfirmed]).
//
// The default windows are drawn from what LEGAL.md §5 does confirm:
//
//   - 藏历新年 2024: 藏历初一 fell on 03-03 (2022), 02-21 (2023) and 02-18 (2026), and the
//     2025 holiday ran 02-27..03-04; Lhasa holidays start a day or two before 初一, run up to
//     7 days, and have had adjusted working weekends up to ten days either side (2022:
//     02-26, 03-13). 2024-01-25..2024-03-20 covers all of that.
//   - 藏历新年 2027 and every provisional year, drawn the same way relative to 春节: 初一 falls
//     on 春节's day or the next (2026) or one lunar month later (2022, 2023, 2025), so between
//     春节 and 春节 + 30 days; 16 days before the earliest and 17 after the latest, as in 2024,
//     give 春节 − 16 days .. 春节 + 47 days (2027: 春节 02-06, window 01-21..03-25).
//   - 雪顿节 2023 and 2024: the festival dates (08-16..08-22; from 08-04) widened by a week
//     either side for a holiday and adjusted weekend days.
//   - 雪顿节 2025 on (and every provisional year): festival dates unknown; it begins on
//     藏历六月三十, which fell between 08-04 and 08-27 in 2022–2024, so 07-20..09-10.
//
// # A year with no known arrangement: provisional counting
//
// A year from 2023 to 2100 whose national arrangement the calendar does not hold (2028 on
// in the default, until an operator adds it) is counted provisionally, not refused:
//
//   - off: the statutory days of 《全国年节及纪念日放假办法》第二条 as amended by 国务院令第795号
//     (from 2025-01-01): 元旦 01-01; 春节 4 days (农历除夕, 正月初一至初三); 清明 1 day (the
//     solar term); 劳动节 05-01, 05-02; 端午 1 day (五月初五); 中秋 1 day (八月十五); 国庆 10-01
//     to 10-03; and Saturdays and Sundays;
//   - off, 补假: a statutory day on a Saturday or Sunday, or on a day another statutory
//     holiday already takes (中秋 on 10-03 in 2028), is made up on the first weekday after its
//     holiday that is not a statutory day or another make-up day;
//   - not counted, because no one can know them before the notice: the notice's 调休 (moved
//     weekends and the extra days off), and anything Lhasa adds; 藏历新年 and 雪顿节 get the
//     windows above (or the year's own, if the calendar holds Lhasa data for it).
//
// Every answer that examines such a year is flagged like an unconfirmed festival: a [Note]
// with Provisional set, naming the year and listing the off days assumed ("2028年全国年节放假
// 安排未知，暂按《全国年节及纪念日放假办法》计算：元旦1月1日、元旦补假1月3日、…放假，周六、周日休息，
// 调休未计"), the finding Unknown; [Options].Strict refuses it ([ErrUnconfirmed], naming the
// year). [ProvisionalYear] returns the year as the rule counts it. A year before 2023 stays
// an error ([platform.ErrCalendar]); so does a year after 2100, the end of the lunar table,
// and every question put to the zero Calendar. Package lifecycle counts a 公示 provisionally
// and flags it, but does not roll a deadline on a provisional year (whether it moves can turn
// on the 调休 still to come): that deadline stays Unknown there.
//
// The proof that the rule errs only where it must: a calendar without 2026 counts 2026
// provisionally and differs from the official 2026 on 15 dates, each one of the notice's
// additions (6 调休 working weekends, 6 extra days off) or Lhasa's 藏历新年 days (3); no
// statutory day is a working day in either (TestProvisionalAgainstOfficial2026).
//
// The lunar dates (春节, 清明, 端午, 中秋) come from lunar_table.go, a table for 2023–2100
// generated with github.com/6tail/lunar-go and regenerated and compared by TestLunarTable
// (go test ./lifecycle/calendar -run TestLunarTable -update), never typed by hand. A table,
// not lunar-go at run time: the library's answers stay a function of its own code and data
// (the table is part of the fingerprint), a lunar-go upgrade that moved a date fails a test
// and shows as a diff instead of silently changing counts, and lunar-go is needed only by
// the tests.
//
// # The cross-check
//
// TestCrossCheckLunarGo compares, for every date of every year whose national arrangement
// [Default] holds (2023–2027, and 2022-12-31 of 元旦 2023), whether it is a working day with
// lunar-go's HolidayUtil, kept independently of LEGAL.md. It compares working-day status, not
// labels: lunar-go calls some ordinary weekend days holidays (2023-12-30/31 and 2024-06-08/09,
// which the notices leave as weekend days, "与周末连休") and files 2022-12-31 under 2022;
// neither is a difference in working days, and the test lists exactly those four label
// differences. For 2027 the check is circular (the same source): it guards against typing
// errors.
//
// # Adding a year when its notice appears
//
// Operators add a year as data ([YearData], JSON with snake_case names and YYYY-MM-DD dates)
// with [Calendar.WithYear], or pass a whole calendar ([New], [Calendar.UnmarshalJSON]):
//
//  1. Start from [ProvisionalYear](year) (its Lhasa windows) or the JSON of a year held.
//  2. Set national: known true, notice (文号, or the title until the 文号 is confirmed),
//     issuer, issued, url, every holiday period and every 调休 working day, as the notice
//     lists them. For a transcription read before the notice, add transcription {by,
//     published, url, checked}; remove it once the notice itself is read.
//  3. Replace a Lhasa window by the known arrangement once 拉萨市人民政府办公室's notice appears.
//  4. In this repository: add the year to defaultYears, to LEGAL.md's table in the tests
//     (TestLegalTables), and check it against lunar-go (TestCrossCheckLunarGo, once lunar-go
//     carries the year: go get github.com/6tail/lunar-go@latest).
//
// Every result carries a [platform.Edition] with the calendar's fingerprint.
//
// # Options
//
// The zero [Options] is the default reading:
//
//	field                      default reading                    clause leaving it open
//	StartDayCounts             the start day is not counted       民法典 201 vs 公示 practice (LEGAL.md §8)
//	Strict                     unconfirmed windows and provisional LEGAL.md §5 (no 雪顿节, no 藏历新年 2024,
//	                           years are flagged                  2027); §4 (no notice after 2027)
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
