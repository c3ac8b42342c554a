#!/usr/bin/env bash
# Regenerates docs/images/fiche.png, the picture of a rendered fiche shown in the README:
# the example register's first fiche, printed on A4 by headless Chromium as an authority would
# receive it, and its page turned into a PNG by pdftoppm.
# Needs: chromium (or google-chrome) and poppler-utils. Run from anywhere:
#   scripts/readme-picture.sh [TREATMENT-ID]
set -euo pipefail
cd "$(dirname "$0")/.."

treatment="${1:-achat-en-ligne}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "needs chromium: apt-get install -y chromium" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "needs pdftoppm: apt-get install -y poppler-utils" >&2; exit 2; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
swift build --product ropa >/dev/null
# A fixed date, so that the picture changes only when the document does.
.build/debug/ropa render register --treatment "$treatment" --date 2026-12-01 --draft --output "$scratch/fiche.html"
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$scratch/profile" \
  --no-pdf-header-footer --print-to-pdf="$scratch/fiche.pdf" "file://$scratch/fiche.html" 2>/dev/null
# The fiche's page: the first page whose text carries the fiche's kicker ("FICHE DE REGISTRE", upper-cased by the CSS).
pages="$(pdfinfo "$scratch/fiche.pdf" | awk '/^Pages:/ { print $2 }')"
page=""
for ((n = 1; n <= pages; n++)); do
  if pdftotext -f "$n" -l "$n" "$scratch/fiche.pdf" - | grep -qx "FICHE DE REGISTRE"; then page="$n"; break; fi
done
[ -n "$page" ] || { echo "no page of the PDF holds the fiche" >&2; exit 1; }
mkdir -p docs/images
pdftoppm -f "$page" -l "$page" -png -r 70 -singlefile "$scratch/fiche.pdf" docs/images/fiche
echo "wrote docs/images/fiche.png (page $page of the printed extract)"
