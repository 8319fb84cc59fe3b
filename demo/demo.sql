-- clusterdata demo: exact solve rates, pooled per emulation cluster.
\set QUIET on
\pset footer off
CREATE EXTENSION clusterdata;
SET search_path = clusterdata, public;

CREATE TABLE province_rate (cluster int, year int, province text, r solve_rate);
INSERT INTO province_rate VALUES
  (4, 2024, 'Phú Thọ',    '402/441'), (4, 2024, 'Quảng Ninh', '310/352'),
  (4, 2024, 'Vĩnh Phúc',  '288/330'), (4, 2024, 'Bắc Giang',  '275/301'),
  (4, 2024, 'Bắc Ninh',   '251/289'), (4, 2024, 'Hòa Bình',   '181/201'),
  (7, 2024, 'Quảng Trị',  '120/139'), (7, 2024, 'Thừa Thiên Huế', '301/350'),
  (7, 2024, 'Quảng Nam',  '260/301'), (7, 2024, 'Quảng Ngãi', '9/10'),
  (7, 2024, 'Bình Định',  '890/1000');

\echo
\echo '== Pooled solve rate per cluster (exact: sum(solve_rate) adds solved and total)'
SELECT cluster, sum(r) AS pooled, percent(sum(r), 2) AS percent,
       round(wilson_lower(sum(r))::numeric, 4) AS wilson_lower,
       round(wilson_upper(sum(r))::numeric, 4) AS wilson_upper,
       min(r) AS worst, max(r) AS best
FROM province_rate GROUP BY cluster ORDER BY cluster;

\echo '== Cluster 7 members ranked by the Wilson lower bound (9/10 does not outrank 890/1000)'
SELECT rank() OVER (ORDER BY wilson_lower(r) DESC) AS rank, province, r,
       percent(r) AS percent, round(wilson_lower(r)::numeric, 4) AS wilson_lower,
       rank() OVER (ORDER BY r DESC) AS rank_by_point_estimate
FROM province_rate WHERE cluster = 7 ORDER BY 1;

\echo '== What a report printed, checked against solved/total'
SELECT r, reported, check_percent(r, reported)
FROM (VALUES ('1707/1914'::solve_rate, 89.1), ('294/314', 93.6), ('241/439', 54.4)) v(r, reported);
