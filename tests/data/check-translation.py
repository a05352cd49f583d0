#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-translation.py FILE.po: every entry translated, not fuzzy, with the
same XML tags (names and attributes, in any order) as its msgid, so that a
link still leads where it led; well-formed XML where the msgid is markup; the
same printf formats; the same line breaks; keyword lists ending in ';'."""
import re, sys, collections
import xml.etree.ElementTree as ET

def unquote(lines):
    return "".join(eval(l) for l in lines)  # po strings are C-like literals

def entries(path):
    cur = {"flags": "", "fields": collections.OrderedDict(), "line": 0}
    key = None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip():
            if cur["fields"]:
                yield cur
            cur = {"flags": "", "fields": collections.OrderedDict(), "line": 0}; key = None
            continue
        if line.startswith("#,"):
            cur["flags"] += line
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            cur["fields"][key].append(line)
        else:
            key, _, rest = line.partition(" ")
            cur["fields"][key] = [rest]
            cur["line"] = cur["line"] or n
    if cur["fields"]:
        yield cur

TAG = re.compile(r"</?[a-z][a-z-]*(?:\s+[a-z-]+=\"[^\"]*\")*\s*/?>")
FMT = re.compile(r"%(?:\d+\$)?[-+ #0]*\d*(?:\.\d+)?(?:l|ll|z|h|hh)?[sdiuxXfgc%]")
bad = 0
for e in entries(sys.argv[1]):
    f = {k: unquote(v) for k, v in e["fields"].items()}
    if f.get("msgid", "") == "":
        continue
    where = f"{sys.argv[1]}:{e['line']}"
    if "fuzzy" in e["flags"]:
        print(f"{where}: fuzzy"); bad += 1
    strs = [v for k, v in f.items() if k.startswith("msgstr")]
    for s in strs:
        if not s.strip():
            print(f"{where}: untranslated: {f['msgid'][:60]!r}"); bad += 1; continue
        src = f["msgid"]
        if sorted(TAG.findall(src)) != sorted(TAG.findall(s)):
            print(f"{where}: tags differ: {sorted(TAG.findall(src))} vs {sorted(TAG.findall(s))}"); bad += 1
        if "c-format" in e["flags"] and sorted(FMT.findall(src)) != sorted(FMT.findall(s)) \
           and "msgid_plural" not in f:
            print(f"{where}: formats differ: {FMT.findall(src)} vs {FMT.findall(s)}"); bad += 1
        if "<" in src or "&" in src:
            try:
                ET.fromstring(f"<x>{src}</x>")
                try:
                    ET.fromstring(f"<x>{s}</x>")
                except ET.ParseError as err:
                    print(f"{where}: the translation is not well-formed XML ({err})"); bad += 1
            except ET.ParseError:
                pass
        if src.count("\n") != s.count("\n") and "msgid_plural" not in f:
            print(f"{where}: line breaks differ"); bad += 1
        if src.endswith(";") != s.endswith(";"):
            print(f"{where}: keyword list must end with ';' like the msgid"); bad += 1
print(f"{bad} problem(s)")
sys.exit(1 if bad else 0)
