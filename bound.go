package platform

import (
	"strings"

	"github.com/lhasa-sti/platform/internal/enum"
)

// BoundWord is the boundary word a numeric clause uses. Its meaning is fixed by
// 《民法典》第一千二百五十九条 and ordinary legal usage (DESIGN.md convention 4):
// 以上、以下、以内、届满 include the number; 不满、超过、以外 exclude it; 不低于/不少于 mean
// at least; 高于/低于 are strict.
type BoundWord uint8

// The boundary words of the measures, and their negations.
const (
	AtLeastYiShang  BoundWord = iota + 1 // 以上: ≥
	AtLeastBuDiYu                        // 不低于: ≥
	AtLeastBuShaoYu                      // 不少于: ≥
	AtLeastMan                           // 满 / 届满: ≥
	MoreThanGaoYu                        // 高于: >
	MoreThanChaoGuo                      // 超过: >
	AtMostYiXia                          // 以下: ≤
	AtMostYiNei                          // 以内: ≤
	AtMostBuChaoGuo                      // 不超过: ≤
	LessThanDiYu                         // 低于: <
	LessThanBuMan                        // 不满: <
)

var boundNames = enum.New(enum.Table[BoundWord]{Type: "BoundWord", Pkg: "platform", Field: "bound_word", First: 1,
	Codes: []string{"", "yishang", "budiyu", "bushaoyu", "man", "gaoyu", "chaoguo", "yixia", "yinei", "buchaoguo", "diyu", "buman"},
	Zh:    []string{"", "以上", "不低于", "不少于", "满", "高于", "超过", "以下", "以内", "不超过", "低于", "不满"},
	En: []string{"", "or more", "at least", "at least", "fully", "more than", "more than", "or less", "within",
		"not more than", "less than", "less than"},
	Aliases: []enum.Alias[BoundWord]{{Spelling: "届满", Value: AtLeastMan}},
	Invalid: invalid,
})
var boundSym = [...]string{"", "≥", "≥", "≥", "≥", ">", ">", "≤", "≤", "≤", "<", "<"}

// Valid reports whether w is a known word.
func (w BoundWord) Valid() bool { return boundNames.Valid(w) }

// Chinese returns the word as the clause writes it.
func (w BoundWord) Chinese() string { return boundNames.Chinese(w) }

// English returns an English rendering.
func (w BoundWord) English() string { return boundNames.English(w) }

// Symbol returns ≥, >, ≤ or <.
func (w BoundWord) Symbol() string {
	if !w.Valid() {
		return ""
	}
	return boundSym[w]
}

// String returns the stable code.
func (w BoundWord) String() string { return boundNames.String(w) }

// Inclusive reports whether the word includes the number itself.
func (w BoundWord) Inclusive() bool {
	switch w {
	case MoreThanGaoYu, MoreThanChaoGuo, LessThanDiYu, LessThanBuMan:
		return false
	}
	return w.Valid()
}

// Lower reports whether the word sets a floor (the found value must reach it) rather than a ceiling.
func (w BoundWord) Lower() bool { return w >= AtLeastYiShang && w <= MoreThanChaoGuo }

// Admits reports whether a found value that compares to the threshold as cmp (-1 below,
// 0 equal, +1 above) satisfies the word.
func (w BoundWord) Admits(cmp int) bool {
	switch {
	case !w.Valid():
		return false
	case cmp == 0:
		return w.Inclusive()
	case w.Lower():
		return cmp > 0
	}
	return cmp < 0
}

// ParseBoundWord accepts the Chinese word (届满 is read as 满) or the code.
func ParseBoundWord(s string) (BoundWord, error) { return boundNames.Parse(strings.TrimSpace(s)) }

// MarshalText encodes the Chinese word, which is what an auditor checks against the clause.
func (w BoundWord) MarshalText() ([]byte, error) {
	if !w.Valid() {
		return nil, boundNames.MarshalError(w)
	}
	return []byte(w.Chinese()), nil
}

// UnmarshalText accepts what [ParseBoundWord] accepts.
func (w *BoundWord) UnmarshalText(b []byte) error {
	v, err := ParseBoundWord(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}
