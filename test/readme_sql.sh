#!/usr/bin/env bash
# The README's SQL examples, as written (test/readme_sql.py): run inside a
# throwaway cluster started with pg_cron preloaded, as test/cron_test.sh's;
# the sample reports are loaded first and a BI role exists, as the examples
# assume.
set -euo pipefail
cd "$(dirname "$0")/.."
bash demo/ingest.sh >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE ROLE bi"
python3 test/readme_sql.py
psql -X -q -c "SELECT cron.unschedule('clusterdata-parse')" >/dev/null 2>&1 || true
