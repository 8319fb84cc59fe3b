-- The analyst's loop: confidence on every fact, the review queue, verdicts
-- (accept, reject, correct) that survive re-parsing, and what they change in
-- membership, the chosen figures, rank_members, leader_check and the BI
-- views; who may review.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
TRUNCATE report CASCADE;
TRUNCATE review;

-- two reports of cluster 12 for 2024 (our own sentences)
SELECT ingest('Cụm thi đua số 12 gồm Công an các tỉnh Lạng Sơn, Cao Bằng, Bắc Kạn tổ chức hội nghị tổng kết năm 2024. '
              'Công an tỉnh Lạng Sơn điều tra làm rõ 610/700 vụ, đạt tỷ lệ 87,14%. '
              'Công an tỉnh Cao Bằng điều tra làm rõ 450/500 vụ, đạt tỷ lệ 90%. '
              'Công an tỉnh Bắc Kạn điều tra làm rõ 300/350 vụ, đạt tỷ lệ 85,71%. '
              'Hội nghị bầu Công an tỉnh Cao Bằng là Cụm trưởng năm 2025.', 'review:a', '2025-01-10') > 0 AS stored;
SELECT ingest('Cluster No. 12 (Lang Son, Cao Bang and Bac Kan police) met in Lang Son to review 2024. '
              'The police of Bac Kan solved 330/350 cases, a rate of 94.29%.', 'review:b', '2025-01-05') > 0 AS stored;
SELECT parse_pending() AS parsed;

-- every fact has a confidence in [0, 1] where the model has data for its kind
SELECT kind, count(*) AS facts, count(confidence) AS with_confidence,
       bool_and(confidence BETWEEN 0 AND 1) AS in_range
FROM fact_reviewed GROUP BY kind ORDER BY kind;
-- parse_report gives each fact the confidence fact_confidence gives it stored
SELECT f.kind, f.metric, f.confidence BETWEEN 0 AND 1 AS in_range,
       f.confidence = fact_confidence(f.kind, f.metric, f.why, f.qualifier, f.scope,
                                      f.percent IS NOT NULL, f.solved IS NOT NULL AND f.total IS NOT NULL) AS same
FROM parse_report('Công an tỉnh Lạng Sơn điều tra làm rõ 610/700 vụ, đạt tỷ lệ 87,14%.') f;
SELECT count(*) AS facts, count(*) FILTER (WHERE p.confidence IS NOT DISTINCT FROM s.confidence) AS same_stored
FROM report r
CROSS JOIN LATERAL parse_report(r.body, r.lang) WITH ORDINALITY
     AS p(kind, metric, solved, total, rate, percent, qualifier, value, province, cluster_no, year,
          span_start, span_end, text, scope, detail, why, confidence, n)
JOIN fact_reviewed s ON s.report_id = r.id AND s.fact_no = p.n;
SELECT fact_confidence(NULL, NULL, NULL, NULL, NULL, NULL, NULL) IS NULL AS no_kind,
       fact_confidence('person', NULL, NULL, NULL, NULL, false, false) IS NULL AS no_model;

-- the chosen figures and the ranking before any review: Bắc Kạn has two
-- figures (300/350 in its cluster's Vietnamese report, 330/350 in the
-- English one, published earlier)
SELECT province, solved, total, chosen, conflict FROM member_figures ORDER BY province, solved;
SELECT rank, province, rate FROM rank_members(12, 2024);
-- the review queue is not empty, lowest confidence and largest effect first
SELECT count(*) > 0 AS has_facts, bool_and(place > 0) AS numbered FROM review_queue;
SELECT kind, province, effect, feeds FROM review_queue
WHERE kind = 'rate' ORDER BY place;
SELECT bool_and(coalesce(a.confidence, 2) <= coalesce(b.confidence, 2)) AS confidence_ascending
FROM review_queue a JOIN review_queue b ON b.place = a.place + 1;

-- reject Lạng Sơn's rate: it leaves the figures, the ranking and the BI views
SELECT fact_no AS ls_fact FROM fact f JOIN report r ON r.id = f.report_id
WHERE r.source_url = 'review:a' AND f.kind = 'rate' AND f.province = 'Lạng Sơn' \gset
SELECT id AS a_id FROM report WHERE source_url = 'review:a' \gset
SELECT verdict, reviewed_by = current_user AS by_me, reviewed_at IS NOT NULL AS dated
FROM review(:a_id, :ls_fact, 'reject', 'the fraction is of another year');
SELECT province, solved, total FROM member_figures ORDER BY province, solved;
SELECT rank, province, rate FROM rank_members(12, 2024);
SELECT province, solved, total FROM bi_member_rates WHERE cluster_no = 12 ORDER BY province;
SELECT province, status, solved, total FROM bi_facts WHERE kind = 'rate' ORDER BY province, report_id;
-- it is out of the queue
SELECT count(*) AS rejected_in_queue FROM review_queue WHERE report_id = :a_id AND fact_no = :ls_fact;

-- correct Cao Bằng's rate: the corrected figure is used, the stated one kept
SELECT fact_no AS cb_fact FROM fact WHERE report_id = :a_id AND kind = 'rate' AND province = 'Cao Bằng' \gset
SELECT verdict, solved, total FROM review(:a_id, :cb_fact, 'correct', 'misprint: 405 solved', 405, 500);
SELECT province, status, solved, total, percent, stated_solved, stated_percent
FROM fact_reviewed WHERE kind = 'rate' AND province = 'Cao Bằng';
SELECT rank, province, rate FROM rank_members(12, 2024);
-- a second verdict on the same fact replaces the first
SELECT verdict, solved FROM review(:a_id, :cb_fact, 'accept');
SELECT province, verdict FROM fact_reviewed f JOIN review v ON v.report_id = f.report_id AND v.kind = f.kind
     AND v.span_start = f.span_start AND v.span_end = f.span_end
WHERE f.report_id = :a_id AND f.kind = 'rate' ORDER BY province;
SELECT rank, province, rate FROM rank_members(12, 2024);

-- verdicts survive requeue() and parse_pending(): fact_no may change, the identity does not
SELECT requeue(:a_id) AS requeued;
SELECT parse_pending() AS parsed;
SELECT province, status FROM fact_reviewed WHERE kind = 'rate' AND report_id = :a_id ORDER BY province;
SELECT rank, province, rate FROM rank_members(12, 2024);
SELECT count(*) AS unmatched FROM review_unmatched;

-- rejecting a member takes it out of membership, and of the ranking
SELECT fact_no AS bk_member FROM fact WHERE report_id = :a_id AND kind = 'member' AND province = 'Bắc Kạn' \gset
SELECT id AS b_id FROM report WHERE source_url = 'review:b' \gset
SELECT fact_no AS bk_member_b FROM fact WHERE report_id = :b_id AND kind = 'member' AND province = 'Bắc Kạn' \gset
SELECT verdict FROM review(:a_id, :bk_member, 'reject');
SELECT verdict FROM review(:b_id, :bk_member_b, 'reject');
SELECT province FROM membership WHERE cluster_no = 12 AND year = 2024 ORDER BY province;
SELECT rank, province FROM rank_members(12, 2024);
-- rejecting the leader: leader_check no longer knows the leader
SELECT chosen_leader FROM leader_check(12, 2024);
SELECT fact_no AS leader_fact FROM fact WHERE report_id = :a_id AND kind = 'leader' \gset
SELECT verdict FROM review(:a_id, :leader_fact, 'reject');
SELECT chosen_leader FROM leader_check(12, 2024);

-- a verdict whose fact is gone is listed, not lost
DELETE FROM report WHERE id = :b_id;
SELECT kind, verdict, report_gone FROM review_unmatched ORDER BY kind;

-- what is refused, with its SQLSTATE
\set VERBOSITY sqlstate
SELECT review(:a_id, :cb_fact, 'maybe');
SELECT review(:a_id, :cb_fact, NULL);
SELECT review(:a_id, 9999, 'accept');
SELECT review(NULL, :cb_fact, 'accept');
SELECT review(:a_id, :cb_fact, 'correct');
SELECT review(:a_id, :cb_fact, 'correct', NULL, 600, 500);
SELECT review(:a_id, :cb_fact, 'correct', NULL, 5, 0);
SELECT review(:a_id, :cb_fact, 'correct', NULL, NULL, NULL, 12);
SELECT review(:a_id, :cb_fact, 'accept', NULL, 1, 2);
SELECT review(:a_id, :bk_member, 'correct', NULL, NULL, NULL, 1);
INSERT INTO review (report_id, kind, span_start, span_end, evidence, fact_key, verdict)
VALUES (:a_id, 'rate', 0, 1, 'x', 'k2', 'correct');
\set VERBOSITY default

-- who may review: a role with SELECT on fact and INSERT, UPDATE on review
-- (README); a BI role with SELECT on the views only may not
CREATE ROLE regress_cd_reviewer;
CREATE ROLE regress_cd_bi;
GRANT USAGE ON SCHEMA clusterdata TO regress_cd_reviewer, regress_cd_bi;
GRANT SELECT ON fact TO regress_cd_reviewer;
GRANT SELECT, INSERT, UPDATE ON review TO regress_cd_reviewer;
GRANT EXECUTE ON FUNCTION review(bigint, int, text, text, bigint, bigint, numeric) TO regress_cd_reviewer;
GRANT SELECT ON review_queue, bi_facts TO regress_cd_reviewer, regress_cd_bi;
SET ROLE regress_cd_reviewer;
SELECT verdict, reviewed_by FROM review(:a_id, :cb_fact, 'reject', 'checked the source');
SELECT count(*) > 0 AS reads_queue FROM review_queue;
-- who and when are the server's, whatever a reviewer writes
INSERT INTO review (report_id, kind, span_start, span_end, evidence, fact_key, verdict, reviewed_by, reviewed_at)
VALUES (:a_id, 'period', 0, 1, 'x', 'k', 'accept', 'somebody_else', '2000-01-01');
SELECT reviewed_by = current_user AS stamped_user, reviewed_at > '2000-01-02' AS stamped_time
FROM review WHERE fact_key = 'k';
UPDATE review SET reviewed_by = 'somebody_else', reviewed_at = '2000-01-01' WHERE fact_key = 'k';
SELECT reviewed_by = current_user AS restamped, reviewed_at > '2000-01-02' AS redated FROM review WHERE fact_key = 'k';
RESET ROLE;
-- the schema owner's roles keep what they write (a dump restored)
UPDATE review SET reviewed_by = 'somebody_else', reviewed_at = '2000-01-01' WHERE fact_key = 'k';
SELECT reviewed_by, reviewed_at FROM review WHERE fact_key = 'k';
DELETE FROM review WHERE fact_key = 'k';
SET ROLE regress_cd_bi;
\set VERBOSITY sqlstate
SELECT review(:a_id, :cb_fact, 'accept');
INSERT INTO review (report_id, kind, span_start, span_end, evidence, fact_key, verdict)
VALUES (:a_id, 'rate', 0, 1, 'x', 'k3', 'reject');
\set VERBOSITY default
SELECT count(*) > 0 AS reads_bi_facts FROM bi_facts;
RESET ROLE;
REVOKE ALL ON ALL TABLES IN SCHEMA clusterdata FROM regress_cd_reviewer, regress_cd_bi;
REVOKE ALL ON FUNCTION review(bigint, int, text, text, bigint, bigint, numeric) FROM regress_cd_reviewer;
REVOKE USAGE ON SCHEMA clusterdata FROM regress_cd_reviewer, regress_cd_bi;
DROP ROLE regress_cd_reviewer;
DROP ROLE regress_cd_bi;
TRUNCATE report CASCADE;
TRUNCATE review;
