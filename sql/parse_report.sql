-- parse_report(): facts from our own report sentences in several languages
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;

CREATE FUNCTION pg_temp.facts(body text, lang text DEFAULT NULL)
RETURNS TABLE (kind text, metric text, rate solve_rate, percent numeric, qualifier text,
               value numeric, province text, cluster_no int, year int, span_ok boolean, text text)
LANGUAGE sql AS $$
  SELECT kind, metric, rate, percent, qualifier, value, province, cluster_no, year,
         substr(body, span_start + 1, span_end - span_start) = text, text
  FROM clusterdata.parse_report(body, lang)
$$;

-- Vietnamese: cluster, members, period, rates joined with their fractions, leader and deputy
SELECT * FROM pg_temp.facts(
'Ngày 20/12/2024, Cụm thi đua số 3 gồm Công an các tỉnh: Thái Nguyên, Tuyên Quang, Bắc Kạn, Hà Giang tổ chức hội nghị tổng kết năm 2024. '
'Công an các tỉnh đã điều tra làm rõ 1.352/1.498 vụ án hình sự, đạt tỷ lệ 90,25%; án nghiêm trọng đạt 97,1%. '
'Phạm pháp hình sự giảm 4,6% so với cùng kỳ; bắt giữ 312 đối tượng. '
'Hội nghị đã bầu Cụm trưởng năm 2025 là Công an tỉnh Tuyên Quang, Cụm phó là Công an tỉnh Hà Giang.');

-- a target is not a result; two counts become a rate only when they give the stated percent
SELECT * FROM pg_temp.facts(
'Năm 2023, phấn đấu điều tra khám phá đạt tỷ lệ trên 80%. '
'Án đặc biệt nghiêm trọng xảy ra 12 vụ, điều tra làm rõ 11 vụ, 20 đối tượng, đạt tỷ lệ 91,6%.', 'vi');

-- English: "Emulation Cluster No.", members, H1 period, qualifier
SELECT * FROM pg_temp.facts(
'On 9 July, Emulation Cluster No. 6 of the Ministry of Public Security, made up of Nghe An, Ha Tinh, Quang Binh and Thanh Hoa, '
'reviewed the first six months of 2024. The police investigated and solved 845/962 criminal cases, a rate of 87.8%, '
'and more than 95% of very serious cases. The cluster handed the leadership for 2025 to Ha Tinh.');

-- French, Polish, Romanian, Hindi: the same facts in other words
SELECT kind, metric, rate, percent, qualifier, province, cluster_no, year
FROM pg_temp.facts('En 2024, le groupe d''émulation n° 5 comprenant les provinces : Gia Lai, Kon Tum, Đắk Lắk a tenu sa conférence. Le taux d''élucidation des affaires pénales est supérieur à 85 %.');
SELECT kind, metric, rate, percent, qualifier, province, cluster_no, year
FROM pg_temp.facts('W 2024 r. klaster nr 2 obejmował prowincje Lao Cai, Yen Bai, Son La. Wskaźnik wykrywalności przestępstw osiągnął 86,4%, a w sprawach bardzo poważnych 95,2%.');
SELECT kind, metric, rate, percent, qualifier, province, cluster_no, year
FROM pg_temp.facts('În 2024, Grupul de Emulație nr. 8 a ales Poliția Provincială Khanh Hoa în funcția de Lider al Clusterului în 2025. Rata de soluționare a cazurilor penale a fost de 88,7%.');
SELECT kind, metric, rate, percent, qualifier, province, cluster_no, year
FROM pg_temp.facts('क्लस्टर संख्या 4 में फू थो, बाक निन्ह और क्वांग निन्ह शामिल हैं। वर्ष 2024 के पहले छह महीनों में पुलिस ने 610/702 आपराधिक मामले सुलझाए, यह 86.8% की दर है।');

-- empty, NULL and unsupported input
SELECT count(*) FROM parse_report('');
SELECT count(*) FROM parse_report(NULL);
SELECT count(*) FROM parse_report(repeat('12,5% ', 50000), 'vi');
\set VERBOSITY sqlstate
SELECT count(*) FROM parse_report('Hội nghị', 'zz');
\set VERBOSITY default

-- parse_report in a parallel plan
CREATE TABLE par_reports AS
SELECT i, 'Năm 2024, Công an tỉnh đã điều tra làm rõ ' || (800 + i % 50) || '/1.000 vụ, đạt tỷ lệ '
          || replace(round((800 + i % 50) / 10.0, 1)::text, '.', ',') || '%.' AS body
FROM generate_series(1, 2000) i;
ANALYZE par_reports;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (COSTS OFF)
SELECT count(*), sum(f.rate) FROM par_reports, parse_report(body, 'vi') f WHERE f.kind = 'rate';
SELECT count(*), sum(f.rate) FROM par_reports, parse_report(body, 'vi') f WHERE f.kind = 'rate';
RESET max_parallel_workers_per_gather;
DROP TABLE par_reports;
