#!/usr/bin/env bash
# Ingest the sample reports (demo/reports/*.txt) into the database psql reaches
# (PG* variables), creating the extension when needed, with the loader
# (scripts/load.py; each report's source is "sample:FILE").  Used by the demo
# and by the tests that need stored reports.
set -euo pipefail
cd "$(dirname "$0")/.."
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS clusterdata"
list=$(mktemp --suffix=.csv)
trap 'rm -f "$list"' EXIT
{
  echo "file,source_url"
  for f in demo/reports/*.txt; do echo "$PWD/$f,sample:$(basename "$f")"; done
} > "$list"
python3 scripts/load.py "$list"
