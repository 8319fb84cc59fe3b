#!/usr/bin/env bash
# Ingest the sample reports, then check the BI views over the wire (test/bi_wire.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash demo/ingest.sh
python3 test/bi_wire.py
