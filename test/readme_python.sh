#!/usr/bin/env bash
# The README's Python blocks (test/readme_python.py) against the sample reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash demo/ingest.sh
# Debian's python3, where python3-psycopg2 and python3-matplotlib are installed
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" test/readme_python.py
