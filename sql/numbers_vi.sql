-- numbers(): Vietnamese conventions (decimal comma, dot grouping) and cues
\i sql/include/numbers_show.sql

-- a fraction, a percent with a decimal comma, grouping by dots
SELECT * FROM pg_temp.show('Công an tỉnh Phú Thọ đã điều tra làm rõ 2.318/2.604 vụ, đạt tỷ lệ 89,01%.', 'vi');
-- qualifiers before and after the number
SELECT * FROM pg_temp.show('Tỷ lệ khám phá án đạt trên 91,5%, án nghiêm trọng đạt từ 95% trở lên, khoảng 1.200 vụ.', 'vi');
-- ratio with the unit repeated, counts separated by a slash
SELECT * FROM pg_temp.show('Đã điều tra 2.705 vụ trên tổng số 3.012 vụ; bắt 9.120 vụ/12.455 đối tượng.', 'vi');
-- a change between periods and the pair it compares
SELECT * FROM pg_temp.show('Số vụ phạm pháp hình sự giảm 6,21% (2.980/3.177 vụ) so với cùng kỳ.', 'vi');
-- ordinals (Arabic and Roman) and dates
SELECT * FROM pg_temp.show('Ngày 12/6/2024, Cụm thi đua số 3 họp tại Thái Nguyên; cụm số II họp ngày 16-7.', 'vi');
SELECT * FROM pg_temp.show('Sáng 9/1, hội nghị tổng kết năm 2023 diễn ra ngày 9 tháng 1 năm 2024.', 'vi');
-- codes and ranges: not quantities
SELECT * FROM pg_temp.show('Thực hiện Nghị quyết 12-NQ/TW, Chỉ thị số 06/CT-BCA, Đề án 06 giai đoạn 2021-2025.', 'vi');
-- text without numbers
SELECT count(*) FROM clusterdata.numbers('Hội nghị đã thống nhất bầu Công an tỉnh làm Cụm trưởng.', 'vi');
-- a year word before a year-shaped number makes it a year, even with a unit word after it
SELECT * FROM pg_temp.show('Cụm họp năm 2024 tại tỉnh Sơn La; trong năm có 2024 vụ việc được xử lý.', 'vi');
