#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Both Flatpak manifests follow Flathub's rules and our privacy promise:
the GNOME 50 runtime, no network, no file system and no bus names beyond
ipc, a display and dri, and the test suites (which need cmocka, absent from
the SDK) turned off. They differ only in the app's source: the local one
builds this checkout (a "dir"), the Flathub one the release's git tag and
commit in https://github.com/skinspots/SkinSpots, the repository that the
app id io.github.skinspots.SkinSpots names.

Usage: flatpak-manifest.py LOCAL FLATHUB VERSION
"""
import json
import re
import sys

local_path, flathub_path, version = sys.argv[1:]
# Exactly these: ipc, a display and dri, and nothing of the network, the
# file system or the bus.
FINISH_ARGS = ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri")
problems = []


def check_common(path, manifest):
    def problem(text):
        problems.append(f"{path}: {text}")

    if manifest.get("id") != "io.github.skinspots.SkinSpots":
        problem("id must be io.github.skinspots.SkinSpots")
    if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("runtime-version") != "50":
        problem("runtime must be org.gnome.Platform 50")
    if manifest.get("sdk") != "org.gnome.Sdk":
        problem("sdk must be org.gnome.Sdk")
    args = manifest.get("finish-args", [])
    for needed in FINISH_ARGS:
        if needed not in args:
            problem(f"finish-args lacks {needed}")
    for arg in args:
        if arg not in FINISH_ARGS:
            problem(f"finish-args must not grant {arg}: the app is offline and private")
    app = manifest["modules"][-1]
    if app.get("buildsystem") != "meson" or not app.get("builddir"):
        problem("the app module must be a meson module with builddir: true")
    if "-Dtests=false" not in app.get("config-opts", []):
        problem("the app module must build with -Dtests=false")
    return app.get("sources", [])


local = json.load(open(local_path, encoding="utf-8"))
flathub = json.load(open(flathub_path, encoding="utf-8"))

local_sources = check_common(local_path, local)
if local_sources != [{"type": "dir", "path": ".."}]:
    problems.append(f"{local_path}: the app's source must be the checkout: a dir source, path ..")

flathub_sources = check_common(flathub_path, flathub)
if len(flathub_sources) != 1 or flathub_sources[0].get("type") != "git":
    problems.append(f"{flathub_path}: the app's source must be one git source (Flathub takes no dir)")
else:
    source = flathub_sources[0]
    if source.get("url") != "https://github.com/skinspots/SkinSpots.git":
        problems.append(f"{flathub_path}: the git url must be https://github.com/skinspots/SkinSpots.git")
    if source.get("tag") != f"v{version}":
        problems.append(f"{flathub_path}: the tag must be this release's, v{version}")
    if not re.fullmatch(r"[0-9a-f]{40}", source.get("commit", "")):
        problems.append(f"{flathub_path}: the tag's commit must be given in full (40 hex digits)")

# Everything but the source is the same, so the local build proves the other.
for manifest in (local, flathub):
    manifest["modules"][-1].pop("sources", None)
if local != flathub:
    problems.append(f"{flathub_path}: differs from {local_path} in more than the app's source")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
