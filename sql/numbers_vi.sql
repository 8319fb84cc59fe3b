-- numbers(): Vietnamese conventions (decimal comma, dot grouping) and cues
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
SET datestyle = ISO;

CREATE FUNCTION pg_temp.show(body text, lang text DEFAULT 'vi')
RETURNS TABLE (kind text, value numeric, value2 numeric, qualifier text, unit text,
               is_change boolean, date date, label text, span text, span_ok boolean)
LANGUAGE sql AS $$
  SELECT kind, value, value2, qualifier, unit, is_change, date, label,
         span_start || '-' || span_end, substr(body, span_start + 1, span_end - span_start) = text
  FROM clusterdata.numbers(body, lang)
$$;

-- a fraction, a percent with a decimal comma, grouping by dots
SELECT * FROM pg_temp.show('Công an tỉnh Phú Thọ đã điều tra làm rõ 2.318/2.604 vụ, đạt tỷ lệ 89,01%.');
-- qualifiers before and after the number
SELECT * FROM pg_temp.show('Tỷ lệ khám phá án đạt trên 91,5%, án nghiêm trọng đạt từ 95% trở lên, khoảng 1.200 vụ.');
-- ratio with the unit repeated, counts separated by a slash
SELECT * FROM pg_temp.show('Đã điều tra 2.705 vụ trên tổng số 3.012 vụ; bắt 9.120 vụ/12.455 đối tượng.');
-- a change between periods and the pair it compares
SELECT * FROM pg_temp.show('Số vụ phạm pháp hình sự giảm 6,21% (2.980/3.177 vụ) so với cùng kỳ.');
-- ordinals (Arabic and Roman) and dates
SELECT * FROM pg_temp.show('Ngày 12/6/2024, Cụm thi đua số 3 họp tại Thái Nguyên; cụm số II họp ngày 16-7.');
SELECT * FROM pg_temp.show('Sáng 9/1, hội nghị tổng kết năm 2023 diễn ra ngày 9 tháng 1 năm 2024.');
-- codes and ranges: not quantities
SELECT * FROM pg_temp.show('Thực hiện Nghị quyết 12-NQ/TW, Chỉ thị số 06/CT-BCA, Đề án 06 giai đoạn 2021-2025.');
-- text without numbers
SELECT count(*) FROM clusterdata.numbers('Hội nghị đã thống nhất bầu Công an tỉnh làm Cụm trưởng.', 'vi');
