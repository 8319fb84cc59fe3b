-- solve_rate: text input/output, constructors, accessors and input errors
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
\set VERBOSITY default

SELECT '1707/1914'::solve_rate AS r, '  294/314  '::solve_rate AS spaced,
       '12 / 40'::solve_rate AS inner_spaces, '0/0'::solve_rate AS no_cases,
       '+3/7'::solve_rate AS plus_sign;
SELECT '9223372036854775807/9223372036854775807'::solve_rate AS largest;

-- constructors and accessors
SELECT solve_rate(1707, 1914), solved('1707/1914'), total('1707/1914');
SELECT solve_rate(0, 0) = '0/0' AS zero_ok;

-- input errors, each with its SQLSTATE
\set VERBOSITY sqlstate
SELECT ''::solve_rate;
SELECT '   '::solve_rate;
SELECT '5/4'::solve_rate;
SELECT '-1/4'::solve_rate;
SELECT '1/-4'::solve_rate;
SELECT 'abc'::solve_rate;
SELECT '1707'::solve_rate;
SELECT '1707/'::solve_rate;
SELECT '1.5/4'::solve_rate;
SELECT '1/4 cases'::solve_rate;
SELECT '1/4/5'::solve_rate;
SELECT '9223372036854775808/9223372036854775809'::solve_rate;
SELECT solve_rate(5, 4);
SELECT solve_rate(-1, 4);
\set VERBOSITY default
-- the messages name the problem
SELECT '5/4'::solve_rate;
SELECT '1/4 cases'::solve_rate;
SELECT '99999999999999999999/1'::solve_rate;
SELECT ''::solve_rate;
SELECT 'x/4'::solve_rate;

-- round trip through text for values that sort and pool differently
SELECT r::text::solve_rate = r AS round_trip
FROM (VALUES ('0/0'::solve_rate), ('0/5'), ('1/2'), ('2/4'), ('9223372036854775806/9223372036854775807')) v(r);
