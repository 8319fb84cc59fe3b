-- One round of bench/queue.sql (read by it with \i): the queue emptied and
-- filled again outside the timing, then five pieces (queue_piece.sql), each
-- the bare parse of a fifth of the stored bodies and parse_pending() over the
-- same reports, timed one after the other: a round's times are the sums of
-- its pieces'.  (Pieces a fraction of a second long are touched alike by
-- the machine's changes of speed, which runs seconds apart are not.)
SELECT :round + 1 AS round \gset
TRUNCATE clusterdata.fact;
UPDATE clusterdata.report SET parsed_at = NULL, parser_version = NULL, lang = NULL, parse_error = NULL,
       parse_sqlstate = NULL, parse_retries = 0, cluster_no = NULL, year = NULL, period = NULL,
       event_date = NULL;
VACUUM ANALYZE clusterdata.report;
CHECKPOINT;
-- (five pieces: as many as the lines below that read queue_piece.sql)
SELECT (:documents + 4) / 5 AS piece \gset
\i bench/queue_piece.sql
\i bench/queue_piece.sql
\i bench/queue_piece.sql
\i bench/queue_piece.sql
\i bench/queue_piece.sql
INSERT INTO queue_timings
SELECT :round, sum(p.bare_ms), sum(p.pending_ms), sum(p.taken), sum(p.bare_rows),
       (SELECT count(*) FROM clusterdata.fact)
FROM queue_pieces p WHERE p.round = :round;
