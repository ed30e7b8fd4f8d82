package eligibility

import (
	"github.com/lhasa-sti/platform"
	"github.com/shopspring/decimal"
)

// Check decides whether app meets the filing standard of the annex for its type under the
// default thresholds. See [Checker.Check].
func Check(app Application, opts Options) (res Result, err error) {
	err = defaultChecker.CheckInto(&res, app, opts)
	return res, err
}

// CheckInto is [Check] writing the result into *res; see [Checker.CheckInto].
func CheckInto(res *Result, app Application, opts Options) error {
	return defaultChecker.CheckInto(res, app, opts)
}

// Check decides whether app meets the filing standard (备案标准) of the annex for its type:
// 第二条 of the main text (within Lhasa), the bans of 第二十四、二十五条 (Unknown when the
// ban record is not supplied), 第二条 of the
// type's section (focus field) and every clause of its 第三条. It returns one finding per
// criterion and the verdict they give ([platform.VerdictOf]). Impossible input is an
// *platform.Error naming the field, all problems joined, and nothing is decided.
func (c *Checker) Check(app Application, opts Options) (res Result, err error) {
	err = c.CheckInto(&res, app, opts)
	return res, err
}

// CheckInto is [Checker.Check] writing the result into *res, which it overwrites: a caller
// checking many applications can reuse one Result and save copying it. What a check
// allocates is only what its findings point to and it cannot share: one block for the
// reviewers' notes (one note per run of reviews with the same words), each ban's note, the
// note naming both divisions of a unit registered elsewhere than its code was issued, and
// a list for a quantity whose coefficient does not fit an int64. On impossible input, *res
// is the zero Result. A nil res is an error.
func (c *Checker) CheckInto(res *Result, app Application, opts Options) error {
	if res == nil {
		return platform.NewError(opCheck, platform.ErrMissing, "result", "", nil)
	}
	if res.spill == nil {
		clear(res.rows[:min(res.n, inlineFindings)]) // push relies on zeroed rows
	}
	res.Type, res.Verdict, res.Edition, res.Options, res.n, res.spill = 0, 0, platform.Edition{}, Options{}, 0, nil
	res.c, res.code, res.field, res.vals, res.decs = nil, platform.CreditCode{}, "", nil, [heldDecimals]decimal.Decimal{}
	s := state{c: c, app: app, opts: opts}
	if err := validate(&s.app, &s.reviewed); err != nil {
		return err
	}
	s.reg, s.byPlace = registrationOf(&s.app.Applicant)
	r := run{state: &s}
	from, to := sectionRange(app.Type)
	var spill []record
	if need := 1 + banFindings(app.Bans) + int(to-from); need > inlineFindings {
		spill = make([]record, 0, need)
		r.out = spill
	} else {
		r.out = res.rows[:0:need]
	}
	r.article2()
	r.bans()
	switch app.Type {
	case platform.EngineeringCenter:
		r.engineering()
	case platform.FieldStation:
		r.fieldStation()
	case platform.KeyLaboratory:
		r.keyLab()
	case platform.InnovationCenter:
		r.innovation()
	case platform.ClinicalCenter:
		r.clinical()
	case platform.NewRDInstitution:
		r.newRD()
	}
	res.n = len(r.out)
	if spill != nil {
		res.spill = spill[:res.n]
	}
	res.Type, res.Verdict, res.Edition, res.Options = app.Type, verdictOf(r.out), c.edition, opts
	res.c, res.code, res.field, res.vals, res.decs = c, app.Applicant.CreditCode, app.Applicant.Field, s.vals, s.decs
	return nil
}

// run is one check in progress: the findings being written, and the state of the check.
//
// out is the caller's storage (a Result's own records, or a slice for a long check) and the
// state is behind a pointer, so that escape analysis, which does not tell one field from
// another, sees the values records take (notes) two dereferences away from a run and the
// storage one away: the values may leak to the heap without the storage, and the Result a
// caller checks into stays in the caller's frame.
type run struct {
	out []record
	*state
}

// state is what a check reads and keeps besides its findings. It holds the application and
// options by value, so that a check reads them without a pointer the caller could share.
type state struct {
	c    *Checker
	app  Application
	opts Options
	// reviewed is what validate resolved of the reviews.
	reviewed reviewed
	// notes holds the reviewers' notes the findings point to, one per run of reviews with
	// the same words (see notesOf); built at the first review applied.
	notes []platform.Note
	// reg is where the applicant is registered, and byPlace whether Applicant.RegisteredIn
	// says so rather than the credit code (see registration); set once the input is valid.
	reg     platform.Locality
	byPlace bool
	// vals holds the values records cannot (see record), for Result.vals.
	vals []platform.Value
	// decs holds the first nd decimals the check compared, for Result.decs.
	decs [heldDecimals]decimal.Decimal
	nd   int
}

// push reserves the next finding, for rule i, in place (the slice has room for every
// finding of the type, so no copy is made).
func (r *run) push(i ruleIndex) *record {
	r.out = r.out[:len(r.out)+1] // zeroed memory: nothing to copy
	f := &r.out[len(r.out)-1]
	f.rule = uint8(i)
	return f
}

// foundValue and shortValue record a value a record cannot hold, in vals.
func (r *run) foundValue(f *record, v platform.Value) {
	f.setFound(sValue, int64(len(r.vals)), platform.NoUnit, 0)
	r.vals = append(r.vals, v)
}

// foundDecimal records the found decimal d = coef × 10^exp: held as it is while the check has
// room for it, otherwise by its coefficient and exponent.
func (r *run) foundDecimal(f *record, d decimal.Decimal, coef int64, exp int32, u platform.Unit) {
	if r.nd < len(r.decs) {
		r.decs[r.nd] = d
		f.setFound(sHeld, int64(r.nd), u, 0)
		r.nd++
		return
	}
	f.SetFoundDecimal(coef, exp, u)
}

func (r *run) shortValue(f *record, v platform.Value) {
	f.setShort(sValue, int64(len(r.vals)), platform.NoUnit, 0)
	r.vals = append(r.vals, v)
}

// verdictOf is platform.VerdictOf for records (FuzzCheck and every section's table check
// that the two agree on the findings a Result gives).
func verdictOf(rows []record) platform.Verdict {
	var fail, unknown, review bool
	for i := range rows {
		switch rows[i].Outcome {
		case platform.Fail:
			fail = true
		case platform.Pass:
		case platform.Review:
			review = true
		default:
			unknown = true
		}
	}
	switch {
	case fail:
		return platform.Ineligible
	case unknown || len(rows) == 0:
		return platform.Incomplete
	case review:
		return platform.NeedsReview
	}
	return platform.Eligible
}
