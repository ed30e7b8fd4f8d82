package calendar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
)

// year2029 is operator data for a test: a hypothetical 2029 arrangement, not a fact.
func year2029() calendar.YearData {
	return calendar.YearData{
		Year: 2029,
		National: calendar.Arrangement{
			Known: true, Notice: "test notice 2029", Issuer: "国务院办公厅",
			Holidays: []calendar.Period{{Name: "元旦", From: md("2029-01-01"), To: md("2029-01-03")}},
			WorkDays: mds("2029-01-09"),
		},
		TibetanNewYear: calendar.Arrangement{Window: &platform.Window{From: md("2029-02-01"), To: md("2029-03-20")}},
		Shoton:         calendar.Arrangement{Window: &platform.Window{From: md("2029-07-20"), To: md("2029-09-10")}},
	}
}

// TestWithYear proves that operators add a year as data.
func TestWithYear(t *testing.T) {
	const rule = "lifecycle.calendar.13.5.working_days"
	base := calendar.Default()
	cal, err := base.WithYear(year2029())
	if err != nil {
		t.Fatalf("WithYear(2029) error %v", err)
	}
	if base.Known(2029, calendar.National) {
		t.Error("WithYear changed the calendar it was called on")
	}
	if !cal.Known(2029, calendar.National) || cal.Known(2029, calendar.TibetanNewYear) {
		t.Error("Known after WithYear(2029) is wrong")
	}
	if cal.Fingerprint() == base.Fingerprint() {
		t.Error("the fingerprint did not change with the data")
	}
	// 2028-12-28 (Thu): 12-29 (Fri; 2028 counted provisionally), 12-30/31 weekend, then
	// 2029-01-01..03 off, 01-04, 01-05, 01-08, 01-09 (a working day anyway) → Last 01-09,
	// flagged for 2028 only.
	r, err := cal.AddWorkingDays(md("2028-12-28"), 5, calendar.Options{})
	if err != nil || r.Last != md("2029-01-09") || len(r.Unconfirmed) != 1 || r.Unconfirmed[0].Year != 2028 || !r.Unconfirmed[0].Provisional {
		t.Errorf("across 2029 added as data: Last = %s, %v, %v, want 2029-01-09 flagged for 2028 (%s)", r.Last, r.Unconfirmed, err, rule)
	}
	// Confirming 藏历新年 2024 (hypothetical dates for the test) removes the flag.
	y, _ := cal.Year(2024)
	y.TibetanNewYear = calendar.Arrangement{Known: true, Notice: "test notice 2024", Issuer: "拉萨市人民政府办公室",
		Holidays: []calendar.Period{{Name: "藏历新年", From: md("2024-02-18"), To: md("2024-02-20")}}}
	cal2, err := cal.WithYear(y)
	if err != nil {
		t.Fatalf("WithYear(2024) error %v", err)
	}
	// 2024-02-07: 02-08, 02-09, 02-18 (Sun, adjusted work day, but a Lhasa holiday now: off wins),
	// 02-19, 02-20 off; 02-21, 02-22, 02-23 → Last 02-23.
	r, err = cal2.AddWorkingDays(md("2024-02-07"), 5, calendar.Options{Strict: true})
	if err != nil || r.Last != md("2024-02-23") || !r.Confirmed() {
		t.Errorf("with 藏历新年 2024 confirmed: %s, %v, %v, want 2024-02-23 confirmed (%s)", r.Last, r.Unconfirmed, err, rule)
	}
	if _, err := cal.WithYear(calendar.YearData{Year: 2030}); !errors.Is(err, platform.ErrMissing) {
		t.Errorf("WithYear of a year without windows: %v, want ErrMissing", err)
	}
	// A year may be held with its national arrangement unknown: it is counted provisionally,
	// with the year's own Lhasa windows instead of the default ones.
	unknown := year2029()
	unknown.Year, unknown.National = 2030, calendar.Arrangement{}
	unknown.TibetanNewYear.Window = &platform.Window{From: md("2030-02-01"), To: md("2030-03-20")}
	unknown.Shoton.Window = &platform.Window{From: md("2030-07-20"), To: md("2030-09-10")}
	cal3, err := cal.WithYear(unknown)
	if err != nil {
		t.Fatalf("WithYear(2030 unknown) error %v", err)
	}
	_, st, err := cal3.IsWorkingDay(md("2030-03-01"))
	if err != nil || len(st.Unconfirmed) != 2 || !st.Unconfirmed[0].Provisional || st.Unconfirmed[1].Window.To != md("2030-03-20") {
		t.Errorf("IsWorkingDay in a held year with unknown national arrangement: %+v, %v", st, err)
	}
	if got := cal3.Years(); len(got) != 7 || got[6] != 2030 {
		t.Errorf("Years() = %v", got)
	}
	if _, err := calendar.New(year2029(), year2029()); !errors.Is(err, platform.ErrDuplicate) {
		t.Errorf("New with a year twice: %v, want ErrDuplicate", err)
	}
}

// TestValidate proves every check of YearData.Validate.
func TestValidate(t *testing.T) {
	w := func(from, to string) *platform.Window { return &platform.Window{From: md(from), To: md(to)} }
	tests := []struct {
		name   string
		rule   string
		change func(y *calendar.YearData)
		kind   platform.Kind
	}{
		{"年份为0是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.Year = 0 }, platform.ErrRange},
		{"已知安排缺少通知文号是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.Notice = "" }, platform.ErrMissing},
		{"已知安排带有未确认窗口是矛盾", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.Window = w("2029-01-01", "2029-01-02") }, platform.ErrConflict},
		{"未知安排列出假日是矛盾", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) {
			y.Shoton.Holidays = []calendar.Period{{Name: "雪顿节", From: md("2029-08-01"), To: md("2029-08-07")}}
		}, platform.ErrConflict},
		{"未知的全国安排带窗口是矛盾", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) {
			y.National = calendar.Arrangement{Window: w("2029-01-01", "2029-01-02")}
		}, platform.ErrConflict},
		{"未确认的藏历新年缺少窗口是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.TibetanNewYear.Window = nil }, platform.ErrMissing},
		{"窗口缺少日期是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.Shoton.Window = &platform.Window{From: md("2029-08-01")} }, platform.ErrMissing},
		{"窗口结束早于开始是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.Shoton.Window = w("2029-08-10", "2029-08-01") }, platform.ErrOrder},
		{"窗口超出本年是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.Shoton.Window = w("2029-12-20", "2030-01-05") }, platform.ErrRange},
		{"假日缺少名称是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.Holidays[0].Name = "" }, platform.ErrMissing},
		{"假日缺少日期是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.Holidays[0].To = platform.Date{} }, platform.ErrMissing},
		{"假日结束早于开始是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) {
			y.National.Holidays[0].From, y.National.Holidays[0].To = md("2029-01-03"), md("2029-01-01")
		}, platform.ErrOrder},
		{"全国假日早于上年12月是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.Holidays[0].From = md("2028-11-30") }, platform.ErrRange},
		{"拉萨假日不得跨入上年", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) {
			y.TibetanNewYear = calendar.Arrangement{Known: true, Notice: "n", Holidays: []calendar.Period{{Name: "藏历新年", From: md("2028-12-31"), To: md("2029-01-02")}}}
		}, platform.ErrRange},
		{"假日重叠是重复", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) {
			y.National.Holidays = append(y.National.Holidays, calendar.Period{Name: "又一个", From: md("2029-01-03"), To: md("2029-01-04")})
		}, platform.ErrDuplicate},
		{"调休上班日缺少日期是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.WorkDays = []platform.Date{{}} }, platform.ErrMissing},
		{"调休上班日超出本年是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.WorkDays = mds("2030-01-01") }, platform.ErrRange},
		{"调休上班日重复是错误", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.WorkDays = mds("2029-01-09", "2029-01-09") }, platform.ErrDuplicate},
		{"调休上班日在同一安排的假日中是矛盾", "lifecycle.calendar.13.5.working_day", func(y *calendar.YearData) { y.National.WorkDays = mds("2029-01-02") }, platform.ErrConflict},
	}
	ok := year2029()
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid year: %v", err)
	}
	if err := (calendar.YearData{Year: 2029, TibetanNewYear: ok.TibetanNewYear, Shoton: ok.Shoton}).Validate(); err != nil {
		t.Errorf("a year with an unknown national arrangement and regional windows is valid: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y := year2029()
			tt.change(&y)
			err := y.Validate()
			if !errors.Is(err, tt.kind) {
				t.Errorf("Validate() = %v, want %v (%s)", err, tt.kind, tt.rule)
			}
			var pe *platform.Error
			if !errors.As(err, &pe) || pe.Op != "calendar.YearData.Validate" || pe.Field == "" {
				t.Errorf("error %v does not name the op and field", err)
			}
			if _, err := calendar.New(y); !errors.Is(err, tt.kind) || !errors.Is(err, platform.ErrInvalid) {
				t.Errorf("New() = %v, want %v", err, tt.kind)
			}
			if c, err := calendar.Default().WithYear(y); !errors.Is(err, tt.kind) || c.Known(2029, calendar.National) {
				t.Errorf("WithYear() = %v, want %v and the calendar unchanged", err, tt.kind)
			}
		})
	}
	if err := (calendar.Default()).Years(); len(err) != 5 {
		t.Errorf("the default data validates: %v", err)
	}
}

// TestJSON proves the data round-trips JSON with snake_case names and ISO dates.
func TestJSON(t *testing.T) {
	cal := calendar.Default()
	b, err := json.Marshal(cal)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"years":[`, `"year":2023`, `"tibetan_new_year":{`, `"work_days":["2023-01-28"`,
		`"from":"2022-12-31","to":"2023-01-02"`, `"notice":"国办发明电〔2022〕16号"`, `"window":{"from":"2024-01-25","to":"2024-03-20"}`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	var back calendar.Calendar
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	if back.Fingerprint() != cal.Fingerprint() {
		t.Errorf("fingerprint after round trip %s, want %s", back.Fingerprint(), cal.Fingerprint())
	}
	b2, _ := json.Marshal(back)
	if diff := cmp.Diff(string(b), string(b2)); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	y := year2029()
	yb, err := json.Marshal(y)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"year":2029,"national":{"known":true,"notice":"test notice 2029","issuer":"国务院办公厅","issued":null,` +
		`"holidays":[{"name":"元旦","from":"2029-01-01","to":"2029-01-03"}],"work_days":["2029-01-09"]},` +
		`"tibetan_new_year":{"known":false,"issued":null,"window":{"from":"2029-02-01","to":"2029-03-20"}},` +
		`"shoton":{"known":false,"issued":null,"window":{"from":"2029-07-20","to":"2029-09-10"}}}`
	if diff := cmp.Diff(want, string(yb)); diff != "" {
		t.Errorf("YearData JSON mismatch (-want +got):\n%s", diff)
	}
	var yback calendar.YearData
	if err := json.Unmarshal(yb, &yback); err != nil || yback.Validate() != nil {
		t.Fatalf("YearData round trip: %v", err)
	}
	if yback.National.Holidays[0].Window() != (platform.Window{From: md("2029-01-01"), To: md("2029-01-03")}) {
		t.Errorf("round trip lost the holiday: %+v", yback.National)
	}
	for _, bad := range []string{`{"years":[{"year":0}]}`, `{"years":"x"}`, `{"years":[{"year":2029,"national":{"known":true,"issued":"2029-13-01"}}]}`} {
		var c calendar.Calendar
		if err := json.Unmarshal([]byte(bad), &c); err == nil {
			t.Errorf("Unmarshal(%s) accepted bad data", bad)
		}
	}
}

func TestSourceAndKind(t *testing.T) {
	for _, tt := range []struct {
		s        calendar.Source
		code, zh string
		regional bool
	}{
		{calendar.National, "national", "全国年节", false},
		{calendar.TibetanNewYear, "tibetan_new_year", "藏历新年", true},
		{calendar.Shoton, "shoton", "雪顿节", true},
	} {
		if tt.s.String() != tt.code || tt.s.Chinese() != tt.zh || tt.s.Regional() != tt.regional || tt.s.English() == "" {
			t.Errorf("%d: %s %s %v", tt.s, tt.s, tt.s.Chinese(), tt.s.Regional())
		}
		for _, in := range []string{tt.code, tt.zh} {
			if got, err := calendar.ParseSource(in); err != nil || got != tt.s {
				t.Errorf("ParseSource(%q) = %v, %v", in, got, err)
			}
		}
		b, err := tt.s.MarshalText()
		var back calendar.Source
		if err != nil || back.UnmarshalText(b) != nil || back != tt.s {
			t.Errorf("text round trip of %s failed", tt.s)
		}
	}
	bad := calendar.Source(7)
	if bad.Valid() || bad.String() != "%!Source(7)" || bad.Chinese() != "" || bad.English() != "" {
		t.Errorf("invalid source renders %s", bad)
	}
	if _, err := bad.MarshalText(); !errors.Is(err, platform.ErrInvalid) {
		t.Errorf("MarshalText of invalid source: %v", err)
	}
	var s calendar.Source
	if err := s.UnmarshalText([]byte("losar")); !errors.Is(err, platform.ErrInvalid) {
		t.Errorf("UnmarshalText(losar): %v", err)
	}
	for k, want := range map[calendar.DayKind]string{calendar.Weekday: "weekday", calendar.Weekend: "weekend",
		calendar.Holiday: "holiday", calendar.AdjustedWorkDay: "adjusted_work_day"} {
		b, err := k.MarshalText()
		if k.String() != want || string(b) != want || err != nil || k.Chinese() == "" {
			t.Errorf("DayKind %d = %s", k, k)
		}
	}
	badK := calendar.DayKind(0)
	if badK.Valid() || badK.String() != "%!DayKind(0)" || badK.Chinese() != "" {
		t.Errorf("invalid kind renders %s", badK)
	}
	if _, err := badK.MarshalText(); err == nil {
		t.Error("MarshalText of invalid kind")
	}
	if got := (calendar.YearData{}).Of(calendar.Source(0)); got.Known || got.Notice != "" {
		t.Errorf("Of(invalid) = %+v", got)
	}
}

func TestNoteText(t *testing.T) {
	n := calendar.Note{Source: calendar.TibetanNewYear, Year: 2024, Window: platform.Window{From: md("2024-01-25"), To: md("2024-03-20")}}
	if got, want := n.Chinese(), "2024年藏历新年放假安排未确认（可能影响2024年1月25日至2024年3月20日）"; got != want {
		t.Errorf("Chinese() = %s, want %s", got, want)
	}
	if got, want := n.English(), "the 2024 Tibetan New Year arrangement is unconfirmed (may affect 2024-01-25 to 2024-03-20)"; got != want {
		t.Errorf("English() = %s, want %s", got, want)
	}
}

func TestRules(t *testing.T) {
	rs := calendar.Rules()
	want := map[string]platform.Citation{
		"lifecycle.calendar.13.5.working_days":        platform.Art(13, 5),
		"lifecycle.calendar.13.5.working_day":         platform.Art(13, 5),
		"lifecycle.calendar.civil_code.201.start_day": platform.CivilCode(201),
		"lifecycle.calendar.civil_code.203.roll":      platform.CivilCode(203),
	}
	if len(rs) != len(want) {
		t.Errorf("Rules() has %d rules, want %d", len(rs), len(want))
	}
	for _, r := range rs {
		c, ok := want[r.ID]
		if !ok || r.Cite != c || !r.Cite.Valid() || r.Zh == "" || r.En == "" || !strings.HasPrefix(r.ID, "lifecycle.calendar.") {
			t.Errorf("rule %+v", r)
		}
	}
	rs[0].ID = "changed"
	if calendar.Rules()[0].ID == "changed" {
		t.Error("Rules() is not a fresh copy")
	}
	if calendar.RuleWorkingDays != "lifecycle.calendar.13.5.working_days" || calendar.RuleRoll != "lifecycle.calendar.civil_code.203.roll" ||
		calendar.RuleStartDay != "lifecycle.calendar.civil_code.201.start_day" || calendar.RuleWorkingDay != "lifecycle.calendar.13.5.working_day" {
		t.Error("rule ID constants changed")
	}
}

// TestFindingsJSON proves a result marshals with its findings and edition.
func TestFindingsJSON(t *testing.T) {
	r, err := calendar.Default().AddWorkingDays(md("2024-02-07"), 5, calendar.Options{StartDayCounts: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"rule":"lifecycle.calendar.13.5.working_days"`, `"outcome":"unknown"`, `"start_day_counts":true`,
		`"fingerprint":"sha256:`, `"last":"2024-02-19"`, `2024年藏历新年放假安排未确认`, `"rule":"lifecycle.calendar.civil_code.201.start_day"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("result JSON lacks %s:\n%s", want, b)
		}
	}
}
