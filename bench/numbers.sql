-- Benchmark: numbers(), parse_report() (when installed) against
-- to_tsvector('simple') and a regexp number extraction, on the same
-- generated report table, in one run: five rounds, each timing every query
-- over the whole table, in 20 pieces (every query on a piece, then the next
-- piece: rounds_pieces_ms).  Prints the best MB/s and the median (lowest,
-- highest) of the rounds' ratios to to_tsvector.
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
-- (to_tsvector lower-cases by the database's locale: with C.UTF-8, as
-- bench/run.sh makes its clusters, it takes about a fifth longer than with C)
SELECT current_setting('lc_ctype') AS lc_ctype \gset
\echo database LC_CTYPE: :lc_ctype

-- the table in :pieces pieces of every language (by id)
\set pieces 20
SELECT format('CREATE TEMP TABLE bench_piece_%s AS SELECT * FROM bench_reports WHERE id %% %s = %s', p, :pieces, p)
FROM generate_series(0, :pieces - 1) p \gexec

CREATE TEMP TABLE queries(what int, name text, q text);
INSERT INTO queries VALUES
  (1, 'to_tsvector(''simple'')', 'SELECT count(to_tsvector(''simple'', body)) FROM pg_temp.bench_piece_%s'),
  (2, 'regexp_matches number extraction', 'SELECT count(*) FROM pg_temp.bench_piece_%s, regexp_matches(body, ''[0-9][0-9.,]*%%?'', ''g'')'),
  (3, 'numbers(body, lang)', 'SELECT count(*) FROM pg_temp.bench_piece_%s, clusterdata.numbers(body, lang)'),
  (4, 'numbers(body) with detection', 'SELECT count(*) FROM pg_temp.bench_piece_%s, clusterdata.numbers(body)'),
  (5, 'parse_report(body)', 'SELECT count(*) FROM pg_temp.bench_piece_%s, clusterdata.parse_report(body)');

-- five rounds, each query over the whole table a round (piece by piece, in
-- turn with the others); the ratio is the median of the rounds' ratios
CREATE TEMP TABLE timings AS
SELECT * FROM pg_temp.rounds_pieces_ms((SELECT array_agg(q ORDER BY what) FROM queries), :pieces, 5);

SELECT name AS what, round(min(t.ms)) AS "best ms", round(:mb / (min(t.ms) / 1000), 1) AS "MB/s",
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY base.ms / t.ms)::numeric, 2) AS "x to_tsvector(simple)",
       round(min(base.ms / t.ms), 2) AS "lowest", round(max(base.ms / t.ms), 2) AS "highest"
FROM timings t JOIN timings base ON base.round = t.round AND base.what = 1
JOIN queries ON queries.what = t.what
GROUP BY t.what, name ORDER BY t.what;
-- each goal with the ratio measured above (median of the rounds)
SELECT g.goal, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY base.ms / t.ms)::numeric, 2) AS measured,
       CASE WHEN percentile_cont(0.5) WITHIN GROUP (ORDER BY base.ms / t.ms) >= g.target
            THEN 'met' ELSE 'not met' END AS status
FROM (VALUES (3, 'numbers(body, lang) >= 6x to_tsvector(simple)', 6.0),
             (4, 'numbers(body) >= 6x to_tsvector(simple)', 6.0),
             (5, 'parse_report(body) >= 3x to_tsvector(simple)', 3.0)) g(what, goal, target)
JOIN timings t ON t.what = g.what
JOIN timings base ON base.round = t.round AND base.what = 1
GROUP BY g.what, g.goal, g.target ORDER BY g.what;
DROP TABLE bench_reports;
