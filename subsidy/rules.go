package subsidy

import "github.com/lhasa-sti/platform"

// The law's words, quoted once.
const (
	art15Zh = "对获得市级备案的科技创新平台，分类给予扶持资助"
	art17Zh = "对提档升级为国家级和自治区级的科技创新平台，分别给予 200 万元、50 万元的一次性奖励扶持"
	art23Zh = "在单个评估周期内（三年），对考核等次为良好、优秀的工程技术中心和野外科学观测研究站分别给予 15、20 万元奖励扶持；" +
		"对考核等次为良好、优秀的重点实验室分别给予 60、70 万元奖励扶持；" +
		"对考核等次为良好、优秀的技术创新中心、临床医学研究中心、新型研发机构分别给予 120、150 万元奖励扶持"
	art16Zh = "鼓励支持市级备案的各类科技创新平台提档升级，积极申报认定自治区级、国家级科技创新平台,并享受上级有关科研创新平台扶持政策"
	art28Zh = "本办法奖励扶持条款与市内其他文件规定重复的，按本办法执行，不得重复享受"
)

// Rule IDs that are not per type or grade.
const (
	RuleUpgradeRegional   = "subsidy.17.upgrade.regional"
	RuleUpgradeNational   = "subsidy.17.upgrade.national"
	RuleCycleUpgraded     = "subsidy.23.cycle.upgraded_platform"
	RuleNoDoubleBenefit   = "subsidy.28.no_double_benefit"
	RuleExcessReconciling = "subsidy.28.excess"
	RuleHigherLevelSource = "subsidy.28.higher_level_document"
	// RuleCityFiled is the condition of 第十六、十七条 that the upgraded platform was filed
	// at city level: a platform never filed gets 0 元 (Fail), one not known to be gets
	// Unknown.
	RuleCityFiled = "subsidy.16.city_filed"
)

// filingZh is 第十五条's phrase for each type, word for word.
var filingZh = [...]string{"",
	"市级工程技术中心给予 20 万元扶持资助",
	"市级野外科学观测研究站给予 20 万元扶持资助",
	"市级重点实验室给予 50 万元扶持资助",
	"市级技术创新中心给予 50 万元扶持资助",
	"市级临床医学研究中心给予 50 万元扶持资助",
	"市级新型研发机构给予 50 万元扶持资助",
}

var filingEnAmount = [...]string{"", "200,000", "200,000", "500,000", "500,000", "500,000", "500,000"}

// cycleZh is 第二十三条's phrase for each type, word for word.
var cycleZh = [...]string{"",
	"对考核等次为良好、优秀的工程技术中心和野外科学观测研究站分别给予 15、20 万元奖励扶持",
	"对考核等次为良好、优秀的工程技术中心和野外科学观测研究站分别给予 15、20 万元奖励扶持",
	"对考核等次为良好、优秀的重点实验室分别给予 60、70 万元奖励扶持",
	"对考核等次为良好、优秀的技术创新中心、临床医学研究中心、新型研发机构分别给予 120、150 万元奖励扶持",
	"对考核等次为良好、优秀的技术创新中心、临床医学研究中心、新型研发机构分别给予 120、150 万元奖励扶持",
	"对考核等次为良好、优秀的技术创新中心、临床医学研究中心、新型研发机构分别给予 120、150 万元奖励扶持",
}

var cycleEnAmount = [...][2]string{{}, {"150,000", "200,000"}, {"150,000", "200,000"}, {"600,000", "700,000"},
	{"1,200,000", "1,500,000"}, {"1,200,000", "1,500,000"}, {"1,200,000", "1,500,000"}}

// ruleBook holds every rule of the package. It is built once from literals and never
// mutated; findings point into it and [Rules] hands out copies.
type ruleBook struct {
	filing   [platform.NewRDInstitution + 1]platform.Rule
	upgrade  [platform.National + 1]platform.Rule
	cycle    [platform.NewRDInstitution + 1][platform.Poor + 1]platform.Rule
	upgraded platform.Rule
	double   platform.Rule
	excess   platform.Rule
	higher   platform.Rule
	filed    platform.Rule
}

var book = newRuleBook()

func newRuleBook() *ruleBook {
	b := &ruleBook{}
	for _, t := range platform.Types() {
		b.filing[t] = platform.Rule{
			ID:   "subsidy.15.filing." + t.String(),
			Cite: platform.Art(15),
			Zh:   art15Zh + "：" + filingZh[t],
			En:   "a " + t.English() + " filed at city level receives a support subsidy of " + filingEnAmount[t] + " yuan",
		}
		for _, g := range platform.Grades() {
			r := platform.Rule{ID: "subsidy.23.cycle." + t.String() + "." + g.String(), Cite: platform.Art(23)}
			switch g {
			case platform.Excellent, platform.Good:
				amt := cycleEnAmount[t][0]
				if g == platform.Excellent {
					amt = cycleEnAmount[t][1]
				}
				r.Zh = "在单个评估周期内（三年），" + cycleZh[t]
				r.En = "in a single evaluation cycle (three years), a " + t.English() + " graded " + g.English() +
					" receives an award of " + amt + " yuan"
			default:
				r.Zh = "在单个评估周期内（三年），" + cycleZh[t] + "；考核等次为" + g.Chinese() + "的，本条不予奖励扶持"
				r.En = "in a single evaluation cycle (three years), a " + t.English() + " graded " + g.English() +
					" receives no award: the article rewards only the grades good and excellent"
			}
			b.cycle[t][g] = r
		}
	}
	b.upgrade[platform.Regional] = platform.Rule{ID: RuleUpgradeRegional, Cite: platform.Art(17), Zh: art17Zh,
		En: "a platform upgraded to the autonomous-region level receives a one-time reward of 500,000 yuan"}
	b.upgrade[platform.National] = platform.Rule{ID: RuleUpgradeNational, Cite: platform.Art(17), Zh: art17Zh,
		En: "a platform upgraded to the national level receives a one-time reward of 2,000,000 yuan"}
	b.upgraded = platform.Rule{ID: RuleCycleUpgraded, Cite: platform.Art(23),
		Zh: art23Zh + "（本条未明示已提档升级为自治区级、国家级的平台是否继续享受；按选项 CeaseCycleAfterUpgrade，自升级起不再享受）",
		En: "the cycle award is for city-level platforms; whether a platform upgraded to the regional or national level keeps receiving it is not stated"}
	b.double = platform.Rule{ID: RuleNoDoubleBenefit, Cite: platform.Art(28), Zh: art28Zh,
		En: "where these measures' rewards and support overlap with other city documents, these measures apply and the same benefit may not be received twice"}
	b.excess = platform.Rule{ID: RuleExcessReconciling, Cite: platform.Art(28), Zh: art28Zh + "（已领取超过本办法标准的部分，报请核对）",
		En: "what was already received beyond these measures' amount for the same benefit is reported for reconciliation"}
	b.higher = platform.Rule{ID: RuleHigherLevelSource, Cite: platform.Art(28),
		Zh: art28Zh + "（自治区级、国家级文件不属于市内其他文件，依其所领不扣减本办法的奖励扶持；第十六条：" + art16Zh + "）",
		En: "what a platform received under an autonomous-region or national document is not deducted from these measures' amount: " +
			"the article reaches only other city documents, and Art. 16 expects upgraded platforms to enjoy the support policies of higher levels"}
	b.filed = platform.Rule{ID: RuleCityFiled, Cite: platform.Art(16),
		Zh: "第十六条：" + art16Zh + "；第十七条：" + art17Zh,
		En: "Art. 16 encourages platforms filed at city level to upgrade, and Art. 17 rewards that upgrade: " +
			"a platform never filed at city level under these measures is owed no upgrade reward"}
	return b
}

// Rules returns every rule of the package, as a fresh slice: the filing subsidy of each
// type (第十五条), the two upgrade rewards (第十七条), the cycle award of each type and
// grade and the reading for upgraded platforms (第二十三条), and no double benefit with the
// excess report and the rule for documents of higher levels (第二十八条), and the condition
// of 第十六、十七条 that an upgraded platform was filed at city level.
func Rules() []platform.Rule {
	var out []platform.Rule
	for _, t := range platform.Types() {
		out = append(out, book.filing[t])
	}
	out = append(out, book.upgrade[platform.Regional], book.upgrade[platform.National])
	for _, t := range platform.Types() {
		for _, g := range platform.Grades() {
			out = append(out, book.cycle[t][g])
		}
	}
	return append(out, book.upgraded, book.double, book.excess, book.higher, book.filed)
}
