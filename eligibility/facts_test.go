package eligibility_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The facts of a type, as data: these tests hold eligibility.Facts complete and exact, so
// that a fact added to an application without its entry (and so without its field on a
// generated form) fails here with a message that says what to add.

// partOf names, for each type, the Application field holding its part and the function in
// facts.go that lists the part's facts.
var partOf = map[platform.Type]struct{ field, fn string }{
	platform.EngineeringCenter: {"Engineering", "engineeringFacts"},
	platform.FieldStation:      {"FieldStation", "fieldStationFacts"},
	platform.KeyLaboratory:     {"KeyLab", "keyLabFacts"},
	platform.InnovationCenter:  {"Innovation", "innovationFacts"},
	platform.ClinicalCenter:    {"Clinical", "clinicalFacts"},
	platform.NewRDInstitution:  {"NewRD", "newRDFacts"},
}

// notFacts are the Application fields that are not facts of the application: its type (the
// choice the facts depend on), the reviewers' findings, and the parts, walked separately.
var notFacts = map[string]bool{"Type": true, "Reviews": true}

// goField is a field of the application as the Go types define it.
type goField struct {
	path   string // JSON path
	goName string // Struct.Field
	typ    reflect.Type
	elem   []goField // keys of a list's elements; one with path "" for a list of values
	list   bool
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	return name
}

// optValue returns the type an eligibility.Opt holds, and whether t is an Opt.
func optValue(t reflect.Type) (reflect.Type, bool) {
	if t.Kind() != reflect.Struct || !strings.HasPrefix(t.Name(), "Opt[") {
		return nil, false
	}
	return t.Field(0).Type, true
}

var leafStructs = map[reflect.Type]bool{
	reflect.TypeFor[platform.Date]():       true,
	reflect.TypeFor[platform.CreditCode](): true,
	reflect.TypeFor[platform.Citation]():   true,
	reflect.TypeFor[platform.Amount]():     true,
	reflect.TypeFor[decimal.Decimal]():     true,
}

// fieldsOf lists the JSON fields of struct type t under prefix, structs inside it flattened
// (applicant.kind), lists with their elements' keys.
func fieldsOf(t reflect.Type, prefix string) []goField {
	var out []goField
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name := jsonName(f)
		ft := f.Type
		if v, ok := optValue(ft); ok {
			ft = v
		}
		g := goField{path: prefix + name, goName: t.Name() + "." + f.Name, typ: f.Type}
		switch {
		case ft.Kind() == reflect.Slice:
			g.list = true
			if e := ft.Elem(); e.Kind() == reflect.Struct && !leafStructs[e] {
				g.elem = fieldsOf(e, "")
			} else {
				g.elem = []goField{{path: "", goName: t.Name() + "." + f.Name + "[]", typ: e}}
			}
		case ft.Kind() == reflect.Struct && !leafStructs[ft]:
			out = append(out, fieldsOf(ft, prefix+name+".")...)
			continue
		}
		out = append(out, g)
	}
	return out
}

// commonFields are the application's fields outside the parts; partFields those of t's part.
func commonFields() []goField {
	var out []goField
	for _, g := range fieldsOf(reflect.TypeFor[eligibility.Application](), "") {
		if notFacts[strings.TrimPrefix(g.goName, "Application.")] || isPart(g.goName) {
			continue
		}
		out = append(out, g)
	}
	return out
}

func isPart(goName string) bool {
	for _, p := range partOf {
		if strings.HasPrefix(goName, "Application."+p.field) {
			return true
		}
	}
	return false
}

func partFields(t platform.Type) []goField {
	f, _ := reflect.TypeFor[eligibility.Application]().FieldByName(partOf[t].field)
	return fieldsOf(f.Type.Elem(), jsonName(f)+".")
}

// kindFor is the kind of fact a Go type takes.
func kindFor(t reflect.Type) eligibility.FactKind {
	if v, ok := optValue(t); ok {
		t = v
	}
	switch t {
	case reflect.TypeFor[platform.Date]():
		return eligibility.DateFact
	case reflect.TypeFor[platform.Amount]():
		return eligibility.MoneyFact
	case reflect.TypeFor[decimal.Decimal]():
		return eligibility.AreaFact
	case reflect.TypeFor[platform.CreditCode](), reflect.TypeFor[platform.Division]():
		return eligibility.CodeFact
	case reflect.TypeFor[platform.Citation]():
		return eligibility.ChoiceFact
	}
	switch t.Kind() {
	case reflect.Slice:
		return eligibility.ListFact
	case reflect.Bool:
		return eligibility.YesNoFact
	case reflect.Int:
		return eligibility.CountFact
	case reflect.String:
		return eligibility.TextFact
	case reflect.Uint8:
		return eligibility.ChoiceFact
	}
	return 0
}

func byPath(fs []eligibility.Fact) map[string]eligibility.Fact {
	m := make(map[string]eligibility.Fact, len(fs))
	for _, f := range fs {
		m[f.Path] = f
	}
	return m
}

// missing says what to add for a field no fact lists.
func missing(where string, g goField) string {
	return fmt.Sprintf("%s does not list %q (%s, %s): add eligibility.Fact{Path: %q, Kind: %s, ...} "+
		"with its unit, Chinese and English labels, Optional, and the IDs of the rules it feeds; "+
		"the web self-check builds its form from this list", where, g.path, g.goName, g.typ, g.path, kindName(kindFor(g.typ)))
}

func kindName(k eligibility.FactKind) string {
	return map[eligibility.FactKind]string{eligibility.CountFact: "CountFact", eligibility.AreaFact: "AreaFact",
		eligibility.MoneyFact: "MoneyFact", eligibility.DateFact: "DateFact", eligibility.YesNoFact: "YesNoFact",
		eligibility.ListFact: "ListFact", eligibility.ChoiceFact: "ChoiceFact", eligibility.TextFact: "TextFact",
		eligibility.CodeFact: "CodeFact"}[k]
}

// checkFields holds the listed facts against the Go fields: each field listed, of its kind;
// each list's elements keyed exactly.
func checkFields(t *testing.T, where string, listed map[string]eligibility.Fact, fields []goField) {
	t.Helper()
	for _, g := range fields {
		f, ok := listed[g.path]
		if !ok {
			t.Error(missing(where, g))
			continue
		}
		assert.Equal(t, kindName(kindFor(g.typ)), kindName(f.Kind), "%s lists %q (%s) with the wrong kind", where, g.path, g.goName)
		if g.list {
			checkFields(t, where+" "+g.path+"[]", byPath(f.Elem), g.elem)
			for _, e := range f.Elem {
				assert.True(t, slices.ContainsFunc(g.elem, func(x goField) bool { return x.path == e.Path }),
					"%s lists element key %q of %s, which its Go type has no field for", where, e.Path, g.path)
			}
		}
	}
}

func TestFactsListEveryField(t *testing.T) {
	union := map[string]eligibility.Fact{}
	for _, typ := range platform.Types() {
		facts := eligibility.Facts(typ)
		where := fmt.Sprintf("eligibility.Facts(%s) (%s in facts.go)", typ.String(), partOf[typ].fn)
		listed := byPath(facts)
		require.Len(t, listed, len(facts), "%s lists a path twice", where)
		parts := partFields(typ)
		checkFields(t, where, listed, parts)
		// Every listed path is a field of the application, of the common part or this type's.
		common := commonFields()
		for _, f := range facts {
			known := slices.ContainsFunc(slices.Concat(parts, common), func(g goField) bool { return g.path == f.Path })
			assert.True(t, known, "%s lists %q, which Application has no field for", where, f.Path)
			assert.True(t, f.Kind.Valid(), "%s: %q has no kind", where, f.Path)
			assert.NotEmpty(t, f.Zh, "%s: %q has no Chinese label", where, f.Path)
			assert.NotEmpty(t, f.En, "%s: %q has no English label", where, f.Path)
			if f.Kind == eligibility.ChoiceFact {
				assert.NotEmpty(t, f.Choices, "%s: choice %q has no choices", where, f.Path)
			}
			union[f.Path] = f
		}
	}
	// A fact outside the parts is listed for the types whose rules read it: every one of
	// them for one type at least.
	checkFields(t, "eligibility.Facts of every type (commonFacts in facts.go)", union, commonFields())
	assert.Nil(t, eligibility.Facts(0), "no facts for an unknown type")
}

// sample is a value of each kind of fact: base is in every sample application, alt
// replaces it to see which rules it changes.
func sample(f eligibility.Fact, alt bool) any {
	pick := func(a, b any) any {
		if alt {
			return b
		}
		return a
	}
	switch f.Kind {
	case eligibility.CountFact:
		return pick(1, 1000)
	case eligibility.AreaFact:
		return pick("1", "100000")
	case eligibility.MoneyFact:
		return pick("1", "100000000")
	case eligibility.DateFact:
		switch f.Path {
		case "date":
			return pick("2025-06-01", "2023-06-01")
		case "end", "last_day":
			return pick("2025-01-01", "2019-01-01")
		}
		return pick("2023-01-01", "2019-01-01")
	case eligibility.YesNoFact:
		return pick(true, false)
	case eligibility.ChoiceFact:
		return pick(f.Choices[0].Code, f.Choices[len(f.Choices)-1].Code)
	case eligibility.TextFact:
		if len(f.Choices) > 0 {
			return pick(f.Choices[0].Code, "其他领域")
		}
		return pick("甲", "乙")
	case eligibility.CodeFact:
		if strings.HasSuffix(f.Path, "credit_code") {
			return pick("91540100MA6T000019", otherRegionCode)
		}
		return pick("540102", "350102")
	case eligibility.ListFact:
		if alt {
			return []any{}
		}
		return []any{element(f, "", "")}
	}
	return nil
}

// element is an element of list f with every key given, key k set to v when k is given.
func element(f eligibility.Fact, k string, v any) any {
	if len(f.Elem) == 1 && f.Elem[0].Path == "" {
		if k == "" {
			return sample(f.Elem[0], false)
		}
		return v
	}
	e := map[string]any{}
	for _, x := range f.Elem {
		e[x.Path] = sample(x, false)
		if x.Kind == eligibility.DateFact && x.Path == "date" {
			e[x.Path] = "2023-01-01" // an element's date, not the application's
		}
	}
	if k != "" {
		e[k] = v
	}
	return e
}

// otherRegionCode is a valid credit code issued outside Lhasa (福州).
var otherRegionCode = func() string {
	for _, c := range []string{"91350100M000100Y43", "91350100M000100Y44"} {
		if _, err := platform.ParseCreditCode(c); err == nil {
			return c
		}
	}
	return ""
}()

// doc is an application as a JSON tree.
type doc map[string]any

func (d doc) clone() doc { return deepCopy(map[string]any(d)).(map[string]any) }

func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = deepCopy(x)
		}
		return m
	case doc:
		return deepCopy(map[string]any(v))
	case []any:
		l := make([]any, len(v))
		for i, x := range v {
			l[i] = deepCopy(x)
		}
		return l
	}
	return v
}

func (d doc) set(path string, v any) {
	keys := strings.Split(path, ".")
	m := map[string]any(d)
	for _, k := range keys[:len(keys)-1] {
		next, ok := m[k].(map[string]any)
		if !ok {
			next = map[string]any{}
			m[k] = next
		}
		m = next
	}
	m[keys[len(keys)-1]] = v
}

func (d doc) del(path string) {
	keys := strings.Split(path, ".")
	m := map[string]any(d)
	for _, k := range keys[:len(keys)-1] {
		m, _ = m[k].(map[string]any)
	}
	delete(m, keys[len(keys)-1])
}

func (d doc) has(path string) bool {
	var v any = map[string]any(d)
	for k := range strings.SplitSeq(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return false
		}
		if v, ok = m[k]; !ok {
			return false
		}
	}
	return true
}

// fullDoc is an application of type t with every listed fact given.
func fullDoc(typ platform.Type, facts []eligibility.Fact) doc {
	d := doc{"type": typ.String()}
	for _, f := range facts {
		d.set(f.Path, sample(f, false))
	}
	return d
}

// decode reads a JSON tree as the library does, unknown keys refused.
func decode(d doc) (eligibility.Application, error) {
	b, err := json.Marshal(d)
	if err != nil {
		return eligibility.Application{}, err
	}
	var app eligibility.Application
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	err = dec.Decode(&app)
	return app, err
}

func TestFactsPathsExistInTheJSON(t *testing.T) {
	for _, typ := range platform.Types() {
		facts := eligibility.Facts(typ)
		app, err := decode(fullDoc(typ, facts))
		require.NoError(t, err, "%s: an application with every listed fact does not decode", typ)
		_, err = eligibility.Check(app, eligibility.Options{})
		require.NoError(t, err, "%s: an application with every listed fact is refused", typ)
		b, err := json.Marshal(app)
		require.NoError(t, err)
		var back doc
		require.NoError(t, json.Unmarshal(b, &back))
		for _, f := range facts {
			assert.True(t, back.has(f.Path), "%s: %q is listed but the application's JSON has no such key", typ, f.Path)
		}
	}
}

func TestFactsRulesAreTheTypesRules(t *testing.T) {
	for _, typ := range platform.Types() {
		var ids []string
		for _, r := range eligibility.Catalog(typ) {
			ids = append(ids, r.ID)
		}
		for _, f := range eligibility.Facts(typ) {
			for _, id := range f.Rules {
				assert.Contains(t, ids, id, "%s: %q feeds %s, which is not a rule of the type", typ, f.Path, id)
			}
		}
	}
}

// findings maps each rule to its finding, under opts; false when the check refuses d.
func findings(t *testing.T, d doc, opts eligibility.Options) (map[string]platform.Finding, bool) {
	app, err := decode(d)
	require.NoError(t, err)
	res, err := eligibility.Check(app, opts)
	if err != nil {
		return nil, false
	}
	out := make(map[string]platform.Finding, res.Len())
	for _, f := range res.All() {
		out[f.Rule.ID] = f
	}
	return out, true
}

func changed(a, b map[string]platform.Finding) []string {
	var out []string
	for id, f := range a {
		if g, ok := b[id]; !ok || !f.Equal(g) {
			out = append(out, id)
		}
	}
	for id := range b {
		if _, ok := a[id]; !ok {
			out = append(out, id)
		}
	}
	return out
}

// TestFactsFeedExactlyTheirRules proves each fact's Rules: from applications with every
// fact given (and variants with each choice taken, each yes/no answered no, each other fact
// left out), leaving the fact out or giving another value changes the findings of its
// rules and of no other; and each rule listed is changed by one of them. Under the default
// options and under those that read more facts (IntegrityForAllSections,
// DegreeRatioOverResearchStaff, LeadHospitalCounts).
func TestFactsFeedExactlyTheirRules(t *testing.T) {
	if testing.Short() || raceEnabled {
		// Deterministic code on one goroutine, some 60 000 checks: -race adds nothing to
		// it but a minute; the plain test run (CI's go test ./...) runs it.
		t.Skip("the perturbation of every fact runs in the full suite, without -race")
	}
	optionSets := []eligibility.Options{{}, {IntegrityForAllSections: true, DegreeRatioOverResearchStaff: true, LeadHospitalCounts: true}}
	for _, typ := range platform.Types() {
		facts := eligibility.Facts(typ)
		base := fullDoc(typ, facts)
		variants := []doc{base}
		for _, f := range facts {
			switch f.Kind {
			case eligibility.ChoiceFact:
				for _, c := range f.Choices {
					v := base.clone()
					v.set(f.Path, c.Code)
					variants = append(variants, v)
				}
			case eligibility.ListFact:
				for _, e := range f.Elem {
					for _, c := range e.Choices {
						v := base.clone()
						v.set(f.Path, []any{element(f, cmp.Or(e.Path, "."), c.Code)})
						variants = append(variants, v)
					}
				}
				v := base.clone()
				v.set(f.Path, sample(f, true))
				variants = append(variants, v)
			case eligibility.YesNoFact, eligibility.CodeFact:
				v := base.clone()
				v.set(f.Path, sample(f, true))
				variants = append(variants, v)
			}
			if f.Path != "date" {
				v := base.clone()
				v.del(f.Path)
				variants = append(variants, v)
			}
		}
		type key struct {
			v    int
			opts int
		}
		before := map[key]map[string]platform.Finding{}
		for i, v := range variants {
			for j, opts := range optionSets {
				if f, ok := findings(t, v, opts); ok {
					before[key{i, j}] = f
				}
			}
		}
		for _, f := range facts {
			seen := map[string]bool{}
			// The facts that feed a rule of f decide when f is read: leaving them out shows
			// what f decides alone (and with each choice of one of them); each choice, with each yes/no of another
			// answered no, shows what f decides when the others fall short (a key
			// laboratory's other training evidence, read for an institute whose named facts
			// are not both there).
			var sharing []eligibility.Fact
			alone := base.clone()
			for _, g := range facts {
				if g.Path != f.Path && g.Path != "date" && slices.ContainsFunc(g.Rules, func(id string) bool { return slices.Contains(f.Rules, id) }) {
					alone.del(g.Path)
					sharing = append(sharing, g)
				}
			}
			near := []doc{alone}
			for _, c := range sharing {
				if c.Kind != eligibility.ChoiceFact {
					continue
				}
				for _, v := range c.Choices {
					d := alone.clone()
					d.set(c.Path, v.Code)
					near = append(near, d)
					for _, y := range append([]eligibility.Fact{{}}, sharing...) {
						if y.Path != "" && y.Kind != eligibility.YesNoFact {
							continue
						}
						d := base.clone()
						d.set(c.Path, v.Code)
						if y.Path != "" {
							d.set(y.Path, false)
						}
						near = append(near, d)
					}
				}
			}
			perturb := []func(doc){func(d doc) { d.del(f.Path) }, func(d doc) { d.set(f.Path, sample(f, true)) }}
			if f.Path == "date" {
				perturb = append(perturb, func(d doc) { d.set(f.Path, "2030-06-01") })
			}
			for j, opts := range optionSets {
				for i, v := range append(variants, near...) {
					b, ok := before[key{i, j}]
					if i >= len(variants) {
						b, ok = findings(t, v, opts)
					}
					if !ok {
						continue
					}
					for _, p := range perturb {
						w := v.clone()
						p(w)
						after, ok := findings(t, w, opts)
						if !ok {
							continue
						}
						for _, id := range changed(b, after) {
							seen[id] = true
						}
					}
				}
			}
			got := slices.Collect(maps.Keys(seen))
			sort.Strings(got)
			want := slices.Clone(f.Rules)
			sort.Strings(want)
			assert.Equal(t, want, got, "%s: the rules %q feeds (Fact.Rules in facts.go) are not the rules it changes", typ, f.Path)
		}
	}
}

func TestFactsJSON(t *testing.T) {
	facts := eligibility.Facts(platform.KeyLaboratory)
	b, err := json.Marshal(facts)
	require.NoError(t, err)
	var back []map[string]any
	require.NoError(t, json.Unmarshal(b, &back))
	byP := map[string]map[string]any{}
	for _, f := range back {
		byP[f["path"].(string)] = f
	}
	area := byP["key_laboratory.lab_area"]
	assert.Equal(t, "area", area["kind"])
	assert.Equal(t, "square_metre", area["unit"])
	assert.Equal(t, "㎡", area["unit_zh"])
	assert.Equal(t, "实验室面积", area["zh"])
	assert.Equal(t, []any{eligibility.RuleKeyLabLabArea}, area["rules"])
	kind := byP["applicant.kind"]
	assert.Equal(t, "choice", kind["kind"])
	assert.Contains(t, kind["choices"], map[string]any{"code": "university", "zh": "高校", "en": "university"})
	assert.Equal(t, "list", byP["key_laboratory.papers"]["kind"])

	for _, k := range []eligibility.FactKind{eligibility.CountFact, eligibility.CodeFact} {
		text, err := k.MarshalText()
		require.NoError(t, err)
		var back eligibility.FactKind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)
		require.NoError(t, back.UnmarshalText([]byte(k.Chinese())))
		assert.Equal(t, k, back)
		assert.NotEmpty(t, k.English())
	}
	var bad eligibility.FactKind
	assert.Error(t, bad.UnmarshalText([]byte("volume")))
	_, err = eligibility.FactKind(99).MarshalText()
	assert.Error(t, err)
}
