package platform_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
)

var (
	sinkDate     platform.Date
	sinkCode     platform.CreditCode
	sinkCitation platform.Citation
	sinkErr      error
)

func BenchmarkParseDate(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDate, sinkErr = platform.ParseDate("2024-02-29")
	}
}

func BenchmarkParseCreditCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkCode, sinkErr = platform.ParseCreditCode("9154010057658921X9")
	}
}

func BenchmarkParseCitation(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkCitation, sinkErr = platform.ParseCitation("附件·拉萨市新型研发机构 第三条（三）工业类")
	}
}

func BenchmarkAddMonths(b *testing.B) {
	b.ReportAllocs()
	d := platform.MustDate(2024, 1, 31)
	for b.Loop() {
		sinkDate = d.AddMonths(13)
	}
}
