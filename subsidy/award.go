package subsidy

import (
	"strconv"

	"github.com/lhasa-sti/platform"
)

// Options are the readings of the clauses the measures leave open. The zero value is the
// default reading; each field is named for the other reading.
type Options struct {
	// TopUp pays a platform upgraded from 自治区级 to 国家级 only the difference between the
	// national and the regional reward (200 − 50 = 150 万元 in this edition). 第十七条
	// "对提档升级为国家级和自治区级的科技创新平台，分别给予 200 万元、50 万元的一次性奖励扶持"
	// names a reward per level reached and does not say whether an earlier regional reward
	// counts against the national one; by default the national reward is paid in full.
	TopUp bool `json:"top_up,omitempty"`
	// CeaseCycleAfterUpgrade stops the city's cycle awards (第二十三条) for a platform from
	// the cycle in which it holds 自治区级 or 国家级 recognition. 第二十三条 does not say
	// whether an upgraded platform keeps them, and 第十六条 sends it to "上级有关科研创新平台
	// 扶持政策"; by default it keeps receiving them.
	//
	// The level that counts is the level held during the cycle ([Tenure], [CycleDuring]),
	// not the level on the day the cycle is graded: by default a cycle is a city-level
	// cycle only if the platform was 市级 for all of it, so the award stops from the cycle
	// in which the recognition falls. [Options].LevelAtCycleStart reads the level on the
	// cycle's first day instead.
	CeaseCycleAfterUpgrade bool `json:"cease_cycle_after_upgrade,omitempty"`
	// LevelAtCycleStart, under CeaseCycleAfterUpgrade, takes the level a platform held on
	// the first day of a cycle as the level held during it: the cycle in which the platform
	// is recognised at 自治区级 or 国家级 still pays, and the award stops from the next cycle.
	// 第二十三条 awards "在单个评估周期内" and does not say which day of the cycle decides;
	// by default the platform must have been 市级 for the whole cycle. Without
	// CeaseCycleAfterUpgrade it changes nothing.
	LevelAtCycleStart bool `json:"level_at_cycle_start,omitempty"`
}

// Award is one sum of money the measures promise: the benefit, the platform type, the
// amount in 元 (its String shows 元 and 万元), the clause that grants it and the finding
// that explains it, under the options and the schedule edition it was computed with.
type Award struct {
	Benefit Benefit       `json:"benefit"`
	Type    platform.Type `json:"type"`
	// Grade is the evaluation grade of a cycle award; zero otherwise.
	Grade platform.Grade `json:"grade,omitempty"`
	// CityFiling is, for an upgrade reward, whether the platform was filed at city level
	// (第十六、十七条); zero (not stated) otherwise.
	CityFiling CityFiling `json:"city_filing,omitempty"`
	// From is the level an upgrade started from; zero otherwise, and zero for a platform
	// never filed at city level whose recognition started from no level of these measures.
	From platform.Level `json:"from,omitempty"`
	// Held is the level a platform held when a cycle award was computed; zero means 市级.
	// For [CycleDuring] it is the level that counted under the reading: the level at the
	// cycle's end, or at its start with [Options].LevelAtCycleStart.
	Held platform.Level `json:"held,omitempty"`
	// During is the level held over the cycle, for [CycleDuring] and a claim with During;
	// nil otherwise.
	During   *Tenure           `json:"during,omitempty"`
	Amount   platform.Amount   `json:"amount"`
	Citation platform.Citation `json:"citation"`
	Finding  platform.Finding  `json:"finding"`
	Options  Options           `json:"options"`
	Edition  platform.Edition  `json:"edition"`
}

func yuan(a platform.Amount) platform.Value { return platform.Quantity(a.Yuan(), platform.Yuan) }

// Filing returns the filing subsidy of a platform of type t filed at city level.
//
// 第十五条: "对获得市级备案的科技创新平台，分类给予扶持资助：市级工程技术中心给予 20 万元扶持
// 资助、市级野外科学观测研究站给予 20 万元扶持资助、市级重点实验室给予 50 万元扶持资助、市级
// 技术创新中心给予 50 万元扶持资助、市级临床医学研究中心给予 50 万元扶持资助、市级新型研发机构
// 给予 50 万元扶持资助。"
//
// An invalid schedule or type is an error and nothing is computed.
func Filing(s Schedule, t platform.Type) (Award, error) {
	const op = "subsidy.Filing"
	var tb table
	err := s.index(&tb)
	var p platform.Problems
	p.Add(err)
	checkType(&p, op, "type", t)
	if err := p.Err(); err != nil {
		return Award{}, err
	}
	return tb.filingAward(t, Options{}), nil
}

func checkType(p *platform.Problems, op, field string, t platform.Type) {
	switch {
	case t == 0:
		p.Addf(op, platform.ErrMissing, field, "")
	case !t.Valid():
		p.Addf(op, platform.ErrInvalid, field, t.String())
	}
}

func (tb *table) filingAward(t platform.Type, opts Options) Award {
	a := tb.filing[t]
	f := platform.Finding{Rule: &book.filing[t], Outcome: platform.Pass}.WithWanted(yuan(a)).WithFound(yuan(a))
	zeroAward(&f, a)
	return Award{
		Benefit: Filed(), Type: t, Amount: a, Citation: tb.filingCite[t], Options: opts, Edition: tb.edition,
		Finding: f,
	}
}

// zeroAward makes f a Fail that says so when the schedule awards nothing (a custom
// schedule can): a Pass finding never comes with 0 元.
func zeroAward(f *platform.Finding, a platform.Amount) {
	if !a.IsZero() {
		return
	}
	f.Outcome = platform.Fail
	addNote(f, "所用参数表的金额为 0 元。", "The schedule used awards 0 yuan.")
}

// addNote points f at a new note: its note, if any, followed by zh and en. The note f
// pointed at may be shared, so it is not changed.
func addNote(f *platform.Finding, zh, en string) {
	oldZh, oldEn := f.NoteZh(), f.NoteEn()
	if oldEn != "" {
		oldEn += " "
	}
	f.Note = &platform.Note{Zh: oldZh + zh, En: oldEn + en}
}

// Upgrade returns the one-time reward of a platform of type t upgraded from level from to
// level to, given whether it was filed at city level.
//
// 第十六条: "鼓励支持市级备案的各类科技创新平台提档升级，积极申报认定自治区级、国家级科技创新平台"；
// 第十七条: "对提档升级为国家级和自治区级的科技创新平台，分别给予 200 万元、50 万元的一次性
// 奖励扶持。"
//
// 市级 to 自治区级 pays the regional reward, 市级 to 国家级 the national one. 自治区级 to
// 国家级 pays the national reward in full, or with [Options].TopUp only its difference from
// the regional reward.
//
// filed is the fact "filed at city level". [NotFiledAtCity] gives 0 元 with a Fail finding
// of rule subsidy.16.city_filed citing 第十六、十七条: the measures reward the upgrade of a
// platform filed at city level, and nothing else. [CityFilingUnknown] gives 0 元 with an
// Unknown finding that says what would be payable were it filed. For these two, from may be
// zero (a platform recognised at a higher level without ever being filed here) or
// 自治区级; 市级 contradicts them ([platform.ErrConflict] on from). [FiledAtCity] and the
// zero value, [CityFilingNotStated], need from and price the reward as before the fact
// existed.
//
// An upgrade to the same or a lower level is an [platform.ErrOrder] error; an unknown type,
// level or filing fact is an [platform.ErrInvalid] error.
func Upgrade(s Schedule, t platform.Type, filed CityFiling, from, to platform.Level, opts Options) (Award, error) {
	const op = "subsidy.Upgrade"
	var tb table
	err := s.index(&tb)
	var p platform.Problems
	p.Add(err)
	checkType(&p, op, "type", t)
	checkCityFiling(&p, op, "", filed, from, to)
	if err := p.Err(); err != nil {
		return Award{}, err
	}
	return tb.upgradeAward(t, filed, from, to, opts), nil
}

func checkLevel(p *platform.Problems, op, field string, l platform.Level) bool {
	switch {
	case l == 0:
		p.Addf(op, platform.ErrMissing, field, "")
	case !l.Valid():
		p.Addf(op, platform.ErrInvalid, field, l.String())
	default:
		return true
	}
	return false
}

func checkUpgrade(p *platform.Problems, op, prefix string, from, to platform.Level) {
	okFrom := checkLevel(p, op, prefix+"from", from)
	okTo := checkLevel(p, op, prefix+"to", to)
	if okFrom && okTo && to <= from {
		p.Addf(op, platform.ErrOrder, prefix+"to", from.String()+" → "+to.String())
	}
}

// noteUpgradeInFull is the note of every upgrade from 自治区级 to 国家级 under the default
// reading of 第十七条.
var noteUpgradeInFull = platform.Note{
	Zh: "默认解读（第十七条按升级所达级别分别给予）：自治区级升国家级，国家级奖励全额给予，不扣除自治区级奖励。",
	En: "Default reading (Art. 17 grants a reward per level reached): from regional to national level, the national reward is paid in full; the regional reward is not deducted.",
}

func (tb *table) upgradeAward(t platform.Type, filed CityFiling, from, to platform.Level, opts Options) Award {
	if filed == NotFiledAtCity || filed == CityFilingUnknown {
		return tb.unfiledAward(t, filed, from, to, opts)
	}
	full := tb.upgrade[to]
	a := full
	f := platform.Finding{Rule: &book.upgrade[to], Outcome: platform.Pass}.WithWanted(yuan(full))
	if from == platform.Regional && to == platform.National {
		if opts.TopUp {
			reg := tb.upgrade[platform.Regional]
			a = full.Sub(reg)
			f = f.WithNote("按补差解读（选项 TopUp，第十七条未明示）：自治区级升国家级，扣除自治区级奖励 "+reg.Wan()+"，给予差额 "+a.Wan()+"。",
				"Top-up reading (option TopUp; Art. 17 leaves it open): from regional to national level, the regional reward of "+
					reg.English()+" is deducted and the difference of "+a.English()+" is paid.")
		} else {
			f.Note = &noteUpgradeInFull
		}
	}
	f.SetFound(yuan(a))
	zeroAward(&f, a)
	return Award{
		Benefit: Upgraded(to), Type: t, CityFiling: filed, From: from, Amount: a, Citation: tb.upCite[to],
		Finding: f, Options: opts, Edition: tb.edition,
	}
}

// unfiledAward is the upgrade reward of a platform never filed at city level (0 元, Fail) or
// not known to be (0 元, Unknown, saying what would be payable were it filed).
func (tb *table) unfiledAward(t platform.Type, filed CityFiling, from, to platform.Level, opts Options) Award {
	f := platform.Finding{Rule: &book.filed, Outcome: platform.Fail}.
		WithWanted(platform.Text(FiledAtCity.Chinese())).WithFound(platform.Text(filed.Chinese()))
	if filed == NotFiledAtCity {
		f.Note = &platform.Note{
			Zh: "未经市级备案，认定为" + to.Chinese() + "不属于第十六条所称市级备案平台的提档升级，不适用第十七条，本办法不予奖励扶持，应给予 0 元。",
			En: "Never filed at city level: recognition at the " + to.English() + " is not the upgrade of a platform filed at city level" +
				" that Art. 16 speaks of, Art. 17 does not apply, and these measures owe nothing (0 yuan).",
		}
	} else {
		would := tb.upgrade[to]
		if from == platform.Regional && to == platform.National && opts.TopUp {
			would = would.Sub(tb.upgrade[platform.Regional])
		}
		f.Outcome = platform.Unknown
		f.Note = &platform.Note{
			Zh: "是否经市级备案不详：第十六、十七条只奖励市级备案平台的提档升级；如经市级备案，应给予 " + would.Wan() +
				"，未经市级备案则为 0 元。请核实备案记录。",
			En: "Not known whether the platform was filed at city level: Arts. 16 and 17 reward only the upgrade of a platform" +
				" filed at city level; were it filed, " + would.English() + " would be payable, and nothing were it not." +
				" Check the filing record.",
		}
	}
	return Award{
		Benefit: Upgraded(to), Type: t, CityFiling: filed, From: from, Citation: tb.upCite[to],
		Finding: f, Options: opts, Edition: tb.edition,
	}
}

// Cycle returns the award of a city-level platform of type t graded g in evaluation cycle
// number cycle (1, 2, … from filing); [CycleAt] is the same for a platform that may have
// been upgraded.
//
// 第二十三条: "在单个评估周期内（三年），对考核等次为良好、优秀的工程技术中心和野外科学观测
// 研究站分别给予 15、20 万元奖励扶持；对考核等次为良好、优秀的重点实验室分别给予 60、70 万元
// 奖励扶持；对考核等次为良好、优秀的技术创新中心、临床医学研究中心、新型研发机构分别给予
// 120、150 万元奖励扶持。"
//
// 合格 and 较差 earn nothing: the award is 0 元 with a finding that says so.
func Cycle(s Schedule, t platform.Type, g platform.Grade, cycle int, opts Options) (Award, error) {
	return cycleAt("subsidy.Cycle", s, t, g, cycle, 0, opts)
}

// CycleAt is [Cycle] for a platform that holds level held when the cycle is evaluated
// (zero or [platform.City] for a platform not upgraded), read as the level held for the
// whole cycle. By default an upgraded platform keeps its city cycle awards; with
// [Options].CeaseCycleAfterUpgrade it receives 0 元 with a finding that says why. For a
// platform recognised at a higher level during the cycle or after it, use [CycleDuring]:
// the level on the day the cycle is graded is not the level held during it.
func CycleAt(s Schedule, t platform.Type, g platform.Grade, cycle int, held platform.Level, opts Options) (Award, error) {
	return cycleAt("subsidy.CycleAt", s, t, g, cycle, held, opts)
}

func cycleAt(op string, s Schedule, t platform.Type, g platform.Grade, cycle int, held platform.Level, opts Options) (Award, error) {
	var tb table
	err := s.index(&tb)
	var p platform.Problems
	p.Add(err)
	checkType(&p, op, "type", t)
	checkGrade(&p, op, "grade", g)
	checkCycle(&p, op, "cycle", cycle)
	checkHeld(&p, op, "held", held)
	if err := p.Err(); err != nil {
		return Award{}, err
	}
	return tb.cycleAward(t, g, cycle, held, opts), nil
}

func checkGrade(p *platform.Problems, op, field string, g platform.Grade) {
	switch {
	case g == 0:
		p.Addf(op, platform.ErrMissing, field, "")
	case !g.Valid():
		p.Addf(op, platform.ErrInvalid, field, g.String())
	}
}

func checkCycle(p *platform.Problems, op, field string, n int) {
	switch {
	case n == 0:
		p.Addf(op, platform.ErrMissing, field, "")
	case n < 0:
		p.Addf(op, platform.ErrRange, field, strconv.Itoa(n))
	}
}

func checkHeld(p *platform.Problems, op, field string, l platform.Level) {
	if l != 0 && !l.Valid() {
		p.Addf(op, platform.ErrInvalid, field, l.String())
	}
}

func (tb *table) cycleAward(t platform.Type, g platform.Grade, cycle int, held platform.Level, opts Options) Award {
	a := tb.cycle[t][g]
	aw := Award{
		Benefit: Cycled(cycle), Type: t, Grade: g, Held: held, Amount: a, Citation: tb.cycleCite[t][g],
		Options: opts, Edition: tb.edition,
	}
	upgraded := held > platform.City
	if upgraded && opts.CeaseCycleAfterUpgrade {
		zero := platform.Amount{}
		aw.Amount = zero
		aw.Finding = platform.Finding{Rule: &book.upgraded, Outcome: platform.Fail}.WithWanted(yuan(a)).WithFound(yuan(zero)).
			WithNote("按选项 CeaseCycleAfterUpgrade（第二十三条未明示）：平台已提档升级为"+held.Chinese()+"，自升级起不再享受市级周期奖励扶持。",
				"Option CeaseCycleAfterUpgrade (Art. 23 leaves it open): the platform has been upgraded to the "+held.English()+
					" and no longer receives the city's cycle award.")
		return aw
	}
	// The outcome follows the amount awarded, so that a custom schedule paying for 合格 or
	// nothing for 良好 never gives a Fail with money or a Pass with none.
	f := platform.Finding{Rule: &book.cycle[t][g], Outcome: platform.Pass}.WithWanted(yuan(a)).WithFound(yuan(a))
	rewarded := g == platform.Excellent || g == platform.Good
	switch {
	case !rewarded && a.IsZero():
		f.Outcome = platform.Fail
		f.SetWanted(platform.Value{})
		f = f.WithNote("第二十三条只对考核等次为良好、优秀的平台给予奖励扶持，考核等次为"+g.Chinese()+"的奖励金额为 "+a.Wan()+"。",
			"Art. 23 rewards only the grades good and excellent; the award for the grade "+g.English()+" is "+a.English()+".")
	case !rewarded:
		f = f.WithNote("第二十三条只对考核等次为良好、优秀的平台给予奖励扶持；所用参数表对考核等次为"+g.Chinese()+"的给予 "+a.Wan()+"。",
			"Art. 23 rewards only the grades good and excellent; the schedule used awards "+a.English()+" for the grade "+g.English()+".")
	case a.IsZero():
		zeroAward(&f, a)
	}
	if upgraded {
		addNote(&f, "平台已提档升级为"+held.Chinese()+"；默认解读（第二十三条未明示）继续享受市级周期奖励扶持。",
			"The platform has been upgraded to the "+held.English()+
				"; by default (Art. 23 leaves it open) it keeps receiving the city's cycle award.")
	}
	aw.Finding = f
	return aw
}
