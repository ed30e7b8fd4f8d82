package platform_test

import (
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDivision(t *testing.T) {
	rows := []struct {
		name     string
		in       string
		valid    bool
		locality platform.Locality
	}{
		{"拉萨市本级 540100 在拉萨", "540100", true, platform.InLhasa},
		{"城关区 540102 在拉萨", "540102", true, platform.InLhasa},
		{"当雄县 540122 在拉萨", "540122", true, platform.InLhasa},
		{"自治区本级 540000 需核实所在地", "540000", true, platform.RegionLevel},
		{"日喀则市江孜县 540222 在拉萨市外", "540222", true, platform.OutsideLhasa},
		{"成都市锦江区 510104 在拉萨市外", "510104", true, platform.OutsideLhasa},
		{"前后空格经 ParseDivision 去除", " 540102 ", true, platform.InLhasa},
		{"五位数字不是区划代码", "54010", false, platform.LocalityUnknown},
		{"七位数字不是区划代码", "5401021", false, platform.LocalityUnknown},
		{"含字母不是区划代码", "54O102", false, platform.LocalityUnknown},
		{"全角数字不是区划代码", "５４０１０２", false, platform.LocalityUnknown},
		{"未提供即地点不明", "", false, platform.LocalityUnknown},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			d, err := platform.ParseDivision(tc.in)
			if !tc.valid {
				var pe *platform.Error
				require.True(t, errors.As(err, &pe), "ParseDivision(%q) = %v", tc.in, err)
				assert.Equal(t, "division", pe.Field)
				assert.Equal(t, platform.LocalityUnknown, platform.Division(tc.in).Locality())
				return
			}
			require.NoError(t, err)
			assert.True(t, d.Valid())
			assert.Equal(t, tc.locality, d.Locality())
		})
	}
	assert.True(t, platform.Division("").IsZero())
	assert.False(t, platform.Division("540102").IsZero())
}

// The credit code's division is the issuing authority's; its locality is that division's.
func TestCreditCodeIssuedIn(t *testing.T) {
	for _, s := range []string{"91540100MA6T000019", "12540000MB1234567P", "91110108MA00123455"} {
		c := platform.MustCreditCode(s)
		assert.Equal(t, platform.Division(s[2:8]), c.IssuedIn(), s)
		assert.Equal(t, c.IssuedIn().Locality(), c.Locality(), s)
	}
	assert.True(t, platform.CreditCode{}.IssuedIn().IsZero())
}

func TestParseTypeName(t *testing.T) {
	rows := []struct {
		name string
		in   string
		typ  platform.Type
		cat  platform.Category
	}{
		{"全角括号中的类别", "新型研发机构（服务类）", platform.NewRDInstitution, platform.Service},
		{"半角括号中的类别", "新型研发机构(工业类)", platform.NewRDInstitution, platform.Industry},
		{"括号中不带“类”字的类别", "新型研发机构（农业）", platform.NewRDInstitution, platform.Agriculture},
		{"类别写在名称之前", "其他类新型研发机构", platform.NewRDInstitution, platform.OtherCategory},
		{"冠以拉萨市的新型研发机构与类别", "拉萨市新型研发机构（服务类）", platform.NewRDInstitution, platform.Service},
		{"冠以市级", "市级重点实验室", platform.KeyLaboratory, 0},
		{"冠以拉萨市（附件标题）", "拉萨市工程技术研究中心", platform.EngineeringCenter, 0},
		{"冠以拉萨市市级", "拉萨市市级技术创新中心", platform.InnovationCenter, 0},
		{"办法他处的写法", "市级工程技术中心", platform.EngineeringCenter, 0},
		{"全角空格", "\u3000临床医学研究中心\u3000", platform.ClinicalCenter, 0},
		{"稳定代码", "field_station", platform.FieldStation, 0},
		{"未写类别的新型研发机构", "新型研发机构", platform.NewRDInstitution, 0},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			typ, cat, err := platform.ParseTypeName(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.typ, typ)
			assert.Equal(t, tc.cat, cat)
		})
	}
	for _, bad := range []string{"", "重点实验室（服务类）", "新型研发机构（）", "新型研发机构（交通类）",
		"新型研发机构服务类)", "自治区级重点实验室", "实验室", "服务类重点实验室"} {
		t.Run("不接受 "+bad, func(t *testing.T) {
			_, _, err := platform.ParseTypeName(bad)
			var pe *platform.Error
			require.True(t, errors.As(err, &pe), "ParseTypeName(%q) = %v", bad, err)
			assert.Equal(t, "type", pe.Field)
		})
	}
	// ParseType keeps its stricter meaning.
	_, err := platform.ParseType("市级重点实验室")
	assert.Error(t, err)
}

// FuzzParseTypeName: never panics; a name it accepts is a valid type, a category only with
// a 新型研发机构, and the type's own Chinese name (with the category) reads back the same.
func FuzzParseTypeName(f *testing.F) {
	for _, s := range []string{"新型研发机构（服务类）", "市级重点实验室", "拉萨市工程技术研究中心", "(", "（）", "服务类新型研发机构"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		typ, cat, err := platform.ParseTypeName(s)
		if err != nil {
			var pe *platform.Error
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *platform.Error", err)
			}
			return
		}
		if !typ.Valid() || (cat != 0 && (!cat.Valid() || typ != platform.NewRDInstitution)) {
			t.Fatalf("ParseTypeName(%q) = %v, %v", s, typ, cat)
		}
		name := typ.Chinese()
		if cat != 0 {
			name += "（" + cat.Chinese() + "类）"
		}
		if t2, c2, err := platform.ParseTypeName(name); err != nil || t2 != typ || c2 != cat {
			t.Fatalf("%q read back as %v, %v, %v", name, t2, c2, err)
		}
	})
}
