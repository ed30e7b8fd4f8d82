package eligibility_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
)

func TestSmoke(t *testing.T) {
	for _, ty := range platform.Types() {
		res, err := eligibility.Check(eligibility.Application{Type: ty, Date: platform.MustDate(2025, 3, 1)}, eligibility.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Findings) == 0 {
			t.Fatal(ty)
		}
		for _, f := range res.Findings {
			t.Log(f.Chinese())
		}
	}
}
