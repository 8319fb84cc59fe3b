-- numbers(): Romanian conventions (decimal comma, dot grouping) and cues
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
SET datestyle = ISO;

CREATE FUNCTION pg_temp.show(body text, lang text DEFAULT 'ro')
RETURNS TABLE (kind text, value numeric, value2 numeric, qualifier text, unit text,
               is_change boolean, date date, label text, span text, span_ok boolean)
LANGUAGE sql AS $$
  SELECT kind, value, value2, qualifier, unit, is_change, date, label,
         span_start || '-' || span_end, substr(body, span_start + 1, span_end - span_start) = text
  FROM clusterdata.numbers(body, lang)
$$;

SELECT * FROM pg_temp.show('Poliția a soluționat 3.215/3.590 de cazuri, o rată de 89,55%, și peste 96% din cazurile grave.');
SELECT * FROM pg_temp.show('Pe 3 decembrie 2024, Grupul de Emulație nr. 6 a reunit 5 provincii; 4 din 5 unități au depășit ținta.');
SELECT * FROM pg_temp.show('Rata a fost de aproximativ 82 la sută; infracțiunile au scăzut cu 2,4%.');
