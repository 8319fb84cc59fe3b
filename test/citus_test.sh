#!/usr/bin/env bash
# The storage on Citus (a coordinator and two workers on this machine, made
# here; Citus must be installed: see the README), against one server.  The
# same reports go through the same steps on a plain database and on the
# cluster (there after clusterdata.distribute(), half of them stored before
# it): ingest with and without parsing, ingest on a worker, parse_pending,
# parse_queue with a failing report, requeue, parse_stored of one report and
# of many (a failing batch falls back to one report at a time), corrections;
# store_parsed, parse_pending's bulk path on one server, is not taken there.
# Checks:
#   - the layout: report and fact hash-distributed by report id and
#     co-located, the corrections reference tables; facts on both workers;
#   - a report ingested again on another node is the same report;
#   - two callers of parse_pending at once parse each report once; on a
#     worker it is a clear error;
#   - parse_pending parses on the workers: parse_report is called there, never
#     on the coordinator, and no command sent to a worker fetches report text;
#   - every table, view, ranking and leader check gives the same rows as on
#     the one server (test/citus/dump.sql).
# Without Citus it prints "skipped: citus not installed" and exits 77.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pgversion.sh
. test/citus/cluster.sh
citus_up_or_skip
out=$CITUS_DIR/out
mkdir -p "$out"

q() { local port=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -p "$port" "$@"; }
fail=0
check() { if eval "$2"; then echo "citus test: ok: $1"; else echo "citus test: FAILED: $1"; fail=1; fi; }

q "$COORD" -c "CREATE DATABASE single"
q "$COORD" -c "CREATE EXTENSION clusterdata"
q "$COORD" -d single -c "CREATE EXTENSION clusterdata"
versions=$(q "$COORD" -c "SELECT string_agg(result, ' ') FROM run_command_on_workers('SELECT extversion FROM pg_extension WHERE extname = ''clusterdata''')")
mine=$(q "$COORD" -c "SELECT extversion FROM pg_extension WHERE extname = 'clusterdata'")
check "CREATE EXTENSION reached both workers ($versions)" '[ "$versions" = "$mine $mine" ]'
nocitus=$(q "$COORD" -d single -c "SELECT clusterdata.distribute()" 2>&1 || true)
check "distribute() without Citus is a clear error" 'grep -q "needs the citus extension" <<< "$nocitus"'
for port_db in "$COORD postgres" "$COORD single"; do
  set -- $port_db
  q "$1" -d "$2" -f test/citus/reports.sql
done

# ingest a demo report: port, database, file, parse, published
demo() {
  printf '%s\n' "SELECT clusterdata.ingest(:'body', :'url', :'pub'::date, parse => :parse)" |
    q "$1" -d "$2" -v body="$(cat "$3")" -v url="$(basename "$3")" -v parse="$4" -v pub="$5" >/dev/null
}
gen() { q "$1" -d "$2" -c "SELECT count(clusterdata.ingest(body, url, published, parse => false)) FROM public.cd_reports($3, $4)" >/dev/null; }

# parse_report calls on the coordinator and on the workers since the
# statistics were reset (a worker's counts arrive when its session ends)
calls_during_parse_pending() {
  coord_calls=$(q "$COORD" -c "SELECT pg_stat_clear_snapshot(); SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions WHERE funcname = 'parse_report'" | tail -n 1)
  worker_calls=0
  for _ in $(seq 1 30); do
    worker_calls=$(q "$COORD" -c "SELECT sum(coalesce(nullif(result, '')::bigint, 0)) FROM run_command_on_workers(\$\$SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions WHERE funcname = 'parse_report'\$\$)")
    [ "$worker_calls" -ge 100 ] && break
    sleep 1
  done
}

# the steps: $1 is "single" or "citus"
steps() {
  local db port worker
  if [ "$1" = citus ]; then db=postgres worker=$WORKER1; else db=single worker=$COORD; fi
  port=$COORD
  local i=0 f
  for f in demo/reports/0[1-5]*.txt; do
    i=$((i + 1))
    demo "$port" "$db" "$f" "$([ $i = 2 ] && echo false || echo true)" "2024-12-2$i"
  done
  gen "$port" "$db" 0 149
  # a cue taught before distribute(): the serious cases of the generated
  # reports are read as drug cases, by whichever node parses them
  q "$port" -d "$db" -c "INSERT INTO clusterdata.cue (lang, phrase, role, value) VALUES ('vi', 'án nghiêm trọng', 'metric', 'drug')" >/dev/null
  if [ "$1" = citus ]; then
    q "$port" -d "$db" -c "SELECT clusterdata.distribute()" >/dev/null
  fi
  for f in demo/reports/0[6-9]*.txt; do demo "$port" "$db" "$f" true 2024-12-30; done
  gen "$worker" "$db" 150 199
  gen "$port" "$db" 200 299
  q "$port" -d "$db" <<'SQL'
INSERT INTO clusterdata.membership_correction (cluster_no, year, province, is_member, note)
VALUES (3, 2016, 'Hà Nội', true, 'joined'), (5, 2017, 'Bắc Giang', false, 'left');
INSERT INTO clusterdata.rate_correction (year, period, province, metric, solved, total, note)
VALUES (2016, 'year', 'Cao Bằng', 'criminal', 450, 500, 'settled');
SQL
  # the time each parse takes, on its own session (its stats reach the workers' views when it ends)
  q "$port" -d "$db" -c "SELECT pg_stat_reset()" >/dev/null
  [ "$1" = citus ] && q "$port" -d "$db" -c "SELECT run_command_on_workers('SELECT pg_stat_reset()')" >/dev/null
  PGOPTIONS="-c citus.log_remote_commands=on -c client_min_messages=log" \
    q "$port" -d "$db" -c "SELECT clusterdata.parse_pending(100)" >"$out/$1.pending.log" 2>&1
  [ "$1" = citus ] && calls_during_parse_pending
  q "$port" -d "$db" -c "UPDATE clusterdata.report SET lang = 'zz', parsed_at = NULL WHERE source_url = 'gen-7'"
  q "$port" -d "$db" -c "CALL clusterdata.parse_queue(1000)" >"$out/$1.queue.log" 2>&1 || true
  q "$port" -d "$db" <<'SQL' >/dev/null
UPDATE clusterdata.report SET lang = NULL WHERE source_url = 'gen-7';
SELECT clusterdata.requeue();
SELECT clusterdata.parse_pending();
-- (an id as a value: on Citus a function called for each row of a distributed
-- table runs on the shards, where it cannot write to other shards)
SELECT clusterdata.parse_stored((SELECT id FROM clusterdata.report WHERE source_url = '01_vi_cum2_2024.txt'));
SELECT clusterdata.parse_stored(ARRAY(SELECT id FROM clusterdata.report WHERE source_url LIKE '0%'));
UPDATE clusterdata.report SET lang = 'zz' WHERE source_url = 'gen-8';
SELECT clusterdata.parse_stored(ARRAY(SELECT id FROM clusterdata.report WHERE source_url IN ('gen-8', 'gen-9')));
SQL
  q "$port" -d "$db" -c "SELECT source_url, parse_sqlstate FROM clusterdata.report WHERE parse_error IS NOT NULL" >"$out/$1.failed"
  q "$port" -d "$db" <<'SQL' >/dev/null
UPDATE clusterdata.report SET lang = NULL WHERE source_url = 'gen-8';
SELECT clusterdata.parse_stored((SELECT id FROM clusterdata.report WHERE source_url = 'gen-8'));
SQL
  # a report ingested again, on another node, with what the first ingestion lacked
  demo "$worker" "$db" demo/reports/02_en_cluster2_2024.txt false 2024-12-22
  # the cue taken back after the workers read it: re-parsed, the serious
  # cases are serious again; a cue added (a reference table's row)
  q "$port" -d "$db" <<'SQL' >/dev/null
DELETE FROM clusterdata.cue WHERE phrase = 'án nghiêm trọng';
INSERT INTO clusterdata.cue (lang, phrase, role) VALUES ('vi', 'kiểm soát', 'rate');
SELECT clusterdata.requeue_language('vi');
SELECT clusterdata.parse_pending();
SQL
  # verdicts: a rate rejected, one corrected, a member rejected (on the
  # coordinator; the reports by their urls, the facts by what they say; the
  # ids as values: on Citus review() called for each row of a distributed
  # table would run on the shards)
  q "$port" -d "$db" <<'SQL' >/dev/null
SELECT f.report_id AS r1, f.fact_no AS f1 FROM clusterdata.fact f JOIN clusterdata.report r ON r.id = f.report_id
WHERE r.source_url = 'gen-5' AND f.kind = 'rate' AND f.metric = 'criminal' ORDER BY f.span_start LIMIT 1 \gset
SELECT clusterdata.review(:r1, :f1, 'reject', 'checked');
SELECT f.report_id AS r2, f.fact_no AS f2 FROM clusterdata.fact f JOIN clusterdata.report r ON r.id = f.report_id
WHERE r.source_url = 'gen-17' AND f.kind = 'rate' AND f.metric = 'criminal' ORDER BY f.span_start LIMIT 1 \gset
SELECT clusterdata.review(:r2, :f2, 'correct', 'misprint', 400, 500);
SELECT f.report_id AS r3, f.fact_no AS f3 FROM clusterdata.fact f JOIN clusterdata.report r ON r.id = f.report_id
WHERE r.source_url = 'gen-29' AND f.kind = 'member' ORDER BY f.span_start LIMIT 1 \gset
SELECT clusterdata.review(:r3, :f3, 'reject');
SQL
}

steps single
steps citus

# the queue shared by two callers at once on the coordinator; on a worker
# the queue is refused (callers on two nodes would deadlock on the shards)
gen "$COORD" single 1000 2499
q "$COORD" -d single -c "SET client_min_messages = warning" -c "SELECT clusterdata.parse_pending(2000)" >/dev/null
gen "$COORD" postgres 1000 2499
for node in "$COORD" "$COORD"; do
  q "$node" -c "SET client_min_messages = warning" -c "SELECT clusterdata.parse_pending(1000)" >>"$out/shared_queue" &
done
on_worker=$(q "$WORKER1" -c "SELECT clusterdata.parse_pending(1000)" 2>&1 || true)
wait
taken=$(awk "{ s += \$1 } END { print s }" "$out/shared_queue")
queued=$(q "$COORD" -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")
echo "two callers took $(paste -sd' ' "$out/shared_queue") reports; $queued left queued"
check "two callers on the coordinator parsed the 1500 new reports once each" '[ "$taken" = 1500 ] && [ "$queued" = 0 ]'
check "parse_pending on a worker: a clear error" 'grep -q "runs on the coordinator" <<< "$on_worker"'

# the layout
layout=$(q "$COORD" -c "SELECT string_agg(logicalrelid::text || ':' || partmethod::text || ':' || coalesce(column_to_column_name(logicalrelid, partkey), '-'), ' ' ORDER BY logicalrelid::text) FROM pg_dist_partition")
echo "layout: $layout"
check "report and fact hash-distributed by report id, corrections, cues and reviews as reference tables" \
  '[ "$layout" = "clusterdata.cue:n:- clusterdata.fact:h:report_id clusterdata.membership_correction:n:- clusterdata.rate_correction:n:- clusterdata.report:h:id clusterdata.review:n:-" ]'
check "report and fact co-located" \
  '[ "$(q $COORD -c "SELECT count(DISTINCT colocationid) FROM pg_dist_partition WHERE logicalrelid IN ('"'"'clusterdata.report'"'"'::regclass, '"'"'clusterdata.fact'"'"'::regclass)")" = 1 ]'
per_node=$(q "$COORD" -c "SELECT string_agg(n::text, ' ' ORDER BY port) FROM (SELECT s.nodeport AS port, sum(c.result::bigint) AS n FROM run_command_on_shards('clusterdata.fact', 'SELECT count(*) FROM %s') c JOIN pg_dist_shard_placement s ON s.shardid = c.shardid GROUP BY 1) x")
echo "facts per worker: $per_node"
check "both workers hold facts" '[ "$(wc -w <<< "$per_node")" = 2 ] && ! grep -qw 0 <<< "$per_node"'
check "store_parsed (the one-server bulk path) steps aside for distributed tables" \
  '[ "$(q $COORD -c "SELECT clusterdata.store_parsed(ARRAY(SELECT id FROM clusterdata.report ORDER BY id LIMIT 3), now()) IS NULL")" = t ]'
check "the coordinator keeps no rows of its own (its local tables are empty)" \
  '[ "$(q $COORD -c "SELECT pg_relation_size('"'"'clusterdata.report'"'"') + pg_relation_size('"'"'clusterdata.fact'"'"')")" = 0 ]'
check "a report ingested again on a worker is the same report" \
  '[ "$(q $COORD -c "SELECT count(*) || '"'"' '"'"' || count(published) FROM clusterdata.report WHERE source_url = '"'"'02_en_cluster2_2024.txt'"'"'")" = "1 1" ]'
check "its id is the body hash key" \
  '[ "$(q $COORD -c "SELECT bool_and(id = clusterdata.report_key(body_sha256)) FROM clusterdata.report")" = t ]'

echo "parse_report calls during parse_pending(100): coordinator $coord_calls, workers $worker_calls"
check "parse_pending called parse_report on the workers only" '[ "$coord_calls" = 0 ] && [ "$worker_calls" -ge 100 ]'
# (the SELECT that parses runs on each report shard: pushed down with the
# INSERT, or, since parse_report is stable, its rows repartitioned from
# worker to worker into the co-located fact shards; never via the coordinator)
check "the facts were computed on the report shards by the INSERT ... SELECT" \
  'grep -q "issuing INSERT INTO clusterdata.fact_[0-9]* .*parse_report(r.body, r.lang)\|worker_partition_query_result(.*FROM (clusterdata.report_[0-9]* r CROSS JOIN LATERAL clusterdata.parse_report(r.body, r.lang)" "$out/citus.pending.log"'
check "no command sent to a worker fetched report text" \
  '! grep "issuing" "$out/citus.pending.log" | grep -v "issuing INSERT INTO\|issuing UPDATE" | grep -qw body'
check "parse_queue ended with 22000 and the counts, on both" \
  'grep -q "parse_queue: [0-9]* parsed, 1 failed" "$out/single.queue.log" && grep -q "parse_queue: [0-9]* parsed, 1 failed" "$out/citus.queue.log"'
check "a failing batch marked only its failing report, on both" \
  '[ "$(cat "$out/single.failed")" = "gen-8|22023" ] && [ "$(cat "$out/citus.failed")" = "gen-8|22023" ]'

# the same rows everywhere
q "$COORD" -d single -f test/citus/dump.sql >"$out/single.dump"
q "$COORD" -f test/citus/dump.sql >"$out/citus.dump"
echo "compared: $(wc -l <"$out/single.dump") lines ($(cut -d' ' -f1 "$out/single.dump" | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}'))"
check "one server and the cluster give the same rows" 'diff -u "$out/single.dump" "$out/citus.dump" | head -n 40; cmp -s "$out/single.dump" "$out/citus.dump"'
collision=$(q "$COORD" -c "INSERT INTO clusterdata.report (id, body, body_sha256) SELECT clusterdata.report_key(sha256('Văn bản A')), 'Văn bản B', sha256('Văn bản B')" -c "SELECT clusterdata.ingest('Văn bản A')" 2>&1 || true)
check "two texts with one id: ingest refuses (23505), it does not merge them" 'grep -q "already taken by another text" <<< "$collision"'
check "distribute() again says so and changes nothing" \
  '[ "$(q $COORD -c "SELECT clusterdata.distribute()" 2>/dev/null)" = "already distributed" ]'

[ $fail = 0 ] && echo "citus test: ok" || { echo "citus test: FAILED"; exit 1; }
