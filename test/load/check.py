#!/usr/bin/env python3
"""Checks a loader run against test/load/hostile.py's manifest.

usage: test/load/check.py DIR/expect.json LOADER_STDOUT

The summary counts; every refused report listed as "failed: file:line:
reason" and nothing else refused; the skipped folder entries listed; and,
in the database (psql, PG* variables), every report of the manifest stored
exactly once with the very bytes of its file, its source and date, and no
other report.  Prints one line per check; exit status 1 if one failed.
"""
import base64
import json
import subprocess
import sys

expect = json.load(open(sys.argv[1], encoding="utf-8"))
out = open(sys.argv[2], encoding="utf-8", errors="backslashreplace").read().splitlines()
bad = 0


def check(what, ok, detail=""):
    global bad
    print(f"load_test: {'ok' if ok else 'FAILED'}: {what}" + ("" if ok else f" ({detail})"))
    if not ok:
        bad = 1


stored, failed = expect["stored"], expect["failed"]
summary = (f"load: {expect['new'] + expect['known'] + len(failed)} reports: {expect['new']} new, "
           f"{expect['known']} already known, {len(failed)} failed")
check("hostile files: summary " + summary[6:], bool(out) and out[0] == summary, out[0] if out else "no output")

listed = [l for l in out if l.startswith("  failed: ")]
for name, why in failed:
    hit = [l for l in listed if l.startswith(f"  failed: {name}: ")]
    check(f"refused with file:line and reason: {name}: {why}", len(hit) == 1 and why in hit[0],
          hit[0] if hit else "not listed")
names = {f"  failed: {name}: " for name, _ in failed}
extra = [l for l in listed if not any(l.startswith(n) for n in names)]
check("no other report refused", not extra, "; ".join(extra)[:2000])
for name, why in expect["skipped"]:
    check(f"skipped and said so: {name}", any(l.startswith(f"  skipped: {name}: ") and why in l for l in out))

rows = subprocess.run(
    ["psql", "-X", "-At", "-F", "\t", "-c",
     "SELECT translate(encode(convert_to(body, 'UTF8'), 'base64'), E'\\n', ''), coalesce(source_url, '-'), "
     "coalesce(published::text, '-'), body_sha256 = sha256(convert_to(body, 'UTF8')) FROM clusterdata.report"],
    capture_output=True, check=True).stdout.decode("utf-8")
db = {}
for line in rows.split("\n"):
    if line:
        b64, url, pub, sha_ok = line.split("\t")
        db.setdefault(base64.b64decode(b64), []).append((url, pub, sha_ok))
total = sum(len(v) for v in db.values())
check(f"{len(stored)} reports stored, no other ({total} in the table)", total == len(stored))
for s in stored:
    body = base64.b64decode(s["body"])
    got = db.get(body, [])
    check(f"stored once, byte for byte: {s['name']} ({len(body)} bytes)", len(got) == 1,
          f"{len(got)} rows with these bytes")
    if any(l.rstrip(b"\r") == b"\\." for l in body.split(b"\n")):
        check(f"  a report with a line \\. is stored, and so is each one after it: {s['name']}", len(got) == 1)
    if len(got) == 1:
        url, pub, sha_ok = got[0]
        if s["source_url"] or s["published"]:
            check(f"  with its source and date: {s['name']}",
                  url == (s["source_url"] or "-") and pub == (s["published"] or "-"), f"{url} {pub}")
        if sha_ok != "t":
            check(f"  body_sha256 is the hash of the stored text: {s['name']}", False)
sys.exit(bad)
