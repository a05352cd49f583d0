# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by build-aux/dev.sh and tests/fuzz/run.sh: what a build needs,
# and
#
#   install_missing PACKAGE...   apt-get install those not installed yet

# What building the program needs on Debian 12.
BUILD_PACKAGES=(
  gcc pkg-config meson ninja-build gettext itstool
  libglib2.0-dev libgtk-4-dev libxml2-dev libxml2-utils libcmocka-dev
  desktop-file-utils appstream
  librsvg2-common adwaita-icon-theme gsettings-desktop-schemas
  libx11-dev libxext-dev
)

# Root's commands run as they are for root, through sudo for anyone else.
as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

install_missing () {
  local missing=() package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing: ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

