#!/usr/bin/env bash
# Runs the benchmarks in a throwaway PostgreSQL cluster (after scripts/setup.sh).
# usage: bench/run.sh [--existing] [NAME...]
#   names: solve_rate_sum numbers queue ranking bi_facts crafted (default: all)
#   --existing: against the server PGHOST/PGPORT/PGDATABASE/PGUSER name (which
#   must have this build's extension installed) instead of a throwaway cluster
# crafted runs the parser's core without a server (bench/crafted.sh).
# Each benchmark measures its baseline in the same run, in rounds, and prints
# the median ratio; the goals are printed with the ratio measured for each,
# and gathered at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
# A UTF-8 locale, so that pg_virtualenv's clusters are UTF8 (clusterdata needs it).
export LANG=C.UTF-8 LC_ALL=C.UTF-8
existing=0
if [ "${1:-}" = --existing ]; then existing=1; shift; fi
if [ $existing = 0 ]; then
  bash scripts/setup.sh >/dev/null
  . scripts/pgversion.sh
fi
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(solve_rate_sum numbers queue ranking bi_facts crafted)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for n in "${names[@]}"; do
  if [ "$n" = crafted ]; then
    echo "== bench/crafted.sh"
    bash bench/crafted.sh | tee -a "$out"
    continue
  fi
  echo "== bench/$n.sql"
  if [ $existing = 1 ]; then
    psql -X -v ON_ERROR_STOP=1 -f "bench/$n.sql"
  else
    pg_virtualenv -v "$PG_MAJOR" -o shared_buffers=1GB -o work_mem=64MB psql -X -v ON_ERROR_STOP=1 -f "bench/$n.sql"
  fi | tee -a "$out"
done
echo "== goals (ratios measured in this run)"
# the goal rows of numbers.sql and queue.sql, and crafted.sh's last line
grep -E '\| (met|not met) *$' "$out" | sed 's/  */ /g' || true
grep -E '^worst time per byte' "$out" || true
