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
# shellcheck source=build-aux/forky-root.sh
. "$(dirname "$0")/forky-root.sh"

forky_root_ready "$root" "$@"
forky_copy_checkout "$root/src"

forky_run "$root" sh -c '
  set -e
  echo "Debian forky: GTK $(pkg-config --modversion gtk4), GLib $(pkg-config --modversion glib-2.0),"\
" libxml2 $(pkg-config --modversion libxml-2.0), cmocka $(pkg-config --modversion cmocka),"\
" meson $(meson --version), $(gcc --version | head -n 1)"
  cd /src
  if [ ! -f /build/build.ninja ]; then
    meson setup /build --werror -Dapi_caps=false -Dbench=false -Dprofile=development \
      > /build-setup.log ||
      { cat /build-setup.log; exit 1; }
  fi
  meson compile -C /build
  meson test -C /build --print-errorlogs --suite unit --suite data
  GSK_RENDERER=cairo GDK_DISABLE=gl \
    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    meson test -C /build --print-errorlogs --suite ui
'
echo "The newest stack (Debian forky) builds and passes."
