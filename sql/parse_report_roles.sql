-- parse_report(): the cluster's leader and deputy, and the year and span a
-- report reviews (our own sentences, in several languages each):
--  9. a police post is not the cluster's deputy; a leader named by the post
--     of the conference's host; a name cut short before "(Cụm trưởng)";
-- 10. a plan's or a comparison's year, the first year of a range, and spans
--     written without their diacritics or in words.
\i sql/include/facts_show.sql
CREATE FUNCTION pg_temp.roles(body text, lang text)
RETURNS TABLE (kind text, metric text, province province, year int, span_ok boolean, evidence text)
LANGUAGE sql AS $$
  SELECT f.kind, f.metric, f.province, f.year,
         substr(body, f.span_start + 1, f.span_end - f.span_start) = f.text, f.text
  FROM clusterdata.parse_report(body, lang) f
  WHERE f.kind IN ('leader', 'deputy', 'period')
  ORDER BY f.kind, f.span_start
$$;

-- 9. a police post ("deputy police chief of X") is no cluster role
SELECT * FROM pg_temp.roles('Generalmajor Tran Van D, stellvertretender Polizeichef von Hanoi, sprach auf der Konferenz des Emulationsclusters 2024.', 'de');
SELECT * FROM pg_temp.roles('Major General Tran Van D, deputy director of the Hanoi police, spoke at the cluster conference reviewing 2024.', 'en');
-- (the cluster's own deputy is still one)
SELECT * FROM pg_temp.roles('Die Konferenz des Emulationsclusters 2024: stellvertretender Clusterleiter ist die Polizei von Hai Phong.', 'de');
-- the leader named by the post of the host: the venue's province
SELECT * FROM pg_temp.roles('Sáng 12/1, tại Công an tỉnh Hà Nam, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có Đại tá Nguyễn Văn E, Giám đốc Công an tỉnh kiêm Cụm trưởng.', 'vi');
-- (without a venue, nothing is guessed)
SELECT * FROM pg_temp.roles('Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có Đại tá Nguyễn Văn E, Giám đốc Công an tỉnh kiêm Cụm trưởng.', 'vi');
-- a province name cut short before the bracketed role: the one member it begins
SELECT * FROM pg_temp.roles('Cụm thi đua số 8 gồm Công an các tỉnh Bạc Liêu, Cà Mau, Kiên Giang, Sóc Trăng tổng kết năm 2022. Đại tá Lê Văn G - Giám đốc Công an tỉnh Kiên (Cụm trưởng) phát biểu.', 'vi');
-- (a cut name two members begin is left alone)
SELECT * FROM pg_temp.roles('Cụm thi đua gồm Công an các tỉnh Hà Nam, Hà Giang, Nam Định tổng kết năm 2022. Đại tá Lê Văn G - Giám đốc Công an tỉnh Hà (Cụm trưởng) phát biểu.', 'vi');

-- 10. the year reviewed, not a plan's or a comparison's
SELECT * FROM pg_temp.roles('The provincial police held a meeting to review their work over the past year and roll out plans for 2026. In 2025 crime fell 6% compared with 2024, and 2025 saw 88% of cases solved.', 'en');
SELECT * FROM pg_temp.roles('Le rapport sur la lutte contre la criminalité en 2025 indique une baisse de 9 % comparé à la même période en 2024, et de 4 % comparé à la même période en 2024 pour les vols.', 'fr');
SELECT * FROM pg_temp.roles('Công an tỉnh tổng kết công tác, triển khai phương hướng, nhiệm vụ năm 2026. Năm 2025, số vụ phạm pháp hình sự giảm 7% so với cùng kỳ năm 2024; tỷ lệ điều tra khám phá đạt 84% trong năm 2025.', 'vi');
SELECT * FROM pg_temp.roles('Die Zahl der Straftaten sank im Jahr 2024 im Vergleich zum gleichen Zeitraum 2023, 2024 lag die Quote bei 85 %.', 'de');
-- the first year of a range of years is not the year reviewed
SELECT * FROM pg_temp.roles('통일 50주년(1975~2025)을 맞아 경찰은 특별단속에 나섰다.', 'ko');
SELECT * FROM pg_temp.roles('Kỷ niệm 80 năm (1945–2025), Công an tỉnh tổng kết công tác năm 2025.', 'vi');
-- spans: without diacritics in a text that has them; in words
SELECT * FROM pg_temp.roles('cong an huyen so ket 6 thang dau nam 2024' || chr(10) || 'Hội nghị đánh giá kết quả công tác của lực lượng Cảnh sát điều tra.', 'vi');
SELECT * FROM pg_temp.roles('Die Konferenz bewertete die Ergebnisse der ersten sechs Monate 2024.', 'de');
SELECT * FROM pg_temp.roles('La conferencia evaluó los primeros seis meses de 2024.', 'es');
SELECT * FROM pg_temp.roles('La conférence a fait le bilan des six premiers mois de 2024.', 'fr');
SELECT * FROM pg_temp.roles('Konferencja podsumowała pracę w pierwszych sześciu miesiącach 2024 roku.', 'pl');
