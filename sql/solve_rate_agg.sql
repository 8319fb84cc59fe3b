-- solve_rate: pooling with + and the aggregates sum, pooled, min, max
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;

SELECT '1707/1914'::solve_rate + '294/314' AS pooled_pair;
SELECT '9223372036854775807/9223372036854775807'::solve_rate + '1/1';

CREATE TEMP TABLE province_rates (cluster int, province text, solved bigint, total bigint);
INSERT INTO province_rates VALUES
  (4, 'Phú Thọ', 402, 441), (4, 'Quảng Ninh', 310, 352), (4, 'Vĩnh Phúc', 288, 330),
  (4, 'Bắc Giang', 275, 301), (4, 'Bắc Ninh', 251, 289), (4, 'Hòa Bình', 181, 201),
  (7, 'Quảng Trị', 120, 139), (7, 'Thừa Thiên Huế', 301, 350), (7, 'Quảng Nam', 0, 0),
  (9, 'Nowhere', NULL, NULL);

-- sum(solve_rate) pools; pooled(solved, total) gives the same
SELECT cluster, sum(solve_rate(solved, total)) AS summed,
       pooled(solved, total) AS pooled,
       sum(solved) || '/' || sum(total) AS by_hand,
       min(solve_rate(solved, total)), max(solve_rate(solved, total))
FROM province_rates GROUP BY cluster ORDER BY cluster;

-- empty input gives NULL, like sum()
SELECT sum(r), min(r), max(r) FROM (SELECT NULL::solve_rate AS r WHERE false) s;
SELECT pooled(solved, total) FROM province_rates WHERE false;

-- pooled() validates its rows
SELECT pooled(s, t) FROM (VALUES (5::bigint, 4::bigint)) v(s, t);
SELECT pooled(s, t) FROM (VALUES (-1::bigint, 4::bigint)) v(s, t);
-- overflow is an error, not a wrap-around
SELECT sum(r) FROM (VALUES ('9223372036854775807/9223372036854775807'::solve_rate), ('1/1')) v(r);

-- rank provinces by pooled rate in a window
SELECT province, solve_rate(solved, total) AS r,
       rank() OVER (PARTITION BY cluster ORDER BY solve_rate(solved, total) DESC)
FROM province_rates WHERE cluster = 4 ORDER BY 3, 1;

-- the aggregate works as a window aggregate (running pool)
SELECT province, sum(solve_rate(solved, total)) OVER (ORDER BY province) AS running
FROM province_rates WHERE cluster = 7 ORDER BY province;
