-- solve_rate: rate, percent, casts, Wilson bounds and check_percent
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;

SELECT r, rate(r), percent(r), percent(r, 0) AS p0, percent(r, 3) AS p3,
       r::numeric AS as_numeric, r::float8 AS as_float8
FROM (VALUES ('1707/1914'::solve_rate), ('294/314'), ('1/8'), ('2/3'), ('0/5'), ('5/5'), ('0/0')) v(r);

-- half up at the requested digits, exact even where division would round first
SELECT percent('1/8', 0) AS "12.5 -> 13", percent('1/16', 1) AS "6.25 -> 6.3",
       percent('1/16', 2) AS "6.25", percent('1/3', 16) AS sixteen_digits;
SELECT percent('1/3', 17);
SELECT percent('1/3', -1);

-- Wilson score interval (95% by default), rounded to 6 decimals
SELECT r, round(wilson_lower(r)::numeric, 6) AS lower, round(wilson_upper(r)::numeric, 6) AS upper
FROM (VALUES ('1707/1914'::solve_rate), ('294/314'), ('9/10'), ('890/1000'), ('0/5'), ('5/5')) v(r);
SELECT round(wilson_lower('1707/1914', 0.99)::numeric, 6) AS lower99,
       round(wilson_upper('1707/1914', 0.99)::numeric, 6) AS upper99;
-- the bounds contain the rate, and a smaller sample gives a wider interval
SELECT wilson_lower('9/10') < wilson_lower('890/1000') AS small_sample_lower,
       wilson_lower(r) <= rate(r) AND rate(r) <= wilson_upper(r) AS contains
FROM (VALUES ('1707/1914'::solve_rate)) v(r);
SELECT wilson_lower('0/0'), wilson_upper('0/0');
SELECT wilson_lower('1/2', 1.0);
SELECT wilson_upper('1/2', 0);
SELECT wilson_upper('1/2', 'NaN');

-- what a report printed, judged at its own precision
SELECT r, reported, check_percent(r, reported)
FROM (VALUES ('1707/1914'::solve_rate, 89.1), ('1707/1914', 89.2), ('1707/1914', 89.18),
             ('1707/1914', 89.19), ('1707/1914', 89), ('294/314', 93.6), ('294/314', 93.63),
             ('241/439', 54.4), ('1/2', 50), ('1/2', 50.00), ('1/8', 12.5), ('1/8', 13),
             ('1/8', 12), ('2/3', 66.7), ('2/3', 66.6), ('2/3', 66.66666666666666666667),
             ('0/5', 0), ('5/5', 100), ('5/5', 99.9), ('1/3', 'NaN')) v(r, reported);
SELECT check_percent('0/0', 50);
