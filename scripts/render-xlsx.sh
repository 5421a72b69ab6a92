#!/usr/bin/env bash
# Renders the 台账 workbook of each seed text to PDF and to a PNG of page 1, so a person can look at
# what will be printed (pages 1 and 2). Needs LibreOffice and poppler (Debian: libreoffice-calc-nogui poppler-utils
# fonts-noto-cjk). Output: out/render/NAME.台账.{xlsx,pdf} and NAME.台账-1.png
#   bash scripts/render-xlsx.sh [TEXT …]      (default: fixtures/seeds/*.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "render-xlsx: soffice not found (apt-get install libreoffice-calc-nogui)"; exit 2; }
command -v pdftoppm >/dev/null || { echo "render-xlsx: pdftoppm not found (apt-get install poppler-utils)"; exit 2; }
out=out/render
mkdir -p "$out"
texts=("$@")
[ ${#texts[@]} -gt 0 ] || texts=(fixtures/seeds/*.txt)
for t in "${texts[@]}"; do
  name=$(basename "$t"); name=${name%.*}
  node bin/plan2ledger.js "$t" -o "$out/$name.台账.xlsx" --force
  soffice --headless --calc --convert-to pdf --outdir "$out" "$out/$name.台账.xlsx" >/dev/null 2>&1
  pdftoppm -png -r 70 -f 1 -l 2 "$out/$name.台账.pdf" "$out/$name.台账"
  pages=$(pdfinfo "$out/$name.台账.pdf" 2>/dev/null | awk '/^Pages:/{print $2}')
  echo "render-xlsx: $out/$name.台账.pdf ($pages pages), pages 1 and 2 as PNG beside it"
done
