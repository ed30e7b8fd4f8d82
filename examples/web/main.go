// Command web serves the self-check and the cohort report as a web page on 127.0.0.1: the
// library compiled to WebAssembly runs in the browser, offline, and explains every answer
// in Chinese and English. Build the page once, then serve it:
//
//	GOOS=js GOARCH=wasm go build -o examples/web/site/lhasa.wasm ./examples/web/wasm
//	cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" examples/web/site/
//	go run ./examples/web
//
// It prints the address to open and serves until stopped. Run it with -h for the flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/lhasa-sti/platform/examples/internal/cli"
)

// buildCommand is the README's command that builds the page into dir.
func buildCommand(dir string) string {
	return fmt.Sprintf("GOOS=js GOARCH=wasm go build -o %s ./examples/web/wasm && cp \"$(go env GOROOT)/lib/wasm/wasm_exec.js\" %s/",
		filepath.Join(dir, "lhasa.wasm"), dir)
}

var intro = cli.Text{
	Zh: `web：在本机 127.0.0.1 上提供备案自检和评估轮次报告的网页

用法：web [参数]

网页中的规则引擎是编译为 WebAssembly 的本库，在浏览器中离线运行，每项结论都有中英文说明和条款。
先构建网页（一次即可）：

  GOOS=js GOARCH=wasm go build -o examples/web/site/lhasa.wasm ./examples/web/wasm
  cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" examples/web/site/

然后运行 web，它输出网址并持续提供服务，按 Ctrl+C 停止。缺少构建结果时输出上述命令，退出码为2。

`,
	En: `web: serve the filing self-check and the evaluation round report as a web page on 127.0.0.1

usage: web [flags]

The page's rules engine is this library compiled to WebAssembly: it runs in the browser,
offline, and explains every answer in Chinese and English with its clause. Build the page
once:

  GOOS=js GOARCH=wasm go build -o examples/web/site/lhasa.wasm ./examples/web/wasm
  cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" examples/web/site/

then run web: it prints the address and serves until stopped (Ctrl+C). Without the build it
prints the commands above and exits with status 2.

`,
}

type config struct {
	lang cli.Lang
	addr string
	dir  string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := cli.NewFlagSet("web", args, stderr, intro)
	var lang string
	fs.String(&lang, "lang", "zh", cli.Text{Zh: "提示和帮助的语言：zh（中文）或 en（英文）；网页可随时切换语言", En: "language of the messages and the help: zh or en (the page switches at will)"})
	fs.String(&c.addr, "addr", "127.0.0.1:8080", cli.Text{Zh: "监听的`地址:端口`，只限本机（127.0.0.1、::1 或 localhost）；端口为0时任选空闲端口",
		En: "`host:port` to listen on, this machine only (127.0.0.1, ::1 or localhost); port 0 picks a free one"})
	fs.String(&c.dir, "dir", filepath.Join("examples", "web", "site"), cli.Text{Zh: "网页文件所在的`目录`（含构建的 lhasa.wasm 和 wasm_exec.js）",
		En: "`directory` of the page's files (with the built lhasa.wasm and wasm_exec.js)"})
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	var err error
	if c.lang, err = cli.ParseLang(lang); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, errors.New("web takes no arguments, only flags")
	}
	host, _, err := net.SplitHostPort(c.addr)
	if err != nil {
		return c, fmt.Errorf("-addr %q: %w", c.addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return c, fmt.Errorf("-addr %q: web serves this machine only (127.0.0.1, ::1 or localhost)", c.addr)
	}
	return c, nil
}

// checkSite reports what the page lacks in dir: its files, or the build.
func checkSite(dir string, l cli.Lang) error {
	for _, name := range []string{"index.html", "app.js", "style.css", "wasm_exec.js", "lhasa.wasm"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("%s%s\n  %s", filepath.Join(dir, name), l.Pick("不存在；请先在仓库根目录构建网页：", " is missing: build the page first, from the repository's root:"), buildCommand(dir))
		}
	}
	return nil
}

// handler serves the page's files from dir, uncached (a rebuilt lhasa.wasm is used at once).
func handler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run serves until the listener fails; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return cli.ExitOK
	}
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "web:", err)
		return cli.ExitUsage
	}
	if err := checkSite(c.dir, c.lang); err != nil {
		_, _ = fmt.Fprintln(stderr, "web:", err)
		return cli.ExitUsage
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		_, _ = fmt.Fprintln(stderr, "web:", err)
		return cli.ExitUsage
	}
	_, _ = fmt.Fprintf(stdout, "%s http://%s/\n", c.lang.Pick("网页地址：", "serving on"), ln.Addr())
	srv := &http.Server{Handler: handler(c.dir), ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); err != nil {
		_, _ = fmt.Fprintln(stderr, "web:", err)
	}
	return cli.ExitUsage
}
