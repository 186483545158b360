#!/usr/bin/env bash
# Fuzzes the response decoders with libFuzzer (clang) for SECONDS (default 600, the 10 minutes of docs/quality.md),
# starting from the seed corpus of real mock answers in tests/fuzz/corpus. Usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
command -v clang++ >/dev/null || apt-get install -y -qq clang libclang-rt-14-dev
cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCLICKAR_FUZZ=ON -DCLICKAR_BUILD_TOOLS=OFF >/dev/null
cmake --build build/fuzz --target fuzz_decoders
work=$(mktemp -d)
cp tests/fuzz/corpus/* "$work/"
build/fuzz/tests/fuzz/fuzz_decoders -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 "$work"
rm -rf "$work"
