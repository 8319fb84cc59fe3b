-- One round of bench/queue.sql (read by it with \i): the queue emptied and
-- filled again outside the timing, then the bare parse of the stored bodies
-- and parse_pending() over the same reports, timed one after the other.
SELECT :round + 1 AS round \gset
TRUNCATE clusterdata.fact;
UPDATE clusterdata.report SET parsed_at = NULL, parser_version = NULL, lang = NULL, parse_error = NULL,
       parse_sqlstate = NULL, parse_retries = 0, cluster_no = NULL, year = NULL, period = NULL,
       event_date = NULL;
VACUUM ANALYZE clusterdata.report;
CHECKPOINT;
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) AS bare_rows FROM clusterdata.report r, clusterdata.parse_report(r.body, r.lang) \gset
SELECT clock_timestamp() AS t1 \gset
SELECT clusterdata.parse_pending(:reports) AS taken \gset
SELECT clock_timestamp() AS t2 \gset
SELECT count(*) AS stored_rows FROM clusterdata.fact \gset
INSERT INTO queue_timings
VALUES (:round, extract(epoch FROM :'t1'::timestamptz - :'t0'::timestamptz) * 1000,
        extract(epoch FROM :'t2'::timestamptz - :'t1'::timestamptz) * 1000, :taken, :bare_rows, :stored_rows);
