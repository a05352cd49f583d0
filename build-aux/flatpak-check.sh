#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/flatpak-check.sh DIR APP_ID: check the Flatpak installed in the
# private installation $FLATPAK_USER_DIR as a user would meet it: what the
# command line prints inside the sandbox, what the sandbox allows, what the
# installation holds, and the window (build-aux/flatpak-window.py). DIR/src
# is the checkout it was built from. Called by build-aux/flatpak-app.sh.
set -euo pipefail

dir=$1 app_id=$2
home=$(mktemp -d "${TMPDIR:-/tmp}/skin-spots-flatpak-XXXXXX")
trap 'rm -rf "$home"' EXIT

# A home of its own: the sandbox's data and settings start empty.
run () {
  HOME=$home flatpak run "$app_id" "$@"
}

fail () {
  echo "flatpak check: $*" >&2
  exit 1
}

# Every article of the checkout, by id, and nothing else.
expected=$(grep -l '<article ' "$dir"/src/data/content/*.xml |
  xargs sed -n 's/.*<article [^>]*id="\([^"]*\)".*/\1/p' | sort)
listed=$(run --list | cut -f1 | sort)
[ "$listed" = "$expected" ] ||
  fail "--list differs from the articles in data/content: $(diff <(echo "$expected") <(echo "$listed") | tr '\n' ' ')"
echo "--list lists all $(echo "$listed" | wc -l) articles"

answer=$(run --checklist-evaluate=age=25-to-74-years,glass-test=yes)
if [ "$(echo "$answer" | head -n 1 | cut -f1)" != emergency ] || ! echo "$answer" | grep -q '^because: '; then
  fail "--checklist-evaluate did not answer emergency with its reasons: $answer"
fi
status=0; run --checklist-evaluate= > /dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "--checklist-evaluate with an empty list exited $status, not 2"
echo "--checklist-evaluate answers (emergency, because: …; exit 2 for an empty list)"

# The Spanish content is compiled in: no locale of the runtime is needed.
LANGUAGE=es run --list | grep -q "^petechiae	Petequias$" ||
  fail "LANGUAGE=es --list is not Spanish: $(LANGUAGE=es run --list | head -n 3 | tr '\n' ' ')"
echo "LANGUAGE=es --list is Spanish"

# Articles the user adds live in the sandbox's data folder.
content=$home/.var/app/$app_id/data/skin-spots/content
mkdir -p "$content"
cat > "$content/flatpak-check.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="https://skinspots.github.io/ns/content/1" id="flatpak-check" category="start-here">
  <title>Added by the user</title>
  <summary>An article from the sandbox's own content folder.</summary>
  <section><heading>Heading</heading><p>Text.</p></section>
  <reviewed date="2026-12-02" next="2027-12-02"><against citation="NICE guideline NG143"/></reviewed>
</article>
XML
run --list | grep -q "^flatpak-check	Added by the user$" ||
  fail "an article in ~/.var/app/$app_id/data/skin-spots/content/ is not listed"
rm -r "$content"
echo "Articles in ~/.var/app/$app_id/data/skin-spots/content/ are read"

# A folder of the host is not there: say so, and where articles go instead.
status=0; message=$(run --content-dir="$dir/src/data/content" --list 2>&1 >/dev/null) || status=$?
if [ "$status" -eq 0 ] ||
   [[ $message != *"no such file or folder; Skin Spots runs in a Flatpak sandbox"* ]] ||
   [[ $message != *"~/.var/app/$app_id/data/skin-spots/content/"* ]]; then
  fail "--content-dir outside the sandbox: exit $status, \"$message\""
fi
echo "A host folder given to --content-dir is explained: $message"

# Offline and private: no network, no files, no bus names but its own.
permissions=$(flatpak info --user --show-permissions "$app_id")
echo "$permissions" | python3 -c '
import configparser, sys
permissions = configparser.ConfigParser(interpolation=None, delimiters=("=",))
permissions.optionxform = str
permissions.read_string(sys.stdin.read())
allowed = {"shared": {"ipc"}, "sockets": {"wayland", "fallback-x11", "x11"}, "devices": {"dri"}}
problems = []
for section in permissions.sections():
    for key, value in permissions[section].items():
        values = {v for v in value.split(";") if v}
        if section == "Context" and key in allowed:
            problems += [f"{key}={v}" for v in values - allowed[key]]
        elif section.endswith("Bus Policy") and key.startswith(sys.argv[1]):
            continue
        else:
            problems.append(f"[{section}] {key}={value}")
if problems:
    sys.exit("flatpak check: permissions beyond ipc, a display and dri: " + ", ".join(problems))
' "$app_id"
echo "Permissions: $(echo "$permissions" | grep '=' | tr '\n' ' ')"

location=$(flatpak info --user --show-location "$app_id")
for file in \
  "share/applications/$app_id.desktop" \
  "share/metainfo/$app_id.metainfo.xml" \
  "share/icons/hicolor/scalable/apps/$app_id.svg" \
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "share/dbus-1/services/$app_id.service" \
  "share/gnome-shell/search-providers/$app_id.search-provider.ini"; do
  [ -f "$location/export/$file" ] || fail "the installation does not export $file"
done
if [ ! -f "$location/files/share/glib-2.0/schemas/$app_id.gschema.xml" ] ||
   [ ! -f "$location/files/share/glib-2.0/schemas/gschemas.compiled" ]; then
  fail "the installed app lacks its compiled settings schema"
fi
desktop-file-validate "$location/export/share/applications/$app_id.desktop"
grep -q "^Exec=.*flatpak run .*$app_id" "$location/export/share/applications/$app_id.desktop" ||
  fail "the exported desktop file does not start the Flatpak"
appstreamcli validate --no-net "$location/export/share/metainfo/$app_id.metainfo.xml" > /dev/null ||
  fail "the installed metainfo does not validate"
grep -q "^Exec=.*flatpak run .*$app_id.*--gapplication-service" \
  "$location/export/share/dbus-1/services/$app_id.service" ||
  fail "the exported D-Bus service does not start the Flatpak as a service"
echo "Installed: desktop file, metainfo, icons (scalable, symbolic), settings schema, D-Bus service, search provider"

GSK_RENDERER=cairo GDK_DISABLE=gl xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
  "$(dirname "$0")/flatpak-window.py" "$home" "$dir/window.png" > "$dir/window.log" 2>&1 ||
  { grep -v '^dbus-daemon' "$dir/window.log" >&2; exit 1; }
# What the check found, without the bus's and AT-SPI's chatter.
grep -e '^The window' -e '^Settings' "$dir/window.log"
