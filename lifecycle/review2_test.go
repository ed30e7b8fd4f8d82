package lifecycle_test

// An independent review of issues 19 and 25: rows written from the law with their
// expectations fixed before running, at the boundaries of each new rule (the deadline day
// itself and the day after, 11月30日 on a weekend, the first and last day of the validity
// window, a ban's decision day and last day), the order of acts and acts under several heads.

import (
	"encoding/json"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
)

// lastOf is the finding of the last entry recorded for event index i.
func lastOf(t *testing.T, st lifecycle.State, i int) platform.Finding {
	t.Helper()
	for k := len(st.Entries) - 1; k >= 0; k-- {
		if st.Entries[k].Index == i {
			return st.Entries[k].Finding
		}
	}
	t.Fatalf("no entry for events[%d]", i)
	return platform.Finding{}
}

// 第二十条 "每年 11 月 30 日前": 2025-11-30 is a Sunday and 2026-11-30 a Monday. By default the
// day itself is on time and a deadline does not roll; ReportDayExcluded makes 11月29日 the last
// day (LEGAL.md §2.2: inclusion of the day is unconfirmed); RollDeadlines moves a last day on a
// holiday to the day after (《民法典》第二百零三条), an ordinary Sunday counting as one unless
// WeekendsNotHolidays (LEGAL.md §3: unconfirmed).
func TestReportDayBoundaries(t *testing.T) {
	roll := lifecycle.Options{RollDeadlines: true}
	rollWeekdays := lifecycle.Options{RollDeadlines: true, WorkingDays: calendar.Options{WeekendsNotHolidays: true}}
	excluded := lifecycle.Options{ReportDayExcluded: true}
	tests := []struct {
		name     string
		date     string
		year     int
		opts     lifecycle.Options
		outcome  platform.Outcome
		wantDue  string
		wantStat lifecycle.ReportStatus
	}{
		{"第二十条（默认）：11月30日当日（星期日）报送：按时", "2025-11-30", 2025, lifecycle.Options{}, platform.Pass, "2025-11-30", lifecycle.ReportSubmitted},
		{"第二十条（默认，不顺延）：11月30日为星期日，次日星期一报送：逾期", "2025-12-01", 2025, lifecycle.Options{}, platform.Fail, "2025-11-30", lifecycle.ReportLate},
		{"第二十条（选项：不含11月30日）：11月30日当日报送：逾期", "2025-11-30", 2025, excluded, platform.Fail, "2025-11-29", lifecycle.ReportLate},
		{"第二十条（选项：不含11月30日）：11月29日报送：按时", "2025-11-29", 2025, excluded, platform.Pass, "2025-11-29", lifecycle.ReportSubmitted},
		{"第二十条、民法典第二百零三条（顺延）：11月30日为星期日，顺延至星期一12月1日报送：按时", "2025-12-01", 2025, roll, platform.Pass, "2025-12-01", lifecycle.ReportSubmitted},
		{"第二十条、民法典第二百零三条（顺延）：顺延后的次日12月2日报送：逾期", "2025-12-02", 2025, roll, platform.Fail, "2025-12-01", lifecycle.ReportLate},
		{"第二十条（顺延，周休息日不视为法定休假日）：11月30日星期日不顺延，12月1日报送：逾期", "2025-12-01", 2025, rollWeekdays, platform.Fail, "2025-11-30", lifecycle.ReportLate},
		{"第二十条（顺延且不含11月30日）：11月29日星期六顺延至12月1日星期一，当日报送：按时", "2025-12-01", 2025,
			lifecycle.Options{RollDeadlines: true, ReportDayExcluded: true}, platform.Pass, "2025-12-01", lifecycle.ReportSubmitted},
		{"第二十条（顺延）：2026年11月30日为星期一，不顺延，12月1日报送：逾期", "2026-12-01", 2026, roll, platform.Fail, "2026-11-30", lifecycle.ReportLate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var more []lifecycle.Event
			if tt.year == 2026 {
				more = append(more, report("2025-11-20", 2025))
			}
			h := filed(append(more, report(tt.date, tt.year))...)
			st, err := lifecycle.Replay(h, d(tt.date), tt.opts)
			require.NoError(t, err, "lifecycle.20.annual_report")
			f := lastOf(t, st, len(h.Events)-1)
			assert.Equal(t, tt.outcome, f.Outcome, "lifecycle.20.annual_report")
			p, _ := st.Platform(lab)
			rep := p.Reports[tt.year-2025]
			assert.Equal(t, d(tt.wantDue), rep.Due)
			assert.Equal(t, tt.wantStat, rep.Status)
		})
	}
}

// 第二十条 with ReportDueAtBureau: the forwarding is on time or late against the same day and
// rolls the same way; by default it has no day of its own.
func TestForwardingDayBoundaries(t *testing.T) {
	bureau := lifecycle.Options{ReportDueAtBureau: true}
	tests := []struct {
		name    string
		date    string
		opts    lifecycle.Options
		outcome platform.Outcome
	}{
		{"第二十条（选项：须报达市科技局）：主管部门11月30日当日转报：按时", "2025-11-30", bureau, platform.Pass},
		{"第二十条（选项）：主管部门12月1日转报：逾期", "2025-12-01", bureau, platform.Fail},
		{"第二十条（选项且顺延）：11月30日星期日顺延，主管部门12月1日转报：按时", "2025-12-01",
			lifecycle.Options{ReportDueAtBureau: true, RollDeadlines: true}, platform.Pass},
		{"第二十条（默认）：主管部门次年1月转报：转报不另设期限，不判逾期", "2026-01-15", lifecycle.Options{}, platform.Pass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := filed(report("2025-11-20", 2025), forwarded(tt.date, 2025))
			st, err := lifecycle.Replay(h, d("2026-01-31"), tt.opts)
			require.NoError(t, err, "lifecycle.20.report_forwarded")
			assert.Equal(t, tt.outcome, lastOf(t, st, len(h.Events)-1).Outcome, "lifecycle.20.report_forwarded")
		})
	}
}

// 第二十九条 "本办法自发布之日起施行，期限 5 年": the window runs from the publication day
// itself to the corresponding day five years later (《民法典》第二百零二条; LEGAL.md §1), a
// 2月29日 publication ending on 2月28日. No ban, removal, blacklist or award rests on an act
// outside it; with no publication date the window is Unknown and the consequences apply.
func TestValidityWindowEdges(t *testing.T) {
	orgFraud := func(pub, date string) (lifecycle.State, error) {
		h := lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent(date, lifecycle.Fraud)}}
		opts := lifecycle.Options{}
		if pub != "" {
			opts.Edition = published(pub)
		}
		return lifecycle.Replay(h, d(date).AddDays(1), opts)
	}
	fraudRows := []struct {
		name     string
		pub, day string
		banned   bool
		validity platform.Outcome
	}{
		{"第二十九条、第二十五条：发布当日认定弄虚作假：在有效期内，三年内不得申请", "2025-01-01", "2025-01-01", true, platform.Pass},
		{"第二十九条：发布前一日认定弄虚作假：不在有效期内，不禁止申请", "2025-01-01", "2024-12-31", false, platform.Fail},
		{"第二十九条：期限五年的最后一日（对应日）认定弄虚作假：仍在有效期内，禁止申请", "2025-01-01", "2030-01-01", true, platform.Pass},
		{"第二十九条：期限届满次日认定弄虚作假：不禁止申请", "2025-01-01", "2030-01-02", false, platform.Fail},
		{"第二十九条、民法典第二百零二条：2月29日发布，五年后无对应日，2月28日为最后一日：禁止申请", "2024-02-29", "2029-02-28", true, platform.Pass},
		{"第二十九条、民法典第二百零二条：2月29日发布，五年后3月1日：已届满，不禁止申请", "2024-02-29", "2029-03-01", false, platform.Fail},
		{"第二十九条：发布日期未知：有效期未知，第二十五条照常禁止申请", "", "2020-01-01", true, platform.Unknown},
	}
	for _, tt := range fraudRows {
		t.Run(tt.name, func(t *testing.T) {
			st, err := orgFraud(tt.pub, tt.day)
			require.NoError(t, err, "lifecycle.29.validity")
			assert.Equal(t, tt.banned, len(st.Bans) == 1, "lifecycle.25.fraud_ban")
			assert.Equal(t, !tt.banned, st.MayApply(d(tt.day), 0).May)
			assert.Equal(t, tt.validity, st.Validity.Outcome)
			if !tt.banned {
				f := lastOf(t, st, 0)
				assert.Equal(t, "第二十九条", f.Cite().String(), "the finding says why")
			}
		})
	}
	t.Run("第二十九条、第二十四条：期限最后一日无故不参加评估：不再列入、三年禁止；次日：均不发生", func(t *testing.T) {
		opts := lifecycle.Options{Edition: published("2025-01-01")}
		st, err := lifecycle.Replay(filed(ev("2030-01-01", lifecycle.NoShow, lifecycle.CitySTB)), d("2030-01-05"), opts)
		require.NoError(t, err, "lifecycle.24.removal_ban")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Removed, p.Stage)
		assert.Len(t, st.Bans, 1)
		st, err = lifecycle.Replay(filed(ev("2030-01-02", lifecycle.NoShow, lifecycle.CitySTB)), d("2030-01-05"), opts)
		require.NoError(t, err, "lifecycle.29.validity")
		p, _ = st.Platform(lab)
		assert.Equal(t, lifecycle.Filed, p.Stage)
		assert.Empty(t, st.Bans)
	})
	t.Run("第二十九条、第二十三条：期限最后一日评为良好：给予周期奖励；次日：不给予", func(t *testing.T) {
		opts := lifecycle.Options{Edition: published("2023-06-01")}
		cycleAwards := func(date string) int {
			st, err := lifecycle.Replay(filed(graded(date, platform.Good, 1)), d("2028-06-30"), opts)
			require.NoError(t, err, "lifecycle.23.cycle_award")
			n := 0
			for _, a := range st.Awards {
				if a.Kind == lifecycle.CycleBenefit {
					n++
				}
			}
			return n
		}
		assert.Equal(t, 1, cycleAwards("2028-06-01"))
		assert.Equal(t, 0, cycleAwards("2028-06-02"))
	})
	t.Run("第二十九条、第二十五条：期限届满后无故不完成科研任务：不列入黑名单", func(t *testing.T) {
		h := lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent("2030-01-02", lifecycle.UnfinishedTasks)}}
		st, err := lifecycle.Replay(h, d("2030-01-05"), lifecycle.Options{Edition: published("2025-01-01")})
		require.NoError(t, err, "lifecycle.25.blacklist")
		assert.Empty(t, st.Blacklist)
		assert.False(t, st.MayApply(d("2030-01-05"), 0).Blacklisted)
	})
}

// 第二十五条: one act under several heads.
func TestSeveralHeadsEdges(t *testing.T) {
	t.Run("第二十五条：同一事故兼属安全生产事故和知识产权违法：一次问责、一次摘牌、一个五年禁止，列明两种情形", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(misconductOf("2026-05-06", lifecycle.Accident, lifecycle.IPViolation)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.delisting_ban")
		require.Len(t, st.Bans, 1)
		assert.Equal(t, d("2031-05-06"), st.Bans[0].LastDay)
		require.Len(t, st.Accountability, 1)
		assert.Equal(t, []lifecycle.Kind{lifecycle.Accident, lifecycle.IPViolation}, st.Accountability[0].Heads)
		assert.Empty(t, st.Blacklist, "the blacklist is for 无故不完成科研任务 only")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Delisted, p.Stage)
	})
	t.Run("第二十五条：单位弄虚作假兼无故不完成科研任务（未涉平台）：三年禁止并列入黑名单", func(t *testing.T) {
		e := orgEvent("2026-05-06", lifecycle.Fraud)
		e.Heads = lifecycle.HeadsOf(lifecycle.UnfinishedTasks)
		st, err := lifecycle.Replay(lifecycle.History{Organisation: org, Events: []lifecycle.Event{e}}, d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.fraud_ban")
		require.Len(t, st.Bans, 1)
		assert.Equal(t, "fraud", st.Bans[0].Kind)
		assert.Len(t, st.Blacklist, 1)
	})
	t.Run("第二十五条：所列情形含第二十四条的不参加评估：拒绝，不是第二十五条的情形", func(t *testing.T) {
		_, err := lifecycle.Replay(filed(misconductOf("2026-05-06", lifecycle.Misconduct, lifecycle.NoShow)), d("2026-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrInvalid, "lifecycle.25.delisting_ban")
	})
	t.Run("第二十五条：学术不端又在情形中重复列出学术不端：与单列一样，一个五年禁止", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(misconductOf("2026-05-06", lifecycle.Misconduct, lifecycle.Misconduct)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.delisting_ban")
		assert.Len(t, st.Bans, 1)
		assert.Len(t, st.Accountability, 1)
	})
	t.Run("第二十五条：弄虚作假兼学术不端：三年禁止届满次日仍在五年禁止内，五年届满次日可申请", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(misconductOf("2026-05-06", lifecycle.Fraud, lifecycle.Misconduct)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.delisting_ban")
		perm := st.MayApply(d("2029-05-07"), 0)
		assert.False(t, perm.May)
		assert.Equal(t, d("2031-05-06"), perm.Until)
		assert.Equal(t, "第二十五条", perm.Article.String())
		assert.True(t, st.MayApply(d("2031-05-07"), 0).May)
		assert.Equal(t, platform.Pass, eligibilityBan(t, st, d("2031-05-07"), platform.KeyLaboratory))
		assert.Equal(t, platform.Fail, eligibilityBan(t, st, d("2031-05-06"), platform.KeyLaboratory))
	})
	t.Run("第二十五条：尚未备案的申请弄虚作假兼学术不端：摘牌须已备案的平台，拒绝（只记弄虚作假）", func(t *testing.T) {
		steps := filingSteps()[:4]
		e := misconductOf("2025-01-30", lifecycle.Fraud, lifecycle.Misconduct)
		_, err := lifecycle.Replay(with(steps, e), d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrState, "lifecycle.25.delisting_ban")
		st, err := lifecycle.Replay(with(steps, misconductOf("2025-01-30", lifecycle.Fraud)), d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.fraud_ban")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.NotFiled, p.Stage)
	})
}

// 第十三条（二）至（五）: the order of the review steps and what a refusal leaves.
func TestReviewOutcomeOrder(t *testing.T) {
	t.Run("第十三条（二）：推荐部门审核未通过后市科技局仍审查：平台已不予备案，拒绝，引第十三条（二）", func(t *testing.T) {
		_, err := lifecycle.Replay(with(notPassed(2, "材料不全")), d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrState, "lifecycle.13.2.recommendation")
		assert.Equal(t, "第十三条（二）", eventError(err).Cite.String(), "the clause that ended the application")
	})
	t.Run("第二十五条：申请因弄虚作假不予备案后仍审查：拒绝，引第二十五条", func(t *testing.T) {
		steps := filingSteps()[:3]
		_, err := lifecycle.Replay(with(steps, misconductOf("2025-01-20", lifecycle.Fraud), ev("2025-01-25", lifecycle.Review, lifecycle.CitySTB)),
			d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrState, "lifecycle.25.fraud_ban")
		assert.Equal(t, "第二十五条", eventError(err).Cite.String())
	})
	t.Run("第十三条（三）：市科技局审查未通过后仍专家论证：拒绝，引第十三条（三）", func(t *testing.T) {
		_, err := lifecycle.Replay(with(notPassed(3, "不符合条件")), d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrState, "lifecycle.13.3.review")
		assert.Equal(t, "第十三条（三）", eventError(err).Cite.String())
	})
	t.Run("第十三条（一）常年受理：审查未通过后以同一申请编号再次申请：重复，须用新编号", func(t *testing.T) {
		s := filingSteps()[:4]
		s[3].NotPassed = true
		again := s[1]
		again.Date = d("2025-03-01")
		_, err := lifecycle.Replay(with(s, again), d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrDuplicate, "lifecycle.13.2.application")
	})
	t.Run("第十三条（四）：专家论证否定后：平台停在已论证，不禁止申请", func(t *testing.T) {
		s := filingSteps()[:5]
		s[4].NotPassed, s[4].Reasons = true, "条件未成熟"
		st, err := lifecycle.Replay(with(s), d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.13.4.expert_review")
		p, _ := st.Platform(lab)
		require.NotNil(t, p.Refusal)
		assert.Equal(t, lifecycle.ExpertReview, p.Refusal.Kind)
		assert.Equal(t, "条件未成熟", p.Refusal.Reasons)
		assert.Empty(t, st.Bans)
		assert.True(t, st.MayApply(d("2025-12-31"), platform.KeyLaboratory).May)
	})
	t.Run("第十三条（四）：专家论证否定后又现场考察，再以例外理由列入：记录，须复核", func(t *testing.T) {
		s := filingSteps()
		s[4].NotPassed = true
		visit := ev("2025-02-15", lifecycle.SiteVisit, lifecycle.Experts)
		s[5].Exception = "急需"
		st, err := lifecycle.Replay(with(append(append(s[:5:5], visit), s[5:]...)), d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.13.5.proposed_list")
		assert.Equal(t, platform.Review, lastOf(t, st, 6).Outcome)
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Filed, p.Stage)
	})
}

// 第二十四条 "三年内不得再次申请": a ban binds from its decision day to the end of its last
// day; both hand-overs to eligibility agree on each side of each end.
func TestBanEdgesBothHandOvers(t *testing.T) {
	st, err := lifecycle.Replay(filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-12-31"), lifecycle.Options{})
	require.NoError(t, err, "lifecycle.24.removal_ban")
	early, err := lifecycle.Replay(filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-01-01"), lifecycle.Options{})
	require.NoError(t, err, "lifecycle.24.removal_ban")
	tests := []struct {
		name   string
		st     lifecycle.State
		on     string
		barred bool
	}{
		{"第二十四条：决定前一日申请：不受禁止", st, "2026-05-05", false},
		{"第二十四条：决定当日申请：受禁止", st, "2026-05-06", true},
		{"第二十四条：三年期满最后一日申请：受禁止", st, "2029-05-06", true},
		{"第二十四条：三年期满次日申请：不受禁止", st, "2029-05-07", false},
		{"第二十四条：截至日在决定前，问决定当日：历史记录的禁止仍约束", early, "2026-05-06", true},
		{"第二十四条：截至日在决定前，问三年期满次日：不受禁止", early, "2029-05-07", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			perm := tt.st.MayApply(d(tt.on), platform.FieldStation)
			assert.Equal(t, !tt.barred, perm.May, "MayApply")
			want := platform.Pass
			if tt.barred {
				want = platform.Fail
			}
			assert.Equal(t, want, eligibilityBan(t, tt.st, d(tt.on), platform.FieldStation), "eligibility from EligibilityBans")
		})
	}
}

// 第十四条 统一命名: a name is unique among the platforms that hold one; a delisted platform
// holds none (摘牌), and a name renamed away is free again.
func TestUniqueNameEdges(t *testing.T) {
	a := stepsFor("a", platform.InnovationCenter, "")
	b := stepsFor("b", platform.InnovationCenter, "")
	t.Run("第十四条、第二十五条：被摘牌平台的名称：另一平台可用", func(t *testing.T) {
		delist := misconductOf("2025-03-25", lifecycle.Misconduct)
		delist.Platform = "a"
		h := twoFiled(a, b, named("2025-03-20", "a", fiveG), delist, named("2025-03-26", "b", fiveG))
		st, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.14.unique_name")
		p, _ := st.Platform("b")
		assert.Equal(t, fiveG, p.Name)
	})
	t.Run("第十四条、第二十六条：一平台更名后，原名称由另一平台使用：可以", func(t *testing.T) {
		rename := chain(lifecycle.Rename)
		for k := range rename {
			rename[k].Platform = "a"
		}
		rename[3].Name = secondName
		more := append([]lifecycle.Event{named("2025-03-20", "a", fiveG)}, rename...)
		more = append(more, named("2026-12-01", "b", fiveGWide))
		st, err := lifecycle.Replay(twoFiled(a, b, more...), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.14.unique_name")
		p, _ := st.Platform("b")
		assert.Equal(t, fiveG, p.Name, "the full-width name is normalised")
	})
	t.Run("第十四条：其他单位已用名称（全角）与本平台命名相同：拒绝；选项：记录并须复核", func(t *testing.T) {
		h := with(stepsFor("a", platform.InnovationCenter, ""), named("2025-03-20", "a", fiveG))
		_, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{TakenNames: []string{fiveGWide}})
		require.ErrorIs(t, err, platform.ErrConflict, "lifecycle.14.unique_name")
		st, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{TakenNames: []string{fiveGWide}, NameCollisionReview: true})
		require.NoError(t, err, "lifecycle.14.unique_name")
		p, _ := st.Platform("a")
		assert.NotEmpty(t, p.NameHeldBy)
		assert.Equal(t, platform.Review, lastOf(t, st, len(h.Events)-1).Outcome)
	})
	t.Run("第十四条：记录开始前已备案平台的名称与已命名平台相同：拒绝", func(t *testing.T) {
		prior := lifecycle.Event{Date: d("2025-04-01"), Kind: lifecycle.PriorFiling, Actor: lifecycle.CitySTB, Platform: "old",
			Type: platform.InnovationCenter, Name: fiveGWide}
		h := with(stepsFor("a", platform.InnovationCenter, ""), named("2025-03-20", "a", fiveG), prior)
		_, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrConflict, "lifecycle.14.unique_name")
	})
}

// Each act of issues 19 and 25 is recorded through Go and through JSON and replays
// deterministically: the history written as JSON and read back replays to the same state,
// and two replays of it are equal.
func TestNewActsReplayDeterministicallyThroughJSON(t *testing.T) {
	s := filingSteps()
	again := s[2]
	again.Date, again.Actor = d("2025-01-16"), lifecycle.CityDepartment
	s[4].NotPassed, s[4].Reasons = true, "条件未成熟"
	s[5].Exception = "全市急需"
	visit := ev("2025-02-12", lifecycle.SiteVisit, lifecycle.Experts)
	evs := append(append(append(s[:3:3], again), s[3:5]...), visit)
	evs = append(evs, s[5:]...)
	n := ev("2025-03-20", lifecycle.Naming, lifecycle.CitySTB)
	n.Name = labName
	prior := lifecycle.Event{Date: d("2025-04-01"), Kind: lifecycle.PriorFiling, Actor: lifecycle.CitySTB, Platform: "old",
		Type: platform.InnovationCenter, Name: fiveG, Since: d("2021-05-20")}
	unit := chain(lifecycle.ChangeRelyingUnit)
	for k := range unit {
		unit[k].Platform = "old"
	}
	unit[3].RelyingUnit = other
	rect := rectified("", "2026-09-15", "2027-08-15")
	evs = append(evs, n, prior)
	evs = append(evs, report("2025-11-20", 2025), forwarded("2025-12-05", 2025))
	evs = append(evs, unit...)
	evs = append(evs, graded("2026-07-15", platform.Poor, 1), rect)
	evs = append(evs, misconductOf("2026-10-08", lifecycle.Accident, lifecycle.IPViolation))
	h := with(evs)
	opts := lifecycle.Options{ReportDueAtBureau: true, Edition: published("2025-01-01")}
	st, err := lifecycle.Replay(h, d("2026-12-31"), opts)
	require.NoError(t, err, "lifecycle.13.2.recommendation, lifecycle.13.4.expert_review, lifecycle.20.report_forwarded, lifecycle.24.rectification_deadline, lifecycle.25.delisting_ban")
	twice, err := lifecycle.Replay(h, d("2026-12-31"), opts)
	require.NoError(t, err)
	assert.Equal(t, st, twice, "two replays are equal")
	b, err := json.Marshal(h)
	require.NoError(t, err)
	var back lifecycle.History
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, h, back, "the history survives JSON")
	fromJSON, err := lifecycle.Replay(back, d("2026-12-31"), opts)
	require.NoError(t, err)
	assert.Equal(t, st, fromJSON, "the history read from JSON replays to the same state")
	p, _ := st.Platform(lab)
	assert.Equal(t, lifecycle.Delisted, p.Stage)
	require.NotNil(t, p.Refusal)
	assert.Equal(t, d("2025-12-05"), p.Reports[0].Forwarded)
	assert.Equal(t, d("2026-09-15"), p.Rectification.Ordered)
	old, _ := st.Platform("old")
	assert.Equal(t, other, old.RelyingUnit)
	assert.Equal(t, fiveG, old.Name)
}

// 第二十四条 and issue 25 items 5 and 6: when the events after the as-of date cannot be
// replayed, MayApply beyond it is Unknown; eligibility fed from Permission.EligibilityFact
// is Unknown there too (State.EligibilityBans alone would say "no ban"), and both still
// agree up to the as-of date and on a recorded ban's days.
func TestHandOversAgreeWhenLaterEventsUnreplayable(t *testing.T) {
	stray := ev("2026-05-06", lifecycle.Recommendation, lifecycle.County)
	stray.Platform = "never-applied"
	st, err := lifecycle.Replay(filed(ev("2025-09-01", lifecycle.NoShow, lifecycle.CitySTB), stray), d("2026-01-01"), lifecycle.Options{})
	require.NoError(t, err, "lifecycle.24.removal_ban")
	require.True(t, st.LaterUnknown)
	banRows := func(on string) platform.Outcome {
		perm := st.MayApply(d(on), platform.FieldStation)
		res, err := eligibility.Check(eligibility.Application{Type: platform.FieldStation, Date: d(on), Bans: perm.EligibilityFact()}, eligibility.Options{})
		require.NoError(t, err)
		out := platform.Pass
		for _, f := range res.All() {
			if f.Rule != nil && (f.Rule.ID == "eligibility.24.ban" || f.Rule.ID == "eligibility.25.ban") && f.Outcome != platform.Pass {
				out = f.Outcome
			}
		}
		assert.Equal(t, perm.Outcome, out, "MayApply and eligibility on %s", on)
		return out
	}
	assert.Equal(t, platform.Fail, banRows("2025-12-31"), "第二十四条：截至日前，禁止期内：两者均不得申请")
	assert.Equal(t, platform.Fail, banRows("2028-09-01"), "第二十四条：截至日后，已记录的禁止期内：两者均不得申请")
	assert.Equal(t, platform.Unknown, banRows("2028-09-02"), "第二十四条：截至日后、禁止期满次日，其后事件无法重放：两者均为未知")
	assert.Equal(t, platform.Pass, banRows("2025-08-31"), "第二十四条：禁止决定前一日：两者均可申请")
}

// The hand-over property with Unknown in it: for any history of removals, fraud and
// delisting, with or without events after the as-of date that cannot be replayed, and any
// date, eligibility fed from Permission.EligibilityFact gives its ban rows the outcome
// MayApply gives (第二十四、二十五条).
func TestEligibilityFactAgreesProperty(t *testing.T) {
	base := d("2025-04-01")
	rapid.Check(t, func(t *rapid.T) {
		var more []lifecycle.Event
		for range rapid.IntRange(0, 2).Draw(t, "org frauds") {
			more = append(more, lifecycle.Event{Date: base.AddDays(rapid.IntRange(0, 2500).Draw(t, "fraud day")), Kind: lifecycle.Fraud,
				Actor: lifecycle.CitySTB, Ref: strconv.Itoa(len(more))})
		}
		if act := rapid.SampledFrom([]lifecycle.Kind{0, lifecycle.NoShow, lifecycle.Fraud, lifecycle.Misconduct}).Draw(t, "lab act"); act != 0 {
			e := ev("2025-01-01", act, lifecycle.CitySTB)
			e.Date = base.AddDays(rapid.IntRange(60, 2500).Draw(t, "lab act day"))
			more = append(more, e)
		}
		if rapid.Bool().Draw(t, "a stray event that cannot be replayed") {
			stray := ev("2025-01-01", lifecycle.Recommendation, lifecycle.County)
			stray.Date, stray.Platform = base.AddDays(rapid.IntRange(0, 2600).Draw(t, "stray day")), "never-applied"
			more = append(more, stray)
		}
		slices.SortStableFunc(more, func(a, b lifecycle.Event) int { return a.Date.Compare(b.Date) })
		asOf := base.AddDays(rapid.IntRange(-30, 2600).Draw(t, "as of"))
		if len(more) > 0 && more[len(more)-1].Platform == "never-applied" && !more[len(more)-1].Date.After(asOf) {
			asOf = more[len(more)-1].Date.AddDays(-1)
		}
		st, err := lifecycle.Replay(filed(more...), asOf, lifecycle.Options{})
		if err != nil {
			for _, e := range more {
				if e.Platform == "never-applied" && !e.Date.After(asOf) {
					return // the stray event falls on or before the as-of date: an error, rightly
				}
			}
			t.Fatalf("Replay: %v", err)
		}
		on := base.AddDays(rapid.IntRange(-400, 5000).Draw(t, "asked"))
		perm := st.MayApply(on, platform.FieldStation)
		res, err := eligibility.Check(eligibility.Application{Type: platform.FieldStation, Date: on, Bans: perm.EligibilityFact()}, eligibility.Options{})
		if err != nil {
			t.Fatalf("eligibility.Check: %v", err)
		}
		got := platform.Pass
		for _, f := range res.All() {
			if f.Rule != nil && (f.Rule.ID == "eligibility.24.ban" || f.Rule.ID == "eligibility.25.ban") && f.Outcome != platform.Pass {
				got = f.Outcome
			}
		}
		if got != perm.Outcome {
			t.Fatalf("on %s: MayApply %v, eligibility %v; bans %+v later %+v unknown %v", on, perm.Outcome, got, st.Bans, st.LaterBans, st.LaterUnknown)
		}
	})
}

// 第二十九条 with 第二十四条 and 第二十条: 限期整改 is a consequence like the others, and no
// report is due under the measures on a day they are not in force. The window of an edition
// published 2021-06-01 ends on 2026-06-01.
func TestNoDutyOrRectificationOutsideValidity(t *testing.T) {
	opts := lifecycle.Options{Edition: published("2021-06-01")}
	overdue := func(st lifecycle.State) []int {
		p, _ := st.Platform(lab)
		var ys []int
		for _, r := range p.Reports {
			if r.Status == lifecycle.ReportOverdue {
				ys = append(ys, r.Year)
			}
		}
		return ys
	}
	t.Run("第二十九条、第二十四条：期限届满后评为较差：不限期整改，平台仍为已备案，结论引第二十九条", func(t *testing.T) {
		h := filed(report("2025-11-20", 2025), graded("2026-07-01", platform.Poor, 1))
		st, err := lifecycle.Replay(h, d("2027-12-31"), opts)
		require.NoError(t, err, "lifecycle.29.validity")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Filed, p.Stage)
		assert.Nil(t, p.Rectification)
		f := lastOf(t, st, len(h.Events)-1)
		assert.Equal(t, "第二十九条", f.Cite().String())
	})
	t.Run("第二十九条、第二十四条：期限最后一日评为较差：限期整改", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(report("2025-11-20", 2025), graded("2026-06-01", platform.Poor, 1)), d("2026-12-31"), opts)
		require.NoError(t, err, "lifecycle.24.rectification_deadline")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Rectifying, p.Stage)
	})
	t.Run("第二十九条、第二十条：期限内的2025年度报告未报送为逾期；届满后的2026、2027年度不再应报", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(), d("2027-12-31"), opts)
		require.NoError(t, err, "lifecycle.20.annual_report")
		assert.Equal(t, []int{2025}, overdue(st))
		def, err := lifecycle.Replay(filed(), d("2027-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.20.annual_report")
		assert.Equal(t, []int{2025, 2026, 2027}, overdue(def), "with the publication date unknown every year is due, as before")
	})
}

// 第二十九条 with 第二十条 and 《民法典》第二百零三条: whether a report day rolls past a holiday
// the calendar does not know matters only while the measures are in force; a report day after
// the known window is not due at all, so an unknown arrangement is no error there.
func TestUnknownCalendarAfterTheTerm(t *testing.T) {
	prior := lifecycle.Event{Date: d("2025-01-06"), Kind: lifecycle.PriorFiling, Actor: lifecycle.CitySTB, Platform: lab,
		Type: platform.KeyLaboratory, Name: labName}
	opts := lifecycle.Options{Calendar: &calendar.Calendar{}, RollDeadlines: true, WorkingDays: calendar.Options{Strict: true}}
	_, err := lifecycle.Replay(with([]lifecycle.Event{prior}), d("2025-12-31"), opts)
	require.ErrorIs(t, err, platform.ErrCalendar, "lifecycle.20.annual_report: in force (window unknown), the unknown arrangement decides the 2025 status")
	opts.Edition = published("2020-06-01")
	st, err := lifecycle.Replay(with([]lifecycle.Event{prior}), d("2025-12-31"), opts)
	require.NoError(t, err, "lifecycle.29.validity: the window ends on 2025-06-01, before the 2025 report day")
	p, _ := st.Platform(lab)
	assert.Empty(t, p.Reports)
}
