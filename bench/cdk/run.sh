#!/usr/bin/env bash
# Peer comparison against AWS CDK (issue 8); not part of CI. One command:
#   bench/cdk/run.sh [--runs N]
# Installs aws-cdk-lib, constructs and the aws-cdk CLI (exact versions, package-lock.json) into
# bench/cdk/node_modules when they are missing or differ, builds a Release ecsgen in build-bench-cdk/
# unless ECSGEN names one, checks that both sides synthesize offline, then runs compare.py.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$HERE"

command -v node >/dev/null || { echo "run.sh: node is not installed (node 20 expected)" >&2; exit 1; }
if ! npm ls --depth=0 >/dev/null 2>&1; then
  echo "run.sh: installing CDK from the npm registry into bench/cdk/node_modules" >&2
  if ! npm ci --no-audit --no-fund >&2; then
    echo "run.sh: npm ci failed (registry unreachable or refused?); no comparison run" >&2
    exit 1
  fi
fi

# No AWS credentials, no network for CDK: no version check, no notices, no telemetry.
export CDK_DISABLE_VERSION_CHECK=1 CDK_DISABLE_CLI_TELEMETRY=1

if [ -z "${ECSGEN:-}" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$ROOT" -B "$ROOT/build-bench-cdk" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
  cmake --build "$ROOT/build-bench-cdk" -j "$(nproc)" --target ecsgen >/dev/null
  export ECSGEN="$ROOT/build-bench-cdk/ecsgen"
fi

exec python3 "$HERE/compare.py" --ecsgen "$ECSGEN" "$@"
