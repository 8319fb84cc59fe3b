--------------------------------------------------------------------------------
-- storage: reports, their facts, and the corrections users make
-- (kept by pg_dump: pg_extension_config_dump)
--------------------------------------------------------------------------------

CREATE TABLE report (
    id              bigserial PRIMARY KEY,
    body            text NOT NULL,
    body_sha256     bytea NOT NULL UNIQUE,
    source_url      text,
    lang            text,
    published       date,
    -- each report its own time, also within one transaction: ties between
    -- figures and between leaders go by it (on the distributed layout ids
    -- follow no order)
    ingested_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    parsed_at       timestamptz,
    parser_version  int,
    parse_error     text,
    parse_sqlstate  text,
    -- what the report is about, kept when it is parsed, so that report_meta
    -- and every view over it read one row per report
    cluster_no      int,
    year            int,
    period          text,
    event_date      date,
    parse_retries   int NOT NULL DEFAULT 0 CHECK (parse_retries >= 0)
);
COMMENT ON TABLE report IS 'report texts, stored once per content (SHA-256 of the body), with their parse state';
COMMENT ON COLUMN report.parse_error IS 'why the last parse failed; the report is skipped until the parser version changes or it is re-queued';
COMMENT ON COLUMN report.cluster_no IS 'the cluster the report is about (its first cluster fact), set by parse_stored';
COMMENT ON COLUMN report.year IS 'the year it reviews (its first period fact), set by parse_stored';
COMMENT ON COLUMN report.period IS 'the period it reviews: year, 9M, H1, Q1..Q4, or NULL (its first period fact), set by parse_stored';
COMMENT ON COLUMN report.event_date IS 'the date of the conference (its first valid event_date fact), set by parse_stored';
COMMENT ON COLUMN report.parse_retries IS 'parses that met an error of the server rather than of the report (lock timeout, deadlock, serialization failure, out of memory) since the last parse; such a report stays queued';
CREATE INDEX report_pending ON report (id) WHERE parsed_at IS NULL;
CREATE INDEX report_parser_version ON report (parser_version);

CREATE TABLE fact (
    -- the report's id: what a foreign key to report (ON DELETE CASCADE)
    -- would keep, kept by the triggers below, once per statement
    report_id   bigint NOT NULL,
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
    why         text,
    PRIMARY KEY (report_id, fact_no)
);
COMMENT ON TABLE fact IS 'parse_report() rows of every stored report';
COMMENT ON COLUMN fact.why IS 'the cues that decided a rate, count or change (parse_report''s why)';
-- the kinds the views and the queue look up; the bulk kinds (counts, rates,
-- changes: most of the facts) are read whole, and their rows would only
-- make every insert slower
CREATE INDEX fact_kind ON fact (kind, metric) WHERE kind NOT IN ('count', 'rate', 'change');
CREATE INDEX fact_province ON fact (province) WHERE province IS NOT NULL;

-- No fact without its report.  A foreign key checks each fact row on its own
-- (a query per row: a quarter of parse_pending's time); these triggers do
-- the same once per statement, over the rows the statement wrote (transition
-- tables).  Written facts lock their reports as a foreign key would (FOR KEY
-- SHARE), so a report deleted at the same time waits for them, then deletes
-- them; a report already gone is an error (23503, as a foreign key gives).
-- When the schema owner's roles write facts while there is no report at
-- all, a dump is being restored (pg_dump writes fact's rows before
-- report's; it orders tables by their foreign keys only): they are taken.
-- The functions run with the writer's rights (none is SECURITY DEFINER).
CREATE FUNCTION fact_report_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ids bigint[];
    wanted int;
    locked int;
    missing bigint;
BEGIN
    ids := ARRAY(SELECT DISTINCT n.report_id FROM new_facts n);
    wanted := cardinality(ids);
    IF wanted = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM FROM clusterdata.report r WHERE r.id = ANY (ids) FOR KEY SHARE OF r;
    GET DIAGNOSTICS locked = ROW_COUNT;
    IF locked < wanted THEN
        IF NOT EXISTS (SELECT FROM clusterdata.report)
           AND pg_has_role((SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'clusterdata'), 'MEMBER') THEN
            RETURN NULL;
        END IF;
        SELECT n.report_id INTO missing FROM new_facts n
        WHERE NOT EXISTS (SELECT FROM clusterdata.report r WHERE r.id = n.report_id) LIMIT 1;
        RAISE EXCEPTION 'insert or update on table "fact" violates its report: no report with id %', missing
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = format('%s of the %s reports the facts name are not stored.', wanted - locked, wanted);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION fact_report_check() IS 'trigger: the facts a statement wrote name stored reports, which are locked as a foreign key would (FOR KEY SHARE); else 23503';
CREATE TRIGGER fact_report_insert AFTER INSERT ON fact REFERENCING NEW TABLE AS new_facts
    FOR EACH STATEMENT EXECUTE FUNCTION fact_report_check();
CREATE TRIGGER fact_report_update AFTER UPDATE ON fact REFERENCING NEW TABLE AS new_facts
    FOR EACH STATEMENT EXECUTE FUNCTION fact_report_check();

-- deleting reports deletes their facts (ON DELETE CASCADE), once per statement
CREATE FUNCTION report_delete_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM clusterdata.fact f USING gone_reports g WHERE f.report_id = g.id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION report_delete_facts() IS 'trigger: the facts of the reports a statement deleted are deleted with them';
CREATE TRIGGER report_delete_facts AFTER DELETE ON report REFERENCING OLD TABLE AS gone_reports
    FOR EACH STATEMENT EXECUTE FUNCTION report_delete_facts();

-- emptying report empties fact (TRUNCATE report [CASCADE] leaves no fact behind)
CREATE FUNCTION report_truncate_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    TRUNCATE clusterdata.fact;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION report_truncate_facts() IS 'trigger: TRUNCATE report empties fact too';
CREATE TRIGGER report_truncate_facts AFTER TRUNCATE ON report
    FOR EACH STATEMENT EXECUTE FUNCTION report_truncate_facts();

-- a report's id does not change while facts name it (a foreign key's NO ACTION)
CREATE FUNCTION report_id_kept() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT FROM clusterdata.fact f WHERE f.report_id = OLD.id) THEN
        RAISE EXCEPTION 'update on table "report" would leave facts without their report %', OLD.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION report_id_kept() IS 'trigger: a report''s id does not change while facts name it (23503)';
CREATE TRIGGER report_id_kept BEFORE UPDATE OF id ON report
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION report_id_kept();

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

-- figures users enter to settle a member's rate: they win over every report
CREATE TABLE rate_correction (
    year        int NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    period      text NOT NULL DEFAULT 'year' CHECK (period IN ('year', '9M', 'H1', 'Q1', 'Q2', 'Q3', 'Q4')),
    province    province NOT NULL,
    metric      text NOT NULL DEFAULT 'criminal'
                CHECK (metric IN ('criminal', 'serious', 'drug', 'economic', 'corruption', 'other')),
    solved      bigint NOT NULL CHECK (solved >= 0),
    total       bigint NOT NULL CHECK (total > 0 AND total >= solved),
    note        text,
    PRIMARY KEY (year, period, province, metric)
);
COMMENT ON TABLE rate_correction IS 'a member''s rate as the user settles it, for a year, period and metric: chosen before any report''s figure';

SELECT pg_catalog.pg_extension_config_dump('report', '');
SELECT pg_catalog.pg_extension_config_dump('report_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('fact', '');
SELECT pg_catalog.pg_extension_config_dump('membership_correction', '');
SELECT pg_catalog.pg_extension_config_dump('rate_correction', '');
