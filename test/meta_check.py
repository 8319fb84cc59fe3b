#!/usr/bin/env python3
"""META.json against the PGXN Meta Spec 1.0.0 (https://pgxn.org/meta/spec.txt),
and the version in META.json, clusterdata.control, debian/changelog and the
Makefile's EXTVERSION agreeing.  Exits non-zero on any problem, listing all."""
import json
import re
import subprocess
import sys

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+)?$")
TERM = re.compile(r"^[^\s/\\:]{2,}$")
LICENSES = {"agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd", "gfdl_1_2",
            "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1",
            "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source",
            "restricted", "unrestricted", "unknown"}
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONS = {"requires", "recommends", "suggests", "conflicts"}
problems = []


def bad(msg):
    problems.append(msg)


def version_ok(v, allow_zero=False):
    return isinstance(v, str) and (SEMVER.match(v) or (allow_zero and v == "0"))


meta = json.load(open("META.json", encoding="utf-8"))
for k in ("name", "abstract", "maintainer", "license", "provides", "meta-spec", "version"):
    if k not in meta:
        bad(f"required key {k} missing")
for k in meta:
    if k not in {"name", "abstract", "description", "version", "maintainer", "license", "provides", "prereqs",
                 "release_status", "resources", "no_index", "tags", "generated_by", "meta-spec"} \
            and not k.lower().startswith("x_"):
        bad(f"unknown key {k} (custom keys start with x_)")
if not TERM.match(meta.get("name", "")):
    bad("name is not a term (two or more characters, no space, slash, backslash or colon)")
if not version_ok(meta.get("version")):
    bad(f"version {meta.get('version')!r} is not a semantic version")
m = meta.get("maintainer")
if not (isinstance(m, str) or (isinstance(m, list) and m and all(isinstance(x, str) for x in m))):
    bad("maintainer is not a string or a list of strings")
lic = meta.get("license")
lics = [lic] if isinstance(lic, str) else list(lic) if isinstance(lic, (list, dict)) else []
if not lics or any(isinstance(lic, list) and x not in LICENSES for x in lics) or \
        (isinstance(lic, str) and lic not in LICENSES):
    bad(f"license {lic!r} is not one of the spec's names")
ms = meta.get("meta-spec", {})
if ms.get("version") != "1.0.0":
    bad("meta-spec version is not 1.0.0")
for ext, p in meta.get("provides", {}).items():
    if not TERM.match(ext):
        bad(f"provides {ext}: not a term")
    if "file" not in p or "version" not in p:
        bad(f"provides {ext}: file and version are required")
    if not version_ok(p.get("version")):
        bad(f"provides {ext}: version {p.get('version')!r} is not a semantic version")
    for f in ("file", "docfile"):
        if f in p:
            try:
                open(p[f]).close()
            except OSError:
                bad(f"provides {ext}: {f} {p[f]} does not exist")
for phase, rels in meta.get("prereqs", {}).items():
    if phase not in PHASES:
        bad(f"prereqs: unknown phase {phase}")
    for rel, reqs in rels.items():
        if rel not in RELATIONS:
            bad(f"prereqs {phase}: unknown relation {rel}")
        for name, v in reqs.items():
            if not TERM.match(name) or not version_ok(v, allow_zero=True):
                bad(f"prereqs {phase} {rel}: {name} {v!r}")
if meta.get("release_status", "stable") not in {"stable", "testing", "unstable"}:
    bad("release_status is not stable, testing or unstable")
tags = meta.get("tags", [])
if not isinstance(tags, list) or not all(isinstance(t, str) and 0 < len(t) <= 255 for t in tags):
    bad("tags are not a list of strings of 1 to 255 characters")
if "PostgreSQL" not in meta.get("prereqs", {}).get("runtime", {}).get("requires", {}):
    bad("prereqs: runtime requires no PostgreSQL version")

# the same version everywhere
control = open("clusterdata.control", encoding="utf-8").read()
cv = re.search(r"default_version\s*=\s*'([^']+)'", control).group(1)
dv = re.match(r"\S+ \(([^)-]+)", open("debian/changelog", encoding="utf-8").readline()).group(1)
mv = subprocess.run(["make", "-s", "print-version"], capture_output=True, text=True).stdout.strip()
want = cv + ".0" if cv.count(".") == 1 else cv
for what, v in (("META.json version", meta.get("version")),
                ("META.json provides.clusterdata.version", meta.get("provides", {}).get("clusterdata", {}).get("version"))):
    if v != want:
        bad(f"{what} {v} does not agree with clusterdata.control default_version {cv} ({want})")
if dv != cv:
    bad(f"debian/changelog version {dv} does not agree with clusterdata.control {cv}")
if mv != cv:
    bad(f"the Makefile's EXTVERSION {mv!r} does not agree with clusterdata.control {cv}")
for p in problems:
    print(f"meta_check: {p}")
print(f"meta_check: META.json {meta.get('version')}, control {cv}, debian {dv}, Makefile {mv}: "
      f"{'ok' if not problems else str(len(problems)) + ' problem(s)'}")
sys.exit(1 if problems else 0)
