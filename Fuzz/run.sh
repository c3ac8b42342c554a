#!/usr/bin/env bash
# Fuzzes ropa: arbitrary bytes through load → rules → reporters, with libFuzzer and AddressSanitizer.
#
#   Fuzz/run.sh [SECONDS] [libFuzzer options…]      (default: 60 seconds)
#
# Builds the fuzz target (Fuzz/Package.swift) in release mode with libFuzzer and ASan, gathers a
# seed corpus (the example register, the test fixtures, Fuzz/seeds/), fuzzes for SECONDS on one core,
# then runs every input of the corpus once more with LeakSanitizer on. Exits 1 when anything was found:
# the inputs are in Fuzz/.build/artifacts/ (crash-*, leak-*, timeout-*, oom-*).
#
# Leak detection is off while fuzzing: checking for leaks after each input where a cache grew divides
# the speed by eight. The final pass checks every input the campaign kept, each on its own.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
seconds="${1:-60}"
shift || true

work="$here/.build/fuzz"
corpus="$work/corpus"
artifacts="$here/.build/artifacts"
mkdir -p "$corpus" "$artifacts"

echo "== Building the fuzz target (release, libFuzzer, AddressSanitizer)"
# Coverage and AddressSanitizer for every target (RopaKit, Yams, libyaml); libFuzzer itself is
# linked into the fuzz program only (Fuzz/Package.swift), not into the build plugins' host tools.
flags=(-c release -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,trace-cmp,pc-table
       -Xcc -fsanitize=fuzzer-no-link,address)
# The build plugins' tools run instrumented too: their leaks at exit are not ropa's to report.
ASAN_OPTIONS=detect_leaks=0 swift build --package-path "$here" "${flags[@]}" 2>&1 | grep -v "Cannot export local symbol" | tail -n 3
binary="$(swift build --package-path "$here" "${flags[@]}" --show-bin-path)/ropa-fuzz"
[ -x "$binary" ] || { echo "the fuzz target did not build" >&2; exit 2; }

echo "== Seed corpus"
seed() { cp "$1" "$corpus/seed-$(cksum < "$1" | cut -d' ' -f1)"; }
for file in "$root"/register/treatments/*.yaml "$root"/register/*.yaml "$here"/seeds/*; do
  [ -f "$file" ] && seed "$file"
done
while IFS= read -r -d '' file; do seed "$file"; done < <(find "$root/Tests/Fixtures" -name '*.yaml' -print0 2>/dev/null)
# A whole register as one input: organisation, processors and treatments separated by NUL bytes.
if [ -f "$root/register/organisation.yaml" ]; then
  whole="$work/whole-register"
  : > "$whole"
  for file in "$root/register/organisation.yaml" "$root/register/processors.yaml" "$root"/register/treatments/*.yaml; do
    cat "$file" >> "$whole"; printf '\0' >> "$whole"
  done
  seed "$whole"
fi
echo "$(ls "$corpus" | wc -l) inputs in $corpus"

# A dictionary of the register's keys and words, and YAML's punctuation, to reach deeper faster.
dict="$work/ropa.dict"
{
  grep -ohE '"[a-z][a-z0-9_]{2,40}"' "$root/Sources/RopaKit/Loading/Schema.swift" "$root/Sources/RopaKit/Model/Vocabularies.swift" | sort -u
  printf '%s\n' '": "' '"- "' '"\x0A  "' '"{ "' '"[ "' '"|\x0A"' '">-\x0A"' '"&a "' '"*a"' '"!!str "' '"---\x0A"' '"...\x0A"' \
    '"none"' '"TODO"' '"3 years"' '"2026-01-10"' '"FR"' '"US"' '"\"\\u0000\""'
} > "$dict"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0"

echo "== Fuzzing for $seconds s"
status=0
"$binary" "$corpus" -dict="$dict" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -detect_leaks=0 -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" 2>&1 | tee "$work/fuzz.log" | grep -E '^#[0-9]+[[:space:]]+(INITED|pulse|DONE)|^Done|^stat::|ERROR|SUMMARY' || true
grep -qE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|SUMMARY: libFuzzer' "$work/fuzz.log" && status=1

echo "== Leak check: every input of the corpus once, with LeakSanitizer"
"$binary" "$corpus" -runs=0 -detect_leaks=1 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts/" \
  > "$work/leaks.log" 2>&1 || status=1
grep -E '^#[0-9]+[[:space:]]+INITED|ERROR' "$work/leaks.log" || true

found="$(find "$artifacts" -type f | wc -l)"
echo "== $(ls "$corpus" | wc -l) inputs in the corpus; $found finding(s) in $artifacts"
[ "$found" -eq 0 ] || status=1
exit "$status"
