-- province: input from any name, output, codes, the 2025 merger, operators,
-- indexes and binary I/O
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
\set VERBOSITY default

-- every spelling a report uses gives the canonical name
SELECT s AS written, s::province AS province
FROM unnest(ARRAY['Phú Thọ', 'phu tho', 'PHÚ THỌ', 'Tỉnh Phú Thọ', 'Công an tỉnh Phú Thọ',
                  'Phu Tho province', 'la province de Phu Tho', 'VN-68', 'vn-68', 'फू थो',
                  'TP. Hồ Chí Minh', 'TPHCM', 'Ho Chi Minh City', 'Saigon',
                  'Thừa Thiên - Huế', 'Thua Thien Hue', 'Huế', 'Thành phố Huế',
                  'Bà Rịa–Vũng Tàu', 'Ba Ria Vung Tau', 'Đắk Lắk', 'Dak Lak',
                  'prowincji Quang Ninh', 'Hanoju', 'Hà Nội', 'Thành phố Hà Nội']) AS s;

-- Devanagari spellings no alias lists: ICU transliteration, then by sound
SELECT s AS written, try_province(s) AS province
FROM unnest(ARRAY['फू येन', 'बाक कान', 'तुयेन क्वांग', 'का माउ', 'ताई निन्ह प्रांत',
                  'क्वांग नगाई']) AS s;

-- unknown names: an error with SQLSTATE 22P02, or NULL from try_province
\set VERBOSITY sqlstate
SELECT 'Atlantis'::province;
SELECT ''::province;
\set VERBOSITY default
SELECT 'Atlantis'::province;
SELECT try_province('Atlantis') IS NULL AS unknown, try_province('') IS NULL AS empty,
       try_province(repeat('Phú Thọ ', 1000)) IS NULL AS too_long,
       try_province('नमस्ते') IS NULL AS hindi_word, try_province(NULL) IS NULL AS null_in;

-- codes, ASCII names, kinds
SELECT p, province_code(p), province_ascii(p), province_is_city(p)
FROM unnest(ARRAY['Phú Thọ', 'Hà Nội', 'Cần Thơ', 'Huế']::province[]) AS p;

-- the 2025-07-01 merger: the unit a province belongs to on a date
SELECT p, successor(p, '2025-06-30') AS on_30_june, successor(p, '2025-07-01') AS on_1_july,
       successor(p, 'infinity') AS later, successor(p, '-infinity') AS earlier
FROM unnest(ARRAY['Hà Giang', 'Tuyên Quang', 'Vĩnh Phúc', 'Hòa Bình', 'Bà Rịa - Vũng Tàu',
                  'Thừa Thiên Huế', 'Huế', 'Lai Châu']::province[]) AS p;

-- the table: 63 provinces and cities before the merger, 34 units after it
SELECT count(*) FILTER (WHERE before_2025) AS before_merger,
       count(DISTINCT unit_from_2025_07_01) AS units_after,
       count(*) FILTER (WHERE kind = 'city') AS cities,
       count(*) AS values
FROM provinces();
-- every value reads back from its own name, code (one per code) and ASCII name
SELECT count(*) FILTER (WHERE province::text::province <> province) AS name_mismatch,
       count(*) FILTER (WHERE before_2025 AND code::province <> province) AS code_mismatch,
       count(*) FILTER (WHERE before_2025 AND name_ascii::province <> province) AS ascii_mismatch
FROM provinces();
-- the units, with the provinces merged into each
SELECT unit_from_2025_07_01 AS unit, string_agg(province::text, ', ' ORDER BY province) AS merged
FROM provinces() WHERE before_2025
GROUP BY 1 HAVING count(*) > 1 ORDER BY 1;

-- operators: order is the table's (by ISO code), = and <> by value
SELECT 'Lai Châu'::province < 'Lào Cai'::province AS lt, 'VN-68'::province = 'Phú Thọ' AS eq,
       'Phú Thọ'::province <> 'Phú Yên' AS ne, 'Hà Nội'::province >= 'Cần Thơ' AS ge,
       'Hà Nội'::province::text AS as_text, pg_typeof('Hà Nội'::province::text) AS text_type;

-- btree and hash indexes, merge and hash joins, GROUP BY
CREATE TEMP TABLE pr (p province, n int);
INSERT INTO pr SELECT province, g FROM provinces(), generate_series(1, 40) g;
CREATE INDEX pr_b ON pr (p);
CREATE INDEX pr_h ON pr USING hash (p);
ANALYZE pr;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
SET enable_indexonlyscan = off;
EXPLAIN (COSTS OFF) SELECT sum(n) FROM pr WHERE p = 'Phú Thọ';
SELECT sum(n) FROM pr WHERE p = 'Phú Thọ';
SET enable_indexscan = off;
SET enable_bitmapscan = on;
EXPLAIN (COSTS OFF) SELECT count(*) FROM pr WHERE p = 'VN-SG';
SELECT count(*) FROM pr WHERE p = 'VN-SG';
RESET ALL;
SET search_path = clusterdata, public;
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM provinces() a JOIN pr b ON a.province = b.p;
SELECT count(*) FROM provinces() a JOIN pr b ON a.province = b.p;
SET enable_hashjoin = on;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM provinces() a JOIN pr b ON a.province = b.p;
SELECT count(*) FROM provinces() a JOIN pr b ON a.province = b.p;
RESET enable_hashjoin;
RESET enable_mergejoin;
RESET enable_nestloop;
SELECT p, count(*) FROM pr WHERE p IN ('Phú Thọ', 'Huế', 'Lai Châu') GROUP BY p ORDER BY p;
SELECT count(DISTINCT p) AS distinct_values FROM pr;

-- the hash is of the canonical name (hashtext of it), not of the data file's
-- order: for every province what hashtext() and hashtextextended() of its
-- name give, and distinct for all of them (Huế and Thừa Thiên Huế included)
SELECT bool_and(province_hash(province) = hashtext(province::text)) AS hash_is_of_name,
       bool_and(province_hash_extended(province, 42) = hashtextextended(province::text, 42)) AS extended_is_of_name,
       count(DISTINCT province_hash(province)) = count(*) AS all_distinct
FROM provinces();
SELECT province_hash('Hà Nội') = hashtext('Hà Nội') AS ha_noi,
       province_hash('VN-26') <> province_hash('Huế') AS hue_apart;

-- binary I/O: the canonical name; COPY round trip; a bad name is rejected
SELECT province_send('Phú Thọ');
CREATE TEMP TABLE pcopy (id int, p province);
INSERT INTO pcopy SELECT row_number() OVER (ORDER BY province), province FROM provinces();
INSERT INTO pcopy VALUES (100, NULL);
SELECT current_setting('data_directory') || '/clusterdata_province.bin' AS copyfile \gset
COPY pcopy TO :'copyfile' WITH (FORMAT binary);
CREATE TEMP TABLE pcopy2 (LIKE pcopy);
COPY pcopy2 FROM :'copyfile' WITH (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE a.p IS NOT DISTINCT FROM b.p) AS same
FROM pcopy a JOIN pcopy2 b USING (id);
SELECT lo_from_bytea(0,
         '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
         || '\x0001' || '\x00000008' || convert_to('Atlantis', 'UTF8')
         || '\xffff'::bytea) AS bad_lo \gset
SELECT lo_export(:bad_lo, :'copyfile') AS exported, lo_unlink(:bad_lo) AS unlinked;
CREATE TEMP TABLE pbad (p province);
\set VERBOSITY sqlstate
COPY pbad FROM :'copyfile' WITH (FORMAT binary);
\set VERBOSITY default
SELECT count(*) AS rows_loaded FROM pbad;
