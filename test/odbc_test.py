#!/usr/bin/env python3
"""The BI views through psqlODBC (the driver Power BI, Tableau and Excel use
on Windows, here through unixODBC and pyodbc), as a BI tool opens them: once
with the driver's defaults, once with the settings the README gives
(BoolsAsChar=0).  For every column of every view a BI role reads (the bi_
views, conflicts and membership_conflicts): every row is read, the column's
values have a plain Python type, and filtering on a bound parameter, grouping,
ordering and aggregating it work and agree with the server.  With the
defaults a boolean arrives as the text '0' or '1' (BoolsAsChar=1) and still
filters; with the documented settings it is a bool.  Run inside a throwaway
cluster after the sample reports are ingested (test/odbc_test.sh).  Exits
non-zero on any failure."""
import datetime
import decimal
import os
import sys

try:
    import pyodbc
except ImportError:
    print("odbc_test: pyodbc (python3-pyodbc) is not installed")
    sys.exit(77)

host = os.environ.get("PGHOST", "localhost")
base = (f"DRIVER={{PostgreSQL Unicode}};SERVER={host};PORT={os.environ.get('PGPORT', '5432')};"
        f"DATABASE={os.environ.get('PGDATABASE', 'postgres')};UID={os.environ.get('PGUSER', 'postgres')};"
        f"PWD={os.environ.get('PGPASSWORD', '')};")
settings = {"defaults": "", "documented (BoolsAsChar=0)": "BoolsAsChar=0;"}
plain = (str, int, float, decimal.Decimal, datetime.date, bool)
failed = checks = 0


def fail(msg):
    global failed
    failed += 1
    print("FAIL:", msg)


for name, extra in settings.items():
    conn = pyodbc.connect(base + extra, autocommit=True)
    cur = conn.cursor()
    path = cur.execute("SHOW search_path").fetchone()[0]
    if "clusterdata" in path:
        sys.exit(f"odbc_test: search_path {path!r} already names clusterdata")
    views = [r[0] for r in cur.execute(
        "SELECT relname FROM pg_class WHERE relnamespace = 'clusterdata'::regnamespace AND relkind = 'v' "
        "AND (relname LIKE 'bi\\_%' OR relname IN ('conflicts', 'membership_conflicts')) ORDER BY 1").fetchall()]
    if len(views) < 6:
        fail(f"{name}: only {views}")
    for v in views:
        q = f"clusterdata.{v}"
        rows = cur.execute(f"SELECT * FROM {q}").fetchall()
        total = cur.execute(f"SELECT count(*) FROM {q}").fetchone()[0]
        checks += 1
        if len(rows) != total:
            fail(f"{name}: {v}: read {len(rows)} rows, count(*) says {total}")
        cols = [(r[0], r[1]) for r in cur.execute(
            "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute "
            "WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum", q).fetchall()]
        for col, typ in cols:
            c = f'"{col}"'
            try:
                vals = [r[0] for r in cur.execute(f"SELECT {c} FROM {q}").fetchall()]
                bad = [x for x in vals if x is not None and not isinstance(x, plain)]
                checks += 1
                if bad:
                    fail(f"{name}: {v}.{col} ({typ}) came as {type(bad[0]).__name__}")
                if typ == "boolean":
                    want = bool if extra else str
                    seen = {type(x) for x in vals if x is not None}
                    checks += 1
                    if seen and seen != {want}:
                        fail(f"{name}: {v}.{col}: boolean came as {seen}, not {want.__name__}")
                cur.execute(f"SELECT {c}, count(*) FROM {q} GROUP BY {c} ORDER BY {c} NULLS LAST").fetchall()
                agg = f"bool_or({c}), bool_and({c})" if typ == "boolean" else f"min({c}), max({c})"
                cur.execute(f"SELECT {agg} FROM {q}").fetchall()
                checks += 2
                first = cur.execute(f"SELECT {c} FROM {q} WHERE {c} IS NOT NULL ORDER BY {c} LIMIT 1").fetchone()
                if first is None:
                    continue
                truth = cur.execute(
                    f"SELECT count(*) FROM {q} WHERE {c} = (SELECT {c} FROM {q} WHERE {c} IS NOT NULL "
                    f"ORDER BY {c} LIMIT 1)").fetchone()[0]
                x = first[0]
                if typ == "double precision":
                    # a float bound as a parameter round-trips through text:
                    # a BI tool filters a range
                    got = cur.execute(f"SELECT count(*) FROM {q} WHERE {c} BETWEEN ? AND ?",
                                      x - 1e-9, x + 1e-9).fetchone()[0]
                else:
                    got = cur.execute(f"SELECT count(*) FROM {q} WHERE {c} = ?", x).fetchone()[0]
                checks += 1
                if got != truth:
                    fail(f"{name}: {v}.{col} = {x!r} as a parameter: {got} rows, the server says {truth}")
            except pyodbc.Error as e:
                fail(f"{name}: {v}.{col} ({typ}): {e}")
    conn.close()
    print(f"odbc_test: {name}: {len(views)} views read, filtered, grouped, ordered, aggregated")
print(f"odbc_test: {checks} checks, {failed} failed")
sys.exit(1 if failed else 0)
