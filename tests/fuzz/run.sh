#!/usr/bin/env bash
# Fuzzes with libFuzzer (clang) for SECONDS each (default 600, the 10 minutes of docs/quality.md): the response
# decoders from the seed corpus of real mock answers in tests/fuzz/corpus, and the mock's HTTP request reader from
# tests/fuzz/corpus-http. Usage: tests/fuzz/run.sh [SECONDS] [decoders|http_reader]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
targets=${2:-"decoders http_reader"}
command -v clang++ >/dev/null || apt-get install -y -qq clang libclang-rt-14-dev
cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCLICKAR_FUZZ=ON -DCLICKAR_BUILD_TOOLS=OFF >/dev/null
for target in $targets; do
    corpus=tests/fuzz/corpus
    [ "$target" = http_reader ] && corpus=tests/fuzz/corpus-http
    cmake --build build/fuzz --target "fuzz_$target"
    work=$(mktemp -d)
    cp "$corpus"/* "$work/"
    build/fuzz/tests/fuzz/"fuzz_$target" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 "$work"
    rm -rf "$work"
done
