#!/usr/bin/env bash
# Fails when grammar/generated/ is not what antlr4 makes of grammar/Ecs.g4 (regenerate: make grammar).
set -euo pipefail
root=$1
if [ ! -x /usr/bin/antlr4 ] || ! command -v java >/dev/null; then
  echo "SKIP: antlr4 or java not installed; cannot check grammar/generated freshness"
  exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$root/grammar/Ecs.g4" "$tmp/"
(cd "$tmp" && /usr/bin/antlr4 -Dlanguage=Cpp -no-listener -no-visitor -package ecsgen::grammar -o generated -Xexact-output-dir Ecs.g4)
if ! diff -r "$tmp/generated" "$root/grammar/generated" >/dev/null; then
  echo "grammar/generated is stale: run 'make grammar' and commit the result"
  diff -r "$tmp/generated" "$root/grammar/generated" | head -20
  exit 1
fi
echo "grammar/generated is up to date"
