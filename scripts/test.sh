#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs every test:
#   0. META.json against the PGXN Meta Spec, and the version agreeing in
#      META.json, the control file, debian/changelog and the Makefile;
#   1. unit tests of the plain-C core (no server), also built with
#      AddressSanitizer and UndefinedBehaviorSanitizer; both replay the inputs
#      that fuzzing once found (test/fuzz/regressions);
#   2. fuzzing: every libFuzzer target for FUZZ_SECONDS (default 20) each;
#   3. the pg_regress suite in a throwaway PostgreSQL cluster (with the garden
#      of hostile calls to every function) and the isolation tests (concurrent
#      sessions); then the pg_regress suite again with
#      force_parallel_mode=regress (debug_parallel_query from PostgreSQL 16),
#      which runs every query in a parallel
#      worker and so catches functions wrongly marked PARALLEL SAFE; the
#      demo's work (demo/run.sh) with its output checked; a hostile database
#      owner against the trusted extension (test/hostile_owner.sh); the
#      layering of the parser core (test/layering.py); the why keys of
#      the stages, the confidence model and its fitting script agree
#      (test/why_keys.py);
#   4. sqlsmith for SQLSMITH_SECONDS (default 120, fixed seed) as a
#      non-superuser: no backend may crash (started beside the fuzzing: both
#      are bounded by time, not work);
#   5. crash safety: kill -9 of the server during a bulk ingest and during
#      parse_pending(), then restart, consistency checks and pg_amcheck;
#   6. the parse queue: two sessions at once, and sessions killed mid-job
#      (test/queue_test.sh);
#   7. pg_cron running the parse queue as a loader role (test/cron_test.sh,
#      started at the beginning beside the other steps: it waits on the
#      scheduler's minutes); the
#      loader (scripts/load.py: folders, CSV, JSONL, failures, progress bar;
#      test/load_test.sh);
#   8. the README's SQL examples and shell commands, run as written
#      (test/readme_sql.sh, test/readme_sh.py); the
#      BI views as a plain client reads them: psql --csv and binary COPY,
#      and psycopg2 and pgJDBC with the default search_path filtering, grouping and
#      aggregating every column (test/bi_wire.sh); postgres_fdw reading a
#      parsing view on the reports server (test/fdw_test.sh); pg_dump and pg_restore keep
#      users' rows
#      (test/dump_test.sh);
#   9. when ../shared/corpus is present (seeds, dev, dev2, dev3), numbers() against its gold files and
#      parse_report() against the quality bars (../shared/eval).
#  10. Citus, where it is installed (test/citus_test.sh): the distributed
#      layout against one server; skipped (not counted as passed) elsewhere.
# Ends with a line "tests: N passed, N failed, N skipped" and exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
# A UTF-8 locale, so that pg_virtualenv's clusters are UTF8 (clusterdata needs it).
export LANG=C.UTF-8 LC_ALL=C.UTF-8
CLUSTERDATA_TEST_DEPS=1 bash scripts/setup.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }
. scripts/pgversion.sh
echo "== PostgreSQL $PG_MAJOR ($("$PG_CONFIG" --version))"
passed=0 failed=0 skipped=0
# a step passes (exit 0), fails, or is skipped (exit 77: what it needs is not
# installed), which counts as neither
# each step's time is printed with its result, and the steps by time at the end
times=()
step() {
  local name=$1 rc=0 t0=$SECONDS; shift
  echo "== $name"
  "$@" || rc=$?
  local took=$((SECONDS - t0))
  times+=("$(printf '%5d s  %s' "$took" "$name")")
  if [ $rc = 0 ]; then passed=$((passed + 1)); echo "== $name: ok ($took s)"
  elif [ $rc = 77 ]; then skipped=$((skipped + 1)); echo "== $name: skipped ($took s)"
  else failed=$((failed + 1)); echo "== $name: FAILED ($took s)"; fi
}
regress() {
  local log
  log=$(mktemp)
  if ! pg_virtualenv -v "$PG_MAJOR" "$@" make -s installcheck PG_CONFIG="$PG_CONFIG" >"$log" 2>&1; then
    grep -E '^(test|not ok|ok) ' "$log" || tail -n 30 "$log"
    [ -f regression.diffs ] && head -n 300 regression.diffs
    [ -f output_iso/regression.diffs ] && head -n 300 output_iso/regression.diffs
    return 1
  fi
  grep -E '^(test|ok) |tests passed' "$log"
}

# Two steps run beside the others, each in a throwaway cluster of its own
# (pg_virtualenv -t, on a port of its own, so that it does not collide with
# the other steps' 15/regress), and are counted where they stand in the list
# below: pg_cron, which schedules by the minute and so waits about two
# minutes, from here; sqlsmith, bounded by time as the fuzzing is, from the
# fuzzing on (both then take their time at once, not one after the other)
free_port() {   # a port nothing listens on in $1..$2 (none: the step fails, saying so)
  local p
  for p in $(seq "$1" "$2"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
  return 1
}
bg_out=$(mktemp -d)
trap 'rm -rf "$bg_out"' EXIT
declare -A bg_pid
# beside NAME LOW HIGH [pg_virtualenv options --] COMMAND...: start it now
beside() {
  local name=$1 low=$2 high=$3 opts=()
  shift 3
  while [ $# -gt 0 ] && [ "$1" != -- ]; do opts+=("$1"); shift; done
  shift
  ( if port=$(free_port "$low" "$high"); then
      pg_virtualenv -t -v "$PG_MAJOR" -c "-p $port" "${opts[@]}" "$@"
    else
      echo "$name: FAILED: no free port in $low-$high"; false
    fi >"$bg_out/$name.log" 2>&1; echo $? >"$bg_out/$name.rc" ) &
  bg_pid[$name]=$!
}
# beside_result NAME: wait for it, print its output, return its status
beside_result() {
  wait "${bg_pid[$1]}"
  cat "$bg_out/$1.log"
  return "$(cat "$bg_out/$1.rc" 2>/dev/null || echo 1)"
}
beside cron 54320 54359 -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
  -o cron.use_background_workers=on -- bash test/cron_test.sh

step "PGXN META.json valid, one version everywhere" python3 test/meta_check.py
step "unit tests" make -s unitcheck PG_CONFIG="$PG_CONFIG" COPT="-Wall -Wextra -Werror"
step "unit tests with ASan and UBSan" make -s unitcheck SANITIZE=1 PG_CONFIG="$PG_CONFIG"
beside sqlsmith 54360 54399 -- bash test/sqlsmith_test.sh
step "fuzzing, ${FUZZ_SECONDS:-20} s per target" make -s fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-20}" PG_CONFIG="$PG_CONFIG"
step "pg_regress (garden included) and isolation" regress
step "pg_regress, $PARALLEL_GUC=regress" regress -o "$PARALLEL_GUC=regress"
step "the demo (scripts/demo.sh's work) and its output" pg_virtualenv -v "$PG_MAJOR" bash test/demo_test.sh
step "a hostile database owner gains nothing (planted operators, functions, triggers; every function as every role)" \
  pg_virtualenv -v "$PG_MAJOR" bash test/hostile_owner.sh
step "numbers() and parse_report() over 1,500 reports in one session give the core's rows, column for column" \
  pg_virtualenv -v "$PG_MAJOR" bash test/binding_same.sh
step "the parser core: each file includes only files below it" python3 test/layering.py
step "the why keys of the stages, src/confidence.c and scripts/confidence.py agree" python3 test/why_keys.py
step "the confidence weights compiled in are data/confidence.tsv's" python3 scripts/confidence.py gen --check
step "the languages compiled in are data/lang's" python3 scripts/gen_langs.py --check
step "sqlsmith, ${SQLSMITH_SECONDS:-120} s, no crash (run beside the steps from the fuzzing on)" beside_result sqlsmith
step "crash safety: kill -9 during ingest and parse_pending" pg_virtualenv -v "$PG_MAJOR" bash test/crash_test.sh

step "parse queue: concurrent sessions, killed sessions" pg_virtualenv -v "$PG_MAJOR" bash test/queue_test.sh
step "pg_cron: a loader role schedules parse_queue() (run beside the steps above)" beside_result cron
step "the loader: folders, CSV, JSONL, failures, progress" pg_virtualenv -v "$PG_MAJOR" bash test/load_test.sh
step "the README's SQL examples run as written" \
  pg_virtualenv -v "$PG_MAJOR" -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
    -o cron.use_background_workers=on bash test/readme_sql.sh
step "the README's shell commands run as written (the others listed with why not)" pg_virtualenv -v "$PG_MAJOR" python3 test/readme_sh.py
step "BI views over the wire (psql --csv, binary COPY, psycopg2 and pgJDBC with no setup)" pg_virtualenv -v "$PG_MAJOR" bash test/bi_wire.sh
step "BI views through psqlODBC, with its defaults and with the README's settings" pg_virtualenv -v "$PG_MAJOR" bash test/odbc_test.sh
step "the README's Python blocks (the chart recipe) run as written" pg_virtualenv -v "$PG_MAJOR" bash test/readme_python.sh
step "postgres_fdw: parse_report runs on the reports server" pg_virtualenv -v "$PG_MAJOR" bash test/fdw_test.sh
step "pg_dump and pg_restore keep reports, facts and corrections" pg_virtualenv -v "$PG_MAJOR" bash test/dump_test.sh
# Citus is not packaged in Debian: this step runs where it is installed
# (README, "Scaling out") and is skipped elsewhere
step "Citus: the distributed layout gives the rows of one server" bash test/citus_test.sh

# The hand-annotated corpus, when it sits beside the project (../shared/corpus):
# every gold percentage, fraction and count must come out of numbers().
corpus=../shared/corpus
if [ -d "$corpus" ]; then
  step "corpus: numbers() against the gold files" \
    pg_virtualenv -v "$PG_MAJOR" sh -c "psql -X -q -c 'CREATE EXTENSION clusterdata' && python3 test/corpus_numbers.py $corpus/seeds $corpus/dev"
  for set in seeds dev dev2 dev3; do
    [ -f "$corpus/$set/gold.jsonl" ] || continue
    step "corpus: parse_report() quality bars on $set" \
      pg_virtualenv -v "$PG_MAJOR" sh -c "psql -X -q -c 'CREATE EXTENSION clusterdata' && $corpus/../eval/run.sh $corpus/$set | python3 test/eval_thresholds.py $set"
  done
else
  echo "== corpus checks skipped: $corpus not found"
fi

echo "== time per step (all: $SECONDS s, setup included)"
printf '%s\n' "${times[@]}" | sort -rn
echo "tests: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
