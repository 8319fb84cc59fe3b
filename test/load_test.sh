#!/usr/bin/env bash
# The loader (scripts/load.py) against a server (PG* variables; scripts/test.sh
# runs it in a pg_virtualenv cluster with the extension installed, not
# created):
#   - a folder, a CSV and a JSONL file with reports that fail; the summary and
#     the exit status; the same reports again are already known; a report
#     over 128 KiB; quiet when not a terminal, a progress bar on one;
#   - a folder of hostile files (test/load/hostile.py: "\." lines,
#     backslashes, tabs, control characters, CRLF, lone CRs, BOMs, invalid
#     UTF-8, NUL, a 1 MB line, empty files, JSON of wrong types, week dates,
#     February 30, upper-case extensions, the same text twice, a text stored
#     by ingest() before, CSV records over several lines, a CSV broken half
#     way): every valid report stored exactly once with the bytes of its file,
#     every refused one listed as file:line with its reason, nothing on
#     stderr; in batches of 200 and of 3;
#   - two loaders at once on overlapping input (from both ends): every report
#     stored once, and "new" adds up to the reports stored;
#   - exit status 2 and a reason, never a traceback: no server, no psql, no
#     extension, bad arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS clusterdata"
d=$(mktemp -d)
dbs="clusterdata_load_hostile clusterdata_load_hostile3 clusterdata_load_two clusterdata_load_none"
dropdbs() { for db in $dbs; do psql -X -q -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true; done; }
trap 'dropdbs; rm -rf "$d"' EXIT
dropdbs
mkdir "$d/folder"
cp demo/reports/*.txt "$d/folder/"
n=$(ls "$d/folder" | wc -l)
cat > "$d/list.csv" <<'CSV'
body,source_url,published,lang
"Năm 2024, Công an tỉnh Điện Biên điều tra làm rõ 301/340 vụ, đạt 88,53%.",https://example.org/1,2024-12-19,vi
"Năm 2024, Công an tỉnh Sơn La điều tra làm rõ 288/320 vụ, đạt 90%.",https://example.org/2,2024-13-40,vi
CSV
printf '%s\n' '{"body": "In 2024 Lai Chau police solved 120 of 131 cases.", "lang": "en", "published": "2024-12-18"}' \
  '{"body": "Texte sans langue connue.", "lang": "xx"}' 'not json' > "$d/more.jsonl"
fail=0
check() { if eval "$2"; then echo "load_test: ok: $1"; else echo "load_test: FAILED: $1"; fail=1; fi; }
# runs the loader: stdout in $d/out, stderr in $d/err, exit status in $rc
load() { set +e; python3 "$root/scripts/load.py" "$@" >"$d/out" 2>"$d/err"; rc=$?; set -e; }
no_traceback() { ! grep -q -e Traceback -e 'File "' "$d/err"; }

load "$d/folder" "$d/list.csv" "$d/more.jsonl"
cat "$d/out"
check "exit status 1 when some report failed" '[ $rc = 1 ]'
check "summary counts" "grep -q \"load: $((n + 5)) reports: $((n + 2)) new, 0 already known, 3 failed\" \"$d/out\""
check "a bad date is named" 'grep -q "list.csv:3: published is not a date" "$d/out"'
check "an unsupported language is named with its SQLSTATE" 'grep -q "more.jsonl:2: 22023: unsupported language" "$d/out"'
check "a line that is not JSON is named" 'grep -q "more.jsonl:3: not JSON" "$d/out"'
check "no progress bar when not a terminal" '[ ! -s "$d/err" ]'
check "stored with source and date" '[ "$(psql -X -At -c "SELECT published FROM clusterdata.report WHERE source_url = '"'"'https://example.org/1'"'"'")" = 2024-12-19 ]'
check "parsed" '[ "$(psql -X -At -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")" = 0 ]'

load "$d/folder"
check "the same reports again are already known, exit status 0" \
  "[ \$rc = 0 ] && grep -q \"load: $n reports: 0 new, $n already known, 0 failed\" \"$d/out\""

python3 -c "print('Năm 2024, Cụm thi đua số 5 họp tổng kết. ' * 4000)" > "$d/big.txt"
load --no-parse "$d/big.txt"
check "a report over 128 KiB ($(stat -c %s "$d/big.txt") bytes), queued" \
  'grep -q "1 new" "$d/out" && [ "$(psql -X -At -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")" = 1 ]'

# on a terminal (script(1) gives one): a progress bar with count, rate and ETA
script -qec "python3 scripts/load.py --batch 2 $d/folder" /dev/null >"$d/tty" 2>&1 || true
check "a progress bar on a terminal" "grep -q \"$n/$n reports.*/s  ETA\" \"$d/tty\""

# --- hostile files, in a database of their own --------------------------------
hostile() {   # DB, loader options...
  local db=$1; shift
  psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE $db"
  PGDATABASE=$db psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION clusterdata"
  # a CRLF text with a BOM, stored by ingest() from the same bytes: the loader
  # must find it already known
  PGDATABASE=$db psql -X -q -At -v ON_ERROR_STOP=1 \
    -c "SELECT clusterdata.ingest(convert_from(decode('$(cat "$d/h/preloaded.b64")', 'base64'), 'UTF8'))" >/dev/null
  mapfile -t args < "$d/h/args"
  cd "$d/h"
  PGDATABASE=$db load "$@" "${args[@]}"
  cd "$root"
  check "hostile files ($*): exit status 1 (some refused)" '[ $rc = 1 ]'
  check "hostile files ($*): nothing on stderr" '[ ! -s "$d/err" ]'
  PGDATABASE=$db python3 test/load/check.py "$d/h/expect.json" "$d/out" || fail=1
}
mkdir "$d/h"
python3 test/load/hostile.py "$d/h"
hostile clusterdata_load_hostile
hostile clusterdata_load_hostile3 --batch 3 --no-parse
# the same files again: every valid one is already known
mapfile -t args < "$d/h/args"
cd "$d/h"
PGDATABASE=clusterdata_load_hostile load "${args[@]}"
cd "$root"
stored=$(python3 -c "import json,sys; e=json.load(open(sys.argv[1])); print(len(e['stored']))" "$d/h/expect.json")
check "hostile files again: 0 new, each valid one already known" \
  "[ \$rc = 1 ] && grep -q \"reports: 0 new, $((stored + 4)) already known\" \"$d/out\""

# --- two loaders at once, overlapping input from both ends ----------------------
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE clusterdata_load_two"
PGDATABASE=clusterdata_load_two psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION clusterdata"
python3 test/load/overlap.py "$d/two"
PGDATABASE=clusterdata_load_two python3 scripts/load.py --batch 10 "$d/two/a" >"$d/two/out1" 2>"$d/two/err1" & p1=$!
PGDATABASE=clusterdata_load_two python3 scripts/load.py --batch 10 "$d/two/b.jsonl" >"$d/two/out2" 2>"$d/two/err2" & p2=$!
rc1=0; rc2=0
wait $p1 || rc1=$?
wait $p2 || rc2=$?
cat "$d/two/out1" "$d/two/out2"
counts() { sed -n 's/^load: \([0-9]*\) reports: \([0-9]*\) new, \([0-9]*\) already known, \([0-9]*\) failed$/\1 \2 \3 \4/p' "$1"; }
read -r t1 new1 known1 f1 <<<"$(counts "$d/two/out1")"
read -r t2 new2 known2 f2 <<<"$(counts "$d/two/out2")"
check "two loaders at once: both exit 0, nothing on stderr" \
  '[ $rc1 = 0 ] && [ $rc2 = 0 ] && [ ! -s "$d/two/err1" ] && [ ! -s "$d/two/err2" ]'
check "two loaders at once: 200 reports each, none failed" '[ "$t1 $f1 $t2 $f2" = "200 0 200 0" ]'
check "two loaders at once: new adds up to the 300 stored ($new1 + $new2), already known to the 100 shared ($known1 + $known2)" \
  '[ $((new1 + new2)) = 300 ] && [ $((known1 + known2)) = 100 ] &&
   [ "$(PGDATABASE=clusterdata_load_two psql -X -At -c "SELECT count(*) FROM clusterdata.report")" = 300 ]'
check "two loaders at once: the shared reports have the second loader's source filled in" \
  '[ "$(PGDATABASE=clusterdata_load_two psql -X -At -c "SELECT count(*) FROM clusterdata.report WHERE source_url IS NOT NULL")" = 200 ]'

# --- usage and connection errors: exit status 2 and a reason --------------------
load -d "host=/nonexistent port=1" "$d/folder"
check "no server: exit status 2 and the reason" '[ $rc = 2 ] && grep -q "load: cannot connect" "$d/err" && no_traceback'
mkdir "$d/bin"
ln -s "$(python3 -c 'import sys; print(sys.executable)')" "$d/bin/python3"
set +e; PATH=$d/bin python3 scripts/load.py "$d/folder" >"$d/out" 2>"$d/err"; rc=$?; set -e
check "no psql on PATH: exit status 2 and the reason" '[ $rc = 2 ] && grep -q "load: psql not found" "$d/err" && no_traceback'
psql -X -q -c "CREATE DATABASE clusterdata_load_none"
PGDATABASE=clusterdata_load_none load "$d/folder"
check "no extension in the database: exit status 2 and the reason" \
  '[ $rc = 2 ] && grep -q "clusterdata is not installed" "$d/err" && no_traceback'
load --lang xx "$d/folder"
check "an unsupported --lang: exit status 2 and the reason" '[ $rc = 2 ] && grep -q "unsupported language" "$d/err" && no_traceback'
load --batch 0 "$d/folder"
check "--batch 0: exit status 2" '[ $rc = 2 ] && no_traceback'
load --no-such-option "$d/folder"
check "an unknown option: exit status 2" '[ $rc = 2 ] && no_traceback'
load "$d/no-such-folder"
check "a path that does not exist: exit status 2 and the reason" '[ $rc = 2 ] && grep -q "no such file or folder" "$d/err" && no_traceback'
exit $fail
