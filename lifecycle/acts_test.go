package lifecycle_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/lifecycle"
	"github.com/lhasa-sti/platform/lifecycle/calendar"
	"github.com/lhasa-sti/platform/subsidy"
)

func forwarded(date string, year int) lifecycle.Event {
	e := ev(date, lifecycle.ReportForwarded, lifecycle.Supervisor)
	e.Year = year
	return e
}

// 第二十条: the relying unit's report and the supervising body's forwarding are two acts;
// lateness is reported per act under both readings of 11月30日.
func TestReportAndForwarding(t *testing.T) {
	bureau := lifecycle.Options{ReportDueAtBureau: true}
	tests := []struct {
		name           string
		rule           string
		events         []lifecycle.Event
		opts           lifecycle.Options
		report, onward platform.Outcome
		status         lifecycle.ReportStatus
	}{
		{name: "第二十条（默认：11月30日约束依托单位）：依托单位11-28按时报送，主管部门12-05转报：两项均不逾期", rule: "lifecycle.20.report_forwarded",
			events: []lifecycle.Event{report("2025-11-28", 2025), forwarded("2025-12-05", 2025)},
			report: platform.Pass, onward: platform.Pass, status: lifecycle.ReportSubmitted},
		{name: "第二十条（选项：11月30日前须报达市科技局）：依托单位11-28按时报送，主管部门12-05转报：转报逾期", rule: "lifecycle.20.report_forwarded",
			events: []lifecycle.Event{report("2025-11-28", 2025), forwarded("2025-12-05", 2025)}, opts: bureau,
			report: platform.Pass, onward: platform.Fail, status: lifecycle.ReportLate},
		{name: "第二十条（默认）：依托单位12-02逾期报送，主管部门12-04转报：报告逾期，转报不另计", rule: "lifecycle.20.annual_report",
			events: []lifecycle.Event{report("2025-12-02", 2025), forwarded("2025-12-04", 2025)},
			report: platform.Fail, onward: platform.Pass, status: lifecycle.ReportLate},
		{name: "第二十条（选项）：依托单位12-02逾期报送，主管部门12-04转报：两项各自逾期", rule: "lifecycle.20.report_forwarded",
			events: []lifecycle.Event{report("2025-12-02", 2025), forwarded("2025-12-04", 2025)}, opts: bureau,
			report: platform.Fail, onward: platform.Fail, status: lifecycle.ReportLate},
		{name: "第二十条（选项）：依托单位11-20报送，主管部门11-30当日转报：两项均按时", rule: "lifecycle.20.report_forwarded",
			events: []lifecycle.Event{report("2025-11-20", 2025), forwarded("2025-11-30", 2025)}, opts: bureau,
			report: platform.Pass, onward: platform.Pass, status: lifecycle.ReportSubmitted},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(tt.events...), d("2025-12-31"), tt.opts)
			require.NoError(t, err, tt.rule)
			n := len(st.Entries)
			assert.Equal(t, tt.report, st.Entries[n-2].Finding.Outcome, "the relying unit's report")
			assert.Equal(t, tt.onward, st.Entries[n-1].Finding.Outcome, "the forwarding")
			p, _ := st.Platform(lab)
			require.Len(t, p.Reports, 1)
			assert.Equal(t, tt.status, p.Reports[0].Status, tt.rule)
			assert.Equal(t, tt.events[1].Date, p.Reports[0].Forwarded)
		})
	}
}

func TestForwardingOrder(t *testing.T) {
	t.Run("第二十条：主管部门在依托单位报送前转报：顺序错误，缺年度报告", func(t *testing.T) {
		_, err := lifecycle.Replay(filed(forwarded("2025-11-20", 2025), report("2025-11-28", 2025)), d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrOrder, "lifecycle.20.report_forwarded")
		assert.Equal(t, lifecycle.AnnualReport, eventError(err).Missing)
	})
	t.Run("第二十条：同一年度转报两次：重复", func(t *testing.T) {
		_, err := lifecycle.Replay(filed(report("2025-11-20", 2025), forwarded("2025-11-25", 2025), forwarded("2025-11-26", 2025)), d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrDuplicate, "lifecycle.20.report_forwarded")
	})
	t.Run("第二十条（选项）：依托单位已报送，截至日未转报市科技局：逾期未报", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(report("2025-11-20", 2025)), d("2025-12-31"), lifecycle.Options{ReportDueAtBureau: true})
		require.NoError(t, err, "lifecycle.20.report_forwarded")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.ReportOverdue, p.Reports[0].Status)
		def, err := lifecycle.Replay(filed(report("2025-11-20", 2025)), d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err)
		p, _ = def.Platform(lab)
		assert.Equal(t, lifecycle.ReportSubmitted, p.Reports[0].Status, "by default the relying unit's report decides")
	})
	t.Run("第二十条：依托单位不得转报（主管部门的行为）", func(t *testing.T) {
		e := forwarded("2025-11-25", 2025)
		e.Actor = lifecycle.RelyingUnit
		_, err := lifecycle.Replay(filed(report("2025-11-20", 2025), e), d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrActor, "lifecycle.20.report_forwarded")
	})
}

func misconductOf(date string, k lifecycle.Kind, heads ...lifecycle.Kind) lifecycle.Event {
	e := ev(date, k, lifecycle.CitySTB)
	e.Heads = lifecycle.HeadsOf(heads...)
	return e
}

// 第二十五条: one act under several heads is recorded once; every sentence that applies
// brings its consequences.
func TestOneActSeveralHeads(t *testing.T) {
	t.Run("第二十五条：同一行为既弄虚作假又学术不端：清退并禁三年，问责、摘牌并禁五年，各列其句", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(misconductOf("2026-05-06", lifecycle.Fraud, lifecycle.Misconduct)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.fraud_ban lifecycle.25.delisting_ban")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Delisted, p.Stage)
		var kinds []string
		for _, c := range p.Consequences {
			kinds = append(kinds, c.Kind)
			assert.Equal(t, "第二十五条", c.Article.String())
		}
		assert.Equal(t, []string{"cleared", "ban", "accountability", "delisted", "ban"}, kinds)
		assert.Contains(t, p.Consequences[0].Sentence, "清退处理")
		assert.Contains(t, p.Consequences[3].Sentence, "摘牌")
		assert.Equal(t, []lifecycle.Kind{lifecycle.Fraud}, p.Consequences[0].Heads)
		assert.Equal(t, []lifecycle.Kind{lifecycle.Misconduct}, p.Consequences[3].Heads)
		require.Len(t, st.Bans, 2)
		assert.Equal(t, d("2029-05-06"), st.Bans[0].LastDay)
		assert.Equal(t, d("2031-05-06"), st.Bans[1].LastDay)
		require.Len(t, st.Accountability, 1)
		assert.Equal(t, d("2026-05-06"), st.Accountability[0].Date)
		assert.Empty(t, st.Blacklist, "the blacklist is for 无故不完成科研任务 only")
		perm := st.MayApply(d("2027-01-04"), 0)
		assert.False(t, perm.May)
		assert.Len(t, perm.Bans, 2, "each ban is listed")
		assert.Equal(t, d("2031-05-06"), perm.Until, "the longest ban")
		// The fraud ban, the delisting ban, and the filing subsidy not yet paid of the
		// cleared filing, withheld (issue 23 item 5).
		assert.Equal(t, 3, countEntries(st, 25))
	})
	t.Run("第二十五条：同一事故又涉知识产权：一次问责、摘牌、五年禁止，两个情形并列", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(misconductOf("2026-05-06", lifecycle.Accident, lifecycle.IPViolation)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.delisting_ban")
		require.Len(t, st.Bans, 1)
		require.Len(t, st.Accountability, 1)
		assert.Equal(t, []lifecycle.Kind{lifecycle.Accident, lifecycle.IPViolation}, st.Accountability[0].Heads)
	})
	t.Run("第二十五条：弄虚作假又无故不完成科研任务：禁三年并列入黑名单", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(misconductOf("2026-05-06", lifecycle.UnfinishedTasks, lifecycle.Fraud)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.blacklist")
		assert.Len(t, st.Bans, 1)
		assert.Len(t, st.Blacklist, 1)
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Cleared, p.Stage)
	})
	t.Run("第二十五条：情形不是第二十五条的行为：拒绝", func(t *testing.T) {
		_, err := lifecycle.Replay(filed(misconductOf("2026-05-06", lifecycle.Fraud, lifecycle.NoShow)), d("2026-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrInvalid, "lifecycle.25.fraud_ban")
	})
	t.Run("第二十五条：只对单位记录的弄虚作假又涉学术不端：摘牌须有平台", func(t *testing.T) {
		e := misconductOf("2026-05-06", lifecycle.Fraud, lifecycle.Misconduct)
		e.Platform = ""
		_, err := lifecycle.Replay(filed(e), d("2026-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrMissing, "lifecycle.25.delisting_ban")
	})
	t.Run("第二十五条：未备案的申请弄虚作假又学术不端：摘牌须已备案", func(t *testing.T) {
		_, err := lifecycle.Replay(with(filingSteps()[:3], misconductOf("2025-01-20", lifecycle.Fraud, lifecycle.Misconduct)), d("2026-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrState, "lifecycle.25.delisting_ban")
	})
}

// countEntries counts the entries of the last event that cite article art.
func countEntries(st lifecycle.State, art int) int {
	n, last := 0, st.Entries[len(st.Entries)-1].Index
	for _, e := range st.Entries {
		if e.Index == last && e.Finding.Cite().Article == art {
			n++
		}
	}
	return n
}

func TestHeadsJSON(t *testing.T) {
	var e lifecycle.Event
	require.NoError(t, json.Unmarshal([]byte(`{"date":"2026-05-06","kind":"fraud","actor":"city_stb","platform":"lab","heads":["misconduct","知识产权违法违规行为"]}`), &e))
	assert.Equal(t, lifecycle.HeadsOf(lifecycle.Misconduct, lifecycle.IPViolation), e.Heads)
	b, err := json.Marshal(e)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"heads":["ip_violation","misconduct"]`)
	b, err = json.Marshal(lifecycle.Event{Date: d("2026-05-06"), Kind: lifecycle.Fraud, Actor: lifecycle.CitySTB})
	require.NoError(t, err)
	assert.NotContains(t, string(b), "heads", "an act under one head writes no heads")
	assert.Error(t, json.Unmarshal([]byte(`{"heads":["nonsense"]}`), &e))
	assert.Error(t, json.Unmarshal([]byte(`{"heads":"fraud"}`), &e))
	_, err = json.Marshal(lifecycle.Heads(1))
	assert.Error(t, err, "a set with a bit that names no kind")
	assert.False(t, lifecycle.HeadsOf(0).Has(0))
}

// rectified is a RectificationOpened recorded on date, with the order's date when order is
// not empty (recorded the same day).
func rectified(date, order, deadline string) lifecycle.Event {
	if order != "" {
		date = order
	}
	e := ev(date, lifecycle.RectificationOpened, lifecycle.CitySTB)
	if order != "" {
		e.OrderDate = d(order)
	}
	e.Deadline = d(deadline)
	return e
}

// 第二十四条: the one-year limit counts from the rectification order when its date is
// recorded; RectificationFromResult counts it from the 较差 result.
func TestRectificationCountsFromOrder(t *testing.T) {
	poor := graded("2026-07-15", platform.Poor, 1)
	fromResult := lifecycle.Options{RectificationFromResult: true}
	excepted := rectified("", "2026-09-15", "2027-08-15")
	excepted.Exception = "需完成大型设备更新"
	tests := []struct {
		name    string
		rule    string
		open    lifecycle.Event
		opts    lifecycle.Options
		kind    platform.Kind
		outcome platform.Outcome
	}{
		{name: "第二十四条（默认：自整改通知起算）：结果后两个月下达整改通知，期限11个月（2027-08-15）：未超过一年", rule: "lifecycle.24.rectification_deadline",
			open: rectified("", "2026-09-15", "2027-08-15"), outcome: platform.Pass},
		{name: "第二十四条（选项：自评估结果起算）：同一整改期限超过一年（2027-07-15）：无例外理由即拒绝", rule: "lifecycle.24.rectification_deadline",
			open: rectified("", "2026-09-15", "2027-08-15"), opts: fromResult, kind: platform.ErrRange},
		{name: "第二十四条（选项）：同一期限记录例外理由：须复核", rule: "lifecycle.24.rectification_deadline",
			open: excepted, opts: fromResult, outcome: platform.Review},
		{name: "第二十四条（默认）：自通知起算满一年当日（2027-09-15）：未超过", rule: "lifecycle.24.rectification_deadline",
			open: rectified("", "2026-09-15", "2027-09-15"), outcome: platform.Pass},
		{name: "第二十四条（默认）：自通知起算一年后一日（2027-09-16）：超过一年，拒绝", rule: "lifecycle.24.rectification_deadline",
			open: rectified("", "2026-09-15", "2027-09-16"), kind: platform.ErrRange},
		{name: "第二十四条：未写整改通知日期：自评估结果起算，与以前相同", rule: "lifecycle.24.rectification_deadline",
			open: rectified("2026-09-15", "", "2027-08-15"), kind: platform.ErrRange},
		{name: "第二十四条：整改通知早于评估结果：顺序错误", rule: "lifecycle.24.rectification_deadline",
			open: func() lifecycle.Event {
				e := rectified("", "2026-09-15", "2027-06-01")
				e.OrderDate = d("2026-07-01")
				return e
			}(), kind: platform.ErrOrder},
		{name: "第二十四条：整改通知晚于记录它的事件：顺序错误", rule: "lifecycle.24.rectification_deadline",
			open: func() lifecycle.Event {
				e := rectified("", "2026-09-15", "2027-06-01")
				e.Date = d("2026-09-01")
				return e
			}(), kind: platform.ErrOrder},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(poor, tt.open), d("2026-12-31"), tt.opts)
			if tt.kind != 0 {
				require.ErrorIs(t, err, tt.kind, tt.rule)
				return
			}
			require.NoError(t, err, tt.rule)
			p, _ := st.Platform(lab)
			assert.Equal(t, tt.open.Deadline, p.Rectification.Deadline)
			assert.Equal(t, tt.open.OrderDate, p.Rectification.Ordered)
			assert.Equal(t, tt.outcome, st.Entries[len(st.Entries)-1].Finding.Outcome, tt.rule)
		})
	}
}

// 第二十五条 问责 is typed in the state; an unfinished 第二十六条 adjustment names its next
// step and who must take it.
func TestAccountabilityAndNextStep(t *testing.T) {
	t.Run("第二十五条：学术不端：问责处理记入状态（条款、日期）", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(ev("2026-05-06", lifecycle.Misconduct, lifecycle.CitySTB)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.25.delisting_ban")
		require.Len(t, st.Accountability, 1)
		a := st.Accountability[0]
		assert.Equal(t, "第二十五条", a.Article.String())
		assert.Equal(t, d("2026-05-06"), a.Date)
		assert.Equal(t, lab, a.Platform)
		assert.Equal(t, []lifecycle.Kind{lifecycle.Misconduct}, a.Heads)
	})
	rename := chain(lifecycle.Rename)
	rename[3].Name = "拉萨市高原生物资源重点实验室"
	for _, tt := range []struct {
		name  string
		steps int
		next  lifecycle.Kind
		actor lifecycle.Actor
	}{
		{"第二十六条：论证后：下一步依托单位提出建议报告", 1, lifecycle.AdjustmentReport, lifecycle.RelyingUnit},
		{"第二十六条：建议报告后：下一步主管单位审核", 2, lifecycle.AdjustmentSupervisorReview, lifecycle.Supervisor},
		{"第二十六条：主管单位审核后：下一步市科技局批准", 3, lifecycle.AdjustmentApproval, lifecycle.CitySTB},
		{"第二十六条：批准后：无下一步", 4, 0, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st, err := lifecycle.Replay(filed(rename[:tt.steps]...), d("2026-12-31"), lifecycle.Options{})
			require.NoError(t, err, "lifecycle.26.adjustment")
			p, _ := st.Platform(lab)
			require.Len(t, p.Adjustments, 1)
			assert.Equal(t, tt.next, p.Adjustments[0].Next)
			assert.Equal(t, tt.actor, p.Adjustments[0].NextActor)
		})
	}
}

// errors.Is and errors.As reach the cause through Replay's error from each package whose
// error Replay wraps: naming (a name, a rename), subsidy (pricing under 第二十八条) and the
// calendar (the notice, a report, a rectification).
func TestErrorsReachTheCause(t *testing.T) {
	prior := func(more ...lifecycle.Event) lifecycle.History {
		e := ev("2025-01-06", lifecycle.PriorFiling, lifecycle.CitySTB)
		e.Type, e.Name = platform.KeyLaboratory, labName
		return with([]lifecycle.Event{e}, more...)
	}
	// A calendar that knows no year, read strictly: whatever it may one day count
	// provisionally, these counts are refused.
	empty, strict := calendar.Calendar{}, calendar.Options{Strict: true}
	otherType := filingSteps()
	otherType[1].Name = "拉萨市高原生物工程技术研究中心"
	badName := filingSteps()
	badName[1].Name = "高原生物重点实验室"
	same := chain(lifecycle.Rename)
	same[3].Name = labName
	regional := subsidy.Ledger{Entries: []subsidy.Entry{{PlatformID: lab, Benefit: subsidy.Upgraded(platform.Regional),
		Amount: platform.WanYuan(50), Source: subsidy.Source{Document: "拉萨市其他奖励办法", Level: platform.City}}}}
	national := ev("2026-05-06", lifecycle.UpgradeRecognised, lifecycle.CitySTB)
	national.Level = platform.National
	rect := rectified("", "2026-09-15", "2028-01-10")
	tests := []struct {
		name  string
		h     lifecycle.History
		opts  lifecycle.Options
		is    platform.Kind
		op    string // the Op of the cause's *platform.Error
		event int
	}{
		{"第十四条 naming：申请名称属另一类型：errors.Is ErrConflict", with(otherType), lifecycle.Options{}, platform.ErrConflict, "lifecycle.Replay", 1},
		{"第十四条 naming：名称不合命名规则：errors.As 得 naming.Parse 的错误", with(badName), lifecycle.Options{}, platform.ErrInvalid, "naming.Parse", 1},
		{"第二十六条 naming：更名为现名：errors.Is ErrConflict，errors.As 得 naming.Rename", filed(same...), lifecycle.Options{}, platform.ErrConflict, "naming.Rename", 12},
		{"第二十八条 subsidy：账上已有自治区级奖励时自市级直升国家级（补差）：errors.Is ErrConflict", filed(national),
			lifecycle.Options{Received: &regional, Subsidy: subsidyTopUp()}, platform.ErrConflict, "subsidy.Entitle", 9},
		{"第十三条（五）calendar：日历无该年安排：errors.Is ErrCalendar", with(filingSteps()), lifecycle.Options{Calendar: &empty, WorkingDays: strict}, platform.ErrCalendar, "", 6},
		{"第二十条 calendar：顺延时日历无该年安排，报告在未顺延截止日后：errors.Is ErrCalendar", prior(report("2025-12-01", 2025)),
			lifecycle.Options{Calendar: &empty, RollDeadlines: true, WorkingDays: strict}, platform.ErrCalendar, "", 1},
		{"第二十四条 calendar：整改期限是否超过一年取决于日历未载的安排：errors.Is ErrCalendar", prior(graded("2026-07-15", platform.Poor, 1), rect),
			lifecycle.Options{Calendar: &empty, RollDeadlines: true, WorkingDays: strict}, platform.ErrCalendar, "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lifecycle.Replay(tt.h, d("2026-12-31"), tt.opts)
			require.ErrorIs(t, err, tt.is)
			e := eventError(err)
			require.NotNil(t, e)
			assert.Equal(t, tt.event, e.Index)
			require.NotNil(t, e.Unwrap(), "the cause is kept, not flattened into text")
			assert.NotEmpty(t, e.Reason)
			if tt.op != "" {
				var pe *platform.Error
				require.True(t, errors.As(e.Unwrap(), &pe))
				assert.Equal(t, tt.op, pe.Op)
			}
		})
	}
	// As of a date past a deadline whose rolling the calendar cannot tell, Replay's error is
	// not an event's: the *platform.Error of the as-of date wraps the calendar's.
	for _, tt := range []struct {
		name, field string
		h           lifecycle.History
	}{
		{"第二十条 calendar：截至日已过未顺延的报告截止日而未报送：errors.As 得日历的错误", "annual_report_due", prior()},
		{"第二十四条 calendar：截至日已过未顺延的整改期限：errors.As 得日历的错误", "rectification_deadline", prior(report("2025-11-20", 2025),
			graded("2026-07-15", platform.Poor, 1), report("2026-11-20", 2026), report("2027-11-20", 2027))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lifecycle.Replay(tt.h, d("2027-12-31"), lifecycle.Options{Calendar: &empty, RollDeadlines: true, WorkingDays: strict})
			require.ErrorIs(t, err, platform.ErrCalendar)
			var pe *platform.Error
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, tt.field, pe.Field)
			var cause *platform.Error
			require.True(t, errors.As(pe.Unwrap(), &cause), "the calendar's error is kept")
			assert.Contains(t, cause.Op, "calendar")
		})
	}
	t.Run("a rule of lifecycle itself has no cause", func(t *testing.T) {
		_, err := lifecycle.Replay(with(filingSteps()[1:3], filingSteps()[2]), d("2026-12-31"), lifecycle.Options{})
		require.Error(t, err)
		assert.Nil(t, eventError(err).Unwrap())
	})
}
