-- the upgrade path: install 0.1, use it, update to the current version
SET client_min_messages = warning;
\i sql/include/ext_signature.sql
DROP EXTENSION IF EXISTS clusterdata CASCADE;
CREATE EXTENSION clusterdata VERSION '0.1';
SET search_path = clusterdata, public;
SELECT extversion FROM pg_extension WHERE extname = 'clusterdata';
-- 0.1 declared parse_report's province as text; the current library still fills it
SELECT kind, province, pg_typeof(province)
FROM parse_report('Cụm gồm Công an các tỉnh Lào Cai, Yên Bái, Lai Châu.') WHERE kind = 'member';
CREATE TABLE upgrade_keep (r solve_rate);
INSERT INTO upgrade_keep VALUES ('3/4'), ('1/2');
ALTER EXTENSION clusterdata UPDATE;
SELECT extversion FROM pg_extension WHERE extname = 'clusterdata';
SELECT kind, province, pg_typeof(province), scope
FROM parse_report('Cụm gồm Công an các tỉnh Lào Cai, Yên Bái, Lai Châu.') WHERE kind = 'member';
SELECT sum(r) FROM upgrade_keep;
SELECT 'VN-01'::province;
-- an update gives the same objects as a fresh install of the current
-- version, with the same definitions, privileges and comments
CREATE TEMP TABLE updated AS SELECT * FROM pg_temp.ext_signature();
DROP TABLE upgrade_keep;
DROP EXTENSION clusterdata;
CREATE EXTENSION clusterdata;
CREATE TEMP TABLE fresh AS SELECT * FROM pg_temp.ext_signature();
SELECT (SELECT count(*) FROM fresh) = (SELECT count(*) FROM updated) AS same_count,
       (SELECT count(*) FROM fresh) > 90 AS has_objects;
SELECT obj AS only_in_fresh FROM fresh EXCEPT SELECT obj FROM updated;
SELECT obj AS only_after_update FROM updated EXCEPT SELECT obj FROM fresh;
-- the same object defined otherwise: the two definitions
SELECT f.obj, f.def AS fresh, u.def AS updated
FROM fresh f JOIN updated u USING (obj) WHERE f.def IS DISTINCT FROM u.def;
-- 0.3 -> 0.4: the library fills 0.3's sixteen columns until the update adds why
DROP EXTENSION clusterdata;
CREATE EXTENSION clusterdata VERSION '0.3';
SELECT kind, metric, percent FROM parse_report('Tỷ lệ điều tra khám phá án hình sự đạt 86,2%.', 'vi');
SELECT ingest('Tỷ lệ điều tra khám phá án hình sự đạt 86,2%.', lang => 'vi') IS NOT NULL AS stored;
-- 0.4 hashes a province by its name: a hash index built by 0.3 is rebuilt by
-- the update, and a table hash-partitioned by a province stops it
CREATE TABLE upgrade_hash (p province);
INSERT INTO upgrade_hash SELECT province FROM provinces(), generate_series(1, 20);
CREATE INDEX upgrade_hash_p ON upgrade_hash USING hash (p);
CREATE TABLE upgrade_parts (p province) PARTITION BY HASH (p);
CREATE TABLE upgrade_parts_0 PARTITION OF upgrade_parts FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE upgrade_parts_1 PARTITION OF upgrade_parts FOR VALUES WITH (MODULUS 2, REMAINDER 1);
\set VERBOSITY sqlstate
ALTER EXTENSION clusterdata UPDATE TO '0.4';
\set VERBOSITY default
SELECT extversion FROM pg_extension WHERE extname = 'clusterdata';
DROP TABLE upgrade_parts;
ALTER EXTENSION clusterdata UPDATE TO '0.4';
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SELECT count(*) AS found_by_hash_index FROM upgrade_hash WHERE p = 'Phú Thọ';
EXPLAIN (COSTS OFF) SELECT count(*) FROM upgrade_hash WHERE p = 'Phú Thọ';
RESET enable_seqscan;
RESET enable_bitmapscan;
DROP TABLE upgrade_hash;
SELECT kind, metric, percent, why FROM parse_report('Tỷ lệ điều tra khám phá án hình sự đạt 86,2%.', 'vi');
-- facts stored before the update have no why until the report is parsed again
SELECT kind, why FROM fact;
SELECT parse_stored(id) FROM report;
SELECT kind, why FROM fact;
SELECT why FROM bi_facts;
-- every released version updated to the newest has exactly the objects of a
-- fresh install (0.1 above; here 0.2 and 0.3)
CREATE FUNCTION pg_temp.objects_after_update(v text) RETURNS TABLE (diff text, obj text)
LANGUAGE plpgsql AS $$
BEGIN
    DROP EXTENSION IF EXISTS clusterdata CASCADE;
    EXECUTE format('CREATE EXTENSION clusterdata VERSION %L', v);
    ALTER EXTENSION clusterdata UPDATE;
    CREATE TEMP TABLE updated_from AS SELECT s.obj AS o, s.def AS d FROM pg_temp.ext_signature() s;
    RETURN QUERY
    (SELECT 'only in fresh', f.obj || ': ' || coalesce(f.def, '') FROM fresh f
     EXCEPT SELECT 'only in fresh', u.o || ': ' || coalesce(u.d, '') FROM updated_from u)
    UNION ALL
    (SELECT 'only after update', u.o || ': ' || coalesce(u.d, '') FROM updated_from u
     EXCEPT SELECT 'only after update', f.obj || ': ' || coalesce(f.def, '') FROM fresh f);
    DROP TABLE updated_from;
END
$$;
SELECT '0.2' AS from_version, count(*) AS differences FROM pg_temp.objects_after_update('0.2');
SELECT '0.3' AS from_version, count(*) AS differences FROM pg_temp.objects_after_update('0.3');
SELECT '0.4' AS from_version, count(*) AS differences FROM pg_temp.objects_after_update('0.4');
-- (what differs, if anything)
SELECT v, o.* FROM unnest(ARRAY['0.1', '0.2', '0.3', '0.4']) v, pg_temp.objects_after_update(v) o;
SELECT extversion FROM pg_extension WHERE extname = 'clusterdata';
