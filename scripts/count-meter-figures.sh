#!/usr/bin/env bash
# The instruction meter's throughput figures, measured one after the other on this machine
# (run it on a quiet machine; each figure is one run):
#
#   scripts/count-meter-figures.sh enamel ENAMEL_CHECKOUT [SUITE_DIR]
#       ENAMEL's harness on HumanEval's canonical solutions (samples/humaneval-canonical.json;
#       tests prebuilt once, not timed), then `brisk run --suite SUITE_DIR --scoring enamel
#       --meter instructions` on the same sample file, references included: with the memory pass
#       (Brisk's default) and with --no-memory (ENAMEL measures no memory). SUITE_DIR defaults to
#       a fresh `brisk import enamel` of the checkout. ENAMEL needs numpy, pandas and tqdm for
#       /usr/bin/python3. SKIP_ENAMEL=1 runs Brisk only.
#   scripts/count-meter-figures.sh bundled
#       The first suite's 41 problems (every tier, the main job's options): `brisk run
#       --meter instructions` at --jobs 2 and --jobs 1, then a JavaScript sample's average wall
#       time over the same problems' three tiers (`npm run bench:sample -- --language javascript`).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/brisk-count-figures-XXXXXX)
seconds() { local t0=$SECONDS; "$@" >"$WORK/last.log" 2>&1 || { tail -5 "$WORK/last.log"; exit 1; }; echo $((SECONDS - t0)); }
# The suite's first 41 problems (the issue's figures were taken on them before it grew).
FIRST_41=binomial-mod,closest-pair-points,coin-change-ways,convex-hull-area,count-components,count-primes,count-set-bits,csv-column-sum,dedupe-preserve-order,dijkstra-shortest-paths,edit-distance,evaluate-expression,gcd-of-pairs,grid-bfs-steps,grid-paths-obstacles,group-anagrams,knapsack-01,longest-common-prefix,longest-common-subsequence,longest-increasing-subsequence,longest-palindromic-substring,longest-unique-substring,lowest-common-ancestor-queries,matrix-multiply,max-subarray-sum,merge-intervals,minimum-spanning-tree,modpow-sum,next-greater-element,pair-sum-count,partition-equal-subset,pattern-occurrences,range-sum-queries,reverse-words,run-length-encode,sliding-window-maximum,subarray-sum-equals-k,top-k-frequent,topological-order,tree-diameter,word-frequency

case "${1:-}" in
enamel)
  ENAMEL=$(realpath "${2:?usage: $0 enamel ENAMEL_CHECKOUT [SUITE_DIR]}")
  SUITE=${3:-$WORK/suite}
  SAMPLES=$ENAMEL/samples/humaneval-canonical.json
  [ -d "$SUITE/problems" ] || node bin/brisk.js import enamel "$ENAMEL" --out "$SUITE" >"$WORK/import.log"
  if [ "${SKIP_ENAMEL:-0}" != 1 ]; then
    (cd "$ENAMEL" && [ -f cache/brisk~tests.pkl ] || /usr/bin/python3 demo.py --load_name humaneval-canonical --save_name cache/brisk --eval_k 1 >"$WORK/enamel-make.log" 2>&1)
    w=$(cd "$ENAMEL" && seconds /usr/bin/python3 demo.py --load_name humaneval-canonical --save_name cache/brisk-canonical --tests cache/brisk~tests.pkl --eval_k 1)
    echo "ENAMEL's harness, humaneval-canonical: ${w} s"
  fi
  w=$(seconds node bin/brisk.js run --suite "$SUITE" --scoring enamel --meter instructions --no-store --no-tier-metrics --samples "$SAMPLES" --out "$WORK/brisk")
  echo "Brisk, --meter instructions: ${w} s ($(grep -o 'pass@1.*' "$WORK/last.log" | head -1 || true))"
  grep -E '^1 ' "$WORK/last.log" || true
  w=$(seconds node bin/brisk.js run --suite "$SUITE" --scoring enamel --meter instructions --no-store --no-tier-metrics --no-memory --samples "$SAMPLES" --out "$WORK/brisk-no-memory")
  echo "Brisk, --meter instructions --no-memory: ${w} s"
  grep -E '^1 ' "$WORK/last.log" || true
  ;;
bundled)
  for jobs in 2 1; do
    w=$(seconds node bin/brisk.js run --problems "$FIRST_41" --meter instructions --no-store --jobs "$jobs" --out "$WORK/jobs$jobs")
    echo "brisk run, 41 problems, --meter instructions --jobs $jobs: ${w} s"
  done
  npm run --silent bench:sample -- --language javascript --problems "$FIRST_41" | grep -E 'per sample|counted|native|memory'
  ;;
*)
  sed -n '2,16p' "$0"
  exit 2
  ;;
esac
echo "(runs kept in $WORK)"
