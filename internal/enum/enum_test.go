package enum_test

import (
	"testing"

	"github.com/lhasa-sti/platform/internal/enum"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type tint uint8

type badInput struct{ op, field, input string }

func (e badInput) Error() string { return e.op + ": " + e.field + ": " + e.input }

func invalid(op, field, input string) error { return badInput{op, field, input} }

// TestNames proves the helper's contract on a small table: the valid range from First, the
// %!Type(n) form, the words, the spellings in order (codes, Chinese unless CodesOnly,
// aliases), untrimmed lookup and trimmed parsing, and the errors' operations and inputs.
func TestNames(t *testing.T) {
	n := enum.New(enum.Table[tint]{Type: "Tint", Pkg: "paint", Field: "tint", First: 1,
		Codes:   []string{"", "red", "blue"},
		Zh:      []string{"", "红", "蓝"},
		En:      []string{"", "red", "blue"},
		Aliases: []enum.Alias[tint]{{Spelling: "赤", Value: 1}},
		Invalid: invalid,
	})
	assert.Equal(t, []tint{1, 2}, n.Values())
	assert.False(t, n.Valid(0), "0 is below First")
	assert.True(t, n.Valid(2))
	assert.False(t, n.Valid(3), "3 is past the codes")
	assert.Equal(t, "%!Tint(3)", n.String(3))
	assert.Equal(t, "blue", n.String(2))
	assert.Equal(t, "蓝", n.Chinese(2))
	assert.Equal(t, "", n.Chinese(0))
	assert.Equal(t, "blue", n.English(2))
	assert.Equal(t, "", n.English(9))
	for in, want := range map[string]tint{"red": 1, "红": 1, "赤": 1, "blue": 2, "蓝": 2} {
		v, ok := n.Lookup(in)
		assert.True(t, ok, in)
		assert.Equal(t, want, v, in)
	}
	_, ok := n.Lookup(" red")
	assert.False(t, ok, "Lookup trims nothing")
	v, err := n.ParseTrimmed(" 蓝\t")
	require.NoError(t, err)
	assert.Equal(t, tint(2), v)
	_, err = n.ParseTrimmed(" green ")
	assert.Equal(t, badInput{"paint.ParseTint", "tint", " green "}, err, "the error names the input as given")
	_, err = n.Parse("")
	assert.Equal(t, badInput{"paint.ParseTint", "tint", ""}, err)
	b, err := n.Marshal(1)
	require.NoError(t, err)
	assert.Equal(t, "red", string(b))
	_, err = n.Marshal(0)
	assert.Equal(t, badInput{"paint.Tint.MarshalText", "tint", "0"}, err)
}

// TestNamesCodesOnly: a table with CodesOnly parses codes and aliases, not words; one
// without words answers "" for them; First 0 makes the zero value a value; ParseOp names
// the parse error's operation.
func TestNamesCodesOnly(t *testing.T) {
	n := enum.New(enum.Table[tint]{Type: "Tint", Pkg: "paint", Field: "tint", First: 0,
		ParseOp:   "paint.Tint.UnmarshalText",
		Codes:     []string{"none", "red"},
		Zh:        []string{"无", "红"},
		CodesOnly: true,
		Invalid:   invalid,
	})
	assert.Equal(t, []tint{0, 1}, n.Values())
	assert.Equal(t, "none", n.String(0))
	assert.Equal(t, "", n.English(1), "no English words")
	_, ok := n.Lookup("红")
	assert.False(t, ok, "the Chinese words are not spellings")
	v, err := n.Parse("red")
	require.NoError(t, err)
	assert.Equal(t, tint(1), v)
	_, err = n.Parse("红")
	assert.Equal(t, badInput{"paint.Tint.UnmarshalText", "tint", "红"}, err)
}

// TestNewRejectsInconsistentTables: words lists of another length than the codes, or no
// error constructor, are a mistake in a library literal, caught when the package loads.
func TestNewRejectsInconsistentTables(t *testing.T) {
	for name, tab := range map[string]enum.Table[tint]{
		"fewer Chinese words than codes": {Type: "C", Codes: []string{"", "a"}, Zh: []string{""}, Invalid: invalid},
		"more English words than codes":  {Type: "C", Codes: []string{"", "a"}, En: []string{"", "a", "b"}, Invalid: invalid},
		"no error constructor":           {Type: "C", Codes: []string{"", "a"}},
	} {
		assert.Panics(t, func() { enum.New(tab) }, name)
	}
	assert.NotPanics(t, func() { enum.New(enum.Table[tint]{Type: "C", Codes: []string{"a"}, Invalid: invalid}) })
}
