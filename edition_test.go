package platform_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEditionDefault(t *testing.T) {
	e := platform.DefaultEdition()
	assert.Equal(t, platform.Edition{Name: "拉萨市科技创新平台管理办法（试行）", Term: platform.Years(5)}, e)
	assert.Equal(t, "拉萨市科技创新平台管理办法（试行）", platform.Title)
	assert.Equal(t, "拉萨市科技创新平台备案（建设）标准", platform.AnnexTitle)
	t.Run("第二十九条: with the publication date unknown, whether the measures are in force is unknown", func(t *testing.T) {
		w, known := e.Validity()
		assert.True(t, !known)
		assert.Equal(t, platform.Window{}, w)
		assert.Equal(t, platform.Unknown, e.InForce(d("2025-07-10")))
		assert.Equal(t, platform.Unknown, e.InForce(platform.Date{}))
	})
	t.Run("the default edition marshals with a null publication date", func(t *testing.T) {
		j, err := json.Marshal(e)
		require.NoError(t, err)
		assert.Equal(t, `{"name":"拉萨市科技创新平台管理办法（试行）","published":null,"term":{"years":5}}`, string(j))
		var back platform.Edition
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, e, back)
	})
}

func TestEditionInForce(t *testing.T) {
	e := platform.DefaultEdition()
	e.Published = d("2025-01-01")
	w, known := e.Validity()
	assert.True(t, known)
	assert.Equal(t, platform.Window{From: d("2025-01-01"), To: d("2030-01-01")}, w, "第二十九条 自发布之日起施行，期限5年: from publication to the corresponding day 5 years on (《民法典》第二百零二条)")
	rows := []struct {
		name string
		on   platform.Date
		want platform.Outcome
	}{
		{"the day before publication is not in force", d("2024-12-31"), platform.Fail},
		{"the day of publication is in force (自发布之日起施行)", d("2025-01-01"), platform.Pass},
		{"the last day of the 5-year term is in force", d("2030-01-01"), platform.Pass},
		{"the day after the term is not in force", d("2030-01-02"), platform.Fail},
		{"a missing date is unknown", platform.Date{}, platform.Unknown},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, e.InForce(tc.on))
		})
	}
	t.Run("a publication on 29 February ends its term on 28 February", func(t *testing.T) {
		e := platform.Edition{Name: platform.Title, Published: d("2024-02-29"), Term: platform.Years(5)}
		w, _ := e.Validity()
		assert.Equal(t, "2029-02-28", w.To.String())
	})
	t.Run("WithFingerprint stamps the fingerprint on a copy", func(t *testing.T) {
		f := e.WithFingerprint("sha256:43258cff783fe703")
		assert.Equal(t, "sha256:43258cff783fe703", f.Fingerprint)
		assert.Equal(t, "", e.Fingerprint)
		j, err := json.Marshal(f)
		require.NoError(t, err)
		assert.Equal(t, `{"name":"拉萨市科技创新平台管理办法（试行）","published":"2025-01-01","term":{"years":5},"fingerprint":"sha256:43258cff783fe703"}`, string(j))
	})
}

func TestFingerprint(t *testing.T) {
	type table struct {
		Amount platform.Amount   `json:"amount"`
		Cite   platform.Citation `json:"cite"`
	}
	rows := []struct {
		name  string
		table any
		want  string
	}{
		{"a map's keys are sorted, so insertion order does not matter", map[string]int{"b": 2, "a": 1}, "sha256:43258cff783fe703"},
		{"an equal table gives the same fingerprint", map[string]int{"a": 1, "b": 2}, "sha256:43258cff783fe703"},
		{"a different value gives a different fingerprint", map[string]int{"a": 1, "b": 3}, "sha256:f9c6777fb8659792"},
		{"amounts and citations hash by their canonical text", table{platform.WanYuan(20), platform.Art(15)}, "sha256:3129bb48ed8a118f"},
		{"200000 and 200000.00 元 are the same table", table{platform.MustAmount("200000.00"), platform.Art(15)}, "sha256:3129bb48ed8a118f"},
	}
	for _, tc := range rows {
		t.Run(tc.name, func(t *testing.T) {
			fp, err := platform.Fingerprint(tc.table)
			require.NoError(t, err)
			assert.Equal(t, tc.want, fp)
		})
	}
	t.Run("a table JSON cannot encode is an ErrInvalid carrying the cause", func(t *testing.T) {
		fp, err := platform.Fingerprint(map[string]any{"f": func() {}})
		assert.Equal(t, "", fp)
		assert.True(t, errors.Is(err, platform.ErrInvalid), err)
		var ue *json.UnsupportedTypeError
		assert.True(t, errors.As(err, &ue), "the json error is the cause")
	})
}
