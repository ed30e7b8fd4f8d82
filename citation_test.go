package platform_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCitationForms(t *testing.T) {
	rows := []struct {
		name  string
		cite  platform.Citation
		zh    string
		en    string
		annex bool
	}{
		{"第二条 cites an article of the main text", platform.Art(2), "第二条", "Art. 2", false},
		{"第十三条（五） cites an item of an article", platform.Art(13, 5), "第十三条（五）", "Art. 13(5)", false},
		{"第七条（二） cites an item of a duty article", platform.Art(7, 2), "第七条（二）", "Art. 7(2)", false},
		{"第二十四条 writes 二十四 without 一", platform.Art(24), "第二十四条", "Art. 24", false},
		{"第二十九条 is the last article", platform.Art(29), "第二十九条", "Art. 29", false},
		{"第二十条第二款 cites a paragraph", platform.Art(20).WithParagraph(2), "第二十条第二款", "Art. 20 para. 2", false},
		{"第十三条第一款（五） cites an item of a paragraph", platform.Art(13, 5).WithParagraph(1), "第十三条第一款（五）", "Art. 13 para. 1(5)", false},
		{"附件·拉萨市重点实验室 第三条（五） cites an item of an annex section", platform.AnnexArt(platform.KeyLaboratory, 3, 5), "附件·拉萨市重点实验室 第三条（五）", "Annex, key laboratory, Art. 3(5)", true},
		{"附件·拉萨市新型研发机构 第三条（三）工业类 names a category", platform.AnnexArt(platform.NewRDInstitution, 3, 3).WithPart("工业类"), "附件·拉萨市新型研发机构 第三条（三）工业类", "Annex, new-type R&D institution, Art. 3(3) 工业类", true},
		{"附件·拉萨市新型研发机构 第一条 cites the definition", platform.AnnexArt(platform.NewRDInstitution, 1), "附件·拉萨市新型研发机构 第一条", "Annex, new-type R&D institution, Art. 1", true},
		{"附件·拉萨市工程技术研究中心 cites a whole annex section", platform.AnnexArt(platform.EngineeringCenter, 0), "附件·拉萨市工程技术研究中心", "Annex, engineering technology research center", true},
		{"附件·拉萨市野外科学观测研究站 第三条（七） cites the field station's last item", platform.AnnexArt(platform.FieldStation, 3, 7), "附件·拉萨市野外科学观测研究站 第三条（七）", "Annex, field scientific observation and research station, Art. 3(7)", true},
		{"《民法典》第二百零一条 writes 零 for the empty tens", platform.CivilCode(201), "《民法典》第二百零一条", "Civil Code Art. 201", false},
		{"《民法典》第二百零二条 is the month-end rule", platform.CivilCode(202), "《民法典》第二百零二条", "Civil Code Art. 202", false},
		{"《民法典》第二百零三条第二款 is the 24:00 rule", platform.CivilCode(203).WithParagraph(2), "《民法典》第二百零三条第二款", "Civil Code Art. 203 para. 2", false},
		{"《民法典》第一千二百五十九条 is the boundary-word rule", platform.CivilCode(1259), "《民法典》第一千二百五十九条", "Civil Code Art. 1259", false},
		{"another law is rendered with its own title", platform.Citation{Law: "西藏自治区野外科学观测研究站管理办法", Article: 1}, "《西藏自治区野外科学观测研究站管理办法》第一条", "西藏自治区野外科学观测研究站管理办法 Art. 1", false},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.cite
			assert.True(t, c.Valid(), "valid")
			assert.True(t, !c.IsZero(), "not zero")
			assert.Equal(t, tc.annex, c.IsAnnex())
			assert.Equal(t, tc.zh, c.String())
			assert.Equal(t, tc.en, c.English())

			back, err := platform.ParseCitation(tc.zh)
			require.NoError(t, err)
			assert.Equal(t, c, back, "parses back")
			assert.Equal(t, c, platform.MustCitation(tc.zh))

			b, err := c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.zh, string(b))
			var u platform.Citation
			require.NoError(t, u.UnmarshalText(b))
			assert.Equal(t, c, u)

			j, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, `"`+tc.zh+`"`, string(j))
			var jb platform.Citation
			require.NoError(t, json.Unmarshal(j, &jb))
			assert.Equal(t, c, jb)
		})
	}
}

func TestCitationRejects(t *testing.T) {
	rows := []struct {
		name string
		in   string
	}{
		{"an empty string cites nothing parseable", ""},
		{"an article needs 条", "第十三"},
		{"一十三 is not the canonical numeral", "第一十三条"},
		{"二百一 is not the canonical numeral for 201", "《民法典》第二百一条"},
		{"there is no 第零条", "第零条"},
		{"Arabic numerals are not the official form", "第13条"},
		{"a bare number is not a citation", "13"},
		{"万 is beyond the numerals", "第一万条"},
		{"an unknown annex section is rejected", "附件·拉萨市重点实验 第三条"},
		{"the annex section must be separated by exactly one space", "附件·拉萨市重点实验室  第三条"},
		{"the annex section is followed by a space only when an article follows", "附件·拉萨市重点实验室 "},
		{"the annex needs its section", "附件·"},
		{"an empty law title is rejected", "《》第一条"},
		{"an unclosed law title is rejected", "《民法典第一条"},
		{"another law has no annex of these measures", "《民法典》附件·拉萨市重点实验室 第三条"},
		{"an unclosed item is rejected", "第十三条（五"},
		{"an empty paragraph number is rejected", "第十三条第款"},
		{"a paragraph needs 款", "第十三条第二"},
		{"a second item is not a part", "第十三条（五）（六）"},
		{"trailing space is not a part", "第十三条 "},
		{"leading space is rejected", " 第十三条"},
		{"an article number above 9999 is rejected", "第一万零一条"},
		{"a paragraph before the article is rejected", "第二款第一条"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			c, err := platform.ParseCitation(tc.in)
			assert.True(t, err != nil, "an error for %v", tc.in)
			assert.True(t, c.IsZero(), "the zero citation on error")
			assert.True(t, errors.Is(err, platform.ErrInvalid), err)
			var pe *platform.Error
			if errors.As(err, &pe) {
				assert.Equal(t, "platform.ParseCitation", pe.Op)
				assert.Equal(t, "citation", pe.Field)
				assert.Equal(t, tc.in, pe.Input)
			} else {
				t.Errorf("not a *platform.Error: %T", err)
			}
			if tc.in != "" {
				var u platform.Citation
				assert.True(t, u.UnmarshalText([]byte(tc.in)) != nil, "UnmarshalText rejects it")
			}
		})
	}
	t.Run("MustCitation panics on a malformed citation", func(t *testing.T) {
		defer func() { assert.True(t, recover() != nil, "panic") }()
		platform.MustCitation("第一十三条")
	})
}

func TestCitationInvalidValues(t *testing.T) {
	rows := []struct {
		name string
		c    platform.Citation
	}{
		{"a negative article is invalid", platform.Citation{Article: -1}},
		{"an article above 9999 is invalid", platform.Art(10000)},
		{"a negative paragraph is invalid", platform.Art(1).WithParagraph(-1)},
		{"a paragraph above 9999 is invalid", platform.Art(1).WithParagraph(10000)},
		{"a negative item is invalid", platform.Art(1, -1)},
		{"an item above 9999 is invalid", platform.Art(1, 10000)},
		{"an annex section that does not exist is invalid", platform.AnnexArt(platform.Type(9), 1)},
		{"an annex citation of another law is invalid", platform.Citation{Law: "民法典", Annex: platform.KeyLaboratory, Article: 1}},
		{"a paragraph without an article is invalid", platform.Citation{Paragraph: 1}},
		{"an item without an article is invalid", platform.Citation{Item: 1}},
		{"a part without an article is invalid", platform.Citation{Part: "工业类"}},
		{"a whole annex section cannot have an item", platform.Citation{Annex: platform.KeyLaboratory, Item: 1}},
		{"a whole law cannot be cited without an article", platform.Citation{Law: "民法典"}},
		{"a law title with 《》 is invalid", platform.Citation{Law: "《民法典》", Article: 1}},
		{"a law title with surrounding space is invalid", platform.Citation{Law: " 民法典", Article: 1}},
		{"a law title with a control character is invalid", platform.Citation{Law: "民\x01法典", Article: 1}},
		{"a law title that is not UTF-8 is invalid", platform.Citation{Law: "民\xff", Article: 1}},
		{"a part that starts like an item is invalid", platform.Art(1).WithPart("（一）")},
		{"a part that starts like a paragraph is invalid", platform.Art(1).WithPart("第二款")},
		{"a part with surrounding space is invalid", platform.Art(1).WithPart(" 工业类")},
		{"a part with a newline is invalid", platform.Art(1).WithPart("工业\n类")},
		{"a part with DEL is invalid", platform.Art(1).WithPart("工业\x7f")},
		{"a part with U+FFFD is invalid", platform.Art(1).WithPart("工业\ufffd")},
		{"a part that is not UTF-8 is invalid", platform.Art(1).WithPart("\xe5\xb7")},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.True(t, !tc.c.Valid(), "invalid")
			assert.Equal(t, "", tc.c.String())
			assert.Equal(t, "", tc.c.English())
			_, err := tc.c.MarshalText()
			assert.True(t, errors.Is(err, platform.ErrInvalid), err)
			_, err = json.Marshal(tc.c)
			assert.True(t, errors.Is(err, platform.ErrInvalid), err)
		})
	}
	t.Run("the zero citation cites nothing and empty text decodes to it", func(t *testing.T) {
		var z platform.Citation
		assert.True(t, z.IsZero())
		assert.True(t, !z.IsAnnex())
		assert.True(t, !z.Valid())
		assert.Equal(t, "", z.String())
		assert.Equal(t, "", z.English())
		u := platform.Art(3)
		require.NoError(t, u.UnmarshalText(nil))
		assert.True(t, u.IsZero())
		b, err := z.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, "", string(b))
		j, err := json.Marshal(z)
		require.NoError(t, err)
		assert.Equal(t, `""`, string(j), "the zero citation is empty text, which decodes back to it")
		u = platform.Art(3)
		require.NoError(t, json.Unmarshal(j, &u))
		assert.True(t, u.IsZero())
	})
}

func TestNumeral(t *testing.T) {
	rows := []struct {
		name string
		n    int
		zh   string
	}{
		{"一 is 1", 1, "一"}, {"二 is 2", 2, "二"}, {"三 is 3", 3, "三"}, {"四 is 4", 4, "四"},
		{"五 is 5", 5, "五"}, {"六 is 6", 6, "六"}, {"七 is 7", 7, "七"}, {"八 is 8", 8, "八"},
		{"九 is 9", 9, "九"},
		{"十 is 10, without 一", 10, "十"},
		{"十一 is 11, without 一 before 十", 11, "十一"}, {"十二 is 12", 12, "十二"},
		{"十三 is 13", 13, "十三"}, {"十四 is 14", 14, "十四"}, {"十五 is 15", 15, "十五"},
		{"十六 is 16", 16, "十六"}, {"十七 is 17", 17, "十七"}, {"十八 is 18", 18, "十八"},
		{"十九 is 19", 19, "十九"},
		{"二十 is 20", 20, "二十"}, {"二十一 is 21", 21, "二十一"}, {"二十二 is 22", 22, "二十二"},
		{"二十三 is 23", 23, "二十三"}, {"二十四 is 24", 24, "二十四"}, {"二十五 is 25", 25, "二十五"},
		{"二十六 is 26", 26, "二十六"}, {"二十七 is 27", 27, "二十七"}, {"二十八 is 28", 28, "二十八"},
		{"二十九 is 29", 29, "二十九"},
		{"一百 is 100", 100, "一百"},
		{"一百零一 is 101, with 零 for the empty tens", 101, "一百零一"},
		{"一百一十 is 110, with 一 before 十 after 百", 110, "一百一十"},
		{"二百零一 is 《民法典》第二百零一条", 201, "二百零一"},
		{"一千 is 1000", 1000, "一千"},
		{"一千零九 is 1009, one 零 for two empty places", 1009, "一千零九"},
		{"一千零一十 is 1010", 1010, "一千零一十"},
		{"一千二百五十九 is 《民法典》第一千二百五十九条", 1259, "一千二百五十九"},
		{"九千九百九十九 is the largest numeral", 9999, "九千九百九十九"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.zh, platform.Numeral(tc.n))
			n, err := platform.ParseNumeral(tc.zh)
			require.NoError(t, err)
			assert.Equal(t, tc.n, n)
		})
	}
	t.Run("numbers outside 1–9999 have no numeral", func(t *testing.T) {
		for _, n := range []int{0, -1, 10000, 1 << 40} {
			assert.Equal(t, "", platform.Numeral(n), n)
		}
	})
	rejects := []struct {
		name string
		in   string
	}{
		{"一十三 is not canonical: 13 is 十三", "一十三"},
		{"二百一 is not canonical: 201 is 二百零一", "二百一"},
		{"一百一 is not canonical: 110 is 一百一十", "一百一"},
		{"一千零十 is not canonical: 1010 is 一千零一十", "一千零十"},
		{"一百零零一 doubles 零", "一百零零一"},
		{"零 alone is not a numeral", "零"},
		{"〇 is not written", "〇"},
		{"十十 is not a numeral", "十十"},
		{"两 is not used in article numbers", "两"},
		{"Arabic digits are rejected", "13"},
		{"empty is rejected", ""},
		{"an over-long string is rejected", strings.Repeat("一", 11)},
		{"一万 is out of range", "一万"},
	}
	for _, tc := range rejects {
		t.Run(tc.name, func(t *testing.T) {
			n, err := platform.ParseNumeral(tc.in)
			assert.Equal(t, 0, n)
			assert.True(t, errors.Is(err, platform.ErrInvalid), err)
			var pe *platform.Error
			assert.True(t, errors.As(err, &pe))
			if pe != nil {
				assert.Equal(t, "platform.ParseNumeral", pe.Op)
				assert.Equal(t, tc.in, pe.Input)
			}
		})
	}
}
