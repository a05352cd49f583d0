#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""apply-profile.py IN OUT APP_ID PROFILE: writes IN to OUT with @APP_ID@
replaced and, for the development profile, the program's name marked, so a
build from git is told apart from a release wherever it is listed. (The
marked name is not translated: development builds are for developers.)"""
import sys

source, output, app_id, profile = sys.argv[1:]
text = open(source, encoding="utf-8").read().replace("@APP_ID@", app_id)
if profile == "development":
    text = text.replace("Name=Skin Spots\n", "Name=Skin Spots (Development)\n")
    text = text.replace("<name>Skin Spots</name>", "<name>Skin Spots (Development)</name>")
open(output, "w", encoding="utf-8").write(text)
