#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   tests/fuzz/run.sh SECONDS [TARGET...]
#
# Builds the fuzz targets with clang, libFuzzer, AddressSanitizer and UBSan
# (in _build-fuzz, or $SPOTS_FUZZ_BUILD), then fuzzes each target (article,
# checklist, answers; all by default) for SECONDS, one after the other, and
# prints what each did. The corpus each run grows is kept in the build
# folder; a crash, a leak or a timeout stops the script with the input that
# caused it saved beside the corpus. Keep every crasher you fix in
# tests/fuzz/corpus/TARGET/, where the replay tests run it in every build.
#
# SECONDS 0 only builds the targets and runs each over its seeds once,
# under libFuzzer and the sanitizers: what CI does, so the targets keep
# building and the seeds keep passing, without the chance of a new find.
set -euo pipefail

if [ $# -lt 1 ] || ! [ "$1" -ge 0 ] 2>/dev/null; then
  echo "usage: $0 SECONDS [article|checklist|answers...]" >&2
  exit 2
fi
seconds=$1; shift
targets=("${@:-article}")
[ $# -gt 0 ] || targets=(article checklist answers)

cd "$(dirname "$0")/../.."
. build-aux/packages.sh
install_missing "${BUILD_PACKAGES[@]}" clang libclang-rt-14-dev

build=${SPOTS_FUZZ_BUILD:-_build-fuzz}
if [ ! -f "$build/build.ninja" ]; then
  # The core library gets libFuzzer's coverage hooks; the targets link its
  # main. Only what the targets need is built.
  CC=clang meson setup "$build" -Dfuzzing=true -Dbench=false \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link -Dc_link_args=-fsanitize=fuzzer-no-link >/dev/null
fi
meson compile -C "$build" "${targets[@]/#/tests/fuzz/fuzz-}" >/dev/null

# The seeds are the replay tests' own: the shipped content (as written and
# with its translations merged), the parser's test files, the corpus kept.
seeds_article=(data/content "$build/data/content" tests/content/golden tests/content/bad
               tests/content/callouts tests/fuzz/corpus/article)
seeds_checklist=(data/content/checklist.xml "$build/data/content/checklist.xml" tests/checklist
                 tests/fuzz/corpus/checklist)
seeds_answers=(tests/fuzz/corpus/answers)

export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=detect_leaks=1
export G_DEBUG=fatal-warnings

for target in "${targets[@]}"; do
  seeds_var="seeds_${target}[@]"
  dict=tests/fuzz/xml.dict
  [ "$target" = answers ] && dict=tests/fuzz/answers.dict
  corpus="$build/fuzz-corpus/$target"
  seeds="$build/fuzz-seeds/$target"
  mkdir -p "$corpus" "$build/fuzz-artifacts"

  # libFuzzer reads folders only: the seeds, files and folders, are copied
  # into one, each named after its path.
  rm -rf "$seeds"
  mkdir -p "$seeds"
  find "${!seeds_var}" -type f -not -name '.*' -print0 |
    while IFS= read -r -d '' file; do cp "$file" "$seeds/${file//\//_}"; done
  log="$build/fuzz-$target.log"

  if [ "$seconds" -eq 0 ]; then
    # The seeds only, into a corpus of its own that is thrown away.
    corpus="$build/fuzz-corpus/$target-seeds-only"
    rm -rf "$corpus"
    mkdir -p "$corpus"
    length=(-runs=0)
  else
    length=(-max_total_time="$seconds")
  fi

  [ "$seconds" -eq 0 ] || echo "fuzz-$target: $seconds s…"
  if ! "$build/tests/fuzz/fuzz-$target" "$corpus" "$seeds" \
      -dict="$dict" "${length[@]}" -timeout=10 -rss_limit_mb=2048 \
      -max_len=131072 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$target-" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fuzz-$target: FAILED; the input is in $build/fuzz-artifacts/, the log in $log" >&2
    exit 1
  fi

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  if [ "$seconds" -eq 0 ]; then
    echo "fuzz-$target: the $execs seeds ran without a crash, leak or timeout"
  else
    size=$(find "$corpus" -type f | wc -l)
    echo "fuzz-$target: $execs runs in $seconds s ($rate per second), no crash, leak or" \
         "timeout; corpus $size inputs"
  fi
done
