-- shared by the lang_* tests: parse_report() facts of a text, each span
-- checked against the evidence it points to
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;
CREATE FUNCTION pg_temp.facts(body text, lang text DEFAULT NULL)
RETURNS TABLE (kind text, metric text, rate solve_rate, percent numeric, qualifier text,
               value numeric, province province, cluster_no int, year int, span_ok boolean,
               evidence text, why text)
LANGUAGE sql AS $$
  SELECT f.kind, f.metric, f.rate, f.percent, f.qualifier, f.value, f.province, f.cluster_no,
         f.year, substr(body, f.span_start + 1, f.span_end - f.span_start) = f.text, f.text, f.why
  FROM clusterdata.parse_report(body, lang) f
  WHERE f.kind NOT IN ('person', 'location', 'event_date', 'source')
  ORDER BY f.span_start, f.kind
$$;
