package eligibility

import "github.com/lhasa-sti/platform"

// PlanLevel is the level of the science-and-technology plan a project belongs to, as
// projects exist: the three the clauses name (国家级, 自治区级 of 西藏自治区, 市级 of 拉萨市),
// and the levels an applicant's list holds that no clause names (县级, 横向 projects
// commissioned by enterprises, another province's plan) or that name a clause's level in
// another region (another autonomous region's 自治区级 plan, another city's 市级 plan).
// Every level is valid input; the ones no clause counts are not counted, and the finding
// says why. The zero value is "not supplied".
//
// PlanLevel is a type of its own, not [platform.Level], which is the ordered level of a
// platform compared elsewhere (第十六、十七条): a plan level is a kind of project, with no
// order a clause relies on. The codes of the three levels the clauses name are
// platform.Level's, so a project written with those codes decodes to what it meant.
type PlanLevel uint8

// The plan levels. The first three have the values and codes of platform.City,
// platform.Regional and platform.National.
const (
	PlanCity          PlanLevel = iota + 1 // 市级 (拉萨市)
	PlanRegional                           // 自治区级 (西藏自治区)
	PlanNational                           // 国家级
	PlanCounty                             // 县级
	PlanHorizontal                         // 横向 (enterprise-commissioned)
	PlanOtherProvince                      // another province's (or municipality's) plan
	PlanOtherRegional                      // another autonomous region's 自治区级 plan
	PlanOtherCity                          // another city's 市级 plan
)

var planLevelNames = names[PlanLevel]("PlanLevel",
	[]string{"", "city", "regional", "national", "county", "horizontal", "other_province", "other_regional", "other_city"},
	[]string{"", "市级", "自治区级", "国家级", "县级", "横向（企业委托）", "外省科技计划", "外区自治区级", "外市市级"},
	[]string{"", "city level", "autonomous-region level", "national level", "county level",
		"enterprise-commissioned (horizontal)", "another province's plan", "another autonomous region's plan", "another city's plan"})

// Valid reports whether l is a known plan level.
func (l PlanLevel) Valid() bool { return planLevelNames.Valid(l) }

// String returns the stable code.
func (l PlanLevel) String() string { return planLevelNames.String(l) }

// Chinese returns the Chinese name (市级, 县级, 横向（企业委托）, …).
func (l PlanLevel) Chinese() string { return planLevelNames.Chinese(l) }

// English returns an English name.
func (l PlanLevel) English() string { return planLevelNames.English(l) }

// MarshalText writes the stable code.
func (l PlanLevel) MarshalText() ([]byte, error) { return planLevelNames.Marshal(l) }

// UnmarshalText accepts the code or the Chinese name.
func (l *PlanLevel) UnmarshalText(b []byte) error {
	v, err := planLevelNames.ParseTrimmed(string(b))
	*l = v
	return err
}

// otherRegion reports whether l is a clause's level in another region (自治区级 of another
// autonomous region, 市级 of another city), which Options.OtherRegionsPlansCount counts.
func (l PlanLevel) otherRegion() bool { return l == PlanOtherRegional || l == PlanOtherCity }

// named reports whether a clause names l (国家级, 自治区级, 市级), in this region or, with
// Options.OtherRegionsPlansCount, in another.
func (r *run) named(l PlanLevel) bool {
	return l <= PlanNational || (l.otherRegion() && r.opts.OtherRegionsPlansCount)
}

// A project's span against a window: it lies inside, outside, or cannot be placed.
type spanFit uint8

const (
	spanOut spanFit = iota
	spanIn
	spanUnknown
)

// fits places project p against the window w. By default a project counts when its span
// (立项 to 结题, ongoing when the end lies after the application date) overlaps the window;
// one that starts before the window and gives no end cannot be placed. With
// Options.ProjectsByStart only the start counts, as before spans were known.
func (r *run) fits(p *Project, w platform.Window) spanFit {
	switch {
	case r.opts.ProjectsByStart || !p.Date.Before(w.From):
		if w.Contains(p.Date) {
			return spanIn
		}
		return spanOut
	case p.End.IsZero():
		return spanUnknown
	case p.End.Before(w.From):
		return spanOut
	}
	return spanIn
}

// uncounted accumulates the levels of the projects within a window that no clause counts,
// for the note that says why they were not counted.
type uncounted uint16

func (u *uncounted) add(l PlanLevel) { *u |= 1 << l }

// note returns the note for the levels left out; nil when none was.
func (u uncounted) note() *platform.Note {
	switch u {
	case 0:
		return nil
	case 1 << PlanCounty:
		return &noteCountyPlan
	case 1 << PlanHorizontal:
		return &noteHorizontalPlan
	case 1 << PlanOtherProvince:
		return &noteOtherProvincePlan
	case 1 << PlanOtherRegional, 1 << PlanOtherCity, 1<<PlanOtherRegional | 1<<PlanOtherCity:
		return &noteOtherRegionPlan
	}
	return &noteLevelsNotCounted
}
