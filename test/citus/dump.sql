-- Everything a user reads from the storage, as sorted text lines, with report
-- ids replaced by the reports' source_url (ids are sequential on one server
-- and derived from the body hash on Citus) and times left out: one server and
-- the Citus cluster must print the same lines.  The rows are first copied to
-- temporary tables, then written out.
\set ON_ERROR_STOP 1
\pset tuples_only on
\pset format unaligned
SET client_min_messages = warning;
CREATE TEMP TABLE urls AS SELECT id, source_url FROM clusterdata.report;
-- (looked up once per row below: by the index, not by reading every report)
CREATE INDEX ON urls (id);
ANALYZE urls;
CREATE TEMP TABLE d (what text, j jsonb);
INSERT INTO d SELECT 'report', to_jsonb(r) - 'body' FROM clusterdata.report r;
INSERT INTO d SELECT 'fact', to_jsonb(f) FROM clusterdata.fact f;
INSERT INTO d SELECT 'review', to_jsonb(v) FROM clusterdata.review v;
INSERT INTO d SELECT 'cue', to_jsonb(c) FROM clusterdata.cue c;
-- every view of the extension, whole (a new view is compared too)
SELECT format('INSERT INTO d SELECT %L, to_jsonb(v) FROM clusterdata.%I v', viewname, viewname)
FROM pg_catalog.pg_views WHERE schemaname = 'clusterdata' ORDER BY viewname
\gexec
-- every ranking and leader check the data holds
CREATE TEMP TABLE cy AS SELECT DISTINCT cluster_no, year FROM clusterdata.membership;
INSERT INTO d
SELECT format('rank_members %s %s %s %s %s', cy.cluster_no, cy.year, m.method, x.metric, p.period),
       to_jsonb(r)
FROM cy, (VALUES ('rate'), ('wilson'), ('composite')) m(method),
     (VALUES ('criminal'), ('serious')) x(metric), (VALUES ('year'), ('H1')) p(period),
     LATERAL clusterdata.rank_members(cy.cluster_no, cy.year, x.metric, m.method, NULL, p.period) r;
INSERT INTO d
SELECT format('leader_check %s %s', cy.cluster_no, cy.year), to_jsonb(l)
FROM cy, LATERAL clusterdata.leader_check(cy.cluster_no, cy.year) l;

SELECT d.what || ' ' ||
       ((d.j - ARRAY['report_id', 'report_ids', 'first_report', 'parsed_at', 'last_parsed',
                     'first_ingested', 'ingested_at', 'body_sha256', 'id', 'stated_report_id',
                     'reviewed_at', 'added_at', 'place'])
        || CASE WHEN d.j ? 'report_id' OR d.j ? 'id' THEN jsonb_build_object('report',
             (SELECT u.source_url FROM urls u WHERE u.id = coalesce(d.j ->> 'report_id', d.j ->> 'id')::bigint))
           ELSE '{}' END
        || CASE WHEN jsonb_typeof(d.j -> 'report_ids') = 'array' THEN jsonb_build_object('reports',
             (SELECT array_agg(u.source_url ORDER BY u.source_url) FROM urls u
              WHERE u.id = ANY (ARRAY(SELECT jsonb_array_elements_text(d.j -> 'report_ids'))::bigint[])))
                WHEN jsonb_typeof(d.j -> 'report_ids') = 'string' THEN jsonb_build_object('reports',
             (SELECT array_agg(u.source_url ORDER BY u.source_url) FROM urls u
              WHERE u.id = ANY (string_to_array(d.j ->> 'report_ids', ', ')::bigint[])))
           ELSE '{}' END
        || CASE WHEN jsonb_typeof(d.j -> 'stated_report_id') = 'number' THEN jsonb_build_object('stated_report',
             (SELECT u.source_url FROM urls u WHERE u.id = (d.j ->> 'stated_report_id')::bigint))
           ELSE '{}' END)::text
FROM d ORDER BY 1;
