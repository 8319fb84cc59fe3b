-- clusterdata 0.1: emulation-cluster review reports as data.
\echo Use "CREATE EXTENSION clusterdata" to load this file. \quit

-- (Added in 0.5.)  Versions before 0.5 let the role that installs the
-- extension gain a superuser's rights through it: they are kept only to
-- test updates, and only a superuser's session may install them (every
-- older version is installed through this script).
DO $$
BEGIN
    IF NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) session_user) THEN
        RAISE EXCEPTION 'clusterdata versions before 0.5 are not installed for a role that is not a superuser'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'CREATE EXTENSION clusterdata installs the current version.';
    END IF;
END
$$;

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

--------------------------------------------------------------------------------
-- solve_rate: solved / total cases, exact
--------------------------------------------------------------------------------

CREATE TYPE solve_rate;

CREATE FUNCTION solve_rate_in(cstring) RETURNS solve_rate
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION solve_rate_out(solve_rate) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION solve_rate_recv(internal) RETURNS solve_rate
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION solve_rate_send(solve_rate) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE solve_rate (
    INPUT = solve_rate_in,
    OUTPUT = solve_rate_out,
    RECEIVE = solve_rate_recv,
    SEND = solve_rate_send,
    INTERNALLENGTH = 16,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE solve_rate IS 'solved/total cases; exact comparison by rate, ties by total; 0/0 means no cases';

CREATE FUNCTION solve_rate(solved bigint, total bigint) RETURNS solve_rate
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION solve_rate(bigint, bigint) IS 'build a solve_rate from solved and total cases';
CREATE FUNCTION solved(r solve_rate) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION total(r solve_rate) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION rate(r solve_rate) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rate(solve_rate) IS 'solved / total in [0, 1]; NULL for 0/0';
CREATE FUNCTION percent(r solve_rate, digits int DEFAULT 1) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION percent(solve_rate, int) IS '100 * solved / total rounded half up to digits decimals; NULL for 0/0';
CREATE FUNCTION check_percent(r solve_rate, reported numeric) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION check_percent(solve_rate, numeric) IS 'exact, rounded, truncated or mismatch: how a printed percentage relates to solved/total, at its own precision';
CREATE FUNCTION wilson_lower(r solve_rate, confidence float8 DEFAULT 0.95) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wilson_lower(solve_rate, float8) IS 'lower end of the two-sided Wilson score interval of the rate';
CREATE FUNCTION wilson_upper(r solve_rate, confidence float8 DEFAULT 0.95) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wilson_upper(solve_rate, float8) IS 'upper end of the two-sided Wilson score interval of the rate';

-- casts so that BI tools can chart a solve_rate
CREATE FUNCTION solve_rate_numeric(solve_rate) RETURNS numeric
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION solve_rate_float8(solve_rate) RETURNS float8
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (solve_rate AS numeric) WITH FUNCTION solve_rate_numeric(solve_rate);
COMMENT ON CAST (solve_rate AS numeric) IS 'the percentage 100 * solved / total';
CREATE CAST (solve_rate AS float8) WITH FUNCTION solve_rate_float8(solve_rate);
COMMENT ON CAST (solve_rate AS float8) IS 'the rate solved / total';

-- comparison
CREATE FUNCTION solve_rate_cmp(solve_rate, solve_rate) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION solve_rate_lt(solve_rate, solve_rate) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION solve_rate_le(solve_rate, solve_rate) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION solve_rate_gt(solve_rate, solve_rate) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION solve_rate_ge(solve_rate, solve_rate) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION solve_rate_eq(solve_rate, solve_rate) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION solve_rate_ne(solve_rate, solve_rate) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION solve_rate_hash(solve_rate) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION solve_rate_hash_extended(solve_rate, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR < (LEFTARG = solve_rate, RIGHTARG = solve_rate, PROCEDURE = solve_rate_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = solve_rate, RIGHTARG = solve_rate, PROCEDURE = solve_rate_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR > (LEFTARG = solve_rate, RIGHTARG = solve_rate, PROCEDURE = solve_rate_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR >= (LEFTARG = solve_rate, RIGHTARG = solve_rate, PROCEDURE = solve_rate_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR = (LEFTARG = solve_rate, RIGHTARG = solve_rate, PROCEDURE = solve_rate_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR <> (LEFTARG = solve_rate, RIGHTARG = solve_rate, PROCEDURE = solve_rate_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);

CREATE OPERATOR CLASS solve_rate_ops DEFAULT FOR TYPE solve_rate USING btree AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 solve_rate_cmp(solve_rate, solve_rate);
CREATE OPERATOR CLASS solve_rate_hash_ops DEFAULT FOR TYPE solve_rate USING hash AS
    OPERATOR 1 =,
    FUNCTION 1 solve_rate_hash(solve_rate),
    FUNCTION 2 solve_rate_hash_extended(solve_rate, bigint);

-- pooling: + adds both parts
CREATE FUNCTION solve_rate_pl(solve_rate, solve_rate) RETURNS solve_rate
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR + (LEFTARG = solve_rate, RIGHTARG = solve_rate, PROCEDURE = solve_rate_pl,
    COMMUTATOR = +);

CREATE FUNCTION solve_rate_accum(solve_rate, solve_rate) RETURNS solve_rate
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pooled_accum(solve_rate, bigint, bigint) RETURNS solve_rate
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION solve_rate_smaller(solve_rate, solve_rate) RETURNS solve_rate
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION solve_rate_larger(solve_rate, solve_rate) RETURNS solve_rate
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE sum(solve_rate) (
    SFUNC = solve_rate_accum, STYPE = solve_rate,
    COMBINEFUNC = solve_rate_accum, PARALLEL = SAFE);
COMMENT ON AGGREGATE sum(solve_rate) IS 'pooled solve rate: sum of solved over sum of total';
CREATE AGGREGATE pooled(solved bigint, total bigint) (
    SFUNC = pooled_accum, STYPE = solve_rate,
    COMBINEFUNC = solve_rate_accum, PARALLEL = SAFE);
COMMENT ON AGGREGATE pooled(bigint, bigint) IS 'pooled solve rate from solved and total columns';
CREATE AGGREGATE min(solve_rate) (
    SFUNC = solve_rate_smaller, STYPE = solve_rate,
    COMBINEFUNC = solve_rate_smaller, SORTOP = <, PARALLEL = SAFE);
CREATE AGGREGATE max(solve_rate) (
    SFUNC = solve_rate_larger, STYPE = solve_rate,
    COMBINEFUNC = solve_rate_larger, SORTOP = >, PARALLEL = SAFE);

--------------------------------------------------------------------------------
-- report text: language detection and the number scanner
--------------------------------------------------------------------------------

CREATE FUNCTION detect_language(body text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION detect_language(text) IS 'ISO 639-1 code of the report''s language (vi, en, fr, pl, ro, hi, es, de), or NULL when the text is too short or in none of them';

CREATE FUNCTION numbers(body text, lang text DEFAULT NULL,
    OUT kind text, OUT value numeric, OUT value2 numeric, OUT qualifier text,
    OUT unit text, OUT is_change boolean, OUT date date, OUT label text,
    OUT span_start int, OUT span_end int, OUT text text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 50;
COMMENT ON FUNCTION numbers(text, text) IS 'every numeric expression of a report: kind, exact value(s), qualifier, unit, character span';

--------------------------------------------------------------------------------
-- parse_report: report text to fact rows
--------------------------------------------------------------------------------

CREATE FUNCTION parse_report(body text, lang text DEFAULT NULL,
    OUT kind text, OUT metric text, OUT solved bigint, OUT total bigint,
    OUT rate solve_rate, OUT percent numeric, OUT qualifier text, OUT value numeric,
    OUT province text, OUT cluster_no int, OUT year int,
    OUT span_start int, OUT span_end int, OUT text text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION parse_report(text, text) IS 'one row per fact of a report: rates, counts, changes, cluster, members, leader, deputy, period, event date, source, with character spans';
