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
SELECT * FROM pg_temp.rates('Khám phá án hình sự với tỷ lệ 88,4% (vượt 13,4% so với chỉ tiêu Bộ giao).', 'vi');
SELECT * FROM pg_temp.rates('The rate of solved criminal cases reached 86.5%, 6.5% higher than the target of the Ministry.', 'en');
SELECT * FROM pg_temp.rates('The investigation rate was 91.3% (4.1% higher than in 2024).', 'en');
SELECT * FROM pg_temp.rates('Taux d''élucidation : 84 % (soit 9 % de plus que prévu).', 'fr');
SELECT * FROM pg_temp.rates('Rata de soluționare a cazurilor a fost de 87%, depășind cu 7% ținta stabilită.', 'ro');

-- 2. a target in one clause does not make the next clause's result a target
SELECT * FROM pg_temp.rates('Năm 2025 mọi đơn vị vượt chỉ tiêu được giao, trong đó khám phá án chung với tỷ lệ 83,7%, trọng án 96%.', 'vi');
SELECT * FROM pg_temp.rates('Crimes fell by 9.2% (exceeding 120% of the target); the investigation rate reached 88%.', 'en');
--    a target that opens a list governs every item
SELECT * FROM pg_temp.rates('Kế hoạch 2026 nêu các chỉ tiêu: bảo đảm an ninh; khám phá trên 80% số vụ; với trọng án, trên 92%.', 'vi');

-- 3. the same figure stated twice is one fact, with the most context
SELECT * FROM pg_temp.rates('Tỷ lệ khám phá án chung: 90,5%. Cả năm lực lượng khám phá 905/1.000 vụ, tỷ lệ 90,5%.', 'vi');
SELECT * FROM pg_temp.rates('The police solved 455 of 500 criminal cases. The investigation rate was 91%.', 'en');

-- 4. a rate written only as a fraction
SELECT * FROM pg_temp.rates('Riêng mảng trật tự xã hội, Cảnh sát khám phá 688/742 vụ.', 'vi');
SELECT * FROM pg_temp.rates('Provincial police solved 341 of 372 criminal cases in 2025.', 'en');
--    but not a change between periods or a crime count pair
SELECT * FROM pg_temp.rates('Tội phạm giảm 6,1% (2.210/2.354 vụ); bắt 120 vụ/135 đối tượng.', 'vi');

-- 5. a rate in brackets after a count: other, unless the count is of cases
SELECT * FROM pg_temp.rates('Lực lượng truy nã đã bắt 162 đối tượng (đạt gần 94%).', 'vi');
SELECT * FROM pg_temp.rates('Với trọng án, khám phá 118/124 vụ (đạt tỷ lệ 95,16%).', 'vi');
--    a share is no rate
SELECT * FROM pg_temp.rates('Bắt giữ 40 đối tượng (chiếm 20% tổng số đối tượng).', 'vi');

-- metric: a rate of people is other; a narrow cue names only its own item
SELECT * FROM pg_temp.rates('Khám phá trọng án với tỷ lệ 97%, riêng các vụ giết người là 100%; truy bắt được gần 90% số đối tượng truy nã.', 'vi');
SELECT * FROM pg_temp.rates('Trọng án xảy ra 12 vụ, đều là giết người, đã khám phá 12 vụ, tỷ lệ 100%.', 'vi');

-- a bracket right after a target gives the target, unless it says what was achieved
SELECT * FROM pg_temp.rates('The rate of clarifying criminal cases reached 85.3%, exceeding the target assigned by the Ministry (over 70%), of which very serious cases reached 97%.', 'en');
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra, khám phá các vụ án đạt 85,3%, vượt chỉ tiêu Bộ giao (trên 70%); án rất nghiêm trọng đạt 97%.', 'vi');
SELECT * FROM pg_temp.rates('Các đơn vị hoàn thành chỉ tiêu điều tra khám phá (đạt 85,3%).', 'vi');
-- "X%, higher than the target" is the rate itself; "the 75% target" is the target
SELECT * FROM pg_temp.rates('The clearance rate was 84%, higher than the 75% target.', 'en');
-- the metric from the last clause word on
SELECT * FROM pg_temp.rates('Le taux d''élucidation des affaires pénales a atteint 85,3 %, dont 97 % pour les affaires très graves.', 'fr');

-- 9. another country's rate, targets and "exceeded" in more languages; periods
SELECT * FROM pg_temp.rates('Tại hội nghị, đại biểu nước bạn Lào cho biết tỷ lệ khám phá án của lực lượng Công an Lào đạt 75%.', 'vi');
SELECT * FROM pg_temp.rates('In Laos, police reported a clearance rate of 60%.', 'en');
SELECT * FROM pg_temp.rates('In Q3 2024 the investigation and detection rate was approximately 90%.', 'en');
SELECT * FROM pg_temp.rates('La tasa de esclarecimiento de los casos muy graves y especialmente graves superó el 95%.', 'es');
SELECT * FROM pg_temp.rates('W ciągu pierwszych dziewięciu miesięcy 2024 r. policja z klastra współzawodnictwa nr 5 wykryła 1707 z 1914 przestępstw, co daje wskaźnik wykrywalności 89,18%.', 'pl');
SELECT * FROM pg_temp.rates('Celem jest osiągnięcie wykrywalności na poziomie 85%.', 'pl');
SELECT * FROM pg_temp.rates('În primele nouă luni ale anului 2024, poliția din clusterul de emulație nr. 5 a soluționat 1.707 din 1.914 cauze penale, o rată de 89,18%.', 'ro');
SELECT * FROM pg_temp.rates('Targetnya adalah tingkat pengungkapan kasus sebesar 85%.', 'id');
SELECT * FROM pg_temp.rates('Il tasso di risoluzione dei casi molto gravi e particolarmente gravi ha superato il 95%.', 'it');
SELECT * FROM pg_temp.rates('वर्ष 2024 के पहले नौ महीनों में पुलिस ने 1,914 में से 1,707 आपराधिक मामले सुलझाए, दर 89.18% रही।', 'hi');
SELECT kind, metric, year FROM clusterdata.parse_report('In Q3 2024 the investigation and detection rate was approximately 90%.', 'en') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('W ciągu pierwszych dziewięciu miesięcy 2024 r. policja z klastra współzawodnictwa nr 5 wykryła 1707 z 1914 przestępstw, co daje wskaźnik wykrywalności 89,18%.', 'pl') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('În primele nouă luni ale anului 2024, poliția din clusterul de emulație nr. 5 a soluționat 1.707 din 1.914 cauze penale, o rată de 89,18%.', 'ro') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('वर्ष 2024 के पहले नौ महीनों में पुलिस ने 1,914 में से 1,707 आपराधिक मामले सुलझाए, दर 89.18% रही।', 'hi') WHERE kind = 'period';

-- 10. a share of a whole is no rate ("chiếm", "accounted for", "stanowiły",
--     also with a qualifier or an article between); with a rate cue before
--     the share word in its clause it is the rate
SELECT * FROM pg_temp.rates('Công an các tỉnh đã điều tra khám phá 410 vụ án ma túy, chiếm khoảng 28% tổng số vụ án hình sự được khởi tố.', 'vi');
SELECT * FROM pg_temp.rates('Tỷ lệ khám phá án hình sự chiếm 88,4% trên tổng số vụ xảy ra.', 'vi');
SELECT * FROM pg_temp.rates('Economic crimes accounted for 17.5% of the cases the cluster solved this year.', 'en');
SELECT * FROM pg_temp.rates('The case-solving rate of the cluster accounted for 90.2 percent.', 'en');
SELECT * FROM pg_temp.rates('Les affaires de stupéfiants élucidées, représentant 31 % du total, ont doublé.', 'fr');
SELECT * FROM pg_temp.rates('Los casos de drogas resueltos representan el 19% del total.', 'es');
SELECT * FROM pg_temp.rates('Sprawy narkotykowe stanowiły 22% wszystkich wykrytych przestępstw.', 'pl');
SELECT * FROM pg_temp.rates('Cazurile de droguri soluționate reprezintă 26% din totalul cauzelor penale.', 'ro');
-- a range of months from January: "1~9월", "1～9月", "1至6月", and quarters "7~9월"
SELECT kind, metric, year FROM clusterdata.parse_report('2025년 1~9월 경찰은 형사사건 2,310건 중 2,004건을 해결했다.', 'ko') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('2025年1～9月、警察は刑事事件2,310件のうち2,004件を解決した。', 'ja') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('2023年1至6月,警方侦破刑事案件812起。', 'zh') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('2024년 7~9월 검거율은 88%였다.', 'ko') WHERE kind = 'period';

-- 11. two counts next to each other of which only one names the cases are the
--     rate's pair when their ratio gives the percent; a fraction with its
--     solve verb after its noun (passive, verb-final) is a rate
SELECT * FROM pg_temp.rates('Cette année, les enquêteurs du groupe ont élucidé 642 affaires pénales sur 711, soit 90,3 %.', 'fr');
SELECT * FROM pg_temp.rates('La polizia provinciale ha risolto 388 casi penali su 420, pari al 92,4%.', 'it');
SELECT * FROM pg_temp.rates('Полиция раскрыла 515 из 560 уголовных преступлений, что составляет 92%.', 'ru');
SELECT * FROM pg_temp.rates('Of 760 criminal cases recorded, 701 were solved, reaching 92.2%.', 'en');
SELECT * FROM pg_temp.rates('Policja wykryła 455 przestępstw z 500, co daje 91%.', 'pl');
--    a ratio that is not the percent makes no pair
SELECT * FROM pg_temp.rates('Of 760 criminal cases recorded, 650 were solved, reaching 92.2%.', 'en');
SELECT * FROM pg_temp.rates('Au cours de l''année, 530/575 affaires pénales ont été élucidées.', 'fr');
SELECT * FROM pg_temp.rates('In 2025, 288/301 criminal cases were solved by the provincial police.', 'en');
--    but not with a comma or another figure before the verb
SELECT * FROM pg_temp.rates('Au cours de l''année, 530/575 affaires pénales ont été signalées, 500 élucidées.', 'fr');
--    the fraction in brackets right after the percent is the rate's (flagged
--    when its ratio is not the percent)
SELECT * FROM pg_temp.rates('Trong năm, tỷ lệ điều tra khám phá án hình sự đạt 86,2% (1.052/1.220 vụ).', 'vi');
SELECT * FROM pg_temp.rates('In 2025 the clearance rate of criminal cases reached 86.2% (1,052/1,220 cases).', 'en');
SELECT * FROM pg_temp.rates('Trong năm, tỷ lệ điều tra khám phá án hình sự đạt 86,2% (1.052/1.300 vụ).', 'vi');
SELECT rate, why FROM clusterdata.parse_report('Trong năm, tỷ lệ điều tra khám phá án hình sự đạt 86,2% (1.052/1.300 vụ).', 'vi') WHERE kind = 'rate';
-- another year's percent given for comparison is no rate: in brackets that
-- open with the year, in brackets after a comparison's year, or right after
-- a comparison word (excess: up from, contre, so với, ...)
SELECT * FROM pg_temp.rates('Năm 2025, tỷ lệ điều tra khám phá án hình sự đạt 87,4% (năm 2024: 84,1%).', 'vi');
SELECT * FROM pg_temp.rates('In 2025 the clearance rate was 87.4% (2024: 84.1%).', 'en');
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra khám phá đạt 87,4%, tăng 3,3% so với năm 2024 (84,1%).', 'vi');
SELECT * FROM pg_temp.rates('The clearance rate climbed to 87.4%, up from 84.1% a year earlier.', 'en');
SELECT * FROM pg_temp.rates('Le taux d''élucidation a atteint 87,4 %, contre 84,1 % en 2024.', 'fr');
SELECT * FROM pg_temp.rates('Wskaźnik wykrywalności wyniósł 87,4% wobec 84,1% rok wcześniej.', 'pl');
-- a year right before a role's words is the role's, not the year reviewed:
-- the review is of the year before it
SELECT kind, metric, year FROM clusterdata.parse_report('회의에서 하남성 공안이 2026년 클러스터장으로 선출됐다.', 'ko') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('会議では、ハナム省公安が2026年のクラスター長に選出された。', 'ja') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('会议推选河南省公安担任2026年集群长。', 'zh') WHERE kind = 'period';
-- another country's rate in more languages; periods by quarter and half in more languages
SELECT * FROM pg_temp.rates('In Kambodscha lag die Aufklärungsquote im selben Jahr bei 51 %.', 'de');
SELECT * FROM pg_temp.rates('En Camboya, la tasa de esclarecimiento fue del 47%.', 'es');
SELECT * FROM pg_temp.rates('W Laosie wskaźnik wykrywalności wyniósł 56%.', 'pl');
SELECT kind, metric, year FROM clusterdata.parse_report('Au troisième trimestre 2025, la police a élucidé 410 affaires pénales.', 'fr') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('Im zweiten Quartal 2025 klärte die Polizei 377 Straftaten auf.', 'de') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('W ciągu dziewięciu miesięcy 2025 r. policja wykryła 903 przestępstwa.', 'pl') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('În primul semestru al anului 2025, poliția a soluționat 612 cauze penale.', 'ro') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('वर्ष 2025 की पहली छमाही में पुलिस ने 640 मामले सुलझाए।', 'hi') WHERE kind = 'period';
-- qualifiers in more languages; percentage points are a change; a target after the percent (zh)
SELECT * FROM pg_temp.rates('Le taux d''élucidation des affaires pénales a dépassé 91 %.', 'fr');
SELECT * FROM pg_temp.rates('La tasa de esclarecimiento fue de casi el 79%.', 'es');
SELECT * FROM pg_temp.rates('Раскрываемость преступлений превысила 93%.', 'ru');
SELECT * FROM pg_temp.rates('Раскрываемость преступлений выросла на 1,7 процентного пункта.', 'ru');
SELECT * FROM pg_temp.rates('해결률은 전년보다 1.7%포인트 높아졌다.', 'ko');
SELECT * FROM pg_temp.rates('破案率为88.3%,高于80%的目标。', 'zh');
-- the compared year's percent after a comparison word or a dotted year
-- ("w 2024 r.:"); a share in a clause opened by a clause word; two counts
-- of cases in brackets at the end of the percent's clause; Italian changes,
-- country adjectives, European Portuguese metric words
SELECT * FROM pg_temp.rates('Wskaźnik wykrywalności przestępstw wyniósł 90,7% (w 2024 r.: 88,2%).', 'pl');
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra khám phá đạt 90,7%, tăng 2,5% so với năm trước (88,2%).', 'vi');
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra khám phá đạt 90,7%, trong đó án ma túy chiếm 41% số vụ đã làm rõ.', 'vi');
SELECT * FROM pg_temp.rates('Có 90,7% số vụ án hình sự được điều tra làm rõ (684 vụ/754 vụ).', 'vi');
SELECT * FROM pg_temp.rates('Il tasso di risoluzione dei reati è stato dell''89,5%, mentre le rapine sono diminuite del 9%.', 'it');
SELECT * FROM pg_temp.rates('The Laotian delegation said about 57 percent of drug cases had been solved.', 'en');
SELECT * FROM pg_temp.rates('A taxa de esclarecimento dos crimes económicos chegou a 93,1%.', 'pt');
-- another country's figure, then one of a province of ours in the same sentence: the second is ours
SELECT * FROM pg_temp.rates('In Japan the clearance rate is about 41%, while Lai Chau police solved 89.3% of criminal cases.', 'en');
SELECT * FROM pg_temp.rates('日本の検挙率は約41％であるのに対し、ライチャウ省公安の事件解決率は89.3％に達した。', 'ja');
SELECT * FROM pg_temp.rates('日本的破案率约为41%,而莱州省公安的破案率达到89.3%。', 'zh');
SELECT * FROM pg_temp.rates('In Japan the clearance rate is about 41%.', 'en');
-- solve verbs in more forms (resolvió, klärte ... auf, a elucidat); "din cele"
-- (ro) joins a pair; a class right after a percent is that percent's, the
-- next percent takes its own
SELECT * FROM pg_temp.rates('Ese año la policía de Lai Chau resolvió más del 84% de los casos penales y el 93,2% de los delitos económicos.', 'es');
SELECT * FROM pg_temp.rates('Im ersten Quartal 2025 klärte die Polizei von Lai Chau 512 von 570 Straftaten auf (89,82 %).', 'de');
SELECT * FROM pg_temp.rates('În 2025, poliția provinciei Lai Chau a elucidat 512 din cele 570 de infracțiuni (89,82%).', 'ro');
-- a year compared with, glued to its comparison word, is not the year
-- reviewed ("2024년보다", "2024年より"); a leadership's year before its
-- holder and role in a verb-final clause
SELECT kind, metric, year FROM clusterdata.parse_report('라이쩌우성 공안의 해결률은 2024년보다 1.9%포인트 높았다.', 'ko') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('2025年の解決率は2024年より1.9ポイント高かった。', 'ja') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('회의는 2026년 라이쩌우성 공안이 클러스터장을 맡기로 합의했다.', 'ko') WHERE kind = 'period';
-- Hindi: periods with Devanagari digits; खुलासा as a solve word
SELECT * FROM pg_temp.rates('२०२५ के पहले ९ महीनों में पुलिस ने ८४०/९६० अपराधों का खुलासा किया, यानी ८७.५%।', 'hi');
SELECT kind, metric, year FROM clusterdata.parse_report('२०२५ के पहले ९ महीनों में पुलिस ने ८४०/९६० अपराधों का खुलासा किया, यानी ८७.५%।', 'hi') WHERE kind = 'period';
-- "trong tổng số", "trong số" join a pair; "số" inside "tổng số" is no ordinal cue
SELECT * FROM pg_temp.rates('Cơ quan điều tra đã làm rõ 301 trong tổng số 347 vụ, đạt 86,7%.', 'vi');
SELECT * FROM pg_temp.rates('Cơ quan điều tra đã làm rõ 412 vụ, trên tổng số 466 vụ (88,41%).', 'vi');
SELECT kind, value, value2, label FROM clusterdata.numbers('Đã làm rõ 412 vụ, trên tổng số 466 vụ.', 'vi');
-- a rate of catching wanted persons is of people (other); "clarified" solves (English editions)
SELECT * FROM pg_temp.rates('Tỷ lệ bắt truy nã đạt 82,4%.', 'vi');
SELECT * FROM pg_temp.rates('The rate of catching wanted persons was over 80%.', 'en');
SELECT * FROM pg_temp.rates('The cluster investigated and clarified 1,052/1,220 cases of crimes on social order, reaching 86.2%.', 'en');
-- a norm in brackets after a resolution's number; a compared year after a
-- comparison word; a share that a fraction right before gives is the rate,
-- a share after another percent's rate is none; a fraction of cases or
-- people that gives the percent right after it states a rate
SELECT * FROM pg_temp.rates('Công an tỉnh đã điều tra làm rõ 512/570 vụ, đạt 89,82%, vượt chỉ tiêu Nghị quyết 96 của Quốc hội giao (65%).', 'vi');
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra khám phá án năm 2025 đạt 89,8%, cao hơn năm 2024 (86,3%).', 'vi');
SELECT * FROM pg_temp.rates('Số vụ án được làm rõ là 512 trên 570 vụ, chiếm 89,82%.', 'vi');
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra khám phá là 89,8%, riêng án cướp giật chiếm 37% tổng số vụ.', 'vi');
SELECT * FROM pg_temp.rates('Các đơn vị bắt, vận động đầu thú 171/230 đối tượng truy nã, đạt 74,35%.', 'vi');
SELECT * FROM pg_temp.rates('Units persuaded 171/230 wanted subjects to surrender, reaching 74.35%.', 'en');
-- the police's year from a span of dates; a later year after a role is the
-- year reviewed; "6 tháng năm" is a half
SELECT kind, metric, year FROM clusterdata.parse_report('Từ ngày 15/12/2024 đến ngày 14/12/2025, các đơn vị đã điều tra khám phá 512/570 vụ, đạt 89,82%.', 'vi') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('Ngày 17/12/2025, Công an tỉnh Sơn La – Cụm trưởng năm 2025 – đăng cai hội nghị đánh giá kết quả thi đua năm 2025.', 'vi') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('Trong 6 tháng năm 2025, Công an tỉnh Sơn La đã khám phá 512/570 vụ, đạt 89,82%.', 'vi') WHERE kind = 'period';
-- the total right after the percent ("tương ứng 89,82% trên tổng số 570 vụ");
-- the results of the targets are no targets ("Kết quả thực hiện các chỉ tiêu ...:")
SELECT * FROM pg_temp.rates('Cơ quan điều tra đã làm rõ 512 vụ án, tương ứng 89,82% trên tổng số 570 vụ.', 'vi');
SELECT * FROM pg_temp.rates('Kết quả thực hiện các chỉ tiêu thi đua năm 2025: điều tra khám phá án đạt 89,8%; án rất nghiêm trọng đạt 96,1%.', 'vi');
-- a class of cases' figure in a sentence of its own right after the rate's
SELECT * FROM pg_temp.rates('Năm 2025, các đơn vị đã điều tra làm rõ 512/570 vụ, đạt tỷ lệ 89,82%. Riêng án rất nghiêm trọng, đặc biệt nghiêm trọng đạt 96,4%.', 'vi');
SELECT * FROM pg_temp.rates('In 2025 the police solved 512/570 criminal cases, reaching 89.82%. For very serious cases the figure was 96.4%.', 'en');
--    but not without a rate in the sentence before
SELECT * FROM pg_temp.rates('Tai nạn giao thông giảm mạnh. Riêng án rất nghiêm trọng chiếm 4% số vụ xảy ra.', 'vi');
-- more data: Roman-numbered quarters (pl, ro), "avoisine" and "dépasse" (fr), "a depășit" (ro)
SELECT kind, metric, year FROM clusterdata.parse_report('W I kwartale 2025 r. policja wykryła 231 przestępstw.', 'pl') WHERE kind = 'period';
SELECT kind, metric, year FROM clusterdata.parse_report('În trimestrul al III-lea din 2025, poliția a soluționat 231 de cauze penale.', 'ro') WHERE kind = 'period';
SELECT * FROM pg_temp.rates('Le taux d''élucidation des affaires pénales avoisine 91 % et celui des affaires très graves dépasse 97 %.', 'fr');
SELECT * FROM pg_temp.rates('Rata de soluționare a cauzelor penale a depășit 85%.', 'ro');
-- a pair whose words are long in bytes (Devanagari): the gap between them counted in characters
SELECT * FROM pg_temp.rates('वर्ष 2025 में पुलिस ने कुल 840 आपराधिक मामलों में से 731 सुलझाए, दर 87.02%।', 'hi');
-- "higher by" after the percent in Polish and Hindi: by how much, no rate
SELECT * FROM pg_temp.rates('Wskaźnik wykrywalności wyniósł 91,2%, o 3,4% wyższy niż rok wcześniej.', 'pl');
SELECT * FROM pg_temp.rates('गंभीर मामलों को सुलझाने की दर 96.1% रही, जो मानक से 6.1% ज़्यादा है।', 'hi');
-- Polish: a year earlier's percent in brackets after "rok wcześniej"
SELECT * FROM pg_temp.rates('Policja wyjaśniła 402/455 spraw karnych (88,35%), o 1,2 punktu mniej niż rok wcześniej (89,55%).', 'pl');
-- Polish: "narkotykowych" names the drug class of the percent after it
SELECT * FROM pg_temp.rates('Wykrywalność przestępstw gospodarczych wyniosła 84%, a narkotykowych 100%.', 'pl');
-- English with dot-grouped thousands, as translations keep them
SELECT * FROM pg_temp.rates('In 2025 the Cluster investigated and clarified 1.052/1.220 cases of crimes on social order, reaching 86,2%.', 'en');
-- Thai writes the percent word before the number ("ร้อยละ 87.4")
SELECT * FROM pg_temp.rates('ตำรวจคลี่คลายคดีอาญาได้ 1,381/1,580 คดี คิดเป็นร้อยละ 87.4', 'th');
-- a share of a whole is no rate: 占, mencakup, supusieron, составили,
-- на долю ... пришлось, 를 차지 (after the percent), and a percent right
-- after the whole it is a part of (のうち, में से) unless a solve word
-- follows it; "made up" is no change either
SELECT * FROM pg_temp.rates('去年破获的案件中，诈骗案件占41%。', 'zh');
SELECT * FROM pg_temp.rates('Kasus pencurian mencakup 28% dari seluruh kasus yang diungkap.', 'id');
SELECT * FROM pg_temp.rates('Los robos supusieron el 44 % de los casos resueltos.', 'es');
SELECT * FROM pg_temp.rates('Кражи составили 44% от общего числа раскрытых преступлений.', 'ru');
SELECT * FROM pg_temp.rates('На долю краж пришлось 44% раскрытых дел.', 'ru');
SELECT * FROM pg_temp.rates('해결된 사건 가운데 절도 사건이 44%를 차지했다.', 'ko');
SELECT * FROM pg_temp.rates('検挙された事件のうち44%が窃盗事件だった。', 'ja');
SELECT * FROM pg_temp.rates('सुलझाए गए मामलों में से 44% चोरी के थे।', 'hi');
SELECT kind, percent, value FROM clusterdata.parse_report('Thefts made up 44% of the cases solved.', 'en') WHERE kind IN ('rate', 'change');
-- but a solve word after the part makes it the rate
SELECT * FROM pg_temp.rates('刑事事件のうち87.6%を解決した。', 'ja');
-- another year's percent after this year's, its year beside it, with a
-- comparison on the way, is no second rate
SELECT * FROM pg_temp.rates('刑事案件破案率为87.6%，比2022年的84.9%有所提高。', 'zh');
SELECT * FROM pg_temp.rates('형사사건 해결률은 87.6%로 2022년의 84.9%보다 높았다.', 'ko');
SELECT * FROM pg_temp.rates('อัตราการคลี่คลายคดีอาญาอยู่ที่ 87.6% เพิ่มขึ้นจาก 84.9% ในปี 2022', 'th');
SELECT * FROM pg_temp.rates('بلغت نسبة كشف الجرائم الجنائية 87.6%، ارتفاعاً من 84.9% في عام 2022.', 'ar');
-- (two rates of one year stay two)
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra án hình sự đạt 87,6%, án rất nghiêm trọng đạt 96,3%.', 'vi');
-- a national average is a norm, no result of ours; so is a ministry's target
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra, khám phá án hình sự đạt 90,4%, cao hơn mức trung bình cả nước là 83%.', 'vi');
SELECT * FROM pg_temp.rates('The solve rate reached 90.4%, above the national average of 83%.', 'en');
SELECT * FROM pg_temp.rates('Die Aufklärungsquote lag bei 90,4 % und damit über der Zielvorgabe von 85 %.', 'de');
SELECT * FROM pg_temp.rates('अपराधों की जांच दर 90.4% रही, जो 85% के लक्ष्य से अधिक है।', 'hi');
-- a change of the rate itself (Indonesian "meningkat sebesar", Russian "на ... больше")
SELECT kind, percent, value FROM clusterdata.parse_report('Tingkat pengungkapan kasus pidana meningkat sebesar 2,4% menjadi 88,7%.', 'id') WHERE kind IN ('rate', 'change');
SELECT kind, percent, value FROM clusterdata.parse_report('Раскрываемость составила 88,7%, что на 2,4% больше, чем годом ранее.', 'ru') WHERE kind IN ('rate', 'change');
-- the cluster named after another country's figure makes the next figure ours
SELECT * FROM pg_temp.rates('By comparison, police in Laos solve about 55% of criminal cases, while the cluster''s provinces solved 812/901 (90.1%).', 'en');
SELECT * FROM pg_temp.rates('Tingkat pengungkapan kasus pidana di Thailand hanya sekitar 55%, sedangkan di Klaster mencapai 90,1% (812/901).', 'id');
-- a count of cases, a ratio word and a number that could be a year: the
-- total ("из 1914"), unless a year word goes with it
SELECT * FROM pg_temp.rates('Раскрыто 1812 уголовных дел из 2011, или 90,1 процента.', 'ru');
SELECT * FROM pg_temp.rates('Police solved 1812 criminal cases out of 2011, or 90.1 percent.', 'en');
SELECT * FROM pg_temp.rates('Policja wykryła 1812 przestępstw z 2011, czyli 90,1%.', 'pl');
SELECT kind, value, text FROM clusterdata.numbers('Policja wykryła 1812 przestępstw z 2023 roku.', 'pl');
-- "respectively": the classes named before the percents go with them in
-- their order (a general word before a class counts none; a class named
-- twice in a row once; a target further on is none of them)
SELECT * FROM pg_temp.rates('The solve rates for criminal cases, very serious and especially serious cases, and drug cases reached 86.1%, 94.8% and 99% respectively.', 'en');
SELECT * FROM pg_temp.rates('Tỷ lệ điều tra, khám phá án hình sự và án rất nghiêm trọng, đặc biệt nghiêm trọng lần lượt đạt 86,1% và 94,8%.', 'vi');
SELECT * FROM pg_temp.rates('Les taux d''élucidation des crimes liés à la drogue et des crimes économiques atteignent respectivement 99 % et 81,3 %.', 'fr');
SELECT * FROM pg_temp.rates('Wskaźniki wykrywalności przestępstw narkotykowych i gospodarczych wyniosły odpowiednio 99% i 81,3%, przekraczając cel 70%.', 'pl');
SELECT * FROM pg_temp.rates('Ratele de soluționare a infracțiunilor privind drogurile și a celor economice au fost de 99%, respectiv 81,3%.', 'ro');
SELECT * FROM pg_temp.rates('형사사건, 경제사건, 마약사건의 해결률이 각각 86.1%, 81.3%, 99%에 달했다.', 'ko');
SELECT * FROM pg_temp.rates('共侦破刑事案件1980起、经济类案件377起，破案率分别为86.1%和81.3%。', 'zh');
SELECT * FROM pg_temp.rates('Die Aufklärungsquoten bei Straftaten und bei Wirtschaftsdelikten erreichten 86,1 % bzw. 81,3 %.', 'de');
SELECT * FROM pg_temp.rates('I tassi di risoluzione dei reati penali e dei reati economici hanno raggiunto rispettivamente l''86,1% e l''81,3%.', 'it');
-- a percent in brackets right after a change of cases is that change, no rate
SELECT kind, value, percent FROM clusterdata.parse_report('Số vụ phạm pháp hình sự của cụm giảm 52 vụ (-6,8%) so với năm trước.', 'vi') WHERE kind IN ('rate', 'change');
SELECT kind, value, percent FROM clusterdata.parse_report('Les crimes contre l''ordre social ont diminué de 52 affaires (–6,8 %).', 'fr') WHERE kind IN ('rate', 'change');
SELECT kind, value, percent FROM clusterdata.parse_report('Infracționalitatea a scăzut cu 52 de cazuri (6,8%), iar poliția a soluționat 530 din 601 de cazuri penale (88,19%).', 'ro') WHERE kind IN ('rate', 'change');
-- a comparison that names the target ("acima da meta de 70%") makes the
-- percent after it the target's; qualifiers before Thai ร้อยละ, Italian
-- "quasi del", Chinese 約為
SELECT * FROM pg_temp.rates('A taxa de esclarecimento atingiu 88,2%, acima da meta de 70% estabelecida pelo Ministério.', 'pt');
SELECT * FROM pg_temp.rates('ตำรวจคลี่คลายคดีอาญาได้มากกว่าร้อยละ 82 และคดียาเสพติดได้ประมาณร้อยละ 97', 'th');
SELECT * FROM pg_temp.rates('Il tasso di risoluzione dei casi di droga è stato quasi del 99%.', 'it');
SELECT * FROM pg_temp.rates('刑事案件破案率約為82%。', 'zh');
-- Hindi मादक पदार्थ names the drug class; Romanian "primelor 6 luni" the first half
SELECT * FROM pg_temp.rates('मादक पदार्थ अपराधों को सुलझाने की दर 99% रही।', 'hi');
SELECT kind, metric, year FROM clusterdata.parse_report('În cadrul conferinței de bilanț a primelor 6 luni ale anului 2025, poliția a soluționat 88% din cazuri.', 'ro') WHERE kind = 'period';
-- Arabic: a verb of change before its subject; the first percent after it,
-- right behind بنسبة (by), is the change, no rate; a percent after إلى (to)
-- is the rate
SELECT kind, metric, percent, value FROM clusterdata.parse_report('انخفضت الجرائم المتعلقة بالنظام الاجتماعي بنسبة 3.7%.', 'ar') WHERE kind IN ('rate', 'change');
SELECT kind, metric, percent, value FROM clusterdata.parse_report('ارتفعت نسبة كشف الجرائم الجنائية بنسبة 1.8% لتصل إلى 87.9%.', 'ar') WHERE kind IN ('rate', 'change');
SELECT kind, metric, percent, value FROM clusterdata.parse_report('وكشفت الشرطة 1,605/1,826 قضية جنائية، بنسبة 87.9%.', 'ar') WHERE kind IN ('rate', 'change');
-- (review cases) this year's rate with a comparison after it stays a rate;
-- the respectively run is the one that holds the percent; a title alone
-- with no "respectively" is no role and leaves the scope alone
SELECT * FROM pg_temp.rates('Thefts accounted for 30% of all cases, and the case-solving rate reached 85.3% in 2024, higher than the target.', 'en');
SELECT * FROM pg_temp.rates('The rate of solving criminal cases reached 85%, of which the rates for very serious and drug cases reached 90% and 95% respectively.', 'en');
SELECT kind, province, scope, percent FROM clusterdata.parse_report('In 2024, the party leader said Nam Dinh police solved 880 of 1,000 cases, reaching 88%.', 'en') WHERE kind IN ('rate', 'leader');
-- a change word before Thai ร้อยละ makes the percent a change, no rate
SELECT kind, value, percent FROM clusterdata.parse_report('จำนวนคดีอาญาลดลง ร้อยละ 4.6 เมื่อเทียบกับปีที่แล้ว', 'th') WHERE kind IN ('rate', 'change');
-- the venue's province is no scope of the figures after it
SELECT kind, province, scope, percent, value FROM clusterdata.parse_report('At the review conference held in Nam Dinh, the provinces of Cluster No. 3 solved 905/1,004 criminal cases (90.1%).', 'en') WHERE kind IN ('rate', 'count');
SELECT kind, province, scope, percent, value FROM clusterdata.parse_report('Lors de la conférence organisée à Lào Cai, le taux d''élucidation des affaires pénales a atteint au moins 85 %.', 'fr') WHERE kind IN ('rate', 'count');
SELECT kind, province, scope, percent, value FROM clusterdata.parse_report('La conferința desfășurată la Hải Dương, poliția a reținut 534 de suspecți.', 'ro') WHERE kind IN ('rate', 'count');
-- (a province named as the figure's own stays its scope)
SELECT kind, province, scope, percent, value FROM clusterdata.parse_report('The police of Nam Dinh solved 905/1,004 criminal cases (90.1%).', 'en') WHERE kind IN ('rate', 'count');
-- a class right after the percent says what it is of, over a class in an
-- earlier item behind a comma or another figure
SELECT * FROM pg_temp.rates('En 2023, les polices du groupe n° 6 ont élucidé 1 240 des 1 410 affaires criminelles, soit un taux de 87,9 %, et plus de 96 % des affaires très graves et particulièrement graves.', 'fr');
SELECT * FROM pg_temp.rates('En 2023 el clúster esclareció 1.240 de 1.410 casos penales, un 87,9 %, y más del 96 % de los casos muy graves.', 'es');
SELECT * FROM pg_temp.rates('În 2023, clusterul a soluționat 1.240 din 1.410 cazuri penale, adică 87,9%, și peste 96% din cazurile foarte grave.', 'ro');
SELECT * FROM pg_temp.rates('In 2023, the cluster uncovered 310 cases/402 people breaking the law on drugs, solved 81.2% of criminal cases and 93.5% of very serious ones.', 'en');
-- (a class before it with none after stays; so does one in the same item;
-- a class after it that is the next percent's names neither, in Thai order)
SELECT * FROM pg_temp.rates('ในปี 2023 ตำรวจสามารถคลี่คลายคดีอาญาได้มากกว่าร้อยละ 81 และคดียาเสพติดได้ร้อยละ 99 จับกุมผู้ค้ายาเสพติด 1,100 ราย', 'th');
SELECT * FROM pg_temp.rates('For drug crimes, the police solved 97.5% in 2023.', 'en');
SELECT * FROM pg_temp.rates('Pour les affaires de drogue, la police a élucidé 97,5 % des dossiers.', 'fr');
-- the class of the cases a rate's two counts name, when its clause names none
SELECT metric, solved, total, percent FROM clusterdata.parse_report('In 2023, the member units detained over 1,900 suspects and uncovered 174 economic crimes, of which 160 were solved (91.95%).', 'en') WHERE kind = 'rate';
-- a target after a "respectively" run is not one of its percents, and
-- another class's count is no number solved of the general rate
SELECT metric, solved, percent FROM clusterdata.parse_report('2023年，集群共侦破刑事案件1850起、经济类案件390起，破案率分别为84.1%和76.2%，均超过公安部规定的70%指标。', 'zh') WHERE kind = 'rate' ORDER BY span_start;
-- Russian наркотик names drug cases as well as seized goods
SELECT kind, metric, percent, value FROM clusterdata.parse_report('В 2023 году полиция кластера № 9 раскрыла более 86% уголовных преступлений, а по делам о наркотиках — 100%. Изъято 4,2 кг наркотиков.', 'ru') WHERE kind IN ('rate', 'seizure') ORDER BY span_start;
-- the venue's province after its city's name is no scope either; a
-- province that acts after the place is
SELECT kind, province, scope, percent, value FROM clusterdata.parse_report('In the first half of 2023, according to the report at the meeting of Cluster 9 held in Rach Gia, Kien Giang, crime in the area fell by 8.2% compared with the same period.', 'en') WHERE kind IN ('rate', 'change');
SELECT kind, province, scope, percent, value FROM clusterdata.parse_report('At the conference held in Hanoi, An Giang police said they solved 88% of cases.', 'en') WHERE kind IN ('rate', 'change');
-- an Arabic share with the class of cases between its verb and the percent
-- is no rate; a rate named there stays one
SELECT * FROM pg_temp.rates('كشفت الشرطة 1500 قضية جنائية بنسبة 87.2%، فيما شكلت قضايا المخدرات 31% من إجمالي القضايا.', 'ar');
SELECT * FROM pg_temp.rates('شكلت نسبة كشف الجرائم الجنائية 87.2%.', 'ar');
-- a verb of exceeding right before a percent qualifies it as "more than" does
-- (en, fr, pl, de, es, pt, it, ro, ru); "by" after the verb (dépassant de,
-- przekraczając o, übertraf um), the participle "exceeding" and a percent of
-- the target (exceeded 120% of the target) still say by how much
SELECT * FROM pg_temp.rates('The detection rate for drug-related cases exceeded 93% this year.', 'en');
SELECT * FROM pg_temp.rates('The clearance rate of very serious crimes exceeds 96%, a record for the province.', 'en');
SELECT * FROM pg_temp.rates('Overall, the solving rate surpassed 87% for the first time.', 'en');
SELECT * FROM pg_temp.rates('The solving rate reached 84.6%, exceeding the target by 9%.', 'en');
SELECT * FROM pg_temp.rates('The investigation rate was 88%, exceeding 126% of the plan.', 'en');
SELECT * FROM pg_temp.rates('Le taux d''élucidation des crimes très graves, dépassant 80 %, reste le plus élevé du groupe.', 'fr');
SELECT * FROM pg_temp.rates('Le taux d''élucidation a atteint 86 %, dépassant de 6 % l''objectif fixé.', 'fr');
SELECT * FROM pg_temp.rates('Wskaźnik wykrywalności przestępstw narkotykowych przekroczył 94%.', 'pl');
SELECT * FROM pg_temp.rates('Wykrywalność poważnych przestępstw przekroczyła 97% w pierwszym półroczu.', 'pl');
SELECT * FROM pg_temp.rates('Wykrywalność wyniosła 91%, przekraczając o 6% cel wyznaczony przez ministerstwo.', 'pl');
SELECT * FROM pg_temp.rates('Die Aufklärungsquote bei Drogendelikten überstieg 92 %.', 'de');
SELECT * FROM pg_temp.rates('Die Aufklärungsquote schwerer Straftaten übertraf um 7 % das Ziel.', 'de');
SELECT * FROM pg_temp.rates('La tasa de esclarecimiento de delitos de drogas supera el 93%.', 'es');
SELECT * FROM pg_temp.rates('La tasa de esclarecimiento de los delitos graves fue superior al 90%.', 'es');
SELECT * FROM pg_temp.rates('A taxa de esclarecimento dos crimes graves superou 94%.', 'pt');
SELECT * FROM pg_temp.rates('Il tasso di risoluzione dei reati gravi supera il 92%.', 'it');
SELECT * FROM pg_temp.rates('Ratele de soluționare a infracțiunilor grave depășesc 93%.', 'ro');
SELECT * FROM pg_temp.rates('Ratele de soluționare a cauzelor grave au depășit 95%.', 'ro');
SELECT * FROM pg_temp.rates('Показатели раскрываемости тяжких преступлений превысили 91%.', 'ru');
SELECT * FROM pg_temp.rates('The investigation rate reached 88%, which exceeded 120% of the target.', 'en');
SELECT * FROM pg_temp.rates('Le taux d''élucidation a atteint 88 %, dépassant 120 % de l''objectif.', 'fr');
-- one percent sign or word for the run of a "respectively" sentence: every
-- number of the run is a percent (en, fr, th); not without "respectively"
SELECT * FROM pg_temp.rates('The rates for criminal, serious and drug cases were 85.2, 93 and 97.1 percent respectively.', 'en');
SELECT * FROM pg_temp.rates('Les taux pour les affaires pénales et de drogue étaient respectivement de 85,2 et 97,1 %.', 'fr');
SELECT * FROM pg_temp.rates('การประชุมสรุปผลจัดขึ้นที่นครดานัง เมื่อวันที่ 5 ตุลาคม 2023 ที่ประชุมรายงานว่า อัตราการคลี่คลายคดีอาญา และคดียาเสพติด อยู่ที่ร้อยละ 85.2 และ 97.1 ตามลำดับ', 'th');
SELECT * FROM pg_temp.rates('In 2023 the police solved 85 and 90 percent of cases.', 'en');
-- (the Thai city word before a venue: no scope either)
SELECT kind, province, scope, percent FROM clusterdata.parse_report('การประชุมสรุปผลจัดขึ้นที่นครดานัง ที่ประชุมรายงานว่า อัตราการคลี่คลายคดีอาญาอยู่ที่ร้อยละ 85.2', 'th') WHERE kind = 'rate';
-- a percent its sentence gives for a year before the one reviewed is that
-- year's, no rate of the report; not after a comparison's year, nor the
-- last year of a range
SELECT * FROM pg_temp.rates('Em 2023, a taxa de esclarecimento chegou a 87,1%. Em 2022, esse índice tinha sido de 83,4%.', 'pt');
SELECT * FROM pg_temp.rates('W 2023 r. wskaźnik wykrywalności wyniósł 87,1%, podczas gdy w 2022 roku wynosił on 83,4%.', 'pl');
SELECT * FROM pg_temp.rates('2023年，刑事案件破案率为87.1%，而2022年同期仅为83.4%。', 'zh');
SELECT * FROM pg_temp.rates('In 2023 the cluster solved 1,204/1,380 cases (87.2%). In 2022 it had solved 1,100/1,320 cases.', 'en');
SELECT * FROM pg_temp.rates('Năm 2023, so với năm 2022, tỷ lệ điều tra khám phá án hình sự đạt 87,1%.', 'vi');
SELECT * FROM pg_temp.rates('In 2023 the rate reached 87.1%. In the 2019-2023 period, the rate was 85%.', 'en');
-- another figure given for comparison after this year's: Italian "contro",
-- Japanese 前年の, Korean 전년의; nor does it take the class after this
-- year's percent from it ("contre 89,4 %")
SELECT * FROM pg_temp.rates('Il tasso di risoluzione è stato dell''88,2%, contro l''85,9% dello stesso periodo del 2022.', 'it');
SELECT * FROM pg_temp.rates('刑事事件の解決率は87.1%で、前年の83.4%を上回った。', 'ja');
SELECT * FROM pg_temp.rates('형사사건 해결률은 87.1%로 전년의 83.4%보다 높았다.', 'ko');
SELECT * FROM pg_temp.rates('La police a élucidé 92 % des affaires liées à la drogue, contre 89,4 % au premier semestre 2022.', 'fr');
-- targets: a demand governs what follows it (es "exige que"), Romanian
-- "țintă", Japanese "以上とする目標" after the percent; the result stays a rate
SELECT * FROM pg_temp.rates('El Ministerio exige que la tasa de esclarecimiento de los delitos graves supere el 92 %.', 'es');
SELECT * FROM pg_temp.rates('La tasa de esclarecimiento de los delitos graves superó el 92 %.', 'es');
SELECT * FROM pg_temp.rates('Ministerul a stabilit ca țintă o rată de soluționare de peste 78%.', 'ro');
SELECT * FROM pg_temp.rates('警察庁は刑事事件の解決率を78%以上とする目標を掲げた。', 'ja');
SELECT * FROM pg_temp.rates('刑事事件の解決率は78%以上となった。', 'ja');
-- shares: the share as its clause's subject, nothing solved nor rated
-- between (fr, en, zh), Italian "costituiscono il"; a rate after a share
-- word with a solve verb between stays a rate
SELECT * FROM pg_temp.rates('La police a élucidé 88 % des affaires ; la part des affaires de corruption dans l''ensemble des infractions économiques est de 14,2 %.', 'fr');
SELECT * FROM pg_temp.rates('The share of drug cases in all crimes was 28%.', 'en');
SELECT * FROM pg_temp.rates('破案率为88%，毒品案件占刑事案件总数的29%。', 'zh');
SELECT * FROM pg_temp.rates('La polizia ha risolto l''88% dei casi; i reati di droga costituiscono il 31% dei casi scoperti.', 'it');
SELECT * FROM pg_temp.rates('Drug cases accounted for a large part of the total and the police solved 85% of them.', 'en');
-- a fraction after a narrow kind's verb gives the percent after it a rate of
-- that kind (other); a fraction of provinces alone gives none
SELECT * FROM pg_temp.rates('Các đơn vị đã chuyển hóa 31/36 địa bàn trọng điểm, đạt 86,11%.', 'vi');
SELECT * FROM pg_temp.rates('Cụm có 19/20 tỉnh hoàn thành, đạt 95%.', 'vi');
-- (review cases) a year inside the sentence is no year of its figure; one
-- percent sign is not shared over a long word or a cluster's numbers; a
-- topic class behind a comma keeps its rate; a target met with only its own
-- figure after it stays a target; a share in an earlier sentence makes no
-- share of a solved percent
SELECT * FROM pg_temp.rates('Năm 2024, thực hiện Chỉ thị số 12/CT-TTg năm 2019, Công an các tỉnh đã điều tra làm rõ 1.707/1.914 vụ, đạt 89,1%.', 'vi');
SELECT * FROM pg_temp.rates('In 2024, clusters 4 and 6 solved 85.2% and 89.1% of criminal cases, respectively.', 'en');
SELECT * FROM pg_temp.rates('En 2024, les taux des affaires pénales et de drogue sont respectivement de 85,2 % et 97,1 %, soit 2 et 3 points de plus qu''en 2023.', 'fr');
SELECT * FROM pg_temp.rates('Năm 2024, đối với tội phạm ma túy, tỷ lệ điều tra khám phá đạt 95,6% và án đặc biệt nghiêm trọng đạt 100%.', 'vi');
SELECT * FROM pg_temp.rates('In 2024 the police met the targets set by the Ministry, which require solving over 70% of criminal cases.', 'en');
SELECT * FROM pg_temp.rates('In 2024 drug cases accounted for the largest share of crime in the cluster. Up to 95.6% of them were solved.', 'en');
SELECT * FROM pg_temp.rates('En 2024, en cuanto a los delitos de drogas, la tasa de esclarecimiento alcanzó el 95,6 % y la de casos muy graves el 100 %.', 'es');
-- a fraction of gangs, or one before a verb with its own figure, is no rate
SELECT * FROM pg_temp.rates('In 2024 the police dismantled 12 of 15 drug rings and solved 89.1% of criminal cases.', 'en');
SELECT * FROM pg_temp.rates('In 2024, 12 of 63 provinces solved more than 90% of criminal cases.', 'en');
SELECT * FROM pg_temp.rates('En 2024, 812/905 affaires pénales ont été élucidées.', 'fr');
