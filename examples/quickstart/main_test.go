package main

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The README's quick start is this program, word for word, so it cannot rot unseen.
func TestREADMEQuickStartIsThisProgram(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	src, err := os.ReadFile("main.go")
	require.NoError(t, err)
	text := string(readme)
	start := strings.Index(text, "## Quick start")
	if start < 0 {
		t.Fatal("README has no Quick start section")
	}
	block := text[start:]
	open := strings.Index(block, "```go\n")
	if open < 0 {
		t.Fatal("README's Quick start has no Go block")
	}
	block = block[open+len("```go\n"):]
	end := strings.Index(block, "```\n")
	if end < 0 {
		t.Fatal("README's Quick start Go block is not closed")
	}
	if got := block[:end]; got != string(src) {
		t.Errorf("README quick start differs from examples/quickstart/main.go:\n--- README\n%s\n--- main.go\n%s", got, src)
	}
}

// The quick start prints what its comments say.
func TestQuickStartPrints(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	stdout := os.Stdout
	os.Stdout = w
	main()
	os.Stdout = stdout
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	want := "不符合备案标准\n" +
		"附件·拉萨市新型研发机构 第三条（三）工业类 其自主可支配的科研用房面积在1000㎡以上：要求1000㎡，实际975㎡，尚差25㎡。不符合。\n" +
		"50万元 第十五条\n"
	if string(out) != want {
		t.Errorf("quick start printed:\n%s\nwant:\n%s", out, want)
	}
}
