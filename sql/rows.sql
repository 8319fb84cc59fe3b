--
-- The rows of numbers() and parse_report() are made by the extension's own
-- former (pg_row_put, src/pg_lang.c), not by heap_form_minimal_tuple.
-- clusterdata.check_rows compares every row with PostgreSQL's forming of
-- it and raises an error when a byte differs: these queries pass only if
-- each row is the same.
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
RESET client_min_messages;
SET clusterdata.check_rows = on;
SHOW clusterdata.check_rows;

-- numbers(): NULL in every column that takes one, a date, a unit,
-- a change, a range (two numerics), and a span of more than 126 bytes (a
-- value with a 4-byte header, aligned, after values with 1-byte headers)
SELECT kind, value, value2, qualifier, unit, is_change, date, label, span_start, span_end,
       octet_length(text) AS text_bytes
FROM clusterdata.numbers('On 14/03/2025 the unit solved about 1,205 cases, up 12.5%, 30-45 '
                         || 'suspects; reference ' || repeat('7', 140) || ' closed.', 'en');

-- parse_report(): a solve rate (16 bytes by reference, double aligned), a
-- province (by value), numerics, texts of both header lengths
SELECT kind, metric, solved, total, rate, percent, qualifier, value, province, cluster_no, year,
       span_start, span_end, octet_length(text) AS text_bytes, scope, why IS NOT NULL AS has_why,
       confidence IS NOT NULL AS has_confidence
FROM clusterdata.parse_report('Năm 2024, Cụm thi đua số 7 gồm Công an các tỉnh Hà Nam, Nam Định, Ninh Bình, '
                              || 'Thái Bình và Hưng Yên tổng kết công tác. Công an tỉnh Ninh Bình điều tra '
                              || 'làm rõ 812/905 vụ án hình sự, tỷ lệ 89,72%. Hội nghị bầu '
                              || 'Công an tỉnh Hà Nam làm Cụm trưởng năm 2025.');

-- many rows of many reports in one statement (the numerics a backend keeps
-- from one row to the next), counted: every row passed the comparison
SELECT count(*) AS number_rows
FROM generate_series(1, 200) g,
     clusterdata.numbers(format('In %s the teams solved %s/%s cases (%s.%s%%), %s more than in %s.',
                                2000 + g % 25, 100 + g, 150 + 2 * g, 60 + g % 40, g % 10, g % 17, 1999 + g % 25), 'en');
SELECT count(*) AS fact_rows
FROM generate_series(1, 100) g,
     clusterdata.parse_report(format('Năm %s, Công an tỉnh Ninh Bình điều tra làm rõ %s/%s vụ, đạt %s,%s%%.',
                                     2000 + g % 25, 100 + g, 150 + 2 * g, 60 + g % 40, g % 10));

RESET clusterdata.check_rows;
