-- parse_report(): counts that are law-enforcement counts (our own
-- sentences, in every language): amounts seized are seizures with what was
-- seized; traffic, fires, explosions, casualties and victims are no counts;
-- the second item of a change pair is a change; a count stated again with
-- the same words is one; "vụ" inside another word is no case; units and
-- number words (Vietnamese, Spanish, German, Polish, Romanian), "N多万"
\i sql/include/facts_show.sql
CREATE FUNCTION pg_temp.counts(body text, lang text)
RETURNS TABLE (kind text, metric text, value numeric, qualifier text, detail text,
               span_ok boolean, evidence text)
LANGUAGE sql AS $$
  SELECT f.kind, f.metric, f.value, f.qualifier, f.detail,
         substr(body, f.span_start + 1, f.span_end - f.span_start) = f.text, f.text
  FROM clusterdata.parse_report(body, lang) f
  WHERE f.kind IN ('count', 'seizure', 'change')
  ORDER BY f.span_start, f.kind
$$;

-- 11. seizures: value, unit and what was seized; no count
SELECT * FROM pg_temp.counts('Lực lượng chức năng bắt 12 đối tượng, thu 25 bánh heroin, 3,5 kg ma túy tổng hợp và 1.200 viên thuốc lắc.', 'vi');
SELECT * FROM pg_temp.counts('Trong dịp Tết, công an bắt 30 đối tượng, thu giữ 2.150 kg pháo các loại.', 'vi');
SELECT * FROM pg_temp.counts('Police arrested 41 suspects and seized 62 kg of heroin and 9,000 synthetic drug pills.', 'en');
SELECT * FROM pg_temp.counts('Les forces de l''ordre ont arrêté 27 suspects et saisi 48 kg d''héroïne et 3,2 tonnes de pétards.', 'fr');
SELECT * FROM pg_temp.counts('La policía detuvo a 15 sospechosos e incautó 20 kg de heroína.', 'es');
SELECT * FROM pg_temp.counts('Die Polizei nahm 18 Verdächtige fest und stellte 35 kg Heroin sicher.', 'de');
SELECT * FROM pg_temp.counts('Policja zatrzymała 22 podejrzanych i przejęła 14 kg heroiny.', 'pl');
SELECT * FROM pg_temp.counts('Poliția a reținut 19 persoane și a confiscat 11 kg de heroină.', 'ro');
SELECT * FROM pg_temp.counts('警方抓获犯罪嫌疑人36名，缴获海洛因52公斤。', 'zh');
SELECT * FROM pg_temp.counts('警察は容疑者21人を逮捕し、ヘロイン17キロを押収した。', 'ja');
SELECT * FROM pg_temp.counts('경찰은 용의자 28명을 체포했으며 압수된 마약류는 240kg에 달했다.', 'ko');
SELECT * FROM pg_temp.counts('Polisi menangkap 33 tersangka dan menyita 45 kg sabu.', 'id');
SELECT * FROM pg_temp.counts('Полиция задержала 26 подозреваемых и изъяла 13 кг героина.', 'ru');

-- 12. traffic, fires, explosions, casualties and victims: no counts
SELECT * FROM pg_temp.counts('Toàn tỉnh xảy ra 640 vụ tai nạn giao thông, làm chết 212 người, làm bị thương 318 người; xảy ra 45 vụ cháy và 2 vụ nổ.', 'vi');
SELECT * FROM pg_temp.counts('TNGT xảy ra 1.120 vụ, giảm so với cùng kỳ; bắt 85 đối tượng.', 'vi');
SELECT * FROM pg_temp.counts('There were 512 traffic accidents and 37 fires; the blasts killed 4 people, and 96 suspects were arrested.', 'en');
-- traffic words in Vietnamese and French; casualties after a gang count
SELECT * FROM pg_temp.counts('Công an tỉnh phát hiện 2.310 trường hợp vi phạm trật tự an toàn giao thông, bắt 64 đối tượng.', 'vi');
SELECT * FROM pg_temp.counts('La police a relevé 2 310 infractions au code de la route et interpellé 64 suspects.', 'fr');
SELECT * FROM pg_temp.counts('경찰은 약 380 개의 범죄조직을 적발했으며 인신매매 피해자 52명을 구조했다.', 'ko');
-- a traffic word of another number or clause leaves this one a count: after
-- digits, a clause word ("while", "während") or ", and"; a word that begins within
-- the reach and ends past it ("vi phạm trật tự an toàn giao thông") still counts
SELECT * FROM pg_temp.counts('Police arrested 64 suspects in drug cases, while traffic accidents fell sharply.', 'en');
SELECT * FROM pg_temp.counts('Trong năm, lực lượng đã xử lý 3.450 trường hợp vi phạm trật tự an toàn giao thông, khởi tố 120 vụ án, 245 bị can.', 'vi');
SELECT * FROM pg_temp.counts('Tai nạn giao thông tiếp tục giảm, toàn tỉnh xảy ra 95 vụ, làm chết 60 người.', 'vi');
SELECT * FROM pg_temp.counts('La police a arrêté 38 suspects, tandis que les accidents de la route ont diminué.', 'fr');
SELECT * FROM pg_temp.counts('La policía detuvo a 64 sospechosos y registró 210 accidentes de tráfico.', 'es');
SELECT * FROM pg_temp.counts('Se detuvo a 52 sospechosos por delitos de drogas, y los accidentes de tráfico bajaron.', 'es');
SELECT * FROM pg_temp.counts('La polizia ha arrestato 48 sospetti e ha rilevato 95 incidenti stradali.', 'it');
SELECT * FROM pg_temp.counts('Odnotowano 412 wypadków drogowych, w których zginęło 97 osób, a policja zatrzymała 58 podejrzanych.', 'pl');
SELECT * FROM pg_temp.counts('Die Polizei klärte 240 Straftaten auf, während die Zahl der Verkehrsunfälle sank.', 'de');
SELECT * FROM pg_temp.counts('Полиция задержала 74 подозреваемых, произошло 130 дорожно-транспортных происшествий.', 'ru');
SELECT * FROM pg_temp.counts('Police arrested 87 suspects and recorded 215 traffic accidents.', 'en');
SELECT * FROM pg_temp.counts('Policja zatrzymała 58 podejrzanych i odnotowała 412 wypadków drogowych.', 'pl');
SELECT * FROM pg_temp.counts('Polisi menangkap 45 tersangka dan menangani 320 kecelakaan lalu lintas.', 'id');
SELECT * FROM pg_temp.counts('Полиция задержала 74 подозреваемых и зафиксировала 130 ДТП.', 'ru');
SELECT * FROM pg_temp.counts('Die Polizei nahm 112 Verdächtige fest und registrierte 260 Verkehrsunfälle.', 'de');
SELECT * FROM pg_temp.counts('Về tai nạn giao thông, toàn tỉnh xảy ra 95 vụ, làm chết 60 người, bị thương 40 người.', 'vi');
SELECT * FROM pg_temp.counts('Traffic accidents continued to fall; the province recorded 95 cases, killing 60 people.', 'en');
-- more: a traffic or casualty word before a number only when no comma or "and" comes between
SELECT * FROM pg_temp.counts('In 2024 the province recorded 215 traffic accidents and arrested 87 suspects.', 'en');
SELECT * FROM pg_temp.counts('Police handled 1,250 administrative violations of traffic order and prosecuted 96 criminal cases.', 'en');
SELECT * FROM pg_temp.counts('The accidents killed 23 people; separately, police arrested 310 suspects.', 'en');
SELECT * FROM pg_temp.counts('Police dismantled 9 drug trafficking rings and arrested 41 suspects.', 'en');
SELECT * FROM pg_temp.counts('Officers rescued 12 victims of human trafficking and arrested 8 suspects.', 'en');
SELECT * FROM pg_temp.counts('Xảy ra 18 vụ cháy, thiệt hại khoảng 2 tỷ đồng; bắt giữ 57 đối tượng truy nã.', 'vi');
SELECT * FROM pg_temp.counts('Bắt 56 đối tượng trong các vụ án ma túy; tai nạn giao thông giảm 12 vụ.', 'vi');
SELECT * FROM pg_temp.counts('Les policiers ont interpellé 75 suspects; 12 incendies ont fait 3 morts.', 'fr');
SELECT * FROM pg_temp.counts('Policja zatrzymała ok. 320 podejrzanych i wykryła 1,2 tys. przestępstw.', 'pl');
SELECT * FROM pg_temp.counts('Od stycznia do listopada 2024 r. Policja prowincji Ha Giang wykryła 214 przestępstw.', 'pl');
SELECT * FROM pg_temp.counts('Policja zatrzymała ok. 150 osób, tj. o 20 więcej niż w 2023 r.', 'pl');
SELECT * FROM pg_temp.counts('W ciągu roku wykryto ponad 2 tys. przestępstw narkotykowych.', 'pl');
SELECT * FROM pg_temp.counts('Zatrzymano 47 podejrzanych o przestępstwa narkotykowe, a liczba wypadków drogowych spadła.', 'pl');
SELECT * FROM pg_temp.counts('Die Polizei nahm 112 Verdächtige fest; es gab 260 Verkehrsunfälle und 31 Brände.', 'de');
SELECT * FROM pg_temp.counts('경찰은 교통사고 320건을 처리하고 용의자 45명을 체포했다.', 'ko');
SELECT * FROM pg_temp.counts('Xảy ra 120 vụ TNGT, khởi tố 36 vụ án hình sự.', 'vi');
SELECT * FROM pg_temp.counts('Toàn tỉnh xảy ra 45 vụ cháy, khởi tố 12 vụ án.', 'vi');
SELECT * FROM pg_temp.counts('The police handled 45 fire cases and prosecuted 12 criminal cases.', 'en');
SELECT * FROM pg_temp.counts('Traffic accidents continued to fall; police prosecuted 95 criminal cases.', 'en');
-- an "and" right after the unit ends the number's phrase; Polish ", a"; Romanian "suspecți"
SELECT * FROM pg_temp.counts('Police arrested 50 suspects and traffic accidents fell by 8%.', 'en');
SELECT * FROM pg_temp.counts('Police arrested 19 suspects and rescued the victims.', 'en');
SELECT * FROM pg_temp.counts('Policja zatrzymała 318 podejrzanych, a w wypadkach drogowych zginęły 44 osoby.', 'pl');
SELECT * FROM pg_temp.counts('Poliția a arestat 204 suspecți și a înregistrat 19 accidente rutiere.', 'ro');
SELECT * FROM pg_temp.counts('Công an các tỉnh đã bắt 210 đối tượng và tai nạn giao thông giảm 5%.', 'vi');
SELECT * FROM pg_temp.counts('Police arrested 19 traffickers and 17 drug couriers.', 'en');
-- an accident or casualty word that may stand first counts against a number
-- up to 32 characters behind it in its clause, over other words of its kind
-- ("giao thông"), and in brackets; after a count of people, one right after
-- a comma begins the next item
SELECT * FROM pg_temp.counts('Tai nạn giao thông trong năm xảy ra 88 vụ.', 'vi');
SELECT * FROM pg_temp.counts('Về tai nạn giao thông (73 vụ), Công an tỉnh đã khởi tố 9 vụ án.', 'vi');
SELECT * FROM pg_temp.counts('Apart from traffic accidents (140 cases), the police prosecuted 61 criminal cases.', 'en');
SELECT * FROM pg_temp.counts('This year the province recorded traffic accidents in 207 cases.', 'en');
SELECT * FROM pg_temp.counts('En 2025, des accidents de la route ont eu lieu dans 52 cas.', 'fr');
SELECT * FROM pg_temp.counts('W 2025 roku wypadki drogowe zdarzyły się w 66 przypadkach.', 'pl');
SELECT * FROM pg_temp.counts('Năm 2025, Công an tỉnh đã bắt 58 đối tượng, tai nạn giao thông giảm 4 vụ.', 'vi');
SELECT * FROM pg_temp.counts('The police arrested 33 suspects, accidents having dropped by 7 cases.', 'en');
--    but cases with casualties after a comma are accidents
SELECT * FROM pg_temp.counts('Accidents kept falling; the province recorded 81 cases, killing 40 people.', 'en');
SELECT * FROM pg_temp.counts('Les forces ont sanctionné 730 cas de sécurité routière, dont 120 cas d''alcoolémie.', 'fr');
SELECT * FROM pg_temp.counts('Se sancionaron 310 casos de seguridad y orden del tráfico; hubo 52 casos de exceso de velocidad y 64 personas sin casco.', 'es');
SELECT * FROM pg_temp.counts('Es gab 410 Fälle im Verkehr, aber 75 Verdächtige wurden festgenommen.', 'de');
SELECT * FROM pg_temp.counts('인신매매 피해자 58명이 구조되었고 용의자 17명이 체포되었다.', 'ko');
SELECT * FROM pg_temp.counts('Polisi menyelamatkan korban 24 orang dan menangkap 31 tersangka.', 'id');
-- the second item of a change pair is a change too
SELECT * FROM pg_temp.counts('Phát hiện 88 vụ, 140 đối tượng, tăng 12 vụ, 19 đối tượng so với cùng kỳ.', 'vi');
SELECT * FROM pg_temp.counts('They detected 88 cases and 140 suspects, up 12 cases, 19 suspects on the same period.', 'en');
-- a count in the headline and the body is one count
SELECT * FROM pg_temp.counts(E'Huyện Mai Sơn xảy ra 97 vụ phạm pháp hình sự\nTrong 9 tháng, trên địa bàn huyện đã xảy ra 97 vụ phạm pháp hình sự, giảm 8 vụ.', 'vi');
SELECT * FROM pg_temp.counts(E'District records 97 criminal cases this year\nIn nine months the district recorded 97 criminal cases this year, 8 fewer.', 'en');
-- but the same number with other words after it is another count
SELECT * FROM pg_temp.counts('Khởi tố 14 vụ án kinh tế và 14 vụ án ma túy.', 'vi');
-- "vụ" inside another word is no case
SELECT * FROM pg_temp.counts('Cụm ký giao ước thi đua với 9 nhiệm vụ và 3 dịch vụ công; bắt 20 đối tượng.', 'vi');

-- 13. units: gamblers, prostitutes, individuals with cases; acusados,
-- delincuentes; băng nhóm, chuyên án, tụ điểm, trường hợp; Korean "N개의"
SELECT * FROM pg_temp.counts('Police raided dens, capturing 412 gamblers and 23 prostitutes.', 'en');
SELECT * FROM pg_temp.counts('They uncovered 1,204 cases involving 1,390 individuals.', 'en');
-- individuals of an award list stay no count
SELECT * FROM pg_temp.counts('The ministry rewarded 14 collectives and 27 individuals.', 'en');
SELECT * FROM pg_temp.counts('Se procesaron 7 casos con 9 acusados y se detuvo a 12 delincuentes.', 'es');
SELECT * FROM pg_temp.counts('Triệt phá 6 băng nhóm, làm rõ 3 chuyên án, triệt xóa 47 tụ điểm đánh bạc, phát hiện 1.350 trường hợp vi phạm.', 'vi');
SELECT * FROM pg_temp.counts('경찰은 약 315 개의 조직범죄를 적발했다.', 'ko');
SELECT * FROM pg_temp.counts('La police a interpellé 44 délinquants.', 'fr');
SELECT * FROM pg_temp.counts('Die Polizei ermittelte 61 Straftäter.', 'de');
-- number words: Vietnamese (only with their unit right after), Spanish,
-- German, Polish, Romanian
SELECT * FROM pg_temp.counts('Công an ngăn chặn một vụ với bốn người, phát hiện tám vụ, triệt phá năm băng nhóm, bắt hai đối tượng và ba bị can.', 'vi');
SELECT * FROM pg_temp.counts('Trong năm 2024 và một số vụ án khác, lực lượng đã bắt 40 đối tượng.', 'vi');
SELECT * FROM pg_temp.counts('Dịp lễ 30-4 xảy ra một vụ với hai người.', 'vi');
SELECT * FROM pg_temp.counts('Se persuadió a dos sospechosos para que se entregaran y se procesaron tres casos.', 'es');
SELECT * FROM pg_temp.counts('Die Polizei klärte fünf Fälle auf und nahm zwei Verdächtige fest.', 'de');
SELECT * FROM pg_temp.counts('Policja zatrzymała trzy osoby i wyjaśniła pięć spraw.', 'pl');
SELECT * FROM pg_temp.counts('Poliția a reținut trei persoane în patru cazuri.', 'ro');
-- CJK: "N多万" is more than N万
SELECT * FROM pg_temp.counts('职能机关已查处3多万起违法犯罪案件。', 'zh');
SELECT * FROM pg_temp.counts('警察は2多万件の事件を解決した。', 'ja');

-- 14. the unit three words on, past the 24 characters the scanner looks at
-- first; crimes as cases (przestępstwa, delitos, infracțiuni, Straftaten,
-- infractions, délits), offenders (przestępcy)
SELECT * FROM pg_temp.counts('Investigators cleared 7 economic-related crime cases and detained 52 suspects.', 'en');
SELECT * FROM pg_temp.counts('Officers dismantled 6 cross-border drug-trafficking rings.', 'en');
SELECT * FROM pg_temp.counts('Policja wykryła 17 poważnych gospodarczo-korupcyjnych przestępstw i zatrzymała 12 przestępców.', 'pl');
SELECT * FROM pg_temp.counts('La policía esclareció 8 graves delitos económicos.', 'es');
SELECT * FROM pg_temp.counts('Poliția a soluționat 9 infracțiuni economice grave.', 'ro');
SELECT * FROM pg_temp.counts('Die Ermittler deckten 23 Straftaten auf.', 'de');
SELECT * FROM pg_temp.counts('Les enquêteurs ont constaté 31 infractions et 12 délits économiques.', 'fr');
-- beyond three words it is not sought; a span of time ends the search
SELECT * FROM pg_temp.counts('Investigators cleared 14 economic-related and smuggling cases.', 'en');
SELECT * FROM pg_temp.counts('In den ersten 6 Monaten sind Straftaten im Cluster um 12 Prozent zurückgegangen.', 'de');
SELECT * FROM pg_temp.counts('Przez 2 ostatnie tygodnie przestępstwa spadły, a w 2025 roku policja zatrzymała 40 osób.', 'pl');
SELECT * FROM pg_temp.counts('During the past 3 months drug cases rose.', 'en');
-- cases solved before their solve verb (German) are the rate's solved
-- count, not a count of their own; with another number between, the two
-- are the rate's pair when their ratio gives the percent
SELECT kind, metric, solved, total, percent, value, why FROM clusterdata.parse_report('Im Jahr 2023 wurden 1.234 Straftaten untersucht und aufgeklärt, was einer Aufklärungsquote von 91,5 % entspricht.', 'de') WHERE kind IN ('rate', 'count');
SELECT kind, metric, solved, total, percent, value, why FROM clusterdata.parse_report('Im Jahr 2023 wurden 1.234 Fälle registriert und 1.100 aufgeklärt, eine Aufklärungsquote von 89,1 %.', 'de') WHERE kind IN ('rate', 'count');
-- and when the solve verb has a number of its own
SELECT kind, metric, solved, total, percent, value, why FROM clusterdata.parse_report('Police across the cluster detected 1,520 criminal cases and solved 1,330, a rate of 87.5 percent.', 'en') WHERE kind IN ('rate', 'count');
-- more count units (fugitives, gangs, dens, suspects in more languages) and
-- casualty words that may stand first (injured, погибли, 死者, mataram)
SELECT * FROM pg_temp.counts('Officers caught 26 fugitives and raided 11 drug dens.', 'en');
SELECT * FROM pg_temp.counts('La police a démantelé 14 bandes et arrêté 9 fugitifs.', 'fr');
SELECT * FROM pg_temp.counts('Die Polizei nahm 611 Tatverdächtige fest.', 'de');
SELECT * FROM pg_temp.counts('Sono stati catturati 12 latitanti.', 'it');
SELECT * FROM pg_temp.counts('Полиция задержала 377 правонарушителей.', 'ru');
SELECT * FROM pg_temp.counts('पुलिस ने 840 आरोपियों को गिरफ्तार किया।', 'hi');
SELECT * FROM pg_temp.counts('The crashes injured 133 people, and police arrested 52 suspects.', 'en');
SELECT * FROM pg_temp.counts('В авариях погибли 96 человек.', 'ru');
SELECT * FROM pg_temp.counts('交通事故の死者は88人だった。', 'ja');
SELECT * FROM pg_temp.counts('Os acidentes mataram 71 pessoas.', 'pt');
-- a counter of no unit of its own after the number (Korean 개, Chinese 个,
-- Thai ราย): the noun before the number gives the unit; a noun that is no
-- count unit leaves the number without one
SELECT * FROM pg_temp.counts('올해 경찰은 보이스피싱 범죄조직 9개를 해체하고 피의자 204명을 붙잡았다.', 'ko');
SELECT * FROM pg_temp.counts('今年打掉电信诈骗犯罪团伙17个，捣毁赌博窝点6处。', 'zh');
SELECT * FROM pg_temp.counts('ตำรวจภูธรจังหวัดจับกุมผู้ต้องหา 2,318 ราย', 'th');
SELECT * FROM pg_temp.counts('세관은 위조 상품 35개를 압수했다.', 'ko');
-- delegates, attendance and officers deployed are no count
SELECT * FROM pg_temp.counts('회의에는 각 성 경찰 대표 120명이 참석했다.', 'ko');
SELECT * FROM pg_temp.counts('单位共出动警力860人次，抓获嫌疑人57名。', 'zh');
SELECT * FROM pg_temp.counts('会議には代表90人が出席した。', 'ja');
SELECT * FROM pg_temp.counts('ผู้แทนจาก 5 จังหวัดเข้าร่วม 110 คน', 'th');
SELECT * FROM pg_temp.counts('단속 기간에 경찰관 900명을 투입해 피의자 61명을 검거했다.', 'ko');
-- Arabic wanted persons and suspects in the accusative; Indonesian defendants
SELECT * FROM pg_temp.counts('وألقت الشرطة القبض على 37 مطلوبًا و512 مشتبهًا بهم.', 'ar');
SELECT * FROM pg_temp.counts('Sebanyak 233 terdakwa telah disidangkan.', 'id');
-- drug traffickers are suspects (traficantes, spacciatori, Drogenhändler,
-- наркоторговцев, Thai ผู้ค้ายาเสพติด before a counter)
SELECT * FROM pg_temp.counts('La policía detuvo a 318 traficantes.', 'es');
SELECT * FROM pg_temp.counts('Sono stati arrestati 318 spacciatori.', 'it');
SELECT * FROM pg_temp.counts('Die Polizei nahm 318 Drogenhändler fest.', 'de');
SELECT * FROM pg_temp.counts('Задержано 318 наркоторговцев.', 'ru');
SELECT * FROM pg_temp.counts('ตำรวจจับกุมผู้ค้ายาเสพติด 318 ราย', 'th');
-- (a counter that begins a word of time is none: 개월, 个月)
SELECT * FROM pg_temp.counts('범죄조직 12개월 동안 수사했다.', 'ko');
SELECT * FROM pg_temp.counts('犯罪团伙23个月内被查处。', 'zh');
-- Hindi: groups or people honoured (an award word right after them) are no
-- count; a count of criminal groups stays one
SELECT * FROM pg_temp.counts('सम्मेलन में उत्कृष्ट उपलब्धियों के लिए 25 समूहों को सम्मानित किया गया।', 'hi');
SELECT * FROM pg_temp.counts('पुलिस ने 25 समूहों को प्रशंसा पत्र देकर सम्मानित किया।', 'hi');
SELECT * FROM pg_temp.counts('पुलिस ने 12 आपराधिक समूहों को नष्ट किया और 40 संदिग्धों को गिरफ्तार किया।', 'hi');
-- Polish fugitives (zbiegów) are suspects, as English "fugitives"; "zbieg
-- okoliczności" (a coincidence) is none
SELECT * FROM pg_temp.counts('Policja zatrzymała 12 zbiegów i rozbiła 3 gangi.', 'pl');
SELECT * FROM pg_temp.counts('Zbieg okoliczności sprawił, że 5 osób zatrzymano.', 'pl');
-- a difference from another period written after the number ("8.5% more
-- than in 2022"), German "um ... zurück" and Italian feminine forms are
-- changes; by how much a target was beaten is none
SELECT s.n, s.lang, p.kind, p.value, p.percent
FROM (VALUES (1, 'en', 'More than 12,000 suspects were arrested, 8.5% more than in 2022.'),
             (2, 'de', 'Es wurden mehr als 12.000 Verdächtige festgenommen, 8,5 % mehr als 2022.'),
             (3, 'de', 'Die Zahl der Straftaten ging im Vergleich zum Vorjahr um 4,1 % zurück.'),
             (4, 'it', 'Rispetto all''anno precedente la criminalità è diminuita del 3,4%.'),
             (5, 'es', 'Se detuvo a más de 12.000 sospechosos, un 8,5 % más que en 2022.'),
             (6, 'pt', 'Foram detidos mais de 12.000 suspeitos, 8,5% a mais do que em 2022.'),
             (7, 'ro', 'Au fost reținuți peste 12.000 de suspecți, cu 8,5% mai mulți decât în 2022.'),
             (8, 'pl', 'Zatrzymano ponad 12 000 podejrzanych, o 8,5% więcej niż w 2022 r.'),
             (9, 'en', 'The solving rate was 86.5%, 6.5% more than the target.'),
             (10, 'en', 'The rate was 88%, higher than in 2022.')) s(n, lang, body),
     parse_report(s.body, s.lang) p
WHERE p.kind IN ('change', 'rate') ORDER BY s.n, p.span_start;
-- pills seized in more languages (pl, ro, ru, ja, ko, hi; zh with the noun
-- before the number and the counter after it)
SELECT s.n, s.lang, p.kind, p.metric, p.value
FROM (VALUES (1, 'pl', 'Policja zabezpieczyła 12 300 tabletek ecstasy.'),
             (2, 'ro', 'Poliția a confiscat 8.200 de pastile de droguri sintetice.'),
             (3, 'ru', 'Изъято 31 000 таблеток синтетических наркотиков.'),
             (4, 'ja', '合成麻薬2万3千錠を押収した。'),
             (5, 'ko', '합성마약 1만8천 정을 압수했다.'),
             (6, 'hi', 'पुलिस ने 1,10,000 नशीली गोलियाँ ज़ब्त कीं।'),
             (7, 'zh', '缴获摇头丸1.8万粒。')) s(n, lang, body),
     parse_report(s.body, s.lang) p
WHERE p.kind IN ('seizure', 'count') ORDER BY s.n, p.span_start;
-- Russian фигурант (a suspect in a case), German cases named with their
-- class in one word and the accused (Beschuldigte)
SELECT s.n, s.lang, p.kind, p.metric, p.value
FROM (VALUES (1, 'ru', 'Полиция задержала 173 фигурантов уголовных дел.'),
             (2, 'de', 'Es wurden 587 Drogenfälle mit 866 Beschuldigten aufgedeckt.')) s(n, lang, body),
     parse_report(s.body, s.lang) p
WHERE p.kind IN ('seizure', 'count') ORDER BY s.n, p.span_start;
-- (review cases) a change before a target met stays a change; "es handelte
-- sich um" is no change
SELECT s.n, s.lang, p.kind, p.value
FROM (VALUES (1, 'en', 'In 2024 crimes against social order fell by 8.2% and the reduction target was met.'),
             (2, 'de', 'Bei 1.200 davon handelte es sich um 1.200 Drogendelikte.')) s(n, lang, body),
     parse_report(s.body, s.lang) p
WHERE p.kind IN ('change', 'count') ORDER BY s.n, p.span_start;
-- two spaces after a number, where an earlier stage's look ahead left the
-- text's folding to start: the unit after them is still read
SELECT kind, metric, value, qualifier, text
FROM clusterdata.parse_report('Police arrested 12  or more suspects in drug cases. ' || repeat('w', 192) ||
     ' The province belongs to group 4 of the ministry.', 'en');
