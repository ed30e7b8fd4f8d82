package eligibility

import "github.com/lhasa-sti/platform"

// withinLhasa reads 第二条 of the main text, a section's "在拉萨市行政区域依法登记注册", and
// the clinical section's lead hospital "市域内", from the applicant's credit code: a Lhasa
// division passes, the autonomous region's own division (540000) needs review, no code is
// Unknown (except an industry technology alliance applying for a 技术创新中心, which may
// have no code and goes to review), and another division fails a section's clause. For
// 第二条, which asks where the platform is built, another division goes to review (第五条
// supports units from outside building platforms in Lhasa), or fails with
// Options.RegistrationDecidesArticle2. For the clinical section the applicant is the lead
// hospital, and a hospital is registered where it operates, so a division outside Lhasa
// fails 市域内.
func (r *run) withinLhasa(i ruleIndex) {
	a := &r.app.Applicant
	f := r.push(i)
	if !a.CreditCode.IsZero() {
		f.setFound(sCode, 0, platform.NoUnit, 0) // the Result holds the code
	}
	switch a.CreditCode.Locality() {
	case platform.InLhasa:
		f.Outcome = platform.Pass
	case platform.RegionLevel:
		f.Outcome = platform.Review
		f.Note = &noteRegionLevel
	case platform.OutsideLhasa:
		if i == rWithinLhasa && !r.opts.RegistrationDecidesArticle2 {
			// 第二条 asks where the platform is built, and 第五条 supports units from outside
			// Lhasa building platforms there: a unit registered elsewhere does not show the
			// platform is built elsewhere. (The field-station section asks only that the
			// site lie in Lhasa, 第三条（一）; the others fail their own clause on
			// registration or, for 临床, the lead hospital 市域内.)
			f.Outcome = platform.Review
			f.Note = &noteBuiltOutside
			if r.app.Type == platform.FieldStation {
				f.Note = &noteStationOutside
			}
			break
		}
		f.Outcome = platform.Fail
	default:
		if alliance, _ := a.Alliance.Get(); alliance && r.app.Type == platform.InnovationCenter {
			f.Outcome = platform.Review
			f.Note = &noteAllianceNoCode
		} else {
			f.Outcome = platform.Unknown
		}
	}
	r.done(i, f)
}
