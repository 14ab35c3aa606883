#!/bin/sh
# `cmake --install BUILD --prefix TMP` puts the binary, the man page and the bash completion in place,
# and `cpack` turns the build into a .deb with the runtime dependencies declared (when dpkg-deb exists).
set -eu
build=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
status=0
for f in bin/ecsgen share/man/man1/ecsgen.1 share/bash-completion/completions/ecsgen; do
  if [ -e "$tmp/prefix/$f" ]; then echo "ok   installs $f"; else echo "FAIL installs $f"; status=1; fi
done
"$tmp/prefix/bin/ecsgen" --version | grep -q '^ecsgen ' && echo "ok   installed ecsgen --version" || { echo "FAIL installed ecsgen --version"; status=1; }
bash -n "$tmp/prefix/share/bash-completion/completions/ecsgen" && echo "ok   completion is valid bash" || status=1
if command -v dpkg-deb >/dev/null && [ -f "$build/CPackConfig.cmake" ]; then
  (cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -B "$tmp/deb" >/dev/null)
  deb=$(ls "$tmp"/deb/*.deb)
  if dpkg-deb -f "$deb" Depends | grep -q 'libantlr4-runtime4.9' && dpkg-deb -c "$deb" | grep -q 'man1/ecsgen.1'; then
    echo "ok   cpack builds $(basename "$deb") with its dependencies"
  else
    echo "FAIL cpack .deb lacks its dependencies or files"; status=1
  fi
else
  echo "SKIP cpack .deb (dpkg-deb not installed)"
fi
exit $status
