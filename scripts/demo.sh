#!/usr/bin/env bash
# Sets up (scripts/setup.sh), then runs the demo in a throwaway PostgreSQL
# cluster that is dropped afterwards: the sample reports the project ships
# (demo/reports, our own text in six languages) are ingested and parsed, then
# demo/demo.sql prints a cluster's ranking, the leaders table and the facts
# with their evidence.
set -euo pipefail
cd "$(dirname "$0")/.."
# A UTF-8 locale, so that pg_virtualenv's clusters are UTF8 (clusterdata needs it).
export LANG=C.UTF-8 LC_ALL=C.UTF-8
bash scripts/setup.sh
pg_virtualenv -v 15 bash -c '
  set -euo pipefail
  psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION clusterdata"
  for f in demo/reports/*.txt; do
    psql -X -q -At -v ON_ERROR_STOP=1 -v body="$(cat "$f")" -v src="sample:$(basename "$f")" \
      <<< "SELECT clusterdata.ingest(:'"'"'body'"'"', :'"'"'src'"'"')" >/dev/null
  done
  psql -X -v ON_ERROR_STOP=1 -f demo/demo.sql'
