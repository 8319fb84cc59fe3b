#!/usr/bin/env bash
# Ingest the sample reports, then check the BI views over the wire (test/bi_wire.py).
set -euo pipefail
cd "$(dirname "$0")/.."
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS clusterdata"
for f in demo/reports/*.txt; do
  psql -X -q -At -v ON_ERROR_STOP=1 -v body="$(cat "$f")" -v src="sample:$(basename "$f")" \
    <<< "SELECT clusterdata.ingest(:'body', :'src')" >/dev/null
done
python3 test/bi_wire.py
