#!/usr/bin/env python3
"""Writes the inputs of two loaders run at once: DIR/a/ holds reports 0-199
as .txt files (name order), DIR/b.jsonl reports 100-299 in the reverse
order, so that the two meet on 100 reports from both ends.

usage: test/load/overlap.py DIR
"""
import json
import os
import sys

d = sys.argv[1]
os.makedirs(os.path.join(d, "a"), exist_ok=True)


def body(i):
    return (f"Cụm thi đua số {i % 20 + 1}, báo cáo {i}: năm 2024 điều tra làm rõ "
            f"{300 + i}/{340 + i} vụ.\r\nCluster {i % 20 + 1}, report {i}: \\. solved {300 + i} of {340 + i}.\n")


for i in range(200):
    with open(os.path.join(d, "a", f"r{i:03d}.txt"), "wb") as fh:
        fh.write(body(i).encode("utf-8"))
with open(os.path.join(d, "b.jsonl"), "w", encoding="utf-8") as fh:
    for i in reversed(range(100, 300)):
        fh.write(json.dumps({"body": body(i), "source_url": f"https://example.org/r{i}"}, ensure_ascii=False) + "\n")
