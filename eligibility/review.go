package eligibility

import "github.com/lhasa-sti/platform"

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
