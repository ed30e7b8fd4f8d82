package lifecycle

// Major adjustments of 第二十六条: rename and change of relying unit.

import "github.com/lhasa-sti/platform"

// adjustmentStep numbers the steps of 第二十六条.
func adjustmentStep(k Kind) int { return int(k-AdjustmentReview) + 1 }

// adjustment takes one step of a major adjustment, in order; the approval applies it (a
// rename through naming.Rename: a valid name of the same type, not the current one and not
// one another platform holds; a change of relying unit to another unit). A fresh committee
// or expert review while an attempt of the same kind is unfinished begins a new attempt:
// each attempt is its own record, the earlier one marked superseded, and the later one
// goes on. An unfinished attempt names its next step and the actor who must take it.
//
// 第二十六条：纳入备案范围的市级科技创新平台需要更名、变更依托单位等重大调整，经学术（技术）委员会或组织
// 专家论证，由依托单位提出建议报告，经主管单位审核后，报市科技局批准方可进行相应调整。
func (r *replayer) adjustment(i int, ev *Event) error {
	p, a, err := r.operating(i, ev)
	if err != nil {
		return err
	}
	if !ev.Adjustment.Valid() {
		return eventErr(i, ev, missingOr(ev.Adjustment == 0), platform.Art(26), 0, "no adjustment kind of the measures")
	}
	step, done := adjustmentStep(ev.Kind), a.done[ev.Adjustment]
	if step > done+1 {
		return eventErr(i, ev, platform.ErrOrder, platform.Art(26), AdjustmentReview+Kind(done),
			"adjustment step taken before "+(AdjustmentReview+Kind(done)).String())
	}
	if step == 1 && done > 0 {
		old := &p.Adjustments[a.pending[ev.Adjustment]]
		old.Superseded, old.Next, old.NextActor = true, 0, 0
		done = 0
	}
	if step <= done {
		return eventErr(i, ev, platform.ErrDuplicate, platform.Art(26), 0, "adjustment step already taken")
	}
	if done == 0 {
		a.pending[ev.Adjustment] = len(p.Adjustments)
		p.Adjustments = append(p.Adjustments, AdjustmentStep{Kind: ev.Adjustment})
	}
	st := &p.Adjustments[a.pending[ev.Adjustment]]
	f := finding(rAdjustment, platform.Pass, nil)
	if ev.Kind == AdjustmentApproval {
		switch ev.Adjustment {
		case Rename:
			if p.Name == "" {
				return eventErr(i, ev, platform.ErrOrder, platform.Art(14), Naming, "the platform has no name to change")
			}
			name, err := r.env.rename(p.Name, ev.Name)
			if err != nil {
				return causeErr(i, ev, platform.ErrInvalid, platform.Art(26), err)
			}
			flag, err := r.unique(i, ev, p, name)
			if err != nil {
				return err
			}
			defer r.flag(i, ev, flag)
			st.From, st.To, p.Name = p.Name, name, name
		case ChangeRelyingUnit:
			if ev.RelyingUnit.IsZero() {
				return eventErr(i, ev, platform.ErrMissing, platform.Art(26), 0, "no new relying unit")
			}
			old := p.RelyingUnit
			if old.IsZero() {
				old = r.st.Organisation
			}
			if ev.RelyingUnit == old {
				return eventErr(i, ev, platform.ErrConflict, platform.Art(26), 0,
					"the new relying unit "+old.String()+" is the current one: not a 变更")
			}
			st.From, st.To, p.RelyingUnit = old.String(), ev.RelyingUnit.String(), ev.RelyingUnit
		}
		f.Note = &noteAdjustmentApproved
		f.SetFound(platform.Text(st.To))
		a.done[ev.Adjustment] = 0
		st.Next, st.NextActor = 0, 0
	} else {
		a.done[ev.Adjustment] = step
		st.Next = ev.Kind + 1
		st.NextActor = kinds[st.Next].actors[0]
	}
	st.Done, st.Date = ev.Kind, ev.Date
	r.record(i, ev, f)
	return nil
}

var noteAdjustmentApproved = platform.Note{Zh: "经市科技局批准，进行相应调整。",
	En: "Approved by the city bureau; the adjustment takes effect."}
