#!/bin/sh
# The parser's facts before and after a change, compared byte for byte.
#   test/facts_same.sh --save DIR   builds test/unit/scan_tool and writes the
#                                   output of `scan_tool -f FILE` for every
#                                   file of the corpus and of demo/reports to
#                                   DIR (one .facts file per input)
#   test/facts_same.sh DIR          builds again, and compares with DIR: lists
#                                   every file whose facts differ (with a diff
#                                   of the first), exits 1 if any does
# The corpus is /work/shared/corpus unless CORPUS is set (every file under it,
# all sets); PG_CONFIG as for make (default: scripts/pgversion.sh's choice).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
CORPUS=${CORPUS:-/work/shared/corpus}

usage() {
	echo "usage: test/facts_same.sh [--save] DIR" >&2
	exit 2
}
save=0
if [ "${1:-}" = --save ]; then save=1; shift; fi
[ $# -eq 1 ] || usage
dir=$1

if [ -z "${PG_CONFIG:-}" ]; then
	. scripts/pgversion.sh
fi
# rebuilt from scratch so that the binary matches the sources
rm -f test/unit/scan_tool
make -s test/unit/scan_tool PG_CONFIG="$PG_CONFIG" >/dev/null

# every input, as "LABEL PATH": LABEL is the path under the output directory
inputs() {
	if [ -d "$CORPUS" ]; then
		find "$CORPUS" -type f | LC_ALL=C sort | while read -r f; do
			echo "corpus/${f#"$CORPUS"/} $f"
		done
	fi
	find demo/reports -type f | LC_ALL=C sort | while read -r f; do
		echo "$f $root/$f"
	done
}

run() {
	# the exit status is part of the output
	"$root/test/unit/scan_tool" -f "$1" 2>&1 && echo "exit 0" || echo "exit $?"
}

if [ $save = 1 ]; then
	mkdir -p "$dir"
	n=0
	inputs | {
		while read -r label f; do
			mkdir -p "$dir/$(dirname "$label")"
			run "$f" >"$dir/$label.facts"
			n=$((n + 1))
		done
		echo "saved the facts of $n files in $dir"
	}
	exit 0
fi

[ -d "$dir" ] || { echo "no such directory: $dir (make it with --save)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inputs | {
	n=0 bad=0 first=
	while read -r label f; do
		n=$((n + 1))
		if [ ! -f "$dir/$label.facts" ]; then
			echo "not in $dir: $label"
			bad=$((bad + 1))
			continue
		fi
		run "$f" >"$tmp/out"
		if ! cmp -s "$tmp/out" "$dir/$label.facts"; then
			echo "differs: $label"
			bad=$((bad + 1))
			if [ -z "$first" ]; then
				first=$label
				diff "$dir/$label.facts" "$tmp/out" | head -n 20 || true
			fi
		fi
	done
	saved=$(find "$dir" -type f -name '*.facts' | wc -l)
	if [ "$saved" -ne "$n" ]; then
		echo "$dir holds $saved files, this run compared $n"
		bad=$((bad + 1))
	fi
	if [ $bad -ne 0 ]; then
		echo "FAIL: $bad of $n files differ from $dir"
		exit 1
	fi
	echo "same: the facts of all $n files are byte-identical to $dir"
}
