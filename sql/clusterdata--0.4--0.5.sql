/* clusterdata 0.4 -> 0.5 */
\echo Use "ALTER EXTENSION clusterdata UPDATE TO '0.5'" to load this file. \quit

-- 0.5: no function runs with more rights than its caller (rank_members and
-- leader_check were SECURITY DEFINER); every function sets search_path =
-- pg_catalog, pg_temp and names the extension's objects with their schema;
-- the creating role no longer gets TRIGGER or REFERENCES on the tables; an
-- error of the server while parsing (lock timeout, deadlock, serialization
-- failure, out of memory) leaves the report queued; bi_facts cuts the
-- context of a fact without scanning the body from its start.

-- While this update runs, names resolve through the schema clusterdata
-- (after pg_catalog), and what it binds into views and defaults stays bound.
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

--------------------------------------------------------------------------------
-- the parse queue: errors of the server leave a report queued (parse_stored
-- and parse_pending are defined once, near the end, as 0.5 has them)
--------------------------------------------------------------------------------

ALTER TABLE report ADD COLUMN parse_retries int NOT NULL DEFAULT 0 CHECK (parse_retries >= 0);
COMMENT ON COLUMN report.parse_retries IS 'parses that met an error of the server rather than of the report (lock timeout, deadlock, serialization failure, out of memory) since the last parse; such a report stays queued';

-- Whether an error met while parsing a report is the server's, not the
-- report's: the report then stays queued and is parsed again, instead of
-- being marked failed.  A transaction rolled back (serialization failure,
-- deadlock), a lock not had in time or an object in use, a connection or
-- system error, a lack of resources (disk full, too many connections); and
-- out of memory the first two times: a report that runs out of memory three
-- times in a row is taken to be the cause.  (A cancel or statement timeout
-- is never caught at all.)
CREATE FUNCTION is_transient_error(sqlstate text, retries int) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN left(sqlstate, 2) IN ('40', '08', '58') OR sqlstate IN ('55P03', '55006', '57P03')
       OR (left(sqlstate, 2) = '53' AND sqlstate <> '53200')
       OR (sqlstate = '53200' AND retries < 2);
COMMENT ON FUNCTION is_transient_error(text, int) IS 'whether a parse error (SQLSTATE) is the server''s rather than the report''s, after retries such errors: then the report stays queued';

CREATE OR REPLACE FUNCTION ingest(body text, source_url text DEFAULT NULL, published date DEFAULT NULL,
                       lang text DEFAULT NULL, parse boolean DEFAULT true)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    h bytea;
    rid bigint;
    key bigint;
BEGIN
    IF body IS NULL THEN
        RAISE EXCEPTION 'report body must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    -- an unsupported language is an error, and nothing is stored
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
COMMENT ON FUNCTION ingest(text, text, date, text, boolean) IS 'store a report (once per content) and parse it in the same transaction (parse => false leaves it to parse_pending()); returns its id';

-- requeue in PL/pgSQL: Citus plans no SQL function with parameters over
-- distributed tables
CREATE OR REPLACE FUNCTION requeue(report_id bigint DEFAULT NULL) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n int;
BEGIN
    UPDATE clusterdata.report r
    SET parsed_at = NULL, parse_error = NULL, parse_sqlstate = NULL, parse_retries = 0
    WHERE r.id = requeue.report_id OR (requeue.report_id IS NULL AND r.parse_error IS NOT NULL);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION requeue(bigint) IS 'queue a report (or, with no argument, every failed one) for parse_pending() again';

-- One step of parse_queue.  At 0 it takes the queue (up to max_reports
-- ids, oldest first) and moves to 1; then it parses the report ids[at] if
-- it is still queued and no other session holds it (on Citus the batch
-- ids[at:at+99], taking turns on the coordinator), adds to the counts and
-- moves on; at is NULL when the queue is done.
CREATE FUNCTION parse_queue_step(max_reports int, INOUT ids bigint[], INOUT at int,
                                 INOUT parsed int, INOUT failed int, INOUT retried int)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    pv int := clusterdata.parser_version();
    done int;
    bad int;
    left_queued int;
    ok boolean;
BEGIN
    IF at = 0 THEN
        IF max_reports IS NULL OR max_reports < 1 THEN
            RAISE EXCEPTION 'max_reports must be at least 1' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        ids := ARRAY(SELECT r.id FROM clusterdata.report r
                     WHERE r.parsed_at IS NULL OR r.parser_version < pv
                     ORDER BY r.id LIMIT max_reports);
        at := 1;
        RETURN;
    END IF;
    IF at IS NULL OR at < 1 OR at > coalesce(cardinality(ids), 0) THEN
        at := NULL;
        RETURN;
    END IF;
    IF clusterdata.is_distributed() THEN
        PERFORM clusterdata.queue_on_coordinator('parse_queue'::text);
        -- (only those still queued: another caller may have parsed some)
        SELECT b.parsed, b.failed INTO done, bad FROM clusterdata.parse_stored(ids[at:at + 99], true) b;
        SELECT count(*) INTO left_queued FROM clusterdata.report r
        WHERE r.id = ANY (ids[at:at + 99]) AND r.parse_retries > 0
          AND (r.parsed_at IS NULL OR r.parser_version < pv);
        parsed := parsed + done;
        failed := failed + bad;
        retried := retried + left_queued;
        at := at + 100;
    ELSE
        -- still queued, and not being parsed by another session
        PERFORM FROM clusterdata.report r
        WHERE r.id = ids[at] AND (r.parsed_at IS NULL OR r.parser_version < pv)
        FOR UPDATE SKIP LOCKED;
        IF FOUND THEN
            ok := clusterdata.parse_stored(ids[at]);
            IF ok THEN
                parsed := parsed + 1;
            ELSIF NOT ok THEN
                failed := failed + 1;
            ELSE
                retried := retried + 1;
            END IF;
        END IF;
        at := at + 1;
    END IF;
END
$$;
COMMENT ON FUNCTION parse_queue_step(int, bigint[], int, int, int, int) IS 'one step of the procedure parse_queue (takes the queue at 0, then parses one report or one Citus batch)';

-- how a parse_queue run ended: an error when some report failed, so that a
-- scheduled run shows as failed, with the counts
CREATE FUNCTION parse_queue_done(parsed int, failed int, retried int) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    why text;
    again text := CASE WHEN retried > 0
                       THEN format(', %s queued again after an error of the server', retried)
                       ELSE '' END;
BEGIN
    IF failed > 0 THEN
        -- the failed reports by SQLSTATE, as queue_status counts them
        SELECT string_agg(q.sqlstate || ': ' || q.reports::text, ', ' ORDER BY q.sqlstate) INTO why
        FROM clusterdata.queue_status q WHERE q.state = 'failed';
        RAISE EXCEPTION 'parse_queue: % parsed, % failed% (all failed reports by SQLSTATE: %)',
            parsed, failed, again, coalesce(why, 'none now')
            USING ERRCODE = 'data_exception',
                  HINT = 'SELECT * FROM clusterdata.queue_status shows the queue; fix the reports and call clusterdata.requeue().';
    END IF;
    RAISE NOTICE 'parse_queue: % parsed, 0 failed%', parsed, again;
END
$$;
COMMENT ON FUNCTION parse_queue_done(int, int, int) IS 'the end of a parse_queue run: a NOTICE with the counts, or an error (SQLSTATE 22000) when some report failed';

-- parse_queue: what parse_pending() does, as a procedure for scheduled jobs
-- (CALL clusterdata.parse_queue(1000)): each report is committed as soon as
-- it is parsed (or marked failed), and when some failed the call ends with
-- an error listing them, so pg_cron shows the run as failed, with the
-- counts in return_message, while what was parsed stays.  A procedure that
-- commits may not set its search_path, so it runs with its caller's: its
-- body calls only the extension's functions, by their schema and with
-- arguments of their exact types, names its types by their schema and uses
-- no operator; the work is done by parse_queue_step, which sets its
-- search_path.
CREATE OR REPLACE PROCEDURE parse_queue(max_reports int DEFAULT 1000)
LANGUAGE plpgsql AS $$
DECLARE
    -- (a type named in the procedure is looked up through the caller's
    -- search_path too: pg_catalog.record, not a record another role made)
    s pg_catalog.record;
BEGIN
    s := clusterdata.parse_queue_step(max_reports, NULL::pg_catalog.int8[], 0, 0, 0, 0);
    LOOP
        s := clusterdata.parse_queue_step(max_reports, s.ids, s.at, s.parsed, s.failed, s.retried);
        EXIT WHEN s.at IS NULL;
        COMMIT;
    END LOOP;
    PERFORM clusterdata.parse_queue_done(s.parsed, s.failed, s.retried);
END
$$;
COMMENT ON PROCEDURE parse_queue(int) IS 'parse up to max_reports queued reports, committing each; ends with an error (SQLSTATE 22000) when some failed, so a scheduled run shows as failed';

CREATE OR REPLACE VIEW queue_status AS
SELECT CASE WHEN r.parse_retries > 0 AND (r.parsed_at IS NULL OR r.parser_version < parser_version())
                 THEN 'queued: to retry after an error of the server'
            WHEN r.parsed_at IS NULL THEN 'queued'
            WHEN r.parser_version < parser_version() THEN 'queued: parsed by an older parser'
            WHEN r.parse_error IS NOT NULL THEN 'failed'
            ELSE 'parsed' END AS state,
       r.parse_sqlstate AS sqlstate, count(*) AS reports,
       min(r.ingested_at) AS first_ingested, max(r.parsed_at) AS last_parsed,
       min(r.parse_error) AS example_error, sum(r.parse_retries) AS retries
FROM report r
GROUP BY 1, 2;
COMMENT ON VIEW queue_status IS 'the parse queue: reports queued, to retry after an error of the server (with the retries so far), parsed and failed (by SQLSTATE, with an example error)';
--------------------------------------------------------------------------------
-- the distributed layout (Citus)
--------------------------------------------------------------------------------

--------------------------------------------------------------------------------
-- names resolved through pg_catalog only; no SECURITY DEFINER
--------------------------------------------------------------------------------

-- whether the storage is distributed (distribute() was run)
CREATE OR REPLACE FUNCTION is_distributed() RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
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
CREATE OR REPLACE FUNCTION queue_on_coordinator(caller text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
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

-- rank_members: within one period (year by default); one figure per member
-- and metric (member_figures); percent with 2 decimals and Wilson bounds as
-- float8 rounded to 4 places, as in the BI views.  It runs with its
-- caller's rights: a role needs SELECT on membership and member_scores
-- (views, which read the tables with their owner's rights).
CREATE OR REPLACE FUNCTION rank_members(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson', weights jsonb DEFAULT NULL,
                             period text DEFAULT 'year',
                             OUT rank int, OUT province province, OUT rate solve_rate,
                             OUT percent numeric, OUT wilson_lower float8, OUT wilson_upper float8,
                             OUT score float8, OUT reports int, OUT tied boolean)
RETURNS SETOF record
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    w jsonb := coalesce(weights, '{"criminal": 0.5, "serious": 0.3, "drug": 0.2}');
    p text := rank_members.period;
BEGIN
    -- NULL is no method or metric: an error, not a silent fallback
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
    -- weights are checked whatever the method (a weight is cast only once
    -- it is known to be a number)
    IF jsonb_typeof(w) IS DISTINCT FROM 'object' OR EXISTS (
            SELECT 1 FROM jsonb_each(w) e
            WHERE CASE WHEN jsonb_typeof(e.value) = 'number' THEN e.value::text::float8 < 0::float8
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
                                  sum(coalesce(c.wl, 0::float8) * (w ->> c.metric)::float8)
                                    / nullif((SELECT sum(e.value::text::float8) FROM jsonb_each(w) e), 0::float8)
                                END
                         FROM figures c
                         WHERE c.province OPERATOR(clusterdata.=) m.province AND w ? c.metric)
               END AS s
        FROM members m
        LEFT JOIN figures f ON f.province OPERATOR(clusterdata.=) m.province AND f.metric = rank_members.metric
    )
    SELECT CASE WHEN sc.s IS NULL THEN NULL
                ELSE (rank() OVER (ORDER BY sc.s DESC NULLS LAST))::int END,
           sc.province, sc.r, clusterdata.percent(sc.r, 2),
           round(clusterdata.wilson_lower(sc.r, 0.95::float8) * 10000::float8) / 10000::float8,
           round(clusterdata.wilson_upper(sc.r, 0.95::float8) * 10000::float8) / 10000::float8,
           sc.s, sc.n,
           sc.s IS NOT NULL AND count(*) OVER (PARTITION BY sc.s) > 1
    FROM scored sc
    ORDER BY sc.s DESC NULLS LAST, sc.province;
END
$$;
COMMENT ON FUNCTION rank_members(int, int, text, text, jsonb, text) IS 'members of a cluster in a year and period (year by default) ranked by their chosen solve rate (member_figures): method rate (point estimate), wilson (lower 95% bound) or composite (weighted Wilson lower bounds over metrics); members without data last, with rank NULL';

-- the next year in bigint, so that year 2147483647 is no overflow in any
-- plan (a parallel plan may evaluate it on an empty table).  (PL/pgSQL:
-- Citus plans no SQL function with parameters over distributed tables.)
-- With its caller's rights, as rank_members: it reads leaders too.
CREATE OR REPLACE FUNCTION leader_check(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson',
                             OUT best_ranked province, OUT chosen_leader province,
                             OUT agrees boolean)
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    best_ranked := (SELECT r.province
                    FROM clusterdata.rank_members($1, $2, $3, $4, NULL::jsonb, 'year'::text) r
                    WHERE r.rank = 1 AND NOT r.tied);
    chosen_leader := (SELECT ld.province FROM clusterdata.leaders ld
                      WHERE ld.cluster_no = $1 AND ld.year = $2::bigint + 1 AND ld.role = 'leader'
                      ORDER BY ld.reports DESC, ld.first_ingested, ld.first_report LIMIT 1);
    agrees := CASE WHEN best_ranked IS NOT NULL AND chosen_leader IS NOT NULL
                   THEN best_ranked OPERATOR(clusterdata.=) chosen_leader END;
END
$$;
COMMENT ON FUNCTION leader_check(int, int, text, text) IS 'the member ranked first in a year (no tie) and the leader the cluster chose for the next year, and whether they agree (NULL when either is unknown)';

--------------------------------------------------------------------------------
-- bi_facts: the context of each fact in linear time
--------------------------------------------------------------------------------

-- the evidence of a fact marked in its text: what bi_facts shows.  A report's
-- facts in a row cost their windows (the body is detoasted and indexed once
-- for them), not a scan of the body from its start for each fact.
CREATE FUNCTION evidence_in_context(body text, span_start int, span_end int, evidence text,
                                    width int DEFAULT 60) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION evidence_in_context(text, int, int, text, int) IS 'the evidence [[marked]] between up to width characters of the body before span_start and after span_end (character offsets from 0), each run of white space as one space';

--------------------------------------------------------------------------------
-- numbers that add up: one cluster per province and year, the figure of a
-- member's own cluster first, cluster totals beside the members pooled, BI
-- columns that sort as numbers, province names as text
--------------------------------------------------------------------------------

-- the same, for a name given as text (as BI views give it): any name, alias
-- or ISO code; an unknown name is an error (22P02), as for the type
CREATE FUNCTION province_code(p text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN province_code(p::province);
COMMENT ON FUNCTION province_code(text) IS 'ISO 3166-2 code (VN-68) of the province a name means';
CREATE FUNCTION province_ascii(p text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN province_ascii(p::province);
COMMENT ON FUNCTION province_ascii(text) IS 'the name without diacritics (Phu Tho) of the province a name means';
CREATE FUNCTION province_is_city(p text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN province_is_city(p::province);
COMMENT ON FUNCTION province_is_city(text) IS 'whether the province a name means is a centrally governed city';
CREATE FUNCTION successor(p text, on_date date) RETURNS province
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE RETURN successor(p::province, on_date);
COMMENT ON FUNCTION successor(text, date) IS 'the unit the province a name means belongs to on a date';

-- Every claim that a province is a member of a cluster in a year: the
-- reports about that cluster that list it among the members, and
-- membership_correction (is_member adds a claim, NOT is_member removes one).
-- A province belongs to one cluster a year: one claim is chosen, a
-- correction first, then the claim more reports make, then the one whose
-- latest report is the later (a report's date: published, else its
-- conference's event_date, else the day it was ingested), then the lower
-- cluster number.
CREATE VIEW membership_claims AS
WITH reported AS (
    SELECT r.cluster_no, r.year, f.province, count(DISTINCT f.report_id)::int AS reports,
           array_agg(DISTINCT f.report_id ORDER BY f.report_id) AS report_ids,
           max(coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date)) AS latest
    FROM fact f JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'member' AND f.province IS NOT NULL AND r.cluster_no IS NOT NULL AND r.year IS NOT NULL
    GROUP BY 1, 2, 3
), claims AS (
    SELECT coalesce(r.cluster_no, c.cluster_no) AS cluster_no, coalesce(r.year, c.year) AS year,
           coalesce(r.province, c.province) AS province, coalesce(r.reports, 0) AS reports,
           coalesce(r.report_ids, '{}') AS report_ids, r.latest, c.is_member AS corrected, c.note
    FROM reported r
    FULL JOIN membership_correction c
      ON c.cluster_no = r.cluster_no AND c.year = r.year AND c.province = r.province
), ordered AS (
    SELECT cl.*,
           row_number() OVER w AS place,
           count(*) OVER (PARTITION BY cl.year, cl.province) AS claims,
           first_value(cl.reports) OVER w AS best_reports,
           first_value(cl.latest) OVER w AS best_latest
    FROM claims cl
    WHERE cl.corrected IS DISTINCT FROM false
    WINDOW w AS (PARTITION BY cl.year, cl.province
                 ORDER BY cl.corrected IS TRUE DESC, cl.reports DESC, cl.latest DESC NULLS LAST, cl.cluster_no)
)
SELECT o.cluster_no, o.year, o.province, o.reports, o.report_ids, o.latest AS latest_report_date,
       o.corrected IS TRUE AS corrected, o.note, o.place = 1 AS chosen, o.claims::int AS claims,
       CASE WHEN o.claims = 1 THEN 'the only claim'
            WHEN o.place > 1 THEN 'another claim comes first'
            WHEN o.corrected THEN 'membership_correction'
            WHEN o.reports > (SELECT max(x.reports) FROM claims x
                              WHERE x.year = o.year AND x.province = o.province
                                AND x.cluster_no <> o.cluster_no AND x.corrected IS DISTINCT FROM false)
                 THEN 'more reports list it'
            WHEN o.latest > (SELECT max(x.latest) FROM claims x
                             WHERE x.year = o.year AND x.province = o.province
                               AND x.cluster_no <> o.cluster_no AND x.corrected IS DISTINCT FROM false
                               AND x.reports = o.reports)
                 THEN 'a later report lists it'
            ELSE 'the lower cluster number' END AS why
FROM ordered o;
COMMENT ON VIEW membership_claims IS 'every claim that a province belongs to a cluster in a year (reports listing it, membership_correction), with the one chosen (a province is in one cluster a year) and why';

CREATE OR REPLACE VIEW membership AS
SELECT c.cluster_no, c.year, c.province, c.reports,
       CASE WHEN c.corrected THEN 'correction' ELSE 'report' END AS source
FROM membership_claims c
WHERE c.chosen;
COMMENT ON VIEW membership IS 'members of each cluster by year: from the reports'' member facts, with membership_correction applied; a province is in one cluster a year (membership_claims chooses)';

-- provinces two clusters claim in one year: every claim, the chosen one
-- marked, with the reports behind it (plain types, for BI tools too)
CREATE VIEW membership_conflicts AS
SELECT c.year, c.province::text AS province, province_ascii(c.province) AS province_ascii,
       province_code(c.province) AS province_code, c.cluster_no, c.chosen, c.why, c.reports,
       array_to_string(c.report_ids, ', ') AS report_ids, c.latest_report_date, c.corrected, c.note
FROM membership_claims c
WHERE c.claims > 1;
COMMENT ON VIEW membership_conflicts IS 'provinces claimed by more than one cluster in a year: each claim with its reports, and which one membership keeps and why';

-- Every province figure with a fraction, from the reports and the
-- corrections.  One of each year, period, province and metric is chosen: a
-- correction first; then a report of the cluster the province belongs to
-- that year (membership) before a report of another cluster; then the
-- report with the later date (published, else its conference's event_date,
-- else the day it was ingested), then the one ingested last.  A figure is
-- in conflict when the others differ from it.
CREATE OR REPLACE VIEW member_figures AS
WITH f AS (
    SELECT r.year, r.period, f.province, f.metric, f.rate, f.percent,
           f.report_id, f.fact_no, f.text AS evidence, r.published, r.ingested_at, false AS corrected,
           r.cluster_no AS report_cluster_no,
           coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date) AS report_date
    FROM fact f
    JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'rate' AND f.scope = 'province' AND f.province IS NOT NULL
      AND f.rate IS NOT NULL AND r.year IS NOT NULL AND r.period IS NOT NULL
    UNION ALL
    SELECT c.year, c.period, c.province, c.metric, solve_rate(c.solved, c.total),
           percent(solve_rate(c.solved, c.total), 2), NULL, NULL, c.note, NULL, NULL, true, NULL, NULL
    FROM rate_correction c
), w AS (
    SELECT f.*, solved(f.rate) AS solved, total(f.rate) AS total, ms.cluster_no AS member_of,
           coalesce(f.report_cluster_no = ms.cluster_no, false) AS own,
           row_number() OVER (PARTITION BY f.year, f.period, f.province, f.metric
                              ORDER BY f.corrected DESC, coalesce(f.report_cluster_no = ms.cluster_no, false) DESC,
                                       f.report_date DESC NULLS LAST, f.ingested_at DESC NULLS LAST,
                                       f.report_id DESC NULLS LAST, f.fact_no) AS pick
    FROM f
    LEFT JOIN membership ms ON ms.year = f.year AND ms.province = f.province
)
SELECT w.year, w.period, w.province, w.metric, w.rate, w.solved, w.total, w.percent,
       w.report_id, w.fact_no, w.published, w.corrected, w.evidence,
       w.pick = 1 AS chosen,
       min(w.solved) OVER k <> max(w.solved) OVER k OR min(w.total) OVER k <> max(w.total) OVER k
         AS conflict,
       count(*) OVER (PARTITION BY w.year, w.period, w.province, w.metric, w.solved, w.total)::int
         AS same_figure,
       w.report_cluster_no, w.member_of, w.own AS own_cluster_report, w.report_date,
       CASE WHEN w.corrected THEN 'rate_correction'
            WHEN w.own THEN 'a report of its own cluster'
            WHEN w.member_of IS NULL THEN 'a report (no cluster lists it this year)'
            ELSE 'a report of another cluster' END
         || CASE WHEN w.corrected THEN '' ELSE coalesce(', dated ' || w.report_date::text, '') END AS source
FROM w
WINDOW k AS (PARTITION BY w.year, w.period, w.province, w.metric);
COMMENT ON VIEW member_figures IS 'every province rate with a fraction, from reports and rate_correction, with the one chosen for its year, period and metric (a correction, else a report of the cluster it belongs to, else the latest report by published, event or ingestion date) and whether other figures conflict with it';

-- a solve rate's text is a display label: it sorts as text
ALTER VIEW conflicts RENAME COLUMN solve_rate TO solve_rate_label;
CREATE OR REPLACE VIEW conflicts AS
SELECT g.year, g.period, g.metric, g.province::text AS province, g.rate::text AS solve_rate_label,
       g.solved, g.total, g.percent, g.chosen, g.corrected, g.report_id, r.source_url, g.published,
       g.evidence, province_ascii(g.province) AS province_ascii, g.member_of AS cluster_no,
       g.report_cluster_no, g.report_date, g.source,
       CASE WHEN g.chosen THEN 'chosen: ' || g.source
            ELSE 'not chosen: ' || g.source END AS why
FROM member_figures g LEFT JOIN report r ON r.id = g.report_id
WHERE g.conflict;
COMMENT ON VIEW conflicts IS 'figures reports give differently for the same province, year, period and metric, each with its evidence and source; chosen marks the one rankings use, why says what it is';

ALTER VIEW bi_member_rates RENAME COLUMN solve_rate TO solve_rate_label;
ALTER VIEW bi_member_ranking RENAME COLUMN solve_rate TO solve_rate_label;
ALTER VIEW bi_facts RENAME COLUMN solve_rate TO solve_rate_label;

-- BI views: plain types only (text, int, bigint, numeric, date, bool), so a
-- client with the default search_path selects, filters, groups and orders
-- every column; a solve rate is solved and total (bigint) and percent
-- (numeric, 2 decimals), which sort and sum as numbers, with
-- solve_rate_label ("890/1000") for display only; Wilson bounds are float8
-- rounded to 4 places (one type everywhere, rank_members included); a
-- province is its Vietnamese name, its ISO code and its name without
-- diacritics (province_ascii, last, so that WHERE province_ascii = 'Lao Cai'
-- works from any keyboard).
CREATE OR REPLACE VIEW bi_member_rates AS
SELECT s.cluster_no, s.year, s.period, period_start(s.year, s.period) AS period_start,
       period_end(s.year, s.period) AS period_end, s.metric, s.province::text AS province,
       province_code(s.province) AS province_code,
       s.rate::text AS solve_rate_label, solved(s.rate) AS solved, total(s.rate) AS total,
       percent(s.rate, 2) AS percent,
       round(s.wl * 10000) / 10000 AS wilson_lower,
       round(wilson_upper(s.rate) * 10000) / 10000 AS wilson_upper, s.reports,
       province_ascii(s.province) AS province_ascii
FROM member_scores s;
COMMENT ON VIEW bi_member_rates IS 'the chosen solve rate of every cluster member by cluster, year, period and metric (one figure each: member_figures), plain types only';

CREATE OR REPLACE VIEW bi_member_ranking AS
WITH ms AS MATERIALIZED (
    SELECT m.cluster_no, m.year, m.province FROM membership m
), s AS MATERIALIZED (
    -- the chosen criminal-case figures of the members (as member_scores;
    -- member_of is the province's cluster that year, from membership)
    SELECT g.member_of AS cluster_no, g.year, g.period, g.province, g.rate, g.same_figure AS reports,
           wilson_lower(g.rate) AS wl
    FROM member_figures g
    WHERE g.chosen AND g.metric = 'criminal' AND g.member_of IS NOT NULL
), cells AS (
    -- every member in the full year, and in each period some member has figures for
    SELECT ms.cluster_no, ms.year, pr.period, ms.province
    FROM ms
    JOIN (SELECT DISTINCT m.cluster_no, m.year, 'year'::text AS period FROM ms m
          UNION
          SELECT DISTINCT s.cluster_no, s.year, s.period FROM s) pr
      ON pr.cluster_no = ms.cluster_no AND pr.year = ms.year
), scored AS (
    -- each cell with its member's figure if it has one (every figure is a
    -- cell's: its member and period are among the cells), the two gathered
    -- and sorted rather than joined: the planner cannot tell how many
    -- figures there are (it took one for thousands, and a nested loop read
    -- all of them again for every cell)
    SELECT DISTINCT ON (x.cluster_no, x.year, x.period, x.province)
           x.cluster_no, x.year, x.period, x.province, x.rate, x.reports, x.wl
    FROM (SELECT s.cluster_no, s.year, s.period, s.province, s.rate, s.reports, s.wl, 0 AS cell_only FROM s
          UNION ALL
          SELECT c.cluster_no, c.year, c.period, c.province, NULL, 0, NULL, 1 FROM cells c) x
    ORDER BY x.cluster_no, x.year, x.period, x.province, x.cell_only
)
SELECT sc.cluster_no, sc.year, sc.period, period_start(sc.year, sc.period) AS period_start,
       period_end(sc.year, sc.period) AS period_end,
       CASE WHEN sc.wl IS NOT NULL THEN
            (rank() OVER (PARTITION BY sc.cluster_no, sc.year, sc.period ORDER BY sc.wl DESC NULLS LAST))::int
       END AS rank,
       sc.province::text AS province, province_code(sc.province) AS province_code,
       sc.rate::text AS solve_rate_label, solved(sc.rate) AS solved, total(sc.rate) AS total,
       percent(sc.rate, 2) AS percent, round(sc.wl * 10000) / 10000 AS wilson_lower,
       round(wilson_upper(sc.rate) * 10000) / 10000 AS wilson_upper, sc.reports,
       -- the rows that share this one's score: its peers in the rank's own order (one sort for both)
       sc.wl IS NOT NULL AND count(*) OVER (PARTITION BY sc.cluster_no, sc.year, sc.period ORDER BY sc.wl DESC NULLS LAST
                                            RANGE BETWEEN CURRENT ROW AND CURRENT ROW) > 1 AS tied,
       province_ascii(sc.province) AS province_ascii
FROM scored sc;
COMMENT ON VIEW bi_member_ranking IS 'members of every cluster, year and period ranked by the Wilson lower bound of their chosen criminal-case solve rate (as rank_members), plain types only';

CREATE OR REPLACE VIEW bi_cluster_leaders AS
SELECT cluster_no, year, role, province::text AS province, province_code(province) AS province_code,
       reports, province_ascii(province) AS province_ascii
FROM leaders;
COMMENT ON VIEW bi_cluster_leaders IS 'reported cluster leaders and deputies by year of leadership';

-- the context of each fact is cut by evidence_in_context, which indexes a
-- report's body once for all its facts: reading a report's facts grows
-- linearly with its size
CREATE OR REPLACE VIEW bi_facts AS
SELECT f.report_id, f.fact_no, f.kind, f.metric, f.solved, f.total, f.rate::text AS solve_rate_label,
       round(f.percent, 2) AS percent,
       f.qualifier, f.value, f.province::text AS province, f.cluster_no, f.year, f.scope, f.detail,
       f.span_start, f.span_end, f.text AS evidence,
       evidence_in_context(r.body, f.span_start, f.span_end, f.text, 60) AS evidence_in_context,
       r.source_url, m.event_date, m.published, f.why,
       m.cluster_no AS report_cluster_no, m.year AS report_year, m.period AS report_period,
       period_start(m.year, m.period) AS period_start, period_end(m.year, m.period) AS period_end,
       province_ascii(f.province) AS province_ascii
FROM fact f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id;
COMMENT ON VIEW bi_facts IS 'every fact with its evidence, marked [[like this]] in up to 60 characters of context on each side (white space collapsed), and the cluster, year and period of its report';

-- A cluster's own figure beside its members pooled: the cluster-wide rate
-- its reports state (scope cluster; the latest report's by published, event
-- or ingestion date), and the sum of its members' chosen figures
-- (member_scores), with how many members the cluster has and how many of
-- them have a figure, so that a chart shows what a ranking rests on and
-- whether the stated total and the members agree.
CREATE VIEW bi_cluster_rates AS
WITH stated AS (
    SELECT r.cluster_no, r.year, r.period, f.metric, f.rate, f.percent, f.report_id,
           row_number() OVER (PARTITION BY r.cluster_no, r.year, r.period, f.metric
                              ORDER BY coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date) DESC,
                                       r.ingested_at DESC, f.report_id DESC, f.fact_no) AS pick
    FROM fact f JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'rate' AND f.scope = 'cluster' AND (f.rate IS NOT NULL OR f.percent IS NOT NULL)
      AND f.metric IS NOT NULL AND r.cluster_no IS NOT NULL AND r.year IS NOT NULL AND r.period IS NOT NULL
), pooled AS (
    SELECT s.cluster_no, s.year, s.period, s.metric, sum(s.rate) AS rate, count(*)::int AS members_with_data
    FROM member_scores s
    GROUP BY 1, 2, 3, 4
), cells AS (
    SELECT st.cluster_no, st.year, st.period, st.metric FROM stated st WHERE st.pick = 1
    UNION
    SELECT p.cluster_no, p.year, p.period, p.metric FROM pooled p
), members AS (
    SELECT m.cluster_no, m.year, count(*)::int AS members FROM membership m GROUP BY 1, 2
)
SELECT c.cluster_no, c.year, c.period, period_start(c.year, c.period) AS period_start,
       period_end(c.year, c.period) AS period_end, c.metric,
       solved(st.rate) AS stated_solved, total(st.rate) AS stated_total,
       coalesce(percent(st.rate, 2), round(st.percent, 2)) AS stated_percent,
       solved(p.rate) AS pooled_solved, total(p.rate) AS pooled_total, percent(p.rate, 2) AS pooled_percent,
       coalesce(m.members, 0) AS members, coalesce(p.members_with_data, 0) AS members_with_data,
       solved(st.rate) - solved(p.rate) AS solved_difference,
       total(st.rate) - total(p.rate) AS total_difference,
       coalesce(percent(st.rate, 2), round(st.percent, 2)) - percent(p.rate, 2) AS percent_difference,
       st.report_id AS stated_report_id
FROM cells c
LEFT JOIN stated st ON st.pick = 1 AND st.cluster_no = c.cluster_no AND st.year = c.year
     AND st.period = c.period AND st.metric = c.metric
LEFT JOIN pooled p ON p.cluster_no = c.cluster_no AND p.year = c.year AND p.period = c.period
     AND p.metric = c.metric
LEFT JOIN members m ON m.cluster_no = c.cluster_no AND m.year = c.year;
COMMENT ON VIEW bi_cluster_rates IS 'per cluster, year, period and metric: the cluster-wide rate its reports state and its members'' chosen figures pooled, with members, members_with_data and the differences (stated minus pooled), plain types only';

-- Amounts seized (facts of kind seizure): one row each, with its unit and
-- what was seized, the province it is about (when the clause names one) and
-- the cluster, year and period of its report, so that a chart sums seizures
-- by unit without mixing them with counts of cases or people.
CREATE VIEW bi_seizures AS
SELECT f.report_id, f.fact_no, f.value, f.metric AS unit, f.detail AS seized,
       f.province::text AS province, province_code(f.province) AS province_code, f.scope,
       m.cluster_no AS report_cluster_no, m.year AS report_year, m.period AS report_period,
       period_start(m.year, m.period) AS period_start, period_end(m.year, m.period) AS period_end,
       f.text AS evidence, r.source_url, m.event_date, m.published,
       province_ascii(f.province) AS province_ascii
FROM fact f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id
WHERE f.kind = 'seizure';
COMMENT ON VIEW bi_seizures IS 'amounts seized (facts of kind seizure): value, unit, what was seized, province, and the cluster, year and period of the report, plain types only';

-- What the extension's views, column defaults, constraints, indexes and SQL
-- bodies are bound to (pg_depend) that is neither PostgreSQL's own
-- (pg_catalog) nor the extension's (a member owned by a superuser; an array
-- or row type of one; an index of one of its tables): an object another
-- role made, bound while a script ran.  Every install and update script
-- ends by checking that there is none.
CREATE FUNCTION foreign_dependencies(OUT dependent text, OUT bound_to text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    WITH members AS (
        SELECT d.classid, d.objid
        FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
        WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e' AND e.extname = 'clusterdata'
    ), relations AS (
        SELECT m.objid AS oid FROM members m WHERE m.classid = 'pg_class'::regclass
    ), dependents AS (
        SELECT m.classid, m.objid FROM members m
        UNION ALL
        SELECT 'pg_rewrite'::regclass, w.oid FROM pg_rewrite w WHERE w.ev_class IN (SELECT oid FROM relations)
        UNION ALL
        SELECT 'pg_attrdef'::regclass, a.oid FROM pg_attrdef a WHERE a.adrelid IN (SELECT oid FROM relations)
        UNION ALL
        SELECT 'pg_constraint'::regclass, c.oid FROM pg_constraint c WHERE c.conrelid IN (SELECT oid FROM relations)
        UNION ALL
        SELECT 'pg_class'::regclass, i.indexrelid FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM relations)
    ), refs AS (
        SELECT DISTINCT d.classid, d.objid, d.refclassid, d.refobjid
        FROM pg_depend d JOIN dependents x ON x.classid = d.classid AND x.objid = d.objid
        WHERE d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass, 'pg_type'::regclass,
                               'pg_collation'::regclass, 'pg_class'::regclass, 'pg_opclass'::regclass,
                               'pg_opfamily'::regclass)
    ), described AS (
        SELECT r.*,
               CASE r.refclassid
                   WHEN 'pg_proc'::regclass THEN (SELECT p.pronamespace FROM pg_proc p WHERE p.oid = r.refobjid)
                   WHEN 'pg_operator'::regclass THEN (SELECT o.oprnamespace FROM pg_operator o WHERE o.oid = r.refobjid)
                   WHEN 'pg_type'::regclass THEN (SELECT t.typnamespace FROM pg_type t WHERE t.oid = r.refobjid)
                   WHEN 'pg_collation'::regclass THEN (SELECT c.collnamespace FROM pg_collation c WHERE c.oid = r.refobjid)
                   WHEN 'pg_class'::regclass THEN (SELECT c.relnamespace FROM pg_class c WHERE c.oid = r.refobjid)
                   WHEN 'pg_opclass'::regclass THEN (SELECT c.opcnamespace FROM pg_opclass c WHERE c.oid = r.refobjid)
                   WHEN 'pg_opfamily'::regclass THEN (SELECT f.opfnamespace FROM pg_opfamily f WHERE f.oid = r.refobjid)
               END AS ns,
               CASE r.refclassid
                   WHEN 'pg_proc'::regclass THEN (SELECT p.proowner FROM pg_proc p WHERE p.oid = r.refobjid)
                   WHEN 'pg_operator'::regclass THEN (SELECT o.oprowner FROM pg_operator o WHERE o.oid = r.refobjid)
                   WHEN 'pg_type'::regclass THEN (SELECT t.typowner FROM pg_type t WHERE t.oid = r.refobjid)
                   WHEN 'pg_collation'::regclass THEN (SELECT c.collowner FROM pg_collation c WHERE c.oid = r.refobjid)
                   WHEN 'pg_class'::regclass THEN (SELECT c.relowner FROM pg_class c WHERE c.oid = r.refobjid)
                   WHEN 'pg_opclass'::regclass THEN (SELECT c.opcowner FROM pg_opclass c WHERE c.oid = r.refobjid)
                   WHEN 'pg_opfamily'::regclass THEN (SELECT f.opfowner FROM pg_opfamily f WHERE f.oid = r.refobjid)
               END AS owner
        FROM refs r
    ), own AS (
        -- the extension's own: members owned by a superuser
        SELECT m.classid, m.objid FROM members m
        WHERE (SELECT r.rolsuper FROM pg_roles r WHERE r.oid = CASE m.classid
                   WHEN 'pg_proc'::regclass THEN (SELECT p.proowner FROM pg_proc p WHERE p.oid = m.objid)
                   WHEN 'pg_operator'::regclass THEN (SELECT o.oprowner FROM pg_operator o WHERE o.oid = m.objid)
                   WHEN 'pg_type'::regclass THEN (SELECT t.typowner FROM pg_type t WHERE t.oid = m.objid)
                   WHEN 'pg_class'::regclass THEN (SELECT c.relowner FROM pg_class c WHERE c.oid = m.objid)
                   WHEN 'pg_opclass'::regclass THEN (SELECT c.opcowner FROM pg_opclass c WHERE c.oid = m.objid)
                   WHEN 'pg_opfamily'::regclass THEN (SELECT f.opfowner FROM pg_opfamily f WHERE f.oid = m.objid)
               END)
    )
    SELECT pg_describe_object(d.classid, d.objid, 0), pg_describe_object(d.refclassid, d.refobjid, 0)
    FROM described d
    WHERE d.ns IS DISTINCT FROM 'pg_catalog'::regnamespace
      AND NOT EXISTS (SELECT FROM own o WHERE o.classid = d.refclassid AND o.objid = d.refobjid)
      -- an array or row type of the extension's own
      AND NOT (d.refclassid = 'pg_type'::regclass AND EXISTS (
              SELECT FROM pg_type t
              JOIN own o ON (o.classid = 'pg_type'::regclass AND o.objid = t.typelem)
                         OR (o.classid = 'pg_class'::regclass AND o.objid = t.typrelid)
              WHERE t.oid = d.refobjid AND t.typowner = d.owner))
      -- an index of one of its tables
      AND NOT (d.refclassid = 'pg_class'::regclass AND EXISTS (
              SELECT FROM pg_index i JOIN own o ON o.classid = 'pg_class'::regclass AND o.objid = i.indrelid
              WHERE i.indexrelid = d.refobjid))
    ORDER BY 1, 2
$$;
COMMENT ON FUNCTION foreign_dependencies() IS 'objects the extension''s views, defaults, constraints and SQL bodies are bound to that are neither pg_catalog''s nor the extension''s own: none, or an install or update was tampered with';

--------------------------------------------------------------------------------
-- privileges
--------------------------------------------------------------------------------

-- Triggers and foreign keys other roles made on the extension's tables and
-- views while 0.4 let them (TRIGGER and REFERENCES): a trigger runs as
-- whoever writes the table next, a superuser's job say, so each is dropped,
-- with a WARNING naming it.  (The privileges are taken back below.)
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT tg.tgname, tg.tgrelid::pg_catalog.regclass AS rel
        FROM pg_catalog.pg_trigger tg
        JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) tg.tgrelid
        WHERE c.relnamespace OPERATOR(pg_catalog.=) 'clusterdata'::pg_catalog.regnamespace::pg_catalog.oid
          AND NOT tg.tgisinternal
    LOOP
        RAISE WARNING 'dropping trigger % on %, made by another role', t.tgname, t.rel;
        EXECUTE pg_catalog.format('DROP TRIGGER %I ON %s', t.tgname, t.rel);
    END LOOP;
    FOR t IN
        SELECT k.conname AS tgname, k.conrelid::pg_catalog.regclass AS rel
        FROM pg_catalog.pg_constraint k
        JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) k.confrelid
        JOIN pg_catalog.pg_class o ON o.oid OPERATOR(pg_catalog.=) k.conrelid
        WHERE k.contype OPERATOR(pg_catalog.=) 'f'::pg_catalog."char"
          AND c.relnamespace OPERATOR(pg_catalog.=) 'clusterdata'::pg_catalog.regnamespace::pg_catalog.oid
          AND o.relnamespace OPERATOR(pg_catalog.<>) 'clusterdata'::pg_catalog.regnamespace::pg_catalog.oid
    LOOP
        RAISE WARNING 'dropping foreign key % of %, which refers to the extension''s tables', t.tgname, t.rel;
        EXECUTE pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', t.rel, t.tgname);
    END LOOP;
END
$$;

-- TRIGGER and REFERENCES on the extension's tables and views are taken back
-- from every role that has them (the creating role got them in 0.4, with the
-- right to grant them on: CASCADE takes back what it granted on).  A trigger
-- of another role runs as whoever writes the table next.  (Where the
-- creating role is the tables' owner, only its right to grant them goes, as
-- in a fresh install.)
DO $$
DECLARE
    g record;
BEGIN
    FOR g IN
        SELECT DISTINCT c.oid::pg_catalog.regclass AS rel, a.grantee,
               a.grantee OPERATOR(pg_catalog.=) c.relowner AS is_owner
        FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
        WHERE c.relnamespace OPERATOR(pg_catalog.=) 'clusterdata'::pg_catalog.regnamespace::pg_catalog.oid
          AND a.privilege_type OPERATOR(pg_catalog.=) ANY ('{TRIGGER,REFERENCES}'::pg_catalog.text[])
          AND (a.grantee OPERATOR(pg_catalog.<>) c.relowner OR a.is_grantable)
    LOOP
        EXECUTE pg_catalog.format('REVOKE %s TRIGGER, REFERENCES ON %s FROM %s CASCADE',
            CASE WHEN g.is_owner THEN 'GRANT OPTION FOR' ELSE '' END, g.rel,
            CASE WHEN g.grantee OPERATOR(pg_catalog.=) 0::pg_catalog.oid THEN 'PUBLIC'
                 ELSE pg_catalog.quote_ident(pg_catalog.pg_get_userbyid(g.grantee)::pg_catalog.text) END);
    END LOOP;
END
$$;
-- the updating role gets the rights of 60_privileges on the new objects
GRANT USAGE ON SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL SEQUENCES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL FUNCTIONS IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL PROCEDURES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
-- PostgreSQL 17 and later have MAINTAIN (VACUUM, ANALYZE, REINDEX, ...):
-- the creating role may keep its tables in shape
DO $$
BEGIN
    IF pg_catalog.current_setting('server_version_num')::pg_catalog.int4 OPERATOR(pg_catalog.>=) 170000 THEN
        EXECUTE $g$GRANT MAINTAIN ON ALL TABLES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION$g$;
    END IF;
END
$$;


--------------------------------------------------------------------------------
-- the storage the batched queue needs (sql/install/30_storage.sql): the
-- facts' tie to their report is kept by statement triggers instead of the
-- foreign key, and fact_kind leaves out the bulk kinds.  (parse_pending,
-- which parses in batches of up to 200, is defined once, below, with the
-- other functions of the queue.)
--------------------------------------------------------------------------------

ALTER TABLE fact DROP CONSTRAINT IF EXISTS fact_report_id_fkey;
DROP INDEX IF EXISTS fact_kind;
DROP INDEX IF EXISTS fact_province;
-- the kinds the views and the queue look up; the bulk kinds (counts, rates,
-- changes: most of the facts) are read whole, and their rows would only
-- make every insert slower
CREATE INDEX fact_kind ON fact (kind, metric) WHERE kind NOT IN ('count', 'rate', 'change');
CREATE INDEX fact_province ON fact (province) WHERE province IS NOT NULL;

-- No fact without its report.  A foreign key checks each fact row on its own
-- (a query per row: a quarter of parse_pending's time); these triggers do
-- the same once per statement, over the rows the statement wrote (transition
-- tables).  Written facts lock their reports as a foreign key would (FOR KEY
-- SHARE), so a report deleted at the same time waits for them, then deletes
-- them; a report already gone is an error (23503, as a foreign key gives).
-- When the schema owner's roles write facts while there is no report at
-- all, a dump is being restored (pg_dump writes fact's rows before
-- report's; it orders tables by their foreign keys only): they are taken.
-- The functions run with the writer's rights (none is SECURITY DEFINER).
CREATE FUNCTION fact_report_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ids bigint[];
    wanted int;
    locked int;
    missing bigint;
BEGIN
    ids := ARRAY(SELECT DISTINCT n.report_id FROM new_facts n);
    wanted := cardinality(ids);
    IF wanted = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM FROM clusterdata.report r WHERE r.id = ANY (ids) FOR KEY SHARE OF r;
    GET DIAGNOSTICS locked = ROW_COUNT;
    IF locked < wanted THEN
        IF NOT EXISTS (SELECT FROM clusterdata.report)
           AND pg_has_role((SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'clusterdata'), 'MEMBER') THEN
            RETURN NULL;
        END IF;
        SELECT n.report_id INTO missing FROM new_facts n
        WHERE NOT EXISTS (SELECT FROM clusterdata.report r WHERE r.id = n.report_id) LIMIT 1;
        RAISE EXCEPTION 'insert or update on table "fact" violates its report: no report with id %', missing
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = format('%s of the %s reports the facts name are not stored.', wanted - locked, wanted);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION fact_report_check() IS 'trigger: the facts a statement wrote name stored reports, which are locked as a foreign key would (FOR KEY SHARE); else 23503';
CREATE TRIGGER fact_report_insert AFTER INSERT ON fact REFERENCING NEW TABLE AS new_facts
    FOR EACH STATEMENT EXECUTE FUNCTION fact_report_check();
CREATE TRIGGER fact_report_update AFTER UPDATE ON fact REFERENCING NEW TABLE AS new_facts
    FOR EACH STATEMENT EXECUTE FUNCTION fact_report_check();

-- deleting reports deletes their facts (ON DELETE CASCADE), once per statement
CREATE FUNCTION report_delete_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM clusterdata.fact f USING gone_reports g WHERE f.report_id = g.id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION report_delete_facts() IS 'trigger: the facts of the reports a statement deleted are deleted with them';
CREATE TRIGGER report_delete_facts AFTER DELETE ON report REFERENCING OLD TABLE AS gone_reports
    FOR EACH STATEMENT EXECUTE FUNCTION report_delete_facts();

-- emptying report empties fact (TRUNCATE report [CASCADE] leaves no fact behind)
CREATE FUNCTION report_truncate_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    TRUNCATE clusterdata.fact;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION report_truncate_facts() IS 'trigger: TRUNCATE report empties fact too';
CREATE TRIGGER report_truncate_facts AFTER TRUNCATE ON report
    FOR EACH STATEMENT EXECUTE FUNCTION report_truncate_facts();

-- a report's id does not change while facts name it (a foreign key's NO ACTION)
CREATE FUNCTION report_id_kept() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM clusterdata.fact f WHERE f.report_id = OLD.id) THEN
        RAISE EXCEPTION 'update on table "report" would leave facts without their report %', OLD.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION report_id_kept() IS 'trigger: a report''s id does not change while facts name it (23503)';
CREATE TRIGGER report_id_kept BEFORE UPDATE OF id ON report
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION report_id_kept();

--------------------------------------------------------------------------------
-- review: verdicts on facts that survive re-parsing, a confidence for every
-- fact, the facts that count, the review queue; cue words taught from SQL
-- (sql/install/20_text.sql, 32_distributed.sql, 33_review.sql, 34_cue.sql,
-- 40_ranking.sql, 45_review_queue.sql, 50_bi.sql, 60_privileges.sql)
--------------------------------------------------------------------------------

-- How much to trust a fact, in [0, 1] (3 decimals), from the evidence its
-- rules used: its kind and metric (a count's unit), the cue kinds its why
-- names, its qualifier and scope,
-- whether it states a percent and a fraction; a logistic model fitted on the
-- annotated corpus (data/confidence.tsv, scripts/confidence.py).  NULL for a
-- kind the corpus does not judge (event_date, location, person, source,
-- seizure, change).
CREATE FUNCTION fact_confidence(kind text, metric text, why text, qualifier text, scope text,
                                has_percent boolean, has_fraction boolean) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION fact_confidence(text, text, text, text, text, boolean, boolean) IS 'the probability that a fact is right (3 decimals) from its kind, metric (or unit), why, qualifier, scope and whether it states a percent and a fraction; NULL for a kind the model has no data for';

-- parse_report reads the cues users taught (table cue): stable, not
-- immutable; it gives each fact's confidence
DROP FUNCTION parse_report(text, text);

CREATE FUNCTION parse_report(body text, lang text DEFAULT NULL,
    OUT kind text, OUT metric text, OUT solved bigint, OUT total bigint,
    OUT rate solve_rate, OUT percent numeric, OUT qualifier text, OUT value numeric,
    OUT province province, OUT cluster_no int, OUT year int,
    OUT span_start int, OUT span_end int, OUT text text,
    OUT scope text, OUT detail text, OUT why text, OUT confidence numeric)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION parse_report(text, text) IS 'one row per fact of a report: rates, counts, changes, cluster, members, leader, deputy, period, event date, location, person, source, with character spans; why lists the cues that decided a rate, count or change; confidence how much to trust it (fact_confidence)';

-- the queue's functions, as 0.5 defines them (sql/install/31_queue.sql: an
-- error of the server leaves a report queued, parse_pending parses in
-- batches, and they read the column parse_report gained)

-- parse one stored report into fact: true when it parsed; false when the
-- report failed (the error is recorded on it and it leaves the queue); NULL
-- when the server failed (is_transient_error): the report is left as it was,
-- queued, with parse_retries counted
CREATE OR REPLACE FUNCTION parse_stored(report_id bigint) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r clusterdata.report;
    -- the time is taken here, not inside the UPDATE: a distributed table
    -- (Citus) takes no volatile function in an UPDATE
    ts timestamptz := clock_timestamp();
    pv int := clusterdata.parser_version();
    -- the bulk path, for a caller granted it (else the facts go through SQL)
    bulk boolean := pg_catalog.has_function_privilege(
        'clusterdata.store_parsed(bigint[], timestamptz)'::pg_catalog.regprocedure, 'EXECUTE');
BEGIN
    -- the row lock orders parse_stored after a parse_pending() holding the
    -- report, so the facts it deletes are those that parse committed
    SELECT * INTO r FROM clusterdata.report WHERE id = parse_stored.report_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no report with id %', report_id USING ERRCODE = 'no_data_found';
    END IF;
    BEGIN
        DELETE FROM clusterdata.fact f WHERE f.report_id = r.id;
        -- in bulk (store_parsed: the same facts and report columns), unless
        -- fact has objects of its own that only SQL applies
        -- (called only when granted: its EXECUTE right is checked when the
        -- expression calling it starts, evaluated or not)
        IF bulk THEN
            IF clusterdata.store_parsed(ARRAY[r.id], ts) IS NOT NULL THEN
                RETURN true;
            END IF;
        END IF;
        INSERT INTO clusterdata.fact (report_id, fact_no, kind, metric, solved, total, rate, percent,
                                      qualifier, value, province, cluster_no, year, span_start,
                                      span_end, text, scope, detail, why)
        SELECT r.id, f.n::int, f.kind, f.metric, f.solved, f.total, f.rate, f.percent, f.qualifier,
               f.value, f.province, f.cluster_no, f.year, f.span_start, f.span_end, f.text,
               f.scope, f.detail, f.why
        FROM clusterdata.parse_report(r.body, r.lang) WITH ORDINALITY AS f(kind, metric, solved, total,
             rate, percent, qualifier, value, province, cluster_no, year, span_start, span_end, text,
             scope, detail, why, confidence, n);
        UPDATE clusterdata.report
        SET parsed_at = ts, parser_version = pv,
            lang = coalesce(r.lang, clusterdata.detect_language(r.body)),
            parse_error = NULL, parse_sqlstate = NULL, parse_retries = 0,
            -- (its facts by the primary key alone: a condition on kind
            -- would let the planner read fact_kind, all the table's
            -- cluster facts for every report parsed)
            (cluster_no, year, period, event_date) = (
                SELECT (array_agg(f.cluster_no ORDER BY f.fact_no) FILTER (WHERE f.kind = 'cluster'))[1],
                       (array_agg(f.year ORDER BY f.fact_no) FILTER (WHERE f.kind = 'period'))[1],
                       (array_agg(f.metric ORDER BY f.fact_no) FILTER (WHERE f.kind = 'period'))[1],
                       (array_agg(clusterdata.yyyymmdd_date(f.value::bigint) ORDER BY f.fact_no)
                          FILTER (WHERE f.kind = 'event_date'
                                    AND clusterdata.yyyymmdd_date(f.value::bigint) IS NOT NULL))[1]
                FROM clusterdata.fact f
                WHERE f.report_id = r.id)
        WHERE id = r.id;
        RETURN true;
    EXCEPTION WHEN OTHERS THEN
        -- the block's writes are rolled back
        IF clusterdata.is_transient_error(SQLSTATE, r.parse_retries) THEN
            -- the server's error: a queued report stays queued, counted;
            -- a parsed one keeps its facts
            UPDATE clusterdata.report
            SET parse_retries = least(parse_retries, 999999) + 1, parse_error = SQLERRM,
                parse_sqlstate = SQLSTATE
            WHERE id = r.id AND (parsed_at IS NULL OR parser_version < pv);
            RETURN NULL;
        END IF;
        -- the report's error: it is marked and skipped
        UPDATE clusterdata.report
        SET parsed_at = ts, parser_version = pv, parse_retries = 0,
            parse_error = SQLERRM, parse_sqlstate = SQLSTATE
        WHERE id = r.id;
        RETURN false;
    END;
END
$$;
COMMENT ON FUNCTION parse_stored(bigint) IS 'parse one stored report into fact (replacing its facts): true; false, with the error recorded on the report, when the report fails to parse; NULL when the server failed (lock timeout, deadlock, ...): the report stays queued';

-- parse many stored reports at once, set-based: three statements for the
-- whole batch.  On Citus each of them runs on the shards (the facts are
-- computed where the report is stored and written to the co-located fact
-- shard; no report text passes the coordinator).  queued_only takes only
-- the reports still queued once their row locks are had (a caller that
-- held them may have parsed them).  When the batch fails (a report the
-- parser rejects, or an error of the server), each report is parsed on its
-- own, so that the others are kept and only the failed ones are marked.
-- Gives how many parsed and failed (reports left queued by an error of the
-- server are neither).
CREATE OR REPLACE FUNCTION parse_stored(report_ids bigint[], queued_only boolean DEFAULT false,
                             OUT parsed int, OUT failed int)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ts timestamptz := clock_timestamp();
    pv int := clusterdata.parser_version();
    taken bigint[];
    rid bigint;
    ok boolean;
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
                parse_retries = 0, cluster_no = NULL, year = NULL, period = NULL, event_date = NULL
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
             span_end, text, scope, detail, why, confidence, n)
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
              -- (by the primary key alone, as in parse_stored(bigint))
              WHERE f.report_id = ANY (taken)
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
                ok := clusterdata.parse_stored(rid);
                IF ok THEN
                    parsed := parsed + 1;
                ELSIF NOT ok THEN
                    failed := failed + 1;
                END IF;
            END IF;
        END LOOP;
    END;
END
$$;
COMMENT ON FUNCTION parse_stored(bigint[], boolean) IS 'parse many stored reports into fact, set-based (on Citus, on the shards); queued_only: only those still queued; a batch that fails is parsed one report at a time, failures recorded on the reports; gives how many parsed and failed';

-- store_parsed: parse_pending's bulk path (src/pg_store.c).  Parses the
-- reports named (locking them FOR UPDATE), writes their facts as COPY does
-- (each index at once, no executor pass per fact) and marks them parsed, as
-- the SQL batch in parse_pending does; gives how many reports it marked
-- (ids named twice count once; ids of no report are skipped).  Their old
-- facts must be deleted first (else 23505).  NULL, having written
-- nothing, when the caller lacks INSERT on fact or when fact is no longer
-- the table the extension made (other triggers, rules, row security, CHECK
-- or NOT NULL constraints, columns or types, deferrable or exclusion
-- indexes, a partition): the facts then go through SQL, where those apply.
CREATE FUNCTION store_parsed(report_ids bigint[], parsed_at timestamptz) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE
    SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION store_parsed(bigint[], timestamptz) IS 'parse_pending''s bulk path: parse the reports and write their facts in bulk, marking the reports parsed; NULL (nothing written) when fact has triggers, rules, policies or constraints of its own or the caller may not insert into it';

-- parse_pending: returns how many reports it took from the queue, and says
-- how many of them parsed, failed and stay queued after an error of the
-- server: a NOTICE, or a WARNING (also in the server log) when some failed,
-- with the failed reports by SQLSTATE
CREATE OR REPLACE FUNCTION parse_pending(max_reports int DEFAULT 1000) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    pv int := clusterdata.parser_version();
    rid bigint;
    ids bigint[];
    tried bigint[] := '{}';
    n int := 0;
    failed int := 0;
    retried int := 0;
    done int;
    bad int;
    left_queued int;
    ok boolean;
    why text;
    ts timestamptz;
    batch bigint[] := '{}';
    taken int;
    more boolean;
    queued refcursor;
    seqscan text;
    -- the bulk path, for a caller granted it (else the facts go through SQL)
    bulk boolean := pg_catalog.has_function_privilege(
        'clusterdata.store_parsed(bigint[], timestamptz)'::pg_catalog.regprocedure, 'EXECUTE');
BEGIN
    IF max_reports IS NULL OR max_reports < 1 THEN
        RAISE EXCEPTION 'max_reports must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF clusterdata.is_distributed() THEN
        -- Citus locks no rows across shards (FOR UPDATE): the callers take
        -- turns on the coordinator, and each batch is parsed on the shards
        PERFORM clusterdata.queue_on_coordinator('parse_pending'::text);
        -- a report another session holds (parse_stored) is waited for, and
        -- taken only if still queued; the rest of the queue is read again
        -- (but a report left queued by an error of the server is not taken
        -- twice in one call)
        LOOP
            ids := ARRAY(SELECT r.id FROM clusterdata.report r
                         WHERE (r.parsed_at IS NULL OR r.parser_version < pv) AND r.id <> ALL (tried)
                         ORDER BY r.id LIMIT max_reports - n);
            EXIT WHEN cardinality(ids) = 0;
            tried := tried || ids;
            SELECT b.parsed, b.failed INTO done, bad FROM clusterdata.parse_stored(ids, true) b;
            SELECT count(*) INTO left_queued FROM clusterdata.report r
            WHERE r.id = ANY (ids) AND (r.parsed_at IS NULL OR r.parser_version < pv);
            n := n + done + bad + left_queued;
            failed := failed + bad;
            retried := retried + left_queued;
            EXIT WHEN n >= max_reports;
        END LOOP;
    ELSE
        -- rows another session is parsing are skipped, not waited for; the
        -- rows taken stay locked to the end of the transaction.  They are
        -- parsed in batches of up to 200, each in two steps: the old facts
        -- deleted, then store_parsed(), which detects the language of each
        -- report once, parses it, writes its facts in bulk and updates its
        -- row once (what parse_stored(bigint) does, one report at a time);
        -- or, when it cannot (see store_parsed), one statement that does
        -- the same through SQL.
        -- A batch that fails is rolled back and parsed one report at a
        -- time, so that only the failed reports are marked, and a report
        -- met by an error of the server stays queued.
        OPEN queued FOR
            SELECT r.id FROM clusterdata.report r
            WHERE r.parsed_at IS NULL OR r.parser_version < pv
            ORDER BY r.id
            LIMIT max_reports
            FOR UPDATE SKIP LOCKED;
        LOOP
            FETCH queued INTO rid;
            more := FOUND;
            IF more THEN
                batch := batch || rid;
                n := n + 1;
                CONTINUE WHEN cardinality(batch) < 200;
            END IF;
            EXIT WHEN cardinality(batch) = 0;
            ts := clock_timestamp();
            BEGIN
                -- The old facts by the index: without statistics (a fact
                -- table just truncated or filled) the planner would read
                -- all of it for every batch, a time that grows with the
                -- square of the reports parsed
                seqscan := current_setting('enable_seqscan');
                PERFORM set_config('enable_seqscan', 'off', true);
                DELETE FROM clusterdata.fact f WHERE f.report_id = ANY (batch);
                PERFORM set_config('enable_seqscan', seqscan, true);
                -- in bulk (store_parsed), unless fact has objects of its
                -- own that only SQL applies: then through the statement below
                -- (called only when granted: its EXECUTE right is checked
                -- when the expression calling it starts, evaluated or not)
                taken := NULL;
                IF bulk THEN
                    taken := clusterdata.store_parsed(batch, ts);
                END IF;
                IF taken IS NULL THEN
                    -- (the facts inserted give back what the report row
                    -- keeps; src holds no body, so no copy of it is made)
                    WITH src AS MATERIALIZED (
                        SELECT r.id, r.lang,
                               coalesce(r.lang, clusterdata.detect_language(r.body)) AS detected,
                               octet_length(r.body) <= 262144 AS detectable
                        FROM unnest(batch) b(id)
                        JOIN clusterdata.report r ON r.id = b.id),
                    stored AS (
                        -- the language detected above is the one parse_report
                        -- would choose (the same words read the same way, up to
                        -- 256 kB), so it is not detected twice
                        INSERT INTO clusterdata.fact (report_id, fact_no, kind, metric, solved, total, rate,
                                                      percent, qualifier, value, province, cluster_no, year,
                                                      span_start, span_end, text, scope, detail, why)
                        SELECT s.id, f.n::int, f.kind, f.metric, f.solved, f.total, f.rate, f.percent,
                               f.qualifier, f.value, f.province, f.cluster_no, f.year, f.span_start,
                               f.span_end, f.text, f.scope, f.detail, f.why
                        FROM src s
                        CROSS JOIN LATERAL (SELECT r.body FROM clusterdata.report r WHERE r.id = s.id) r
                        CROSS JOIN LATERAL clusterdata.parse_report(r.body,
                            CASE WHEN s.lang IS NOT NULL THEN s.lang WHEN s.detectable THEN s.detected END)
                            WITH ORDINALITY AS f(kind, metric, solved, total, rate, percent, qualifier,
                                                 value, province, cluster_no, year, span_start, span_end,
                                                 text, scope, detail, why, confidence, n)
                        RETURNING fact.report_id, fact.fact_no, fact.kind, fact.metric, fact.cluster_no,
                                  fact.year, fact.value),
                    about AS (
                        SELECT f.report_id,
                               (array_agg(f.cluster_no ORDER BY f.fact_no) FILTER (WHERE f.kind = 'cluster'))[1]
                                 AS cluster_no,
                               (array_agg(f.year ORDER BY f.fact_no) FILTER (WHERE f.kind = 'period'))[1] AS year,
                               (array_agg(f.metric ORDER BY f.fact_no) FILTER (WHERE f.kind = 'period'))[1] AS period,
                               (array_agg(clusterdata.yyyymmdd_date(f.value::bigint) ORDER BY f.fact_no)
                                  FILTER (WHERE f.kind = 'event_date'
                                            AND clusterdata.yyyymmdd_date(f.value::bigint) IS NOT NULL))[1]
                                 AS event_date
                        FROM stored f
                        WHERE f.kind IN ('cluster', 'period', 'event_date')
                        GROUP BY f.report_id)
                    UPDATE clusterdata.report r
                    SET parsed_at = ts, parser_version = pv, lang = s.detected,
                        parse_error = NULL, parse_sqlstate = NULL, parse_retries = 0,
                        cluster_no = a.cluster_no, year = a.year, period = a.period, event_date = a.event_date
                    FROM src s
                    LEFT JOIN about a ON a.report_id = s.id
                    WHERE r.id = s.id;
                    GET DIAGNOSTICS taken = ROW_COUNT;
                END IF;
                IF taken <> cardinality(batch) THEN
                    RAISE EXCEPTION 'parse_pending: % of % reports of a batch updated', taken, cardinality(batch);
                END IF;
            EXCEPTION WHEN OTHERS THEN
                -- the batch is rolled back: one report at a time
                FOREACH rid IN ARRAY batch LOOP
                    ok := clusterdata.parse_stored(rid);
                    IF ok IS NULL THEN
                        retried := retried + 1;
                    ELSIF NOT ok THEN
                        failed := failed + 1;
                    END IF;
                END LOOP;
            END;
            batch := '{}';
            EXIT WHEN NOT more;
        END LOOP;
        CLOSE queued;
    END IF;
    IF failed > 0 THEN
        -- the failed reports by SQLSTATE, as queue_status counts them; a
        -- WARNING reaches the server log too (log_min_messages), where a
        -- scheduled job's failures are seen
        SELECT string_agg(q.sqlstate || ': ' || q.reports::text, ', ' ORDER BY q.sqlstate) INTO why
        FROM clusterdata.queue_status q WHERE q.state = 'failed';
        RAISE WARNING 'parse_pending: % parsed, % failed% (all failed reports by SQLSTATE: %)',
            n - failed - retried, failed,
            CASE WHEN retried > 0 THEN format(', %s queued again after an error of the server', retried) ELSE '' END,
            coalesce(why, 'none now')
            USING HINT = 'SELECT * FROM clusterdata.report WHERE parse_error IS NOT NULL shows them; fix and call clusterdata.requeue().';
    ELSIF retried > 0 THEN
        RAISE WARNING 'parse_pending: % parsed, 0 failed, % queued again after an error of the server',
            n - retried, retried
            USING HINT = 'SELECT * FROM clusterdata.queue_status shows the errors; the reports are parsed by the next call.';
    ELSE
        RAISE NOTICE 'parse_pending: % parsed, 0 failed', n;
    END IF;
    RETURN n;
END
$$;
COMMENT ON FUNCTION parse_pending(int) IS 'parse up to max_reports stored reports not yet parsed (or parsed by an older parser); returns how many it took; concurrent callers share the queue (SKIP LOCKED); a report met by an error of the server stays queued';

-- What a fact says, as text: with its kind, evidence span and evidence text
-- it is the fact's identity in its report, which a verdict is tied to (not
-- to fact_no, which a newer parser may number differently).
CREATE FUNCTION fact_key(kind text, metric text, solved bigint, total bigint, percent numeric,
                         value numeric, province province, cluster_no int, year int)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN pg_catalog.concat_ws('|', kind, metric, solved, total, percent, value, province, cluster_no, year);
COMMENT ON FUNCTION fact_key(text, text, bigint, bigint, numeric, numeric, province, int, int) IS 'what a fact says (kind, metric, solved, total, percent, value, province, cluster, year) as one text: with its report, evidence span and text, the identity a review verdict is tied to';

-- One verdict per fact identity (the latest), with who gave it and when (set
-- by review_stamp, whatever the writer says).  No foreign key to report: a
-- verdict outlives a re-parse that drops its fact, and on Citus the table is
-- a reference table beside the distributed facts.
CREATE TABLE review (
    report_id   bigint NOT NULL,
    kind        text NOT NULL,
    span_start  int NOT NULL,
    span_end    int NOT NULL,
    evidence    text NOT NULL,
    fact_key    text NOT NULL,
    verdict     text NOT NULL CHECK (verdict IN ('accept', 'reject', 'correct')),
    solved      bigint CHECK (solved >= 0),
    total       bigint CHECK (total > 0 AND total >= solved),
    value       numeric,
    note        text,
    reviewed_by text NOT NULL DEFAULT current_user,
    reviewed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (report_id, kind, span_start, span_end, fact_key),
    -- a corrected value only with the verdict correct; a rate's as solved and total
    CONSTRAINT review_correction CHECK (
        (verdict = 'correct') = (solved IS NOT NULL OR value IS NOT NULL)
        AND (solved IS NULL) = (total IS NULL) AND NOT (solved IS NOT NULL AND value IS NOT NULL))
);
COMMENT ON TABLE review IS 'verdicts on facts (accept, reject, correct with a value), tied to the fact''s identity in its report (kind, evidence span and text, fact_key), so that they survive requeue() and a newer parser; who gave each and when';

-- who and when are the writer's and the server's, not what a row says,
-- unless the writer acts for the schema's owner (who restores a dump keeps
-- who and when)
CREATE FUNCTION review_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- the roles of the schema's owner keep what they write (a dump restored)
    IF NOT pg_has_role((SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'clusterdata'), 'MEMBER') THEN
        NEW.reviewed_by := current_user;
        NEW.reviewed_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION review_stamp() IS 'trigger: a review row says who wrote it (current_user) and when (now()), whatever the writer put there, unless the writer acts for the schema''s owner (a dump restored)';
CREATE TRIGGER review_stamp BEFORE INSERT OR UPDATE ON review
    FOR EACH ROW EXECUTE FUNCTION review_stamp();

SELECT pg_catalog.pg_extension_config_dump('review', '');

-- Every fact with its review: status unreviewed, accepted, rejected or
-- corrected; a corrected rate or count carries the corrected figure (rate,
-- solved, total, percent, value) and the stated one beside it.  (The
-- identity's last part, fact_key, is compared only where report, kind and
-- span already match: IS TRUE keeps it out of the hash keys, so the key is
-- computed for the facts of reviewed spans only.)
CREATE VIEW fact_reviewed AS
SELECT f.report_id, f.fact_no, f.kind, f.metric,
       CASE WHEN v.solved IS NOT NULL THEN v.solved ELSE f.solved END AS solved,
       CASE WHEN v.solved IS NOT NULL THEN v.total ELSE f.total END AS total,
       CASE WHEN v.solved IS NOT NULL THEN solve_rate(v.solved, v.total) ELSE f.rate END AS rate,
       CASE WHEN v.solved IS NOT NULL THEN percent(solve_rate(v.solved, v.total), 2) ELSE f.percent END
         AS percent,
       f.qualifier,
       CASE WHEN v.value IS NOT NULL THEN v.value ELSE f.value END AS value,
       f.province, f.cluster_no, f.year, f.span_start, f.span_end, f.text, f.scope, f.detail, f.why,
       fact_confidence(f.kind, f.metric, f.why, f.qualifier, f.scope, f.percent IS NOT NULL,
                       f.solved IS NOT NULL AND f.total IS NOT NULL) AS confidence,
       CASE v.verdict WHEN 'accept' THEN 'accepted' WHEN 'reject' THEN 'rejected'
                      WHEN 'correct' THEN 'corrected' ELSE 'unreviewed' END AS status,
       f.solved AS stated_solved, f.total AS stated_total, f.percent AS stated_percent,
       f.value AS stated_value, v.note AS review_note, v.reviewed_by, v.reviewed_at
FROM fact f
LEFT JOIN review v
  ON v.report_id = f.report_id AND v.kind = f.kind AND v.span_start = f.span_start
 AND v.span_end = f.span_end AND v.evidence = f.text
 AND (v.fact_key = fact_key(f.kind, f.metric, f.solved, f.total, f.percent, f.value, f.province,
                            f.cluster_no, f.year)) IS TRUE;
COMMENT ON VIEW fact_reviewed IS 'every fact with its review status (unreviewed, accepted, rejected, corrected); a corrected rate or count shows the corrected figure, with the stated one in stated_*';

-- the facts that count: every fact but the rejected ones, corrected figures
-- in place (membership, the chosen figures, rankings, leaders and the BI
-- views read these)
CREATE VIEW fact_in_use AS
SELECT * FROM fact_reviewed WHERE status <> 'rejected';
COMMENT ON VIEW fact_in_use IS 'the facts membership, figures, rankings, leaders and BI views use: all but the rejected ones, with corrected figures in place';

-- verdicts whose fact a re-parse no longer gives: listed, never lost.
-- (The facts and reports that match are found first, each a join of the
-- distributed table with the reviews, so that Citus plans it too.)
CREATE VIEW review_unmatched AS
WITH matched AS MATERIALIZED (
    SELECT v.report_id, v.kind, v.span_start, v.span_end, v.fact_key
    FROM review v
    JOIN fact f ON f.report_id = v.report_id AND f.kind = v.kind AND f.span_start = v.span_start
                AND f.span_end = v.span_end AND f.text = v.evidence
    WHERE fact_key(f.kind, f.metric, f.solved, f.total, f.percent, f.value, f.province,
                   f.cluster_no, f.year) = v.fact_key
), present AS MATERIALIZED (
    SELECT DISTINCT r.id FROM report r JOIN review v ON v.report_id = r.id
)
SELECT v.*, p.id IS NULL AS report_gone
FROM review v
LEFT JOIN present p ON p.id = v.report_id
WHERE NOT EXISTS (SELECT FROM matched m
                  WHERE m.report_id = v.report_id AND m.kind = v.kind AND m.span_start = v.span_start
                    AND m.span_end = v.span_end AND m.fact_key = v.fact_key);
COMMENT ON VIEW review_unmatched IS 'verdicts whose fact the report''s current parse no longer gives (or whose report is gone): kept, to be looked at again';

-- Give a verdict on fact fact_no of a report: accept, reject, or correct
-- (with solved and total for a rate, value for a count, seizure or change).
-- Stored against the fact's identity; a second verdict on the same fact
-- replaces the first.  Runs with its caller's rights: it needs SELECT on
-- fact and INSERT, UPDATE on review.
CREATE FUNCTION review(report_id bigint, fact_no int, verdict text, note text DEFAULT NULL,
                       solved bigint DEFAULT NULL, total bigint DEFAULT NULL,
                       value numeric DEFAULT NULL)
RETURNS clusterdata.review
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    f clusterdata.fact;
    v clusterdata.review;
    -- (values, not calls, in the upsert: Citus takes no stable function there)
    who text := current_user;
    stamp timestamptz := now();
BEGIN
    IF review.verdict IS NULL OR review.verdict NOT IN ('accept', 'reject', 'correct') THEN
        RAISE EXCEPTION 'unknown verdict "%"', coalesce(review.verdict, 'NULL')
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use accept, reject or correct.';
    END IF;
    SELECT * INTO f FROM clusterdata.fact x WHERE x.report_id = review.report_id AND x.fact_no = review.fact_no;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'report % has no fact %', coalesce(review.report_id::text, 'NULL'),
                        coalesce(review.fact_no::text, 'NULL')
            USING ERRCODE = 'no_data_found';
    END IF;
    IF review.verdict = 'correct' THEN
        IF f.kind = 'rate' THEN
            IF review.solved IS NULL OR review.total IS NULL OR review.value IS NOT NULL THEN
                RAISE EXCEPTION 'a corrected rate needs solved and total (and no value)'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF review.total <= 0 OR review.solved < 0 OR review.solved > review.total THEN
                RAISE EXCEPTION 'a rate needs 0 <= solved <= total and total > 0 (got %/%)',
                                review.solved, review.total
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        ELSIF f.kind IN ('count', 'seizure', 'change') THEN
            IF review.value IS NULL OR review.solved IS NOT NULL OR review.total IS NOT NULL THEN
                RAISE EXCEPTION 'a corrected % needs value (and no solved or total)', f.kind
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        ELSE
            RAISE EXCEPTION 'a % fact takes no corrected value: accept or reject it', f.kind
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Correct members with membership_correction.';
        END IF;
    ELSIF review.solved IS NOT NULL OR review.total IS NOT NULL OR review.value IS NOT NULL THEN
        RAISE EXCEPTION 'a corrected value needs the verdict correct'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO clusterdata.review AS r (report_id, kind, span_start, span_end, evidence, fact_key,
                                         verdict, solved, total, value, note)
    VALUES (f.report_id, f.kind, f.span_start, f.span_end, f.text,
            clusterdata.fact_key(f.kind, f.metric, f.solved, f.total, f.percent, f.value, f.province,
                                 f.cluster_no, f.year),
            review.verdict, review.solved, review.total, review.value, review.note)
    ON CONFLICT ON CONSTRAINT review_pkey DO UPDATE
    SET evidence = excluded.evidence, verdict = excluded.verdict, solved = excluded.solved,
        total = excluded.total, value = excluded.value, note = excluded.note,
        reviewed_by = who, reviewed_at = stamp
    RETURNING * INTO v;
    RETURN v;
END
$$;
COMMENT ON FUNCTION review(bigint, int, text, text, bigint, bigint, numeric) IS 'give a verdict on a fact: accept, reject, or correct (solved and total for a rate, value for a count, seizure or change); kept against the fact''s identity, so it survives re-parsing';

-- the roles a cue may have, the values each takes (NULL: none) and what it
-- means; the built-in cues of every language, in the same terms
CREATE FUNCTION cue_roles(OUT role text, OUT "values" text[], OUT value_required boolean, OUT about text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 27;
COMMENT ON FUNCTION cue_roles() IS 'the roles a cue may have (clusterdata.cue.role), the values each takes and what it means';
CREATE FUNCTION builtin_cues(OUT lang text, OUT phrase text, OUT role text, OUT value text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 2500;
COMMENT ON FUNCTION builtin_cues() IS 'the cue words the parser knows for each language, built in: language, phrase (a final * matches any word that starts so), role, value';
-- the number a role's value stands for; an unknown role or value is an
-- error that says what is known (22023)
CREATE FUNCTION cue_value(role text, value text) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION cue_value(text, text) IS 'checks a cue''s role and value (an error names the roles or values there are); the value''s number';
-- what is wrong with a phrase as a cue's (white space other than single
-- spaces, nothing but '*', a '*' before its end, too many words), or NULL
CREATE FUNCTION cue_phrase_problem(phrase text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cue_phrase_problem(text) IS 'what is wrong with a phrase as a cue''s (the table cue refuses it), or NULL';

-- Cues users add.  parse_report reads them beside its built-in data, in
-- every session: each backend reads the table when it first parses and
-- again after the table changes.  A phrase is matched as the built-in cues
-- are (case-folded, a final * for a prefix; in a text that lost its
-- diacritics also without them); of the same words and role, a user's cue
-- comes before the built-in one.  Stored facts follow after
-- requeue_language() and parse_pending().
CREATE TABLE cue (
    lang        text NOT NULL,
    phrase      text NOT NULL CHECK (phrase <> '' AND length(phrase) <= 200),
    role        text NOT NULL,
    value       text,
    note        text,
    added_by    text NOT NULL DEFAULT current_user,
    added_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lang, phrase, role)
);
COMMENT ON TABLE cue IS 'cue words users teach the parser, beside the built-in ones (builtin_cues(), the view cues): language, phrase, role (cue_roles()) and value; read by parse_report in every session after a change';

-- a cue the parser cannot read is refused, with what it can; who and when
-- are the writer's and the server's, unless the writer acts for the
-- schema's owner (who restores a dump keeps who and when)
CREATE FUNCTION cue_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    IF NOT EXISTS (SELECT FROM clusterdata.languages() l WHERE l.code = NEW.lang) THEN
        RAISE EXCEPTION 'unknown language "%"', NEW.lang
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Languages: ' || (SELECT string_agg(l.code, ', ') FROM clusterdata.languages() l) || '.';
    END IF;
    PERFORM clusterdata.cue_value(NEW.role, NEW.value);
    -- a bound on what a parse walks through: cues of a language (the table
    -- the trigger fires on: on Citus, the node's placement)
    IF TG_OP = 'INSERT' OR NEW.lang IS DISTINCT FROM OLD.lang THEN
        EXECUTE format('SELECT count(*) FROM %I.%I c WHERE c.lang = $1', TG_TABLE_SCHEMA, TG_TABLE_NAME)
            INTO n USING NEW.lang;
        IF n >= 2000 THEN
            RAISE EXCEPTION 'a language has at most 2,000 cues taught, and "%" has them', NEW.lang
                USING ERRCODE = 'program_limit_exceeded',
                      HINT = 'A final * makes one cue of many words that begin alike.';
        END IF;
    END IF;
    IF clusterdata.cue_phrase_problem(NEW.phrase) IS NOT NULL THEN
        RAISE EXCEPTION 'a cue''s phrase %: "%"', clusterdata.cue_phrase_problem(NEW.phrase), NEW.phrase
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A phrase is words separated by single spaces; a final * makes a prefix.';
    END IF;
    -- the roles of the schema's owner keep what they write (a dump restored)
    IF NOT pg_has_role((SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'clusterdata'), 'MEMBER') THEN
        NEW.added_by := current_user;
        NEW.added_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cue_check() IS 'trigger: refuses a cue of an unknown language, role or value, with what there is; stamps who added it and when';
CREATE TRIGGER cue_check BEFORE INSERT OR UPDATE ON cue
    FOR EACH ROW EXECUTE FUNCTION cue_check();

-- a change of the cues reaches every session's next parse
CREATE FUNCTION cue_changed() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION cue_changed() IS 'trigger: after a statement that writes cue, every session reads the cues again before its next parse';
CREATE TRIGGER cue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cue
    FOR EACH STATEMENT EXECUTE FUNCTION cue_changed();

SELECT pg_catalog.pg_extension_config_dump('cue', '');

-- every cue the parser reads: the built-in ones and the users'
CREATE VIEW cues AS
SELECT b.lang, b.phrase, b.role, b.value, 'built-in'::text AS source, NULL::text AS note,
       NULL::text AS added_by, NULL::timestamptz AS added_at
FROM builtin_cues() b
UNION ALL
SELECT c.lang, c.phrase, c.role, c.value, 'user', c.note, c.added_by, c.added_at
FROM cue c;
COMMENT ON VIEW cues IS 'every cue word the parser reads, built in (source built-in) or taught (source user, table cue)';

-- the reports of a language queued for parse_pending() again, so that their
-- stored facts follow the cues as they are now (PL/pgSQL: see requeue)
CREATE FUNCTION requeue_language(lang text) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n int;
BEGIN
    IF requeue_language.lang IS NULL THEN
        RAISE EXCEPTION 'requeue_language needs a language' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    UPDATE clusterdata.report r
    SET parsed_at = NULL, parse_error = NULL, parse_sqlstate = NULL, parse_retries = 0
    WHERE r.lang = requeue_language.lang;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION requeue_language(text) IS 'queue every report of a language for parse_pending() again (after its cues changed); returns how many';

-- turn the storage into Citus tables: report and fact hash-distributed by the
-- report id and co-located, the corrections, reviews and cues as reference tables.  Run once
-- on the coordinator, as a superuser, after CREATE EXTENSION citus and
-- citus_add_node; the workers have clusterdata (Citus propagates it).
-- Stored reports get their ids from report_key(), their facts follow; the
-- statement triggers that tie facts to their report on one server give way
-- to a foreign key between the co-located tables (Citus keeps those, and
-- runs no trigger on a distributed table).
CREATE OR REPLACE FUNCTION distribute(shard_count int DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET client_min_messages = warning AS $$
DECLARE
    -- the same changes on every node: the workers' copies of the extension's
    -- tables become the shells of the distributed ones
    ddl constant text := $ddl$
        ALTER TABLE clusterdata.fact DROP CONSTRAINT IF EXISTS fact_report_id_fkey;
        DROP TRIGGER IF EXISTS fact_report_insert ON clusterdata.fact;
        DROP TRIGGER IF EXISTS fact_report_update ON clusterdata.fact;
        DROP TRIGGER IF EXISTS report_delete_facts ON clusterdata.report;
        DROP TRIGGER IF EXISTS report_truncate_facts ON clusterdata.report;
        DROP TRIGGER IF EXISTS report_id_kept ON clusterdata.report;
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
                   'SELECT (SELECT pg_catalog.count(*) FROM clusterdata.report) OPERATOR(pg_catalog.+) (SELECT pg_catalog.count(*) FROM clusterdata.fact)')
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
    UPDATE clusterdata.review v SET report_id = clusterdata.report_key(r.body_sha256)
    FROM clusterdata.report r WHERE r.id = v.report_id;
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
    -- review and cue keep their triggers (who and when, the cues checked and
    -- read again): Citus copies them to the placements, where they act on
    -- the rows each placement writes
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
    PERFORM pg_catalog.create_reference_table('clusterdata.review');
    PERFORM pg_catalog.create_reference_table('clusterdata.cue');
    -- the rows are in the shards now; the coordinator's copies go
    PERFORM pg_catalog.truncate_local_data_after_distributing_table(t)
    FROM unnest(ARRAY['clusterdata.fact', 'clusterdata.report', 'clusterdata.membership_correction',
                      'clusterdata.rate_correction', 'clusterdata.review', 'clusterdata.cue']::regclass[]) t;
    RETURN format('distributed: report and fact by report id, co-located, over %s workers; membership_correction, rate_correction, review and cue as reference tables', nodes);
END
$$;
COMMENT ON FUNCTION distribute(int) IS 'Citus: distribute report and fact by report id (co-located; ids from report_key) and make the correction, review and cue tables reference tables; run once on the coordinator';

-- Every claim that a province is a member of a cluster in a year: the
-- reports about that cluster that list it among the members, and
-- membership_correction (is_member adds a claim, NOT is_member removes one).
-- A province belongs to one cluster a year: one claim is chosen, a
-- correction first, then the claim more reports make, then the one whose
-- latest report is the later (a report's date: published, else its
-- conference's event_date, else the day it was ingested), then the lower
-- cluster number.
CREATE OR REPLACE VIEW membership_claims AS
WITH reported AS (
    SELECT r.cluster_no, r.year, f.province, count(DISTINCT f.report_id)::int AS reports,
           array_agg(DISTINCT f.report_id ORDER BY f.report_id) AS report_ids,
           max(coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date)) AS latest
    FROM fact_in_use f JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'member' AND f.province IS NOT NULL AND r.cluster_no IS NOT NULL AND r.year IS NOT NULL
    GROUP BY 1, 2, 3
), claims AS (
    SELECT coalesce(r.cluster_no, c.cluster_no) AS cluster_no, coalesce(r.year, c.year) AS year,
           coalesce(r.province, c.province) AS province, coalesce(r.reports, 0) AS reports,
           coalesce(r.report_ids, '{}') AS report_ids, r.latest, c.is_member AS corrected, c.note
    FROM reported r
    FULL JOIN membership_correction c
      ON c.cluster_no = r.cluster_no AND c.year = r.year AND c.province = r.province
), ordered AS (
    SELECT cl.*,
           row_number() OVER w AS place,
           count(*) OVER (PARTITION BY cl.year, cl.province) AS claims,
           first_value(cl.reports) OVER w AS best_reports,
           first_value(cl.latest) OVER w AS best_latest
    FROM claims cl
    WHERE cl.corrected IS DISTINCT FROM false
    WINDOW w AS (PARTITION BY cl.year, cl.province
                 ORDER BY cl.corrected IS TRUE DESC, cl.reports DESC, cl.latest DESC NULLS LAST, cl.cluster_no)
)
SELECT o.cluster_no, o.year, o.province, o.reports, o.report_ids, o.latest AS latest_report_date,
       o.corrected IS TRUE AS corrected, o.note, o.place = 1 AS chosen, o.claims::int AS claims,
       CASE WHEN o.claims = 1 THEN 'the only claim'
            WHEN o.place > 1 THEN 'another claim comes first'
            WHEN o.corrected THEN 'membership_correction'
            WHEN o.reports > (SELECT max(x.reports) FROM claims x
                              WHERE x.year = o.year AND x.province = o.province
                                AND x.cluster_no <> o.cluster_no AND x.corrected IS DISTINCT FROM false)
                 THEN 'more reports list it'
            WHEN o.latest > (SELECT max(x.latest) FROM claims x
                             WHERE x.year = o.year AND x.province = o.province
                               AND x.cluster_no <> o.cluster_no AND x.corrected IS DISTINCT FROM false
                               AND x.reports = o.reports)
                 THEN 'a later report lists it'
            ELSE 'the lower cluster number' END AS why
FROM ordered o;
COMMENT ON VIEW membership_claims IS 'every claim that a province belongs to a cluster in a year (reports listing it, membership_correction), with the one chosen (a province is in one cluster a year) and why';

-- Every province figure with a fraction, from the reports and the
-- corrections.  One of each year, period, province and metric is chosen: a
-- correction first; then a report of the cluster the province belongs to
-- that year (membership) before a report of another cluster; then the
-- report with the later date (published, else its conference's event_date,
-- else the day it was ingested), then the one ingested last.  A figure is
-- in conflict when the others differ from it.
CREATE OR REPLACE VIEW member_figures AS
WITH f AS (
    SELECT r.year, r.period, f.province, f.metric, f.rate, f.percent,
           f.report_id, f.fact_no, f.text AS evidence, r.published, r.ingested_at, false AS corrected,
           r.cluster_no AS report_cluster_no,
           coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date) AS report_date
    FROM fact_in_use f
    JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'rate' AND f.scope = 'province' AND f.province IS NOT NULL
      AND f.rate IS NOT NULL AND r.year IS NOT NULL AND r.period IS NOT NULL
    UNION ALL
    SELECT c.year, c.period, c.province, c.metric, solve_rate(c.solved, c.total),
           percent(solve_rate(c.solved, c.total), 2), NULL, NULL, c.note, NULL, NULL, true, NULL, NULL
    FROM rate_correction c
), w AS (
    SELECT f.*, solved(f.rate) AS solved, total(f.rate) AS total, ms.cluster_no AS member_of,
           coalesce(f.report_cluster_no = ms.cluster_no, false) AS own,
           row_number() OVER (PARTITION BY f.year, f.period, f.province, f.metric
                              ORDER BY f.corrected DESC, coalesce(f.report_cluster_no = ms.cluster_no, false) DESC,
                                       f.report_date DESC NULLS LAST, f.ingested_at DESC NULLS LAST,
                                       f.report_id DESC NULLS LAST, f.fact_no) AS pick
    FROM f
    LEFT JOIN membership ms ON ms.year = f.year AND ms.province = f.province
)
SELECT w.year, w.period, w.province, w.metric, w.rate, w.solved, w.total, w.percent,
       w.report_id, w.fact_no, w.published, w.corrected, w.evidence,
       w.pick = 1 AS chosen,
       min(w.solved) OVER k <> max(w.solved) OVER k OR min(w.total) OVER k <> max(w.total) OVER k
         AS conflict,
       count(*) OVER (PARTITION BY w.year, w.period, w.province, w.metric, w.solved, w.total)::int
         AS same_figure,
       w.report_cluster_no, w.member_of, w.own AS own_cluster_report, w.report_date,
       CASE WHEN w.corrected THEN 'rate_correction'
            WHEN w.own THEN 'a report of its own cluster'
            WHEN w.member_of IS NULL THEN 'a report (no cluster lists it this year)'
            ELSE 'a report of another cluster' END
         || CASE WHEN w.corrected THEN '' ELSE coalesce(', dated ' || w.report_date::text, '') END AS source
FROM w
WINDOW k AS (PARTITION BY w.year, w.period, w.province, w.metric);
COMMENT ON VIEW member_figures IS 'every province rate with a fraction, from reports and rate_correction, with the one chosen for its year, period and metric (a correction, else a report of the cluster it belongs to, else the latest report by published, event or ingestion date) and whether other figures conflict with it';

-- ties between leaders go to the one reported first (by ingestion time:
-- on the distributed layout ids follow no order)
CREATE OR REPLACE VIEW leaders AS
SELECT m.cluster_no, f.year, f.kind AS role, f.province,
       count(DISTINCT f.report_id)::int AS reports, min(f.report_id) AS first_report,
       min(r.ingested_at) AS first_ingested
FROM fact_in_use f JOIN report_meta m USING (report_id) JOIN report r ON r.id = f.report_id
WHERE f.kind IN ('leader', 'deputy') AND m.cluster_no IS NOT NULL AND f.year IS NOT NULL
GROUP BY 1, 2, 3, 4;
COMMENT ON VIEW leaders IS 'reported leaders and deputies of each cluster by the year they lead, with when the first report naming them was ingested';

-- the context of each fact is cut by evidence_in_context, which indexes a
-- report's body once for all its facts: reading a report's facts grows
-- linearly with its size
CREATE OR REPLACE VIEW bi_facts AS
SELECT f.report_id, f.fact_no, f.kind, f.metric, f.solved, f.total, f.rate::text AS solve_rate_label,
       round(f.percent, 2) AS percent,
       f.qualifier, f.value, f.province::text AS province, f.cluster_no, f.year, f.scope, f.detail,
       f.span_start, f.span_end, f.text AS evidence,
       evidence_in_context(r.body, f.span_start, f.span_end, f.text, 60) AS evidence_in_context,
       r.source_url, m.event_date, m.published, f.why,
       m.cluster_no AS report_cluster_no, m.year AS report_year, m.period AS report_period,
       period_start(m.year, m.period) AS period_start, period_end(m.year, m.period) AS period_end,
       province_ascii(f.province) AS province_ascii,
       f.confidence, f.status, f.stated_solved, f.stated_total, f.stated_percent, f.stated_value,
       f.review_note, f.reviewed_by, (f.reviewed_at AT TIME ZONE 'UTC')::date AS reviewed_on
FROM fact_reviewed f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id;
COMMENT ON VIEW bi_facts IS 'every fact with its evidence, marked [[like this]] in up to 60 characters of context on each side (white space collapsed), the cluster, year and period of its report, and its review status (a corrected figure in place, the stated one in stated_*; rejected facts are shown, and used nowhere else)';

-- A cluster's own figure beside its members pooled: the cluster-wide rate
-- its reports state (scope cluster; the latest report's by published, event
-- or ingestion date), and the sum of its members' chosen figures
-- (member_scores), with how many members the cluster has and how many of
-- them have a figure, so that a chart shows what a ranking rests on and
-- whether the stated total and the members agree.
CREATE OR REPLACE VIEW bi_cluster_rates AS
WITH stated AS (
    SELECT r.cluster_no, r.year, r.period, f.metric, f.rate, f.percent, f.report_id,
           row_number() OVER (PARTITION BY r.cluster_no, r.year, r.period, f.metric
                              ORDER BY coalesce(r.published, r.event_date, (r.ingested_at AT TIME ZONE 'UTC')::date) DESC,
                                       r.ingested_at DESC, f.report_id DESC, f.fact_no) AS pick
    FROM fact_in_use f JOIN report r ON r.id = f.report_id
    WHERE f.kind = 'rate' AND f.scope = 'cluster' AND (f.rate IS NOT NULL OR f.percent IS NOT NULL)
      AND f.metric IS NOT NULL AND r.cluster_no IS NOT NULL AND r.year IS NOT NULL AND r.period IS NOT NULL
), pooled AS (
    SELECT s.cluster_no, s.year, s.period, s.metric, sum(s.rate) AS rate, count(*)::int AS members_with_data
    FROM member_scores s
    GROUP BY 1, 2, 3, 4
), cells AS (
    SELECT st.cluster_no, st.year, st.period, st.metric FROM stated st WHERE st.pick = 1
    UNION
    SELECT p.cluster_no, p.year, p.period, p.metric FROM pooled p
), members AS (
    SELECT m.cluster_no, m.year, count(*)::int AS members FROM membership m GROUP BY 1, 2
)
SELECT c.cluster_no, c.year, c.period, period_start(c.year, c.period) AS period_start,
       period_end(c.year, c.period) AS period_end, c.metric,
       solved(st.rate) AS stated_solved, total(st.rate) AS stated_total,
       coalesce(percent(st.rate, 2), round(st.percent, 2)) AS stated_percent,
       solved(p.rate) AS pooled_solved, total(p.rate) AS pooled_total, percent(p.rate, 2) AS pooled_percent,
       coalesce(m.members, 0) AS members, coalesce(p.members_with_data, 0) AS members_with_data,
       solved(st.rate) - solved(p.rate) AS solved_difference,
       total(st.rate) - total(p.rate) AS total_difference,
       coalesce(percent(st.rate, 2), round(st.percent, 2)) - percent(p.rate, 2) AS percent_difference,
       st.report_id AS stated_report_id
FROM cells c
LEFT JOIN stated st ON st.pick = 1 AND st.cluster_no = c.cluster_no AND st.year = c.year
     AND st.period = c.period AND st.metric = c.metric
LEFT JOIN pooled p ON p.cluster_no = c.cluster_no AND p.year = c.year AND p.period = c.period
     AND p.metric = c.metric
LEFT JOIN members m ON m.cluster_no = c.cluster_no AND m.year = c.year;
COMMENT ON VIEW bi_cluster_rates IS 'per cluster, year, period and metric: the cluster-wide rate its reports state and its members'' chosen figures pooled, with members, members_with_data and the differences (stated minus pooled), plain types only';

-- Amounts seized (facts of kind seizure): one row each, with its unit and
-- what was seized, the province it is about (when the clause names one) and
-- the cluster, year and period of its report, so that a chart sums seizures
-- by unit without mixing them with counts of cases or people.
CREATE OR REPLACE VIEW bi_seizures AS
SELECT f.report_id, f.fact_no, f.value, f.metric AS unit, f.detail AS seized,
       f.province::text AS province, province_code(f.province) AS province_code, f.scope,
       m.cluster_no AS report_cluster_no, m.year AS report_year, m.period AS report_period,
       period_start(m.year, m.period) AS period_start, period_end(m.year, m.period) AS period_end,
       f.text AS evidence, r.source_url, m.event_date, m.published,
       province_ascii(f.province) AS province_ascii
FROM fact_in_use f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id
WHERE f.kind = 'seizure';
COMMENT ON VIEW bi_seizures IS 'amounts seized (facts of kind seizure): value, unit, what was seized, province, and the cluster, year and period of the report, plain types only';

-- What each fact feeds beyond bi_facts, and how much it moves a ranking:
-- 4 the chosen figure of a member with other figures in conflict, 3 a
-- chosen figure, 2 a member of a chosen membership claim or a figure in
-- conflict, 1 any other figure of a member, a leader or deputy, a cluster's
-- stated rate, a seizure; 0 the rest (counts, periods, ...: bi_facts only).
-- Unreviewed facts, lowest confidence first (a kind the model has no data
-- for, confidence NULL, after those it has), then the largest effect; place
-- numbers them in that order.
CREATE VIEW review_queue AS
WITH feeds AS (
    SELECT g.report_id, g.fact_no,
           CASE WHEN g.chosen AND g.conflict THEN 4 WHEN g.chosen THEN 3 WHEN g.conflict THEN 2 ELSE 1 END
             AS effect,
           concat_ws(' ', CASE WHEN g.chosen THEN 'the chosen figure of' ELSE 'a figure of' END,
                     g.province::text, g.metric, g.period, g.year,
                     CASE WHEN g.conflict THEN '(in conflict)' END) AS feeds
    FROM member_figures g
    WHERE g.report_id IS NOT NULL
    UNION ALL
    SELECT f.report_id, f.fact_no, CASE WHEN c.chosen THEN 2 ELSE 1 END,
           concat_ws(' ', 'a member of cluster', c.cluster_no, 'in', c.year,
                     CASE WHEN c.chosen THEN '(membership)' ELSE '(a claim not chosen)' END)
    FROM fact_in_use f
    JOIN report r ON r.id = f.report_id
    JOIN membership_claims c ON c.cluster_no = r.cluster_no AND c.year = r.year AND c.province = f.province
    WHERE f.kind = 'member'
    UNION ALL
    SELECT f.report_id, f.fact_no, 1,
           CASE f.kind WHEN 'rate' THEN 'a cluster''s stated rate (bi_cluster_rates)'
                       WHEN 'seizure' THEN 'a seizure (bi_seizures)'
                       ELSE concat_ws(' ', 'the', f.kind, 'of its cluster (leaders)') END
    FROM fact_in_use f
    WHERE f.kind IN ('leader', 'deputy', 'seizure') OR (f.kind = 'rate' AND f.scope = 'cluster')
), best AS (
    SELECT DISTINCT ON (x.report_id, x.fact_no) x.report_id, x.fact_no, x.effect, x.feeds
    FROM feeds x
    ORDER BY x.report_id, x.fact_no, x.effect DESC
)
SELECT row_number() OVER (ORDER BY f.confidence NULLS LAST, coalesce(b.effect, 0) DESC,
                                   f.report_id, f.fact_no)::int AS place,
       f.report_id, f.fact_no, f.kind, f.metric, f.solved, f.total, f.percent, f.value,
       f.province::text AS province, f.confidence, coalesce(b.effect, 0) AS effect,
       coalesce(b.feeds, 'bi_facts only') AS feeds, f.text AS evidence,
       evidence_in_context(r.body, f.span_start, f.span_end, f.text, 60) AS evidence_in_context,
       f.why, r.source_url, r.cluster_no AS report_cluster_no, r.year AS report_year
FROM fact_reviewed f
JOIN report r ON r.id = f.report_id
LEFT JOIN best b ON b.report_id = f.report_id AND b.fact_no = f.fact_no
WHERE f.status = 'unreviewed'
  AND f.kind NOT IN ('event_date', 'location', 'person', 'source')
ORDER BY place;
COMMENT ON VIEW review_queue IS 'unreviewed facts to check, lowest confidence first, then the largest effect on a ranking (4: a chosen figure in conflict ... 0: bi_facts only), with what each feeds and its evidence in context; review() gives the verdict';

REVOKE ALL ON FUNCTION review(bigint, int, text, text, bigint, bigint, numeric) FROM PUBLIC;
REVOKE ALL ON FUNCTION review_stamp() FROM PUBLIC;
REVOKE ALL ON FUNCTION requeue_language(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cue_check() FROM PUBLIC;
REVOKE ALL ON FUNCTION cue_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION store_parsed(bigint[], timestamptz) FROM PUBLIC;
-- parse_report reads the cues users taught with its caller's rights: every
-- role that parses reads them (the words, not who added them)
GRANT SELECT (lang, phrase, role, value) ON cue TO PUBLIC;


-- the updating role gets the rights of 60_privileges on the new objects
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL FUNCTIONS IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
DO $$
BEGIN
    IF pg_catalog.current_setting('server_version_num')::pg_catalog.int4 OPERATOR(pg_catalog.>=) 170000 THEN
        EXECUTE $g$GRANT MAINTAIN ON ALL TABLES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION$g$;
    END IF;
END
$$;



-- Last: nothing the script bound into a view, default, constraint or SQL
-- body is another role's object (one made in the schema while the script
-- ran, when the check at its start could not see it).
DO $$
DECLARE
    bad text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.concat(d.dependent, ' -> ', d.bound_to), '; ') INTO bad
    FROM clusterdata.foreign_dependencies() d;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'clusterdata was bound to objects of another role while it was installed or updated: %', bad
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Another session created functions or operators in schema clusterdata while the script ran; drop them and run it again.';
    END IF;
END
$$;
