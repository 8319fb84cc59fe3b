--------------------------------------------------------------------------------
-- privileges
--------------------------------------------------------------------------------

-- No function of the extension runs with more rights than its caller (none
-- is SECURITY DEFINER): what a role may read or write is what its grants on
-- the tables and views say.  A view reads the tables behind it with its
-- owner's rights, so a BI role needs only SELECT on the views it reads
-- (rank_members: membership and member_scores; leader_check: leaders too).

-- What the extension's views, column defaults, constraints, indexes and SQL
-- bodies are bound to (pg_depend) that is neither PostgreSQL's own
-- (pg_catalog) nor the extension's (a member owned by a superuser; an array
-- or row type of one; an index of one of its tables): an object another
-- role made, bound while a script ran.  Every install and update script
-- ends by checking that there is none.
CREATE FUNCTION foreign_dependencies(OUT dependent text, OUT bound_to text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    WITH members AS (
        SELECT d.classid, d.objid
        FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
        WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e' AND e.extname = 'clusterdata'
    ), relations AS (
        SELECT m.objid AS oid FROM members m WHERE m.classid = 'pg_class'::regclass
    ), dependents AS (
        SELECT m.classid, m.objid FROM members m
        UNION ALL
        SELECT 'pg_rewrite'::regclass, w.oid FROM pg_rewrite w WHERE w.ev_class IN (SELECT oid FROM relations)
        UNION ALL
        SELECT 'pg_attrdef'::regclass, a.oid FROM pg_attrdef a WHERE a.adrelid IN (SELECT oid FROM relations)
        UNION ALL
        SELECT 'pg_constraint'::regclass, c.oid FROM pg_constraint c WHERE c.conrelid IN (SELECT oid FROM relations)
        UNION ALL
        SELECT 'pg_class'::regclass, i.indexrelid FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM relations)
    ), refs AS (
        SELECT DISTINCT d.classid, d.objid, d.refclassid, d.refobjid
        FROM pg_depend d JOIN dependents x ON x.classid = d.classid AND x.objid = d.objid
        WHERE d.refclassid IN ('pg_proc'::regclass, 'pg_operator'::regclass, 'pg_type'::regclass,
                               'pg_collation'::regclass, 'pg_class'::regclass, 'pg_opclass'::regclass,
                               'pg_opfamily'::regclass)
    ), described AS (
        SELECT r.*,
               CASE r.refclassid
                   WHEN 'pg_proc'::regclass THEN (SELECT p.pronamespace FROM pg_proc p WHERE p.oid = r.refobjid)
                   WHEN 'pg_operator'::regclass THEN (SELECT o.oprnamespace FROM pg_operator o WHERE o.oid = r.refobjid)
                   WHEN 'pg_type'::regclass THEN (SELECT t.typnamespace FROM pg_type t WHERE t.oid = r.refobjid)
                   WHEN 'pg_collation'::regclass THEN (SELECT c.collnamespace FROM pg_collation c WHERE c.oid = r.refobjid)
                   WHEN 'pg_class'::regclass THEN (SELECT c.relnamespace FROM pg_class c WHERE c.oid = r.refobjid)
                   WHEN 'pg_opclass'::regclass THEN (SELECT c.opcnamespace FROM pg_opclass c WHERE c.oid = r.refobjid)
                   WHEN 'pg_opfamily'::regclass THEN (SELECT f.opfnamespace FROM pg_opfamily f WHERE f.oid = r.refobjid)
               END AS ns,
               CASE r.refclassid
                   WHEN 'pg_proc'::regclass THEN (SELECT p.proowner FROM pg_proc p WHERE p.oid = r.refobjid)
                   WHEN 'pg_operator'::regclass THEN (SELECT o.oprowner FROM pg_operator o WHERE o.oid = r.refobjid)
                   WHEN 'pg_type'::regclass THEN (SELECT t.typowner FROM pg_type t WHERE t.oid = r.refobjid)
                   WHEN 'pg_collation'::regclass THEN (SELECT c.collowner FROM pg_collation c WHERE c.oid = r.refobjid)
                   WHEN 'pg_class'::regclass THEN (SELECT c.relowner FROM pg_class c WHERE c.oid = r.refobjid)
                   WHEN 'pg_opclass'::regclass THEN (SELECT c.opcowner FROM pg_opclass c WHERE c.oid = r.refobjid)
                   WHEN 'pg_opfamily'::regclass THEN (SELECT f.opfowner FROM pg_opfamily f WHERE f.oid = r.refobjid)
               END AS owner
        FROM refs r
    ), own AS (
        -- the extension's own: members owned by a superuser
        SELECT m.classid, m.objid FROM members m
        WHERE (SELECT r.rolsuper FROM pg_roles r WHERE r.oid = CASE m.classid
                   WHEN 'pg_proc'::regclass THEN (SELECT p.proowner FROM pg_proc p WHERE p.oid = m.objid)
                   WHEN 'pg_operator'::regclass THEN (SELECT o.oprowner FROM pg_operator o WHERE o.oid = m.objid)
                   WHEN 'pg_type'::regclass THEN (SELECT t.typowner FROM pg_type t WHERE t.oid = m.objid)
                   WHEN 'pg_class'::regclass THEN (SELECT c.relowner FROM pg_class c WHERE c.oid = m.objid)
                   WHEN 'pg_opclass'::regclass THEN (SELECT c.opcowner FROM pg_opclass c WHERE c.oid = m.objid)
                   WHEN 'pg_opfamily'::regclass THEN (SELECT f.opfowner FROM pg_opfamily f WHERE f.oid = m.objid)
               END)
    )
    SELECT pg_describe_object(d.classid, d.objid, 0), pg_describe_object(d.refclassid, d.refobjid, 0)
    FROM described d
    WHERE d.ns IS DISTINCT FROM 'pg_catalog'::regnamespace
      AND NOT EXISTS (SELECT FROM own o WHERE o.classid = d.refclassid AND o.objid = d.refobjid)
      -- an array or row type of the extension's own
      AND NOT (d.refclassid = 'pg_type'::regclass AND EXISTS (
              SELECT FROM pg_type t
              JOIN own o ON (o.classid = 'pg_type'::regclass AND o.objid = t.typelem)
                         OR (o.classid = 'pg_class'::regclass AND o.objid = t.typrelid)
              WHERE t.oid = d.refobjid AND t.typowner = d.owner))
      -- an index of one of its tables
      AND NOT (d.refclassid = 'pg_class'::regclass AND EXISTS (
              SELECT FROM pg_index i JOIN own o ON o.classid = 'pg_class'::regclass AND o.objid = i.indrelid
              WHERE i.indexrelid = d.refobjid))
    ORDER BY 1, 2
$$;
COMMENT ON FUNCTION foreign_dependencies() IS 'objects the extension''s views, defaults, constraints and SQL bodies are bound to that are neither pg_catalog''s nor the extension''s own: none, or an install or update was tampered with';

-- writing functions are not for everybody
REVOKE ALL ON FUNCTION parse_stored(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION parse_stored(bigint[], boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION ingest(text, text, date, text, boolean) FROM PUBLIC;
REVOKE ALL ON FUNCTION parse_pending(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION store_parsed(bigint[], timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION requeue(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION review(bigint, int, text, text, bigint, bigint, numeric) FROM PUBLIC;
REVOKE ALL ON FUNCTION review_stamp() FROM PUBLIC;
REVOKE ALL ON FUNCTION requeue_language(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION cue_check() FROM PUBLIC;
REVOKE ALL ON FUNCTION cue_changed() FROM PUBLIC;
-- parse_report reads the cues users taught with its caller's rights: every
-- role that parses reads them (the words, not who added them)
GRANT SELECT (lang, phrase, role, value) ON cue TO PUBLIC;
REVOKE ALL ON PROCEDURE parse_queue(int) FROM PUBLIC;
REVOKE ALL ON FUNCTION queue_on_coordinator(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION distribute(int) FROM PUBLIC;

-- clusterdata is trusted: a role with CREATE on the database creates it, and
-- the script runs as the bootstrap superuser, who then owns every object.
-- The role that creates (or updates) the extension gets the rights it needs
-- on them, with the right to grant them on: it ingests, parses, ranks,
-- corrects, reads the views and grants them to its BI and loader roles.  Not
-- TRIGGER (a trigger runs as whoever writes the table next, a superuser's
-- scheduled job say) nor REFERENCES (a foreign key of its own could hold
-- rows of the extension's tables back).  (Last in the script, so that it
-- covers every object.)
GRANT USAGE ON SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL SEQUENCES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL FUNCTIONS IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
GRANT ALL ON ALL PROCEDURES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION;
-- PostgreSQL 17 and later have MAINTAIN (VACUUM, ANALYZE, REINDEX, ...):
-- the creating role may keep its tables in shape
DO $$
BEGIN
    IF pg_catalog.current_setting('server_version_num')::pg_catalog.int4 OPERATOR(pg_catalog.>=) 170000 THEN
        EXECUTE $g$GRANT MAINTAIN ON ALL TABLES IN SCHEMA clusterdata TO @extowner@ WITH GRANT OPTION$g$;
    END IF;
END
$$;

-- Last: nothing the script bound into a view, default, constraint or SQL
-- body is another role's object (one made in the schema while the script
-- ran, when the check at its start could not see it).
DO $$
DECLARE
    bad text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.concat(d.dependent, ' -> ', d.bound_to), '; ') INTO bad
    FROM clusterdata.foreign_dependencies() d;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'clusterdata was bound to objects of another role while it was installed or updated: %', bad
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Another session created functions or operators in schema clusterdata while the script ran; drop them and run it again.';
    END IF;
END
$$;
