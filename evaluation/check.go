package evaluation

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// ProposedGrade is one platform of a grade list someone proposes for a round: its proposed
// final grade, the facts that place it in a quota group, its participation and, when known,
// its total.
type ProposedGrade struct {
	PlatformID string `json:"platform_id"`
	// Type is required when the quotas are counted per type ([ByType]); otherwise it may be
	// left zero.
	Type platform.Type `json:"type,omitempty"`
	// Department is required when the quotas are counted per department ([ByDepartment]).
	Department    string        `json:"department,omitempty"`
	Participation Participation `json:"participation"`
	// Grade is the proposed final grade of a platform that took part (required). A
	// platform absent, with or without cause, has none. A platform that withdrew has none,
	// or 较差 when [Options.WithdrawalsCountInN] counts it (it counts as 较差 either way).
	Grade platform.Grade `json:"grade,omitempty"`
	// Score is the platform's total from 0 to 100, optional. It is rounded half-up to two
	// decimals like a total given to [Grade]; equal rounded scores are a tie. Without
	// scores the check cannot see ties.
	Score *decimal.Decimal `json:"score,omitempty"`
}

// ParticipantCheck is one platform of a checked list.
type ParticipantCheck struct {
	PlatformID    string        `json:"platform_id"`
	Type          platform.Type `json:"type,omitempty"`
	Department    string        `json:"department,omitempty"`
	Participation Participation `json:"participation"`
	// Group is the key of the quota group the platform was counted in.
	Group string `json:"group"`
	// Counted is true when the platform counts in N (参评数量).
	Counted bool `json:"counted"`
	// Grade is the proposed grade (较差 for a withdrawal counted in N).
	Grade platform.Grade `json:"grade,omitempty"`
	// Score is the score rounded half-up to two decimals, when one was given.
	Score *decimal.Decimal `json:"score,omitempty"`
	// Tie is true when the platform's score ties across a limit (see [CheckGrades]).
	Tie bool `json:"tie,omitempty"`
	// Consequence is what lifecycle records beyond the grade (第二十四条).
	Consequence Consequence `json:"consequence"`
	// Findings show the ties and the participation, each citing its clause.
	Findings []platform.Finding `json:"findings,omitempty"`
}

// GroupCheck is the verdict of 第二十二条 on one quota group of a proposed list.
type GroupCheck struct {
	Key string `json:"key"`
	// N is the number of platforms counted (参评数量); Cap and Floor its limits.
	N     int `json:"n"`
	Cap   int `json:"cap"`
	Floor int `json:"floor"`
	// FloorWaived is true when [Options.WaivePoorFloorBelow] does not impose the floor.
	FloorWaived bool `json:"floor_waived,omitempty"`
	// Grades counts the proposed grades of the platforms counted.
	Grades GradeCounts `json:"grades"`
	// OverCap is how many 优秀 exceed the cap; UnderFloor how many 较差 the floor lacks.
	// Each is counted whether or not an exception or waiver covers it.
	OverCap    int `json:"over_cap"`
	UnderFloor int `json:"under_floor"`
	// CapException is true when the 优秀 over the cap are a tie straddling the cap that
	// [Options.CapTieException] covers.
	CapException bool `json:"cap_exception,omitempty"`
	// Ties counts the platforms flagged in a tie at a limit.
	Ties int `json:"ties"`
	// Absent, Withdrawn and Excused count the platforms not graded, by reason (withdrawals
	// counted in N are in N and in Withdrawn).
	Absent    int `json:"absent"`
	Withdrawn int `json:"withdrawn"`
	Excused   int `json:"excused"`
	// Compliance is the group's answer; Findings show the cap, the floor (or its waiver)
	// and any exception relied on. A breached limit is a finding that fails.
	Compliance ComplianceState    `json:"compliance"`
	Findings   []platform.Finding `json:"findings"`
}

// GradeCheck is a proposed grade list checked against 第二十二条.
type GradeCheck struct {
	// Participants are ordered by group (in the order of Groups), then those counted in N
	// (the scored by score descending, then the rest), then those not counted, each tie by
	// platform ID. The order does not depend on the input order.
	Participants []ParticipantCheck `json:"participants"`
	// Groups are ordered by key (by type: in the order of the platform types).
	Groups []GroupCheck `json:"groups"`
	// Findings record the readings the list was checked under.
	Findings []platform.Finding `json:"findings"`
	Options  Options            `json:"options"`
	// Edition names the measures and fingerprints the quotas.
	Edition platform.Edition `json:"edition"`
}

// Compliance returns the list's one answer on the limits of 第二十二条, with every breach
// and every exception or waiver relied on, by group.
func (c *GradeCheck) Compliance() Compliance {
	var out Compliance
	for i := range c.Groups {
		g := &c.Groups[i]
		out.Ties += g.Ties
		excepted := 0
		if g.CapException {
			excepted = g.OverCap
		}
		out.judge(g.Key, limits{n: g.N, cap: g.Cap, floor: g.Floor, excellent: g.Grades.Excellent, poor: g.Grades.Poor,
			excepted: excepted, waived: g.FloorWaived, waiverBelow: c.Options.WaivePoorFloorBelow,
			exception: c.Options.CapTieException}, g.Findings)
	}
	out.settle()
	return out
}

// Per-platform flags of the check.
const (
	cTieCap uint8 = 1 << iota
	cTieCapResolved
	cTieCapKept // a whole tie kept 优秀 over the cap without an exception
	cExcepted
	cTieFloor
	cTieFloorResolved
)

// centry is one platform of a list as the check reads it.
type centry struct {
	idx     int
	key     string
	group   int
	h       int64
	grade   platform.Grade
	counted bool
	scored  bool
	flags   uint8
}

// CheckGrades checks a proposed grade list against 第二十二条 under the same readings as
// [Grade] (grouping, withdrawals, the floor waiver, the tie-break order and the cap
// exception of opts) and the quotas q:
//
// 第二十二条: "原则上评估结果为优秀的不超过参评科技创新平台数量的30%，评估结果为较差的不低于参评数量的10%。"
//
// For every group it gives N, the cap and the floor, the 优秀 over the cap and the 较差
// under the floor, and one failing finding per breached limit. With scores it also flags
// the ties that straddle a limit: platforms of equal rounded score with 优秀 on one side and
// another grade on the other (the cap), or 较差 and another grade (the floor); and a whole
// tie kept 优秀 beyond the cap. A split tie that [Options.TieBreak] lists in full and that
// follows its order is resolved (the finding passes); any other is flagged for review. 优秀
// over the cap are covered by [Options.CapTieException] only when every one of them ties
// with the last 优秀 within the cap and the whole tie is 优秀 (as [Grade] keeps it), which
// needs their scores. The list passes when
// [GradeCheck.Compliance] is not [Breached]; the final grades of any round [Grade] graded
// pass under the same options and quotas.
//
// Bad input (an empty list, a duplicate or missing ID, an ID or department with white
// space around it, a grade missing or given where there is none, a score outside 0–100,
// invalid quotas or options) returns every problem joined as [*platform.Error] values and
// no result. The result does not depend on the order of the input.
func CheckGrades(list []ProposedGrade, q Quotas, opts Options) (GradeCheck, error) {
	const op = "evaluation.CheckGrades"
	var probs platform.Problems
	if len(list) == 0 {
		probs.Addf(op, platform.ErrMissing, "grades", "")
	}
	q.validate(op, "quotas", &probs)
	validateOptions(op, opts, &probs)
	entries := make([]centry, len(list))
	seen := make(map[string]bool, len(list))
	field := func(i int, f string) string { return "grades[" + strconv.Itoa(i) + "]." + f }
	for i := range list {
		pg := &list[i]
		e := &entries[i]
		e.idx = i
		switch t := strings.TrimSpace(pg.PlatformID); {
		case t == "":
			probs.Addf(op, platform.ErrMissing, field(i, "platform_id"), pg.PlatformID)
		case t != pg.PlatformID:
			probs.Addf(op, platform.ErrInvalid, field(i, "platform_id"), pg.PlatformID)
		case seen[pg.PlatformID]:
			probs.Addf(op, platform.ErrDuplicate, field(i, "platform_id"), pg.PlatformID)
		}
		seen[pg.PlatformID] = true
		if (pg.Type != 0 || opts.GroupBy == ByType) && !pg.Type.Valid() {
			probs.Addf(op, platform.ErrInvalid, field(i, "type"), pg.Type.String())
		}
		switch opts.GroupBy {
		case ByType:
			e.key = pg.Type.String()
		case ByDepartment:
			switch t := strings.TrimSpace(pg.Department); {
			case t == "":
				probs.Addf(op, platform.ErrMissing, field(i, "department"), pg.Department)
			case t != pg.Department:
				probs.Addf(op, platform.ErrInvalid, field(i, "department"), pg.Department)
			}
			e.key = pg.Department
		default:
			e.key = "all"
		}
		if pg.Grade != 0 && !pg.Grade.Valid() {
			probs.Addf(op, platform.ErrInvalid, field(i, "grade"), pg.Grade.String())
		}
		switch pg.Participation {
		case TookPart:
			e.counted, e.grade = true, pg.Grade
			if pg.Grade == 0 {
				probs.Addf(op, platform.ErrMissing, field(i, "grade"), pg.PlatformID)
			}
			if pg.Score != nil {
				h, _, ok := totalOf(*pg.Score)
				if !ok {
					probs.Addf(op, platform.ErrRange, field(i, "score"), short(*pg.Score))
				}
				e.h, e.scored = h, true
			}
		case Withdrew:
			e.counted = opts.WithdrawalsCountInN
			if e.counted {
				e.grade = platform.Poor
			}
			if pg.Grade != 0 && pg.Grade != e.grade {
				probs.Addf(op, platform.ErrConflict, field(i, "grade"), pg.Grade.String())
			}
		case AbsentWithoutCause, AbsentWithCause:
			if pg.Grade != 0 {
				probs.Addf(op, platform.ErrConflict, field(i, "grade"), pg.Grade.String())
			}
			if pg.Score != nil {
				probs.Addf(op, platform.ErrConflict, field(i, "score"), short(*pg.Score))
			}
		default:
			probs.Addf(op, platform.ErrInvalid, field(i, "participation"), pg.Participation.String())
		}
	}
	if probs.Len() > 0 {
		return GradeCheck{}, probs.Err()
	}
	fp, err := platform.Fingerprint(q)
	if err != nil {
		return GradeCheck{}, platform.NewError(op, platform.ErrInvalid, "quotas", "", err)
	}

	keys := groupKeysOf(entries, opts.GroupBy)
	slices.SortFunc(entries, func(a, b centry) int {
		if a.group != b.group {
			return cmp.Compare(a.group, b.group)
		}
		if a.counted != b.counted {
			return boolFirst(a.counted, b.counted)
		}
		if a.scored != b.scored {
			return boolFirst(a.scored, b.scored)
		}
		if a.h != b.h {
			return cmp.Compare(b.h, a.h)
		}
		return cmp.Compare(list[a.idx].PlatformID, list[b.idx].PlatformID)
	})
	var prio map[string]int
	if len(opts.TieBreak) > 0 {
		prio = make(map[string]int, len(opts.TieBreak))
		for i, id := range opts.TieBreak {
			prio[id] = i
		}
	}
	ck := checker{list: list, entries: entries, q: q, opts: opts, prio: prio}
	out := GradeCheck{Options: opts, Edition: platform.DefaultEdition().WithFingerprint(fp), Findings: optionFindings(make([]platform.Finding, 0, 5), opts)}
	out.Options.TieBreak = slices.Clone(opts.TieBreak)
	if opts.CapTieException != nil {
		x := *opts.CapTieException
		out.Options.CapTieException = &x
	}
	for lo := 0; lo < len(entries); {
		hi := lo
		for hi < len(entries) && entries[hi].group == entries[lo].group {
			hi++
		}
		gc := ck.group(lo, hi)
		gc.Key = keys[entries[lo].group]
		out.Groups = append(out.Groups, gc)
		lo = hi
	}
	out.Participants = make([]ParticipantCheck, len(entries))
	for k := range entries {
		out.Participants[k] = ck.participant(k, &out.Groups[entries[k].group])
	}
	return out, nil
}

// boolFirst orders true before false.
func boolFirst(a, b bool) int {
	if a == b {
		return 0
	}
	if a {
		return -1
	}
	return 1
}

// groupKeysOf numbers the groups in result order (by type: the order of the types; by
// department: the departments sorted) and sets each entry's group; it returns the keys.
func groupKeysOf(entries []centry, by Grouping) []string {
	set := map[string]bool{}
	for i := range entries {
		set[entries[i].key] = true
	}
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	if by == ByType {
		order := map[string]int{}
		for _, t := range platform.Types() {
			order[t.String()] = int(t)
		}
		slices.SortFunc(keys, func(a, b string) int { return cmp.Compare(order[a], order[b]) })
	} else {
		slices.Sort(keys)
	}
	ix := make(map[string]int, len(keys))
	for i, k := range keys {
		ix[k] = i
	}
	for i := range entries {
		entries[i].group = ix[entries[i].key]
	}
	return keys
}

// checker holds what the check of one list needs.
type checker struct {
	list    []ProposedGrade
	entries []centry
	q       Quotas
	opts    Options
	prio    map[string]int
}

func (ck *checker) id(k int) string { return ck.list[ck.entries[k].idx].PlatformID }

// group checks the sorted positions [lo, hi) of one group.
func (ck *checker) group(lo, hi int) GroupCheck {
	var gc GroupCheck
	end := lo // end of the counted platforms
	for k := lo; k < hi; k++ {
		e := &ck.entries[k]
		if e.counted {
			end = k + 1
			gc.N++
			gc.Grades.add(e.grade)
		}
		switch ck.list[e.idx].Participation {
		case AbsentWithoutCause:
			gc.Absent++
		case Withdrew:
			gc.Withdrawn++
		case AbsentWithCause:
			gc.Excused++
		}
	}
	gc.Cap, gc.Floor = ck.q.Cap(gc.N), ck.q.Floor(gc.N)
	gc.FloorWaived = ck.opts.WaivePoorFloorBelow > 0 && gc.N < ck.opts.WaivePoorFloorBelow
	gc.OverCap = max(0, gc.Grades.Excellent-gc.Cap)
	gc.UnderFloor = max(0, gc.Floor-gc.Grades.Poor)

	// Ties split by a limit: equal scores with 优秀 (or 较差) on one side only.
	for a := lo; a < end && ck.entries[a].scored; {
		b := a + 1
		for b < end && ck.entries[b].scored && ck.entries[b].h == ck.entries[a].h {
			b++
		}
		if b-a > 1 {
			ck.split(a, b, platform.Excellent, cTieCap, cTieCapResolved)
			ck.split(a, b, platform.Poor, cTieFloor, cTieFloorResolved)
		}
		a = b
	}
	// A whole tie kept 优秀 over the cap: every 优秀 beyond the cap ties with the last
	// 优秀 within it.
	if gc.OverCap > 0 && gc.Cap > 0 {
		var exc []int
		for k := lo; k < end; k++ {
			if ck.entries[k].grade == platform.Excellent {
				exc = append(exc, k)
			}
		}
		s := ck.entries[exc[gc.Cap-1]]
		covered := s.scored
		for _, k := range exc[gc.Cap:] {
			covered = covered && ck.entries[k].scored && ck.entries[k].h == s.h
		}
		// The exception keeps a tie 优秀 as a whole: a platform of the same score with
		// another grade shows the tie was split, so the excess is not the tie's.
		for k := lo; k < end && covered; k++ {
			e := &ck.entries[k]
			covered = !e.scored || e.h != s.h || e.grade == platform.Excellent
		}
		if covered {
			gc.CapException = ck.opts.CapTieException != nil
			for _, k := range exc {
				if ck.entries[k].h != s.h || !ck.entries[k].scored {
					continue
				}
				if gc.CapException {
					ck.entries[k].flags |= cExcepted
				} else {
					ck.entries[k].flags |= cTieCapKept
				}
			}
		}
	}
	for k := lo; k < end; k++ {
		if ck.entries[k].flags != 0 {
			gc.Ties++
		}
	}

	l := limits{n: gc.N, cap: gc.Cap, floor: gc.Floor, excellent: gc.Grades.Excellent, poor: gc.Grades.Poor,
		waived: gc.FloorWaived}
	if gc.CapException {
		l.excepted = gc.OverCap
	}
	l.assess()
	gc.Compliance = l.state()
	cf := capFinding(ck.q, gc.N, gc.Cap, gc.Grades.Excellent)
	if !l.capOK {
		cf = capBreach(gc.Cap, gc.Grades.Excellent, cf.Note)
	}
	gc.Findings = append(gc.Findings, cf)
	if l.usedX {
		gc.Findings = append(gc.Findings, capExceptionFinding(ck.opts.CapTieException, gc.Cap, gc.Grades.Excellent))
	}
	switch ff := floorFinding(ck.q, gc.N, gc.Floor, gc.Grades.Poor); {
	case gc.FloorWaived:
		gc.Findings = append(gc.Findings, floorWaivedFinding(ck.opts.WaivePoorFloorBelow, gc.Floor, gc.N))
	case !l.floorOK:
		gc.Findings = append(gc.Findings, floorBreach(gc.Floor, gc.Grades.Poor, ff.Note))
	default:
		gc.Findings = append(gc.Findings, ff)
	}
	return gc
}

// split flags the tie [a, b) when grade g is on one side of it only: the members with g
// and those without. It is resolved when the tie-break order lists every member and puts
// the better side first: 优秀 before the rest at the cap, the rest before 较差 at the floor.
func (ck *checker) split(a, b int, g platform.Grade, flag, resolved uint8) {
	with := 0
	for k := a; k < b; k++ {
		if ck.entries[k].grade == g {
			with++
		}
	}
	if with == 0 || with == b-a {
		return
	}
	ok := ck.prio != nil
	lastBetter, firstWorse := -1, len(ck.prio)
	for k := a; k < b && ok; k++ {
		p, listed := ck.prio[ck.id(k)]
		ok = listed
		better := ck.entries[k].grade == g
		if g == platform.Poor {
			better = !better
		}
		if better {
			lastBetter = max(lastBetter, p)
		} else {
			firstWorse = min(firstWorse, p)
		}
	}
	f := flag
	if ok && lastBetter < firstWorse {
		f |= resolved
	}
	for k := a; k < b; k++ {
		ck.entries[k].flags |= f
	}
}

// participant builds the result of the platform at position k.
func (ck *checker) participant(k int, gc *GroupCheck) ParticipantCheck {
	e := &ck.entries[k]
	pg := &ck.list[e.idx]
	pc := ParticipantCheck{PlatformID: pg.PlatformID, Type: pg.Type, Department: pg.Department,
		Participation: pg.Participation, Group: gc.Key, Counted: e.counted, Grade: e.grade, Tie: e.flags != 0}
	if e.scored {
		s := decimal.New(e.h, -2)
		pc.Score = &s
	}
	switch {
	case e.flags&cExcepted != 0:
		pc.Findings = append(pc.Findings, capExceptionFinding(ck.opts.CapTieException, gc.Cap, gc.Grades.Excellent))
	case e.flags&cTieCapKept != 0:
		pc.Findings = append(pc.Findings, checkTieFinding(rTieCap, platform.Review, &noteTieKeptOverCap, gc.Cap))
	}
	if e.flags&cTieCap != 0 {
		pc.Findings = append(pc.Findings, splitTieFinding(rTieCap, e.flags&cTieCapResolved != 0, gc.Cap))
	}
	if e.flags&cTieFloor != 0 {
		pc.Findings = append(pc.Findings, splitTieFinding(rTieFloor, e.flags&cTieFloorResolved != 0, gc.Floor))
	}
	switch pg.Participation {
	case AbsentWithoutCause:
		pc.Consequence = RemovalAndBan
		pc.Findings = append(pc.Findings, findingAbsent)
	case Withdrew:
		pc.Consequence = RemovalAndBan
		if e.counted {
			pc.Findings = append(pc.Findings, findingWithdrewCounted)
		} else {
			pc.Findings = append(pc.Findings, findingWithdrew)
		}
	case AbsentWithCause:
		pc.Findings = append(pc.Findings, findingExcused)
	}
	return pc
}

func checkTieFinding(rule *platform.Rule, o platform.Outcome, note *platform.Note, bound int) platform.Finding {
	return platform.Finding{Rule: rule, Outcome: o, Note: note}.
		WithWanted(platform.Count(int64(bound), platform.Institution))
}

// splitTieFinding flags a tie split by a limit: resolved by the caller's order (it passes)
// or not (it needs review).
func splitTieFinding(rule *platform.Rule, resolved bool, bound int) platform.Finding {
	if resolved {
		return checkTieFinding(rule, platform.Pass, &noteTieResolved, bound)
	}
	return checkTieFinding(rule, platform.Review, &noteTieSplit, bound)
}

// The notes of the check's tie findings: read-only.
var (
	noteTieSplit = platform.Note{
		Zh: "同分者等次不同，跨越比例界线，且未按调用方提供的排序确定；需评审。",
		En: "Equal scores with different grades across the limit, not as the caller's tie-break order has it; needs review."}
	noteTieKeptOverCap = platform.Note{
		Zh: "同分者一并评为优秀，超出优秀比例上限，且未记录例外；需评审。",
		En: "Equal scores all rated excellent beyond the cap, with no recorded exception; needs review."}
)
