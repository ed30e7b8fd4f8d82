package subsidy_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/subsidy"
)

// Rows written from 第十六、十七、二十八条 before running the library (review of issue 21):
// grants of two documents that share a reference, grants under these measures, and payments
// entered before the grant they pay. A key laboratory's cycle award for 良好 is 60万元.
func TestGrantsFromTheLawsText(t *testing.T) {
	b := subsidy.Cycled(1)
	claim := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: b, Grade: platform.Good}
	docB := func(e subsidy.Entry) subsidy.Entry { e.Source.Document = "拉萨市另一份文件"; return e }
	thisMeasure := func(e subsidy.Entry) subsidy.Entry { e.Source = subsidy.ThisMeasure(); return e }
	tests := []struct {
		name     string
		ledger   []subsidy.Entry
		payable  int64
		deducted int64
		excess   int64
	}{
		{"第二十八条 两份市内文件的批准编号相同、只拨付其中一份：另一份的批准仍全额扣减，拨付差额20万元",
			[]subsidy.Entry{grant(b, 20, "G1"), docB(grant(b, 20, "G1")), docB(paying(b, 20, "P1", "G1"))}, 20, 40, 0},
		{"第二十八条 两份市内文件的批准编号相同、先登记拨付：结果相同",
			[]subsidy.Entry{docB(paying(b, 20, "P1", "G1")), docB(grant(b, 20, "G1")), grant(b, 20, "G1")}, 20, 40, 0},
		{"第二十八条 本办法已批准、尚未拨付60万元：不再拨付，亦无超出",
			[]subsidy.Entry{thisMeasure(grant(b, 60, "B-1"))}, 0, 60, 0},
		{"第二十八条 本办法已批准60万元、其后拨付并关联：仍只扣减一次，不再拨付",
			[]subsidy.Entry{thisMeasure(grant(b, 60, "B-1")), thisMeasure(paying(b, 60, "P-1", "B-1"))}, 0, 60, 0},
		{"第二十八条 本办法批准60万元、其他市内文件又批准10万元：超出10万元报请核对",
			[]subsidy.Entry{thisMeasure(grant(b, 60, "B-1")), grant(b, 10, "G1")}, 0, 70, 10},
		{"第二十八条 批准恰为本办法标准60万元：应拨付0元，不报超出",
			[]subsidy.Entry{grant(b, 60, "G1")}, 0, 60, 0},
		{"第二十八条 批准比本办法标准少1分：应拨付1分",
			[]subsidy.Entry{{PlatformID: "LAB-1", Benefit: b, Amount: yuan("599999.99"), Ref: "G1", Granted: true,
				Source: subsidy.OtherDocument(cityDoc, platform.Date{})}}, -1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			en, _, err := subsidy.Entitle(subsidy.Ledger{Entries: tt.ledger}, claim, subsidy.DefaultSchedule(), subsidy.Options{})
			require.NoError(t, err, subsidy.RuleNoDoubleBenefit)
			if tt.payable < 0 { // one 分
				assert.Truef(t, en.Payable.Equal(yuan("0.01")), "payable %v, want 0.01元", en.Payable)
				return
			}
			assert.Truef(t, en.Payable.Equal(platform.WanYuan(tt.payable)), "payable %v, want %d万元", en.Payable, tt.payable)
			assert.Truef(t, en.Deducted().Equal(platform.WanYuan(tt.deducted)), "deducted %v, want %d万元", en.Deducted(), tt.deducted)
			assert.Truef(t, en.Excess.Equal(platform.WanYuan(tt.excess)), "excess %v, want %d万元", en.Excess, tt.excess)
			hasExcess := false
			for _, f := range en.Findings {
				if f.Rule.ID == subsidy.RuleExcessReconciling {
					hasExcess = true
					assert.Equal(t, platform.Review, f.Outcome)
				}
			}
			assert.Equal(t, tt.excess > 0, hasExcess, "an excess is reported exactly when there is one")
		})
	}
}

// Claims as JSON, as a filing system stores them: the city-filing fact in its code or its
// Chinese words decodes to what it says; a claim written before the fact existed reads as
// before; a word that is not an answer is an error, never a silent pass or fail (第十六、十七条).
func TestCityFilingFromStoredClaims(t *testing.T) {
	const head = `{"platform_id":"LAB-1","type":"key_laboratory","benefit":{"kind":"upgrade","level":"regional"}`
	tests := []struct {
		name    string
		json    string
		payable int64
		outcome platform.Outcome // of the first finding
		rule    string
		decode  bool // false: decoding is an error
	}{
		{"第十六、十七条 city_filing为not_filed、无起始级别：应拨付0元，引第十六条", head + `,"city_filing":"not_filed"}`, 0, platform.Fail, subsidy.RuleCityFiled, true},
		{"第十六、十七条 city_filing以中文“未经市级备案”记载：同样应拨付0元", head + `,"city_filing":"未经市级备案"}`, 0, platform.Fail, subsidy.RuleCityFiled, true},
		{"第十六、十七条 city_filing为unknown：结果为Unknown，不拨付", head + `,"city_filing":"unknown"}`, 0, platform.Unknown, subsidy.RuleCityFiled, true},
		{"第十六、十七条 city_filing为filed、自市级：应拨付50万元", head + `,"city_filing":"filed","from":"city"}`, 50, platform.Pass, subsidy.RuleUpgradeRegional, true},
		{"第十六、十七条 未记载city_filing、自市级（旧记录）：按原读法应拨付50万元", head + `,"from":"city"}`, 50, platform.Pass, subsidy.RuleUpgradeRegional, true},
		{"第十六条 city_filing不是四种答案之一：解码即为错误", head + `,"city_filing":"maybe"}`, 0, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c subsidy.Claim
			err := json.Unmarshal([]byte(tt.json), &c)
			if !tt.decode {
				require.ErrorIs(t, err, platform.ErrInvalid)
				return
			}
			require.NoError(t, err)
			en, _, err := subsidy.Entitle(subsidy.Ledger{}, c, subsidy.DefaultSchedule(), subsidy.Options{})
			require.NoError(t, err, tt.rule)
			assert.Truef(t, en.Payable.Equal(platform.WanYuan(tt.payable)), "payable %v, want %d万元", en.Payable, tt.payable)
			require.NotEmpty(t, en.Findings)
			assert.Equal(t, tt.rule, en.Findings[0].Rule.ID)
			assert.Equal(t, tt.outcome, en.Findings[0].Outcome)
		})
	}
	t.Run("第十六条 备案事实只属于升级奖励：备案扶持资助的申领带有该事实是错误", func(t *testing.T) {
		c := subsidy.Claim{PlatformID: "LAB-1", Type: platform.KeyLaboratory, Benefit: subsidy.Filed(), CityFiling: subsidy.NotFiledAtCity}
		_, _, err := subsidy.Entitle(subsidy.Ledger{}, c, subsidy.DefaultSchedule(), subsidy.Options{})
		require.ErrorIs(t, err, platform.ErrInvalid)
		assert.True(t, hasField(err, "claim.city_filing"), "error %v", err)
	})
}

// A cycle claim stored before Claim.During existed, with Held, keeps its meaning: the level
// held for the whole cycle (第二十三条 under CeaseCycleAfterUpgrade: 0 元 for a cycle held at
// 自治区级; by default the award stands).
func TestStoredCycleClaimWithHeld(t *testing.T) {
	const stored = `{"platform_id":"LAB-1","type":"key_laboratory","benefit":{"kind":"cycle","cycle":1},"grade":"excellent","held":"regional"}`
	var c subsidy.Claim
	require.NoError(t, json.Unmarshal([]byte(stored), &c))
	require.Nil(t, c.During)
	require.Equal(t, platform.Regional, c.Held)
	for _, tt := range []struct {
		name string
		opts subsidy.Options
		wan  int64
	}{
		{"第二十三条 旧记录held为自治区级、按选项停发：0元", subsidy.Options{CeaseCycleAfterUpgrade: true}, 0},
		{"第二十三条 旧记录held为自治区级、按选项停发并以周期开始时为准：仍为0元（held表示整个周期）", subsidy.Options{CeaseCycleAfterUpgrade: true, LevelAtCycleStart: true}, 0},
		{"第二十三条 旧记录held为自治区级、默认继续享受：70万元", subsidy.Options{}, 70},
	} {
		t.Run(tt.name, func(t *testing.T) {
			en, _, err := subsidy.Entitle(subsidy.Ledger{}, c, subsidy.DefaultSchedule(), tt.opts)
			require.NoError(t, err)
			assert.Truef(t, en.Payable.Equal(platform.WanYuan(tt.wan)), "payable %v, want %d万元", en.Payable, tt.wan)
		})
	}
}
