package lifecycle

import "github.com/lhasa-sti/platform"

// Row is one line of a timeline: the date, the event, its consequence and the clause.
type Row struct {
	Date     platform.Date `json:"date"`
	Event    string        `json:"event"`
	EventEn  string        `json:"event_en"`
	Platform string        `json:"platform,omitempty"`
	// Consequence and ConsequenceEn explain what the event (or the as-of date) brought about.
	Consequence   string            `json:"consequence"`
	ConsequenceEn string            `json:"consequence_en"`
	Cite          platform.Citation `json:"citation"`
	Outcome       platform.Outcome  `json:"outcome"`
}

// Timeline returns the state as rows for a report: one per replayed event, then one per
// finding as of the as-of date (overdue reports and rectifications, validity). Each row is
// built from the event's [platform.Finding].
func (s State) Timeline() []Row {
	out := make([]Row, 0, len(s.Entries)+len(s.Findings))
	for _, e := range s.Entries {
		out = append(out, row(e.Date, e.Kind.Chinese(), e.Kind.English(), e.Platform, &e.Finding))
	}
	for i := range s.Findings {
		out = append(out, row(s.AsOf, "截至日", "as of", "", &s.Findings[i]))
	}
	return out
}

func row(d platform.Date, ev, evEn, id string, f *platform.Finding) Row {
	r := Row{Date: d, Event: ev, EventEn: evEn, Platform: id, Cite: f.Cite(), Outcome: f.Outcome,
		Consequence: f.NoteZh(), ConsequenceEn: f.NoteEn()}
	if r.Consequence == "" {
		r.Consequence = f.Chinese()
	}
	if r.ConsequenceEn == "" {
		r.ConsequenceEn = f.English()
	}
	return r
}
