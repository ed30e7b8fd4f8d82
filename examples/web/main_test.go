package main

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lhasa-sti/platform/examples/internal/docs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// The help in both languages, and the READMEs' commands for web, are ones it takes.
func TestHelp(t *testing.T) {
	help := func(args ...string) string {
		code, out, errs := runArgs(args...)
		if code != 0 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 0 and the help on stderr", args, code, out)
		}
		return errs
	}
	docs.CheckProgram(t, "web", help, func(args []string) error { _, err := parseFlags(args, io.Discard); return err })
	zh, en := help("-h"), help("-h", "-lang", "en")
	for _, want := range []string{"GOOS=js GOARCH=wasm go build -o examples/web/site/lhasa.wasm ./examples/web/wasm", `$(go env GOROOT)/lib/wasm/wasm_exec.js`} {
		assert.Contains(t, zh, want)
		assert.Contains(t, en, want)
	}
}

// web serves this machine only, takes no arguments, and refuses unknown flags.
func TestFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-addr", "0.0.0.0:8080"}, {"-addr", "192.168.1.2:80"}, {"-addr", "example.com:80"}, {"-addr", "8080"},
		{"-lang", "fr"}, {"-nope"}, {"page.html"},
	} {
		code, out, errs := runArgs(args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Empty(t, out, "%v", args)
		assert.NotEmpty(t, errs, "%v", args)
	}
	for _, addr := range []string{"127.0.0.1:0", "[::1]:8080", "localhost:8080"} {
		c, err := parseFlags([]string{"-addr", addr}, io.Discard)
		require.NoError(t, err, addr)
		assert.Equal(t, addr, c.addr)
	}
}

// Without the build, web says which file is missing and the command that builds it.
func TestMissingBuild(t *testing.T) {
	dir := t.TempDir()
	for _, lang := range []string{"zh", "en"} {
		code, out, errs := runArgs("-lang", lang, "-dir", dir)
		assert.Equal(t, 2, code)
		assert.Empty(t, out)
		assert.Contains(t, errs, filepath.Join(dir, "index.html"))
		assert.Contains(t, errs, "GOOS=js GOARCH=wasm go build -o "+filepath.Join(dir, "lhasa.wasm")+" ./examples/web/wasm")
	}
	code, _, errs := runArgs("-lang", "en", "-dir", dir)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "is missing: build the page first")
}

// web prints the address it serves on, on 127.0.0.1, and serves the page's files there,
// uncached.
func TestServes(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"index.html", "app.js", "style.css", "wasm_exec.js", "lhasa.wasm"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644))
	}
	r, w := io.Pipe()
	go run([]string{"-addr", "127.0.0.1:0", "-dir", dir, "-lang", "en"}, w, io.Discard) // serves until the test binary ends
	line, err := bufio.NewReader(r).ReadString('\n')
	require.NoError(t, err)
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "serving on ")
	require.True(t, ok, "first line %q", line)
	require.True(t, strings.HasPrefix(url, "http://127.0.0.1:"), url)
	resp, err := http.Get(url + "lhasa.wasm")
	require.NoError(t, err)
	defer func() { _ = resp.Body.Close() }()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, "lhasa.wasm", string(body))
	assert.Equal(t, "application/wasm", resp.Header.Get("Content-Type"))
	assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
}
