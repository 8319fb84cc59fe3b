-- clusterdata: emulation-cluster review reports as data.
--
-- This is the install script of the newest version.  The Makefile assembles
-- it from sql/install/*.sql in name order, one file per concern:
--   00_header       the database and the schema it is installed into
--   10_solve_rate   the solve_rate type, its operators and aggregates
--   11_province     the province type
--   20_text         language detection, the number scanner, parse_report
--   30_storage      the tables of reports, facts and corrections
--   31_queue        ingesting and the parse queue
--   32_distributed  the Citus layout
--   33_review       verdicts on facts, and the facts that count
--   34_cue          cue words taught from SQL
--   40_ranking      membership, the chosen figures, rankings, leaders
--   45_review_queue which facts to check first
--   50_bi           views for BI tools
--   60_privileges   who may run and read what
-- Edit those files; upgrade scripts (sql/clusterdata--A--B.sql) are written
-- by hand as deltas, and sql/upgrade.sql checks that an updated database
-- equals a fresh one.
--
-- Names: every function of the extension runs with search_path =
-- pg_catalog, pg_temp and names the extension's own objects with their
-- schema (clusterdata.x, OPERATOR(clusterdata.=)); calls to the extension's
-- functions pass every argument with its exact type.  The schema belongs to
-- the role that installs the extension (it is trusted), so nothing that
-- role may put there is ever picked up by the extension's code.
\echo Use "CREATE EXTENSION clusterdata" to load this file. \quit

-- report text is UTF-8: in a database of another encoding the extension is
-- refused
DO $$
BEGIN
    IF pg_catalog.current_setting('server_encoding') OPERATOR(pg_catalog.<>) 'UTF8'::text THEN
        RAISE EXCEPTION 'clusterdata needs a UTF8 database; this one is %',
            pg_catalog.current_setting('server_encoding')
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Create the database with ENCODING ''UTF8'' (initdb and pg_virtualenv take it from a UTF-8 locale such as C.UTF-8).';
    END IF;
END
$$;

-- While this script runs, names resolve through the schema clusterdata
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
