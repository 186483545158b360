#!/usr/bin/env bash
# Start-up benchmark (docs/quality.md): process start → login window painted with the embedded demo service
# listening (`clickar --quit-after-first-paint`), against a bare nine-page QWizard from the same tree. Each
# program prints the wall-clock time of its first paint; the script takes the time just before starting it.
# Runs each N times, alternating, and prints both medians and their ratio (bar: ≤ 1.5×), and for information
# the same for the whole process (start to exit). Usage: tests/bench/startup.sh [BUILD_DIR] [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/release}
runs=${2:-15}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
app="$build/ui/clickar"
bare="$build/tests/bench/bench_bare_wizard"
[ -x "$app" ] && [ -x "$bare" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }

# Prints "start-to-paint-ms whole-process-ms" for one run of the command.
measure() {
    local start end paint
    start=$(date +%s%N)
    paint=$("$@" 2>/dev/null | sed -n 's/^first-paint-ns //p')
    end=$(date +%s%N)
    [ -n "$paint" ] || { echo "no first-paint line from $1" >&2; exit 1; }
    echo "$(( (paint - start) / 1000 )) $(( (end - start) / 1000 ))"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms() { awk -v us="$1" 'BEGIN {printf "%.1f", us / 1000}'; }

measure "$app" --quit-after-first-paint >/dev/null; measure "$bare" >/dev/null # warm the caches once
app_paint=(); app_whole=(); bare_paint=(); bare_whole=()
for ((i = 0; i < runs; i++)); do
    read -r p w < <(measure "$bare"); bare_paint+=("$p"); bare_whole+=("$w")
    read -r p w < <(measure "$app" --quit-after-first-paint); app_paint+=("$p"); app_whole+=("$w")
done
ap=$(printf '%s\n' "${app_paint[@]}" | median); bp=$(printf '%s\n' "${bare_paint[@]}" | median)
aw=$(printf '%s\n' "${app_whole[@]}" | median); bw=$(printf '%s\n' "${bare_whole[@]}" | median)
echo "start-up, $runs runs each ($QT_QPA_PLATFORM):"
echo "  start -> first paint: clickar median $(ms "$ap") ms, bare QWizard $(ms "$bp") ms," \
    "ratio $(awk -v a="$ap" -v b="$bp" 'BEGIN {printf "%.2f", a / b}')x (bar 1.5x)"
echo "  whole process (start -> exit, for information): clickar $(ms "$aw") ms, bare QWizard $(ms "$bw") ms"
