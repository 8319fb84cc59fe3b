/* clusterdata 0.3 -> 0.4 */
\echo Use "ALTER EXTENSION clusterdata UPDATE TO '0.4'" to load this file. \quit

-- report text is UTF-8: in a database of another encoding the extension is
-- refused at CREATE EXTENSION (a fresh install runs this script too)
DO $$
BEGIN
    IF pg_catalog.current_setting('server_encoding') <> 'UTF8' THEN
        RAISE EXCEPTION 'clusterdata needs a UTF8 database; this one is %',
            pg_catalog.current_setting('server_encoding')
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Create the database with ENCODING ''UTF8'' (initdb and pg_virtualenv take it from a UTF-8 locale such as C.UTF-8).';
    END IF;
END
$$;

CREATE FUNCTION languages(OUT code text, OUT name text, OUT decimal_separator text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE STRICT ROWS 13;
COMMENT ON FUNCTION languages() IS 'the languages detect_language, numbers and parse_report read: ISO 639-1 code, name, decimal separator';

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
        RAISE EXCEPTION 'no report with id %', report_id USING ERRCODE = 'no_data_found';
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

-- ingest: an unsupported language is an error and stores nothing (it was
-- stored, then failed to parse or was never parsed)
CREATE OR REPLACE FUNCTION ingest(body text, source_url text DEFAULT NULL, published date DEFAULT NULL,
                       lang text DEFAULT NULL, parse boolean DEFAULT true)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    h bytea;
    rid bigint;
BEGIN
    IF body IS NULL THEN
        RAISE EXCEPTION 'report body must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF lang IS NOT NULL AND NOT EXISTS (SELECT FROM clusterdata.languages() l WHERE l.code = lang) THEN
        RAISE EXCEPTION 'unsupported language "%"', lang
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Supported languages: ' ||
                         (SELECT string_agg(l.code, ', ') FROM clusterdata.languages() l) ||
                         '; or NULL to detect the language.';
    END IF;
    h := sha256(convert_to(body, 'UTF8'));
    INSERT INTO clusterdata.report (body, body_sha256, source_url, published, lang)
    VALUES (body, h, source_url, published, lang)
    ON CONFLICT (body_sha256) DO NOTHING
    RETURNING id INTO rid;
    IF rid IS NULL THEN
        -- already stored: keep it, fill in what the first ingestion did not
        -- know (and write nothing when there is nothing new)
        UPDATE clusterdata.report r
        SET source_url = coalesce(r.source_url, ingest.source_url),
            published = coalesce(r.published, ingest.published)
        WHERE r.body_sha256 = h
          AND ((r.source_url IS NULL AND ingest.source_url IS NOT NULL) OR
               (r.published IS NULL AND ingest.published IS NOT NULL))
        RETURNING r.id INTO rid;
        IF rid IS NULL THEN
            SELECT r.id INTO rid FROM clusterdata.report r WHERE r.body_sha256 = h;
        END IF;
        RETURN rid;
    END IF;
    IF parse THEN
        PERFORM clusterdata.parse_stored(rid);
    END IF;
    RETURN rid;
END
$$;

-- parse_pending: still returns how many reports it took from the queue, and
-- says how many of them parsed and failed: a NOTICE, or a WARNING (also in
-- the server log) when some failed, with the failed reports by SQLSTATE
CREATE OR REPLACE FUNCTION parse_pending(max_reports int DEFAULT 1000) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    rid bigint;
    n int := 0;
    failed int := 0;
    ok boolean;
    why text;
BEGIN
    IF max_reports IS NULL OR max_reports < 1 THEN
        RAISE EXCEPTION 'max_reports must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- rows another session is parsing are skipped, not waited for
    FOR rid IN
        SELECT id FROM clusterdata.report
        WHERE parsed_at IS NULL OR parser_version < clusterdata.parser_version()
        ORDER BY id
        LIMIT max_reports
        FOR UPDATE SKIP LOCKED
    LOOP
        ok := clusterdata.parse_stored(rid);
        n := n + 1;
        IF NOT ok THEN
            failed := failed + 1;
        END IF;
    END LOOP;
    IF failed > 0 THEN
        SELECT string_agg(s.parse_sqlstate || ': ' || s.c, ', ' ORDER BY s.parse_sqlstate) INTO why
        FROM (SELECT r.parse_sqlstate, count(*) AS c FROM clusterdata.report r
              WHERE r.parse_error IS NOT NULL AND r.parser_version = clusterdata.parser_version()
              GROUP BY r.parse_sqlstate) s;
    END IF;
    IF failed > 0 THEN
        -- a WARNING reaches the server log too (log_min_messages), where a
        -- scheduled job's failures are seen
        RAISE WARNING 'parse_pending: % parsed, % failed (all failed reports by SQLSTATE: %)',
            n - failed, failed, why
            USING HINT = 'SELECT * FROM clusterdata.report WHERE parse_error IS NOT NULL shows them; fix and call clusterdata.requeue().';
    ELSE
        RAISE NOTICE 'parse_pending: % parsed, 0 failed', n;
    END IF;
    RETURN n;
END
$$;

COMMENT ON FUNCTION detect_language(text) IS 'ISO 639-1 code of the report''s language (one of languages()), or NULL when the text is too short or in none of them';

-- leader_check: the next year in bigint, so that year 2147483647 is no
-- overflow in any plan (a parallel plan may evaluate it on an empty table)
CREATE OR REPLACE FUNCTION leader_check(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson',
                             OUT best_ranked province, OUT chosen_leader province,
                             OUT agrees boolean)
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, clusterdata, pg_temp AS $$
    SELECT b.p, l.p, CASE WHEN b.p IS NOT NULL AND l.p IS NOT NULL THEN b.p = l.p END
    FROM (SELECT (SELECT r.province FROM clusterdata.rank_members($1, $2, $3, $4) r
                  WHERE r.rank = 1 AND NOT r.tied) AS p) b,
         (SELECT (SELECT ld.province FROM clusterdata.leaders ld
                  WHERE ld.cluster_no = $1 AND ld.year = $2::bigint + 1 AND ld.role = 'leader'
                  ORDER BY ld.reports DESC, ld.first_report LIMIT 1) AS p) l
$$;
