package platform

import (
	"strconv"
	"strings"
)

// Outcome is what applying one rule to the facts gives.
type Outcome uint8

// The four outcomes. The zero value is not an outcome.
const (
	Pass    Outcome = iota + 1 // the facts meet the rule
	Fail                       // the facts do not meet the rule
	Unknown                    // a fact the rule needs was not supplied
	Review                     // the rule needs a human judgment that was not supplied
)

var outcomeCodes = [...]string{"", "pass", "fail", "unknown", "review"}
var outcomeZh = [...]string{"", "符合", "不符合", "信息不全", "需评审"}
var outcomeEn = [...]string{"", "pass", "fail", "unknown", "needs review"}

// Valid reports whether o is one of the four outcomes.
func (o Outcome) Valid() bool { return o >= Pass && o <= Review }

// String returns the stable code (pass, fail, unknown, review).
func (o Outcome) String() string {
	if !o.Valid() {
		return "%!Outcome(" + strconv.Itoa(int(o)) + ")"
	}
	return outcomeCodes[o]
}

// Chinese returns 符合, 不符合, 信息不全 or 需评审.
func (o Outcome) Chinese() string {
	if !o.Valid() {
		return ""
	}
	return outcomeZh[o]
}

// English returns pass, fail, unknown or needs review.
func (o Outcome) English() string {
	if !o.Valid() {
		return ""
	}
	return outcomeEn[o]
}

// ParseOutcome accepts the code or the Chinese word.
func ParseOutcome(s string) (Outcome, error) {
	s = strings.TrimSpace(s)
	for i := Pass; i <= Review; i++ {
		if s == outcomeCodes[i] || s == outcomeZh[i] {
			return i, nil
		}
	}
	return 0, enumError("ParseOutcome", "outcome", s)
}

// MarshalText encodes the stable code.
func (o Outcome) MarshalText() ([]byte, error) {
	if !o.Valid() {
		return nil, enumError("Outcome.MarshalText", "outcome", strconv.Itoa(int(o)))
	}
	return []byte(outcomeCodes[o]), nil
}

// UnmarshalText accepts what [ParseOutcome] accepts.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := ParseOutcome(string(b))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// Verdict is the decision drawn from a set of findings (DESIGN.md convention 3).
type Verdict uint8

// The four verdicts.
const (
	Eligible    Verdict = iota + 1 // every finding passes
	Ineligible                     // at least one finding fails
	Incomplete                     // none fails, at least one is unknown
	NeedsReview                    // none fails or is unknown, at least one needs review
)

var verdictCodes = [...]string{"", "eligible", "ineligible", "incomplete", "needs_review"}
var verdictZh = [...]string{"", "符合备案标准", "不符合备案标准", "材料不全", "需专家评审"}
var verdictEn = [...]string{"", "eligible", "ineligible", "incomplete", "needs review"}

// Valid reports whether v is one of the four verdicts.
func (v Verdict) Valid() bool { return v >= Eligible && v <= NeedsReview }

// String returns the stable code.
func (v Verdict) String() string {
	if !v.Valid() {
		return "%!Verdict(" + strconv.Itoa(int(v)) + ")"
	}
	return verdictCodes[v]
}

// Chinese returns the Chinese wording.
func (v Verdict) Chinese() string {
	if !v.Valid() {
		return ""
	}
	return verdictZh[v]
}

// English returns the English wording.
func (v Verdict) English() string {
	if !v.Valid() {
		return ""
	}
	return verdictEn[v]
}

// ParseVerdict accepts the code or the Chinese wording.
func ParseVerdict(s string) (Verdict, error) {
	s = strings.TrimSpace(s)
	for i := Eligible; i <= NeedsReview; i++ {
		if s == verdictCodes[i] || s == verdictZh[i] {
			return i, nil
		}
	}
	return 0, enumError("ParseVerdict", "verdict", s)
}

// MarshalText encodes the stable code.
func (v Verdict) MarshalText() ([]byte, error) {
	if !v.Valid() {
		return nil, enumError("Verdict.MarshalText", "verdict", strconv.Itoa(int(v)))
	}
	return []byte(verdictCodes[v]), nil
}

// UnmarshalText accepts what [ParseVerdict] accepts.
func (v *Verdict) UnmarshalText(b []byte) error {
	x, err := ParseVerdict(string(b))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// VerdictOf draws the verdict from outcomes in the order of DESIGN.md convention 3: any
// Fail → Ineligible; else any Unknown → Incomplete; else any Review → NeedsReview; else
// Eligible. No findings at all is Incomplete: nothing was shown.
func VerdictOf(findings []Finding) Verdict {
	var fail, unknown, review bool
	for i := range findings {
		switch findings[i].Outcome {
		case Fail:
			fail = true
		case Pass:
		case Review:
			review = true
		default:
			unknown = true
		}
	}
	switch {
	case fail:
		return Ineligible
	case unknown || len(findings) == 0:
		return Incomplete
	case review:
		return NeedsReview
	}
	return Eligible
}
