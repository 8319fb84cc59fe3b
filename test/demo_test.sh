#!/usr/bin/env bash
# The demo as scripts/demo.sh runs it: demo/run.sh (the sample reports
# ingested by demo/ingest.sh, then demo/demo.sql with ON_ERROR_STOP), in a new
# database of the server psql reaches (PG* variables; scripts/test.sh runs it
# inside pg_virtualenv).  Fails when demo/run.sh fails (a SQL error stops
# demo.sql), when a report failed to load or parse, when stderr has an
# ERROR, WARNING or FATAL, or when a section of the output has no rows; the
# ranking, the leaders and the evidence sections must be there, the ranking
# with a first-ranked member and the evidence marked [[...]]; and the sample
# membership is whole (cluster 7's five members, no province in two
# clusters in one year).
set -euo pipefail
cd "$(dirname "$0")/.."
db=clusterdata_demo_test_$$
work=$(mktemp -d)
cleanup() {
  dropdb --if-exists "$db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
createdb "$db"
rc=0
PGDATABASE=$db bash demo/run.sh >"$work/out" 2>"$work/err" || rc=$?
cat "$work/out"
if [ -s "$work/err" ]; then
  echo "demo_test: stderr:"
  cat "$work/err"
fi
if [ "$rc" != 0 ]; then
  echo "demo_test: FAILED: demo/run.sh exited with $rc"
  exit 1
fi
python3 - "$work/out" "$work/err" "$(ls demo/reports/*.txt | wc -l)" <<'PY'
import re
import sys

out = open(sys.argv[1], encoding="utf-8").read().splitlines()
err = open(sys.argv[2], encoding="utf-8").read()
n_reports = int(sys.argv[3])
problems = []

# the loader's summary: every sample report new, none failed
m = [l for l in out if l.startswith("load: ")]
want = f"load: {n_reports} reports: {n_reports} new, 0 already known, 0 failed"
if m != [want]:
    problems.append(f"loader summary {m!r}, expected [{want!r}]")
for line in err.splitlines():
    if re.search(r"\b(ERROR|WARNING|FATAL|PANIC)\b", line):
        problems.append(f"stderr: {line}")

# sections: a "== title" line, then psql's aligned table (header, a ----+----
# line, the rows up to a blank line)
sections = []
for line in out:
    if line.startswith("== "):
        sections.append({"title": line[3:], "header": None, "rows": [], "state": "title"})
    elif sections:
        s = sections[-1]
        if s["state"] == "title" and "|" in line:
            s["header"] = [c.strip() for c in line.split("|")]
            s["state"] = "header"
        elif s["state"] == "header" and re.fullmatch(r"-+(\+-+)*", line):
            s["state"] = "rows"
        elif s["state"] == "rows":
            if line.strip():
                s["rows"].append([c.strip() for c in line.split("|")])
            else:
                s["state"] = "done"

if not sections:
    problems.append("no sections in the output")
for s in sections:
    if not s["rows"]:
        problems.append(f"section {s['title']!r}: no rows")


def section(pattern):
    found = [s for s in sections if re.search(pattern, s["title"])]
    if not found:
        problems.append(f"no section matching {pattern!r}")
    return found[0] if found else None


def col(s, name):
    if name not in (s["header"] or []):
        problems.append(f"section {s['title']!r}: no column {name!r}")
        return None
    return s["header"].index(name)


reports = section(r"^The reports")
if reports:
    i = col(reports, "parse")
    if i is not None:
        if len(reports["rows"]) != n_reports:
            problems.append(f"{len(reports['rows'])} reports listed, expected {n_reports}")
        for r in reports["rows"]:
            if r[i] != "ok":
                problems.append(f"report {r[0]}: parse {r[i]!r}")
ranking = section(r"ranked by the Wilson lower bound")
if ranking:
    i = col(ranking, "rank")
    if i is not None and not any(r[i] == "1" for r in ranking["rows"]):
        problems.append("the ranking has no member ranked 1")
leaders = section(r"^Leaders")
if leaders:
    i = col(leaders, "role")
    if i is not None and not any(r[i] == "leader" for r in leaders["rows"]):
        problems.append("the leaders section has no leader")
evidence = section(r"with their evidence")
if evidence:
    i = col(evidence, "evidence")
    if i is not None and not all("[[" in r[i] and "]]" in r[i] for r in evidence["rows"]):
        problems.append("evidence rows without their [[marked]] text")

for s in sections:
    print(f"demo_test: {len(s['rows']):3d} rows: {s['title']}")
for p in problems:
    print(f"demo_test: FAILED: {p}")
print(f"demo_test: {len(sections)} sections, {'ok' if not problems else str(len(problems)) + ' problem(s)'}")
sys.exit(1 if problems else 0)
PY
# the sample reports' membership: cluster 7 has its five members (Đà Nẵng
# among them, listed before its provinces), and no province is in two
# clusters in one year (the claims that lost are in membership_conflicts)
q() { psql -X -At -d "$db" -c "$1"; }
m7=$(q "SELECT string_agg(province::text, ', ' ORDER BY province::text) FROM clusterdata.membership WHERE cluster_no = 7 AND year = 2024")
echo "demo_test: cluster 7 in 2024: $m7"
[ "$(q "SELECT count(*) FROM clusterdata.membership WHERE cluster_no = 7 AND year = 2024")" = 5 ] \
  && echo "$m7" | grep -q "Đà Nẵng" || { echo "demo_test: FAILED: cluster 7 has not its five members"; exit 1; }
twice=$(q "SELECT count(*) FROM (SELECT year, province FROM clusterdata.membership GROUP BY 1, 2 HAVING count(*) > 1) x")
[ "$twice" = 0 ] || { echo "demo_test: FAILED: $twice provinces in two clusters in one year"; exit 1; }
echo "demo_test: no province in two clusters in one year; $(q "SELECT count(DISTINCT province) FROM clusterdata.membership_conflicts") claimed by two (membership_conflicts)"
