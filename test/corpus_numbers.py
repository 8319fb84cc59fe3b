#!/usr/bin/env python3
"""Check numbers() against the hand-made gold files of a corpus.

usage: corpus_numbers.py CORPUS_DIR [CORPUS_DIR...]   (psql reaches a database
with the extension installed, through the usual PG* variables)

For every document: detect_language() must give the gold language; every
gold rate's percentage must come out as a `percent` row and its solved/total
as a `fraction` (or `ratio`) row, and every gold count as a row with that
value, each with a span inside the gold evidence text.  Prints one line per
miss and a closing "N passed, N failed" line; exits 1 on any miss.
"""
import json
import os
import subprocess
import sys

SQL = """select json_build_object('lang', clusterdata.detect_language(:'body'),
  'rows', coalesce((select json_agg(n) from clusterdata.numbers(:'body') n), '[]'::json))"""


def numbers(body):
    out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-v", "body=" + body],
                         input=SQL, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def close(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9


def main():
    passed = failed = 0
    for d in sys.argv[1:]:
        gold_path = os.path.join(d, "gold.jsonl")
        if not os.path.exists(gold_path):
            print(f"corpus: {gold_path} not found, skipped")
            continue
        for line in open(gold_path, encoding="utf-8"):
            if not line.strip():
                continue
            g = json.loads(line)
            body = open(os.path.join(d, g["file"]), encoding="utf-8").read()
            got = numbers(body)
            rows = got["rows"]

            def check(ok, what):
                nonlocal passed, failed
                if ok:
                    passed += 1
                else:
                    failed += 1
                    print(f"MISS {g['file']}: {what}")

            check(got["lang"] == g["lang"], f"language {got['lang']} != {g['lang']}")

            def within(text):
                start = body.find(text)
                if start < 0:
                    return None
                return start, start + len(text)

            def rows_in(text):
                span = within(text)
                if span is None:
                    return []
                return [r for r in rows if r["span_start"] >= span[0] and r["span_end"] <= span[1]]

            for r in g["rates"]:
                inside = rows_in(r["text"])
                check(within(r["text"]) is not None, f"gold text not found: {r['text']!r}")
                if r.get("percent") is not None:
                    check(any(x["kind"] == "percent" and close(x["value"], r["percent"]) for x in inside),
                          f"percent {r['percent']} in {r['text']!r}")
                if r.get("solved") is not None and r.get("total") is not None:
                    # one fraction row, or (written apart: "65 cases ... solved 63") both numbers
                    check(any(x["kind"] in ("fraction", "ratio") and close(x["value"], r["solved"])
                              and close(x["value2"], r["total"]) for x in inside)
                          or (any(x["kind"] == "number" and close(x["value"], r["solved"]) for x in inside)
                              and any(x["kind"] == "number" and close(x["value"], r["total"]) for x in inside)),
                          f"fraction {r['solved']}/{r['total']} in {r['text']!r}")
                elif r.get("solved") is not None:
                    check(any(close(x["value"], r["solved"]) for x in inside),
                          f"solved count {r['solved']} in {r['text']!r}")
            for c in g.get("counts", []):
                inside = rows_in(c["text"])
                check(any(x["kind"] in ("number", "ratio", "fraction", "comparison")
                          and (close(x["value"], c["value"]) or close(x["value2"], c["value"]))
                          for x in inside),
                      f"count {c['value']} in {c['text']!r}")
    print(f"corpus numbers: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
