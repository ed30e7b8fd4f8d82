package calendar

import "github.com/lhasa-sti/platform"

// The lunar dates of the provisional rule come from a table generated with
// github.com/6tail/lunar-go (lunar_table.go, rewritten and checked by TestLunarTable), not
// from lunar-go at run time: the library's answers stay a function of its own code and
// data, a lunar-go upgrade that moved a date shows up as a failing test and a reviewed diff
// instead of a silent change in counts, and lunar-go is needed only by the tests.
const (
	// lunarGoVersion is the lunar-go version the table was generated with.
	lunarGoVersion = "v1.4.7"
	// lunarFirst is the first year of lunarTable: the first year the calendar counts at all.
	lunarFirst = 2023
	// lunarLast is the last year of lunarTable: the last year counted provisionally.
	lunarLast = lunarFirst + len(lunarTable) - 1
)

// lunarDates are the dates of year that the statutory holidays depend on.
type lunarDates struct {
	spring, qingming, duanwu, zhongqiu platform.Date
}

// lunarOf returns year's row of lunarTable; ok is false outside lunarFirst..lunarLast.
func lunarOf(year int) (lunarDates, bool) {
	if year < lunarFirst || year > lunarLast {
		return lunarDates{}, false
	}
	row := lunarTable[year-lunarFirst]
	at := func(md uint16) platform.Date { return platform.MustDate(year, int(md/100), int(md%100)) }
	return lunarDates{spring: at(row[0]), qingming: at(row[1]), duanwu: at(row[2]), zhongqiu: at(row[3])}, true
}
