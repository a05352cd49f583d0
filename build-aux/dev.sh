#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The two set-up commands of the README, for a fresh Debian 12 machine:
#
#   build-aux/dev.sh run [ARGS...]   install what is missing, build, start the app
#   build-aux/dev.sh test            install what is missing, build, run every suite
#
# And for CI and before a release:
#
#   build-aux/dev.sh newest          build and test on Debian forky, the newest
#                                    GNOME stack (build-aux/newest-stack.sh)
#   build-aux/dev.sh flatpak         build the Flatpak against a runtime made
#                                    from that forky root, install it into a
#                                    private installation and check it there
#                                    (build-aux/flatpak-runtime.sh, flatpak-app.sh)
#
# All are idempotent: packages already installed are skipped and meson only
# rebuilds what changed. Packages are installed with apt-get, as root or
# through sudo.
set -euo pipefail

cd "$(dirname "$0")/.."

# BUILD_PACKAGES, and install_missing PACKAGE...
. build-aux/packages.sh

TEST_PACKAGES=(
  xvfb xauth dbus dbus-bin at-spi2-core
  python3 python3-dogtail python3-pyatspi python3-gi gir1.2-gtk-3.0
  poppler-utils imagemagick fonts-cantarell
)

# What the forky root needs to build and run the unit, data and ui suites,
# and, as the Flatpak SDK, to compose the app's metadata.
FORKY_PACKAGES=(
  "${BUILD_PACKAGES[@]}"
  xvfb xauth dbus dbus-bin at-spi2-core poppler-utils fonts-cantarell locales
  appstream-compose
)
FORKY_ROOT=${XDG_CACHE_HOME:-$HOME/.cache}/skin-spots/forky

# The host's Flatpak tools, and what the window check needs.
FLATPAK_PACKAGES=(
  flatpak flatpak-builder elfutils
  xvfb xauth dbus dbus-bin at-spi2-core python3-dogtail python3-pyatspi imagemagick
)

configure () {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" --werror "$@"
  fi
  meson compile -C "$dir"
}

headless () {
  # A virtual display and a private session bus; software rendering, and
  # no OpenGL (GDK_DEBUG for GTK 4.8, GDK_DISABLE for 4.16 and later).
  GSK_RENDERER=cairo GDK_DEBUG=gl-disable GDK_DISABLE=gl \
    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$@"
}

case "${1:-}" in
  run)
    shift
    install_missing "${BUILD_PACKAGES[@]}"
    configure _build
    GSETTINGS_SCHEMA_DIR="$PWD/_build/data" SKIN_SPOTS_LOCALE_DIR="$PWD/_build/po" \
      exec _build/src/skin-spots "$@"
    ;;

  test)
    install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure _build
    meson test -C _build --print-errorlogs --suite unit --suite data
    headless meson test -C _build --print-errorlogs --suite ui --suite e2e

    # The unit and data suites again under valgrind (tests/valgrind.sh):
    # no error and no byte definitely lost, in the tests or in any
    # skin-spots they start.
    install_missing valgrind
    meson test -C _build --print-errorlogs --setup valgrind --suite unit --suite data

    # The unit suite again, with AddressSanitizer and UBSan. meson 1.0 does
    # not set UBSAN_OPTIONS, and without halt_on_error UBSan only warns.
    configure _build-sanitize -Db_sanitize=address,undefined -Db_lundef=false
    UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1 \
      meson test -C _build-sanitize --print-errorlogs --suite unit
    echo "All suites passed."
    ;;

  newest)
    install_missing debootstrap
    "${as_root[@]}" build-aux/newest-stack.sh "$FORKY_ROOT" "${FORKY_PACKAGES[@]}"
    ;;

  flatpak)
    install_missing debootstrap "${FLATPAK_PACKAGES[@]}"
    flatpak_dir=${XDG_CACHE_HOME:-$HOME/.cache}/skin-spots/flatpak
    mkdir -p "$flatpak_dir"
    "${as_root[@]}" build-aux/flatpak-runtime.sh "$FORKY_ROOT" "$flatpak_dir/runtime-repo" forky \
      "${FORKY_PACKAGES[@]}"
    build-aux/flatpak-app.sh "$flatpak_dir" forky
    ;;

  *)
    echo "usage: $0 run [ARGS...] | test | newest | flatpak" >&2
    exit 2
    ;;
esac
