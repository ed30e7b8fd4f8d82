package docs

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/round"
)

// Files are the two READMEs, relative to the module root, by language.
var Files = map[cli.Lang]string{cli.En: "README.md", cli.Zh: "README.zh-CN.md"}

// UpdateCommand rewrites the generated blocks of both READMEs.
const UpdateCommand = "go test ./examples/internal/docs -update"

// Block names: "readings <package>" for each package's table of open readings and
// "round columns" for the columns of the round file.
const (
	readingsBlock = "readings "
	ColumnsBlock  = "round columns"
)

// BlockNames lists the generated blocks every README holds, in order.
func BlockNames() []string {
	names := make([]string, 0, len(Packages)+1)
	for _, p := range Packages {
		names = append(names, readingsBlock+p)
	}
	return append(names, ColumnsBlock)
}

// Begin and End are the marker lines around a generated block.
func Begin(name string) string {
	return "<!-- generated: " + name + " (edit examples/internal/docs, then run " + UpdateCommand + ") -->"
}

// End is the marker line closing a generated block.
func End(name string) string { return "<!-- end of generated: " + name + " -->" }

// Block returns the text of the generated block name in language l, without its markers.
func Block(name string, l cli.Lang) (string, bool) {
	if name == ColumnsBlock {
		return ColumnsTable(l), true
	}
	if p, ok := strings.CutPrefix(name, readingsBlock); ok && slices.Contains(Packages, p) {
		return ReadingsTable(p, l), true
	}
	return "", false
}

func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// ReadingsTable is the Markdown table of pkg's open readings in language l.
func ReadingsTable(pkg string, l cli.Lang) string {
	var b strings.Builder
	b.WriteString(l.Pick("| 选项（零值即默认） | 默认理解 | 另一种理解（选项） | 条款 | 示例程序参数 |\n",
		"| option (zero value = default) | default reading | other reading | clause | program flag |\n"))
	b.WriteString("|---|---|---|---|---|\n")
	for _, r := range Readings {
		if r.Package != pkg {
			continue
		}
		flags := make([]string, len(r.Flags))
		for i, f := range r.Flags {
			flags[i] = "`" + cell(f) + "`"
		}
		if len(flags) == 0 {
			flags = []string{"—"}
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", r.Option,
			cell(l.Pick(r.DefaultZh, r.DefaultEn)), cell(l.Pick(r.OtherZh, r.OtherEn)),
			cell(l.Pick(r.ClauseZh, r.ClauseEn)), strings.Join(flags, l.Pick("、", ", ")))
	}
	return b.String()
}

// ColumnsTable is the Markdown table of the round file's columns in language l, written
// from round.Columns, the list the parser reads.
func ColumnsTable(l cli.Lang) string {
	var b strings.Builder
	b.WriteString(l.Pick("| 中文列名 | 英文代码 | 是否必需 | 内容 |\n", "| code | heading | needed | content |\n"))
	b.WriteString("|---|---|---|---|\n")
	for _, c := range round.Columns() {
		need := NeedText(c.Need, l)
		heads := strings.Join(c.Headings, l.Pick("、", ", "))
		if l == cli.Zh {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", heads, c.Code, need, cell(c.Zh))
		} else {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", c.Code, heads, need, cell(c.En))
		}
	}
	return b.String()
}

// NeedText says in language l whether a column must be there.
func NeedText(n round.Need, l cli.Lang) string {
	switch n {
	case round.Required:
		return l.Pick("必需", "required")
	case round.Optional:
		return l.Pick("可选", "optional")
	}
	return l.Pick("总分或七项得分", "total or the seven scores")
}

// Splice returns doc with every generated block replaced by its text in language l. A
// block whose markers are missing or out of order is an error naming it.
func Splice(doc string, l cli.Lang) (string, error) {
	for _, name := range BlockNames() {
		begin, end := Begin(name)+"\n", End(name)
		i := strings.Index(doc, begin)
		j := strings.Index(doc, end)
		if i < 0 || j < i {
			return "", fmt.Errorf("no generated block %q: put the lines\n%s\n%s\nwhere it belongs, then run %s", name, Begin(name), End(name), UpdateCommand)
		}
		text, _ := Block(name, l)
		doc = doc[:i+len(begin)] + text + doc[j:]
	}
	return doc, nil
}
