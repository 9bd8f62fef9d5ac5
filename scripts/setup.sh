#!/usr/bin/env bash
# One-time set-up on a fresh machine: system tools the sandbox and meters use, then npm packages.
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v bwrap >/dev/null || missing+=(bubblewrap)
command -v valgrind >/dev/null || missing+=(valgrind)
command -v gcc >/dev/null || missing+=(gcc)
# better-sqlite3 (the results store) compiles from source when no prebuilt binary is reachable.
command -v g++ >/dev/null || missing+=(g++)
command -v make >/dev/null || missing+=(make)
[ -f /usr/include/valgrind/callgrind.h ] || missing+=(valgrind)
command -v prlimit >/dev/null || missing+=(util-linux)
command -v python3 >/dev/null || missing+=(python3)
# The browser test of the HTML report drives Debian's chromium (playwright-core downloads none).
command -v chromium >/dev/null || missing+=(chromium)
# `brisk run --queue` and `brisk worker` meet in Redis (scripts/redis.sh runs the project's own).
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]} with apt-get" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: missing ${missing[*]}; install them (e.g. sudo apt-get install ${missing[*]}). Brisk falls back where it can and says so." >&2
  fi
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install`, not `npm ci`: vite (under vitest) lists an optional dependency the registry
  # does not serve, which `npm ci` refuses and `npm install` skips; the lock file still pins.
  npm install --no-audit --no-fund >&2
fi
