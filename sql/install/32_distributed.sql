--------------------------------------------------------------------------------
-- the distributed layout (Citus)
--------------------------------------------------------------------------------

-- On Citus, report and fact are hash-distributed by the report id and
-- co-located, so a report's facts sit in its shard and parsing runs there.
-- A unique index on a distributed table must hold the distribution column,
-- so the body hash cannot be unique on its own: the id is derived from the
-- hash instead (every node derives the same id for the same text, without a
-- sequence), and the primary key on it is what dedupes.

-- the id of a report on the distributed layout: the first 63 bits of the
-- SHA-256 of its body
CREATE FUNCTION report_key(body_sha256 bytea) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (('x' || encode(substr(body_sha256, 1, 8), 'hex'))::bit(64)::bigint) & 9223372036854775807;
COMMENT ON FUNCTION report_key(bytea) IS 'the id of a report on the distributed layout: the first 63 bits of its body''s SHA-256';

-- whether the storage is distributed (distribute() was run)
CREATE FUNCTION is_distributed() RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    d boolean;
BEGIN
    IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
        RETURN false;
    END IF;
    EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition WHERE logicalrelid = $1)'
        INTO d USING 'clusterdata.report'::regclass;
    RETURN d;
END
$$;
COMMENT ON FUNCTION is_distributed() IS 'true when report and fact are Citus distributed tables (clusterdata.distribute())';

-- the distributed queue is worked from the coordinator: callers there take
-- turns (an advisory lock), while callers on two nodes would lock the same
-- reports across shards in no common order and deadlock
CREATE FUNCTION queue_on_coordinator(caller text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    coordinator boolean;
BEGIN
    IF NOT clusterdata.is_distributed() THEN
        RETURN;     -- one server: its callers share the queue by row locks
    END IF;
    EXECUTE 'SELECT pg_catalog.citus_is_coordinator()' INTO coordinator;
    IF NOT coordinator THEN
        RAISE EXCEPTION 'on a distributed layout % runs on the coordinator', caller
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'Call it on the coordinator (its batches are parsed on the workers all the same); ingest works on any node.';
    END IF;
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('clusterdata.parse_pending'));
END
$$;
COMMENT ON FUNCTION queue_on_coordinator(text) IS 'on a distributed layout: an error unless on the coordinator, then waits for the turn to work the parse queue (an advisory lock held to the end of the transaction); nothing on one server';

-- turn the storage into Citus tables: report and fact hash-distributed by the
-- report id and co-located, the corrections, reviews and cues as reference tables.  Run once
-- on the coordinator, as a superuser, after CREATE EXTENSION citus and
-- citus_add_node; the workers have clusterdata (Citus propagates it).
-- Stored reports get their ids from report_key(), their facts follow; the
-- statement triggers that tie facts to their report on one server give way
-- to a foreign key between the co-located tables (Citus keeps those, and
-- runs no trigger on a distributed table).
CREATE FUNCTION distribute(shard_count int DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET client_min_messages = warning AS $$
DECLARE
    -- the same changes on every node: the workers' copies of the extension's
    -- tables become the shells of the distributed ones
    ddl constant text := $ddl$
        ALTER TABLE clusterdata.fact DROP CONSTRAINT IF EXISTS fact_report_id_fkey;
        DROP TRIGGER IF EXISTS fact_report_insert ON clusterdata.fact;
        DROP TRIGGER IF EXISTS fact_report_update ON clusterdata.fact;
        DROP TRIGGER IF EXISTS report_delete_facts ON clusterdata.report;
        DROP TRIGGER IF EXISTS report_truncate_facts ON clusterdata.report;
        DROP TRIGGER IF EXISTS report_id_kept ON clusterdata.report;
        ALTER TABLE clusterdata.report ALTER COLUMN id DROP DEFAULT;
        ALTER TABLE clusterdata.report DROP CONSTRAINT IF EXISTS report_body_sha256_key$ddl$;
    nodes int;
    bad text;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
        RAISE EXCEPTION 'clusterdata.distribute() needs the citus extension'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'On the coordinator: CREATE EXTENSION citus, add the workers with citus_add_node(), then call it again.';
    END IF;
    IF clusterdata.is_distributed() THEN
        RAISE NOTICE 'clusterdata is already distributed';
        RETURN 'already distributed';
    END IF;
    IF shard_count IS NOT NULL AND shard_count < 1 THEN
        RAISE EXCEPTION 'shard_count must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE 'SELECT count(*)::int FROM pg_catalog.citus_get_active_worker_nodes()' INTO nodes;
    -- the workers' own tables must be empty: they become shells
    EXECUTE $q$SELECT string_agg(format('%s:%s', nodename, nodeport), ', ')
               FROM pg_catalog.run_command_on_workers(
                   'SELECT (SELECT pg_catalog.count(*) FROM clusterdata.report) OPERATOR(pg_catalog.+) (SELECT pg_catalog.count(*) FROM clusterdata.fact)')
               WHERE NOT success OR result <> '0'$q$ INTO bad;
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'the clusterdata tables of worker % are not empty (or it cannot be reached)', bad
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Reports are ingested on the coordinator before distribute(); empty the workers'' clusterdata.report first.';
    END IF;
    EXECUTE ddl;
    EXECUTE format('SELECT pg_catalog.run_command_on_workers(%L)', ddl);
    -- stored reports take the ids a distributed ingest gives them
    UPDATE clusterdata.fact f SET report_id = clusterdata.report_key(r.body_sha256)
    FROM clusterdata.report r WHERE r.id = f.report_id;
    UPDATE clusterdata.review v SET report_id = clusterdata.report_key(r.body_sha256)
    FROM clusterdata.report r WHERE r.id = v.report_id;
    UPDATE clusterdata.report SET id = clusterdata.report_key(body_sha256);
    IF shard_count IS NULL THEN
        PERFORM pg_catalog.create_distributed_table('clusterdata.report', 'id');
    ELSE
        PERFORM pg_catalog.create_distributed_table('clusterdata.report', 'id', shard_count => shard_count);
    END IF;
    PERFORM pg_catalog.create_distributed_table('clusterdata.fact', 'report_id',
                                                colocate_with => 'clusterdata.report');
    ALTER TABLE clusterdata.fact ADD CONSTRAINT fact_report_id_fkey
        FOREIGN KEY (report_id) REFERENCES clusterdata.report (id) ON DELETE CASCADE;
    PERFORM pg_catalog.create_reference_table('clusterdata.membership_correction');
    PERFORM pg_catalog.create_reference_table('clusterdata.rate_correction');
    -- review and cue keep their triggers (who and when, the cues checked and
    -- read again): Citus copies them to the placements, where they act on
    -- the rows each placement writes
    PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
    PERFORM pg_catalog.create_reference_table('clusterdata.review');
    PERFORM pg_catalog.create_reference_table('clusterdata.cue');
    -- the rows are in the shards now; the coordinator's copies go
    PERFORM pg_catalog.truncate_local_data_after_distributing_table(t)
    FROM unnest(ARRAY['clusterdata.fact', 'clusterdata.report', 'clusterdata.membership_correction',
                      'clusterdata.rate_correction', 'clusterdata.review', 'clusterdata.cue']::regclass[]) t;
    RETURN format('distributed: report and fact by report id, co-located, over %s workers; membership_correction, rate_correction, review and cue as reference tables', nodes);
END
$$;
COMMENT ON FUNCTION distribute(int) IS 'Citus: distribute report and fact by report id (co-located; ids from report_key) and make the correction, review and cue tables reference tables; run once on the coordinator';
