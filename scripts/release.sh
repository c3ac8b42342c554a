#!/usr/bin/env bash
# Builds a ropa binary that runs on a Linux machine without Swift: the Swift runtime and
# Foundation are linked in (--static-swift-stdlib). What it still needs is what every
# Debian/Ubuntu system has: libc, libstdc++, zlib, libxml2 (Foundation's XML parser, used by
# `ropa import`) and ICU. The script refuses a binary that still needs a Swift library.
#
#   scripts/release.sh [OUTPUT]        # default: dist/ropa-linux-<arch>
#
# A release build takes several minutes (about 15 on this project's 2-core machine under load).
set -euo pipefail
cd "$(dirname "$0")/.."

arch="$(uname -m)"
output="${1:-dist/ropa-linux-$arch}"
swift build -c release --static-swift-stdlib --product ropa
binary="$(swift build -c release --static-swift-stdlib --product ropa --show-bin-path)/ropa"

if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime'; then
  echo "error: the binary still needs the Swift libraries above; it would not run without Swift" >&2
  exit 1
fi
"$binary" --version >/dev/null

mkdir -p "$(dirname "$output")"
cp "$binary" "$output.tmp" && mv "$output.tmp" "$output"
echo "wrote $output ($(du -h "$output" | cut -f1)); needs only: $(ldd "$output" | awk '/=>/ { print $1 }' | tr '\n' ' ')"
