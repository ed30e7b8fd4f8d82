package naming_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/naming"
)

// composeRow is one good name: a type, a direction as a caller might type it, and the
// official name it gives.
type composeRow struct {
	name string
	rule string
	cite platform.Citation
	typ  platform.Type
	dir  string
	want string
	// wantDir is the normalised direction.
	wantDir string
}

var art14 = platform.Art(14)

// goodNames is a table per type (第十四条), with real-looking directions.
var goodNames = map[platform.Type][]composeRow{
	platform.EngineeringCenter: {
		{"工程技术研究中心：高原生命健康", "naming.14.suffix", art14, platform.EngineeringCenter, "高原生命健康", "拉萨市高原生命健康工程技术研究中心", "高原生命健康"},
		{"工程技术研究中心：藏医药资源保护与开发", "naming.14.suffix", art14, platform.EngineeringCenter, "藏医药资源保护与开发", "拉萨市藏医药资源保护与开发工程技术研究中心", "藏医药资源保护与开发"},
		{"工程技术研究中心：青稞精深加工", "naming.14.prefix", art14, platform.EngineeringCenter, "青稞精深加工", "拉萨市青稞精深加工工程技术研究中心", "青稞精深加工"},
		{"工程技术研究中心：半角括号改为全角", "naming.14.direction.no_ascii_punct", art14, platform.EngineeringCenter, "藏药(藏医)现代化", "拉萨市藏药（藏医）现代化工程技术研究中心", "藏药（藏医）现代化"},
	},
	platform.FieldStation: {
		{"野外科学观测研究站：拉萨河湿地生态", "naming.14.suffix", art14, platform.FieldStation, "拉萨河湿地生态", "拉萨市拉萨河湿地生态野外科学观测研究站", "拉萨河湿地生态"},
		{"野外科学观测研究站：以“拉萨”开头的方向不是“拉萨市”", "naming.14.direction.no_prefix", art14, platform.FieldStation, "拉萨高寒草甸", "拉萨市拉萨高寒草甸野外科学观测研究站", "拉萨高寒草甸"},
		{"野外科学观测研究站：高原冻土", "naming.14.direction.nonempty", art14, platform.FieldStation, "高原冻土", "拉萨市高原冻土野外科学观测研究站", "高原冻土"},
	},
	platform.KeyLaboratory: {
		{"重点实验室：高原心脑血管病", "naming.14.suffix", art14, platform.KeyLaboratory, "高原心脑血管病", "拉萨市高原心脑血管病重点实验室", "高原心脑血管病"},
		{"重点实验室：高原生物多样性", "naming.14.suffix", art14, platform.KeyLaboratory, "高原生物多样性", "拉萨市高原生物多样性重点实验室", "高原生物多样性"},
		{"重点实验室：全角字母数字改为半角", "naming.14.direction.characters", art14, platform.KeyLaboratory, "高原ＤＮＡ条形码", "拉萨市高原DNA条形码重点实验室", "高原DNA条形码"},
	},
	platform.InnovationCenter: {
		{"技术创新中心：牦牛产业", "naming.14.suffix", art14, platform.InnovationCenter, "牦牛产业", "拉萨市牦牛产业技术创新中心", "牦牛产业"},
		{"技术创新中心：青稞育种", "naming.14.suffix", art14, platform.InnovationCenter, "青稞育种", "拉萨市青稞育种技术创新中心", "青稞育种"},
		{"技术创新中心：全角５Ｇ改为半角5G", "naming.14.direction.characters", art14, platform.InnovationCenter, "５Ｇ高原应用", "拉萨市5G高原应用技术创新中心", "5G高原应用"},
	},
	platform.ClinicalCenter: {
		{"临床医学研究中心：高原心脑血管病", "naming.14.suffix", art14, platform.ClinicalCenter, "高原心脑血管病", "拉萨市高原心脑血管病临床医学研究中心", "高原心脑血管病"},
		{"临床医学研究中心：包虫病防治", "naming.14.suffix", art14, platform.ClinicalCenter, "包虫病防治", "拉萨市包虫病防治临床医学研究中心", "包虫病防治"},
		{"临床医学研究中心：藏医（藏药）", "naming.14.direction.parentheses", art14, platform.ClinicalCenter, "藏医（藏药）", "拉萨市藏医（藏药）临床医学研究中心", "藏医（藏药）"},
	},
	platform.NewRDInstitution: {
		{"新型研发机构默认以产业技术研究院结尾：净土健康", "naming.14.suffix", art14, platform.NewRDInstitution, "净土健康", "拉萨市净土健康产业技术研究院", "净土健康"},
		{"新型研发机构：高原绿色工业", "naming.14.suffix", art14, platform.NewRDInstitution, "高原绿色工业", "拉萨市高原绿色工业产业技术研究院", "高原绿色工业"},
		{"新型研发机构：数字经济", "naming.14.suffix", art14, platform.NewRDInstitution, "数字经济", "拉萨市数字经济产业技术研究院", "数字经济"},
	},
}

func TestCompose_每类平台(t *testing.T) {
	for _, typ := range platform.Types() {
		rows := goodNames[typ]
		if len(rows) == 0 {
			t.Errorf("no rows for %v", typ)
		}
		for _, tc := range rows {
			t.Run(tc.name, func(t *testing.T) {
				n, err := naming.Compose(tc.typ, tc.dir, naming.Options{})
				if err != nil {
					t.Fatalf("Compose(%v, %q) error %v (%s, %s)", tc.typ, tc.dir, err, tc.rule, tc.cite)
				}
				if got := n.String(); got != tc.want {
					t.Errorf("Compose(%v, %q) = %q, want %q (%s)", tc.typ, tc.dir, got, tc.want, tc.cite)
				}
				if n.Type() != tc.typ || n.Direction() != tc.wantDir {
					t.Errorf("Type, Direction = %v, %q; want %v, %q", n.Type(), n.Direction(), tc.typ, tc.wantDir)
				}
				p, err := naming.Parse(n.String(), naming.Options{})
				if err != nil || p != n {
					t.Errorf("Parse(Compose(x)) = %v, %v; want %v", p, err, n)
				}
				// The name as the caller typed it parses to the same Name.
				p, err = naming.Parse(naming.Prefix+tc.dir+n.Suffix(), naming.Options{})
				if err != nil || p != n {
					t.Errorf("Parse(%q) = %v, %v; want %v", naming.Prefix+tc.dir+n.Suffix(), p, err, n)
				}
			})
		}
	}
}

func TestComposeSuffix_新型研发机构工业技术研究院(t *testing.T) {
	annex := platform.AnnexArt(platform.NewRDInstitution, 1)
	tests := []struct {
		name string
		rule string
		cite platform.Citation
		typ  platform.Type
		suf  string
		opts naming.Options
		want string
		err  *want
	}{
		{"默认：工业技术研究院依附件第一条可用", "naming.14.suffix.annex", annex, platform.NewRDInstitution, "工业技术研究院", naming.Options{}, "拉萨市高原绿色工业技术研究院", nil},
		{"默认：产业技术研究院可选", "naming.14.suffix", art14, platform.NewRDInstitution, "产业技术研究院", naming.Options{}, "拉萨市高原绿色产业技术研究院", nil},
		{"只用第十四条列举的名称：产业技术研究院仍可用", "naming.14.suffix", art14, platform.NewRDInstitution, "产业技术研究院", naming.Options{OnlyListedSuffixes: true}, "拉萨市高原绿色产业技术研究院", nil},
		{"只用第十四条列举的名称：工业技术研究院不可用", "naming.14.suffix.annex", annex, platform.NewRDInstitution, "工业技术研究院", naming.Options{OnlyListedSuffixes: true}, "",
			&want{"naming.14.suffix.annex", platform.ErrInvalid, "suffix", "工业技术研究院"}},
		{"后缀不属于该类型", "naming.14.suffix", art14, platform.KeyLaboratory, "工业技术研究院", naming.Options{}, "",
			&want{"naming.14.suffix", platform.ErrInvalid, "suffix", "工业技术研究院"}},
		{"类型无效", "naming.14.suffix", art14, platform.Type(0), "重点实验室", naming.Options{}, "",
			&want{"naming.14.suffix", platform.ErrInvalid, "type", "%!Type(0)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := naming.ComposeSuffix(tc.typ, tc.suf, "高原绿色", tc.opts)
			if tc.err != nil {
				expectProblem(t, err, "naming.ComposeSuffix", *tc.err)
				if !n.IsZero() {
					t.Errorf("Name = %v on error, want zero", n)
				}
				return
			}
			if err != nil || n.String() != tc.want || n.Suffix() != tc.suf {
				t.Fatalf("ComposeSuffix = %q, %v; want %q (%s)", n, err, tc.want, tc.cite)
			}
			p, err := naming.Parse(n.String(), tc.opts)
			if err != nil || p != n {
				t.Errorf("Parse(ComposeSuffix(x)) = %v, %v; want %v", p, err, n)
			}
		})
	}
}

func TestCompose_不合格的核心研究方向(t *testing.T) {
	tests := []struct {
		name string
		typ  platform.Type
		dir  string
		want want
	}{
		{"核心研究方向为空", platform.KeyLaboratory, "", want{"naming.14.direction.nonempty", platform.ErrMissing, "direction", ""}},
		{"核心研究方向以拉萨市开头", platform.KeyLaboratory, "拉萨市高原生态", want{"naming.14.direction.no_prefix", platform.ErrInvalid, "direction[1]", "拉萨市"}},
		{"核心研究方向含重点实验室", platform.KeyLaboratory, "高原重点实验室", want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "direction[3]", "重点实验室"}},
		{"核心研究方向含另一类型的后缀", platform.InnovationCenter, "藏药工程技术研究中心联合", want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "direction[3]", "工程技术研究中心"}},
		{"核心研究方向含新型研发机构", platform.NewRDInstitution, "高原新型研发机构", want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "direction[3]", "新型研发机构"}},
		{"核心研究方向含工业技术研究院", platform.NewRDInstitution, "工业技术研究院高原", want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "direction[1]", "工业技术研究院"}},
		{"核心研究方向含办法中的别称工程技术中心", platform.EngineeringCenter, "青稞工程技术中心", want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "direction[3]", "工程技术中心"}},
		{"核心研究方向含附件中的简称野外站（附件·野外科学观测研究站 第三条（六））", platform.FieldStation, "纳木错野外站", want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "direction[4]", "野外站"}},
		{"核心研究方向含附件中的别称野外观测研究站", platform.FieldStation, "纳木错野外观测研究站", want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "direction[4]", "野外观测研究站"}},
		{"核心研究方向含半角空格", platform.KeyLaboratory, "高原 生态", want{"naming.14.direction.no_space", platform.ErrInvalid, "direction[3]", " "}},
		{"核心研究方向含全角空格", platform.KeyLaboratory, "高原\u3000生态", want{"naming.14.direction.no_space", platform.ErrInvalid, "direction[3]", "\u3000"}},
		{"核心研究方向以制表符结尾", platform.KeyLaboratory, "高原生态\t", want{"naming.14.direction.no_space", platform.ErrInvalid, "direction[5]", "\t"}},
		{"核心研究方向含控制字符", platform.KeyLaboratory, "高原\a生态", want{"naming.14.direction.no_control", platform.ErrInvalid, "direction[3]", "\a"}},
		{"核心研究方向含零宽空格", platform.KeyLaboratory, "高原\u200b生态", want{"naming.14.direction.no_control", platform.ErrInvalid, "direction[3]", "\u200b"}},
		{"核心研究方向含半角连字符", platform.KeyLaboratory, "高原-生态", want{"naming.14.direction.no_ascii_punct", platform.ErrInvalid, "direction[3]", "-"}},
		{"核心研究方向含半角句点", platform.KeyLaboratory, "高原生态.", want{"naming.14.direction.no_ascii_punct", platform.ErrInvalid, "direction[5]", "."}},
		{"核心研究方向含顿号", platform.KeyLaboratory, "高原、生态", want{"naming.14.direction.characters", platform.ErrInvalid, "direction[3]", "、"}},
		{"核心研究方向含全角逗号", platform.KeyLaboratory, "高原，生态", want{"naming.14.direction.characters", platform.ErrInvalid, "direction[3]", "，"}},
		{"核心研究方向含间隔号", platform.KeyLaboratory, "高原·生态", want{"naming.14.direction.characters", platform.ErrInvalid, "direction[3]", "·"}},
		{"核心研究方向含藏文", platform.KeyLaboratory, "高原བོད", want{"naming.14.direction.characters", platform.ErrInvalid, "direction[3]", "བ"}},
		{"核心研究方向不是合法的UTF-8", platform.KeyLaboratory, "高原\xff", want{"naming.14.direction.characters", platform.ErrInvalid, "direction[3]", "\xff"}},
		{"左括号未闭合", platform.KeyLaboratory, "藏药（藏医", want{"naming.14.direction.parentheses", platform.ErrInvalid, "direction[3]", "（"}},
		{"右括号无对应左括号", platform.KeyLaboratory, "藏药)藏医", want{"naming.14.direction.parentheses", platform.ErrInvalid, "direction[3]", "）"}},
		{"核心研究方向只有一对空括号（名称“拉萨市（）重点实验室”没有方向）", platform.KeyLaboratory, "（）", want{"naming.14.direction.parentheses", platform.ErrInvalid, "direction[1]", "（）"}},
		{"核心研究方向只有半角空括号", platform.KeyLaboratory, "()", want{"naming.14.direction.parentheses", platform.ErrInvalid, "direction[1]", "（）"}},
		{"核心研究方向末尾有一对空括号", platform.KeyLaboratory, "高原生态（）", want{"naming.14.direction.parentheses", platform.ErrInvalid, "direction[5]", "（）"}},
		{"核心研究方向嵌套的括号里为空", platform.KeyLaboratory, "藏药（（））", want{"naming.14.direction.parentheses", platform.ErrInvalid, "direction[4]", "（）"}},
		{"核心研究方向31个字超过30个字的限度", platform.KeyLaboratory, "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
			want{"naming.14.direction.length", platform.ErrRange, "direction", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"}},
		{"类型无效", platform.Type(9), "高原生态", want{"naming.14.suffix", platform.ErrInvalid, "type", "%!Type(9)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := naming.Compose(tc.typ, tc.dir, naming.Options{})
			expectProblem(t, err, "naming.Compose", tc.want)
			if !n.IsZero() {
				t.Errorf("Compose(%v, %q) = %v with an error, want the zero Name", tc.typ, tc.dir, n)
			}
		})
	}
}

func TestCompose_长度界限(t *testing.T) {
	thirty := "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
	tests := []struct {
		name string
		rule string
		dir  string
		ok   bool
	}{
		{"29个字：不超过30个字", "naming.14.direction.length", thirty[:len(thirty)-3], true},
		{"30个字：恰为界限，不超过", "naming.14.direction.length", thirty, true},
		{"31个字：超过", "naming.14.direction.length", thirty + "一", false},
		{"30个字含全角字母，规范化后仍30个字", "naming.14.direction.length", thirty[:len(thirty)-3] + "Ａ", true},
		{"1个字：最短", "naming.14.direction.nonempty", "茶", true},
		{"0个字：缺失", "naming.14.direction.nonempty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := naming.Compose(platform.KeyLaboratory, tc.dir, naming.Options{})
			if (err == nil) != tc.ok {
				t.Errorf("Compose(%q) err = %v, want ok=%v (%s)", tc.dir, err, tc.ok, tc.rule)
			}
			if !tc.ok && !errors.Is(err, naming.Violation(tc.rule)) {
				t.Errorf("err = %v, want %s", err, tc.rule)
			}
		})
	}
}

func TestCompose_报告全部问题(t *testing.T) {
	_, err := naming.Compose(platform.KeyLaboratory, "拉萨市 高原-生态", naming.Options{})
	for _, w := range []want{
		{"naming.14.direction.no_prefix", platform.ErrInvalid, "direction[1]", "拉萨市"},
		{"naming.14.direction.no_space", platform.ErrInvalid, "direction[4]", " "},
		{"naming.14.direction.no_ascii_punct", platform.ErrInvalid, "direction[7]", "-"},
	} {
		expectProblem(t, err, "naming.Compose", w)
	}
	if n := len(flatten(err)); n != 3 {
		t.Errorf("%d problems, want 3: %v", n, err)
	}
}

func TestCompose_兼容汉字归一(t *testing.T) {
	tests := []struct {
		name string
		rule string
		dir  string
		want string
	}{
		{"康熙部首⾼归为高", "naming.14.direction.characters", "\u2fbc原生态", "高原生态"},
		{"兼容汉字U+F900归为U+8C48", "naming.14.direction.characters", "\uf900原", "\u8c48原"},
		{"〇保留", "naming.14.direction.characters", "二〇二五", "二〇二五"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := naming.Compose(platform.KeyLaboratory, tc.dir, naming.Options{})
			if err != nil || n.Direction() != tc.want {
				t.Errorf("Compose(%q).Direction() = %q, %v; want %q (%s)", tc.dir, n.Direction(), err, tc.want, tc.rule)
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		rule string
		in   string
		opts naming.Options
		typ  platform.Type
		dir  string
		suf  string
	}{
		{"工程技术研究中心取最长后缀", "naming.14.suffix", "拉萨市高原生命健康工程技术研究中心", naming.Options{}, platform.EngineeringCenter, "高原生命健康", "工程技术研究中心"},
		{"临床医学研究中心与工程技术研究中心不混淆", "naming.14.suffix", "拉萨市高原心脑血管病临床医学研究中心", naming.Options{}, platform.ClinicalCenter, "高原心脑血管病", "临床医学研究中心"},
		{"野外科学观测研究站", "naming.14.suffix", "拉萨市拉萨河湿地生态野外科学观测研究站", naming.Options{}, platform.FieldStation, "拉萨河湿地生态", "野外科学观测研究站"},
		{"重点实验室", "naming.14.suffix", "拉萨市藏医药资源保护与开发重点实验室", naming.Options{}, platform.KeyLaboratory, "藏医药资源保护与开发", "重点实验室"},
		{"技术创新中心", "naming.14.suffix", "拉萨市牦牛产业技术创新中心", naming.Options{}, platform.InnovationCenter, "牦牛产业", "技术创新中心"},
		{"产业技术研究院：方向不吞掉“产业”", "naming.14.suffix", "拉萨市牦牛产业技术研究院", naming.Options{}, platform.NewRDInstitution, "牦牛", "产业技术研究院"},
		{"工业技术研究院：默认接受（附件·新型研发机构第一条）", "naming.14.suffix.annex", "拉萨市高原绿色工业技术研究院", naming.Options{}, platform.NewRDInstitution, "高原绿色", "工业技术研究院"},
		{"全角字母数字与半角括号规范化", "naming.14.direction.characters", "拉萨市５Ｇ藏药(藏医)重点实验室", naming.Options{}, platform.KeyLaboratory, "5G藏药（藏医）", "重点实验室"},
		{"只用列举名称时产业技术研究院可用", "naming.14.suffix", "拉萨市净土健康产业技术研究院", naming.Options{OnlyListedSuffixes: true}, platform.NewRDInstitution, "净土健康", "产业技术研究院"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := naming.Parse(tc.in, tc.opts)
			if err != nil {
				t.Fatalf("Parse(%q) error %v (%s)", tc.in, err, tc.rule)
			}
			if n.Type() != tc.typ || n.Direction() != tc.dir || n.Suffix() != tc.suf {
				t.Errorf("Parse(%q) = %v %q %q; want %v %q %q (%s)", tc.in, n.Type(), n.Direction(), n.Suffix(), tc.typ, tc.dir, tc.suf, tc.rule)
			}
			if c, err := naming.ComposeSuffix(n.Type(), n.Suffix(), n.Direction(), tc.opts); err != nil || c != n {
				t.Errorf("ComposeSuffix(Parse(x)) = %v, %v; want %v", c, err, n)
			}
		})
	}
}

func TestParse_不合格的名称(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts naming.Options
		want want
	}{
		{"空名称", "", naming.Options{}, want{"naming.14.prefix", platform.ErrMissing, "name", ""}},
		{"不以拉萨市开头", "西藏高原生命健康重点实验室", naming.Options{}, want{"naming.14.prefix", platform.ErrInvalid, "name", "西藏高原生命健康重点实验室"}},
		{"拉萨而非拉萨市", "拉萨高原生命健康重点实验室", naming.Options{}, want{"naming.14.prefix", platform.ErrInvalid, "name", "拉萨高原生命健康重点实验室"}},
		{"后缀不是任何类型的名称", "拉萨市高原生命健康研究所", naming.Options{}, want{"naming.14.suffix", platform.ErrInvalid, "name", "拉萨市高原生命健康研究所"}},
		{"以新型研发机构结尾不是统一名称", "拉萨市高原生命健康新型研发机构", naming.Options{}, want{"naming.14.suffix", platform.ErrInvalid, "name", "拉萨市高原生命健康新型研发机构"}},
		{"缺核心研究方向", "拉萨市重点实验室", naming.Options{}, want{"naming.14.direction.nonempty", platform.ErrMissing, "name", ""}},
		{"拉萨市重复", "拉萨市拉萨市高原生态重点实验室", naming.Options{}, want{"naming.14.direction.no_prefix", platform.ErrInvalid, "name[4]", "拉萨市"}},
		{"方向中含另一后缀", "拉萨市高原重点实验室技术创新中心", naming.Options{}, want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "name[6]", "重点实验室"}},
		{"名称中有空格，位置按字计", "拉萨市高原 生态重点实验室", naming.Options{}, want{"naming.14.direction.no_space", platform.ErrInvalid, "name[6]", " "}},
		{"名称末尾有换行", "拉萨市高原生态重点实验室\n", naming.Options{}, want{"naming.14.direction.no_space", platform.ErrInvalid, "name[13]", "\n"}},
		{"名称中有半角斜杠", "拉萨市高原/生态重点实验室", naming.Options{}, want{"naming.14.direction.no_ascii_punct", platform.ErrInvalid, "name[6]", "/"}},
		{"名称中括号未闭合", "拉萨市藏药（藏医重点实验室", naming.Options{}, want{"naming.14.direction.parentheses", platform.ErrInvalid, "name[6]", "（"}},
		{"名称的核心研究方向只有一对空括号", "拉萨市（）重点实验室", naming.Options{}, want{"naming.14.direction.parentheses", platform.ErrInvalid, "name[4]", "（）"}},
		{"只用列举名称时工业技术研究院不可用", "拉萨市高原绿色工业技术研究院", naming.Options{OnlyListedSuffixes: true}, want{"naming.14.suffix.annex", platform.ErrInvalid, "name[8]", "工业技术研究院"}},
		{"方向超过30个字", "拉萨市一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一重点实验室", naming.Options{},
			want{"naming.14.direction.length", platform.ErrRange, "name", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := naming.Parse(tc.in, tc.opts)
			expectProblem(t, err, "naming.Parse", tc.want)
			if !n.IsZero() {
				t.Errorf("Parse(%q) = %v with an error, want the zero Name", tc.in, n)
			}
		})
	}
}

// TestParse_最长后缀 proves the longest-suffix match with a table that adds a suffix
// (研究中心) that 工程技术研究中心 ends in.
func TestParse_最长后缀(t *testing.T) {
	tb := naming.DefaultTable()
	tb.Suffixes = append(tb.Suffixes, naming.SuffixRow{Type: platform.InnovationCenter, Suffix: "研究中心", Listed: true, Cite: art14})
	opts := naming.Options{Table: &tb}
	tests := []struct {
		name string
		rule string
		in   string
		typ  platform.Type
		dir  string
	}{
		{"工程技术研究中心优先于研究中心", "naming.14.suffix", "拉萨市高原工程技术研究中心", platform.EngineeringCenter, "高原"},
		{"临床医学研究中心优先于研究中心", "naming.14.suffix", "拉萨市高原临床医学研究中心", platform.ClinicalCenter, "高原"},
		{"只以研究中心结尾", "naming.14.suffix", "拉萨市高原生态研究中心", platform.InnovationCenter, "高原生态"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := naming.Parse(tc.in, opts)
			if err != nil || n.Type() != tc.typ || n.Direction() != tc.dir {
				t.Errorf("Parse(%q) = %v %q, %v; want %v %q (%s)", tc.in, n.Type(), n.Direction(), err, tc.typ, tc.dir, tc.rule)
			}
		})
	}
}

// TestCompose_方向与后缀拼成更长后缀 proves that Compose refuses a direction that, with
// the suffix, would spell a longer suffix of the table and so parse as another type.
func TestCompose_方向与后缀拼成更长后缀(t *testing.T) {
	tb := naming.DefaultTable()
	tb.Suffixes = append(tb.Suffixes, naming.SuffixRow{Type: platform.InnovationCenter, Suffix: "研究中心", Listed: true, Cite: art14})
	opts := naming.Options{Table: &tb}
	_, err := naming.ComposeSuffix(platform.InnovationCenter, "研究中心", "高原工程技术", opts)
	expectProblem(t, err, "naming.ComposeSuffix", want{"naming.14.direction.no_type_suffix", platform.ErrInvalid, "direction[3]", "工程技术"})
	n, err := naming.ComposeSuffix(platform.InnovationCenter, "研究中心", "高原工程", opts)
	if err != nil || n.String() != "拉萨市高原工程研究中心" {
		t.Errorf("ComposeSuffix(高原工程) = %v, %v", n, err)
	}
}

// TestParse_前后缀重叠 covers a table whose suffix could overlap 拉萨市: the direction is
// then empty.
func TestParse_前后缀重叠(t *testing.T) {
	tb := naming.DefaultTable()
	tb.Suffixes = append(tb.Suffixes, naming.SuffixRow{Type: platform.KeyLaboratory, Suffix: "市重点实验室", Listed: true, Cite: art14})
	_, err := naming.Parse("拉萨市重点实验室", naming.Options{Table: &tb})
	expectProblem(t, err, "naming.Parse", want{"naming.14.direction.nonempty", platform.ErrMissing, "name", ""})
}

func TestCollides(t *testing.T) {
	mk := func(typ platform.Type, dir string) naming.Name {
		n, err := naming.Compose(typ, dir, naming.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	gongye, err := naming.ComposeSuffix(platform.NewRDInstitution, "工业技术研究院", "高原绿色", naming.Options{})
	if err != nil {
		t.Fatal(err)
	}
	inUse := []naming.Name{{}, mk(platform.InnovationCenter, "5G高原应用"), mk(platform.KeyLaboratory, "藏药（藏医）"), mk(platform.NewRDInstitution, "高原绿色")}
	tests := []struct {
		name  string
		rule  string
		n     naming.Name
		want  bool
		other string
	}{
		{"全角５ｇ与半角5G规范化后重名", "naming.14.unique", mk(platform.InnovationCenter, "５ｇ高原应用"), true, "拉萨市5G高原应用技术创新中心"},
		{"半角括号与全角括号规范化后重名", "naming.14.unique", mk(platform.KeyLaboratory, "藏药(藏医)"), true, "拉萨市藏药（藏医）重点实验室"},
		{"同一方向不同类型不重名", "naming.14.unique", mk(platform.KeyLaboratory, "5G高原应用"), false, ""},
		{"产业技术研究院与工业技术研究院不重名", "naming.14.unique", gongye, false, ""},
		{"新方向不重名", "naming.14.unique", mk(platform.InnovationCenter, "青稞育种"), false, ""},
		{"零值名称不与任何名称重名", "naming.14.unique", naming.Name{}, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			other, got := naming.Collides(tc.n, inUse)
			if got != tc.want || other.String() != tc.other {
				t.Errorf("Collides(%v) = %q, %v; want %q, %v (%s)", tc.n, other, got, tc.other, tc.want, tc.rule)
			}
		})
	}
}

func TestRename(t *testing.T) {
	art26 := platform.Art(26)
	old, err := naming.Compose(platform.KeyLaboratory, "高原心脑血管病", naming.Options{})
	if err != nil {
		t.Fatal(err)
	}
	nr, err := naming.Compose(platform.NewRDInstitution, "高原绿色", naming.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g5, err := naming.Compose(platform.InnovationCenter, "5G高原应用", naming.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		rule string
		cite platform.Citation
		old  naming.Name
		in   string
		opts naming.Options
		want string
		errs []want
	}{
		{"更名保留类型：可以", "naming.26.rename.same_type", art26, old, "拉萨市高原心血管病重点实验室", naming.Options{}, "拉萨市高原心血管病重点实验室", nil},
		{"新型研发机构由产业技术研究院改为工业技术研究院：类型不变，可以", "naming.26.rename.same_type", art26, nr, "拉萨市高原绿色工业技术研究院", naming.Options{}, "拉萨市高原绿色工业技术研究院", nil},
		{"更名改变类型：不可以", "naming.26.rename.same_type", art26, old, "拉萨市高原心脑血管病临床医学研究中心", naming.Options{}, "",
			[]want{{"naming.26.rename.same_type", platform.ErrConflict, "type", "clinical_research_center"}}},
		{"新名称与原名称相同：不是更名", "naming.26.rename.changed", art26, old, "拉萨市高原心脑血管病重点实验室", naming.Options{}, "",
			[]want{{"naming.26.rename.changed", platform.ErrConflict, "name", "拉萨市高原心脑血管病重点实验室"}}},
		{"新名称仅全角半角、大小写不同：规范化后相同，不是更名", "naming.26.rename.changed", art26, g5, "拉萨市５ｇ高原应用技术创新中心", naming.Options{}, "",
			[]want{{"naming.26.rename.changed", platform.ErrConflict, "name", "拉萨市５ｇ高原应用技术创新中心"}}},
		{"新名称不符合第十四条", "naming.26.rename.valid", art26, old, "拉萨市高原 心脏重点实验室", naming.Options{}, "",
			[]want{{"naming.26.rename.valid", platform.ErrInvalid, "name", "拉萨市高原 心脏重点实验室"}, {"naming.14.direction.no_space", platform.ErrInvalid, "name[6]", " "}}},
		{"只用列举名称时不可改为工业技术研究院", "naming.26.rename.valid", art26, nr, "拉萨市高原绿色工业技术研究院", naming.Options{OnlyListedSuffixes: true}, "",
			[]want{{"naming.14.suffix.annex", platform.ErrInvalid, "name[8]", "工业技术研究院"}}},
		{"原名称缺失", "naming.26.rename.valid", art26, naming.Name{}, "拉萨市高原心血管病重点实验室", naming.Options{}, "",
			[]want{{"naming.26.rename.valid", platform.ErrMissing, "old", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := naming.Rename(tc.old, tc.in, tc.opts)
			for _, w := range tc.errs {
				expectProblem(t, err, "naming.Rename", w)
			}
			if tc.errs == nil && err != nil {
				t.Errorf("Rename(%v, %q) error %v (%s)", tc.old, tc.in, err, tc.cite)
			}
			if n.String() != tc.want {
				t.Errorf("Rename(%v, %q) = %q, want %q (%s)", tc.old, tc.in, n, tc.want, tc.cite)
			}
			if !n.IsZero() && n.Type() != tc.old.Type() {
				t.Errorf("Rename changed the type: %v → %v", tc.old.Type(), n.Type())
			}
		})
	}
}

func TestName_零值与文本编码(t *testing.T) {
	var z naming.Name
	if z.String() != "" || z.Key() != "" || z.Type() != 0 || z.Direction() != "" || z.Suffix() != "" || !z.IsZero() {
		t.Errorf("zero Name = %q %q %v %q %q", z.String(), z.Key(), z.Type(), z.Direction(), z.Suffix())
	}
	if _, err := z.MarshalText(); !errors.Is(err, platform.ErrMissing) {
		t.Errorf("zero Name MarshalText err = %v, want ErrMissing", err)
	}
	type rec struct {
		Name naming.Name `json:"name"`
	}
	n, _ := naming.Compose(platform.InnovationCenter, "5g高原应用", naming.Options{})
	if n.Key() != "拉萨市5G高原应用技术创新中心" {
		t.Errorf("Key() = %q", n.Key())
	}
	b, err := json.Marshal(rec{n})
	if err != nil || string(b) != `{"name":"拉萨市5g高原应用技术创新中心"}` {
		t.Errorf("json = %s, %v", b, err)
	}
	var back rec
	if err := json.Unmarshal(b, &back); err != nil || back.Name != n {
		t.Errorf("round trip = %v, %v; want %v", back.Name, err, n)
	}
	if err := json.Unmarshal([]byte(`{"name":"拉萨市重点实验室"}`), &back); !errors.Is(err, naming.Violation("naming.14.direction.nonempty")) {
		t.Errorf("Unmarshal of a bad name err = %v", err)
	}
	if err := json.Unmarshal([]byte(`{"name":"拉萨市(藏医)重点实验室"}`), &back); err != nil || back.Name.String() != "拉萨市（藏医）重点实验室" {
		t.Errorf("Unmarshal normalises: %v, %v", back.Name, err)
	}
}
