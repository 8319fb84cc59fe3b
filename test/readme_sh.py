#!/usr/bin/env python3
"""Run the shell commands of README.md's ```sh blocks as written, in order.

Each command (a line, with its "\\" continuation lines; comment lines are
none) runs with bash -e -o pipefail in a scratch copy of the repository (a
clone of HEAD, for `make dist`, with the working tree's files copied over
it), against the server psql reaches (PG* variables: scripts/test.sh runs this
inside pg_virtualenv), in a new database made for the run.  A command that
fails fails the test.

Commands that cannot run here are listed in SKIP with the reason, and printed
as skipped; some are still checked without running (the file names they
use).  A command that matches no SKIP entry runs, unless it looks like it
changes the system (sudo, apt, dpkg, make install, pgxn install): then the
test fails until SKIP says why it is not run.  A SKIP entry that matches no
README command fails the test too, so that the list stays the README's.

The example paths of the loader's commands (reports/, more.csv, big/) are made
in the scratch copy from the sample reports (demo/reports); more.csv is the
README's own CSV example.  With PG_MAJOR set to another version than the
README's example (PostgreSQL 15), /usr/lib/postgresql/15/ in a command is
read as that version's directory, as the README says any of 15, 17 and 18
works the same way.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
README = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()


def changelog_version():
    first = open(os.path.join(ROOT, "debian/changelog"), encoding="utf-8").readline()
    return re.match(r"\S+ \(([^)]+)\)", first).group(1)


def check_deb_name(cmd, scratch):
    """The .deb the command installs is named as scripts/package.sh builds it."""
    m = re.search(r"postgresql-(\d+)-clusterdata_([^_\s]+)_([^_\s]+)\.deb", cmd)
    if not m:
        return "no postgresql-NN-clusterdata_VERSION_ARCH.deb in the command"
    problems = []
    if m.group(2) != changelog_version():
        problems.append(f"version {m.group(2)}, debian/changelog says {changelog_version()}")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("dpkg") else m.group(3)
    if m.group(3) != arch:
        problems.append(f"architecture {m.group(3)}, this machine's is {arch}")
    return "; ".join(problems) or None


def check_dist_zip(cmd, scratch):
    """The zip the command installs is the one `make dist` (run before) made, META.json at its top."""
    m = re.search(r"\./(clusterdata-[0-9.]+)\.zip", cmd)
    if not m:
        return "no ./clusterdata-VERSION.zip in the command"
    path = os.path.join(scratch, m.group(1) + ".zip")
    if not IS_GIT:
        # no make dist here: the name it would give
        v = subprocess.run(["make", "-s", "print-version"], cwd=scratch, capture_output=True, text=True).stdout.strip()
        if m.group(1) != f"clusterdata-{v}.0":
            return f"{m.group(1)}.zip, make dist would make clusterdata-{v}.0.zip"
        return None
    if not os.path.exists(path):
        made = sorted(f for f in os.listdir(scratch) if f.endswith(".zip"))
        return f"{m.group(1)}.zip was not made by make dist (it made: {', '.join(made) or 'nothing'})"
    if m.group(1) + "/META.json" not in zipfile.ZipFile(path).namelist():
        return f"{m.group(1)}.zip has no {m.group(1)}/META.json"
    return None


# (pattern matched at the start of a command, why it is not run, check or None[, when: skipped
# only when this returns true])
SKIP = [
    (r"bash scripts/demo\.sh\b",
     "runs scripts/setup.sh (apt-get, make install into the system) and starts its own pg_virtualenv "
     "cluster; its work, demo/run.sh, is the step 'the demo' of scripts/test.sh (test/demo_test.sh)", None),
    (r"bash scripts/test\.sh\b", "the test suite this test is a step of", None),
    (r"sudo make install\b",
     "installs into the system's PostgreSQL; scripts/setup.sh, which scripts/test.sh runs first, "
     "ran the same make install", None),
    (r"bash scripts/package\.sh\b",
     "as root: installs build dependencies with apt, builds the Debian package (the regress suite once "
     "more) and installs it over the installed extension; for a fresh root "
     "(../shared/tools/fresh-check bash scripts/package.sh)", None),
    (r"apt install \./build/deb/",
     "for another machine, with the package scripts/package.sh built; checked: the file name is "
     "the one package.sh builds (debian/changelog's version, this machine's architecture)", check_deb_name),
    (r"pgxn install\b",
     "installs into the system's PostgreSQL (pgxnclient runs make install); scripts/pgxn_install.sh "
     "does it in a fresh root; checked: the zip it names is the one make dist makes, META.json at its top",
     check_dist_zip),
    (r"make dist\b",
     "not a git checkout (a copy of the tree, as in a fresh root): make dist archives the committed tree "
     "with git", None, lambda: not IS_GIT),
    (r"apt-get install\b", "installs Citus's build dependencies with apt (scripts/build_citus.sh)", None),
    (r"git clone\b.*citus", "fetches Citus from GitHub (scripts/build_citus.sh)", None),
    (r"\./configure\b.*make install",
     "builds Citus (minutes of compiling) and installs it into the system's PostgreSQL "
     "(scripts/build_citus.sh)", None),
]
# a command no SKIP entry covers must not look like one of these
SYSTEM = re.compile(r"\bsudo\b|\bapt(-get)?\s+install\b|\bdpkg\s+-i\b|\bmake\b[^#]*\binstall\b(?!check)|"
                    r"\bpgxn\s+install\b")


def fenced_blocks():
    """(info string, text) of every fenced block of the README, in order."""
    blocks, info, cur = [], None, []
    for line in README.splitlines(keepends=True):
        if info is None:
            m = re.match(r"```(\w*)\s*$", line)
            if m:
                info, cur = m.group(1), []
        elif line.rstrip() == "```":
            blocks.append((info, "".join(cur)))
            info = None
        else:
            cur.append(line)
    return blocks


def commands():
    """(block number, command) for every command of the ```sh blocks."""
    out = []
    for bi, block in enumerate((text for info, text in fenced_blocks() if info == "sh"), 1):
        cur = ""
        for line in block.splitlines():
            if not cur and (not line.strip() or line.lstrip().startswith("#")):
                continue
            cur += line
            if line.endswith("\\"):
                cur = cur[:-1] + " "
                continue
            out.append((bi, " ".join(cur.split())))
            cur = ""
        if cur:
            out.append((bi, " ".join(cur.split())))
    return out


def git(*args, cwd=ROOT):
    """git on the repository under test, whoever owns it (its scripts are run here anyway)."""
    return subprocess.run(["git", "-c", f"safe.directory={ROOT}", "-c", f"safe.directory={ROOT}/.git", *args],
                          cwd=cwd, capture_output=True)


# a git checkout (else a copy of the tree, as in a fresh root: no `make dist`)
IS_GIT = bool(shutil.which("git")) and \
    os.path.realpath(git("rev-parse", "--show-toplevel").stdout.decode().strip() or "/nonexistent") == \
    os.path.realpath(ROOT)
# what a copy of the tree leaves out: build products, test and packaging output
SKIP_DIRS = {".git", "build", "results", "output_iso", "tmp_check", "log"}
SKIP_PATHS = {"test/fuzz/bin", "test/fuzz/work", "bench/out"}


def scratch_copy():
    """The repository in a new directory: with git, a clone of HEAD (for `make dist`) with the
    working tree's files (tracked, and untracked ones not ignored) copied over it; without, the
    tree's files but build products."""
    d = tempfile.mkdtemp(prefix="readme_sh.")
    os.chmod(d, 0o755)
    repo = os.path.join(d, "clusterdata")
    if IS_GIT:
        # through a bundle: a clone from the repository's own directory would refuse one that
        # another user owns
        bundle = os.path.join(d, "head.bundle")
        for args, cwd in ((("bundle", "create", "-q", bundle, "HEAD"), ROOT),
                          (("clone", "-q", "--no-checkout", bundle, repo), d)):
            p = git(*args, cwd=cwd)
            if p.returncode:
                shutil.rmtree(d, ignore_errors=True)
                sys.exit(f"readme_sh: git {args[0]} failed: {p.stderr.decode().strip()}")
        os.unlink(bundle)
        files = git("ls-files", "-z", "--cached", "--others", "--exclude-standard").stdout.decode().split("\0")
    else:
        os.makedirs(repo)
        files = []
        for top, dirs, names in os.walk(ROOT):
            rel = os.path.relpath(top, ROOT)
            dirs[:] = [x for x in dirs if x not in SKIP_DIRS and os.path.normpath(os.path.join(rel, x)) not in SKIP_PATHS]
            files += [os.path.normpath(os.path.join(rel, n)) for n in names
                      if not n.endswith((".o", ".so", ".bc", ".zip")) and not n.startswith("regression.")]
    for f in filter(None, files):
        src = os.path.join(ROOT, f)
        if os.path.isfile(src):
            os.makedirs(os.path.dirname(os.path.join(repo, f)), exist_ok=True)
            shutil.copy2(src, os.path.join(repo, f))
    if IS_GIT:
        # the index as the files are, so that git sees the copy as the checkout it is
        git("reset", "-q", cwd=repo)
    return d, repo


def fixtures(repo):
    """reports/, more.csv (the README's CSV example) and big/ for the loader's commands."""
    samples = sorted(f for f in os.listdir(os.path.join(repo, "demo/reports")) if f.endswith(".txt"))

    def sample(name):
        return open(os.path.join(repo, "demo/reports", name), encoding="utf-8").read()

    os.makedirs(os.path.join(repo, "reports"))
    for s in samples:
        shutil.copy(os.path.join(repo, "demo/reports", s), os.path.join(repo, "reports", s))
    csvs = [text for info, text in fenced_blocks() if info == "" and text.startswith("file,")]
    if len(csvs) != 1:
        sys.exit(f"readme_sh: expected one CSV example in the README, found {len(csvs)}")
    open(os.path.join(repo, "more.csv"), "w", encoding="utf-8").write(csvs[0])
    header, *rows = csvs[0].splitlines()
    cols = header.split(",")
    unused = list(samples)
    for row in rows:
        r = dict(zip(cols, row.split(",")))
        lang = r.get("lang", "")
        pick = next((s for s in unused if lang and f"_{lang}_" in s), unused[0])
        unused.remove(pick)
        path = os.path.join(repo, r["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, "w", encoding="utf-8").write(sample(pick))
    os.makedirs(os.path.join(repo, "big"))
    for i, s in enumerate(samples, 1):
        # a line added, so that these are new reports (stored, not parsed)
        open(os.path.join(repo, "big", s), "w", encoding="utf-8").write(
            sample(s).rstrip("\n") + f"\n\nCopy {i} for the bulk-load example.\n")
    print(f"readme_sh: made reports/ ({len(samples)} sample reports), more.csv (the README's CSV example, "
          f"{len(rows)} sample reports as its files) and big/ ({len(samples)} sample reports, a line added to each)")


def main():
    cmds = commands()
    if not cmds:
        sys.exit("readme_sh: no ```sh commands in README.md")
    pg_major = os.environ.get("PG_MAJOR")
    scratch, repo = scratch_copy()
    db = f"readme_sh_{os.getpid()}"
    env = dict(os.environ, PGDATABASE=db)
    subprocess.run(["createdb", db], check=True)
    used = set()
    ran = skipped = failed = 0
    try:
        fixtures(repo)
        for bi, cmd in cmds:
            matching = [i for i, entry in enumerate(SKIP) if re.match(entry[0], cmd)]
            used.update(matching)
            skip = next(((i, SKIP[i][1], SKIP[i][2]) for i in matching if len(SKIP[i]) < 4 or SKIP[i][3]()), None)
            if skip:
                i, why, check = skip
                problem = check(cmd, repo) if check else None
                if problem:
                    print(f"readme_sh: FAILED (skipped, but its check failed) block {bi}: {cmd}\n    {problem}")
                    failed += 1
                else:
                    print(f"readme_sh: skipped block {bi}: {cmd}\n    why: {why}")
                    skipped += 1
                continue
            if SYSTEM.search(cmd):
                print(f"readme_sh: FAILED block {bi}: {cmd}\n    not run: it looks like it changes the system; "
                      f"SKIP in test/readme_sh.py should say why it is not run")
                failed += 1
                continue
            run = cmd
            note = ""
            m = re.search(r"/usr/lib/postgresql/(\d+)/", cmd)
            if m and pg_major and m.group(1) != pg_major:
                run = cmd.replace(f"/usr/lib/postgresql/{m.group(1)}/", f"/usr/lib/postgresql/{pg_major}/")
                note = f" (with PostgreSQL {pg_major} for the README's {m.group(1)})"
            start = time.time()
            p = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", run], cwd=repo, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            secs = time.time() - start
            if p.returncode == 0:
                print(f"readme_sh: ran block {bi}: {cmd}{note}: ok ({secs:.0f} s)")
                for line in p.stdout.splitlines():
                    if re.search(r"tests passed|^load: ", line):
                        print(f"    {line.strip()}")
                ran += 1
            else:
                print(f"readme_sh: FAILED block {bi}: {cmd}{note}: exit {p.returncode} ({secs:.0f} s)")
                for line in p.stdout.splitlines()[-40:]:
                    print(f"    {line}")
                for diffs in ("regression.diffs", "output_iso/regression.diffs"):
                    path = os.path.join(repo, diffs)
                    if os.path.exists(path):
                        print(f"    {diffs}:")
                        print("".join(open(path, encoding="utf-8", errors="replace").readlines()[:200]))
                failed += 1
        for i, entry in enumerate(SKIP):
            if i not in used:
                print(f"readme_sh: FAILED: SKIP entry {entry[0]!r} matches no README command (remove it)")
                failed += 1
    finally:
        subprocess.run(["dropdb", "--if-exists", db])
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"readme_sh: {len(cmds)} commands of the README's sh blocks: {ran} ran, {skipped} skipped, "
          f"{failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
