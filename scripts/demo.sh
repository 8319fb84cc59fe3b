#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs the demo (demo/demo.sql) in a
# throwaway PostgreSQL cluster that is dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
pg_virtualenv -v 15 psql -X -v ON_ERROR_STOP=1 -f demo/demo.sql
