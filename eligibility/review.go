package eligibility

import (
	"errors"

	"github.com/lhasa-sti/platform"
)

// done completes the finding of rule i: one that needs review takes the reviewer's finding
// when the caller supplied one.
func (r *run) done(i ruleIndex, f *record) {
	if f.Outcome == platform.Review && r.reviewed.of[i].at != 0 { // small enough to inline
		r.review(i, f)
	}
}

func (r *run) review(i ruleIndex, f *record) {
	ref := r.reviewed.of[i]
	f.Outcome = ref.outcome
	if r.notes == nil {
		r.notes = notesOf(r.app.Reviews, &r.reviewed)
	}
	f.Note = &r.notes[ref.note]
}

// reviewed is what validate resolves of an application's reviews, once per check.
type reviewed struct {
	// of maps each rule to its review.
	of [numRules]reviewRef
	// starts holds the position in app.Reviews of the first review of each run of reviews
	// with the same note; runs counts the runs. A valid application reviews each rule of its
	// section, and 第二条, at most once, so it has fewer runs than starts holds; past that
	// the application has failed validation and starts is never read.
	starts [inlineFindings]uint16
	runs   int
}

// reviewRef points from a rule to its review: at is the review's position in app.Reviews
// plus one (0 when the rule was not reviewed), note the position of its note in notesOf,
// outcome the reviewer's finding.
type reviewRef struct {
	at      uint16
	note    uint8
	outcome platform.Outcome
}

// sameNote reports whether two reviews give the same note.
func sameNote(a, b *Review) bool { return a.NoteZh == b.NoteZh && a.NoteEn == b.NoteEn }

// notesOf returns the reviewers' notes, one per run of reviews with the same words (a
// panel often writes one note for every clause it passes, and the findings it reviewed then
// share it). A note given in one language only is used for both. rv holds where each run
// starts, as validate found them.
func notesOf(rs []Review, rv *reviewed) []platform.Note {
	ns := make([]platform.Note, min(rv.runs, len(rv.starts)))
	for k := range ns {
		ns[k] = reviewNote(&rs[rv.starts[k]])
	}
	return ns
}

func reviewNote(v *Review) platform.Note {
	n := platform.Note{Zh: v.NoteZh, En: v.NoteEn}
	if n.Zh == "" {
		n.Zh = v.NoteEn
	}
	if n.En == "" {
		n.En = v.NoteZh
	}
	return n
}

// judge records a clause of judgment: Review, unless a reviewer's finding is supplied.
func (r *run) judge(i ruleIndex) {
	f := r.push(i)
	f.Outcome, f.Note = platform.Review, &noteJudgment
	r.done(i, f)
}

// ErrNotReviewable is the cause of the error [Check] returns for a [Review] of a rule that
// never gives Review (a count, an area, a date, a yes-or-no fact, a ban): a reviewer's
// finding on it would decide nothing, so the review is a mistake the caller should see,
// not one to drop silently. The error names the review and the rule.
var ErrNotReviewable = errors.New("the rule never gives Review, so a review of it decides nothing")

// givesReview holds the rules that can give Review: the clauses of judgment, and the rules
// that give Review on some facts without being one (DESIGN.md convention 3): 第二条 of the
// main text and a section's registration clause (a region-level registration, 540000; a
// unit registered outside Lhasa; an alliance without a code), the clinical lead hospital's
// 市域内 and the field station's site (built at the region-level code, 540000), every
// section's focus field (a field outside the list), the relying unit
// of a field station and the graduate training of a key laboratory (a unit of a kind the
// list ending in 等 does not name; other evidence), and the 原则上应 governance of a
// multi-investor 新型研发机构. FuzzCheck proves no other rule gives Review.
var givesReview = func() (t [numRules]bool) {
	for i := range ruleDefs {
		t[i] = ruleDefs[i].judgment
	}
	for _, i := range [...]ruleIndex{
		rWithinLhasa, rERegistered, rKRegistered, rIRegistered, rNRegistered, rCInCity, rFSiteInLhasa,
		rEFocus, rFFocus, rKFocus, rIFocus, rCFocus, rNFocus,
		rFRelyingUnit, rKGraduate,
		rNBoard, rNDirector, rNCharter,
	} {
		t[i] = true
	}
	return t
}()

// Reviewable reports whether the rule with the given ID can give Review, so that a [Review]
// of it is applied: a clause of judgment ([Judgment]) or a rule that gives Review on some
// facts (第二条, a focus field, a unit of a kind an open list does not name, 原则上应).
// A review of any other rule is an error wrapping [ErrNotReviewable].
func Reviewable(id string) bool {
	k, ok := reviewable(id, 0, numRules)
	return ok && givesReview[k]
}
