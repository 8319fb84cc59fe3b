#!/usr/bin/env python3
"""Runs every ```python block of the README as written, each in a scratch
directory, against the database the PG* variables name (after the sample
reports are ingested: test/readme_python.sh).  A block that fails fails the
test; a block whose modules are not installed is listed as skipped (exit 77
when all are)."""
import os
import re
import subprocess
import sys
import tempfile

readme = open(os.path.join(os.path.dirname(__file__), "..", "README.md"), encoding="utf-8").read()
blocks = re.findall(r"^```python\n(.*?)^```", readme, re.S | re.M)
ran = skipped = failed = 0
for i, code in enumerate(blocks, 1):
    with tempfile.TemporaryDirectory() as d:
        r = subprocess.run([sys.executable, "-c", code], cwd=d, capture_output=True, text=True)
        made = sorted(os.listdir(d))
    if r.returncode != 0 and "ModuleNotFoundError" in r.stderr:
        skipped += 1
        print(f"readme_python: block {i}: skipped, {r.stderr.strip().splitlines()[-1]}")
    elif r.returncode != 0:
        failed += 1
        print(f"readme_python: block {i} FAILED:\n{r.stderr}")
    else:
        ran += 1
        print(f"readme_python: block {i}: ok{', wrote ' + ', '.join(made) if made else ''}")
print(f"readme_python: {len(blocks)} blocks, {ran} ran, {skipped} skipped, {failed} failed")
sys.exit(1 if failed else (77 if ran == 0 else 0))
