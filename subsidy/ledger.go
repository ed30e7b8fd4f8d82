package subsidy

import (
	"strconv"
	"strings"

	"github.com/lhasa-sti/platform"
)

// Source says under which document a ledger entry was paid: these measures (本办法, the
// zero Source) or another document, named with the level of the authority that issued it
// and its date of issue.
//
// 第二十八条 reaches only "市内其他文件": a payment under another city document counts
// against this measure's amount for the same benefit. A payment under an autonomous-region
// or national document is support under a higher-level policy, which 第十六条 expects an
// upgraded platform to enjoy ("并享受上级有关科研创新平台扶持政策"); it does not reduce
// what these measures pay. A document whose level is not stated (Level zero) is counted as
// a city document, so that nothing is paid twice, and the finding asks for its level
// ([platform.Review]).
type Source struct {
	// Document is the title of another document (拉萨市……办法); empty means these measures.
	Document string `json:"document,omitempty"`
	// Level is the level of the authority that issued Document: [platform.City] (市内),
	// [platform.Regional] (自治区) or [platform.National] (国家). Zero means not stated, which
	// is read as city for the amount and flagged for review. It must be zero for these
	// measures.
	Level platform.Level `json:"level,omitempty"`
	// Issued is the other document's date of issue, zero when not known.
	Issued platform.Date `json:"issued,omitzero"`
}

// ThisMeasure is the Source of a payment under these measures.
func ThisMeasure() Source { return Source{} }

// OtherDocument is the Source of a payment under another city document (市内其他文件,
// 第二十八条): its Level is [platform.City]. [OtherDocumentAt] names another level.
func OtherDocument(title string, issued platform.Date) Source {
	return Source{Document: title, Level: platform.City, Issued: issued}
}

// OtherDocumentAt is the Source of a payment under a document issued at level l:
// [platform.City], [platform.Regional], [platform.National], or zero when not known.
func OtherDocumentAt(l platform.Level, title string, issued platform.Date) Source {
	return Source{Document: title, Level: l, Issued: issued}
}

// IsThisMeasure reports whether the payment was made under these measures.
func (s Source) IsThisMeasure() bool { return s.Document == "" }

// IsHigherLevel reports whether the payment was made under an autonomous-region or national
// document, which 第二十八条 does not reach: it is not deducted from this measure's amount.
func (s Source) IsHigherLevel() bool {
	return s.Document != "" && (s.Level == platform.Regional || s.Level == platform.National)
}

// levelUnknown reports whether s is another document whose level is not stated.
func (s Source) levelUnknown() bool { return s.Document != "" && s.Level == 0 }

// Chinese names the source: 本办法, 《title》 for a city document, 《title》（自治区级文件）,
// 《title》（国家级文件） or 《title》（制发层级未注明）.
func (s Source) Chinese() string {
	switch {
	case s.IsThisMeasure():
		return "本办法"
	case s.Level == platform.City:
		return "《" + s.Document + "》"
	case s.Level == 0:
		return "《" + s.Document + "》（制发层级未注明）"
	}
	return "《" + s.Document + "》（" + s.Level.Chinese() + "文件）"
}

// English names the source: these measures, or the document's title with its level when
// it is not a city document.
func (s Source) English() string {
	switch {
	case s.IsThisMeasure():
		return "these measures"
	case s.Level == platform.City:
		return "“" + s.Document + "”"
	case s.Level == 0:
		return "“" + s.Document + "” (issuing level not stated)"
	}
	return "“" + s.Document + "” (" + s.Level.English() + " document)"
}

// Entry is one payment a platform has received for a benefit or, with Granted set, one
// grant of a benefit not yet paid.
//
// 第二十八条 "已享受…不得重复享受" reaches a benefit another city document has granted as
// well as one it has paid: a grant not yet paid counts against this measure's amount. When
// the grant is later paid, the payment is entered with Grant set to the grant's Ref; the two
// are then one benefit, counted once, for the larger of the grant and what was paid on it.
type Entry struct {
	// PlatformID identifies the platform (its filing number, or any ID the caller uses).
	PlatformID string `json:"platform_id"`
	// Benefit is what was paid for, in the vocabulary of these measures; a payment under
	// another document is tagged with the benefit of these measures it duplicates.
	Benefit Benefit `json:"benefit"`
	// From is, for an upgrade reward, the level the upgrade started from ([Entitle]
	// records the claim's From); zero when not recorded, and zero for other benefits. Under
	// [Options].TopUp it tells a national reward paid in full from 市级 from a top-up paid
	// from 自治区级, so that a regional claim arriving after the first is caught.
	From   platform.Level  `json:"from,omitempty"`
	Amount platform.Amount `json:"amount"`
	Source Source          `json:"source"`
	// Date is the date of payment, zero when not known.
	Date platform.Date `json:"date,omitzero"`
	// Ref is the payment's reference (a voucher or document number); optional. A grant
	// that a later payment is to be linked to needs one.
	Ref string `json:"ref,omitempty"`
	// Granted marks a grant (a document's decision to give the benefit, 批准、给予) not yet
	// paid, rather than a payment. Its Date is the date of the grant. An entry without it
	// (every entry written before it existed) is a payment.
	Granted bool `json:"granted,omitempty"`
	// Grant is, on a payment, the Ref of the grant it pays: an entry with Granted set for
	// the same platform, benefit and document. The grant and its payments are then counted
	// once, for the larger of the grant and the sum paid on it. Empty on a payment of no
	// recorded grant, and on a grant.
	Grant string `json:"grant,omitempty"`
}

// Ledger is what platforms have already received, under these measures and under other
// documents. It is a value: [Entitle] reads one and returns a new one, never
// changing the one passed in. The order of the entries does not matter.
type Ledger struct {
	Entries []Entry `json:"entries"`
}

// Validate checks every entry and reports every problem, joined: a missing platform ID
// ([platform.ErrMissing]) or one with leading or trailing white space
// ([platform.ErrInvalid]), a malformed benefit, a negative amount or one finer than one 分
// ([platform.ErrRange]), a blank document title ([platform.ErrInvalid]), a date of issue or a
// level without a document title ([platform.ErrMissing]), an unknown level
// ([platform.ErrInvalid]), a From on an entry that is not an upgrade reward or that is not a
// level ([platform.ErrInvalid]) or not below the level reached ([platform.ErrOrder]), an
// entry that repeats an earlier one in every field ([platform.ErrDuplicate]), a grant that
// names a grant ([platform.ErrInvalid] on grant), two grants with the same Ref for one
// platform, benefit and document ([platform.ErrDuplicate] on ref), and a payment whose Grant
// names no grant for its platform, benefit and document ([platform.ErrMissing] on grant).
func (l Ledger) Validate() error {
	var p platform.Problems
	l.check(&p, "subsidy.Ledger.Validate", "entries")
	return p.Err()
}

// entryKey is an entry less its amount; amounts are compared as sums of money.
type entryKey struct {
	id, doc, ref string
	benefit      Benefit
	level, from  platform.Level
	issued, date platform.Date
	granted      bool
	grant        string
}

// grantKey identifies a grant a payment can be linked to.
type grantKey struct {
	id, doc, ref string
	benefit      Benefit
}

func (b Benefit) valid() bool {
	switch b.Kind {
	case FilingSubsidy:
		return b.Level == 0 && b.Cycle == 0
	case UpgradeReward:
		return (b.Level == platform.Regional || b.Level == platform.National) && b.Cycle == 0
	case CycleAward:
		return b.Cycle > 0 && b.Level == 0
	}
	return false
}

func (l Ledger) check(p *platform.Problems, op, prefix string) {
	field := func(i int, name string) string { return prefix + "[" + strconv.Itoa(i) + "]" + name }
	first := make(map[entryKey]int, len(l.Entries))
	var same map[amountKey]int  // built on the first entry alike another but for the amount
	var grants map[grantKey]int // built on the first grant
	linked := false
	for i, e := range l.Entries {
		ok := true
		if k := idProblem(e.PlatformID); k != 0 {
			p.Addf(op, k, field(i, ".platform_id"), e.PlatformID)
			ok = false
		}
		if !e.Benefit.valid() {
			p.Add(e.Benefit.check(op, field(i, ".benefit")))
			ok = false
		}
		if e.Amount.IsNegative() || e.Amount.SubFen() {
			p.Addf(op, platform.ErrRange, field(i, ".amount"), e.Amount.YuanString())
			ok = false
		}
		switch {
		case e.Source.Document != "" && strings.TrimSpace(e.Source.Document) == "":
			p.Addf(op, platform.ErrInvalid, field(i, ".source.document"), e.Source.Document)
			ok = false
		case e.Source.Document == "" && (!e.Source.Issued.IsZero() || e.Source.Level != 0):
			// A date of issue or a level names another document; without its title the
			// payment would be counted as one under these measures.
			p.Addf(op, platform.ErrMissing, field(i, ".source.document"), "")
			ok = false
		}
		if !checkEntryFrom(p, op, field, i, e) {
			ok = false
		}
		if e.Source.Level != 0 && !e.Source.Level.Valid() {
			p.Addf(op, platform.ErrInvalid, field(i, ".source.level"), e.Source.Level.String())
			ok = false
		}
		if e.Granted && e.Grant != "" {
			p.Addf(op, platform.ErrInvalid, field(i, ".grant"), e.Grant)
			ok = false
		}
		if !ok {
			continue
		}
		linked = linked || e.Grant != ""
		if e.Granted && e.Ref != "" {
			if grants == nil {
				grants = make(map[grantKey]int)
			}
			g := grantKey{e.PlatformID, e.Source.Document, e.Ref, e.Benefit}
			if d, dup := grants[g]; dup {
				p.Addf(op, platform.ErrDuplicate, field(i, ".ref"), prefix+"["+strconv.Itoa(d)+"]")
				continue
			}
			grants[g] = i
		}
		k := entryKey{id: e.PlatformID, doc: e.Source.Document, ref: e.Ref, benefit: e.Benefit,
			level: e.Source.Level, from: e.From, issued: e.Source.Issued, date: e.Date, granted: e.Granted, grant: e.Grant}
		j, seen := first[k]
		if !seen {
			first[k] = i
			continue
		}
		// Entries alike but for the amount (installments with no date or reference) are
		// told apart by the amount, written to the 分 (validated above), so that each entry
		// costs one lookup however many alike entries lie between.
		if same == nil {
			same = make(map[amountKey]int)
		}
		if j >= 0 { // the first entry of k joins same once; first[k] then marks it done
			same[amountKey{k, l.Entries[j].Amount.YuanString()}] = j
			first[k] = -1
		}
		ka := amountKey{k, e.Amount.YuanString()}
		if d, dup := same[ka]; dup {
			p.Addf(op, platform.ErrDuplicate, field(i, ""), prefix+"["+strconv.Itoa(d)+"]")
			continue
		}
		same[ka] = i
	}
	if linked {
		checkLinks(p, op, field, l.Entries, grants)
	}
}

// checkLinks checks that every payment's Grant names a grant of the ledger for the same
// platform, benefit and document.
func checkLinks(p *platform.Problems, op string, field func(int, string) string, es []Entry, grants map[grantKey]int) {
	for i, e := range es {
		if e.Grant == "" || e.Granted {
			continue
		}
		if _, ok := grants[grantKey{e.PlatformID, e.Source.Document, e.Grant, e.Benefit}]; !ok {
			p.Addf(op, platform.ErrMissing, field(i, ".grant"), e.Grant)
		}
	}
}

// checkEntryFrom checks the From of entry i: zero, or for an upgrade reward a level below
// the level reached.
func checkEntryFrom(p *platform.Problems, op string, field func(int, string) string, i int, e Entry) bool {
	switch {
	case e.From == 0:
		return true
	case e.Benefit.Kind != UpgradeReward || !e.From.Valid():
		p.Addf(op, platform.ErrInvalid, field(i, ".from"), e.From.String())
	case e.Benefit.valid() && e.From >= e.Benefit.Level:
		p.Addf(op, platform.ErrOrder, field(i, ".from"), e.From.String()+" → "+e.Benefit.Level.String())
	default:
		return true
	}
	return false
}

// amountKey is an entry with its amount written to the 分.
type amountKey struct {
	entryKey
	amount string
}

// Received returns what platform id has received for benefit b that counts against this
// measure's amount under 第二十八条: under these measures (here), and under other city
// documents or documents whose level is not stated (elsewhere); and every entry for id and
// b in ledger order, including those under autonomous-region or national documents, which
// do not count ([Source.IsHigherLevel]). Payments only: grants not yet paid ([Entry].Granted),
// which count too, are in the entries and in [Entitlement].Granted.
func (l Ledger) Received(id string, b Benefit) (here, elsewhere platform.Amount, entries []Entry) {
	entries = l.entriesOf(id, b)
	t := receiptsOf(entries)
	return t.here, t.elsewhere, entries
}

// entriesOf returns the entries for platform id and benefit b, in ledger order.
func (l Ledger) entriesOf(id string, b Benefit) []Entry {
	var out []Entry
	for _, e := range l.Entries {
		if e.PlatformID == id && e.Benefit == b {
			out = append(out, e)
		}
	}
	return out
}

// receipts sorts what was received for one benefit by how 第二十八条 treats it.
type receipts struct {
	here, elsewhere, higher, unknown platform.Amount
	// granted is what was granted and not yet paid under these measures, city documents
	// or documents of unstated level: each grant less what was paid on it, never below 0.
	granted platform.Amount
	// counted are the entries deducted from this measure's amount (these measures, city
	// documents, documents of unstated level: payments and grants); higher those under
	// autonomous-region or national documents; unstated the counted ones whose document's
	// level is not stated.
	counted, above, unstated []Entry
	// grants reports whether any entry is a grant.
	grants bool
}

func receiptsOf(prior []Entry) receipts {
	var t receipts
	for _, e := range prior {
		if e.Granted {
			t.grants = true
			continue
		}
		switch {
		case e.Source.IsThisMeasure():
			t.here = t.here.Add(e.Amount)
		case e.Source.IsHigherLevel():
			t.higher = t.higher.Add(e.Amount)
			t.above = append(t.above, e)
		default:
			t.elsewhere = t.elsewhere.Add(e.Amount)
			if e.Source.levelUnknown() {
				t.unknown = t.unknown.Add(e.Amount)
				t.unstated = append(t.unstated, e)
			}
		}
	}
	if t.grants {
		t.grantsOf(prior)
	}
	if len(t.above) == 0 && !t.grants {
		t.counted = prior // every entry counts: no copy
		return t
	}
	t.counted = nil
	for _, e := range prior {
		if !e.Source.IsHigherLevel() {
			t.counted = append(t.counted, e)
		}
	}
	return t
}

// grantsOf adds to t what was granted and not yet paid: each grant less the payments
// linked to it (Entry.Grant), never below 0, so that a grant and its payment are counted
// once. A grant under an autonomous-region or national document is listed with the
// higher-level entries and not deducted.
func (t *receipts) grantsOf(prior []Entry) {
	for _, g := range prior {
		if !g.Granted {
			continue
		}
		pending := g.Amount
		if g.Ref != "" {
			for _, e := range prior {
				if !e.Granted && e.Grant == g.Ref && e.Source.Document == g.Source.Document {
					pending = pending.Sub(e.Amount)
				}
			}
		}
		pending = pending.Max(platform.Amount{})
		switch {
		case g.Source.IsHigherLevel():
			t.above = append(t.above, g)
		default:
			t.granted = t.granted.Add(pending)
			if g.Source.levelUnknown() {
				t.unknown = t.unknown.Add(pending)
				t.unstated = append(t.unstated, g)
			}
		}
	}
}
