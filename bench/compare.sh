#!/usr/bin/env bash
# compare.sh: benchmarks of the working tree against those of an earlier commit, in one run.
#
#   bench/compare.sh [-n ROUNDS] [-t BENCHTIME] [-b REGEX] BASE [PACKAGE ...]
#
# Builds the test binary of each PACKAGE (default ./bench) in the working tree and in a
# temporary worktree of BASE, runs the two in turn ROUNDS times (default 10; BENCHTIME
# default 500ms; REGEX default .), and prints benchstat's comparison, BASE first. ./bench is
# copied into BASE's worktree, so its benchmarks measure both editions on the same inputs;
# any other package is measured with each tree's own benchmarks (compared by name).
# Needs git and Go; benchstat is run at the version TOOLS.md pins.
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
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(./bench)
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/tree" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" worktree add --detach "$tmp/tree" "$base" >/dev/null 2>&1
for p in "${pkgs[@]}"; do
	n=$(echo "$p" | tr -c 'a-zA-Z0-9\n' _)
	if [ "$p" = ./bench ]; then
		rm -rf "$tmp/tree/bench"
		cp -r "$root/bench" "$tmp/tree/bench"
	fi
	(cd "$tmp/tree" && go test -c -o "$tmp/base$n.test" "$p")
	(cd "$root" && go test -c -o "$tmp/head$n.test" "$p")
done
for i in $(seq "$rounds"); do
	for p in "${pkgs[@]}"; do
		n=$(echo "$p" | tr -c 'a-zA-Z0-9\n' _)
		(cd "$tmp/tree/$p" && "$tmp/base$n.test" -test.run '^$' -test.bench "$regex" -test.benchmem -test.benchtime "$benchtime") | grep '^Benchmark' >>"$tmp/base.txt" || true
		(cd "$root/$p" && "$tmp/head$n.test" -test.run '^$' -test.bench "$regex" -test.benchmem -test.benchtime "$benchtime") | grep '^Benchmark' >>"$tmp/head.txt" || true
	done
	echo "round $i of $rounds" >&2
done
cd "$root"
go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da "base=$tmp/base.txt" "head=$tmp/head.txt"
