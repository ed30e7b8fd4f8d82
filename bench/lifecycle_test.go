package bench_test

import (
	"strconv"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

// org is a valid 统一社会信用代码 of a Lhasa organisation (division 540100).
var org = func() platform.CreditCode {
	first := "91540100MA6T00001"
	return platform.MustCreditCode(first + string(platform.CreditCheckChar(first)))
}()

func d(s string) platform.Date { return platform.MustParseDate(s) }

// thousandEvents (lifecycle's own, copied) is a history of 1,000 events: 50 platforms, each through the filing
// procedure (8 events, notices in 2023–2025 on the working-day calendar), 11 annual reports
// and a cycle result.
func thousandEvents() lifecycle.History {
	h := lifecycle.History{Organisation: org}
	kinds := []lifecycle.Kind{lifecycle.Application, lifecycle.Recommendation, lifecycle.Review, lifecycle.ExpertReview,
		lifecycle.ProposedList, lifecycle.NoticeStart, lifecycle.Filing}
	actors := []lifecycle.Actor{lifecycle.RelyingUnit, lifecycle.County, lifecycle.CitySTB, lifecycle.Experts,
		lifecycle.CitySTB, lifecycle.CitySTB, lifecycle.CitySTB}
	var filing []lifecycle.Event
	for p := 0; p < 50; p++ {
		id := "p" + strconv.Itoa(p)
		start := d("2023-01-02").AddDays(7 * p)
		for i, k := range kinds {
			e := lifecycle.Event{Date: start.AddDays(i), Kind: k, Actor: actors[i], Platform: id, Type: platform.Types()[p%6]}
			if k == lifecycle.Filing {
				e.Date = start.AddDays(30)
			}
			filing = append(filing, e)
		}
	}
	// Merge by date: the procedures overlap, so sort the 350 events.
	for i := 1; i < len(filing); i++ {
		for j := i; j > 0 && filing[j].Date.Before(filing[j-1].Date); j-- {
			filing[j], filing[j-1] = filing[j-1], filing[j]
		}
	}
	h.Events = append(h.Events, filing...)
	h.Events = append(h.Events, lifecycle.Event{Date: d("2024-06-01"), Kind: lifecycle.Call, Actor: lifecycle.CitySTB})
	for y := 0; y < 12 && len(h.Events) < 1000; y++ {
		for p := 0; p < 50 && len(h.Events) < 1000; p++ {
			e := lifecycle.Event{Date: d("2025-10-01").AddYears(y).AddDays(p), Kind: lifecycle.AnnualReport, Actor: lifecycle.RelyingUnit,
				Platform: "p" + strconv.Itoa(p), Year: 2025 + y}
			h.Events = append(h.Events, e)
		}
		if y == 3 {
			for p := 0; p < 50 && len(h.Events) < 1000; p++ {
				h.Events = append(h.Events, lifecycle.Event{Date: d("2028-12-01").AddDays(p), Kind: lifecycle.Graded, Actor: lifecycle.ThirdParty,
					Platform: "p" + strconv.Itoa(p), Grade: platform.Grades()[p%3], Cycle: 1})
			}
		}
	}
	return h
}

func BenchmarkReplay1000(b *testing.B) {
	h := thousandEvents()
	if len(h.Events) != 1000 {
		b.Fatalf("%d events", len(h.Events))
	}
	asOf := d("2036-12-31")
	if _, err := lifecycle.Replay(h, asOf, lifecycle.Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lifecycle.Replay(h, asOf, lifecycle.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
