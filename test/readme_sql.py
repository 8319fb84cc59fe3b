#!/usr/bin/env python3
"""Run every ```sql example of README.md as written, in order, in the database
psql reaches (PG* variables; pg_cron preloaded, the sample reports loaded:
test/readme_sql.sh sets that up).  Each statement runs with the search_path
the README's SQL reference assumes (clusterdata, public); a statement whose
comment says "-- ERROR XXXXX" must fail with SQLSTATE XXXXX, every other
statement must succeed.  Exits non-zero on the first mismatch of any block
(all are run and reported)."""
import re
import subprocess
import sys

readme = open("README.md", encoding="utf-8").read()
blocks = re.findall(r"```sql\n(.*?)```", readme, re.S)
if not blocks:
    sys.exit("readme_sql: no SQL examples")


def code_of(line):
    """The line without a trailing "-- comment" (a "--" inside quotes is text)."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == "'":
            quoted = not quoted
        elif not quoted and line.startswith("--", i):
            return line[:i].rstrip()
    return line.rstrip()


def statements(block):
    """Statements of a block (each ends with ';' at the end of a line, before any comment)."""
    cur = []
    for line in block.splitlines():
        cur.append(line)
        if code_of(line).endswith(";"):
            text = "\n".join(cur).strip()
            cur = []
            if text and not all(l.strip().startswith("--") or not l.strip() for l in text.splitlines()):
                yield text
    rest = "\n".join(cur).strip()
    if rest and not all(l.strip().startswith("--") or not l.strip() for l in rest.splitlines()):
        yield rest


bad = 0
n = 0
for bi, block in enumerate(blocks):
    for st in statements(block):
        n += 1
        m = re.search(r"--\s*ERROR\s+([0-9A-Z]{5})", st)
        want = m.group(1) if m else None
        p = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose",
                            "-c", "SET search_path = clusterdata, public", "-c", st],
                           capture_output=True, text=True)
        got = re.search(r"ERROR:\s+([0-9A-Z]{5}):", p.stderr)
        got = got.group(1) if got else None
        first = st.splitlines()[0][:70]
        if p.returncode != 0 and got is None:
            print(f"readme_sql: block {bi + 1}: psql failed: {p.stderr.strip()[:200]}")
            bad += 1
        elif got != want:
            print(f"readme_sql: block {bi + 1}: {first!r}: expected {want or 'success'}, got {got or 'success'}"
                  f"{': ' + p.stderr.strip().splitlines()[0] if p.stderr.strip() else ''}")
            bad += 1
print(f"readme_sql: {len(blocks)} SQL examples, {n} statements, {bad} failed")
sys.exit(1 if bad else 0)
