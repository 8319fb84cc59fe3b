#!/usr/bin/env bash
# sqlsmith against a database holding the extension and the sample reports,
# as a non-superuser with the loader's rights (so the writing functions are
# generated too): a bounded run with a fixed seed.  Fails when a backend
# crashed: a watcher session that a crash-restart would end must survive,
# and the server log must hold no "terminated by signal".
# Run inside a throwaway cluster (pg_virtualenv).
#   SQLSMITH_SECONDS (default 120), SQLSMITH_SEED (default 42)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${SQLSMITH_SECONDS:-120}
seed=${SQLSMITH_SEED:-42}
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q -c "CREATE DATABASE smith"
PGDATABASE=smith bash demo/ingest.sh
q -d smith <<'SQL'
CREATE ROLE smith LOGIN PASSWORD 'smith';
GRANT USAGE ON SCHEMA clusterdata TO smith;
GRANT SELECT ON ALL TABLES IN SCHEMA clusterdata TO smith;
GRANT INSERT, UPDATE, DELETE ON clusterdata.report, clusterdata.fact, clusterdata.membership_correction TO smith;
GRANT USAGE ON SEQUENCE clusterdata.report_id_seq TO smith;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA clusterdata TO smith;
-- keep each query short: a generated cross join of large views is not a finding
ALTER ROLE smith SET statement_timeout = '5s';
SQL

logfile=$(pg_lsclusters -h | awk -v port="${PGPORT:-5432}" '$3 == port {print $7}')
logstart=0
[ -n "$logfile" ] && [ -f "$logfile" ] && logstart=$(wc -c < "$logfile")

# the watcher: a session that lives through the run unless the server restarts after a crash
psql -X -q -d smith -c "SELECT pg_sleep($seconds + 60)" >/dev/null 2>&1 &
watcher=$!
sleep 1
watcher_pid=$(q -d smith -c "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(%' AND pid <> pg_backend_pid()")

out=$(mktemp)
set +e
timeout "$seconds" sqlsmith --seed="$seed" --max-queries=1000000 --verbose \
  --target="host=${PGHOST:-localhost} port=${PGPORT:-5432} dbname=smith user=smith password=smith" > "$out" 2>&1
rc=$?
set -e
# 124: stopped by the time bound, as intended; sqlsmith itself exits 1 when it loses its connection
tail -c 2000 "$out" | tr '\r' '\n' | grep -E 'queries|error|crash|connection' | tail -n 8 || true

failed=0
if [ "$rc" != 124 ] && [ "$rc" != 0 ]; then
  echo "sqlsmith exited with $rc (lost its connection?)"; failed=1
fi
alive=$(q -d smith -c "SELECT count(*) FROM pg_stat_activity WHERE pid = $watcher_pid")
if [ "$alive" != 1 ]; then
  echo "the watcher session is gone: the server restarted after a crash"; failed=1
fi
if [ -n "$logfile" ] && [ -f "$logfile" ]; then
  if tail -c +"$((logstart + 1))" "$logfile" | grep -E 'terminated by signal|was terminated by exception|PANIC'; then
    echo "crash in the server log ($logfile)"; failed=1
  fi
else
  echo "(server log not found; relying on the watcher)"
fi
kill "$watcher" 2>/dev/null || true
wait "$watcher" 2>/dev/null || true
queries=$(grep -oE 'queries: [0-9]+' "$out" | tail -n 1 || true)
echo "sqlsmith: seed $seed, ${seconds}s, ${queries:-queries: ?}, no crash: $([ $failed = 0 ] && echo yes || echo NO)"
rm -f "$out"
[ $failed = 0 ]
