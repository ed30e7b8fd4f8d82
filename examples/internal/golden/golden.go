// Package golden compares an example program's output with its golden file, for the
// programs' tests. It registers the -update flag, which rewrites the files instead.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Update is the -update flag: rewrite the golden files in testdata.
var Update = flag.Bool("update", false, "rewrite the golden files in testdata")

var fingerprint = regexp.MustCompile(`sha256:[0-9a-f]+`)

// Check compares got with testdata/name.golden, or with -update writes it there.
// Fingerprints change whenever a package's parameter table changes shape; the golden files
// pin the program's output, not the library's tables, so they are compared without them.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *Update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run the test with -update to create it")
	assert.Equal(t, string(fingerprint.ReplaceAll(want, []byte("sha256:…"))), string(fingerprint.ReplaceAll(got, []byte("sha256:…"))),
		"output differs from %s (run with -update after checking the change)", path)
}
