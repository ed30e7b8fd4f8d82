package naming

import (
	"unicode/utf8"

	"github.com/lhasa-sti/platform"
)

// Report is the explained answer of [Check]: the name, if it is valid, and one finding
// per rule of 第十四条 applied to it, with the options and the edition of the table used.
type Report struct {
	// Input is the text checked.
	Input string `json:"input"`
	// Name is the parsed name; zero when a finding fails.
	Name Name `json:"name,omitzero"`
	// Valid is true when every finding passes.
	Valid bool `json:"valid"`
	// Findings has one finding per rule, in the order of [Rules]: Pass, Fail, or Unknown
	// for a rule on the direction when the name's prefix or suffix could not be found and
	// the direction therefore not isolated. For an empty input the prefix finding fails
	// and every other finding is Unknown.
	Findings []platform.Finding `json:"findings"`
	// Errors are the problems [Parse] reports for the input, one per failed check.
	Errors []*platform.Error `json:"-"`
	// Options are the options the name was checked under.
	Options Options `json:"options"`
	// Edition is the measures' edition and the fingerprint of the table used.
	Edition platform.Edition `json:"edition"`
}

var defaultFingerprint = defaultTable.Fingerprint()

// The notes [Check] gives its findings.
var (
	noteNoName      = platform.Note{Zh: "未提供名称。", En: "No name was given."}
	noteNotIsolated = platform.Note{Zh: "名称的开头或结尾不符合，无法确定核心研究方向。", En: "The prefix or suffix is wrong, so the direction cannot be isolated."}
	noteListedOnly  = platform.Note{Zh: "选项只接受第十四条列举的名称。", En: "The options accept only the suffixes Art. 14 lists."}
)

// Check explains whether s is a valid official name under 第十四条: where [Parse] gives a
// Name or an error, Check gives a finding for every rule, so a filing officer sees each
// rule that passed as well as each that failed. Its error is for bad options only (a
// table that does not validate); a bad name is a report with failing findings.
func Check(s string, opts Options) (Report, error) {
	cfg, err := opts.config()
	if err != nil {
		return Report{}, err
	}
	p := problems{op: "naming.Check"}
	n, row := parseRow(&p, cfg, s)
	rules := Rules()
	rep := Report{Input: s, Options: opts, Errors: p.errs,
		Edition: platform.DefaultEdition().WithFingerprint(defaultFingerprint)}
	if opts.Table != nil {
		rep.Edition = rep.Edition.WithFingerprint(opts.Table.Fingerprint())
	}
	isolated := !p.has(rulePrefix) && !p.has(ruleSuffix)
	checked := [...]Violation{rulePrefix, ruleSuffix, ruleSuffixAnnex, ruleNonEmpty, ruleNoPrefix,
		ruleNoTypeSuffix, ruleLength, ruleNoSpace, ruleNoControl, ruleNoASCIIPunct, ruleCharacters, ruleParentheses}
	rep.Findings = make([]platform.Finding, 0, len(checked)) // one block, not one per doubling
	for _, v := range checked {
		f := platform.Finding{Rule: ruleByID(rules, v), Outcome: platform.Pass}
		switch {
		case v == ruleSuffixAnnex && (row == nil || row.Listed):
			continue // the name does not rely on the annex's 工业技术研究院
		case p.has(v):
			f.Outcome = platform.Fail
		case s == "":
			// No name was given: only its missing prefix is known; nothing else passes.
			f.Outcome = platform.Unknown
			f.Note = &noteNoName
		case !isolated && (v == ruleNonEmpty || v == ruleNoPrefix || v == ruleNoTypeSuffix ||
			v == ruleLength || v == ruleParentheses):
			f.Outcome = platform.Unknown
			f.Note = &noteNotIsolated
		}
		if v == ruleLength {
			f.SetWanted(platform.Count(int64(cfg.tb.MaxDirectionRunes), platform.Character))
			if isolated {
				f.SetFound(platform.Count(int64(utf8.RuneCountInString(n.dir)), platform.Character))
			}
		}
		if v == ruleSuffixAnnex && f.Outcome == platform.Fail {
			f.Note = &noteListedOnly
		}
		rep.Findings = append(rep.Findings, f)
	}
	if len(p.errs) == 0 {
		rep.Name, rep.Valid = n, true
	}
	return rep, nil
}
