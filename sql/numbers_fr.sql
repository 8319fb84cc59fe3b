-- numbers(): French conventions (decimal comma, space and no-break space grouping)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
SET datestyle = ISO;

CREATE FUNCTION pg_temp.show(body text, lang text DEFAULT 'fr')
RETURNS TABLE (kind text, value numeric, value2 numeric, qualifier text, unit text,
               is_change boolean, date date, label text, span text, span_ok boolean)
LANGUAGE sql AS $$
  SELECT kind, value, value2, qualifier, unit, is_change, date, label,
         span_start || '-' || span_end, substr(body, span_start + 1, span_end - span_start) = text
  FROM clusterdata.numbers(body, lang)
$$;

-- U+00A0 before %, U+202F as a thousands separator, a plain space too
SELECT * FROM pg_temp.show(E'La police a élucidé 1\u202F540/1 712 cas, soit 89,9\u00A0%, et plus de 93 % des affaires graves.');
SELECT * FROM pg_temp.show('Le 4 décembre 2024, le groupe n° 2 a réuni 6 provinces ; le taux est supérieur à 85 pour cent.');
SELECT * FROM pg_temp.show('Les vols ont baissé de 3,5 % ; environ 40 modèles et 9 sur 11 communes respectent les normes.');
SELECT * FROM pg_temp.show('Mise en œuvre du Projet 06 et de la Directive 15/CT-TTg pour 2021-2025.');
