#!/usr/bin/env bash
# Installs what Crier needs on Debian 12, only what is missing.
#   scripts/deps.sh build   compiler and libraries for building crier
#   scripts/deps.sh test    plus everything the test suite and benchmarks use
set -euo pipefail
what=${1:-build}
cd "$(dirname "$0")/.."

build_pkgs="build-essential pkg-config libuv1-dev libhttp-parser-dev libsqlite3-dev libjansson-dev
  libcmark-dev libssl-dev libcurl4-openssl-dev libicu-dev zlib1g-dev libstemmer-dev libvips-dev libxml2-dev libargon2-dev
  libpq-dev dict-freedict-fra-eng dict-freedict-eng-fra"
test_pkgs="clang libclang-rt-14-dev clang-format cppcheck curl openssl sqlite3 chromium python3-feedparser perl
  nginx-light libnginx-mod-nchan procps libwslay-dev zbar-tools systemd util-linux libimage-exiftool-perl postgresql
  haproxy iproute2"

pkgs=$build_pkgs
[ "$what" = test ] && pkgs="$pkgs $test_pkgs"
# Node.js may come from elsewhere than Debian (with its own npm): only ask apt
# for it when there is none.
if [ "$what" = test ] && ! { command -v node && command -v npm; } >/dev/null 2>&1; then
  pkgs="$pkgs nodejs npm"
fi

missing=()
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "deps: missing packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  echo "deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$what" = test ] && [ -f package.json ]; then
  # A node_modules that is a symbolic link (a worktree sharing another's) is
  # left to its owner: `npm ci` here would empty the directory it points to.
  if [ -L node_modules ]; then
    echo "deps: node_modules is a link to $(readlink node_modules); not installing through it" >&2
  elif [ ! -d node_modules ] || [ package.json -nt node_modules ]; then
    echo "deps: npm install" >&2
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi
    touch node_modules
  fi
fi
