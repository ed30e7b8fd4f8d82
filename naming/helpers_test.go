package naming_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/naming"
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
	if err == nil {
		t.Errorf("err = nil, want %s at %s", w.rule, w.field)
		return
	}
	if !errors.Is(err, naming.Violation(w.rule)) {
		t.Errorf("errors.Is(err, %s) = false; err = %v", w.rule, err)
	}
	if !errors.Is(err, w.kind) {
		t.Errorf("errors.Is(err, %v) = false; err = %v", w.kind, err)
	}
	for _, e := range flatten(err) {
		if errors.Is(e.Err, naming.Violation(w.rule)) && e.Field == w.field && e.Input == w.input && e.Kind == w.kind {
			if e.Op != op {
				t.Errorf("op = %q, want %q", e.Op, op)
			}
			return
		}
	}
	t.Errorf("no problem {%s %v %s %q} in %v", w.rule, w.kind, w.field, w.input, err)
}
