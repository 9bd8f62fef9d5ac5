#!/usr/bin/env bash
# With the instruction meter, results must not depend on machine load: the bundled suite is run
# quietly, then again beside two CPU hogs, and results.json is compared on every status, score,
# cost and metric (wall times and RSS peaks excepted) and prints both runs' wall times. Takes two
# full runs of the main job.
# Usage: bash scripts/load-independence.sh [extra brisk run options, e.g. --problems a,b]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
start=$SECONDS
node bin/brisk.js run --meter instructions --no-store --out "$out/quiet" "$@" >/dev/null
echo "quiet run: $((SECONDS - start)) s"
hogs=()
for _ in 1 2; do node -e 'for (;;) {}' & hogs+=($!); done
trap 'kill "${hogs[@]}" 2>/dev/null || true' EXIT
start=$SECONDS
node bin/brisk.js run --meter instructions --no-store --out "$out/loaded" "$@" >/dev/null
echo "run beside two CPU hogs: $((SECONDS - start)) s"
kill "${hogs[@]}"
node --import tsx scripts/compare-results.mts "$out/quiet/results.json" "$out/loaded/results.json"
