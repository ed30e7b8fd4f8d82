package evaluation

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// Compliance answers, for a graded round or a checked list, whether 第二十二条's limits are
// kept: "原则上评估结果为优秀的不超过参评科技创新平台数量的30%，评估结果为较差的不低于参评数量的10%。"
// State is the answer; Exceptions and Breaches say which exception or waiver it relies on
// and which limit is breached, each as its group's key and a finding citing the clause;
// Adjusted and Ties are the totals an auditor reads beside it.
type Compliance struct {
	State ComplianceState `json:"state"`
	// Exceptions are the recorded exceptions and waivers the answer relies on, one per
	// group and limit: a tie kept 优秀 over the cap ([RuleCapTieException]) or a 较差 floor
	// not imposed on a small group ([RuleFloorWaived]). Empty when State is [Within].
	Exceptions []GroupFinding `json:"exceptions,omitempty"`
	// Breaches are the limits breached, one per group and limit ([RuleCapExcellent] with
	// the 优秀 over the cap, [RuleFloorPoor] with the 较差 short of the floor). Empty unless
	// State is [Breached]. A round graded by [Grade] is never breached.
	Breaches []GroupFinding `json:"breaches,omitempty"`
	// Adjusted counts the platforms whose grade the quotas changed (lowered from 优秀 or
	// made 较差); a checked list changes no grade, so it is 0 there.
	Adjusted int `json:"adjusted"`
	// Ties counts the platforms flagged in a tie at a limit.
	Ties int `json:"ties"`
}

// GroupFinding is a finding about one quota group, named by its key.
type GroupFinding struct {
	Group   string           `json:"group"`
	Finding platform.Finding `json:"finding"`
}

// Compliance returns the round's one answer on the limits of 第二十二条: [Within], or
// [WithinByException] when a group kept a tie over the cap under
// [Options.CapTieException] or has fewer 较差 than the floor because
// [Options.WaivePoorFloorBelow] waived it. Grade never breaches a limit, so a result it
// returned is never [Breached]; a result edited or decoded from elsewhere is judged on its
// group counts like a checked list.
func (r *Result) Compliance() Compliance {
	var c Compliance
	for i := range r.Groups {
		g := &r.Groups[i]
		c.Adjusted += g.Lowered + g.MadePoor
		c.Ties += g.Ties
		c.judge(g.Key, limits{n: g.N, cap: g.Cap, floor: g.Floor, excellent: g.Final.Excellent, poor: g.Final.Poor,
			excepted: g.OverCap, waived: g.FloorWaived, waiverBelow: r.Options.WaivePoorFloorBelow,
			exception: r.Options.CapTieException}, g.Findings)
	}
	c.settle()
	return c
}

// limits are one group's counts as compliance reads them.
type limits struct {
	n, cap, floor    int
	excellent, poor  int
	excepted         int // 优秀 over the cap that a recorded exception covers
	waived           bool
	waiverBelow      int // Options.WaivePoorFloorBelow, for a finding built afresh
	exception        *Exception
	capOK, floorOK   bool
	usedX, usedWaive bool
}

// assess decides whether each limit holds and whether an exception or waiver is needed.
func (l *limits) assess() {
	over := l.excellent - l.cap
	l.capOK = over <= 0 || over <= l.excepted
	l.usedX = over > 0 && l.capOK
	l.floorOK = l.poor >= l.floor || l.waived
	l.usedWaive = l.poor < l.floor && l.waived
}

// state is the group's answer.
func (l *limits) state() ComplianceState {
	switch {
	case !l.capOK || !l.floorOK:
		return Breached
	case l.usedX || l.usedWaive:
		return WithinByException
	}
	return Within
}

// judge adds one group's exceptions and breaches to c; findings are the group's, searched
// for the finding of an exception or waiver it relies on.
func (c *Compliance) judge(key string, l limits, findings []platform.Finding) {
	l.assess()
	if !l.capOK {
		f, ok := findingByRule(findings, rCap, platform.Fail)
		if !ok {
			f = capBreach(l.cap, l.excellent, nil)
		}
		c.Breaches = append(c.Breaches, GroupFinding{key, f})
	}
	if !l.floorOK {
		f, ok := findingByRule(findings, rFloor, platform.Fail)
		if !ok {
			f = floorBreach(l.floor, l.poor, nil)
		}
		c.Breaches = append(c.Breaches, GroupFinding{key, f})
	}
	if l.usedX {
		f, ok := findingByRule(findings, rCapTieException, platform.Pass)
		if !ok {
			f = capExceptionFinding(l.exception, l.cap, l.excellent)
		}
		c.Exceptions = append(c.Exceptions, GroupFinding{key, f})
	}
	if l.usedWaive {
		f, ok := findingByRule(findings, rFloorWaived, platform.Pass)
		if !ok {
			f = floorWaivedFinding(l.waiverBelow, l.floor, l.n)
		}
		c.Exceptions = append(c.Exceptions, GroupFinding{key, f})
	}
}

// settle sets the state from the breaches and exceptions found.
func (c *Compliance) settle() {
	switch {
	case len(c.Breaches) > 0:
		c.State = Breached
	case len(c.Exceptions) > 0:
		c.State = WithinByException
	default:
		c.State = Within
	}
}

// findingByRule returns the first of fs that applies r with outcome o.
func findingByRule(fs []platform.Finding, r *platform.Rule, o platform.Outcome) (platform.Finding, bool) {
	for _, f := range fs {
		if f.Rule == r && f.Outcome == o {
			return f, true
		}
	}
	return platform.Finding{}, false
}

// capBreach is the finding of a group with more 优秀 than the cap allows; why, when given,
// is the arithmetic of the cap, which the note then begins with.
func capBreach(capN, excellent int, why *platform.Note) platform.Finding {
	over := strconv.Itoa(excellent - capN)
	zh, en := "", ""
	if why != nil {
		zh, en = why.Zh, why.En+" "
	}
	return platform.Finding{Rule: rCap, Outcome: platform.Fail}.
		WithWanted(platform.Count(int64(capN), platform.Institution)).
		WithFound(platform.Count(int64(excellent), platform.Institution)).
		WithNote(zh+"优秀超出比例上限"+over+"家。", en+"Excellent over the cap by "+over+".")
}

// floorBreach is the finding of a group with fewer 较差 than the floor requires; why as
// for capBreach.
func floorBreach(floor, poor int, why *platform.Note) platform.Finding {
	zh, en := "", ""
	if why != nil {
		zh, en = why.Zh, why.En+" "
	}
	return platform.Finding{Rule: rFloor, Outcome: platform.Fail}.
		WithWanted(platform.Count(int64(floor), platform.Institution)).
		WithFound(platform.Count(int64(poor), platform.Institution)).
		WithShortfall(platform.Count(int64(floor-poor), platform.Institution)).
		WithNote(zh+"较差未达比例下限。", en+"Poor below the floor.")
}

// floorWaivedFinding is the finding of a group not held to the 较差 floor.
func floorWaivedFinding(below, floor, n int) platform.Finding {
	return platform.Finding{Rule: rFloorWaived, Outcome: platform.Pass}.
		WithWanted(platform.Count(int64(below), platform.Institution)).
		WithFound(platform.Count(int64(n), platform.Institution)).
		WithNote("参评数量少于调用方设定的规模，依“原则上”不强制较差比例下限（下限本为"+strconv.Itoa(floor)+"家）。",
			"The cohort is smaller than the size the caller set, so the poor floor ("+strconv.Itoa(floor)+") is not imposed (\"in principle\").")
}
