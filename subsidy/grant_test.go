package subsidy_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

// 第十六、十七条: the fact "filed at city level" decides whether the upgrade reward is owed.
func TestUpgradeCityFiling(t *testing.T) {
	tests := []struct {
		name     string
		rule     string
		filed    subsidy.CityFiling
		from, to platform.Level
		opts     subsidy.Options
		want     string
		outcome  platform.Outcome
		note     string
	}{
		{"第十六、十七条 从未经市级备案、认定为自治区级的平台本办法不予奖励，应给予0元", subsidy.RuleCityFiled,
			subsidy.NotFiledAtCity, 0, platform.Regional, subsidy.Options{}, "0", platform.Fail, "未经市级备案"},
		{"第十六、十七条 从未经市级备案、由自治区级升国家级的平台本办法不予奖励，应给予0元", subsidy.RuleCityFiled,
			subsidy.NotFiledAtCity, platform.Regional, platform.National, subsidy.Options{}, "0", platform.Fail, "不适用第十七条"},
		{"第十六、十七条 是否经市级备案不详的平台升级奖励为Unknown，并说明如经备案应给予50万元", subsidy.RuleCityFiled,
			subsidy.CityFilingUnknown, 0, platform.Regional, subsidy.Options{}, "0", platform.Unknown, "如经市级备案，应给予 50万元"},
		{"第十六、十七条 是否经市级备案不详、按补差解读自治区级升国家级：如经备案应给予150万元", subsidy.RuleCityFiled,
			subsidy.CityFilingUnknown, platform.Regional, platform.National, subsidy.Options{TopUp: true}, "0", platform.Unknown, "如经市级备案，应给予 150万元"},
		{"第十七条 已经市级备案、升自治区级的平台给予50万元", subsidy.RuleUpgradeRegional,
			subsidy.FiledAtCity, platform.City, platform.Regional, subsidy.Options{}, "500000", platform.Pass, ""},
		{"第十七条 未注明是否备案、自市级升国家级的平台按原有读法给予200万元", subsidy.RuleUpgradeNational,
			subsidy.CityFilingNotStated, platform.City, platform.National, subsidy.Options{}, "2000000", platform.Pass, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := subsidy.Upgrade(subsidy.DefaultSchedule(), platform.KeyLaboratory, tt.filed, tt.from, tt.to, tt.opts)
			require.NoError(t, err)
			assert.Truef(t, a.Amount.Equal(yuan(tt.want)), "amount %v, want %s", a.Amount, tt.want)
			require.NotNil(t, a.Finding.Rule)
			assert.Equal(t, tt.rule, a.Finding.Rule.ID)
			assert.Equal(t, tt.outcome, a.Finding.Outcome)
			assert.Equal(t, platform.Art(17), a.Citation, "the award names the clause of the benefit claimed")
			assert.Equal(t, tt.filed, a.CityFiling)
			assert.Contains(t, a.Finding.NoteZh(), tt.note)
			if tt.rule == subsidy.RuleCityFiled {
				assert.Equal(t, platform.Art(16), a.Finding.Cite())
				assert.Contains(t, a.Finding.Chinese(), "第十六条")
				assert.Contains(t, a.Finding.Chinese(), "第十七条")
				assert.NotEmpty(t, a.Finding.NoteEn())
			}
		})
	}
}

func TestUpgradeCityFilingErrors(t *testing.T) {
	tests := []struct {
		name     string
		rule     string
		filed    subsidy.CityFiling
		from, to platform.Level
		kind     platform.Kind
		field    string
	}{
		{"第十六条 未经市级备案却自市级升级，事实相互矛盾", subsidy.RuleCityFiled, subsidy.NotFiledAtCity, platform.City, platform.Regional, platform.ErrConflict, "from"},
		{"第十六条 是否备案不详却自市级升级，事实相互矛盾", subsidy.RuleCityFiled, subsidy.CityFilingUnknown, platform.City, platform.National, platform.ErrConflict, "from"},
		{"第十七条 已经市级备案的平台须有起始级别", subsidy.RuleUpgradeRegional, subsidy.FiledAtCity, 0, platform.Regional, platform.ErrMissing, "from"},
		{"第十七条 未经市级备案的平台认定为市级不是提档升级", subsidy.RuleCityFiled, subsidy.NotFiledAtCity, 0, platform.City, platform.ErrOrder, "to"},
		{"第十七条 未经市级备案的平台须有认定级别", subsidy.RuleCityFiled, subsidy.NotFiledAtCity, 0, 0, platform.ErrMissing, "to"},
		{"第十七条 未经市级备案的平台自国家级到自治区级不是提档升级", subsidy.RuleCityFiled, subsidy.NotFiledAtCity, platform.National, platform.Regional, platform.ErrOrder, "to"},
		{"第十七条 未经市级备案的平台起始级别须有效", subsidy.RuleCityFiled, subsidy.CityFilingUnknown, 7, platform.National, platform.ErrInvalid, "from"},
		{"第十六条 未知的备案事实是无效错误", subsidy.RuleCityFiled, 9, platform.City, platform.Regional, platform.ErrInvalid, "city_filing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := subsidy.Upgrade(subsidy.DefaultSchedule(), platform.KeyLaboratory, tt.filed, tt.from, tt.to, subsidy.Options{})
			require.ErrorIs(t, err, tt.kind)
			assert.True(t, hasField(err, tt.field), "error %v, want field %s", err, tt.field)
			assert.Nil(t, a.Finding.Rule, "nothing is computed on bad input")
		})
	}
}

func TestCityFilingCodes(t *testing.T) {
	for _, f := range []subsidy.CityFiling{subsidy.CityFilingNotStated, subsidy.FiledAtCity, subsidy.NotFiledAtCity, subsidy.CityFilingUnknown} {
		b, err := f.MarshalText()
		require.NoError(t, err)
		var back subsidy.CityFiling
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, f, back, "code %s", b)
		zh, err := subsidy.ParseCityFiling(f.Chinese())
		require.NoError(t, err)
		assert.Equal(t, f, zh, "Chinese %s", f.Chinese())
		assert.NotEmpty(t, f.English())
	}
	assert.Equal(t, "%!CityFiling(9)", subsidy.CityFiling(9).String())
	assert.Empty(t, subsidy.CityFiling(9).Chinese())
	assert.Empty(t, subsidy.CityFiling(9).English())
	_, err := subsidy.CityFiling(9).MarshalText()
	assert.ErrorIs(t, err, platform.ErrInvalid)
	_, err = subsidy.ParseCityFiling("maybe")
	assert.ErrorIs(t, err, platform.ErrInvalid)
	var f subsidy.CityFiling
	assert.ErrorIs(t, f.UnmarshalText([]byte("maybe")), platform.ErrInvalid)
	got, err := subsidy.ParseCityFiling(" ")
	require.NoError(t, err)
	assert.Equal(t, subsidy.CityFilingNotStated, got)
	// A claim written before the fact existed decodes to "not stated" and prices as it did.
	var c subsidy.Claim
	require.NoError(t, json.Unmarshal([]byte(`{"platform_id":"LAB-1","type":"key_laboratory","benefit":{"kind":"upgrade","level":"regional"},"from":"city"}`), &c))
	assert.Equal(t, subsidy.CityFilingNotStated, c.CityFiling)
	en, _, err := subsidy.Entitle(subsidy.Ledger{}, c, subsidy.DefaultSchedule(), subsidy.Options{})
	require.NoError(t, err)
	assert.True(t, en.Payable.Equal(platform.WanYuan(50)), "payable %v", en.Payable)
	out, err := json.Marshal(c)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "city_filing", "a claim that does not state the fact writes none")
}

const cityDoc = "拉萨市科技创新奖励办法"

func grant(b subsidy.Benefit, wan int64, ref string) subsidy.Entry {
	return subsidy.Entry{PlatformID: "LAB-1", Benefit: b, Amount: platform.WanYuan(wan), Ref: ref, Granted: true,
		Source: subsidy.OtherDocument(cityDoc, platform.MustDate(2024, 4, 1))}
}

func paying(b subsidy.Benefit, wan int64, ref, of string) subsidy.Entry {
	return subsidy.Entry{PlatformID: "LAB-1", Benefit: b, Amount: platform.WanYuan(wan), Ref: ref, Grant: of,
		Source: subsidy.OtherDocument(cityDoc, platform.MustDate(2024, 4, 1))}
}

// 第十六、十七、二十八条 through Entitle: a never-filed platform is owed nothing, one not
// known to be filed is Unknown; a grant not yet paid is deducted once, and its later
// payment is not deducted again.
func TestEntitleGrantsAndCityFiling(t *testing.T) {
	good1 := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Cycled(1), Grade: platform.Good}
	upgrade := func(f subsidy.CityFiling, from platform.Level) subsidy.Claim {
		return subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Upgraded(platform.Regional),
			CityFiling: f, From: from}
	}
	tests := []struct {
		name     string
		rule     string
		ledger   []subsidy.Entry
		claim    subsidy.Claim
		payable  int64
		deducted int64
		granted  int64
		excess   int64
		outcomes []platform.Outcome
		rules    []string
		note     string
	}{
		{"第十六、十七条 从未经市级备案的平台申领升级奖励：应拨付0元，并引第十六、十七条", subsidy.RuleCityFiled,
			nil, upgrade(subsidy.NotFiledAtCity, 0), 0, 0, 0, 0,
			[]platform.Outcome{platform.Fail}, []string{subsidy.RuleCityFiled}, "未经市级备案"},
		{"第十六、十七条 是否经市级备案不详的平台申领升级奖励：结果为Unknown，不拨付", subsidy.RuleCityFiled,
			nil, upgrade(subsidy.CityFilingUnknown, 0), 0, 0, 0, 0,
			[]platform.Outcome{platform.Unknown}, []string{subsidy.RuleCityFiled}, "不详"},
		{"第十六、十七、二十八条 从未经市级备案的平台已按本办法领取升级奖励：超出部分报请核对", subsidy.RuleExcessReconciling,
			[]subsidy.Entry{here("LAB-1", subsidy.Upgraded(platform.Regional), "500000")}, upgrade(subsidy.NotFiledAtCity, 0), 0, 50, 0, 50,
			[]platform.Outcome{platform.Fail, platform.Review}, []string{subsidy.RuleCityFiled, subsidy.RuleExcessReconciling}, "未经市级备案"},
		{"第二十八条 已经市级备案的平台申领升级奖励：应拨付50万元", subsidy.RuleNoDoubleBenefit,
			nil, upgrade(subsidy.FiledAtCity, platform.City), 50, 0, 0, 0,
			[]platform.Outcome{platform.Pass, platform.Pass}, []string{subsidy.RuleUpgradeRegional, subsidy.RuleNoDoubleBenefit}, "此前未享受"},
		{"第二十八条 市内其他文件已批准、尚未拨付20万元：本办法只拨付差额40万元", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{grant(subsidy.Cycled(1), 20, "G1")}, good1, 40, 20, 20, 0,
			[]platform.Outcome{platform.Pass, platform.Pass}, []string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit}, "批准20万元"},
		{"第二十八条 同一批准其后拨付并关联：仍只扣减一次，拨付差额40万元", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{grant(subsidy.Cycled(1), 20, "G1"), paying(subsidy.Cycled(1), 20, "P1", "G1")}, good1, 40, 20, 0, 0,
			[]platform.Outcome{platform.Pass, platform.Pass}, []string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit}, "兑现批准 G1"},
		{"第二十八条 拨付记录在批准之前登记也只扣减一次", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{paying(subsidy.Cycled(1), 20, "P1", "G1"), grant(subsidy.Cycled(1), 20, "G1")}, good1, 40, 20, 0, 0,
			[]platform.Outcome{platform.Pass, platform.Pass}, []string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit}, "只计一次"},
		{"第二十八条 批准30万元只拨付10万元：按批准额扣减30万元，拨付差额30万元", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{grant(subsidy.Cycled(1), 30, "G1"), paying(subsidy.Cycled(1), 10, "P1", "G1")}, good1, 30, 30, 20, 0,
			[]platform.Outcome{platform.Pass, platform.Pass}, []string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit}, "补足差额"},
		{"第二十八条 批准20万元实际拨付25万元：按拨付额扣减25万元", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{grant(subsidy.Cycled(1), 20, "G1"), paying(subsidy.Cycled(1), 25, "P1", "G1")}, good1, 35, 25, 0, 0,
			[]platform.Outcome{platform.Pass, platform.Pass}, []string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit}, "补足差额"},
		{"第二十八条 未关联批准的拨付与批准分别扣减", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{grant(subsidy.Cycled(1), 20, "G1"), paying(subsidy.Cycled(1), 20, "P1", "")}, good1, 20, 40, 20, 0,
			[]platform.Outcome{platform.Pass, platform.Pass}, []string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit}, "补足差额"},
		{"第二十八条 其他文件批准80万元、超过本办法标准60万元：应拨付0元，超出20万元报请核对", subsidy.RuleExcessReconciling,
			[]subsidy.Entry{grant(subsidy.Cycled(1), 80, "G1")}, good1, 0, 80, 80, 20,
			[]platform.Outcome{platform.Pass, platform.Fail, platform.Review},
			[]string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit, subsidy.RuleExcessReconciling}, "超出 20万元"},
		{"第二十八条 其他文件批准80万元其后全额拨付：超出部分仍为20万元，不重复计算", subsidy.RuleExcessReconciling,
			[]subsidy.Entry{grant(subsidy.Cycled(1), 80, "G1"), paying(subsidy.Cycled(1), 80, "P1", "G1")}, good1, 0, 80, 0, 20,
			[]platform.Outcome{platform.Pass, platform.Fail, platform.Review},
			[]string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit, subsidy.RuleExcessReconciling}, "超出 20万元"},
		{"第二十八条、第十六条 自治区级文件的批准不予扣减", subsidy.RuleHigherLevelSource,
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Cycled(1), Amount: platform.WanYuan(30), Granted: true,
				Source: subsidy.OtherDocumentAt(platform.Regional, "西藏自治区平台奖励办法", platform.Date{})}}, good1, 60, 0, 0, 0,
			[]platform.Outcome{platform.Pass, platform.Pass, platform.Pass},
			[]string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit, subsidy.RuleHigherLevelSource}, "批准30万元"},
		{"第二十八条 未注明制发层级的文件的批准按市内文件扣减并报请注明", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: subsidy.Cycled(1), Amount: platform.WanYuan(30), Granted: true,
				Source: subsidy.OtherDocumentAt(0, "某奖励办法", platform.Date{})}}, good1, 30, 30, 30, 0,
			[]platform.Outcome{platform.Pass, platform.Review}, []string{"subsidy.23.cycle.key_laboratory.good", subsidy.RuleNoDoubleBenefit}, "未注明制发层级"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := subsidy.Ledger{Entries: tt.ledger}
			en, next, err := subsidy.Entitle(l, tt.claim, subsidy.DefaultSchedule(), subsidy.Options{})
			require.NoError(t, err)
			assert.Truef(t, en.Payable.Equal(platform.WanYuan(tt.payable)), "payable %v, want %d万元", en.Payable, tt.payable)
			assert.Truef(t, en.Deducted().Equal(platform.WanYuan(tt.deducted)), "deducted %v, want %d万元", en.Deducted(), tt.deducted)
			assert.Truef(t, en.Granted.Equal(platform.WanYuan(tt.granted)), "granted %v, want %d万元", en.Granted, tt.granted)
			assert.Truef(t, en.Excess.Equal(platform.WanYuan(tt.excess)), "excess %v, want %d万元", en.Excess, tt.excess)
			var outcomes []platform.Outcome
			var rules []string
			var text strings.Builder
			for _, f := range en.Findings {
				outcomes = append(outcomes, f.Outcome)
				rules = append(rules, f.Rule.ID)
				text.WriteString(f.Chinese())
				assert.NotEmpty(t, f.English())
			}
			assert.Equal(t, tt.outcomes, outcomes)
			assert.Equal(t, tt.rules, rules)
			assert.Contains(t, rules, tt.rule)
			assert.Contains(t, text.String(), tt.note)
			wantLen := len(tt.ledger)
			if tt.payable > 0 {
				wantLen++
			}
			assert.Len(t, next.Entries, wantLen, "a payment is entered only when something is payable")
		})
	}
}

func TestLedgerGrantValidation(t *testing.T) {
	b := subsidy.Cycled(1)
	other := grant(b, 20, "G1")
	other.Source.Document = "拉萨市另一份文件"
	tests := []struct {
		name    string
		rule    string
		entries []subsidy.Entry
		kind    platform.Kind
		field   string
	}{
		{"第二十八条 批准记录不能关联另一批准", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{grant(b, 20, "G1"), {PlatformID: "LAB-1", Benefit: b, Amount: platform.WanYuan(20), Granted: true, Grant: "G1",
				Source: subsidy.OtherDocument(cityDoc, platform.Date{})}}, platform.ErrInvalid, "entries[1].grant"},
		{"第二十八条 拨付关联的批准不存在", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{paying(b, 20, "P1", "G9")}, platform.ErrMissing, "entries[0].grant"},
		{"第二十八条 拨付关联的是另一文件的批准", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{other, paying(b, 20, "P1", "G1")}, platform.ErrMissing, "entries[1].grant"},
		{"第二十八条 拨付关联的是另一奖励的批准", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{grant(subsidy.Filed(), 20, "G1"), paying(b, 20, "P1", "G1")}, platform.ErrMissing, "entries[1].grant"},
		{"第二十八条 同一文件对同一奖励的两项批准编号相同", subsidy.RuleNoDoubleBenefit,
			[]subsidy.Entry{grant(b, 20, "G1"), grant(b, 30, "G1")}, platform.ErrDuplicate, "entries[1].ref"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := subsidy.Ledger{Entries: tt.entries}.Validate()
			require.ErrorIs(t, err, tt.kind)
			assert.True(t, hasField(err, tt.field), "error %v, want field %s", err, tt.field)
		})
	}
	ok := subsidy.Ledger{Entries: []subsidy.Entry{grant(b, 20, "G1"), paying(b, 10, "P1", "G1"), paying(b, 10, "P2", "G1"),
		grant(b, 5, ""), grant(subsidy.Filed(), 20, "G1")}}
	require.NoError(t, ok.Validate())
	out, err := json.Marshal(ok)
	require.NoError(t, err)
	var back subsidy.Ledger
	require.NoError(t, json.Unmarshal(out, &back))
	require.Len(t, back.Entries, len(ok.Entries))
	for i := range ok.Entries {
		assert.Equal(t, ok.Entries[i].Granted, back.Entries[i].Granted)
		assert.Equal(t, ok.Entries[i].Grant, back.Entries[i].Grant)
	}
	// An entry written before grants existed is a payment.
	var old subsidy.Entry
	require.NoError(t, json.Unmarshal([]byte(`{"platform_id":"LAB-1","benefit":{"kind":"filing"},"amount":"200000","source":{}}`), &old))
	assert.False(t, old.Granted)
	assert.Empty(t, old.Grant)
}

// 第二十八条 不得重复享受: for any order of grants, payments and claims, no benefit is
// deducted twice (a grant and the payments linked to it count once, for the larger of the
// two) and nothing is paid twice (what these measures pay for a benefit never exceeds its
// amount less what other city documents granted or paid before the claim).
func TestPropertyGrantsCountedOnce(t *testing.T) {
	benefits := []subsidy.Benefit{subsidy.Filed(), subsidy.Cycled(1), subsidy.Upgraded(platform.Regional)}
	award := map[subsidy.Benefit]platform.Amount{
		subsidy.Filed(): platform.WanYuan(50), subsidy.Cycled(1): platform.WanYuan(60), subsidy.Upgraded(platform.Regional): platform.WanYuan(50),
	}
	docs := []string{"拉萨市文件甲", "拉萨市文件乙"}
	rapid.Check(t, func(t *rapid.T) {
		type grantRec struct {
			b   subsidy.Benefit
			doc string
			ref string
		}
		var l subsidy.Ledger
		var grants []grantRec
		paidHere := map[subsidy.Benefit]platform.Amount{}
		// model: what other documents count for, per benefit, computed without the library.
		model := func(b subsidy.Benefit, es []subsidy.Entry) platform.Amount {
			var sum platform.Amount
			for _, g := range es {
				if g.Benefit != b || g.Source.IsThisMeasure() {
					continue
				}
				switch {
				case g.Granted:
					var onIt platform.Amount
					for _, p := range es {
						if !p.Granted && p.Grant != "" && p.Grant == g.Ref && p.Benefit == b && p.Source.Document == g.Source.Document {
							onIt = onIt.Add(p.Amount)
						}
					}
					sum = sum.Add(g.Amount.Max(onIt))
				case g.Grant != "":
					// counted with its grant
				default:
					sum = sum.Add(g.Amount)
				}
			}
			return sum
		}
		steps := rapid.IntRange(1, 20).Draw(t, "steps")
		for i := 0; i < steps; i++ {
			b := rapid.SampledFrom(benefits).Draw(t, "benefit")
			switch op := rapid.IntRange(0, 2).Draw(t, "op"); op {
			case 0: // another city document grants the benefit
				g := grantRec{b, rapid.SampledFrom(docs).Draw(t, "doc"), "G" + strconv.Itoa(i)}
				grants = append(grants, g)
				l.Entries = append(l.Entries, subsidy.Entry{PlatformID: "P", Benefit: b, Granted: true, Ref: g.ref,
					Amount: platform.WanYuan(int64(rapid.IntRange(1, 80).Draw(t, "granted"))), Source: subsidy.OtherDocument(g.doc, platform.Date{})})
			case 1: // another city document pays, on a recorded grant or not
				e := subsidy.Entry{PlatformID: "P", Benefit: b, Ref: "P" + strconv.Itoa(i),
					Amount: platform.WanYuan(int64(rapid.IntRange(1, 80).Draw(t, "paid"))),
					Source: subsidy.OtherDocument(rapid.SampledFrom(docs).Draw(t, "doc"), platform.Date{})}
				if len(grants) > 0 && rapid.Bool().Draw(t, "linked") {
					g := rapid.SampledFrom(grants).Draw(t, "grant")
					e.Benefit, e.Grant, e.Source.Document = g.b, g.ref, g.doc
				}
				l.Entries = append(l.Entries, e)
			default: // a claim under these measures
				c := subsidy.Claim{PlatformID: "P", Type: platform.KeyLaboratory, Benefit: b, Ref: "C" + strconv.Itoa(i)}
				switch b.Kind {
				case subsidy.CycleAward:
					c.Grade = platform.Good
				case subsidy.UpgradeReward:
					c.CityFiling, c.From = subsidy.FiledAtCity, platform.City
				}
				en, next, err := subsidy.Entitle(l, c, subsidy.DefaultSchedule(), subsidy.Options{})
				if err != nil {
					t.Fatalf("Entitle error %v", err)
				}
				elsewhere := model(b, l.Entries)
				if !en.Deducted().Equal(paidHere[b].Add(elsewhere)) {
					t.Fatalf("%s deducted %v, want %v here and %v elsewhere counted once", b, en.Deducted(), paidHere[b], elsewhere)
				}
				want := award[b].Sub(paidHere[b]).Sub(elsewhere).Max(platform.Amount{})
				if !en.Payable.Equal(want) {
					t.Fatalf("%s payable %v, want %v", b, en.Payable, want)
				}
				paidHere[b] = paidHere[b].Add(en.Payable)
				if paidHere[b].Cmp(award[b]) > 0 {
					t.Fatalf("%s paid %v in all under these measures, more than %v", b, paidHere[b], award[b])
				}
				l = next
			}
		}
		// The ledger's order does not matter.
		shuffled := subsidy.Ledger{Entries: rapid.Permutation(l.Entries).Draw(t, "order")}
		for _, b := range benefits {
			c := subsidy.Claim{PlatformID: "P", Type: platform.KeyLaboratory, Benefit: b, Grade: platform.Good}
			if b.Kind != subsidy.CycleAward {
				c.Grade = 0
			}
			if b.Kind == subsidy.UpgradeReward {
				c.CityFiling, c.From = subsidy.FiledAtCity, platform.City
			}
			x, _, err1 := subsidy.Entitle(l, c, subsidy.DefaultSchedule(), subsidy.Options{})
			y, _, err2 := subsidy.Entitle(shuffled, c, subsidy.DefaultSchedule(), subsidy.Options{})
			if err1 != nil || err2 != nil || !x.Deducted().Equal(y.Deducted()) || !x.Payable.Equal(y.Payable) || !x.Excess.Equal(y.Excess) {
				t.Fatalf("ledger order changed %s: %v/%v vs %v/%v (%v, %v)", b, x.Deducted(), x.Payable, y.Deducted(), y.Payable, err1, err2)
			}
		}
	})
}
