#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The ITS rules in data/its/ must hand every word a reader sees to gettext,
# with inline markup kept inside the message, and nothing else.
set -eu
source_dir=$1
pot=$(GETTEXTDATADIRS="$source_dir/data" xgettext --from-code=UTF-8 --no-wrap -o - \
      "$source_dir/tests/content/golden/every-block.xml")
fail=0
expect () {
  if ! printf '%s' "$pot" | grep -qF -- "$1"; then
    echo "missing from the extracted messages: $1"; fail=1
  fi
}
refuse () {
  if printf '%s' "$pot" | grep -qF -- "$1"; then
    echo "should not be extracted: $1"; fail=1
  fi
}
expect 'msgid "Every block type"'
expect 'msgid "A page that uses each part of the format once."'
expect 'msgid "all blocks"'
expect 'msgid "A subsection"'
expect '<em>emphasis</em>, <strong>strong words</strong>'
expect '<link to=\"minimal\">link</link>'
expect 'msgid "Then that."'
expect 'msgid "Call for help"'
expect 'msgid "A red dot on a pale square."'
expect 'msgid "Stays under a glass"'
expect 'msgid "Legs and arms"'
refuse 'Petechiae, Purpura, and Ecchymoses'
refuse 'msgid "every-block"'
refuse 'msgid "minimal"'
exit $fail
