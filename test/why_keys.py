#!/usr/bin/env python3
"""The keys a fact's why is made of are written in three places: the parser's
stages that name them (rp_why_add and rp_why_mark in src/report_*.c), the
confidence model that weighs them (why_keys in src/confidence.c) and the
script that fits its weights (WHY_KEYS in scripts/confidence.py).  They must
agree, or a key goes unweighed or a weight is fitted for nothing:
    python3 test/why_keys.py     exits 1, naming each key one list lacks
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import confidence  # noqa: E402  (scripts/confidence.py)


def c_keys():
    src = open(os.path.join(ROOT, "src", "confidence.c"), encoding="utf-8").read()
    m = re.search(r"why_keys\[\]\s*=\s*\{(.*?)\};", src, re.S)
    if not m:
        sys.exit("why_keys: no why_keys array in src/confidence.c")
    return set(re.findall(r'"([a-z_]+)"', m.group(1)))


def stage_keys():
    """The keys the stages write: the second argument of rp_why_add and the
    third of rp_why_mark, where it is a string literal."""
    keys, others = set(), []
    for path in sorted(glob.glob(os.path.join(ROOT, "src", "report_*.c"))):
        if os.path.basename(path) == "report_emit.c":
            continue            # (where they are defined)
        src = open(path, encoding="utf-8").read()
        for m in re.finditer(r"\brp_why_(add|mark)\s*\(([^;]*?)\)\s*;", src, re.S):
            args = [a.strip() for a in m.group(2).split(",")]
            pos = 1 if m.group(1) == "add" else 2
            if len(args) <= pos:
                continue
            lit = re.fullmatch(r'"([a-z_]+)"', args[pos])
            if lit:
                keys.add(lit.group(1))
            else:
                others.append(f"{os.path.basename(path)}: {m.group(0)[:80]}")
    return keys, others


def main():
    c, py = c_keys(), set(confidence.WHY_KEYS)
    stages, others = stage_keys()
    bad = []
    for name, a, b in (("src/confidence.c", c, py), ("scripts/confidence.py", py, c),
                       ("src/confidence.c", c, stages), ("the stages", stages, c)):
        for k in sorted(b - a):
            bad.append(f"{name} lacks why key {k!r}")
    for o in others:
        bad.append(f"a why key that is no literal (cannot be checked): {o}")
    if not stages:
        bad.append("no rp_why_add or rp_why_mark call found in src/report_*.c")
    for line in bad:
        print("why_keys:", line)
    if bad:
        sys.exit(1)
    print(f"why_keys: the {len(c)} keys agree (stages, src/confidence.c, scripts/confidence.py)")


if __name__ == "__main__":
    main()
