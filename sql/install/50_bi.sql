--------------------------------------------------------------------------------
-- views for BI tools
--------------------------------------------------------------------------------

-- BI views: plain types only (text, int, bigint, numeric, date, bool), so a
-- client with the default search_path selects, filters, groups and orders
-- every column; a solve rate is solved and total (bigint) and percent
-- (numeric, 2 decimals), which sort and sum as numbers, with
-- solve_rate_label ("890/1000") for display only; Wilson bounds are float8
-- rounded to 4 places (one type everywhere, rank_members included); a
-- province is its Vietnamese name, its ISO code and its name without
-- diacritics (province_ascii, last, so that WHERE province_ascii = 'Lao Cai'
-- works from any keyboard).
CREATE VIEW bi_member_rates AS
SELECT s.cluster_no, s.year, s.period, period_start(s.year, s.period) AS period_start,
       period_end(s.year, s.period) AS period_end, s.metric, s.province::text AS province,
       province_code(s.province) AS province_code,
       s.rate::text AS solve_rate_label, solved(s.rate) AS solved, total(s.rate) AS total,
       percent(s.rate, 2) AS percent,
       round(s.wl * 10000) / 10000 AS wilson_lower,
       round(wilson_upper(s.rate) * 10000) / 10000 AS wilson_upper, s.reports,
       province_ascii(s.province) AS province_ascii
FROM member_scores s;
COMMENT ON VIEW bi_member_rates IS 'the chosen solve rate of every cluster member by cluster, year, period and metric (one figure each: member_figures), plain types only';

CREATE VIEW bi_member_ranking AS
WITH ms AS MATERIALIZED (
    SELECT m.cluster_no, m.year, m.province FROM membership m
), s AS MATERIALIZED (
    -- the chosen criminal-case figures of the members (as member_scores;
    -- member_of is the province's cluster that year, from membership)
    SELECT g.member_of AS cluster_no, g.year, g.period, g.province, g.rate, g.same_figure AS reports,
           wilson_lower(g.rate) AS wl
    FROM member_figures g
    WHERE g.chosen AND g.metric = 'criminal' AND g.member_of IS NOT NULL
), cells AS (
    -- every member in the full year, and in each period some member has figures for
    SELECT ms.cluster_no, ms.year, pr.period, ms.province
    FROM ms
    JOIN (SELECT DISTINCT m.cluster_no, m.year, 'year'::text AS period FROM ms m
          UNION
          SELECT DISTINCT s.cluster_no, s.year, s.period FROM s) pr
      ON pr.cluster_no = ms.cluster_no AND pr.year = ms.year
), scored AS (
    -- each cell with its member's figure if it has one (every figure is a
    -- cell's: its member and period are among the cells), the two gathered
    -- and sorted rather than joined: the planner cannot tell how many
    -- figures there are (it took one for thousands, and a nested loop read
    -- all of them again for every cell)
    SELECT DISTINCT ON (x.cluster_no, x.year, x.period, x.province)
           x.cluster_no, x.year, x.period, x.province, x.rate, x.reports, x.wl
    FROM (SELECT s.cluster_no, s.year, s.period, s.province, s.rate, s.reports, s.wl, 0 AS cell_only FROM s
          UNION ALL
          SELECT c.cluster_no, c.year, c.period, c.province, NULL, 0, NULL, 1 FROM cells c) x
    ORDER BY x.cluster_no, x.year, x.period, x.province, x.cell_only
)
SELECT sc.cluster_no, sc.year, sc.period, period_start(sc.year, sc.period) AS period_start,
       period_end(sc.year, sc.period) AS period_end,
       CASE WHEN sc.wl IS NOT NULL THEN
            (rank() OVER (PARTITION BY sc.cluster_no, sc.year, sc.period ORDER BY sc.wl DESC NULLS LAST))::int
       END AS rank,
       sc.province::text AS province, province_code(sc.province) AS province_code,
       sc.rate::text AS solve_rate_label, solved(sc.rate) AS solved, total(sc.rate) AS total,
       percent(sc.rate, 2) AS percent, round(sc.wl * 10000) / 10000 AS wilson_lower,
       round(wilson_upper(sc.rate) * 10000) / 10000 AS wilson_upper, sc.reports,
       -- the rows that share this one's score: its peers in the rank's own order (one sort for both)
       sc.wl IS NOT NULL AND count(*) OVER (PARTITION BY sc.cluster_no, sc.year, sc.period ORDER BY sc.wl DESC NULLS LAST
                                            RANGE BETWEEN CURRENT ROW AND CURRENT ROW) > 1 AS tied,
       province_ascii(sc.province) AS province_ascii
FROM scored sc;
COMMENT ON VIEW bi_member_ranking IS 'members of every cluster, year and period ranked by the Wilson lower bound of their chosen criminal-case solve rate (as rank_members), plain types only';

CREATE VIEW bi_cluster_leaders AS
SELECT cluster_no, year, role, province::text AS province, province_code(province) AS province_code,
       reports, province_ascii(province) AS province_ascii
FROM leaders;
COMMENT ON VIEW bi_cluster_leaders IS 'reported cluster leaders and deputies by year of leadership';


-- the context of each fact is cut by evidence_in_context, which indexes a
-- report's body once for all its facts: reading a report's facts grows
-- linearly with its size
CREATE VIEW bi_facts AS
SELECT f.report_id, f.fact_no, f.kind, f.metric, f.solved, f.total, f.rate::text AS solve_rate_label,
       round(f.percent, 2) AS percent,
       f.qualifier, f.value, f.province::text AS province, f.cluster_no, f.year, f.scope, f.detail,
       f.span_start, f.span_end, f.text AS evidence,
       evidence_in_context(r.body, f.span_start, f.span_end, f.text, 60) AS evidence_in_context,
       r.source_url, m.event_date, m.published, f.why,
       m.cluster_no AS report_cluster_no, m.year AS report_year, m.period AS report_period,
       period_start(m.year, m.period) AS period_start, period_end(m.year, m.period) AS period_end,
       province_ascii(f.province) AS province_ascii,
       f.confidence, f.status, f.stated_solved, f.stated_total, f.stated_percent, f.stated_value,
       f.review_note, f.reviewed_by, (f.reviewed_at AT TIME ZONE 'UTC')::date AS reviewed_on
FROM fact_reviewed f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id;
COMMENT ON VIEW bi_facts IS 'every fact with its evidence, marked [[like this]] in up to 60 characters of context on each side (white space collapsed), the cluster, year and period of its report, and its review status (a corrected figure in place, the stated one in stated_*; rejected facts are shown, and used nowhere else)';

-- A cluster's own figure beside its members pooled: the cluster-wide rate
-- its reports state (scope cluster; the latest report's by published, event
-- or ingestion date), and the sum of its members' chosen figures
-- (member_scores), with how many members the cluster has and how many of
-- them have a figure, so that a chart shows what a ranking rests on and
-- whether the stated total and the members agree.
CREATE VIEW bi_cluster_rates AS
WITH stated AS (
    SELECT r.cluster_no, r.year, r.period, f.metric, f.rate, f.percent, f.report_id,
           row_number() OVER (PARTITION BY r.cluster_no, r.year, r.period, f.metric
                              ORDER BY coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date) DESC,
                                       r.ingested_at DESC, f.report_id DESC, f.fact_no) AS pick
    FROM fact_in_use f JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'rate' AND f.scope = 'cluster' AND (f.rate IS NOT NULL OR f.percent IS NOT NULL)
      AND f.metric IS NOT NULL AND r.cluster_no IS NOT NULL AND r.year IS NOT NULL AND r.period IS NOT NULL
), pooled AS (
    SELECT s.cluster_no, s.year, s.period, s.metric, sum(s.rate) AS rate, count(*)::int AS members_with_data
    FROM member_scores s
    GROUP BY 1, 2, 3, 4
), cells AS (
    SELECT st.cluster_no, st.year, st.period, st.metric FROM stated st WHERE st.pick = 1
    UNION
    SELECT p.cluster_no, p.year, p.period, p.metric FROM pooled p
), members AS (
    SELECT m.cluster_no, m.year, count(*)::int AS members FROM membership m GROUP BY 1, 2
)
SELECT c.cluster_no, c.year, c.period, period_start(c.year, c.period) AS period_start,
       period_end(c.year, c.period) AS period_end, c.metric,
       solved(st.rate) AS stated_solved, total(st.rate) AS stated_total,
       coalesce(percent(st.rate, 2), round(st.percent, 2)) AS stated_percent,
       solved(p.rate) AS pooled_solved, total(p.rate) AS pooled_total, percent(p.rate, 2) AS pooled_percent,
       coalesce(m.members, 0) AS members, coalesce(p.members_with_data, 0) AS members_with_data,
       solved(st.rate) - solved(p.rate) AS solved_difference,
       total(st.rate) - total(p.rate) AS total_difference,
       coalesce(percent(st.rate, 2), round(st.percent, 2)) - percent(p.rate, 2) AS percent_difference,
       st.report_id AS stated_report_id
FROM cells c
LEFT JOIN stated st ON st.pick = 1 AND st.cluster_no = c.cluster_no AND st.year = c.year
     AND st.period = c.period AND st.metric = c.metric
LEFT JOIN pooled p ON p.cluster_no = c.cluster_no AND p.year = c.year AND p.period = c.period
     AND p.metric = c.metric
LEFT JOIN members m ON m.cluster_no = c.cluster_no AND m.year = c.year;
COMMENT ON VIEW bi_cluster_rates IS 'per cluster, year, period and metric: the cluster-wide rate its reports state and its members'' chosen figures pooled, with members, members_with_data and the differences (stated minus pooled), plain types only';

-- Amounts seized (facts of kind seizure): one row each, with its unit and
-- what was seized, the province it is about (when the clause names one) and
-- the cluster, year and period of its report, so that a chart sums seizures
-- by unit without mixing them with counts of cases or people.
CREATE VIEW bi_seizures AS
SELECT f.report_id, f.fact_no, f.value, f.metric AS unit, f.detail AS seized,
       f.province::text AS province, province_code(f.province) AS province_code, f.scope,
       m.cluster_no AS report_cluster_no, m.year AS report_year, m.period AS report_period,
       period_start(m.year, m.period) AS period_start, period_end(m.year, m.period) AS period_end,
       f.text AS evidence, r.source_url, m.event_date, m.published,
       province_ascii(f.province) AS province_ascii
FROM fact_in_use f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id
WHERE f.kind = 'seizure';
COMMENT ON VIEW bi_seizures IS 'amounts seized (facts of kind seizure): value, unit, what was seized, province, and the cluster, year and period of the report, plain types only';
