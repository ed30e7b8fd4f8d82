package platform

import (
	"strings"

	"github.com/lhasa-sti/platform/internal/enum"
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

var outcomeNames = enum.New(enum.Table[Outcome]{Type: "Outcome", Pkg: "platform", Field: "outcome", First: 1,
	Codes:   []string{"", "pass", "fail", "unknown", "review"},
	Zh:      []string{"", "符合", "不符合", "信息不全", "需评审"},
	En:      []string{"", "pass", "fail", "unknown", "needs review"},
	Invalid: invalid,
})

// Valid reports whether o is one of the four outcomes.
func (o Outcome) Valid() bool { return outcomeNames.Valid(o) }

// String returns the stable code (pass, fail, unknown, review).
func (o Outcome) String() string { return outcomeNames.String(o) }

// Chinese returns 符合, 不符合, 信息不全 or 需评审.
func (o Outcome) Chinese() string { return outcomeNames.Chinese(o) }

// English returns pass, fail, unknown or needs review.
func (o Outcome) English() string { return outcomeNames.English(o) }

// ParseOutcome accepts the code or the Chinese word.
func ParseOutcome(s string) (Outcome, error) { return outcomeNames.Parse(strings.TrimSpace(s)) }

// MarshalText encodes the stable code.
func (o Outcome) MarshalText() ([]byte, error) { return outcomeNames.Marshal(o) }

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

var verdictNames = enum.New(enum.Table[Verdict]{Type: "Verdict", Pkg: "platform", Field: "verdict", First: 1,
	Codes:   []string{"", "eligible", "ineligible", "incomplete", "needs_review"},
	Zh:      []string{"", "符合备案标准", "不符合备案标准", "材料不全", "需专家评审"},
	En:      []string{"", "eligible", "ineligible", "incomplete", "needs review"},
	Invalid: invalid,
})

// Valid reports whether v is one of the four verdicts.
func (v Verdict) Valid() bool { return verdictNames.Valid(v) }

// String returns the stable code.
func (v Verdict) String() string { return verdictNames.String(v) }

// Chinese returns the Chinese wording.
func (v Verdict) Chinese() string { return verdictNames.Chinese(v) }

// English returns the English wording.
func (v Verdict) English() string { return verdictNames.English(v) }

// ParseVerdict accepts the code or the Chinese wording.
func ParseVerdict(s string) (Verdict, error) { return verdictNames.Parse(strings.TrimSpace(s)) }

// MarshalText encodes the stable code.
func (v Verdict) MarshalText() ([]byte, error) { return verdictNames.Marshal(v) }

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
