package eligibility

import (
	"testing"
	"unsafe"

	"github.com/lhasa-sti/platform"
)

// TestReviewableFindsEveryRule proves the ID table: every rule's ID is found, as itself,
// when reviewed in its own section and for 第二条 of the main text in every section; a rule
// of another section, or of 第二十四、二十五条 (decided by the record of bans, never reviewed),
// is not reviewable; IDs that differ from a rule's by one byte, or are cut short, are not
// found; and no bucket holds more than two IDs.
func TestReviewableFindsEveryRule(t *testing.T) {
	for _, ty := range platform.Types() {
		from, to := sectionRange(ty)
		for i := range ruleDefs {
			id := ruleDefs[i].id
			k, ok := reviewable(id, from, to)
			want := ruleIndex(i) == rWithinLhasa || (ruleIndex(i) >= from && ruleIndex(i) < to)
			if ok != want || (ok && k != ruleIndex(i)) {
				t.Errorf("%v: reviewable(%s) = %d, %v; want %d, %v", ty, id, k, ok, i, want)
			}
			for _, bad := range []string{id[:len(id)-1], id + "x", id[:len(id)-1] + "_", "x" + id[1:], ""} {
				if k, ok := reviewable(bad, from, to); ok {
					t.Errorf("%v: reviewable(%q) = rule %d", ty, bad, k)
				}
			}
		}
	}
	for h := range idFirst {
		n := 0
		for k := idFirst[h]; k != 0; k = idNext[k-1] {
			n++
		}
		if n > 2 {
			t.Errorf("bucket %d holds %d IDs, want at most 2", h, n)
		}
	}
}

// FuzzReviewable: any string is either not found or is exactly the ID of the rule found.
func FuzzReviewable(f *testing.F) {
	f.Add("eligibility.key_laboratory.3.9.integrity")
	f.Add("eligibility.2.within_lhasa")
	f.Add("short")
	f.Fuzz(func(t *testing.T, id string) {
		if k, ok := reviewable(id, 0, numRules); ok && ruleDefs[k].id != id {
			t.Errorf("reviewable(%q) = %s", id, ruleDefs[k].id)
		}
	})
}

// TestResultSize keeps the Result's documentation true: it holds 37 findings in place,
// enough for the largest section (新型研发机构) with one finding per ban article, and is
// about 1.4 KB, a record being 32 bytes.
func TestResultSize(t *testing.T) {
	if inlineFindings != 37 {
		t.Errorf("a Result holds %d findings in place; its documentation says 37", inlineFindings)
	}
	if n := unsafe.Sizeof(Result{}); n < 1300 || n > 1500 {
		t.Errorf("a Result is %d bytes; its documentation says about 1.4 KB", n)
	}
	if n := unsafe.Sizeof(record{}); n != 32 {
		t.Errorf("a record is %d bytes; its documentation says 32", n)
	}
	for _, ty := range platform.Types() {
		if n := len(Catalog(ty)); n > inlineFindings {
			t.Errorf("%v: %d criteria, more than a Result holds in place", ty, n)
		}
	}
}

// TestRecordDates proves a record keeps a date as its day number and gives it back, the
// zero Date included, at both ends of the supported years.
func TestRecordDates(t *testing.T) {
	for _, d := range []platform.Date{{}, platform.MustDate(1, 1, 1), platform.MustDate(2025, 2, 28), platform.MustDate(9999, 12, 31)} {
		if got := daysDate(dateDays(d)); got != d {
			t.Errorf("daysDate(dateDays(%v)) = %v", d, got)
		}
	}
}
