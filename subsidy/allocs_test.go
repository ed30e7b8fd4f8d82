package subsidy_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPricesBuildNoTable: the table a schedule is indexed into stays in the caller's frame,
// so pricing a filing (第十五条), an upgrade (第十七条) or a cycle (第二十三条) under the default
// schedule allocates nothing; a replay prices every award it records. The race detector
// changes what allocates, so the test runs without it.
func TestPricesBuildNoTable(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts differ under the race detector")
	}
	s := subsidy.DefaultSchedule()
	rows := []struct {
		name  string
		price func() error
	}{
		{"第十五条 a filing", func() error { _, err := subsidy.Filing(s, platform.KeyLaboratory); return err }},
		{"第十七条 an upgrade to regional level", func() error {
			_, err := subsidy.Upgrade(s, platform.KeyLaboratory, subsidy.FiledAtCity, platform.City, platform.Regional, subsidy.Options{})
			return err
		}},
		{"第二十三条 a cycle graded 优秀", func() error {
			_, err := subsidy.Cycle(s, platform.KeyLaboratory, platform.Excellent, 1, subsidy.Options{})
			return err
		}},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			require.NoError(t, row.price())
			assert.Zero(t, testing.AllocsPerRun(100, func() { _ = row.price() }))
		})
	}
}
