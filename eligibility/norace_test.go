//go:build !race

package eligibility_test

// raceEnabled: the test binary is built with -race.
const raceEnabled = false
