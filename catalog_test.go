package platform_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMainText(t *testing.T) {
	arts := platform.MainText()
	assert.Equal(t, 29, len(arts), "the measures have 29 articles")
	var numbered []string
	for i, a := range arts {
		assert.True(t, a.Cite.Valid(), i)
		assert.Equal(t, platform.Art(i+1), a.Cite, "article %v is numbered in order", i+1)
		numbered = append(numbered, a.Cite.String())
		assert.True(t, a.Zh != "" && a.En != "", "%v has a line in both languages", a.Cite.String())
		assert.True(t, len(a.Packages) > 0, "%v has a home", a.Cite.String())
		assert.Equal(t, a.NoteZh != "", a.NoteEn != "", "%v notes come in both languages", a.Cite.String())
	}
	assert.Equal(t, "第一条", numbered[0])
	assert.Equal(t, "第十三条", numbered[12])
	assert.Equal(t, "第二十九条", numbered[28])

	t.Run("articles stating a purpose or a duty, and those checked only in part, carry a note", func(t *testing.T) {
		var noted []int
		for _, a := range arts {
			if a.NoteZh != "" {
				noted = append(noted, a.Cite.Article)
			}
		}
		// Wholly notes: 第一、三、四、五、十、十一、十八、二十七条; in part: 第七、八、九、二十一条.
		assert.Equal(t, []int{1, 3, 4, 5, 7, 8, 9, 10, 11, 18, 21, 27}, noted)
	})
	t.Run("each article sits in the chapter whose range holds it", func(t *testing.T) {
		chs := platform.Chapters()
		assert.Equal(t, 6, len(chs))
		next := 1
		for i, c := range chs {
			assert.Equal(t, i+1, c.Number)
			assert.Equal(t, next, c.First, "chapters are contiguous")
			next = c.Last + 1
		}
		assert.Equal(t, 30, next, "the chapters cover 第一条 to 第二十九条")
		for _, a := range arts {
			c := chs[a.Chapter-1]
			assert.True(t, a.Cite.Article >= c.First && a.Cite.Article <= c.Last, a.Cite.String())
		}
		j, err := json.Marshal(chs[5])
		require.NoError(t, err)
		assert.Equal(t, `{"number":6,"zh":"附则","en":"Supplementary provisions","first_article":26,"last_article":29,"packages":["lifecycle","naming","subsidy","platform"]}`, string(j))
		assert.Equal(t, []string{"总则", "平台管理", "平台备案", "提档升级", "考核评估", "附则"}, []string{chs[0].Zh, chs[1].Zh, chs[2].Zh, chs[3].Zh, chs[4].Zh, chs[5].Zh})
	})
	t.Run("MainText is a fresh copy", func(t *testing.T) {
		arts[0].Zh = "changed"
		arts[0].Packages[0] = "changed"
		assert.Equal(t, "制定目的与依据", platform.MainText()[0].Zh)
		assert.Equal(t, "platform", platform.MainText()[0].Packages[0])
	})
	t.Run("an article marshals with its citation text", func(t *testing.T) {
		j, err := json.Marshal(platform.MainText()[28])
		require.NoError(t, err)
		assert.Equal(t, `{"citation":"第二十九条","chapter":6,"zh":"自发布之日起施行，期限5年","en":"in force from publication for 5 years","packages":["platform","lifecycle"]}`, string(j))
	})
}

func TestAnnexClauses(t *testing.T) {
	cs := platform.AnnexClauses()
	assert.Equal(t, 6*2+(7+7+9+6+5+7), len(cs), "第一条 and 第二条 of six sections, and the items of each 第三条")
	items := []struct {
		name string
		t    platform.Type
		n    int
	}{
		{"附件·拉萨市工程技术研究中心 第三条 has 7 items", platform.EngineeringCenter, 7},
		{"附件·拉萨市野外科学观测研究站 第三条 has 7 items", platform.FieldStation, 7},
		{"附件·拉萨市重点实验室 第三条 has 9 items", platform.KeyLaboratory, 9},
		{"附件·拉萨市技术创新中心 第三条 has 6 items", platform.InnovationCenter, 6},
		{"附件·拉萨市临床医学研究中心 第三条 has 5 items", platform.ClinicalCenter, 5},
		{"附件·拉萨市新型研发机构 第三条 has 7 items", platform.NewRDInstitution, 7},
		{"an invalid type has no items", platform.Type(0), 0},
	}
	for _, tc := range items {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.n, platform.AnnexItems(tc.t))
			got := 0
			for _, c := range cs {
				if c.Cite.Annex == tc.t && c.Cite.Article == 3 {
					got++
				}
			}
			assert.Equal(t, tc.n, got)
		})
	}
	seen := map[string]bool{}
	for _, c := range cs {
		s := c.Cite.String()
		assert.True(t, c.Cite.Valid() && c.Cite.IsAnnex(), s)
		assert.True(t, !seen[s], "%v is listed once", s)
		seen[s] = true
		assert.True(t, c.Zh != "" && c.En != "", s)
		back, err := platform.ParseCitation(s)
		require.NoError(t, err, s)
		assert.Equal(t, c.Cite, back)
	}
	assert.Equal(t, "附件·拉萨市工程技术研究中心 第一条", cs[0].Cite.String())
	assert.Equal(t, "定义性条款，无可检验的条件。", cs[0].NoteZh)
	assert.Equal(t, "附件·拉萨市工程技术研究中心 第二条", cs[1].Cite.String())
	assert.Equal(t, "附件·拉萨市工程技术研究中心 第三条（一）", cs[2].Cite.String())
	assert.Equal(t, "备案条件（一）", cs[2].Zh)
	assert.Equal(t, "filing condition (1)", cs[2].En)
	last := cs[len(cs)-1]
	assert.Equal(t, "附件·拉萨市新型研发机构 第三条（七）", last.Cite.String())
	assert.Equal(t, "filing condition (7)", last.En)
	assert.True(t, strings.HasPrefix(cs[0].Zh, "工程技术研究中心"))
}

func TestPriorityIndustries(t *testing.T) {
	assert.Equal(t, []string{"数字经济", "绿色工业", "高原生物", "高原健康", "文化旅游", "现代服务业"}, platform.PriorityIndustries(), "第四条 lists six priority fields in order")
}
