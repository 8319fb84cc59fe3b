#!/usr/bin/env bash
# pg_dump keeps users' rows: ingest the sample reports, correct a membership
# and a rate,
# dump the database, restore it into a new one, and compare (run inside a
# throwaway cluster, pg_virtualenv).
set -euo pipefail
cd "$(dirname "$0")/.."
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
bash demo/ingest.sh
q -c "INSERT INTO clusterdata.membership_correction VALUES (2, 2024, 'Hà Giang', true, 'test')"
q -c "INSERT INTO clusterdata.rate_correction (year, province, solved, total) VALUES (2024, 'Hà Giang', 200, 230)"
summary="SELECT (SELECT count(*) FROM clusterdata.report) || ' reports, ' ||
                (SELECT count(*) FROM clusterdata.fact) || ' facts, ' ||
                (SELECT count(*) FROM clusterdata.membership_correction) || ' corrections, ' ||
                (SELECT count(*) FROM clusterdata.rate_correction) || ' rate corrections, ' ||
                (SELECT count(*) FROM clusterdata.report WHERE year IS NOT NULL) || ' reports with a year, next id ' ||
                (SELECT last_value FROM clusterdata.report_id_seq) || ', ranking ' ||
                (SELECT string_agg(province || ':' || coalesce(rank::text, '-'), ' ')
                 FROM clusterdata.bi_member_ranking WHERE cluster_no = 2)"
before=$(q -c "$summary")
dump=$(mktemp)
pg_dump -Fc -f "$dump"
q -c "CREATE DATABASE restored"
pg_restore -d restored "$dump"
rm -f "$dump"
after=$(q -d restored -c "$summary")
echo "before:   $before"
echo "restored: $after"
[ "$before" = "$after" ] || { echo "dump test: FAILED"; exit 1; }
# the restored database goes on: a new report gets the next id
q -d restored -c "SELECT clusterdata.ingest('Công an tỉnh Sơn La điều tra làm rõ 90/100 vụ, đạt 90%.') > 6" | grep -qx t \
  || { echo "dump test: FAILED (id sequence)"; exit 1; }
echo "dump test: ok"
