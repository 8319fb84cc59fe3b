#!/usr/bin/env bash
# Installs what clusterdata needs on Debian 12 (when missing), then builds and
# installs the extension into PostgreSQL 15.  Run as root (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo

packages=(postgresql-15 postgresql-server-dev-15 postgresql-15-cron libicu-dev pkg-config
          gcc make python3)
# the tests also fuzz (clang's libFuzzer and sanitizers) and run sqlsmith
[ "${CLUSTERDATA_TEST_DEPS:-0}" = 1 ] && packages+=(clang libclang-rt-dev sqlsmith)
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

echo "setup: building clusterdata"
make -s PG_CONFIG="$PG_CONFIG" COPT="-Wall -Wextra -Werror"
$SUDO make -s install PG_CONFIG="$PG_CONFIG" >/dev/null
echo "setup: clusterdata installed into $("$PG_CONFIG" --sharedir)/extension"
