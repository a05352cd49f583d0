#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Flatpak manifest follows Flathub's rules and our privacy promise:
the GNOME 50 runtime, no network permission, no filesystem access, and the
test suites (which need cmocka, absent from the SDK) turned off."""
import json
import sys

manifest = json.load(open(sys.argv[1], encoding="utf-8"))
problems = []
if manifest.get("id") != "io.github.skinspots.SkinSpots":
    problems.append("id must be io.github.skinspots.SkinSpots")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("runtime-version") != "50":
    problems.append("runtime must be org.gnome.Platform 50")
if manifest.get("sdk") != "org.gnome.Sdk":
    problems.append("sdk must be org.gnome.Sdk")
args = manifest.get("finish-args", [])
for needed in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"):
    if needed not in args:
        problems.append(f"finish-args lacks {needed}")
for arg in args:
    if arg.startswith("--share=network") or arg.startswith("--filesystem"):
        problems.append(f"finish-args must not grant {arg}: the app is offline and private")
app = manifest["modules"][-1]
if app.get("buildsystem") != "meson" or not app.get("builddir"):
    problems.append("the app module must be a meson module with builddir: true")
if "-Dtests=false" not in app.get("config-opts", []):
    problems.append("the app module must build with -Dtests=false")
for p in problems:
    print(f"{sys.argv[1]}: {p}")
sys.exit(1 if problems else 0)
