-- Russian: Cyrillic, decimal comma and space grouping, inflected names
\i sql/include/numbers_show.sql
\i sql/include/facts_show.sql
SELECT detect_language('В этом году полиция провинций раскрыла много уголовных дел, и жители стали чувствовать себя в безопасности.');
SELECT * FROM pg_temp.show('Полиция раскрыла 2 864 из 3 105 уголовных дел и задержала 4 120 подозреваемых.', 'ru');
SELECT * FROM pg_temp.show('Раскрываемость составила более 92,24 процента, изъято 12,5 кг наркотиков 5 декабря 2024 г.', 'ru');
SELECT * FROM pg_temp.facts('В 2024 году полиция провинций кластера № 6 раскрыла 2 864 из 3 105 уголовных дел, раскрываемость составила 92,24%, в том числе по особо тяжким преступлениям более 97%. В кластер входят Кантхо, Анзянг, Кьензянг, Камау и Бакльеу. Лидером кластера на 2025 год стала провинция Анзянг.');
-- by how much a result beat the target is no rate
SELECT * FROM pg_temp.facts('Раскрываемость уголовных дел достигла 88%, превысив на 8% поставленную цель.', 'ru');
-- the first half of the year
SELECT * FROM pg_temp.facts('За первое полугодие 2024 года полиция раскрыла 310 дел о наркотиках.', 'ru');
SELECT 'Ханой'::province, 'Хошимин'::province, 'Ханое'::province;
-- a leader and, after a dash, a deputy; the cases solved with the rate are part of it
SELECT * FROM pg_temp.facts('В 2025 году было раскрыто 2210 уголовных преступлений, раскрываемость достигла 88,6%. Полиция провинции Анзянг избрана руководителем кластера на 2026 год, полиция провинции Камау — заместителем.');
