#!/usr/bin/env python3
"""Seeds and dictionary for the fuzz targets, made from the project itself.

usage: prepare.py WORKDIR

WORKDIR/seeds/            the sample reports (whole and by paragraph) and the
                          string literals of the regress tests; report text is
                          also given once behind each language byte, since the
                          numbers and report targets read their first byte as
                          the language (past the last one: detect it)
WORKDIR/clusterdata.dict  cue words, units, month names and province names of
                          every language (src/*data.c, data/provinces.tsv) and
                          the separators numbers are written with
"""
import glob
import hashlib
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
work = sys.argv[1]
seeds = os.path.join(work, 'seeds')
os.makedirs(seeds, exist_ok=True)

# languages: the order of cd_langs[] in src/langdata.c
langdata = open(os.path.join(root, 'src', 'langdata.c'), encoding='utf-8').read()
nlangs = len(re.findall(r'^\s*LANG\("([a-z]{2})"', langdata, re.M)) or 8


def put(data: bytes):
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(seeds, name), 'wb') as f:
        f.write(data)


texts = []
for path in sorted(glob.glob(os.path.join(root, 'demo', 'reports', '*.txt'))):
    body = open(path, encoding='utf-8').read()
    texts.append(body)
    texts.extend(p for p in body.split('\n\n') if len(p) > 20)
literal = re.compile(r"'((?:[^']|'')*)'")
for path in sorted(glob.glob(os.path.join(root, 'sql', '*.sql'))):
    for m in literal.finditer(open(path, encoding='utf-8').read()):
        s = m.group(1).replace("''", "'")
        if len(s) >= 6:
            texts.append(s)
count = 0
for t in dict.fromkeys(texts):
    b = t.encode('utf-8')[:16000]
    put(b)
    put(bytes([nlangs]) + b)
    count += 2
for t in texts[:40]:
    for k in range(nlangs):
        put(bytes([k]) + t.encode('utf-8')[:16000])
        count += 1
for s in ['1707/1914', ' 0/0 ', '-1/2', '9223372036854775807/9223372036854775807', '12abc/3']:
    put(s.encode())
put(bytes(range(256)))

words = set()
for src in ['reportdata.c', 'langdata.c']:
    text = open(os.path.join(root, 'src', src), encoding='utf-8').read()
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', text):
        w = m.group(1).rstrip('*')
        if 1 <= len(w) <= 40 and '\\' not in w:
            words.add(w)
for line in open(os.path.join(root, 'data', 'provinces.tsv'), encoding='utf-8'):
    cols = line.rstrip('\n').split('\t')
    for c in cols[:3] + (cols[5].split('|') if len(cols) > 5 else []):
        if c and not c.startswith('#'):
            words.add(c)
words.update([',', '.', '/', '%', ' %', '\u00a0', '\u202f', '\u2009', '-', '\u2013', '(', ')', ';',
              '\n', '\u0964', '\u3002', '\u0301', '\u0323', 'Nr.', 'No. ', '1,00,000', '1.707', '89,1%'])


def esc(w: str) -> str:
    out = []
    for b in w.encode('utf-8'):
        c = chr(b)
        out.append(c if 0x20 <= b < 0x7f and c not in '"\\' else '\\x%02X' % b)
    return '"' + ''.join(out) + '"'


with open(os.path.join(work, 'clusterdata.dict'), 'w') as f:
    for w in sorted(words):
        f.write(esc(w) + '\n')
print(f'prepare: {count} seeds, {len(words)} dictionary entries')
