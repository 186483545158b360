#!/usr/bin/env bash
# Regenerates resources/documents/disclosure.pdf (重要事項等説明書: 契約概要・注意喚起情報) with the
# clickar-make-disclosure tool (tools/disclosure/), then prints its page count and SHA-256. With --lang en it makes
# the English edition, resources/documents/disclosure-en.pdf.
# The text is in tools/disclosure/content/*.html (English: content-en/*.html); edit it there and run this script
# again. The output is reproducible: the same Qt and fonts (fonts-noto-cjk) give the same bytes.
# Usage: tools/make-disclosure.sh [--lang ja|en] [OUTPUT.pdf]
set -euo pipefail
cd "$(dirname "$0")/.."

lang=ja
if [[ ${1:-} == --lang ]]; then
    lang=${2:?"--lang needs ja or en"}
    shift 2
fi
case $lang in
ja) out=${1:-resources/documents/disclosure.pdf} ;;
en) out=${1:-resources/documents/disclosure-en.pdf} ;;
*) echo "make-disclosure: --lang ja or en" >&2; exit 2 ;;
esac
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Preferably build the tool as part of the project (preset dev, needs CLICKAR_BUILD_TOOLS=ON, the default). If
# the project does not configure or build at the moment, or was configured without the tools, build
# tools/disclosure on its own in build/disclosure-tool.
if cmake --preset dev >"$log" 2>&1 && cmake --build --preset dev --target clickar-make-disclosure >>"$log" 2>&1; then
    tool=build/dev/tools/disclosure/clickar-make-disclosure
else
    echo "make-disclosure: no clickar-make-disclosure from build/dev ($(tail -n 1 "$log"));" \
        "building it on its own in build/disclosure-tool" >&2
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    cmake -S tools/disclosure -B build/disclosure-tool "${generator[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build/disclosure-tool --target clickar-make-disclosure >/dev/null
    tool=build/disclosure-tool/clickar-make-disclosure
fi

mkdir -p "$(dirname "$out")"
QT_QPA_PLATFORM=offscreen "$tool" --lang "$lang" "$out"
pdfinfo "$out" | grep -E '^(Pages|File size):'
sha256sum "$out"
