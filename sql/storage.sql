-- report and fact tables: ingest (stored once per content), the parse queue,
-- failed parses, parser versions, and what pg_dump keeps
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
TRUNCATE report CASCADE;

-- ingest stores and parses in one call; the same body again is the same report
SELECT ingest('Năm 2024, Cụm thi đua số 9 gồm Công an các tỉnh Long An, Tiền Giang, Bến Tre, Trà Vinh. '
              'Công an tỉnh Long An điều tra làm rõ 512/560 vụ, đạt 91,43%.', 'https://example.org/a') AS first_id \gset
SELECT ingest('Năm 2024, Cụm thi đua số 9 gồm Công an các tỉnh Long An, Tiền Giang, Bến Tre, Trà Vinh. '
              'Công an tỉnh Long An điều tra làm rõ 512/560 vụ, đạt 91,43%.') = :first_id AS same_report;
SELECT count(*) AS reports, count(*) FILTER (WHERE parsed_at IS NOT NULL) AS parsed,
       min(lang) AS lang, min(source_url) AS source_url,
       bool_and(parser_version = parser_version()) AS current_parser
FROM report;
SELECT fact_no, kind, metric, rate, percent, province, cluster_no, year, scope, text
FROM fact WHERE report_id = :first_id ORDER BY fact_no;
-- facts are exactly what parse_report() returns for the body
SELECT (SELECT count(*) FROM fact WHERE report_id = :first_id) =
       (SELECT count(*) FROM report r, parse_report(r.body) WHERE r.id = :first_id) AS same_count;
-- a second ingestion fills in what the first did not know
SELECT ingest('Công an tỉnh Bến Tre đã điều tra làm rõ 300/330 vụ, đạt 90,91%.', NULL) AS second_id \gset
SELECT ingest('Công an tỉnh Bến Tre đã điều tra làm rõ 300/330 vụ, đạt 90,91%.', 'https://example.org/b', '2024-12-20') = :second_id AS same;
SELECT source_url, published FROM report WHERE id = :second_id;

\set VERBOSITY sqlstate
SELECT ingest(NULL);
\set VERBOSITY default

-- a bulk load can leave parsing to the queue
SELECT ingest('Công an tỉnh Trà Vinh điều tra làm rõ 250/270 vụ, đạt 92,59%.', parse => false) AS deferred_id \gset
SELECT parsed_at IS NULL AS queued, (SELECT count(*) FROM fact WHERE report_id = :deferred_id) AS facts
FROM report WHERE id = :deferred_id;

-- an unsupported language is an error of ingest, and nothing is stored
SELECT count(*) AS reports_before FROM report \gset
\set VERBOSITY sqlstate
SELECT ingest('Năm 2024 Công an tỉnh Trà Vinh làm rõ 100/120 vụ, đạt 83,33%.', lang => 'zz');
SELECT ingest('Năm 2024 Công an tỉnh Trà Vinh làm rõ 100/120 vụ, đạt 83,33%.', lang => 'zz', parse => false);
\set VERBOSITY default
SELECT count(*) = :reports_before AS nothing_stored FROM report;
-- parse_stored of a report that does not exist is an error
\set VERBOSITY sqlstate
SELECT parse_stored(-1);
\set VERBOSITY default
-- a report that cannot be parsed (a language written into the table by hand)
-- is marked with its error; the others go on
INSERT INTO report (body, body_sha256, lang)
SELECT b, sha256(convert_to(b, 'UTF8')), 'zz'
FROM (VALUES ('Năm 2024 Công an tỉnh Trà Vinh làm rõ 100/120 vụ, đạt 83,33%.')) v(b)
RETURNING id AS bad_id \gset
SELECT parse_stored(:bad_id) AS parsed;
SELECT parse_error, parse_sqlstate, parsed_at IS NOT NULL AS marked,
       (SELECT count(*) FROM fact WHERE report_id = :bad_id) AS facts
FROM report WHERE id = :bad_id;
-- the queue: unparsed reports and reports of an older parser; failed ones are skipped
INSERT INTO report (body, body_sha256)
SELECT b, sha256(convert_to(b, 'UTF8'))
FROM (VALUES ('Công an tỉnh Tiền Giang điều tra làm rõ 410/450 vụ, đạt 91,11%.'),
             ('Tien Giang police solved 205/225 cases, a rate of 91.11%.')) v(b);
UPDATE report SET parser_version = parser_version() - 1 WHERE id = :first_id;
SELECT count(*) AS pending FROM report
WHERE parsed_at IS NULL OR parser_version < parser_version();
SELECT parse_pending(1) AS first_batch;
SELECT parse_pending() AS the_rest;
SELECT parse_pending() AS nothing_left;
SELECT count(*) FILTER (WHERE parse_error IS NULL) AS ok, count(*) FILTER (WHERE parse_error IS NOT NULL) AS failed,
       bool_and(parser_version = parser_version()) AS all_current
FROM report;
\set VERBOSITY sqlstate
SELECT parse_pending(0);
\set VERBOSITY default
-- a failed report can be queued again once fixed; parse_pending says how
-- many it parsed and how many failed
UPDATE report SET lang = 'zz', parse_error = NULL, parsed_at = NULL WHERE id = :bad_id;
SET client_min_messages = notice;
SELECT parse_pending() AS taken;
SET client_min_messages = warning;
UPDATE report SET lang = 'vi' WHERE id = :bad_id;
SELECT requeue() AS requeued;
SET client_min_messages = notice;
SELECT parse_pending() AS parsed;
SET client_min_messages = warning;
SELECT parse_error IS NULL AS fixed, (SELECT count(*) FROM fact WHERE report_id = :bad_id) > 0 AS has_facts
FROM report WHERE id = :bad_id;

-- parse_queue(), the procedure for scheduled jobs: commits each report; when
-- some failed it ends with an error (22000) that gives the counts, and what
-- parsed stays parsed; queue_status shows the queue
UPDATE report SET parsed_at = NULL WHERE id = :first_id;
UPDATE report SET lang = 'zz', parse_error = NULL, parsed_at = NULL WHERE id = :bad_id;
SELECT state, sqlstate, reports FROM queue_status ORDER BY state, sqlstate;
\set VERBOSITY sqlstate
CALL parse_queue(NULL);
\set VERBOSITY terse
CALL parse_queue(10);
\set VERBOSITY default
SELECT state, sqlstate, reports, example_error FROM queue_status ORDER BY state, sqlstate;
UPDATE report SET lang = 'vi' WHERE id = :bad_id;
SELECT requeue() AS requeued;
SET client_min_messages = notice;
CALL parse_queue(10);
SET client_min_messages = warning;
SELECT state, sqlstate, reports FROM queue_status ORDER BY state, sqlstate;
-- the report's cluster, year and period are kept on it when it is parsed
SELECT count(*) FILTER (WHERE year IS NOT NULL) AS with_year, count(*) AS reports FROM report;

-- deleting a report deletes its facts
DELETE FROM report WHERE id = :second_id;
SELECT count(*) AS orphan_facts FROM fact WHERE report_id = :second_id;
-- no fact without its report (statement triggers, as a foreign key): a fact
-- of no report is refused, a report's id does not change under its facts,
-- TRUNCATE report empties fact
\set VERBOSITY sqlstate
INSERT INTO fact (report_id, fact_no, kind) VALUES (-1, 1, 'count');
UPDATE fact SET report_id = -1 WHERE report_id = (SELECT min(report_id) FROM fact);
UPDATE report SET id = -1 WHERE id = (SELECT min(report_id) FROM fact);
\set VERBOSITY default
SELECT count(*) > 0 AS facts_before FROM fact;
BEGIN;
TRUNCATE report;
SELECT count(*) AS facts_after_truncate FROM fact;
ROLLBACK;

-- what pg_dump keeps: users' rows of these tables (and the id sequence)
SELECT c::regclass AS dumped FROM pg_extension, unnest(extconfig) c WHERE extname = 'clusterdata' ORDER BY c::regclass::text;
TRUNCATE report CASCADE;

-- ingesting a stored body again with nothing new writes nothing
SELECT ingest('Công an tỉnh Vĩnh Long điều tra làm rõ 77/80 vụ, đạt 96,25%.', 'https://example.org/c') AS again_id \gset
SELECT xmin AS before_xmin FROM report WHERE id = :again_id \gset
SELECT ingest('Công an tỉnh Vĩnh Long điều tra làm rõ 77/80 vụ, đạt 96,25%.') = :again_id AS same_id;
SELECT xmin = :'before_xmin' AS row_untouched FROM report WHERE id = :again_id;
TRUNCATE report CASCADE;

-- event dates: yyyymmdd to date; no year or no such day gives NULL
SELECT yyyymmdd_date(20241216) AS d, yyyymmdd_date(1216) AS no_year,
       yyyymmdd_date(20240229) AS leap, yyyymmdd_date(20230229) AS not_leap,
       yyyymmdd_date(20241301) AS month_13, yyyymmdd_date(-5) AS negative;
SELECT ingest('Ngày 16/12/2024, Cụm thi đua số 2 họp tại Sơn La. Công an tỉnh Sơn La làm rõ 50/60 vụ, đạt 83,33%.') AS dated_id \gset
SELECT event_date, year, cluster_no FROM report_meta WHERE report_id = :dated_id;
TRUNCATE report CASCADE;
