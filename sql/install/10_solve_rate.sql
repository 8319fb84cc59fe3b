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

