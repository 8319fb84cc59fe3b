-- Findings of fuzzing and a hostile garden, each kept fixed by a test.
SET search_path = clusterdata, public;
\set VERBOSITY terse

-- 1. A number too long to be a quantity is a code row, never an error that
--    costs the report its facts.
SELECT kind, value IS NULL AS no_value, span_end - span_start AS chars
FROM numbers('0.' || repeat('0', 16383) || '1', 'en');
SELECT kind, value FROM numbers('Tỷ lệ 0,' || repeat('0', 199) || '1% và tỷ lệ 1,5%', 'vi');
-- 18 decimals still read; 19 are no quantity
SELECT kind, value FROM numbers('0.123456789012345678 and 0.1234567890123456789', 'en');
-- a long number as a would-be count beside a valid rate: the rate survives
SELECT kind, metric, rate, percent
FROM parse_report('Officers cleared 1,707/1,914 criminal cases (rate 89.18%) and detained 0.'
                  || repeat('0', 5000) || '1 suspects.', 'en')
WHERE kind IN ('rate', 'count');
SELECT ingest('Lào Cai khám phá 415/452 vụ, tỷ lệ 91,81%; thu 0,'
              || repeat('0', 20000) || '1 kg ma túy.', lang => 'vi') AS long_id \gset
SELECT parse_error, parse_sqlstate, (SELECT count(*) FROM fact WHERE report_id = :long_id AND kind = 'rate') AS rates
FROM report WHERE id = :long_id;

-- 3. Crafted text: many percents in one sentence, a huge word before percents
SELECT count(*) AS rates
FROM parse_report((SELECT string_agg(format('rate %s %s.5%% ', i, i), '') FROM generate_series(1, 20000) i), 'en')
WHERE kind = 'rate';
-- the same figure 20,000 times is one fact
SELECT count(*) AS rates FROM parse_report(repeat('rate ' || repeat('1 1% ', 100), 200), 'en')
WHERE kind = 'rate';
SELECT count(*) AS facts FROM parse_report(repeat('x', 2000000) || ' rate 5% 6%. No. 7', 'en');

-- 4. Hangul before the facts does not hide them
SELECT kind, metric, rate, percent
FROM parse_report(repeat('한국어 ', 100) || 'Các địa phương khám phá 1.352/1.498 vụ, tỷ lệ 90,25%.', 'vi');
SELECT kind, rate FROM parse_report(repeat('가나다라마바사 ', 30000) || 'Khám phá 90/100 vụ, tỷ lệ 90%.', 'vi');

-- 5. Only dates that date input reads back (so a table holding them restores)
SELECT yyyymmdd_date(58748980101) AS past_max, yyyymmdd_date(99999991231) AS far,
       yyyymmdd_date(58748971231) AS last_ok, yyyymmdd_date(-20240101) AS negative,
       yyyymmdd_date(9223372036854775807) AS int8_max;
SELECT yyyymmdd_date(58748971231)::text::date = yyyymmdd_date(58748971231) AS round_trip;

-- 6. Decomposed (NFD) text: detected alike, spans point into the text as given,
--    and the text column is the input's own characters.
SELECT detect_language(normalize('Năm 2024 các địa phương trong khu vực đã họp để đánh giá kết quả và cho biết đã khám phá nhiều vụ án.', NFD)) AS nfd,
       detect_language('Năm 2024 các địa phương trong khu vực đã họp để đánh giá kết quả và cho biết đã khám phá nhiều vụ án.') AS nfc;
SELECT kind, value, unit, span_start, span_end, text = '12' || chr(769) AS whole_segment
FROM numbers('12' || chr(769) || ' vụ', 'vi');
WITH b(body) AS (SELECT normalize('Phú Thọ khám phá 2.318/2.604 vụ, tỷ lệ trên 89,01%; bắt 120 đối tượng.', NFD))
SELECT n.kind, n.value, substr(b.body, n.span_start + 1, n.span_end - n.span_start) = n.text AS span_ok,
       n.text = normalize(n.text, NFD) AS text_as_given
FROM b, numbers(b.body) n;
WITH b(body) AS (SELECT normalize('Phú Thọ khám phá 2.318/2.604 vụ, tỷ lệ trên 89,01%; bắt 120 đối tượng.', NFD))
SELECT f.kind, f.rate, substr(b.body, f.span_start + 1, f.span_end - f.span_start) = f.text AS span_ok
FROM b, parse_report(b.body) f;
SELECT ingest(normalize('Năm 2024 các địa phương trong khu vực đã họp tại Bắc Giang và cho biết đã khám phá 733/821 vụ, với tỷ lệ 89,28%.', NFD)) AS nfd_id \gset
SELECT lang, (SELECT count(*) FROM fact WHERE report_id = :nfd_id AND kind = 'rate') AS rates
FROM report WHERE id = :nfd_id;

-- 7. No silent wrong answers
SELECT * FROM rank_members(2, 2024, method => NULL);
SELECT * FROM rank_members(2, 2024, metric => NULL);
SELECT * FROM leader_check(2, 2024, 'criminal', NULL);
SELECT round(wilson_lower('1/2', 0.9999999999999999)::numeric, 6) AS lo,
       round(wilson_upper('1/2', 0.9999999999999999)::numeric, 6) AS hi,
       wilson_lower('1/2', 0.9999999999999999) < wilson_lower('1/2', 0.999999) AS wider;
SELECT wilson_lower('1/2', 'NaN'), wilson_lower('1/2', 1);
-- transition functions called directly answer like "+"
SELECT solve_rate_accum('1/2', '1/2') AS pooled, pooled_accum(NULL, 1, 2) AS first,
       pooled_accum('1/3', 1, 2) AS next, pooled_accum('1/3', NULL, 2) AS skipped;
SELECT pooled_accum(NULL, 3, 2);
-- the text form is the key: every value reads back from its text
SELECT count(*) AS provinces, count(*) FILTER (WHERE p::text::province = p) AS round_trip
FROM (SELECT province AS p FROM provinces()) s;
-- ISO codes: VN-26 names Thừa Thiên Huế, also the code of its 2025 successor Huế
SELECT 'VN-26'::province AS by_code, province_code('Huế') AS hue_code,
       successor('VN-26', '2025-07-01') AS successor;
-- weights are checked whatever the method, with our own message
SELECT * FROM rank_members(2, 2024, weights => '{"criminal": "a"}');
SELECT * FROM rank_members(2, 2024, 'criminal', 'rate', '[1, 2]');
