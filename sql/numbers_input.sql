-- numbers() and detect_language(): language choice, odd and hostile input
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
SET datestyle = ISO;

-- detection
SELECT detect_language(t) FROM (VALUES
  ('Công an các tỉnh trong cụm đã tổ chức hội nghị để đánh giá công tác năm 2024 và đạt được nhiều kết quả.'),
  ('The police of the provinces in the cluster met to assess the work of the year and set tasks for 2025.'),
  ('La police des provinces du groupe a tenu une conférence pour faire le bilan de l''année et fixer les tâches.'),
  ('Policja prowincji w klastrze zorganizowała konferencję w celu podsumowania pracy w roku i wyznaczenia zadań na 2025 r.'),
  ('Poliția din provinciile grupului a organizat o conferință pentru a analiza activitatea din anul trecut și a stabili sarcinile.'),
  ('क्लस्टर के प्रांतों की पुलिस ने पिछले वर्ष के कार्यों पर चर्चा करने हेतु बैठक बुलाई और नए लक्ष्य तय किए।'),
  ('La policía de las provincias del grupo celebró una conferencia para revisar el trabajo del año y fijar las tareas.'),
  ('Die Polizei der Provinzen in der Gruppe hat eine Konferenz abgehalten, um die Arbeit des Jahres zu bewerten und neue Ziele zu setzen.')) v(t);
-- too short, or none of the languages: NULL, not a guess
SELECT detect_language(''), detect_language('2024'), detect_language('Hội nghị'),
       detect_language('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.');

-- the language is detected when not given
SELECT kind, value FROM numbers('Les policiers ont élucidé 1 540 affaires, soit 88,5 % du total, dans la province.');
-- an unsupported language is an error that lists the supported ones
\set VERBOSITY default
SELECT * FROM numbers('12 cases', 'xx');
\set VERBOSITY sqlstate
SELECT * FROM numbers('12 cases', 'EN');
\set VERBOSITY default

-- NULL and empty input
SELECT count(*) FROM numbers(NULL);
SELECT count(*) FROM numbers('');
SELECT count(*) FROM numbers('', 'vi');
-- only separators, only digits, a digit string too long for a quantity
SELECT count(*) FROM numbers(repeat('.,/ -%', 10000), 'vi');
SELECT kind, value IS NULL AS no_value, length(text) FROM numbers(repeat('7', 100000), 'en');
SELECT kind, value FROM numbers('99999999999999999999999 cases and 9223372036854775807 people', 'en');
-- decomposed (NFD) text: spans still point into the input as given
SELECT kind, value, span_start, span_end,
       substr(b, span_start + 1, span_end - span_start) AS evidence
FROM (SELECT normalize('Tỷ lệ đạt trên 90,5% ở Phú Thọ, số 4', NFD) AS b) s,
     numbers(b, 'vi');
-- control characters, lone combining marks and replacement characters are harmless
SELECT count(*) FROM numbers(E'\u0301\u0301 12 \uFFFD 3% \t\r\n', 'vi');
-- a large input: many rows, each with a consistent span
SELECT count(*) AS rows, bool_and(span_end > span_start) AS spans_ok
FROM numbers(repeat('Đạt 1.234/5.678 vụ, tỷ lệ 21,7%. ', 20000), 'vi');
