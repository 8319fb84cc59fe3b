#!/usr/bin/env python3
"""Load reports into clusterdata.

usage: scripts/load.py [options] PATH...

PATH is a folder (its .txt files, any case of the extension, sorted; hidden
files are not read, other entries are listed as skipped), a .txt file (one
report), a .csv file or a .jsonl file (any case); another extension is a
failure.  A CSV has a header row; a JSONL file has one object a line.
Either gives each report as `body` (the text) or `file` (a path to a text
file, relative to the CSV or JSONL file), with optional `source_url`,
`published` (YYYY-MM-DD) and `lang`, all strings (or null in JSON).

A report's text is stored exactly as the file has it (UTF-8; line ends,
a byte-order mark and every other character kept), so the same text stored
by clusterdata.ingest() is the same report.  Each is stored with ingest():
the same text again is the same report ("already known").  Nothing a text
holds can disturb the transfer: the reports go to the server in batches
through COPY with every special character escaped.

On a terminal a progress bar shows the count, the rate and the time left;
otherwise nothing is printed until the summary: new, already known, failed,
and each report that failed with where it is (file, file:line) and why.
Exit status: 0 when every report is stored, 1 when some failed (they are
listed; the others are stored), 2 on a usage or connection error.

The connection is psql's (one session for the whole run, so a password is
asked at most once): PG* variables, or -d with a connection string.

options:
  -d, --dbname CONN    database or connection string (as psql -d)
  --lang CODE          language of every report that does not say (default:
                       detected per report)
  --no-parse           store only; clusterdata.parse_pending() parses later
  --batch N            reports per batch (default 200)
"""
import argparse
import csv
import datetime
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

TEXT_EXT = (".txt",)
CSV_EXT = (".csv",)
JSONL_EXT = (".jsonl", ".ndjson")
COLUMNS = ("body", "file", "source_url", "published", "lang")
# a report's UTF-8 text at most this size (COPY lines and text values have a
# 1 GB limit on the server; escaping may double the size)
MAX_BODY_BYTES = 256 * 1024 * 1024
# a batch is sent once it holds this many bytes, whatever its count
MAX_BATCH_BYTES = 32 * 1024 * 1024
# SQLSTATEs of failures that another try may not meet (deadlock,
# serialization failure, lock timeout): the report goes into a later batch
RETRY_STATES = ("40P01", "40001", "55P03")
RETRIES = 3
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)

csv.field_size_limit(1 << 30)


class Usage(Exception):
    """A usage or connection error: exit status 2."""


def show(s):
    """A name or value for a message: bytes that are not UTF-8 as \\xNN,
    control characters escaped, so that one line stays one line."""
    out = []
    for ch in str(s):
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:          # an undecodable byte (surrogateescape)
            out.append(f"\\x{o - 0xDC00:02x}")
        elif 0xD800 <= o <= 0xDFFF:
            out.append(f"\\u{o:04x}")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        else:
            out.append(ch)
    return "".join(out)


def quoted(s, limit=60):
    s = show(s)
    if len(s) > limit:
        s = s[:limit] + "..."
    return "'" + s + "'"


def utf8_error(data, e, what="the text"):
    """The reason for bytes that are not UTF-8, with the line they are on."""
    line = data.count(b"\n", 0, e.start) + 1
    col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
    return line, (f"{what} is not valid UTF-8 (byte 0x{data[e.start]:02x} at line {line}, "
                  f"column {col}; save it as UTF-8)")


def read_text(path):
    """(text, None) or (None, (line or None, reason)) for a text file."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BODY_BYTES + 1)
    except OSError as e:
        return None, (None, f"cannot read: {e.strerror or e}")
    except ValueError as e:              # a path holding a NUL
        return None, (None, f"cannot read: {e}")
    if len(data) > MAX_BODY_BYTES:
        return None, (None, f"larger than {MAX_BODY_BYTES // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, utf8_error(data, e)


def text_problem(body):
    """(line or None, reason) when a text cannot be a report, else None."""
    if body == "":
        return None, "the text is empty"
    if body.strip() == "":
        return None, "the text is only white space"
    i = body.find("\x00")
    if i >= 0:
        return body.count("\n", 0, i) + 1, (f"the text holds a NUL character (line "
                                            f"{body.count(chr(10), 0, i) + 1}), which PostgreSQL text cannot store")
    if len(body) * 4 > MAX_BODY_BYTES and len(body.encode("utf-8", "surrogatepass")) > MAX_BODY_BYTES:
        return None, f"larger than {MAX_BODY_BYTES // (1024 * 1024)} MB"
    return None


def value_problem(key, v):
    """The reason a value (body aside) cannot be sent, else None."""
    if "\x00" in v:
        return f"{key} holds a NUL character"
    if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
        return f"{key} is not valid Unicode: {quoted(v)}"
    return None


def unicode_problem(key, v):
    """Undecodable bytes (surrogateescape) or lone surrogates (JSON escapes)."""
    for c in v:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:
            return (f"{key} is not valid UTF-8 (byte 0x{o - 0xDC00:02x}); the file's other "
                    f"records are read")
        if 0xD800 <= o <= 0xDFFF:
            return f"{key} holds \\u{o:04x}, half of a surrogate pair, not a character"
    return None


def check_date(v):
    """(date text, None) or (None, reason): what PostgreSQL's date reads as
    YYYY-MM-DD, nothing else (no week dates, no other orders)."""
    s = v.strip()
    if not DATE_RE.fullmatch(s):
        return None, f"published is not a date (YYYY-MM-DD): {quoted(v)}"
    try:
        datetime.date(int(s[0:4]), int(s[5:7]), int(s[8:10]))
    except ValueError as e:
        return None, f"published is not a date (YYYY-MM-DD): {quoted(v)} ({e})"
    return s, None


class Report:
    __slots__ = ("seq", "name", "body", "source_url", "published", "lang", "tries", "size")

    def __init__(self, name, body, source_url, published, lang):
        self.seq = 0
        self.name, self.body = name, body
        self.source_url, self.published, self.lang = source_url, published, lang
        self.tries = 0
        self.size = 0


class Failed:
    __slots__ = ("seq", "name", "reason")

    def __init__(self, name, reason):
        self.seq, self.name, self.reason = 0, name, reason


class Skipped:
    __slots__ = ("name", "reason")

    def __init__(self, name, reason):
        self.name, self.reason = name, reason


def kind_of(path):
    ext = os.path.splitext(path)[1].lower()
    if ext in TEXT_EXT:
        return "text"
    if ext in CSV_EXT:
        return "csv"
    if ext in JSONL_EXT:
        return "jsonl"
    return None


def items(paths, default_lang):
    """Report, Failed or Skipped for everything the paths give, in order."""
    for path in paths:
        if os.path.isdir(path):
            try:
                entries = sorted(os.listdir(path))
            except OSError as e:
                yield Failed(path, f"cannot read the folder: {e.strerror or e}")
                continue
            for f in entries:
                full = os.path.join(path, f)
                if f.startswith("."):
                    continue
                if os.path.isdir(full):
                    yield Skipped(full, "a folder inside a folder is not read")
                elif kind_of(f) == "text" and not os.path.isfile(full):
                    yield Skipped(full, "not a regular file")
                elif kind_of(f) == "text":
                    yield text_report(full, default_lang)
                else:
                    yield Skipped(full, "not a .txt file (give a CSV or JSONL list by its own path)")
            continue
        kind = kind_of(path)
        if kind == "text":
            yield text_report(path, default_lang)
        elif kind == "csv":
            yield from csv_items(path, default_lang)
        elif kind == "jsonl":
            yield from jsonl_items(path, default_lang)
        else:
            ext = os.path.splitext(path)[1]
            yield Failed(path, f"unknown kind of file ({ext or 'no extension'}): a report is a .txt "
                               f"file, a list of reports a .csv or .jsonl file")


def text_report(path, default_lang):
    body, err = read_text(path)
    if err:
        line, why = err
        return Failed(f"{path}:{line}" if line else path, why)
    bad = text_problem(body)
    if bad:
        line, why = bad
        return Failed(f"{path}:{line}" if line else path, why)
    return Report(path, body, None, None, default_lang)


def row_report(name, listing, row, default_lang):
    """A Report or a Failed from one record of a list (values: str or None)."""
    body, file = row.get("body"), row.get("file")
    if body is not None and file is not None:
        return Failed(name, "gives both body and file (one of them, please)")
    if body is None and file is None:
        return Failed(name, "no body and no file")
    if file is not None:
        f = os.path.join(os.path.dirname(listing), file)
        body, err = read_text(f)
        if err:
            line, why = err
            return Failed(name, f"file {show(f)}{':' + str(line) if line else ''}: {why}")
        bad = text_problem(body)
        if bad:
            return Failed(name, f"file {show(f)}: {bad[1]}")
    else:
        bad = text_problem(body)
        if bad:
            return Failed(name, bad[1])
    for key in ("source_url", "published", "lang"):
        v = row.get(key)
        if v is not None:
            why = value_problem(key, v)
            if why:
                return Failed(name, why)
    published = row.get("published")
    if published is not None:
        published, why = check_date(published)
        if why:
            return Failed(name, why)
    return Report(name, body, row.get("source_url"), published, row.get("lang") or default_lang)


def csv_items(path, default_lang):
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield Failed(path, f"cannot read: {e.strerror or e}")
        return
    lineno = 0

    def lines():
        # lines end at \n only (a CR is part of a text), so that line numbers
        # are an editor's; bytes that are not UTF-8 are kept as surrogates
        # and refused per record
        nonlocal lineno
        for raw in fh:
            lineno += 1
            s = raw.decode("utf-8", "surrogateescape")
            if lineno == 1 and s.startswith("\ufeff"):
                s = s[1:]
            yield s

    with fh:
        reader = csv.reader(lines(), strict=True)
        header = None
        while True:
            start = lineno + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                yield Failed(f"{path}:{start}", f"not valid CSV ({e}); the rest of the file, from "
                                                f"line {start}, is not read")
                return
            except OSError as e:
                yield Failed(f"{path}:{start}", f"cannot read: {e.strerror or e}")
                return
            if not row:
                continue
            if header is None:
                header = [h.strip().lower() for h in row]
                unknown = [h for h in header if h not in COLUMNS]
                twice = sorted({h for h in header if header.count(h) > 1})
                if unknown or twice or not ({"body", "file"} & set(header)):
                    why = []
                    if unknown:
                        why.append("unknown column " + ", ".join(quoted(h) for h in unknown))
                    if twice:
                        why.append("column " + ", ".join(twice) + " twice")
                    if not ({"body", "file"} & set(header)):
                        why.append("no column body or file")
                    yield Failed(f"{path}:{start}", "header: " + "; ".join(why) +
                                 f" (columns: {', '.join(COLUMNS)}); the file is not read")
                    return
                continue
            name = f"{path}:{start}"
            if len(row) != len(header):
                yield Failed(name, f"{len(row)} fields, the header has {len(header)}")
                continue
            why = None
            for h, v in zip(header, row):
                why = unicode_problem(h, v)
                if why:
                    break
            if why:
                yield Failed(name, why)
                continue
            values = {h: (v if v != "" else None) for h, v in zip(header, row)}
            if "body" in values and values["body"] is None and values.get("file") is None:
                values["body"] = ""
            yield row_report(name, path, values, default_lang)
        if header is None:
            yield Failed(path, "empty: no header row and no reports")


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError("key " + ", ".join(quoted(k) for k in twice) + " twice")
    return dict(pairs)


def jsonl_items(path, default_lang):
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield Failed(path, f"cannot read: {e.strerror or e}")
        return
    with fh:
        lineno = 0
        while True:
            try:
                raw = fh.readline()
            except OSError as e:
                yield Failed(f"{path}:{lineno + 1}", f"cannot read: {e.strerror or e}")
                return
            if not raw:
                break
            lineno += 1
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            name = f"{path}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield Failed(name, f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column "
                                   f"{e.start + 1}); the file's other lines are read")
                continue
            try:
                row = json.loads(line, object_pairs_hook=no_duplicates)
            except ValueError as e:
                yield Failed(name, f"not JSON: {e}")
                continue
            except RecursionError:
                yield Failed(name, "not JSON: nested too deeply")
                continue
            if not isinstance(row, dict):
                yield Failed(name, f"not an object with a body or a file (a JSON {type(row).__name__})")
                continue
            unknown = [k for k in row if k not in COLUMNS]
            if unknown:
                yield Failed(name, "unknown key " + ", ".join(quoted(k) for k in unknown) +
                             f" (keys: {', '.join(COLUMNS)})")
                continue
            why = None
            for k in COLUMNS:
                v = row.get(k)
                if v is None:
                    continue
                if not isinstance(v, str):
                    what = "a path" if k == "file" else "a date YYYY-MM-DD" if k == "published" else "text"
                    why = f"{k} must be a string ({what}), not {json_type(v)}"
                    break
                why = unicode_problem(k, v)
                if why:
                    break
            if why:
                yield Failed(name, why)
                continue
            values = {k: row.get(k) for k in COLUMNS}
            for k in ("source_url", "published", "lang", "file"):
                if values[k] == "":
                    values[k] = None
            if "body" in row and values["body"] is None and values["file"] is None:
                yield Failed(name, "body is null")
                continue
            yield row_report(name, path, values, default_lang)


def json_type(v):
    if isinstance(v, bool):
        return f"a JSON boolean ({json.dumps(v)})"
    if isinstance(v, (int, float)):
        return f"a JSON number ({json.dumps(v)})"
    if isinstance(v, list):
        return "a JSON array"
    if isinstance(v, dict):
        return "a JSON object"
    return type(v).__name__


def count(paths):
    """How many reports the paths give, roughly (for the progress bar)."""
    n = 0
    for path in paths:
        try:
            if os.path.isdir(path):
                n += sum(1 for f in os.listdir(path)
                         if not f.startswith(".") and kind_of(f) == "text")
            elif kind_of(path) == "csv":
                with open(path, encoding="utf-8", errors="replace", newline="") as fh:
                    n += max(sum(1 for row in csv.reader(fh) if row) - 1, 0)
            elif kind_of(path) == "jsonl":
                with open(path, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            else:
                n += 1
        except (OSError, csv.Error):
            pass
    return n


class Progress:
    """A one-line bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, paths):
        self.on = sys.stderr.isatty()
        self.total = count(paths) if self.on else 0
        self.done, self.t0 = 0, time.monotonic()

    def step(self, n):
        self.done += n
        if not self.on:
            return
        total = max(self.total, self.done)
        el = time.monotonic() - self.t0
        rate = self.done / el if el > 0 else 0
        left = (total - self.done) / rate if rate > 0 else 0
        width = 30
        fill = int(width * self.done / total) if total else width
        sys.stderr.write(f"\r[{'#' * fill}{'.' * (width - fill)}] {self.done}/{total} reports"
                         f"  {rate:.0f}/s  ETA {int(left) // 60}:{int(left) % 60:02d} ")
        sys.stderr.flush()

    def end(self):
        if self.on:
            sys.stderr.write("\n")
            sys.stderr.flush()


def sql_literal(s):
    return "'" + s.replace("'", "''") + "'"


SETUP = r"""
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SET standard_conforming_strings = on;
SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET default_transaction_isolation = 'read committed';
SET search_path = pg_catalog, pg_temp;
DO $$
BEGIN
    IF to_regprocedure('clusterdata.ingest(text,text,date,text,boolean)') IS NULL THEN
        RAISE EXCEPTION 'clusterdata is not installed in database "%" (CREATE EXTENSION clusterdata)',
            current_database();
    END IF;
    IF NOT has_function_privilege('clusterdata.ingest(text,text,date,text,boolean)', 'EXECUTE') THEN
        RAISE EXCEPTION 'role "%" may not call clusterdata.ingest()', current_user;
    END IF;
END $$;
\if :{?lang}
CREATE FUNCTION pg_temp.load_fail(msg text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    RAISE EXCEPTION '%', msg;
END $f$;
SELECT pg_temp.load_fail(format('--lang: unsupported language "%s" (supported: %s)', :'lang',
                                (SELECT string_agg(l.code, ', ') FROM clusterdata.languages() l)))
WHERE NOT EXISTS (SELECT FROM clusterdata.languages() l WHERE l.code = :'lang');
\endif
CREATE TEMP TABLE load_in (n bigint, body text, source_url text, published text, lang text);
-- the id ingest() drew from the report sequence last in this session, or NULL
CREATE FUNCTION pg_temp.load_cur_id(seq regclass) RETURNS bigint LANGUAGE plpgsql AS $f$
BEGIN
    RETURN currval(seq);
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END $f$;
-- every report of the batch: its id, whether it was stored before this
-- call, or why it failed (a failure is caught here, so the others go on)
CREATE FUNCTION pg_temp.load_batch(do_parse boolean, OUT o_n bigint, OUT o_id bigint,
                                   OUT o_known boolean, OUT o_err text)
RETURNS SETOF record LANGUAGE plpgsql AS $f$
DECLARE
    r record;
    pub date;
    seq regclass := pg_get_serial_sequence('clusterdata.report', 'id');
    drawn bigint;
    now_drawn bigint;
BEGIN
    drawn := pg_temp.load_cur_id(seq);
    -- in hash order: the advisory locks below are taken in one order by
    -- every loader, so two loaders never wait for each other in a circle
    FOR r IN SELECT i.n, i.body, i.source_url, i.published, i.lang,
                    sha256(convert_to(i.body, 'UTF8')) AS h
             FROM pg_temp.load_in i ORDER BY 6, 1
    LOOP
        o_n := r.n;
        o_id := NULL;
        o_known := false;
        o_err := NULL;
        BEGIN
            pub := r.published::date;
            -- loaders storing the same text take turns: the second waits
            -- until the first has committed, then finds the report stored
            PERFORM pg_advisory_xact_lock(1668049508, ('x' || encode(substr(r.h, 1, 4), 'hex'))::bit(32)::int);
            o_known := EXISTS (SELECT FROM clusterdata.report x WHERE x.body_sha256 = r.h);
            o_id := clusterdata.ingest(r.body, r.source_url, pub, r.lang, do_parse);
            IF NOT o_known THEN
                -- stored by someone else (not a loader) in the meantime?
                -- ingest() draws an id for its INSERT; the report is this
                -- call's only if it has that id
                now_drawn := pg_temp.load_cur_id(seq);
                IF now_drawn IS DISTINCT FROM drawn THEN
                    o_known := o_id IS DISTINCT FROM now_drawn;
                    drawn := now_drawn;
                END IF;
            END IF;
            IF do_parse AND NOT o_known THEN
                SELECT 'stored as report ' || x.id || ', but parsing failed: ' ||
                       coalesce(x.parse_sqlstate, '?') || ': ' || x.parse_error
                INTO o_err
                FROM clusterdata.report x WHERE x.id = o_id AND x.parse_error IS NOT NULL;
            END IF;
        EXCEPTION WHEN OTHERS THEN
            o_id := NULL;
            o_known := false;
            o_err := SQLSTATE || ': ' || SQLERRM;
            drawn := pg_temp.load_cur_id(seq);
        END;
        RETURN NEXT;
    END LOOP;
END $f$;
\set ON_ERROR_STOP 0
\echo @@clusterdata-load:ready
"""

# a batch: its rows go through \copy from a private temporary file, apart
# from the commands psql reads, in COPY's text format with every backslash,
# tab, CR and line end escaped (copy_field), so no text can end the data
# ("\." is sent as "\\.") or be read as a command; the answers come back
# through COPY TO STDOUT, followed by a marker line
BATCH = r"""TRUNCATE pg_temp.load_in;
\copy pg_temp.load_in FROM %(file)s
COPY (SELECT * FROM pg_temp.load_batch(%(parse)s)) TO STDOUT;
\echo @@clusterdata-load:%(k)d
"""


class Lost(Exception):
    """psql ended: the connection is gone."""


def copy_field(s):
    if s is None:
        return "\\N"
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy_unescape(s):
    if s == "\\N":
        return None
    out, i = [], 0
    esc = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "b": "\b", "f": "\f", "v": "\v"}
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            out.append(esc.get(s[i + 1], s[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


class Session:
    """One psql for the whole run: one connection, one password prompt."""

    def __init__(self, args, tmpdir):
        self.tmpdir, self.k = tmpdir, 0
        self.parse = "false" if args.no_parse else "true"
        psql = shutil.which("psql")
        if not psql:
            raise Usage("psql not found on PATH (Debian: apt install postgresql-client)")
        cmd = [psql, "-X", "-q", "-v", "ON_ERROR_STOP=1"]
        if args.lang is not None:
            cmd += ["-v", "lang=" + args.lang]
        if args.dbname:
            cmd += ["-d", args.dbname]
        env = dict(os.environ, PGCLIENTENCODING="UTF8")
        env.setdefault("PGAPPNAME", "clusterdata load.py")
        try:
            self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, env=env)
        except OSError as e:
            raise Usage(f"cannot run psql: {e.strerror or e}")
        self.err = []
        self.err_lock = threading.Lock()
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()
        try:
            self._send(SETUP.encode("utf-8"))
            self._until("@@clusterdata-load:ready")
        except Lost:
            raise Usage(self._why(None))

    def _drain(self):
        for line in self.p.stderr:
            with self.err_lock:
                self.err.append(line.decode("utf-8", "replace").rstrip("\n"))
                del self.err[:-50]

    def _why(self, what):
        try:
            self.p.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        self.reader.join(timeout=2)
        with self.err_lock:
            if what is None:     # setting up: psql's own error is a failed connection
                what = "cannot connect" if any("psql: error:" in l for l in self.err) else ""
            lines = [l.replace("Password for user ", "").split(": ", 1)[-1] if l.startswith("Password for user ")
                     else l for l in self.err]
            lines = [l for l in lines if l.strip() and not l.startswith(("CONTEXT:", "HINT:"))
                     and not l.startswith("\t") or l.startswith("\tIs the server")]
            msg = "; ".join(l.strip() for l in lines[-4:])
        msg = re.sub(r"^(psql: error: |psql:[^:]*:\d+: )", "", msg)
        msg = msg.replace("ERROR:  ", "").replace("FATAL:  ", "")
        if not msg:
            return f"{what}: psql exited with status {self.p.returncode}"
        return f"{what}: {msg}" if what else msg

    def _send(self, data):
        try:
            self.p.stdin.write(data)
            self.p.stdin.flush()
        except (BrokenPipeError, OSError):
            raise Lost()

    def _until(self, marker):
        lines = []
        m = marker.encode() + b"\n"
        while True:
            line = self.p.stdout.readline()
            if not line:
                raise Lost()
            if line == m:
                return lines
            lines.append(line)

    def batch(self, reports):
        """{seq: (id, known, err)} for the reports the server answered; a
        report missing from it was not stored (the batch failed as a whole)."""
        self.k += 1
        path = os.path.join(self.tmpdir, "batch")
        with open(path, "wb") as fh:
            for r in reports:
                fh.write(("\t".join([str(r.seq), copy_field(r.body), copy_field(r.source_url),
                                     copy_field(r.published), copy_field(r.lang)]) + "\n").encode("utf-8"))
        with self.err_lock:
            self.err.clear()
        self._send((BATCH % {"file": sql_literal(path), "parse": self.parse, "k": self.k}).encode())
        out = {}
        for line in self._until(f"@@clusterdata-load:{self.k}"):
            f = line.decode("utf-8", "replace").rstrip("\n").split("\t")
            if len(f) != 4 or not f[0].isdigit():
                continue
            out[int(f[0])] = (copy_unescape(f[1]), copy_unescape(f[2]) == "t", copy_unescape(f[3]))
        os.unlink(path)
        return out

    def last_error(self):
        time.sleep(0.2)   # stderr is read by another thread
        with self.err_lock:
            lines = [l.strip() for l in self.err if l.startswith(("ERROR:", "psql:"))]
        return re.sub(r"^(psql:[^:]*:\d+: )?ERROR:\s+", "", lines[-1]) if lines else "no answer from the server"

    def close(self):
        try:
            self.p.stdin.write(b"\\q\n")
            self.p.stdin.close()
        except OSError:
            pass
        try:
            self.p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.p.kill()
            self.p.wait()


class Loader:
    def __init__(self, session, progress, batch_size):
        self.s, self.progress, self.size = session, progress, batch_size
        self.new = self.known = 0
        self.failed = []
        self.batch = []
        self.bytes = 0
        self.retry = []
        self.in_flight = []

    def add(self, r):
        r.size = len(r.body) + len(r.source_url or "") + 64
        self.batch.append(r)
        self.bytes += r.size
        if len(self.batch) >= self.size or self.bytes >= MAX_BATCH_BYTES:
            self.flush()

    def fail(self, f, seq):
        f.seq = seq
        self.failed.append(f)
        self.progress.step(1)

    def flush(self):
        batch, self.batch, self.bytes = self.batch, [], 0
        if batch:
            self._send(batch)

    def finish(self):
        self.flush()
        while self.retry:
            time.sleep(random.uniform(0.1, 0.5))
            batch, self.retry = self.retry, []
            for i in range(0, len(batch), self.size):
                self._send(batch[i:i + self.size])

    def _send(self, batch):
        self.in_flight = batch
        res = self.s.batch(batch)
        self.in_flight = []
        if len(batch) > 1 and not any(r.seq in res for r in batch):
            # the batch failed as a whole (nothing of it is stored): each
            # report alone, so that only the one the server refuses fails
            for r in batch:
                self._send([r])
            return
        for r in batch:
            if r.seq not in res:
                self.fail(Failed(r.name, f"not stored: {self.s.last_error()}"), r.seq)
                continue
            rid, known, err = res[r.seq]
            if err and rid is None and err[:5] in RETRY_STATES and r.tries < RETRIES:
                r.tries += 1
                self.retry.append(r)
            elif err:
                self.fail(Failed(r.name, err), r.seq)
            elif known:
                self.known += 1
                self.progress.step(1)
            else:
                self.new += 1
                self.progress.step(1)


def main(argv):
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("-d", "--dbname")
    ap.add_argument("--lang")
    ap.add_argument("--no-parse", action="store_true")
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("-h", "--help", action="store_true")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return 0 if e.code == 0 else 2
    if args.help:
        print(__doc__.strip())
        return 0
    if not args.paths or args.batch < 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    missing = [p for p in args.paths if not os.path.exists(p)]
    if missing:
        raise Usage("no such file or folder: " + ", ".join(show(p) for p in missing))
    if args.lang is not None and (args.lang == "" or value_problem("--lang", args.lang)):
        raise Usage(f"--lang: not a language code: {quoted(args.lang)}")

    tmpdir = tempfile.mkdtemp(prefix="clusterdata-load-")
    session = None
    try:
        session = Session(args, tmpdir)
        progress = Progress(args.paths)
        loader = Loader(session, progress, args.batch)
        skipped = []
        seq = 0
        lost = None
        try:
            for it in items(args.paths, args.lang):
                seq += 1
                it_seq = seq
                if isinstance(it, Skipped):
                    skipped.append(it)
                    continue
                if isinstance(it, Failed):
                    loader.fail(it, it_seq)
                else:
                    it.seq = it_seq
                    loader.add(it)
            loader.finish()
        except Lost:
            lost = session._why("the connection to the server was lost")
        progress.end()
        failed = sorted(loader.failed, key=lambda f: f.seq)
        total = loader.new + loader.known + len(failed)
        print(f"load: {total} reports: {loader.new} new, {loader.known} already known, {len(failed)} failed")
        for f in failed:
            print(f"  failed: {show(f.name)}: {show(f.reason)}")
        for s in skipped:
            print(f"  skipped: {show(s.name)}: {s.reason}")
        if lost:
            unsure = len(loader.in_flight) + len(loader.batch) + len(loader.retry)
            print(f"load: {lost}", file=sys.stderr)
            print(f"load: stopped; {unsure} report{'' if unsure == 1 else 's'} sent or about to be sent "
                  f"may not be stored, and the rest was not read: run the same command again (what is "
                  f"stored is \"already known\")", file=sys.stderr)
            return 2
        return 1 if failed else 0
    finally:
        if session is not None:
            session.close()
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    try:
        rc = main(sys.argv[1:])
    except Usage as e:
        print(f"load: {e}", file=sys.stderr)
        rc = 2
    except KeyboardInterrupt:
        print("\nload: interrupted (what was stored stays stored; run again to go on)", file=sys.stderr)
        rc = 130
    except BrokenPipeError:
        rc = 2
    except Exception as e:        # a bug of the loader: still no traceback, but the reason
        print(f"load: unexpected error: {type(e).__name__}: {e}", file=sys.stderr)
        rc = 2
    sys.exit(rc)
