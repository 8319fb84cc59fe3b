#!/usr/bin/env python3
"""Read the scorer's "overall:" lines on stdin and check the quality bars.

usage: ../shared/eval/run.sh DIR | python3 test/eval_thresholds.py DIR
"""
import sys

BARS = {"rates_f1": 0.95, "labelled_f1": 0.90, "members_f1": 0.95, "cluster_f1": 0.95,
        "leader_f1": 0.90, "period_acc": 0.90, "lang_acc": 1.0}
# Counts (law-enforcement quantities only), 0.80 on every set.  The seeds
# gold also counts models, mass organisations, emulation groups and
# provinces, which a count fact is not (SPEC.md); those misses stay, and the
# bar holds without them.
BARS["counts_f1"] = 0.80
name = sys.argv[1] if len(sys.argv) > 1 else "corpus"
# dev3 (reports the rules were first measured on, then fixed by kinds of
# error) is held to the goals set for it: rates 0.95, rates with their
# metric 0.92, leader/deputy 0.90, period 0.92, counts 0.85; members stays
# at 0.99
if name == "dev3":
    BARS = {"rates_f1": 0.95, "labelled_f1": 0.92, "members_f1": 0.99, "cluster_f1": 1.0,
            "leader_f1": 0.90, "period_acc": 0.92, "lang_acc": 1.0, "counts_f1": 0.85}
line = [l for l in sys.stdin if l.startswith("overall:")]
if not line:
    print(f"eval {name}: no overall line")
    sys.exit(1)
print(f"eval {name}: {line[-1].strip()}")
got = dict(kv.split("=") for kv in line[-1].split()[1:])
bad = [f"{k}={got.get(k)} < {v}" for k, v in BARS.items() if float(got.get(k, 0)) < v]
for b in bad:
    print(f"  below the bar: {b}")
sys.exit(1 if bad else 0)
