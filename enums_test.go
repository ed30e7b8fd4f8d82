package platform_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// enumValue is what every enum of the root package offers.
type enumValue interface {
	comparable
	fmt.Stringer
	encoding.TextMarshaler
	Chinese() string
	English() string
	Valid() bool
}

// enumRow is one value of an enum with its code, Chinese and English names.
type enumRow[T enumValue] struct {
	name string
	cite string
	v    T
	code string
	zh   string
	en   string
}

// checkEnum proves, for each row, that the value prints, round-trips through text and JSON,
// and parses back from both its code and its Chinese name.
func checkEnum[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, rows []enumRow[T], parse func(string) (T, error)) {
	t.Helper()
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.True(t, tc.v.Valid())
			assert.Equal(t, tc.code, tc.v.String())
			assert.Equal(t, tc.zh, tc.v.Chinese())
			assert.Equal(t, tc.en, tc.v.English())

			b, err := tc.v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.code, string(b))
			var back T
			require.NoError(t, P(&back).UnmarshalText(b))
			assert.Equal(t, tc.v, back)

			j, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, `"`+tc.code+`"`, string(j))
			var jb T
			require.NoError(t, json.Unmarshal(j, &jb))
			assert.Equal(t, tc.v, jb)
			var jz T
			require.NoError(t, json.Unmarshal([]byte(`"`+tc.zh+`"`), &jz))
			assert.Equal(t, tc.v, jz)

			for _, s := range []string{tc.code, tc.zh} {
				got, err := parse(s)
				require.NoError(t, err, s)
				assert.Equal(t, tc.v, got, s)
			}
		})
	}
}

// checkRejects proves that each input is rejected with an *platform.Error of Kind ErrInvalid
// naming the bad input, both by the parser and by JSON decoding.
func checkRejects[T enumValue](t *testing.T, op string, inputs []string, parse func(string) (T, error)) {
	t.Helper()
	for _, in := range inputs {
		t.Run(fmt.Sprintf("%q is not a value", in), func(t *testing.T) {
			got, err := parse(in)
			assert.True(t, err != nil, "an error")
			var zero T
			assert.Equal(t, zero, got)
			assert.True(t, errors.Is(err, platform.ErrInvalid))
			assert.True(t, !errors.Is(err, platform.ErrRange))
			var pe *platform.Error
			assert.True(t, errors.As(err, &pe))
			assert.Equal(t, platform.ErrInvalid, pe.Kind)
			assert.Equal(t, op, pe.Op)
			assert.Equal(t, in, pe.Input)

			var v T
			jerr := json.Unmarshal([]byte(`"`+in+`"`), &v)
			assert.True(t, errors.Is(jerr, platform.ErrInvalid), "json: %v", jerr)
		})
	}
}

// checkTrims proves that surrounding space is ignored, as every Parse… of the package does.
func checkTrims[T enumValue](t *testing.T, in string, want T, parse func(string) (T, error)) {
	t.Helper()
	t.Run(fmt.Sprintf("%q parses with its space trimmed", in), func(t *testing.T) {
		got, err := parse(in)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	})
}

// checkInvalid proves that a value outside the set prints as %!Type(n), has no names, and
// refuses to marshal.
func checkInvalid[T enumValue](t *testing.T, v T, want string) {
	t.Helper()
	t.Run(want+" is printed for a value outside the set", func(t *testing.T) {
		assert.True(t, !v.Valid())
		assert.Equal(t, want, v.String())
		assert.Equal(t, want, fmt.Sprint(v))
		assert.Equal(t, "", v.Chinese())
		assert.Equal(t, "", v.English())
		_, err := v.MarshalText()
		assert.True(t, errors.Is(err, platform.ErrInvalid))
		_, err = json.Marshal(v)
		var pe *platform.Error
		assert.True(t, errors.As(err, &pe), "json.Marshal keeps the *platform.Error: %v", err)
	})
}

func TestType(t *testing.T) {
	checkEnum(t, []enumRow[platform.Type]{
		{"第二条 工程技术研究中心 is engineering_research_center", "第二条", platform.EngineeringCenter, "engineering_research_center", "工程技术研究中心", "engineering technology research center"},
		{"第二条 野外科学观测研究站 is field_station", "第二条", platform.FieldStation, "field_station", "野外科学观测研究站", "field scientific observation and research station"},
		{"第二条 重点实验室 is key_laboratory", "第二条", platform.KeyLaboratory, "key_laboratory", "重点实验室", "key laboratory"},
		{"第二条 技术创新中心 is technology_innovation_center", "第二条", platform.InnovationCenter, "technology_innovation_center", "技术创新中心", "technology innovation center"},
		{"第二条 临床医学研究中心 is clinical_research_center", "第二条", platform.ClinicalCenter, "clinical_research_center", "临床医学研究中心", "clinical medical research center"},
		{"第二条 新型研发机构 is new_rd_institution", "第二条", platform.NewRDInstitution, "new_rd_institution", "新型研发机构", "new-type R&D institution"},
	}, platform.ParseType)

	aliases := []struct {
		name string
		in   string
		want platform.Type
	}{
		{"第十五条 writes 工程技术中心 for the engineering centre", "工程技术中心", platform.EngineeringCenter},
		{"the annex heading 拉萨市重点实验室 names the key laboratory", "拉萨市重点实验室", platform.KeyLaboratory},
		{"the annex heading 拉萨市新型研发机构 names the new-type institution", "拉萨市新型研发机构", platform.NewRDInstitution},
		{"the annex writes 野外观测研究站 for the field station", "野外观测研究站", platform.FieldStation},
		{"野外站 is the short name of the field station", "野外站", platform.FieldStation},
		{"surrounding space is ignored", " 重点实验室\t", platform.KeyLaboratory},
	}
	for _, tc := range aliases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := platform.ParseType(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			var v platform.Type
			require.NoError(t, v.UnmarshalText([]byte(tc.in)))
			assert.Equal(t, tc.want, v)
		})
	}
	checkRejects(t, "platform.ParseType", []string{"", "重点实验", "Key_Laboratory", "国家重点实验室", "拉萨市工程技术中心", "laboratory"}, platform.ParseType)
	checkInvalid(t, platform.Type(0), "%!Type(0)")
	checkInvalid(t, platform.Type(7), "%!Type(7)")
	checkInvalid(t, platform.Type(255), "%!Type(255)")

	t.Run("Types lists the six types in annex order as a fresh slice", func(t *testing.T) {
		ts := platform.Types()
		assert.Equal(t, []platform.Type{1, 2, 3, 4, 5, 6}, ts)
		ts[0] = 0
		assert.Equal(t, platform.EngineeringCenter, platform.Types()[0])
	})
	t.Run("the annex section of a type is its name after 拉萨市", func(t *testing.T) {
		assert.Equal(t, "拉萨市重点实验室", platform.KeyLaboratory.AnnexSection())
		assert.Equal(t, "拉萨市临床医学研究中心", platform.ClinicalCenter.AnnexSection())
		assert.Equal(t, "", platform.Type(9).AnnexSection())
	})
}

func TestCategory(t *testing.T) {
	checkEnum(t, []enumRow[platform.Category]{
		{"附件·拉萨市新型研发机构 第三条（三） 农业 is agriculture", "附件·拉萨市新型研发机构 第三条（三）", platform.Agriculture, "agriculture", "农业", "agriculture"},
		{"附件·拉萨市新型研发机构 第三条（三） 工业 is industry", "附件·拉萨市新型研发机构 第三条（三）", platform.Industry, "industry", "工业", "industry"},
		{"附件·拉萨市新型研发机构 第三条（三） 服务 is service", "附件·拉萨市新型研发机构 第三条（三）", platform.Service, "service", "服务", "services"},
		{"附件·拉萨市新型研发机构 第三条（三） 其他 is other", "附件·拉萨市新型研发机构 第三条（三）", platform.OtherCategory, "other", "其他", "other"},
	}, platform.ParseCategory)
	for _, tc := range []struct {
		name string
		in   string
		want platform.Category
	}{
		{"the clause writes 工业类 with 类", "工业类", platform.Industry},
		{"农业类 is agriculture", "农业类", platform.Agriculture},
		{"服务类 is service", "服务类", platform.Service},
		{"其他类 is other", "其他类", platform.OtherCategory},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := platform.ParseCategory(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	checkRejects(t, "platform.ParseCategory", []string{"", "商业", "工业类类", "Industry", "类"}, platform.ParseCategory)
	checkInvalid(t, platform.Category(0), "%!Category(0)")
	checkInvalid(t, platform.Category(5), "%!Category(5)")
	assert.Equal(t, []platform.Category{platform.Agriculture, platform.Industry, platform.Service, platform.OtherCategory}, platform.Categories())
}

func TestLevel(t *testing.T) {
	checkEnum(t, []enumRow[platform.Level]{
		{"第十一条 市级 is city", "第十一条", platform.City, "city", "市级", "city level"},
		{"第十七条 自治区级 is regional", "第十七条", platform.Regional, "regional", "自治区级", "autonomous-region level"},
		{"第十七条 国家级 is national", "第十七条", platform.National, "national", "国家级", "national level"},
	}, platform.ParseLevel)
	checkRejects(t, "platform.ParseLevel", []string{"", "省级", "市", "National"}, platform.ParseLevel)
	checkTrims(t, " 国家级\n", platform.National, platform.ParseLevel)
	checkInvalid(t, platform.Level(0), "%!Level(0)")
	checkInvalid(t, platform.Level(4), "%!Level(4)")
	t.Run("levels are listed and ordered lowest first: 市级 < 自治区级 < 国家级", func(t *testing.T) {
		assert.Equal(t, []platform.Level{platform.City, platform.Regional, platform.National}, platform.Levels())
		assert.True(t, platform.City < platform.Regional)
		assert.True(t, platform.Regional < platform.National)
	})
}

func TestGrade(t *testing.T) {
	checkEnum(t, []enumRow[platform.Grade]{
		{"第二十二条 优秀 is excellent", "第二十二条", platform.Excellent, "excellent", "优秀", "excellent"},
		{"第二十二条 良好 is good", "第二十二条", platform.Good, "good", "良好", "good"},
		{"第二十二条 合格 is qualified", "第二十二条", platform.Qualified, "qualified", "合格", "qualified"},
		{"第二十二条 较差 is poor", "第二十二条", platform.Poor, "poor", "较差", "poor"},
	}, platform.ParseGrade)
	checkRejects(t, "platform.ParseGrade", []string{"", "不合格", "差", "Excellent"}, platform.ParseGrade)
	checkTrims(t, " 优秀 ", platform.Excellent, platform.ParseGrade)
	checkInvalid(t, platform.Grade(0), "%!Grade(0)")
	checkInvalid(t, platform.Grade(5), "%!Grade(5)")
	t.Run("第二十二条 grades run best first: 优秀 is better than 良好, not the reverse, and no grade is better than itself", func(t *testing.T) {
		assert.Equal(t, []platform.Grade{platform.Excellent, platform.Good, platform.Qualified, platform.Poor}, platform.Grades())
		assert.True(t, platform.Excellent.Better(platform.Good))
		assert.True(t, platform.Qualified.Better(platform.Poor))
		assert.True(t, !platform.Good.Better(platform.Excellent))
		assert.True(t, !platform.Good.Better(platform.Good))
	})
}

func TestOutcome(t *testing.T) {
	checkEnum(t, []enumRow[platform.Outcome]{
		{"a rule met is pass, 符合", "", platform.Pass, "pass", "符合", "pass"},
		{"a rule not met is fail, 不符合", "", platform.Fail, "fail", "不符合", "fail"},
		{"a fact missing is unknown, 信息不全", "", platform.Unknown, "unknown", "信息不全", "unknown"},
		{"a judgment missing is review, 需评审", "", platform.Review, "review", "需评审", "needs review"},
	}, platform.ParseOutcome)
	checkRejects(t, "platform.ParseOutcome", []string{"", "PASS", "通过", "needs review"}, platform.ParseOutcome)
	checkTrims(t, " fail\t", platform.Fail, platform.ParseOutcome)
	checkTrims(t, " 需评审 ", platform.Review, platform.ParseOutcome)
	checkInvalid(t, platform.Outcome(0), "%!Outcome(0)")
	checkInvalid(t, platform.Outcome(5), "%!Outcome(5)")
}

func TestVerdict(t *testing.T) {
	checkEnum(t, []enumRow[platform.Verdict]{
		{"every finding passing is eligible, 符合备案标准", "", platform.Eligible, "eligible", "符合备案标准", "eligible"},
		{"a failing finding is ineligible, 不符合备案标准", "", platform.Ineligible, "ineligible", "不符合备案标准", "ineligible"},
		{"an unknown finding is incomplete, 材料不全", "", platform.Incomplete, "incomplete", "材料不全", "incomplete"},
		{"a finding needing review is needs_review, 需专家评审", "", platform.NeedsReview, "needs_review", "需专家评审", "needs review"},
	}, platform.ParseVerdict)
	checkRejects(t, "platform.ParseVerdict", []string{"", "Eligible", "符合", "needs review"}, platform.ParseVerdict)
	checkTrims(t, " needs_review ", platform.NeedsReview, platform.ParseVerdict)
	checkInvalid(t, platform.Verdict(0), "%!Verdict(0)")
	checkInvalid(t, platform.Verdict(9), "%!Verdict(9)")
}

func TestBoundWordNames(t *testing.T) {
	rows := []struct {
		name      string
		w         platform.BoundWord
		zh, code  string
		en, sym   string
		inclusive bool
		lower     bool
	}{
		{"以上 includes the number (《民法典》第一千二百五十九条)", platform.AtLeastYiShang, "以上", "yishang", "or more", "≥", true, true},
		{"不低于 means at least", platform.AtLeastBuDiYu, "不低于", "budiyu", "at least", "≥", true, true},
		{"不少于 means at least", platform.AtLeastBuShaoYu, "不少于", "bushaoyu", "at least", "≥", true, true},
		{"满 includes the number", platform.AtLeastMan, "满", "man", "fully", "≥", true, true},
		{"高于 is strict", platform.MoreThanGaoYu, "高于", "gaoyu", "more than", ">", false, true},
		{"超过 excludes the number (《民法典》第一千二百五十九条)", platform.MoreThanChaoGuo, "超过", "chaoguo", "more than", ">", false, true},
		{"以下 includes the number (《民法典》第一千二百五十九条)", platform.AtMostYiXia, "以下", "yixia", "or less", "≤", true, false},
		{"以内 includes the number (《民法典》第一千二百五十九条)", platform.AtMostYiNei, "以内", "yinei", "within", "≤", true, false},
		{"不超过 means at most", platform.AtMostBuChaoGuo, "不超过", "buchaoguo", "not more than", "≤", true, false},
		{"低于 is strict", platform.LessThanDiYu, "低于", "diyu", "less than", "<", false, false},
		{"不满 excludes the number (《民法典》第一千二百五十九条)", platform.LessThanBuMan, "不满", "buman", "less than", "<", false, false},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.True(t, tc.w.Valid())
			assert.Equal(t, tc.zh, tc.w.Chinese())
			assert.Equal(t, tc.code, tc.w.String())
			assert.Equal(t, tc.en, tc.w.English())
			assert.Equal(t, tc.sym, tc.w.Symbol())
			assert.Equal(t, tc.inclusive, tc.w.Inclusive())
			assert.Equal(t, tc.lower, tc.w.Lower())
			r := platform.Rule{Bound: tc.w}
			assert.Equal(t, tc.inclusive, r.Inclusive())

			b, err := tc.w.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.zh, string(b), "text is the clause's word")
			for _, s := range []string{tc.zh, tc.code} {
				got, err := platform.ParseBoundWord(s)
				require.NoError(t, err)
				assert.Equal(t, tc.w, got)
			}
			var back platform.BoundWord
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.w, back)
		})
	}
	t.Run("surrounding space is ignored", func(t *testing.T) {
		got, err := platform.ParseBoundWord(" 不少于 ")
		require.NoError(t, err)
		assert.Equal(t, platform.AtLeastBuShaoYu, got)
	})
	t.Run("届满 reads as 满", func(t *testing.T) {
		got, err := platform.ParseBoundWord("届满")
		require.NoError(t, err)
		assert.Equal(t, platform.AtLeastMan, got)
	})
	t.Run("以外 and unknown words are rejected with ErrInvalid", func(t *testing.T) {
		for _, s := range []string{"", "以外", "至少", "≥"} {
			_, err := platform.ParseBoundWord(s)
			assert.True(t, errors.Is(err, platform.ErrInvalid), s)
			var w platform.BoundWord
			assert.True(t, nil != w.UnmarshalText([]byte(s)))
		}
	})
	t.Run("a word outside the set has no names, admits nothing and refuses to marshal", func(t *testing.T) {
		for _, w := range []platform.BoundWord{0, 12} {
			assert.True(t, !w.Valid())
			assert.Equal(t, "", w.Chinese())
			assert.Equal(t, "", w.English())
			assert.Equal(t, "", w.Symbol())
			assert.True(t, !w.Inclusive())
			assert.True(t, !w.Admits(0))
			assert.True(t, !w.Admits(1))
			assert.True(t, !w.Admits(-1))
			_, err := w.MarshalText()
			assert.True(t, errors.Is(err, platform.ErrInvalid))
		}
		assert.Equal(t, "%!BoundWord(0)", platform.BoundWord(0).String())
		assert.Equal(t, "%!BoundWord(12)", platform.BoundWord(12).String())
	})
}

func TestUnit(t *testing.T) {
	rows := []struct {
		name         string
		u            platform.Unit
		zh, en, code string
	}{
		{"no unit prints nothing", platform.NoUnit, "", "", ""},
		{"人 counts persons", platform.Person, "人", "persons", "person"},
		{"项 counts items", platform.Item, "项", "items", "item"},
		{"篇 counts papers", platform.Paper, "篇", "papers", "paper"},
		{"家 counts institutions", platform.Institution, "家", "institutions", "institution"},
		{"㎡ measures area", platform.SquareMetre, "㎡", "m²", "square_metre"},
		{"元 measures money", platform.Yuan, "元", "yuan", "yuan"},
		{"年 counts years", platform.YearUnit, "年", "years", "year"},
		{"% is a percentage", platform.Percent, "%", "%", "percent"},
		{"日 counts days", platform.DayUnit, "日", "days", "day"},
		{"个工作日 counts working days (第十三条（五）)", platform.WorkingDay, "个工作日", "working days", "working_day"},
		{"例 counts cases", platform.Case, "例", "cases", "case"},
		{"张 counts beds", platform.Bed, "张", "beds", "bed"},
		{"字 counts characters of a name (第十四条)", platform.Character, "字", "characters", "character"},
		{"分 counts evaluation points (第二十一条)", platform.Points, "分", "points", "point"},
		{"a unit outside the set has no names", platform.Unit(15), "", "", "%!Unit(15)"},
		{"a unit far outside the set prints its number", platform.Unit(200), "", "", "%!Unit(200)"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.zh, tc.u.Chinese())
			assert.Equal(t, tc.en, tc.u.English())
			assert.Equal(t, tc.code, tc.u.String())
		})
	}
}
