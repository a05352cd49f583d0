#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""metainfo-quality.py METAINFO DESKTOP SOURCE VERSION: what Flathub's
quality review asks of the store listing, beyond what the validators check:
a short summary and captions, screenshots of at most 1000 x 700 with the
window's shadow (an alpha channel), both branding colours, an offline-only
declaration, release notes for this version, one main category. Then
`appstreamcli validate --pedantic` must say nothing but what the
application id itself causes."""
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

metainfo, desktop, source, version = sys.argv[1:]
problems = []
root = ET.parse(metainfo).getroot()

summary = root.findtext("summary")
if len(summary) > 35 or summary.endswith("."):
    problems.append(f"summary “{summary}” has {len(summary)} characters (at most 35, no full stop)")

for caption in root.iter("caption"):
    if caption.get("{http://www.w3.org/XML/1998/namespace}lang") is None and len(caption.text) > 50:
        problems.append(f"caption “{caption.text}” has {len(caption.text)} characters (at most 50)")

for image in root.iter("image"):
    name = image.text.rsplit("/", 1)[-1]
    path = f"{source}/data/screenshots/{name}"
    with open(path, "rb") as png:
        header = png.read(26)
    width, height = struct.unpack(">II", header[16:24])
    colour_type = header[25]
    if width > 1000 or height > 700:
        problems.append(f"{path} is {width}x{height} (at most 1000x700)")
    if colour_type != 6:
        problems.append(f"{path} has no alpha channel: no window shadow or rounded corners")

colours = {c.get("scheme_preference"): c.text for c in root.iter("color")}
if set(colours) != {"light", "dark"} or colours["light"] == colours["dark"]:
    problems.append(f"branding needs a light and a dark colour, has {colours}")

if root.findtext("supports/internet") != "offline-only":
    problems.append("supports/internet must say offline-only")

releases = [r for r in root.iter("release")]
if not releases or releases[0].get("version") != version or releases[0].find("description") is None:
    problems.append(f"the first release must be {version}, with its notes")

MAIN = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics",
        "Network", "Office", "Science", "Settings", "System", "Utility"}
categories = re.search(r"^Categories=(.*)$", open(desktop, encoding="utf-8").read(), re.M)
main = [c for c in categories.group(1).split(";") if c in MAIN]
if len(main) != 1:
    problems.append(f"the desktop file names {len(main)} main categories ({main}); one is right")

# What the validators say, but for the capital letters the id must have
# and, before AppStream 1.0, not knowing <developer>.
out = subprocess.run(["appstreamcli", "validate", "--pedantic", "--no-net", metainfo],
                     capture_output=True, text=True)
for line in out.stdout.splitlines():
    if re.match(r"^[EWIP]: ", line) and "cid-contains-uppercase-letter" not in line and \
       not ("unknown-tag developer" in line and line.startswith("I: ")):
        problems.append("appstreamcli: " + line)
if out.returncode != 0:
    problems.append("appstreamcli validate failed:\n" + out.stdout + out.stderr)
out = subprocess.run(["desktop-file-validate", desktop], capture_output=True, text=True)
if out.stdout.strip() or out.returncode != 0:
    problems.append("desktop-file-validate: " + out.stdout + out.stderr)

for problem in problems:
    print(f"{metainfo}: {problem}")
sys.exit(1 if problems else 0)
