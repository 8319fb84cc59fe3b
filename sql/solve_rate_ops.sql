-- solve_rate: exact ordering, equality, btree and hash operator classes
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;

CREATE TEMP TABLE rates (id int, r solve_rate);
INSERT INTO rates VALUES
  (1, '1/2'), (2, '2/4'), (3, '0/0'), (4, '0/5'), (5, '9/10'), (6, '890/1000'),
  (7, '5/5'), (8, '1707/1914'), (9, '294/314'), (10, '1/2'), (11, '0/1'),
  -- 12 is just below 1/3, closer than float8 can tell apart
  (12, '3074457345618258602/9223372036854775807'), (13, '1/3'),
  (14, '9223372036854775806/9223372036854775807'), (15, '9223372036854775807/9223372036854775807');

-- order by rate, ties by total, 0/0 first
SELECT id, r FROM rates ORDER BY r, id;
SELECT id, r FROM rates ORDER BY r DESC, id;

-- cross-multiplication is exact where float8 cannot tell the values apart
SELECT rate('3074457345618258602/9223372036854775807') = rate('1/3') AS float_equal,
       '3074457345618258602/9223372036854775807'::solve_rate < '1/3' AS exact_less;

-- operators
SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge, a > b AS gt,
       solve_rate_cmp(a, b) AS cmp
FROM (VALUES ('1/2'::solve_rate, '2/4'::solve_rate), ('2/4', '1/2'), ('1/2', '1/2'),
             ('0/0', '0/7'), ('0/7', '0/0'), ('0/0', '0/0'), ('9/10', '890/1000'),
             ('5/5', '1/1')) v(a, b);

-- DISTINCT and GROUP BY: equal means same solved and total
SELECT DISTINCT r FROM rates ORDER BY r;
SELECT r, count(*) FROM rates GROUP BY r HAVING count(*) > 1;
SET enable_hashagg = off;
SELECT r, count(*) FROM rates GROUP BY r HAVING count(*) > 1;
RESET enable_hashagg;

-- btree index used for ordering and range search
CREATE INDEX rates_r_idx ON rates USING btree (r);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM rates WHERE r >= '9/10' ORDER BY r;
SELECT id, r FROM rates WHERE r >= '9/10' ORDER BY r;
SELECT id FROM rates WHERE r = '1/2' ORDER BY id;

-- hash index
CREATE INDEX rates_r_hash ON rates USING hash (r);
EXPLAIN (COSTS OFF) SELECT id FROM rates WHERE r = '2/4';
SELECT id FROM rates WHERE r = '2/4';
RESET enable_seqscan;

-- merge join and hash join agree
CREATE TEMP TABLE other (r solve_rate, label text);
INSERT INTO other VALUES ('1/2', 'half'), ('9/10', 'nine tenths'), ('0/0', 'none'), ('3/4', 'unused');
SET enable_hashjoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT rates.id, other.label FROM rates JOIN other USING (r);
SELECT rates.id, other.label FROM rates JOIN other USING (r) ORDER BY 1;
RESET enable_hashjoin; SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT rates.id, other.label FROM rates JOIN other USING (r);
SELECT rates.id, other.label FROM rates JOIN other USING (r) ORDER BY 1;
RESET enable_mergejoin; RESET enable_nestloop;

-- the extended hash honours its seed
SELECT solve_rate_hash_extended('1/2', 0) <> solve_rate_hash_extended('1/2', 1) AS seeded,
       (solve_rate_hash_extended('1/2', 0) & 4294967295) = (solve_rate_hash('1/2') & 4294967295) AS seed0_matches;
