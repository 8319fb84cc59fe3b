#!/usr/bin/env bash
# Runs the README's test command (bash scripts/test.sh, through .ci/run) in
# fresh roots of Debian 12 (PostgreSQL 15), 13 (17) and testing (18) with
# ../shared/tools/fresh-check, one after another, and prints one line per
# version.  usage: scripts/matrix.sh [SUITE...]   (default: bookworm trixie forky)
# Logs go to matrix-SUITE.log.  Exits non-zero when any version fails.
set -uo pipefail
cd "$(dirname "$0")/.."
check=../shared/tools/fresh-check
[ -x "$check" ] || { echo "matrix: $check not found"; exit 1; }
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(bookworm trixie forky)
declare -A pg=([bookworm]=15 [trixie]=17 [forky]=18)
bad=0
lines=()
for s in "${suites[@]}"; do
  start=$(date +%s)
  FRESH_SUITE=$s "$check" > "matrix-$s.log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  summary=$(grep -E '^tests: [0-9]+ passed, [0-9]+ failed' "matrix-$s.log" | tail -n 1)
  version=$(grep -E '^== PostgreSQL ' "matrix-$s.log" | head -n 1 | sed 's/^== //')
  [ "$rc" = 0 ] && state=PASS || { state=FAIL; bad=1; }
  lines+=("$state  $s (PostgreSQL ${pg[$s]:-?}): ${summary:-no summary} in ${secs}s; ${version:-version not printed}")
  echo "${lines[-1]}"
done
echo "== matrix"
printf '%s\n' "${lines[@]}"
exit $bad
