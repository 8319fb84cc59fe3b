# Sourced by the scripts: which PostgreSQL to build for and test against.
#   PG_MAJOR set: that version;
#   else the newest major whose server is installed;
#   else the newest major whose server-dev package apt offers.
# Sets PG_MAJOR, PG_CONFIG (unless given), PG_BINDIR and PARALLEL_GUC (the
# setting that runs every query in a parallel worker: force_parallel_mode up
# to 15, debug_parallel_query from 16).
if [ -z "${PG_MAJOR:-}" ]; then
  PG_MAJOR=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null |
             sed -n 's#^/usr/lib/postgresql/\([0-9][0-9]*\)/bin/postgres$#\1#p' | sort -n | tail -n 1 || true)
fi
if [ -z "${PG_MAJOR:-}" ]; then
  if [ "$(id -u)" = 0 ]; then apt-get update -q >/dev/null; else sudo apt-get update -q >/dev/null; fi
  PG_MAJOR=$(apt-cache pkgnames postgresql-server-dev- 2>/dev/null |
             sed -n 's/^postgresql-server-dev-\([0-9][0-9]*\)$/\1/p' | sort -n | tail -n 1 || true)
fi
if [ -z "${PG_MAJOR:-}" ]; then
  echo "no PostgreSQL found installed or offered by apt; set PG_MAJOR" >&2
  exit 1
fi
export PG_MAJOR
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_MAJOR/bin/pg_config}
export PG_BINDIR=/usr/lib/postgresql/$PG_MAJOR/bin
if [ "$PG_MAJOR" -ge 16 ]; then PARALLEL_GUC=debug_parallel_query; else PARALLEL_GUC=force_parallel_mode; fi
export PARALLEL_GUC
