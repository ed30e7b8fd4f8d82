package platform_test

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// allFields lets go-cmp look inside the root package's opaque types (Date, CreditCode,
// Amount); decimals are compared with their own Equal method, so 200000 equals 200000.00.
var allFields = cmp.Exporter(func(reflect.Type) bool { return true })

// eq reports a difference between want and got.
func eq(t testing.TB, want, got any, ctx ...any) {
	t.Helper()
	if d := cmp.Diff(want, got, allFields); d != "" {
		t.Errorf("%v (-want +got):\n%s", ctx, d)
	}
}

// truth reports a condition that does not hold.
func truth(t testing.TB, ok bool, ctx ...any) {
	t.Helper()
	if !ok {
		t.Errorf("not true: %v", ctx)
	}
}

// must stops the test on an unexpected error.
func must(t testing.TB, err error, ctx ...any) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error %v: %v", err, ctx)
	}
}
