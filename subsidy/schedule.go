package subsidy

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// Schedule is the table of every amount the measures promise, each row with the clause
// that grants it. [DefaultSchedule] is this edition of the measures; a caller may pass
// another (a revised measure, another city's copy), which every entry point validates
// first. A Schedule round-trips through JSON with snake_case field names, and results
// carry its [platform.Fingerprint].
type Schedule struct {
	// Name names the edition; results carry it as [platform.Edition].Name. Empty means
	// the measures' title ([platform.Title]).
	Name string `json:"name,omitempty"`
	// Filing is the filing subsidy per platform type (第十五条): one row per type.
	Filing []FilingRow `json:"filing"`
	// Upgrade is the one-time upgrade reward per level reached (第十七条): one row for
	// 自治区级 and one for 国家级.
	Upgrade []UpgradeRow `json:"upgrade"`
	// Cycle is the award per evaluation cycle by type and grade (第二十三条): one row for
	// every type and every grade, 合格 and 较差 included (with 0 元 in this edition).
	Cycle []CycleRow `json:"cycle"`
}

// FilingRow is the filing subsidy of one platform type.
type FilingRow struct {
	Type     platform.Type     `json:"type"`
	Amount   platform.Amount   `json:"amount"`
	Citation platform.Citation `json:"citation"`
	Note     string            `json:"note,omitempty"`
}

// UpgradeRow is the one-time reward for an upgrade to one level.
type UpgradeRow struct {
	Level    platform.Level    `json:"level"`
	Amount   platform.Amount   `json:"amount"`
	Citation platform.Citation `json:"citation"`
	Note     string            `json:"note,omitempty"`
}

// CycleRow is the award for one evaluation cycle of a platform type graded at one grade.
type CycleRow struct {
	Type     platform.Type     `json:"type"`
	Grade    platform.Grade    `json:"grade"`
	Amount   platform.Amount   `json:"amount"`
	Citation platform.Citation `json:"citation"`
	Note     string            `json:"note,omitempty"`
}

// DefaultSchedule returns the amounts of this edition of the measures, as a fresh copy:
//
//	第十五条   工程技术中心 20, 野外科学观测研究站 20, 重点实验室 50, 技术创新中心 50,
//	          临床医学研究中心 50, 新型研发机构 50 (万元)
//	第十七条   国家级 200, 自治区级 50 (万元), one-time
//	第二十三条 良好/优秀: 工程技术中心 and 野外站 15/20, 重点实验室 60/70,
//	          技术创新中心, 临床医学研究中心 and 新型研发机构 120/150 (万元); 合格, 较差: 0
func DefaultSchedule() Schedule {
	art15, art17, art23 := platform.Art(15), platform.Art(17), platform.Art(23)
	filing := [...]int64{platform.EngineeringCenter: 20, platform.FieldStation: 20, platform.KeyLaboratory: 50,
		platform.InnovationCenter: 50, platform.ClinicalCenter: 50, platform.NewRDInstitution: 50}
	good := [...]int64{platform.EngineeringCenter: 15, platform.FieldStation: 15, platform.KeyLaboratory: 60,
		platform.InnovationCenter: 120, platform.ClinicalCenter: 120, platform.NewRDInstitution: 120}
	excellent := [...]int64{platform.EngineeringCenter: 20, platform.FieldStation: 20, platform.KeyLaboratory: 70,
		platform.InnovationCenter: 150, platform.ClinicalCenter: 150, platform.NewRDInstitution: 150}
	var s Schedule
	for _, t := range platform.Types() {
		s.Filing = append(s.Filing, FilingRow{Type: t, Amount: platform.WanYuan(filing[t]), Citation: art15})
	}
	s.Upgrade = []UpgradeRow{
		{Level: platform.Regional, Amount: platform.WanYuan(50), Citation: art17},
		{Level: platform.National, Amount: platform.WanYuan(200), Citation: art17},
	}
	const none = "第二十三条只对考核等次为良好、优秀的平台给予奖励扶持"
	for _, t := range platform.Types() {
		s.Cycle = append(s.Cycle,
			CycleRow{Type: t, Grade: platform.Excellent, Amount: platform.WanYuan(excellent[t]), Citation: art23},
			CycleRow{Type: t, Grade: platform.Good, Amount: platform.WanYuan(good[t]), Citation: art23},
			CycleRow{Type: t, Grade: platform.Qualified, Amount: platform.WanYuan(0), Citation: art23, Note: none},
			CycleRow{Type: t, Grade: platform.Poor, Amount: platform.WanYuan(0), Citation: art23, Note: none},
		)
	}
	return s
}

// Clone returns a deep copy of s.
func (s Schedule) Clone() Schedule {
	c := s
	c.Filing = append([]FilingRow(nil), s.Filing...)
	c.Upgrade = append([]UpgradeRow(nil), s.Upgrade...)
	c.Cycle = append([]CycleRow(nil), s.Cycle...)
	return c
}

// Fingerprint returns the [platform.Fingerprint] of s.
func (s Schedule) Fingerprint() (string, error) { return platform.Fingerprint(s) }

// Validate checks the table and reports every problem, joined:
//
//   - a row with an unknown type, grade or level ([platform.ErrInvalid]), or an upgrade row
//     for 市级, which is no upgrade;
//   - a negative amount, or one finer than one 分 ([platform.ErrRange]);
//   - a row without a valid citation ([platform.ErrMissing] or [platform.ErrInvalid]);
//   - two rows for the same type, level or type and grade ([platform.ErrDuplicate]);
//   - a type, level or type and grade with no row ([platform.ErrMissing]);
//   - a national reward below the regional one ([platform.ErrConflict]): the top-up reading
//     of 第十七条 ([Options].TopUp) pays their difference.
func (s Schedule) Validate() error {
	var t table
	return s.index(&t)
}

const opValidate = "subsidy.Schedule.Validate"

// table is a validated schedule, indexed for constant-time lookups.
type table struct {
	filing     [platform.NewRDInstitution + 1]platform.Amount
	filingCite [platform.NewRDInstitution + 1]platform.Citation
	upgrade    [platform.National + 1]platform.Amount
	upCite     [platform.National + 1]platform.Citation
	cycle      [platform.NewRDInstitution + 1][platform.Poor + 1]platform.Amount
	cycleCite  [platform.NewRDInstitution + 1][platform.Poor + 1]platform.Citation
	edition    platform.Edition
}

func rowField(list string, i int, name string) string {
	return list + "[" + strconv.Itoa(i) + "]" + name
}

// checkRow reports a bad amount or citation of row i of list.
func checkRow(p *platform.Problems, list string, i int, a platform.Amount, c platform.Citation) {
	if a.IsNegative() || a.SubFen() {
		p.Addf(opValidate, platform.ErrRange, rowField(list, i, ".amount"), a.YuanString())
	}
	switch {
	case c.IsZero():
		p.Addf(opValidate, platform.ErrMissing, rowField(list, i, ".citation"), "")
	case !c.Valid():
		p.Addf(opValidate, platform.ErrInvalid, rowField(list, i, ".citation"), c.English())
	}
}

// index validates s and builds its lookup table into the zero table *t, which callers keep
// in their frame: a table is about 3 KB, and every price the package gives (a replay prices
// each award) built one on the heap.
func (s Schedule) index(t *table) error {
	var p platform.Problems
	var seenF [platform.NewRDInstitution + 1]bool
	for i, r := range s.Filing {
		checkRow(&p, "filing", i, r.Amount, r.Citation)
		switch {
		case !r.Type.Valid():
			p.Addf(opValidate, platform.ErrInvalid, rowField("filing", i, ".type"), r.Type.String())
		case seenF[r.Type]:
			p.Addf(opValidate, platform.ErrDuplicate, rowField("filing", i, ".type"), r.Type.String())
		default:
			seenF[r.Type] = true
			t.filing[r.Type], t.filingCite[r.Type] = r.Amount, r.Citation
		}
	}
	var seenU [platform.National + 1]bool
	for i, r := range s.Upgrade {
		checkRow(&p, "upgrade", i, r.Amount, r.Citation)
		switch {
		case r.Level != platform.Regional && r.Level != platform.National:
			p.Addf(opValidate, platform.ErrInvalid, rowField("upgrade", i, ".level"), r.Level.String())
		case seenU[r.Level]:
			p.Addf(opValidate, platform.ErrDuplicate, rowField("upgrade", i, ".level"), r.Level.String())
		default:
			seenU[r.Level] = true
			t.upgrade[r.Level], t.upCite[r.Level] = r.Amount, r.Citation
		}
	}
	var seenC [platform.NewRDInstitution + 1][platform.Poor + 1]bool
	for i, r := range s.Cycle {
		checkRow(&p, "cycle", i, r.Amount, r.Citation)
		switch {
		case !r.Type.Valid():
			p.Addf(opValidate, platform.ErrInvalid, rowField("cycle", i, ".type"), r.Type.String())
		case !r.Grade.Valid():
			p.Addf(opValidate, platform.ErrInvalid, rowField("cycle", i, ".grade"), r.Grade.String())
		case seenC[r.Type][r.Grade]:
			p.Addf(opValidate, platform.ErrDuplicate, rowField("cycle", i, ""), r.Type.String()+"/"+r.Grade.String())
		default:
			seenC[r.Type][r.Grade] = true
			t.cycle[r.Type][r.Grade], t.cycleCite[r.Type][r.Grade] = r.Amount, r.Citation
		}
	}
	for _, ty := range platform.Types() {
		if !seenF[ty] {
			p.Addf(opValidate, platform.ErrMissing, "filing", ty.String())
		}
		for _, g := range platform.Grades() {
			if !seenC[ty][g] {
				p.Addf(opValidate, platform.ErrMissing, "cycle", ty.String()+"/"+g.String())
			}
		}
	}
	for _, l := range []platform.Level{platform.Regional, platform.National} {
		if !seenU[l] {
			p.Addf(opValidate, platform.ErrMissing, "upgrade", l.String())
		}
	}
	if seenU[platform.Regional] && seenU[platform.National] &&
		t.upgrade[platform.National].Cmp(t.upgrade[platform.Regional]) < 0 {
		p.Addf(opValidate, platform.ErrConflict, "upgrade", t.upgrade[platform.National].YuanString()+" < "+t.upgrade[platform.Regional].YuanString())
	}
	if err := p.Err(); err != nil {
		return err
	}
	fp := defaultFingerprint
	if !s.sameRows(defaultRows) {
		var err error
		if fp, err = platform.Fingerprint(s); err != nil {
			return err
		}
	}
	t.edition = platform.DefaultEdition().WithFingerprint(fp)
	if s.Name != "" {
		t.edition.Name = s.Name
	}
	return nil
}

// defaultRows and defaultFingerprint are this edition's table and its fingerprint,
// computed once from literals and never changed. A schedule whose rows equal them, field by
// field and in order, has the same JSON encoding and hence the same fingerprint, so
// [Schedule.index] reuses it instead of encoding the table on every call.
var (
	defaultRows        = DefaultSchedule()
	defaultFingerprint = mustFingerprint(defaultRows)
)

func mustFingerprint(s Schedule) string {
	fp, err := platform.Fingerprint(s)
	if err != nil {
		panic(err)
	}
	return fp
}

// sameRows reports whether s is d: no name and exactly d's rows, in the same order
// (amounts compared as sums of money, which encode identically once validated to the 分).
func (s Schedule) sameRows(d Schedule) bool {
	if s.Name != "" || len(s.Filing) != len(d.Filing) || len(s.Upgrade) != len(d.Upgrade) || len(s.Cycle) != len(d.Cycle) {
		return false
	}
	for i, r := range s.Filing {
		q := d.Filing[i]
		if r.Type != q.Type || r.Citation != q.Citation || r.Note != q.Note || !r.Amount.Equal(q.Amount) {
			return false
		}
	}
	for i, r := range s.Upgrade {
		q := d.Upgrade[i]
		if r.Level != q.Level || r.Citation != q.Citation || r.Note != q.Note || !r.Amount.Equal(q.Amount) {
			return false
		}
	}
	for i, r := range s.Cycle {
		q := d.Cycle[i]
		if r.Type != q.Type || r.Grade != q.Grade || r.Citation != q.Citation || r.Note != q.Note || !r.Amount.Equal(q.Amount) {
			return false
		}
	}
	return true
}
