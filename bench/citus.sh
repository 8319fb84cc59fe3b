#!/usr/bin/env bash
# Benchmark: parsing N (default 20,000) stored reports with parse_pending(),
# on one server and on a Citus cluster of a coordinator and two workers on
# this machine (test/citus/cluster.sh; Citus must be installed: README,
# "Scaling out").  The reports are our own (test/citus/reports.sql), with
# PAD (default 20) sentences of routine news each.  The one server is a
# database of the coordinator's server, without Citus.  Prints both times
# and their ratio, and checks that the cluster wrote the same facts and that
# parse_report ran on the workers, not on the coordinator.  On a machine of
# two cores no speed-up is to be expected: the workers and the coordinator
# share them.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-20000}
PAD=${PAD:-20}
. scripts/pgversion.sh
. test/citus/cluster.sh
citus_up_or_skip
q() { local port=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -p "$port" "$@"; }
q "$COORD" -c "CREATE DATABASE single" 2>/dev/null
q "$COORD" -c "CREATE EXTENSION clusterdata" -c "SELECT clusterdata.distribute()" >/dev/null
q "$COORD" -d single -c "CREATE EXTENSION clusterdata"
for db in single postgres; do
  q "$COORD" -d "$db" -f test/citus/reports.sql
  start=$(date +%s.%N)
  q "$COORD" -d "$db" -c "SELECT count(clusterdata.ingest(body, url, published, parse => false)) FROM public.cd_reports(0, $N - 1, $PAD)" >/dev/null
  echo "$db: ingested $N reports ($(q "$COORD" -d "$db" -c "SELECT round(avg(length(body))) FROM clusterdata.report") characters on average) in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
  q "$COORD" -d "$db" -c "VACUUM ANALYZE clusterdata.report" 2>/dev/null || true
done
q "$COORD" -c "SELECT run_command_on_workers('SELECT pg_stat_reset()')" -c "SELECT pg_stat_reset()" >/dev/null
declare -A ms
for db in single postgres; do
  start=$(date +%s%N)
  q "$COORD" -d "$db" -c "SET client_min_messages = warning" -c "SELECT clusterdata.parse_pending($N)" >/dev/null
  ms[$db]=$(( ($(date +%s%N) - start) / 1000000 ))
done
facts_single=$(q "$COORD" -d single -c "SELECT count(*) || ' ' || md5(string_agg(concat_ws('|', r.source_url, f.fact_no, f.kind, f.metric, f.rate, f.province, f.span_start), ',' ORDER BY r.source_url, f.fact_no)) FROM clusterdata.fact f JOIN clusterdata.report r ON r.id = f.report_id")
facts_citus=$(q "$COORD" -c "CREATE TEMP TABLE ff AS SELECT r.source_url, f.fact_no, f.kind, f.metric, f.rate, f.province, f.span_start FROM clusterdata.fact f JOIN clusterdata.report r ON r.id = f.report_id" -c "SELECT count(*) || ' ' || md5(string_agg(concat_ws('|', source_url, fact_no, kind, metric, rate, province, span_start), ',' ORDER BY source_url, fact_no)) FROM ff")
sleep 2
coord_calls=$(q "$COORD" -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions WHERE funcname = 'parse_report'")
worker_calls=$(q "$COORD" -c "SELECT sum(coalesce(nullif(result, '')::bigint, 0)) FROM run_command_on_workers(\$\$SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions WHERE funcname = 'parse_report'\$\$)")
echo "parse_pending($N): one server ${ms[single]} ms, Citus (2 workers) ${ms[postgres]} ms"
echo "ratio Citus / one server: $(awk -v a="${ms[postgres]}" -v b="${ms[single]}" 'BEGIN { printf "%.2f", a / b }')"
echo "facts: one server ${facts_single%% *}, Citus ${facts_citus%% *}; $([ "$facts_single" = "$facts_citus" ] && echo same rows || echo DIFFERENT ROWS)"
echo "parse_report calls on the coordinator: $coord_calls; on the workers: $worker_calls"
[ "$facts_single" = "$facts_citus" ] && [ "$coord_calls" = 0 ] && [ "$worker_calls" -ge "$N" ]
