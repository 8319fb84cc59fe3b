-- Cue words taught from SQL: a phrasing the parser missed, taught with one
-- INSERT, read by parse_report at once; stored reports follow after
-- requeue_language() and parse_pending(), and the rankings with them; the
-- built-in cues as rows; what is refused; who may teach.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
TRUNCATE report CASCADE;
TRUNCATE cue;

-- a rate named by a phrasing no built-in cue knows
SELECT kind, metric, percent, why FROM parse_report(
  'In 2024 the provincial police brought the detection quotient for criminal offences to 77.5 percent.', 'en');
INSERT INTO cue (lang, phrase, role, note) VALUES ('en', 'detection quotient', 'rate', 'a translation of tỷ lệ khám phá');
-- the same session reads it at once
SELECT kind, metric, percent, why FROM parse_report(
  'In 2024 the provincial police brought the detection quotient for criminal offences to 77.5 percent.', 'en');
-- a change inside a transaction holds for it, and goes with a rollback
BEGIN;
DELETE FROM cue WHERE phrase = 'detection quotient';
SELECT count(*) AS rates_without_cue FROM parse_report(
  'In 2024 the provincial police brought the detection quotient for criminal offences to 77.5 percent.', 'en') WHERE kind = 'rate';
ROLLBACK;
SELECT count(*) AS rates_after_rollback FROM parse_report(
  'In 2024 the provincial police brought the detection quotient for criminal offences to 77.5 percent.', 'en') WHERE kind = 'rate';
-- a new connection reads it too
\c
SET search_path = clusterdata, public;
SET client_min_messages = warning;
SELECT kind, metric, percent FROM parse_report(
  'In 2024 the provincial police brought the detection quotient for criminal offences to 77.5 percent.', 'en') WHERE kind = 'rate';

-- cues of other roles: a metric, a target verb, a period span, a leader
INSERT INTO cue (lang, phrase, role, value) VALUES
  ('en', 'burglaries', 'metric', 'other'),
  ('en', 'resolves to', 'target', 'governs'),
  ('vi', 'tháng cuối năm', 'period', 'Q4'),
  ('fr', 'unité cheffe', 'leader', NULL);
SELECT kind, metric, percent, why FROM parse_report('The police solved 88.2% of burglaries in 2024.', 'en') WHERE kind = 'rate';
SELECT count(*) AS targets_as_rates FROM parse_report('The provincial police resolves to solve 90% of cases in 2025.', 'en') WHERE kind = 'rate';
SELECT kind, metric, year FROM parse_report('Công an tỉnh sơ kết công tác 3 tháng cuối năm 2024.', 'vi') WHERE kind = 'period';
SELECT kind, province FROM parse_report('Le groupe d''émulation n° 7 a choisi la police de Da Nang comme unité cheffe pour 2025.', 'fr') WHERE kind = 'leader';
-- the phrase in a text that lost its diacritics
SELECT kind, metric FROM parse_report('Cong an tinh so ket cong tac 3 thang cuoi nam 2024, ty le dieu tra dat 80%.', 'vi') WHERE kind = 'period';

-- count units: a unit word makes a number a count of that unit, a seizure
-- or a figure of something else; numbers() reads the built-in data alone
SELECT kind, value, why FROM parse_report('Die Polizei klärte 420 Tatbestände auf, darunter 37 Raubüberfälle.', 'de') ORDER BY span_start;
SELECT kind, value, detail FROM parse_report('Lực lượng chức năng thu giữ 12 bánh heroin và 3.500 liều ma túy tổng hợp.', 'vi') ORDER BY span_start;
INSERT INTO cue (lang, phrase, role, value) VALUES
  ('de', 'Tatbestände', 'unit', 'case'),
  ('vi', 'liều', 'unit', 'pill');
SELECT kind, value, why FROM parse_report('Die Polizei klärte 420 Tatbestände auf, darunter 37 Raubüberfälle.', 'de') ORDER BY span_start;
SELECT kind, value, detail FROM parse_report('Lực lượng chức năng thu giữ 12 bánh heroin và 3.500 liều ma túy tổng hợp.', 'vi') ORDER BY span_start;
-- the same words without diacritics
SELECT kind, value, why FROM parse_report('Die Polizei klarte 420 Tatbestande auf. Die Polizei hat die Kriminalitat in der Provinz und in der Stadt deutlich gesenkt, sagte der Direktor.', 'de') ORDER BY span_start;
-- a longer unit of something else keeps a number from being a count
SELECT kind, value, why FROM parse_report('The police solved 35 cases and sent 240 case files to the procuracy.', 'en') ORDER BY span_start;
INSERT INTO cue (lang, phrase, role, value) VALUES ('en', 'case files', 'unit', 'report');
SELECT kind, value, why FROM parse_report('The police solved 35 cases and sent 240 case files to the procuracy.', 'en') ORDER BY span_start;
SELECT value, unit FROM numbers('420 Tatbestände', 'de');
-- every unit word of the data carries a label a user may give
SELECT DISTINCT value FROM builtin_cues() WHERE role = 'unit'
EXCEPT SELECT unnest("values") FROM cue_roles() WHERE role = 'unit';

-- the number scanner's other words: a qualifier, a change verb, a percent word
-- (before teaching, "slid by 4.2%" reads as a rate of 4.2%: a wrong figure)
SELECT kind, metric, percent, qualifier, why FROM parse_report('In 2024 the provincial police solved upwards of 91.5% of criminal cases; thefts slid by 4.2% and robberies went down 3.1 per hundred.', 'en') ORDER BY span_start;
SELECT kind, metric, percent, qualifier FROM parse_report('Die Aufklärungsquote der Polizei der Provinz lag 2024 bei 61,5 vom Hundert, bei schweren Straftaten bei 80 vom Hundert oder darüber.', 'de') ORDER BY span_start;
INSERT INTO cue (lang, phrase, role, value) VALUES
  ('en', 'upwards of', 'qualifier', 'gt'),
  ('en', 'slid by', 'change', NULL),
  ('en', 'per hundred', 'percent', NULL),
  ('de', 'vom Hundert', 'percent', NULL),
  ('de', 'oder darüber', 'qualifier_after', 'ge');
SELECT kind, metric, percent, qualifier, why FROM parse_report('In 2024 the provincial police solved upwards of 91.5% of criminal cases; thefts slid by 4.2% and robberies went down 3.1 per hundred.', 'en') ORDER BY span_start;
SELECT kind, metric, percent, qualifier FROM parse_report('Die Aufklärungsquote der Polizei der Provinz lag 2024 bei 61,5 vom Hundert, bei schweren Straftaten bei 80 vom Hundert oder darüber.', 'de') ORDER BY span_start;
SELECT kind, qualifier, value, is_change FROM numbers('61,5 vom Hundert', 'de');
SELECT role, count(*) > 0 AS some FROM builtin_cues()
WHERE role IN ('unit', 'percent', 'qualifier', 'qualifier_after', 'change') GROUP BY role ORDER BY role;

-- every cue, built-in and taught: the view cues
SELECT source, count(*) > 0 AS some FROM cues GROUP BY source ORDER BY source;
SELECT lang, phrase, role, value FROM cues WHERE lang = 'vi' AND role IN ('rate', 'target') AND source = 'built-in' ORDER BY phrase;
SELECT lang, phrase, role, value, note, added_by = current_user AS by_me FROM cues WHERE source = 'user' ORDER BY lang, phrase;
SELECT role, "values", value_required FROM cue_roles() WHERE "values" IS NOT NULL ORDER BY role;
SELECT count(*) = (SELECT count(*) FROM cue_roles()) AS every_builtin_role_known
FROM (SELECT DISTINCT role FROM builtin_cues()) b RIGHT JOIN cue_roles() r USING (role);

-- what is refused, with what exists
\set VERBOSITY default
INSERT INTO cue (lang, phrase, role) VALUES ('xx', 'quotient', 'rate');
INSERT INTO cue (lang, phrase, role) VALUES ('en', 'quotient', 'rates');
INSERT INTO cue (lang, phrase, role, value) VALUES ('en', 'quotient', 'metric', 'violent');
INSERT INTO cue (lang, phrase, role) VALUES ('en', 'quotient', 'metric');
INSERT INTO cue (lang, phrase, role, value) VALUES ('en', 'quotient', 'rate', 'criminal');
INSERT INTO cue (lang, phrase, role) VALUES ('en', ' quotient', 'rate');
INSERT INTO cue (lang, phrase, role, value) VALUES ('de', 'Delikte', 'unit', 'crime');
INSERT INTO cue (lang, phrase, role) VALUES ('de', 'Delikte', 'unit');
-- phrases that would match what they do not show: white space, '*' alone
INSERT INTO cue (lang, phrase, role) VALUES ('en', E'\t', 'percent');
INSERT INTO cue (lang, phrase, role, value) VALUES ('en', E'\u00a0', 'unit', 'case');
INSERT INTO cue (lang, phrase, role) VALUES ('en', '*', 'percent');
INSERT INTO cue (lang, phrase, role) VALUES ('en', 'case*s', 'rate');
INSERT INTO cue (lang, phrase, role) VALUES ('zh', repeat('破', 33), 'rate');
-- (by number: a terminal's width of a zero-width joiner differs between psql versions)
SELECT n, cue_phrase_problem(p) FROM unnest(ARRAY[E'a\u200db', '٪', 'cases*', repeat('破', 32)]) WITH ORDINALITY t(p, n);
\set VERBOSITY sqlstate
INSERT INTO cue (lang, phrase, role) VALUES ('en', '', 'rate');
INSERT INTO cue (lang, phrase, role) VALUES ('en', 'detection quotient', 'rate');
SELECT requeue_language(NULL);
-- at most 2,000 cues a language
INSERT INTO cue (lang, phrase, role) SELECT 'id', 'kata' || g, 'goods' FROM generate_series(1, 2001) g;
SELECT count(*) FROM cue WHERE lang = 'id';
\set VERBOSITY default

-- a meaning added to words that have two keeps both (drug*: metric drug and goods)
SELECT kind, metric FROM parse_report('In 2024 the clearance rate for drug crimes reached 91%.', 'en') WHERE kind = 'rate';
INSERT INTO cue (lang, phrase, role) VALUES ('en', 'drug*', 'handle');
SELECT kind, metric FROM parse_report('In 2024 the clearance rate for drug crimes reached 91%.', 'en') WHERE kind = 'rate';
DELETE FROM cue WHERE phrase = 'drug*';
-- cues with words of digits, many of them, and long ones
INSERT INTO cue (lang, phrase, role) SELECT 'en', 'phase ' || g, 'goods' FROM generate_series(100, 130) g;
INSERT INTO cue (lang, phrase, role) VALUES ('en', 'stage 25 ratio', 'rate'), ('en', 'plan 12345678 ratio', 'rate');
SELECT why FROM parse_report('In 2024 the stage 25 ratio of the police reached 84%; the plan 12345678 ratio reached 71%.', 'en') WHERE kind = 'rate' ORDER BY span_start;
DELETE FROM cue WHERE phrase LIKE 'phase %' OR phrase LIKE '% ratio';
-- a phrase of more than ten characters of Han is matched whole
INSERT INTO cue (lang, phrase, role) VALUES ('zh', '一二三四五六七八九十破案率', 'rate');
SELECT count(*) AS rates FROM parse_report('2024年，一二三四五六七八九十为84%。', 'zh') WHERE kind = 'rate';
SELECT count(*) AS rates FROM parse_report('2024年，一二三四五六七八九十破案率为84%。', 'zh') WHERE kind = 'rate';
DELETE FROM cue WHERE lang = 'zh';

-- stored reports follow once re-parsed: a cluster whose reports state their
-- members' rates with a taught phrasing
SELECT ingest('Cluster No. 14 (Ha Nam, Nam Dinh and Ninh Binh police) met in Nam Dinh to review 2024. '
              'The police of Ha Nam recorded a clean-up ratio of 905/1,000 cases. '
              'The police of Nam Dinh recorded a clean-up ratio of 880/1,000 cases. '
              'The police of Ninh Binh recorded a clean-up ratio of 912/1,000 cases.', 'cue:a', '2025-01-08') > 0 AS stored;
SELECT rank, province, rate FROM rank_members(14, 2024);
INSERT INTO cue (lang, phrase, role) VALUES ('en', 'clean-up ratio', 'solve');
-- parse_report sees it, the stored facts not yet
SELECT count(*) AS rates_now FROM parse_report((SELECT body FROM report WHERE source_url = 'cue:a')) WHERE kind = 'rate';
SELECT count(*) AS rates_stored FROM fact WHERE kind = 'rate';
SELECT requeue_language('en') AS requeued;
SELECT parse_pending() AS parsed;
SELECT province, solved, total, why FROM fact WHERE kind = 'rate' ORDER BY province;
SELECT rank, province, rate FROM rank_members(14, 2024);
-- a cue taken back: the figures go at the next re-parse
DELETE FROM cue WHERE phrase = 'clean-up ratio';
SELECT requeue_language('en') AS requeued, parse_pending() AS parsed;
SELECT count(*) AS rates_stored FROM fact WHERE kind = 'rate';

-- who may teach: a role with INSERT, UPDATE, DELETE on cue (README); any
-- role that parses reads the cues (SELECT on its words is PUBLIC's)
CREATE ROLE regress_cd_teacher;
CREATE ROLE regress_cd_reader;
GRANT USAGE ON SCHEMA clusterdata TO regress_cd_teacher, regress_cd_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON cue TO regress_cd_teacher;
GRANT SELECT ON cues TO regress_cd_reader;
SET ROLE regress_cd_teacher;
INSERT INTO cue (lang, phrase, role, added_by, added_at)
VALUES ('en', 'detection share', 'rate', 'somebody_else', '2000-01-01');
SELECT added_by = current_user AS stamped_user, added_at > '2000-01-02' AS stamped_time
FROM cue WHERE phrase = 'detection share';
RESET ROLE;
SET ROLE regress_cd_reader;
SELECT kind, percent FROM parse_report('The detection share reached 81.5% in 2024.', 'en') WHERE kind = 'rate';
SELECT count(*) > 0 AS reads_cues FROM cues WHERE source = 'user';
\set VERBOSITY sqlstate
INSERT INTO cue (lang, phrase, role) VALUES ('en', 'solving share', 'rate');
DELETE FROM cue;
SELECT note FROM cue;
\set VERBOSITY default
RESET ROLE;
REVOKE ALL ON cue FROM regress_cd_teacher;
REVOKE ALL ON cues FROM regress_cd_reader;
REVOKE USAGE ON SCHEMA clusterdata FROM regress_cd_teacher, regress_cd_reader;
DROP ROLE regress_cd_teacher;
DROP ROLE regress_cd_reader;
TRUNCATE report CASCADE;
TRUNCATE cue;
