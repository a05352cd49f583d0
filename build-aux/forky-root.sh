# shellcheck shell=bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by build-aux/newest-stack.sh and build-aux/flatpak-runtime.sh, as
# root: the Debian forky (testing) root both of them build on.
#
#   forky_root_ready ROOT PACKAGE...  make ROOT once with debootstrap and
#                                     install PACKAGEs into it (again only
#                                     when the list changes)
#   forky_mount ROOT                  mount /proc and /dev into ROOT until
#                                     the calling script exits
#   forky_unmount ROOT                unmount them earlier
#   forky_run ROOT COMMAND...         run COMMAND inside ROOT, clean environment
#   forky_copy_checkout DEST          copy what git would commit into DEST

forky_checkout=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

forky_run () {
  local root=$1; shift
  chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"
}

forky_make_root () {
  local root=$1 mirror
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

forky_install_packages () {
  local root=$1; shift
  local stamp=$root/.skin-spots-packages wanted="$*"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
    return 0
  fi
  echo "Installing into the forky root: $wanted"
  forky_run "$root" apt-get update -qq
  forky_run "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "$@" > "$root.log" 2>&1 || { tail -n 20 "$root.log" >&2; exit 1; }
  # gtk_test_init() and some tests of GTK itself want en_US.UTF-8.
  echo "en_US.UTF-8 UTF-8" > "$root/etc/locale.gen"
  forky_run "$root" locale-gen > /dev/null
  echo "$wanted" > "$stamp"
}

forky_root_ready () {
  local root=$1; shift
  [ -d "$root" ] || forky_make_root "$root"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  forky_mount "$root"
  forky_install_packages "$root" "$@"
}

forky_mounted=()

forky_unmount () {
  local root=$1
  if mountpoint -q "$root/dev"; then
    umount -R "$root/dev" 2>/dev/null || umount -l "$root/dev" || true
  fi
  if mountpoint -q "$root/proc"; then
    umount "$root/proc" 2>/dev/null || umount -l "$root/proc" || true
  fi
}

forky_unmount_all () {
  local root
  for root in "${forky_mounted[@]}"; do
    forky_unmount "$root"
  done
}

forky_mount () {
  local root=$1
  mountpoint -q "$root/proc" && return 0
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --make-rslave "$root/dev"
  forky_mounted+=("$root")
  trap forky_unmount_all EXIT
}

forky_copy_checkout () {
  local dest=$1
  # What git would commit, untracked files included, nothing ignored.
  rm -rf "$dest"
  mkdir -p "$dest"
  (cd "$forky_checkout" && git ls-files --cached --others --exclude-standard -z |
     tar --null -T - -cf -) | tar -xf - -C "$dest"
}
