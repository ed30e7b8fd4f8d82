package calendar

import "github.com/lhasa-sti/platform"

// The default table: LEGAL.md §4 (national notices 2023–2026, cross-checked against the
// NateScarlet/holiday-cn data; 2027 as transcribed by github.com/6tail/lunar-go v1.4.7, the
// notice itself not read) and §5 (Lhasa's 藏历新年 and 雪顿节). Built from literals once, when
// the package is initialized (see Default). TestCrossCheckLunarGo compares every national year
// with lunar-go's HolidayUtil day by day.

const (
	issuerState = "国务院办公厅"
	issuerLhasa = "拉萨市人民政府办公室"
)

func d(s string) platform.Date { return platform.MustParseDate(s) }

func days(ss ...string) []platform.Date {
	out := make([]platform.Date, len(ss))
	for i, s := range ss {
		out[i] = d(s)
	}
	return out
}

func hol(name, from, to string) Period { return Period{Name: name, From: d(from), To: d(to)} }

func window(from, to string) *platform.Window {
	return &platform.Window{From: d(from), To: d(to)}
}

// Uncertainty windows of Lhasa festivals whose arrangement is not known. They are data
// (the Window field of each unknown arrangement), drawn as follows:
//
//   - 藏历新年 2024: 藏历初一 fell on 03-03 (2022), 02-21 (2023), 02-18 (2026), and the 2025
//     holiday ran 02-27..03-04; low-quality pages give 02-10 for 2024. Lhasa holidays start a
//     day or two before 初一 and run up to 7 days, with adjusted working weekends up to ten
//     days either side (2022: 02-26 and 03-13). The window 2024-01-25..2024-03-20 covers
//     every 初一 of 2022–2026 with that margin.
//   - 雪顿节 2023: festival 08-16..08-22 (LEGAL.md §5); window one week either side for a
//     holiday and adjusted weekend days: 2023-08-09..2023-08-29.
//   - 雪顿节 2024: festival from 08-04 (end likely 08-10); window 2024-07-28..2024-08-17.
//   - 雪顿节 2025, 2026 and 2027: festival dates not known. It begins on 藏历六月三十, which fell
//     on 08-27 (2022), 08-16 (2023) and 08-04 (2024); with a 7-day holiday and adjusted days
//     around it the window is 07-20..09-10 ([shotonWindow]).
//   - 藏历新年 2027: drawn as 2024's, relative to 春节 ([tibetanNewYearWindow]): 春节 2027 is
//     02-06 (lunar table), so 2027-01-21..2027-03-25.
func defaultYears() []YearData {
	shotonUnknown := "LEGAL.md §5: no 拉萨市人民政府办公室 雪顿节放假通知 found; holiday days and adjusted working days UNCONFIRMED"
	tny2027, _ := tibetanNewYearWindow(2027)
	shoton2027 := shotonWindow(2027)
	return []YearData{
		{
			Year: 2023,
			National: Arrangement{
				Known: true, Notice: "国办发明电〔2022〕16号", Issuer: issuerState, Issued: d("2022-12-08"),
				URL: "http://www.gov.cn/zhengce/zhengceku/2022-12/08/content_5730844.htm",
				Holidays: []Period{
					hol("元旦", "2022-12-31", "2023-01-02"),
					hol("春节", "2023-01-21", "2023-01-27"),
					hol("清明节", "2023-04-05", "2023-04-05"),
					hol("劳动节", "2023-04-29", "2023-05-03"),
					hol("端午节", "2023-06-22", "2023-06-24"),
					hol("中秋节、国庆节", "2023-09-29", "2023-10-06"),
				},
				WorkDays: days("2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"),
			},
			TibetanNewYear: Arrangement{
				Known: true, Notice: "拉萨市人民政府办公室关于2023年藏历新年放假的通知", Issuer: issuerLhasa, Issued: d("2023-02-14"),
				URL:      "http://tibet.cn/cn/news/zx/202302/t20230215_7360466.html",
				Holidays: []Period{hol("藏历新年", "2023-02-20", "2023-02-26")},
				WorkDays: days("2023-02-18", "2023-02-19"),
				Note:     "藏历初一 2023-02-21",
			},
			Shoton: Arrangement{Window: window("2023-08-09", "2023-08-29"), Note: "festival 2023-08-16..08-22; " + shotonUnknown},
		},
		{
			Year: 2024,
			National: Arrangement{
				Known: true, Notice: "国办发明电〔2023〕7号", Issuer: issuerState, Issued: d("2023-10-25"),
				URL: "https://www.gov.cn/zhengce/zhengceku/202310/content_6911528.htm",
				Holidays: []Period{
					hol("元旦", "2024-01-01", "2024-01-01"),
					hol("春节", "2024-02-10", "2024-02-17"),
					hol("清明节", "2024-04-04", "2024-04-06"),
					hol("劳动节", "2024-05-01", "2024-05-05"),
					hol("端午节", "2024-06-10", "2024-06-10"),
					hol("中秋节", "2024-09-15", "2024-09-17"),
					hol("国庆节", "2024-10-01", "2024-10-07"),
				},
				WorkDays: days("2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"),
				Note:     "除夕 2024-02-09 only 鼓励安排休息: a working day",
			},
			TibetanNewYear: Arrangement{Window: window("2024-01-25", "2024-03-20"),
				Note: "LEGAL.md §5: 2024 藏历新年 Lhasa arrangement UNCONFIRMED (low-quality pages give 初一 02-10)"},
			Shoton: Arrangement{Window: window("2024-07-28", "2024-08-17"), Note: "festival from 2024-08-04; " + shotonUnknown},
		},
		{
			Year: 2025,
			National: Arrangement{
				Known: true, Notice: "国办发明电〔2024〕12号", Issuer: issuerState, Issued: d("2024-11-12"),
				URL: "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm",
				Holidays: []Period{
					hol("元旦", "2025-01-01", "2025-01-01"),
					hol("春节", "2025-01-28", "2025-02-04"),
					hol("清明节", "2025-04-04", "2025-04-06"),
					hol("劳动节", "2025-05-01", "2025-05-05"),
					hol("端午节", "2025-05-31", "2025-06-02"),
					hol("国庆节、中秋节", "2025-10-01", "2025-10-08"),
				},
				WorkDays: days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"),
				Note:     "first year under 国务院令第795号 (春节4天、劳动节2天, effective 2025-01-01)",
			},
			TibetanNewYear: Arrangement{
				Known: true, Notice: "拉萨市人民政府办公室关于2025年藏历新年放假的通知", Issuer: issuerLhasa, Issued: d("2025-02-11"),
				URL:      "http://51haodu.com/t/Yk5IeFZmcU9ZWg==",
				Holidays: []Period{hol("藏历新年", "2025-02-27", "2025-03-04")},
				Note:     "6 days, 不调休",
			},
			Shoton: Arrangement{Window: window("2025-07-20", "2025-09-10"), Note: "festival dates not known; " + shotonUnknown},
		},
		{
			Year: 2026,
			National: Arrangement{
				Known: true, Notice: "国务院办公厅关于2026年部分节假日安排的通知", Issuer: issuerState, Issued: d("2025-11-04"),
				URL: "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm",
				Holidays: []Period{
					hol("元旦", "2026-01-01", "2026-01-03"),
					hol("春节", "2026-02-15", "2026-02-23"),
					hol("清明节", "2026-04-04", "2026-04-06"),
					hol("劳动节", "2026-05-01", "2026-05-05"),
					hol("端午节", "2026-06-19", "2026-06-21"),
					hol("中秋节", "2026-09-25", "2026-09-27"),
					hol("国庆节", "2026-10-01", "2026-10-07"),
				},
				WorkDays: days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
				Note:     "文号 UNCONFIRMED (LEGAL.md §4)",
			},
			TibetanNewYear: Arrangement{
				Known: true, Notice: "拉萨市人民政府办公室关于2026年春节、藏历新年放假的通知", Issuer: issuerLhasa,
				URL:      "http://fund.caiding5.cn/shichang/14818.html",
				Holidays: []Period{hol("春节、藏历新年", "2026-02-15", "2026-02-26")},
				WorkDays: days("2026-02-14", "2026-02-28"),
				Note:     "藏历初一 2026-02-18; combined with 春节: 02-24..02-26 added to the national 02-15..02-23; notice reported by 中新社 2026-01-28, its date UNCONFIRMED",
			},
			Shoton: Arrangement{Window: window("2026-07-20", "2026-09-10"), Note: "festival dates not known; " + shotonUnknown},
		},
		{
			Year: 2027,
			National: Arrangement{
				Known: true, Notice: "国务院办公厅关于2027年部分节假日安排的通知", Issuer: issuerState,
				Holidays: []Period{
					hol("元旦", "2027-01-01", "2027-01-03"),
					hol("春节", "2027-02-05", "2027-02-13"),
					hol("清明节", "2027-04-03", "2027-04-05"),
					hol("劳动节", "2027-05-01", "2027-05-05"),
					hol("端午节", "2027-06-09", "2027-06-09"),
					hol("中秋节", "2027-09-15", "2027-09-15"),
					hol("国庆节", "2027-10-01", "2027-10-07"),
				},
				WorkDays: days("2027-01-31", "2027-02-14", "2027-05-08", "2027-09-26", "2027-10-09"),
				Note:     "notice not retrieved, 文号 and date UNCONFIRMED (LEGAL.md §4); days as transcribed",
				Transcription: &Transcription{
					By: "github.com/6tail/lunar-go v1.4.7 (HolidayUtil)", Published: d("2026-11-06"),
					URL:     "https://github.com/6tail/lunar-go/releases/tag/v1.4.7",
					Checked: "its 2025 and 2026 data equal the official notices day for day (checked 2026-12-05); TestCrossCheckLunarGo",
				},
			},
			TibetanNewYear: Arrangement{Window: &tny2027,
				Note: "LEGAL.md §5: no 2027 藏历新年 Lhasa arrangement; window 春节 − 16 days .. 春节 + 47 days, drawn as 2024's"},
			Shoton: Arrangement{Window: &shoton2027, Note: "festival dates not known; " + shotonUnknown},
		},
	}
}
