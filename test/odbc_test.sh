#!/usr/bin/env bash
# Ingest the sample reports, then read every view a BI role reads through
# psqlODBC with its defaults and with the README's settings (test/odbc_test.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash demo/ingest.sh
# Debian's python3, where python3-pyodbc is installed
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" test/odbc_test.py
