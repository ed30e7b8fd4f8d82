#!/usr/bin/env bash
# compare.sh: benchmarks of the working tree against those of an earlier commit, in one run.
#
#   bench/compare.sh [-n ROUNDS] [-t BENCHTIME] [-b REGEX] BASE [PACKAGE ...]
#
# Builds the test binary of each PACKAGE (default ./bench), a directory relative to the root
# of the repository, wherever the script is run from, in the working tree and in a temporary
# worktree of BASE; runs the two in turn ROUNDS times (default 10; BENCHTIME default 500ms;
# REGEX default .); and prints benchstat's comparison, BASE first, a table per package.
# ./bench is copied into BASE's worktree, so its benchmarks measure both editions on the same
# inputs; any other package is measured with each tree's own benchmarks (compared by name).
# A benchmark that fails stops the script. Needs git and Go; benchstat is run at the version
# TOOLS.md pins.
set -euo pipefail
rounds=10 benchtime=500ms regex=.
while getopts n:t:b: opt; do
	case $opt in
	n) rounds=$OPTARG ;;
	t) benchtime=$OPTARG ;;
	b) regex=$OPTARG ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "usage: bench/compare.sh [-n ROUNDS] [-t BENCHTIME] [-b REGEX] BASE [PACKAGE ...]" >&2; exit 2; }
base=$1
shift
pkgs=()
for p in "$@"; do
	p=${p%/}
	case $p in
	. | ./*) ;;
	*) p=./$p ;;
	esac
	pkgs+=("$p")
done
[ ${#pkgs[@]} -gt 0 ] || pkgs=(./bench)
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/tree" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" worktree add --quiet --detach "$tmp/tree" "$base"
for p in "${pkgs[@]}"; do
	n=$(echo "$p" | tr -c 'a-zA-Z0-9\n' _)
	if [ "$p" = ./bench ]; then
		rm -rf "$tmp/tree/bench"
		cp -r "$root/bench" "$tmp/tree/bench"
	fi
	(cd "$tmp/tree" && go test -c -o "$tmp/base$n.test" "$p")
	(cd "$root" && go test -c -o "$tmp/head$n.test" "$p")
done
# run TREE NAME DIR: one round of a package's binary; its configuration lines (pkg: …) keep
# the packages' benchmarks of the same name apart.
run() {
	if ! (cd "$3" && "$tmp/$1$2.test" -test.run '^$' -test.bench "$regex" -test.benchmem -test.benchtime "$benchtime") >"$tmp/out"; then
		cat "$tmp/out" >&2
		echo "compare.sh: the benchmarks of $3 failed" >&2
		exit 1
	fi
	grep -E '^(Benchmark|pkg:|goos:|goarch:|cpu:)' "$tmp/out" >>"$tmp/$1.txt" || true
}
for i in $(seq "$rounds"); do
	for p in "${pkgs[@]}"; do
		n=$(echo "$p" | tr -c 'a-zA-Z0-9\n' _)
		run base "$n" "$tmp/tree/$p"
		run head "$n" "$root/$p"
	done
	echo "round $i of $rounds" >&2
done
cd "$root"
go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da "base=$tmp/base.txt" "head=$tmp/head.txt"
