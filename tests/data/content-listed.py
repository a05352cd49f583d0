#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every content file in data/content/ must be compiled into the program:
fail if one is missing from the lists in data/content/meson.build, or if the
list names a file that does not exist."""
import os
import re
import sys

source = sys.argv[1]
content = os.path.join(source, "data", "content")
listing = open(os.path.join(content, "meson.build"), encoding="utf-8").read()
listed = set(re.findall(r"'([^']+\.(?:xml|svg|png))'", listing))

on_disk = {n for n in os.listdir(content) if n.endswith(".xml")}
on_disk |= {n for n in os.listdir(os.path.join(content, "images"))}

missing = sorted(on_disk - listed)
stale = sorted(listed - on_disk)
for name in missing:
    print(f"data/content/{name}: not listed in data/content/meson.build, so not built in")
for name in stale:
    print(f"data/content/meson.build: lists {name}, which does not exist")
sys.exit(1 if missing or stale else 0)
