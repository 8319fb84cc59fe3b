#!/usr/bin/env bash
# Ingest the sample reports (demo/reports/*.txt) into the database psql reaches
# (PG* variables), creating the extension when needed.  Used by the demo and
# by the tests that need stored reports.
set -euo pipefail
cd "$(dirname "$0")/.."
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS clusterdata"
for f in demo/reports/*.txt; do
  psql -X -q -At -v ON_ERROR_STOP=1 -v body="$(cat "$f")" -v src="sample:$(basename "$f")" \
    <<< "SELECT clusterdata.ingest(:'body', :'src')" >/dev/null
done
