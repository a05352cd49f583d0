#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the app's screenshots (see screenshots.py) in a virtual display.
# The screen is larger than the window, so that the pointer, which starts
# in the middle, is away from it.
set -eu
cd "$(dirname "$0")/.."
meson compile -C _build >/dev/null
export GTK_MODULES=gail:atk-bridge
export GSETTINGS_SCHEMA_DIR="$PWD/_build/data" SKIN_SPOTS_LOCALE_DIR="$PWD/_build/po"
exec xvfb-run -a -s "-screen 0 1600x1200x24" dbus-run-session -- /usr/bin/python3 build-aux/screenshots.py
