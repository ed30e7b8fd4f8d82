package subsidy_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
	"github.com/shopspring/decimal"
	"pgregory.net/rapid"
)

// 第二十八条 over a batch: EntitleAll threads the ledger from each claim to the next, as
// calling Entitle in a loop does, and names the claim of an error by its index.
func TestEntitleAll(t *testing.T) {
	d := platform.MustDate(2025, 6, 1)
	topUp := subsidy.Options{TopUp: true}
	lab := func(b subsidy.Benefit) subsidy.Claim {
		return subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: b}
	}
	cycle := func(n int, g platform.Grade) subsidy.Claim { c := lab(subsidy.Cycled(n)); c.Grade = g; return c }
	upgrade := func(to, from platform.Level) subsidy.Claim { c := lab(subsidy.Upgraded(to)); c.From = from; return c }
	dated := lab(subsidy.Filed())
	dated.Date = d
	tests := []struct {
		name     string
		rule     string
		cite     platform.Citation
		ledger   []subsidy.Entry
		claims   []subsidy.Claim
		opts     subsidy.Options
		payables []string // "" for every claim when the batch is an error
		entries  int      // in the returned ledger
		kind     platform.Kind
		field    string
	}{
		{"第二十八条 同一批中同一平台两次申领备案资助只拨付一次50万元", "subsidy.28.no_double_benefit", platform.Art(28),
			nil, []subsidy.Claim{lab(subsidy.Filed()), lab(subsidy.Filed())}, subsidy.Options{}, []string{"500000", "0"}, 1, 0, ""},
		{"第二十三条 同一批中同一周期先良好60万元后优秀只补差10万元", "subsidy.23.cycle.key_laboratory.excellent", platform.Art(23),
			nil, []subsidy.Claim{cycle(1, platform.Good), cycle(1, platform.Excellent), cycle(2, platform.Excellent)}, subsidy.Options{},
			[]string{"600000", "100000", "700000"}, 3, 0, ""},
		{"第二十八条 账上其他文件已资助30万元则同一批中的备案资助拨付差额20万元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{other("LAB-1", subsidy.Filed(), "300000")}, []subsidy.Claim{lab(subsidy.Filed())}, subsidy.Options{},
			[]string{"200000"}, 2, 0, ""},
		{"第二十八条 自治区级文件已资助30万元则同一批中的备案资助全额拨付50万元", "subsidy.28.higher_level_document", platform.Art(28),
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Filed(), Amount: yuan("300000"),
				Source: subsidy.OtherDocumentAt(platform.Regional, otherDoc, platform.Date{})}},
			[]subsidy.Claim{lab(subsidy.Filed())}, subsidy.Options{}, []string{"500000"}, 2, 0, ""},
		{"第十七条 补差解读下同一批先领自治区级50万元再按自治区级升国家级补差150万元", "subsidy.17.upgrade.national", platform.Art(17),
			nil, []subsidy.Claim{upgrade(platform.Regional, platform.City), upgrade(platform.National, platform.Regional)}, topUp,
			[]string{"500000", "1500000"}, 2, 0, ""},
		{"第十七条 补差解读下同一批先按市级升国家级再申领自治区级是冲突", "subsidy.17.upgrade.regional", platform.Art(17),
			nil, []subsidy.Claim{upgrade(platform.National, platform.City), upgrade(platform.Regional, platform.City)}, topUp,
			nil, 0, platform.ErrConflict, "claims[1].benefit.level"},
		{"第十七条 补差解读下同一批先领自治区级再按市级升国家级是冲突", "subsidy.17.upgrade.national", platform.Art(17),
			nil, []subsidy.Claim{upgrade(platform.Regional, platform.City), upgrade(platform.National, platform.City)}, topUp,
			nil, 0, platform.ErrConflict, "claims[1].from"},
		{"第二十八条 同一批中第二项申领没有平台编号则报出序号且不计算", "subsidy.28.no_double_benefit", platform.Art(28),
			nil, []subsidy.Claim{lab(subsidy.Filed()), {Type: platform.KeyLaboratory, Benefit: subsidy.Filed()}}, subsidy.Options{},
			nil, 0, platform.ErrMissing, "claims[1].platform_id"},
		{"第二十八条 账上记录无效则整批不计算", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("", subsidy.Filed(), "1")}, []subsidy.Claim{lab(subsidy.Filed())}, subsidy.Options{},
			nil, 0, platform.ErrMissing, "ledger.entries[0].platform_id"},
		{"第二十八条 同日同额补拨与账上记录完全相同须另给文号", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Filed(), Amount: yuan("250000"), Date: d}}, []subsidy.Claim{dated}, subsidy.Options{},
			nil, 0, platform.ErrDuplicate, "claims[0].ref"},
		{"第二十八条 没有申领的一批不拨付且账不变", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("LAB-1", subsidy.Filed(), "500000")}, nil, subsidy.Options{}, []string{}, 1, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := subsidy.Ledger{Entries: tt.ledger}
			ens, out, err := subsidy.EntitleAll(l, tt.claims, subsidy.DefaultSchedule(), tt.opts)
			if tt.kind != 0 {
				if !errors.Is(err, tt.kind) || !hasField(err, tt.field) || ens != nil || out.Entries != nil {
					t.Fatalf("EntitleAll = %v, %d entitlements; want %v on %s and nothing computed", err, len(ens), tt.kind, tt.field)
				}
				return
			}
			if err != nil {
				t.Fatalf("EntitleAll error %v", err)
			}
			if len(ens) != len(tt.payables) || len(out.Entries) != tt.entries {
				t.Fatalf("%d entitlements and %d entries, want %d and %d", len(ens), len(out.Entries), len(tt.payables), tt.entries)
			}
			proved := false
			for i, en := range ens {
				if !en.Payable.Equal(yuan(tt.payables[i])) {
					t.Errorf("claim %d payable %v, want %s", i, en.Payable, tt.payables[i])
				}
				for _, f := range en.Findings {
					proved = proved || (f.Rule.ID == tt.rule && f.Cite() == tt.cite)
				}
			}
			if len(ens) > 0 && !proved {
				t.Errorf("no finding of rule %s citing %v", tt.rule, tt.cite)
			}
			if err := out.Validate(); err != nil {
				t.Errorf("returned ledger invalid: %v", err)
			}
		})
	}
}

var decimalCmp = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// genBatch draws a world whose prior entries come under documents of every level (and of
// none stated) and whose upgrade entries may record where they started, not always in
// agreement with the claims (so that the top-up reading finds conflicts).
func genBatch(t *rapid.T) world {
	w := genWorld(t)
	for i, e := range w.prior {
		if !e.Source.IsThisMeasure() {
			l := rapid.SampledFrom([]platform.Level{0, platform.City, platform.Regional, platform.National}).Draw(t, "doc_level")
			w.prior[i].Source = subsidy.OtherDocumentAt(l, e.Source.Document, e.Source.Issued)
		}
		if e.Benefit.Kind == subsidy.UpgradeReward && rapid.Bool().Draw(t, "record_from") {
			w.prior[i].From = platform.City
			if e.Benefit.Level == platform.National {
				w.prior[i].From = rapid.SampledFrom([]platform.Level{platform.City, platform.Regional}).Draw(t, "national_entry_from")
			}
		}
	}
	if rapid.Bool().Draw(t, "conflicting") {
		// One platform claims 国家级 from 市级 and 自治区级 too, in either order: a conflict
		// under the top-up reading, two rewards under the default one.
		id := rapid.SampledFrom(ids).Draw(t, "conflicting_id")
		for _, to := range rapid.Permutation([]platform.Level{platform.Regional, platform.National}).Draw(t, "conflicting_order") {
			c := subsidy.Claim{PlatformID: id, Type: w.types[id], Benefit: subsidy.Upgraded(to), From: platform.City, Ref: "X" + to.String()}
			at := rapid.IntRange(0, len(w.claims)).Draw(t, "conflicting_at")
			w.claims = append(w.claims[:at], append([]subsidy.Claim{c}, w.claims[at:]...)...)
		}
	}
	return w
}

// EntitleAll gives exactly what calling Entitle in a loop gives: the same entitlements,
// the same ledger, and an error of the same kind when the loop stops on one.
func TestPropertyEntitleAllIsEntitleLoop(t *testing.T) {
	errorsSeen := 0
	rapid.Check(t, func(t *rapid.T) {
		w := genBatch(t)
		s := genSchedule(t)
		l := subsidy.Ledger{Entries: w.prior}
		var want []subsidy.Entitlement
		var wantErr error
		for _, c := range w.claims {
			en, next, err := subsidy.Entitle(l, c, s, w.options)
			if err != nil {
				wantErr = err
				break
			}
			want = append(want, en)
			l = next
		}
		got, out, err := subsidy.EntitleAll(subsidy.Ledger{Entries: w.prior}, w.claims, s, w.options)
		if wantErr != nil {
			errorsSeen++
			var a, b *platform.Error
			if !errors.As(wantErr, &a) || !errors.As(err, &b) || a.Kind != b.Kind || got != nil || out.Entries != nil {
				t.Fatalf("loop stopped on %v; EntitleAll = %v, %d entitlements", wantErr, err, len(got))
			}
			return
		}
		if err != nil {
			t.Fatalf("EntitleAll error %v where the loop had none", err)
		}
		if diff := cmp.Diff(want, got, amountCmp, decimalCmp); diff != "" {
			t.Fatalf("entitlements differ (-loop +EntitleAll):\n%s", diff)
		}
		if diff := cmp.Diff(l, out, amountCmp); diff != "" {
			t.Fatalf("ledgers differ (-loop +EntitleAll):\n%s", diff)
		}
	})
	t.Logf("%d batches stopped on an error", errorsSeen)
}

// EntitleAll hands out entitlements that share nothing: changing one's Prior changes no
// other, nor the ledger.
func TestEntitleAllPriorNotShared(t *testing.T) {
	c := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(1), Grade: platform.Good}
	c2 := c
	c2.Grade = platform.Excellent
	l := subsidy.Ledger{Entries: []subsidy.Entry{other("LAB-1", subsidy.Cycled(1), "100000")}}
	ens, out, err := subsidy.EntitleAll(l, []subsidy.Claim{c, c2, c}, subsidy.DefaultSchedule(), subsidy.Options{})
	if err != nil || len(ens) != 3 {
		t.Fatalf("EntitleAll = %d, %v", len(ens), err)
	}
	if len(ens[0].Prior) != 1 || len(ens[1].Prior) != 2 || len(ens[2].Prior) != 3 {
		t.Fatalf("prior lengths %d %d %d, want 1 2 3", len(ens[0].Prior), len(ens[1].Prior), len(ens[2].Prior))
	}
	ens[0].Prior[0].Ref = "changed"
	ens[1].Prior[1].Ref = "changed"
	if ens[1].Prior[0].Ref == "changed" || ens[2].Prior[0].Ref == "changed" || ens[2].Prior[1].Ref == "changed" ||
		out.Entries[0].Ref == "changed" || out.Entries[1].Ref == "changed" || l.Entries[0].Ref == "changed" {
		t.Errorf("an entitlement's Prior shares storage")
	}
}

// batch is 10,000 claims over 2,500 platforms (the filing subsidy, two cycle awards and
// one upgrade each), on a ledger of 2,500 payments under another city document.
func batch() (subsidy.Ledger, []subsidy.Claim) {
	const platforms = 2500
	var l subsidy.Ledger
	var cs []subsidy.Claim
	types, grades := platform.Types(), platform.Grades()
	for i := 0; i < platforms; i++ {
		id := "P" + strconv.Itoa(i)
		t := types[i%6]
		l.Entries = append(l.Entries, subsidy.Entry{PlatformID: id, Benefit: subsidy.Filed(), Amount: platform.WanYuan(10),
			Source: subsidy.OtherDocument("拉萨市某扶持办法", platform.Date{})})
		cs = append(cs,
			subsidy.Claim{PlatformID: id, Type: t, Benefit: subsidy.Filed()},
			subsidy.Claim{PlatformID: id, Type: t, Benefit: subsidy.Cycled(1), Grade: grades[i%4]},
			subsidy.Claim{PlatformID: id, Type: t, Benefit: subsidy.Upgraded(platform.Regional), From: platform.City},
			subsidy.Claim{PlatformID: id, Type: t, Benefit: subsidy.Cycled(2), Grade: grades[(i+1)%4], Held: platform.Regional})
	}
	return l, cs
}

func BenchmarkEntitleAll10000(b *testing.B) {
	l, cs := batch()
	s := subsidy.DefaultSchedule()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := subsidy.EntitleAll(l, cs, s, subsidy.Options{TopUp: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEntitleLoop1000 threads Entitle through the first 1,000 claims of the batch, on
// the same ledger, for comparison with BenchmarkEntitleAll1000: quadratic against linear.
func BenchmarkEntitleLoop1000(b *testing.B) {
	l, cs := batch()
	cs = cs[:1000]
	s := subsidy.DefaultSchedule()
	b.ReportAllocs()
	for b.Loop() {
		x := l
		for _, c := range cs {
			_, next, err := subsidy.Entitle(x, c, s, subsidy.Options{TopUp: true})
			if err != nil {
				b.Fatal(err)
			}
			x = next
		}
	}
}

func BenchmarkEntitleAll1000(b *testing.B) {
	l, cs := batch()
	cs = cs[:1000]
	s := subsidy.DefaultSchedule()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := subsidy.EntitleAll(l, cs, s, subsidy.Options{TopUp: true}); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzEntitleAll feeds arbitrary ledgers and batches of claims to EntitleAll: it never
// panics, computes nothing on an error, and otherwise pays what Entitle in a loop pays and
// returns a valid ledger.
func FuzzEntitleAll(f *testing.F) {
	f.Add(`{"entries":[]}`, `[{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"filing"}},{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"filing"}}]`, false, false)
	f.Add(`{"entries":[{"platform_id":"P","benefit":{"kind":"filing"},"amount":"300000","source":{"document":"其他文件","level":"regional"}}]}`,
		`[{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"filing"}}]`, false, false)
	f.Add(`{"entries":[{"platform_id":"P","benefit":{"kind":"upgrade","level":"national"},"from":"city","amount":"2000000"}]}`,
		`[{"platform_id":"P","type":"key_laboratory","benefit":{"kind":"upgrade","level":"regional"},"from":"city"}]`, true, false)
	f.Add(`{"entries":[]}`, `[{"platform_id":"P","type":"新型研发机构","benefit":{"kind":"cycle","cycle":1},"grade":"良好"},{"platform_id":"P","type":"新型研发机构","benefit":{"kind":"cycle","cycle":1},"grade":"优秀","held":"national"}]`, false, true)
	f.Add(`{"entries":[{"platform_id":"","amount":"-1"}]}`, `[{}]`, false, false)
	f.Fuzz(func(t *testing.T, ledger, claims string, topUp, cease bool) {
		var l subsidy.Ledger
		var cs []subsidy.Claim
		_ = json.Unmarshal([]byte(ledger), &l)
		_ = json.Unmarshal([]byte(claims), &cs)
		if len(cs) > 50 {
			cs = cs[:50]
		}
		opts := subsidy.Options{TopUp: topUp, CeaseCycleAfterUpgrade: cease}
		s := subsidy.DefaultSchedule()
		ens, out, err := subsidy.EntitleAll(l, cs, s, opts)
		if err != nil {
			if ens != nil || out.Entries != nil {
				t.Fatalf("EntitleAll computed on bad input: %v", err)
			}
			return
		}
		if len(ens) != len(cs) {
			t.Fatalf("%d entitlements for %d claims", len(ens), len(cs))
		}
		x := l
		for i, c := range cs {
			en, next, err := subsidy.Entitle(x, c, s, opts)
			if err != nil || !en.Payable.Equal(ens[i].Payable) || !en.Excess.Equal(ens[i].Excess) {
				t.Fatalf("claim %d: Entitle paid %v (%v), EntitleAll %v", i, en.Payable, err, ens[i].Payable)
			}
			x = next
		}
		if len(x.Entries) != len(out.Entries) {
			t.Fatalf("ledger of %d entries, the loop's %d", len(out.Entries), len(x.Entries))
		}
		if err := out.Validate(); err != nil {
			t.Fatalf("returned ledger invalid: %v", err)
		}
	})
}
