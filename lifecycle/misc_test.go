package lifecycle_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

func TestValidity(t *testing.T) {
	published := func(s string) *platform.Edition {
		e := platform.DefaultEdition()
		e.Published = d(s)
		return &e
	}
	tests := []struct {
		name    string
		rule    string
		edition *platform.Edition
		outcome platform.Outcome
		outside []int
	}{
		{"发布日期未知：有效期未知", "lifecycle.29.validity", nil, platform.Unknown, nil},
		{"2024-01-01 发布：全部事件在有效期内", "lifecycle.29.validity", published("2024-01-01"), platform.Pass, nil},
		{"2025-01-06 发布：发布当日的申请在内，之前的通知在外", "lifecycle.29.validity", published("2025-01-06"), platform.Fail, []int{0}},
		{"2020-03-11 发布：期限 5 年止于 2025-03-11，其后的备案在外", "lifecycle.29.validity", published("2020-03-11"), platform.Fail, []int{7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(with(filingSteps()), d("2025-03-12"), lifecycle.Options{Edition: tt.edition})
			if err != nil {
				t.Fatal(err)
			}
			if st.Validity.Outcome != tt.outcome || !cmp.Equal(st.Validity.Outside, tt.outside) {
				t.Errorf("validity = %v %v, want %v %v (第二十九条)", st.Validity.Outcome, st.Validity.Outside, tt.outcome, tt.outside)
			}
		})
	}
}

func TestStateJSONIsStable(t *testing.T) {
	// rule: lifecycle.13.5.filing — the same history gives byte-identical JSON.
	h := filed(report("2025-11-01", 2025), graded("2028-04-10", platform.Poor, 1), ev("2029-03-01", lifecycle.RecheckFailed, lifecycle.CitySTB))
	a, err := lifecycle.Replay(h, d("2029-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := lifecycle.Replay(h, d("2029-12-31"), lifecycle.Options{})
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Error("two replays marshal differently")
	}
	var generic map[string]any
	if err := json.Unmarshal(ja, &generic); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"organisation", "as_of", "platforms", "awards", "bans", "blacklist", "entries", "findings", "validity", "options", "edition"} {
		if _, ok := generic[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	for _, want := range []string{`"stage":"removed"`, `"kind":"removal"`, `"last_day":"2032-03-01"`, `"status":"submitted"`, `"scope":"organisation"`, `"rule":"lifecycle.24.removal_ban"`} {
		if !strings.Contains(string(ja), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
	empty, err := lifecycle.Replay(lifecycle.History{Organisation: org}, d("2025-01-01"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	je, _ := json.Marshal(empty)
	for _, want := range []string{`"platforms":[]`, `"awards":[]`, `"bans":[]`, `"blacklist":[]`, `"entries":[]`} {
		if !strings.Contains(string(je), want) {
			t.Errorf("empty state JSON lacks %s: %s", want, je)
		}
	}
}

func TestTimeline(t *testing.T) {
	st, err := lifecycle.Replay(filed(ev("2026-05-06", lifecycle.Withdrawal, lifecycle.CitySTB)), d("2026-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := st.Timeline()
	if len(rows) != len(st.Entries)+len(st.Findings) {
		t.Fatalf("%d rows, want %d", len(rows), len(st.Entries)+len(st.Findings))
	}
	last := rows[len(st.Entries)-1]
	if last.Date != d("2026-05-06") || last.Event != "中途退出评估" || last.Cite.String() != "第二十四条" || last.Outcome != platform.Fail ||
		!strings.Contains(last.Consequence, "不再列入") || last.ConsequenceEn == "" {
		t.Errorf("withdrawal row = %+v (rule lifecycle.24.removal_ban)", last)
	}
	rec := rows[2]
	if rec.Event != "审核后报送（推荐）" || !strings.Contains(rec.Consequence, "第十三条（二）") || !strings.Contains(rec.ConsequenceEn, "Art. 13(2)") {
		t.Errorf("recommendation row = %+v (rule lifecycle.13.2.recommendation)", rec)
	}
	if as := rows[len(rows)-1]; as.Date != d("2026-12-31") || as.Event != "截至日" {
		t.Errorf("last row = %+v, want the as-of findings", as)
	}
}

func TestRules(t *testing.T) {
	rules := lifecycle.Rules()
	seen := map[string]bool{}
	for _, r := range rules {
		if !strings.HasPrefix(r.ID, "lifecycle.") || seen[r.ID] || r.Zh == "" || r.En == "" || !r.Cite.Valid() || r.Cite.IsZero() {
			t.Errorf("bad rule %+v", r)
		}
		seen[r.ID] = true
	}
	rules[0].ID = "changed"
	if lifecycle.Rules()[0].ID == "changed" {
		t.Error("Rules returns a shared slice")
	}
	for _, id := range []string{"lifecycle.6.actors", "lifecycle.12.one_at_a_time", "lifecycle.24.rectification_deadline", "lifecycle.29.validity"} {
		if !seen[id] {
			t.Errorf("rule %s missing", id)
		}
	}
}

func TestParameters(t *testing.T) {
	p := lifecycle.DefaultParameters()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"notice_working_days"`, `"annual_report_due"`, `"evaluation_cycle"`, `"rectification_max"`, `"removal_ban"`, `"fraud_ban"`, `"delisting_ban"`} {
		if !bytes.Contains(b, []byte(k)) {
			t.Errorf("JSON lacks %s", k)
		}
	}
	var q lifecycle.Parameters
	if err := json.Unmarshal(b, &q); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, q); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	tests := []struct {
		name  string
		rule  string
		edit  func(*lifecycle.Parameters)
		field string
	}{
		{"公示工作日为 0", "lifecycle.13.5.notice_working_days", func(p *lifecycle.Parameters) { p.NoticeWorkingDays.Value = 0 }, "notice_working_days.value"},
		{"公示单位不是工作日", "lifecycle.13.5.notice_working_days", func(p *lifecycle.Parameters) { p.NoticeWorkingDays.Unit = platform.DayUnit }, "notice_working_days.unit"},
		{"报告日 11月31日不存在", "lifecycle.20.annual_report", func(p *lifecycle.Parameters) { p.AnnualReportDue.Day = 31 }, "annual_report_due"},
		{"周期为 0", "lifecycle.22.cycle", func(p *lifecycle.Parameters) { p.EvaluationCycle.Value = platform.Span{} }, "evaluation_cycle.value"},
		{"整改期限为负", "lifecycle.24.rectification_deadline", func(p *lifecycle.Parameters) { p.RectificationMax.Value = platform.Years(-1) }, "rectification_max.value"},
		{"禁止期过长", "lifecycle.24.removal_ban", func(p *lifecycle.Parameters) { p.RemovalBan.Value = platform.Years(2000) }, "removal_ban.value"},
		{"缺引用条款", "lifecycle.25.fraud_ban", func(p *lifecycle.Parameters) { p.FraudBan.Cite = platform.Citation{} }, "fraud_ban.citation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := lifecycle.DefaultParameters()
			tt.edit(&p)
			err := p.Validate()
			var pe *platform.Error
			if !errors.As(err, &pe) || pe.Field != tt.field {
				t.Errorf("Validate = %v, want an error on %s (%s)", err, tt.field, tt.rule)
			}
		})
	}
	// 2月29日 as a report day falls back to 2月28日 in a common year.
	leap := lifecycle.DefaultParameters()
	leap.AnnualReportDue.Month, leap.AnnualReportDue.Day = 2, 29
	st, err := lifecycle.Replay(filed(), d("2026-03-01"), lifecycle.Options{Parameters: &leap})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := st.Platform(lab); len(p.Reports) != 1 || p.Reports[0].Due != d("2026-02-28") {
		t.Errorf("reports = %+v, want 2026 due 2026-02-28 (rule lifecycle.20.annual_report)", p.Reports)
	}
}

func TestEnums(t *testing.T) {
	for _, k := range lifecycle.Kinds() {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back lifecycle.Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("Kind %v round trip = %v, %v", k, back, err)
		}
		if z, err := lifecycle.ParseKind(k.Chinese()); err != nil || z != k || k.English() == "" {
			t.Errorf("ParseKind(%q) = %v, %v", k.Chinese(), z, err)
		}
	}
	bad := lifecycle.Kind(200)
	if _, err := bad.MarshalText(); err == nil || bad.Chinese() != "" || bad.English() != "" || !strings.HasPrefix(bad.String(), "%!") {
		t.Error("invalid Kind accepted")
	}
	if a, _ := bad.Actors(); a != nil {
		t.Error("invalid Kind has actors")
	}
	if err := bad.UnmarshalText([]byte("nope")); !errors.Is(err, platform.ErrInvalid) {
		t.Errorf("Kind.UnmarshalText(nope) = %v", err)
	}
	for a := lifecycle.CitySTB; a <= lifecycle.Public; a++ {
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back lifecycle.Actor
		if err := back.UnmarshalText(b); err != nil || back != a || a.English() == "" {
			t.Errorf("Actor %v round trip = %v, %v", a, back, err)
		}
		if z, err := lifecycle.ParseActor(a.Chinese()); err != nil || z != a {
			t.Errorf("ParseActor(%q) = %v, %v", a.Chinese(), z, err)
		}
	}
	badA := lifecycle.Actor(0)
	if _, err := badA.MarshalText(); err == nil || badA.Chinese() != "" || badA.English() != "" || !strings.HasPrefix(badA.String(), "%!") {
		t.Error("invalid Actor accepted")
	}
	if err := badA.UnmarshalText([]byte("nope")); err == nil {
		t.Error("Actor.UnmarshalText(nope) accepted")
	}
	for a := lifecycle.Rename; a <= lifecycle.OtherAdjustment; a++ {
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back lifecycle.AdjustmentKind
		if err := back.UnmarshalText(b); err != nil || back != a || a.Chinese() == "" {
			t.Errorf("AdjustmentKind %v round trip = %v, %v", a, back, err)
		}
	}
	badJ := lifecycle.AdjustmentKind(9)
	if _, err := badJ.MarshalText(); err == nil || badJ.Chinese() != "" || !strings.HasPrefix(badJ.String(), "%!") {
		t.Error("invalid AdjustmentKind accepted")
	}
	if err := badJ.UnmarshalText([]byte("nope")); err == nil {
		t.Error("AdjustmentKind.UnmarshalText(nope) accepted")
	}
	for s := lifecycle.Applied; s <= lifecycle.Delisted; s++ {
		if b, err := s.MarshalText(); err != nil || string(b) != s.String() || s.Chinese() == "" {
			t.Errorf("Stage %d = %s, %v", s, b, err)
		}
	}
	badS := lifecycle.Stage(0)
	if _, err := badS.MarshalText(); err == nil || badS.Chinese() != "" || !strings.HasPrefix(badS.String(), "%!") {
		t.Error("invalid Stage accepted")
	}
	for _, s := range []interface{ String() string }{lifecycle.ReportStatus(0), lifecycle.BenefitKind(0), lifecycle.BanScope(0)} {
		if !strings.HasPrefix(s.String(), "%!") {
			t.Errorf("invalid %T renders %q", s, s.String())
		}
	}
	var e platform.Citation
	if (&lifecycle.EventError{Index: 1, Date: d("2025-01-01"), Kind: lifecycle.Filing, Cite: e, Reason: "x"}).Error() != "events[1] 2025-01-01 filing: x" {
		t.Error("EventError without a citation renders wrongly")
	}
}

func TestHistoryJSONRoundTrip(t *testing.T) {
	// rule: lifecycle.6.actors — a stored history reads back as the same events.
	h := filed(report("2025-11-01", 2025))
	h.Events = append(h.Events, chain(lifecycle.ChangeRelyingUnit)...)
	h.Events[len(h.Events)-1].RelyingUnit = other
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	var back lifecycle.History
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(h, back, cmp.Comparer(func(a, b platform.CreditCode) bool { return a == b }),
		cmp.Comparer(func(a, b platform.Date) bool { return a == b })); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
