-- store_parsed(ids, parsed_at): parse_pending's bulk path writes the same
-- facts and report columns as its SQL statement, and steps aside (NULL,
-- nothing written) whenever fact holds something only SQL applies.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
TRUNCATE report CASCADE;

-- reports in several languages, one with a language given, one with none
-- detectable, one past the 256 kB parse_pending detects before the parse
SELECT count(ingest(b, parse => false)) AS ingested FROM (VALUES
  ('Ngày 19/12/2024, Cụm thi đua số 11 (Sơn La, Điện Biên, Lai Châu) tổng kết năm 2024. '
   || 'Lực lượng Công an Điện Biên điều tra làm rõ 512/580 vụ, đạt 88,28%; án rất nghiêm trọng đạt 96,4%. '
   || 'Tội phạm giảm 7,3% so với cùng kỳ. Hội nghị bầu Công an Lai Châu làm Cụm trưởng năm 2025.'),
  ('In the first six months of 2024, the police of emulation cluster No. 2 solved 1,204 of 1,377 criminal cases, '
   || 'a rate of 87.44%, and arrested 311 suspects in 95 drug cases.'),
  ('En 2023, la police du groupe d''émulation n° 9 a élucidé 640 affaires pénales sur 702, soit 91,17 %, '
   || 'et les infractions ont baissé de 4,8 %.'),
  ('W 2024 r. policja klastra nr 7 wykryła 455/498 przestępstw, co daje 91,37%.'),
  ('12345 67890 ---'),
  (repeat('Lực lượng Công an Hà Nam điều tra làm rõ 70/80 vụ, đạt 87,5%. ', 4700))
) v(b);
-- and one of 2,500 figures: its facts are written as they are read, 128 at a time
SELECT ingest(string_agg(format('Tổ công tác làm rõ %s/%s vụ. ', 3000 + g, 6000 + g), ''),
              parse => false) > 0 AS ingested_long
FROM generate_series(1, 2500) g;
UPDATE report SET lang = 'en' WHERE body LIKE 'In the first six%';

-- the bulk path, called as parse_pending calls it: every report marked
BEGIN;
SELECT store_parsed(ARRAY(SELECT id FROM report ORDER BY id), now()) AS bulk_marked;
SELECT count(*) > 0 AS bulk_wrote FROM fact;
ROLLBACK;

-- parse_pending through it, then through SQL (a trigger of the caller's on
-- fact makes store_parsed step aside), on the same reports
-- (the calls of store_parsed counted in the transaction tell which path was
-- taken: the counts read before are a backend's not yet reported)
BEGIN;
SET LOCAL track_functions = 'all';
SELECT coalesce(sum(calls), 0) AS calls_before FROM pg_stat_xact_user_functions WHERE funcname = 'store_parsed' \gset
SELECT parse_pending() AS parsed;
SELECT coalesce(sum(calls), 0) - :calls_before AS store_parsed_calls
FROM pg_stat_xact_user_functions WHERE funcname = 'store_parsed';
COMMIT;
CREATE TEMP TABLE bulk_facts AS SELECT * FROM fact;
CREATE TEMP TABLE bulk_reports AS
SELECT id, lang, cluster_no, year, period, event_date, parse_error, parser_version, parsed_at IS NOT NULL AS parsed
FROM report;
CREATE FUNCTION public.store_parsed_noop() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$;
CREATE TRIGGER store_parsed_noop AFTER INSERT ON fact FOR EACH STATEMENT EXECUTE FUNCTION public.store_parsed_noop();
BEGIN;
DELETE FROM fact;
SELECT store_parsed(ARRAY(SELECT id FROM report), now()) IS NULL AS steps_aside_for_a_trigger,
       (SELECT count(*) FROM fact) AS written;
ROLLBACK;
UPDATE report SET parsed_at = NULL, cluster_no = NULL, year = NULL, period = NULL, event_date = NULL,
                  lang = CASE WHEN body LIKE 'In the first six%' THEN 'en' END;
SELECT parse_pending() AS parsed_through_sql;
DROP TRIGGER store_parsed_noop ON fact;
SELECT (SELECT count(*) FROM fact) AS facts,
       (SELECT count(*) FROM (SELECT * FROM bulk_facts EXCEPT SELECT * FROM fact) d) AS only_bulk,
       (SELECT count(*) FROM (SELECT * FROM fact EXCEPT SELECT * FROM bulk_facts) d) AS only_sql;
SELECT (SELECT count(*) FROM (SELECT * FROM bulk_reports EXCEPT
          SELECT id, lang, cluster_no, year, period, event_date, parse_error, parser_version,
                 parsed_at IS NOT NULL FROM report) d) AS reports_differ;
-- what the report rows keep
SELECT left(body, 20) AS body, lang, cluster_no, year, period, event_date,
       (SELECT count(*) FROM fact f WHERE f.report_id = r.id) AS facts
FROM report r ORDER BY id;

-- each thing only SQL applies makes it step aside, writing nothing
CREATE FUNCTION pg_temp.steps_aside() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    r int;
BEGIN
    DELETE FROM clusterdata.fact;
    r := clusterdata.store_parsed(ARRAY(SELECT id FROM clusterdata.report), now());
    RETURN r IS NULL AND NOT EXISTS (SELECT FROM clusterdata.fact);
END
$$;
BEGIN;
ALTER TABLE fact ADD CONSTRAINT positive CHECK (fact_no > 0);
SELECT pg_temp.steps_aside() AS check_constraint;
ROLLBACK;
BEGIN;
ALTER TABLE fact ALTER COLUMN span_start SET NOT NULL;
SELECT pg_temp.steps_aside() AS not_null;
ROLLBACK;
BEGIN;
ALTER TABLE fact ENABLE ROW LEVEL SECURITY;
SELECT pg_temp.steps_aside() AS row_security;
ROLLBACK;
BEGIN;
CREATE RULE no_person AS ON INSERT TO fact WHERE NEW.kind = 'person' DO INSTEAD NOTHING;
SELECT pg_temp.steps_aside() AS rule;
ROLLBACK;
BEGIN;
ALTER TABLE fact ADD COLUMN note text;
SELECT pg_temp.steps_aside() AS added_column;
ROLLBACK;
BEGIN;
ALTER TABLE fact ADD COLUMN note text;
ALTER TABLE fact DROP COLUMN note;
SELECT pg_temp.steps_aside() AS dropped_column;
ROLLBACK;
BEGIN;
CREATE FUNCTION public.store_parsed_key(text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$BEGIN RETURN upper($1); END$$;
CREATE INDEX fact_upper_kind ON fact (public.store_parsed_key(kind));
SELECT pg_temp.steps_aside() AS index_calling_a_function;
ROLLBACK;
BEGIN;
ALTER TABLE fact ADD CONSTRAINT fact_text_unique UNIQUE (report_id, span_start, fact_no) DEFERRABLE;
SELECT pg_temp.steps_aside() AS deferrable_index;
ROLLBACK;
-- (a SQL function inlined into pg_catalog's is pg_catalog's)
BEGIN;
CREATE FUNCTION public.store_parsed_key(text) RETURNS text LANGUAGE sql IMMUTABLE AS $$SELECT upper($1)$$;
CREATE INDEX fact_upper_kind ON fact (public.store_parsed_key(kind));
SELECT pg_temp.steps_aside() AS steps_aside_for_an_inlined_function;
ROLLBACK;
-- an index on pg_catalog's functions is maintained like the others
BEGIN;
DELETE FROM fact;
CREATE INDEX fact_lower_kind ON fact (lower(kind)) WHERE span_start >= 0;
SELECT store_parsed(ARRAY(SELECT id FROM report), now()) AS bulk_with_an_expression_index;
SET LOCAL enable_seqscan = off;
SELECT count(*) FROM fact WHERE lower(kind) = 'rate' AND span_start >= 0;
SELECT count(*) FROM fact WHERE kind = 'rate';
ROLLBACK;

-- facts left in place are not written twice: 23505 (the key it names
-- depends on the ids the sequence gave)
\set VERBOSITY terse
BEGIN;
SELECT store_parsed(ARRAY(SELECT id FROM report), now());
ROLLBACK;
\set VERBOSITY default
-- a read-only transaction: 25006, as INSERT gives
BEGIN READ ONLY;
SELECT store_parsed(ARRAY(SELECT id FROM report), now());
ROLLBACK;
-- ids that name no report, an empty array, NULL
SELECT store_parsed(ARRAY[-1, -2]::bigint[], now()) AS none, store_parsed('{}', now()) AS empty,
       store_parsed(NULL, now()) IS NULL AS null_ids;
SELECT store_parsed('{{1},{2}}'::bigint[], now());

-- a role without INSERT on fact, or without EXECUTE on store_parsed, goes
-- through SQL (and there meets the rights it has)
CREATE ROLE regress_store_loader;
GRANT USAGE ON SCHEMA clusterdata TO regress_store_loader;
GRANT EXECUTE ON FUNCTION parse_pending(int), parse_stored(bigint), store_parsed(bigint[], timestamptz)
    TO regress_store_loader;
GRANT SELECT, UPDATE ON report TO regress_store_loader;
GRANT SELECT, DELETE ON fact TO regress_store_loader;
GRANT SELECT ON queue_status TO regress_store_loader;
UPDATE report SET parsed_at = NULL;
SET ROLE regress_store_loader;
BEGIN;
SELECT store_parsed(ARRAY(SELECT id FROM clusterdata.report), now()) IS NULL AS no_insert_right;
ROLLBACK;
SELECT parse_pending() AS parsed_without_insert;
RESET ROLE;
SELECT count(*) FILTER (WHERE parse_sqlstate = '42501') AS refused, count(*) AS reports FROM report;
GRANT INSERT ON fact TO regress_store_loader;
UPDATE report SET parsed_at = NULL, parse_error = NULL, parse_sqlstate = NULL;
SET ROLE regress_store_loader;
BEGIN;
DELETE FROM clusterdata.fact;
SELECT store_parsed(ARRAY(SELECT id FROM clusterdata.report), now()) AS bulk_as_loader;
ROLLBACK;
SELECT parse_pending() AS parsed_with_insert;
RESET ROLE;
SELECT count(*) FILTER (WHERE parse_error IS NOT NULL) AS failed,
       (SELECT count(*) FROM (SELECT * FROM bulk_facts EXCEPT SELECT * FROM fact) d) AS only_bulk,
       (SELECT count(*) FROM (SELECT * FROM fact EXCEPT SELECT * FROM bulk_facts) d) AS only_now
FROM report;
REVOKE ALL ON ALL TABLES IN SCHEMA clusterdata FROM regress_store_loader;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA clusterdata FROM regress_store_loader;
REVOKE ALL ON SCHEMA clusterdata FROM regress_store_loader;
DROP ROLE regress_store_loader;
DROP FUNCTION public.store_parsed_noop();
-- a loader granted parse_pending and parse_stored but not store_parsed:
-- the SQL path, with the same facts
CREATE ROLE regress_store_sql;
GRANT USAGE ON SCHEMA clusterdata TO regress_store_sql;
GRANT EXECUTE ON FUNCTION parse_pending(int), parse_stored(bigint), ingest(text, text, date, text, boolean)
    TO regress_store_sql;
GRANT SELECT, INSERT, UPDATE, DELETE ON report, fact TO regress_store_sql;
GRANT SELECT ON queue_status TO regress_store_sql;
UPDATE report SET parsed_at = NULL;
BEGIN;
SET LOCAL track_functions = 'all';
SELECT coalesce(sum(calls), 0) AS calls_before FROM pg_stat_xact_user_functions WHERE funcname = 'store_parsed' \gset
SET LOCAL ROLE regress_store_sql;
SELECT parse_pending() AS parsed_without_store_parsed;
SELECT parse_stored(min(id)) AS one_without_store_parsed FROM clusterdata.report;
SELECT coalesce(sum(calls), 0) - :calls_before AS store_parsed_calls
FROM pg_stat_xact_user_functions WHERE funcname = 'store_parsed';
COMMIT;
SELECT count(*) FILTER (WHERE parse_error IS NOT NULL) AS failed,
       (SELECT count(*) FROM (SELECT * FROM bulk_facts EXCEPT SELECT * FROM fact) d) AS only_bulk,
       (SELECT count(*) FROM (SELECT * FROM fact EXCEPT SELECT * FROM bulk_facts) d) AS only_sql
FROM report;
REVOKE ALL ON ALL TABLES IN SCHEMA clusterdata FROM regress_store_sql;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA clusterdata FROM regress_store_sql;
REVOKE ALL ON SCHEMA clusterdata FROM regress_store_sql;
DROP ROLE regress_store_sql;
-- parse_stored(id) takes the bulk path too: the same facts one report at a time
BEGIN;
SET LOCAL track_functions = 'all';
SELECT coalesce(sum(calls), 0) AS calls_before FROM pg_stat_xact_user_functions WHERE funcname = 'store_parsed' \gset
SELECT bool_and(parse_stored(id)) AS one_by_one, count(*) AS reports FROM report;
SELECT coalesce(sum(calls), 0) - :calls_before AS store_parsed_calls
FROM pg_stat_xact_user_functions WHERE funcname = 'store_parsed';
COMMIT;
SELECT (SELECT count(*) FROM (SELECT * FROM bulk_facts EXCEPT SELECT * FROM fact) d) AS only_bulk,
       (SELECT count(*) FROM (SELECT * FROM fact EXCEPT SELECT * FROM bulk_facts) d) AS only_one_by_one;
-- not for everybody
SELECT has_function_privilege('public', 'clusterdata.store_parsed(bigint[], timestamptz)', 'EXECUTE') AS public_may;
TRUNCATE report CASCADE;
