-- Benchmark: numbers(), parse_report() (when installed) against
-- to_tsvector('simple') and a regexp number extraction, on the same
-- generated report table, in one run.  Prints MB/s and ratios.
\set QUIET on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET max_parallel_workers_per_gather = 0;   -- one core each, like for like
\i bench/corpus.sql

\i bench/best_ms.sql

SELECT count(*) AS documents, round(sum(octet_length(body)) / 1e6, 1) AS mb,
       (SELECT count(*) FROM bench_reports, clusterdata.numbers(body, lang)) AS number_rows
FROM bench_reports \gset
\echo documents: :documents, :mb MB, :number_rows number rows

CREATE TEMP TABLE timings AS
SELECT 'to_tsvector(''simple'')' AS what,
       pg_temp.best_ms('SELECT count(to_tsvector(''simple'', body)) FROM bench_reports', 3) AS ms
UNION ALL
SELECT 'regexp_matches number extraction',
       pg_temp.best_ms('SELECT count(*) FROM bench_reports, regexp_matches(body, ''[0-9][0-9.,]*%?'', ''g'')', 3)
UNION ALL
SELECT 'numbers(body, lang)',
       pg_temp.best_ms('SELECT count(*) FROM bench_reports, clusterdata.numbers(body, lang)', 3)
UNION ALL
SELECT 'numbers(body) with detection',
       pg_temp.best_ms('SELECT count(*) FROM bench_reports, clusterdata.numbers(body)', 3);
INSERT INTO timings
SELECT 'parse_report(body)',
       pg_temp.best_ms('SELECT count(*) FROM bench_reports, clusterdata.parse_report(body)', 3)
WHERE EXISTS (SELECT FROM pg_proc WHERE proname = 'parse_report');

SELECT what, round(ms) AS ms, round(:mb / (ms / 1000), 1) AS "MB/s",
       round((SELECT ms FROM timings WHERE what LIKE 'to_tsvector%') / ms, 2) AS "x to_tsvector(simple)"
FROM timings;
\echo goals: numbers() >= 3x to_tsvector(simple); parse_report() >= 1.5x
DROP TABLE bench_reports;
