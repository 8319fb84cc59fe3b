-- Benchmark: bi_facts for one report of 30 KB and one of 300 KB of rate
-- sentences (our own, a different figure in each), per fact.  The context of
-- each fact (evidence_in_context) is cut from the body indexed once per
-- report, so a fact costs about the same in both: goal, the 300 KB report
-- at most 20x the 30 KB one in all (10x the facts).  Baseline in the same
-- run: the expression of 0.4, which cut the context with substr() from the
-- start of the body for every fact (quadratic in the size of a report).
\set QUIET on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET max_parallel_workers_per_gather = 0;
\i bench/best_ms.sql
TRUNCATE clusterdata.report CASCADE;

-- a report of about kb kilobytes: numbered rate sentences, accented text
CREATE FUNCTION pg_temp.report_of(kb int, seed int) RETURNS text LANGUAGE sql AS $$
  SELECT string_agg(format('Đơn vị số %s của Công an tỉnh Phú Thọ điều tra làm rõ %s/%s vụ, đạt tỷ lệ %s%%. ',
                           i, 1000 + i * 3 + seed, 2000 + i * 4,
                           replace(round((1000 + i * 3 + seed) * 100.0 / (2000 + i * 4), 2)::text, '.', ',')), '')
  FROM generate_series(1, kb * 1024 / 120) i
$$;
SELECT clusterdata.ingest(pg_temp.report_of(30, 1)) AS small \gset
SELECT clusterdata.ingest(pg_temp.report_of(300, 2)) AS large \gset

CREATE TEMP TABLE bench (report text, kb int, facts bigint, ms numeric, old_ms numeric);
INSERT INTO bench
SELECT x.name, (SELECT octet_length(body) / 1024 FROM clusterdata.report WHERE id = x.id),
       (SELECT count(*) FROM clusterdata.fact WHERE report_id = x.id),
       pg_temp.best_ms(format('SELECT count(evidence_in_context) FROM clusterdata.bi_facts WHERE report_id = %s', x.id), 5),
       pg_temp.best_ms(format($q$SELECT count(regexp_replace(substr(r.body, greatest(f.span_start - 59, 1), least(f.span_start, 60)) || '[['
                                 || f.text || ']]' || substr(r.body, f.span_end + 1, 60), '\s+', ' ', 'g'))
                              FROM clusterdata.fact f JOIN clusterdata.report r ON r.id = f.report_id
                              WHERE f.report_id = %s$q$, x.id), 2)
FROM (VALUES ('30 KB', :small), ('300 KB', :large)) x(name, id);

\set QUIET off
SELECT report, kb, facts, ms, round(ms * 1000 / facts, 1) AS us_per_fact,
       old_ms AS ms_0_4, round(old_ms * 1000 / facts, 1) AS us_per_fact_0_4
FROM bench ORDER BY kb;
SELECT round(l.ms / s.ms, 1) AS large_over_small, round(l.ms / s.ms, 1) <= 20 AS goal_at_most_20x,
       round((l.ms / l.facts) / (s.ms / s.facts), 2) AS per_fact_ratio,
       round(l.old_ms / s.old_ms, 1) AS large_over_small_0_4
FROM bench s, bench l WHERE s.kb < 100 AND l.kb >= 100;
