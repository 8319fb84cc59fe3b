#!/usr/bin/env bash
# A hostile database owner against the trusted extension.  Run with a
# superuser's PG* variables (pg_virtualenv).  cd_mallory owns a database but
# is no superuser; cd_loader and cd_bi are the roles the README's
# Privileges section describes, granted by cd_mallory.
#  1. A schema clusterdata prepared with an operator is refused by every
#     install script (0.5 and 0.1), and by every update once installed,
#     also when the owner adds its operator to the extension; versions
#     before 0.5 are not installed for the owner; triggers and foreign keys
#     the owner made under 0.4 are dropped by the update.
#  2. After a clean install cd_mallory plants operators on every pair of 21
#     types (the extension's own included) and functions and procedures with
#     the extension's own names and near argument types, in clusterdata and
#     in public, domains named record and text, and sets the database's
#     search_path to put public first.
#     Every planted object notes who ran it and tries ALTER ROLE cd_mallory
#     SUPERUSER.
#  3. What the owner must not be able to do: triggers, rules and foreign
#     keys on the extension's tables, casts of its types, replacing or
#     altering its functions.
#  4. Every function (listed from the catalog) is called and every view
#     read as cd_mallory, cd_loader, cd_bi and a superuser; the superuser
#     also runs parse_pending() and CALL parse_queue() on requeued reports,
#     as the README's pg_cron recipe does.
#  5. Afterwards: nothing the extension is bound to is the owner's
#     (foreign_dependencies()), no role but the bootstrap superuser is a superuser, and no
#     planted object ran as anyone but cd_mallory.  A control shows that the
#     trap works: a superuser's own query with public first runs a planted
#     operator, and it is seen.
# CD_VERBOSE=: adds the error messages to the SQLSTATEs of step 4.
# CLUSTERDATA_VERSION=0.4 runs steps 2-5 against an older version (which
# fails: its SECURITY DEFINER rank_members ran the owner's operator).
set -uo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 LC_ALL=C.UTF-8
version=${CLUSTERDATA_VERSION:-}
su=$(psql -X -At -c "SELECT current_user")
fail=0
bad() { echo "hostile owner: FAIL: $*"; fail=1; }
db=cd_hostile
psql -X -q -v ON_ERROR_STOP=1 <<SQL || exit 1
SET client_min_messages = warning;
DROP DATABASE IF EXISTS $db;
DROP ROLE IF EXISTS cd_mallory;
DROP ROLE IF EXISTS cd_loader;
DROP ROLE IF EXISTS cd_bi;
CREATE ROLE cd_mallory LOGIN PASSWORD 'mallory';
CREATE ROLE cd_loader LOGIN PASSWORD 'loader';
CREATE ROLE cd_bi LOGIN PASSWORD 'bi';
CREATE DATABASE $db OWNER cd_mallory;
SQL
# The test's own queries run with search_path = pg_catalog (PGOPTIONS
# overrides the database's setting): the database owner's operators would
# otherwise catch them too.  `user ROLE ...` connects as a user would, with
# the search_path the owner set for the database.
hostile_path='public, clusterdata, pg_catalog'
as() {   # as ROLE PSQL-ARGS...
  local role=$1; shift
  local pw
  case $role in cd_mallory) pw=mallory;; cd_loader) pw=loader;; cd_bi) pw=bi;; *) pw=${PGPASSWORD:-};; esac
  PGOPTIONS="-c search_path=pg_catalog,pg_temp -c cd.verbose=${CD_VERBOSE:-}" PGUSER=$role PGPASSWORD=$pw PGDATABASE=$db psql -X -q "$@"
}
user() {
  local role=$1; shift
  local pw
  case $role in cd_mallory) pw=mallory;; cd_loader) pw=loader;; cd_bi) pw=bi;; *) pw=${PGPASSWORD:-};; esac
  PGOPTIONS= PGUSER=$role PGPASSWORD=$pw PGDATABASE=$db psql -X -q "$@"
}

plant_one='CREATE SCHEMA IF NOT EXISTS clusterdata;
CREATE FUNCTION clusterdata.cd_lt(float8, int) RETURNS bool LANGUAGE plpgsql AS $$BEGIN EXECUTE $x$ALTER ROLE cd_mallory SUPERUSER$x$; RETURN $1 < $2; END$$;
CREATE OPERATOR clusterdata.< (LEFTARG = float8, RIGHTARG = int, FUNCTION = clusterdata.cd_lt);'
if [ -z "$version" ]; then
  echo "== 1. a schema prepared with an operator is refused"
  as cd_mallory -v ON_ERROR_STOP=1 -c "$plant_one" || exit 1
  out=$(as cd_mallory -c "CREATE EXTENSION clusterdata" 2>&1)
  echo "$out" | grep -q "holds functions or operators that are not the extension's" \
    && echo "CREATE EXTENSION clusterdata: refused" || bad "CREATE EXTENSION clusterdata was not refused: $out"
  # (0.1, as a superuser's session installs it for the owner)
  out=$(as "$su" -c "SET ROLE cd_mallory" -c "CREATE EXTENSION clusterdata VERSION '0.1'" 2>&1)
  echo "$out" | grep -q "holds functions or operators that are not the extension's" \
    && echo "CREATE EXTENSION clusterdata VERSION '0.1': refused" || bad "CREATE EXTENSION clusterdata VERSION '0.1' was not refused: $out"
  as cd_mallory -v ON_ERROR_STOP=1 -c "DROP SCHEMA clusterdata CASCADE" 2>/dev/null || exit 1
  # versions before 0.5 are installed for a superuser's session only (so
  # that updates can be tested), never for the owner itself
  out=$(as cd_mallory -c "CREATE EXTENSION clusterdata VERSION '0.4'" 2>&1)
  echo "$out" | grep -q "versions before 0.5 are not installed" \
    && echo "CREATE EXTENSION clusterdata VERSION '0.4' by the owner: refused" || bad "the owner installed 0.4: $out"
  as cd_mallory -c "DROP EXTENSION IF EXISTS clusterdata CASCADE" >/dev/null 2>&1
  for from in 0.1 0.2 0.3 0.4; do
    # (an install of long ago: the owner's, made when it was allowed)
    as "$su" -v ON_ERROR_STOP=1 -c "SET ROLE cd_mallory" -c "CREATE EXTENSION clusterdata VERSION '$from'" || exit 1
    as cd_mallory -v ON_ERROR_STOP=1 -c "$plant_one" || exit 1
    out=$(as cd_mallory -c "ALTER EXTENSION clusterdata UPDATE" 2>&1)
    echo "$out" | grep -q "holds functions or operators" \
      && echo "ALTER EXTENSION UPDATE from $from: refused" || bad "update from $from was not refused: $out"
    # the owner of the extension may make its operator a member: still refused
    as cd_mallory -c "ALTER EXTENSION clusterdata ADD FUNCTION clusterdata.cd_lt(float8, int); ALTER EXTENSION clusterdata ADD OPERATOR clusterdata.< (float8, int)" >/dev/null 2>&1
    out=$(as cd_mallory -c "ALTER EXTENSION clusterdata UPDATE" 2>&1)
    echo "$out" | grep -q "holds functions or operators" \
      && echo "ALTER EXTENSION UPDATE from $from, operator added to the extension: refused" \
      || bad "update from $from with the operator added to the extension was not refused: $out"
    as cd_mallory -c "DROP EXTENSION clusterdata CASCADE" >/dev/null 2>&1
    as cd_mallory -c "DROP SCHEMA IF EXISTS clusterdata CASCADE" >/dev/null 2>&1
    as cd_mallory -v ON_ERROR_STOP=1 -c "DROP OPERATOR IF EXISTS clusterdata.< (float8, int); DROP FUNCTION IF EXISTS clusterdata.cd_lt(float8, int)" >/dev/null 2>&1
  done
  # triggers and foreign keys the owner made under 0.4 (which let it) are
  # dropped by the update, and run as nobody afterwards
  as "$su" -v ON_ERROR_STOP=1 -c "SET ROLE cd_mallory" -c "CREATE EXTENSION clusterdata VERSION '0.4'" || exit 1
  as cd_mallory -v ON_ERROR_STOP=1 <<'SQL' || bad "planting under 0.4"
CREATE FUNCTION public.cd_old_trigger() RETURNS trigger LANGUAGE plpgsql AS
  $$BEGIN BEGIN EXECUTE 'ALTER ROLE cd_mallory SUPERUSER'; EXCEPTION WHEN OTHERS THEN NULL; END; RETURN NEW; END$$;
CREATE TRIGGER cd_old BEFORE INSERT OR UPDATE ON clusterdata.report FOR EACH ROW EXECUTE FUNCTION public.cd_old_trigger();
CREATE TABLE public.cd_hold (id bigint REFERENCES clusterdata.report (id));
SQL
  out=$(as cd_mallory -c "ALTER EXTENSION clusterdata UPDATE" 2>&1)
  echo "$out" | grep -q "dropping trigger cd_old" && echo "$out" | grep -q "dropping foreign key" \
    && echo "update from 0.4: the owner's trigger and foreign key dropped" || bad "update from 0.4 kept them: $out"
  as "$su" -q -c "SELECT clusterdata.ingest('Năm 2024, Công an tỉnh Sơn La điều tra làm rõ 1/2 vụ.')" >/dev/null
  # (the extension's own triggers, whose functions are its members, stay)
  n=$(as "$su" -At -c "SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = 'clusterdata.report'::regclass AND NOT t.tgisinternal
                       AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = t.tgfoid
                                       AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e')")
  [ "$n" = 0 ] || bad "a trigger is left on report"
  as cd_mallory -c "DROP EXTENSION clusterdata CASCADE" -c "DROP TABLE public.cd_hold" -c "DROP FUNCTION public.cd_old_trigger()" >/dev/null 2>&1
  as cd_mallory -c "DROP SCHEMA IF EXISTS clusterdata CASCADE" >/dev/null 2>&1
  [ "$(psql -X -At -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'cd_mallory'")" = f ] || bad "cd_mallory became a superuser in step 1"
fi

echo "== 2. install, sample reports, grants as the README gives them, planting"
if [ -z "$version" ]; then
  as cd_mallory -v ON_ERROR_STOP=1 -c "CREATE EXTENSION clusterdata" || exit 1
else
  # an older version, as the owner could install it before 0.5
  as "$su" -v ON_ERROR_STOP=1 -c "SET ROLE cd_mallory" -c "CREATE EXTENSION clusterdata VERSION '$version'" || exit 1
fi
PGUSER=cd_mallory PGPASSWORD=mallory PGDATABASE=$db bash demo/ingest.sh >/dev/null || { bad "ingesting the sample reports as the owner"; }
as cd_mallory -v ON_ERROR_STOP=1 <<'SQL' || exit 1
GRANT USAGE ON SCHEMA clusterdata TO cd_bi, cd_loader;
GRANT SELECT ON clusterdata.bi_member_rates, clusterdata.bi_member_ranking,
                clusterdata.bi_cluster_leaders, clusterdata.bi_facts, clusterdata.conflicts,
                clusterdata.membership, clusterdata.member_scores, clusterdata.leaders TO cd_bi;
GRANT EXECUTE ON FUNCTION clusterdata.ingest(text, text, date, text, boolean),
                          clusterdata.parse_pending(int), clusterdata.requeue(bigint),
                          clusterdata.parse_stored(bigint), clusterdata.parse_stored(bigint[], boolean),
                          clusterdata.store_parsed(bigint[], timestamptz) TO cd_loader;
GRANT EXECUTE ON PROCEDURE clusterdata.parse_queue(int) TO cd_loader;
GRANT SELECT, INSERT, UPDATE, DELETE ON clusterdata.report, clusterdata.fact TO cd_loader;
GRANT SELECT ON clusterdata.queue_status TO cd_loader;
GRANT USAGE ON SEQUENCE clusterdata.report_id_seq TO cd_loader;
SQL
as cd_mallory -f test/hostile/plant.sql || exit 1
as cd_mallory -v ON_ERROR_STOP=1 -c "ALTER DATABASE $db SET search_path = $hostile_path" || exit 1

echo "== 3. what the owner must not be able to do"
as cd_mallory -At <<'SQL' > /tmp/cd_hostile_attempts.txt
SET client_min_messages = warning;
CREATE FUNCTION public.cd_trig() RETURNS trigger LANGUAGE plpgsql AS
  $$BEGIN PERFORM public.cd_note('trigger on ' || TG_TABLE_NAME); RETURN NEW; END$$;
CREATE TEMP TABLE attempt (what text, sqlstate text);
CREATE FUNCTION pg_temp.try(what text, stmt text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    INSERT INTO attempt VALUES (what, 'succeeded');
EXCEPTION WHEN OTHERS THEN
    INSERT INTO attempt VALUES (what, SQLSTATE);
END
$$;
SELECT pg_temp.try('trigger on ' || c.oid::regclass,
       format('CREATE TRIGGER cd_t %s INSERT OR UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION public.cd_trig()',
              CASE c.relkind WHEN 'v' THEN 'INSTEAD OF' ELSE 'BEFORE' END, c.oid::regclass))
FROM pg_class c WHERE c.relnamespace = 'clusterdata'::regnamespace AND c.relkind IN ('r', 'v');
SELECT pg_temp.try('rule on report', 'CREATE RULE cd_r AS ON UPDATE TO clusterdata.report DO ALSO SELECT public.cd_note(''rule'')');
SELECT pg_temp.try('foreign key to report', 'CREATE TABLE public.cd_fk (id bigint REFERENCES clusterdata.report (id) ON DELETE RESTRICT)');
SELECT pg_temp.try('cast text to province', 'CREATE CAST (text AS clusterdata.province) WITH INOUT AS IMPLICIT');
SELECT pg_temp.try('cast solve_rate to text', 'CREATE CAST (clusterdata.solve_rate AS text) WITH INOUT AS IMPLICIT');
SELECT pg_temp.try('SECURITY DEFINER on rank_members', 'ALTER FUNCTION clusterdata.rank_members(int, int, text, text, jsonb, text) SECURITY DEFINER');
SELECT pg_temp.try('replace ingest', 'CREATE OR REPLACE FUNCTION clusterdata.ingest(body text, source_url text, published date, lang text, parse boolean) RETURNS bigint LANGUAGE sql AS ''SELECT 1::bigint''');
SELECT pg_temp.try('own report', 'ALTER TABLE clusterdata.report OWNER TO cd_mallory');
SELECT pg_temp.try('policy on report', 'CREATE POLICY cd_p ON clusterdata.report USING (public.cd_note(''policy'') IS NULL)');
SELECT pg_temp.try('default on report', 'ALTER TABLE clusterdata.report ALTER COLUMN lang SET DEFAULT public.cd_note(''default'')::text');
SELECT pg_temp.try('grant TRIGGER on', 'DO $d$BEGIN GRANT TRIGGER ON clusterdata.report TO cd_loader; IF has_table_privilege(''cd_loader'', ''clusterdata.report'', ''TRIGGER'') THEN RAISE NOTICE ''granted''; ELSE RAISE EXCEPTION ''not granted'' USING ERRCODE = ''42501''; END IF; END$d$');
SELECT what || ': ' || sqlstate FROM attempt ORDER BY what;
SQL
cat /tmp/cd_hostile_attempts.txt
grep -q ': succeeded' /tmp/cd_hostile_attempts.txt && bad "the owner did what it must not: $(grep ': succeeded' /tmp/cd_hostile_attempts.txt | tr '\n' ' ')"
[ "$(grep -c ': 42501' /tmp/cd_hostile_attempts.txt)" -ge 10 ] || bad "fewer refusals (42501) than attempts"

echo "== 4. every function and view, as each role"
ids=$(as cd_mallory -At -c "SELECT array_agg(id ORDER BY id)::text FROM clusterdata.report")
for role in cd_mallory cd_loader cd_bi "$su"; do
  as "$role" -v hostile="$hostile_path" -v ids="$ids" -f test/hostile/calls.sql || bad "calls as $role"
done
# the bi role reads the ranking (every argument given, its type named with
# its schema: the owner's overloads make a call that leaves some to their
# defaults ambiguous, an error, and public.text is the owner's domain); the
# loader and the superuser work the queue as the pg_cron recipe does
n=$(user cd_bi -At -c "SELECT count(*) FROM clusterdata.rank_members(7, 2024, 'criminal'::pg_catalog.text, 'wilson'::pg_catalog.text, NULL::pg_catalog.jsonb, 'year'::pg_catalog.text) WHERE rank IS NOT NULL")
[ "${n:-0}" -gt 0 ] && echo "cd_bi: rank_members(7, 2024) ranks $n members" || bad "cd_bi could not rank: $n"
n=$(user cd_bi -At -c "SELECT count(*) FROM clusterdata.leader_check(7, 2024, 'criminal'::pg_catalog.text, 'wilson'::pg_catalog.text) WHERE best_ranked IS NOT NULL")
[ "${n:-0}" = 1 ] || bad "cd_bi: leader_check(7, 2024) gave no best-ranked member"
stored=$(as cd_mallory -At -c "SELECT count(*) FROM clusterdata.report")
for role in cd_loader "$su"; do
  as "$role" -At -c "SELECT count(clusterdata.requeue(id)) FROM clusterdata.report" >/dev/null
  n=$(user "$role" -At -c "SELECT clusterdata.parse_pending(1000)" 2>/dev/null)
  [ "$n" = "$stored" ] && echo "$role: parse_pending() parsed $n" || bad "$role: parse_pending() gave '$n', not $stored"
  as "$role" -At -c "SELECT count(clusterdata.requeue(id)) FROM clusterdata.report" >/dev/null
  out=$(user "$role" -c "CALL clusterdata.parse_queue(1000)" 2>&1)
  echo "$out" | grep -q "parse_queue: $stored parsed, 0 failed" && echo "$role: CALL parse_queue(1000): $stored parsed" \
    || bad "$role: parse_queue: $out"
done
# what the other roles must not read or lose
out=$(as cd_bi -At 2>&1 <<'SQL'
\set VERBOSITY sqlstate
SELECT count(*) FROM clusterdata.report;
SELECT clusterdata.ingest('x'::text, NULL::text, NULL::date, NULL::text, true);
DELETE FROM clusterdata.fact;
SELECT count(*) FROM clusterdata.rate_correction;
SQL
)
[ "$(echo "$out" | grep -c 42501)" = 4 ] && echo "cd_bi: reports, ingest, deleting facts, corrections: 42501" || bad "cd_bi: $out"
out=$(as cd_loader -At 2>&1 <<'SQL'
\set VERBOSITY sqlstate
TRUNCATE clusterdata.report CASCADE;
DELETE FROM clusterdata.rate_correction;
INSERT INTO clusterdata.membership_correction VALUES (1, 2024, 'Hà Nội');
CREATE TRIGGER cd_t BEFORE UPDATE ON clusterdata.report FOR EACH ROW EXECUTE FUNCTION public.cd_trig();
SQL
)
[ "$(echo "$out" | grep -c 42501)" = 4 ] && echo "cd_loader: truncate, corrections, trigger: 42501" || bad "cd_loader: $out"
[ "$(as cd_mallory -At -c 'SELECT count(*) FROM clusterdata.report')" = "$stored" ] || bad "the reports are not all there"

# what the views, defaults and constraints are bound to: PostgreSQL's and the
# extension's own objects only
n=$(as "$su" -At -c "SELECT count(*) FROM clusterdata.foreign_dependencies()")
[ "$n" = 0 ] && echo "foreign_dependencies(): none" || bad "bound to another role's objects: $(as "$su" -At -c 'SELECT * FROM clusterdata.foreign_dependencies()')"

echo "== 5. who ran the planted objects"
psql -X -At -c "SELECT 'superusers: ' || string_agg(rolname, ', ' ORDER BY rolname) FROM pg_roles WHERE rolsuper"
[ "$(psql -X -At -c "SELECT count(*) FROM pg_roles WHERE rolsuper AND oid <> 10")" = 0 ] || bad "a role other than the bootstrap superuser is a superuser"
ran=$(as "$su" -At -c "SELECT who || ' ran ' || what FROM public.cd_ran WHERE who <> 'cd_mallory' GROUP BY who, what ORDER BY 1")
[ -z "$ran" ] || bad "planted objects ran as another role: $ran"
echo "planted objects run by cd_mallory itself: $(as "$su" -At -c "SELECT count(*) FROM public.cd_ran WHERE who = 'cd_mallory'")"
# the control: a superuser's own query with public first meets the trap
user "$su" -c "SELECT 1.5::float8 < 1" >/dev/null
ctl=$(as "$su" -At -c "SELECT count(*) FROM public.cd_ran WHERE who = '$su'")
[ "${ctl:-0}" -ge 1 ] && echo "control: a superuser's query with public first ran the planted operator (seen)" \
  || bad "the control was not seen: the trap does not work"
psql -X -q -c "ALTER ROLE cd_mallory NOSUPERUSER" -c "DROP DATABASE $db" -c "DROP ROLE cd_mallory" -c "DROP ROLE cd_loader" -c "DROP ROLE cd_bi"
[ $fail = 0 ] && echo "hostile owner: ok"
exit $fail
