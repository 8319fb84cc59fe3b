-- numbers(): Hindi (decimal point, comma and Indian grouping, Devanagari digits)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
SET datestyle = ISO;

CREATE FUNCTION pg_temp.show(body text, lang text DEFAULT 'hi')
RETURNS TABLE (kind text, value numeric, value2 numeric, qualifier text, unit text,
               is_change boolean, date date, label text, span text, span_ok boolean)
LANGUAGE sql AS $$
  SELECT kind, value, value2, qualifier, unit, is_change, date, label,
         span_start || '-' || span_end, substr(body, span_start + 1, span_end - span_start) = text
  FROM clusterdata.numbers(body, lang)
$$;

SELECT * FROM pg_temp.show('पुलिस ने 2,140/2,398 आपराधिक मामलों को हल किया, जो 89.2% की दर है।');
SELECT * FROM pg_temp.show('गंभीर मामलों में दर 95% से अधिक रही और लगभग 1,00,000 लोगों ने भाग लिया।');
SELECT * FROM pg_temp.show('१,७०७ मामले और ८९.१ प्रतिशत; 12 में से 9 इकाइयाँ।');
SELECT * FROM pg_temp.show('9 अगस्त को क्लस्टर संख्या 5 का सम्मेलन हुआ।');
