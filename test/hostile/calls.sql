-- Every function of the extension (listed from the catalog, so that a
-- function added later is called too) called with ordinary arguments, every
-- argument given with its type, and every view of the extension read, as
-- the role this session runs as.  Errors are allowed (a role may lack the
-- rights); what is checked afterwards is who ran the planted objects.
-- The calls themselves (their arguments are literals and casts) run with the
-- search_path the database owner set (psql variable hostile); the rest of
-- this file with the session's (pg_catalog).
SET client_min_messages = warning;
SELECT set_config('cd.hostile_path', :'hostile', false) IS NOT NULL AS hostile_path_set;
CREATE TEMP TABLE call_normal (argname text, typ regtype, expr text);
INSERT INTO call_normal VALUES
  ('body', NULL, '''Năm 2024, Công an tỉnh Lào Cai khám phá 415/452 vụ, tỷ lệ 91,81%.'''),
  ('lang', NULL, '''vi'''), ('metric', NULL, '''criminal'''), ('method', NULL, '''composite'''),
  ('name', NULL, '''Phú Thọ'''), ('cluster_no', NULL, '2'), ('year', NULL, '2024'),
  ('max_reports', NULL, '10'), ('report_id', NULL, (:'ids'::bigint[])[1]::text),
  ('digits', NULL, '1'), ('confidence', NULL, '0.95'), ('reported', NULL, '89.1'),
  ('on_date', NULL, '''2025-07-01'''), ('value', NULL, '20241216'), ('parse', NULL, 'true'),
  ('period', NULL, '''year'''), ('report_ids', NULL, quote_literal(:'ids')),
  ('queued_only', NULL, 'false'), ('body_sha256', NULL, 'sha256(''abc'')'), ('shard_count', NULL, '4'),
  ('ids', NULL, 'ARRAY[1, 2]'), ('at', NULL, '1'), ('span_start', NULL, '3'), ('span_end', NULL, '7'),
  ('width', NULL, '60'), ('sqlstate', NULL, '''55P03'''), ('retries', NULL, '0'),
  ('weights', NULL, '''{"criminal": 1, "serious": 1}'''), ('p', NULL, '''Lào Cai'''),
  (NULL, 'text', '''x'''), (NULL, 'date', '''2024-12-20'''), (NULL, 'jsonb', '''{}'''),
  (NULL, 'boolean', 'true'), (NULL, 'bigint', '1'), (NULL, 'integer', '1'), (NULL, 'numeric', '1'),
  (NULL, 'double precision', '0.95'), (NULL, 'clusterdata.solve_rate', '''1707/1914'''),
  (NULL, 'clusterdata.province', '''Quảng Nam'''), (NULL, 'bigint[]', 'ARRAY[1]');

CREATE TEMP TABLE call_result (what text, sqlstate text);
DO $$
DECLARE
    f record;
    args text;
    call text;
    n bigint;
BEGIN
    FOR f IN
        SELECT p.oid, p.proname, p.prokind,
               ARRAY(SELECT t::regtype FROM unnest(p.proargtypes) t) AS types,
               p.proargnames[1:p.pronargs] AS names
        FROM pg_proc p
        JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'clusterdata'
        WHERE NOT ('internal'::regtype = ANY (p.proargtypes))
          AND p.proname NOT IN ('distribute')
        ORDER BY p.oid::regprocedure::text
    LOOP
        -- (each argument cast to its type named with its schema: the call
        -- runs with the owner's search_path, where public.text is a domain)
        SELECT string_agg(format('(%s)::%s',
                   coalesce((SELECT c.expr FROM call_normal c WHERE c.argname = f.names[i]),
                            (SELECT c.expr FROM call_normal c WHERE c.typ = f.types[i]),
                            '''1/2'''),
                   (SELECT CASE WHEN e.oid IS NOT NULL
                                THEN format('%I.%I[]', en.nspname, e.typname)
                                ELSE format('%I.%I', tn.nspname, t.typname) END
                    FROM pg_type t JOIN pg_namespace tn ON tn.oid = t.typnamespace
                    LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typlen = -1
                    LEFT JOIN pg_namespace en ON en.oid = e.typnamespace
                    WHERE t.oid = f.types[i])), ', ' ORDER BY i)
        INTO args FROM generate_subscripts(f.types, 1) i;
        call := format('clusterdata.%I(%s)', f.proname, coalesce(args, ''));
        call := CASE f.prokind
                    WHEN 'a' THEN format('SELECT count(*) FROM (SELECT %s FROM generate_series(1, 3)) s', call)
                    WHEN 'p' THEN 'CALL ' || call
                    ELSE format('SELECT count(*) FROM %s', call) END;
        -- (nothing of this block but the call itself under that search_path)
        BEGIN
            PERFORM set_config('search_path', current_setting('cd.hostile_path'), false);
            EXECUTE call;
            PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', false);
            INSERT INTO call_result VALUES (f.oid::regprocedure::text, '00000');
        EXCEPTION WHEN OTHERS THEN
            PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', false);
            INSERT INTO call_result VALUES (f.oid::regprocedure::text, SQLSTATE || coalesce(nullif(current_setting('cd.verbose', true), '') || SQLERRM, ''));
        END;
    END LOOP;
    FOR f IN
        SELECT c.oid::regclass AS v
        FROM pg_class c
        JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'clusterdata'
        WHERE c.relkind IN ('v', 'r')
        ORDER BY 1
    LOOP
        call := format('SELECT count(*) FROM (SELECT * FROM %s) s', f.v);
        BEGIN
            PERFORM set_config('search_path', current_setting('cd.hostile_path'), false);
            EXECUTE call;
            PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', false);
            INSERT INTO call_result VALUES ('read ' || f.v::text, '00000');
        EXCEPTION WHEN OTHERS THEN
            PERFORM pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', false);
            INSERT INTO call_result VALUES ('read ' || f.v::text, SQLSTATE);
        END;
    END LOOP;
END
$$;
SELECT current_user AS caller, sqlstate, count(*) AS calls, min(what) AS example FROM call_result GROUP BY 1, 2 ORDER BY 2;
