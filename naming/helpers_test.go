package naming_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/naming"
	"github.com/stretchr/testify/assert"
)

// flatten returns every *platform.Error in err, walking joined errors.
func flatten(err error) []*platform.Error {
	var out []*platform.Error
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		var pe *platform.Error
		if errors.As(e, &pe) {
			out = append(out, pe)
		}
	}
	walk(err)
	return out
}

// want is one expected problem.
type want struct {
	rule  string
	kind  platform.Kind
	field string
	input string
}

// expectProblem checks that err holds a *platform.Error with the given rule as cause,
// kind, field and input; op is checked too.
func expectProblem(t *testing.T, err error, op string, w want) {
	t.Helper()
	if !assert.Error(t, err, "want %s at %s", w.rule, w.field) {
		return
	}
	assert.ErrorIs(t, err, naming.Violation(w.rule))
	assert.ErrorIs(t, err, w.kind)
	for _, e := range flatten(err) {
		if errors.Is(e.Err, naming.Violation(w.rule)) && e.Field == w.field && e.Input == w.input && e.Kind == w.kind {
			assert.Equal(t, op, e.Op, "op")
			return
		}
	}
	assert.Fail(t, "the problem is missing", "no problem {%s %v %s %q} in %v", w.rule, w.kind, w.field, w.input, err)
}
