/* clusterdata 0.3 -> 0.4 */
\echo Use "ALTER EXTENSION clusterdata UPDATE TO '0.4'" to load this file. \quit

-- (Added in 0.5 to every install and update script.)  While this script
-- runs, names resolve through the schema clusterdata (after pg_catalog), and
-- what it binds into views and defaults stays bound.
-- The schema must therefore hold no function or operator but the
-- extension's own: one put there beforehand by another role could be chosen
-- over pg_catalog's for a closer argument type.  (Tables and types cannot:
-- pg_catalog's types come first, and every table is the script's own.)
DO $$
DECLARE
    found text;
BEGIN
    SELECT pg_catalog.string_agg(o.what, ', ' ORDER BY o.what) INTO found
    FROM (SELECT pg_catalog.format('function %s', p.oid::pg_catalog.regprocedure) AS what,
                 'pg_catalog.pg_proc'::pg_catalog.regclass AS classid, p.oid AS objid, p.proowner AS owner
          FROM pg_catalog.pg_proc p
          WHERE p.pronamespace OPERATOR(pg_catalog.=) 'clusterdata'::pg_catalog.regnamespace::pg_catalog.oid
          UNION ALL
          SELECT pg_catalog.format('operator %s', o.oid::pg_catalog.regoperator),
                 'pg_catalog.pg_operator'::pg_catalog.regclass, o.oid, o.oprowner
          FROM pg_catalog.pg_operator o
          WHERE o.oprnamespace OPERATOR(pg_catalog.=) 'clusterdata'::pg_catalog.regnamespace::pg_catalog.oid
          ) o
    -- the extension's own: a member, owned by a superuser (the owner of the
    -- extension may add an object of its own to it)
    WHERE NOT EXISTS (
        SELECT FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_extension e ON e.oid OPERATOR(pg_catalog.=) d.refobjid
        WHERE d.classid OPERATOR(pg_catalog.=) o.classid::pg_catalog.oid
          AND d.objid OPERATOR(pg_catalog.=) o.objid
          AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass::pg_catalog.oid
          AND d.deptype OPERATOR(pg_catalog.=) 'e'::pg_catalog."char"
          AND e.extname OPERATOR(pg_catalog.=) 'clusterdata'::pg_catalog.name)
       OR NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) o.owner);
    IF found IS NOT NULL THEN
        RAISE EXCEPTION 'schema clusterdata holds functions or operators that are not the extension''s (or not a superuser''s): %', found
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'The extension resolves names through its schema while it is installed or updated; drop them or move them to another schema first.';
    END IF;
END
$$;

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

-- what a report is about, kept on the report when it is parsed, so that
-- report_meta (and every view over it) reads one row per report instead of
-- looking three facts up per report
ALTER TABLE report ADD COLUMN cluster_no int, ADD COLUMN year int, ADD COLUMN period text,
                   ADD COLUMN event_date date;
COMMENT ON COLUMN report.cluster_no IS 'the cluster the report is about (its first cluster fact), set by parse_stored';
COMMENT ON COLUMN report.year IS 'the year it reviews (its first period fact), set by parse_stored';
COMMENT ON COLUMN report.period IS 'the period it reviews: year, 9M, H1, Q1..Q4, or NULL (its first period fact), set by parse_stored';
COMMENT ON COLUMN report.event_date IS 'the date of the conference (its first valid event_date fact), set by parse_stored';
UPDATE report SET (cluster_no, year, period, event_date) =
    (SELECT m.cluster_no, m.year, m.period, m.event_date FROM report_meta m WHERE m.report_id = report.id);
CREATE OR REPLACE VIEW report_meta AS
SELECT r.id AS report_id, r.lang, r.source_url, r.published, r.cluster_no, r.year, r.period,
       r.event_date, r.parsed_at, r.parse_error
FROM report r;

CREATE OR REPLACE FUNCTION parse_stored(report_id bigint) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    r clusterdata.report;
    -- the time is taken here, not inside the UPDATE: a distributed table
    -- (Citus) takes no volatile function in an UPDATE
    ts timestamptz := clock_timestamp();
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
        SET parsed_at = ts, parser_version = clusterdata.parser_version(),
            lang = coalesce(r.lang, clusterdata.detect_language(r.body)),
            parse_error = NULL, parse_sqlstate = NULL,
            (cluster_no, year, period, event_date) = (
                SELECT (SELECT f.cluster_no FROM clusterdata.fact f
                        WHERE f.report_id = r.id AND f.kind = 'cluster' ORDER BY f.fact_no LIMIT 1),
                       p.year, p.metric,
                       (SELECT clusterdata.yyyymmdd_date(f.value::bigint) FROM clusterdata.fact f
                        WHERE f.report_id = r.id AND f.kind = 'event_date'
                          AND clusterdata.yyyymmdd_date(f.value::bigint) IS NOT NULL
                        ORDER BY f.fact_no LIMIT 1)
                FROM (SELECT NULL) one
                LEFT JOIN LATERAL (SELECT f.year, f.metric FROM clusterdata.fact f
                                   WHERE f.report_id = r.id AND f.kind = 'period'
                                   ORDER BY f.fact_no LIMIT 1) p ON true)
        WHERE id = r.id;
        RETURN true;
    EXCEPTION WHEN OTHERS THEN
        -- the block's writes are rolled back; the report is marked and skipped
        UPDATE clusterdata.report
        SET parsed_at = ts, parser_version = clusterdata.parser_version(),
            parse_error = SQLERRM, parse_sqlstate = SQLSTATE
        WHERE id = r.id;
        RETURN false;
    END;
END
$$;

--------------------------------------------------------------------------------
-- the distributed layout (Citus)
--------------------------------------------------------------------------------

-- On Citus, report and fact are hash-distributed by the report id and
-- co-located, so a report's facts sit in its shard and parsing runs there.
-- A unique index on a distributed table must hold the distribution column,
-- so the body hash cannot be unique on its own: the id is derived from the
-- hash instead (every node derives the same id for the same text, without a
-- sequence), and the primary key on it is what dedupes.

-- the id of a report on the distributed layout: the first 63 bits of the
-- SHA-256 of its body
CREATE FUNCTION report_key(body_sha256 bytea) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (('x' || encode(substr(body_sha256, 1, 8), 'hex'))::bit(64)::bigint) & 9223372036854775807;
COMMENT ON FUNCTION report_key(bytea) IS 'the id of a report on the distributed layout: the first 63 bits of its body''s SHA-256';

-- whether the storage is distributed (distribute() was run)
CREATE FUNCTION is_distributed() RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    d boolean;
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RETURN false;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition WHERE logicalrelid = $1)'
        INTO d USING 'clusterdata.report'::regclass;
    RETURN d;
END
$$;
COMMENT ON FUNCTION is_distributed() IS 'true when report and fact are Citus distributed tables (clusterdata.distribute())';

-- the distributed queue is worked from the coordinator: callers there take
-- turns (an advisory lock), while callers on two nodes would lock the same
-- reports across shards in no common order and deadlock
CREATE FUNCTION queue_on_coordinator(caller text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    coordinator boolean;
BEGIN
    IF NOT clusterdata.is_distributed() THEN
        RETURN;     -- one server: its callers share the queue by row locks
    END IF;
    EXECUTE 'SELECT pg_catalog.citus_is_coordinator()' INTO coordinator;
    IF NOT coordinator THEN
        RAISE EXCEPTION 'on a distributed layout % runs on the coordinator', caller
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Call it on the coordinator (its batches are parsed on the workers all the same); ingest works on any node.';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('clusterdata.parse_pending'));
END
$$;
COMMENT ON FUNCTION queue_on_coordinator(text) IS 'on a distributed layout: an error unless on the coordinator, then waits for the turn to work the parse queue (an advisory lock held to the end of the transaction); nothing on one server';
REVOKE ALL ON FUNCTION queue_on_coordinator(text) FROM PUBLIC;


-- parse many stored reports at once, set-based: three statements for the
-- whole batch.  On Citus each of them runs on the shards (the facts are
-- computed where the report is stored and written to the co-located fact
-- shard; no report text passes the coordinator).  queued_only takes only
-- the reports still queued once their row locks are had (a caller that
-- held them may have parsed them).  When the batch fails (a report the
-- parser rejects), each report is parsed on its own, so that the others are
-- kept and the failed ones are marked.  Gives how many parsed and failed.
CREATE FUNCTION parse_stored(report_ids bigint[], queued_only boolean DEFAULT false,
                             OUT parsed int, OUT failed int)
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    ts timestamptz := clock_timestamp();
    pv int := clusterdata.parser_version();
    taken bigint[];
    rid bigint;
BEGIN
    parsed := 0;
    failed := 0;
    IF report_ids IS NULL OR cardinality(report_ids) = 0 THEN
        RETURN;
    END IF;
    BEGIN
        -- the reports are locked and their parse state set (the row locks
        -- order concurrent parses of the same report)
        WITH u AS (
            UPDATE clusterdata.report r
            SET parsed_at = ts, parser_version = pv, parse_error = NULL, parse_sqlstate = NULL,
                cluster_no = NULL, year = NULL, period = NULL, event_date = NULL
            WHERE r.id = ANY (report_ids)
              AND (NOT queued_only OR r.parsed_at IS NULL OR r.parser_version < pv)
            RETURNING r.id)
        SELECT array_agg(u.id) INTO taken FROM u;
        IF taken IS NULL THEN
            RETURN;
        END IF;
        DELETE FROM clusterdata.fact f WHERE f.report_id = ANY (taken);
        INSERT INTO clusterdata.fact (report_id, fact_no, kind, metric, solved, total, rate, percent,
                                      qualifier, value, province, cluster_no, year, span_start,
                                      span_end, text, scope, detail, why)
        SELECT r.id, f.n::int, f.kind, f.metric, f.solved, f.total, f.rate, f.percent, f.qualifier,
               f.value, f.province, f.cluster_no, f.year, f.span_start, f.span_end, f.text,
               f.scope, f.detail, f.why
        FROM clusterdata.report r
        CROSS JOIN LATERAL clusterdata.parse_report(r.body, r.lang) WITH ORDINALITY AS f(kind, metric,
             solved, total, rate, percent, qualifier, value, province, cluster_no, year, span_start,
             span_end, text, scope, detail, why, n)
        WHERE r.id = ANY (taken);
        -- what each report is about, as parse_stored(bigint) sets it
        UPDATE clusterdata.report r
        SET lang = coalesce(r.lang, clusterdata.detect_language(r.body))
        WHERE r.id = ANY (taken) AND r.lang IS NULL;
        UPDATE clusterdata.report r
        SET cluster_no = g.cluster_no, year = g.year, period = g.period, event_date = g.event_date
        FROM (SELECT f.report_id,
                     (array_agg(f.cluster_no ORDER BY f.fact_no) FILTER (WHERE f.kind = 'cluster'))[1]
                       AS cluster_no,
                     (array_agg(f.year ORDER BY f.fact_no) FILTER (WHERE f.kind = 'period'))[1] AS year,
                     (array_agg(f.metric ORDER BY f.fact_no) FILTER (WHERE f.kind = 'period'))[1] AS period,
                     (array_agg(clusterdata.yyyymmdd_date(f.value::bigint) ORDER BY f.fact_no)
                        FILTER (WHERE f.kind = 'event_date'
                                  AND clusterdata.yyyymmdd_date(f.value::bigint) IS NOT NULL))[1]
                       AS event_date
              FROM clusterdata.fact f
              WHERE f.report_id = ANY (taken) AND f.kind IN ('cluster', 'period', 'event_date')
              GROUP BY f.report_id) g
        WHERE r.id = g.report_id AND r.id = ANY (taken);
        parsed := cardinality(taken);
    EXCEPTION WHEN OTHERS THEN
        -- the batch is rolled back: one report at a time, each failure marked
        FOREACH rid IN ARRAY report_ids LOOP
            PERFORM FROM clusterdata.report r
            WHERE r.id = rid AND (NOT queued_only OR r.parsed_at IS NULL OR r.parser_version < pv)
            FOR UPDATE;
            IF FOUND THEN
                IF clusterdata.parse_stored(rid) THEN
                    parsed := parsed + 1;
                ELSE
                    failed := failed + 1;
                END IF;
            END IF;
        END LOOP;
    END;
END
$$;
COMMENT ON FUNCTION parse_stored(bigint[], boolean) IS 'parse many stored reports into fact, set-based (on Citus, on the shards); queued_only: only those still queued; a batch that fails is parsed one report at a time, failures recorded on the reports; gives how many parsed and failed';
REVOKE ALL ON FUNCTION parse_stored(bigint[], boolean) FROM PUBLIC;

-- turn the storage into Citus tables: report and fact hash-distributed by the
-- report id and co-located, the corrections as reference tables.  Run once
-- on the coordinator, as a superuser, after CREATE EXTENSION citus and
-- citus_add_node; the workers have clusterdata (Citus propagates it).
-- Stored reports get their ids from report_key(), their facts follow.
CREATE FUNCTION distribute(shard_count int DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp SET client_min_messages = warning AS $$
DECLARE
    -- the same changes on every node: the workers' copies of the extension's
    -- tables become the shells of the distributed ones
    ddl constant text := $ddl$
        ALTER TABLE clusterdata.fact DROP CONSTRAINT IF EXISTS fact_report_id_fkey;
        ALTER TABLE clusterdata.report ALTER COLUMN id DROP DEFAULT;
        ALTER TABLE clusterdata.report DROP CONSTRAINT IF EXISTS report_body_sha256_key$ddl$;
    nodes int;
    bad text;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        RAISE EXCEPTION 'clusterdata.distribute() needs the citus extension'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'On the coordinator: CREATE EXTENSION citus, add the workers with citus_add_node(), then call it again.';
    END IF;
    IF clusterdata.is_distributed() THEN
        RAISE NOTICE 'clusterdata is already distributed';
        RETURN 'already distributed';
    END IF;
    IF shard_count IS NOT NULL AND shard_count < 1 THEN
        RAISE EXCEPTION 'shard_count must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE 'SELECT count(*)::int FROM pg_catalog.citus_get_active_worker_nodes()' INTO nodes;
    -- the workers' own tables must be empty: they become shells
    EXECUTE $q$SELECT string_agg(format('%s:%s', nodename, nodeport), ', ')
               FROM pg_catalog.run_command_on_workers(
                   'SELECT (SELECT count(*) FROM clusterdata.report) + (SELECT count(*) FROM clusterdata.fact)')
               WHERE NOT success OR result <> '0'$q$ INTO bad;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'the clusterdata tables of worker % are not empty (or it cannot be reached)', bad
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Reports are ingested on the coordinator before distribute(); empty the workers'' clusterdata.report first.';
    END IF;
    EXECUTE ddl;
    EXECUTE format('SELECT pg_catalog.run_command_on_workers(%L)', ddl);
    -- stored reports take the ids a distributed ingest gives them
    UPDATE clusterdata.fact f SET report_id = clusterdata.report_key(r.body_sha256)
    FROM clusterdata.report r WHERE r.id = f.report_id;
    UPDATE clusterdata.report SET id = clusterdata.report_key(body_sha256);
    IF shard_count IS NULL THEN
        PERFORM pg_catalog.create_distributed_table('clusterdata.report', 'id');
    ELSE
        PERFORM pg_catalog.create_distributed_table('clusterdata.report', 'id', shard_count => shard_count);
    END IF;
    PERFORM pg_catalog.create_distributed_table('clusterdata.fact', 'report_id',
                                                colocate_with => 'clusterdata.report');
    ALTER TABLE clusterdata.fact ADD CONSTRAINT fact_report_id_fkey
        FOREIGN KEY (report_id) REFERENCES clusterdata.report (id) ON DELETE CASCADE;
    PERFORM pg_catalog.create_reference_table('clusterdata.membership_correction');
    PERFORM pg_catalog.create_reference_table('clusterdata.rate_correction');
    -- the rows are in the shards now; the coordinator's copies go
    PERFORM pg_catalog.truncate_local_data_after_distributing_table(t)
    FROM unnest(ARRAY['clusterdata.fact', 'clusterdata.report', 'clusterdata.membership_correction',
                      'clusterdata.rate_correction']::regclass[]) t;
    RETURN format('distributed: report and fact by report id, co-located, over %s workers; membership_correction and rate_correction as reference tables', nodes);
END
$$;
COMMENT ON FUNCTION distribute(int) IS 'Citus: distribute report and fact by report id (co-located; ids from report_key) and make the correction tables reference tables; run once on the coordinator';
REVOKE ALL ON FUNCTION distribute(int) FROM PUBLIC;

-- requeue in PL/pgSQL: Citus plans no SQL function with parameters over
-- distributed tables
CREATE OR REPLACE FUNCTION requeue(report_id bigint DEFAULT NULL) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    n int;
BEGIN
    UPDATE clusterdata.report r SET parsed_at = NULL, parse_error = NULL, parse_sqlstate = NULL
    WHERE r.id = requeue.report_id OR (requeue.report_id IS NULL AND r.parse_error IS NOT NULL);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
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
    key bigint;
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
    IF clusterdata.is_distributed() THEN
        -- Citus: the id comes from the hash, and the primary key on it
        -- (the distribution column) dedupes, on whichever node ingests
        key := clusterdata.report_key(h);
        INSERT INTO clusterdata.report (id, body, body_sha256, source_url, published, lang)
        VALUES (key, body, h, source_url, published, lang)
        ON CONFLICT (id) DO NOTHING
        RETURNING id INTO rid;
        IF rid IS NULL THEN
            IF NOT EXISTS (SELECT FROM clusterdata.report r WHERE r.id = key AND r.body_sha256 = h) THEN
                RAISE EXCEPTION 'report id % is already taken by another text', key
                    USING ERRCODE = 'unique_violation',
                          DETAIL = 'Two texts whose SHA-256 share their first 63 bits.';
            END IF;
            UPDATE clusterdata.report r
            SET source_url = coalesce(r.source_url, ingest.source_url),
                published = coalesce(r.published, ingest.published)
            WHERE r.id = key
              AND ((r.source_url IS NULL AND ingest.source_url IS NOT NULL) OR
                   (r.published IS NULL AND ingest.published IS NOT NULL));
            RETURN key;
        END IF;
    ELSE
        INSERT INTO clusterdata.report (body, body_sha256, source_url, published, lang)
        VALUES (body, h, source_url, published, lang)
        ON CONFLICT (body_sha256) DO NOTHING
        RETURNING id INTO rid;
    END IF;
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
    ids bigint[];
    n int := 0;
    failed int := 0;
    done int;
    bad int;
    ok boolean;
    why text;
BEGIN
    IF max_reports IS NULL OR max_reports < 1 THEN
        RAISE EXCEPTION 'max_reports must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF clusterdata.is_distributed() THEN
        -- Citus locks no rows across shards (FOR UPDATE): the callers take
        -- turns on the coordinator, and each batch is parsed on the shards
        PERFORM clusterdata.queue_on_coordinator('parse_pending');
        -- a report another session holds (parse_stored) is waited for, and
        -- taken only if still queued; the rest of the queue is read again
        LOOP
            ids := ARRAY(SELECT r.id FROM clusterdata.report r
                         WHERE r.parsed_at IS NULL OR r.parser_version < clusterdata.parser_version()
                         ORDER BY r.id LIMIT max_reports - n);
            EXIT WHEN cardinality(ids) = 0;
            SELECT b.parsed, b.failed INTO done, bad FROM clusterdata.parse_stored(ids, true) b;
            n := n + done + bad;
            failed := failed + bad;
            EXIT WHEN n >= max_reports;
        END LOOP;
    ELSE
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
    END IF;
    IF failed > 0 THEN
        -- the failed reports by SQLSTATE, as queue_status counts them
        SELECT string_agg(q.sqlstate || ': ' || q.reports, ', ' ORDER BY q.sqlstate) INTO why
        FROM clusterdata.queue_status q WHERE q.state = 'failed';
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

--------------------------------------------------------------------------------
-- rankings like for like: one figure per member, metric, year and period
--------------------------------------------------------------------------------

-- The views below are rebuilt: the ranking is set-based (its cost grows with
-- the facts, not with clusters times facts), figures that reports give
-- differently are no longer summed, and the BI views show solve rates as
-- text, so that a client with the default search_path filters and groups them.
DROP VIEW bi_member_ranking;
DROP VIEW bi_member_rates;
DROP VIEW bi_facts;
DROP FUNCTION leader_check(int, int, text, text);
DROP FUNCTION rank_members(int, int, text, text, jsonb);
DROP VIEW member_rate_facts;

-- the calendar dates a reporting period covers
-- (not STRICT, so that a query inlines them: NULL in gives NULL out all the same)
CREATE FUNCTION period_start(year int, period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN period IN ('year', 'H1', '9M', 'Q1') THEN make_date(year, 1, 1)
            WHEN period = 'Q2' THEN make_date(year, 4, 1)
            WHEN period = 'Q3' THEN make_date(year, 7, 1)
            WHEN period = 'Q4' THEN make_date(year, 10, 1) END;
COMMENT ON FUNCTION period_start(int, text) IS 'first day of a reporting period (year, H1, 9M, Q1..Q4) of a year; NULL for another period';
CREATE FUNCTION period_end(year int, period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN period IN ('year', 'Q4') THEN make_date(year, 12, 31)
            WHEN period IN ('H1', 'Q2') THEN make_date(year, 6, 30)
            WHEN period IN ('9M', 'Q3') THEN make_date(year, 9, 30)
            WHEN period = 'Q1' THEN make_date(year, 3, 31) END;
COMMENT ON FUNCTION period_end(int, text) IS 'last day of a reporting period (year, H1, 9M, Q1..Q4) of a year; NULL for another period';

-- figures users enter to settle a member's rate: they win over every report
CREATE TABLE rate_correction (
    year        int NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    period      text NOT NULL DEFAULT 'year' CHECK (period IN ('year', '9M', 'H1', 'Q1', 'Q2', 'Q3', 'Q4')),
    province    province NOT NULL,
    metric      text NOT NULL DEFAULT 'criminal'
                CHECK (metric IN ('criminal', 'serious', 'drug', 'economic', 'corruption', 'other')),
    solved      bigint NOT NULL CHECK (solved >= 0),
    total       bigint NOT NULL CHECK (total > 0 AND total >= solved),
    note        text,
    PRIMARY KEY (year, period, province, metric)
);
COMMENT ON TABLE rate_correction IS 'a member''s rate as the user settles it, for a year, period and metric: chosen before any report''s figure';
SELECT pg_catalog.pg_extension_config_dump('rate_correction', '');

-- Every province figure with a fraction, from the reports and the
-- corrections.  One of each year, period, province and metric is chosen: a
-- correction first, then the report published last, then the report
-- ingested last.  A figure is in conflict when the others differ from it.
CREATE VIEW member_figures AS
WITH f AS (
    SELECT r.year, r.period, f.province, f.metric, f.rate, f.percent,
           f.report_id, f.fact_no, f.text AS evidence, r.published, r.ingested_at, false AS corrected
    FROM fact f
    JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'rate' AND f.scope = 'province' AND f.province IS NOT NULL
      AND f.rate IS NOT NULL AND r.year IS NOT NULL AND r.period IS NOT NULL
    UNION ALL
    SELECT c.year, c.period, c.province, c.metric, solve_rate(c.solved, c.total),
           percent(solve_rate(c.solved, c.total), 2), NULL, NULL, c.note, NULL, NULL, true
    FROM rate_correction c
), w AS (
    SELECT f.*, solved(f.rate) AS solved, total(f.rate) AS total,
           row_number() OVER (PARTITION BY f.year, f.period, f.province, f.metric
                              ORDER BY f.corrected DESC, f.published DESC NULLS LAST,
                                       f.ingested_at DESC NULLS LAST, f.report_id DESC NULLS LAST,
                                       f.fact_no) AS pick
    FROM f
)
SELECT w.year, w.period, w.province, w.metric, w.rate, w.solved, w.total, w.percent,
       w.report_id, w.fact_no, w.published, w.corrected, w.evidence,
       w.pick = 1 AS chosen,
       min(w.solved) OVER k <> max(w.solved) OVER k OR min(w.total) OVER k <> max(w.total) OVER k
         AS conflict,
       count(*) OVER (PARTITION BY w.year, w.period, w.province, w.metric, w.solved, w.total)::int
         AS same_figure
FROM w
WINDOW k AS (PARTITION BY w.year, w.period, w.province, w.metric);
COMMENT ON VIEW member_figures IS 'every province rate with a fraction, from reports and rate_correction, with the one chosen for its year, period and metric (a correction, else the report published last, else ingested last) and whether other figures conflict with it';

-- the chosen figure of each province, year, period and metric, with the
-- reports that state that same figure
CREATE VIEW member_rate_facts AS
SELECT g.year, g.period, g.province, g.metric, g.rate, g.percent,
       (SELECT array_agg(DISTINCT s.report_id ORDER BY s.report_id) FILTER (WHERE s.report_id IS NOT NULL)
        FROM member_figures s
        WHERE s.year = g.year AND s.period = g.period AND s.province = g.province
          AND s.metric = g.metric AND s.solved = g.solved AND s.total = g.total) AS report_ids
FROM member_figures g WHERE g.chosen;
COMMENT ON VIEW member_rate_facts IS 'one rate per province, year, period and metric: the figure member_figures chose, with the reports that state it';

CREATE VIEW conflicts AS
SELECT g.year, g.period, g.metric, g.province::text AS province, g.rate::text AS solve_rate,
       g.solved, g.total, g.percent, g.chosen, g.corrected, g.report_id, r.source_url, g.published,
       g.evidence
FROM member_figures g LEFT JOIN report r ON r.id = g.report_id
WHERE g.conflict;
COMMENT ON VIEW conflicts IS 'figures reports give differently for the same province, year, period and metric, each with its evidence; chosen marks the one rankings use';

-- members' chosen figures by cluster (set-based: read by every ranking)
CREATE VIEW member_scores AS
SELECT ms.cluster_no, g.year, g.period, g.metric, g.province, g.rate, g.same_figure AS reports,
       wilson_lower(g.rate) AS wl
FROM member_figures g
JOIN membership ms ON ms.year = g.year AND ms.province = g.province
WHERE g.chosen;
COMMENT ON VIEW member_scores IS 'the chosen figure of every cluster member by year, period and metric, with its Wilson lower bound';

-- rank_members: within one period (year by default, the argument period;
-- the period column is gone); one figure per member and metric
-- (member_figures); percent with 2 decimals and Wilson bounds as float8
-- rounded to 4 places, as in the BI views
CREATE FUNCTION rank_members(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson', weights jsonb DEFAULT NULL,
                             period text DEFAULT 'year',
                             OUT rank int, OUT province province, OUT rate solve_rate,
                             OUT percent numeric, OUT wilson_lower float8, OUT wilson_upper float8,
                             OUT score float8, OUT reports int, OUT tied boolean)
RETURNS SETOF record
-- SECURITY DEFINER: a role that may call it reads the chosen figures without
-- rights on the tables behind them (it writes nothing; search_path is pinned)
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER
SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    w jsonb := coalesce(weights, '{"criminal": 0.5, "serious": 0.3, "drug": 0.2}');
    p text := rank_members.period;
BEGIN
    IF method IS NULL OR method NOT IN ('rate', 'wilson', 'composite') THEN
        RAISE EXCEPTION 'unknown ranking method "%"', coalesce(method, 'NULL')
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use rate, wilson or composite.';
    END IF;
    IF metric IS NULL OR metric NOT IN ('criminal', 'serious', 'drug', 'economic', 'corruption', 'other') THEN
        RAISE EXCEPTION 'unknown metric "%"', coalesce(metric, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use criminal, serious, drug, economic, corruption or other.';
    END IF;
    IF p IS NULL OR p NOT IN ('year', '9M', 'H1', 'Q1', 'Q2', 'Q3', 'Q4') THEN
        RAISE EXCEPTION 'unknown period "%"', coalesce(p, 'NULL')
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use year, 9M, H1, Q1, Q2, Q3 or Q4.';
    END IF;
    IF jsonb_typeof(w) IS DISTINCT FROM 'object' OR EXISTS (
            SELECT 1 FROM jsonb_each(w) e
            WHERE CASE WHEN jsonb_typeof(e.value) = 'number' THEN e.value::text::float8 < 0
                       ELSE true END) THEN
        RAISE EXCEPTION 'weights must be a JSON object of non-negative numbers by metric'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    WITH members AS (
        SELECT ms.province FROM clusterdata.membership ms
        WHERE ms.cluster_no = rank_members.cluster_no AND ms.year = rank_members.year
    ),
    figures AS (
        SELECT s.province, s.metric, s.rate, s.reports, s.wl FROM clusterdata.member_scores s
        WHERE s.cluster_no = rank_members.cluster_no AND s.year = rank_members.year AND s.period = p
    ),
    scored AS (
        SELECT m.province, f.rate AS r, coalesce(f.reports, 0) AS n,
               CASE method
                   WHEN 'rate' THEN clusterdata.rate(f.rate)
                   WHEN 'wilson' THEN f.wl
                   ELSE (SELECT CASE WHEN count(c.rate) > 0 THEN
                                  sum(coalesce(c.wl, 0) * (w ->> c.metric)::float8)
                                    / nullif((SELECT sum(e.value::text::float8) FROM jsonb_each(w) e), 0)
                                END
                         FROM figures c WHERE c.province = m.province AND w ? c.metric)
               END AS s
        FROM members m
        LEFT JOIN figures f ON f.province = m.province AND f.metric = rank_members.metric
    )
    SELECT CASE WHEN sc.s IS NULL THEN NULL
                ELSE (rank() OVER (ORDER BY sc.s DESC NULLS LAST))::int END,
           sc.province, sc.r, clusterdata.percent(sc.r, 2),
           round(clusterdata.wilson_lower(sc.r) * 10000) / 10000, round(clusterdata.wilson_upper(sc.r) * 10000) / 10000,
           sc.s, sc.n,
           sc.s IS NOT NULL AND count(*) OVER (PARTITION BY sc.s) > 1
    FROM scored sc
    ORDER BY sc.s DESC NULLS LAST, sc.province;
END
$$;
COMMENT ON FUNCTION rank_members(int, int, text, text, jsonb, text) IS 'members of a cluster in a year and period (year by default) ranked by their chosen solve rate (member_figures): method rate (point estimate), wilson (lower 95% bound) or composite (weighted Wilson lower bounds over metrics); members without data last, with rank NULL';

-- ingestion time is the order of reports: on the distributed layout ids
-- follow no order.  Each report gets its own time (not its transaction's),
-- and ties between figures (member_figures) and between leaders
-- (leader_check) go to the report ingested last, the leader reported first.
ALTER TABLE report ALTER COLUMN ingested_at SET DEFAULT clock_timestamp();
CREATE OR REPLACE VIEW leaders AS
SELECT m.cluster_no, f.year, f.kind AS role, f.province,
       count(DISTINCT f.report_id)::int AS reports, min(f.report_id) AS first_report,
       min(r.ingested_at) AS first_ingested
FROM fact f JOIN report_meta m USING (report_id) JOIN report r ON r.id = f.report_id
WHERE f.kind IN ('leader', 'deputy') AND m.cluster_no IS NOT NULL AND f.year IS NOT NULL
GROUP BY 1, 2, 3, 4;
COMMENT ON VIEW leaders IS 'reported leaders and deputies of each cluster by the year they lead, with when the first report naming them was ingested';

-- leader_check (recreated with rank_members): the next year in bigint, so
-- that year 2147483647 is no overflow in any plan (a parallel plan may
-- evaluate it on an empty table)
CREATE FUNCTION leader_check(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson',
                             OUT best_ranked province, OUT chosen_leader province,
                             OUT agrees boolean)
-- (PL/pgSQL: Citus plans no SQL function with parameters over distributed tables)
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, clusterdata, pg_temp AS $$
BEGIN
    best_ranked := (SELECT r.province FROM clusterdata.rank_members($1, $2, $3, $4) r
                    WHERE r.rank = 1 AND NOT r.tied);
    chosen_leader := (SELECT ld.province FROM clusterdata.leaders ld
                      WHERE ld.cluster_no = $1 AND ld.year = $2::bigint + 1 AND ld.role = 'leader'
                      ORDER BY ld.reports DESC, ld.first_ingested, ld.first_report LIMIT 1);
    agrees := CASE WHEN best_ranked IS NOT NULL AND chosen_leader IS NOT NULL
                   THEN best_ranked = chosen_leader END;
END
$$;
COMMENT ON FUNCTION leader_check(int, int, text, text) IS 'the member ranked first in a year (no tie) and the leader the cluster chose for the next year, and whether they agree (NULL when either is unknown)';

-- BI views: plain types only (text, int, bigint, numeric, date, bool), so a
-- client with the default search_path selects, filters, groups and orders
-- every column; a solve rate is its text ("890/1000") beside solved, total
-- and percent (numeric, 2 decimals); Wilson bounds are float8 rounded to 4
-- places (one type everywhere, rank_members included).
CREATE VIEW bi_member_rates AS
SELECT s.cluster_no, s.year, s.period, period_start(s.year, s.period) AS period_start,
       period_end(s.year, s.period) AS period_end, s.metric, s.province::text AS province,
       province_code(s.province) AS province_code,
       s.rate::text AS solve_rate, solved(s.rate) AS solved, total(s.rate) AS total,
       percent(s.rate, 2) AS percent,
       round(s.wl * 10000) / 10000 AS wilson_lower,
       round(wilson_upper(s.rate) * 10000) / 10000 AS wilson_upper, s.reports
FROM member_scores s;
COMMENT ON VIEW bi_member_rates IS 'the chosen solve rate of every cluster member by cluster, year, period and metric (one figure each: member_figures), plain types only';

CREATE VIEW bi_member_ranking AS
WITH ms AS MATERIALIZED (
    SELECT m.cluster_no, m.year, m.province FROM membership m
), s AS MATERIALIZED (
    -- the chosen criminal-case figures of the members (as member_scores)
    SELECT ms.cluster_no, g.year, g.period, g.province, g.rate, g.same_figure AS reports,
           wilson_lower(g.rate) AS wl
    FROM member_figures g JOIN ms ON ms.year = g.year AND ms.province = g.province
    WHERE g.chosen AND g.metric = 'criminal'
), cells AS (
    -- every member in the full year, and in each period some member has figures for
    SELECT ms.cluster_no, ms.year, pr.period, ms.province
    FROM ms
    JOIN (SELECT DISTINCT m.cluster_no, m.year, 'year'::text AS period FROM ms m
          UNION
          SELECT DISTINCT s.cluster_no, s.year, s.period FROM s) pr
      ON pr.cluster_no = ms.cluster_no AND pr.year = ms.year
), scored AS (
    SELECT c.cluster_no, c.year, c.period, c.province, s.rate, coalesce(s.reports, 0) AS reports, s.wl
    FROM cells c
    LEFT JOIN s ON s.cluster_no = c.cluster_no AND s.year = c.year
         AND s.period = c.period AND s.province = c.province
)
SELECT sc.cluster_no, sc.year, sc.period, period_start(sc.year, sc.period) AS period_start,
       period_end(sc.year, sc.period) AS period_end,
       CASE WHEN sc.wl IS NOT NULL THEN
            (rank() OVER (PARTITION BY sc.cluster_no, sc.year, sc.period ORDER BY sc.wl DESC NULLS LAST))::int
       END AS rank,
       sc.province::text AS province, province_code(sc.province) AS province_code,
       sc.rate::text AS solve_rate, solved(sc.rate) AS solved, total(sc.rate) AS total,
       percent(sc.rate, 2) AS percent, round(sc.wl * 10000) / 10000 AS wilson_lower,
       round(wilson_upper(sc.rate) * 10000) / 10000 AS wilson_upper, sc.reports,
       -- the rows that share this one's score: its peers in the rank's own order (one sort for both)
       sc.wl IS NOT NULL AND count(*) OVER (PARTITION BY sc.cluster_no, sc.year, sc.period ORDER BY sc.wl DESC NULLS LAST
                                            RANGE BETWEEN CURRENT ROW AND CURRENT ROW) > 1 AS tied
FROM scored sc;
COMMENT ON VIEW bi_member_ranking IS 'members of every cluster, year and period ranked by the Wilson lower bound of their chosen criminal-case solve rate (as rank_members), plain types only';

CREATE VIEW bi_facts AS
SELECT f.report_id, f.fact_no, f.kind, f.metric, f.solved, f.total, f.rate::text AS solve_rate,
       round(f.percent, 2) AS percent,
       f.qualifier, f.value, f.province::text AS province, f.cluster_no, f.year, f.scope, f.detail,
       f.span_start, f.span_end, f.text AS evidence,
       regexp_replace(substr(r.body, greatest(f.span_start - 59, 1), least(f.span_start, 60)) || '[['
         || f.text || ']]' || substr(r.body, f.span_end + 1, 60), '\s+', ' ', 'g') AS evidence_in_context,
       r.source_url, m.event_date, m.published, f.why,
       m.cluster_no AS report_cluster_no, m.year AS report_year, m.period AS report_period,
       period_start(m.year, m.period) AS period_start, period_end(m.year, m.period) AS period_end
FROM fact f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id;
COMMENT ON VIEW bi_facts IS 'every fact with its evidence, marked [[like this]] in up to 60 characters of context on each side (white space collapsed), and the cluster, year and period of its report';

--------------------------------------------------------------------------------
-- scheduled parsing: a procedure that commits each report, and the queue
--------------------------------------------------------------------------------

-- parse_queue: what parse_pending() does, as a procedure for scheduled jobs
-- (CALL clusterdata.parse_queue(1000)): each report is committed as soon as
-- it is parsed (or marked failed), and when some failed the call ends with
-- an error listing them, so pg_cron shows the run as failed, with the
-- counts in return_message, while what was parsed stays.  (No SET
-- search_path: a procedure that commits may not have one; every name is
-- qualified.)
CREATE PROCEDURE parse_queue(max_reports int DEFAULT 1000)
LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
    done int;
    bad int;
    i int;
    rid bigint;
    n int := 0;
    failed int := 0;
    why text;
BEGIN
    IF max_reports IS NULL OR max_reports < 1 THEN
        RAISE EXCEPTION 'max_reports must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    ids := ARRAY(SELECT r.id FROM clusterdata.report r
                 WHERE r.parsed_at IS NULL OR r.parser_version < clusterdata.parser_version()
                 ORDER BY r.id LIMIT max_reports);
    IF clusterdata.is_distributed() THEN
        -- Citus: batches of 100 parsed on the shards, each committed; the
        -- callers take turns on the coordinator for each batch
        i := 1;
        WHILE i <= cardinality(ids) LOOP
            PERFORM clusterdata.queue_on_coordinator('parse_queue');
            -- (only those still queued: another caller may have parsed some)
            SELECT b.parsed, b.failed INTO done, bad FROM clusterdata.parse_stored(ids[i:i + 99], true) b;
            n := n + done + bad;
            failed := failed + bad;
            COMMIT;
            i := i + 100;
        END LOOP;
    ELSE
        FOREACH rid IN ARRAY ids LOOP
            -- still queued, and not being parsed by another session
            PERFORM FROM clusterdata.report r
            WHERE r.id = rid AND (r.parsed_at IS NULL OR r.parser_version < clusterdata.parser_version())
            FOR UPDATE SKIP LOCKED;
            IF FOUND THEN
                n := n + 1;
                IF NOT clusterdata.parse_stored(rid) THEN
                    failed := failed + 1;
                END IF;
            END IF;
            COMMIT;
        END LOOP;
    END IF;
    IF failed > 0 THEN
        -- the failed reports by SQLSTATE, as queue_status counts them
        SELECT string_agg(q.sqlstate || ': ' || q.reports, ', ' ORDER BY q.sqlstate) INTO why
        FROM clusterdata.queue_status q WHERE q.state = 'failed';
        RAISE EXCEPTION 'parse_queue: % parsed, % failed (all failed reports by SQLSTATE: %)',
            n - failed, failed, why
            USING ERRCODE = 'data_exception',
                  HINT = 'SELECT * FROM clusterdata.queue_status shows the queue; fix the reports and call clusterdata.requeue().';
    END IF;
    RAISE NOTICE 'parse_queue: % parsed, 0 failed', n;
END
$$;
COMMENT ON PROCEDURE parse_queue(int) IS 'parse up to max_reports queued reports, committing each; ends with an error (SQLSTATE 22000) when some failed, so a scheduled run shows as failed';
REVOKE ALL ON PROCEDURE parse_queue(int) FROM PUBLIC;

CREATE VIEW queue_status AS
SELECT CASE WHEN r.parsed_at IS NULL THEN 'queued'
            WHEN r.parser_version < parser_version() THEN 'queued: parsed by an older parser'
            WHEN r.parse_error IS NOT NULL THEN 'failed'
            ELSE 'parsed' END AS state,
       r.parse_sqlstate AS sqlstate, count(*) AS reports,
       min(r.ingested_at) AS first_ingested, max(r.parsed_at) AS last_parsed,
       min(r.parse_error) AS example_error
FROM report r
GROUP BY 1, 2;
COMMENT ON VIEW queue_status IS 'the parse queue: reports queued, parsed and failed (by SQLSTATE, with an example error)';

--------------------------------------------------------------------------------
-- a stable hash for province
--------------------------------------------------------------------------------

-- province_hash now hashes the canonical name (as hashtext of it), not the
-- internal number, so hash indexes, hash partitions and Citus shards do not
-- depend on the order of the data file.  The functions keep their OIDs
-- (the operator class is unchanged); hash indexes over provinces are rebuilt
-- here.  A table hash-partitioned by a province cannot be moved by this
-- script: the update stops and says so.
DO $$
DECLARE
    t regclass;
BEGIN
    SELECT pt.partrelid::regclass INTO t
    FROM pg_catalog.pg_partitioned_table pt
    JOIN pg_catalog.pg_opclass oc ON oc.oid = ANY (pt.partclass::oid[])
    JOIN pg_catalog.pg_namespace n ON n.oid = oc.opcnamespace
    WHERE pt.partstrat = 'h' AND oc.opcname = 'province_hash_ops' AND n.nspname = 'clusterdata'
    LIMIT 1;
    IF t IS NOT NULL THEN
        RAISE EXCEPTION 'table % is hash-partitioned by a province, whose hash changes in clusterdata 0.4', t
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Move its rows to a table partitioned by list or range first, update, then partition by hash again.';
    END IF;
END
$$;
CREATE OR REPLACE FUNCTION province_hash(province) RETURNS int
    AS 'MODULE_PATHNAME', 'province_hash_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE OR REPLACE FUNCTION province_hash_extended(province, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'province_hash_extended_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
DO $$
DECLARE
    i regclass;
BEGIN
    FOR i IN
        SELECT DISTINCT x.indexrelid::regclass
        FROM pg_catalog.pg_index x
        JOIN pg_catalog.pg_opclass oc ON oc.oid = ANY (x.indclass::oid[])
        JOIN pg_catalog.pg_namespace n ON n.oid = oc.opcnamespace
        WHERE oc.opcname = 'province_hash_ops' AND n.nspname = 'clusterdata'
    LOOP
        EXECUTE format('REINDEX INDEX %s', i);
    END LOOP;
END
$$;

--------------------------------------------------------------------------------
-- a database owner who is not a superuser
--------------------------------------------------------------------------------

-- clusterdata is trusted: a role with CREATE on the database creates it, and
-- the script runs as the bootstrap superuser, who then owns every object.
-- The role that creates (or updates) the extension gets every right on them,
-- with the right to grant them on: it ingests, parses, ranks, reads the views
-- and grants them to its BI and loader roles.  (Last in the script, so that
-- it covers every object.)
GRANT USAGE ON SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL TABLES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL SEQUENCES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL FUNCTIONS IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL PROCEDURES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
