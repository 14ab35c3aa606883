#!/usr/bin/env bash
# Installs what ecsgen needs to build and test on a fresh Debian 12 machine.
# Idempotent and quiet: it calls apt only when a package is missing.
set -euo pipefail
packages=(cmake g++ make python3 antlr4 libantlr4-runtime-dev uuid-dev nlohmann-json3-dev libcli11-dev catch2)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq >/dev/null
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
