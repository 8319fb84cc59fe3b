-- membership from reports (with corrections), rank_members, leaders, BI views
-- with plain types, and the privileges of a read-only BI role
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
TRUNCATE report CASCADE;
TRUNCATE membership_correction;

SELECT count(*) AS ingested FROM (VALUES
 ('Năm 2024, Cụm thi đua số 8 gồm Công an các tỉnh Khánh Hòa, Ninh Thuận, Bình Thuận, Lâm Đồng, Đắk Nông tổ chức hội nghị tổng kết. '
  'Công an tỉnh Khánh Hòa điều tra làm rõ 890/1.000 vụ, đạt 89%. '
  'Công an tỉnh Ninh Thuận điều tra làm rõ 9/10 vụ, đạt 90%. '
  'Công an tỉnh Bình Thuận điều tra làm rõ 445/500 vụ, đạt 89%. '
  'Công an tỉnh Lâm Đồng điều tra làm rõ 445/500 vụ, đạt 89%. '
  'Riêng án nghiêm trọng, Công an tỉnh Ninh Thuận làm rõ 50/50 vụ, đạt 100%. '
  'Hội nghị đã bầu Cụm trưởng năm 2025 là Công an tỉnh Khánh Hòa, Cụm phó là Công an tỉnh Lâm Đồng.'),
 -- the same figure from a second report counts once, with both reports behind it
 ('In 2024, Emulation Cluster No. 8 reviewed its work. Khanh Hoa police solved 890/1,000 cases, a rate of 89%.'),
 -- a half-year figure does not add to the full year of the same province
 ('In the first six months of 2024, Khanh Hoa police solved 430/500 cases, a rate of 86%. Emulation Cluster No. 8 met.')
) v(b), LATERAL (SELECT ingest(b)) i;
-- the conference was on 2024-12-10 (a report's date: published, else its
-- event date, else the day it was ingested)
UPDATE report SET published = '2024-12-10';

SELECT cluster_no, year, province, reports, source FROM membership ORDER BY province;

-- Wilson: 9/10 does not outrank 890/1000; equal figures tie; no data comes last
SELECT rank, province, rate, percent, wilson_lower, wilson_upper, reports, tied
FROM rank_members(8, 2024);
-- like for like: the half year is ranked on its own, never beside a full year
SELECT rank, province, rate, percent, reports FROM rank_members(8, 2024, period => 'H1');
SELECT count(*) AS q3_rows_ranked FROM rank_members(8, 2024, period => 'Q3') WHERE rank IS NOT NULL;
SELECT rank, province, rate, round(score::numeric, 4) AS score, tied FROM rank_members(8, 2024, method => 'rate');
SELECT rank, province, rate, round(score::numeric, 4) AS score FROM rank_members(8, 2024, 'serious');
SELECT rank, province, round(score::numeric, 4) AS score
FROM rank_members(8, 2024, method => 'composite', weights => '{"criminal": 1, "serious": 1}');
-- a cluster or year nobody reported: no rows
SELECT count(*) FROM rank_members(8, 2019);
\set VERBOSITY sqlstate
SELECT * FROM rank_members(8, 2024, method => 'best');
SELECT * FROM rank_members(8, 2024, 'murder');
SELECT * FROM rank_members(8, 2024, method => 'composite', weights => '{"criminal": -1}');
SELECT * FROM rank_members(8, 2024, period => '6M');
\set VERBOSITY default

-- one figure per fact: a second report with another figure for Lâm Đồng's
-- year is not summed; the report published last is chosen, a correction
-- before any report, and every differing figure is listed in conflicts
SELECT ingest('Năm 2024, Cụm thi đua số 8 họp tổng kết. Công an tỉnh Lâm Đồng điều tra làm rõ 470/500 vụ, đạt 94%.',
              published => '2024-12-20') > 0 AS corrected_report;
SELECT rank, province, rate, percent, reports FROM rank_members(8, 2024);
-- an older report's figure changes nothing: the same ranking again
SELECT ingest('Năm 2024, Cụm thi đua số 8 họp tổng kết. Công an tỉnh Lâm Đồng điều tra làm rõ 400/500 vụ, đạt 80%.',
              published => '2024-12-01') > 0 AS older_report;
SELECT rank, province, rate, percent, reports FROM rank_members(8, 2024);
SELECT year, period, metric, province, solve_rate_label, chosen, corrected, published, evidence
FROM conflicts ORDER BY province, published NULLS FIRST;
INSERT INTO rate_correction (year, province, solved, total, note) VALUES (2024, 'Lâm Đồng', 401, 500, 'checked');
SELECT rank, province, rate, reports FROM rank_members(8, 2024) WHERE province = 'Lâm Đồng';
SELECT solve_rate_label, chosen, corrected, evidence, why FROM conflicts WHERE province = 'Lâm Đồng' ORDER BY chosen DESC, solved;
TRUNCATE rate_correction;
DELETE FROM report WHERE body LIKE '%Lâm Đồng điều tra làm rõ 4_0/500%';
SELECT count(*) AS conflicts_left FROM conflicts;

-- corrections: remove a member the reports listed, add one they missed
INSERT INTO membership_correction VALUES (8, 2024, 'Đắk Nông', false, 'moved'),
                                         (8, 2024, 'Bình Phước', true, 'joined late');
SELECT province, reports, source FROM membership WHERE cluster_no = 8 AND year = 2024 ORDER BY province;
SELECT rank, province, rate FROM rank_members(8, 2024);
TRUNCATE membership_correction;

-- leaders and deputies by the year they lead; does the cluster pick its best?
SELECT cluster_no, year, role, province, reports FROM leaders ORDER BY role;
SELECT * FROM leader_check(8, 2024);
SELECT * FROM leader_check(8, 2024, method => 'rate');

-- BI views: every column a standard type (a solve rate is its text)
SELECT c.relname AS view, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'clusterdata'::regnamespace AND c.relname LIKE 'bi\_%' AND a.attnum > 0
  AND a.atttypid >= 16384
ORDER BY 1, 2;
SELECT c.relname AS view, string_agg(DISTINCT format_type(a.atttypid, NULL), ', ') AS types
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'clusterdata'::regnamespace AND c.relname LIKE 'bi\_%' AND a.attnum > 0
GROUP BY 1 ORDER BY 1;
SELECT cluster_no, year, period, period_start, period_end, rank, province, province_code, solve_rate_label,
       solved, total, percent, wilson_lower, reports, tied
FROM bi_member_ranking ORDER BY cluster_no, year, period, rank NULLS LAST, province;
-- the view ranks as rank_members does
SELECT count(*) AS ranks_differ
FROM bi_member_ranking b
FULL JOIN rank_members(8, 2024) r ON r.province::text = b.province
WHERE b.period = 'year' AND b.rank IS DISTINCT FROM r.rank;
SELECT cluster_no, year, period, period_start, period_end, metric, province, solved, total, percent,
       wilson_lower, wilson_upper, reports
FROM bi_member_rates ORDER BY metric, province, period;
-- rate facts carry their report's cluster, year and period: a trend is one query
SELECT report_cluster_no, report_year, report_period, period_start, period_end, province, solve_rate_label, percent
FROM bi_facts WHERE kind = 'rate' AND province = 'Khánh Hòa' ORDER BY period_end, report_id;
SELECT * FROM bi_cluster_leaders ORDER BY role;
SELECT kind, province, evidence, evidence_in_context FROM bi_facts
WHERE kind = 'rate' AND province = 'Ninh Thuận' ORDER BY fact_no;

-- a client with the default search_path (no clusterdata on it) and typed
-- parameters, as pgJDBC sends them (varchar), filters, groups, orders and
-- aggregates every BI column
SET search_path = "$user", public;
SELECT province, period, solve_rate_label, percent FROM clusterdata.bi_member_ranking
WHERE solved = 890 AND total = 1000 AND province = 'Khánh Hòa' ORDER BY period;
-- a rate sorts and compares as its numbers (percent, solved, total), never as text
SELECT province, solved, total, percent FROM clusterdata.bi_member_rates
WHERE percent > 89.5 OR solved > 800 ORDER BY percent DESC, total DESC;
SELECT province_ascii, province FROM clusterdata.bi_member_rates WHERE province_ascii = 'Khanh Hoa' LIMIT 1;
PREPARE bi_q(varchar, varchar, numeric) AS
  SELECT province, solve_rate_label FROM clusterdata.bi_member_rates
  WHERE province = $1 AND solve_rate_label = $2 AND percent >= $3;
EXECUTE bi_q('Khánh Hòa', '890/1000', 80);
DEALLOCATE bi_q;
SELECT province, max(solved) AS max_solved, max(percent) AS max_percent, min(period_start) AS first_day,
       sum(solved) AS solved, bool_or(tied) AS any_tie
FROM clusterdata.bi_member_ranking GROUP BY province ORDER BY max(percent) DESC NULLS LAST, province;
SELECT kind, province, solve_rate_label FROM clusterdata.bi_facts
WHERE kind = 'rate' AND province = 'Ninh Thuận' ORDER BY solved, percent;
SET search_path = clusterdata, public;

-- a BI role reads the views and nothing else; writing needs grants it lacks
CREATE ROLE regress_clusterdata_bi;
GRANT USAGE ON SCHEMA clusterdata TO regress_clusterdata_bi;
GRANT SELECT ON bi_member_rates, bi_member_ranking, bi_cluster_leaders, bi_facts TO regress_clusterdata_bi;
SET ROLE regress_clusterdata_bi;
SELECT count(*) > 0 AS reads_ranking FROM clusterdata.bi_member_ranking;
SELECT count(*) > 0 AS reads_facts FROM clusterdata.bi_facts;
\set VERBOSITY sqlstate
SELECT clusterdata.ingest('Công an tỉnh Khánh Hòa làm rõ 1/2 vụ.');
SELECT clusterdata.parse_pending();
SELECT count(*) FROM clusterdata.report;
INSERT INTO clusterdata.membership_correction VALUES (8, 2024, 'Phú Yên');
-- rank_members runs with the caller's rights (no SECURITY DEFINER): without
-- SELECT on the views it reads, it is refused
SELECT count(*) FROM clusterdata.rank_members(8, 2024);
\set VERBOSITY default
RESET ROLE;
GRANT SELECT ON membership, member_scores, leaders TO regress_clusterdata_bi;
SET ROLE regress_clusterdata_bi;
SELECT count(*) > 0 AS ranks_with_the_grants FROM clusterdata.rank_members(8, 2024);
SELECT best_ranked IS NOT NULL AS leader_check_with_the_grants FROM clusterdata.leader_check(8, 2024);
RESET ROLE;
SELECT p.oid::regprocedure AS security_definer FROM pg_proc p
WHERE p.pronamespace = 'clusterdata'::regnamespace AND p.prosecdef;
SELECT p.oid::regprocedure AS no_pinned_search_path FROM pg_proc p
WHERE p.pronamespace = 'clusterdata'::regnamespace AND p.prosqlbody IS NULL
  AND p.prolang IN (SELECT l.oid FROM pg_language l WHERE l.lanname IN ('plpgsql', 'sql'))
  AND p.prokind = 'f' AND NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false);
REVOKE ALL ON ALL TABLES IN SCHEMA clusterdata FROM regress_clusterdata_bi;
REVOKE USAGE ON SCHEMA clusterdata FROM regress_clusterdata_bi;
DROP ROLE regress_clusterdata_bi;

-- a loader role with the grants the README lists can ingest and run the queue
CREATE ROLE regress_clusterdata_loader;
GRANT USAGE ON SCHEMA clusterdata TO regress_clusterdata_loader;
GRANT EXECUTE ON FUNCTION ingest(text, text, date, text, boolean), parse_pending(int),
                          requeue(bigint), parse_stored(bigint) TO regress_clusterdata_loader;
GRANT SELECT, INSERT, UPDATE, DELETE ON report, fact TO regress_clusterdata_loader;
GRANT USAGE ON SEQUENCE report_id_seq TO regress_clusterdata_loader;
SET ROLE regress_clusterdata_loader;
SELECT clusterdata.ingest('Công an tỉnh Khánh Hòa điều tra làm rõ 10/12 vụ, đạt 83,33%.', parse => false) > 0 AS ingested;
SELECT clusterdata.parse_pending() AS parsed;
RESET ROLE;
SELECT count(*) AS loaded_facts FROM fact f JOIN report r ON r.id = f.report_id
WHERE r.body LIKE '%10/12%';
REVOKE ALL ON ALL TABLES IN SCHEMA clusterdata FROM regress_clusterdata_loader;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA clusterdata FROM regress_clusterdata_loader;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA clusterdata FROM regress_clusterdata_loader;
REVOKE USAGE ON SCHEMA clusterdata FROM regress_clusterdata_loader;
DROP ROLE regress_clusterdata_loader;
TRUNCATE report CASCADE;
