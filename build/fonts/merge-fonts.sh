#!/usr/bin/env bash
# Makes renderer/fonts/be-vietnam-pro-<weight>.woff: @fontsource's Latin, Latin Extended and
# Vietnamese subsets of Be Vietnam Pro merged into one file a weight, so that the screen, the
# badge PDF writer (pdfkit) and the glyph check all read one font. Needs fonttools
# (Debian: apt-get install fonttools python3-brotli). Run again when @fontsource/be-vietnam-pro changes;
# test/unit/badges-glyphs.test.ts fails until it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=node_modules/@fontsource/be-vietnam-pro/files
for w in 400 500 600 700; do
  python3 -m fontTools.merge --output-file="/tmp/bvp-$w.ttf" \
    "$src/be-vietnam-pro-latin-$w-normal.woff" "$src/be-vietnam-pro-latin-ext-$w-normal.woff" "$src/be-vietnam-pro-vietnamese-$w-normal.woff"
  python3 -c "from fontTools.ttLib import TTFont; f = TTFont('/tmp/bvp-$w.ttf'); f.flavor = 'woff'; f.save('renderer/fonts/be-vietnam-pro-$w.woff')"
done
