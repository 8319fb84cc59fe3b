#!/bin/sh
# The core's output before and after a change, compared byte for byte: the
# facts of the parser, the numbers of the scanner and the languages detected.
#   test/facts_same.sh --save DIR   builds test/unit/scan_tool and writes its
#                                   output for every input (below) to DIR
#                                   (one .facts file per input and mode)
#   test/facts_same.sh DIR          builds again, and compares with DIR: lists
#                                   every input whose output differs (with a
#                                   diff of the first), exits 1 if any does
#   test/facts_same.sh --base REV PATH...
#                                   compares the working tree with a copy of
#                                   it whose PATHs are as of commit REV (built
#                                   in a temporary directory): what the
#                                   changes to PATHs since REV change, even
#                                   while other files are being edited
# Inputs: every file of the corpus (/work/shared/corpus unless CORPUS is set)
# and of demo/reports, read as one report (scan_tool -f: facts; scan_tool
# FILE: numbers) and one report per paragraph (scan_tool -F: language,
# numbers and facts as parse_report(body) and numbers(body) see them); a
# sample of the benchmark's text (bench/sample.py); the sample reports and
# the benchmark sample decomposed (NFD) and with a few characters whose NFC
# status is "maybe" or "no" here and there (composed on the way in).
# PG_CONFIG as for make (default: scripts/pgversion.sh's choice).
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
CORPUS=${CORPUS:-/work/shared/corpus}

usage() {
	echo "usage: test/facts_same.sh [--save] DIR | --base REV PATH..." >&2
	exit 2
}
mode=compare
case "${1:-}" in
--save) mode=save; shift; [ $# -eq 1 ] || usage ;;
--base) mode=base; shift; [ $# -ge 2 ] || usage ;;
*) [ $# -eq 1 ] || usage ;;
esac

. test/scan_tool_build.sh
new="$root/test/unit/scan_tool"

if [ $mode = base ]; then
	rev=$1
	shift
	# the working tree as it is (tracked and new files), PATHs as of REV
	mkdir "$tmp/ref"
	git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$tmp/ref" 2>/dev/null || true
	for p in "$@"; do
		if git cat-file -e "$rev:$p" 2>/dev/null; then
			mkdir -p "$tmp/ref/$(dirname "$p")"
			git show "$rev:$p" >"$tmp/ref/$p"
		else
			rm -f "$tmp/ref/$p"
		fi
	done
	rm -f "$tmp/ref/test/unit/scan_tool"
	make -s -C "$tmp/ref" test/unit/scan_tool PG_CONFIG="$PG_CONFIG" >/dev/null
	ref="$tmp/ref/test/unit/scan_tool"
fi

# generated inputs
mkdir -p "$tmp/gen"
python3 bench/sample.py "$tmp/gen/bench_sample.txt" 40
python3 - "$tmp/gen" demo/reports/*.txt <<'PY'
import sys, unicodedata
out, files = sys.argv[1], sys.argv[2:]
demo = '\n\n'.join(open(f, encoding='utf-8').read().strip() for f in sorted(files))
bench = open(f'{out}/bench_sample.txt', encoding='utf-8').read()
def put(name, text):
    with open(f'{out}/{name}', 'w', encoding='utf-8') as f:
        f.write(text)
put('demo_nfd.txt', unicodedata.normalize('NFD', demo))
put('bench_sample_nfd.txt', unicodedata.normalize('NFD', bench))
# NFC text with, now and then, a character that is not "yes" for NFC: a
# combining mark after a letter or a digit, two marks out of order, a
# singleton (U+212B), Hangul jamo, a mark after a space, a long run of marks
odd = ['\u0301', '\u0323\u0302', '\u0302\u0323', '\u212b', '\u1100\u1161\u11a8',
       '\u0300' * 70, ' \u0308', '\u0344', '\u0f73', '\U0001D15E', '\u0958']
def sprinkle(text):
    out, k = [], 0
    for i, ch in enumerate(text):
        out.append(ch)
        if i % 997 == 996:
            out.append(odd[k % len(odd)])
            k += 1
    return ''.join(out)
put('demo_maybe.txt', sprinkle(demo))
put('bench_sample_maybe.txt', sprinkle(bench))
PY

# every input, as "LABEL MODE PATH" (MODE: f, n or F; LABEL: the output's path under DIR)
inputs() {
	if [ -d "$CORPUS" ]; then
		find "$CORPUS" -type f -name '*.txt' | LC_ALL=C sort | while read -r f; do
			l="corpus/${f#"$CORPUS"/}"
			echo "$l f $f"
			echo "$l.numbers n $f"
			echo "$l.reports F $f"
		done
	fi
	find demo/reports -type f | LC_ALL=C sort | while read -r f; do
		echo "$f f $root/$f"
		echo "$f.numbers n $root/$f"
		echo "$f.reports F $root/$f"
	done
	for g in bench_sample demo_nfd bench_sample_nfd demo_maybe bench_sample_maybe; do
		echo "generated/$g F $tmp/gen/$g.txt"
	done
	for g in demo_nfd demo_maybe; do
		echo "generated/$g.whole f $tmp/gen/$g.txt"
		echo "generated/$g.numbers n $tmp/gen/$g.txt"
	done
}

run() {
	# $1: the binary, $2: the mode, $3: the file; the exit status is part of the output
	case $2 in
	f) "$1" -f "$3" 2>&1 && echo "exit 0" || echo "exit $?" ;;
	n) "$1" "$3" 2>&1 && echo "exit 0" || echo "exit $?" ;;
	F) "$1" -F "$3" 2>&1 && echo "exit 0" || echo "exit $?" ;;
	esac
}

if [ $mode = save ]; then
	dir=$1
	mkdir -p "$dir"
	inputs | {
		n=0
		while read -r label m f; do
			mkdir -p "$dir/$(dirname "$label")"
			run "$new" "$m" "$f" >"$dir/$label.facts"
			n=$((n + 1))
		done
		echo "saved the output of $n inputs in $dir"
	}
	exit 0
fi

if [ $mode = compare ]; then
	dir=$1
	[ -d "$dir" ] || { echo "no such directory: $dir (make it with --save)" >&2; exit 2; }
fi
inputs | {
	n=0 bad=0 first=
	while read -r label m f; do
		n=$((n + 1))
		if [ $mode = base ]; then
			run "$ref" "$m" "$f" >"$tmp/want"
		elif [ -f "$dir/$label.facts" ]; then
			cp "$dir/$label.facts" "$tmp/want"
		else
			echo "not in $dir: $label"
			bad=$((bad + 1))
			continue
		fi
		run "$new" "$m" "$f" >"$tmp/out"
		if ! cmp -s "$tmp/out" "$tmp/want"; then
			echo "differs: $label"
			bad=$((bad + 1))
			if [ -z "$first" ]; then
				first=$label
				diff "$tmp/want" "$tmp/out" | head -n 20 || true
			fi
		fi
	done
	if [ $mode = compare ]; then
		saved=$(find "$dir" -type f -name '*.facts' | wc -l)
		if [ "$saved" -ne "$n" ]; then
			echo "$dir holds $saved files, this run compared $n"
			bad=$((bad + 1))
		fi
		against=$dir
	else
		against="the same tree with $* as of $rev"
	fi
	if [ $bad -ne 0 ]; then
		echo "FAIL: $bad of $n inputs differ from $against"
		exit 1
	fi
	echo "same: the output of all $n inputs is byte-identical to $against"
}
