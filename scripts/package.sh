#!/usr/bin/env bash
# Builds the Debian package end to end, as root on a Debian machine (run it in
# a fresh root with ../shared/tools/fresh-check bash scripts/package.sh):
#   1. installs the build dependencies (debhelper, postgresql-all, ICU, ...);
#   2. dpkg-buildpackage -us -uc -b on a copy of the tree: one
#      postgresql-NN-clusterdata for each installed PostgreSQL of
#      debian/pgversions, the regress suite run against each at build time;
#   3. installs the package, checks CREATE EXTENSION in a throwaway cluster;
#   4. runs the autopkgtest (debian/tests/installcheck: pg_buildext
#      installcheck against the installed files).
# The .deb files are left in build/deb/.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
version=$(dpkg-parsechangelog -S Version 2>/dev/null || sed -n '1s/.*(\(.*\)).*/\1/p' debian/changelog)
echo "== package: build dependencies"
$SUDO apt-get update -q >/dev/null
$SUDO apt-get install -y -q --no-install-recommends build-essential debhelper dpkg-dev \
  postgresql-all postgresql-server-dev-all libicu-dev pkg-config >/dev/null
out=$PWD/build/deb
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the build-time test's server (not root) reads the package's files in the tree
chmod 755 "$work"
mkdir -p "$out" "$work/clusterdata-${version%-*}"
# the source tree without build products
tar --exclude=./build --exclude=./.git --exclude='*.o' --exclude='*.so' --exclude=./results \
    --exclude=./output_iso --exclude='./matrix-*.log' -cf - . | tar -x -C "$work/clusterdata-${version%-*}"
cd "$work/clusterdata-${version%-*}"
echo "== package: debian/control for the PostgreSQL versions installed"
pg_buildext updatecontrol
grep '^Package:' debian/control
echo "== package: dpkg-buildpackage -us -uc -b (the build runs the regress suite)"
if ! dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1; then
  # the first failing test's diff, else the end of the log
  grep -n -m1 -A 80 '^diff -U3' "$work/build.log" || tail -n 60 "$work/build.log"
  exit 1
fi
grep -E 'tests passed|tests failed' "$work/build.log" || true
cp ../*.deb "$out/"
ls -l "$out"
echo "== package: install"
$SUDO apt-get install -y -q "$out"/postgresql-*-clusterdata_*.deb >/dev/null
dpkg -l 'postgresql-*-clusterdata' | grep '^ii'
for pg in $(pg_buildext supported-versions); do
  dpkg -L "postgresql-$pg-clusterdata" | grep -E 'clusterdata\.(so|control)$'
  pg_virtualenv -v "$pg" psql -X -At -v ON_ERROR_STOP=1 \
    -c "CREATE EXTENSION clusterdata" \
    -c "SELECT 'PostgreSQL $pg: clusterdata ' || extversion || ', ' || clusterdata.solve_rate(1707, 1914)::text FROM pg_extension WHERE extname = 'clusterdata'"
done
echo "== package: autopkgtest debian/tests/installcheck (the installed files)"
rm -f clusterdata.so src/*.o
sh debian/tests/installcheck >"$work/installcheck.log" 2>&1 || { tail -n 60 "$work/installcheck.log"; exit 1; }
grep -E 'tests passed|tests failed' "$work/installcheck.log"
echo "package: ok"
