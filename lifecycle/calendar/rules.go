package calendar

import "github.com/lhasa-sti/platform"

// Rule IDs of the package.
const (
	// RuleWorkingDays counts the 公示 period of 第十三条（五） in working days.
	RuleWorkingDays = "lifecycle.calendar.13.5.working_days"
	// RuleWorkingDay defines a working day for that count.
	RuleWorkingDay = "lifecycle.calendar.13.5.working_day"
	// RuleStartDay says whether the day a period starts on counts (《民法典》第二百零一条).
	RuleStartDay = "lifecycle.calendar.civil_code.201.start_day"
	// RuleRoll moves a last day that is a holiday (《民法典》第二百零三条).
	RuleRoll = "lifecycle.calendar.civil_code.203.roll"
)

func ruleOf(id string) platform.Rule {
	switch id {
	case RuleWorkingDays:
		return platform.Rule{
			ID:   RuleWorkingDays,
			Cite: platform.Art(13, 5),
			Zh:   "市科技局根据专家论证意见提出拟备案名单，并向社会公示 5 个工作日",
			En:   "the proposed filing list is publicly announced for 5 working days",
		}
	case RuleWorkingDay:
		return platform.Rule{
			ID:   RuleWorkingDay,
			Cite: platform.Art(13, 5),
			Zh:   "工作日：周一至周五及调休上班日，不含国务院办公厅安排的节假日和拉萨市民族节日放假日",
			En:   "a working day is Monday to Friday or an adjusted working day, excluding the State Council's holidays and Lhasa's festival holidays",
		}
	case RuleStartDay:
		return platform.Rule{
			ID:   RuleStartDay,
			Cite: platform.CivilCode(201),
			Zh:   "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算",
			En:   "a period counted in days excludes the day it starts and is counted from the next day",
		}
	}
	return platform.Rule{
		ID:   RuleRoll,
		Cite: platform.CivilCode(203),
		Zh:   "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日",
		En:   "when the last day of a period is a statutory holiday, the day after the holiday ends is the last day",
	}
}

// Rules returns every rule of the package (fresh copy).
func Rules() []platform.Rule {
	return []platform.Rule{ruleOf(RuleWorkingDays), ruleOf(RuleWorkingDay), ruleOf(RuleStartDay), ruleOf(RuleRoll)}
}

// rule returns the rule for a finding to point at: the package's own copy, shared by every
// finding it gives, as every rule package's findings share their rule table (a finding's Rule
// is read-only; see [platform.Finding]).
func rule(id string) *platform.Rule {
	for i := range sharedRules {
		if sharedRules[i].ID == id {
			return &sharedRules[i]
		}
	}
	return &sharedRules[len(sharedRules)-1] // RuleRoll, as ruleOf answers any other ID
}

// sharedRules are the rules findings point at, built once from ruleOf and never changed.
var sharedRules = Rules()
