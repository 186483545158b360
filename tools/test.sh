#!/usr/bin/env bash
# Installs what is needed, builds, checks formatting and the API document, runs every test in the `dev` preset,
# builds and checks the Debian packages (release preset), then runs the whole suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer (`asan` preset).
# Usage: tools/test.sh [--dev-only]
set -euo pipefail
cd "$(dirname "$0")/.."

tools/deps.sh

echo "== clang-format check"
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui wizard tests tools -name '*.cpp' -o -name '*.h')
clang-format --dry-run --Werror $files

echo "== OpenAPI linters"
tools/lint-api.sh

export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)
presets=(dev asan)
[ "${1:-}" = "--dev-only" ] && presets=(dev)

for preset in "${presets[@]}"; do
    echo "== configure + build ($preset)"
    cmake --preset "$preset" >/dev/null
    if [ "$preset" = dev ]; then
        # Every tr() string must be in the translation files (then tst_translations checks they are translated).
        saved=$(mktemp -d)
        cp translations/*.ts "$saved/"
        cmake --build --preset dev --target clickar_ui_lupdate >/dev/null
        if ! diff -q "$saved/clickar_ja.ts" translations/clickar_ja.ts >/dev/null; then
            echo "translations/*.ts are out of date with the sources: run 'cmake --build --preset dev --target clickar_ui_lupdate' and translate the new entries" >&2
            diff -u "$saved/clickar_ja.ts" translations/clickar_ja.ts | head -40 >&2
            cp "$saved"/*.ts translations/
            exit 1
        fi
        rm -rf "$saved"
    fi
    cmake --build --preset "$preset" -j "$jobs"
    echo "== tests ($preset)"
    tools/with-keyring.sh ctest --preset "$preset" -j "$jobs" --timeout 300
    if [ "$preset" = dev ]; then
        echo "== Debian packages (release preset)"
        tools/package.sh
        tools/check-package.sh
    fi
done
