package evaluation_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/shopspring/decimal"
)

func TestGradeBadInput(t *testing.T) {
	scored := func() evaluation.Round {
		r := round("P01=95", "P02=80")
		r.Participants = append(r.Participants, evaluation.Participant{PlatformID: "P03", Type: platform.FieldStation, Cycle: 2,
			Scores: scores("80", "80", "80", "80", "80", "80", "80")})
		return r
	}
	tests := []struct {
		name   string
		rule   string
		cite   platform.Citation
		edit   func(*evaluation.Round, *evaluation.Parameters, *evaluation.Options)
		kind   platform.Kind
		field  string
		nested bool // the problem also appears alongside others
	}{
		{"空的评估轮次", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants = nil
		}, platform.ErrMissing, "round.participants", false},
		{"平台编号重复", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[1].PlatformID = "P01"
		}, platform.ErrDuplicate, "participants[1].platform_id", false},
		{"缺少平台编号", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].PlatformID = ""
		}, platform.ErrMissing, "participants[0].platform_id", false},
		{"平台编号末尾有空格时拒绝，以免同一平台以“P01”“P01 ”两个编号两次计入参评数量", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[1].PlatformID = "P01 "
		}, platform.ErrInvalid, "participants[1].platform_id", false},
		{"平台编号仅为空白时视为缺少", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].PlatformID = " \t"
		}, platform.ErrMissing, "participants[0].platform_id", false},
		{"主管部门首部有空白时拒绝，以免同一部门分成两组计算比例", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, o *evaluation.Options) {
			o.GroupBy = evaluation.ByDepartment
			r.Participants[1].Department = "\u3000科技局"
			r.Participants[2].Department = "科技局"
		}, platform.ErrInvalid, "participants[1].department", false},
		{"同分排序中的编号有空白时拒绝", "evaluation.22.tie_cap", platform.Art(22), func(_ *evaluation.Round, _ *evaluation.Parameters, o *evaluation.Options) {
			o.TieBreak = []string{"P02", " P01"}
		}, platform.ErrInvalid, "options.tie_break[1]", false},
		{"参评平台既无各项得分也无总分", "evaluation.21.total", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].Total = nil
		}, platform.ErrMissing, "participants[0].scores", false},
		{"同时提供各项得分和总分", "evaluation.21.total", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[2].Total = decp("80")
		}, platform.ErrConflict, "participants[2].total", false},
		{"总分超过100", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].Total = decp("100.01")
		}, platform.ErrRange, "participants[0].total", false},
		{"总分为负", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].Total = decp("-0.01")
		}, platform.ErrRange, "participants[0].total", false},
		{"总分有多位小数且超过100", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].Total = decp("100.0000000000000000000001")
		}, platform.ErrRange, "participants[0].total", false},
		{"单项得分超过100", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[2].Scores[evaluation.TalentTeam] = dec("100.5")
		}, platform.ErrRange, "participants[2].scores.talent_team", false},
		{"单项得分为负", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[2].Scores[evaluation.MajorTasks] = dec("-1")
		}, platform.ErrRange, "participants[2].scores.major_tasks", false},
		{"单项得分有多位小数且为负", "evaluation.21.score_range", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[2].Scores[evaluation.MajorTasks] = dec("-0.00000001")
		}, platform.ErrRange, "participants[2].scores.major_tasks", false},
		{"缺少权重非零的一项得分", "evaluation.21.scheme", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			delete(r.Participants[2].Scores, evaluation.Incubation)
		}, platform.ErrMissing, "participants[2].scores.incubation", false},
		{"未知的评估方面", "evaluation.21.scheme", platform.Art(21), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[2].Scores[evaluation.Dimension(9)] = dec("50")
		}, platform.ErrInvalid, "participants[2].scores", false},
		{"权重为负", "evaluation.21.scheme", platform.Art(21), func(_ *evaluation.Round, p *evaluation.Parameters, _ *evaluation.Options) {
			p.Scheme.Weights[evaluation.MajorTasks] = dec("-0.15")
			p.Scheme.Weights[evaluation.KeyTechnologies] = dec("0.45")
		}, platform.ErrRange, "scheme.weights.major_tasks", false},
		{"权重之和不为1", "evaluation.21.scheme", platform.Art(21), func(_ *evaluation.Round, p *evaluation.Parameters, _ *evaluation.Options) {
			p.Scheme.Weights[evaluation.MajorTasks] = dec("0.16")
		}, platform.ErrRange, "scheme.weights", false},
		{"缺少一项权重", "evaluation.21.scheme", platform.Art(21), func(_ *evaluation.Round, p *evaluation.Parameters, _ *evaluation.Options) {
			delete(p.Scheme.Weights, evaluation.TalentTeam)
		}, platform.ErrMissing, "scheme.weights.talent_team", true},
		{"有各项得分却没有评分方案", "evaluation.21.scheme", platform.Art(21), func(_ *evaluation.Round, p *evaluation.Parameters, _ *evaluation.Options) {
			p.Scheme = evaluation.Scheme{}
		}, platform.ErrMissing, "scheme", false},
		{"评分区间重叠", "evaluation.22.band", platform.Art(22), func(_ *evaluation.Round, p *evaluation.Parameters, _ *evaluation.Options) {
			p.Bands[1].Max = dec("90.5")
		}, platform.ErrConflict, "bands[0]", false},
		{"评分区间有缺口", "evaluation.22.band", platform.Art(22), func(_ *evaluation.Round, p *evaluation.Parameters, _ *evaluation.Options) {
			p.Bands[2].Max = dec("79.5")
		}, platform.ErrRange, "bands[1]", false},
		{"缺少评分区间", "evaluation.22.band", platform.Art(22), func(_ *evaluation.Round, p *evaluation.Parameters, _ *evaluation.Options) {
			p.Bands = nil
		}, platform.ErrMissing, "bands", false},
		{"配额表不合法", "evaluation.22.cap_excellent", platform.Art(22), func(_ *evaluation.Round, p *evaluation.Parameters, _ *evaluation.Options) {
			p.Quotas.Excellent.Percent = 130
		}, platform.ErrRange, "quotas.excellent.percent", true},
		{"缺少轮次编号", "evaluation.19.evaluator", platform.Art(19), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.ID = ""
		}, platform.ErrMissing, "round.id", false},
		{"缺少结果日期", "evaluation.19.evaluator", platform.Art(19), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.ResultDate = platform.Date{}
		}, platform.ErrMissing, "round.result_date", false},
		{"未说明评估实施者", "evaluation.19.evaluator", platform.Art(19), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Evaluator = evaluation.Evaluator{}
		}, platform.ErrMissing, "round.evaluator.kind", false},
		{"委托第三方却未写明名称", "evaluation.19.evaluator", platform.Art(19), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Evaluator = evaluation.Evaluator{Kind: evaluation.ThirdParty}
		}, platform.ErrMissing, "round.evaluator.name", false},
		{"平台类型无效", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].Type = 0
		}, platform.ErrInvalid, "participants[0].type", false},
		{"评估周期序号小于1", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].Cycle = 0
		}, platform.ErrRange, "participants[0].cycle", false},
		{"参评情况无效", "evaluation.24.not_graded_absent", platform.Art(24), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].Participation = 9
		}, platform.ErrInvalid, "participants[0].participation", false},
		{"无故不参加评估者却有得分", "evaluation.24.not_graded_absent", platform.Art(24), func(r *evaluation.Round, _ *evaluation.Parameters, _ *evaluation.Options) {
			r.Participants[0].Participation = evaluation.AbsentWithoutCause
		}, platform.ErrConflict, "participants[0].participation", false},
		{"按主管部门计算时缺少主管部门", "evaluation.22.grouping", platform.Art(22), func(r *evaluation.Round, _ *evaluation.Parameters, o *evaluation.Options) {
			o.GroupBy = evaluation.ByDepartment
			r.Participants[2].Department = ""
		}, platform.ErrMissing, "participants[2].department", false},
		{"分组方式无效", "evaluation.22.grouping", platform.Art(22), func(_ *evaluation.Round, _ *evaluation.Parameters, o *evaluation.Options) {
			o.GroupBy = 7
		}, platform.ErrInvalid, "options.group_by", false},
		{"免除下限的规模为负", "evaluation.22.floor_waived", platform.Art(22), func(_ *evaluation.Round, _ *evaluation.Parameters, o *evaluation.Options) {
			o.WaivePoorFloorBelow = -1
		}, platform.ErrRange, "options.waive_poor_floor_below", false},
		{"同分排序中编号重复", "evaluation.22.tie_cap", platform.Art(22), func(_ *evaluation.Round, _ *evaluation.Parameters, o *evaluation.Options) {
			o.TieBreak = []string{"P01", "P02", "P01"}
		}, platform.ErrDuplicate, "options.tie_break[2]", false},
		{"同分排序中有空编号", "evaluation.22.tie_cap", platform.Art(22), func(_ *evaluation.Round, _ *evaluation.Parameters, o *evaluation.Options) {
			o.TieBreak = []string{""}
		}, platform.ErrMissing, "options.tie_break[0]", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, p, o := scored(), evaluation.IllustrativeParameters(), evaluation.Options{}
			tt.edit(&r, &p, &o)
			res, err := evaluation.Grade(r, p, o)
			assertProblem(t, err, tt.kind, tt.field, tt.rule+" "+tt.cite.String())
			if res.Participants != nil || res.Groups != nil {
				t.Errorf("bad input graded %d participants; want nothing graded (%s)", len(res.Participants), tt.rule)
			}
			var pe *platform.Error
			if errors.As(err, &pe) && pe.Op == "" {
				t.Errorf("error %v has no op", err)
			}
		})
	}
}

func TestGradeJoinsAllProblems(t *testing.T) {
	r := round("P01=101", "P01=50", "P03=-1")
	r.ID = ""
	_, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), evaluation.Options{})
	for _, f := range []string{"round.id", "participants[0].total", "participants[1].platform_id", "participants[2].total"} {
		if !hasField(err, f) {
			t.Errorf("error %v does not name %s", err, f)
		}
	}
}

func TestDuplicateReportedOnce(t *testing.T) {
	r := round("P01=80", "P02=70", "P01=60", "P01=50")
	_, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), evaluation.Options{})
	j, ok := err.(interface{ Unwrap() []error })
	if !ok || len(j.Unwrap()) != 2 {
		t.Fatalf("err = %v, want the two later copies of P01 reported", err)
	}
	if !hasField(err, "participants[2].platform_id") || !hasField(err, "participants[3].platform_id") {
		t.Errorf("err = %v, want entries 2 and 3 named", err)
	}
}

func TestSchemeValidate21(t *testing.T) {
	if err := evaluation.IllustrativeScheme().Validate(); err != nil {
		t.Fatalf("IllustrativeScheme().Validate() = %v", err)
	}
	tests := []struct {
		name  string
		rule  string
		cite  platform.Citation
		edit  func(*evaluation.Scheme)
		kind  platform.Kind
		field string
	}{
		{"权重之和为0.99", "evaluation.21.scheme", platform.Art(21), func(s *evaluation.Scheme) { s.Weights[evaluation.Incubation] = dec("0.09") }, platform.ErrRange, "scheme.weights"},
		{"权重之和为1.01", "evaluation.21.scheme", platform.Art(21), func(s *evaluation.Scheme) { s.Weights[evaluation.Incubation] = dec("0.11") }, platform.ErrRange, "scheme.weights"},
		{"未知方面的权重", "evaluation.21.scheme", platform.Art(21), func(s *evaluation.Scheme) { s.Weights[evaluation.Dimension(0)] = dec("0") }, platform.ErrInvalid, "scheme.weights"},
		{"缺少引用条款", "evaluation.21.scheme", platform.Art(21), func(s *evaluation.Scheme) { s.Cite = platform.Citation{} }, platform.ErrMissing, "scheme.citation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := evaluation.IllustrativeScheme()
			tt.edit(&s)
			assertProblem(t, s.Validate(), tt.kind, tt.field, tt.rule+" "+tt.cite.String())
		})
	}
	s := evaluation.IllustrativeScheme()
	s.Weights[evaluation.Incubation] = dec("0.1000")
	if err := s.Validate(); err != nil {
		t.Errorf("weights summing to 1.0000 are exactly 1: %v", err)
	}
}

func TestBandsValidate22(t *testing.T) {
	if err := evaluation.IllustrativeBands().Validate(); err != nil {
		t.Fatalf("IllustrativeBands().Validate() = %v", err)
	}
	band := func(g platform.Grade, lo, hi string) evaluation.Band {
		return evaluation.Band{Grade: g, Min: dec(lo), Max: dec(hi), Cite: platform.Art(22)}
	}
	tests := []struct {
		name  string
		rule  string
		cite  platform.Citation
		bands evaluation.Bands
		kind  platform.Kind
		field string
	}{
		{"良好与优秀区间重叠", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(platform.Excellent, "89.5", "100"), band(platform.Good, "0", "90")}, platform.ErrConflict, "bands[0]"},
		{"良好与优秀区间之间有缺口", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(platform.Excellent, "90.01", "100"), band(platform.Good, "0", "90")}, platform.ErrRange, "bands[0]"},
		{"最低区间不从0开始", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(platform.Excellent, "90", "100"), band(platform.Good, "1", "90")}, platform.ErrRange, "bands[1].min"},
		{"最高区间不到100", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(platform.Excellent, "90", "99.99"), band(platform.Good, "0", "90")}, platform.ErrRange, "bands[0].max"},
		{"同一等次出现两次", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(platform.Good, "90", "100"), band(platform.Good, "0", "90")}, platform.ErrDuplicate, "bands[1].grade"},
		{"等次无效", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(0, "0", "100")}, platform.ErrInvalid, "bands[0].grade"},
		{"区间下限不低于上限", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(platform.Excellent, "90", "90"), band(platform.Good, "0", "90")}, platform.ErrOrder, "bands[0]"},
		{"区间超出0至100", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(platform.Excellent, "90", "101"), band(platform.Good, "0", "90")}, platform.ErrRange, "bands[0]"},
		{"高分区间给出较差等次", "evaluation.22.band", platform.Art(22), evaluation.Bands{band(platform.Poor, "60", "100"), band(platform.Good, "0", "60")}, platform.ErrOrder, "bands[0].grade"},
		{"缺少引用条款", "evaluation.22.band", platform.Art(22), evaluation.Bands{{Grade: platform.Good, Min: dec("0"), Max: dec("100")}}, platform.ErrMissing, "bands[0].citation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assertProblem(t, tt.bands.Validate(), tt.kind, tt.field, tt.rule+" "+tt.cite.String())
		})
	}
	if err := (evaluation.Bands{band(platform.Qualified, "0", "100")}).Validate(); err != nil {
		t.Errorf("a single band covering 0–100 is valid: %v", err)
	}
}

func TestParametersJSON(t *testing.T) {
	p := evaluation.IllustrativeParameters()
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back evaluation.Parameters
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, back); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	fp1, _ := p.Fingerprint()
	fp2, _ := back.Fingerprint()
	if fp1 != fp2 || fp1 == "" {
		t.Errorf("fingerprints %q and %q differ after a round trip", fp1, fp2)
	}
	back.Quotas.Excellent.Percent = 25
	if fp3, _ := back.Fingerprint(); fp3 == fp1 {
		t.Error("a changed quota kept the same fingerprint")
	}
	var bad evaluation.Parameters
	if err := json.Unmarshal([]byte(`{"scheme":{"weights":{"nonsense":"1"}}}`), &bad); err == nil {
		t.Error("an unknown dimension key decoded without error")
	}
	if err := (evaluation.Parameters{Bands: evaluation.IllustrativeBands(), Quotas: evaluation.DefaultQuotas()}).Validate(); err != nil {
		t.Errorf("parameters without a scheme are valid on their own: %v", err)
	}
}

func TestResultRecordsEditionAndOptions(t *testing.T) {
	p := evaluation.IllustrativeParameters()
	opts := evaluation.Options{TieBreak: []string{"P02"}, WaivePoorFloorBelow: 3, WithdrawalsCountInN: true, GroupBy: evaluation.ByType}
	res, err := evaluation.Grade(round("P01=95", "P02=80"), p, opts)
	if err != nil {
		t.Fatal(err)
	}
	fp, _ := p.Fingerprint()
	if res.Edition.Fingerprint != fp || res.Edition.Name != platform.Title {
		t.Errorf("edition = %+v, want %s with fingerprint %s", res.Edition, platform.Title, fp)
	}
	if diff := cmp.Diff(opts, res.Options); diff != "" {
		t.Errorf("options mismatch (-want +got):\n%s", diff)
	}
	opts.TieBreak[0] = "changed"
	if res.Options.TieBreak[0] != "P02" {
		t.Error("the result shares the caller's tie-break slice")
	}
	wantRound := []string{"evaluation.19.evaluator", "evaluation.22.grouping", "evaluation.22.floor_waived", "evaluation.22.tie_cap", "evaluation.24.withdrawal_counted"}
	if diff := cmp.Diff(wantRound, ruleIDs(res.Findings)); diff != "" {
		t.Errorf("round findings mismatch (-want +got):\n%s", diff)
	}
	if res.RoundID != "2026-R1" || res.ResultDate != platform.MustDate(2026, 12, 15) || res.Evaluator.Kind != evaluation.Bureau {
		t.Errorf("round identity not carried: %q %v %v", res.RoundID, res.ResultDate, res.Evaluator)
	}
	def := mustGrade(t, round("P01=95", "P02=80"), evaluation.Options{})
	wantDefault := []string{"evaluation.19.evaluator", "evaluation.22.grouping", "evaluation.22.floor_poor", "evaluation.22.tie_cap", "evaluation.24.withdrawal"}
	if diff := cmp.Diff(wantDefault, ruleIDs(def.Findings)); diff != "" {
		t.Errorf("default round findings mismatch (-want +got):\n%s", diff)
	}
	if _, ok := def.Find("nobody"); ok {
		t.Error("Find found a platform not in the round")
	}
}

func TestResultJSON(t *testing.T) {
	r := round("P01=95", "P02=80.5", "P03=absent")
	r.Evaluator = evaluation.Evaluator{Kind: evaluation.ThirdParty, Name: "某评估机构"}
	res := mustGrade(t, r, evaluation.Options{})
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Participants []struct {
			PlatformID  string          `json:"platform_id"`
			Final       platform.Grade  `json:"final"`
			Score       decimal.Decimal `json:"score"`
			Consequence string          `json:"consequence"`
			Findings    []struct {
				Rule string `json:"rule"`
			} `json:"findings"`
		} `json:"participants"`
		Edition platform.Edition `json:"edition"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Participants) != 3 || back.Participants[2].Consequence != "removal_and_ban" ||
		back.Participants[2].Findings[0].Rule != "evaluation.24.not_graded_absent" || !back.Participants[1].Score.Equal(dec("80.5")) {
		t.Errorf("JSON = %s", b)
	}
	if back.Edition.Fingerprint != res.Edition.Fingerprint {
		t.Errorf("edition fingerprint lost in JSON: %s", b)
	}
}

func TestFindingTexts22(t *testing.T) {
	res := mustGrade(t, round("P01=95", "P02=94", "P03=93", "P04=93", "P05=85", "P06=84", "P07=83", "P08=70", "P09=65", "P10=62"), evaluation.Options{})
	p, _ := res.Find("P04")
	tie, _ := findingOf(p.Findings, "evaluation.22.tie_cap")
	if tie.Outcome != platform.Review {
		t.Errorf("default tie finding outcome = %v, want review (evaluation.22.tie_cap)", tie.Outcome)
	}
	cut, _ := findingOf(p.Findings, "evaluation.22.cap_excellent")
	if cut.Wanted.Int != 3 || cut.Found.Int != 4 || cut.Outcome != platform.Fail || cut.Cite() != platform.Art(22) {
		t.Errorf("cap finding = %s, want 3 wanted, 4 found, fail, 第二十二条", cut.English())
	}
	if got := cut.Chinese(); got != "第二十二条 原则上评估结果为优秀的不超过参评科技创新平台数量的30%：要求3家，实际4家。不符合。超过优秀比例上限，由优秀调整为良好。" {
		t.Errorf("Chinese() = %s", got)
	}
	low, _ := res.Find("P10")
	poor, _ := findingOf(low.Findings, "evaluation.22.floor_poor")
	if poor.NoteZh() != "未达较差比例下限，由合格调整为较差。" || poor.Wanted.Int != 1 || poor.Found.Int != 0 {
		t.Errorf("floor finding = %s", poor.English())
	}
	g := res.Groups[0]
	if g.Lowered != 2 || g.MadePoor != 1 || g.Ties != 2 || g.Provisional.Excellent != 4 {
		t.Errorf("group = %+v, want 2 lowered, 1 made poor, 2 ties, 4 provisional excellent", g)
	}
	if got := g.Findings[0].English(); got != "Art. 22 in principle no more than 30% of the platforms evaluated are rated excellent: wanted 3 institutions, found 2 institutions. Pass. N = 10; the excellent cap is 30% of 10 rounded down: 3." {
		t.Errorf("group cap finding English() = %s", got)
	}
	resolved := mustGrade(t, round("P01=95", "P02=94", "P03=93", "P04=93", "P05=50"), evaluation.Options{TieBreak: []string{"P03", "P04"}})
	q, _ := resolved.Find("P03")
	if f, _ := findingOf(q.Findings, "evaluation.22.tie_cap"); q.Tie != false || f.Rule != nil {
		// N=5: cap 1, so the tie at 93 is below the cut and not at the boundary.
		t.Errorf("P03 = %+v: a tie below the boundary is not flagged", q)
	}
	// A mixture of grades where the withdrawn counted in N complete the floor.
	w := mustGrade(t, round("P01=95", "P02=85", "P03=70", "P04=withdrew"), evaluation.Options{WithdrawalsCountInN: true})
	if got := groupsOf(w); got != "all N=4 cap=1 floor=1 final=1/1/1/1" {
		t.Errorf("groups = %s", got)
	}
	wp, _ := w.Find("P04")
	if !wp.Graded || wp.Scored || wp.Rank != 0 || wp.Consequence != evaluation.RemovalAndBan {
		t.Errorf("withdrawn counted = %+v, want graded, not scored, unranked, removal and ban", wp)
	}
}

// TestRoundJSON reads a round from JSON, as a filing system would send it, and grades it.
func TestRoundJSON(t *testing.T) {
	const in = `{"id":"2026","result_date":"2026-12-15","evaluator":{"kind":"third_party","name":"某评估中心"},
	"participants":[
	 {"platform_id":"A","type":"重点实验室","cycle":1,"total":"91.5"},
	 {"platform_id":"B","type":"engineering_research_center","cycle":2,"department":"工信局","scores":{"major_tasks":"80","key_technologies":"80","industry_leadership":"80","innovation_services":"80","talent_team":"80","commercialisation":"80","incubation":"70"}},
	 {"platform_id":"C","type":"field_station","cycle":1,"participation":"无故不参加评估"}]}`
	var r evaluation.Round
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	res, err := evaluation.Grade(r, evaluation.IllustrativeParameters(), evaluation.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := finals(res), "A:良好 B:较差 C:-"; got != want {
		t.Errorf("finals = %s, want %s (N=2: cap 0, floor 1)", got, want)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back evaluation.Round
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back, cmpopts.EquateComparable(platform.Date{})); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}
