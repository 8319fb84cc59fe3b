-- numbers(): Polish conventions (decimal comma, space grouping), inflected cues
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
SET datestyle = ISO;

CREATE FUNCTION pg_temp.show(body text, lang text DEFAULT 'pl')
RETURNS TABLE (kind text, value numeric, value2 numeric, qualifier text, unit text,
               is_change boolean, date date, label text, span text, span_ok boolean)
LANGUAGE sql AS $$
  SELECT kind, value, value2, qualifier, unit, is_change, date, label,
         span_start || '-' || span_end, substr(body, span_start + 1, span_end - span_start) = text
  FROM clusterdata.numbers(body, lang)
$$;

SELECT * FROM pg_temp.show('Wskaźnik wykrywalności wyniósł 87,45%, a w sprawach poważnych ponad 94%.');
SELECT * FROM pg_temp.show('Zatrzymano 1 205 osób; 318 przypadków/402 osoby handlujące towarami; 6 z 8 gmin spełniło normy.');
SELECT * FROM pg_temp.show('Dnia 22 listopada 2024 r. Komitet Sterujący 138 omówił spadek o 5,2% oraz około 30 modeli.');
SELECT * FROM pg_temp.show('Klaster nr 5 obejmuje 7 prowincji.');
