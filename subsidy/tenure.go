package subsidy

import "github.com/lhasa-sti/platform"

// Tenure is the level a platform held over one evaluation cycle, as read off the dates of
// its recognitions: the level on the cycle's first day (Start) and on its last day, or on
// the day the cycle was graded if that came first (End). Levels only rise, so End is the
// highest level held at any time in the cycle. Zero means 市级.
//
// A key laboratory filed on 2025-07-03 has cycle 1 from 2025-07-03 to 2028-07-03; recognised
// at 自治区级 on 2028-09-01, its cycle 1 is Tenure{} (市级 throughout, whenever it is
// graded) and its cycle 2 is Tenure{End: platform.Regional}.
type Tenure struct {
	Start platform.Level `json:"start,omitempty"`
	End   platform.Level `json:"end,omitempty"`
}

// Validate reports whether t is well formed: each level zero or valid
// ([platform.ErrInvalid]), and Start not above End ([platform.ErrOrder] on end).
func (t Tenure) Validate() error {
	var p platform.Problems
	t.check(&p, "subsidy.Tenure.Validate", "")
	return p.Err()
}

func (t Tenure) check(p *platform.Problems, op, prefix string) {
	okStart := t.Start == 0 || t.Start.Valid()
	okEnd := t.End == 0 || t.End.Valid()
	if !okStart {
		p.Addf(op, platform.ErrInvalid, prefix+"start", t.Start.String())
	}
	if !okEnd {
		p.Addf(op, platform.ErrInvalid, prefix+"end", t.End.String())
	}
	if okStart && okEnd && cityIfZero(t.Start) > cityIfZero(t.End) {
		p.Addf(op, platform.ErrOrder, prefix+"end", t.Start.String()+" → "+t.End.String())
	}
}

func cityIfZero(l platform.Level) platform.Level {
	if l == 0 {
		return platform.City
	}
	return l
}

// counted is the level that counts for a cycle award under opts: the level at the end of
// the cycle (the platform must have been 市级 for all of it), or at its start with
// [Options].LevelAtCycleStart.
func (t Tenure) counted(opts Options) platform.Level {
	if opts.LevelAtCycleStart {
		return t.Start
	}
	return t.End
}

// upgradedDuring reports whether the platform was recognised at a higher level during the
// cycle.
func (t Tenure) upgradedDuring() bool { return cityIfZero(t.End) > cityIfZero(t.Start) }

// CycleDuring is [Cycle] for a platform that held the levels of during over the cycle.
//
// 第二十三条: "在单个评估周期内（三年），对考核等次为良好、优秀的……给予……奖励扶持。"
//
// By default an upgraded platform keeps its city cycle awards and during changes nothing
// but the note. With [Options].CeaseCycleAfterUpgrade a cycle pays only if the platform was
// 市级 for the whole of it: the award stops from the cycle in which it is recognised at
// 自治区级 or 国家级, whatever the day the cycle is graded. With [Options].LevelAtCycleStart
// as well, the level on the cycle's first day decides, and the cycle in which the
// recognition falls still pays.
//
// A malformed during is an error on during.start or during.end.
func CycleDuring(s Schedule, t platform.Type, g platform.Grade, cycle int, during Tenure, opts Options) (Award, error) {
	const op = "subsidy.CycleDuring"
	var tb table
	err := s.index(&tb)
	var p platform.Problems
	p.Add(err)
	checkType(&p, op, "type", t)
	checkGrade(&p, op, "grade", g)
	checkCycle(&p, op, "cycle", cycle)
	during.check(&p, op, "during.")
	if err := p.Err(); err != nil {
		return Award{}, err
	}
	return tb.cycleDuring(t, g, cycle, during, opts), nil
}

func (tb *table) cycleDuring(t platform.Type, g platform.Grade, cycle int, during Tenure, opts Options) Award {
	held := during.counted(opts)
	aw := tb.cycleAward(t, g, cycle, held, opts)
	d := during
	aw.During = &d
	if !during.upgradedDuring() || !opts.CeaseCycleAfterUpgrade {
		return aw
	}
	// Recognised at a higher level during the cycle, under the option that stops the award:
	// say which day of the cycle decided.
	end := cityIfZero(during.End)
	if held > platform.City && opts.LevelAtCycleStart {
		return aw // held at a higher level from the cycle's first day: the option's note says it
	}
	if opts.LevelAtCycleStart {
		addNote(&aw.Finding, "本周期开始时为"+cityIfZero(during.Start).Chinese()+"，周期内认定为"+end.Chinese()+
			"；按选项 LevelAtCycleStart，以周期开始时的级别为准，本周期照发，自下一周期起不再享受。",
			"The cycle began at the "+cityIfZero(during.Start).English()+" and the platform was recognised at the "+end.English()+
				" during it; under option LevelAtCycleStart the level on the cycle's first day decides, so this cycle is paid"+
				" and the award stops from the next.")
		return aw
	}
	addNote(&aw.Finding, "本周期内已认定为"+end.Chinese()+"；默认以整个周期均为市级为准（第二十三条“在单个评估周期内”），本周期起不再享受；"+
		"选项 LevelAtCycleStart 以周期开始时的级别为准。",
		"The platform was recognised at the "+end.English()+" during this cycle; by default a cycle counts as a city-level cycle only if"+
			" the platform was at city level for all of it (Art. 23, within a single evaluation cycle), so the award stops from this"+
			" cycle; option LevelAtCycleStart reads the level on the cycle's first day.")
	return aw
}
