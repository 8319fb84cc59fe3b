/* clusterdata 0.3 -> 0.4 */
\echo Use "ALTER EXTENSION clusterdata UPDATE TO '0.4'" to load this file. \quit

-- parse_report: a why column, the cues that decided a rate, count or change
DROP FUNCTION parse_report(text, text);
CREATE FUNCTION parse_report(body text, lang text DEFAULT NULL,
    OUT kind text, OUT metric text, OUT solved bigint, OUT total bigint,
    OUT rate solve_rate, OUT percent numeric, OUT qualifier text, OUT value numeric,
    OUT province province, OUT cluster_no int, OUT year int,
    OUT span_start int, OUT span_end int, OUT text text,
    OUT scope text, OUT detail text, OUT why text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION parse_report(text, text) IS 'one row per fact of a report: rates, counts, changes, cluster, members, leader, deputy, period, event date, location, person, source, with character spans; why lists the cues that decided a rate, count or change';

ALTER TABLE fact ADD COLUMN why text;
COMMENT ON COLUMN fact.why IS 'the cues that decided a rate, count or change (parse_report''s why)';

CREATE OR REPLACE FUNCTION parse_stored(report_id bigint) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    r clusterdata.report;
BEGIN
    -- the row lock orders parse_stored after a parse_pending() holding the
    -- report, so the facts it deletes are those that parse committed
    SELECT * INTO r FROM clusterdata.report WHERE id = report_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    BEGIN
        DELETE FROM clusterdata.fact WHERE fact.report_id = r.id;
        INSERT INTO clusterdata.fact (report_id, fact_no, kind, metric, solved, total, rate, percent,
                                      qualifier, value, province, cluster_no, year, span_start,
                                      span_end, text, scope, detail, why)
        SELECT r.id, f.n::int, f.kind, f.metric, f.solved, f.total, f.rate, f.percent, f.qualifier,
               f.value, f.province, f.cluster_no, f.year, f.span_start, f.span_end, f.text,
               f.scope, f.detail, f.why
        FROM clusterdata.parse_report(r.body, r.lang) WITH ORDINALITY AS f(kind, metric, solved, total,
             rate, percent, qualifier, value, province, cluster_no, year, span_start, span_end, text,
             scope, detail, why, n);
        UPDATE clusterdata.report
        SET parsed_at = clock_timestamp(), parser_version = clusterdata.parser_version(),
            lang = coalesce(r.lang, clusterdata.detect_language(r.body)),
            parse_error = NULL, parse_sqlstate = NULL
        WHERE id = r.id;
        RETURN true;
    EXCEPTION WHEN OTHERS THEN
        -- the block's writes are rolled back; the report is marked and skipped
        UPDATE clusterdata.report
        SET parsed_at = clock_timestamp(), parser_version = clusterdata.parser_version(),
            parse_error = SQLERRM, parse_sqlstate = SQLSTATE
        WHERE id = r.id;
        RETURN false;
    END;
END
$$;

CREATE OR REPLACE VIEW bi_facts AS
SELECT f.report_id, f.fact_no, f.kind, f.metric, f.solved, f.total, f.rate AS solve_rate, f.percent,
       f.qualifier, f.value, f.province::text AS province, f.cluster_no, f.year, f.scope, f.detail,
       f.span_start, f.span_end, f.text AS evidence,
       regexp_replace(substr(r.body, greatest(f.span_start - 59, 1), least(f.span_start, 60)) || '[['
         || f.text || ']]' || substr(r.body, f.span_end + 1, 60), '\s+', ' ', 'g') AS evidence_in_context,
       r.source_url, m.event_date, m.published, f.why
FROM fact f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id;
