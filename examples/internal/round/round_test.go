package round_test

import (
	"strings"
	"testing"

	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/lhasa-sti/platform/examples/internal/sample"

	"github.com/stretchr/testify/require"
)

func TestSample(t *testing.T) {
	recs, enc, err := round.ReadCSV(sample.Round(), nil)
	if err != nil || enc != "UTF-8" || len(recs) != 30 {
		t.Fatalf("ReadCSV(sample) = %d records, %q, %v", len(recs), enc, err)
	}
	var absent, withdrew, totals, dims int
	for _, r := range recs {
		switch r.Participation {
		case round.Absent:
			absent++
		case round.Withdrew:
			withdrew++
		}
		if r.Total != nil {
			totals++
		}
		if r.Dims != nil {
			dims++
		}
	}
	if absent != 1 || withdrew != 1 || totals == 0 || dims == 0 || totals+dims != 28 {
		t.Errorf("absent %d, withdrew %d, totals %d, dimension scores %d", absent, withdrew, totals, dims)
	}
	r := round.ToRound(recs, "r", evaluationDate(t))
	if len(r.Participants) != 30 || r.Participants[0].Scores == nil || r.Participants[1].Total == nil {
		t.Errorf("ToRound: %+v", r.Participants[:2])
	}
	if r.Participants[4].Participation != evaluation.AbsentWithoutCause {
		t.Errorf("participation of row 6: %v", r.Participants[4].Participation)
	}
}

func TestChineseHeadings(t *testing.T) {
	in := "编号,名称,类型,主管部门,参评情况,周期,重大科技任务,关键技术攻关,引领行业技术进步,技术创新服务,人才队伍建设,成果转化产业化,培育孵化科技型企业\n" +
		"A1,甲,重点实验室,市卫健委,,2,90,90,90,90,90,90,90\n" +
		"A2,乙,拉萨市技术创新中心,市经信局,因故未参评,,,,,,,,\n"
	recs, _, err := round.ReadCSV([]byte(in), nil)
	if err != nil || len(recs) != 2 || recs[0].Cycle != 2 || recs[0].Dims == nil || recs[1].Participation != round.Excused {
		t.Fatalf("ReadCSV = %+v, %v", recs, err)
	}
}

// At most 20 problems are reported, each with its row.
func TestManyErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,name,type,department,participation,total\n")
	for i := 0; i < 50; i++ {
		b.WriteString("A,甲,实验室,市卫健委,参评,80\n")
	}
	_, _, err := round.ReadCSV([]byte(b.String()), nil)
	var re round.Errors
	require.ErrorAs(t, err, &re)
	require.Len(t, re, 20, "errors: %v", err)
	if !strings.Contains(re.Error(), "row 2, column C (type)") {
		t.Errorf("first error: %s", re[0].Error())
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add(sample.Round())
	f.Add([]byte("id,name,type,department,participation,total\nA,甲,重点实验室,市卫健委,参评,80\n"))
	f.Add([]byte("id,name,type,department,participation,total\nA,\"甲,重点实验室\n"))
	f.Add([]byte("\xef\xbb\xbfid,name\n"))
	f.Add([]byte{0xff, 0xfe, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, _, err := round.ReadCSV(data, nil)
		if err != nil && recs != nil {
			t.Fatal("records returned with an error")
		}
		if err == nil {
			seen := map[string]bool{}
			for _, r := range recs {
				if r.ID == "" || seen[r.ID] || !r.Type.Valid() {
					t.Fatalf("accepted a bad record: %+v", r)
				}
				seen[r.ID] = true
				if r.Participation == round.TookPart && (r.Total == nil) == (r.Dims == nil) {
					t.Fatalf("a participant with neither or both of total and scores: %+v", r)
				}
			}
		}
	})
}

func evaluationDate(t *testing.T) platform.Date {
	t.Helper()
	return platform.MustDate(2025, 12, 15)
}

// The column list the help and both READMEs are written from is the one the parser reads:
// a file whose header names every column by any of its names (the code or a Chinese
// heading) is read, and the one scored column names what it holds.
func TestColumnsAreWhatTheParserReads(t *testing.T) {
	cols := round.Columns()
	if len(cols) != 14 {
		t.Fatalf("Columns() has %d columns, want the 7 fixed and the 7 dimensions of 第二十一条", len(cols))
	}
	names := func(c round.Column) []string { return append([]string{c.Code}, c.Headings...) }
	for _, c := range cols {
		if len(c.Headings) == 0 || c.Zh == "" || c.En == "" {
			t.Errorf("column %s: headings %q, zh %q, en %q: each column needs a Chinese heading and both texts", c.Code, c.Headings, c.Zh, c.En)
		}
		for _, name := range names(c) {
			// Every other column by its code, this one by name; dimension files leave out total.
			var header, row []string
			for _, o := range cols {
				if (o.Code == "total") != (c.Code == "total") && o.Need == round.Score {
					continue
				}
				h, v := o.Code, "1"
				if o.Code == c.Code {
					h = name
				}
				switch o.Code {
				case "id", "name", "department":
					v = "x"
				case "type":
					v = "重点实验室"
				case "participation":
					v = "参评"
				}
				header, row = append(header, h), append(row, v)
			}
			in := strings.Join(header, ",") + "\n" + strings.Join(row, ",") + "\n"
			recs, _, err := round.ReadCSV([]byte(in), nil)
			if err != nil || len(recs) != 1 {
				t.Errorf("column %s named %q: ReadCSV = %d records, %v\n%s", c.Code, name, len(recs), err, in)
			}
		}
	}
	// A name the list does not hold is refused, so the list is the whole of what is read.
	_, _, err := round.ReadCSV([]byte("编号,名称,类型,主管部门,参评情况,得分\nA,甲,重点实验室,市卫健委,参评,90\n"), nil)
	if err == nil || !strings.Contains(err.Error(), "unknown column") {
		t.Errorf("a heading not in Columns() (得分): err = %v, want unknown column", err)
	}
}
