#!/usr/bin/env bash
# The loader (scripts/load.py) in a throwaway cluster: a folder, a CSV and a
# JSONL file with reports that fail; the summary and the exit status; the
# same reports again are already known; a report over 128 KiB; quiet when
# not a terminal; a connection that fails is exit status 2.
set -euo pipefail
cd "$(dirname "$0")/.."
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS clusterdata"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
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

set +e
python3 scripts/load.py "$d/folder" "$d/list.csv" "$d/more.jsonl" >"$d/out" 2>"$d/err"
rc=$?
set -e
cat "$d/out"
check "exit status 1 when some report failed" '[ $rc = 1 ]'
check "summary counts" "grep -q \"load: $((n + 5)) reports: $((n + 2)) new, 0 already known, 3 failed\" \"$d/out\""
check "a bad date is named" 'grep -q "list.csv:3: published is not a date" "$d/out"'
check "an unsupported language is named with its SQLSTATE" 'grep -q "more.jsonl:2: 22023: unsupported language" "$d/out"'
check "a line that is not JSON is named" 'grep -q "more.jsonl:3: not JSON" "$d/out"'
check "no progress bar when not a terminal" '[ ! -s "$d/err" ]'
check "stored with source and date" '[ "$(psql -X -At -c "SELECT published FROM clusterdata.report WHERE source_url = '"'"'https://example.org/1'"'"'")" = 2024-12-19 ]'
check "parsed" '[ "$(psql -X -At -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")" = 0 ]'

python3 scripts/load.py "$d/folder" >"$d/out2"
check "the same reports again are already known" "grep -q \"load: $n reports: 0 new, $n already known, 0 failed\" \"$d/out2\""

python3 -c "print('Năm 2024, Cụm thi đua số 5 họp tổng kết. ' * 4000)" > "$d/big.txt"
python3 scripts/load.py --no-parse "$d/big.txt" >"$d/out3"
check "a report over 128 KiB ($(stat -c %s "$d/big.txt") bytes), queued" \
  'grep -q "1 new" "$d/out3" && [ "$(psql -X -At -c "SELECT count(*) FROM clusterdata.report WHERE parsed_at IS NULL")" = 1 ]'

# on a terminal (script(1) gives one): a progress bar with count, rate and ETA
script -qec "python3 scripts/load.py --batch 2 $d/folder" /dev/null >"$d/tty" 2>&1 || true
check "a progress bar on a terminal" "grep -q \"$n/$n reports.*/s  ETA\" \"$d/tty\""

set +e
python3 scripts/load.py -d "host=/nonexistent port=1" "$d/folder" >/dev/null 2>"$d/err4"
rc=$?
set -e
check "no server: exit status 2 and the reason" '[ $rc = 2 ] && grep -q "load:" "$d/err4"'
exit $fail
