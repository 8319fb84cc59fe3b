#!/usr/bin/env python3
"""The BI views through psycopg2 with a default connection, as a BI tool or a
notebook opens one: the search_path is the server's default (no clusterdata
on it) and nothing is set up.  For every column of every bi_ view: select it,
filter on it with a literal and with a bound parameter, group and order by
it, and aggregate it.  Run inside a throwaway cluster after the sample
reports are ingested (test/bi_wire.sh).  Exits non-zero on any failure."""
import sys

import psycopg2

conn = psycopg2.connect("")          # PG* variables, like any libpq client
conn.autocommit = True
cur = conn.cursor()
cur.execute("SHOW search_path")
path = cur.fetchone()[0]
if "clusterdata" in path:
    sys.exit(f"bi_clients: search_path {path!r} already names clusterdata")
cur.execute("SELECT relname FROM pg_class WHERE relnamespace = 'clusterdata'::regnamespace "
            "AND relkind = 'v' AND relname LIKE 'bi\\_%' ORDER BY 1")
views = [r[0] for r in cur.fetchall()]
failed = 0
checks = 0
for v in views:
    cur.execute("SELECT attname, format_type(atttypid, NULL) FROM pg_attribute "
                "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
                (f"clusterdata.{v}",))
    for col, typ in cur.fetchall():
        q = f'clusterdata.{v}'
        c = f'"{col}"'
        agg = f"bool_or({c}), bool_and({c})" if typ == "boolean" else f"min({c}), max({c})"
        try:
            cur.execute(f"SELECT {c} FROM {q} WHERE {c} IS NOT NULL ORDER BY {c} LIMIT 1")
            row = cur.fetchone()
            if row is None:
                # all NULL in the sample (a date the reports do not give):
                # grouping and aggregating still have to work
                cur.execute(f"SELECT {c}, count(*) FROM {q} GROUP BY {c} ORDER BY {c} NULLS LAST")
                cur.execute(f"SELECT {agg} FROM {q}")
                cur.execute(f"SELECT count(*) FROM {q} WHERE {c} = %s", (None,))
                checks += 3
                print(f"{v}.{col}: NULL in every row of the sample (grouped and aggregated only)")
                continue
            x = row[0]
            # a bound parameter (psycopg2 sends it as a typed literal)
            cur.execute(f"SELECT count(*) FROM {q} WHERE {c} = %s", (x,))
            by_param = cur.fetchone()[0]
            # a literal as a filter in a BI tool writes it
            cur.execute(f"SELECT count(*) FROM {q} WHERE {c} = '{str(x).replace(chr(39), chr(39) * 2)}'")
            by_literal = cur.fetchone()[0]
            cur.execute(f"SELECT {c}, count(*) FROM {q} GROUP BY {c} ORDER BY {c} NULLS LAST")
            groups = cur.fetchall()
            cur.execute(f"SELECT {agg} FROM {q}")
            cur.fetchone()
            checks += 5
            if by_param < 1 or by_param != by_literal or not groups:
                print(f"{v}.{col} ({typ}): parameter {by_param} rows, literal {by_literal} rows, {len(groups)} groups")
                failed += 1
        except psycopg2.Error as e:
            print(f"{v}.{col} ({typ}): {e.pgcode} {e.pgerror.strip() if e.pgerror else e}")
            failed += 1
print(f"bi_clients: {len(views)} views, {checks} queries with search_path {path!r}, {failed} failed")
sys.exit(1 if failed or not views else 0)
