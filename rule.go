package platform

// Rule is one checkable requirement of the measures: a criterion, an amount, a quota, a
// deadline. Rules are static: packages build them once and findings point at them.
type Rule struct {
	// ID is stable and unique across the library: package.section.clause.what, e.g.
	// eligibility.key_laboratory.3.5.full_time_researchers.
	ID string `json:"id"`
	// Cite is the clause the rule implements.
	Cite Citation `json:"citation"`
	// Zh is the requirement in the law's words; En an English rendering.
	Zh string `json:"zh"`
	En string `json:"en"`
	// Bound is the clause's boundary word for a numeric rule; zero otherwise.
	Bound BoundWord `json:"bound,omitempty"`
}

// Inclusive reports whether a numeric rule's threshold includes the number itself.
func (r *Rule) Inclusive() bool { return r.Bound.Inclusive() }
