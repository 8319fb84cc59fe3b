#!/usr/bin/env bash
# pg_cron runs parse_pending(): run inside a throwaway cluster started with
#   pg_virtualenv -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
#                 -o cron.use_background_workers=on
# Reports ingested without parsing must be parsed by the scheduler itself.
# pg_cron 1.4 schedules by the minute, so this waits up to two minutes.
set -euo pipefail
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q -c "CREATE EXTENSION IF NOT EXISTS pg_cron" -c "CREATE EXTENSION IF NOT EXISTS clusterdata"
q <<'SQL'
SELECT count(clusterdata.ingest(b, parse => false)) FROM (VALUES
  ('Năm 2024, Cụm thi đua số 3 gồm Công an các tỉnh Thái Nguyên, Tuyên Quang, Bắc Kạn, Hà Giang. Công an tỉnh Hà Giang điều tra làm rõ 205/230 vụ, đạt 89,13%.'),
  ('In 2024, Emulation Cluster No. 3 met. Tuyen Quang police solved 318/350 cases, a rate of 90.86%.'),
  ('En 2024, la police de Bac Kan a élucidé 140/152 affaires pénales, soit 92,11 %.')) v(b);
SELECT cron.schedule('clusterdata-parse', '* * * * *', 'SELECT clusterdata.parse_pending()');
SQL
echo "queued: $(q -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")"
for i in $(seq 1 26); do
  left=$(q -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")
  [ "$left" = 0 ] && break
  sleep 5
done
q -c "SELECT status, return_message FROM cron.job_run_details ORDER BY start_time"
facts=$(q -c "SELECT count(*) FROM clusterdata.fact WHERE kind = 'rate'")
runs=$(q -c "SELECT count(*) FROM cron.job_run_details WHERE status = 'succeeded' AND command LIKE '%parse_pending%'")
echo "after ${i} polls: $left unparsed, $facts rate facts, $runs successful scheduled runs"
[ "$left" = 0 ] && [ "$facts" = 3 ] && [ "$runs" -ge 1 ] || { echo "cron test: FAILED"; exit 1; }
q -c "SELECT cron.unschedule('clusterdata-parse')" >/dev/null
echo "cron test: ok"
