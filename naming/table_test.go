package naming_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/naming"
)

func TestDefaultTable(t *testing.T) {
	tb := naming.DefaultTable()
	if err := tb.Validate(); err != nil {
		t.Fatalf("DefaultTable().Validate() = %v", err)
	}
	if tb.MaxDirectionRunes != 30 {
		t.Errorf("MaxDirectionRunes = %d, want 30", tb.MaxDirectionRunes)
	}
	want := map[string]struct {
		typ         platform.Type
		def, listed bool
		cite        string
	}{
		"工程技术研究中心":  {platform.EngineeringCenter, true, true, "第十四条"},
		"野外科学观测研究站": {platform.FieldStation, true, true, "第十四条"},
		"重点实验室":     {platform.KeyLaboratory, true, true, "第十四条"},
		"技术创新中心":    {platform.InnovationCenter, true, true, "第十四条"},
		"临床医学研究中心":  {platform.ClinicalCenter, true, true, "第十四条"},
		"产业技术研究院":   {platform.NewRDInstitution, true, true, "第十四条"},
		"工业技术研究院":   {platform.NewRDInstitution, false, false, "附件·拉萨市新型研发机构 第一条"},
	}
	if len(tb.Suffixes) != len(want) {
		t.Errorf("%d suffix rows, want %d", len(tb.Suffixes), len(want))
	}
	for _, r := range tb.Suffixes {
		w, ok := want[r.Suffix]
		if !ok || r.Type != w.typ || r.Default != w.def || r.Listed != w.listed || r.Cite.String() != w.cite {
			t.Errorf("row %+v, want %+v", r, w)
		}
	}
	// A fresh copy: changing one does not change the next.
	tb.Suffixes[0].Suffix = "研究所"
	tb.MaxDirectionRunes = 5
	if again := naming.DefaultTable(); again.Suffixes[0].Suffix != "工程技术研究中心" || again.MaxDirectionRunes != 30 {
		t.Errorf("DefaultTable is shared: %+v", again)
	}
	if n, err := naming.Compose(platform.EngineeringCenter, "高原生命健康", naming.Options{}); err != nil || n.Suffix() != "工程技术研究中心" {
		t.Errorf("Compose after mutating a copy = %v, %v", n, err)
	}
}

func TestTable_JSON往返(t *testing.T) {
	tb := naming.DefaultTable()
	b, err := json.Marshal(tb)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"suffixes"`, `"max_direction_runes":30`, `"max_direction_note"`, `"type":"new_rd_institution"`, `"suffix":"工业技术研究院"`, `"default":false`, `"listed":false`, `"citation":"附件·拉萨市新型研发机构 第一条"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s: %s", key, b)
		}
	}
	var back naming.Table
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(tb, back); d != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", d)
	}
	if tb.Fingerprint() != back.Fingerprint() || !strings.HasPrefix(tb.Fingerprint(), "sha256:") {
		t.Errorf("fingerprints %q, %q", tb.Fingerprint(), back.Fingerprint())
	}
}

func TestTable_Validate(t *testing.T) {
	a14 := platform.Art(14)
	tests := []struct {
		name  string
		edit  func(*naming.Table)
		kind  platform.Kind
		field string
	}{
		{"未知类型", func(tb *naming.Table) { tb.Suffixes[0].Type = 0 }, platform.ErrInvalid, "suffixes[0].type"},
		{"空后缀", func(tb *naming.Table) { tb.Suffixes[2].Suffix = "" }, platform.ErrMissing, "suffixes[2].suffix"},
		{"后缀含非汉字", func(tb *naming.Table) { tb.Suffixes[2].Suffix = "Lab" }, platform.ErrInvalid, "suffixes[2].suffix"},
		{"后缀重复", func(tb *naming.Table) {
			tb.Suffixes = append(tb.Suffixes, naming.SuffixRow{Type: platform.KeyLaboratory, Suffix: "重点实验室", Cite: a14})
		}, platform.ErrDuplicate, "suffixes[7].suffix"},
		{"缺引用条款", func(tb *naming.Table) { tb.Suffixes[1].Cite = platform.Citation{} }, platform.ErrMissing, "suffixes[1].citation"},
		{"类型无默认后缀", func(tb *naming.Table) { tb.Suffixes[3].Default = false }, platform.ErrMissing, "suffixes"},
		{"类型有两个默认后缀", func(tb *naming.Table) { tb.Suffixes[6].Default, tb.Suffixes[6].Listed = true, true }, platform.ErrDuplicate, "suffixes"},
		{"默认后缀不是第十四条列举的", func(tb *naming.Table) { tb.Suffixes[5].Listed = false }, platform.ErrConflict, "suffixes[5].listed"},
		{"长度限度为0", func(tb *naming.Table) { tb.MaxDirectionRunes = 0 }, platform.ErrRange, "max_direction_runes"},
		{"长度限度201超过上限200", func(tb *naming.Table) { tb.MaxDirectionRunes = 201 }, platform.ErrRange, "max_direction_runes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := naming.DefaultTable()
			tc.edit(&tb)
			err := tb.Validate()
			found := false
			for _, e := range flatten(err) {
				if e.Kind == tc.kind && e.Field == tc.field && e.Op == "naming.Table.Validate" {
					found = true
				}
			}
			if !found {
				t.Errorf("Validate() = %v, want %v at %s", err, tc.kind, tc.field)
			}
			// Every entry point refuses a bad table.
			opts := naming.Options{Table: &tb}
			if _, err := naming.Compose(platform.KeyLaboratory, "高原", opts); !errors.Is(err, tc.kind) {
				t.Errorf("Compose with bad table err = %v", err)
			}
			if _, err := naming.ComposeSuffix(platform.KeyLaboratory, "重点实验室", "高原", opts); !errors.Is(err, tc.kind) {
				t.Errorf("ComposeSuffix with bad table err = %v", err)
			}
			if _, err := naming.Parse("拉萨市高原重点实验室", opts); !errors.Is(err, tc.kind) {
				t.Errorf("Parse with bad table err = %v", err)
			}
			if _, err := naming.Check("拉萨市高原重点实验室", opts); !errors.Is(err, tc.kind) {
				t.Errorf("Check with bad table err = %v", err)
			}
			if _, err := naming.Rename(naming.Name{}, "拉萨市高原重点实验室", opts); !errors.Is(err, tc.kind) {
				t.Errorf("Rename with bad table err = %v", err)
			}
		})
	}
	bounds := []struct {
		name string
		max  int
		ok   bool
	}{{"限度1：最小", 1, true}, {"限度200：最大", 200, true}, {"限度-1", -1, false}}
	for _, tc := range bounds {
		t.Run(tc.name, func(t *testing.T) {
			tb := naming.DefaultTable()
			tb.MaxDirectionRunes = tc.max
			if err := tb.Validate(); (err == nil) != tc.ok {
				t.Errorf("Validate() with max %d = %v, want ok=%v", tc.max, err, tc.ok)
			}
		})
	}
}

// TestOptions_另一长度限度 passes a table with a 10-character limit.
func TestOptions_另一长度限度(t *testing.T) {
	tb := naming.DefaultTable()
	tb.MaxDirectionRunes = 10
	opts := naming.Options{Table: &tb}
	tests := []struct {
		name string
		rule string
		dir  string
		ok   bool
	}{
		{"10个字：恰为界限", "naming.14.direction.length", "一二三四五六七八九十", true},
		{"11个字：超过", "naming.14.direction.length", "一二三四五六七八九十一", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := naming.Compose(platform.KeyLaboratory, tc.dir, opts)
			if (err == nil) != tc.ok || (!tc.ok && !errors.Is(err, naming.Violation(tc.rule))) {
				t.Errorf("Compose(%q) = %v, %v; want ok=%v (%s)", tc.dir, n, err, tc.ok, tc.rule)
			}
			_, err = naming.Parse(naming.Prefix+tc.dir+"重点实验室", opts)
			if (err == nil) != tc.ok {
				t.Errorf("Parse err = %v, want ok=%v", err, tc.ok)
			}
		})
	}
}
