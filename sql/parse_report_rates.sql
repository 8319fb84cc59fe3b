-- Which percentages and fractions are achieved solve rates: the kinds of error
-- seen on reports nobody tuned to, each with our own sentences.
SET search_path = clusterdata, public;
CREATE FUNCTION pg_temp.rates(body text, lang text)
RETURNS TABLE (metric text, rate solve_rate, percent numeric, qualifier text, span_ok boolean, evidence text)
LANGUAGE sql AS $$
    SELECT f.metric, f.rate, f.percent, f.qualifier,
           substr(body, f.span_start + 1, f.span_end - f.span_start) = f.text, f.text
    FROM clusterdata.parse_report(body, lang) f WHERE f.kind = 'rate' ORDER BY f.span_start
$$;

-- 1. by how much a result beat a target or a period is no rate
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra khám phá án hình sự đạt 88,4% (vượt 13,4% chỉ tiêu được giao).', 'vi');
SELECT * FROM pg_temp.rates('The rate of solved criminal cases reached 86.5%, 6.5% higher than the target of the Ministry.', 'en');
SELECT * FROM pg_temp.rates('The investigation rate was 91.3% (4.1% higher compared to the same period last year).', 'en');
SELECT * FROM pg_temp.rates('La police a élucidé les affaires avec un taux de 84 % (dépassant de 9 % l''objectif).', 'fr');
SELECT * FROM pg_temp.rates('Rata de soluționare a cazurilor a fost de 87%, depășind cu 7% ținta stabilită.', 'ro');

-- 2. a target in one clause does not make the next clause's result a target
SELECT * FROM pg_temp.rates('Các đơn vị hoàn thành các chỉ tiêu thi đua năm 2025, trong đó tỷ lệ điều tra khám phá án đạt 83,7%, án rất nghiêm trọng đạt 96%.', 'vi');
SELECT * FROM pg_temp.rates('Crimes fell by 9.2% (exceeding 120% of the target); the investigation rate reached 88%.', 'en');
--    a target that opens a list governs every item
SELECT * FROM pg_temp.rates('Năm 2025, Cụm đề ra các chỉ tiêu: giữ vững an ninh; điều tra khám phá án đạt tỷ lệ 80% trở lên; án nghiêm trọng đạt 92% trở lên.', 'vi');

-- 3. the same figure stated twice is one fact, with the most context
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra khám phá án đạt 90,5%. Trong năm, Công an các tỉnh điều tra làm rõ 905/1.000 vụ, đạt tỷ lệ 90,5%.', 'vi');
SELECT * FROM pg_temp.rates('The police solved 455 of 500 criminal cases. The investigation rate was 91%.', 'en');

-- 4. a rate written only as a fraction
SELECT * FROM pg_temp.rates('Lực lượng Cảnh sát đã điều tra làm rõ 688/742 vụ phạm tội về trật tự xã hội.', 'vi');
SELECT * FROM pg_temp.rates('Provincial police solved 341 of 372 criminal cases in 2025.', 'en');
--    but not a change between periods or a crime count pair
SELECT * FROM pg_temp.rates('Tội phạm giảm 6,1% (2.210/2.354 vụ); bắt 120 vụ/135 đối tượng.', 'vi');

-- 5. a rate in brackets after a count: other, unless the count is of cases
SELECT * FROM pg_temp.rates('Bắt giữ, vận động đầu thú 162 đối tượng truy nã (đạt hơn 93%).', 'vi');
SELECT * FROM pg_temp.rates('Điều tra làm rõ 118/124 vụ án rất nghiêm trọng và đặc biệt nghiêm trọng (đạt tỷ lệ 95,16%).', 'vi');
--    a share is no rate
SELECT * FROM pg_temp.rates('Bắt giữ 40 đối tượng (chiếm 20% tổng số đối tượng).', 'vi');

-- metric: a rate of people is other; a narrow cue names only its own item
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra án đặc biệt nghiêm trọng đạt 97%, án giết người đạt 100%; bắt đạt gần 90% số đối tượng phải bắt.', 'vi');
SELECT * FROM pg_temp.rates('Án đặc biệt nghiêm trọng xảy ra 12 vụ giết người, điều tra làm rõ 12 vụ, đạt tỷ lệ 100%.', 'vi');
