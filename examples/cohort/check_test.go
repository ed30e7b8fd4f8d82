package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// -check on the embedded sample list: one 优秀 over the cap of 8, one 较差 short of the floor
// of 3, and a tie at 90.20 across the 优秀 line, in Chinese and in English; counting the
// withdrawal in N as 较差 meets the floor.
func TestGoldenCheck(t *testing.T) {
	cases := []struct {
		name string
		args []string
	}{
		{"check_zh", []string{"-check"}},
		{"check_en", []string{"-check", "-lang", "en"}},
		{"check_zh_withdrawn_in_n", []string{"-check", "-withdrawn-in-n"}},
		{"check_en_by_type", []string{"-check", "-lang", "en", "-group", "type"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", c.args...)
			require.Equal(t, 0, code, "stderr:\n%s", errs)
			assert.Empty(t, errs)
			golden.Check(t, c.name, []byte(out))
		})
	}
}

const gradeHead = "id,name,type,department,participation,total,grade\n"

// The answer the program prints is the library's, read off a list written for it.
func TestCheckList(t *testing.T) {
	tie := gradeHead +
		"P01,甲,重点实验室,市卫健委,参评,95,优秀\nP02,乙,重点实验室,市卫健委,参评,94,优秀\n" +
		"P03,丙,重点实验室,市卫健委,参评,93,优秀\nP04,丁,重点实验室,市卫健委,参评,93,excellent\n" +
		"P05,戊,重点实验室,市卫健委,参评,85,良好\nP06,己,重点实验室,市卫健委,参评,84,良好\n" +
		"P07,庚,重点实验室,市卫健委,参评,75,合格\nP08,辛,重点实验室,市卫健委,参评,70,合格\n" +
		"P09,壬,重点实验室,市卫健委,参评,65,合格\nP10,癸,重点实验室,市卫健委,参评,50,较差\n" +
		"P11,子,重点实验室,市卫健委,无故未参评,,\n"
	p := writeTemp(t, "proposed.csv", []byte(tie))
	cases := []struct {
		name  string
		args  []string
		state evaluation.ComplianceState
		wants []string
	}{
		{"第二十二条：同分一并评为优秀、超出上限而无例外，突破", []string{"-check", p}, evaluation.Breached,
			[]string{"突破比例要求", "要求3家，实际4家", "P03", "P04"}},
		{"第二十二条原则上：有记录的例外时依例外符合", []string{"-check", "-cap-tie-exception", "市科技局局务会议纪要：评审意见一致", p},
			evaluation.WithinByException, []string{"依例外或豁免符合比例要求", "市科技局局务会议纪要", "评审意见一致"}},
		{"第二十二条原则上：英文冒号分隔亦可", []string{"-check", "-lang", "en", "-cap-tie-exception", "Bureau minutes: same review", p},
			evaluation.WithinByException, []string{"within the limits only through a recorded exception or waiver", "Bureau minutes"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := runArgs(t, "", c.args...)
			require.Equal(t, 0, code, "stderr:\n%s", errs)
			for _, w := range c.wants {
				assert.Contains(t, out, w)
			}
			code, out, errs = runArgs(t, "", append([]string{"-format", "json"}, c.args...)...)
			require.Equal(t, 0, code, "stderr:\n%s", errs)
			// Findings are written for reading, not read back: decode what the test needs.
			var got struct {
				Compliance struct {
					State evaluation.ComplianceState `json:"state"`
				} `json:"compliance"`
				Check struct {
					Participants []json.RawMessage `json:"participants"`
				} `json:"check"`
			}
			require.NoError(t, json.Unmarshal([]byte(out), &got))
			assert.Equal(t, c.state, got.Compliance.State)
			assert.Len(t, got.Check.Participants, 11)
		})
	}
}

// A grade list's problems name their row and column; nothing is printed and the exit is 2.
func TestCheckBadInput(t *testing.T) {
	cases := []struct {
		name  string
		data  string
		args  []string
		wants []string
	}{
		{"缺少等次列", "id,name,type,department,participation,total\nA1,甲,重点实验室,市卫健委,参评,80\n", nil, []string{"第1行", "grade"}},
		{"等次无法识别", gradeHead + "A1,甲,重点实验室,市卫健委,参评,80,很好\n", nil, []string{"第2行G列（grade）", "很好"}},
		{"参评平台没有等次", gradeHead + "A1,甲,重点实验室,市卫健委,参评,80,\n", nil, []string{"第2行G列（grade）", "没有拟定等次"}},
		{"第二十四条：未参评平台给了等次", gradeHead + "A1,甲,重点实验室,市卫健委,无故未参评,,良好\n", nil, []string{"第2行G列（grade）", "不评等次"}},
		{"第二十四条：中途退出者只能留空或写较差", gradeHead + "A1,甲,重点实验室,市卫健委,中途退出,,合格\n", nil, []string{"第2行G列（grade）"}},
		{"总分超过100", gradeHead + "A1,甲,重点实验室,市卫健委,参评,101,良好\n", nil, []string{"第2行F列（total）"}},
		{"名单不读取七项得分", "id,name,type,department,participation,major_tasks,grade\n", nil, []string{"第1行F列（major_tasks）", "总分"}},
		{"例外缺少理由", gradeHead + "A1,甲,重点实验室,市卫健委,参评,80,良好\n", []string{"-cap-tie-exception", "局务会"}, []string{"cap-tie-exception"}},
		{"例外理由为空", gradeHead + "A1,甲,重点实验室,市卫健委,参评,80,良好\n", []string{"-cap-tie-exception", "局务会："}, []string{"cap-tie-exception"}},
		{"审核只输出表格或JSON", gradeHead + "A1,甲,重点实验室,市卫健委,参评,80,良好\n", []string{"-format", "html"}, []string{"-check"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := writeTemp(t, "proposed.csv", []byte(c.data))
			code, out, errs := runArgs(t, "", append(append([]string{"-check"}, c.args...), p)...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			for _, w := range c.wants {
				assert.True(t, strings.Contains(errs, w), "stderr does not name %q:\n%s", w, errs)
			}
		})
	}
}
