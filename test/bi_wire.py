#!/usr/bin/env python3
"""What a plain client sees of the BI views over the wire (run inside a
throwaway cluster, after the sample reports are ingested):

  * psql --csv: every column (a solve rate is its text) parses as a
    standard value (integer, decimal, float, date, boolean, text);
  * COPY ... (FORMAT binary): the same columns decode with the standard binary
    formats of their type OIDs (int4, int8, numeric, float8, date, bool, text)
    and give the same values as the CSV.

Exits non-zero on the first mismatch."""
import csv
import datetime
import io
import os
import struct
import subprocess
import sys
from decimal import Decimal

STANDARD = {16: "bool", 20: "int8", 23: "int4", 25: "text", 701: "float8", 1082: "date", 1700: "numeric"}
env = dict(os.environ, PGDATESTYLE="ISO", PGOPTIONS="-c extra_float_digits=1")


def psql(*args, binary=False):
    out = subprocess.run(["psql", "-X", "-v", "ON_ERROR_STOP=1", *args], env=env,
                         stdout=subprocess.PIPE, check=True).stdout
    return out if binary else out.decode("utf-8")


def columns(view):
    rows = psql("-At", "-F", "\t", "-c",
                f"SELECT attname, atttypid FROM pg_attribute WHERE attrelid = 'clusterdata.{view}'::regclass "
                "AND attnum > 0 AND NOT attisdropped ORDER BY attnum").splitlines()
    return [(r.split("\t")[0], int(r.split("\t")[1])) for r in rows]


def from_text(s, typ):
    if s == "":
        return None
    return {"bool": lambda v: v == "t", "int8": int, "int4": int, "text": str, "float8": float,
            "date": datetime.date.fromisoformat, "numeric": Decimal}[typ](s)


def numeric(b):
    ndigits, weight, sign, dscale = struct.unpack(">hhHh", b[:8])
    digits = struct.unpack(f">{ndigits}h", b[8:8 + 2 * ndigits])
    v = Decimal(0)
    for i, d in enumerate(digits):
        v += Decimal(d) * (Decimal(10000) ** (weight - i))
    if sign == 0x4000:
        v = -v
    return v.quantize(Decimal(1).scaleb(-dscale)) if dscale else v.quantize(Decimal(1))


def from_binary(b, typ):
    if b is None:
        return None
    if typ == "bool":
        return b == b"\x01"
    if typ == "int8":
        return struct.unpack(">q", b)[0]
    if typ == "int4":
        return struct.unpack(">i", b)[0]
    if typ == "float8":
        return struct.unpack(">d", b)[0]
    if typ == "date":
        return datetime.date(2000, 1, 1) + datetime.timedelta(days=struct.unpack(">i", b)[0])
    if typ == "numeric":
        return numeric(b)
    return b.decode("utf-8")


def copy_rows(data):
    assert data[:11] == b"PGCOPY\n\xff\r\n\x00", "not a binary COPY stream"
    ext = struct.unpack(">i", data[15:19])[0]
    pos = 19 + ext
    rows = []
    while True:
        (n,) = struct.unpack(">h", data[pos:pos + 2])
        pos += 2
        if n == -1:
            return rows
        row = []
        for _ in range(n):
            (ln,) = struct.unpack(">i", data[pos:pos + 4])
            pos += 4
            if ln == -1:
                row.append(None)
            else:
                row.append(data[pos:pos + ln])
                pos += ln
        rows.append(row)


def main():
    views = psql("-At", "-c", "SELECT relname FROM pg_class WHERE relnamespace = 'clusterdata'::regnamespace "
                 "AND relkind = 'v' AND relname LIKE 'bi\\_%' ORDER BY 1").split()
    if not views:
        sys.exit("bi_wire: no bi_ views")
    bad = 0
    for v in views:
        cols = columns(v)
        nonstd = [(n, t) for n, t in cols if t not in STANDARD]
        if nonstd:
            print(f"{v}: non-standard chartable columns {nonstd}")
            bad += 1
            continue
        names = ", ".join(f'"{n}"' for n, _ in cols)
        order = ", ".join(str(i + 1) for i in range(len(cols)))
        query = f"SELECT {names} FROM clusterdata.{v} ORDER BY {order}"
        text_rows = list(csv.reader(io.StringIO(psql("--csv", "-c", query))))
        header, text_rows = text_rows[0], text_rows[1:]
        if header != [n for n, _ in cols]:
            print(f"{v}: CSV header {header}")
            bad += 1
            continue
        csv_vals = [[from_text(s, STANDARD[t]) for s, (_, t) in zip(r, cols)] for r in text_rows]
        bin_rows = copy_rows(psql("-c", f"COPY ({query}) TO STDOUT (FORMAT binary)", binary=True))
        bin_vals = [[from_binary(b, STANDARD[t]) for b, (_, t) in zip(r, cols)] for r in bin_rows]
        if csv_vals != bin_vals or not csv_vals:
            print(f"{v}: CSV and binary COPY differ or are empty ({len(csv_vals)} / {len(bin_vals)} rows)")
            bad += 1
            continue
        print(f"{v}: {len(csv_vals)} rows, {len(cols)} columns "
              f"({', '.join(sorted({STANDARD[t] for _, t in cols}))}): CSV and binary agree")
    if bad:
        sys.exit(f"bi_wire: {bad} view(s) failed")
    print("bi_wire: ok")


main()
