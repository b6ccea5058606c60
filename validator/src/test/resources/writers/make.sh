#!/usr/bin/env bash
# Regenerates the writers corpus: the same small scorecard (content.json) written by each tool
# that councils' workbooks really come from. Run from anywhere: ./make.sh [writer ...]
# (writers: openpyxl xlsxwriter exceljs sheetjs libreoffice poi; default all of them).
#
# Versions the committed files were made with (Debian 12 packages, npm, Maven):
#   python3 3.11.2 (Debian's /usr/bin/python3), python3-openpyxl 3.0.9, python3-xlsxwriter 3.0.2,
#   python3-pil 9.4.0 (openpyxl needs Pillow to add an image)
#   node 20.20.2, npm 11.19.1, exceljs 4.4.0, xlsx (SheetJS community edition) 0.18.5
#   LibreOffice 7.4.7.2 (libreoffice-calc), converting openpyxl.xlsx
#   Apache POI 5.5.1 (the validator's own, via PoiScorecard on its test class path), Java 17
#
# Needs: apt-get install -y --no-install-recommends python3-openpyxl python3-xlsxwriter \
#          python3-pil libreoffice-calc nodejs npm
# npm packages go to a scratch folder outside the repository (NPM_DIR, default /tmp/writers-npm).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
npm_dir="${NPM_DIR:-/tmp/writers-npm}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
writers=("$@")
[ ${#writers[@]} -gt 0 ] || writers=(openpyxl xlsxwriter exceljs sheetjs libreoffice poi)

"$python" "$here/tiny_png.py" "$work/tiny.png"

npm_packages() {
  if [ ! -d "$npm_dir/node_modules/exceljs" ] || [ ! -d "$npm_dir/node_modules/xlsx" ]; then
    mkdir -p "$npm_dir"
    npm install --prefix "$npm_dir" --no-audit --no-fund --silent exceljs@4.4.0 xlsx@0.18.5
  fi
  export NODE_PATH="$npm_dir/node_modules"
}

make_one() {
  local out="$here/$1.xlsx"
  case "$1" in
    openpyxl) "$python" "$here/openpyxl_writer.py" "$here/content.json" "$work/tiny.png" "$out" ;;
    xlsxwriter) "$python" "$here/xlsxwriter_writer.py" "$here/content.json" "$work/tiny.png" "$out" ;;
    exceljs) npm_packages; node "$here/exceljs_writer.js" "$here/content.json" "$work/tiny.png" "$out" ;;
    sheetjs) npm_packages; node "$here/sheetjs_writer.js" "$here/content.json" "$out" ;;
    libreoffice)
      # LibreOffice reads openpyxl's file and writes its own: every part of the result is its.
      # A fresh profile per run: parallel runs sharing one fail silently.
      [ -f "$here/openpyxl.xlsx" ] || make_one openpyxl
      cp "$here/openpyxl.xlsx" "$work/libreoffice.xlsx"
      mkdir -p "$work/lo"
      soffice "-env:UserInstallation=file://$work/profile" --headless \
        --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/lo" "$work/libreoffice.xlsx" \
        >/dev/null 2>&1
      cp "$work/lo/libreoffice.xlsx" "$out" ;;
    poi)
      (cd "$root" && mvn -B -ntp -q -pl validator test-compile \
        && mvn -B -ntp -q -pl validator dependency:build-classpath -Dmdep.includeScope=test \
          "-Dmdep.outputFile=$work/cp.txt")
      java -cp "$root/validator/target/test-classes:$(cat "$work/cp.txt")" \
        uk.scorecard.fidelity.writers.PoiScorecard "$here/content.json" "$work/tiny.png" "$out" ;;
    *) echo "unknown writer: $1" >&2; exit 2 ;;
  esac
  echo "$1.xlsx: $(wc -c <"$out") bytes"
}

for w in "${writers[@]}"; do
  make_one "$w"
done
