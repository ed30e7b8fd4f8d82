// Package sample holds the example programs' embedded sample data, so that every program
// (and compare, which reruns them) works on the same files:
//
//   - round.csv: an evaluation round of 30 realistic platforms of all six types, some with
//     the seven dimension scores of 第二十一条, some with totals, one absent without cause and
//     one withdrawn midway (第二十四条);
//   - grades.csv: a grade list someone proposes for that round (a grade column, the total
//     where known), with one 优秀 over the cap, a tie across the 优秀 line and one 较差
//     short of the floor, for cohort -check;
//   - applications.json: four applications for filing, one of each verdict;
//   - history.json: an organisation's events from the call for applications in 2023 to a
//     withdrawal from evaluation and a 清退 for false filing material (第二十五条) in 2026;
//   - acts.json: a second organisation's events showing the acts a history can record
//     beyond the first: reviews that did not pass, a second recommendation, a site visit
//     apart from the expert review, a listing against the experts' opinion, the 主管部门's
//     forwarding of annual reports, a rectification ordered after the result, an unfinished
//     rename, and one act under two heads of 第二十五条.
//
// The names, codes and figures are invented for the examples.
package sample

import (
	"bytes"
	_ "embed"
)

//go:embed round.csv
var round []byte

//go:embed grades.csv
var grades []byte

//go:embed applications.json
var applications []byte

//go:embed history.json
var history []byte

//go:embed acts.json
var acts []byte

// Round returns a fresh copy of the sample round (CSV, UTF-8).
func Round() []byte { return bytes.Clone(round) }

// Grades returns a fresh copy of the sample proposed grade list (CSV, UTF-8).
func Grades() []byte { return bytes.Clone(grades) }

// Applications returns a fresh copy of the sample applications (a JSON array).
func Applications() []byte { return bytes.Clone(applications) }

// History returns a fresh copy of the sample organisation's history (JSON).
func History() []byte { return bytes.Clone(history) }

// Acts returns a fresh copy of the second sample organisation's history (JSON).
func Acts() []byte { return bytes.Clone(acts) }
