/* clusterdata 0.2 -> 0.3 */
\echo Use "ALTER EXTENSION clusterdata UPDATE TO '0.3'" to load this file. \quit

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

-- rank_members: a NULL method or metric is an error (22023), not a silent
-- fallback to the composite method or to no ranking at all (leader_check,
-- which passes them on, inherits the check); weights are checked whatever
-- the method, and a weight that is not a number is a 22023 with its message.
CREATE OR REPLACE FUNCTION rank_members(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson', weights jsonb DEFAULT NULL,
                             OUT rank int, OUT province province, OUT period text, OUT rate solve_rate,
                             OUT percent numeric, OUT wilson_lower float8, OUT wilson_upper float8,
                             OUT score float8, OUT reports int, OUT tied boolean)
RETURNS SETOF record
-- SECURITY DEFINER: a role that may call it reads the pooled figures without
-- rights on the tables behind them (it writes nothing; search_path is pinned)
LANGUAGE plpgsql STABLE PARALLEL SAFE SECURITY DEFINER
SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    w jsonb := coalesce(weights, '{"criminal": 0.5, "serious": 0.3, "drug": 0.2}');
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
    -- (CASE: a weight is cast only once it is known to be a number)
    -- weights are checked whatever the method: the composite score is computed alongside
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
    pooled AS (
        SELECT f.province, f.metric, min(f.period) AS period, sum(f.rate) AS r,
               (SELECT count(DISTINCT x)::int
                FROM clusterdata.member_rate_facts g, unnest(g.report_ids) x
                WHERE g.year = rank_members.year AND g.province = f.province
                  AND g.metric = f.metric AND g.rate IS NOT NULL) AS n
        FROM clusterdata.member_rate_facts f
        WHERE f.year = rank_members.year AND f.rate IS NOT NULL
          AND f.province IN (SELECT members.province FROM members)
        GROUP BY 1, 2
    ),
    main AS (
        SELECT m.province, p.period, p.r, p.n FROM members m
        LEFT JOIN pooled p ON p.province = m.province AND p.metric = rank_members.metric
    ),
    composite AS (
        SELECT m.province,
               sum(coalesce(clusterdata.wilson_lower(p.r), 0) * (w ->> p.metric)::float8)
                 / nullif((SELECT sum(e.value::text::float8) FROM jsonb_each(w) e), 0) AS s,
               count(p.r) AS metrics
        FROM members m
        LEFT JOIN pooled p ON p.province = m.province AND w ? p.metric
        GROUP BY m.province
    ),
    scored AS (
        SELECT main.province, main.period, main.r, coalesce(main.n, 0) AS n,
               CASE method
                   WHEN 'rate' THEN clusterdata.rate(main.r)
                   WHEN 'wilson' THEN clusterdata.wilson_lower(main.r)
                   ELSE CASE WHEN c.metrics > 0 THEN c.s END
               END AS s
        FROM main JOIN composite c USING (province)
    )
    SELECT CASE WHEN sc.s IS NULL THEN NULL
                ELSE (rank() OVER (ORDER BY sc.s DESC NULLS LAST))::int END,
           sc.province, sc.period, sc.r, clusterdata.percent(sc.r, 1),
           clusterdata.wilson_lower(sc.r), clusterdata.wilson_upper(sc.r),
           sc.s, sc.n,
           sc.s IS NOT NULL AND count(*) OVER (PARTITION BY sc.s) > 1
    FROM scored sc
    ORDER BY sc.s DESC NULLS LAST, sc.province;
END
$$;


-- parse_stored locks the report first: a parse_stored of a report that
-- parse_pending() is parsing waited only at its own insert, hit the facts of
-- the other parse and marked the report failed
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
        INSERT INTO clusterdata.fact
        SELECT r.id, f.n::int, f.kind, f.metric, f.solved, f.total, f.rate, f.percent, f.qualifier,
               f.value, f.province, f.cluster_no, f.year, f.span_start, f.span_end, f.text,
               f.scope, f.detail
        FROM clusterdata.parse_report(r.body, r.lang) WITH ORDINALITY AS f(kind, metric, solved, total,
             rate, percent, qualifier, value, province, cluster_no, year, span_start, span_end, text,
             scope, detail, n);
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
