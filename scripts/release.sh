#!/usr/bin/env bash
# Builds a ropa binary that runs on a Linux machine without Swift: the Swift runtime and
# Foundation are linked in (--static-swift-stdlib). What it still needs is what every
# Debian/Ubuntu system has: libc, libstdc++, zlib, libxml2 (Foundation's XML parser, used by
# `ropa import`) and ICU. The script refuses a binary that still needs a Swift library, and
# runs it on the example register and the CNIL's workbook before writing it out.
#
#   scripts/release.sh [OUTPUT]          # default: dist/ropa-linux-<arch>
#   scripts/release.sh --debug [OUTPUT]  # same linking, no optimisation: what CI checks
#
# A release build took 2 min 45 s on this project's 2-core machine (2026-12-01), the debug one about a minute.
# The build has its own folder, .build-static: with Swift 6.3, linking statically in a folder
# whose objects were built for dynamic linking fails with undefined ICU and libxml2 symbols
# (swiftlang/swift-package-manager#10564).
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=release
if [ "${1:-}" = "--debug" ]; then configuration=debug; shift; fi
arch="$(uname -m)"
output="${1:-dist/ropa-linux-$arch}"
build=(swift build -c "$configuration" --static-swift-stdlib --product ropa --scratch-path .build-static)
"${build[@]}"
binary="$("${build[@]}" --show-bin-path)/ropa"

if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime'; then
  echo "error: the binary still needs the Swift libraries above; it would not run without Swift" >&2
  exit 1
fi

# Run it where Swift's libraries cannot be found, on what uses ICU (dates, text) and libxml2 (import).
smoke="$(mktemp -d)"
trap 'rm -rf "$smoke"' EXIT
cp "$binary" "$smoke/ropa"
(
  cd "$smoke"
  export LD_LIBRARY_PATH=""
  fail() { echo "error: the static binary failed to $1" >&2; exit 1; }
  ./ropa --version >/dev/null || fail "start"
  ./ropa render "$OLDPWD/register" --draft --output register.html --quiet 2>/dev/null || fail "render the example register"
  # Exit 1 is expected: the CNIL's model has no legal-basis field, so the imported register has errors.
  ./ropa import "$OLDPWD/Tests/Fixtures/cnil-model/registre-traitement-simplifie.ods" --output imported --quiet >/dev/null 2>&1 ||
    [ $? -eq 1 ] || fail "import the CNIL workbook"
  test -s register.html && test -f imported/organisation.yaml || fail "write its documents"
)

mkdir -p "$(dirname "$output")"
cp "$binary" "$output.tmp" && mv "$output.tmp" "$output"
echo "wrote $output ($configuration, $(du -h "$output" | cut -f1)); needs only: $(ldd "$output" | awk '/=>/ { print $1 }' | tr '\n' ' ')"
