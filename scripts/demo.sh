#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs the demo (demo/run.sh) in a throwaway
# PostgreSQL cluster that is dropped afterwards: the sample reports the project
# ships (demo/reports, our own text in nine languages) are ingested and parsed,
# then demo/demo.sql prints a cluster's ranking, the leaders table and the
# facts with their evidence.  test/demo_test.sh runs the same demo/run.sh and
# checks its output.
set -euo pipefail
cd "$(dirname "$0")/.."
# A UTF-8 locale, so that pg_virtualenv's clusters are UTF8 (clusterdata needs it).
export LANG=C.UTF-8 LC_ALL=C.UTF-8
bash scripts/setup.sh
. scripts/pgversion.sh
pg_virtualenv -v "$PG_MAJOR" bash demo/run.sh
