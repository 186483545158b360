#!/usr/bin/env bash
# Page-step and disclosure-PDF benchmark (docs/quality.md): a scripted renewal for tanaka on the embedded mock, repeated.
# Prints p50/p95 of "Next clicked -> next page painted" (bar: p95 <= 33 ms) and the median of "disclosure button
# clicked -> first page rendered in the viewer window" (bar: <= 150 ms and no slower than `pdftoppm -f 1 -l 1` on
# the same file, measured in the same run). Builds nothing.
# Usage: tests/bench/pages.sh [BUILD_DIR] [RENEWALS] [PDF_OPENS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
runs=${2:-15}
pdf_runs=${3:-15}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
bench="$build/tests/bench/bench_pages"
[ -x "$bench" ] || { echo "build first: cmake --preset release && cmake --build --preset release --target bench_pages" >&2; exit 1; }
command -v pdftoppm >/dev/null || echo "note: pdftoppm (poppler-utils) is not installed; the PDF comparison is skipped" >&2
echo "bench_pages ($QT_QPA_PLATFORM, $build): $runs renewals, $pdf_runs PDF opens"
"$bench" "$runs" "$pdf_runs" 2> >(grep -v -e 'propagateSizeHints' -e 'XDG_RUNTIME_DIR' >&2)
