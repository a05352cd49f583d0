#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/flatpak-app.sh DIR BRANCH: build the Flatpak of Skin Spots from
# flatpak/io.github.skinspots.SkinSpots.json against the runtime and SDK
# that build-aux/flatpak-runtime.sh exported into DIR/runtime-repo, install
# it into the private installation DIR/installation, check it there
# (build-aux/flatpak-check.sh), and print the command that starts it.
# Called by `build-aux/dev.sh flatpak`, as the user who will run it.
set -euo pipefail

dir=$1 branch=$2
app_id=io.github.skinspots.SkinSpots
# shellcheck source=build-aux/forky-root.sh
. "$(dirname "$0")/forky-root.sh"

# A Flatpak installation of its own: nothing of the user's is touched.
export FLATPAK_USER_DIR=$dir/installation
flatpak --user remote-add --if-not-exists --no-gpg-verify skin-spots-runtime "$dir/runtime-repo"
flatpak --user install --noninteractive -y --or-update skin-spots-runtime \
  "io.github.skinspots.Platform//$branch" "io.github.skinspots.Sdk//$branch" > /dev/null

# The shipped manifest, with only the runtime, the SDK and their version
# swapped, next to a copy of the checkout (its "dir" source is "..").
forky_copy_checkout "$dir/src"
python3 - "$dir/src/flatpak/$app_id.json" "$dir/src/flatpak/$app_id.local.json" "$branch" <<'PY'
import json, sys
shipped, local, branch = sys.argv[1:]
manifest = json.load(open(shipped, encoding="utf-8"))
manifest["runtime"] = "io.github.skinspots.Platform"
manifest["sdk"] = "io.github.skinspots.Sdk"
manifest["runtime-version"] = branch
json.dump(manifest, open(local, "w", encoding="utf-8"), indent=2)
PY

echo "Building the Flatpak (flatpak-builder $(flatpak-builder --version | cut -d' ' -f2))"
flatpak-builder --user --disable-rofiles-fuse --force-clean --disable-updates \
  --state-dir="$dir/state" --repo="$dir/app-repo" \
  "$dir/app-build" "$dir/src/flatpak/$app_id.local.json" > "$dir/build.log" 2>&1 ||
  { tail -n 30 "$dir/build.log" >&2; exit 1; }
flatpak --user remote-add --if-not-exists --no-gpg-verify skin-spots-app "$dir/app-repo"
flatpak --user install --noninteractive -y --or-update skin-spots-app "$app_id" > /dev/null

"$(dirname "$0")/flatpak-check.sh" "$dir" "$app_id"

echo
echo "The Flatpak is installed in a private installation. To start it:"
echo "  FLATPAK_USER_DIR=$FLATPAK_USER_DIR flatpak run $app_id"
