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
    why         text,
    PRIMARY KEY (report_id, fact_no)
);
COMMENT ON TABLE fact IS 'parse_report() rows of every stored report';
COMMENT ON COLUMN fact.why IS 'the cues that decided a rate, count or change (parse_report''s why)';
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
