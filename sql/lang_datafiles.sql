-- Languages added as data files alone (data/lang/*.txt, compiled by
-- scripts/gen_langs.py, as every language is): Portuguese, Italian, Arabic
-- and Thai; our own sentences.  Each is detected and gives its rates, members and cluster;
-- Arabic-Indic digits with their decimal and group marks; Thai without
-- spaces between its words.
\i sql/include/facts_show.sql
SELECT code, name, decimal_separator FROM languages() WHERE code IN ('pt', 'it', 'ar', 'th') ORDER BY code;

-- Portuguese
SELECT detect_language('Em 2024, a polícia da província esclareceu 1.240 dos 1.460 casos criminais, atingindo uma taxa de 84,9%, e mais de 95% dos casos graves.');
SELECT * FROM pg_temp.facts('Em 2024, o grupo de emulação nº 7 reuniu a polícia de Da Nang, Quang Nam e Quang Ngai. '
  || 'A polícia de Da Nang esclareceu 930 dos 1.012 casos criminais, atingindo uma taxa de 91,9%, e mais de 96% dos casos graves. '
  || 'O número de crimes diminuiu 6,4% em relação ao mesmo período de 2023.', 'pt');
SELECT kind, value, qualifier, unit, text FROM numbers('cerca de 2 mil casos, 3,5 toneladas e 12 suspeitos', 'pt');

-- Italian
SELECT detect_language('Nel 2024 la polizia della provincia ha risolto 1.240 dei 1.460 casi penali, raggiungendo un tasso dell''84,9%, e oltre il 95% dei casi gravi.');
SELECT * FROM pg_temp.facts('Nel 2024 il gruppo di emulazione n. 7 riunisce la polizia di Da Nang, Quang Nam e Quang Ngai. '
  || 'La polizia di Quang Nam ha risolto 505 dei 560 casi penali, raggiungendo un tasso del 90,18%. '
  || 'Per il 2025 punta a risolvere oltre il 92% dei casi.', 'it');
SELECT kind, value, qualifier, unit, text FROM numbers('circa 3 mila casi, oltre 40 sospettati', 'it');

-- Arabic: Western and Arabic-Indic digits, ٫ and ٬, ٪
SELECT detect_language('في عام 2024، تمكنت الشرطة من الكشف عن 1240 قضية جنائية من أصل 1460 قضية، بنسبة 84.9%.');
SELECT * FROM pg_temp.facts('في عام 2024، تضم مجموعة المحاكاة رقم 7 شرطة دا نانغ و كوانغ نام و كوانغ نغاي. '
  || 'وتمكنت شرطة دا نانغ من الكشف عن 930 قضية جنائية من أصل 1012 قضية، بنسبة 91.9%، وأكثر من 95% من الجرائم الخطيرة.', 'ar');
SELECT kind, value, qualifier, unit, text FROM numbers('بنسبة ٨٤٫٩٪ من أصل ١٬٤٦٠ قضية، وحوالي ٣٠٠ شخص', 'ar');
SELECT * FROM pg_temp.facts('تمكنت الشرطة من الكشف عن ٩٣٠ قضية من أصل ١٬٠١٢ قضية، بنسبة ٩١٫٩٪.', 'ar');

-- Thai: no spaces between words; the parser cuts it into characters
SELECT detect_language('ในปี 2024 ตำรวจจังหวัดคลี่คลายคดีอาญาได้ 1,240 คดี จากทั้งหมด 1,460 คดี คิดเป็นอัตรา 84.9 เปอร์เซ็นต์');
SELECT * FROM pg_temp.facts('ในปี 2024 กลุ่มแข่งขันที่ 7 ประกอบด้วยตำรวจดานัง กว๋างนาม และกว๋างหงาย' || chr(10)
  || 'ตำรวจดานังคลี่คลายคดีอาญาได้ 930 คดี จากทั้งหมด 1,012 คดี คิดเป็นอัตรา 91.9 เปอร์เซ็นต์ และคดีร้ายแรงมากกว่า 95%', 'th');
SELECT kind, value, qualifier, unit, text FROM numbers('จับกุมผู้ต้องหา 120 ราย ประมาณ 35 คน มากกว่า 90%', 'th');
-- a Thai cue taught from SQL is cut the same way
INSERT INTO cue (lang, phrase, role) VALUES ('th', 'สัดส่วนการคลี่คลาย', 'rate');
SELECT kind, percent, why FROM parse_report('ปีนี้สัดส่วนการคลี่คลาย 88.5%', 'th') WHERE kind = 'rate';
DELETE FROM cue;

-- every language, with and without diacritics, in one session: a
-- dictionary each (34 of them)
SELECT count(*) AS languages, sum(a.n + b.n) > 0 AS parsed
FROM languages() l,
     LATERAL (SELECT count(*) AS n FROM parse_report('Công an tỉnh Sơn La điều tra làm rõ 88/100 vụ, đạt tỷ lệ 88%, năm 2024.', l.code)) a,
     LATERAL (SELECT count(*) AS n FROM parse_report('Cong an tinh Son La dieu tra lam ro 88/100 vu, dat ty le 88%, nam 2024.', l.code)) b;
