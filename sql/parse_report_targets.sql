-- parse_report(): rates that are achieved rates, with the metric of their
-- own words (our own sentences, in several languages each):
--  1. a verb of striving governs all that follows it in its sentence;
--  2. changes, forecasts and margins over a target are no rates;
--  3. another country's figures are none of ours;
--  4. a fraction beside a percent it does not give is one fact, flagged;
--  5. the percent before the noun it rates;
--  6. serious-crime and general-rate wordings;
--  7. a metric cue belongs to its own clause and figure;
--  8. the cases solved stated before the rate.
\i sql/include/facts_show.sql
CREATE FUNCTION pg_temp.rates(body text, lang text)
RETURNS TABLE (kind text, metric text, solved bigint, total bigint, percent numeric,
               qualifier text, span_ok boolean, evidence text, why text)
LANGUAGE sql AS $$
  SELECT f.kind, f.metric, f.solved, f.total, f.percent, f.qualifier,
         substr(body, f.span_start + 1, f.span_end - f.span_start) = f.text, f.text, f.why
  FROM clusterdata.parse_report(body, lang) f
  WHERE f.kind IN ('rate', 'change')
  ORDER BY f.span_start
$$;

-- 1. targets: the whole enumeration after a verb of striving; "raise ... to X% or more"
SELECT * FROM pg_temp.rates('Năm 2025, Công an tỉnh phấn đấu kéo giảm ít nhất 4% số vụ phạm tội; 100% tin báo được tiếp nhận; tỷ lệ khám phá án đạt trên 72%, án rất nghiêm trọng đạt trên 91%.', 'vi');
SELECT * FROM pg_temp.rates('Hội nghị thống nhất nhiệm vụ trọng tâm là nâng tỷ lệ khám phá các vụ án đạt 78% trở lên, án nghiêm trọng đạt trên 92%.', 'vi');
SELECT * FROM pg_temp.rates('Năm 2024, Công an tỉnh đã nâng tỷ lệ khám phá các vụ án lên 86,4%.', 'vi');
SELECT * FROM pg_temp.rates('Next year the provincial police strive to cut crime by 5%, to handle all denunciations, and to lift the investigation rate to over 75% and 92% for serious cases.', 'en');
SELECT * FROM pg_temp.rates('In 2024 the police solved 1,240 of 1,460 cases (84.9%). They aim to investigate at least 80% of cases in 2025, and 95% of serious ones.', 'en');
SELECT * FROM pg_temp.rates('Pour 2025, la police vise à élucider plus de 80 % des affaires pénales et 95 % des affaires graves.', 'fr');
SELECT * FROM pg_temp.rates('Die Polizei strebt an, dass die Aufklärungsquote 2025 über 80 % liegt und bei schweren Fällen 95 % erreicht.', 'de');
SELECT * FROM pg_temp.rates('公安机关力争2025年刑事案件破案率达到80%以上，重大案件破案率达到95%。', 'zh');
SELECT * FROM pg_temp.rates('Polisi berupaya mencapai tingkat pengungkapan kasus 80% dan kasus serius 95% pada tahun 2025.', 'id');

-- 2. changes, forecasts and margins over a target
SELECT * FROM pg_temp.rates('The number of thefts fell 14.5% while the clearance rate of criminal cases reached 88.3%.', 'en');
SELECT * FROM pg_temp.rates('The rate of offences decreased 9.1% over the same period last year; 86.2% of criminal cases were solved.', 'en');
SELECT * FROM pg_temp.rates('El número de delitos disminuyó 7,3%, y la tasa de esclarecimiento de casos penales fue del 84,6%, un 4,6% superior a la meta.', 'es');
SELECT * FROM pg_temp.rates('Die Zahl der Straftaten sank um 6,2 %, die Aufklärungsquote lag bei 83,5 %.', 'de');
SELECT * FROM pg_temp.rates('범죄 발생은 5.4% 증가할 것으로 전망되며, 형사사건 검거율은 81.2%를 기록했다.', 'ko');
SELECT * FROM pg_temp.rates('Số vụ phạm pháp hình sự giảm 8,7% so với cùng kỳ; tỷ lệ điều tra khám phá đạt 85,2%.', 'vi');

-- 3. another country's figures (a comparison in a foreign report)
SELECT * FROM pg_temp.rates('ベトナムの検挙率は78.4%でした。日本における検挙率は約35%です。', 'ja');
SELECT * FROM pg_temp.rates('Vietnam''s police solved 81.6% of criminal cases. In Japan the clearance rate is about 38%.', 'en');
SELECT * FROM pg_temp.rates('일본의 검거율은 약 40%이다. 베트남 경찰의 형사사건 검거율은 83.1%에 달했다.', 'ko');
SELECT kind, value, text FROM parse_report('日本における刑法犯の認知件数は約150万件、検挙人員は約70万人です。ベトナムの検挙人員は8万2000人でした。', 'ja') WHERE kind = 'count';
SELECT kind, value, text FROM parse_report('Công an tỉnh phối hợp với Công an Thái Lan bắt 12 đối tượng.', 'vi') WHERE kind = 'count';

-- 4. a fraction that disagrees with the percent beside it: one fact, flagged
SELECT * FROM pg_temp.rates('Trong năm, đã điều tra, khám phá 150/200 vụ phạm pháp hình sự, đạt 80%.', 'vi');
SELECT * FROM pg_temp.rates('The police solved 412/530 criminal cases, reaching 81.5%.', 'en');
SELECT * FROM pg_temp.rates('La police a élucidé 300/360 affaires pénales, atteignant un taux de 85,1 %.', 'fr');
-- (a fraction that gives its percent is joined, unflagged)
SELECT * FROM pg_temp.rates('Trong năm, đã điều tra, khám phá 150/200 vụ phạm pháp hình sự, đạt 75%.', 'vi');

-- 5. the percent before the noun it rates
SELECT * FROM pg_temp.rates('Robberies dropped by 12.4%, with an 89.7% rate of solving cases.', 'en');
SELECT * FROM pg_temp.rates('The provincial police reported a 91.3% case-solving rate for 2024.', 'en');
SELECT * FROM pg_temp.rates('Burglaries have decreased by 8.2%, with a 90.5% success rate in solving them.', 'en');

-- (percent first, no rate word: the share of reports received and handled, metric other)
SELECT * FROM pg_temp.rates('Trong năm, 100% tin báo, tố giác về tội phạm đều được tiếp nhận, phân loại và xử lý.', 'vi');
SELECT * FROM pg_temp.rates('En 2024, 98 % des dénonciations de crimes ont été reçues et traitées.', 'fr');
SELECT * FROM pg_temp.rates('In 2024, 99% of crime denunciations were received and processed.', 'en');
SELECT * FROM pg_temp.rates('Pada 2024, 97% laporan kejahatan telah diterima dan ditangani.', 'id');
-- (a share of reports with no verb of handling is none)
SELECT * FROM pg_temp.rates('Trong năm, 60% tin báo về tội phạm liên quan đến trộm cắp tài sản.', 'vi');

-- 6. serious-crime and general-rate wordings
SELECT * FROM pg_temp.rates('매우 중한 범죄와 특히 중한 범죄의 검거율은 96.2%였다.', 'ko');
SELECT * FROM pg_temp.rates('극악무도한 범죄의 검거율은 100%에 달했다.', 'ko');
SELECT * FROM pg_temp.rates('La police a enquêté et découvert 740/880 cas de violations de l''ordre social, atteignant un taux de 84,1 %.', 'fr');
SELECT * FROM pg_temp.rates('Tingkat investigasi dan penemuan kasus mencapai 82,7%.', 'id');

-- 7. a metric cue belongs to its own clause and figure
SELECT * FROM pg_temp.rates('The police solved nearly 83 percent of all cases and over 96 percent of very serious ones.', 'en');
SELECT * FROM pg_temp.rates('Số vụ phạm pháp hình sự giảm 12%, điều tra làm rõ 74 vụ, tỷ lệ tiếp nhận và xử lý tin báo, tố giác về tội phạm đạt 93,4%.', 'vi');
SELECT * FROM pg_temp.rates('La police a résolu 84 % des affaires et plus de 97 % des affaires très graves.', 'fr');

-- 8. the cases solved before the rate: its solved (and why)
SELECT * FROM pg_temp.rates('Lực lượng công an đã khám phá 1.204 vụ, đạt tỉ lệ 76,4%.', 'vi');
SELECT * FROM pg_temp.rates('The police solved 2,316 cases, equivalent to a rate of 87.1%.', 'en');
-- (the rate's total before it, behind a clause word that takes a part: its total, no count)
SELECT kind, metric, solved, total, percent, text, why FROM parse_report('해당 기간 경찰은 2만1340건의 형사사건 중 86.5%를 해결했다.', 'ko') WHERE kind IN ('rate', 'count');
SELECT kind, metric, solved, total, percent, text, why FROM parse_report('Năm 2024, Công an tỉnh khởi tố 640 vụ, trong đó đã điều tra làm rõ 83,5%.', 'vi') WHERE kind IN ('rate', 'count');
SELECT kind, metric, solved, total, percent, text, why FROM parse_report('Police handled 910 criminal cases, of which 88.4% were solved.', 'en') WHERE kind IN ('rate', 'count');
-- (cases solved before a part are no total, nor the part's solved)
SELECT kind, metric, solved, total, percent, text, why FROM parse_report('Năm 2024, Công an tỉnh điều tra làm rõ 640 vụ, trong đó án rất nghiêm trọng đạt 96,5%.', 'vi') WHERE kind IN ('rate', 'count');
-- (a count of cases reported, then a later item's solve word, is no "solved")
SELECT kind, value, text, why FROM parse_report('ベトナム公安省の報告では、2023年の刑法犯の認知件数は3万9120件、検挙人員は約7万1000人、検挙率は79.4%でした。', 'ja') WHERE kind IN ('rate', 'count');
SELECT kind, value, text, why FROM parse_report('2024년 형사사건 2,640건을 수사해 해결률 89.5%를 기록했다.', 'ko') WHERE kind IN ('rate', 'count');
-- a target met or exceeded (the done cue value met), then what was done
-- after a comma: a result (vi, fr, en); the target's own figure stays a
-- target, and "has set the target, to ..." is no result
SELECT kind, metric, solved, total, percent FROM clusterdata.parse_report('Năm 2023, Công an các tỉnh vượt chỉ tiêu được giao, làm rõ 845/960 vụ án hình sự, đạt 88,02%.', 'vi') WHERE kind = 'rate';
SELECT kind, metric, solved, total, percent FROM clusterdata.parse_report('En 2023, la police a dépassé les objectifs, élucidant 845 des 960 affaires pénales, soit 88,02 %.', 'fr') WHERE kind = 'rate';
SELECT kind, metric, solved, total, percent FROM clusterdata.parse_report('In 2023 police exceeded both targets, clearing up 845 out of 960 criminal cases, or 88.02%.', 'en') WHERE kind = 'rate';
SELECT kind, metric, solved, total, percent FROM clusterdata.parse_report('Tỷ lệ điều tra khám phá vượt chỉ tiêu Bộ giao (trên 70%).', 'vi') WHERE kind = 'rate';
SELECT kind, metric, solved, total, percent FROM clusterdata.parse_report('The cluster has set the target, to solve over 90% of serious cases.', 'en') WHERE kind = 'rate';
