-- clusterdata 0.1 -> 0.2: the province type; parse_report returns it, with
-- the scope of each rate and count, location and person facts.
\echo Use "ALTER EXTENSION clusterdata UPDATE TO '0.2'" to load this file. \quit

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
CREATE FUNCTION province_hash(province) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION province_hash_extended(province, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

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

--------------------------------------------------------------------------------
-- parse_report: province typed; scope, location and person facts
--------------------------------------------------------------------------------

DROP FUNCTION parse_report(text, text);
CREATE FUNCTION parse_report(body text, lang text DEFAULT NULL,
    OUT kind text, OUT metric text, OUT solved bigint, OUT total bigint,
    OUT rate solve_rate, OUT percent numeric, OUT qualifier text, OUT value numeric,
    OUT province province, OUT cluster_no int, OUT year int,
    OUT span_start int, OUT span_end int, OUT text text,
    OUT scope text, OUT detail text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION parse_report(text, text) IS 'one row per fact of a report: rates, counts, changes, cluster, members, leader, deputy, period, event date, location, person, source, with character spans';

CREATE FUNCTION yyyymmdd_date(value bigint) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION yyyymmdd_date(bigint) IS 'the date of an event_date fact''s value (yyyymmdd); NULL when the text gave no year or the date does not exist';

CREATE FUNCTION parser_version() RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION parser_version() IS 'version of the parser''s rules and data; reports parsed by an older one are parsed again by parse_pending()';

--------------------------------------------------------------------------------
-- storage: reports and their facts (kept by pg_dump: pg_extension_config_dump)
--------------------------------------------------------------------------------

CREATE TABLE report (
    id              bigserial PRIMARY KEY,
    body            text NOT NULL,
    body_sha256     bytea NOT NULL UNIQUE,
    source_url      text,
    lang            text,
    published       date,
    ingested_at     timestamptz NOT NULL DEFAULT now(),
    parsed_at       timestamptz,
    parser_version  int,
    parse_error     text,
    parse_sqlstate  text
);
COMMENT ON TABLE report IS 'report texts, stored once per content (SHA-256 of the body), with their parse state';
COMMENT ON COLUMN report.parse_error IS 'why the last parse failed; the report is skipped until the parser version changes or it is re-queued';
CREATE INDEX report_pending ON report (id) WHERE parsed_at IS NULL;
CREATE INDEX report_parser_version ON report (parser_version);

CREATE TABLE fact (
    report_id   bigint NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    fact_no     int NOT NULL,
    kind        text NOT NULL,
    metric      text,
    solved      bigint,
    total       bigint,
    rate        solve_rate,
    percent     numeric,
    qualifier   text,
    value       numeric,
    province    province,
    cluster_no  int,
    year        int,
    span_start  int,
    span_end    int,
    text        text,
    scope       text,
    detail      text,
    PRIMARY KEY (report_id, fact_no)
);
COMMENT ON TABLE fact IS 'parse_report() rows of every stored report';
CREATE INDEX fact_kind ON fact (kind, metric);
CREATE INDEX fact_province ON fact (province) WHERE province IS NOT NULL;

-- members users add (is_member) or remove (NOT is_member) for a cluster and year
CREATE TABLE membership_correction (
    cluster_no  int NOT NULL CHECK (cluster_no BETWEEN 1 AND 63),
    year        int NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    province    province NOT NULL,
    is_member   boolean NOT NULL DEFAULT true,
    note        text,
    PRIMARY KEY (cluster_no, year, province)
);
COMMENT ON TABLE membership_correction IS 'corrections to the membership read from reports: add a member (is_member) or remove one (NOT is_member)';

SELECT pg_catalog.pg_extension_config_dump('report', '');
SELECT pg_catalog.pg_extension_config_dump('report_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('fact', '');
SELECT pg_catalog.pg_extension_config_dump('membership_correction', '');

--------------------------------------------------------------------------------
-- ingestion and the parse queue
--------------------------------------------------------------------------------

-- parse one stored report into fact; a failure is recorded on the report, not raised
CREATE FUNCTION parse_stored(report_id bigint) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    r clusterdata.report;
BEGIN
    SELECT * INTO r FROM clusterdata.report WHERE id = report_id;
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
COMMENT ON FUNCTION parse_stored(bigint) IS 'parse one stored report into fact (replacing its facts); false, with the error recorded on the report, when parsing fails';

CREATE FUNCTION ingest(body text, source_url text DEFAULT NULL, published date DEFAULT NULL,
                       lang text DEFAULT NULL, parse boolean DEFAULT true)
RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    h bytea;
    rid bigint;
BEGIN
    IF body IS NULL THEN
        RAISE EXCEPTION 'report body must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    h := sha256(convert_to(body, 'UTF8'));
    INSERT INTO clusterdata.report (body, body_sha256, source_url, published, lang)
    VALUES (body, h, source_url, published, lang)
    ON CONFLICT (body_sha256) DO NOTHING
    RETURNING id INTO rid;
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

CREATE FUNCTION parse_pending(max_reports int DEFAULT 1000) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
DECLARE
    rid bigint;
    n int := 0;
BEGIN
    IF max_reports IS NULL OR max_reports < 1 THEN
        RAISE EXCEPTION 'max_reports must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- rows another session is parsing are skipped, not waited for
    FOR rid IN
        SELECT id FROM clusterdata.report
        WHERE parsed_at IS NULL OR parser_version < clusterdata.parser_version()
        ORDER BY id
        LIMIT max_reports
        FOR UPDATE SKIP LOCKED
    LOOP
        PERFORM clusterdata.parse_stored(rid);
        n := n + 1;
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION parse_pending(int) IS 'parse up to max_reports stored reports not yet parsed (or parsed by an older parser); returns how many; concurrent callers share the queue (SKIP LOCKED)';

CREATE FUNCTION requeue(report_id bigint DEFAULT NULL) RETURNS int
LANGUAGE sql SET search_path = pg_catalog, clusterdata, pg_temp AS $$
    WITH q AS (
        UPDATE clusterdata.report SET parsed_at = NULL, parse_error = NULL, parse_sqlstate = NULL
        WHERE id = requeue.report_id OR (requeue.report_id IS NULL AND parse_error IS NOT NULL)
        RETURNING 1)
    SELECT count(*)::int FROM q
$$;
COMMENT ON FUNCTION requeue(bigint) IS 'queue a report (or, with no argument, every failed one) for parse_pending() again';

-- writing functions are not for everybody
REVOKE ALL ON FUNCTION parse_stored(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest(text, text, date, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION parse_pending(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION requeue(bigint) FROM PUBLIC;

--------------------------------------------------------------------------------
-- what each report is about, membership, member rates
--------------------------------------------------------------------------------

CREATE VIEW report_meta AS
SELECT r.id AS report_id, r.lang, r.source_url, r.published,
       c.cluster_no, p.year, p.metric AS period, e.event_date,
       r.parsed_at, r.parse_error
FROM report r
LEFT JOIN LATERAL (SELECT f.cluster_no FROM fact f
                   WHERE f.report_id = r.id AND f.kind = 'cluster' ORDER BY f.fact_no LIMIT 1) c ON true
LEFT JOIN LATERAL (SELECT f.year, f.metric FROM fact f
                   WHERE f.report_id = r.id AND f.kind = 'period' ORDER BY f.fact_no LIMIT 1) p ON true
LEFT JOIN LATERAL (SELECT clusterdata.yyyymmdd_date(f.value::bigint) AS event_date
                   FROM fact f
                   WHERE f.report_id = r.id AND f.kind = 'event_date'
                     AND clusterdata.yyyymmdd_date(f.value::bigint) IS NOT NULL
                   ORDER BY f.fact_no LIMIT 1) e ON true;
COMMENT ON VIEW report_meta IS 'per report: its cluster, the year and period it reviews, the event date';

CREATE VIEW membership AS
WITH reported AS (
    SELECT m.cluster_no, m.year, f.province, count(DISTINCT f.report_id)::int AS reports
    FROM fact f JOIN report_meta m USING (report_id)
    WHERE f.kind = 'member' AND m.cluster_no IS NOT NULL AND m.year IS NOT NULL
    GROUP BY 1, 2, 3
)
SELECT coalesce(r.cluster_no, c.cluster_no) AS cluster_no, coalesce(r.year, c.year) AS year,
       coalesce(r.province, c.province) AS province,
       coalesce(r.reports, 0) AS reports,
       CASE WHEN c.is_member IS NULL THEN 'report' ELSE 'correction' END AS source
FROM reported r
FULL JOIN membership_correction c
  ON c.cluster_no = r.cluster_no AND c.year = r.year AND c.province = r.province
WHERE coalesce(c.is_member, true);
COMMENT ON VIEW membership IS 'members of each cluster by year: from the reports'' member facts, with membership_correction applied';

-- province-scoped rates, one row per distinct stated fraction (a figure that
-- two reports repeat counts once, with both reports behind it), from the
-- widest period a year has for that province and metric (a full year before
-- nine months, before a half, before a quarter), so no case is counted twice
CREATE VIEW member_rate_facts AS
WITH f AS (
    SELECT m.year, m.period, f.province, f.metric, f.rate, f.percent, f.report_id,
           CASE m.period WHEN 'year' THEN 4 WHEN '9M' THEN 3 WHEN 'H1' THEN 2 ELSE 1 END AS width
    FROM fact f JOIN report_meta m USING (report_id)
    WHERE f.kind = 'rate' AND f.scope = 'province' AND f.province IS NOT NULL
      AND m.year IS NOT NULL
), widest AS (
    SELECT *, max(width) OVER (PARTITION BY year, province, metric) AS best FROM f
)
SELECT year, period, province, metric, rate, min(percent) AS percent,
       array_agg(DISTINCT report_id ORDER BY report_id) AS report_ids
FROM widest WHERE width = best
GROUP BY year, period, province, metric, rate;
COMMENT ON VIEW member_rate_facts IS 'distinct province rates by year, from the widest period reported, with the reports that state them';

CREATE FUNCTION rank_members(cluster_no int, year int, metric text DEFAULT 'criminal',
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
    IF method NOT IN ('rate', 'wilson', 'composite') THEN
        RAISE EXCEPTION 'unknown ranking method "%"', method
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use rate, wilson or composite.';
    END IF;
    IF metric NOT IN ('criminal', 'serious', 'drug', 'economic', 'corruption', 'other') THEN
        RAISE EXCEPTION 'unknown metric "%"', metric
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use criminal, serious, drug, economic, corruption or other.';
    END IF;
    IF method = 'composite' AND (jsonb_typeof(w) <> 'object' OR EXISTS (
            SELECT 1 FROM jsonb_each(w) e
            WHERE jsonb_typeof(e.value) <> 'number' OR e.value::text::float8 < 0)) THEN
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
COMMENT ON FUNCTION rank_members(int, int, text, text, jsonb) IS 'members of a cluster in a year ranked by their pooled solve rate: method rate (point estimate), wilson (lower 95% bound) or composite (weighted Wilson lower bounds over metrics); members without data last, with rank NULL';

CREATE VIEW leaders AS
SELECT m.cluster_no, f.year, f.kind AS role, f.province,
       count(DISTINCT f.report_id)::int AS reports, min(f.report_id) AS first_report
FROM fact f JOIN report_meta m USING (report_id)
WHERE f.kind IN ('leader', 'deputy') AND m.cluster_no IS NOT NULL AND f.year IS NOT NULL
GROUP BY 1, 2, 3, 4;
COMMENT ON VIEW leaders IS 'reported leaders and deputies of each cluster by the year they lead';

CREATE FUNCTION leader_check(cluster_no int, year int, metric text DEFAULT 'criminal',
                             method text DEFAULT 'wilson',
                             OUT best_ranked province, OUT chosen_leader province,
                             OUT agrees boolean)
LANGUAGE sql STABLE PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, clusterdata, pg_temp AS $$
    SELECT b.p, l.p, CASE WHEN b.p IS NOT NULL AND l.p IS NOT NULL THEN b.p = l.p END
    FROM (SELECT (SELECT r.province FROM clusterdata.rank_members($1, $2, $3, $4) r
                  WHERE r.rank = 1 AND NOT r.tied) AS p) b,
         (SELECT (SELECT ld.province FROM clusterdata.leaders ld
                  WHERE ld.cluster_no = $1 AND ld.year = $2 + 1 AND ld.role = 'leader'
                  ORDER BY ld.reports DESC, ld.first_report LIMIT 1) AS p) l
$$;
COMMENT ON FUNCTION leader_check(int, int, text, text) IS 'the member ranked first in a year (no tie) and the leader the cluster chose for the next year, and whether they agree (NULL when either is unknown)';

--------------------------------------------------------------------------------
-- views for BI tools: plain types (text, int, numeric, date, float8, bool)
--------------------------------------------------------------------------------

CREATE VIEW bi_member_rates AS
WITH pooled AS (
    SELECT m.cluster_no, f.year, f.period, f.metric, f.province, sum(f.rate) AS r
    FROM member_rate_facts f
    JOIN membership m ON m.year = f.year AND m.province = f.province
    WHERE f.rate IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5
)
SELECT p.cluster_no, p.year, p.period, p.metric, p.province::text AS province,
       province_code(p.province) AS province_code,
       p.r AS solve_rate, solved(p.r) AS solved, total(p.r) AS total,
       percent(p.r, 2) AS percent,
       round(wilson_lower(p.r)::numeric, 4) AS wilson_lower,
       round(wilson_upper(p.r)::numeric, 4) AS wilson_upper,
       (SELECT count(DISTINCT x)::int
        FROM member_rate_facts g, unnest(g.report_ids) x
        WHERE g.year = p.year AND g.period = p.period AND g.province = p.province
          AND g.metric = p.metric AND g.rate IS NOT NULL) AS reports
FROM pooled p;
COMMENT ON VIEW bi_member_rates IS 'pooled solve rates of cluster members by cluster, year, period and metric (chartable columns; solve_rate kept as its own column)';

CREATE VIEW bi_member_ranking AS
SELECT c.cluster_no, c.year, r.rank, r.province::text AS province, r.period,
       province_code(r.province) AS province_code,
       r.rate AS solve_rate, solved(r.rate) AS solved, total(r.rate) AS total,
       r.percent, round(r.wilson_lower::numeric, 4) AS wilson_lower,
       round(r.wilson_upper::numeric, 4) AS wilson_upper, r.reports, r.tied
FROM (SELECT DISTINCT membership.cluster_no, membership.year FROM membership) c,
     LATERAL rank_members(c.cluster_no, c.year) r;
COMMENT ON VIEW bi_member_ranking IS 'members of every cluster and year ranked by the Wilson lower bound of their pooled criminal-case solve rate';

CREATE VIEW bi_cluster_leaders AS
SELECT cluster_no, year, role, province::text AS province, province_code(province) AS province_code,
       reports
FROM leaders;
COMMENT ON VIEW bi_cluster_leaders IS 'reported cluster leaders and deputies by year of leadership';

CREATE VIEW bi_facts AS
SELECT f.report_id, f.fact_no, f.kind, f.metric, f.solved, f.total, f.rate AS solve_rate, f.percent,
       f.qualifier, f.value, f.province::text AS province, f.cluster_no, f.year, f.scope, f.detail,
       f.span_start, f.span_end, f.text AS evidence,
       regexp_replace(substr(r.body, greatest(f.span_start - 59, 1), least(f.span_start, 60)) || '[['
         || f.text || ']]' || substr(r.body, f.span_end + 1, 60), '\s+', ' ', 'g') AS evidence_in_context,
       r.source_url, m.event_date, m.published
FROM fact f
JOIN report r ON r.id = f.report_id
JOIN report_meta m ON m.report_id = f.report_id;
COMMENT ON VIEW bi_facts IS 'every fact with its evidence, marked [[like this]] in up to 60 characters of context on each side (white space collapsed)';
