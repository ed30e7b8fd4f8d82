package platform_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
)

func TestErrorText(t *testing.T) {
	cause := errors.New("json: unsupported type")
	rows := []struct {
		name string
		err  *platform.Error
		want string
	}{
		{"op, field, kind and quoted input", &platform.Error{Op: "eligibility.Check", Kind: platform.ErrRange, Field: "staff.senior", Input: "-1"},
			`eligibility.Check: staff.senior: out of range: "-1"`},
		{"the cause comes last", platform.NewError("platform.Fingerprint", platform.ErrInvalid, "table", "", cause),
			`platform.Fingerprint: table: invalid input: json: unsupported type`},
		{"field and input may be left out", &platform.Error{Op: "lifecycle.Replay", Kind: platform.ErrMissing},
			`lifecycle.Replay: missing`},
		{"input is quoted so that Chinese and spaces are visible", &platform.Error{Op: "platform.ParseType", Kind: platform.ErrInvalid, Field: "type", Input: "重点 实验室"},
			`platform.ParseType: type: invalid input: "重点 实验室"`},
		{"a duplicate", &platform.Error{Op: "p.F", Kind: platform.ErrDuplicate}, `p.F: duplicate`},
		{"out of order", &platform.Error{Op: "p.F", Kind: platform.ErrOrder}, `p.F: out of order`},
		{"actor not allowed", &platform.Error{Op: "p.F", Kind: platform.ErrActor}, `p.F: actor not allowed`},
		{"outside the calendar", &platform.Error{Op: "p.F", Kind: platform.ErrCalendar}, `p.F: outside the calendar`},
		{"inconsistent input", &platform.Error{Op: "p.F", Kind: platform.ErrConflict}, `p.F: inconsistent input`},
		{"not allowed in this state", &platform.Error{Op: "p.F", Kind: platform.ErrState}, `p.F: not allowed in this state`},
		{"a kind never defined is named by number", &platform.Error{Op: "p.F", Kind: platform.Kind(0)}, `p.F: platform: error kind 0`},
		{"a kind beyond the set is named by number", &platform.Error{Op: "p.F", Kind: platform.Kind(10)}, `p.F: platform: error kind 10`},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.err.Error())
		})
	}
}

func TestErrorIs(t *testing.T) {
	cause := errors.New("boom")
	e := platform.NewError("eligibility.Check", platform.ErrRange, "area", "-5", cause)
	rows := []struct {
		name   string
		err    error
		target error
		want   bool
	}{
		{"an error is its own kind", e, platform.ErrRange, true},
		{"an error is not another kind", e, platform.ErrInvalid, false},
		{"the kind is found through fmt.Errorf wrapping", fmt.Errorf("check: %w", e), platform.ErrRange, true},
		{"the cause is found through Unwrap", e, cause, true},
		{"another error is not matched", e, errors.New("boom"), false},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, errors.Is(tc.err, tc.target))
		})
	}
	assert.Equal(t, cause, e.Unwrap())
	var pe *platform.Error
	assert.True(t, errors.As(fmt.Errorf("x: %w", e), &pe))
	assert.Equal(t, "area", pe.Field)
	var k platform.Kind
	assert.True(t, errors.As(platform.ErrMissing, &k), "a Kind is itself an error")
	assert.Equal(t, platform.ErrMissing, k)
}

func TestProblems(t *testing.T) {
	t.Run("no problems is a nil error", func(t *testing.T) {
		var p platform.Problems
		assert.Equal(t, 0, p.Len())
		assert.True(t, p.Err() == nil)
		p.Add(nil)
		assert.Equal(t, 0, p.Len(), "a nil error is ignored")
		assert.True(t, p.Err() == nil)
	})
	t.Run("one problem is returned as it is", func(t *testing.T) {
		var p platform.Problems
		e := platform.NewError("a.B", platform.ErrMissing, "date", "", nil)
		p.Add(e)
		assert.Equal(t, 1, p.Len())
		var pe *platform.Error
		assert.True(t, errors.As(p.Err(), &pe) && pe == e, "the same *Error")
		assert.Equal(t, e.Error(), p.Err().Error(), "not wrapped")
	})
	t.Run("several problems are joined and each kind is found", func(t *testing.T) {
		var p platform.Problems
		p.Add(platform.NewError("a.B", platform.ErrMissing, "date", "", nil))
		p.Addf("a.B", platform.ErrRange, "area", "-5")
		p.Add(nil)
		p.Addf("a.B", platform.ErrDuplicate, "id", "x")
		assert.Equal(t, 3, p.Len())
		err := p.Err()
		assert.Equal(t, "a.B: date: missing\na.B: area: out of range: \"-5\"\na.B: id: duplicate: \"x\"", err.Error())
		assert.True(t, errors.Is(err, platform.ErrMissing))
		assert.True(t, errors.Is(err, platform.ErrRange))
		assert.True(t, errors.Is(err, platform.ErrDuplicate))
		assert.True(t, !errors.Is(err, platform.ErrOrder))
		var pe *platform.Error
		assert.True(t, errors.As(err, &pe))
		assert.Equal(t, "date", pe.Field, "errors.As finds the first")
	})
}
