#!/usr/bin/env bash
# Installs the Debian 12 packages Clickar needs to build, run and test.
# Idempotent: when everything is present it only checks, which takes a second or two.
set -euo pipefail

packages=(
    build-essential cmake ninja-build clang-format
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev libvulkan-dev libxkbcommon-dev
    qt6-pdf-dev libqt6pdfwidgets6 qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev gnome-keyring dbus dbus-x11 libsecret-1-0
    fonts-noto-cjk xvfb xauth poppler-utils
    dpkg-dev lintian desktop-file-utils appstream systemd man-db
    openbox xdotool x11-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The API linters (tools/lint-api.sh) run on Node.js with npm; a Node.js that came with its own npm is kept.
command -v npm >/dev/null || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps.sh: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
