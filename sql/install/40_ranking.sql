--------------------------------------------------------------------------------
-- what each report is about, membership, the chosen figures, rankings
--------------------------------------------------------------------------------

CREATE VIEW report_meta AS
SELECT r.id AS report_id, r.lang, r.source_url, r.published, r.cluster_no, r.year, r.period,
       r.event_date, r.parsed_at, r.parse_error
FROM report r;
COMMENT ON VIEW report_meta IS 'per report: its cluster, the year and period it reviews, the event date';

-- Every claim that a province is a member of a cluster in a year: the
-- reports about that cluster that list it among the members, and
-- membership_correction (is_member adds a claim, NOT is_member removes one).
-- A province belongs to one cluster a year: one claim is chosen, a
-- correction first, then the claim more reports make, then the one whose
-- latest report is the later (a report's date: published, else its
-- conference's event_date, else the day it was ingested), then the lower
-- cluster number.
CREATE VIEW membership_claims AS
WITH reported AS (
    SELECT r.cluster_no, r.year, f.province, count(DISTINCT f.report_id)::int AS reports,
           array_agg(DISTINCT f.report_id ORDER BY f.report_id) AS report_ids,
           max(coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date)) AS latest
    FROM fact_in_use f JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'member' AND f.province IS NOT NULL AND r.cluster_no IS NOT NULL AND r.year IS NOT NULL
    GROUP BY 1, 2, 3
), claims AS (
    SELECT coalesce(r.cluster_no, c.cluster_no) AS cluster_no, coalesce(r.year, c.year) AS year,
           coalesce(r.province, c.province) AS province, coalesce(r.reports, 0) AS reports,
           coalesce(r.report_ids, '{}') AS report_ids, r.latest, c.is_member AS corrected, c.note
    FROM reported r
    FULL JOIN membership_correction c
      ON c.cluster_no = r.cluster_no AND c.year = r.year AND c.province = r.province
), ordered AS (
    SELECT cl.*,
           row_number() OVER w AS place,
           count(*) OVER (PARTITION BY cl.year, cl.province) AS claims,
           first_value(cl.reports) OVER w AS best_reports,
           first_value(cl.latest) OVER w AS best_latest
    FROM claims cl
    WHERE cl.corrected IS DISTINCT FROM false
    WINDOW w AS (PARTITION BY cl.year, cl.province
                 ORDER BY cl.corrected IS TRUE DESC, cl.reports DESC, cl.latest DESC NULLS LAST, cl.cluster_no)
)
SELECT o.cluster_no, o.year, o.province, o.reports, o.report_ids, o.latest AS latest_report_date,
       o.corrected IS TRUE AS corrected, o.note, o.place = 1 AS chosen, o.claims::int AS claims,
       CASE WHEN o.claims = 1 THEN 'the only claim'
            WHEN o.place > 1 THEN 'another claim comes first'
            WHEN o.corrected THEN 'membership_correction'
            WHEN o.reports > (SELECT max(x.reports) FROM claims x
                              WHERE x.year = o.year AND x.province = o.province
                                AND x.cluster_no <> o.cluster_no AND x.corrected IS DISTINCT FROM false)
                 THEN 'more reports list it'
            WHEN o.latest > (SELECT max(x.latest) FROM claims x
                             WHERE x.year = o.year AND x.province = o.province
                               AND x.cluster_no <> o.cluster_no AND x.corrected IS DISTINCT FROM false
                               AND x.reports = o.reports)
                 THEN 'a later report lists it'
            ELSE 'the lower cluster number' END AS why
FROM ordered o;
COMMENT ON VIEW membership_claims IS 'every claim that a province belongs to a cluster in a year (reports listing it, membership_correction), with the one chosen (a province is in one cluster a year) and why';

CREATE VIEW membership AS
SELECT c.cluster_no, c.year, c.province, c.reports,
       CASE WHEN c.corrected THEN 'correction' ELSE 'report' END AS source
FROM membership_claims c
WHERE c.chosen;
COMMENT ON VIEW membership IS 'members of each cluster by year: from the reports'' member facts, with membership_correction applied; a province is in one cluster a year (membership_claims chooses)';

-- provinces two clusters claim in one year: every claim, the chosen one
-- marked, with the reports behind it (plain types, for BI tools too)
CREATE VIEW membership_conflicts AS
SELECT c.year, c.province::text AS province, province_ascii(c.province) AS province_ascii,
       province_code(c.province) AS province_code, c.cluster_no, c.chosen, c.why, c.reports,
       array_to_string(c.report_ids, ', ') AS report_ids, c.latest_report_date, c.corrected, c.note
FROM membership_claims c
WHERE c.claims > 1;
COMMENT ON VIEW membership_conflicts IS 'provinces claimed by more than one cluster in a year: each claim with its reports, and which one membership keeps and why';

-- Every province figure with a fraction, from the reports and the
-- corrections.  One of each year, period, province and metric is chosen: a
-- correction first; then a report of the cluster the province belongs to
-- that year (membership) before a report of another cluster; then the
-- report with the later date (published, else its conference's event_date,
-- else the day it was ingested), then the one ingested last.  A figure is
-- in conflict when the others differ from it.
CREATE VIEW member_figures AS
WITH f AS (
    SELECT r.year, r.period, f.province, f.metric, f.rate, f.percent,
           f.report_id, f.fact_no, f.text AS evidence, r.published, r.ingested_at, false AS corrected,
           r.cluster_no AS report_cluster_no,
           coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date) AS report_date
    FROM fact_in_use f
    JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'rate' AND f.scope = 'province' AND f.province IS NOT NULL
      AND f.rate IS NOT NULL AND r.year IS NOT NULL AND r.period IS NOT NULL
    UNION ALL
    SELECT c.year, c.period, c.province, c.metric, solve_rate(c.solved, c.total),
           percent(solve_rate(c.solved, c.total), 2), NULL, NULL, c.note, NULL, NULL, true, NULL, NULL
    FROM rate_correction c
), w AS (
    SELECT f.*, solved(f.rate) AS solved, total(f.rate) AS total, ms.cluster_no AS member_of,
           coalesce(f.report_cluster_no = ms.cluster_no, false) AS own,
           row_number() OVER (PARTITION BY f.year, f.period, f.province, f.metric
                              ORDER BY f.corrected DESC, coalesce(f.report_cluster_no = ms.cluster_no, false) DESC,
                                       f.report_date DESC NULLS LAST, f.ingested_at DESC NULLS LAST,
                                       f.report_id DESC NULLS LAST, f.fact_no) AS pick
    FROM f
    LEFT JOIN membership ms ON ms.year = f.year AND ms.province = f.province
)
SELECT w.year, w.period, w.province, w.metric, w.rate, w.solved, w.total, w.percent,
       w.report_id, w.fact_no, w.published, w.corrected, w.evidence,
       w.pick = 1 AS chosen,
       min(w.solved) OVER k <> max(w.solved) OVER k OR min(w.total) OVER k <> max(w.total) OVER k
         AS conflict,
       count(*) OVER (PARTITION BY w.year, w.period, w.province, w.metric, w.solved, w.total)::int
         AS same_figure,
       w.report_cluster_no, w.member_of, w.own AS own_cluster_report, w.report_date,
       CASE WHEN w.corrected THEN 'rate_correction'
            WHEN w.own THEN 'a report of its own cluster'
            WHEN w.member_of IS NULL THEN 'a report (no cluster lists it this year)'
            ELSE 'a report of another cluster' END
         || CASE WHEN w.corrected THEN '' ELSE coalesce(', dated ' || w.report_date::text, '') END AS source
FROM w
WINDOW k AS (PARTITION BY w.year, w.period, w.province, w.metric);
COMMENT ON VIEW member_figures IS 'every province rate with a fraction, from reports and rate_correction, with the one chosen for its year, period and metric (a correction, else a report of the cluster it belongs to, else the latest report by published, event or ingestion date) and whether other figures conflict with it';

-- the chosen figure of each province, year, period and metric, with the
-- reports that state that same figure
CREATE VIEW member_rate_facts AS
SELECT g.year, g.period, g.province, g.metric, g.rate, g.percent,
       (SELECT array_agg(DISTINCT s.report_id ORDER BY s.report_id) FILTER (WHERE s.report_id IS NOT NULL)
        FROM member_figures s
        WHERE s.year = g.year AND s.period = g.period AND s.province = g.province
          AND s.metric = g.metric AND s.solved = g.solved AND s.total = g.total) AS report_ids
FROM member_figures g WHERE g.chosen;
COMMENT ON VIEW member_rate_facts IS 'one rate per province, year, period and metric: the figure member_figures chose, with the reports that state it';

CREATE VIEW conflicts AS
SELECT g.year, g.period, g.metric, g.province::text AS province, g.rate::text AS solve_rate_label,
       g.solved, g.total, g.percent, g.chosen, g.corrected, g.report_id, r.source_url, g.published,
       g.evidence, province_ascii(g.province) AS province_ascii, g.member_of AS cluster_no,
       g.report_cluster_no, g.report_date, g.source,
       CASE WHEN g.chosen THEN 'chosen: ' || g.source
            ELSE 'not chosen: ' || g.source END AS why
FROM member_figures g LEFT JOIN report r ON r.id = g.report_id
WHERE g.conflict;
COMMENT ON VIEW conflicts IS 'figures reports give differently for the same province, year, period and metric, each with its evidence and source; chosen marks the one rankings use, why says what it is';

-- members' chosen figures by cluster (set-based: read by every ranking)
CREATE VIEW member_scores AS
SELECT ms.cluster_no, g.year, g.period, g.metric, g.province, g.rate, g.same_figure AS reports,
       wilson_lower(g.rate) AS wl
FROM member_figures g
JOIN membership ms ON ms.year = g.year AND ms.province = g.province
WHERE g.chosen;
COMMENT ON VIEW member_scores IS 'the chosen figure of every cluster member by year, period and metric, with its Wilson lower bound';


-- rank_members: within one period (year by default); one figure per member
-- and metric (member_figures); percent with 2 decimals and Wilson bounds as
-- float8 rounded to 4 places, as in the BI views.  It runs with its
-- caller's rights: a role needs SELECT on membership and member_scores
-- (views, which read the tables with their owner's rights).
CREATE FUNCTION rank_members(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson', weights jsonb DEFAULT NULL,
                             period text DEFAULT 'year',
                             OUT rank int, OUT province province, OUT rate solve_rate,
                             OUT percent numeric, OUT wilson_lower float8, OUT wilson_upper float8,
                             OUT score float8, OUT reports int, OUT tied boolean)
RETURNS SETOF record
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    w jsonb := coalesce(weights, '{"criminal": 0.5, "serious": 0.3, "drug": 0.2}');
    p text := rank_members.period;
BEGIN
    -- NULL is no method or metric: an error, not a silent fallback
    IF method IS NULL OR method NOT IN ('rate', 'wilson', 'composite') THEN
        RAISE EXCEPTION 'unknown ranking method "%"', coalesce(method, 'NULL')
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use rate, wilson or composite.';
    END IF;
    IF metric IS NULL OR metric NOT IN ('criminal', 'serious', 'drug', 'economic', 'corruption', 'other') THEN
        RAISE EXCEPTION 'unknown metric "%"', coalesce(metric, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use criminal, serious, drug, economic, corruption or other.';
    END IF;
    IF p IS NULL OR p NOT IN ('year', '9M', 'H1', 'Q1', 'Q2', 'Q3', 'Q4') THEN
        RAISE EXCEPTION 'unknown period "%"', coalesce(p, 'NULL')
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use year, 9M, H1, Q1, Q2, Q3 or Q4.';
    END IF;
    -- weights are checked whatever the method (a weight is cast only once
    -- it is known to be a number)
    IF jsonb_typeof(w) IS DISTINCT FROM 'object' OR EXISTS (
            SELECT 1 FROM jsonb_each(w) e
            WHERE CASE WHEN jsonb_typeof(e.value) = 'number' THEN e.value::text::float8 < 0::float8
                       ELSE true END) THEN
        RAISE EXCEPTION 'weights must be a JSON object of non-negative numbers by metric'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    WITH members AS (
        SELECT ms.province FROM clusterdata.membership ms
        WHERE ms.cluster_no = rank_members.cluster_no AND ms.year = rank_members.year
    ),
    figures AS (
        SELECT s.province, s.metric, s.rate, s.reports, s.wl FROM clusterdata.member_scores s
        WHERE s.cluster_no = rank_members.cluster_no AND s.year = rank_members.year AND s.period = p
    ),
    scored AS (
        SELECT m.province, f.rate AS r, coalesce(f.reports, 0) AS n,
               CASE method
                   WHEN 'rate' THEN clusterdata.rate(f.rate)
                   WHEN 'wilson' THEN f.wl
                   ELSE (SELECT CASE WHEN count(c.rate) > 0 THEN
                                  sum(coalesce(c.wl, 0::float8) * (w ->> c.metric)::float8)
                                    / nullif((SELECT sum(e.value::text::float8) FROM jsonb_each(w) e), 0::float8)
                                END
                         FROM figures c
                         WHERE c.province OPERATOR(clusterdata.=) m.province AND w ? c.metric)
               END AS s
        FROM members m
        LEFT JOIN figures f ON f.province OPERATOR(clusterdata.=) m.province AND f.metric = rank_members.metric
    )
    SELECT CASE WHEN sc.s IS NULL THEN NULL
                ELSE (rank() OVER (ORDER BY sc.s DESC NULLS LAST))::int END,
           sc.province, sc.r, clusterdata.percent(sc.r, 2),
           round(clusterdata.wilson_lower(sc.r, 0.95::float8) * 10000::float8) / 10000::float8,
           round(clusterdata.wilson_upper(sc.r, 0.95::float8) * 10000::float8) / 10000::float8,
           sc.s, sc.n,
           sc.s IS NOT NULL AND count(*) OVER (PARTITION BY sc.s) > 1
    FROM scored sc
    ORDER BY sc.s DESC NULLS LAST, sc.province;
END
$$;
COMMENT ON FUNCTION rank_members(int, int, text, text, jsonb, text) IS 'members of a cluster in a year and period (year by default) ranked by their chosen solve rate (member_figures): method rate (point estimate), wilson (lower 95% bound) or composite (weighted Wilson lower bounds over metrics); members without data last, with rank NULL';

-- ties between leaders go to the one reported first (by ingestion time:
-- on the distributed layout ids follow no order)
CREATE VIEW leaders AS
SELECT m.cluster_no, f.year, f.kind AS role, f.province,
       count(DISTINCT f.report_id)::int AS reports, min(f.report_id) AS first_report,
       min(r.ingested_at) AS first_ingested
FROM fact_in_use f JOIN report_meta m USING (report_id) JOIN report r ON r.id = f.report_id
WHERE f.kind IN ('leader', 'deputy') AND m.cluster_no IS NOT NULL AND f.year IS NOT NULL
GROUP BY 1, 2, 3, 4;
COMMENT ON VIEW leaders IS 'reported leaders and deputies of each cluster by the year they lead, with when the first report naming them was ingested';

-- the next year in bigint, so that year 2147483647 is no overflow in any
-- plan (a parallel plan may evaluate it on an empty table).  (PL/pgSQL:
-- Citus plans no SQL function with parameters over distributed tables.)
-- With its caller's rights, as rank_members: it reads leaders too.
CREATE FUNCTION leader_check(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson',
                             OUT best_ranked province, OUT chosen_leader province,
                             OUT agrees boolean)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    best_ranked := (SELECT r.province
                    FROM clusterdata.rank_members($1, $2, $3, $4, NULL::jsonb, 'year'::text) r
                    WHERE r.rank = 1 AND NOT r.tied);
    chosen_leader := (SELECT ld.province FROM clusterdata.leaders ld
                      WHERE ld.cluster_no = $1 AND ld.year = $2::bigint + 1 AND ld.role = 'leader'
                      ORDER BY ld.reports DESC, ld.first_ingested, ld.first_report LIMIT 1);
    agrees := CASE WHEN best_ranked IS NOT NULL AND chosen_leader IS NOT NULL
                   THEN best_ranked OPERATOR(clusterdata.=) chosen_leader END;
END
$$;
COMMENT ON FUNCTION leader_check(int, int, text, text) IS 'the member ranked first in a year (no tie) and the leader the cluster chose for the next year, and whether they agree (NULL when either is unknown)';
