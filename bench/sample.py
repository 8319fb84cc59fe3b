#!/usr/bin/env python3
"""A sample of the benchmark's report text, without a server.

    bench/sample.py OUT [REPORTS_PER_LANGUAGE]

Reads the sentence templates of bench/corpus.sql (so the two stay alike) and
writes OUT: REPORTS_PER_LANGUAGE reports (default 40) in each of its
languages, each of six filled-in templates, blank-line separated, figures
from a fixed pseudo-random sequence (the same file every run).  Used by
test/facts_same.sh (scan_tool -F reads it one report per block).
"""
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
sql = open(os.path.join(here, 'corpus.sql'), encoding='utf-8').read()
tpl = [(m.group(1), m.group(2).replace("''", "'"))
       for m in re.finditer(r"\('([a-z]{2})', '((?:[^']|'')*)'\)", sql)]
if not tpl:
    sys.exit('bench/sample.py: no templates found in bench/corpus.sql')

out = sys.argv[1]
per_lang = int(sys.argv[2]) if len(sys.argv) > 2 else 40
state = 12345


def rand():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state


def fill(s, h):
    args = {1: str(1000 + h % 2000), 2: str(3000 + h % 900),
            3: '%.2f' % (50 + (h % 4000) / 100.0), 4: str(2015 + h % 10),
            5: str(1 + h % 8)}
    s = re.sub(r'%(\d)\$s', lambda m: args[int(m.group(1))], s)
    return s.replace('%%', '%')


reports = []
for lang, s in tpl:
    for _ in range(per_lang):
        reports.append(''.join(fill(s, rand()) for _ in range(6)).rstrip())
with open(out, 'w', encoding='utf-8') as f:
    f.write('\n\n'.join(reports) + '\n')
