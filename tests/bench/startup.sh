#!/usr/bin/env bash
# Start-up benchmark (QUALITY.md): `clickar --quit-after-first-paint` (login window painted, embedded mock
# listening) against a bare nine-page QWizard from the same tree. Runs each N times, alternating, and prints
# both medians and their ratio (bar: ≤ 1.5×). Usage: tests/bench/startup.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
runs=${2:-15}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
app="$build/app/clickar"
bare="$build/tests/bench/bench_bare_wizard"
[ -x "$app" ] && [ -x "$bare" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }

time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

"$app" --quit-after-first-paint >/dev/null 2>&1; "$bare" >/dev/null 2>&1 # warm the caches once
app_times=(); bare_times=()
for ((i = 0; i < runs; i++)); do
    bare_times+=("$(time_ms "$bare")")
    app_times+=("$(time_ms "$app" --quit-after-first-paint)")
done
app_median=$(printf '%s\n' "${app_times[@]}" | median)
bare_median=$(printf '%s\n' "${bare_times[@]}" | median)
ratio=$(awk -v a="$app_median" -v b="$bare_median" 'BEGIN {printf "%.2f", a / b}')
echo "start-up, $runs runs each ($QT_QPA_PLATFORM): clickar median ${app_median} ms, bare QWizard median ${bare_median} ms, ratio ${ratio}x (bar 1.5x)"
