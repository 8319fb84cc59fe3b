#!/usr/bin/env bash
# Builds and installs Citus 13.2.2 for the PostgreSQL that scripts/pgversion.sh
# finds (Citus is not packaged in Debian), for test/citus_test.sh and
# bench/citus.sh.  Run as root.  The source is CITUS_SRC when given (a checkout
# or unpacked archive of tag v13.2.2), else it is cloned from GitHub into a
# temporary directory.  On PostgreSQL 15.20 and later, which export
# have_createdb_privilege(), Citus's own copy of it in
# src/include/pg_version_compat.h is fenced off, or the build fails.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/pgversion.sh
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q build-essential git "postgresql-server-dev-$PG_MAJOR" libcurl4-openssl-dev \
  liblz4-dev libzstd-dev libkrb5-dev libssl-dev libselinux1-dev libxslt1-dev libxml2-dev \
  libpam0g-dev libreadline-dev >/dev/null
src=${CITUS_SRC:-}
if [ -z "$src" ]; then
  src=$(mktemp -d)/citus
  git clone -q --depth 1 --branch v13.2.2 https://github.com/citusdata/citus.git "$src"
fi
cd "$src"
h=src/include/pg_version_compat.h
if ! grep -q 'PG_VERSION_NUM < 150020' "$h"; then
  awk '
    held != "" && $0 == "have_createdb_privilege(void)" {
      print "#if PG_VERSION_NUM < 150020"; print held; held = ""; infn = 1; print; next }
    held != "" { print held; held = "" }
    $0 == "static inline bool" { held = $0; next }
    infn && $0 == "}" { print; print "#endif"; infn = 0; next }
    { print }
    END { if (held != "") print held }' "$h" >"$h.new"
  mv "$h.new" "$h"
  grep -q 'PG_VERSION_NUM < 150020' "$h" || { echo "could not fence have_createdb_privilege in $h" >&2; exit 1; }
fi
./configure -q PG_CONFIG="$PG_CONFIG" >/dev/null
make -s -j"$(nproc)" >/dev/null
make -s install >/dev/null
echo "installed: $(ls "$("$PG_CONFIG" --pkglibdir)/citus.so") ($(grep -o "default_version = '[^']*'" "$("$PG_CONFIG" --sharedir)/extension/citus.control"))"
