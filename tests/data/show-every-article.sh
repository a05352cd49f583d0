#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `skin-spots --show` prints every listed article, without error or warning.
set -eu
skin_spots=$1
ids=$("$skin_spots" --list | cut -f1)
[ -n "$ids" ] || { echo "--list printed no articles"; exit 1; }
status=0
for id in $ids; do
  if ! err=$("$skin_spots" --show "$id" 2>&1 >/dev/null) || [ -n "$err" ]; then
    echo "--show $id failed: $err"
    status=1
  fi
done
exit $status
