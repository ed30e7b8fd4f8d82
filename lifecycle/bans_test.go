package lifecycle_test

import (
	"errors"
	"github.com/lhasa-sti/platform/eligibility"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
)

func withCause(e lifecycle.Event) lifecycle.Event { e.WithCause = true; return e }

func orgEvent(date string, k lifecycle.Kind) lifecycle.Event {
	return lifecycle.Event{Date: d(date), Kind: k, Actor: lifecycle.CitySTB}
}

func TestRemovalAndBans(t *testing.T) {
	poor := graded("2028-04-10", platform.Poor, 1)
	tests := []struct {
		name    string
		rule    string
		h       lifecycle.History
		opts    lifecycle.Options
		stage   lifecycle.Stage
		ban     string // kind and last day; "" for none
		article string
		listed  bool
	}{
		{name: "无故不参加评估：不再列入备案序列，三年内不得再次申请", rule: "lifecycle.24.removal_ban",
			h: filed(ev("2028-04-01", lifecycle.NoShow, lifecycle.CitySTB)), stage: lifecycle.Removed, ban: "removal 2031-04-01", article: "第二十四条"},
		{name: "有正当理由不参加评估：不适用", rule: "lifecycle.24.removal_ban",
			h: filed(withCause(ev("2028-04-01", lifecycle.NoShow, lifecycle.CitySTB))), stage: lifecycle.Filed},
		{name: "中途退出评估：不问理由即不再列入", rule: "lifecycle.24.removal_ban",
			h: filed(withCause(ev("2028-04-01", lifecycle.Withdrawal, lifecycle.ThirdParty))), stage: lifecycle.Removed, ban: "removal 2031-04-01", article: "第二十四条"},
		{name: "选项：无故亦约束中途退出，有正当理由退出不适用", rule: "lifecycle.24.removal_ban",
			h:    filed(withCause(ev("2028-04-01", lifecycle.Withdrawal, lifecycle.ThirdParty))),
			opts: lifecycle.Options{WithdrawalNeedsNoCause: true}, stage: lifecycle.Filed},
		{name: "选项下无故中途退出：仍不再列入", rule: "lifecycle.24.removal_ban",
			h:    filed(ev("2028-04-01", lifecycle.Withdrawal, lifecycle.ThirdParty)),
			opts: lifecycle.Options{WithdrawalNeedsNoCause: true}, stage: lifecycle.Removed, ban: "removal 2031-04-01", article: "第二十四条"},
		{name: "较差：限期整改", rule: "lifecycle.24.rectification_deadline",
			h: filed(poor), stage: lifecycle.Rectifying},
		{name: "整改检查未通过：不再列入，三年内不得再次申请", rule: "lifecycle.24.removal_ban",
			h: filed(poor, ev("2029-03-01", lifecycle.RecheckFailed, lifecycle.CitySTB)), stage: lifecycle.Removed, ban: "removal 2032-03-01", article: "第二十四条"},
		{name: "整改检查通过：恢复运行", rule: "lifecycle.24.recheck",
			h: filed(poor, ev("2029-03-01", lifecycle.RecheckPassed, lifecycle.ThirdParty)), stage: lifecycle.Filed},
		{name: "已备案平台弄虚作假：清退，三年内不得重新申请", rule: "lifecycle.25.fraud_ban",
			h: filed(ev("2026-05-06", lifecycle.Fraud, lifecycle.CitySTB)), stage: lifecycle.Cleared, ban: "fraud 2029-05-06", article: "第二十五条"},
		{name: "申请中弄虚作假：不予备案，三年内不得申请", rule: "lifecycle.25.fraud_ban",
			h: with(filingSteps()[:4], ev("2025-02-01", lifecycle.Fraud, lifecycle.CitySTB)), stage: lifecycle.NotFiled, ban: "fraud 2028-02-01", article: "第二十五条"},
		{name: "从未备案的组织弄虚作假：三年内不得申请", rule: "lifecycle.25.fraud_ban",
			h: lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent("2025-07-01", lifecycle.Fraud)}}, ban: "fraud 2028-07-01", article: "第二十五条"},
		{name: "无故不完成科研任务：列入科研诚信黑名单", rule: "lifecycle.25.blacklist",
			h: filed(ev("2026-05-06", lifecycle.UnfinishedTasks, lifecycle.CitySTB)), stage: lifecycle.Filed, listed: true},
		{name: "组织无故不完成科研任务：列入黑名单", rule: "lifecycle.25.blacklist",
			h: lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent("2025-07-01", lifecycle.UnfinishedTasks)}}, listed: true},
		{name: "有正当理由未完成科研任务：不列入", rule: "lifecycle.25.blacklist",
			h: filed(withCause(ev("2026-05-06", lifecycle.UnfinishedTasks, lifecycle.CitySTB))), stage: lifecycle.Filed},
		{name: "环保、安全生产、生物安全事故：摘牌，五年内不得重新申请", rule: "lifecycle.25.delisting_ban",
			h: filed(ev("2026-05-06", lifecycle.Accident, lifecycle.CitySTB)), stage: lifecycle.Delisted, ban: "delisting 2031-05-06", article: "第二十五条"},
		{name: "知识产权违法：摘牌，五年", rule: "lifecycle.25.delisting_ban",
			h: filed(ev("2026-05-06", lifecycle.IPViolation, lifecycle.CitySTB)), stage: lifecycle.Delisted, ban: "delisting 2031-05-06", article: "第二十五条"},
		{name: "整改中学术不端：摘牌，五年", rule: "lifecycle.25.delisting_ban",
			h: filed(poor, ev("2028-06-01", lifecycle.Misconduct, lifecycle.CitySTB)), stage: lifecycle.Delisted, ban: "delisting 2033-06-01", article: "第二十五条"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(tt.h, d("2029-12-31"), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if tt.stage != 0 {
				if p, _ := st.Platform(lab); p.Stage != tt.stage {
					t.Errorf("stage = %v, want %v (%s)", p.Stage, tt.stage, tt.rule)
				}
			}
			switch {
			case tt.ban == "" && len(st.Bans) != 0:
				t.Errorf("bans = %+v, want none", st.Bans)
			case tt.ban != "" && len(st.Bans) != 1:
				t.Errorf("bans = %+v, want %s", st.Bans, tt.ban)
			case tt.ban != "":
				b := st.Bans[0]
				if got := b.Kind + " " + b.LastDay.String(); got != tt.ban || b.Article.String() != tt.article {
					t.Errorf("ban = %s %v, want %s %s", got, b.Article, tt.ban, tt.article)
				}
				if b.Scope != lifecycle.OrganisationScope {
					t.Errorf("scope = %v, want organisation by default", b.Scope)
				}
			}
			if got := len(st.Blacklist) > 0; got != tt.listed {
				t.Errorf("blacklisted = %v, want %v (%s)", got, tt.listed, tt.rule)
			}
		})
	}
}

func TestDelistingNeedsFiledPlatform(t *testing.T) {
	// rule: lifecycle.25.delisting_ban — 摘牌 presupposes a plaque.
	h := with(filingSteps()[:4], ev("2025-02-01", lifecycle.Accident, lifecycle.CitySTB))
	_, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
	if !errors.Is(err, platform.ErrState) {
		t.Errorf("accident before filing: %v, want ErrState (第二十五条)", err)
	}
	// rule: lifecycle.24.removal_ban — no-show before filing is out of order.
	h = with(filingSteps()[:4], ev("2025-02-01", lifecycle.NoShow, lifecycle.CitySTB))
	if _, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{}); !errors.Is(err, platform.ErrOrder) {
		t.Errorf("no-show before filing: %v, want ErrOrder", err)
	}
	// rule: lifecycle.25.blacklist — a blacklisting for a platform never applied for.
	e := ev("2025-02-01", lifecycle.UnfinishedTasks, lifecycle.CitySTB)
	e.Platform = "ghost"
	if _, err := lifecycle.Replay(with(nil, e), d("2025-12-31"), lifecycle.Options{}); !errors.Is(err, platform.ErrOrder) {
		t.Errorf("blacklisting an unknown platform: %v, want ErrOrder", err)
	}
}

func TestBanEndsAcrossLeapDays(t *testing.T) {
	tests := []struct {
		name     string
		rule     string
		kind     lifecycle.Kind
		decided  string
		lastDay  string
		firstDay string
	}{
		{"2024-02-29 决定的三年禁止期：无对应日，止于 2027-02-28", "lifecycle.25.fraud_ban", lifecycle.Fraud, "2024-02-29", "2027-02-28", "2027-03-01"},
		{"2024-02-29 决定的五年禁止期止于 2029-02-28", "lifecycle.25.delisting_ban", lifecycle.Accident, "2024-02-29", "2029-02-28", "2029-03-01"},
		{"2025-02-28 决定的三年禁止期止于 2028-02-28（2028 年闰年，不延至 2 月 29 日）", "lifecycle.24.removal_ban", lifecycle.NoShow, "2025-02-28", "2028-02-28", "2028-02-29"},
		{"2025-03-01 决定的三年禁止期止于 2028-03-01", "lifecycle.24.removal_ban", lifecycle.NoShow, "2025-03-01", "2028-03-01", "2028-03-02"},
		{"2026-11-30 决定的三年禁止期止于 2029-11-30（节假日不顺延见 TestBanLastDaysWithLiteralDates）", "lifecycle.24.removal_ban", lifecycle.Withdrawal, "2026-11-30", "2029-11-30", "2029-12-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A platform filed on 2024-01-10 (the notice counted on a calendar of 2024).
			steps := filingSteps()
			dates := []string{"2023-12-01", "2023-12-04", "2023-12-05", "2023-12-06", "2023-12-07", "2023-12-08", "2023-12-11", "2024-01-10"}
			for i := range steps {
				steps[i].Date = d(dates[i])
			}
			e := ev(tt.decided, tt.kind, lifecycle.CitySTB)
			st, err := lifecycle.Replay(with(steps, e), d(tt.decided), lifecycle.Options{RollDeadlines: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Bans) != 1 || st.Bans[0].LastDay != d(tt.lastDay) {
				t.Fatalf("bans = %+v, want last day %s (%s)", st.Bans, tt.lastDay, tt.rule)
			}
			for _, c := range []struct {
				on  string
				may bool
			}{{tt.decided, false}, {tt.lastDay, false}, {tt.firstDay, true}} {
				p := st.MayApply(d(c.on), platform.KeyLaboratory)
				if p.May != c.may {
					t.Errorf("MayApply(%s) = %v, want %v", c.on, p.May, c.may)
				}
				if !c.may && (p.From != d(tt.firstDay) || p.Until != d(tt.lastDay)) {
					t.Errorf("MayApply(%s) until %v from %v, want %s, %s", c.on, p.Until, p.From, tt.lastDay, tt.firstDay)
				}
			}
		})
	}
}

func TestMayApply(t *testing.T) {
	h := filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB))
	tests := []struct {
		name    string
		rule    string
		opts    lifecycle.Options
		on      string
		typ     platform.Type
		outcome platform.Outcome
	}{
		{"禁止期开始前一日可以申请", "lifecycle.24.removal_ban", lifecycle.Options{}, "2026-05-05", platform.KeyLaboratory, platform.Pass},
		{"决定当日不得申请", "lifecycle.24.removal_ban", lifecycle.Options{}, "2026-05-06", platform.KeyLaboratory, platform.Fail},
		{"禁止期最后一日 2029-05-06 不得申请", "lifecycle.24.removal_ban", lifecycle.Options{}, "2029-05-06", platform.EngineeringCenter, platform.Fail},
		{"禁止期届满次日 2029-05-07 可以申请", "lifecycle.24.removal_ban", lifecycle.Options{}, "2029-05-07", platform.KeyLaboratory, platform.Pass},
		{"默认：禁止约束组织，其他类型平台亦不得申请", "lifecycle.24.removal_ban", lifecycle.Options{}, "2027-01-01", platform.EngineeringCenter, platform.Fail},
		{"选项：只约束同一平台，其他类型可以申请", "lifecycle.24.removal_ban", lifecycle.Options{BanSamePlatformOnly: true}, "2027-01-01", platform.EngineeringCenter, platform.Pass},
		{"选项：同类型平台仍不得申请", "lifecycle.24.removal_ban", lifecycle.Options{BanSamePlatformOnly: true}, "2027-01-01", platform.KeyLaboratory, platform.Fail},
		{"选项：未指明类型时按受约束处理", "lifecycle.24.removal_ban", lifecycle.Options{BanSamePlatformOnly: true}, "2027-01-01", 0, platform.Fail},
		{"未给出申请日期：信息不全", "lifecycle.24.removal_ban", lifecycle.Options{}, "", platform.KeyLaboratory, platform.Unknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(h, d("2026-12-31"), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var on platform.Date
			if tt.on != "" {
				on = d(tt.on)
			}
			p := st.MayApply(on, tt.typ)
			if p.Outcome != tt.outcome || p.May != (tt.outcome == platform.Pass) {
				t.Errorf("MayApply(%s, %v) = %v may=%v, want %v (%s)", tt.on, tt.typ, p.Outcome, p.May, tt.outcome, tt.rule)
			}
			if tt.outcome == platform.Fail {
				if p.Article.String() != "第二十四条" || p.Until != d("2029-05-06") || len(p.Bans) != 1 {
					t.Errorf("MayApply = %+v, want 第二十四条 until 2029-05-06", p)
				}
				eb := p.EligibilityBans()
				if len(eb) != 1 || eb[0].LastDay != d("2029-05-06") || eb[0].Article.String() != "第二十四条" || eb[0].Kind != "removal" {
					t.Errorf("EligibilityBans = %+v", eb)
				}
			}
		})
	}
}

func TestOverlappingBansTakeTheLongest(t *testing.T) {
	// rule: lifecycle.25.delisting_ban — a three-year ban and a later five-year ban: the later end binds.
	second := ev("2026-06-01", lifecycle.Application, lifecycle.RelyingUnit)
	second.Platform, second.Type = "station", platform.FieldStation
	acc := ev("2026-07-01", lifecycle.Accident, lifecycle.CitySTB)
	fraud := orgEvent("2026-08-01", lifecycle.Fraud)
	st, err := lifecycle.Replay(filed(second, acc, fraud), d("2026-12-31"), lifecycle.Options{BanSamePlatformOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	p := st.MayApply(d("2030-01-01"), platform.KeyLaboratory)
	if p.May || p.Until != d("2031-07-01") || p.Article.String() != "第二十五条" || len(p.Bans) != 1 {
		t.Errorf("MayApply = %+v, want barred until 2031-07-01", p)
	}
	// The organisation-level fraud ban binds every type, even with BanSamePlatformOnly.
	p = st.MayApply(d("2029-01-01"), platform.EngineeringCenter)
	if p.May || p.Until != d("2029-08-01") {
		t.Errorf("MayApply(engineering centre) = %+v, want barred until 2029-08-01 by the fraud ban", p)
	}
	if s, _ := st.Platform("station"); s.Stage != lifecycle.Applied {
		t.Errorf("station = %v, want applied", s.Stage)
	}
}

func TestEligibilityTakesTheBans(t *testing.T) {
	st, err := lifecycle.Replay(filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-12-31"), lifecycle.Options{BanSamePlatformOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		rule string
		typ  platform.Type
		n    int
	}{
		{"同类型平台：带入禁止", "lifecycle.24.removal_ban", platform.KeyLaboratory, 1},
		{"选项下其他类型：不带入", "lifecycle.24.removal_ban", platform.FieldStation, 0},
		{"未指明类型：带入", "lifecycle.24.removal_ban", 0, 1},
	}
	for _, tt := range tests {
		bans := st.EligibilityBans(tt.typ)
		if len(bans) != tt.n {
			t.Errorf("%s: EligibilityBans(%v) = %+v, want %d (%s)", tt.name, tt.typ, bans, tt.n, tt.rule)
		}
		for _, b := range bans {
			if b.LastDay != d("2029-05-06") || b.Article != platform.Art(24) {
				t.Errorf("%s: ban %+v", tt.name, b)
			}
		}
	}
}

func TestEligibilityCheckTakesLifecycleBans(t *testing.T) {
	st, err := lifecycle.Replay(filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-12-31"), lifecycle.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		rule    string
		date    string
		outcome platform.Outcome
	}{
		{"禁止期最后一日申请：eligibility 判不符合", "lifecycle.24.removal_ban", "2029-05-06", platform.Fail},
		{"禁止期届满次日申请：eligibility 判符合", "lifecycle.24.removal_ban", "2029-05-07", platform.Pass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			app := eligibility.Application{Type: platform.KeyLaboratory, Date: d(tt.date), Bans: eligibility.Some(st.EligibilityBans(platform.KeyLaboratory))}
			res, err := eligibility.Check(app, eligibility.Options{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range res.All() {
				if f.Rule != nil && f.Rule.ID == "eligibility.24.ban" {
					found = true
					if f.Outcome != tt.outcome {
						t.Errorf("eligibility.24.ban = %v, want %v (第二十四条)", f.Outcome, tt.outcome)
					}
				}
			}
			if !found {
				t.Error("eligibility reported no ban finding")
			}
		})
	}
}
