#!/usr/bin/env python3
"""Writes a folder of hostile inputs for scripts/load.py and a manifest of
what the loader must do with them.

usage: test/load/hostile.py DIR

DIR/in/ is a folder of .txt reports, DIR/*.csv, *.jsonl (and upper-case
variants) are lists; DIR/args holds the loader's arguments (one a line,
relative to DIR); DIR/expect.json gives every report that must be stored
(its exact bytes, source and date), every one that must be refused (file:line
and a piece of the reason), the folder entries that are skipped, and the
counts of the summary.  DIR/preloaded.b64 is a text that the test stores with
ingest() before the loader runs (the loader must find it already known).
The sentences are our own.
"""
import base64
import json
import os
import sys

d = sys.argv[1]
os.makedirs(os.path.join(d, "in", "sub"), exist_ok=True)
os.makedirs(os.path.join(d, "texts"), exist_ok=True)

stored = []     # {"name", "body" (bytes), "source_url", "published"}
failed = []     # (name, piece of the reason)
skipped = []    # (name, piece of the reason)
known = 0       # reports the summary counts as already known
args = []


def put(rel, data):
    path = os.path.join(d, rel)
    with open(path, "wb") as fh:
        fh.write(data)
    return data


def ok(name, body, source_url=None, published=None):
    stored.append({"name": name, "body": body, "source_url": source_url, "published": published})


def u(s):
    return s.encode("utf-8")


# --- the folder: .txt reports, in name order -------------------------------
dot = u("Cụm thi đua số 3 họp tổng kết năm 2024.\n\\.\n"
        "Sau dòng trên, tỷ lệ điều tra khám phá đạt 88,5%.\n")
ok("in/a01_dot_line.txt", put("in/a01_dot_line.txt", dot))
# the end-of-data line last, without a line end, and with a CR before it
ok("in/a02_dot_last.txt", put("in/a02_dot_last.txt", u("Cluster 4 solved 412 of 450 cases.\r\n\\.")))
ok("in/a03_backslashes.txt", put("in/a03_backslashes.txt",
   u("C:\\new\\reports\\t2024 \\N \\\\. \\x41 \\u00e9 \\ \t tab\tinside\t\n"
     "Cụm số 5\\tđạt 91,2%\\n (backslash at the end)\\")))
ok("in/a04_controls.txt", put("in/a04_controls.txt",
   u("Cluster 7\x01\x02 bell\x07 back\x08 vt\x0b ff\x0c esc\x1b[0m del\x7f: 90/100 cases.\x1f\n")))
crlf = u("Cụm thi đua số 2\r\nNăm 2024 điều tra làm rõ 301/340 vụ, đạt 88,53%.\r\n")
ok("in/a05_crlf.txt", put("in/a05_crlf.txt", crlf))
ok("in/a06_bom.txt", put("in/a06_bom.txt", b"\xef\xbb\xbf" + u("Cluster 6 reached a solve rate of 87.4% in 2024.\n")))
ok("in/a07_old_mac.txt", put("in/a07_old_mac.txt", u("Cluster 8\rline two\rsolved 55 of 60\r")))
put("in/a08_empty.txt", b"")
failed.append(("in/a08_empty.txt", "the text is empty"))
put("in/a09_blank.txt", b"  \r\n\t\n")
failed.append(("in/a09_blank.txt", "only white space"))
put("in/a10_latin1.txt", u("Cụm thi đua số 9\n") + b"Hi\xe9u qu\xe0 88%\n")
failed.append(("in/a10_latin1.txt:2", "not valid UTF-8 (byte 0xe9 at line 2, column 3"))
put("in/a11_nul.txt", u("Cluster 10\nsolved\x00 12 cases\n"))
failed.append(("in/a11_nul.txt:2", "NUL character"))
# one line of about 1.2 MB with backslashes, tabs and a \. inside
huge = u(("Cụm số 11 đạt 89,1% \\. \t \\ " * 40000))
ok("in/a12_huge_line.txt", put("in/a12_huge_line.txt", huge))
same = u("Cụm thi đua số 12: cùng một văn bản, hai tệp.\n")
ok("in/a13_dup_a.txt", put("in/a13_dup_a.txt", same))
put("in/a14_dup_b.txt", same)
known += 1
ok("in/A15_UPPER.TXT", put("in/A15_UPPER.TXT", u("CLUSTER 13 SOLVED 77 OF 80 CASES IN 2024.\n")))
ok("in/a16_mixed.Txt", put("in/a16_mixed.Txt", u("Cluster 14, mixed-case extension: 66/70.\n")))
ok("in/a17 it's a \"name\".txt", put("in/a17 it's a \"name\".txt", u("Cụm 15: tên tệp có dấu nháy.\n")))
put("in/a18_notes.md", u("# not a report\n"))
skipped.append(("in/a18_notes.md", "not a .txt file"))
put("in/.a19_hidden.txt", u("an editor's backup, not read\n"))
put("in/sub/a20_deeper.txt", u("Cluster 16 in a subfolder, not read.\n"))
skipped.append(("in/sub", "a folder inside a folder"))
# a CRLF text with a byte-order mark that ingest() stored before the run
pre = b"\xef\xbb\xbf" + u("Cụm thi đua số 17\r\nđã lưu bằng ingest() trước.\r\n")
ok("in/a21_preloaded.txt", put("in/a21_preloaded.txt", pre))
known += 1
with open(os.path.join(d, "preloaded.b64"), "w") as fh:
    fh.write(base64.b64encode(pre).decode())
args.append("in")

# --- a CSV with a BOM and CRLF line ends ----------------------------------
rows = [u("\ufeffbody,source_url,published,lang\r\n")]
line = 2
multi = "Cụm thi đua số 18\r\n\\.\r\n\"trích dẫn\", tab\there, 90,5%"
rows.append(u('"' + multi.replace('"', '""') + '",https://example.org/18,2024-12-19,vi\r\n'))
ok(f"list.csv:{line}", u(multi), "https://example.org/18", "2024-12-19")
line += 3            # the record above spans three lines
rows.append(u("Cluster 19 in a week date,,2024-W01-1,en\r\n"))
failed.append((f"list.csv:{line}", "published is not a date (YYYY-MM-DD): '2024-W01-1'"))
line += 1
rows.append(u("Cluster 20 on February 30,,2024-02-30,en\r\n"))
failed.append((f"list.csv:{line}", "published is not a date (YYYY-MM-DD): '2024-02-30'"))
line += 1
rows.append(u("Cluster 21 on a leap day that was not,,2023-02-29,\r\n"))
failed.append((f"list.csv:{line}", "'2023-02-29'"))
line += 1
rows.append(u("Cluster 22 on a real leap day,,2024-02-29,\r\n"))
ok(f"list.csv:{line}", u("Cluster 22 on a real leap day"), None, "2024-02-29")
line += 1
rows.append(u("Cluster 23 in 24-12-2024,,24-12-2024,\r\n"))
failed.append((f"list.csv:{line}", "'24-12-2024'"))
line += 1
rows.append(b"Hi\xeau qu\xe0 c\xf9m 24,,,vi\r\n")
failed.append((f"list.csv:{line}", "body is not valid UTF-8 (byte 0xea)"))
line += 1
rows.append(u('"",https://example.org/empty,,\r\n'))
failed.append((f"list.csv:{line}", "the text is empty"))
line += 1
rows.append(u("Cluster 25 with a field too many,,,en,extra\r\n"))
failed.append((f"list.csv:{line}", "5 fields, the header has 4"))
line += 1
rows.append(u("Cluster 26 in an unknown language,,,xx\r\n"))
failed.append((f"list.csv:{line}", "22023: unsupported language \"xx\""))
line += 1
rows.append(u("\r\n"))          # a blank line is no record
line += 1
rows.append(u('"Cụm thi đua số 27\nsau mọi lỗi, vẫn được lưu: 93,1%.",https://example.org/27, 2024-11-30 ,vi\r\n'))
ok(f"list.csv:{line}", u("Cụm thi đua số 27\nsau mọi lỗi, vẫn được lưu: 93,1%."), "https://example.org/27", "2024-11-30")
line += 2
put("list.csv", b"".join(rows))
args.append("list.csv")

# --- a CSV of files, upper-case extension ------------------------------------
put("texts/t1.txt", u("Cụm 28\r\nđạt 86%\r\n"))
put("texts/t2_bad.txt", u("Cluster 29\nline 2\n") + b"\xff\xfe line 3\n")
put("texts/t3_empty.txt", b"")
put("FILES.CSV", u("file,source_url,published,lang\n"
                   "texts/t1.txt,https://example.org/28,2024-06-30,\n"
                   "texts/missing.txt,,,\n"
                   "texts/t2_bad.txt,,,\n"
                   "texts/t3_empty.txt,,,\n"
                   "texts/t1.txt,,,\n"))
ok("FILES.CSV:2", u("Cụm 28\r\nđạt 86%\r\n"), "https://example.org/28", "2024-06-30")
failed.append(("FILES.CSV:3", "cannot read: No such file or directory"))
failed.append(("FILES.CSV:4", ":3: the text is not valid UTF-8 (byte 0xff at line 3, column 1"))
failed.append(("FILES.CSV:5", "the text is empty"))
known += 1                      # FILES.CSV:6, the same file again
args.append("FILES.CSV")

# --- a CSV broken half way: the records before the break are stored -------
put("broken.csv", u("body,lang\n"
                    "Cluster 30 before the break,en\n"
                    "\"Cluster 31 with a quote that never ends,en\n"
                    "Cluster 32 after the break,en\n"))
ok("broken.csv:2", u("Cluster 30 before the break"))
failed.append(("broken.csv:3", "not valid CSV"))
args.append("broken.csv")

# --- a CSV whose header names no body ------------------------------------
put("noheader.csv", u("text,lang\nCluster 33,en\n"))
failed.append(("noheader.csv:1", "unknown column 'text'"))
args.append("noheader.csv")

# --- JSONL, CRLF line ends --------------------------------------------------
j = []


def jl(raw):
    j.append(raw if isinstance(raw, bytes) else u(raw))
    return len(j)


def jobj(obj):
    return jl(json.dumps(obj, ensure_ascii=False) + "\r\n")


n = jobj({"body": "Cụm 34\n\\.\nmọi dòng sau vẫn còn: 92%", "source_url": "https://example.org/34",
          "published": "2024-12-01", "lang": "vi"})
ok(f"list.jsonl:{n}", u("Cụm 34\n\\.\nmọi dòng sau vẫn còn: 92%"), "https://example.org/34", "2024-12-01")
n = jobj({"body": 123})
failed.append((f"list.jsonl:{n}", "body must be a string (text), not a JSON number (123)"))
n = jobj({"file": 7})
failed.append((f"list.jsonl:{n}", "file must be a string (a path), not a JSON number (7)"))
n = jobj({"body": ["x"]})
failed.append((f"list.jsonl:{n}", "body must be a string (text), not a JSON array"))
n = jobj({"body": "Cluster 35", "published": 20240101})
failed.append((f"list.jsonl:{n}", "published must be a string"))
n = jobj({"body": "Cluster 36", "lang": 5})
failed.append((f"list.jsonl:{n}", "lang must be a string"))
n = jobj({"body": "Cluster 37", "published": "2024-W01-1"})
failed.append((f"list.jsonl:{n}", "'2024-W01-1'"))
n = jobj({"body": "Cluster 38", "published": "2024-02-30"})
failed.append((f"list.jsonl:{n}", "'2024-02-30'"))
n = jl(u('{"body": "C\u1ee5m 39 ') + b'\xc3\x28' + u(' 88%"}\r\n'))
failed.append((f"list.jsonl:{n}", "not valid UTF-8 (byte 0xc3"))
n = jl('{"body": "Cluster 40 \\ud800 half a pair"}\r\n')
failed.append((f"list.jsonl:{n}", "half of a surrogate pair"))
n = jl('{"body": "Cluster 41 \\u0000 NUL"}\r\n')
failed.append((f"list.jsonl:{n}", "NUL character"))
n = jobj({"body": ""})
failed.append((f"list.jsonl:{n}", "the text is empty"))
n = jl('{"body": "Cluster 42 a", "body": "Cluster 42 b"}\r\n')
failed.append((f"list.jsonl:{n}", "key 'body' twice"))
n = jobj({"text": "Cluster 43"})
failed.append((f"list.jsonl:{n}", "unknown key 'text'"))
n = jl("[1, 2]\r\n")
failed.append((f"list.jsonl:{n}", "not an object"))
n = jl("not json\r\n")
failed.append((f"list.jsonl:{n}", "not JSON"))
n = jobj({"body": "Cluster 44", "file": "texts/t1.txt"})
failed.append((f"list.jsonl:{n}", "both body and file"))
n = jobj({"body": None})
failed.append((f"list.jsonl:{n}", "body is null"))
jl("\r\n")
jl("   \n")
n = jobj({"body": "Cluster 45\r\nCRLF inside JSON\r\n", "source_url": None, "lang": None, "published": None})
ok(f"list.jsonl:{n}", u("Cluster 45\r\nCRLF inside JSON\r\n"))
n = jobj({"body": "Cụm thi đua số 12: cùng một văn bản, hai tệp.\n"})
known += 1                      # the body of in/a13_dup_a.txt
n = jobj({"body": "Cụm 46 \u2028 line separator \u0085 next line \ufeff zero width no-break, 91%"})
ok(f"list.jsonl:{n}", u("Cụm 46 \u2028 line separator \u0085 next line \ufeff zero width no-break, 91%"))
n = jobj({"file": "texts/t1.txt", "source_url": "https://example.org/28b"})
known += 1                      # FILES.CSV:2 again
put("list.jsonl", b"".join(j))
args.append("list.jsonl")

put("MORE.JSONL", u('{"body": "Cluster 47, upper-case JSONL extension: 70/75."}\n'))
ok("MORE.JSONL:1", u("Cluster 47, upper-case JSONL extension: 70/75."))
args.append("MORE.JSONL")

# --- single files given by name ---------------------------------------------
ok("ONE.TXT", put("ONE.TXT", u("Cluster 48, one .TXT file given by name.\n")))
args.append("ONE.TXT")
put("notes.md", u("Cluster 49 in a markdown file.\n"))
failed.append(("notes.md", "unknown kind of file (.md)"))
args.append("notes.md")
put("empty.jsonl", b"")
args.append("empty.jsonl")      # no reports, no failure
put("empty.csv", b"")
failed.append(("empty.csv", "no header row"))
args.append("empty.csv")

with open(os.path.join(d, "args"), "w") as fh:
    fh.write("\n".join(args) + "\n")
distinct = {s["body"] for s in stored}
assert len(distinct) == len(stored), "a stored body twice in the manifest"
with open(os.path.join(d, "expect.json"), "w") as fh:
    json.dump({"stored": [dict(s, body=base64.b64encode(s["body"]).decode()) for s in stored],
               "failed": failed, "skipped": skipped,
               "new": len(stored) - 1,         # the preloaded one is already known
               "known": known}, fh, ensure_ascii=False, indent=1)
