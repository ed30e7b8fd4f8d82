package lifecycle_test

// The second audit's flows across articles and packages (issue 25): each row of TestAudit
// was written from the law before running, failed on the edition of caae5d7 and passes now.
// TestAuditOtherSide holds the other side of each boundary, which held before as well.

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/lifecycle"
)

// stepsFor is filingSteps for platform id of type t named name, without the call.
func stepsFor(id string, t platform.Type, name string) []lifecycle.Event {
	s := filingSteps()[1:]
	for k := range s {
		s[k].Platform = id
	}
	s[0].Type, s[0].Name = t, name
	return s
}

// twoFiled is the history of two platforms filed side by side on 2025-03-12, then more.
func twoFiled(a, b []lifecycle.Event, more ...lifecycle.Event) lifecycle.History {
	var evs []lifecycle.Event
	for k := range a {
		evs = append(evs, a[k], b[k])
	}
	return with(evs, more...)
}

func named(date, id, name string) lifecycle.Event {
	e := ev(date, lifecycle.Naming, lifecycle.CitySTB)
	e.Platform, e.Name = id, name
	return e
}

const (
	fiveG      = "拉萨市5G应用技术创新中心"
	fiveGWide  = "拉萨市５Ｇ应用技术创新中心"
	secondName = "拉萨市高原信息技术创新中心"
)

// published is an edition of the measures published on date.
func published(date string) *platform.Edition {
	e := platform.DefaultEdition()
	e.Published = d(date)
	return &e
}

// eligibilityBan is the outcome eligibility gives rule (eligibility.24.ban or
// eligibility.25.ban) for an application on date fed from st.EligibilityBans.
func eligibilityBan(t *testing.T, st lifecycle.State, date platform.Date, typ platform.Type) platform.Outcome {
	t.Helper()
	app := eligibility.Application{Type: typ, Date: date, Bans: eligibility.Some(st.EligibilityBans(typ))}
	res, err := eligibility.Check(app, eligibility.Options{})
	require.NoError(t, err)
	out := platform.Pass
	for _, f := range res.All() {
		if f.Rule != nil && (f.Rule.ID == "eligibility.24.ban" || f.Rule.ID == "eligibility.25.ban") && f.Outcome == platform.Fail {
			out = platform.Fail
		}
	}
	return out
}

// decoded is h with the events given as JSON appended, decoded as a stored history is: the
// facts of items 8 to 10 are written as JSON, as a filing system would store them.
func decoded(t *testing.T, h lifecycle.History, more ...string) lifecycle.History {
	t.Helper()
	b, err := json.Marshal(h)
	require.NoError(t, err)
	s := strings.TrimSuffix(string(b), "]}")
	for _, m := range more {
		if !strings.HasSuffix(s, "[") {
			s += ","
		}
		s += m
	}
	var out lifecycle.History
	require.NoError(t, json.Unmarshal([]byte(s+"]}"), &out), "the history decodes")
	return out
}

func TestAudit(t *testing.T) {
	t.Run("1 第十三条（二）：临床中心经城关区推荐后又经市卫健委推荐：两次推荐均记录，程序继续至备案", func(t *testing.T) {
		s := stepsFor("clinic", platform.ClinicalCenter, "")
		again := s[1]
		again.Date, again.Actor = d("2025-01-16"), lifecycle.CityDepartment
		evs := append(append(s[:2:2], again), s[2:]...)
		st, err := lifecycle.Replay(with(evs), d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.13.2.recommendation")
		p, _ := st.Platform("clinic")
		assert.Equal(t, lifecycle.Filed, p.Stage)
	})
	t.Run("2 第二十六条：更名报告后中止，半年后完整重走论证、报告、审核、批准：后一次生效", func(t *testing.T) {
		c := chain(lifecycle.Rename)
		later := []lifecycle.Event{
			adj("2026-09-01", lifecycle.AdjustmentReview, lifecycle.Committee, lifecycle.Rename),
			adj("2026-09-10", lifecycle.AdjustmentReport, lifecycle.RelyingUnit, lifecycle.Rename),
			adj("2026-09-20", lifecycle.AdjustmentSupervisorReview, lifecycle.Supervisor, lifecycle.Rename),
			adj("2026-10-08", lifecycle.AdjustmentApproval, lifecycle.CitySTB, lifecycle.Rename),
		}
		later[3].Name = "拉萨市高原生物资源重点实验室"
		st, err := lifecycle.Replay(filed(append(c[:2:2], later...)...), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.26.adjustment")
		p, _ := st.Platform(lab)
		assert.Equal(t, "拉萨市高原生物资源重点实验室", p.Name)
		assert.Len(t, p.Adjustments, 2, "each attempt is its own record")
	})
	t.Run("3 第二十六条：变更依托单位为原单位与更名为原名一样拒绝：不是变更", func(t *testing.T) {
		unit := chain(lifecycle.ChangeRelyingUnit)
		unit[3].RelyingUnit = org
		_, errUnit := lifecycle.Replay(filed(unit...), d("2026-12-31"), lifecycle.Options{})
		rename := chain(lifecycle.Rename)
		rename[3].Name = labName
		_, errName := lifecycle.Replay(filed(rename...), d("2026-12-31"), lifecycle.Options{})
		require.ErrorIs(t, errName, platform.ErrConflict, "lifecycle.26.adjustment")
		require.ErrorIs(t, errUnit, platform.ErrConflict, "lifecycle.26.adjustment")
		assert.Equal(t, eventError(errName).Cite, eventError(errUnit).Cite)
	})
	t.Run("4a 第二十九条：发布前认定的弄虚作假：不产生第二十五条的禁止申请", func(t *testing.T) {
		h := lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent("2024-06-03", lifecycle.Fraud)}}
		st, err := lifecycle.Replay(h, d("2025-06-02"), lifecycle.Options{Edition: published("2025-01-01")})
		require.NoError(t, err, "lifecycle.29.validity")
		assert.Empty(t, st.Bans)
		perm := st.MayApply(d("2025-06-02"), 0)
		assert.True(t, perm.May)
		assert.Equal(t, "第二十九条", st.Entries[0].Finding.Cite().String(), "the finding says why")
	})
	t.Run("4b 第二十九条：施行五年届满后无故不参加评估：不再列入与三年禁止均不发生", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(ev("2026-07-01", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-12-31"),
			lifecycle.Options{Edition: published("2021-06-01")})
		require.NoError(t, err, "lifecycle.29.validity")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Filed, p.Stage)
		assert.Empty(t, st.Bans)
		assert.True(t, st.MayApply(d("2027-01-04"), 0).May)
	})
	t.Run("4c 第二十九条：施行五年届满后评为良好：不产生第二十三条的周期奖励", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(graded("2026-07-01", platform.Good, 1)), d("2026-12-31"),
			lifecycle.Options{Edition: published("2021-06-01")})
		require.NoError(t, err, "lifecycle.29.validity")
		for _, a := range st.Awards {
			assert.NotEqual(t, lifecycle.CycleBenefit, a.Kind, "no award rests on an act outside the validity")
		}
		assert.Len(t, st.Awards, 1, "the filing subsidy of 2025-03-12, inside the window, stays")
	})
	t.Run("5 第二十四条：2026-04-07 的申请，兄弟平台 2026-05-11 才被决定禁止：两种交接均判可申请", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(ev("2026-05-11", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.24.removal_ban")
		on := d("2026-04-07")
		assert.True(t, st.MayApply(on, platform.FieldStation).May)
		assert.Equal(t, platform.Pass, eligibilityBan(t, st, on, platform.FieldStation))
	})
	t.Run("6a 第二十四条：截至日之后的日期，历史记录的禁止申请仍然约束", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(ev("2026-05-06", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-01-01"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.24.removal_ban")
		perm := st.MayApply(d("2027-01-04"), 0)
		assert.False(t, perm.May)
		assert.Equal(t, d("2029-05-06"), perm.Until)
	})
	t.Run("6b 第二十四条：截至日之后无禁止申请：答复说明仅依据截至日的记录", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(), d("2026-01-01"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.24.removal_ban")
		perm := st.MayApply(d("2027-01-04"), 0)
		require.Len(t, perm.Findings, 1)
		assert.Contains(t, perm.Findings[0].NoteEn(), "as-of date")
	})
	t.Run("7a 第十四条：以另一平台已用名称（仅全角字符不同）命名：拒绝", func(t *testing.T) {
		h := twoFiled(stepsFor("a", platform.InnovationCenter, ""), stepsFor("b", platform.InnovationCenter, ""),
			named("2025-03-20", "a", fiveG), named("2025-03-21", "b", fiveGWide))
		_, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrConflict, "lifecycle.14.unique_name")
		assert.Equal(t, 15, eventError(err).Index)
	})
	t.Run("7b 第二十六条：更名为另一平台已用的名称：拒绝", func(t *testing.T) {
		rename := chain(lifecycle.Rename)
		for k := range rename {
			rename[k].Platform = "b"
		}
		rename[3].Name = fiveG
		h := twoFiled(stepsFor("a", platform.InnovationCenter, ""), stepsFor("b", platform.InnovationCenter, ""),
			append([]lifecycle.Event{named("2025-03-20", "a", fiveG), named("2025-03-21", "b", secondName)}, rename...)...)
		_, err := lifecycle.Replay(h, d("2026-12-31"), lifecycle.Options{})
		require.ErrorIs(t, err, platform.ErrConflict, "lifecycle.14.unique_name")
	})
}

func TestAuditFacts(t *testing.T) {
	s := filingSteps()
	visit := `{"date":"%s","kind":"site_visit","actor":"experts","platform":"lab"}`
	at := func(date string) string { return strings.Replace(visit, "%s", date, 1) }
	t.Run("8a 第十三条（四）：现场考察（02-05）先于专家论证（02-10），均在拟备案名单前：备案", func(t *testing.T) {
		h := decoded(t, with(s[:4]), at("2025-02-05"))
		h = with(h.Events, s[4:]...)
		st, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.13.4.expert_review")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Filed, p.Stage)
		assert.Equal(t, d("2025-02-05"), st.Entries[4].Date)
	})
	t.Run("8b 第十三条（四）：专家论证（02-10）后现场考察（02-15），均在拟备案名单前：备案", func(t *testing.T) {
		h := decoded(t, with(s[:5]), at("2025-02-15"))
		st, err := lifecycle.Replay(with(h.Events, s[5:]...), d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.13.4.expert_review")
		p, _ := st.Platform(lab)
		assert.Equal(t, lifecycle.Filed, p.Stage)
	})
	t.Run("9 第二十四、二十六条：依托单位由X变更为Y后无故不参加评估：禁止约束Y而非X", func(t *testing.T) {
		unit := `{"date":"%s","kind":"%s","actor":"%s","platform":"lab","adjustment":"change_relying_unit"%s}`
		steps := []string{}
		for _, x := range [][4]string{{"2026-03-01", "adjustment_review", "committee", ""},
			{"2026-03-10", "adjustment_report", "relying_unit", ""}, {"2026-03-20", "adjustment_supervisor_review", "supervisor", ""},
			{"2026-04-01", "adjustment_approval", "city_stb", `,"relying_unit":"` + other.String() + `"`}} {
			r := unit
			for _, v := range x {
				r = strings.Replace(r, "%s", v, 1)
			}
			steps = append(steps, r)
		}
		h := decoded(t, filed(), append(steps, `{"date":"2026-07-15","kind":"no_show","actor":"third_party","platform":"lab"}`)...)
		st, err := lifecycle.Replay(h, d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.24.removal_ban")
		b, err := json.Marshal(st.Bans)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"unit":"`+other.String()+`"`, "the ban names Y")
		assert.True(t, st.MayApply(d("2027-01-04"), 0).May, "X is not barred")
		assert.Equal(t, platform.Pass, eligibilityBan(t, st, d("2027-01-04"), platform.FieldStation))
	})
	t.Run("10 第十四、二十六条：记录开始前已备案的平台载入现用名称，其后更名有旧名可改", func(t *testing.T) {
		prior := `{"date":"2025-01-06","kind":"prior_filing","actor":"city_stb","platform":"lab","type":"key_laboratory","name":"` + labName + `","since":"2021-05-20"}`
		rename := chain(lifecycle.Rename)
		rename[3].Name = "拉萨市高原生物资源重点实验室"
		h := decoded(t, lifecycle.History{Organisation: org, Events: []lifecycle.Event{}}, prior)
		st, err := lifecycle.Replay(with(h.Events, rename...), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.26.adjustment")
		p, _ := st.Platform(lab)
		assert.Equal(t, "拉萨市高原生物资源重点实验室", p.Name)
		assert.Equal(t, d("2021-05-20"), p.Filed)
		assert.Empty(t, st.Awards, "the filing subsidy belongs to the filing the history does not hold")
	})
}

func TestAuditOtherSide(t *testing.T) {
	t.Run("4 第二十九条：发布日期未知：有效期为信息不全，后果照旧", func(t *testing.T) {
		h := lifecycle.History{Organisation: org, Events: []lifecycle.Event{orgEvent("2024-06-03", lifecycle.Fraud)}}
		st, err := lifecycle.Replay(h, d("2025-06-02"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.29.validity")
		assert.Equal(t, platform.Unknown, st.Validity.Outcome)
		assert.Len(t, st.Bans, 1)
		assert.False(t, st.MayApply(d("2025-06-02"), 0).May)
	})
	t.Run("4 第二十九条：有效期内的无故不参加评估：不再列入并禁止三年", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(ev("2026-05-31", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-12-31"),
			lifecycle.Options{Edition: published("2021-06-01")})
		require.NoError(t, err, "lifecycle.29.validity")
		assert.Len(t, st.Bans, 1)
	})
	t.Run("5 第二十四条：决定之日及其后申请：两种交接均判不得申请", func(t *testing.T) {
		st, err := lifecycle.Replay(filed(ev("2026-05-11", lifecycle.NoShow, lifecycle.CitySTB)), d("2026-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.24.removal_ban")
		for _, on := range []platform.Date{d("2026-05-11"), d("2029-05-11")} {
			assert.False(t, st.MayApply(on, platform.FieldStation).May)
			assert.Equal(t, platform.Fail, eligibilityBan(t, st, on, platform.FieldStation))
		}
	})
	t.Run("7 第十四条：不同名称：受理", func(t *testing.T) {
		h := twoFiled(stepsFor("a", platform.InnovationCenter, ""), stepsFor("b", platform.InnovationCenter, ""),
			named("2025-03-20", "a", fiveG), named("2025-03-21", "b", secondName))
		_, err := lifecycle.Replay(h, d("2025-12-31"), lifecycle.Options{})
		require.NoError(t, err, "lifecycle.14.unique_name")
	})
}
