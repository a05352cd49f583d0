#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# translations-complete.sh SOURCE_DIR: every language in po/LINGUAS
# translates every message of today's sources (none missing, none fuzzy),
# and each translation keeps its message's markup and formats.
set -eu
source_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"
GETTEXTDATADIRS="$source_dir/data" xgettext --from-code=UTF-8 --add-comments=Translators \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dpgettext2:2c,3 \
  --keyword=g_dngettext:2,3 --files-from=po/POTFILES.in -o "$work/template.pot"
fail=0
for lang in $(grep -v '^#' po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$work/template.pot" -o "$work/$lang.po"
  missing=$(msgattrib --untranslated --no-obsolete "$work/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "po/$lang.po" | grep -c '^msgid ' || true)
  # The header is the one untranslated entry msgattrib lists.
  if [ "$missing" -gt 1 ] || [ "$fuzzy" -gt 0 ]; then
    echo "po/$lang.po: $((missing > 0 ? missing - 1 : 0)) untranslated, $fuzzy fuzzy; run msgmerge and translate them"
    msgattrib --untranslated --no-obsolete "$work/$lang.po" | grep -A1 '^msgid ' | sed -n '3,20p'
    fail=1
  fi
  msgfmt --check -o /dev/null "po/$lang.po" || fail=1
  python3 "$(dirname "$0")/check-translation.py" "$work/$lang.po" >"$work/check.txt" || {
    grep -v ' problem(s)$' "$work/check.txt" | head -20; fail=1; }
done
exit $fail
