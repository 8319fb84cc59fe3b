#!/usr/bin/env python3
"""The layers of the core: each file includes only its own header and headers
of files below it, and no file of the core includes a PostgreSQL header.

The core is every src/*.c and src/*.h but the SQL bindings (src/pg_*). ORDER
below lists its files from the bottom up; a file may include the headers of
the entries before its own, and the other headers of its own entry (a .c its
.h).  Every `#include "..."` and `#include <...>` line of the core is read
(comments and all: a commented-out include of a higher file is reported
too).  Also checked: every file of the core is in ORDER, and CORE_OBJS in the
Makefile builds the .c files of ORDER (those that exist), no more, no less.

    python3 test/layering.py          exits 1, naming each file and include
                                      that breaks a rule
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "src")

# The core from the bottom up: (entry, its files).  An entry with several
# files shares one header (provinces_data.c is generated data for
# provinces.h; report_stages.h gathers the stages for report.c and the tests).
ORDER = [
    ("wilson", ["wilson.c", "wilson.h"]),
    ("solve_rate_text", ["solve_rate_text.c", "solve_rate_text.h"]),
    ("context", ["context.c", "context.h"]),
    ("confidence", ["confidence.c", "confidence.h", "confidence_data.c"]),
    ("langdata", ["langdata.c", "langdata.h", "lang_files.inc"]),
    ("cdtext", ["cdtext.c", "cdtext.h"]),
    ("detect", ["detect.c", "detect.h"]),
    ("numscan", ["numscan.c", "numscan.h"]),
    ("provinces", ["provinces.c", "provinces.h", "provinces_data.c"]),
    ("reportdata", ["reportdata.c", "reportdata.h", "lang_cues.inc"]),
    # the report parser (its order is also given at the top of report.c)
    ("report_work", ["report_work.c", "report_work.h"]),
    ("report_emit", ["report_emit.c", "report_emit.h"]),
    ("report_dict", ["report_dict.c", "report_dict.h"]),
    ("report_words", ["report_words.c", "report_words.h"]),
    ("report_clauses", ["report_clauses.c", "report_clauses.h"]),
    ("report_figures", ["report_figures.c", "report_figures.h"]),
    ("report_rates", ["report_rates.c", "report_rates.h"]),
    ("report_counts", ["report_counts.c", "report_counts.h"]),
    ("report_cluster", ["report_cluster.c", "report_cluster.h"]),
    ("report_context", ["report_context.c", "report_context.h"]),
    ("report", ["report.c", "report.h", "report_stages.h"]),
]

# PostgreSQL's headers: the top level of its include directories, and its
# subdirectories (the server's, the client's and libpq's)
PG_FILES = {
    "postgres.h", "postgres_ext.h", "postgres_fe.h", "c.h", "fmgr.h",
    "funcapi.h", "miscadmin.h", "pgstat.h", "pgtime.h", "pgtar.h", "pg_trace.h",
    "pg_getopt.h", "pg_config.h", "pg_config_ext.h", "pg_config_manual.h",
    "pg_config_os.h", "port.h", "windowapi.h", "plpgsql.h", "libpq-fe.h",
    "libpq-events.h", "ecpglib.h", "getaddrinfo.h", "getopt_long.h",
    "rusagestub.h",
}
PG_DIRS = {
    "access", "archive", "backup", "bootstrap", "catalog", "commands", "common",
    "datatype", "executor", "extension", "fe_utils", "foreign", "jit", "lib",
    "libpq", "mb", "nodes", "optimizer", "parser", "partitioning", "port",
    "portability", "postgresql", "postmaster", "regex", "replication",
    "rewrite", "snowball", "statistics", "storage", "tcop", "tsearch", "utils",
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def is_postgres(name):
    first = name.split("/", 1)[0]
    return name in PG_FILES or ("/" in name and first in PG_DIRS) or \
        name.startswith(("plpy", "plperl"))


def makefile_core():
    """the .c files of CORE_OBJS in the Makefile, or None when it has none"""
    path = os.path.join(ROOT, "Makefile")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^CORE_OBJS\s*[:+]?=\s*(.*)$", line)
            if m:
                return {os.path.basename(o)[:-2] + ".c"
                        for o in m.group(1).split() if o.endswith(".o")}
    return None


def main():
    errors = []
    level = {}                  # file -> index of its entry in ORDER
    for i, (_, files) in enumerate(ORDER):
        for name in files:
            if name in level:
                errors.append(f"test/layering.py: {name} is in ORDER twice")
            level[name] = i

    core = sorted(n for n in os.listdir(SRC)
                  if n.endswith((".c", ".h")) and not n.startswith("pg_"))
    for name in core:
        if name not in level:
            errors.append(f"src/{name}: a file of the core that test/layering.py "
                          "does not place: add it to ORDER (below every file "
                          "that includes its header, above every header it "
                          "includes)")

    objs = makefile_core()
    if objs is not None:
        ordered = {n for n in level if n.endswith(".c") and n in core}
        for name in sorted(objs - ordered):
            errors.append(f"Makefile: CORE_OBJS builds src/{name}, which "
                          "ORDER in test/layering.py does not place")
        for name in sorted(ordered - objs):
            errors.append(f"Makefile: CORE_OBJS lacks src/{name}, "
                          "a file of the core in test/layering.py")

    for name in core:
        if name not in level:
            continue
        mine = level[name]
        with open(os.path.join(SRC, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        for lineno, line in enumerate(lines, 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            quote, inc = m.groups()
            where = f"src/{name}:{lineno}: #include {quote}{inc}{'>' if quote == '<' else quote}"
            if is_postgres(inc):
                errors.append(f"{where}: a PostgreSQL header in the core "
                              "(plain C + ICU; only src/pg_*.c may use "
                              "PostgreSQL)")
                continue
            if quote == "<" and inc not in level:
                continue        # the C library, POSIX or ICU
            base = os.path.basename(inc)
            if base.startswith("pg_"):
                errors.append(f"{where}: a header of the SQL bindings "
                              "(src/pg_*) in the core")
                continue
            if base not in level:
                errors.append(f"{where}: not a header of the core "
                              "(not in ORDER in test/layering.py)")
                continue
            theirs = level[base]
            if base == name:
                errors.append(f"{where}: includes itself")
            elif theirs > mine:
                errors.append(f"{where}: {base} is the header of "
                              f"{ORDER[theirs][0]}, above {ORDER[mine][0]} "
                              f"(a file includes only its own header and "
                              f"headers of files below it; order: "
                              f"{' < '.join(e for e, _ in ORDER)})")

    if errors:
        for e in errors:
            print("layering: " + e, file=sys.stderr)
        print(f"layering: FAIL, {len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(f"layering: ok, {len(core)} files of the core in "
          f"{len(ORDER)} layers, no include upward, no PostgreSQL header")
    return 0


if __name__ == "__main__":
    sys.exit(main())
