package eligibility

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every rule's ID is an exported constant of ids.go, and every constant there is a rule's
// ID: a rule added with a literal ID, or a constant left behind by a removed rule, fails here.
func TestEveryRuleIDIsAConstant(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "ids.go", nil, 0)
	require.NoError(t, err)
	consts := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			for i, name := range vs.Names {
				lit, ok := vs.Values[i].(*ast.BasicLit)
				require.True(t, ok, "%s is not a literal", name.Name)
				v, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				assert.True(t, name.IsExported(), name.Name)
				consts[v] = name.Name
			}
		}
	}
	ids := map[string]bool{}
	for i := range ruleDefs {
		id := ruleDefs[i].id
		ids[id] = true
		assert.Contains(t, consts, id, "rule %d has no constant in ids.go", i)
	}
	for v, name := range consts {
		assert.True(t, ids[v], "constant %s = %q names no rule", name, v)
	}
}
