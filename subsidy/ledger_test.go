package subsidy_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

const otherDoc = "拉萨市促进科技成果转化若干措施"

func here(id string, b subsidy.Benefit, amount string) subsidy.Entry {
	return subsidy.Entry{PlatformID: id, Benefit: b, Amount: yuan(amount), Source: subsidy.ThisMeasure()}
}

func other(id string, b subsidy.Benefit, amount string) subsidy.Entry {
	return subsidy.Entry{PlatformID: id, Benefit: b, Amount: yuan(amount),
		Source: subsidy.OtherDocument(otherDoc, platform.MustDate(2023, 5, 10))}
}

// 第二十八条: every path of no double benefit.
func TestEntitle(t *testing.T) {
	cease := subsidy.Options{CeaseCycleAfterUpgrade: true}
	filingLab := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed(), Date: platform.MustDate(2025, 3, 1)}
	national := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(platform.National), From: platform.Regional}
	cycle := func(n int, g platform.Grade) subsidy.Claim {
		return subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(n), Grade: g}
	}
	tests := []struct {
		name      string
		rule      string
		cite      platform.Citation
		ledger    []subsidy.Entry
		claim     subsidy.Claim
		opts      subsidy.Options
		award     string
		received  string
		payable   string
		excess    string
		outcome   platform.Outcome // of the 第二十八条 finding
		reviewed  bool             // an excess finding follows
		note      string
		appended  bool
		awardRule string
	}{
		{"第二十八条 此前未领取的重点实验室备案资助全额拨付50万元", "subsidy.28.no_double_benefit", platform.Art(28),
			nil, filingLab, subsidy.Options{}, "500000", "0", "500000", "0", platform.Pass, false, "此前未享受", true, "subsidy.15.filing.key_laboratory"},
		{"第二十八条 第二次备案资助拨付0元并说明不得重复享受", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("LAB-1", subsidy.Filed(), "500000")}, filingLab, subsidy.Options{}, "500000", "500000", "0", "0", platform.Fail, false, "不得重复享受", false, "subsidy.15.filing.key_laboratory"},
		{"第二十八条 其他文件已资助30万元则补足差额20万元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{other("LAB-1", subsidy.Filed(), "300000")}, filingLab, subsidy.Options{}, "500000", "300000", "200000", "0", platform.Pass, false, "补足差额 20万元", true, "subsidy.15.filing.key_laboratory"},
		{"第二十八条 其他文件已资助恰好50万元则拨付0元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{other("LAB-1", subsidy.Filed(), "500000")}, filingLab, subsidy.Options{}, "500000", "500000", "0", "0", platform.Fail, false, "《" + otherDoc + "》50万元", false, "subsidy.15.filing.key_laboratory"},
		{"第二十八条 其他文件已资助80万元超过本办法50万元则拨付0元并报告超出30万元", "subsidy.28.excess", platform.Art(28),
			[]subsidy.Entry{other("LAB-1", subsidy.Filed(), "800000")}, filingLab, subsidy.Options{}, "500000", "800000", "0", "300000", platform.Fail, true, "不得重复享受", false, "subsidy.15.filing.key_laboratory"},
		{"第二十八条 本办法与其他文件各已拨付20万元则补足10万元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("LAB-1", subsidy.Filed(), "200000"), other("LAB-1", subsidy.Filed(), "200000")}, filingLab, subsidy.Options{}, "500000", "400000", "100000", "0", platform.Pass, false, "合计 40万元", true, "subsidy.15.filing.key_laboratory"},
		{"第二十八条 其他平台的领取记录不计入", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("LAB-2", subsidy.Filed(), "500000")}, filingLab, subsidy.Options{}, "500000", "0", "500000", "0", platform.Pass, false, "此前未享受", true, "subsidy.15.filing.key_laboratory"},
		{"第二十八条 其他奖励扶持的领取记录不计入", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("LAB-1", subsidy.Cycled(1), "600000")}, filingLab, subsidy.Options{}, "500000", "0", "500000", "0", platform.Pass, false, "此前未享受", true, "subsidy.15.filing.key_laboratory"},
		{"第十七条 已领自治区级奖励后升国家级默认全额200万元", "subsidy.17.upgrade.national", platform.Art(17),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.Regional), "500000")}, national, subsidy.Options{}, "2000000", "0", "2000000", "0", platform.Pass, false, "此前未享受", true, "subsidy.17.upgrade.national"},
		{"第十七条 已领自治区级奖励后升国家级按补差解读150万元", "subsidy.17.upgrade.national", platform.Art(17),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.Regional), "500000")}, national, subsidy.Options{TopUp: true}, "1500000", "0", "1500000", "0", platform.Pass, false, "此前未享受", true, "subsidy.17.upgrade.national"},
		{"第二十八条 第二次国家级奖励拨付0元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.National), "2000000")}, national, subsidy.Options{}, "2000000", "2000000", "0", "0", platform.Fail, false, "不得重复享受", false, "subsidy.17.upgrade.national"},
		{"第二十八条 补差解读下已领150万元国家级奖励则不再拨付", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.National), "1500000")}, national, subsidy.Options{TopUp: true}, "1500000", "1500000", "0", "0", platform.Fail, false, "不得重复享受", false, "subsidy.17.upgrade.national"},
		{"第二十三条 第2周期优秀70万元不因第1周期已领而减少", "subsidy.23.cycle.key_laboratory.excellent", platform.Art(23),
			[]subsidy.Entry{here("LAB-1", subsidy.Cycled(1), "600000")}, cycle(2, platform.Excellent), subsidy.Options{}, "700000", "0", "700000", "0", platform.Pass, false, "此前未享受", true, "subsidy.23.cycle.key_laboratory.excellent"},
		{"第二十三条 同一周期第二次奖励拨付0元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{here("LAB-1", subsidy.Cycled(1), "600000")}, cycle(1, platform.Good), subsidy.Options{}, "600000", "600000", "0", "0", platform.Fail, false, "第1个评估周期", false, "subsidy.23.cycle.key_laboratory.good"},
		{"第二十三条 合格等次奖励为0元且不构成重复", "subsidy.23.cycle.key_laboratory.qualified", platform.Art(23),
			nil, cycle(3, platform.Qualified), subsidy.Options{}, "0", "0", "0", "0", platform.Pass, false, "此前未享受", false, "subsidy.23.cycle.key_laboratory.qualified"},
		{"第二十八条 合格等次却已由其他文件领取10万元则报告超出10万元", "subsidy.28.excess", platform.Art(28),
			[]subsidy.Entry{other("LAB-1", subsidy.Cycled(3), "100000")}, cycle(3, platform.Qualified), subsidy.Options{}, "0", "100000", "0", "100000", platform.Fail, true, "不得重复享受", false, "subsidy.23.cycle.key_laboratory.qualified"},
		{"第二十三条 已升国家级按停发选项周期奖励为0元", "subsidy.23.cycle.upgraded_platform", platform.Art(23),
			nil, subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(2), Grade: platform.Excellent, Held: platform.National}, cease, "0", "0", "0", "0", platform.Pass, false, "此前未享受", false, "subsidy.23.cycle.upgraded_platform"},
		{"第二十三条 已升国家级默认仍享受周期奖励70万元", "subsidy.23.cycle.key_laboratory.excellent", platform.Art(23),
			nil, subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(2), Grade: platform.Excellent, Held: platform.National}, subsidy.Options{}, "700000", "0", "700000", "0", platform.Pass, false, "此前未享受", true, "subsidy.23.cycle.key_laboratory.excellent"},
	}
	fp := defaultFingerprint(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := subsidy.Ledger{Entries: append([]subsidy.Entry(nil), tt.ledger...)}
			before, _ := json.Marshal(in)
			en, out, err := subsidy.Entitle(in, tt.claim, subsidy.DefaultSchedule(), tt.opts)
			if err != nil {
				t.Fatalf("Entitle error %v", err)
			}
			for _, c := range []struct {
				what      string
				got, want platform.Amount
			}{{"award", en.Award.Amount, yuan(tt.award)}, {"received", en.Received(), yuan(tt.received)},
				{"payable", en.Payable, yuan(tt.payable)}, {"excess", en.Excess, yuan(tt.excess)}} {
				if !c.got.Equal(c.want) {
					t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
				}
			}
			proved := false
			for _, f := range en.Findings {
				proved = proved || (f.Rule.ID == tt.rule && f.Cite() == tt.cite)
			}
			if !proved {
				t.Errorf("no finding of rule %s citing %v", tt.rule, tt.cite)
			}
			if en.Findings[0].Rule.ID != tt.awardRule {
				t.Errorf("award rule %s, want %s", en.Findings[0].Rule.ID, tt.awardRule)
			}
			f := en.Findings[1]
			if f.Rule.ID != "subsidy.28.no_double_benefit" || f.Outcome != tt.outcome || f.Cite() != platform.Art(28) {
				t.Errorf("第二十八条 finding %s %v, want %v", f.Rule.ID, f.Outcome, tt.outcome)
			}
			if !strings.Contains(f.NoteZh(), tt.note) || f.NoteEn() == "" {
				t.Errorf("note %q, want one containing %q", f.NoteZh(), tt.note)
			}
			if tt.reviewed != (len(en.Findings) == 3) {
				t.Fatalf("findings %d, want excess finding %v", len(en.Findings), tt.reviewed)
			}
			if tt.reviewed {
				x := en.Findings[2]
				if x.Rule.ID != "subsidy.28.excess" || x.Outcome != platform.Review || !strings.Contains(x.NoteZh(), "报请核对") {
					t.Errorf("excess finding %s %v %q", x.Rule.ID, x.Outcome, x.NoteZh())
				}
			}
			if en.Edition.Fingerprint != fp || en.Options != tt.opts || en.PlatformID != "LAB-1" || en.Benefit != tt.claim.Benefit {
				t.Errorf("entitlement header %+v", en)
			}
			after, _ := json.Marshal(in)
			if string(before) != string(after) {
				t.Errorf("Entitle changed its input ledger")
			}
			wantLen := len(tt.ledger)
			if tt.appended {
				wantLen++
			}
			if len(out.Entries) != wantLen {
				t.Fatalf("new ledger has %d entries, want %d", len(out.Entries), wantLen)
			}
			if tt.appended {
				e := out.Entries[wantLen-1]
				if e.PlatformID != "LAB-1" || e.Benefit != tt.claim.Benefit || !e.Amount.Equal(yuan(tt.payable)) ||
					!e.Source.IsThisMeasure() || e.Date != tt.claim.Date {
					t.Errorf("appended entry %+v", e)
				}
				if err := out.Validate(); err != nil {
					t.Errorf("new ledger invalid: %v", err)
				}
				// The same claim again pays nothing.
				again, _, err := subsidy.Entitle(out, tt.claim, subsidy.DefaultSchedule(), tt.opts)
				if err != nil || !again.Payable.IsZero() || again.Findings[1].Outcome != platform.Fail {
					t.Errorf("second Entitle paid %v (%v), err %v", again.Payable, again.Findings[1].Outcome, err)
				}
			}
		})
	}
}

func TestEntitleExcessText(t *testing.T) {
	l := subsidy.Ledger{Entries: []subsidy.Entry{other("LAB-1", subsidy.Filed(), "800000")}}
	en, _, err := subsidy.Entitle(l, subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed()},
		subsidy.DefaultSchedule(), subsidy.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "第二十八条 本办法奖励扶持条款与市内其他文件规定重复的，按本办法执行，不得重复享受（已领取超过本办法标准的部分，报请核对）：" +
		"要求50万元，实际80万元。需评审。已领取备案扶持资助（《拉萨市促进科技成果转化若干措施》80万元）超过本办法标准 50万元，超出 30万元，报请核对。"
	if got := en.Findings[2].Chinese(); got != want {
		t.Errorf("excess finding\n got %s\nwant %s", got, want)
	}
	if !strings.Contains(en.Findings[2].English(), "exceeds this measure's amount of 500000.00 yuan by 300000.00 yuan") {
		t.Errorf("excess finding in English: %s", en.Findings[2].English())
	}
	if len(en.Prior) != 1 || en.Prior[0].Source.Document != otherDoc {
		t.Errorf("prior = %+v", en.Prior)
	}
	b, err := json.Marshal(en)
	if err != nil || !strings.Contains(string(b), `"rule":"subsidy.28.excess"`) || !strings.Contains(string(b), `"payable":"0.00"`) {
		t.Errorf("json %s, %v", b, err)
	}
}

func TestLedgerValidate(t *testing.T) {
	ok := here("LAB-1", subsidy.Filed(), "500000")
	tests := []struct {
		name  string
		rule  string
		e     []subsidy.Entry
		kind  platform.Kind
		field string
	}{
		{"第二十八条 没有平台编号的记录", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here(" ", subsidy.Filed(), "1")}, platform.ErrMissing, "entries[0].platform_id"},
		{"第二十八条 负金额的记录", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{ok, here("LAB-1", subsidy.Cycled(1), "-1")}, platform.ErrRange, "entries[1].amount"},
		{"第二十八条 不足一分的金额", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here("LAB-1", subsidy.Cycled(1), "0.001")}, platform.ErrRange, "entries[0].amount"},
		{"第二十八条 完全相同的两条记录是重复", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{ok, here("LAB-2", subsidy.Filed(), "1"), ok}, platform.ErrDuplicate, "entries[2]"},
		{"第二十八条 同日分笔拨付后重复录入第二笔是重复", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here("LAB-1", subsidy.Filed(), "100000"), here("LAB-1", subsidy.Filed(), "200000"), here("LAB-1", subsidy.Filed(), "200000.00")}, platform.ErrDuplicate, "entries[2]"},
		{"第二十八条 奖励扶持种类缺失", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here("LAB-1", subsidy.Benefit{}, "1")}, platform.ErrMissing, "entries[0].benefit.kind"},
		{"第二十八条 其他文件名称为空白", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Filed(), Amount: yuan("1"), Source: subsidy.Source{Document: "  "}}}, platform.ErrInvalid, "entries[0].source.document"},
		{"第二十八条 平台编号前后带空白的记录无效（否则“LAB-1 ”的备案资助对不上“LAB-1”的申领而被重复拨付）", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here("LAB-1 ", subsidy.Filed(), "500000")}, platform.ErrInvalid, "entries[0].platform_id"},
		{"第二十八条 平台编号前带全角空格的记录无效", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here("\u3000LAB-1", subsidy.Filed(), "500000")}, platform.ErrInvalid, "entries[0].platform_id"},
		{"第二十八条 有制发层级而无文件名称的记录来源不明", "subsidy.28.higher_level_document",
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Filed(), Amount: yuan("1"), Source: subsidy.Source{Level: platform.Regional}}}, platform.ErrMissing, "entries[0].source.document"},
		{"第二十八条 制发层级无效的记录", "subsidy.28.higher_level_document",
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Filed(), Amount: yuan("1"), Source: subsidy.OtherDocumentAt(9, "甲", platform.Date{})}}, platform.ErrInvalid, "entries[0].source.level"},
		{"第十五条 备案资助记录不带起始级别", "subsidy.15.filing.key_laboratory",
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Filed(), From: platform.City, Amount: yuan("1")}}, platform.ErrInvalid, "entries[0].from"},
		{"第十七条 升级奖励记录的起始级别须有效", "subsidy.17.upgrade.national",
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Upgraded(platform.National), From: 9, Amount: yuan("1")}}, platform.ErrInvalid, "entries[0].from"},
		{"第十七条 升级奖励记录的起始级别须低于所达级别", "subsidy.17.upgrade.regional",
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Upgraded(platform.Regional), From: platform.Regional, Amount: yuan("1")}}, platform.ErrOrder, "entries[0].from"},
		{"第二十八条 有发文日期而无文件名称的记录来源不明", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Filed(), Amount: yuan("1"), Source: subsidy.Source{Issued: platform.MustDate(2023, 5, 10)}}}, platform.ErrMissing, "entries[0].source.document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := subsidy.Ledger{Entries: tt.e}
			err := l.Validate()
			if !errors.Is(err, tt.kind) || !hasField(err, tt.field) {
				t.Errorf("Validate() = %v, want %v on %s", err, tt.kind, tt.field)
			}
			en, out, err := subsidy.Entitle(l, subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed()},
				subsidy.DefaultSchedule(), subsidy.Options{})
			if !errors.Is(err, tt.kind) || !hasField(err, "ledger."+tt.field) || en.Findings != nil || out.Entries != nil {
				t.Errorf("Entitle on a bad ledger = %v, %+v, want %v on ledger.%s and nothing computed", err, en, tt.kind, tt.field)
			}
		})
	}
	// Same benefit, different sources or dates, are not duplicates.
	l := subsidy.Ledger{Entries: []subsidy.Entry{ok, other("LAB-1", subsidy.Filed(), "500000"), {PlatformID: "LAB-1",
		Benefit: subsidy.Filed(), Amount: yuan("500000"), Date: platform.MustDate(2024, 1, 2)}}}
	if err := l.Validate(); err != nil {
		t.Errorf("Validate() = %v, want nil", err)
	}
}

func TestClaimErrors(t *testing.T) {
	base := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed()}
	with := func(f func(*subsidy.Claim)) subsidy.Claim { c := base; f(&c); return c }
	tests := []struct {
		name  string
		rule  string
		c     subsidy.Claim
		kind  platform.Kind
		field string
	}{
		{"第二十八条 没有平台编号的申领", "subsidy.28.no_double_benefit", with(func(c *subsidy.Claim) { c.PlatformID = "" }), platform.ErrMissing, "claim.platform_id"},
		{"第二十八条 平台编号前后带空白的申领无效", "subsidy.28.no_double_benefit", with(func(c *subsidy.Claim) { c.PlatformID = " LAB-1" }), platform.ErrInvalid, "claim.platform_id"},
		{"第十五条 没有平台类型的申领", "subsidy.15.filing.key_laboratory", with(func(c *subsidy.Claim) { c.Type = 0 }), platform.ErrMissing, "claim.type"},
		{"第十五条 备案资助不带考核等次", "subsidy.15.filing.key_laboratory", with(func(c *subsidy.Claim) { c.Grade = platform.Good }), platform.ErrInvalid, "claim.grade"},
		{"第十五条 备案资助不带所处级别", "subsidy.15.filing.key_laboratory", with(func(c *subsidy.Claim) { c.Held = platform.National }), platform.ErrInvalid, "claim.held"},
		{"第十五条 备案资助不带起始级别", "subsidy.15.filing.key_laboratory", with(func(c *subsidy.Claim) { c.From = platform.City }), platform.ErrInvalid, "claim.from"},
		{"第十七条 升级奖励须有起始级别", "subsidy.17.upgrade.national", with(func(c *subsidy.Claim) { c.Benefit = subsidy.Upgraded(platform.National) }), platform.ErrMissing, "claim.from"},
		{"第十七条 国家级到自治区级不是升级", "subsidy.17.upgrade.regional", with(func(c *subsidy.Claim) {
			c.Benefit, c.From = subsidy.Upgraded(platform.Regional), platform.National
		}), platform.ErrOrder, "claim.to"},
		{"第二十三条 周期奖励须有考核等次", "subsidy.23.cycle.key_laboratory.good", with(func(c *subsidy.Claim) { c.Benefit = subsidy.Cycled(1) }), platform.ErrMissing, "claim.grade"},
		{"第二十三条 周期奖励的级别须有效", "subsidy.23.cycle.key_laboratory.good", with(func(c *subsidy.Claim) {
			c.Benefit, c.Grade, c.Held = subsidy.Cycled(1), platform.Good, 9
		}), platform.ErrInvalid, "claim.held"},
		{"第二十三条 周期编号为0", "subsidy.23.cycle.key_laboratory.good", with(func(c *subsidy.Claim) {
			c.Benefit, c.Grade = subsidy.Benefit{Kind: subsidy.CycleAward}, platform.Good
		}), platform.ErrMissing, "claim.benefit.cycle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := subsidy.Entitle(subsidy.Ledger{}, tt.c, subsidy.DefaultSchedule(), subsidy.Options{})
			if !errors.Is(err, tt.kind) || !hasField(err, tt.field) {
				t.Errorf("Entitle = %v, want %v on %s", err, tt.kind, tt.field)
			}
		})
	}
	_, _, err := subsidy.Entitle(subsidy.Ledger{}, base, subsidy.Schedule{}, subsidy.Options{})
	if !errors.Is(err, platform.ErrMissing) {
		t.Errorf("Entitle with an empty schedule = %v, want missing", err)
	}
}

// A partial payment under this measure topped up on the same day by the same sum would
// repeat the earlier entry; the claim must carry a distinct Ref.
func TestEntitleRefDistinguishesEntries(t *testing.T) {
	d := platform.MustDate(2025, 6, 1)
	l := subsidy.Ledger{Entries: []subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Filed(), Amount: yuan("250000"), Date: d}}}
	c := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed(), Date: d}
	if _, _, err := subsidy.Entitle(l, c, subsidy.DefaultSchedule(), subsidy.Options{}); !errors.Is(err, platform.ErrDuplicate) || !hasField(err, "claim.ref") {
		t.Errorf("Entitle = %v, want duplicate on claim.ref", err)
	}
	c.Ref = "拉科拨〔2025〕2号"
	en, out, err := subsidy.Entitle(l, c, subsidy.DefaultSchedule(), subsidy.Options{})
	if err != nil || !en.Payable.Equal(yuan("250000")) || len(out.Entries) != 2 || out.Entries[1].Ref != c.Ref {
		t.Errorf("Entitle = %v, %+v, %v", en.Payable, out, err)
	}
}

func TestLedgerJSONRoundTrip(t *testing.T) {
	l := subsidy.Ledger{Entries: []subsidy.Entry{
		here("LAB-1", subsidy.Filed(), "500000"),
		other("LAB-1", subsidy.Upgraded(platform.National), "1000000.50"),
		{PlatformID: "LAB-3", Benefit: subsidy.Upgraded(platform.National), From: platform.Regional, Amount: yuan("1500000")},
		{PlatformID: "LAB-2", Benefit: subsidy.Cycled(2), Amount: yuan("600000"), Date: platform.MustDate(2026, 1, 5), Ref: "拉科拨〔2026〕1号"},
	}}
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"platform_id":"LAB-1"`, `"document":"` + otherDoc + `"`, `"issued":"2023-05-10"`, `"ref":`, `"date":"2026-01-05"`, `"from":"regional"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s: %s", key, b)
		}
	}
	var back subsidy.Ledger
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(l, back, amountCmp); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if s := subsidy.OtherDocument(otherDoc, platform.Date{}); s.Chinese() != "《"+otherDoc+"》" || s.English() == "" || s.IsThisMeasure() {
		t.Errorf("source %+v", s)
	}
	if s := subsidy.ThisMeasure(); s.Chinese() != "本办法" || s.English() != "these measures" {
		t.Errorf("this measure %q %q", s.Chinese(), s.English())
	}
}

// 第十七条 with 第二十八条: under the top-up reading the footing a claim states must agree
// with the ledger, or the regional reward is paid on top of the full national one.
func TestEntitleTopUpFooting(t *testing.T) {
	topUp := subsidy.Options{TopUp: true}
	national := func(from platform.Level) subsidy.Claim {
		return subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(platform.National), From: from}
	}
	regional := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(platform.Regional), From: platform.City}
	tests := []struct {
		name    string
		rule    string
		cite    platform.Citation
		ledger  []subsidy.Entry
		claim   subsidy.Claim
		opts    subsidy.Options
		payable string // "" when the claim is an error
		field   string
	}{
		{"第十七条 补差解读下已领自治区级奖励却按市级升国家级申领是冲突（否则共领250万元）", "subsidy.17.upgrade.national", platform.Art(17),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.Regional), "500000")}, national(platform.City), topUp, "", "claim.from"},
		{"第十七条 补差解读下其他文件已付自治区级奖励而按市级升国家级申领也是冲突", "subsidy.17.upgrade.national", platform.Art(17),
			[]subsidy.Entry{other("LAB-1", subsidy.Upgraded(platform.Regional), "500000")}, national(platform.City), topUp, "", "claim.from"},
		{"第十七条 补差解读下已领自治区级奖励按自治区级升国家级申领拨付差额150万元", "subsidy.17.upgrade.national", platform.Art(17),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.Regional), "500000")}, national(platform.Regional), topUp, "1500000", ""},
		{"第十七条 补差解读下另一平台领过自治区级奖励不影响本平台市级升国家级的200万元", "subsidy.17.upgrade.national", platform.Art(17),
			[]subsidy.Entry{here("LAB-2", subsidy.Upgraded(platform.Regional), "500000")}, national(platform.City), topUp, "2000000", ""},
		{"第十七条 补差解读下先领国家级奖励（按自治区级补差）后申领自治区级奖励照付50万元", "subsidy.17.upgrade.regional", platform.Art(17),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.National), "1500000")},
			subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(platform.Regional), From: platform.City}, topUp, "500000", ""},
		{"第十七条 补差解读下自治区级与国家级奖励都已领过再申领自治区级拨付0元", "subsidy.17.upgrade.regional", platform.Art(17),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.Regional), "500000"), here("LAB-1", subsidy.Upgraded(platform.National), "1500000")},
			subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(platform.Regional), From: platform.City}, topUp, "0", ""},
		{"第十七条 补差解读下账上记有按市级升国家级的国家级奖励再申领自治区级是冲突", "subsidy.17.upgrade.regional", platform.Art(17),
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Upgraded(platform.National), From: platform.City, Amount: yuan("2000000")}},
			regional, topUp, "", "claim.benefit.level"},
		{"第十七条 补差解读下其他文件按市级升国家级已奖励再申领自治区级也是冲突", "subsidy.17.upgrade.regional", platform.Art(17),
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Upgraded(platform.National), From: platform.City, Amount: yuan("2000000"),
				Source: subsidy.OtherDocument(otherDoc, platform.Date{})}},
			regional, topUp, "", "claim.benefit.level"},
		{"第十七条 补差解读下账上国家级奖励未记起始级别则不能认定冲突而照付自治区级50万元", "subsidy.17.upgrade.regional", platform.Art(17),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.National), "2000000")}, regional, topUp, "500000", ""},
		{"第十七条 默认解读下账上记有按市级升国家级的国家级奖励再申领自治区级照付50万元", "subsidy.17.upgrade.regional", platform.Art(17),
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Upgraded(platform.National), From: platform.City, Amount: yuan("2000000")}},
			regional, subsidy.Options{}, "500000", ""},
		{"第十七条 默认解读下已领自治区级奖励按市级升国家级申领仍全额拨付200万元", "subsidy.17.upgrade.national", platform.Art(17),
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.Regional), "500000")}, national(platform.City), subsidy.Options{}, "2000000", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			en, out, err := subsidy.Entitle(subsidy.Ledger{Entries: tt.ledger}, tt.claim, subsidy.DefaultSchedule(), tt.opts)
			if tt.payable == "" {
				if !errors.Is(err, platform.ErrConflict) || !hasField(err, tt.field) || en.Findings != nil || out.Entries != nil {
					t.Fatalf("Entitle = %v, %+v, want a conflict on %s and nothing computed", err, en.Payable, tt.field)
				}
				return
			}
			if err != nil {
				t.Fatalf("Entitle error %v", err)
			}
			if !en.Payable.Equal(yuan(tt.payable)) {
				t.Errorf("payable = %v, want %s", en.Payable, tt.payable)
			}
			if en.Award.Finding.Rule.ID != tt.rule || en.Award.Citation != tt.cite {
				t.Errorf("award rule %s %v, want %s %v", en.Award.Finding.Rule.ID, en.Award.Citation, tt.rule, tt.cite)
			}
		})
	}
}

// 第二十八条: a duplicated entry is found however many entries lie between it and the
// one it repeats, and names the earliest entry it repeats.
func TestLedgerDuplicateNamesEarliest(t *testing.T) {
	tests := []struct {
		name    string
		rule    string
		entries []subsidy.Entry
		field   string // "" when the ledger is valid
		input   string
	}{
		{"第二十八条 分两笔拨付的两条记录不是重复", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here("LAB-1", subsidy.Filed(), "100000"), here("LAB-2", subsidy.Filed(), "1"), here("LAB-1", subsidy.Filed(), "400000")}, "", ""},
		{"第二十八条 隔着其他记录重复录入第一笔是重复并指向第一笔", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here("LAB-1", subsidy.Filed(), "100000"), here("LAB-1", subsidy.Filed(), "400000"), here("LAB-2", subsidy.Filed(), "1"),
				here("LAB-1", subsidy.Filed(), "100000.00")}, "entries[3]", "entries[0]"},
		{"第二十八条 第三次录入同一笔仍指向最早的一条", "subsidy.28.no_double_benefit",
			[]subsidy.Entry{here("LAB-1", subsidy.Filed(), "1"), here("LAB-1", subsidy.Filed(), "2"), here("LAB-1", subsidy.Filed(), "2"),
				here("LAB-1", subsidy.Filed(), "2")}, "entries[3]", "entries[1]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := subsidy.Ledger{Entries: tt.entries}.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var found bool
			for _, e := range flattenErrors(err) {
				if e.Kind == platform.ErrDuplicate && e.Field == tt.field && e.Input == tt.input {
					found = true
				}
			}
			if !found {
				t.Errorf("Validate() = %v, want duplicate %s of %s", err, tt.field, tt.input)
			}
		})
	}
}

func flattenErrors(err error) []*platform.Error {
	var out []*platform.Error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, x := range j.Unwrap() {
			out = append(out, flattenErrors(x)...)
		}
		return out
	}
	var e *platform.Error
	if errors.As(err, &e) {
		out = append(out, e)
	}
	return out
}

// 第二十八条 reaches only "市内其他文件": what another city document paid is deducted; what an
// autonomous-region or national document paid is not (第十六条 上级扶持政策); a document whose
// level is not stated is deducted as a city one, and the finding asks for its level.
func TestEntitleDocumentLevel(t *testing.T) {
	const doc = "某扶持政策文件"
	at := func(l platform.Level, b subsidy.Benefit, amount string) subsidy.Entry {
		return subsidy.Entry{PlatformID: "LAB-1", Benefit: b, Amount: yuan(amount),
			Source: subsidy.OtherDocumentAt(l, doc, platform.MustDate(2024, 3, 1))}
	}
	filing := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed()}
	national := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(platform.National), From: platform.Regional}
	tests := []struct {
		name     string
		rule     string
		cite     platform.Citation
		ledger   []subsidy.Entry
		claim    subsidy.Claim
		received string // deducted
		higher   string // not deducted
		payable  string
		excess   string
		outcome  platform.Outcome // of the subsidy.28.no_double_benefit finding
		note     string           // in its Chinese note
		extra    []string         // rule IDs of the findings after it
		extraZh  string           // in the last finding's Chinese note, when extra is not empty
	}{
		{"第二十八条 市级其他文件已资助30万元则扣减后拨付20万元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{at(platform.City, subsidy.Filed(), "300000")}, filing,
			"300000", "0", "200000", "0", platform.Pass, "《某扶持政策文件》30万元", nil, ""},
		{"第二十八条 自治区级文件已资助30万元不属市内其他文件不扣减仍拨付50万元", "subsidy.28.higher_level_document", platform.Art(28),
			[]subsidy.Entry{at(platform.Regional, subsidy.Filed(), "300000")}, filing,
			"0", "300000", "500000", "0", platform.Pass, "此前未按本办法或市内其他文件享受备案扶持资助，应拨付 50万元",
			[]string{"subsidy.28.higher_level_document"}, "《某扶持政策文件》（自治区级文件）30万元系上级扶持政策（第十六条：享受上级有关科研创新平台扶持政策），不属于第二十八条所称市内其他文件，不扣减本办法的备案扶持资助，应拨付 50万元。"},
		{"第十六条 国家级文件已奖励升国家级100万元不扣减本办法国家级奖励仍拨付200万元", "subsidy.28.higher_level_document", platform.Art(28),
			[]subsidy.Entry{at(platform.National, subsidy.Upgraded(platform.National), "1000000")}, national,
			"0", "1000000", "2000000", "0", platform.Pass, "此前未按本办法或市内其他文件享受",
			[]string{"subsidy.28.higher_level_document"}, "《某扶持政策文件》（国家级文件）100万元系上级扶持政策"},
		{"第二十八条 未注明层级的文件已资助30万元按市级从严扣减拨付20万元但需评审并请注明层级", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{at(0, subsidy.Filed(), "300000")}, filing,
			"300000", "0", "200000", "0", platform.Review,
			"其中《某扶持政策文件》（制发层级未注明）30万元未注明制发层级，已按市内其他文件从严扣减；请注明其为市级、自治区级还是国家级文件（第二十八条只及于市内其他文件，自治区级、国家级文件所领不予扣减，届时应拨付 50万元）。",
			nil, ""},
		{"第二十八条 未注明层级的文件已资助80万元则拨付0元报告超出30万元且需评审而非不符合", "subsidy.28.excess", platform.Art(28),
			[]subsidy.Entry{at(0, subsidy.Filed(), "800000")}, filing,
			"800000", "0", "0", "300000", platform.Review, "不得重复享受，应拨付 0 元。其中《某扶持政策文件》（制发层级未注明）80万元未注明制发层级",
			[]string{"subsidy.28.excess"}, "报请核对"},
		{"第二十八条 自治区级文件已资助80万元不报告超出仍拨付50万元", "subsidy.28.higher_level_document", platform.Art(28),
			[]subsidy.Entry{at(platform.Regional, subsidy.Filed(), "800000")}, filing,
			"0", "800000", "500000", "0", platform.Pass, "此前未按本办法或市内其他文件享受",
			[]string{"subsidy.28.higher_level_document"}, "不扣减本办法的备案扶持资助"},
		{"第二十八条 市级文件20万元扣减而自治区级文件30万元不扣减则拨付30万元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{at(platform.City, subsidy.Filed(), "200000"), at(platform.Regional, subsidy.Filed(), "300000")}, filing,
			"200000", "300000", "300000", "0", platform.Pass, "已享受备案扶持资助（《某扶持政策文件》20万元，合计 20万元），低于本办法标准 50万元，按本办法执行，补足差额 30万元。",
			[]string{"subsidy.28.higher_level_document"}, "（自治区级文件）30万元系上级扶持政策"},
		{"第二十八条 未注明层级10万元与市级10万元同扣减则拨付30万元需评审且按上级文件计应拨付40万元", "subsidy.28.no_double_benefit", platform.Art(28),
			[]subsidy.Entry{at(platform.City, subsidy.Filed(), "100000"), at(0, subsidy.Filed(), "100000")}, filing,
			"200000", "0", "300000", "0", platform.Review, "届时应拨付 40万元", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			en, out, err := subsidy.Entitle(subsidy.Ledger{Entries: tt.ledger}, tt.claim, subsidy.DefaultSchedule(), subsidy.Options{})
			if err != nil {
				t.Fatalf("Entitle error %v", err)
			}
			for _, c := range []struct {
				what      string
				got, want platform.Amount
			}{{"received", en.Received(), yuan(tt.received)}, {"received elsewhere", en.ReceivedElsewhere, yuan(tt.received)},
				{"received higher", en.ReceivedHigher, yuan(tt.higher)}, {"payable", en.Payable, yuan(tt.payable)},
				{"excess", en.Excess, yuan(tt.excess)}} {
				if !c.got.Equal(c.want) {
					t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
				}
			}
			f := en.Findings[1]
			if f.Rule.ID != "subsidy.28.no_double_benefit" || f.Outcome != tt.outcome || !strings.Contains(f.NoteZh(), tt.note) || f.NoteEn() == "" {
				t.Errorf("第二十八条 finding %s %v %q, want %v with %q", f.Rule.ID, f.Outcome, f.NoteZh(), tt.outcome, tt.note)
			}
			var extra []string
			for _, x := range en.Findings[2:] {
				extra = append(extra, x.Rule.ID)
			}
			if diff := cmp.Diff(tt.extra, extra); diff != "" {
				t.Errorf("findings after 第二十八条's (-want +got):\n%s", diff)
			}
			proved := false
			for _, x := range en.Findings {
				proved = proved || (x.Rule.ID == tt.rule && x.Cite() == tt.cite)
			}
			if !proved {
				t.Errorf("no finding of rule %s citing %v", tt.rule, tt.cite)
			}
			if len(tt.extra) > 0 {
				last := en.Findings[len(en.Findings)-1]
				if !strings.Contains(last.NoteZh(), tt.extraZh) || last.NoteEn() == "" {
					t.Errorf("last finding note %q, want %q", last.NoteZh(), tt.extraZh)
				}
				if last.Rule.ID == "subsidy.28.higher_level_document" && last.Outcome != platform.Pass {
					t.Errorf("higher-level finding outcome %v, want Pass", last.Outcome)
				}
			}
			if len(en.Prior) != len(tt.ledger) {
				t.Errorf("prior %d entries, want %d (all, higher levels included)", len(en.Prior), len(tt.ledger))
			}
			if got := len(out.Entries) - len(tt.ledger); got != map[bool]int{true: 0, false: 1}[tt.payable == "0"] {
				t.Errorf("appended %d entries for payable %s", got, tt.payable)
			}
		})
	}
}

// A Source's level round-trips JSON and is named in its text; OtherDocument is a city
// document, as it always was.
func TestSourceLevel(t *testing.T) {
	tests := []struct {
		name   string
		rule   string
		source subsidy.Source
		zh     string
		en     string
		json   string
		higher bool
	}{
		{"第二十八条 市内其他文件", "subsidy.28.no_double_benefit", subsidy.OtherDocument("甲", platform.Date{}),
			"《甲》", "“甲”", `{"document":"甲","level":"city"}`, false},
		{"第二十八条 自治区级文件", "subsidy.28.higher_level_document", subsidy.OtherDocumentAt(platform.Regional, "甲", platform.Date{}),
			"《甲》（自治区级文件）", "“甲” (autonomous-region level document)", `{"document":"甲","level":"regional"}`, true},
		{"第二十八条 国家级文件", "subsidy.28.higher_level_document", subsidy.OtherDocumentAt(platform.National, "甲", platform.MustDate(2020, 1, 2)),
			"《甲》（国家级文件）", "“甲” (national level document)", `{"document":"甲","level":"national","issued":"2020-01-02"}`, true},
		{"第二十八条 未注明层级的文件", "subsidy.28.no_double_benefit", subsidy.Source{Document: "甲"},
			"《甲》（制发层级未注明）", "“甲” (issuing level not stated)", `{"document":"甲"}`, false},
		{"第二十八条 本办法", "subsidy.28.no_double_benefit", subsidy.ThisMeasure(), "本办法", "these measures", `{}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.source.Chinese(); got != tt.zh {
				t.Errorf("Chinese() = %q, want %q", got, tt.zh)
			}
			if got := tt.source.English(); got != tt.en {
				t.Errorf("English() = %q, want %q", got, tt.en)
			}
			if tt.source.IsHigherLevel() != tt.higher {
				t.Errorf("IsHigherLevel() = %v, want %v", !tt.higher, tt.higher)
			}
			b, err := json.Marshal(tt.source)
			if err != nil || string(b) != tt.json {
				t.Fatalf("json %s %v, want %s", b, err, tt.json)
			}
			var back subsidy.Source
			if err := json.Unmarshal(b, &back); err != nil || back != tt.source {
				t.Errorf("round trip %+v %v, want %+v", back, err, tt.source)
			}
		})
	}
}

// 第十七条 under the top-up reading, in reverse order: a platform paid the national reward
// in full from 市级 has received the whole of what the reading gives for both levels, so a
// regional claim that arrives afterwards contradicts the ledger (250万元 in all otherwise).
func TestEntitleTopUpReverseOrder(t *testing.T) {
	topUp := subsidy.Options{TopUp: true}
	claim := func(to, from platform.Level) subsidy.Claim {
		return subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(to), From: from}
	}
	tests := []struct {
		name    string
		rule    string
		cite    platform.Citation
		first   subsidy.Claim // threaded through Entitle before then
		then    subsidy.Claim
		opts    subsidy.Options
		paid    string // by first
		payable string // by then; "" when then is a conflict
	}{
		{"第十七条 补差解读下按市级升国家级已全额领200万元后再申领自治区级奖励是冲突（否则共领250万元）", "subsidy.17.upgrade.regional", platform.Art(17),
			claim(platform.National, platform.City), claim(platform.Regional, platform.City), topUp, "2000000", ""},
		{"第十七条 补差解读下按自治区级补差领国家级150万元后补申领自治区级奖励照付50万元", "subsidy.17.upgrade.regional", platform.Art(17),
			claim(platform.National, platform.Regional), claim(platform.Regional, platform.City), topUp, "1500000", "500000"},
		{"第十七条 默认解读下按市级升国家级领200万元后申领自治区级奖励照付50万元", "subsidy.17.upgrade.regional", platform.Art(17),
			claim(platform.National, platform.City), claim(platform.Regional, platform.City), subsidy.Options{}, "2000000", "500000"},
		{"第十七条 补差解读下另一平台按市级升国家级不影响本平台的自治区级奖励50万元", "subsidy.17.upgrade.regional", platform.Art(17),
			subsidy.Claim{PlatformID: "LAB-2", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(platform.National), From: platform.City},
			claim(platform.Regional, platform.City), topUp, "2000000", "500000"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := subsidy.DefaultSchedule()
			en, l, err := subsidy.Entitle(subsidy.Ledger{}, tt.first, s, tt.opts)
			if err != nil || !en.Payable.Equal(yuan(tt.paid)) {
				t.Fatalf("first claim paid %v, %v; want %s", en.Payable, err, tt.paid)
			}
			if e := l.Entries[0]; e.From != tt.first.From {
				t.Errorf("the upgrade entry records From %v, want %v", e.From, tt.first.From)
			}
			en, out, err := subsidy.Entitle(l, tt.then, s, tt.opts)
			if tt.payable == "" {
				if !errors.Is(err, platform.ErrConflict) || !hasField(err, "claim.benefit.level") || en.Findings != nil || out.Entries != nil {
					t.Fatalf("Entitle = %v, paid %v; want a conflict on claim.benefit.level and nothing computed", err, en.Payable)
				}
				return
			}
			if err != nil || !en.Payable.Equal(yuan(tt.payable)) {
				t.Fatalf("Entitle paid %v, %v; want %s", en.Payable, err, tt.payable)
			}
			if en.Award.Finding.Rule.ID != tt.rule || en.Award.Citation != tt.cite {
				t.Errorf("award rule %s %v, want %s %v", en.Award.Finding.Rule.ID, en.Award.Citation, tt.rule, tt.cite)
			}
		})
	}
}
