package eligibility

import "github.com/lhasa-sti/platform"

// This file reads where things are: 第二条 of the main text (the platform is built, 组建,
// within Lhasa), each section's "在拉萨市行政区域依法登记注册" (the unit is registered there),
// the field station's site, the clinical lead hospital's 市域内, and the years registered in
// Lhasa of 附件·拉萨市新型研发机构 第三条（二）.
//
// Where a unit is registered is Applicant.RegisteredIn when supplied; otherwise it is
// inferred from the credit code's division, which names the authority that first issued the
// code and stays when the unit moves (LEGAL.md §9), and the finding says it was inferred.
// Where a platform is built is Application.BuiltIn when supplied; otherwise a field
// station's site (FieldStation.SiteInLhasa) decides, and failing that it is inferred from
// the registration, as the finding says.

// registrationOf returns where the applicant is registered: from Applicant.RegisteredIn
// when supplied (byPlace), else from the credit code's division (LocalityUnknown without a
// code). A check reads it once, into its state.
func registrationOf(a *Applicant) (loc platform.Locality, byPlace bool) {
	if !a.RegisteredIn.IsZero() {
		return a.RegisteredIn.Locality(), true
	}
	return a.CreditCode.Locality(), false
}

// registration returns where the applicant is registered (see registrationOf).
func (r *run) registration() (loc platform.Locality, byPlace bool) { return r.reg, r.byPlace }

// foundRegistration shows on f where the applicant is registered: the division supplied,
// or the credit code the place was inferred from.
func (r *run) foundRegistration(f *record, byPlace bool) {
	a := &r.app.Applicant
	switch {
	case byPlace:
		f.setFound(sDivision, divisionNumber(a.RegisteredIn), platform.NoUnit, 0)
	case !a.CreditCode.IsZero():
		f.setFound(sCode, 0, platform.NoUnit, 0) // the Result holds the code
	}
}

// divisionNumber is a valid division's six digits as a number (see sDivision).
func divisionNumber(d platform.Division) int64 {
	var n int64
	for i := range len(d) {
		n = n*10 + int64(d[i]-'0')
	}
	return n
}

// allianceWithoutCode reports whether the applicant is an industry technology alliance
// applying for a 技术创新中心 with no credit code and no registration place: it may have
// neither (附件·拉萨市技术创新中心 第三条（一） 产业技术联盟组织), so its place goes to review.
func (r *run) allianceWithoutCode() bool {
	alliance, _ := r.app.Applicant.Alliance.Get()
	return alliance && r.app.Type == platform.InnovationCenter
}

// registered reads a section's "在拉萨市行政区域依法登记注册" (工程 and 重点实验室 and 技术创新中心
// 第三条（一）, 新型研发机构 第三条（二）), and, when the platform's place is not supplied, the
// clinical lead hospital's 市域内 (a hospital is registered where it operates): registered
// in a Lhasa division passes, at the region's own level (540000) needs review, elsewhere
// fails, unknown is Unknown. The note says when the place was inferred from the credit
// code, or, when the registration place supplied differs from the code's division, both.
func (r *run) registered(i ruleIndex) {
	a := &r.app.Applicant
	f := r.push(i)
	loc, byPlace := r.registration()
	r.foundRegistration(f, byPlace)
	switch loc {
	case platform.InLhasa:
		f.Outcome = platform.Pass
	case platform.RegionLevel:
		f.Outcome, f.Note = platform.Review, &noteRegionLevel
	case platform.OutsideLhasa:
		f.Outcome = platform.Fail
	default:
		if r.allianceWithoutCode() {
			f.Outcome, f.Note = platform.Review, &noteAllianceNoCode
		} else {
			f.Outcome = platform.Unknown
		}
	}
	switch {
	case byPlace && !a.CreditCode.IsZero() && a.CreditCode.IssuedIn() != a.RegisteredIn:
		f.Note = movedNote(a.CreditCode.IssuedIn(), a.RegisteredIn, f.Note)
	case !byPlace && !a.CreditCode.IsZero() && f.Note == nil:
		f.Note = &noteRegistrationFromCode
	}
	r.done(i, f)
}

// movedNote says that the code was issued in one division and the unit is registered in
// another now, as information; then the note the finding had, if any.
func movedNote(code, now platform.Division, then *platform.Note) *platform.Note {
	n := &platform.Note{
		Zh: "代码赋码地为" + string(code) + "，现登记地为" + string(now) + "。",
		En: "The credit code was issued in " + string(code) + "; the unit is registered in " + string(now) + " now.",
	}
	if then != nil {
		n.Zh += then.Zh
		n.En += " " + then.En
	}
	return n
}

// place records the outcome of a supplied division: in Lhasa passes, outside fails, the
// region's own level (540000) needs review with the note region.
func place(f *record, d platform.Division, region *platform.Note) {
	f.setFound(sDivision, divisionNumber(d), platform.NoUnit, 0)
	switch d.Locality() {
	case platform.InLhasa:
		f.Outcome = platform.Pass
	case platform.OutsideLhasa:
		f.Outcome = platform.Fail
	case platform.RegionLevel:
		f.Outcome, f.Note = platform.Review, region
	default: // not a division: validate refuses it
		f.Outcome = platform.Unknown
	}
}

// article2 reads 第二条 of the main text, "在拉萨市行政区域范围内组建": where the platform is
// built (Application.BuiltIn) decides; for a field station, built at its observation site,
// FieldStation.SiteInLhasa decides when BuiltIn is not supplied or is the region's own code
// (540000), which does not say where in the region the site is. Otherwise the place is
// inferred from the applicant's registration (see inferArticle2). With
// Options.RegistrationDecidesArticle2 a unit registered outside Lhasa fails 第二条 as well,
// except for a field station, whose section builds stations with units of any
// registration (第三条（一） 依托高校、科研院所及行业部门等单位建设).
func (r *run) article2() {
	const i = rWithinLhasa
	f := r.push(i)
	site, siteKnown := Opt[bool]{}, false
	if s := r.app.FieldStation; s != nil && r.app.Type == platform.FieldStation {
		site = s.SiteInLhasa
		_, siteKnown = site.Get()
	}
	switch {
	case !r.app.BuiltIn.IsZero() && (!siteKnown || r.app.BuiltIn.Locality() != platform.RegionLevel):
		place(f, r.app.BuiltIn, &noteBuiltRegionLevel)
	case siteKnown:
		in, _ := site.Get()
		f.want = wYes
		f.SetFoundBool(in)
		f.Outcome, f.Note = platform.Fail, &noteBuiltAtSite
		if !r.app.BuiltIn.IsZero() {
			f.Note = &noteRegionAtSite
		}
		if in {
			f.Outcome = platform.Pass
		}
	default:
		r.inferArticle2(f)
		r.done(i, f)
		return
	}
	if r.opts.RegistrationDecidesArticle2 && r.app.Type != platform.FieldStation && f.Outcome != platform.Fail {
		if loc, _ := r.registration(); loc == platform.OutsideLhasa {
			f.Outcome, f.Note = platform.Fail, &noteRegistrationDecides
		}
	}
	r.done(i, f)
}

// inferArticle2 reads 第二条 from the applicant's registration when where the platform is
// built is not supplied: a Lhasa division passes, the autonomous region's own division
// (540000) needs review, no place is Unknown (except an industry technology alliance
// applying for a 技术创新中心, which may have no code and goes to review). A division outside
// Lhasa goes to review: 第二条 asks where the platform is built, and 第五条 supports units
// from outside building platforms in Lhasa; with Options.RegistrationDecidesArticle2 it
// fails. The note says the place was inferred.
func (r *run) inferArticle2(f *record) {
	loc, byPlace := r.registration()
	r.foundRegistration(f, byPlace)
	switch loc {
	case platform.InLhasa:
		f.Outcome, f.Note = platform.Pass, &noteBuiltInferred
	case platform.RegionLevel:
		f.Outcome, f.Note = platform.Review, &noteRegionLevel
	case platform.OutsideLhasa:
		switch {
		case r.opts.RegistrationDecidesArticle2:
			f.Outcome, f.Note = platform.Fail, &noteRegistrationDecides
		case r.app.Type == platform.FieldStation:
			// The field-station section asks only that the site lie in Lhasa (第三条（一）).
			f.Outcome, f.Note = platform.Review, &noteStationOutside
		default:
			f.Outcome, f.Note = platform.Review, &noteBuiltOutside
		}
	default:
		if r.allianceWithoutCode() {
			f.Outcome, f.Note = platform.Review, &noteAllianceNoCode
		} else {
			f.Outcome = platform.Unknown
		}
	}
}

// stationSite reads 附件·拉萨市野外科学观测研究站 第三条（一） "观测站点在拉萨市辖内": from where
// the station is built (Application.BuiltIn, its site) when supplied, else from
// FieldStation.SiteInLhasa. The region's own code (540000) does not say where in the region
// the site is, so a SiteInLhasa supplied beside it decides.
func (r *run) stationSite(s *FieldStation) {
	if r.app.BuiltIn.IsZero() || (s.SiteInLhasa.Known() && r.app.BuiltIn.Locality() == platform.RegionLevel) {
		r.fact(rFSiteInLhasa, s.SiteInLhasa)
		return
	}
	f := r.push(rFSiteInLhasa)
	place(f, r.app.BuiltIn, &noteBuiltRegionLevel)
	r.done(rFSiteInLhasa, f)
}

// leadHospitalInCity reads the 市域内 of 附件·拉萨市临床医学研究中心 第三条（一）: a clinical
// centre is built at its lead hospital (第一条 以医院为主体), so where it is built
// (Application.BuiltIn) is where the hospital is and decides; when that is not supplied, the
// hospital's registration does (a hospital is registered where it operates).
func (r *run) leadHospitalInCity() {
	if r.app.BuiltIn.IsZero() {
		r.registered(rCInCity)
		return
	}
	f := r.push(rCInCity)
	place(f, r.app.BuiltIn, &noteBuiltRegionLevel)
	r.done(rCInCity, f)
}

// registrationYears reads "在拉萨市依法登记注册满2年" (附件·拉萨市新型研发机构 第三条（二）): the
// years count from the day the institution came to be registered in Lhasa. A unit
// registered outside Lhasa has no such years and fails; one registered in Lhasa counts from
// Applicant.RegisteredInSince when supplied, else from NewRD.RegisteredOn, unless it has
// moved in (the credit code's division is not where it is registered now), when its first
// registration was elsewhere and the date it moved in is needed (Unknown).
func (r *run) registrationYears(registeredOn platform.Date) {
	a := &r.app.Applicant
	loc, byPlace := r.registration()
	since := registeredOn
	var note *platform.Note
	switch {
	case loc == platform.OutsideLhasa:
		note = &noteRegisteredOutside
	case !a.RegisteredInSince.IsZero():
		since = a.RegisteredInSince
	case byPlace && !a.CreditCode.IsZero() && a.CreditCode.Locality() != loc:
		note = &noteMovedInUndated
	}
	if note == nil {
		r.duration(rNRegistration, since)
		return
	}
	f := r.push(rNRegistration)
	f.want, f.Note = wYears, note
	f.Outcome = platform.Unknown
	if loc == platform.OutsideLhasa {
		f.Outcome = platform.Fail
	}
	r.done(rNRegistration, f)
}
