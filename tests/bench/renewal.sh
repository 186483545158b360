#!/usr/bin/env bash
# Whole-renewal benchmark (docs/quality.md): login submitted → completion page on the real app and its embedded demo
# service, scripted (the disclosure PDF opened on the way). Prints the median time (bar ≤ 1 s), the longest UI
# thread stall (bar ≤ 50 ms) and the peak RSS against the bare nine-page QWizard's (bar ≤ 2.5×), N runs each.
# Usage: tests/bench/renewal.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
runs=${2:-5}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
bench="$build/tests/bench/bench_renewal"
bare="$build/tests/bench/bench_bare_wizard"
[ -x "$bench" ] && [ -x "$bare" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
value() { sed -n "s/^$1 //p"; }

times=(); stalls=(); rss=(); bare_rss=(); worst=0; worst_where=""
for ((i = 0; i < runs; i++)); do
    out=$("$bench" 2>/dev/null)
    times+=("$(value renewal-ms <<<"$out")")
    stalls+=("$(value longest-stall-ms <<<"$out")")
    if awk -v a="${stalls[-1]}" -v b="$worst" 'BEGIN {exit !(a > b)}'; then
        worst=${stalls[-1]}; worst_where=$(value longest-stall-after <<<"$out")
    fi
    rss+=("$(value peak-rss-kb <<<"$out")")
    bare_rss+=("$("$bare" 2>/dev/null | value peak-rss-kb)")
done
t=$(printf '%s\n' "${times[@]}" | median)
s=$(printf '%s\n' "${stalls[@]}" | sort -n | tail -1)
r=$(printf '%s\n' "${rss[@]}" | median)
b=$(printf '%s\n' "${bare_rss[@]}" | median)
echo "whole renewal, $runs runs ($QT_QPA_PLATFORM):"
echo "  login submitted -> completion page: median $t ms (bar 1000 ms)"
echo "  longest UI-thread stall over all runs: $s ms (bar 50 ms), then showing: $worst_where"
echo "  peak RSS: clickar $((r / 1024)) MiB, bare QWizard $((b / 1024)) MiB," \
    "ratio $(awk -v a="$r" -v c="$b" 'BEGIN {printf "%.2f", a / c}')x (bar 2.5x)"
