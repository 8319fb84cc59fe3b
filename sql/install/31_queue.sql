--------------------------------------------------------------------------------
-- ingestion and the parse queue
--------------------------------------------------------------------------------

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

-- parse one stored report into fact: true when it parsed; false when the
-- report failed (the error is recorded on it and it leaves the queue); NULL
-- when the server failed (is_transient_error): the report is left as it was,
-- queued, with parse_retries counted
CREATE FUNCTION parse_stored(report_id bigint) RETURNS boolean
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
CREATE FUNCTION parse_stored(report_ids bigint[], queued_only boolean DEFAULT false,
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

CREATE FUNCTION ingest(body text, source_url text DEFAULT NULL, published date DEFAULT NULL,
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
CREATE FUNCTION parse_pending(max_reports int DEFAULT 1000) RETURNS int
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

-- requeue in PL/pgSQL: Citus plans no SQL function with parameters over
-- distributed tables
CREATE FUNCTION requeue(report_id bigint DEFAULT NULL) RETURNS int
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

--------------------------------------------------------------------------------
-- scheduled parsing: a procedure that commits each report, and the queue
--------------------------------------------------------------------------------

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
CREATE PROCEDURE parse_queue(max_reports int DEFAULT 1000)
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

CREATE VIEW queue_status AS
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
