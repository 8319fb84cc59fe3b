-- Builds bench_reports: generated report text (our own sentences, random
-- figures) in every supported language, about 24 MB in 12,000 documents.
DROP TABLE IF EXISTS bench_reports;
CREATE TABLE bench_reports AS
WITH tpl(lang, s) AS (VALUES
  ('vi', 'Năm %4$s, lực lượng Công an ở Cụm thi đua số %5$s đã điều tra làm rõ %1$s/%2$s vụ án hình sự, đạt tỷ lệ %3$s%%; án rất nghiêm trọng đạt trên 9%5$s,5%%. Hội nghị diễn ra ngày %5$s/1/%4$s tại thành phố, với sự tham dự của lãnh đạo các đơn vị nghiệp vụ. Phạm pháp hình sự giảm %5$s,2%% so với cùng kỳ; bắt %1$s vụ/%2$s đối tượng, triệt phá %5$s băng nhóm. '),
  ('en', 'In %4$s, the police of the provinces in Emulation Cluster No. %5$s investigated and solved %1$s/%2$s criminal cases, a rate of %3$s%%, and more than 9%5$s.5%% of very serious cases. The conference on %5$s December %4$s reviewed Project 06 for 2021-2025 and the work of the year. Crime fell by %5$s.2%% compared with the same period; officers arrested %1$s cases/%2$s suspects. '),
  ('fr', 'En %4$s, la police des provinces du groupe d''émulation n° %5$s a élucidé %1$s/%2$s affaires pénales, soit %3$s %%, et plus de 9%5$s,5 %% des affaires graves. La conférence du %5$s décembre %4$s a fait le bilan du Projet 06 pour 2021-2025. Les infractions ont baissé de %5$s,2 %% ; les policiers ont arrêté %1$s personnes dans %2$s communes. '),
  ('pl', 'W %4$s r. policja prowincji klastra nr %5$s wykryła %1$s/%2$s przestępstw, co daje wskaźnik %3$s%%, a w sprawach poważnych ponad 9%5$s,5%%. Konferencja w dniu %5$s grudnia %4$s r. oceniła pracę Komitetu Sterującego 138. Przestępstwa spadły o %5$s,2%%; zatrzymano %1$s przypadków/%2$s osób, a %5$s z 9 gmin spełniło normy. '),
  ('ro', 'În %4$s, poliția provinciilor din Grupul de Emulație nr. %5$s a soluționat %1$s/%2$s de cazuri penale, o rată de %3$s%%, și peste 9%5$s,5%% din cazurile grave. Conferința din %5$s decembrie %4$s a analizat activitatea anului. Infracțiunile au scăzut cu %5$s,2%%; au fost reținute %1$s persoane, iar %5$s din 9 unități au depășit ținta. '),
  ('hi', 'वर्ष %4$s में क्लस्टर संख्या %5$s के प्रांतों की पुलिस ने %1$s/%2$s आपराधिक मामलों को हल किया, जो %3$s%% की दर है, और गंभीर मामलों में 9%5$s.5%% से अधिक। %5$s दिसंबर को सम्मेलन में वर्ष के काम की समीक्षा की गई। अपराध में %5$s.2%% की कमी आई; पुलिस ने %1$s मामलों में %2$s लोगों को गिरफ्तार किया। ')
)
SELECT row_number() OVER () AS id, lang, string_agg(
         format(s, 1000 + (h % 2000), 3000 + (h % 900), round(50 + (h % 4000) / 100.0, 2),
                2015 + (h % 10), 1 + (h % 8)), '' ORDER BY k) AS body
FROM tpl, generate_series(1, 2000) d, generate_series(1, 6) k,
     LATERAL (SELECT abs(hashint4(d * 31 + k)) AS h) hh
GROUP BY lang, d;
ANALYZE bench_reports;
