#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""po/POTFILES.in must name every file with words a reader sees, or those
words never reach a translator: C files that mark strings with _(), N_(),
C_() or ngettext, .ui files with translatable properties, every content file,
and the desktop file, metainfo and settings schema. It must also not name a
file that does not exist."""
import os
import re
import sys

source = sys.argv[1]
listed = set()
for line in open(os.path.join(source, "po", "POTFILES.in"), encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("#"):
        listed.add(line)

C_MARK = re.compile(r"\b(?:_|N_|C_|NC_|ngettext|g_dngettext)\s*\(\s*\"")
wanted = set()
for folder in ("src", "src/core"):
    for name in os.listdir(os.path.join(source, folder)):
        path = f"{folder}/{name}"
        if name.endswith(".c") and C_MARK.search(open(os.path.join(source, path),
                                                    encoding="utf-8").read()):
            wanted.add(path)
for root, _, names in os.walk(os.path.join(source, "ui")):
    for name in names:
        path = os.path.relpath(os.path.join(root, name), source)
        if name.endswith(".ui") and 'translatable="yes"' in open(os.path.join(root, name),
                                                                 encoding="utf-8").read():
            wanted.add(path)
for name in os.listdir(os.path.join(source, "data", "content")):
    if name.endswith(".xml"):
        wanted.add(f"data/content/{name}")
for name in os.listdir(os.path.join(source, "data")):
    if name.endswith((".desktop.in", ".metainfo.xml.in", ".gschema.xml")):
        wanted.add(f"data/{name}")

fail = False
for path in sorted(wanted - listed):
    print(f"po/POTFILES.in: {path} has translatable text but is not listed")
    fail = True
for path in sorted(listed):
    if not os.path.exists(os.path.join(source, path)):
        print(f"po/POTFILES.in: lists {path}, which does not exist")
        fail = True
sys.exit(1 if fail else 0)
