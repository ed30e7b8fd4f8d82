package main

import (
	"fmt"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/subsidy"
	"github.com/shopspring/decimal"
)

func main() {
	app := eligibility.Application{
		Type: platform.NewRDInstitution,
		Date: platform.MustDate(2025, 3, 1),
		Applicant: eligibility.Applicant{
			CreditCode:             platform.MustCreditCode("91540100MA6T000019"),
			IndependentLegalEntity: eligibility.Some(true),
		},
		NewRD: &eligibility.NewRD{
			RegisteredOn: platform.MustDate(2022, 6, 1),
			Category:     platform.Industry,
			ResearchArea: eligibility.Some(decimal.RequireFromString("975")),
		},
	}
	res, err := eligibility.Check(app, eligibility.Options{})
	if err != nil {
		panic(err) // impossible input: a *platform.Error naming every bad field
	}
	fmt.Println(res.Verdict.Chinese()) // 不符合备案标准
	for _, f := range res.All() {
		if f.Outcome == platform.Fail {
			fmt.Println(f.Chinese()) // 附件·拉萨市新型研发机构 第三条（三）工业类 …：要求1000㎡，实际975㎡，尚差25㎡。不符合。
		}
	}
	award, _ := subsidy.Filing(subsidy.DefaultSchedule(), platform.NewRDInstitution)
	fmt.Println(award.Amount.Wan(), award.Finding.Cite()) // 50万元 第十五条
}
