#!/usr/bin/env bash
# Installs what is needed, builds, and starts Clickar on the embedded demo service.
# Extra arguments go to the app, e.g. tools/run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)" --target clickar clickar-mock-server
exec build/dev/ui/clickar "$@"
