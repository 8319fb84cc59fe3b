-- Numbers that add up: a province belongs to one cluster a year, a member's
-- figure comes from its own cluster's reports first, a report's date is
-- published, else its event date, else its ingestion day; cluster totals
-- beside the members pooled; BI columns that sort as numbers.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
TRUNCATE report CASCADE;
TRUNCATE membership_correction;
TRUNCATE rate_correction;
-- cluster 21 lists Tuyên Quang, Thái Nguyên and Hà Giang; cluster 22 lists Hà Giang too,
-- in two reports (its own conference and a follow-up)
SELECT count(ingest(b, published => d)) AS ingested FROM (VALUES
 ('Năm 2024, Cụm thi đua số 21 gồm Công an các tỉnh Tuyên Quang, Thái Nguyên và Hà Giang tổ chức hội nghị tổng kết. '
  'Công an tỉnh Tuyên Quang điều tra làm rõ 300/330 vụ, đạt 90,91%. '
  'Công an tỉnh Hà Giang điều tra làm rõ 400/450 vụ, đạt 88,89%.', '2024-12-28'::date),
 ('Năm 2024, Cụm thi đua số 22 gồm Công an các tỉnh Hà Giang, Cao Bằng và Bắc Kạn tổ chức hội nghị tổng kết. '
  'Toàn Cụm điều tra làm rõ 1.270/1.400 vụ, đạt 90,71%. '
  'Công an tỉnh Hà Giang điều tra làm rõ 410/450 vụ, đạt 91,11%. '
  'Công an tỉnh Cao Bằng điều tra làm rõ 500/550 vụ, đạt 90,91%.', '2024-12-15'),
 ('Năm 2024, Cụm thi đua số 22 gồm Công an các tỉnh Hà Giang, Cao Bằng và Bắc Kạn đã ký giao ước thi đua.', '2024-03-01')
) v(b, d);
-- Hà Giang: cluster 22 (two reports) before cluster 21 (one); the claim
-- that lost stays visible, and no province is in two clusters
SELECT year, province, province_ascii, cluster_no, chosen, why, reports FROM membership_conflicts
ORDER BY year, province, chosen DESC;
SELECT cluster_no, province FROM membership ORDER BY cluster_no, province;
SELECT year, province, count(*) AS clusters FROM membership GROUP BY 1, 2 HAVING count(*) > 1;
-- Hà Giang's figure: cluster 22's own report (410/450) before cluster 21's,
-- although cluster 21's is published later
SELECT province, solve_rate_label, chosen, why FROM conflicts ORDER BY province, chosen DESC;
SELECT cluster_no, province, solved, total, percent FROM bi_member_rates ORDER BY cluster_no, province;
SELECT rank, province, rate FROM rank_members(22, 2024);
-- summing a year's member rates counts every province once
SELECT year, sum(solved) AS solved, sum(total) AS total, count(DISTINCT province) = count(*) AS each_once
FROM bi_member_rates WHERE metric = 'criminal' GROUP BY year;
-- the cluster's stated total beside its members pooled, and what it rests on
SELECT cluster_no, year, period, metric, stated_solved, stated_total, stated_percent, pooled_solved,
       pooled_total, pooled_percent, members, members_with_data, solved_difference, total_difference,
       percent_difference
FROM bi_cluster_rates ORDER BY cluster_no, metric;
-- a correction settles membership: Hà Giang back to cluster 21
INSERT INTO membership_correction (cluster_no, year, province, note) VALUES (21, 2024, 'Hà Giang', 'checked');
SELECT year, province, cluster_no, chosen, why, corrected FROM membership_conflicts ORDER BY cluster_no;
SELECT cluster_no, province, solve_rate_label FROM bi_member_rates WHERE province = 'Hà Giang';
TRUNCATE membership_correction;

-- an undated report (no published date) of a later conference, its event
-- date known from the text, is chosen over an earlier dated one
TRUNCATE report CASCADE;
SELECT ingest('Ngày 20/12/2024, Cụm thi đua số 23 gồm Công an các tỉnh Lạng Sơn, Bắc Giang và Bắc Ninh tổ chức hội nghị tổng kết năm 2024. '
              'Công an tỉnh Lạng Sơn điều tra làm rõ 250/280 vụ, đạt 89,29%.') > 0 AS undated_later;
SELECT ingest('Năm 2024, Cụm thi đua số 23 gồm Công an các tỉnh Lạng Sơn, Bắc Giang và Bắc Ninh họp sơ bộ. '
              'Công an tỉnh Lạng Sơn điều tra làm rõ 240/280 vụ, đạt 85,71%.', published => '2024-12-05') > 0 AS dated_earlier;
SELECT r.published, r.event_date, g.solve_rate_label, g.chosen, g.why
FROM conflicts g JOIN report r ON r.id = g.report_id ORDER BY g.chosen DESC;

-- BI columns: a rate filters and sorts by its numbers, a province by its
-- ASCII name too; province functions take a view's text column
SELECT province, province_ascii, solved, total, percent FROM bi_member_rates
WHERE percent > 85 AND province_ascii = 'Lang Son' ORDER BY percent DESC;
SELECT province_code(province) AS code, successor(province, '2025-08-01') AS unit_2025,
       province_is_city(province) AS city
FROM bi_member_rates WHERE province_ascii = 'Lang Son';
SELECT province_code('Lao Cai'), province_ascii('TP. Hồ Chí Minh'), successor('Hà Giang', '2025-07-01');
\set VERBOSITY sqlstate
SELECT province_code('Atlantis');
\set VERBOSITY default
-- amounts seized are their own facts, apart from counts
SELECT ingest('Năm 2024, Công an tỉnh Sơn La bắt giữ 120 vụ, thu giữ 35 kg heroin và 12.000 viên ma túy tổng hợp.') > 0 AS seizures;
SELECT province, province_ascii, value, unit, seized, report_year, evidence FROM bi_seizures ORDER BY unit;
SELECT kind, metric, value FROM bi_facts WHERE province = 'Sơn La' AND kind IN ('count', 'seizure') ORDER BY kind, metric;
-- no text column named solve_rate is left in a BI view
SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'clusterdata'::regnamespace AND (c.relname LIKE 'bi\_%' OR c.relname LIKE '%conflicts')
  AND a.attname = 'solve_rate';
TRUNCATE report CASCADE;
