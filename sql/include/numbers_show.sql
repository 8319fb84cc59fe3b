-- shared by the numbers_* tests: numbers() of a text with each span checked
-- against the evidence it points to
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
SET datestyle = ISO;
CREATE FUNCTION pg_temp.show(body text, lang text)
RETURNS TABLE (kind text, value numeric, value2 numeric, qualifier text, unit text,
               is_change boolean, date date, label text, span text, span_ok boolean)
LANGUAGE sql AS $$
  SELECT kind, value, value2, qualifier, unit, is_change, date, label,
         span_start || '-' || span_end, substr(body, span_start + 1, span_end - span_start) = text
  FROM clusterdata.numbers(body, lang)
$$;
