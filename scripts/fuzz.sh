#!/usr/bin/env bash
# Builds the libFuzzer target for the vSPC codec and framer with clang (ASan + UBSan) and runs it.
# Usage: scripts/fuzz.sh [RUNS]   (default 2,000,000 executions; the corpus is kept in build/fuzz)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-2000000}
out=build/fuzz
mkdir -p "$out/corpus"
sources=(tests/fuzz/fuzz_vspc.cpp services/vspc/telnetcodec.cpp services/vspc/telnetoptions.cpp
  services/vspc/vmwareextension.cpp services/vspc/lineframer.cpp services/vspc/metadatapacket.cpp)
if [ ! -x "$out/fuzz_vspc" ] || [ -n "$(find "${sources[@]}" services/vspc/*.h -newer "$out/fuzz_vspc")" ]; then
  # shellcheck disable=SC2046
  clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fPIC \
    -DQT_NO_CAST_FROM_ASCII -I services $(pkg-config --cflags Qt6Core) "${sources[@]}" \
    $(pkg-config --libs Qt6Core) -o "$out/fuzz_vspc"
fi
# Seeds: the vectors of a real ESXi capture.
printf '\x00\xff\xfa\xe8\x28\x76\x19\xff\xff\xe9\xff\xf0!!REQUEST_METADATA#\n' > "$out/corpus/seed-begin"
printf '\x03\xff\xfb\x25\xff\xfa\xe8\x46\x43my-metadata\xff\xf0\xff\xfa\xe8\x52test-vm\xff\xf0' > "$out/corpus/seed-proxy"
"$out/fuzz_vspc" -runs="$runs" -max_len=4096 -print_final_stats=1 "$out/corpus" 2>&1 | tail -n 20
