package eligibility

import (
	"math"
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

const opCheck = "eligibility.Check"

// checker for impossible input; it allocates only when it finds a problem.
type validator struct {
	p    platform.Problems
	date platform.Date
}

func (v *validator) add(kind platform.Kind, field, input string) {
	v.p.Addf(opCheck, kind, field, input)
}

// maxCount bounds every count (persons, items, institutions, years of land use): no unit
// has 10^12 of any of them, and below it a ratio's cross-multiplication (count × 100) and
// its shortfall cannot overflow.
const maxCount = 1_000_000_000_000

func (v *validator) count(field string, o Opt[int]) {
	if n, ok := o.Get(); ok && (n < 0 || int64(n) > maxCount) {
		v.add(platform.ErrRange, field, itoa(int64(n)))
	}
}

// maxExp bounds the exponent of an area, so that comparing and adding areas stays cheap:
// no real site is larger than 10^30 ㎡ or measured finer than 10^-30 ㎡.
const maxExp = 30

func (v *validator) area(field string, o Opt[decimal.Decimal]) {
	d, ok := o.Get()
	switch {
	case !ok:
	case d.Exponent() > maxExp || d.Exponent() < -maxExp:
		v.add(platform.ErrRange, field, d.String())
	case d.IsNegative():
		v.add(platform.ErrRange, field, d.String())
	}
}

// money rejects a negative sum, and one whose exponent passes ±maxExp (no sum is 10^30 元 or
// counted finer than 10^-30 元; an exponent without bound would make comparing it unboundedly
// slow).
func (v *validator) money(field string, o Opt[platform.Amount]) {
	a, ok := o.Get()
	switch e := a.Yuan().Exponent(); {
	case !ok:
	case e > maxExp || e < -maxExp:
		v.add(platform.ErrRange, field, a.Yuan().String())
	case a.IsNegative():
		v.add(platform.ErrRange, field, a.YuanString())
	}
}

// since rejects a start date after the application date.
func (v *validator) since(field string, d platform.Date) {
	if !d.IsZero() && !v.date.IsZero() && d.After(v.date) {
		v.add(platform.ErrOrder, field, d.String())
	}
}

// division rejects a division code that is not six digits.
func (v *validator) division(field string, d platform.Division) {
	if !d.IsZero() && !d.Valid() {
		v.add(platform.ErrInvalid, field, string(d))
	}
}

// until rejects an end before its start. An end after the application date is a planned
// one: the run goes on.
func (v *validator) until(field string, since, until platform.Date) {
	if !until.IsZero() && !since.IsZero() && until.Before(since) {
		v.add(platform.ErrOrder, field, until.String())
	}
}

// subset rejects a part larger than its whole (a ratio over 100%).
func (v *validator) subset(field string, part, whole Opt[int]) {
	p, ok1 := part.Get()
	w, ok2 := whole.Get()
	if ok1 && ok2 && p > w && p >= 0 && w >= 0 {
		v.add(platform.ErrConflict, field, itoa(int64(p))+" > "+itoa(int64(w)))
	}
}

// projects rejects a project of no known level or role, one without a start, one that
// starts after the application date (it was not undertaken before applying), and one that
// ends before it starts. One that ends after the application date is ongoing, and valid.
func (v *validator) projects(field string, o Opt[[]Project]) {
	ps, _ := o.Get()
	at := func(i int, sub string) string { return field + "[" + itoa(int64(i)) + "]." + sub }
	for i := range ps {
		p := &ps[i]
		if !p.Level.Valid() {
			v.add(platform.ErrInvalid, at(i, "level"), p.Level.String())
		}
		if p.Role != 0 && !p.Role.Valid() {
			v.add(platform.ErrInvalid, at(i, "role"), p.Role.String())
		}
		switch {
		case p.Date.IsZero():
			v.add(platform.ErrMissing, at(i, "date"), "")
		case !v.date.IsZero() && p.Date.After(v.date):
			v.add(platform.ErrOrder, at(i, "date"), p.Date.String())
		case !p.End.IsZero() && p.End.Before(p.Date):
			v.add(platform.ErrOrder, at(i, "end"), p.End.String())
		}
	}
}

// The rule IDs are found through a small hash table built once from the rule table and
// never changed: idHash picks a bucket from an ID's length and three of its last bytes (the
// IDs of one section differ there; the factors were chosen so that no bucket holds more
// than two IDs), idFirst holds each bucket's first rule plus one, and
// idNext chains the rest. An ID is then compared with the one or two IDs of its bucket.
var idFirst, idNext = func() (first [idBuckets]uint8, next [numRules]uint8) {
	for i := int(numRules) - 1; i >= 0; i-- {
		h := idHash(ruleDefs[i].id)
		next[i], first[h] = first[h], uint8(i+1)
	}
	return first, next
}()

// ruleIDs holds the rule IDs side by side, for the lookup to read without the rest of the
// rule table.
var ruleIDs = func() (ids [numRules]string) {
	for i := range ruleDefs {
		ids[i] = ruleDefs[i].id
	}
	return ids
}()

const idBuckets = 256

// A rule plus one must fit in a uint8: this fails to compile when the table outgrows it.
var _ [255 - numRules]struct{}

// idHash is the bucket of an ID. numRules is below 255, so a rule plus one fits a uint8.
func idHash(id string) uint8 {
	n := len(id)
	if n < 8 {
		return uint8(n)
	}
	return uint8(n*3 + int(id[n-1])*17 + int(id[n-3])*67 + int(id[n-6]))
}

// reviewable returns the rule id names when it is 第二条 of the main text or a rule of the
// section from..to; ok is false otherwise.
func reviewable(id string, from, to ruleIndex) (ruleIndex, bool) {
	for k := idFirst[idHash(id)]; k != 0; k = idNext[k-1] {
		if i := ruleIndex(k - 1); id == ruleIDs[i] {
			return i, i == rWithinLhasa || (i >= from && i < to)
		}
	}
	return 0, false
}

// validate reports every impossible fact of app, joined; nil when there is none. It maps
// each reviewed rule to its review, its outcome and its note in rv, and finds the runs of
// reviews with the same note (see notesOf).
func validate(app *Application, rv *reviewed) error {
	v := validator{date: app.Date}
	if !app.Type.Valid() {
		v.add(platform.ErrInvalid, "type", app.Type.String())
	}
	if app.Date.IsZero() {
		v.add(platform.ErrMissing, "date", "")
	}
	a := &app.Applicant
	if a.Kind != 0 && !a.Kind.Valid() {
		v.add(platform.ErrInvalid, "applicant.kind", a.Kind.String())
	}
	v.division("built_in", app.BuiltIn)
	v.division("applicant.registered_in", a.RegisteredIn)
	v.since("applicant.registered_in_since", a.RegisteredInSince)
	incidents, _ := a.Integrity.Get()
	for i := range incidents {
		if !incidents[i].Kind.Valid() {
			v.add(platform.ErrInvalid, "applicant.integrity["+itoa(int64(i))+"].kind", incidents[i].Kind.String())
		}
	}
	bans, _ := app.Bans.Get()
	for i := range bans {
		b := &bans[i]
		if b.Article.Law != "" || b.Article.Annex != 0 || (b.Article.Article != 24 && b.Article.Article != 25) {
			v.add(platform.ErrInvalid, "bans["+itoa(int64(i))+"].article", b.Article.String())
		}
		if b.LastDay.IsZero() {
			v.add(platform.ErrMissing, "bans["+itoa(int64(i))+"].last_day", "")
		}
	}
	from, to := sectionRange(app.Type)
	for i := range app.Reviews {
		r := &app.Reviews[i]
		if i == 0 || !sameNote(r, &app.Reviews[i-1]) {
			if rv.runs < len(rv.starts) {
				rv.starts[rv.runs] = uint16(min(i, math.MaxUint16)) // see below
			}
			rv.runs++
		}
		if r.Outcome != platform.Pass && r.Outcome != platform.Fail {
			v.add(platform.ErrInvalid, "reviews["+itoa(int64(i))+"].outcome", r.Outcome.String())
		}
		k, ok := reviewable(r.Rule, from, to)
		switch {
		case !ok:
			v.add(platform.ErrInvalid, "reviews["+itoa(int64(i))+"].rule", r.Rule)
			for j := 0; j < i; j++ {
				if app.Reviews[j].Rule == r.Rule {
					v.add(platform.ErrDuplicate, "reviews["+itoa(int64(i))+"].rule", r.Rule)
				}
			}
		case !givesReview[k]:
			v.p.Add(platform.NewError(opCheck, platform.ErrInvalid, "reviews["+itoa(int64(i))+"].rule", r.Rule, ErrNotReviewable))
		case rv.of[k].at != 0:
			v.add(platform.ErrDuplicate, "reviews["+itoa(int64(i))+"].rule", r.Rule)
		default:
			// A valid application reviews each rule of its section at most once, so both
			// positions are small; past them the application has failed validation and
			// they are never read.
			rv.of[k] = reviewRef{at: uint16(min(i+1, math.MaxUint16)), note: uint8(min(rv.runs-1, math.MaxUint8)), outcome: r.Outcome}
		}
	}
	parts := [...]struct {
		t   platform.Type
		set bool
	}{
		{platform.EngineeringCenter, app.Engineering != nil},
		{platform.FieldStation, app.FieldStation != nil},
		{platform.KeyLaboratory, app.KeyLab != nil},
		{platform.InnovationCenter, app.Innovation != nil},
		{platform.ClinicalCenter, app.Clinical != nil},
		{platform.NewRDInstitution, app.NewRD != nil},
	}
	for _, p := range parts {
		if p.set && p.t != app.Type {
			v.add(platform.ErrConflict, p.t.String(), "part for another type")
		}
	}
	if e := app.Engineering; e != nil {
		v.since("engineering_research_center.operating_since", e.OperatingSince)
		v.until("engineering_research_center.operating_until", e.OperatingSince, e.OperatingUntil)
		v.area("engineering_research_center.site_area", e.SiteArea)
		v.money("engineering_research_center.facilities_value", e.FacilitiesValue)
		v.count("engineering_research_center.team_size", e.TeamSize)
		v.count("engineering_research_center.technical_leaders", e.TechnicalLeaders)
	}
	if f := app.FieldStation; f != nil {
		// The station is built at its site: BuiltIn and SiteInLhasa state one fact.
		if in, ok := f.SiteInLhasa.Get(); ok {
			if loc := app.BuiltIn.Locality(); (loc == platform.InLhasa && !in) || (loc == platform.OutsideLhasa && in) {
				v.add(platform.ErrConflict, "field_station.site_in_lhasa", string(app.BuiltIn))
			}
		}
		v.count("field_station.land_use_years", f.LandUseYears)
		v.since("field_station.running_since", f.RunningSince)
		v.until("field_station.running_until", f.RunningSince, f.RunningUntil)
		v.since("field_station.data_since", f.DataSince)
		v.until("field_station.data_until", f.DataSince, f.DataUntil)
	}
	if k := app.KeyLab; k != nil {
		const s = "key_laboratory."
		v.area(s+"lab_area", k.LabArea)
		v.money(s+"equipment_value", k.EquipmentValue)
		v.since(s+"built_since", k.BuiltSince)
		v.count(s+"team_size", k.TeamSize)
		v.count(s+"full_time_researchers", k.FullTimeResearchers)
		v.count(s+"mid_or_senior", k.MidOrSenior)
		v.count(s+"senior", k.Senior)
		v.subset(s+"mid_or_senior", k.MidOrSenior, k.FullTimeResearchers)
		v.subset(s+"senior", k.Senior, k.FullTimeResearchers)
		v.subset(s+"senior", k.Senior, k.MidOrSenior)
		v.projects(s+"projects", k.Projects)
		papers, _ := k.Papers.Get()
		for i := range papers {
			if papers[i].IsZero() {
				v.add(platform.ErrMissing, s+"papers["+itoa(int64(i))+"]", "")
			}
		}
	}
	if n := app.Innovation; n != nil {
		v.since("technology_innovation_center.operating_since", n.OperatingSince)
		v.until("technology_innovation_center.operating_until", n.OperatingSince, n.OperatingUntil)
		v.count("technology_innovation_center.team_size", n.TeamSize)
		v.count("technology_innovation_center.service_cases", n.ServiceCases)
	}
	if c := app.Clinical; c != nil {
		if c.HospitalGrade != 0 && !c.HospitalGrade.Valid() {
			v.add(platform.ErrInvalid, "clinical_research_center.hospital_grade", c.HospitalGrade.String())
		}
		v.projects("clinical_research_center.projects", c.Projects)
		v.count("clinical_research_center.city_hospitals", c.CityHospitals)
		v.count("clinical_research_center.county_institutions", c.CountyInstitutions)
	}
	if n := app.NewRD; n != nil {
		const s = "new_rd_institution."
		v.since(s+"registered_on", n.RegisteredOn)
		if since := a.RegisteredInSince; !since.IsZero() && !n.RegisteredOn.IsZero() && since.Before(n.RegisteredOn) {
			v.add(platform.ErrConflict, "applicant.registered_in_since", since.String()+" < "+n.RegisteredOn.String())
		}
		if n.Category != 0 && !n.Category.Valid() {
			v.add(platform.ErrInvalid, s+"category", n.Category.String())
		}
		v.area(s+"office_area", n.OfficeArea)
		v.area(s+"research_area", n.ResearchArea)
		v.area(s+"field_area", n.FieldArea)
		v.money(s+"equipment_value", n.EquipmentValue)
		fs, _ := n.Functions.Get()
		for i := range fs {
			if !fs[i].Valid() {
				v.add(platform.ErrInvalid, s+"functions["+itoa(int64(i))+"]", fs[i].String())
			}
		}
		v.count(s+"employees", n.Employees)
		v.count(s+"research_staff", n.ResearchStaff)
		v.count(s+"qualified_employees", n.QualifiedEmployees)
		v.count(s+"qualified_research_staff", n.QualifiedResearchStaff)
		v.count(s+"bachelor_rd_staff", n.BachelorRDStaff)
		v.count(s+"technical_leaders", n.TechnicalLeaders)
		v.count(s+"service_cases", n.ServiceCases)
		v.subset(s+"research_staff", n.ResearchStaff, n.Employees)
		v.subset(s+"qualified_employees", n.QualifiedEmployees, n.Employees)
		v.subset(s+"qualified_research_staff", n.QualifiedResearchStaff, n.ResearchStaff)
		v.subset(s+"qualified_research_staff", n.QualifiedResearchStaff, n.QualifiedEmployees)
		v.subset(s+"bachelor_rd_staff", n.BachelorRDStaff, n.Employees)
		sources, _ := n.IncomeSources.Get()
		for i := range sources {
			if strings.TrimSpace(sources[i]) == "" {
				v.add(platform.ErrMissing, s+"income_sources["+itoa(int64(i))+"]", "")
			}
		}
		ps, _ := n.Partners.Get()
		for i := range ps {
			if !ps[i].Kind.Valid() {
				v.add(platform.ErrInvalid, s+"partners["+itoa(int64(i))+"].kind", ps[i].Kind.String())
			}
			if ps[i].Level != 0 && !ps[i].Level.Valid() {
				v.add(platform.ErrInvalid, s+"partners["+itoa(int64(i))+"].level", ps[i].Level.String())
			}
		}
	}
	return v.p.Err()
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
