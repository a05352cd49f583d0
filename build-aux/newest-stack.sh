#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/newest-stack.sh ROOT PACKAGE...: build Skin Spots on Debian
# forky (testing), the newest GNOME stack Debian has, and run the unit,
# data and ui suites there. Called by `build-aux/dev.sh newest`, as root.
#
# ROOT is made once with debootstrap and kept (it is outside the checkout,
# so a fresh clone on the same machine reuses it); the packages are
# installed into it, and installed again only when the list changes. The
# checkout is copied into ROOT/src, and built in ROOT/build, without the
# GLib and GTK version caps and with every deprecation an error.
set -euo pipefail

root=$1; shift
packages=("$@")
source_dir=$(cd "$(dirname "$0")/.." && pwd)
stamp=$root/.skin-spots-packages

in_root () {
  chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}

make_root () {
  local mirror
  # The same mirror as this machine's own packages.
  mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
  mirror=${mirror:-http://deb.debian.org/debian}

  echo "Making a Debian forky root in $root (once; about 2 minutes)"
  rm -rf "$root.tmp"
  mkdir -p "$(dirname "$root")"
  # Debian 12's debootstrap has no forky script; testing uses sid's.
  debootstrap --variant=minbase forky "$root.tmp" "$mirror" \
    /usr/share/debootstrap/scripts/sid > "$root.log" 2>&1 ||
    { tail -n 20 "$root.log" >&2; exit 1; }
  # The archive may serve a snapshot whose Release file has expired.
  echo 'Acquire::Check-Valid-Until "false";' \
    > "$root.tmp/etc/apt/apt.conf.d/99skin-spots-snapshot"
  mv "$root.tmp" "$root"
}

install_packages () {
  local wanted="${packages[*]}"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    return 0
  fi
  echo "Installing into the forky root: $wanted"
  in_root apt-get update -qq
  in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${packages[@]}" > "$root.log" 2>&1 || { tail -n 20 "$root.log" >&2; exit 1; }
  # gtk_test_init() and some tests of GTK itself want en_US.UTF-8.
  echo "en_US.UTF-8 UTF-8" > "$root/etc/locale.gen"
  in_root locale-gen > /dev/null
  echo "$wanted" > "$stamp"
}

mount_system () {
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --make-rslave "$root/dev"
  trap unmount_system EXIT
}

unmount_system () {
  umount -R "$root/dev" 2>/dev/null || umount -l "$root/dev" || true
  umount "$root/proc" 2>/dev/null || umount -l "$root/proc" || true
}

copy_checkout () {
  # What git would commit, untracked files included, nothing ignored.
  rm -rf "$root/src"
  mkdir -p "$root/src"
  (cd "$source_dir" && git ls-files --cached --others --exclude-standard -z |
     tar --null -T - -cf -) | tar -xf - -C "$root/src"
}

[ -d "$root" ] || make_root
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount_system
install_packages
copy_checkout

in_root sh -c '
  set -e
  echo "Debian forky: GTK $(pkg-config --modversion gtk4), GLib $(pkg-config --modversion glib-2.0),"\
" libxml2 $(pkg-config --modversion libxml-2.0), cmocka $(pkg-config --modversion cmocka),"\
" meson $(meson --version), $(gcc --version | head -n 1)"
  cd /src
  if [ ! -f /build/build.ninja ]; then
    meson setup /build --werror -Dapi_caps=false -Dbench=false > /build-setup.log ||
      { cat /build-setup.log; exit 1; }
  fi
  meson compile -C /build
  meson test -C /build --print-errorlogs --suite unit --suite data
  GSK_RENDERER=cairo GDK_DISABLE=gl \
    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    meson test -C /build --print-errorlogs --suite ui
'
echo "The newest stack (Debian forky) builds and passes."
