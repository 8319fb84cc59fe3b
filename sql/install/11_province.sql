--------------------------------------------------------------------------------
-- province: the 63 provinces and cities, and the units formed on 2025-07-01
--------------------------------------------------------------------------------

CREATE TYPE province;

CREATE FUNCTION province_in(cstring) RETURNS province
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION province_out(province) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION province_recv(internal) RETURNS province
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION province_send(province) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE province (
    INPUT = province_in,
    OUTPUT = province_out,
    RECEIVE = province_recv,
    SEND = province_send,
    INTERNALLENGTH = 2,
    PASSEDBYVALUE,
    ALIGNMENT = int2,
    STORAGE = plain
);
COMMENT ON TYPE province IS 'a Vietnamese province or centrally governed city (the 63, and the units formed on 2025-07-01); input: any name, alias or ISO 3166-2 code; output: the canonical Vietnamese name';

CREATE FUNCTION try_province(name text) RETURNS province
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION try_province(text) IS 'the province a name means, or NULL when it names none';
CREATE FUNCTION province_code(p province) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION province_code(province) IS 'ISO 3166-2 code (VN-68)';
CREATE FUNCTION province_ascii(p province) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION province_ascii(province) IS 'the name without diacritics (Phu Tho)';
CREATE FUNCTION province_is_city(p province) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION province_is_city(province) IS 'a centrally governed city (thành phố trực thuộc trung ương)';
CREATE FUNCTION successor(p province, on_date date) RETURNS province
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION successor(province, date) IS 'the unit the province belongs to on a date: itself before 2025-07-01, its merged unit from then on';

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

CREATE FUNCTION provinces(
    OUT province province, OUT code text, OUT name_ascii text, OUT kind text,
    OUT unit_from_2025_07_01 province, OUT before_2025 boolean)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 64;
COMMENT ON FUNCTION provinces() IS 'every province value: code, ASCII name, kind (province, city, unit), the unit from 2025-07-01, and whether it existed before';

CREATE FUNCTION province_text(province) RETURNS text
    AS 'MODULE_PATHNAME', 'province_text' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (province AS text) WITH FUNCTION province_text(province) AS ASSIGNMENT;
COMMENT ON CAST (province AS text) IS 'the canonical Vietnamese name';

CREATE FUNCTION province_cmp(province, province) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION province_lt(province, province) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION province_le(province, province) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION province_gt(province, province) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION province_ge(province, province) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION province_eq(province, province) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION province_ne(province, province) RETURNS bool
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
-- a province hashes by its canonical name (hashtext of it), not by the
-- order of the data file, so hash indexes, hash partitions and shards keep
-- their rows when provinces are added
CREATE FUNCTION province_hash(province) RETURNS int
    AS 'MODULE_PATHNAME', 'province_hash_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION province_hash_extended(province, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'province_hash_extended_code' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR < (LEFTARG = province, RIGHTARG = province, PROCEDURE = province_lt,
    COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = province, RIGHTARG = province, PROCEDURE = province_le,
    COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR > (LEFTARG = province, RIGHTARG = province, PROCEDURE = province_gt,
    COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR >= (LEFTARG = province, RIGHTARG = province, PROCEDURE = province_ge,
    COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR = (LEFTARG = province, RIGHTARG = province, PROCEDURE = province_eq,
    COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR <> (LEFTARG = province, RIGHTARG = province, PROCEDURE = province_ne,
    COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);

CREATE OPERATOR CLASS province_ops DEFAULT FOR TYPE province USING btree AS
    OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
    FUNCTION 1 province_cmp(province, province);
CREATE OPERATOR CLASS province_hash_ops DEFAULT FOR TYPE province USING hash AS
    OPERATOR 1 =,
    FUNCTION 1 province_hash(province),
    FUNCTION 2 province_hash_extended(province, bigint);
