-- clusterdata demo: run by demo/run.sh (for scripts/demo.sh and
-- test/demo_test.sh) after the sample reports (demo/reports) are ingested
-- with clusterdata.ingest().
\set QUIET on
\pset footer off
SET search_path = clusterdata, public;

\echo
\echo '== The reports: language, cluster, period and parse state'
SELECT report_id AS id, lang, cluster_no AS cluster, year, period, event_date,
       (SELECT count(*) FROM fact f WHERE f.report_id = m.report_id) AS facts,
       coalesce(parse_error, 'ok') AS parse, source_url AS source
FROM report_meta m ORDER BY report_id;

\echo '== Cluster 2 in 2024: members ranked by the Wilson lower bound of their solve rate for the year'
\echo '   (one figure per member: Lào Cai''s 412/450, stated by two reports, counts once; Lai Châu''s 27/28'
\echo '   is the best point estimate but rests on few cases; Sơn La reported nothing)'
SELECT rank, province, rate AS solve_rate, percent,
       round(wilson_lower::numeric, 4) AS wilson_lower, round(wilson_upper::numeric, 4) AS wilson_upper,
       reports, tied
FROM rank_members(2, 2024, period => 'year');

\echo '== The same members ranked by the point estimate'
SELECT rank, province, rate AS solve_rate, percent FROM rank_members(2, 2024, method => 'rate');

\echo '== Like for like: cluster 4 in 2024, ranked for the year (the Hindi report) and for the first half (the Polish one)'
SELECT p.period, r.rank, r.province, r.rate AS solve_rate, r.percent, r.reports
FROM (VALUES (1, 'year'), (2, 'H1')) AS p(n, period),
     LATERAL rank_members(4, 2024, period => p.period) AS r
ORDER BY p.n, r.rank NULLS LAST, r.province::text;

\echo '== Provinces two clusters claim in one year: the claim membership keeps, and why'
\echo '   (the Korean report lists Đà Nẵng, Quảng Nam and Quảng Ngãi in cluster 5; cluster 7''s two reports in cluster 7)'
SELECT year, province, cluster_no, chosen, why, reports, report_ids
FROM membership_conflicts ORDER BY year, province, chosen DESC;

\echo '== Each cluster''s stated total beside its members pooled, and how many members have a figure'
SELECT cluster_no, year, period, metric, stated_solved || '/' || stated_total AS stated,
       pooled_solved || '/' || pooled_total AS pooled, stated_percent, pooled_percent,
       members_with_data || ' of ' || members AS members_with_data
FROM bi_cluster_rates WHERE metric = 'criminal' ORDER BY cluster_no, year, period;

\echo '== Leaders and deputies the clusters chose, by year of leadership'
SELECT cluster_no AS cluster, year, role, province, province_code, reports FROM bi_cluster_leaders
ORDER BY cluster_no, year, role DESC;

\echo '== Did each cluster choose its best-ranked member?'
SELECT c.cluster_no AS cluster, c.year, l.best_ranked, l.chosen_leader, l.agrees
FROM (SELECT DISTINCT cluster_no, year FROM membership) c, LATERAL leader_check(c.cluster_no, c.year) l
ORDER BY 1;

\echo '== Province rates with their evidence, [[marked]] in the report text'
SELECT report_id AS id, province, metric, solve_rate_label AS solve_rate, percent, scope,
       substr(evidence_in_context, greatest(strpos(evidence_in_context, '[[') - 30, 1), 110) AS evidence
FROM bi_facts WHERE kind = 'rate' ORDER BY report_id, fact_no;

\echo '== Amounts seized: facts of their own (value, unit, what), never counts of cases'
SELECT report_id AS id, province, value, unit, seized FROM bi_seizures ORDER BY report_id, fact_no;

\echo '== Other facts: place, officials, leadership, source'
SELECT report_id AS id, kind, coalesce(province, '') AS province, coalesce(detail, metric, '') AS detail,
       evidence
FROM bi_facts WHERE kind IN ('location', 'person', 'leader', 'deputy', 'source')
ORDER BY report_id, fact_no;

\echo '== Exact arithmetic: a printed percentage checked against solved/total'
SELECT r AS solve_rate, reported, check_percent(r, reported)
FROM (VALUES ('1087/1201'::solve_rate, 90.51), ('412/450', 91.6), ('298/322', 93.1)) v(r, reported);
