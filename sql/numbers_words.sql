-- numbers(): numbers written with words: number words with scale words
-- multiply ("dos mil" 2000, "3 triệu"), a scale word before a small group of
-- digits adds ("mil 520" 1520, as foreign editions write 1,520); never a
-- smaller number than the text says (a compound not understood gives none)
\i sql/include/numbers_show.sql

-- the figures of the issue: 1520, 2000, 3200
SELECT * FROM pg_temp.show('Se registraron mil 520 casos, dos mil casos y tres mil doscientos.', 'es');
-- a scale word after digits or a decimal; "un" only with a scale word; tens joined by "y";
-- "mil millones" multiply; a year before "mil" takes no scale word ("mil personas" alone: none)
SELECT * FROM pg_temp.show('Hubo 2 mil 520 detenidos, 1,5 millones de pesos, un millón 200 mil euros y treinta y cuatro mil casos; en 2023 mil personas; mil millones.', 'es');
-- spelled percent; "ciento" only inside a number; two numbers side by side stay two
SELECT * FROM pg_temp.show('Un setenta y cinco por ciento de ciento veinte casos; dos y tres bandas.', 'es');
-- English: hyphenated tens, "hundred and", millions
SELECT * FROM pg_temp.show('Officers seized twenty-five thousand pills, two hundred and six kilograms, 4.2 million dong and one million tablets in 2024.', 'en');
-- French: compounds with a hyphen, "cent(s)", "mille" before digits; a compound not understood gives no number
SELECT * FROM pg_temp.show('Vingt-deux mille affaires, deux cents personnes, mille 450 cas, 3 millions de dongs, soixante-douze suspects.', 'fr');
-- Vietnamese: nghìn, triệu, trăm, mươi; "tỷ lệ" is the rate, no scale word
SELECT * FROM pg_temp.show('Thu giữ 5 nghìn viên, 3 triệu đồng, hai nghìn vụ và hai trăm năm mươi lăm đối tượng; năm 2024 tỷ lệ đạt 91%.', 'vi');
-- Polish, Romanian ("de" between a number and its scale word), German
SELECT * FROM pg_temp.show('Policja zatrzymała dwadzieścia pięć tysięcy osób i 2 tys. pojazdów, straty 3 mln zł.', 'pl');
SELECT * FROM pg_temp.show('Au fost 20 de mii de dosare, două sute de mii de lei și o mie de persoane.', 'ro');
SELECT * FROM pg_temp.show('Es wurden zwei Millionen Euro und 5 Mio. Tabletten sowie drei Tausend Personen erfasst.', 'de');
-- Indonesian puluh/belas/ribu, Russian тыс./млн, Hindi लाख and करोड़
SELECT * FROM pg_temp.show('Polisi menyita dua puluh lima ribu butir dan lima belas kasus, seribu orang, 3 juta rupiah.', 'id');
SELECT * FROM pg_temp.show('Задержано 5 тыс. человек, изъято 3 млн рублей и 2 тысячи единиц.', 'ru');
SELECT * FROM pg_temp.show('पुलिस ने 2 लाख रुपये और 3 करोड़ 50 लाख जब्त किए।', 'hi');
-- CJK multipliers with the smaller part after a space or grouped by commas
-- (Korean "1만 2,345건", "1만 8천여 명"), after 零 (Chinese "1萬零24"),
-- 千 in Chinese and Japanese ("1万2千"); not a year after a space ("3만 2024년")
SELECT * FROM pg_temp.show('마약사건 1만 2,345건을 적발하고 1만 8천여 명을 검거했다. 3만 2024년 자료.', 'ko');
SELECT * FROM pg_temp.show('抓获犯罪嫌疑人1萬零24名，破获案件2千起。', 'zh');
SELECT * FROM pg_temp.show('容疑者1万2千人を逮捕した。', 'ja');
