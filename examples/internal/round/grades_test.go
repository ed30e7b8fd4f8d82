package round_test

import (
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/lhasa-sti/platform/examples/internal/sample"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The sample grade list reads into 30 records with their grades; a withdrawal's 较差 reaches
// the check only when it counts in N (第二十四条).
func TestSampleGrades(t *testing.T) {
	recs, enc, err := round.ReadGradesCSV(sample.Grades(), nil)
	require.NoError(t, err)
	assert.Equal(t, "UTF-8", enc)
	require.Len(t, recs, 30)
	counts := map[platform.Grade]int{}
	for _, r := range recs {
		counts[r.Grade]++
	}
	assert.Equal(t, map[platform.Grade]int{platform.Excellent: 9, platform.Good: 8, platform.Qualified: 9, platform.Poor: 2, 0: 2}, counts)
	list := round.ToProposal(recs, false)
	require.Len(t, list, 30)
	assert.Equal(t, evaluation.AbsentWithoutCause, list[28].Participation)
	assert.Equal(t, evaluation.Withdrew, list[29].Participation)

	recs, _, err = round.ReadGradesCSV([]byte("id,name,type,department,participation,grade\nA1,甲,重点实验室,市卫健委,中途退出,较差\n"), nil)
	require.NoError(t, err)
	assert.Equal(t, platform.Poor, recs[0].Grade)
	assert.Equal(t, platform.Grade(0), round.ToProposal(recs, false)[0].Grade, "not counted: no grade")
	assert.Equal(t, platform.Poor, round.ToProposal(recs, true)[0].Grade, "counted in N: 较差")
}

// A grade list's columns are the round file's without the seven scores, the total optional,
// and the grade column required.
func TestGradeColumns(t *testing.T) {
	var codes []string
	for _, c := range round.GradeColumns() {
		codes = append(codes, c.Code)
		if c.Code == "total" {
			assert.Equal(t, round.Optional, c.Need)
		}
	}
	assert.Equal(t, []string{"id", "name", "type", "department", "participation", "cycle", "total", "grade"}, codes)
	_, _, err := round.ReadCSV([]byte("id,name,type,department,participation,total,grade\nA1,甲,重点实验室,市卫健委,参评,80,良好\n"), nil)
	assert.Error(t, err, "a round file has no grade column")
}
