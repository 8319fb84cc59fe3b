# Sourced (from the project root) by test/facts_same.sh and
# test/binding_same.sh: PG_CONFIG as make picks it, a temporary directory
# $tmp removed on exit, and test/unit/scan_tool rebuilt from scratch so
# that the binary matches the sources.
if [ -z "${PG_CONFIG:-}" ]; then
	. scripts/pgversion.sh
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -f test/unit/scan_tool
make -s test/unit/scan_tool PG_CONFIG="$PG_CONFIG" >/dev/null
