-- Benchmark: sum(solve_rate) against sum(solved), sum(total) on the same
-- 10 million rows, in one run.  Prints the best of 5 timings and the ratio.
\set QUIET on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
SET max_parallel_workers_per_gather = 0;   -- per-row cost, not worker count

DROP TABLE IF EXISTS bench_rates;
CREATE UNLOGGED TABLE bench_rates AS
SELECT s AS solved, s + (i % 97) AS total, solve_rate(s, s + (i % 97)) AS r
FROM (SELECT i, (i::bigint * 7919) % 1000 AS s FROM generate_series(1, 10000000) i) g;
VACUUM ANALYZE bench_rates;

\i bench/best_ms.sql

-- both give the same pooled numbers
SELECT (SELECT sum(r)::text FROM bench_rates) = (SELECT sum(solved) || '/' || sum(total) FROM bench_rates)
       AS same_result;

WITH t AS (
  SELECT pg_temp.best_ms('SELECT sum(solved), sum(total) FROM bench_rates', 5) AS two_bigint_sums,
         pg_temp.best_ms('SELECT sum(r) FROM bench_rates', 5) AS solve_rate_sum
)
SELECT 10000000 AS rows, two_bigint_sums AS "sum(solved),sum(total) ms",
       solve_rate_sum AS "sum(r) ms",
       round(solve_rate_sum / two_bigint_sums, 2) AS "ratio (goal <= 1.5)"
FROM t;
DROP TABLE bench_rates;
