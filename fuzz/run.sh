#!/usr/bin/env bash
# Builds the libFuzzer target in build-fuzz and runs it for SECONDS (default 600).
# Seeds come from samples/ and tests/golden/ (copied into fuzz/corpus-run/, never committed);
# crashes, leaks, sanitizer reports and timeouts land in fuzz/crashes/.
set -euo pipefail
seconds=${1:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD:-$root/build-fuzz}
jobs=${JOBS:-2}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DECSGEN_FUZZ=ON >/dev/null
cmake --build "$build" --target fuzz_pipeline -j "$jobs"

# The corpus persists between runs (what the fuzzer learnt is kept); the seeds are refreshed each time.
corpus=$root/fuzz/corpus-run
seeds=$root/fuzz/corpus-run/seeds
mkdir -p "$corpus/learnt" "$seeds" "$root/fuzz/crashes"
find "$root/samples" "$root/tests/golden" -name '*.ecs' -print0 |
  while IFS= read -r -d '' f; do cp "$f" "$seeds/$(echo "${f#$root/}" | tr '/' '_')"; done

cd "$root/fuzz/crashes"
exec "$build/fuzz/fuzz_pipeline" "$corpus/learnt" "$seeds" \
  -dict="$root/fuzz/ecs.dict" -max_total_time="$seconds" \
  -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$root/fuzz/crashes/"
