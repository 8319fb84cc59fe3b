#!/usr/bin/env bash
# The parse queue under load, run inside a throwaway cluster (pg_virtualenv):
#   1. two sessions run parse_pending() at once: every report is parsed once,
#      no fact is written twice;
#   2. a session is killed in the middle of parse_pending(): the reports it had
#      not committed are still queued, every report's facts are whole (exactly
#      what parse_report() returns, or none), and a new run finishes the queue;
#   3. batches committed before the kill stay parsed.
set -euo pipefail
N=${N:-3000}
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q -c "CREATE EXTENSION IF NOT EXISTS clusterdata"
# our own reports, built from a template, each a few kilobytes, none parsed yet
q <<SQL
TRUNCATE clusterdata.report CASCADE;
INSERT INTO clusterdata.report (body, body_sha256)
SELECT b, sha256(convert_to(b, 'UTF8'))
FROM (SELECT format('Năm %s, Cụm thi đua số %s gồm Công an các tỉnh Lào Cai, Yên Bái, Lai Châu, Điện Biên. '
                    'Công an tỉnh Lào Cai điều tra làm rõ %s/%s vụ, đạt %s%%. ',
                    2000 + i % 25, 1 + i % 9, s, t, replace(round(100.0 * s / t, 2)::text, '.', ','))
             || repeat('Lực lượng chức năng tiếp tục tuần tra, kiểm soát trên các tuyến đường, bắt giữ 12 đối tượng. ', 30)
             || format('Báo cáo số %s.', i) AS b
      FROM generate_series(1, $N) i, LATERAL (SELECT 300 + i % 97 AS s, 400 + i % 89 AS t) st) x;
SQL

consistent() {
  # every report's facts are exactly what parse_report() gives, or there are none
  q -c "SELECT count(*) FROM clusterdata.report r
        WHERE (SELECT count(*) FROM clusterdata.fact f WHERE f.report_id = r.id)
              NOT IN (0, (SELECT count(*) FROM clusterdata.parse_report(r.body, r.lang)))"
}
pending() { q -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL"; }
fail() { echo "queue test: $*"; exit 1; }

# 1. two sessions at once
t0=$(date +%s%N)
q -c "SELECT clusterdata.parse_pending($N)" > /tmp/cd_q1.$$ &
p1=$!
q -c "SELECT clusterdata.parse_pending($N)" > /tmp/cd_q2.$$ &
p2=$!
wait $p1 $p2
a=$(cat /tmp/cd_q1.$$) b=$(cat /tmp/cd_q2.$$)
rm -f /tmp/cd_q1.$$ /tmp/cd_q2.$$
echo "concurrent: session 1 parsed $a, session 2 parsed $b, $(( ($(date +%s%N) - t0) / 1000000 )) ms"
[ $((a + b)) -eq "$N" ] || fail "parsed $((a + b)) of $N"
[ "$a" -gt 0 ] && [ "$b" -gt 0 ] || echo "note: one session found the queue empty"
[ "$(pending)" -eq 0 ] || fail "reports left unparsed"
[ "$(consistent)" -eq 0 ] || fail "reports with partial or doubled facts"
facts=$(q -c "SELECT count(*) FROM clusterdata.fact")
echo "facts: $facts, every report complete"

# 2. kill a session in the middle of one parse_pending() call
q -c "UPDATE clusterdata.report SET parsed_at = NULL"
PGAPPNAME=cd_kill q -c "SELECT clusterdata.parse_pending($N)" >/dev/null 2>&1 &
pk=$!
for _ in $(seq 1 100); do
  [ "$(q -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'cd_kill' AND state = 'active'")" = 1 ] && break
  sleep 0.1
done
# the call parses N reports in a second or more: kill it soon after it starts
sleep 0.2
q -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cd_kill'" >/dev/null
wait $pk && fail "the killed session finished before it was killed"
echo "killed mid-job: $(pending) of $N still queued, $(consistent) reports with partial facts"
[ "$(pending)" -eq "$N" ] || fail "a killed call left some reports marked parsed"
[ "$(consistent)" -eq 0 ] || fail "a killed call left partial facts"
[ "$(q -c "SELECT count(*) FROM clusterdata.fact")" -eq "$facts" ] || fail "facts lost"

# 3. batches: those committed before the kill stay parsed
( for _ in $(seq 1 30); do PGAPPNAME=cd_batch q -c "SELECT clusterdata.parse_pending(200)" >/dev/null 2>&1 || exit 0; done ) &
pb=$!
for _ in $(seq 1 200); do
  left=$(pending)
  [ "$left" -lt $((N - 400)) ] && break
  sleep 0.05
done
q -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'cd_batch'" >/dev/null
wait $pb || true
left=$(pending)
echo "batches killed: $((N - left)) parsed and kept, $left queued, $(consistent) partial"
[ "$left" -lt "$N" ] || fail "no batch was kept"
[ "$(consistent)" -eq 0 ] || fail "partial facts after the kill"
q -c "SELECT clusterdata.parse_pending($N)" >/dev/null
[ "$(pending)" -eq 0 ] || fail "queue not finished"
[ "$(consistent)" -eq 0 ] || fail "partial facts at the end"
[ "$(q -c "SELECT count(*) FROM clusterdata.fact")" -eq "$facts" ] || fail "fact count changed"
echo "queue test: ok"
