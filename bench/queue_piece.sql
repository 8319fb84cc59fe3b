-- One piece of a round of bench/queue.sql (read by queue_round.sql with \i):
-- the bare parse of the next :piece queued reports' bodies, then
-- parse_pending(:piece), which takes the same reports (the queue's order is
-- by id), timed one right after the other.
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) AS piece_bare_rows
FROM (SELECT r.body, r.lang FROM clusterdata.report r WHERE r.parsed_at IS NULL ORDER BY r.id LIMIT :piece) r,
     clusterdata.parse_report(r.body, r.lang) \gset
SELECT clock_timestamp() AS t1 \gset
SELECT clusterdata.parse_pending(:piece) AS piece_taken \gset
SELECT clock_timestamp() AS t2 \gset
INSERT INTO queue_pieces
VALUES (:round, extract(epoch FROM :'t1'::timestamptz - :'t0'::timestamptz) * 1000,
        extract(epoch FROM :'t2'::timestamptz - :'t1'::timestamptz) * 1000, :piece_taken, :piece_bare_rows);
