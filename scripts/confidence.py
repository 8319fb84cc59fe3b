#!/usr/bin/env python3
"""The confidence model of parse_report's facts: fitting, data, calibration.

usage:
  scripts/confidence.py fit [--readme] CORPUS_DIR...
      parses every CORPUS_DIR/*.txt with the installed extension (psql, the
      usual PG* variables), labels each fact right or wrong against
      CORPUS_DIR/gold.jsonl, fits a logistic model per kind (L2, Newton),
      writes its weights to data/confidence.tsv and src/confidence_data.c,
      and prints the calibration table of 5-fold cross-validated predictions
      (folds by report): per confidence band, how many facts, their mean
      confidence and the share that is right.  --readme puts the table into
      README.md between its calibration markers.
  scripts/confidence.py gen [--check]
      writes src/confidence_data.c from data/confidence.tsv (--check: exits
      1 when the file differs from what it would write)

The features of a fact are those src/confidence.c reads: the kind alone, each
key its why names, a qualifier other than eq, its scope, whether it states a
percent and a fraction.  Labels follow the corpus scorer (../shared/eval/
score.py by default, EVAL_DIR to change): a rate is right when it matches a
gold rate and has its metric, a count when its value matches a gold count, a
member, leader or deputy when gold names that province, the period and the
cluster when they are gold's.  Needs only python3 and psql.
"""
import json
import math
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TSV = os.path.join(ROOT, "data", "confidence.tsv")
CDATA = os.path.join(ROOT, "src", "confidence_data.c")
README = os.path.join(ROOT, "README.md")
KINDS = ("rate", "count", "member", "leader", "deputy", "period", "cluster")
LAMBDA = 1.0
BANDS = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.0001)]
MARK_START, MARK_END = "<!-- calibration:start -->", "<!-- calibration:end -->"


# the keys a why is made of (as src/confidence.c's why_keys and the stages that
# write them: test/why_keys.py checks the three agree): an item "key:cue"
# or a bare "key" starts with one; a cue may hold spaces ("rate:tỷ lệ")
WHY_KEYS = {"bracket", "change", "counts", "fraction", "goods", "handle", "inconsistent", "metric",
            "of", "part", "rate", "restated", "solve", "solved", "total", "unit"}


def features(f):
    """The feature names of one fact (a parse_report row as a dict), as src/confidence.c makes them."""
    kind = f["kind"]
    out = [kind]
    seen = []
    for item in (f.get("why") or "").split():
        key = item.split(":", 1)[0]
        if key in WHY_KEYS and key not in seen:
            seen.append(key)
            out.append(f"{kind}:why:{key}")
    if f.get("metric") and len(f["metric"]) < 32:
        out.append(f"{kind}:metric:{f['metric']}")
    q = f.get("qualifier")
    if q and q != "eq":
        out.append(f"{kind}:qual:{q}")
    if f.get("scope"):
        out.append(f"{kind}:scope:{f['scope']}")
    if f.get("percent") is not None:
        out.append(f"{kind}:percent")
    if f.get("solved") is not None and f.get("total") is not None:
        out.append(f"{kind}:fraction")
    return out


def extract(corpus):
    """parse_report rows of every report of a corpus directory, by file name."""
    out = {}
    sql = ("select coalesce(json_agg(to_jsonb(f)), '[]') "
           "from clusterdata.parse_report(:'body') f")
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt"):
            continue
        body = open(os.path.join(corpus, name), encoding="utf-8").read()
        r = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-v", f"body={body}"],
                           input=sql, capture_output=True, text=True)
        if r.returncode != 0:
            sys.exit(f"confidence.py: psql failed on {name}: {r.stderr.strip()}")
        out[name] = json.loads(r.stdout)
    return out


def labelled(corpus, score):
    """(report, features, right) for every fact of a kind the gold judges."""
    gold = [json.loads(l) for l in open(os.path.join(corpus, "gold.jsonl"), encoding="utf-8") if l.strip()]
    facts = extract(corpus)
    rows = []
    for g in gold:
        doc = f"{corpus}/{g['file']}"
        fs = facts.get(g["file"], [])
        rates = [score.split_rate(f) for f in fs if f["kind"] == "rate"]
        pairs, _ = score.match(g["rates"], rates, score.same_rate)
        right = {id(p) for gg, p in pairs if gg["metric"] == p.get("metric")}
        for f in rates:
            rows.append((doc, features(f), id(f) in right))
        counts = [f for f in fs if f["kind"] == "count"]
        gv = [c["value"] for c in g.get("counts", [])]
        cp, _ = score.match(gv, counts, lambda a, b: score.num(b.get("value")) is not None
                            and abs(a - score.num(b.get("value"))) < 1e-9)
        matched = {id(p) for _, p in cp}
        for f in counts:
            rows.append((doc, features(f), id(f) in matched))
        gm = {score.norm_province(m) for m in g["members"]}
        for f in fs:
            if f["kind"] == "member":
                rows.append((doc, features(f), score.norm_province(f.get("province")) in gm))
            elif f["kind"] in ("leader", "deputy"):
                want = score.norm_province(g.get(f["kind"])) if g.get(f["kind"]) else None
                rows.append((doc, features(f), score.norm_province(f.get("province")) == want))
        per = [f for f in fs if f["kind"] == "period"]
        gp = g.get("period") or {}
        if per and gp.get("year"):
            ok = score.num(per[0].get("year")) == gp["year"] and (gp.get("span") is None
                                                                 or per[0].get("metric") == gp["span"])
            rows.append((doc, features(per[0]), ok))
        cl = [f for f in fs if f["kind"] == "cluster" and f.get("cluster_no") is not None]
        if cl:
            rows.append((doc, features(cl[0]), cl[0]["cluster_no"] == g.get("cluster")))
    return rows


def fit(rows):
    """L2-regularised logistic regression by Newton's method.  Each kind also
    gets one right and one wrong fact with no other feature (a uniform prior
    on its share of right facts), so that a kind the corpus never saw wrong
    is trusted as much as its count warrants, not infinitely."""
    rows = rows + [(None, [k], y) for k in sorted({fs[0] for _, fs, _ in rows}) for y in (True, False)]
    names = sorted({n for _, fs, _ in rows for n in fs})
    idx = {n: i for i, n in enumerate(names)}
    k = len(names)
    w = [0.0] * k
    data = [([idx[n] for n in fs], 1.0 if y else 0.0) for _, fs, y in rows]
    for _ in range(50):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for xs, y in data:
            p = 1 / (1 + math.exp(-sum(w[i] for i in xs)))
            for i in xs:
                grad[i] += p - y
                for j in xs:
                    hess[i][j] += p * (1 - p)
        for i, n in enumerate(names):
            if ":" in n:
                grad[i] += LAMBDA * w[i]
                hess[i][i] += LAMBDA
            else:
                hess[i][i] += 1e-9
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return dict(zip(names, w))


def solve(a, b):
    """a x = b by Gaussian elimination with partial pivoting (a is small)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for j in range(c, n + 1):
                    m[r][j] -= f * m[c][j]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][j] * x[j] for j in range(r + 1, n))) / m[r][r]
    return x


def predict(w, fs):
    if fs[0] not in w:
        return None
    return 1 / (1 + math.exp(-sum(w.get(n, 0.0) for n in fs)))


def calibration(rows, folds=5):
    """Out-of-fold predictions (folds by report) in bands: [(lo, hi, n, mean, right share)]."""
    docs = sorted({d for d, _, _ in rows})
    random.Random(24).shuffle(docs)
    fold = {d: i % folds for i, d in enumerate(docs)}
    preds = []
    for k in range(folds):
        w = fit([r for r in rows if fold[r[0]] != k])
        for d, fs, y in rows:
            if fold[d] == k:
                p = predict(w, fs)
                if p is not None:
                    preds.append((p, y))
    table = []
    for lo, hi in BANDS:
        band = [(p, y) for p, y in preds if lo <= p < hi]
        if band:
            table.append((lo, min(hi, 1.0), len(band), sum(p for p, _ in band) / len(band),
                          sum(1 for _, y in band if y) / len(band)))
    return table, preds


def table_text(table, preds, corpora, nfacts):
    lines = [f"Cross-validated (5 folds by report) on {nfacts} facts of {', '.join(corpora)}:", "",
             "| confidence | facts | mean confidence | right |", "|---|---|---|---|"]
    for lo, hi, n, mean, right in table:
        lines.append(f"| {lo:.2f}–{hi:.2f} | {n} | {mean:.3f} | {right:.3f} |")
    brier = sum((p - (1 if y else 0)) ** 2 for p, y in preds) / len(preds)
    lines += ["", f"Brier score {brier:.4f} (lower is better; always saying the share of right facts: "
              f"{base_brier(preds):.4f})."]
    return "\n".join(lines)


def base_brier(preds):
    r = sum(1 for _, y in preds if y) / len(preds)
    return sum((r - (1 if y else 0)) ** 2 for _, y in preds) / len(preds)


def write_tsv(w):
    with open(TSV, "w", encoding="utf-8") as f:
        f.write("# The confidence model's weights (scripts/confidence.py fit): feature, weight.\n")
        f.write("# A fact's confidence is 1 / (1 + e^-z), z the sum of its features' weights;\n")
        f.write("# see src/confidence.c for the features.\n")
        for n in sorted(w):
            f.write(f"{n}\t{w[n]:.6f}\n")


def read_tsv():
    w = {}
    for line in open(TSV, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            n, v = line.rstrip("\n").split("\t")
            w[n] = float(v)
    return w


def c_text(w):
    out = ["/*", " * confidence_data.c", " *\t\tThe confidence model's weights, written by scripts/confidence.py from",
           " *\t\tdata/confidence.tsv: do not edit.", " */", '#include "confidence.h"', "",
           "const CdWeight cd_confidence_weights[] = {"]
    names = sorted(w, key=lambda s: s.encode())
    for n in names:
        out.append(f"\t{{{json.dumps(n, ensure_ascii=False)}, {w[n]:.6f}}},")
    out += ["\t{0, 0}", "};", f"const int	cd_confidence_nweights = {len(names)};", ""]
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    if not args or args[0] not in ("fit", "gen"):
        sys.exit(__doc__)
    if args[0] == "gen":
        text = c_text(read_tsv())
        if "--check" in args:
            same = os.path.exists(CDATA) and open(CDATA, encoding="utf-8").read() == text
            print("confidence_data.c: " + ("up to date" if same else "differs from data/confidence.tsv"))
            sys.exit(0 if same else 1)
        open(CDATA, "w", encoding="utf-8").write(text)
        return
    corpora = [a for a in args[1:] if not a.startswith("--")]
    if not corpora:
        sys.exit(__doc__)
    sys.path.insert(0, os.environ.get("EVAL_DIR", os.path.join(ROOT, "..", "shared", "eval")))
    import score
    rows = []
    for c in corpora:
        rows += labelled(c.rstrip("/"), score)
    w = fit(rows)
    write_tsv(w)
    open(CDATA, "w", encoding="utf-8").write(c_text(w))
    table, preds = calibration(rows)
    text = table_text(table, preds, [os.path.basename(c.rstrip("/")) for c in corpora], len(rows))
    print(text)
    if "--readme" in args:
        s = open(README, encoding="utf-8").read()
        a, b = s.index(MARK_START) + len(MARK_START), s.index(MARK_END)
        open(README, "w", encoding="utf-8").write(s[:a] + "\n" + text + "\n" + s[b:])


if __name__ == "__main__":
    main()
