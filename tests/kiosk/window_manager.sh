#!/usr/bin/env bash
# Kiosk mode under a real window manager (openbox on Xvfb): the window manager reports the window full screen, Alt+F4
# and Esc leave it open, Ctrl+Alt+Q opens the PIN pad. Usage: window_manager.sh PATH/TO/clickar
# (ctest runs it as kiosk.window_manager; it starts its own X server).
set -euo pipefail
clickar=$1
if [ -z "${KIOSK_WM_INNER:-}" ]; then
    export KIOSK_WM_INNER=1
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi
home=$(mktemp -d)
trap 'kill ${app:-} ${wm:-} 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data QT_QPA_PLATFORM=xcb
printf '2580\n2580\n' | "$clickar" --set-kiosk-pin >/dev/null 2>&1
openbox >/dev/null 2>&1 & wm=$!
sleep 1
"$clickar" --kiosk --lang en >/dev/null 2>&1 & app=$!

fail() { echo "FAIL: $*"; exit 1; }
for _ in $(seq 60); do
    window=$(xdotool search --pid "$app" --onlyvisible --name 'Clickar' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.5
done
[ -n "$window" ] || fail "no window"
for _ in $(seq 20); do
    xprop -id "$window" _NET_WM_STATE | grep -q _NET_WM_STATE_FULLSCREEN && break
    sleep 0.5
done
xprop -id "$window" _NET_WM_STATE | grep -q _NET_WM_STATE_FULLSCREEN || fail "not full screen"
size=$(xwininfo -id "$window" | awk '/Width:/{w=$2} /Height:/{h=$2} END{print w "x" h}')
[ "$size" = 1280x800 ] || fail "window is $size, not the screen"
echo "PASS: full screen ($size)"

xdotool windowactivate --sync "$window" key alt+F4
sleep 1
xdotool key Escape
sleep 1
kill -0 "$app" 2>/dev/null || fail "Alt+F4 or Esc ended the app"
xdotool search --pid "$app" --onlyvisible --name 'Clickar' >/dev/null || fail "the window went away"
echo "PASS: Alt+F4 (the window manager's close request) and Esc refused"

xdotool key ctrl+alt+q
for _ in $(seq 20); do
    xdotool search --pid "$app" --onlyvisible --name 'Leave kiosk mode' >/dev/null 2>&1 && break
    sleep 0.5
done
xdotool search --pid "$app" --onlyvisible --name 'Leave kiosk mode' >/dev/null || fail "Ctrl+Alt+Q opened no PIN pad"
echo "PASS: Ctrl+Alt+Q opens the PIN pad"
