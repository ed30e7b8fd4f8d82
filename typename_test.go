package platform_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseTypeNameAsWritten reads type names as officials write them in notices and forms
// (the six types of 第二条; the categories of 附件·拉萨市新型研发机构 第三条（三）), and refuses
// what it cannot read without guessing.
func TestParseTypeNameAsWritten(t *testing.T) {
	rows := []struct {
		name string
		in   string
		typ  platform.Type
		cat  platform.Category
	}{
		{"“拉萨市级”连写的前缀", "拉萨市级重点实验室", platform.KeyLaboratory, 0},
		{"“拉萨市级”连写的新型研发机构与类别", "拉萨市级新型研发机构（服务类）", platform.NewRDInstitution, platform.Service},
		{"前缀之间与名称前的空格", "拉萨市 市级 重点实验室", platform.KeyLaboratory, 0},
		{"名称与括号之间的空格", "新型研发机构 （服务类）", platform.NewRDInstitution, platform.Service},
		{"括号内的空格", "新型研发机构（ 农业类 ）", platform.NewRDInstitution, platform.Agriculture},
		{"半角开括号与全角闭括号混用", "新型研发机构(工业类）", platform.NewRDInstitution, platform.Industry},
		{"类别前冠以拉萨市", "拉萨市服务类新型研发机构", platform.NewRDInstitution, platform.Service},
		{"类别与名称之间的空格", "其他类 新型研发机构", platform.NewRDInstitution, platform.OtherCategory},
		{"附件第三条的简称野外站", "拉萨市野外站", platform.FieldStation, 0},
		{"尾随换行", "市级临床医学研究中心\n", platform.ClinicalCenter, 0},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			typ, cat, err := platform.ParseTypeName(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.typ, typ)
			assert.Equal(t, tc.cat, cat)
		})
	}
	for _, bad := range []string{
		"新型研发机构【服务类】",      // brackets of another kind
		"新型研发机构（服务类）（工业类）", // two categories
		"新型研发机构（农业类、服务类）",  // a category list
		"（服务类）新型研发机构",      // a bracketed category before the name
		"新型研发机构（服务业类）",     // not one of the four categories
		"重点实验室（市级）",        // a level in brackets, not a category
		"西藏自治区重点实验室",       // another authority's platform
		"拉萨市科技创新平台",        // the umbrella term, no type
		"拉萨市级",             // a prefix alone
		"重点 实验室",           // a space inside the name
	} {
		t.Run("不猜测："+bad, func(t *testing.T) {
			typ, cat, err := platform.ParseTypeName(bad)
			var pe *platform.Error
			require.True(t, errors.As(err, &pe), "ParseTypeName(%q) = %v, %v, %v", bad, typ, cat, err)
			assert.Equal(t, "type", pe.Field)
			assert.Equal(t, platform.ErrInvalid, pe.Kind)
			assert.Zero(t, typ)
			assert.Zero(t, cat)
		})
	}
}
