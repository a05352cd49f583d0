#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The wrapper of `meson test --setup valgrind`: runs a test under valgrind,
# and every program of this build that it starts too (test-command-line
# runs skin-spots, the data tests run it from sh). Python, xmllint and the
# other tools of the system run as they are: they are not ours, and valgrind
# would only report their own allocators.
#
# A child's errors must fail the test even when the test expects the child
# to exit with 1 (a broken content file), so each process writes its own log
# and the logs are read at the end: any error, or any byte definitely lost,
# fails the test.
set -u

case "$(basename "$1")" in
  python*|xmllint|desktop-file-validate|appstreamcli|glib-compile-schemas)
    exec "$@" ;;
esac

logs=$(mktemp -d "${TMPDIR:-/tmp}/spots-valgrind.XXXXXX")
trap 'rm -rf "$logs"' EXIT

G_SLICE=always-malloc G_DEBUG="${G_DEBUG:+$G_DEBUG,}gc-friendly" \
  valgrind --quiet --error-exitcode=1 --leak-check=full \
    --show-leak-kinds=definite --errors-for-leak-kinds=definite \
    --suppressions=/usr/share/glib-2.0/valgrind/glib.supp \
    --suppressions="$(dirname "$0")/valgrind.supp" \
    --trace-children=yes --trace-children-skip='/usr/*,/bin/*,/sbin/*,*python*,*/.pyenv/*' \
    --num-callers=30 --log-file="$logs/%p.log" "$@"
status=$?

for log in "$logs"/*.log; do
  if [ -s "$log" ]; then
    echo "valgrind found errors (the test exited with $status):" >&2
    cat "$logs"/*.log >&2
    exit 1
  fi
done
exit $status
