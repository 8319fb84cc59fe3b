#!/usr/bin/env bash
# Crash safety: kill -9 the postmaster and every server process in the
# middle of a bulk ingest, and again in the middle of parse_pending(); restart
# and check that
#   - every report whose ingest returned (was committed) is there, parsed,
#     with exactly the facts parse_report() gives for its body;
#   - nothing half-written is visible: a report has facts only if it is
#     parsed, and then exactly its own;
#   - the queue resumes: parse_pending() finishes the rest;
#   - pg_amcheck finds every index (and heap) clean.
# Run inside a throwaway cluster (pg_virtualenv); needs to be able to signal
# the server's processes (root, or the cluster's owner).
set -euo pipefail
cd "$(dirname "$0")/.."
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

read -r ver cluster <<< "$(pg_lsclusters -h | awk -v port="${PGPORT:-5432}" '$3 == port {print $1, $2}')"
datadir=$(q -c "SHOW data_directory")

# is the process gone (or a zombie nobody reaps, as under a minimal init)?
gone() { [ ! -d "/proc/$1" ] || grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null; }

crash() {
  local pm sockdir port kids
  pm=$(sed -n 1p "$datadir/postmaster.pid")
  sockdir=$(sed -n 5p "$datadir/postmaster.pid")
  port=$(sed -n 4p "$datadir/postmaster.pid")
  # stopped, the postmaster forks no more; then it and all its processes at
  # once, as when the machine goes down (only this server's: its children)
  kill -STOP "$pm"
  kids=$(pgrep -P "$pm" || true)
  kill -9 "$pm"
  [ -n "$kids" ] && kill -9 $kids 2>/dev/null || true
  for _ in $(seq 1 50); do gone "$pm" && break; sleep 0.2; done
  # a reboot clears the lock files of a dead server; a zombie would keep them looking alive
  if [ -d "/proc/$pm" ]; then
    rm -f "$datadir/postmaster.pid" "$sockdir/.s.PGSQL.$port.lock"
  fi
  pg_ctlcluster "$ver" "$cluster" start
  for _ in $(seq 1 30); do q -c "SELECT 1" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "server did not come back"; return 1
}

# every report: parsed with exactly parse_report()'s facts, or unparsed with none
check_consistent() {
  q <<'SQL'
WITH expected AS (
    SELECT r.id, count(p.*) AS n,
           md5(string_agg(concat_ws('|', p.n, p.kind, p.metric, p.rate, p.percent, p.value, p.province,
                                    p.span_start, p.span_end), ',' ORDER BY p.n)) AS h
    FROM clusterdata.report r
    LEFT JOIN LATERAL clusterdata.parse_report(r.body, r.lang) WITH ORDINALITY
         AS p(kind, metric, solved, total, rate, percent, qualifier, value, province, cluster_no, year,
              span_start, span_end, text, scope, detail, why, confidence, n) ON true
    GROUP BY r.id),
stored AS (
    SELECT r.id, r.parsed_at IS NOT NULL AS parsed, count(f.*) AS n,
           md5(string_agg(concat_ws('|', f.fact_no, f.kind, f.metric, f.rate, f.percent, f.value, f.province,
                                    f.span_start, f.span_end), ',' ORDER BY f.fact_no)) AS h
    FROM clusterdata.report r LEFT JOIN clusterdata.fact f ON f.report_id = r.id
    GROUP BY r.id, r.parsed_at)
SELECT count(*) FILTER (WHERE s.parsed AND (s.n <> e.n OR s.h IS DISTINCT FROM e.h)) AS parsed_wrong,
       count(*) FILTER (WHERE NOT s.parsed AND s.n > 0) AS unparsed_with_facts,
       count(*) FILTER (WHERE s.parsed) AS parsed,
       count(*) AS reports
FROM stored s JOIN expected e USING (id)
SQL
}

q -c "CREATE EXTENSION IF NOT EXISTS clusterdata"
q -c "CREATE EXTENSION IF NOT EXISTS amcheck"
fail=0

# 1. bulk ingest (each ingest its own transaction), killed midway
python3 - "$work/ingest.sql" <<'PY'
import sys
provinces = ['Lào Cai', 'Yên Bái', 'Lai Châu', 'Hà Giang', 'Phú Thọ', 'Bắc Giang', 'Quảng Ninh', 'Hòa Bình']
with open(sys.argv[1], 'w') as f:
    for i in range(20000):
        p = provinces[i % len(provinces)]
        total = 200 + i % 300
        solved = total - 1 - i % 37
        pct = f"{100 * solved / total:.2f}".replace('.', ',')
        body = (f"Báo cáo số {i}: Công an tỉnh {p} đã điều tra làm rõ {solved}/{total} vụ phạm pháp hình sự, "
                f"đạt tỷ lệ {pct}%; bắt giữ {i % 90 + 10} đối tượng. Cụm thi đua số {i % 9 + 1} "
                f"tổ chức hội nghị tổng kết năm 2024.")
        f.write("SELECT clusterdata.ingest('" + body.replace("'", "''") + "');\n")
PY
# wait until n lines are in a file (the work is under way), at most 60 s
wait_lines() { for _ in $(seq 1 600); do [ "$(grep -c . "$1" 2>/dev/null || true)" -ge "$2" ] && return 0; sleep 0.1; done; }

psql -X -q -At -f "$work/ingest.sql" > "$work/ingested.ids" 2>/dev/null &
loader=$!
wait_lines "$work/ingested.ids" 1000
committed_before=$(wc -l < "$work/ingested.ids")
crash
wait "$loader" || true
committed=$(wc -l < "$work/ingested.ids")
missing=$(q -c "SELECT count(*) FROM unnest(string_to_array('$(tr '\n' ',' < "$work/ingested.ids" | sed 's/,$//')', ',')::bigint[]) i(id)
                WHERE NOT EXISTS (SELECT 1 FROM clusterdata.report r WHERE r.id = i.id AND r.parsed_at IS NOT NULL)")
read -r wrong halfway parsed reports <<< "$(check_consistent | tr '|' ' ')"
echo "ingest crash: $committed ingests returned before the crash ($committed_before when it was sent); $reports reports stored, $parsed parsed; committed but missing: $missing; wrong facts: $wrong; facts without a parse: $halfway"
[ "$committed" -gt 0 ] && [ "$committed" -lt 20000 ] || { echo "the crash did not fall inside the ingest"; fail=1; }
[ "$missing" = 0 ] && [ "$wrong" = 0 ] && [ "$halfway" = 0 ] || fail=1

# 2. parse_pending() in batches, killed midway
q -c "UPDATE clusterdata.report SET parsed_at = NULL"
q -c "DELETE FROM clusterdata.fact"
q -c "INSERT INTO clusterdata.report (body, body_sha256)
      SELECT replace(body, 'Báo cáo', 'Bản tin'), sha256(convert_to(replace(body, 'Báo cáo', 'Bản tin'), 'UTF8'))
      FROM clusterdata.report"
queued=$(q -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")
( for _ in $(seq 1 400); do psql -X -q -At -c "SELECT clusterdata.parse_pending(50)" || exit 0; done ) > "$work/batches" 2>/dev/null &
parser=$!
wait_lines "$work/batches" 5
crash
wait "$parser" || true
batches=$(grep -c . "$work/batches" || true)
read -r wrong halfway parsed reports <<< "$(check_consistent | tr '|' ' ')"
echo "parse_pending crash: $queued queued, $batches batches committed before the crash, $parsed parsed; wrong facts: $wrong; facts without a parse: $halfway"
[ "$parsed" -ge $((batches * 50)) ] || { echo "committed batches lost"; fail=1; }
[ "$parsed" -lt "$reports" ] || { echo "the crash did not fall inside the queue"; fail=1; }
[ "$wrong" = 0 ] && [ "$halfway" = 0 ] || fail=1

# 3. the queue resumes
while [ "$(q -c "SELECT clusterdata.parse_pending(1000)")" != 0 ]; do :; done
read -r wrong halfway parsed reports <<< "$(check_consistent | tr '|' ' ')"
echo "after resuming: $parsed of $reports parsed; wrong facts: $wrong"
[ "$parsed" = "$reports" ] && [ "$wrong" = 0 ] || fail=1

# 4. every index and heap clean
if "$("${PG_CONFIG:-pg_config}" --bindir)/pg_amcheck" --heapallindexed --parent-check --no-dependent-indexes -d "${PGDATABASE:-postgres}" >"$work/amcheck" 2>&1; then
  echo "pg_amcheck: clean"
else
  cat "$work/amcheck"; echo "pg_amcheck: PROBLEMS"; fail=1
fi
[ $fail = 0 ]
