package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/lhasa-sti/platform"
	"github.com/lhasa-sti/platform/eligibility"
	"github.com/lhasa-sti/platform/evaluation"
	"github.com/lhasa-sti/platform/examples/internal/cli"
	"github.com/lhasa-sti/platform/examples/internal/cohortreport"
	"github.com/lhasa-sti/platform/examples/internal/docs"
	"github.com/lhasa-sti/platform/examples/internal/round"
	"github.com/lhasa-sti/platform/examples/internal/sample"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The page in a real browser: headless Chromium, driven with chromedp, on the page served
// from 127.0.0.1 with the library built to WebAssembly once per test binary.

var screenshots = flag.Bool("screenshots", false, "write the README's screenshots of both pages to examples/web/screenshots")

// installHint is the one line a machine without a browser is told.
const installHint = "headless Chromium not found: install it with `apt-get install chromium fonts-noto-cjk` (or set CHROMIUM to its path) to run the browser tests"

// chromium returns the browser's path; without one the test fails under CI=true and is
// skipped otherwise.
func chromium(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal(installHint)
	}
	t.Skip(installHint)
	return ""
}

var (
	buildOnce sync.Once
	siteDir   string
	buildErr  error
)

// site builds the page (the README's command) into a temporary directory, once.
func site(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		root := docs.Root(t)
		dir, err := os.MkdirTemp("", "lhasa-web-")
		if err != nil {
			buildErr = err
			return
		}
		siteDir = dir
		for _, name := range []string{"index.html", "app.js", "style.css"} {
			b, err := os.ReadFile(filepath.Join(root, "examples", "web", "site", name))
			if err == nil {
				err = os.WriteFile(filepath.Join(dir, name), b, 0o644)
			}
			if err != nil {
				buildErr = err
				return
			}
		}
		goroot, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			buildErr = err
			return
		}
		b, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, "wasm_exec.js"), b, 0o644)
		}
		if err != nil {
			buildErr = err
			return
		}
		cmd := exec.Command("go", "build", "-o", filepath.Join(dir, "lhasa.wasm"), "./examples/web/wasm")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building the wasm: %w\n%s", err, out)
		}
	})
	require.NoError(t, buildErr)
	return siteDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if siteDir != "" {
		_ = os.RemoveAll(siteDir)
	}
	os.Exit(code)
}

// browse starts the server and a fresh headless Chromium, and returns a browser context
// and the page's address.
func browse(t *testing.T) (context.Context, string) {
	t.Helper()
	exe := chromium(t)
	dir := site(t)
	srv := httptest.NewServer(handler(dir)) // listens on 127.0.0.1
	t.Cleanup(srv.Close)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900), chromedp.Flag("lang", "zh-CN"),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelT(); cancelB(); cancelA() })
	return ctx, srv.URL + "/"
}

// load opens the page and waits for the library to answer its first check; it returns
// the time from the page's navigation to that first verdict. Downloads go to downloads.
func load(ctx context.Context, t *testing.T, url, downloads string) float64 {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(css(`#verdict`)),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads})
			return err
		})))
	ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.lhasaFirstVerdictMs`))
	require.NoError(t, err)
	return ms
}

func css(sel string) chromedp.CSS { return chromedp.CSS(sel) }

// do runs steps; each is an action returning nothing.
func do(ctx context.Context, t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	require.NoError(t, chromedp.Do(ctx, steps...))
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](ctx context.Context, t *testing.T, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	require.NoError(t, err, expr)
	return v
}

func attr(ctx context.Context, t *testing.T, sel, name string) string {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.AttributeValue(css(sel), name))
	require.NoError(t, err)
	return v.Value
}

func id(path string) string {
	return "#f-" + strings.NewReplacer(".", "-", "[", "-", "]", "-").Replace(path)
}

// set gives a form field a value as a user does, and tells the page it changed.
func set(sel, value string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(chromedp.SetValue(css(sel), value),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := chromedp.Evaluate[bool](fmt.Sprintf(`document.querySelector(%q).dispatchEvent(new Event("change"))`, sel))(ctx, t)
			return err
		}))
}

// list gives a list fact: given, with one row per element (key → value; "" for a list of
// plain values).
func list(path string, rows []map[string]string) chromedp.Action[chromedp.Void] {
	box := id(path)
	steps := []chromedp.Action[chromedp.Void]{set(box+"-given", "given")}
	for i, row := range rows {
		steps = append(steps, chromedp.Click(css(box+"-add")))
		for k, v := range row {
			key := k
			if key == "" {
				key = "v"
			}
			steps = append(steps, set(fmt.Sprintf("%s-%d-%s", box, i, key), v))
		}
	}
	return chromedp.Steps(steps...)
}

func text(ctx context.Context, t *testing.T, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.TextContent(css(sel)))
	require.NoError(t, err, sel)
	return s
}

// pageJSON is what the page holds as text in sel, decoded.
func pageJSON(ctx context.Context, t *testing.T, sel string) any {
	t.Helper()
	s := text(ctx, t, sel)
	var v any
	require.NoError(t, json.Unmarshal([]byte(s), &v), "%s holds %q", sel, s)
	return v
}

// libraryJSON is the library's Result for an application's JSON, decoded.
func libraryJSON(t *testing.T, app []byte) any {
	t.Helper()
	var a eligibility.Application
	require.NoError(t, json.Unmarshal(app, &a))
	res, err := eligibility.Check(a, eligibility.Options{})
	require.NoError(t, err)
	b, err := json.Marshal(res)
	require.NoError(t, err)
	var v any
	require.NoError(t, json.Unmarshal(b, &v))
	return v
}

// downloaded waits for the browser to write a downloaded file, and returns it.
func downloaded(t *testing.T, path string) []byte {
	t.Helper()
	for range 100 {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s was not downloaded", path)
	return nil
}

func screenshot(ctx context.Context, t *testing.T, name string) {
	t.Helper()
	if !*screenshots {
		return
	}
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	path := filepath.Join("screenshots", name)
	require.NoError(t, os.MkdirAll("screenshots", 0o755))
	require.NoError(t, os.WriteFile(path, buf, 0o644))
	t.Logf("wrote %s", path)
}

// fillKeyLab types the sample key laboratory of the README as a user types it into the
// form, with 250 ㎡ of laboratory where 第三条（一） asks for 300 ㎡ or more.
func fillKeyLab() chromedp.Action[chromedp.Void] {
	projects := []map[string]string{
		{"level": "national", "role": "took_part", "date": "2022-09-01"},
		{"level": "regional", "role": "undertook", "date": "2023-04-12"},
		{"level": "regional", "role": "took_part", "date": "2023-10-20"},
		{"level": "city", "role": "undertook", "date": "2024-03-05"},
		{"level": "city", "role": "undertook", "date": "2024-08-30"},
	}
	var papers []map[string]string
	for _, d := range []string{"2022-05-10", "2022-11-02", "2023-06-21", "2024-01-15", "2024-09-09", "2024-12-01"} {
		papers = append(papers, map[string]string{"": d})
	}
	return chromedp.Steps(
		set(`#type`, "key_laboratory"),
		set(id("date"), "2025-03-01"),
		set(id("built_in"), "540102"),
		set(id("applicant.name"), "拉萨高原医学研究院（示例）"),
		set(id("applicant.credit_code"), "12540100MB0P12345B"),
		set(id("applicant.kind"), "institute"),
		set(id("applicant.independent_legal_entity"), "true"),
		set(id("applicant.field"), "高原生命健康"),
		list("applicant.integrity", nil),
		list("bans", nil),
		set(id("key_laboratory.lab_area"), "250"),
		set(id("key_laboratory.equipment_value"), "1860000"),
		set(id("key_laboratory.built_since"), "2021-06-18"),
		set(id("key_laboratory.team_size"), "23"),
		list("key_laboratory.projects", projects),
		list("key_laboratory.papers", papers),
		set(id("key_laboratory.full_time_researchers"), "18"),
		set(id("key_laboratory.mid_or_senior"), "11"),
		set(id("key_laboratory.senior"), "4"),
		set(id("key_laboratory.graduate_training"), "true"),
		set(id("key_laboratory.relying_unit_support"), "true"),
		chromedp.Click(css(`#run`)),
		chromedp.WaitVisible(css(`#findings`)),
	)
}

func TestBrowser(t *testing.T) {
	if raceEnabled {
		// The page's Go runs in the browser, where -race does not reach; CI runs this test
		// in its plain go test step, and runs it once.
		t.Skip("the browser test runs without -race (the page's Go runs in the browser)")
	}
	ctx, url := browse(t)
	downloads := t.TempDir()
	ms := load(ctx, t, url, downloads)
	t.Logf("page load to first verdict: %.0f ms", ms)
	if raw, err := os.ReadFile(filepath.Join(site(t), "lhasa.wasm")); err == nil {
		var gz bytes.Buffer
		w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		_, _ = w.Write(raw)
		_ = w.Close()
		t.Logf("lhasa.wasm: %d bytes raw, %d gzipped", len(raw), gz.Len())
	}

	t.Run("a key laboratory with too small a laboratory is ineligible, 50㎡ short (附件·拉萨市重点实验室 第三条（一）)", func(t *testing.T) {
		do(ctx, t, fillKeyLab())
		assert.Equal(t, "ineligible", attr(ctx, t, "#verdict", "data-verdict"))
		assert.Contains(t, text(ctx, t, "#verdict"), "不符合 1")
		row := fmt.Sprintf(`#findings tr[data-rule=%q]`, eligibility.RuleKeyLabLabArea)
		assert.Equal(t, "不符合", text(ctx, t, row+" td.outcome"))
		assert.Equal(t, "尚差 50㎡", text(ctx, t, row+" td.shortfall"))
		assert.Contains(t, text(ctx, t, row+" td.clause"), "第三条（一）")
		// Judgment clauses not reviewed await review, and nothing else fails.
		assert.Equal(t, 1, eval[int](ctx, t, `document.querySelectorAll("#findings tr.fail").length`))
		assert.Positive(t, eval[int](ctx, t, `[...document.querySelectorAll("#findings tr.review td.outcome")].filter(td => td.textContent === "待评审").length`))
		// The page's application is the library's JSON, and its findings the library's.
		app := eval[string](ctx, t, `document.getElementById("app-json").value`)
		assert.Equal(t, libraryJSON(t, []byte(app)), pageJSON(ctx, t, "#result-json"))
		screenshot(ctx, t, "self-check.png")
		// The same in English.
		do(ctx, t, set(`#lang`, "en"))
		assert.Equal(t, "short by 50 m²", text(ctx, t, row+" td.shortfall"))
		assert.Contains(t, text(ctx, t, "#verdict"), "Verdict: ineligible")
		do(ctx, t, set(`#lang`, "zh"))
	})

	t.Run("an imported application's findings equal the library's, the date a duration is met shown", func(t *testing.T) {
		var apps []map[string]any
		require.NoError(t, json.Unmarshal(sample.Applications(), &apps))
		app := apps[0]
		app["key_laboratory"].(map[string]any)["built_since"] = "2023-06-18" // 2 years of 建设基础 from 2025-06-19
		b, err := json.MarshalIndent(app, "", "  ")
		require.NoError(t, err)
		do(ctx, t, chromedp.Click(css(`#json-box summary`)), chromedp.SetValue(css(`#app-json`), string(b)),
			chromedp.Click(css(`#run-json`)), chromedp.WaitVisible(css(`#findings`)))
		assert.Equal(t, libraryJSON(t, b), pageJSON(ctx, t, "#result-json"))
		row := fmt.Sprintf(`#findings tr[data-rule=%q]`, eligibility.RuleKeyLabConstructionYears)
		assert.Equal(t, "自 2025-06-19 起满足", text(ctx, t, row+" td.shortfall"))
		// The reviews, which the form does not show, are kept: the form's application
		// decides as the imported one.
		do(ctx, t, chromedp.Click(css(`#run`)))
		exported := eval[string](ctx, t, `document.getElementById("app-json").value`)
		assert.Equal(t, libraryJSON(t, b), libraryJSON(t, []byte(exported)), "the form lost something of the imported application")
	})

	t.Run("a 新型研发机构's category, chosen beside its type, decides which criteria of 第三条（三） apply", func(t *testing.T) {
		do(ctx, t, set(`#type`, "new_rd_institution"), chromedp.WaitVisible(css(`#category-label`)),
			set(`#category`, "agriculture"), set(id("date"), "2025-03-01"),
			set(id("new_rd_institution.office_area"), "500"), set(id("new_rd_institution.research_area"), "600"),
			chromedp.Click(css(`#export`)), chromedp.Click(css(`#run`)), chromedp.WaitVisible(css(`#findings`)))
		app := eval[string](ctx, t, `document.getElementById("app-json").value`)
		assert.Contains(t, app, `"category": "agriculture"`)
		exported := downloaded(t, filepath.Join(downloads, "application.json"))
		assert.JSONEq(t, app, string(exported), "the exported file is not the application checked")
		assert.Equal(t, libraryJSON(t, []byte(app)), pageJSON(ctx, t, "#result-json"))
		row := fmt.Sprintf(`#findings tr[data-rule=%q]`, eligibility.RuleNewRDAgricultureArea)
		assert.Equal(t, "信息不全", text(ctx, t, row+" td.outcome"), "the experimental field's area is not given")
		assert.Zero(t, eval[int](ctx, t, fmt.Sprintf(`document.querySelectorAll('#findings tr[data-rule=%q]').length`, eligibility.RuleNewRDIndustryArea)))
		do(ctx, t, set(`#type`, "key_laboratory"))
		assert.True(t, eval[bool](ctx, t, `document.getElementById("category-label").hidden`))
		do(ctx, t, fillKeyLab())
	})

	t.Run("bad input shows the library's error naming the field, and no verdict", func(t *testing.T) {
		do(ctx, t, set(id("key_laboratory.team_size"), "twenty"), chromedp.Click(css(`#run`)), chromedp.WaitVisible(css(`#check-error`)))
		assert.Contains(t, text(ctx, t, "#check-error"), "team_size")
		assert.True(t, eval[bool](ctx, t, `document.getElementById("verdict").hidden && document.getElementById("findings").hidden`),
			"a verdict is shown beside the error")
		// An application without its date: the library's error names the field.
		do(ctx, t, set(id("key_laboratory.team_size"), "23"), set(id("date"), ""), chromedp.Click(css(`#run`)),
			chromedp.WaitVisible(css(`#check-error`)))
		assert.Contains(t, text(ctx, t, "#check-error"), "date")
	})

	t.Run("the sample round gives the cohort program's report and grade counts", func(t *testing.T) {
		recs, _, err := round.ReadCSV(sample.Round(), nil)
		require.NoError(t, err)
		rep, err := cohortreport.Build(recs, evaluation.IllustrativeParameters(), cohortreport.Config{Round: "sample", Date: "2025-12-15", Group: "pooled"})
		require.NoError(t, err)
		want := map[string]int{}
		for _, p := range rep.Platforms {
			if p.Graded {
				want[p.Final.String()]++
			}
		}
		page, err := rep.HTML(cli.Zh)
		require.NoError(t, err)
		do(ctx, t, chromedp.Click(css(`#tab-cohort`)), chromedp.Click(css(`#sample`)), chromedp.WaitVisible(css(`#cohort-summary`)),
			chromedp.Sleep(300*time.Millisecond)) // the report's frame lays out
		assert.Equal(t, string(page), eval[string](ctx, t, `document.getElementById("report").srcdoc`),
			"the page's report is not `go run ./examples/cohort -format html`")
		assert.Positive(t, eval[int](ctx, t, `document.getElementById("report").contentDocument.querySelectorAll("svg").length`),
			"the report's charts are missing")
		assert.Len(t, want, 4, "the sample round gives every grade")
		for _, g := range platform.Grades() {
			assert.Equal(t, fmt.Sprint(want[g.String()]), attr(ctx, t, "#count-"+g.String(), "data-count"), "count of %s", g)
		}
		do(ctx, t, chromedp.Click(css(`#csv-download`)))
		assert.Equal(t, "\ufeff"+string(rep.CSV(cli.Zh)), string(downloaded(t, filepath.Join(downloads, "round-result.csv"))),
			"the CSV downloaded is not the cohort program's -format csv")
		screenshot(ctx, t, "cohort.png")
	})

	t.Run("a CSV with a bad row shows the row and column, and no report", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad.csv")
		require.NoError(t, os.WriteFile(bad, []byte("id,name,type,department,participation,total\nA,a,重点实验室,d,参评,90\nB,b,重点实验室,d,参评,abc\n"), 0o644))
		do(ctx, t, chromedp.SetUploadFiles(css(`#csv-file`), []string{bad}), chromedp.WaitVisible(css(`#cohort-error`)))
		assert.Contains(t, text(ctx, t, "#cohort-error"), "第3行F列（total）")
		assert.True(t, eval[bool](ctx, t, `document.getElementById("report").hidden && document.getElementById("cohort-summary").hidden`),
			"a report is shown beside the error")
		do(ctx, t, set(`#lang`, "en"))
		assert.Contains(t, text(ctx, t, "#cohort-error"), "row 3, column F (total)")
	})
}
