package evaluation_test

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
)

type enum interface {
	encoding.TextMarshaler
	String() string
	Chinese() string
	English() string
	Valid() bool
}

func TestDimensions21(t *testing.T) {
	tests := []struct {
		name string
		rule string
		cite platform.Citation
		d    evaluation.Dimension
		code string
		zh   string
	}{
		{"第一项：承担国家、自治区、市级重大科技任务", "evaluation.21.scheme", platform.Art(21), evaluation.MajorTasks, "major_tasks", "承担国家、自治区、市级重大科技任务"},
		{"第二项：实施关键技术攻关", "evaluation.21.scheme", platform.Art(21), evaluation.KeyTechnologies, "key_technologies", "实施关键技术攻关"},
		{"第三项：引领行业技术进步", "evaluation.21.scheme", platform.Art(21), evaluation.IndustryLeadership, "industry_leadership", "引领行业技术进步"},
		{"第四项：面向社会提供技术创新服务", "evaluation.21.scheme", platform.Art(21), evaluation.InnovationServices, "innovation_services", "面向社会提供技术创新服务"},
		{"第五项：人才队伍建设", "evaluation.21.scheme", platform.Art(21), evaluation.TalentTeam, "talent_team", "人才队伍建设"},
		{"第六项：成果转化产业化", "evaluation.21.scheme", platform.Art(21), evaluation.Commercialisation, "commercialisation", "成果转化产业化"},
		{"第七项：培育孵化科技型企业", "evaluation.21.scheme", platform.Art(21), evaluation.Incubation, "incubation", "培育孵化科技型企业"},
	}
	if got := evaluation.Dimensions(); len(got) != evaluation.NumDimensions || len(got) != len(tests) {
		t.Fatalf("Dimensions() has %d entries, want 7 (第二十一条)", len(got))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if evaluation.Dimensions()[i] != tt.d {
				t.Errorf("Dimensions()[%d] = %v, want %v (article order)", i, evaluation.Dimensions()[i], tt.d)
			}
			if tt.d.String() != tt.code || tt.d.Chinese() != tt.zh || tt.d.English() == "" {
				t.Errorf("%v: code %q zh %q en %q, want %q %q (%s)", tt.d, tt.d.String(), tt.d.Chinese(), tt.d.English(), tt.code, tt.zh, tt.rule)
			}
			for _, s := range []string{tt.code, tt.zh} {
				if got, err := evaluation.ParseDimension(s); err != nil || got != tt.d {
					t.Errorf("ParseDimension(%q) = %v, %v", s, got, err)
				}
			}
		})
	}
}

func TestEnums(t *testing.T) {
	tests := []struct {
		name  string
		v     enum
		code  string
		zh    string
		parse func(string) (enum, error)
		dst   encoding.TextUnmarshaler
	}{
		{"维度", evaluation.TalentTeam, "talent_team", "人才队伍建设",
			func(s string) (enum, error) { return evaluation.ParseDimension(s) }, new(evaluation.Dimension)},
		{"参加评估", evaluation.TookPart, "took_part", "参加评估",
			func(s string) (enum, error) { return evaluation.ParseParticipation(s) }, new(evaluation.Participation)},
		{"无故不参加评估", evaluation.AbsentWithoutCause, "absent_without_cause", "无故不参加评估",
			func(s string) (enum, error) { return evaluation.ParseParticipation(s) }, new(evaluation.Participation)},
		{"中途退出评估", evaluation.Withdrew, "withdrew", "中途退出评估",
			func(s string) (enum, error) { return evaluation.ParseParticipation(s) }, new(evaluation.Participation)},
		{"因故未参加评估", evaluation.AbsentWithCause, "absent_with_cause", "因故未参加评估",
			func(s string) (enum, error) { return evaluation.ParseParticipation(s) }, new(evaluation.Participation)},
		{"市科技局", evaluation.Bureau, "bureau", "市科技局",
			func(s string) (enum, error) { return evaluation.ParseEvaluatorKind(s) }, new(evaluation.EvaluatorKind)},
		{"第三方机构", evaluation.ThirdParty, "third_party", "受委托的第三方机构",
			func(s string) (enum, error) { return evaluation.ParseEvaluatorKind(s) }, new(evaluation.EvaluatorKind)},
		{"合并计算", evaluation.Pooled, "pooled", "全部参评平台合并计算",
			func(s string) (enum, error) { return evaluation.ParseGrouping(s) }, new(evaluation.Grouping)},
		{"按类型", evaluation.ByType, "by_type", "按平台类型分别计算",
			func(s string) (enum, error) { return evaluation.ParseGrouping(s) }, new(evaluation.Grouping)},
		{"按部门", evaluation.ByDepartment, "by_department", "按主管部门分别计算",
			func(s string) (enum, error) { return evaluation.ParseGrouping(s) }, new(evaluation.Grouping)},
		{"无后果", evaluation.NoConsequence, "none", "无",
			func(s string) (enum, error) { return evaluation.ParseConsequence(s) }, new(evaluation.Consequence)},
		{"退出备案序列并三年内不得再次申请", evaluation.RemovalAndBan, "removal_and_ban", "不再列入市级科技创新平台备案序列，三年内不得再次申请",
			func(s string) (enum, error) { return evaluation.ParseConsequence(s) }, new(evaluation.Consequence)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.v.Valid() || tt.v.String() != tt.code || tt.v.Chinese() != tt.zh || tt.v.English() == "" {
				t.Errorf("%v: valid %v code %q zh %q en %q", tt.v, tt.v.Valid(), tt.v.String(), tt.v.Chinese(), tt.v.English())
			}
			for _, s := range []string{tt.code, tt.zh, " " + tt.code + " "} {
				got, err := tt.parse(s)
				if err != nil || got.String() != tt.code {
					t.Errorf("parse(%q) = %v, %v", s, got, err)
				}
			}
			if _, err := tt.parse("nonsense"); !errors.Is(err, platform.ErrInvalid) {
				t.Errorf("parse(nonsense) error = %v, want ErrInvalid", err)
			}
			b, err := tt.v.MarshalText()
			if err != nil || string(b) != tt.code {
				t.Errorf("MarshalText = %s, %v", b, err)
			}
			if err := tt.dst.UnmarshalText(b); err != nil {
				t.Errorf("UnmarshalText(%s) = %v", b, err)
			}
			if err := tt.dst.UnmarshalText([]byte("nonsense")); err == nil {
				t.Error("UnmarshalText(nonsense) succeeded")
			}
		})
	}
	invalid := []enum{evaluation.Dimension(0), evaluation.Dimension(8), evaluation.Participation(4), evaluation.EvaluatorKind(0),
		evaluation.Grouping(3), evaluation.Consequence(2)}
	for _, v := range invalid {
		if v.Valid() || v.Chinese() != "" || v.English() != "" || !strings.HasPrefix(v.String(), "%!") {
			t.Errorf("invalid %#v: valid %v zh %q en %q str %q", v, v.Valid(), v.Chinese(), v.English(), v.String())
		}
		if _, err := v.MarshalText(); !errors.Is(err, platform.ErrInvalid) {
			t.Errorf("MarshalText(%s) error = %v, want ErrInvalid", v, err)
		}
	}
}

func TestGradeCounts(t *testing.T) {
	c := evaluation.GradeCounts{Excellent: 1, Good: 2, Qualified: 3, Poor: 4}
	for g, want := range map[platform.Grade]int{platform.Excellent: 1, platform.Good: 2, platform.Qualified: 3, platform.Poor: 4, 0: 0} {
		if got := c.Of(g); got != want {
			t.Errorf("Of(%v) = %d, want %d", g, got, want)
		}
	}
}

func TestRules(t *testing.T) {
	rules := evaluation.Rules()
	seen := map[string]bool{}
	for _, r := range rules {
		if !strings.HasPrefix(r.ID, "evaluation.") || seen[r.ID] {
			t.Errorf("rule ID %q is not unique or lacks the package prefix", r.ID)
		}
		seen[r.ID] = true
		if !r.Cite.Valid() || r.Cite.IsZero() || r.Zh == "" || r.En == "" {
			t.Errorf("rule %s lacks a citation or text: %+v", r.ID, r)
		}
	}
	for _, id := range []string{"evaluation.19.evaluator", "evaluation.21.scheme", "evaluation.21.score_range", "evaluation.21.total",
		"evaluation.22.band", "evaluation.22.cap_excellent", "evaluation.22.floor_poor", "evaluation.22.tie_cap", "evaluation.22.tie_floor",
		"evaluation.22.floor_waived", "evaluation.22.grouping", "evaluation.24.not_graded_absent", "evaluation.24.withdrawal",
		"evaluation.24.withdrawal_counted", "evaluation.24.absent_with_cause"} {
		if !seen[id] {
			t.Errorf("Rules() lacks %s", id)
		}
	}
	bounds := map[string]platform.BoundWord{"evaluation.22.cap_excellent": platform.AtMostBuChaoGuo, "evaluation.22.floor_poor": platform.AtLeastBuDiYu}
	for _, r := range rules {
		if w, ok := bounds[r.ID]; ok && r.Bound != w {
			t.Errorf("%s bound = %v, want %v", r.ID, r.Bound, w)
		}
	}
	rules[0].ID = "changed"
	if evaluation.Rules()[0].ID == "changed" {
		t.Error("Rules() shares its backing array")
	}
}
