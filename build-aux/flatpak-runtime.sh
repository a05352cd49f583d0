#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/flatpak-runtime.sh ROOT REPO BRANCH PACKAGE...: turn the Debian
# forky root of the newest stack into a Flatpak runtime and SDK of the
# project's own (io.github.skinspots.Platform and .Sdk), and export both into
# the OSTree repository REPO. Called by `build-aux/dev.sh flatpak`, as root.
#
# No GNOME runtime can be downloaded here, so these stand in for
# org.gnome.Platform and org.gnome.Sdk: the SDK is ROOT itself (the compilers
# and -dev packages the newest stack builds with), the Platform a copy of it
# with everything but the app's run-time libraries removed, so a library the
# manifest forgets to bundle is missing there as it would be on Flathub.
# Both are made again only when ROOT's packages or this script change.
set -euo pipefail

root=$1 repo=$2 branch=$3; shift 3
# shellcheck source=build-aux/forky-root.sh
. "$(dirname "$0")/forky-root.sh"

# What the app needs at run time, as org.gnome.Platform has it: GTK and its
# icon, image and font stack, libxml2, the GSettings schemas and tools, and
# flatpak-spawn, with which GTK's image loaders (glycin) sandbox themselves.
platform_packages=(
  libgtk-4-1 libxml2-16 libglib2.0-0t64 libglib2.0-bin
  librsvg2-common glycin-loaders adwaita-icon-theme hicolor-icon-theme
  gsettings-desktop-schemas shared-mime-info fontconfig fonts-cantarell locales
  flatpak-xdg-utils
)

forky_root_ready "$root" "$@"

stamp=$repo/.skin-spots-runtime
wanted="$(cat "$root/.skin-spots-packages") | ${platform_packages[*]} | $(sha256sum "$0" | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "The runtime and SDK are up to date in $repo"
  exit 0
fi

arch=$(flatpak --default-arch)
work=$root.flatpak
rm -rf "$work"
mkdir -p "$work"

write_metadata () {
  local tree=$1 name=$2
  cat > "$tree/metadata" <<METADATA
[Runtime]
name=$name
runtime=io.github.skinspots.Platform/$arch/$branch
sdk=io.github.skinspots.Sdk/$arch/$branch
METADATA
}

# Flatpak mounts a runtime's files at /usr, and its /etc is their usr/etc.
# Docs, manuals and secrets stay out; build-export wants files= to be "usr".
tree_from () {
  local from=$1 tree=$2 copy=$3
  mkdir -p "$tree"
  $copy "$from/usr" "$tree/usr"
  $copy "$from/etc" "$tree/usr/etc"
  rm -rf "$tree/usr/share/doc" "$tree/usr/share/man" "$tree/usr/share/info" \
    "$tree"/usr/etc/shadow* "$tree"/usr/etc/gshadow* "$tree/usr/etc/resolv.conf"
}

# The SDK: ROOT's files as they are (hard links: nothing here writes to them;
# removing a link leaves ROOT's file in place).
echo "Making the SDK io.github.skinspots.Sdk//$branch from $root"
forky_unmount "$root"
tree_from "$root" "$work/sdk" "cp -al"
# Debian 12's flatpak-builder (1.2) runs appstream-glib's appstream-compose
# inside the SDK; forky has only its successor, appstreamcli compose. This
# gives the old command the meaning flatpak-builder 1.4 gives the new one,
# with the metainfo back in share/metainfo, where 1.4 leaves it and where
# appstreamcli looks (1.2 has just moved it to share/appdata).
rm -f "$work/sdk/usr/bin/appstream-compose"
cat > "$work/sdk/usr/bin/appstream-compose" <<'SHIM'
#!/bin/sh
# appstream-compose --prefix=/app --origin=flatpak --basename=ID ID
prefix=/app id=
for arg; do
  case $arg in
    --prefix=*) prefix=${arg#--prefix=} ;;
    -*) ;;
    *) id=$arg ;;
  esac
done
if [ -f "$prefix/share/appdata/$id.appdata.xml" ]; then
  mkdir -p "$prefix/share/metainfo"
  mv "$prefix/share/appdata/$id.appdata.xml" "$prefix/share/metainfo/$id.metainfo.xml"
  rmdir "$prefix/share/appdata" 2>/dev/null || true
fi
exec appstreamcli compose --prefix=/ --origin="$id" --result-root="$prefix" \
  --data-dir="$prefix/share/app-info/xmls" --icons-dir="$prefix/share/app-info/icons/flatpak" \
  --components="$id" "$prefix"
SHIM
chmod 755 "$work/sdk/usr/bin/appstream-compose"
write_metadata "$work/sdk" io.github.skinspots.Sdk

# The Platform: a real copy (apt writes to it), reduced to the run-time set.
echo "Making the runtime io.github.skinspots.Platform//$branch"
cp -a "$root" "$work/platform-root"
rm -rf "$work/platform-root/var/cache/apt/archives"/*.deb "$work/platform-root/src" \
  "$work/platform-root/build"
forky_mount "$work/platform-root"
# shellcheck disable=SC2046
forky_run "$work/platform-root" sh -c '
  set -e
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
  apt-mark auto $(apt-mark showmanual) > /dev/null
  apt-mark manual "$@" > /dev/null
  DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -qq > /dev/null
  apt-get clean
' sh "${platform_packages[@]}" > "$work/platform.log" 2>&1 ||
  { tail -n 20 "$work/platform.log" >&2; exit 1; }
forky_unmount "$work/platform-root"
tree_from "$work/platform-root" "$work/platform" "mv"
# Debian keeps flatpak-spawn out of PATH (it is meant for sandboxes only);
# glycin runs it by name, as from the freedesktop runtime's /usr/bin.
ln -s ../libexec/flatpak-xdg-utils/flatpak-spawn "$work/platform/usr/bin/flatpak-spawn"
write_metadata "$work/platform" io.github.skinspots.Platform

echo "Exporting both into $repo"
flatpak build-export --runtime --files=usr "$repo" "$work/sdk" "$branch" > /dev/null
flatpak build-export --runtime --files=usr "$repo" "$work/platform" "$branch" > /dev/null
rm -rf "$work"
echo "$wanted" > "$stamp"
