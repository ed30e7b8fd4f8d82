package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/lifecycle"
)

// The timeline's eligibility line never says "no ban" where MayApply could not tell
// (第二十四条、第二十五条; a date after the as-of date whose later events could not be replayed).
func TestEligibilityLineFollowsMayApply(t *testing.T) {
	on := platform.MustDate(2027, 3, 1)
	st := &lifecycle.State{LaterUnknown: true}
	rows := []struct {
		name string
		perm lifecycle.Permission
		zh   string
	}{
		{"MayApply Unknown beyond the as-of date: eligibility's ban rows are Unknown, not a pass (第二十四条、第二十五条)",
			lifecycle.Permission{Type: platform.KeyLaboratory, On: on, Outcome: platform.Unknown},
			"eligibility（依 EligibilityBans）：截止日之后的事件无法重放，是否有禁止申请情形不明。"},
		{"MayApply Pass with no ban recorded: eligibility finds no ban (第二十四条、第二十五条)",
			lifecycle.Permission{Type: platform.KeyLaboratory, On: on, Outcome: platform.Pass, May: true},
			"eligibility（依 EligibilityBans）：无禁止申请情形。"},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			assert.Equal(t, r.zh, eligibilityLine(st, r.perm, cli.Zh))
		})
	}
}
