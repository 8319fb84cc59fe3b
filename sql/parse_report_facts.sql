-- parse_report(): the province type, the scope of rates and counts, where the
-- conference was held, and the officials named (our own sentences)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;

CREATE FUNCTION pg_temp.facts(body text, lang text DEFAULT NULL)
RETURNS TABLE (kind text, metric text, percent numeric, value numeric, province province,
               scope text, detail text, span_ok boolean, text text)
LANGUAGE sql AS $$
  SELECT kind, metric, percent, value, province, scope, detail,
         substr(body, span_start + 1, span_end - span_start) = text, text
  FROM clusterdata.parse_report(body, lang)
  WHERE kind IN ('rate', 'count', 'change', 'location', 'person', 'member')
$$;

-- the province column is the province type
SELECT DISTINCT pg_typeof(province) FROM parse_report('Cụm gồm Công an các tỉnh Lào Cai, Yên Bái, Lai Châu.');

-- Vietnamese: a rate of the whole cluster, one of a single province, the place
-- ("tại Công an tỉnh ...") and an official with the province of his post
SELECT * FROM pg_temp.facts(
'Sáng 18/12, tại Công an tỉnh Lai Châu, Cụm thi đua số 1 mở Hội nghị nhìn lại năm 2024. '
'Dự hội nghị có Thiếu tướng Phạm Quốc Bảo, Giám đốc Công an tỉnh Điện Biên. '
'Năm 2024, toàn Cụm đã điều tra làm rõ 1.204/1.376 vụ, đạt 87,5%. '
'Riêng Công an tỉnh Sơn La khám phá 233 vụ, đạt 92,1%. '
'Các đơn vị đã bắt 540 đối tượng.');

-- English: "in <province>" for the place, "Major General" and the post behind a comma
SELECT * FROM pg_temp.facts(
'On 18 December, Emulation Cluster No. 1 held a conference in Dien Bien to review 2024. '
'Major General Pham Quoc Bao, Director of Dien Bien Provincial Police, chaired it. '
'The whole cluster solved 1,204 of 1,376 cases, 87.5%. Son La police alone solved 233 cases, 92.1%.');

-- French: "à" is both a link word and a place word; a rank of several words
SELECT * FROM pg_temp.facts(
'Le 18 décembre, le groupe d''émulation n° 1 a tenu sa conférence à Lai Chau. '
'Le général de division Pham Quoc Bao, directeur de la police de Dien Bien, y a assisté.');

-- Hindi: the place word follows the name; particles end a name
SELECT * FROM pg_temp.facts(
'18 दिसंबर को क्लस्टर संख्या 1 ने लाई चाऊ प्रांत में सम्मेलन रखा। '
'मेजर जनरल फाम क्वोक बाओ ने बैठक का संचालन किया।');

-- each official once; a rank without a name is no person; no place without an event
SELECT kind, metric, detail FROM pg_temp.facts(
'Đại tá Lê Văn Hòa phát biểu. Sau đó Đại tá Lê Văn Hòa trao cờ. Thiếu tướng phát biểu. '
'Lực lượng tại Phú Thọ đã triệt phá 12 ổ nhóm.', 'vi');

-- Polish and Romanian: inflected ranks keep their base form
SELECT kind, metric, detail FROM pg_temp.facts(
'Konferencja klastra nr 2 odbyła się w Lao Cai. Pułkownika Nguyen Van Thanh wybrano na przewodniczącego.', 'pl');
SELECT kind, metric, province, detail FROM pg_temp.facts(
'Conferința Clusterului nr. 2 a avut loc la Lao Cai. Colonelul Nguyen Van Thanh, director al Poliției provinciei Yen Bai, a participat.', 'ro');

-- the year of a leadership is not the year reviewed: with no other year, the
-- review is of the year before
SELECT kind, metric, year, province, text FROM parse_report(
'Hội nghị đã bầu Cụm trưởng Cụm thi đua số 6 năm 2021 là Công an tỉnh Nghệ An, Cụm phó là Công an tỉnh Hà Tĩnh.')
WHERE kind IN ('period', 'leader', 'deputy');
SELECT kind, metric, year, text FROM parse_report(
'Năm 2020, lực lượng Công an đã bắt 40 đối tượng. Hội nghị đã bầu Cụm trưởng năm 2021 là Công an tỉnh Nghệ An.')
WHERE kind IN ('period', 'leader');

-- Devanagari spellings no alias lists are read by sound before a province or
-- police word; a person's name that sounds like a province is not one
SELECT kind, metric, percent, province, scope, text FROM parse_report(
'क्लस्टर संख्या 3 में तुयेन क्वांग प्रांत, बाक कान प्रांत और थाई न्गुयेन प्रांत शामिल हैं। '
'फू येन प्रांत पुलिस ने 120/130 आपराधिक मामले सुलझाए, यह 92.31% की दर है। '
'कर्नल ले वान फुक ने सभा को संबोधित किया।', 'hi')
WHERE kind IN ('member', 'rate', 'person');

-- a person named twice: one fact, at the first mention, with the post the second names
SELECT kind, metric, province, detail, text FROM parse_report(
'Đại tá Lê Văn Hòa phát biểu khai mạc. Sau đó Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh Phú Thọ, trao cờ thi đua.', 'vi')
WHERE kind = 'person';

-- a surname that is also a link word ("Từ", "To") is part of the name
SELECT kind, metric, detail FROM parse_report('Thiếu tướng Từ Văn Hải phát biểu tại hội nghị.', 'vi')
WHERE kind = 'person';
SELECT kind, metric, detail FROM parse_report('Major General To Van Minh attended the meeting.', 'en')
WHERE kind = 'person';

-- counts are law-enforcement quantities only: cases, suspects, arrests, gangs;
-- drugs seized are seizures; awards, patrol turns and provinces stay in numbers()
SELECT kind, metric, value, text
FROM parse_report('Năm 2025, Công an tỉnh Sơn La bắt giữ 214 đối tượng, triệt phá 12 băng nhóm, thu giữ 35 kg ma túy; '
                  'điều tra làm rõ 318 vụ. Giám đốc tặng Giấy khen cho 7 tập thể và 25 cá nhân; '
                  'tổ chức 1.240 lượt tuần tra; lãnh đạo Công an 5 tỉnh dự hội nghị.', 'vi')
WHERE kind = 'count' ORDER BY span_start;
SELECT count(*) FILTER (WHERE unit IN ('collective', 'individual', 'time', 'province')) AS other_quantities_in_numbers
FROM numbers('Giám đốc tặng Giấy khen cho 7 tập thể và 25 cá nhân; tổ chức 1.240 lượt tuần tra; lãnh đạo Công an 5 tỉnh dự hội nghị.', 'vi');
SELECT kind, metric, value, text
FROM parse_report('In 2025 the provincial police arrested 96 suspects and solved 140 cases; '
                  '14 collectives and 31 individuals received certificates of merit, and officers made 800 patrol turns.', 'en')
WHERE kind = 'count' ORDER BY span_start;

-- leader stated right behind its role, without a link word
SELECT kind, province, year, text
FROM parse_report('In 2026, the leading unit - Kon Tum police - will chair the meetings of Emulation Group No. 5.', 'en')
WHERE kind IN ('leader', 'deputy');
SELECT kind, province, year, text
FROM parse_report('En 2025, le chef de file est Ninh Thuan, qui a coordonné les visites du groupe.', 'fr')
WHERE kind IN ('leader', 'deputy');
-- the year of a comparison is not the year reviewed
SELECT kind, metric, year
FROM parse_report('In 2025 the provincial police solved 812 cases. Crimes fell by 8% compared to 2024; arrests rose by 12% compared to 2024; drug seizures doubled compared to 2024.', 'en')
WHERE kind = 'period';
-- in a list of roles, the province right behind one role is the next role's
SELECT kind, province, text
FROM parse_report('Năm 2026, Cụm thi đua số 8 bầu Công an tỉnh Bạc Liêu làm Cụm trưởng, Công an tỉnh Hậu Giang làm Cụm phó.', 'vi')
WHERE kind IN ('leader', 'deputy') ORDER BY span_start;
-- casualties, traffic accidents and differences between periods are no counts
SELECT kind, metric, value, text
FROM parse_report('Trên địa bàn xảy ra 310 vụ TNGT, 96 người chết, 140 người bị thương. Phát hiện ít hơn 11 vụ so với năm 2024. '
                  'Công an tỉnh triệt phá 9 đường dây ma túy, khởi tố 204 vụ, 356 bị can.', 'vi')
WHERE kind IN ('count', 'change') ORDER BY span_start;
SELECT kind, metric, value, text
FROM parse_report('Police arrested 412 drug-related criminals and solved 1,204 crimes; 37 people were killed in traffic accidents.', 'en')
WHERE kind IN ('count', 'change') ORDER BY span_start;
-- people right after a number of collectives are an award list, not offenders
SELECT kind, metric, value, text
FROM parse_report('Dịp này, Bộ trưởng tặng Bằng khen cho 14 tập thể và 27 cá nhân; bắt 96 đối tượng truy nã.', 'vi')
WHERE kind = 'count' ORDER BY span_start;
SELECT kind, metric, value, text
FROM parse_report('Komendant przyznał dyplomy 12 zespołom i 25 osobom, a policja zatrzymała 140 osób.', 'pl')
WHERE kind = 'count' ORDER BY span_start;
-- the cases solved, stated with the general rate they give, are part of that rate;
-- beside a rate of a class of cases or of people they stay a count
SELECT kind, metric, value, percent, text
FROM parse_report('Năm qua, Công an tỉnh đã điều tra, làm rõ 918 vụ với 1.204 đối tượng, đạt tỷ lệ hơn 87%.', 'vi')
WHERE kind IN ('count', 'rate') ORDER BY span_start;
SELECT kind, metric, value, percent, text
FROM parse_report('Police investigated and solved 627 criminal cases, equivalent to 88.4% of the cases recorded.', 'en')
WHERE kind IN ('count', 'rate') ORDER BY span_start;
SELECT kind, metric, value, percent, text
FROM parse_report('Công an tỉnh đã khám phá 3.200 vụ phạm pháp hình sự, tỷ lệ khám phá án rất nghiêm trọng đạt 95%.', 'vi')
WHERE kind IN ('count', 'rate') ORDER BY span_start;
-- a quantity aimed at is no count
SELECT kind, metric, value, text
FROM parse_report('The province will strive to cut crime by 2 percent, or 900 cases in 2026. Last year it solved 1,310 cases.', 'en')
WHERE kind = 'count' ORDER BY span_start;
-- a period cue with only a date to give the year; a specific span overrides "sơ kết"
SELECT kind, metric, year, text
FROM parse_report('Ngày 21/9/2025, Cụm thi đua số 6 họp sơ kết công tác 9 tháng. Các đơn vị khám phá 640 vụ.', 'vi')
WHERE kind = 'period';
SELECT kind, metric, year, text
FROM parse_report('Cụm thi đua số 6 họp sơ kết công tác 9 tháng năm 2025 tại Cần Thơ.', 'vi')
WHERE kind = 'period';
SELECT kind, metric, year, text
FROM parse_report('Cụm thi đua số 6 họp sơ kết năm 2025 tại Cần Thơ.', 'vi')
WHERE kind = 'period';
-- the role in an apposition after the official's post
SELECT kind, province, year, text
FROM parse_report('Hội nghị do Đại tá Trần Văn Bình, Giám đốc Công an tỉnh Tuyên Quang, Cụm trưởng của Cụm thi đua số 1 năm 2025 chủ trì.', 'vi')
WHERE kind IN ('leader', 'deputy');
-- a report that lost its diacritics is read with its cues stripped of them too
SELECT detect_language('Nam qua, cac don vi trong Cum da dieu tra lam ro nhieu vu an, bat giu nhieu doi tuong, gop phan giu vung an ninh trat tu tren dia ban cac tinh.');
SELECT kind, metric, rate, percent, qualifier, value, province, cluster_no, year, text
FROM parse_report('Ngay 18/12/2024, Cum thi dua so 3 gom Cong an cac tinh Thai Nguyen, Tuyen Quang, Bac Kan, Ha Giang to chuc hoi nghi tong ket cong tac nam 2024. Nam qua, cac don vi trong Cum da dieu tra lam ro 1.352/1.498 vu pham phap hinh su, dat ty le 90,25%, trong do an rat nghiem trong va dac biet nghiem trong dat tren 96%. Bat 2.104 doi tuong. Hoi nghi da bau Cong an tinh Thai Nguyen lam Cum truong nam 2025.')
WHERE kind NOT IN ('person', 'source', 'location') ORDER BY span_start, kind;
-- in a text with its diacritics, an unaccented word is not read as the stripped cue
-- ("trong an ninh" is no "trọng án")
SELECT kind, metric, percent, text
FROM parse_report('Tỷ lệ điều tra, khám phá các vụ án đạt 88%, góp phần giữ vững trong an ninh trật tự; các đơn vị khám phá 40 vụ.', 'vi')
WHERE kind = 'rate';
-- a part of what was just counted ("of which 30", "trong đó 12") is a count
-- of the same unit; not after "while", not across sentences, not a year
CREATE TEMP TABLE subset_texts(n int, lang text, body text);
INSERT INTO subset_texts VALUES
 (1, 'vi', 'Lực lượng Công an bắt giữ 214 đối tượng, trong đó 37 nữ.'),
 (2, 'en', 'Officers detained 86 suspects, of which 19 were juveniles.'),
 (3, 'fr', 'La police a interpellé 58 suspects, dont 11 mineurs.'),
 (4, 'pl', 'Zatrzymano 77 osób, w tym 15 cudzoziemców.'),
 (5, 'hi', 'पुलिस को नागरिकों से 2,915 अपराध रिपोर्ट मिलीं, जिनमें से 1,208 उपयोगी थीं।'),
 (6, 'ru', 'Задержано 143 подозреваемых, из них 26 несовершеннолетних.'),
 (7, 'en', 'Officers detained 86 suspects, while 19 remained at large.'),
 (8, 'en', 'Officers detained 86 suspects. Of which 19 were later freed.'),
 (9, 'vi', 'Năm 2024 bắt 214 đối tượng, trong đó 2023 có ít hơn.');
SELECT s.n, s.lang, p.metric, p.value,
       substr(s.body, p.span_start + 1, p.span_end - p.span_start) = p.text AS span_ok, p.text, p.why
FROM subset_texts s, parse_report(s.body, s.lang) p
WHERE p.kind = 'count' ORDER BY s.n, p.span_start;
-- a province named in the rate's own clause is its scope, though the
-- sentence names another before it
SELECT s.n, p.province, p.scope, p.percent,
       substr(s.body, p.span_start + 1, p.span_end - p.span_start) = p.text AS span_ok
FROM (VALUES (1, 'vi', 'Sơn La làm rõ 301/340 vụ, tỷ lệ 88,53%; Điện Biên làm rõ 288/320 vụ, tỷ lệ 90%.'),
             (2, 'en', 'Son La police solved 301 of 340 cases (88.53%); Dien Bien police solved 288 of 320 cases (90%).'),
             (3, 'vi', 'Sơn La và Điện Biên làm rõ 589/660 vụ, tỷ lệ 89,24%.')) s(n, lang, body),
     parse_report(s.body, s.lang) p
WHERE p.kind = 'rate' ORDER BY s.n, p.span_start;
-- nine months and quarters as each language writes them; a year behind a
-- period's words is no count of what follows ("mois de 2023 du groupe"),
-- nor of the noun after another number ("Quartal 2023 wurden 640 Verdächtige")
SELECT s.n, s.lang, p.kind, p.metric, p.year, p.value
FROM (VALUES (1, 'fr', 'Lors de la conférence de bilan des neuf premiers mois de 2023 du groupe n° 4, la police a arrêté 640 suspects.'),
             (2, 'it', 'Alla conferenza sui primi nove mesi del 2023 del gruppo n. 4, la polizia ha arrestato 640 sospetti.'),
             (3, 'pt', 'Na conferência de balanço dos nove primeiros meses de 2023 do grupo n.º 4, a polícia deteve 640 suspeitos.'),
             (4, 'pl', 'Na konferencji podsumowującej dziewięć miesięcy 2023 r. policja zatrzymała 640 podejrzanych.'),
             (5, 'de', 'Im dritten Quartal 2023 wurden 640 Verdächtige festgenommen.'),
             (6, 'ja', '2023年第3四半期、警察は容疑者640人を逮捕した。'),
             (7, 'zh', '2023年前三季度，警方抓获犯罪嫌疑人640名。'),
             (8, 'hi', '2023 की तीसरी तिमाही में पुलिस ने 640 संदिग्धों को गिरफ्तार किया।'),
             (9, 'th', 'การประชุมสรุปผล 9 เดือนของปี 2023 ตำรวจจับกุมผู้ต้องหา 640 ราย'),
             -- (a year with its noun right after it stays a count)
             (10, 'en', 'Police in 2023 arrested 640 suspects and 2023 cases were solved.')) s(n, lang, body),
     parse_report(s.body, s.lang) p
WHERE p.kind IN ('period', 'count') ORDER BY s.n, p.span_start;
