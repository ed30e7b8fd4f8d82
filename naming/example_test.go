package naming_test

import (
	"errors"
	"fmt"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/naming"
)

func ExampleCompose() {
	n, err := naming.Compose(platform.KeyLaboratory, "藏药(藏医)现代化", naming.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n)
	fmt.Println(n.Direction())

	_, err = naming.Compose(platform.KeyLaboratory, "高原 生态", naming.Options{})
	fmt.Println(err)
	fmt.Println(errors.Is(err, naming.Violation("naming.14.direction.no_space")))
	// Output:
	// 拉萨市藏药（藏医）现代化重点实验室
	// 藏药（藏医）现代化
	// naming.Compose: direction[3]: invalid input: " ": naming.14.direction.no_space
	// true
}

func ExampleParse() {
	for _, s := range []string{
		"拉萨市高原心脑血管病临床医学研究中心",
		"拉萨市５Ｇ高原应用技术创新中心",
		"拉萨市高原绿色工业技术研究院",
	} {
		n, err := naming.Parse(s, naming.Options{})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s | %s | %s\n", n.Type().Chinese(), n.Direction(), n)
	}
	_, err := naming.Parse("拉萨市高原绿色工业技术研究院", naming.Options{OnlyListedSuffixes: true})
	fmt.Println(err)
	// Output:
	// 临床医学研究中心 | 高原心脑血管病 | 拉萨市高原心脑血管病临床医学研究中心
	// 技术创新中心 | 5G高原应用 | 拉萨市5G高原应用技术创新中心
	// 新型研发机构 | 高原绿色 | 拉萨市高原绿色工业技术研究院
	// naming.Parse: name[8]: invalid input: "工业技术研究院": naming.14.suffix.annex
}

func ExampleCollides() {
	inUse, _ := naming.Parse("拉萨市5G高原应用技术创新中心", naming.Options{})
	n, _ := naming.Compose(platform.InnovationCenter, "５ｇ高原应用", naming.Options{})
	other, collides := naming.Collides(n, []naming.Name{inUse})
	fmt.Println(collides, other)
	// Output:
	// true 拉萨市5G高原应用技术创新中心
}

func ExampleRename() {
	old, _ := naming.Parse("拉萨市高原心脑血管病重点实验室", naming.Options{})
	n, err := naming.Rename(old, "拉萨市高原心血管病重点实验室", naming.Options{})
	fmt.Println(n, err)
	_, err = naming.Rename(old, "拉萨市高原心血管病技术创新中心", naming.Options{})
	fmt.Println(err)
	// Output:
	// 拉萨市高原心血管病重点实验室 <nil>
	// naming.Rename: type: inconsistent input: "technology_innovation_center": naming.26.rename.same_type
}

func ExampleCheck() {
	r, _ := naming.Check("拉萨市拉萨市高原生态重点实验室", naming.Options{})
	fmt.Println(r.Valid)
	for _, f := range r.Findings {
		if f.Outcome != platform.Pass {
			fmt.Println(f.Chinese())
		}
	}
	// Output:
	// false
	// 第十四条 核心研究方向不以“拉萨市”开头（名称已以“拉萨市”开头）。不符合。
}
