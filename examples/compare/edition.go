package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/subsidy"
)

// edition is one edition of the parameter tables the programs use: the subsidy schedule
// (第十五、十七、二十三条), the eligibility thresholds (the annex) and the evaluation quotas
// (第二十二条).
type edition struct {
	Name        string                 `json:"name"`
	Subsidy     subsidy.Schedule       `json:"subsidy"`
	Eligibility eligibility.Thresholds `json:"eligibility"`
	Quotas      evaluation.Quotas      `json:"quotas"`
}

// current returns this edition of the measures.
func current() edition {
	return edition{Name: "现行版", Subsidy: subsidy.DefaultSchedule(), Eligibility: eligibility.DefaultThresholds(),
		Quotas: evaluation.DefaultQuotas()}
}

// applyPatch returns base with the edition file's changes applied. The file is a JSON merge
// patch (RFC 7386) over the base edition: give only what changes. One refinement: an array
// of table rows (the subsidy schedule's filing, upgrade and cycle rows) is merged row by row,
// a patch row replacing the fields of the base row with the same type, grade and level;
// a patch row matching no base row is added (and validation then says what is wrong).
// The result is decoded strictly (an unknown field is an error) and every table validated.
func applyPatch(base edition, patch []byte) (edition, error) {
	var p any
	if err := cli.DecodeJSON(patch, &p); err != nil {
		return edition{}, err
	}
	if _, ok := p.(map[string]any); !ok {
		return edition{}, errors.New("the edition file must hold a JSON object")
	}
	b, err := json.Marshal(base)
	if err != nil {
		return edition{}, err
	}
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		return edition{}, err
	}
	merged, err := json.Marshal(merge(doc, p))
	if err != nil {
		return edition{}, err
	}
	var out edition
	dec := json.NewDecoder(bytes.NewReader(merged))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		return edition{}, err
	}
	if err := out.validate(); err != nil {
		return edition{}, err
	}
	return out, nil
}

func (e edition) validate() error {
	var errs []error
	if err := e.Subsidy.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("subsidy: %w", err))
	}
	if _, err := eligibility.New(e.Eligibility); err != nil {
		errs = append(errs, fmt.Errorf("eligibility: %w", err))
	}
	if err := e.Quotas.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("quotas: %w", err))
	}
	return errors.Join(errs...)
}

// rowKeys are the fields that identify a table row.
var rowKeys = []string{"type", "grade", "level"}

func merge(base, patch any) any {
	switch p := patch.(type) {
	case map[string]any:
		b, ok := base.(map[string]any)
		if !ok {
			b = map[string]any{}
		}
		for k, v := range p {
			if v == nil {
				delete(b, k)
				continue
			}
			b[k] = merge(b[k], v)
		}
		return b
	case []any:
		b, ok := base.([]any)
		if !ok || !keyedRows(p) {
			return p
		}
		out := append([]any(nil), b...)
		for _, row := range p {
			pr := row.(map[string]any)
			i := matchRow(out, pr)
			if i < 0 {
				out = append(out, pr)
				continue
			}
			out[i] = merge(out[i], pr)
		}
		return out
	}
	return patch
}

func keyedRows(rows []any) bool {
	if len(rows) == 0 {
		return false
	}
	for _, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			return false
		}
		has := false
		for _, k := range rowKeys {
			if _, ok := m[k]; ok {
				has = true
			}
		}
		if !has {
			return false
		}
	}
	return true
}

func matchRow(rows []any, pr map[string]any) int {
	for i, r := range rows {
		m, ok := r.(map[string]any)
		if !ok {
			continue
		}
		same := true
		for _, k := range rowKeys {
			pv, inPatch := pr[k]
			bv, inBase := m[k]
			if inPatch != inBase || (inPatch && fmt.Sprint(pv) != fmt.Sprint(bv)) {
				same = false
			}
		}
		if same {
			return i
		}
	}
	return -1
}

// change is one parameter whose value differs between the editions.
type change struct {
	Path string `json:"path"`
	From string `json:"from"`
	To   string `json:"to"`
}

// diff lists the parameters that differ, by path, rows named by their keys
// (subsidy.cycle[key_laboratory good].amount). The editions' names are left out.
func diff(a, b edition) ([]change, error) {
	fa, err := flatten(a)
	if err != nil {
		return nil, err
	}
	fb, err := flatten(b)
	if err != nil {
		return nil, err
	}
	var out []change
	for k, va := range fa {
		if vb, ok := fb[k]; !ok || vb != va {
			out = append(out, change{Path: k, From: va, To: fb[k]})
		}
	}
	for k, vb := range fb {
		if _, ok := fa[k]; !ok {
			out = append(out, change{Path: k, To: vb})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

func flatten(e edition) (map[string]string, error) {
	e.Name = ""
	b, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	out := map[string]string{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				p := k
				if prefix != "" {
					p = prefix + "." + k
				}
				walk(p, e)
			}
		case []any:
			for i, e := range x {
				label := fmt.Sprint(i)
				if m, ok := e.(map[string]any); ok {
					var parts []string
					for _, k := range rowKeys {
						if v, ok := m[k]; ok {
							parts = append(parts, fmt.Sprint(v))
						}
					}
					if len(parts) > 0 {
						label = strings.Join(parts, " ")
					}
				}
				walk(prefix+"["+label+"]", e)
			}
		case nil:
		default:
			out[prefix] = fmt.Sprint(x)
		}
	}
	walk("", doc)
	return out, nil
}
