package apps_test

import (
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
