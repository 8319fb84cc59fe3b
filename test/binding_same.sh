#!/bin/sh
# The SQL functions give, row for row, what the core gives for the same
# text: numbers(body) and parse_report(body) over 1,200 and more reports in
# ONE session (so that whatever the backend keeps from one row or call to
# the next is exercised, as a user's query over a table does), against
# test/unit/scan_tool -T on the same reports.  Every column is compared
# (values as exact decimals, spans, texts, why, confidence), and every row
# the SQL functions make is compared byte for byte with PostgreSQL's own
# forming of it (clusterdata.check_rows).
#   test/binding_same.sh   (psql reaches a database through the usual PG*
#                           variables; the extension is created there if it
#                           is not yet)
# Inputs, one report per paragraph as scan_tool -T reads them: the sample
# reports (demo/reports), a sample of the benchmark's text (bench/sample.py:
# random figures, many fractions and percents) and 300 paragraphs of
# fractions, ratios and ranges of distinct random figures.
# Exits 1, with the first differences, when a row differs.
set -eu
cd "$(dirname "$0")/.."
. test/scan_tool_build.sh

python3 bench/sample.py "$tmp/sample.txt" 200
for f in demo/reports/*.txt; do
	cat "$f"
	printf '\n\n'
done >"$tmp/all.txt"
cat "$tmp/sample.txt" >>"$tmp/all.txt"
# and 3,000 fractions, ratios and ranges of distinct random figures (the
# sample's figures repeat): a row's two values, and one row's values and
# the next's, meet in every way a cache of the backend could mix them up
python3 - >>"$tmp/all.txt" <<'PY'
import random
r = random.Random(26)
for k in range(300):
    parts = []
    for j in range(10):
        a, b = sorted((r.randint(1, 99999), r.randint(1, 99999)))
        if j % 3 == 0:
            parts.append(f'the units solved {a}/{b} cases')
        elif j % 3 == 1:
            parts.append(f'{a % 10} of {b % 10 + 10} provinces met the target of {a % 100}.{b % 10}%')
        else:
            parts.append(f'between {a} and {b} people, or {a}-{b} people')
    print('\n\nIn 2024 ' + ', '.join(parts) + '.', end='')
PY

# the paragraphs as scan_tool cuts them (at each "\n\n"), as COPY text rows
python3 - "$tmp/all.txt" "$tmp/docs.tsv" <<'EOF'
import sys
buf = open(sys.argv[1], 'rb').read()
out = open(sys.argv[2], 'wb')
p, doc = 0, 0
while p < len(buf):
    q = buf.find(b'\n\n', p)
    body = buf[p:q] if q >= 0 else buf[p:]
    esc = body.replace(b'\\', b'\\\\').replace(b'\t', b'\\t').replace(b'\n', b'\\n').replace(b'\r', b'\\r')
    out.write(str(doc).encode() + b'\t' + esc + b'\n')
    doc += 1
    p = p + len(body) + 2
EOF
docs=$(wc -l <"$tmp/docs.tsv")

test/unit/scan_tool -T "$tmp/all.txt" >"$tmp/core.tsv"
awk -F'\t' '$2 == "n"' "$tmp/core.tsv" >"$tmp/core_n.tsv"
awk -F'\t' '$2 == "f"' "$tmp/core.tsv" >"$tmp/core_f.tsv"

psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS clusterdata' >/dev/null 2>&1 || true
if ! psql -X -q -At -v ON_ERROR_STOP=1 >"$tmp/sql.tsv" <<EOF
SET client_min_messages = warning;
SET clusterdata.check_rows = on;
CREATE TEMP TABLE docs(doc int, body text);
\copy docs FROM '$tmp/docs.tsv'
COPY (SELECT d.doc, 'n', n.kind, n.value, n.value2, n.qualifier, n.unit, n.is_change, n.label,
             n.span_start, n.span_end, n.text
      FROM docs d, LATERAL clusterdata.numbers(d.body) WITH ORDINALITY n
      ORDER BY d.doc, n.ordinality) TO STDOUT;
COPY (SELECT d.doc, 'f', r.kind, r.metric, r.solved, r.total, r.percent, r.qualifier, r.value,
             r.province, r.cluster_no, r.year, r.span_start, r.span_end, r.text, r.scope, r.detail,
             r.why, r.confidence
      FROM docs d, LATERAL clusterdata.parse_report(d.body) WITH ORDINALITY r
      ORDER BY d.doc, r.ordinality) TO STDOUT;
-- the same reports stored and parsed by the queue (its bulk path, which
-- holds rows across reports before it writes them): the stored facts
CREATE TEMP TABLE ids AS
SELECT doc, clusterdata.ingest(body, parse => false) AS id FROM docs WHERE body ~ '\S' ORDER BY doc;
SELECT clusterdata.parse_pending(100000) >= 0 AS parsed;
COPY (SELECT i.doc, 's', f.kind, f.metric, f.solved, f.total, f.percent, f.qualifier, f.value,
             f.province, f.cluster_no, f.year, f.span_start, f.span_end, f.text, f.scope, f.detail,
             f.why
      FROM ids i JOIN clusterdata.fact f ON f.report_id = i.id
      ORDER BY i.doc, f.fact_no) TO STDOUT;
DO \$\$BEGIN
  IF EXISTS (SELECT FROM clusterdata.report WHERE parse_error IS NOT NULL) THEN
    RAISE EXCEPTION 'parse_pending: some reports failed';
  END IF;
END\$\$;
EOF
then
	echo "binding_same: the SQL functions failed over the reports (above)"
	exit 1
fi
awk -F'\t' '$2 == "n"' "$tmp/sql.tsv" >"$tmp/sql_n.tsv"
awk -F'\t' '$2 == "f"' "$tmp/sql.tsv" >"$tmp/sql_f.tsv"
awk -F'\t' '$2 == "s"' "$tmp/sql.tsv" >"$tmp/sql_s.tsv"
# the stored facts: parse_report's columns but the confidence
awk -F'\t' 'BEGIN { OFS = "\t" } { $2 = "s"; NF = 18; print }' "$tmp/core_f.tsv" >"$tmp/core_s.tsv"

bad=0
for w in n f s; do
	case $w in
	n) what="numbers()" ;;
	f) what="parse_report()" ;;
	s) what="parse_pending()'s stored facts" ;;
	esac
	rows=$(wc -l <"$tmp/core_$w.tsv")
	if [ "$rows" -lt 1000 ]; then
		echo "binding_same: only $rows $what rows from the core (expected thousands)"
		bad=1
	elif cmp -s "$tmp/core_$w.tsv" "$tmp/sql_$w.tsv"; then
		echo "binding_same: $what: $rows rows of $docs reports, the same in SQL as in the core"
	else
		echo "binding_same: $what differs from the core (< core, > SQL):"
		diff "$tmp/core_$w.tsv" "$tmp/sql_$w.tsv" | head -20
		bad=1
	fi
done
exit $bad
