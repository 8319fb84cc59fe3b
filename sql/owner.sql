-- a database owner who is not a superuser creates the (trusted) extension
-- and uses all of it: ingest, parse, rank, corrections, the views, and
-- grants to a BI role of its own
SET client_min_messages = warning;
DROP EXTENSION IF EXISTS clusterdata CASCADE;
CREATE ROLE regress_cd_owner;
CREATE ROLE regress_cd_reader;
SELECT current_database() AS db \gset
GRANT CREATE ON DATABASE :"db" TO regress_cd_owner;
SET ROLE regress_cd_owner;
SELECT rolsuper FROM pg_roles WHERE rolname = current_user;
CREATE EXTENSION clusterdata;
SELECT extname, extowner::regrole FROM pg_extension WHERE extname = 'clusterdata';
SELECT clusterdata.ingest('Cụm thi đua số 5 (Công an các tỉnh Quảng Bình, Quảng Trị, Thừa Thiên Huế) họp cuối năm 2024 để rà soát kết quả. '
  'Quảng Bình làm rõ 610/700 vụ, tỷ lệ 87,14%; Quảng Trị làm rõ 520/580 vụ, tỷ lệ 89,66%.') > 0 AS ingested;
SELECT clusterdata.ingest('Năm 2024, Công an tỉnh Thừa Thiên Huế điều tra làm rõ 700/760 vụ, đạt 92,11%.', parse => false) > 0 AS queued;
SELECT clusterdata.parse_pending() AS parsed;
SELECT clusterdata.ingest('Năm 2024, Công an tỉnh Hà Tĩnh điều tra làm rõ 400/450 vụ, đạt 88,89%.', parse => false) > 0 AS queued;
CALL clusterdata.parse_queue(5);
SELECT state, reports FROM clusterdata.queue_status;
SELECT rank, province, rate, percent FROM clusterdata.rank_members(5, 2024);
INSERT INTO clusterdata.membership_correction VALUES (5, 2024, 'Hà Tĩnh', true, 'joined');
INSERT INTO clusterdata.rate_correction (year, province, solved, total) VALUES (2024, 'Quảng Bình', 612, 700);
SELECT province, solve_rate_label, percent FROM clusterdata.bi_member_rates ORDER BY province;
SELECT count(*) AS conflicts FROM clusterdata.conflicts;
SELECT clusterdata.requeue() >= 0 AS requeued;
-- but no trigger or foreign key on the extension's tables: a trigger runs as
-- whoever writes the table next
SELECT c.relname, has_table_privilege(c.oid, 'TRIGGER') AS may_trigger,
       has_table_privilege(c.oid, 'REFERENCES') AS may_reference,
       has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE') AS may_read_and_write
FROM pg_class c WHERE c.relnamespace = 'clusterdata'::regnamespace AND c.relkind = 'r' ORDER BY 1;
\set VERBOSITY sqlstate
CREATE FUNCTION pg_temp.t() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER t BEFORE UPDATE ON clusterdata.report FOR EACH ROW EXECUTE FUNCTION pg_temp.t();
DROP FUNCTION pg_temp.t();
\set VERBOSITY default
GRANT USAGE ON SCHEMA clusterdata TO regress_cd_reader;
GRANT SELECT ON clusterdata.bi_member_ranking, clusterdata.bi_facts TO regress_cd_reader;
SET ROLE regress_cd_reader;
SELECT rank, province, solve_rate_label FROM clusterdata.bi_member_ranking WHERE period = 'year' ORDER BY rank NULLS LAST, province;
\set VERBOSITY sqlstate
SELECT count(*) FROM clusterdata.report;
\set VERBOSITY default
RESET ROLE;
DROP EXTENSION clusterdata CASCADE;
DROP SCHEMA IF EXISTS clusterdata;
REVOKE CREATE ON DATABASE :"db" FROM regress_cd_owner;
DROP ROLE regress_cd_reader;
DROP ROLE regress_cd_owner;
CREATE EXTENSION clusterdata;
