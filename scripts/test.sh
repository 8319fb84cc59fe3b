#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs every test:
#   1. unit tests of the plain-C core (no server);
#   2. the pg_regress suite in a throwaway PostgreSQL cluster;
#   3. the same suite with force_parallel_mode=regress, which runs every
#      query in a parallel worker and so catches functions wrongly marked
#      PARALLEL SAFE;
#   4. the parse queue: two sessions at once, and sessions killed mid-job
#      (test/queue_test.sh);
#   5. pg_cron running parse_pending() on its own (test/cron_test.sh);
#   6. the BI views as a plain client reads them: psql --csv and binary COPY
#      (test/bi_wire.sh); pg_dump and pg_restore keep users' rows
#      (test/dump_test.sh);
#   7. when ../shared/corpus is present, numbers() against its gold files and
#      parse_report() against the quality bars (../shared/eval).
# Ends with a line "tests: N passed, N failed" and exits non-zero on failure.
set -uo pipefail
cd "$(dirname "$0")/.."
# A UTF-8 locale, so that pg_virtualenv's clusters are UTF8 (clusterdata needs it).
export LANG=C.UTF-8 LC_ALL=C.UTF-8
bash scripts/setup.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
passed=0 failed=0
step() {
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); echo "== $name: ok"
  else failed=$((failed + 1)); echo "== $name: FAILED"; fi
}
regress() {
  local log
  log=$(mktemp)
  if ! pg_virtualenv -v 15 "$@" make -s installcheck PG_CONFIG="$PG_CONFIG" >"$log" 2>&1; then
    grep -E '^(test|not ok|ok) ' "$log" || tail -n 30 "$log"
    [ -f regression.diffs ] && head -n 300 regression.diffs
    return 1
  fi
  grep -E '^(test|ok) |tests passed' "$log"
}

step "unit tests" make -s unitcheck PG_CONFIG="$PG_CONFIG" COPT="-Wall -Wextra -Werror"
step "pg_regress" regress
step "pg_regress, force_parallel_mode=regress" regress -o force_parallel_mode=regress

step "parse queue: concurrent sessions, killed sessions" pg_virtualenv -v 15 bash test/queue_test.sh
step "pg_cron schedules parse_pending()" \
  pg_virtualenv -v 15 -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
    -o cron.use_background_workers=on bash test/cron_test.sh
step "BI views over the wire (psql --csv, binary COPY)" pg_virtualenv -v 15 bash test/bi_wire.sh
step "pg_dump and pg_restore keep reports, facts and corrections" pg_virtualenv -v 15 bash test/dump_test.sh

# The hand-annotated corpus, when it sits beside the project (../shared/corpus):
# every gold percentage, fraction and count must come out of numbers().
corpus=../shared/corpus
if [ -d "$corpus" ]; then
  step "corpus: numbers() against the gold files" \
    pg_virtualenv -v 15 sh -c "psql -X -q -c 'CREATE EXTENSION clusterdata' && python3 test/corpus_numbers.py $corpus/seeds $corpus/dev"
  for set in seeds dev; do
    [ -f "$corpus/$set/gold.jsonl" ] || continue
    step "corpus: parse_report() quality bars on $set" \
      pg_virtualenv -v 15 sh -c "psql -X -q -c 'CREATE EXTENSION clusterdata' && $corpus/../eval/run.sh $corpus/$set | python3 test/eval_thresholds.py $set"
  done
else
  echo "== corpus checks skipped: $corpus not found"
fi

echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
