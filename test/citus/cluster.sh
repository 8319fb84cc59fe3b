# Sourced by test/citus_test.sh and bench/citus.sh (after scripts/pgversion.sh):
# a Citus cluster of a coordinator and two workers on this machine, each a
# server of its own in a temporary directory, on ports CITUS_PORT (default
# 57630) to CITUS_PORT + 2.  citus_up starts it and adds the workers;
# citus_down stops it and removes it; citus_up_or_skip does both (the stop
# at exit), or exits 77 with "skipped: citus not installed".  Run as root, the servers run as the
# postgres user.  Citus itself is not built here (see the README).

citus_installed() {
  [ -f "$("$PG_CONFIG" --pkglibdir)/citus.so" ] &&
    [ -f "$("$PG_CONFIG" --sharedir)/extension/citus.control" ]
}

as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

citus_up() {
  CITUS_DIR=$(mktemp -d /tmp/clusterdata-citus.XXXXXX)
  chmod 755 "$CITUS_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$CITUS_DIR"
  COORD=${CITUS_PORT:-57630}
  WORKER1=$((COORD + 1))
  WORKER2=$((COORD + 2))
  local p
  for p in "$COORD" "$WORKER1" "$WORKER2"; do
    as_server_user "$PG_BINDIR/initdb" -D "$CITUS_DIR/$p" -E UTF8 --locale=C.UTF-8 -A trust \
      -U postgres >/dev/null
    cat >>"$CITUS_DIR/$p/postgresql.conf" <<CONF
shared_preload_libraries = 'citus'
port = $p
listen_addresses = 'localhost'
unix_socket_directories = '$CITUS_DIR'
max_connections = 100
fsync = off
track_functions = 'all'
CONF
    as_server_user "$PG_BINDIR/pg_ctl" -D "$CITUS_DIR/$p" -l "$CITUS_DIR/$p.log" -w start >/dev/null
  done
  export PGHOST=$CITUS_DIR PGUSER=postgres PGDATABASE=postgres
  unset PGPORT PGPASSWORD
  for p in "$COORD" "$WORKER1" "$WORKER2"; do
    psql -X -q -p "$p" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION citus"
  done
  psql -X -q -At -p "$COORD" -v ON_ERROR_STOP=1 \
    -c "SELECT citus_set_coordinator_host('localhost', $COORD)" \
    -c "SELECT citus_add_node('localhost', $WORKER1)" \
    -c "SELECT citus_add_node('localhost', $WORKER2)" >/dev/null
}

citus_down() {
  [ -n "${CITUS_DIR:-}" ] && [ -d "$CITUS_DIR" ] || return 0
  local p
  for p in "$COORD" "$WORKER1" "$WORKER2"; do
    as_server_user "$PG_BINDIR/pg_ctl" -D "$CITUS_DIR/$p" -m fast -w stop >/dev/null 2>&1 || true
  done
  rm -rf "$CITUS_DIR"
}

citus_up_or_skip() {
  if ! citus_installed; then
    echo "skipped: citus not installed"
    exit 77
  fi
  citus_up
  trap citus_down EXIT
}
