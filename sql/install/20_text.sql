--------------------------------------------------------------------------------
-- report text: languages, language detection, the number scanner
--------------------------------------------------------------------------------

CREATE FUNCTION languages(OUT code text, OUT name text, OUT decimal_separator text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE STRICT ROWS 13;
COMMENT ON FUNCTION languages() IS 'the languages detect_language, numbers and parse_report read: ISO 639-1 code, name, decimal separator';

CREATE FUNCTION detect_language(body text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION detect_language(text) IS 'ISO 639-1 code of the report''s language (one of languages()), or NULL when the text is too short or in none of them';

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
    OUT province province, OUT cluster_no int, OUT year int,
    OUT span_start int, OUT span_end int, OUT text text,
    OUT scope text, OUT detail text, OUT why text, OUT confidence numeric)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION parse_report(text, text) IS 'one row per fact of a report: rates, counts, changes, cluster, members, leader, deputy, period, event date, location, person, source, with character spans; why lists the cues that decided a rate, count or change; confidence how much to trust it (fact_confidence)';

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

CREATE FUNCTION yyyymmdd_date(value bigint) RETURNS date
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION yyyymmdd_date(bigint) IS 'the date of an event_date fact''s value (yyyymmdd); NULL when the text gave no year or the date does not exist';

CREATE FUNCTION parser_version() RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION parser_version() IS 'version of the parser''s rules and data; reports parsed by an older one are parsed again by parse_pending()';

-- the evidence of a fact marked in its text: what bi_facts shows.  A report's
-- facts in a row cost their windows (the body is detoasted and indexed once
-- for them), not a scan of the body from its start for each fact.
CREATE FUNCTION evidence_in_context(body text, span_start int, span_end int, evidence text,
                                    width int DEFAULT 60) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION evidence_in_context(text, int, int, text, int) IS 'the evidence [[marked]] between up to width characters of the body before span_start and after span_end (character offsets from 0), each run of white space as one space';

--------------------------------------------------------------------------------
-- reporting periods
--------------------------------------------------------------------------------

-- the calendar dates a reporting period covers
-- (not STRICT, so that a query inlines them: NULL in gives NULL out all the same)
CREATE FUNCTION period_start(year int, period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN period IN ('year', 'H1', '9M', 'Q1') THEN make_date(year, 1, 1)
            WHEN period = 'Q2' THEN make_date(year, 4, 1)
            WHEN period = 'Q3' THEN make_date(year, 7, 1)
            WHEN period = 'Q4' THEN make_date(year, 10, 1) END;
COMMENT ON FUNCTION period_start(int, text) IS 'first day of a reporting period (year, H1, 9M, Q1..Q4) of a year; NULL for another period';
CREATE FUNCTION period_end(year int, period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN period IN ('year', 'Q4') THEN make_date(year, 12, 31)
            WHEN period IN ('H1', 'Q2') THEN make_date(year, 6, 30)
            WHEN period IN ('9M', 'Q3') THEN make_date(year, 9, 30)
            WHEN period = 'Q1' THEN make_date(year, 3, 31) END;
COMMENT ON FUNCTION period_end(int, text) IS 'last day of a reporting period (year, H1, 9M, Q1..Q4) of a year; NULL for another period';
