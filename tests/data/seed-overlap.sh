#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The shipped words must be our own: no run of 8 or more words may be shared
# with the source documents (../shared/seeds). The tool ships beside the
# project, in ../shared, on every developer machine and in CI.
set -eu
source_dir=$1
tool="$source_dir/../shared/tools/seed-overlap"
if [ ! -x "$tool" ]; then
  # Not a checkout beside ../shared: nothing to compare with. Skip (77).
  echo "seed-overlap not found at $tool; skipped" >&2
  exit 77
fi
cd "$source_dir"
out=$("$tool" data po)
echo "$out"
echo "$out" | tail -n 1 | grep -q '^0 shared runs'
