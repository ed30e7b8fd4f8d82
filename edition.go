package platform

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// Title is the full title of the measures this library executes.
const Title = "拉萨市科技创新平台管理办法（试行）"

// AnnexTitle is the title of the annex, the filing standards.
const AnnexTitle = "拉萨市科技创新平台备案（建设）标准"

// Edition identifies the text and parameters a decision was made under, so that a past
// decision can be replayed exactly: the measures' name, the validity window of 第二十九条
// when the publication date is known, and a fingerprint of the parameter table in use.
type Edition struct {
	// Name is the measures' title, or the name a caller gives a revised edition.
	Name string `json:"name"`
	// Published is the date of publication, from which the measures take effect
	// (第二十九条 本办法自发布之日起施行). It is not known (LEGAL.md §1); zero means unknown.
	Published Date `json:"published"`
	// Term is the period of validity (期限 5 年).
	Term Span `json:"term"`
	// Fingerprint is a hash of the parameter table's canonical JSON ([Fingerprint]).
	Fingerprint string `json:"fingerprint,omitempty"`
}

// DefaultEdition returns this edition of the measures: the title, an unknown publication
// date, and the 5-year term of 第二十九条. It carries no fingerprint; each package stamps
// its own table's fingerprint on its results.
func DefaultEdition() Edition {
	return Edition{Name: Title, Term: Years(5)}
}

// WithFingerprint returns e carrying fp.
func (e Edition) WithFingerprint(fp string) Edition { e.Fingerprint = fp; return e }

// Validity returns the window in which the measures are in force: from the publication
// day (自发布之日起施行, so that day is included) to the last day of the term, counted per
// 《民法典》第二百零一、二百零二条 ([LastDay]). known is false when the publication date is
// not known.
func (e Edition) Validity() (w Window, known bool) {
	if e.Published.IsZero() {
		return Window{}, false
	}
	return Window{From: e.Published, To: LastDay(e.Published, e.Term)}, true
}

// InForce says whether the measures are in force on d: Pass inside the validity window,
// Fail outside it, Unknown when the publication date or d is not known (第二十九条).
func (e Edition) InForce(d Date) Outcome {
	w, known := e.Validity()
	if !known || d.IsZero() {
		return Unknown
	}
	if w.Contains(d) {
		return Pass
	}
	return Fail
}

// Fingerprint returns a stable fingerprint of a parameter table: "sha256:" and the first
// 16 hexadecimal digits of the SHA-256 of its JSON encoding. encoding/json writes struct
// fields in declaration order and map keys sorted, so equal tables give equal fingerprints.
func Fingerprint(table any) (string, error) {
	b, err := json.Marshal(table)
	if err != nil {
		return "", &Error{Op: "platform.Fingerprint", Kind: ErrInvalid, Field: "table", Err: err}
	}
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:8]), nil
}
