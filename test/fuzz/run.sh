#!/bin/sh
# Runs the fuzz targets named (make fuzz: after building test/fuzz/bin/fuzz
# and preparing test/fuzz/work), FUZZ_JOBS at a time, FUZZ_SECONDS each.
# Prints each target's executions and peak memory; on a finding prints the
# end of its log and where its input is, and exits 1 once the targets
# running beside it are done (no further batch starts).  An unknown target,
# no target or a FUZZ_JOBS or FUZZ_SECONDS that is no positive number: exit 2.
set -u
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-2}
case "$jobs" in '' | *[!0-9]* | 0) echo "fuzz: FUZZ_JOBS must be a number of at least 1, not '$jobs'" >&2; exit 2 ;; esac
case "$seconds" in '' | *[!0-9]* | 0) echo "fuzz: FUZZ_SECONDS must be a number of at least 1, not '$seconds'" >&2; exit 2 ;; esac
[ $# -gt 0 ] || { echo "fuzz: no target named" >&2; exit 2; }
for t in "$@"; do
	CD_FUZZ_TARGET=$t test/fuzz/bin/fuzz -runs=0 >/dev/null 2>&1 </dev/null ||
		{ echo "fuzz: no target $t (test/fuzz/targets.c lists them)" >&2; exit 2; }
done
run_one() {
	t=$1
	mkdir -p test/fuzz/work/$t/corpus test/fuzz/work/$t/artifacts test/fuzz/regressions/$t
	if CD_FUZZ_TARGET=$t ASAN_OPTIONS=detect_leaks=1 test/fuzz/bin/fuzz -max_total_time="$seconds" \
		-max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-dict=test/fuzz/work/clusterdata.dict -artifact_prefix=test/fuzz/work/$t/artifacts/ \
		test/fuzz/work/$t/corpus test/fuzz/work/seeds test/fuzz/regressions/$t \
		>test/fuzz/work/$t/log 2>&1; then
		echo "fuzz: $t, $seconds s: $(grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' test/fuzz/work/$t/log | tr '\n' ' ')"
	else
		tail -n 60 test/fuzz/work/$t/log
		echo "fuzz: $t FOUND A PROBLEM (input in test/fuzz/work/$t/artifacts/)"
		return 1
	fi
}
failed=0
while [ $# -gt 0 ]; do
	pids=
	n=0
	while [ $# -gt 0 ] && [ $n -lt "$jobs" ]; do
		run_one "$1" &
		pids="$pids $!"
		n=$((n + 1))
		shift
	done
	for p in $pids; do
		wait "$p" || failed=1
	done
	[ $failed = 0 ] || exit 1
done
