-- parse_report's why: the cues that decided each rate, count and change
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
CREATE FUNCTION pg_temp.why(body text, lang text)
RETURNS TABLE (kind text, metric text, rate solve_rate, percent numeric, evidence text, why text)
LANGUAGE sql AS $$
    SELECT f.kind, f.metric, f.rate, f.percent, f.text, f.why
    FROM clusterdata.parse_report(body, lang) f
    WHERE f.kind IN ('rate', 'count', 'change') ORDER BY f.span_start
$$;
-- a rate cue, a solve cue and a metric cue; the fraction it was computed from
SELECT * FROM pg_temp.why('Lực lượng điều tra đã làm rõ 512/580 vụ trọng án, đạt tỷ lệ 88,27%.', 'vi');
-- two counts that give the percent
SELECT * FROM pg_temp.why('In 2025 there were 640 criminal cases; the police solved 576 cases, an investigation rate of 90%.', 'en');
-- a rate in brackets after a count is a rate of that count
SELECT * FROM pg_temp.why('Bắt giữ 66 đối tượng truy nã (đạt 82,5%).', 'vi');
-- a rate of people, whatever class of cases the clause names
SELECT * FROM pg_temp.why('Taux d''arrestation des suspects de crimes graves : 91 % des personnes recherchées.', 'fr');
-- a fraction only, after a solve cue
SELECT * FROM pg_temp.why('Riêng mảng ma túy, khám phá 415/452 vụ.', 'vi');
-- the same figure twice is one fact, marked restated
SELECT * FROM pg_temp.why('Tỷ lệ khám phá án chung: 80%. Cả năm khám phá 800/1.000 vụ, tỷ lệ 80%.', 'vi');
-- the cases solved that the general rate gives are part of it
SELECT * FROM pg_temp.why('Năm qua, Công an tỉnh điều tra làm rõ 918 vụ, đạt tỷ lệ hơn 87%.', 'vi');
-- a change and counts carry their unit
SELECT * FROM pg_temp.why('Số vụ phạm tội giảm 7,5%; bắt 1.204 đối tượng, thu 35 kg ma túy.', 'vi');
-- Chinese: the rate cue 破案率 also says solve
SELECT * FROM pg_temp.why('刑事案件破案率为90.5%。', 'zh');
-- every rate, count and change has a why; no other fact has one
SELECT kind, count(*) FILTER (WHERE why IS NULL) AS without_why, count(*) AS facts
FROM parse_report('Cụm thi đua số 3 gồm Công an các tỉnh Hà Giang, Tuyên Quang, Cao Bằng. Năm 2025 điều tra khám phá 1.101/1.230 vụ, đạt 89,5%; bắt 870 đối tượng; tai nạn giảm 4%.', 'vi')
GROUP BY kind ORDER BY kind;
