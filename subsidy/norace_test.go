//go:build !race

package subsidy_test

// raceEnabled: the test binary is built with -race.
const raceEnabled = false
