-- Benchmark: the parse queue.  parse_pending() over N stored reports (the
-- generated report text of bench/corpus.sql, N of its documents, ingested
-- without parsing) against the bare parse of the same bodies (SELECT ...
-- FROM report, LATERAL parse_report(body, lang)), in one run: five rounds,
-- each emptying the queue and filling it again outside the timing, then
-- timing both over the N reports, a fifth of them at a time, in turn
-- (queue_round.sql).  Prints the median (lowest, highest) of the rounds'
-- ratios.
-- psql -v reports=N sets N (default 5000).
\set QUIET on
\pset footer off
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;   -- one core each, like for like
\if :{?reports}
\else
\set reports 5000
\endif
DROP EXTENSION IF EXISTS clusterdata CASCADE;
CREATE EXTENSION clusterdata;
\i bench/corpus.sql
SELECT count(clusterdata.ingest(body, parse => false))
FROM (SELECT body FROM bench_reports ORDER BY hashint8(id) LIMIT :reports) b \gset
DROP TABLE bench_reports;
SELECT count(*) AS documents, round(sum(octet_length(body)) / 1e6, 1) AS mb FROM clusterdata.report \gset
\echo stored reports: :documents, :mb MB
CREATE TEMP TABLE queue_timings(round int, bare_ms numeric, pending_ms numeric, taken int,
                                bare_rows bigint, stored_rows bigint);
CREATE TEMP TABLE queue_pieces(round int, bare_ms numeric, pending_ms numeric, taken int, bare_rows bigint);
\set round 0
\i bench/queue_round.sql
\i bench/queue_round.sql
\i bench/queue_round.sql
\i bench/queue_round.sql
\i bench/queue_round.sql
SELECT 'parse_report(body, lang) over the stored reports' AS what, round(min(bare_ms)) AS "best ms",
       round(:mb / (min(bare_ms) / 1000), 1) AS "MB/s", NULL::numeric AS "x bare parse", NULL::numeric AS lowest,
       NULL::numeric AS highest, min(bare_rows) AS facts
FROM queue_timings
UNION ALL
SELECT 'parse_pending(' || :reports || ')', round(min(pending_ms)), round(:mb / (min(pending_ms) / 1000), 1),
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY pending_ms / bare_ms)::numeric, 2),
       round(min(pending_ms / bare_ms), 2), round(max(pending_ms / bare_ms), 2), min(stored_rows)
FROM queue_timings;
SELECT count(*) FILTER (WHERE taken <> :documents OR stored_rows <> bare_rows) > 0 AS bad_rounds FROM queue_timings \gset
\if :bad_rounds
\echo 'ERROR: some round did not take every report or stored other facts than the bare parse gave'
\endif
SELECT 'parse_pending(N) <= 1.5x the bare parse_report() over the same bodies' AS goal,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY pending_ms / bare_ms)::numeric, 2) AS measured,
       CASE WHEN percentile_cont(0.5) WITHIN GROUP (ORDER BY pending_ms / bare_ms) <= 1.5
            THEN 'met' ELSE 'not met' END AS status
FROM queue_timings;
SELECT round, round(bare_ms) AS bare_ms, round(pending_ms) AS pending_ms FROM queue_timings ORDER BY round;
DROP EXTENSION clusterdata CASCADE;
