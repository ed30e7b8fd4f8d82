package platform_test

import (
	"reflect"

	"github.com/google/go-cmp/cmp"
)

// allFields lets go-cmp look inside the root package's opaque types (Date, CreditCode,
// Amount); decimals are compared with their own Equal method, so 200000 equals 200000.00.
// Tests compare with cmp.Diff and this option where a value holds a decimal or a type with
// an Equal method, and with testify's assert.Equal otherwise.
var allFields = cmp.Exporter(func(reflect.Type) bool { return true })
