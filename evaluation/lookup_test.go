package evaluation_test

import (
	"encoding/json"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mixed is a round over three types and three departments.
var mixed = []string{
	"A1/key_laboratory/科技局=95", "A2/key_laboratory/市卫健委=80", "A3/key_laboratory/市农业农村局=62",
	"B1/engineering_research_center/科技局=91", "B2/engineering_research_center/市卫健委=70",
	"C1/clinical_research_center/市卫健委=88", "C2/clinical_research_center/市农业农村局=absent",
}

// TestGroupLookup22 finds each quota group of 第二十二条 by a typed key, under each
// grouping, and finds nothing under a key of another grouping or a group the round lacks.
func TestGroupLookup22(t *testing.T) {
	tests := []struct {
		name  string
		by    evaluation.Grouping
		key   evaluation.GroupKey
		found bool
		want  string // the group's key as the result writes it
		n     int
	}{
		{"合并计算时整轮为一组", evaluation.Pooled, evaluation.WholeRound(), true, "all", 6},
		{"合并计算时没有类型组", evaluation.Pooled, evaluation.TypeGroup(platform.KeyLaboratory), false, "", 0},
		{"按类型分组时找到重点实验室组", evaluation.ByType, evaluation.TypeGroup(platform.KeyLaboratory), true, "key_laboratory", 3},
		{"按类型分组时找到排在最前的工程技术研究中心组", evaluation.ByType, evaluation.TypeGroup(platform.EngineeringCenter), true, "engineering_research_center", 2},
		{"按类型分组时找到排在最后的临床医学研究中心组（缺席者不计入N）", evaluation.ByType, evaluation.TypeGroup(platform.ClinicalCenter), true, "clinical_research_center", 1},
		{"按类型分组时本轮没有的类型找不到", evaluation.ByType, evaluation.TypeGroup(platform.FieldStation), false, "", 0},
		{"按类型分组时无效类型找不到", evaluation.ByType, evaluation.TypeGroup(platform.Type(99)), false, "", 0},
		{"按类型分组时整轮键找不到", evaluation.ByType, evaluation.WholeRound(), false, "", 0},
		{"按主管部门分组时找到市卫健委组", evaluation.ByDepartment, evaluation.DepartmentGroup("市卫健委"), true, "市卫健委", 3},
		{"按主管部门分组时找到市农业农村局组", evaluation.ByDepartment, evaluation.DepartmentGroup("市农业农村局"), true, "市农业农村局", 1},
		{"按主管部门分组时找到科技局组", evaluation.ByDepartment, evaluation.DepartmentGroup("科技局"), true, "科技局", 2},
		{"按主管部门分组时部门按原样匹配，带空格者找不到", evaluation.ByDepartment, evaluation.DepartmentGroup(" 科技局"), false, "", 0},
		{"按主管部门分组时本轮没有的部门找不到", evaluation.ByDepartment, evaluation.DepartmentGroup("市教育局"), false, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustGrade(t, round(mixed...), evaluation.Options{GroupBy: tt.by})
			g, ok := res.Group(tt.key)
			require.Equal(t, tt.found, ok, "Group(%s)", tt.key)
			assert.Equal(t, tt.want, g.Key)
			assert.Equal(t, tt.n, g.N)
			g2, ok2 := res.Index().Group(tt.key)
			assert.Equal(t, ok, ok2)
			assert.Equal(t, g.Key, g2.Key)
			if tt.found {
				assert.Equal(t, tt.want, tt.key.String(), "the key writes as the result writes it")
			}
			if tt.found {
				assert.Equal(t, tt.by, tt.key.Grouping())
			}

			list := proposedFrom(res)
			c, err := evaluation.CheckGrades(list, evaluation.DefaultQuotas(), evaluation.Options{GroupBy: tt.by})
			require.NoError(t, err)
			gc, ok := c.Group(tt.key)
			assert.Equal(t, tt.found, ok, "the check has the same groups")
			assert.Equal(t, tt.want, gc.Key)
			assert.Equal(t, tt.n, gc.N)
		})
	}
}

// TestParticipantLookup finds every platform by ID through the index, finds nothing for an
// unknown ID, and leaves the result's JSON byte for byte as it was.
func TestParticipantLookup(t *testing.T) {
	res := mustGrade(t, round(mixed...), evaluation.Options{GroupBy: evaluation.ByType})
	before, err := json.Marshal(res)
	require.NoError(t, err)
	ix := res.Index()
	for _, want := range res.Participants {
		got, ok := ix.Participant(want.PlatformID)
		require.True(t, ok, want.PlatformID)
		assert.Equal(t, want.PlatformID, got.PlatformID)
		assert.Equal(t, want.Final, got.Final)
		found, _ := res.Find(want.PlatformID)
		assert.Equal(t, found.Rank, got.Rank, "Index and Find agree")
	}
	_, ok := ix.Participant("Z9")
	assert.False(t, ok)
	_, ok = ix.Participant("A1 ")
	assert.False(t, ok, "IDs are matched as written")
	_ = res.Compliance()
	after, err := json.Marshal(res)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "lookups change nothing the result writes")

	var zero evaluation.ResultIndex
	_, ok = zero.Participant("A1")
	assert.False(t, ok, "the zero index finds nothing")
	_, ok = zero.Group(evaluation.WholeRound())
	assert.False(t, ok)
	var zc evaluation.CheckIndex
	_, ok = zc.Participant("A1")
	assert.False(t, ok)
	_, ok = zc.Group(evaluation.WholeRound())
	assert.False(t, ok)

	c, err := evaluation.CheckGrades(proposedFrom(res), evaluation.DefaultQuotas(), evaluation.Options{GroupBy: evaluation.ByType})
	require.NoError(t, err)
	cix := c.Index()
	for _, p := range res.Participants {
		got, ok := cix.Participant(p.PlatformID)
		require.True(t, ok, p.PlatformID)
		assert.Equal(t, p.Final, got.Grade)
		assert.Equal(t, p.Group, got.Group)
	}
	_, ok = cix.Participant("Z9")
	assert.False(t, ok)
}
