package platform

import (
	"encoding/json"
	"strings"
)

// Note explains an outcome the values of a [Finding] do not: why it needs review, which
// reviewer decided it, which option changed it.
//
// Findings point at notes, and a deciding package points every finding that gives the same
// explanation at one package-level Note: treat a finding's Note as read-only (point the
// finding at a new Note to change it).
type Note struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// Finding is a rule applied to the facts: the outcome, what the rule wanted, what was
// found, and where it failed, how far short the facts fall. Text in both languages is
// built on demand by [Finding.Chinese] and [Finding.English], and written into JSON.
// A deciding package fills the fields it knows; a value left zero is not shown.
//
// Rule points into the deciding package's rule table and Note to a shared note, both
// shared by every result that package returns: treat them as read-only (copy the Rule,
// or point at a new Note, to change one).
type Finding struct {
	Rule    *Rule
	Outcome Outcome
	// Wanted is the threshold or requirement; the zero Value when there is none.
	Wanted Value
	// Found is the fact supplied; the zero Value when there is none.
	Found Value
	// Shortfall is how far a failed quantitative finding falls short, in the clause's unit
	// (25㎡ more site area; the first date a duration condition is met); the zero Value
	// when there is none.
	Shortfall Value
	// Note explains an outcome the values do not; nil when there is nothing to add.
	Note *Note
}

// SetWanted sets the threshold or requirement: f.Wanted = v.
func (f *Finding) SetWanted(v Value) { f.Wanted = v }

// SetFound sets the fact supplied: f.Found = v.
func (f *Finding) SetFound(v Value) { f.Found = v }

// SetShortfall sets how far the facts fall short: f.Shortfall = v.
func (f *Finding) SetShortfall(v Value) { f.Shortfall = v }

// WithWanted returns f with the threshold or requirement set, for use in an expression:
// platform.Finding{Rule: r, Outcome: platform.Pass}.WithWanted(platform.Count(5, platform.Item)).
func (f Finding) WithWanted(v Value) Finding { f.Wanted = v; return f }

// WithFound returns f with the fact supplied set.
func (f Finding) WithFound(v Value) Finding { f.Found = v; return f }

// WithShortfall returns f with the shortfall set.
func (f Finding) WithShortfall(v Value) Finding { f.Shortfall = v; return f }

// WithNote returns f pointing at a new note with the given texts.
func (f Finding) WithNote(zh, en string) Finding { f.Note = &Note{Zh: zh, En: en}; return f }

// NoteZh returns the note in Chinese; empty when there is no note.
func (f Finding) NoteZh() string {
	if f.Note == nil {
		return ""
	}
	return f.Note.Zh
}

// NoteEn returns the note in English; empty when there is no note.
func (f Finding) NoteEn() string {
	if f.Note == nil {
		return ""
	}
	return f.Note.En
}

// shown is v as a finding shows it: its kind, its unit, and the field its kind is held in
// (the Int of a count, the Dec of a quantity, ...); the other fields do not count.
func shown(v *Value) Value {
	w := Value{Kind: v.Kind, Unit: v.Unit}
	switch v.Kind {
	case IntValue, BoolValue:
		w.Int = v.Int
	case DateValue:
		w.Date = v.Date
	case DecValue:
		w.Dec = v.Dec
	case TextValue:
		w.Text = v.Text
	}
	return w
}

// Equal reports whether f and g are the same finding: the same rule (the same table entry,
// or rules with the same ID), outcome, values (a decimal with its exponent: 1.5 and 1.50
// read differently, so they differ) and note text.
func (f Finding) Equal(g Finding) bool {
	switch {
	case f.Rule != g.Rule && (f.Rule == nil || g.Rule == nil || f.Rule.ID != g.Rule.ID),
		f.Outcome != g.Outcome,
		f.NoteZh() != g.NoteZh() || f.NoteEn() != g.NoteEn():
		return false
	}
	return shown(&f.Wanted).Equal(shown(&g.Wanted)) && shown(&f.Found).Equal(shown(&g.Found)) &&
		shown(&f.Shortfall).Equal(shown(&g.Shortfall))
}

// Cite returns the citation of the finding's rule.
func (f *Finding) Cite() Citation {
	if f.Rule == nil {
		return Citation{}
	}
	return f.Rule.Cite
}

// Chinese explains the finding in Chinese:
// "附件·拉萨市重点实验室 第三条（五） 专职研究人员不少于15人：要求15人，实际12人，尚差3人。不符合。"
func (f *Finding) Chinese() string {
	wanted, found, short := &f.Wanted, &f.Found, &f.Shortfall
	var b strings.Builder
	if f.Rule != nil {
		b.WriteString(f.Rule.Cite.String())
		b.WriteString(" ")
		b.WriteString(f.Rule.Zh)
	}
	sep := "："
	if !wanted.IsZero() {
		b.WriteString(sep)
		b.WriteString("要求")
		b.WriteString(wanted.Chinese())
		sep = "，"
	}
	if !found.IsZero() {
		b.WriteString(sep)
		b.WriteString("实际")
		b.WriteString(found.Chinese())
		sep = "，"
	}
	if !short.IsZero() {
		b.WriteString(sep)
		if short.Kind == DateValue {
			b.WriteString("最早于")
			b.WriteString(short.Chinese())
			b.WriteString("满足")
		} else {
			b.WriteString("尚差")
			b.WriteString(short.Chinese())
		}
	}
	b.WriteString("。")
	b.WriteString(f.Outcome.Chinese())
	b.WriteString("。")
	b.WriteString(f.NoteZh())
	return b.String()
}

// String returns the English explanation, so that a finding printed with fmt reads as text.
func (f Finding) String() string { return f.English() }

// English explains the finding in English.
func (f *Finding) English() string {
	wanted, found, short := &f.Wanted, &f.Found, &f.Shortfall
	var b strings.Builder
	if f.Rule != nil {
		b.WriteString(f.Rule.Cite.English())
		b.WriteString(" ")
		b.WriteString(f.Rule.En)
	}
	sep := ": "
	if !wanted.IsZero() {
		b.WriteString(sep)
		b.WriteString("wanted ")
		b.WriteString(wanted.English())
		sep = ", "
	}
	if !found.IsZero() {
		b.WriteString(sep)
		b.WriteString("found ")
		b.WriteString(found.English())
		sep = ", "
	}
	if !short.IsZero() {
		b.WriteString(sep)
		if short.Kind == DateValue {
			b.WriteString("met from ")
			b.WriteString(short.English())
		} else {
			b.WriteString("short by ")
			b.WriteString(short.English())
		}
	}
	b.WriteString(". ")
	o := f.Outcome.English()
	if o != "" {
		b.WriteString(strings.ToUpper(o[:1]) + o[1:])
	}
	b.WriteString(".")
	if n := f.NoteEn(); n != "" {
		b.WriteString(" ")
		b.WriteString(n)
	}
	return b.String()
}

// findingJSON is the stable JSON shape of a Finding.
type findingJSON struct {
	Rule      string    `json:"rule"`
	Citation  *Citation `json:"citation,omitempty"`
	Outcome   Outcome   `json:"outcome"`
	Wanted    *Value    `json:"wanted,omitempty"`
	Found     *Value    `json:"found,omitempty"`
	Shortfall *Value    `json:"shortfall,omitempty"`
	NoteZh    string    `json:"note_zh,omitempty"`
	NoteEn    string    `json:"note_en,omitempty"`
	Zh        string    `json:"zh"`
	En        string    `json:"en"`
}

// MarshalJSON writes the finding with its rule ID, citation, values and both texts.
func (f Finding) MarshalJSON() ([]byte, error) {
	o := findingJSON{Outcome: f.Outcome, NoteZh: f.NoteZh(), NoteEn: f.NoteEn(), Zh: f.Chinese(), En: f.English()}
	if f.Rule != nil {
		o.Rule = f.Rule.ID
		c := f.Rule.Cite
		o.Citation = &c
	}
	if !f.Wanted.IsZero() {
		o.Wanted = &f.Wanted
	}
	if !f.Found.IsZero() {
		o.Found = &f.Found
	}
	if !f.Shortfall.IsZero() {
		o.Shortfall = &f.Shortfall
	}
	return json.Marshal(o)
}
