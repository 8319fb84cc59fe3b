#!/usr/bin/env bash
# Installs what clusterdata needs on Debian (when missing), then builds and
# installs the extension.  PostgreSQL: PG_MAJOR when set, else the newest
# installed, else the newest apt offers (scripts/pgversion.sh).  Run as root
# (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/pgversion.sh
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

packages=(postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR postgresql-$PG_MAJOR-cron libicu-dev pkg-config
          gcc make python3)
# the tests also fuzz (clang's libFuzzer and sanitizers), run sqlsmith and read
# the BI views through psycopg2, pgJDBC and psqlODBC
[ "${CLUSTERDATA_TEST_DEPS:-0}" = 1 ] && packages+=(clang libclang-rt-dev sqlsmith python3-psycopg2
                                                 default-jdk-headless libpostgresql-jdbc-java
                                                 odbc-postgresql unixodbc python3-pyodbc python3-matplotlib)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -q >/dev/null
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

echo "setup: building clusterdata for PostgreSQL $PG_MAJOR"
make -s PG_CONFIG="$PG_CONFIG" COPT="-Wall -Wextra -Werror"
$SUDO make -s install PG_CONFIG="$PG_CONFIG" >/dev/null
echo "setup: clusterdata installed into $("$PG_CONFIG" --sharedir)/extension"
