package naming_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/naming"
)

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := naming.Parse("拉萨市藏医药资源保护与开发工程技术研究中心", naming.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCompose(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := naming.Compose(platform.KeyLaboratory, "高原心脑血管病", naming.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := naming.Check("拉萨市藏医药资源保护与开发工程技术研究中心", naming.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
