#!/usr/bin/env bash
# postgres_fdw: parsing done on the server that holds the reports (run inside
# a throwaway cluster, pg_virtualenv).  The database "reports" holds the
# reports and a view that parses them there (LATERAL parse_report); the
# database "analysis" reads that view through postgres_fdw.  Checks that the
# Remote SQL names the view (the bodies are not pulled over to be parsed
# locally), that a filter is shipped with it, and that the rows equal the
# ones parsed locally on the reports server.
set -euo pipefail
cd "$(dirname "$0")/.."
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
q -c "CREATE DATABASE reports" -c "CREATE DATABASE analysis"
PGDATABASE=reports bash demo/ingest.sh >/dev/null
# on the reports server: the parsed facts as a view (the README's pattern)
q -d reports <<'SQL'
CREATE VIEW report_facts AS
SELECT r.id AS report_id, f.kind, f.metric, f.rate::text AS solve_rate, f.percent, f.province::text AS province,
       f.year, f.span_start, f.span_end, f.text
FROM clusterdata.report r, LATERAL clusterdata.parse_report(r.body, r.lang) f;
SQL
# on the analysis server: the view as a foreign table
port=${PGPORT:-5432}
q -d analysis <<SQL
CREATE EXTENSION postgres_fdw;
CREATE SERVER reports_srv FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '${PGHOST:-localhost}', port '$port', dbname 'reports');
CREATE USER MAPPING FOR CURRENT_USER SERVER reports_srv
  OPTIONS (user '${PGUSER:-postgres}', password '${PGPASSWORD:-}');
IMPORT FOREIGN SCHEMA public LIMIT TO (report_facts) FROM SERVER reports_srv INTO public;
SQL
plan=$(q -d analysis -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT province, solve_rate FROM report_facts WHERE kind = 'rate' AND metric = 'criminal'")
echo "$plan"
fail=0
check() { if eval "$2"; then echo "fdw test: ok: $1"; else echo "fdw test: FAILED: $1"; fail=1; fi; }
check "the Remote SQL reads the parsing view" 'grep -q "Remote SQL: SELECT .* FROM public.report_facts" <<< "$plan"'
check "the filter is shipped" 'grep -q "WHERE ((kind = '"'"'rate'"'"')) AND ((metric = '"'"'criminal'"'"'))" <<< "$plan"'
check "no parse_report on the analysis side" '! grep -q "parse_report" <<< "$(grep -v "Remote SQL" <<< "$plan")"'
remote=$(q -d analysis -c "SELECT md5(string_agg(concat_ws('|', report_id, kind, metric, solve_rate, percent, province, year, span_start, span_end, text), E'\n' ORDER BY report_id, span_start, kind, text)) FROM report_facts")
local=$(q -d reports -c "SELECT md5(string_agg(concat_ws('|', report_id, kind, metric, solve_rate, percent, province, year, span_start, span_end, text), E'\n' ORDER BY report_id, span_start, kind, text)) FROM report_facts")
rows=$(q -d analysis -c "SELECT count(*) FROM report_facts")
check "the same $rows rows as parsed on the reports server" '[ "$remote" = "$local" ] && [ "$rows" -gt 50 ]'
[ $fail = 0 ] && echo "fdw test: ok" || { echo "fdw test: FAILED"; exit 1; }
