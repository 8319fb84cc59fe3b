#!/usr/bin/env bash
# Runs the benchmarks in a throwaway PostgreSQL cluster (after scripts/setup.sh).
# usage: bench/run.sh [NAME...]   names: solve_rate_sum numbers ranking bi_facts crafted (default: all)
# crafted runs the parser's core without a server (bench/crafted.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# A UTF-8 locale, so that pg_virtualenv's clusters are UTF8 (clusterdata needs it).
export LANG=C.UTF-8 LC_ALL=C.UTF-8
bash scripts/setup.sh >/dev/null
. scripts/pgversion.sh
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(solve_rate_sum numbers ranking bi_facts crafted)
for n in "${names[@]}"; do
  if [ "$n" = crafted ]; then
    echo "== bench/crafted.sh"
    bash bench/crafted.sh
    continue
  fi
  echo "== bench/$n.sql"
  pg_virtualenv -v "$PG_MAJOR" -o shared_buffers=1GB -o work_mem=64MB psql -X -v ON_ERROR_STOP=1 -f "bench/$n.sql"
done
