package eligibility

import "github.com/lhasa-sti/platform"

// banFindings returns how many findings bans gives for the record o.
func banFindings(o Opt[[]Ban]) int {
	bs, ok := o.Get()
	if !ok {
		return 2
	}
	n, a24, a25 := 0, false, false
	for i := range bs {
		n++
		if bs[i].Article.Article == 25 {
			a25 = true
		} else {
			a24 = true
		}
	}
	if !a24 {
		n++
	}
	if !a25 {
		n++
	}
	return n
}

// bans records 第二十四条 and then 第二十五条: for each article, one finding per ban of that
// article — ineligible while the application date is on or before the ban's last day, the
// shortfall being the first day one may apply — or, when the record holds no ban of that
// article, one Pass. When the record was not supplied, each article's finding is Unknown:
// a ban check not made is not a ban check passed.
func (r *run) bans() {
	bs, ok := r.app.Bans.Get()
	for _, i := range [2]ruleIndex{rBan24, rBan25} {
		art := 24
		if i == rBan25 {
			art = 25
		}
		if !ok {
			f := r.push(i)
			f.Outcome, f.Note = platform.Unknown, &noteBansUnknown
			continue
		}
		found := false
		for k := range bs {
			if b := &bs[k]; b.Article.Article == art {
				found = true
				r.ban(i, b)
			}
		}
		if !found {
			f := r.push(i)
			f.Outcome, f.Note = platform.Pass, &noteNoBan
		}
	}
}

// ban records one ban of rule i's article.
func (r *run) ban(i ruleIndex, b *Ban) {
	f := r.push(i)
	f.SetFoundDate(b.LastDay)
	f.Note = &platform.Note{Zh: b.Kind, En: b.Kind}
	switch next := b.LastDay.AddDays(1); {
	case r.app.Date.After(b.LastDay), r.app.Date.Before(b.From):
		f.Outcome = platform.Pass
	case next.After(b.LastDay):
		f.Outcome = platform.Fail
		f.SetShortfallDate(next)
	default: // a ban to 9999-12-31: no later date to apply on
		f.Outcome = platform.Fail
	}
	r.done(i, f)
}
