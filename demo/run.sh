#!/usr/bin/env bash
# The demo's work, in the database psql reaches (PG* variables): the sample
# reports (demo/reports) ingested and parsed by demo/ingest.sh, then
# demo/demo.sql, which stops at the first SQL error (psql exits 3).
# scripts/demo.sh runs it in a throwaway cluster; test/demo_test.sh runs it
# and checks its output.
set -euo pipefail
cd "$(dirname "$0")/.."
bash demo/ingest.sh
psql -X -v ON_ERROR_STOP=1 -f demo/demo.sql
