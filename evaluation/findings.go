package evaluation

import "github.com/lhasa-sti/platform"

func roundFindings(r Round, o Options) []platform.Finding {
	ev := r.Evaluator.Kind.Chinese()
	if r.Evaluator.Name != "" {
		ev += "（" + r.Evaluator.Name + "）"
	}
	out := make([]platform.Finding, 1, 6)
	out[0] = platform.Finding{Rule: rEvaluator, Outcome: platform.Pass}.WithFound(platform.Text(ev))
	return optionFindings(out, o)
}

// optionFindings appends to out the readings of 第二十二、二十四条 a round or a list is judged
// under.
func optionFindings(out []platform.Finding, o Options) []platform.Finding {
	grouping := platform.Finding{Rule: rGrouping, Outcome: platform.Pass, Note: &notePooled}.
		WithFound(platform.Text(o.GroupBy.Chinese()))
	if o.GroupBy != Pooled {
		grouping.Note = &noteGrouped
	}
	out = append(out, grouping)
	if o.WaivePoorFloorBelow > 0 {
		out = append(out, platform.Finding{Rule: rFloorWaived, Outcome: platform.Pass, Note: &noteFloorWaivedOption}.
			WithWanted(platform.Count(int64(o.WaivePoorFloorBelow), platform.Institution)))
	} else {
		out = append(out, platform.Finding{Rule: rFloor, Outcome: platform.Pass, Note: &noteFloorStrict})
	}
	if len(o.TieBreak) > 0 {
		out = append(out, platform.Finding{Rule: rTieCap, Outcome: platform.Pass, Note: &noteTieBreakOption}.
			WithFound(platform.Count(int64(len(o.TieBreak)), platform.Institution)))
	} else {
		out = append(out, platform.Finding{Rule: rTieCap, Outcome: platform.Pass, Note: &noteTieDefault})
	}
	if x := o.CapTieException; x != nil {
		out = append(out, platform.Finding{Rule: rCapTieException, Outcome: platform.Pass}.
			WithNote("选项：同分跨越优秀比例上限时一并评为优秀（依“原则上”记录的例外）。理由："+x.Reason+"；决定："+x.Authority+"。",
				"Option: a tie straddling the excellent cap is all rated excellent (a recorded exception \"in principle\"). Reason: "+x.Reason+"; authority: "+x.Authority+"."))
	}
	if o.WithdrawalsCountInN {
		out = append(out, platform.Finding{Rule: rWithdrawalCounted, Outcome: platform.Pass, Note: &noteWithdrawalsCountedOption})
	} else {
		out = append(out, platform.Finding{Rule: rWithdrawal, Outcome: platform.Pass, Note: &noteWithdrawalsDefault})
	}
	return out
}

// The findings of the platforms without a total, one for each participation (the found
// value): appended as they stand, so that every copy shares the found text.
var (
	findingWithdrewCounted = participationFinding(rWithdrawalCounted, platform.Fail, &noteWithdrewCounted, Withdrew)
	findingAbsent          = participationFinding(rAbsent, platform.Fail, &noteAbsent, AbsentWithoutCause)
	findingWithdrew        = participationFinding(rWithdrawal, platform.Fail, &noteWithdrew, Withdrew)
	findingExcused         = participationFinding(rExcused, platform.Pass, &noteExcused, AbsentWithCause)
)

func participationFinding(rule *platform.Rule, o platform.Outcome, note *platform.Note, part Participation) platform.Finding {
	return platform.Finding{Rule: rule, Outcome: o, Note: note}.WithFound(platform.Text(part.Chinese()))
}

// The fixed notes of the findings, shared by every finding that gives them: read-only.
var (
	noteTotalRounded = platform.Note{
		Zh: "总分四舍五入保留两位小数后为本平台得分，据以排序。",
		En: "The total, rounded half-up to two decimals, is the platform's score for ranking."}
	noteLowered = platform.Note{
		Zh: "超过优秀比例上限，由优秀调整为良好。",
		En: "Over the excellent cap: lowered from excellent to good."}
	noteWithdrewCounted = platform.Note{
		Zh: "中途退出评估：计入参评数量，按较差计；由生命周期记录不再列入备案序列及三年内不得再次申请。",
		En: "Withdrew midway: counted among those evaluated, as poor; lifecycle records removal and a three-year ban."}
	noteAbsent = platform.Note{
		Zh: "不评等次，不计入参评数量；由生命周期记录不再列入备案序列及三年内不得再次申请。",
		En: "Not graded and not counted; lifecycle records removal and a three-year ban."}
	noteWithdrew = platform.Note{
		Zh: "中途退出评估：不评等次，不计入参评数量；由生命周期记录不再列入备案序列及三年内不得再次申请。",
		En: "Withdrew midway: not graded and not counted; lifecycle records removal and a three-year ban."}
	noteExcused = platform.Note{
		Zh: "因故未参加评估：不评等次，不计入参评数量，不产生第二十四条所列后果。",
		En: "Absent with cause: not graded, not counted, and no consequence under Art. 24."}
	// noteMadePoor is the note of a platform made poor, by the grade it had after the cap.
	noteMadePoor = func() (n [platform.Poor + 1]platform.Note) {
		for _, g := range platform.Grades() {
			n[g] = platform.Note{
				Zh: "未达较差比例下限，由" + g.Chinese() + "调整为较差。",
				En: "Below the poor floor: changed from " + g.English() + " to poor."}
		}
		return n
	}()
	noteTie = platform.Note{
		Zh: "同分跨越比例界线：为不突破比例，同分者一并处理；需评审。",
		En: "Equal totals straddle the quota boundary: treated alike so that no quota is breached; needs review."}
	noteTieResolved = platform.Note{
		Zh: "同分跨越比例界线：按调用方提供的排序确定。",
		En: "Equal totals straddle the quota boundary: broken by the caller's tie-break order."}
	notePooled = platform.Note{
		Zh: "默认：全部参评平台合并计算比例。",
		En: "Default: quotas counted over the whole round."}
	noteGrouped = platform.Note{
		Zh: "选项：比例分组计算。",
		En: "Option: quotas counted per group."}
	noteFloorWaivedOption = platform.Note{
		Zh: "选项：参评数量少于该规模的组不强制较差比例下限（原则上）。",
		En: "Option: a group with fewer graded platforms than this is not held to the poor floor (in principle)."}
	noteFloorStrict = platform.Note{
		Zh: "默认：较差比例下限严格适用于每一组。",
		En: "Default: the poor floor applies strictly to every group."}
	noteTieBreakOption = platform.Note{
		Zh: "选项：比例界线上的同分按调用方提供的排序确定；排序未列出的同分者按默认处理。",
		En: "Option: ties at a quota boundary are broken by the caller's order; a tie with an unlisted member falls back to the default."}
	noteTieDefault = platform.Note{
		Zh: "默认：比例界线上的同分一并处理，不突破比例，并标记需评审。",
		En: "Default: ties at a quota boundary are treated alike so that no quota is breached, and flagged for review."}
	noteWithdrawalsCountedOption = platform.Note{
		Zh: "选项：中途退出者计入参评数量，按较差计。",
		En: "Option: withdrawals count in N, as poor."}
	noteWithdrawalsDefault = platform.Note{
		Zh: "默认：中途退出者不计入参评数量。",
		En: "Default: withdrawals are not counted in N."}
)
