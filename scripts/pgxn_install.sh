#!/usr/bin/env bash
# Installs clusterdata the way a PGXN user does, as root on a Debian machine
# (run it in a fresh root: ../shared/tools/fresh-check bash scripts/pgxn_install.sh):
# the distribution zip (make dist's layout, META.json at its top), then
# `pgxn install` of that zip with the PGXN client, then CREATE EXTENSION and
# a query in a throwaway cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive
. scripts/pgversion.sh
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -q >/dev/null
$SUDO apt-get install -y -q --no-install-recommends pgxnclient "postgresql-$PG_MAJOR" \
  "postgresql-server-dev-$PG_MAJOR" libicu-dev pkg-config gcc make unzip python3 >/dev/null
version=$(make -s print-version).0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
zip="$work/clusterdata-$version.zip"
if git rev-parse --git-dir >/dev/null 2>&1; then
  git archive --format zip --prefix="clusterdata-$version/" -o "$zip" HEAD
else
  # no git (a copy of the tree): the same layout from the files
  python3 - "$zip" "clusterdata-$version" <<'PY'
import os, sys, zipfile
zip_path, prefix = sys.argv[1], sys.argv[2]
skip = {".git", "build", "results", "output_iso"}
with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk("."):
        dirs[:] = sorted(d for d in dirs if d not in skip and not (root == "./test/fuzz" and d in ("bin", "work")))
        for f in sorted(files):
            if not f.endswith((".o", ".so", ".bc")):
                p = os.path.join(root, f)
                z.write(p, os.path.join(prefix, os.path.relpath(p, ".")))
PY
fi
# (the listing is read whole: grep -q would close the pipe early, and pipefail would see unzip's SIGPIPE)
listing=$(unzip -Z1 "$zip")
grep -qx "clusterdata-$version/META.json" <<< "$listing" || { echo "pgxn: no META.json at the top of the zip"; exit 1; }
echo "== pgxn install $zip (PostgreSQL $PG_MAJOR)"
pgxn install --pg_config "$PG_CONFIG" "$zip" >"$work/pgxn.log" 2>&1 || { tail -n 40 "$work/pgxn.log"; exit 1; }
ls "$("$PG_CONFIG" --sharedir)/extension/clusterdata.control" "$("$PG_CONFIG" --pkglibdir)/clusterdata.so"
pg_virtualenv -v "$PG_MAJOR" psql -X -At -v ON_ERROR_STOP=1 -c "CREATE EXTENSION clusterdata" \
  -c "SELECT 'clusterdata ' || extversion || ' from PGXN: ' || clusterdata.solve_rate(1707, 1914)::text FROM pg_extension WHERE extname = 'clusterdata'"
echo "pgxn: ok"
