#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""no-build-paths.py PROGRAM FOLDER...: a release binary must not name the
folders it was built in (a settings fallback, __FILE__, debug information):
they mean nothing on the user's machine, and `strings` would show them."""
import sys

program, *folders = sys.argv[1:]
data = open(program, "rb").read()
found = [f for f in folders if f.encode() in data]
for folder in found:
    print(f"{program}: names the build machine's folder {folder}")
sys.exit(1 if found else 0)
