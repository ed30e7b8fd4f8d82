package platform_test

import (
	"fmt"

	"github.com/lhasa-sti/platform"
)

// A period of years ends on the corresponding day, or on the month's last day when there
// is none (《民法典》第二百零二条); the day of the event is not counted (第二百零一条).
func ExampleLastDay() {
	fmt.Println(platform.LastDay(platform.MustDate(2024, 2, 29), platform.Years(3)))
	fmt.Println(platform.LastDay(platform.MustDate(2024, 1, 31), platform.Months(1)))
	fmt.Println(platform.LastDay(platform.MustDate(2025, 3, 3), platform.Days(5)))
	// Output:
	// 2027-02-28
	// 2024-02-29
	// 2025-03-08
}

// 满2年 from 2023-05-10: by default the period runs to 24:00 of its last day, so the condition
// is met from the next day; Counting.MetOnLastDay is the other reading.
func ExampleFirstDayMet() {
	start := platform.MustDate(2023, 5, 10)
	fmt.Println(platform.FirstDayMet(start, platform.Years(2), platform.Counting{}))
	fmt.Println(platform.FirstDayMet(start, platform.Years(2), platform.Counting{MetOnLastDay: true}))
	fmt.Println(platform.Met(start, platform.Years(2), platform.MustDate(2025, 5, 10), platform.Counting{}))
	fmt.Println(platform.Met(start, platform.Years(2), platform.Date{}, platform.Counting{}))
	// Output:
	// 2025-05-11
	// 2025-05-10
	// fail
	// unknown
}

// 申报前2年 for an application filed on 2025-03-01.
func ExampleLookBack() {
	w := platform.LookBack(platform.MustDate(2025, 3, 1), platform.Years(2), platform.Counting{})
	fmt.Println(w.From, w.To, w.Days())
	// Output: 2023-03-01 2025-02-28 731
}

func ExampleParseCreditCode() {
	c, err := platform.ParseCreditCode(" 52540102mj0000011g ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c, c.Division(), c.Locality())

	_, err = platform.ParseCreditCode("91350100M000100Y44")
	fmt.Println(err)
	// Output:
	// 52540102MJ0000011G 540102 in_lhasa
	// platform.ParseCreditCode: check character: invalid input: "91350100M000100Y44"
}

func ExampleParseCitation() {
	c, err := platform.ParseCitation("附件·拉萨市新型研发机构 第三条（三）工业类")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Annex, c.Article, c.Item, c.Part)
	fmt.Println(c.English())
	fmt.Println(platform.CivilCode(1259))
	// Output:
	// new_rd_institution 3 3 工业类
	// Annex, new-type R&D institution, Art. 3(3) 工业类
	// 《民法典》第一千二百五十九条
}

func ExampleAmount_Wan() {
	fmt.Println(platform.WanYuan(20).Wan())
	fmt.Println(platform.MustAmount("125000").Wan())
	fmt.Println(platform.MustAmount("12.5万"))
	// Output:
	// 20万元
	// 12.5万元
	// 125000.00元（12.5万元）
}

// A type as people write it in a document, with the filing category where one is given.
func ExampleParseTypeName() {
	for _, s := range []string{"新型研发机构（服务类）", "市级重点实验室", "拉萨市工程技术研究中心"} {
		t, c, err := platform.ParseTypeName(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %q\n", t, c.Chinese())
	}
	// Output:
	// new_rd_institution "服务"
	// key_laboratory ""
	// engineering_research_center ""
}

// Where a unit is registered now, against the division its credit code was issued in: the
// code keeps that division when the unit moves.
func ExampleDivision() {
	now, err := platform.ParseDivision("540102")
	if err != nil {
		fmt.Println(err)
		return
	}
	code := platform.MustCreditCode("91510104MA6T00001N")
	fmt.Println(code.IssuedIn(), code.Locality())
	fmt.Println(now, now.Locality())
	_, err = platform.ParseDivision("54010")
	fmt.Println(err)
	// Output:
	// 510104 outside_lhasa
	// 540102 in_lhasa
	// platform.ParseDivision: division: invalid input: "54010"
}
