#!/usr/bin/env bash
# pg_cron runs the parse queue as the README sets it up: run inside a
# throwaway cluster started with
#   pg_virtualenv -o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
#                 -o cron.use_background_workers=on
# A loader role (the README's grants) schedules CALL clusterdata.parse_queue()
# itself; the job runs as that role and parses reports ingested with
# parse => false; a run in which a report fails shows as failed, with the
# counts, and queue_status shows the failure.  pg_cron 1.4 schedules by the
# minute, so this waits up to two minutes per run.
set -euo pipefail
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

# the README's setup, as written (superuser part, then the loader's grants)
q <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_cron;
CREATE EXTENSION IF NOT EXISTS clusterdata;
CREATE ROLE loader LOGIN;
GRANT USAGE ON SCHEMA cron TO loader;
GRANT USAGE ON SCHEMA clusterdata TO loader;
GRANT EXECUTE ON FUNCTION clusterdata.ingest(text, text, date, text, boolean),
                          clusterdata.parse_pending(int), clusterdata.requeue(bigint),
                          clusterdata.parse_stored(bigint), clusterdata.parse_stored(bigint[], boolean),
                          clusterdata.store_parsed(bigint[], timestamptz) TO loader;
GRANT EXECUTE ON PROCEDURE clusterdata.parse_queue(int) TO loader;
GRANT SELECT, INSERT, UPDATE, DELETE ON clusterdata.report, clusterdata.fact TO loader;
GRANT SELECT ON clusterdata.queue_status TO loader;
GRANT USAGE ON SEQUENCE clusterdata.report_id_seq TO loader;
SQL
# the loader queues reports and schedules the job itself
q <<'SQL'
SET ROLE loader;
SELECT count(clusterdata.ingest(b, parse => false)) FROM (VALUES
  ('Năm 2024, Cụm thi đua số 3 gồm Công an các tỉnh Thái Nguyên, Tuyên Quang, Bắc Kạn, Hà Giang. Công an tỉnh Hà Giang điều tra làm rõ 205/230 vụ, đạt 89,13%.'),
  ('In 2024, Emulation Cluster No. 3 met. Tuyen Quang police solved 318/350 cases, a rate of 90.86%.'),
  ('En 2024, la police de Bac Kan a élucidé 140/152 affaires pénales, soit 92,11 %.')) v(b);
SELECT cron.schedule('clusterdata-parse', '* * * * *', 'CALL clusterdata.parse_queue(1000)');
SQL
wait_runs() {   # wait until the job has run at least $1 times
  for i in $(seq 1 26); do
    [ "$(q -c "SELECT count(*) FROM cron.job_run_details WHERE status IN ('succeeded', 'failed')")" -ge "$1" ] && return 0
    sleep 5
  done
  return 1
}
fail=0
check() { if eval "$2"; then echo "cron test: ok: $1"; else echo "cron test: FAILED: $1"; fail=1; fi; }

wait_runs 1 || true
q -c "SELECT j.username, d.status, d.return_message FROM cron.job_run_details d JOIN cron.job j USING (jobid) ORDER BY d.start_time"
check "the job runs as the loader role" '[ "$(q -c "SELECT username FROM cron.job")" = loader ]'
check "the scheduler parsed every queued report" '[ "$(q -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")" = 0 ]'
check "three rate facts" '[ "$(q -c "SELECT count(*) FROM clusterdata.fact WHERE kind = '"'"'rate'"'"'")" = 3 ]'
check "the run succeeded" '[ "$(q -c "SELECT count(*) FROM cron.job_run_details WHERE status = '"'"'succeeded'"'"'")" -ge 1 ]'

# a report that cannot parse: the next run fails, says why, and the rest stays parsed
q -c "SET ROLE loader" -c "SELECT clusterdata.ingest('Năm 2024, Công an tỉnh Yên Bái điều tra làm rõ 315/352 vụ.', parse => false) > 0" >/dev/null
q -c "UPDATE clusterdata.report SET lang = 'xx' WHERE body LIKE '%Yên Bái%'"
q -c "SET ROLE loader" -c "SELECT clusterdata.ingest('In 2024 Lai Chau police solved 120/131 cases, 91.6%.', parse => false) > 0" >/dev/null
before=$(q -c "SELECT count(*) FROM cron.job_run_details WHERE status IN ('succeeded', 'failed')")
wait_runs $((before + 1)) || true
q -c "SELECT status, return_message FROM cron.job_run_details ORDER BY start_time DESC LIMIT 1"
check "a run with a failed report shows as failed, with the counts" \
  'q -c "SELECT return_message FROM cron.job_run_details WHERE status = '"'"'failed'"'"'" | grep -q "1 parsed, 1 failed"'
check "the good report of that run is parsed" '[ "$(q -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")" = 0 ]'
check "queue_status shows the failure by SQLSTATE" \
  '[ "$(q -c "SET ROLE loader" -c "SELECT reports FROM clusterdata.queue_status WHERE state = '"'"'failed'"'"' AND sqlstate = '"'"'22023'"'"'")" = 1 ]'
q -c "SET ROLE loader" -c "SELECT cron.unschedule('clusterdata-parse')" >/dev/null
[ $fail = 0 ] && echo "cron test: ok" || { echo "cron test: FAILED"; exit 1; }
