#!/usr/bin/env bash
# Lints the OpenAPI document with Redocly CLI (recommended rules) and Spectral (spectral:oas); any error or warning
# fails. The linters are pinned in tools/package.json / package-lock.json and installed into tools/node_modules.
# Usage: tools/lint-api.sh [FILE.yaml]   (default: resources/api/renewal-api.yaml)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
doc="$(realpath "${1:-$root/resources/api/renewal-api.yaml}")"
tools="$root/tools"

# No telemetry, no update notices, no install-time analytics.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false NO_UPDATE_NOTIFIER=1

stamp="$tools/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$tools/package-lock.json" -nt "$stamp" ]; then
    echo "lint-api.sh: installing the linters (npm ci in tools/)"
    (cd "$tools" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)
fi

status=0
echo "== Redocly CLI ($("$tools/node_modules/.bin/redocly" --version)): recommended-strict"
"$tools/node_modules/.bin/redocly" lint --config "$tools/redocly.yaml" --format=codeframe "$doc" || status=1
echo "== Spectral ($("$tools/node_modules/.bin/spectral" --version)): spectral:oas"
"$tools/node_modules/.bin/spectral" lint --ruleset "$tools/spectral.yaml" --fail-severity=warn "$doc" || status=1
exit $status
