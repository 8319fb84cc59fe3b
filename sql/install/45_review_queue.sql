--------------------------------------------------------------------------------
-- the review queue: which facts to check first
--------------------------------------------------------------------------------

-- What each fact feeds beyond bi_facts, and how much it moves a ranking:
-- 4 the chosen figure of a member with other figures in conflict, 3 a
-- chosen figure, 2 a member of a chosen membership claim or a figure in
-- conflict, 1 any other figure of a member, a leader or deputy, a cluster's
-- stated rate, a seizure; 0 the rest (counts, periods, ...: bi_facts only).
-- Unreviewed facts, lowest confidence first (a kind the model has no data
-- for, confidence NULL, after those it has), then the largest effect; place
-- numbers them in that order.
CREATE VIEW review_queue AS
WITH feeds AS (
    SELECT g.report_id, g.fact_no,
           CASE WHEN g.chosen AND g.conflict THEN 4 WHEN g.chosen THEN 3 WHEN g.conflict THEN 2 ELSE 1 END
             AS effect,
           concat_ws(' ', CASE WHEN g.chosen THEN 'the chosen figure of' ELSE 'a figure of' END,
                     g.province::text, g.metric, g.period, g.year,
                     CASE WHEN g.conflict THEN '(in conflict)' END) AS feeds
    FROM member_figures g
    WHERE g.report_id IS NOT NULL
    UNION ALL
    SELECT f.report_id, f.fact_no, CASE WHEN c.chosen THEN 2 ELSE 1 END,
           concat_ws(' ', 'a member of cluster', c.cluster_no, 'in', c.year,
                     CASE WHEN c.chosen THEN '(membership)' ELSE '(a claim not chosen)' END)
    FROM fact_in_use f
    JOIN report r ON r.id = f.report_id
    JOIN membership_claims c ON c.cluster_no = r.cluster_no AND c.year = r.year AND c.province = f.province
    WHERE f.kind = 'member'
    UNION ALL
    SELECT f.report_id, f.fact_no, 1,
           CASE f.kind WHEN 'rate' THEN 'a cluster''s stated rate (bi_cluster_rates)'
                       WHEN 'seizure' THEN 'a seizure (bi_seizures)'
                       ELSE concat_ws(' ', 'the', f.kind, 'of its cluster (leaders)') END
    FROM fact_in_use f
    WHERE f.kind IN ('leader', 'deputy', 'seizure') OR (f.kind = 'rate' AND f.scope = 'cluster')
), best AS (
    SELECT DISTINCT ON (x.report_id, x.fact_no) x.report_id, x.fact_no, x.effect, x.feeds
    FROM feeds x
    ORDER BY x.report_id, x.fact_no, x.effect DESC
)
SELECT row_number() OVER (ORDER BY f.confidence NULLS LAST, coalesce(b.effect, 0) DESC,
                                   f.report_id, f.fact_no)::int AS place,
       f.report_id, f.fact_no, f.kind, f.metric, f.solved, f.total, f.percent, f.value,
       f.province::text AS province, f.confidence, coalesce(b.effect, 0) AS effect,
       coalesce(b.feeds, 'bi_facts only') AS feeds, f.text AS evidence,
       evidence_in_context(r.body, f.span_start, f.span_end, f.text, 60) AS evidence_in_context,
       f.why, r.source_url, r.cluster_no AS report_cluster_no, r.year AS report_year
FROM fact_reviewed f
JOIN report r ON r.id = f.report_id
LEFT JOIN best b ON b.report_id = f.report_id AND b.fact_no = f.fact_no
WHERE f.status = 'unreviewed'
  AND f.kind NOT IN ('event_date', 'location', 'person', 'source')
ORDER BY place;
COMMENT ON VIEW review_queue IS 'unreviewed facts to check, lowest confidence first, then the largest effect on a ranking (4: a chosen figure in conflict ... 0: bi_facts only), with what each feeds and its evidence in context; review() gives the verdict';
