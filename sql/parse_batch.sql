-- parse_stored(bigint[], boolean): many reports in three statements (the path the
-- distributed layout takes), with the same facts and report columns as one
-- report at a time; a batch that fails falls back to one report at a time.
-- And the helpers of the distributed layout, on one server.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
TRUNCATE report CASCADE;

-- one transaction, and still each report its own ingestion time
BEGIN;
SELECT ingest('Năm 2023, Cụm thi đua số 4 với Công an các tỉnh Cao Bằng, Bắc Kạn, Lạng Sơn họp vào ngày 18/12/2023. '
              || 'Công an tỉnh Cao Bằng điều tra làm rõ 310/350 vụ, đạt 88,57%. Hội nghị bầu Công an tỉnh Lạng Sơn làm Cụm trưởng năm 2024.',
              'https://example.org/b1', parse => false) AS b1 \gset
SELECT ingest('In 2023, emulation cluster No. 6 of Nghe An, Ha Tinh and Quang Binh police met on 20 December 2023. '
              || 'Ha Tinh police solved 275 of 300 criminal cases (91.67%).', 'https://example.org/b2', parse => false) AS b2 \gset
SELECT ingest('Trong 6 tháng đầu năm 2024, Công an tỉnh Bắc Kạn làm rõ 88/100 vụ.', 'https://example.org/b3', parse => false) AS b3 \gset
COMMIT;
SELECT count(DISTINCT ingested_at) AS distinct_times FROM report;

-- the batch, and then one report at a time, on the same reports
SELECT * FROM parse_stored(ARRAY[:b1, :b2, :b3, -1]::bigint[]);
CREATE TEMP TABLE batch_facts AS SELECT * FROM fact;
CREATE TEMP TABLE batch_reports AS
SELECT id, lang, cluster_no, year, period, event_date, parse_error, parser_version FROM report;
SELECT parse_stored(:b1) AND parse_stored(:b2) AND parse_stored(:b3) AS one_by_one;
SELECT count(*) AS facts,
       (SELECT count(*) FROM (SELECT * FROM batch_facts EXCEPT SELECT * FROM fact) d) AS only_in_batch,
       (SELECT count(*) FROM (SELECT * FROM fact EXCEPT SELECT * FROM batch_facts) d) AS only_one_by_one
FROM fact;
SELECT b.id = :b1 AS is_b1, b.lang, b.cluster_no, b.year, b.period, b.event_date,
       (b.lang, b.cluster_no, b.year, b.period, b.event_date, b.parse_error, b.parser_version)
         IS NOT DISTINCT FROM (r.lang, r.cluster_no, r.year, r.period, r.event_date, r.parse_error, r.parser_version)
         AS same_as_one_by_one
FROM batch_reports b JOIN report r USING (id) ORDER BY b.id;

-- a report the parser rejects: the others of the batch are parsed and kept
UPDATE report SET lang = 'zz' WHERE id = :b2;
DELETE FROM fact;
SELECT * FROM parse_stored(ARRAY[:b1, :b2, :b3]::bigint[]);
SELECT id = :b2 AS is_b2, parse_sqlstate, parse_error IS NOT NULL AS failed,
       (SELECT count(*) > 0 FROM fact f WHERE f.report_id = r.id) AS has_facts
FROM report r ORDER BY id;
-- queued_only: parsed (or failed) reports are left alone, queued ones taken
SELECT * FROM parse_stored(ARRAY[:b1, :b2, :b3]::bigint[], queued_only => true);
UPDATE report SET parsed_at = NULL, lang = NULL WHERE id IN (:b2, :b3);
SELECT * FROM parse_stored(ARRAY[:b1, :b2, :b3]::bigint[], queued_only => true);
SELECT id = :b2 AS is_b2, parse_error IS NULL AS ok, lang FROM report ORDER BY id;
-- nothing to parse
SELECT parse_stored(ARRAY[]::bigint[]) AS none, parse_stored(NULL::bigint[]) AS null_array,
       parse_stored(ARRAY[-5]::bigint[]) AS missing;
TRUNCATE report CASCADE;

-- the distributed layout's id: the first 63 bits of the SHA-256, never negative
SELECT report_key('\x0000000000000001ff'::bytea) AS one,
       report_key('\xffffffffffffffff00'::bytea) AS top_bit_dropped,
       report_key(sha256('abc')) AS abc,
       report_key(sha256('abc')) = ('x' || substr(encode(sha256('abc'), 'hex'), 1, 16))::bit(64)::bigint
         & 9223372036854775807 AS first_63_bits;
-- one server: not distributed, and distribute() needs Citus
SELECT is_distributed();
\set VERBOSITY terse
SELECT distribute();
\set VERBOSITY default
