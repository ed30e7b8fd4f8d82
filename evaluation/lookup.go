package evaluation

import (
	"sort"

	"github.com/lhasa-sti/platform"
)

// GroupKey names a quota group without spelling its key: the whole round
// ([WholeRound]), a platform type ([TypeGroup]) or a supervising department
// ([DepartmentGroup]). The zero value is the whole round.
type GroupKey struct {
	by   Grouping
	typ  platform.Type
	dept string
}

// WholeRound is the one group of a round whose quotas are pooled ([Pooled]).
func WholeRound() GroupKey { return GroupKey{} }

// TypeGroup is the group of one platform type when the quotas are counted per type
// ([ByType]).
func TypeGroup(t platform.Type) GroupKey { return GroupKey{by: ByType, typ: t} }

// DepartmentGroup is the group of one supervising department when the quotas are counted
// per department ([ByDepartment]). The department is matched as written.
func DepartmentGroup(dept string) GroupKey { return GroupKey{by: ByDepartment, dept: dept} }

// Grouping returns the grouping the key belongs to.
func (k GroupKey) Grouping() Grouping { return k.by }

// String returns the key as results write it: "all", the type's code, or the department.
func (k GroupKey) String() string {
	switch k.by {
	case ByType:
		return k.typ.String()
	case ByDepartment:
		return k.dept
	}
	return "all"
}

// groupIndex finds the group k among n groups whose keys key(i) returns, ordered as
// Grade and CheckGrades order them (by type: the types' order; by department: sorted), by
// binary search.
func groupIndex(k GroupKey, by Grouping, n int, key func(int) string) (int, bool) {
	if k.by != by {
		return 0, false
	}
	want := k.String()
	var i int
	switch by {
	case ByType:
		i = sort.Search(n, func(i int) bool {
			t, err := platform.ParseType(key(i))
			return err != nil || t >= k.typ
		})
	default:
		i = sort.Search(n, func(i int) bool { return key(i) >= want })
	}
	if i < n && key(i) == want {
		return i, true
	}
	return 0, false
}

// Group returns the group k of the result, and false when the round was not grouped that
// way or has no such group: res.Group(evaluation.TypeGroup(platform.KeyLaboratory)).
func (r *Result) Group(k GroupKey) (GroupResult, bool) {
	i, ok := groupIndex(k, r.Options.GroupBy, len(r.Groups), func(i int) string { return r.Groups[i].Key })
	if !ok {
		return GroupResult{}, false
	}
	return r.Groups[i], true
}

// Group returns the group k of the checked list, and false when the list was not grouped
// that way or has no such group.
func (c *GradeCheck) Group(k GroupKey) (GroupCheck, bool) {
	i, ok := groupIndex(k, c.Options.GroupBy, len(c.Groups), func(i int) string { return c.Groups[i].Key })
	if !ok {
		return GroupCheck{}, false
	}
	return c.Groups[i], true
}

// ResultIndex looks up a graded round's platforms by ID without scanning. It is built once
// by [Result.Index] from the participants as they stand then; it reads the result, so the
// result must not change while the index is used.
type ResultIndex struct {
	r    *Result
	byID map[string]int
}

// Index builds the index of the result's participants by platform ID.
func (r *Result) Index() ResultIndex {
	ix := ResultIndex{r: r, byID: make(map[string]int, len(r.Participants))}
	for i := range r.Participants {
		ix.byID[r.Participants[i].PlatformID] = i
	}
	return ix
}

// Participant returns the result of the platform with the given ID.
func (ix ResultIndex) Participant(platformID string) (ParticipantResult, bool) {
	i, ok := ix.byID[platformID]
	if !ok {
		return ParticipantResult{}, false
	}
	return ix.r.Participants[i], true
}

// Group returns the group k, as [Result.Group].
func (ix ResultIndex) Group(k GroupKey) (GroupResult, bool) {
	if ix.r == nil {
		return GroupResult{}, false
	}
	return ix.r.Group(k)
}

// CheckIndex looks up a checked list's platforms by ID without scanning, like
// [ResultIndex].
type CheckIndex struct {
	c    *GradeCheck
	byID map[string]int
}

// Index builds the index of the checked list's participants by platform ID.
func (c *GradeCheck) Index() CheckIndex {
	ix := CheckIndex{c: c, byID: make(map[string]int, len(c.Participants))}
	for i := range c.Participants {
		ix.byID[c.Participants[i].PlatformID] = i
	}
	return ix
}

// Participant returns the check of the platform with the given ID.
func (ix CheckIndex) Participant(platformID string) (ParticipantCheck, bool) {
	i, ok := ix.byID[platformID]
	if !ok {
		return ParticipantCheck{}, false
	}
	return ix.c.Participants[i], true
}

// Group returns the group k, as [GradeCheck.Group].
func (ix CheckIndex) Group(k GroupKey) (GroupCheck, bool) {
	if ix.c == nil {
		return GroupCheck{}, false
	}
	return ix.c.Group(k)
}
