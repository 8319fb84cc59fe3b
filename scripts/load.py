#!/usr/bin/env python3
"""Load reports into clusterdata.

usage: scripts/load.py [options] PATH...

PATH is a folder (its *.txt files, sorted), a .txt file (one report), a .csv
file or a .jsonl file.  A CSV has a header row; a JSONL file has one object a
line.  Either gives each report as `body` (the text) or `file` (a path to a
.txt, relative to the CSV or JSONL file), with optional `source_url`,
`published` (YYYY-MM-DD) and `lang`.

The reports go to the server in batches through COPY (any size, no command
line limits), and each is stored with clusterdata.ingest(): the same text
again is the same report ("already known").  On a terminal a progress bar
shows the count, the rate and the time left; otherwise nothing is printed
until the summary: new, already known, failed (with the reason for each).
The exit status is 1 when some report failed, 2 on a usage or connection
error.

The connection is psql's: PG* variables, or -d with a connection string.

options:
  -d, --dbname CONN    database or connection string (as psql -d)
  --lang CODE          language of every report that does not say (default:
                       detected per report)
  --no-parse           store only; clusterdata.parse_pending() parses later
  --batch N            reports per COPY batch (default 200)
"""
import argparse
import csv
import datetime
import io
import json
import os
import subprocess
import sys
import time

FIELDS = ("body", "source_url", "published", "lang")

SQL_HEAD = r"""
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE TEMP TABLE load_in (n int, body text, source_url text, published date, lang text);
-- one report: stored (new or already known), or the reason it failed; a
-- failure is caught here, so the other reports of the batch go on
CREATE FUNCTION pg_temp.load_one(b text, u text, p date, l text, do_parse boolean,
                                 OUT id bigint, OUT known boolean, OUT err text)
LANGUAGE plpgsql AS $$
BEGIN
    known := EXISTS (SELECT FROM clusterdata.report r WHERE r.body_sha256 = sha256(convert_to(b, 'UTF8')));
    id := clusterdata.ingest(b, u, p, l, do_parse);
    IF do_parse AND NOT known THEN
        SELECT r.parse_sqlstate || ': ' || r.parse_error INTO err
        FROM clusterdata.report r WHERE r.id = load_one.id AND r.parse_error IS NOT NULL;
    END IF;
EXCEPTION WHEN OTHERS THEN
    id := NULL;
    err := SQLSTATE || ': ' || SQLERRM;
END $$;
COPY load_in FROM STDIN (FORMAT csv);
"""

SQL_TAIL = r"""\.
COPY (SELECT i.n, o.id, o.known, o.err
      FROM load_in i, LATERAL pg_temp.load_one(i.body, i.source_url, i.published, i.lang, :'parse') o
      ORDER BY i.n) TO STDOUT (FORMAT csv);
"""


def reports(paths, default_lang):
    """(name, {body, source_url, published, lang}) for every report the paths give."""
    for path in paths:
        if os.path.isdir(path):
            for f in sorted(os.listdir(path)):
                if f.endswith(".txt"):
                    yield from text_file(os.path.join(path, f), default_lang)
        elif path.endswith(".csv"):
            with open(path, encoding="utf-8", newline="") as fh:
                for i, row in enumerate(csv.DictReader(fh), 1):
                    yield record(f"{path}:{i + 1}", row, path, default_lang)
        elif path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as fh:
                for i, line in enumerate(fh, 1):
                    if line.strip():
                        try:
                            row = json.loads(line)
                        except ValueError as e:
                            yield f"{path}:{i}", {"error": f"not JSON: {e}"}
                            continue
                        yield record(f"{path}:{i}", row, path, default_lang)
        else:
            yield from text_file(path, default_lang)


def count(paths):
    """How many reports the paths give (for the progress bar; nothing is kept)."""
    n = 0
    for path in paths:
        if os.path.isdir(path):
            n += sum(1 for f in os.listdir(path) if f.endswith(".txt"))
        elif path.endswith(".csv"):
            with open(path, encoding="utf-8", newline="", errors="replace") as fh:
                n += sum(1 for _ in csv.DictReader(fh))
        elif path.endswith(".jsonl"):
            with open(path, encoding="utf-8", errors="replace") as fh:
                n += sum(1 for line in fh if line.strip())
        else:
            n += 1
    return n


def checked(name, r):
    """The report, or an error for what the server would refuse for the whole batch."""
    if "error" in r:
        return name, r
    if "\x00" in r["body"]:
        return name, {"error": "the text contains a NUL character"}
    if r["published"] is not None:
        try:
            datetime.date.fromisoformat(str(r["published"]))
        except ValueError:
            return name, {"error": f"published is not a date (YYYY-MM-DD): {r['published']!r}"}
    return name, r


def text_file(path, default_lang):
    try:
        with open(path, encoding="utf-8") as fh:
            body = fh.read()
    except (OSError, UnicodeDecodeError) as e:
        yield path, {"error": f"cannot read: {e}"}
        return
    yield path, {"body": body, "source_url": None, "published": None, "lang": default_lang}


def record(name, row, listing, default_lang):
    if not isinstance(row, dict):
        return name, {"error": "not an object with a body or a file"}
    body = row.get("body")
    if body is None and row.get("file"):
        f = os.path.join(os.path.dirname(listing), row["file"])
        try:
            with open(f, encoding="utf-8") as fh:
                body = fh.read()
        except (OSError, UnicodeDecodeError) as e:
            return name, {"error": f"cannot read {f}: {e}"}
    if not body:
        return name, {"error": "no body and no file"}
    return name, {"body": body, "source_url": row.get("source_url") or None,
                  "published": row.get("published") or None,
                  "lang": row.get("lang") or default_lang}


class Progress:
    """A one-line bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total):
        self.total, self.done, self.t0 = total, 0, time.monotonic()
        self.on = sys.stderr.isatty()

    def step(self, n):
        self.done += n
        if not self.on:
            return
        el = time.monotonic() - self.t0
        rate = self.done / el if el > 0 else 0
        left = (self.total - self.done) / rate if rate > 0 else 0
        width = 30
        fill = int(width * self.done / self.total) if self.total else width
        sys.stderr.write(f"\r[{'#' * fill}{'.' * (width - fill)}] {self.done}/{self.total} reports"
                         f"  {rate:.0f}/s  ETA {int(left) // 60}:{int(left) % 60:02d} ")
        sys.stderr.flush()

    def end(self):
        if self.on:
            sys.stderr.write("\n")


def send(batch, args):
    """COPY one batch and ingest it; {n: (id, known, err)}."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for n, r in batch:
        w.writerow([n] + ["" if r[k] is None else r[k] for k in FIELDS])
    # CSV: an empty unquoted field is NULL; a body is never empty here
    data = buf.getvalue()
    cmd = ["psql", "-X", "-q", "-v", "parse=" + ("false" if args.no_parse else "true")]
    if args.dbname:
        cmd += ["-d", args.dbname]
    env = dict(os.environ, PGCLIENTENCODING="UTF8")
    p = subprocess.run(cmd, input=SQL_HEAD + data + SQL_TAIL, capture_output=True, text=True,
                       encoding="utf-8", env=env)
    if p.returncode != 0:
        raise RuntimeError(p.stderr.strip() or f"psql exited with {p.returncode}")
    out = {}
    for row in csv.reader(io.StringIO(p.stdout)):
        out[int(row[0])] = (row[1] or None, row[2] == "t", row[3] or None)
    return out


def main():
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("-d", "--dbname")
    ap.add_argument("--lang")
    ap.add_argument("--no-parse", action="store_true")
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("-h", "--help", action="store_true")
    args = ap.parse_args()
    if args.help or not args.paths or args.batch < 1:
        print(__doc__.strip(), file=sys.stderr if not args.help else sys.stdout)
        return 0 if args.help else 2
    missing = [p for p in args.paths if not os.path.exists(p)]
    if missing:
        print(f"load: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    total = count(args.paths)
    progress = Progress(total)
    new = known = 0
    failed = []
    batch = []
    names = {}

    def flush():
        nonlocal new, known
        if not batch:
            return
        res = send(batch, args)
        for n, _ in batch:
            rid, was_known, err = res.get(n, (None, False, "no answer from the server"))
            if err:
                failed.append((n, names[n], err))
            elif was_known:
                known += 1
            else:
                new += 1
        progress.step(len(batch))
        batch.clear()

    try:
        for n, item in enumerate(reports(args.paths, args.lang)):
            name, r = checked(*item)
            names[n] = name
            if "error" in r:
                failed.append((n, name, r["error"]))
                progress.step(1)
                continue
            batch.append((n, r))
            if len(batch) >= args.batch:
                flush()
                names.clear()
        flush()
    except RuntimeError as e:
        progress.end()
        print(f"load: {e}", file=sys.stderr)
        return 2
    progress.end()
    print(f"load: {new + known + len(failed)} reports: {new} new, {known} already known, {len(failed)} failed")
    failed.sort()
    for _, name, why in failed[:50]:
        print(f"  failed: {name}: {why}")
    if len(failed) > 50:
        print(f"  ... and {len(failed) - 50} more")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
