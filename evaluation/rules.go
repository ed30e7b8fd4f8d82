package evaluation

import "github.com/lhasa-sti/platform"

// Rule IDs. They are stable: reports and tests refer to them.
const (
	RuleEvaluator         = "evaluation.19.evaluator"
	RuleScheme            = "evaluation.21.scheme"
	RuleScoreRange        = "evaluation.21.score_range"
	RuleTotal             = "evaluation.21.total"
	RuleBand              = "evaluation.22.band"
	RuleCapExcellent      = "evaluation.22.cap_excellent"
	RuleFloorPoor         = "evaluation.22.floor_poor"
	RuleTieCap            = "evaluation.22.tie_cap"
	RuleTieFloor          = "evaluation.22.tie_floor"
	RuleFloorWaived       = "evaluation.22.floor_waived"
	RuleCapTieException   = "evaluation.22.cap_tie_exception"
	RuleGrouping          = "evaluation.22.grouping"
	RuleAbsent            = "evaluation.24.not_graded_absent"
	RuleWithdrawal        = "evaluation.24.withdrawal"
	RuleWithdrawalCounted = "evaluation.24.withdrawal_counted"
	RuleExcused           = "evaluation.24.absent_with_cause"
)

const (
	zh22Grades = "评估结果分为优秀、良好、合格、较差四类。"
	zh22Cap    = "原则上评估结果为优秀的不超过参评科技创新平台数量的30%"
	zh22Floor  = "评估结果为较差的不低于参评数量的10%"
	zh24Out    = "无故不参加评估或中途退出评估……的不再列入市级科技创新平台备案序列，三年内不得再次申请市级科技创新平台"
)

// rules is built from literals and never mutated; findings point into it and [Rules]
// hands out a copy.
var rules = [...]platform.Rule{
	{ID: RuleEvaluator, Cite: platform.Art(19),
		Zh: "市科技局负责组织开展市级科技创新平台绩效评估，也可委托第三方机构实施",
		En: "The city S&T bureau organises the performance evaluation of city-level platforms and may commission a third party to carry it out."}, //nolint:misspell // British spelling of the project's English texts; examples/cohort golden files print it
	{ID: RuleScheme, Cite: platform.Art(21),
		Zh: "绩效评估主要内容包括承担国家、自治区、市级重大科技任务、实施关键技术攻关、引领行业技术进步、面向社会提供技术创新服务、人才队伍建设、成果转化产业化、培育孵化科技型企业等方面的情况，以客观数据为主要评估依据，绩效评估细则另行制定",
		En: "The evaluation covers major S&T tasks, key technologies, industry leadership, innovation services, talent, commercialisation and incubation, mainly on objective data; the detailed rules (here: the caller's weights, non-negative and summing to 1) are issued separately."},
	{ID: RuleScoreRange, Cite: platform.Art(21),
		Zh: "各方面按绩效评估细则评分（本库约定每项得分为0至100分）",
		En: "each dimension is scored under the detailed rules (this library takes scores from 0 to 100)"},
	{ID: RuleTotal, Cite: platform.Art(21),
		Zh: "综合得分为各方面得分按权重加总，四舍五入保留两位小数后排序",
		En: "the total is the weighted sum of the dimension scores, rounded half-up to two decimals before ranking"},
	{ID: RuleBand, Cite: platform.Art(22),
		Zh: zh22Grades + "按评分区间确定暂定等次",
		En: "results are excellent, good, qualified or poor; the score band gives the provisional grade"},
	{ID: RuleCapExcellent, Cite: platform.Art(22), Bound: platform.AtMostBuChaoGuo,
		Zh: zh22Cap,
		En: "in principle no more than 30% of the platforms evaluated are rated excellent"},
	{ID: RuleFloorPoor, Cite: platform.Art(22), Bound: platform.AtLeastBuDiYu,
		Zh: zh22Floor,
		En: "no fewer than 10% of the platforms evaluated are rated poor"},
	{ID: RuleTieCap, Cite: platform.Art(22),
		Zh: "同分跨越优秀比例上限（本办法未规定处理办法）",
		En: "equal totals straddle the excellent cap: the measures do not say how to break the tie"},
	{ID: RuleTieFloor, Cite: platform.Art(22),
		Zh: "同分跨越较差比例下限（本办法未规定处理办法）",
		En: "equal totals straddle the poor floor: the measures do not say how to break the tie"},
	{ID: RuleFloorWaived, Cite: platform.Art(22),
		Zh: "依“原则上”，参评数量少于调用方设定的规模时不强制较差比例下限",
		En: "\"in principle\": the poor floor is not imposed on a cohort smaller than the size the caller sets"},
	{ID: RuleCapTieException, Cite: platform.Art(22), Bound: platform.AtMostBuChaoGuo,
		Zh: "依“原则上”，同分跨越优秀比例上限时，经记录的例外（理由及决定机关）同分者一并评为优秀",
		En: "\"in principle\": where equal totals straddle the excellent cap, a recorded exception (reason and authority) rates the whole tie excellent"},
	{ID: RuleGrouping, Cite: platform.Art(22),
		Zh: "比例按“参评科技创新平台数量”计算",
		En: "the quotas are counted over the number of platforms evaluated"},
	{ID: RuleAbsent, Cite: platform.Art(24),
		Zh: zh24Out,
		En: "A platform absent from the evaluation without cause is removed from the filing sequence and may not apply again for three years; it is not graded and not counted."},
	{ID: RuleWithdrawal, Cite: platform.Art(24),
		Zh: zh24Out,
		En: "A platform that withdrew midway is removed from the filing sequence and may not apply again for three years; by default it is not counted among those evaluated."},
	{ID: RuleWithdrawalCounted, Cite: platform.Art(24),
		Zh: zh24Out + "（选项：中途退出者计入参评数量，按较差计）",
		En: "Option: a platform that withdrew midway counts among those evaluated, as poor; it is still removed and barred for three years."},
	{ID: RuleExcused, Cite: platform.Art(24),
		Zh: "因故未参加评估的，不适用“无故不参加评估”的后果，不评等次，不计入参评数量",
		En: "a platform absent with cause does not bear the consequence of absence without cause; it is not graded and not counted"},
}

func ruleRef(id string) *platform.Rule {
	for i := range rules {
		if rules[i].ID == id {
			return &rules[i]
		}
	}
	return nil
}

var (
	rEvaluator         = ruleRef(RuleEvaluator)
	rTotal             = ruleRef(RuleTotal)
	rBand              = ruleRef(RuleBand)
	rCap               = ruleRef(RuleCapExcellent)
	rFloor             = ruleRef(RuleFloorPoor)
	rTieCap            = ruleRef(RuleTieCap)
	rTieFloor          = ruleRef(RuleTieFloor)
	rFloorWaived       = ruleRef(RuleFloorWaived)
	rCapTieException   = ruleRef(RuleCapTieException)
	rGrouping          = ruleRef(RuleGrouping)
	rAbsent            = ruleRef(RuleAbsent)
	rWithdrawal        = ruleRef(RuleWithdrawal)
	rWithdrawalCounted = ruleRef(RuleWithdrawalCounted)
	rExcused           = ruleRef(RuleExcused)
)

// Rules returns every rule of the package, as a fresh slice.
func Rules() []platform.Rule {
	out := make([]platform.Rule, len(rules))
	copy(out, rules[:])
	return out
}
