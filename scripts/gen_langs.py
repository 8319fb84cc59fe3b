#!/usr/bin/env python3
"""Compile the languages (data/lang/*.txt) into the parser.

usage: scripts/gen_langs.py [--check]

Writes src/lang_files.inc (the number conventions and words of each
language, and the entries of cd_langs[], included by src/langdata.c) and
src/lang_cues.inc (its cue words and the entries of cd_report_langs[],
included by src/reportdata.c), the languages in the order of data/lang/order;
--check exits 1 when either differs from what it would write.  Run it after
editing a data file; README.md ("Adding a language") describes the format.
Role and value names of cues are those of cd_cue_roles in src/reportdata.c
(clusterdata.cue_roles() in SQL), read from that file, so that a data file
and a taught cue say the same thing; DATA_ROLES below are the roles only a
data file may give.
"""
import glob
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_INC = os.path.join(ROOT, "src", "lang_files.inc")
CUE_INC = os.path.join(ROOT, "src", "lang_cues.inc")
# the order of the languages: cd_langs[], cd_report_langs[], languages(), and
# which of two languages detection takes when they score the same
ORDER = os.path.join(ROOT, "data", "lang", "order")

QUAL = {"eq": "CD_Q_EQ", "gt": "CD_Q_GT", "ge": "CD_Q_GE", "lt": "CD_Q_LT", "le": "CD_Q_LE",
        "approx": "CD_Q_APPROX"}
RATIO = {"part_first": "CD_RATIO_PART_FIRST", "total_first": "CD_RATIO_TOTAL_FIRST"}
# word sections (a phrase a line) and cue sections (a phrase, a tab, a value)
WORDS = {"stopwords": "stop", "percent": "pct", "ordinal": "ord", "code": "code", "day": "day",
         "month_prefix": "monthpre", "change_before": "chb", "change_after": "cha", "year_words": "year",
         "name_endings": "endings", "year_after": "yafter", "date_marks": "dmarks",
         "ordinal_after": "ordafter", "name_prefixes": "prefixes", "counters": "counters",
         "percent_before": "pctb", "zero_words": "zero"}
CUES = {"qualifier_before": "qb", "qualifier_after": "qa", "months": "months", "ratio": "ratio",
        "number_words": "numw", "multipliers": "mult", "scales": "scales"}
# sections that are NULL when empty (optional tables); the others are empty lists
NULLABLE = {"mult", "endings", "yafter", "dmarks", "scales", "ordafter", "prefixes", "counters", "pctb", "zero"}
SECTIONS = set(WORDS) | set(CUES) | {"units", "units_before", "cues"}
# Roles of [cues] that are no role of cd_cue_roles, so no cue users may add
# from SQL (nor one builtin_cues() lists): a particle may stand between the
# items of a member list as a mark of its own ("A, B और C", "、", "및").
DATA_ROLES = {"particle": ("RC_STOP", {"": "0"})}
# Roles of cd_cue_roles whose words the number scanner reads: in a data
# file, each has its section
SCANNER_ROLES = {"RC_UNIT_CUE": "[units]", "RC_PERCENT_CUE": "[percent]",
                 "RC_QUAL_CUE": "[qualifier_before]", "RC_QUAL_AFTER_CUE": "[qualifier_after]",
                 "RC_CHANGE_CUE": "[change_before] or [change_after]"}


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def roles_from_reportdata():
    """role name -> (RC constant, {value name: C expression}) from src/reportdata.c's cd_cue_roles."""
    src = open(os.path.join(ROOT, "src", "reportdata.c"), encoding="utf-8").read()
    arrays = {}
    for name, body in re.findall(r"static const char \*const (\w+)\[\] = \{([^}]*)\};", src):
        arrays[name] = re.findall(r'"([^"]*)"', body)
    roles = {}
    table = src[src.index("const CdCueRole cd_cue_roles[]"):]
    for role, rc, values, required in re.findall(r'\{"(\w+)", (RC_\w+), (\w+), (true|false)', table):
        if rc in SCANNER_ROLES:
            continue            # a word of the number scanner goes to its own section
        vals = {} if required == "true" else {"": "0"}
        for i, v in enumerate(arrays.get(values, [])):
            if v:
                vals[v] = str(i)
        roles[role] = (rc, vals)
    return roles


def parse(path):
    lang = {"path": path, "sections": {s: [] for s in SECTIONS}}
    section = None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{os.path.basename(path)}:{n}"
        m = re.fullmatch(r"\[(\w+)\]\s*(#.*)?", line.strip())
        if m:
            section = m.group(1)
            if section not in SECTIONS:
                sys.exit(f"{where}: unknown section [{section}] (known: {', '.join(sorted(SECTIONS))})")
            continue
        # a backslash before a field is dropped: "\#" is the phrase "#", no comment
        fields = [f[1:] if f.startswith("\\") else f for f in (f.strip() for f in line.split("\t"))]
        if section is None:
            key = fields[0]
            if key not in ("language", "numbers", "letters", "scripts") or len(fields) < 2:
                sys.exit(f"{where}: expected 'language', 'numbers', 'letters' or 'scripts' and a tab")
            lang[key] = fields[1:]
            continue
        lang["sections"][section].append((where, fields))
    for key in ("language", "numbers"):
        if key not in lang:
            sys.exit(f"{path}: no '{key}' line")
    return lang


def c_of(lang, roles):
    code, name = lang["language"][0], lang["language"][1]
    if not re.fullmatch(r"[a-z]{2}", code) or os.path.basename(lang["path"]) != code + ".txt":
        sys.exit(f"{lang['path']}: the language code must be two letters and the file's name")
    nums = dict(kv.split("=", 1) for kv in lang["numbers"][0].split())
    dec = nums.get("decimal", ".")
    groups = set(filter(None, nums.get("group", "").split(",")))
    if dec not in (".", ",") or not groups <= {"dot", "comma", "space", "indian"}:
        sys.exit(f"{lang['path']}: numbers: decimal=. or , and group= dot, comma, space, indian")
    out = [f"/* ---- {code}: {name} ({os.path.relpath(lang['path'], ROOT)}) */"]
    sec = lang["sections"]
    for section, suffix in WORDS.items():
        items = [f[0] for _, f in sec[section]]
        if not items and suffix in NULLABLE:
            out.append(f"#define {code}_{suffix} NULL")
            continue
        out.append(f"static const char *const {code}_{suffix}[] = {{"
                   + "".join(c_str(i) + ", " for i in items) + "NULL};")
    for section, suffix in CUES.items():
        rows = []
        for where, f in sec[section]:
            if len(f) < 2:
                sys.exit(f"{where}: [{section}] needs a phrase, a tab and a value")
            rows.append(f"{{{c_str(f[0])}, {cue_value(section, f[1:], where)}}}")
        if not rows and suffix in NULLABLE:
            out.append(f"#define {code}_{suffix} NULL")
            continue
        out.append(f"static const CdCue {code}_{suffix}[] = {{" + "".join(r + ", " for r in rows) + "END};")
    # word and label: [units] (an empty list when none), [units_before] (NULL when none)
    for section, suffix, nullable in (("units", "units", False), ("units_before", "ubefore", True)):
        units = []
        for where, f in sec[section]:
            if len(f) != 2:
                sys.exit(f"{where}: [{section}] needs a word, a tab and its label")
            units.append(f"{{{c_str(f[0])}, {c_str(f[1])}}}")
        if not units and nullable:
            out.append(f"#define {code}_{suffix} NULL")
        else:
            out.append(f"static const CdUnit {code}_{suffix}[] = {{" + "".join(u + ", " for u in units) + "UEND};")
    letters = lang.get("letters", [""])[0]
    scripts = lang.get("scripts", [None])[0]
    entry = (f'LANG({c_str(code)}, {c_str(name)}, \'{dec}\', {str("dot" in groups).lower()}, '
             f'{str("comma" in groups).lower()}, {str("space" in groups).lower()}, '
             f'{str("indian" in groups).lower()}, {c_str(letters)}, '
             f'{c_str(scripts) if scripts else "NULL"}, {code})')
    cues = []
    for where, f in sec["cues"]:
        if len(f) < 2 or f[1] not in roles:
            sys.exit(f"{where}: [cues] needs a phrase, a tab and a role ({', '.join(roles)}; "
                     "a unit word goes to [units], a percent word to [percent], a qualifier to "
                     "[qualifier_before] or [qualifier_after], a change word to [change_before] "
                     "or [change_after])")
        rc, vals = roles[f[1]]
        value = f[2] if len(f) > 2 else ""
        weak = rc == "RC_PERIOD" and value.startswith("weak:")
        if weak:
            value = value[5:]
        if value not in vals:
            sys.exit(f"{where}: role {f[1]} takes {', '.join(v for v in vals if v) or 'no value'}, not {value!r}")
        cues.append(f"{{{c_str(f[0])}, {rc}, {vals[value]}{' | P_WEAK' if weak else ''}}}")
    cue_text = (f"/* ---- {code}: {name} */\nstatic const CdReportCue {code}[] = {{\n\t"
                + ",\n\t".join(cues) + (",\n\t" if cues else "") + "END\n};")
    return "\n".join(out), entry, cue_text, code


def cue_value(section, fields, where):
    v = fields[0]
    if section in ("qualifier_before", "qualifier_after"):
        if v not in QUAL:
            sys.exit(f"{where}: a qualifier is one of {', '.join(QUAL)}")
        return QUAL[v]
    if section == "ratio":
        if v not in RATIO:
            sys.exit(f"{where}: a ratio word is part_first or total_first")
        return RATIO[v]
    if section == "scales":
        flags = {"and": "CD_SCALE_AND", "of": "CD_SCALE_OF", "teen": "CD_SCALE_TEEN", "not": "CD_SCALE_NOT"}
        if v in flags:
            return flags[v]
        m = re.fullmatch(r"(one:)?(\d+)", v)
        if not m:
            sys.exit(f"{where}: a scale is a power of ten (one:N for a word that alone is one), and, of, teen or not")
        return m.group(2) + (" | CD_SCALE_ONE" if m.group(1) else "")
    if not re.fullmatch(r"\d+", v):
        sys.exit(f"{where}: [{section}] takes a number")
    extra = ""
    for flag in fields[1:]:
        if flag == "next":
            extra += " | CD_NUMW_NEXT"
        elif flag == "part":
            extra += " | CD_NUMW_PART"
        elif flag:
            sys.exit(f"{where}: a number word's flags are next and part")
    return v + extra


def language_order():
    """the codes of data/lang/order, checked against the files of data/lang"""
    codes = []
    for n, raw in enumerate(open(ORDER, encoding="utf-8"), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if not re.fullmatch(r"[a-z]{2}", line) or line in codes:
            sys.exit(f"order:{n}: a language code (two letters) a line, each once, not {line!r}")
        codes.append(line)
    files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ROOT, "data", "lang", "*.txt"))}
    problems = [f"no file data/lang/{c}.txt" for c in codes if c not in files]
    problems += [f"data/lang/{c}.txt is not in it" for c in sorted(files - set(codes))]
    if problems:
        sys.exit("data/lang/order: " + "; ".join(problems))
    return codes


def main():
    roles = roles_from_reportdata()
    clash = set(DATA_ROLES) & set(roles)
    if clash:
        sys.exit(f"gen_langs: {', '.join(clash)} is a role of cd_cue_roles and of DATA_ROLES")
    roles.update(DATA_ROLES)
    langs = [parse(os.path.join(ROOT, "data", "lang", c + ".txt")) for c in language_order()]
    tables, entries, cues, codes = [], [], [], []
    for lang in langs:
        t, e, cu, code = c_of(lang, roles)
        tables.append(t)
        entries.append(e)
        cues.append(cu)
        codes.append(code)
    head = ("/*\n * {name}\n *\t\tThe languages of data/lang, in the order of data/lang/order\n"
            " *\t\t({langs}),\n"
            " *\t\twritten by scripts/gen_langs.py: do not edit.  Included by src/{by}.\n */\n")
    lang_inc = (head.format(name="lang_files.inc", langs=", ".join(codes) or "none", by="langdata.c")
                + "\n\n".join(tables) + "\n\n#define CD_LANGS \\\n\t"
                + ", \\\n\t".join(entries) + "\n")
    cue_inc = (head.format(name="lang_cues.inc", langs=", ".join(codes) or "none", by="reportdata.c")
               + "\n\n".join(cues) + "\n\n#define CD_REPORT_LANGS \\\n\t"
               + ", \\\n\t".join(f"{{{c_str(c)}, {c}}}" for c in codes) + "\n")
    if "--check" in sys.argv:
        bad = [p for p, t in ((LANG_INC, lang_inc), (CUE_INC, cue_inc))
               if not os.path.exists(p) or open(p, encoding="utf-8").read() != t]
        print("gen_langs: " + (f"{', '.join(os.path.basename(b) for b in bad)} differ from data/lang"
                               if bad else f"up to date ({', '.join(codes)})"))
        sys.exit(1 if bad else 0)
    open(LANG_INC, "w", encoding="utf-8").write(lang_inc)
    open(CUE_INC, "w", encoding="utf-8").write(cue_inc)


if __name__ == "__main__":
    main()
