--------------------------------------------------------------------------------
-- review: an analyst's verdicts on facts, kept across re-parsing
--------------------------------------------------------------------------------

-- What a fact says, as text: with its kind, evidence span and evidence text
-- it is the fact's identity in its report, which a verdict is tied to (not
-- to fact_no, which a newer parser may number differently).
CREATE FUNCTION fact_key(kind text, metric text, solved bigint, total bigint, percent numeric,
                         value numeric, province province, cluster_no int, year int)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN pg_catalog.concat_ws('|', kind, metric, solved, total, percent, value, province, cluster_no, year);
COMMENT ON FUNCTION fact_key(text, text, bigint, bigint, numeric, numeric, province, int, int) IS 'what a fact says (kind, metric, solved, total, percent, value, province, cluster, year) as one text: with its report, evidence span and text, the identity a review verdict is tied to';

-- One verdict per fact identity (the latest), with who gave it and when (set
-- by review_stamp, whatever the writer says).  No foreign key to report: a
-- verdict outlives a re-parse that drops its fact, and on Citus the table is
-- a reference table beside the distributed facts.
CREATE TABLE review (
    report_id   bigint NOT NULL,
    kind        text NOT NULL,
    span_start  int NOT NULL,
    span_end    int NOT NULL,
    evidence    text NOT NULL,
    fact_key    text NOT NULL,
    verdict     text NOT NULL CHECK (verdict IN ('accept', 'reject', 'correct')),
    solved      bigint CHECK (solved >= 0),
    total       bigint CHECK (total > 0 AND total >= solved),
    value       numeric,
    note        text,
    reviewed_by text NOT NULL DEFAULT current_user,
    reviewed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (report_id, kind, span_start, span_end, fact_key),
    -- a corrected value only with the verdict correct; a rate's as solved and total
    CONSTRAINT review_correction CHECK (
        (verdict = 'correct') = (solved IS NOT NULL OR value IS NOT NULL)
        AND (solved IS NULL) = (total IS NULL) AND NOT (solved IS NOT NULL AND value IS NOT NULL))
);
COMMENT ON TABLE review IS 'verdicts on facts (accept, reject, correct with a value), tied to the fact''s identity in its report (kind, evidence span and text, fact_key), so that they survive requeue() and a newer parser; who gave each and when';

-- who and when are the writer's and the server's, not what a row says,
-- unless the writer acts for the schema's owner (who restores a dump keeps
-- who and when)
CREATE FUNCTION review_stamp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- the roles of the schema's owner keep what they write (a dump restored)
    IF NOT pg_has_role((SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'clusterdata'), 'MEMBER') THEN
        NEW.reviewed_by := current_user;
        NEW.reviewed_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION review_stamp() IS 'trigger: a review row says who wrote it (current_user) and when (now()), whatever the writer put there, unless the writer acts for the schema''s owner (a dump restored)';
CREATE TRIGGER review_stamp BEFORE INSERT OR UPDATE ON review
    FOR EACH ROW EXECUTE FUNCTION review_stamp();

SELECT pg_catalog.pg_extension_config_dump('review', '');

-- Every fact with its review: status unreviewed, accepted, rejected or
-- corrected; a corrected rate or count carries the corrected figure (rate,
-- solved, total, percent, value) and the stated one beside it.  (The
-- identity's last part, fact_key, is compared only where report, kind and
-- span already match: IS TRUE keeps it out of the hash keys, so the key is
-- computed for the facts of reviewed spans only.)
CREATE VIEW fact_reviewed AS
SELECT f.report_id, f.fact_no, f.kind, f.metric,
       CASE WHEN v.solved IS NOT NULL THEN v.solved ELSE f.solved END AS solved,
       CASE WHEN v.solved IS NOT NULL THEN v.total ELSE f.total END AS total,
       CASE WHEN v.solved IS NOT NULL THEN solve_rate(v.solved, v.total) ELSE f.rate END AS rate,
       CASE WHEN v.solved IS NOT NULL THEN percent(solve_rate(v.solved, v.total), 2) ELSE f.percent END
         AS percent,
       f.qualifier,
       CASE WHEN v.value IS NOT NULL THEN v.value ELSE f.value END AS value,
       f.province, f.cluster_no, f.year, f.span_start, f.span_end, f.text, f.scope, f.detail, f.why,
       fact_confidence(f.kind, f.metric, f.why, f.qualifier, f.scope, f.percent IS NOT NULL,
                       f.solved IS NOT NULL AND f.total IS NOT NULL) AS confidence,
       CASE v.verdict WHEN 'accept' THEN 'accepted' WHEN 'reject' THEN 'rejected'
                      WHEN 'correct' THEN 'corrected' ELSE 'unreviewed' END AS status,
       f.solved AS stated_solved, f.total AS stated_total, f.percent AS stated_percent,
       f.value AS stated_value, v.note AS review_note, v.reviewed_by, v.reviewed_at
FROM fact f
LEFT JOIN review v
  ON v.report_id = f.report_id AND v.kind = f.kind AND v.span_start = f.span_start
 AND v.span_end = f.span_end AND v.evidence = f.text
 AND (v.fact_key = fact_key(f.kind, f.metric, f.solved, f.total, f.percent, f.value, f.province,
                            f.cluster_no, f.year)) IS TRUE;
COMMENT ON VIEW fact_reviewed IS 'every fact with its review status (unreviewed, accepted, rejected, corrected); a corrected rate or count shows the corrected figure, with the stated one in stated_*';

-- the facts that count: every fact but the rejected ones, corrected figures
-- in place (membership, the chosen figures, rankings, leaders and the BI
-- views read these)
CREATE VIEW fact_in_use AS
SELECT * FROM fact_reviewed WHERE status <> 'rejected';
COMMENT ON VIEW fact_in_use IS 'the facts membership, figures, rankings, leaders and BI views use: all but the rejected ones, with corrected figures in place';

-- verdicts whose fact a re-parse no longer gives: listed, never lost.
-- (The facts and reports that match are found first, each a join of the
-- distributed table with the reviews, so that Citus plans it too.)
CREATE VIEW review_unmatched AS
WITH matched AS MATERIALIZED (
    SELECT v.report_id, v.kind, v.span_start, v.span_end, v.fact_key
    FROM review v
    JOIN fact f ON f.report_id = v.report_id AND f.kind = v.kind AND f.span_start = v.span_start
                AND f.span_end = v.span_end AND f.text = v.evidence
    WHERE fact_key(f.kind, f.metric, f.solved, f.total, f.percent, f.value, f.province,
                   f.cluster_no, f.year) = v.fact_key
), present AS MATERIALIZED (
    SELECT DISTINCT r.id FROM report r JOIN review v ON v.report_id = r.id
)
SELECT v.*, p.id IS NULL AS report_gone
FROM review v
LEFT JOIN present p ON p.id = v.report_id
WHERE NOT EXISTS (SELECT FROM matched m
                  WHERE m.report_id = v.report_id AND m.kind = v.kind AND m.span_start = v.span_start
                    AND m.span_end = v.span_end AND m.fact_key = v.fact_key);
COMMENT ON VIEW review_unmatched IS 'verdicts whose fact the report''s current parse no longer gives (or whose report is gone): kept, to be looked at again';

-- Give a verdict on fact fact_no of a report: accept, reject, or correct
-- (with solved and total for a rate, value for a count, seizure or change).
-- Stored against the fact's identity; a second verdict on the same fact
-- replaces the first.  Runs with its caller's rights: it needs SELECT on
-- fact and INSERT, UPDATE on review.
CREATE FUNCTION review(report_id bigint, fact_no int, verdict text, note text DEFAULT NULL,
                       solved bigint DEFAULT NULL, total bigint DEFAULT NULL,
                       value numeric DEFAULT NULL)
RETURNS clusterdata.review
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    f clusterdata.fact;
    v clusterdata.review;
    -- (values, not calls, in the upsert: Citus takes no stable function there)
    who text := current_user;
    stamp timestamptz := now();
BEGIN
    IF review.verdict IS NULL OR review.verdict NOT IN ('accept', 'reject', 'correct') THEN
        RAISE EXCEPTION 'unknown verdict "%"', coalesce(review.verdict, 'NULL')
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use accept, reject or correct.';
    END IF;
    SELECT * INTO f FROM clusterdata.fact x WHERE x.report_id = review.report_id AND x.fact_no = review.fact_no;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'report % has no fact %', coalesce(review.report_id::text, 'NULL'),
                        coalesce(review.fact_no::text, 'NULL')
            USING ERRCODE = 'no_data_found';
    END IF;
    IF review.verdict = 'correct' THEN
        IF f.kind = 'rate' THEN
            IF review.solved IS NULL OR review.total IS NULL OR review.value IS NOT NULL THEN
                RAISE EXCEPTION 'a corrected rate needs solved and total (and no value)'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF review.total <= 0 OR review.solved < 0 OR review.solved > review.total THEN
                RAISE EXCEPTION 'a rate needs 0 <= solved <= total and total > 0 (got %/%)',
                                review.solved, review.total
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        ELSIF f.kind IN ('count', 'seizure', 'change') THEN
            IF review.value IS NULL OR review.solved IS NOT NULL OR review.total IS NOT NULL THEN
                RAISE EXCEPTION 'a corrected % needs value (and no solved or total)', f.kind
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
        ELSE
            RAISE EXCEPTION 'a % fact takes no corrected value: accept or reject it', f.kind
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Correct members with membership_correction.';
        END IF;
    ELSIF review.solved IS NOT NULL OR review.total IS NOT NULL OR review.value IS NOT NULL THEN
        RAISE EXCEPTION 'a corrected value needs the verdict correct'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO clusterdata.review AS r (report_id, kind, span_start, span_end, evidence, fact_key,
                                         verdict, solved, total, value, note)
    VALUES (f.report_id, f.kind, f.span_start, f.span_end, f.text,
            clusterdata.fact_key(f.kind, f.metric, f.solved, f.total, f.percent, f.value, f.province,
                                 f.cluster_no, f.year),
            review.verdict, review.solved, review.total, review.value, review.note)
    ON CONFLICT ON CONSTRAINT review_pkey DO UPDATE
    SET evidence = excluded.evidence, verdict = excluded.verdict, solved = excluded.solved,
        total = excluded.total, value = excluded.value, note = excluded.note,
        reviewed_by = who, reviewed_at = stamp
    RETURNING * INTO v;
    RETURN v;
END
$$;
COMMENT ON FUNCTION review(bigint, int, text, text, bigint, bigint, numeric) IS 'give a verdict on a fact: accept, reject, or correct (solved and total for a rate, value for a count, seizure or change); kept against the fact''s identity, so it survives re-parsing';
