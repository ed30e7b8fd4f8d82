package apps_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform/examples/internal/apps"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/sample"

	"github.com/stretchr/testify/require"
)

func TestSample(t *testing.T) {
	items, errs := apps.Read("sample", sample.Applications(), nil)
	if len(errs) != 0 || len(items) != 4 {
		t.Fatalf("Read(sample) = %d items, %v", len(items), errs)
	}
	if items[0].Line != 2 || items[3].Index != 4 || items[1].App.Applicant.Name == "" {
		t.Errorf("items: line %d, index %d", items[0].Line, items[3].Index)
	}
}

func TestErrorText(t *testing.T) {
	_, errs := apps.Read("a.json", []byte("[\n{\"type\":\"key_laboratory\"},\n{\"typo\":1}\n]"), nil)
	require.Len(t, errs, 1, "errors")
	if zh := errs[0].Text(cli.Zh); !strings.Contains(zh, "a.json:3") || !strings.Contains(zh, "第2份申请") {
		t.Errorf("Chinese text: %s", zh)
	}
	if en := errs[0].Error(); !strings.Contains(en, "(application 2)") || !strings.Contains(en, "typo") {
		t.Errorf("English text: %s", en)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample.Applications())
	f.Add([]byte(`{"type":"key_laboratory","date":"2025-03-01"}`))
	f.Add([]byte(`[{"type":"field_station"}, 1]`))
	f.Add([]byte(`[`))
	f.Add([]byte(" "))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, errs := apps.Read("f.json", data, nil)
		if len(errs) > 0 && items != nil {
			t.Fatal("items returned with errors")
		}
		if len(errs) == 0 && len(items) == 0 {
			t.Fatal("neither items nor errors")
		}
		for i, it := range items {
			if it.Index != i+1 || it.Line < 1 {
				t.Fatalf("item %d: index %d line %d", i, it.Index, it.Line)
			}
		}
	})
}

// A value its own decoder refuses (a decimal, a date, a code, an enumeration, inside an
// optional fact or a list) is named by its JSON path, and placed at its line and column.
func TestErrorNamesTheField(t *testing.T) {
	for _, tc := range []struct {
		name, json, field string
		line, col         int
	}{
		{"an area that is not a number", "{\"type\":\"key_laboratory\",\n \"key_laboratory\": {\"lab_area\": \"abc\"}}", "key_laboratory.lab_area", 2, 33},
		{"an amount in a wrong notation", `{"key_laboratory":{"equipment_value":"1e3"}}`, "key_laboratory.equipment_value", 1, 38},
		{"a count given as text, inside an optional fact", `{"key_laboratory":{"team_size":"twenty"}}`, "key_laboratory.team_size", 1, 32},
		{"a date that does not exist", `{"date":"2025-13-01"}`, "date", 1, 9},
		{"a credit code too short", `{"applicant":{"credit_code":"123"}}`, "applicant.credit_code", 1, 29},
		{"an enumeration's unknown code", `{"applicant":{"kind":"x"}}`, "applicant.kind", 1, 22},
		{"a bad date in a list of dates", `{"key_laboratory":{"papers":["2024-01-01","x"]}}`, "key_laboratory.papers[1]", 1, 43},
		{"a bad key of an element of an optional list", `{"bans":[{"article":"第二十四条"},{"article":"x"}]}`, "bans[1].article", 1, 51}, // columns count bytes, as for every error of the reader
		{"a bad reviewer's outcome", `{"reviews":[{"outcome":"maybe"}]}`, "reviews[0].outcome", 1, 24},
		{"a key in another case, as encoding/json matches it", `{"Key_Laboratory":{"Lab_Area":"x"}}`, "Key_Laboratory.Lab_Area", 1, 31},
		{"a misspelled key", `{"key_laboratory":{"lab_areas":"1"}}`, "key_laboratory.lab_areas", 1, 32},
		{"a misspelled key in an element of an optional list, which its own decoder would ignore",
			`{"bans":[{"article":"第二十四条","frm":"2024-01-01"}]}`, "bans[0].frm", 1, 45},
		{"a misspelled key after a value refused: the value, which ends the decoding", `{"date":"x","nope":1}`, "date", 1, 9},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := apps.Read("a.json", []byte(tc.json), nil)
			require.Len(t, errs, 1)
			e := errs[0]
			require.Equal(t, tc.field, e.Field)
			require.Equal(t, []int{tc.line, tc.col}, []int{e.Line, e.Col})
			require.Contains(t, e.Text(cli.Zh), fmt.Sprintf("a.json:%d:%d（第1份申请）: %s: ", tc.line, tc.col, tc.field))
			require.Contains(t, e.Error(), fmt.Sprintf("a.json:%d:%d (application 1): %s: ", tc.line, tc.col, tc.field))
		})
	}
	// Broken JSON names its place itself: no field is guessed.
	_, errs := apps.Read("a.json", []byte(`{"date": }`), nil)
	require.Len(t, errs, 1)
	require.Empty(t, errs[0].Field)
	// Every key known, every value good: read.
	items, errs := apps.Read("a.json", []byte(`{"type":"key_laboratory","date":"2025-03-01","bans":[{"article":"第二十四条","from":"2024-01-01","last_day":"2026-01-01"}]}`), nil)
	require.Empty(t, errs)
	require.Len(t, items, 1)
}
