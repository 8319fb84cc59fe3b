-- solve_rate aggregates in a forced parallel plan give the serial result
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;

CREATE TABLE par_rates AS
SELECT i, (i % 7) AS grp, solve_rate((i * 37) % 101, 101 + i % 13) AS r,
       ((i * 37) % 101)::bigint AS solved, (101 + i % 13)::bigint AS total
FROM generate_series(1, 100000) i;
ANALYZE par_rates;

-- serial results
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_result AS
SELECT sum(r) AS s, min(r) AS mn, max(r) AS mx, pooled(solved, total) AS p, count(*) AS n FROM par_rates;
CREATE TEMP TABLE serial_groups AS
SELECT grp, sum(r) AS s, min(r) AS mn, max(r) AS mx FROM par_rates GROUP BY grp;

-- force a parallel plan
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET parallel_leader_participation = off;

EXPLAIN (COSTS OFF)
SELECT sum(r), min(r), max(r), pooled(solved, total), count(*) FROM par_rates;
SELECT sum(r), min(r), max(r), pooled(solved, total), count(*) FROM par_rates;
SELECT (SELECT (s, mn, mx, p, n)::text FROM serial_result) =
       (SELECT (sum(r), min(r), max(r), pooled(solved, total), count(*))::text FROM par_rates)
       AS parallel_equals_serial;

EXPLAIN (COSTS OFF)
SELECT grp, sum(r), min(r), max(r) FROM par_rates GROUP BY grp;
SELECT count(*) AS groups_differing
FROM (SELECT grp, sum(r) AS s, min(r) AS mn, max(r) AS mx FROM par_rates GROUP BY grp) p
FULL JOIN serial_groups s USING (grp)
WHERE p.s IS DISTINCT FROM s.s OR p.mn IS DISTINCT FROM s.mn OR p.mx IS DISTINCT FROM s.mx;

DROP TABLE par_rates;
