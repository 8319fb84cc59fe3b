#!/usr/bin/env bash
# Ingest the sample reports, then check the BI views over the wire
# (test/bi_wire.py), and through psycopg2 and pgJDBC with a default
# connection (test/bi_clients.py, test/jdbc/BiClients.java).
set -euo pipefail
cd "$(dirname "$0")/.."
bash demo/ingest.sh
python3 test/bi_wire.py
# Debian's python3, where python3-psycopg2 is installed (a python3 earlier on
# PATH may be another one)
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" test/bi_clients.py
# pgJDBC with its defaults (the Java single-file launcher compiles the test)
java -cp /usr/share/java/postgresql.jar test/jdbc/BiClients.java
