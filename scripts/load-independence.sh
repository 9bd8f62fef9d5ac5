#!/usr/bin/env bash
# With the instruction meter, results must not depend on machine load: the bundled suite is run
# quietly, then again beside two CPU hogs, and results.json is compared on every status, score,
# cost and metric (wall times and RSS peaks excepted). Takes two full runs of the main job.
# Usage: bash scripts/load-independence.sh [extra brisk run options, e.g. --problems a,b]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
node bin/brisk.js run --meter instructions --no-store --out "$out/quiet" "$@" >/dev/null
hogs=()
for _ in 1 2; do node -e 'for (;;) {}' & hogs+=($!); done
trap 'kill "${hogs[@]}" 2>/dev/null || true' EXIT
node bin/brisk.js run --meter instructions --no-store --out "$out/loaded" "$@" >/dev/null
kill "${hogs[@]}"
node --import tsx scripts/compare-results.mts "$out/quiet/results.json" "$out/loaded/results.json"
