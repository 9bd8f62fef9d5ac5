#!/usr/bin/env bash
# The time meter's figures, side by side with ENAMEL's own harness on the same machine, one
# after the other: references evaluated against themselves (each sample is the reference with
# a trailing comment, so it is really measured again), twice each, then the figures table.
#
#   scripts/time-meter-figures.sh enamel ENAMEL_CHECKOUT [SUITE_DIR]
#       ENAMEL's 142 problems: ENAMEL's harness (python3 demo.py, tests prebuilt once, not
#       timed), then `brisk run --suite SUITE_DIR --scoring enamel --meter time` (the default
#       --jobs 2: ENAMEL's harness uses one core; BRISK_ARGS="--jobs 1" gives the one-core figure).
#       SUITE_DIR defaults to a fresh `brisk import enamel` of the checkout. ENAMEL needs
#       numpy, pandas and tqdm for /usr/bin/python3 (Debian: python3-numpy python3-pandas
#       python3-tqdm). Set SKIP_ENAMEL=1 to run Brisk only.
#   scripts/time-meter-figures.sh bundled
#       The bundled suite: every problem's Python and JavaScript experts against themselves.
#
# Extra options for `brisk run` go in BRISK_ARGS (e.g. BRISK_ARGS="--problems a,b").
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/brisk-time-figures-XXXXXX)
BRISK_ARGS=${BRISK_ARGS:-}
brisk() { node bin/brisk.js "$@"; }
seconds() { local t0=$SECONDS; "$@" >"$WORK/last.log" 2>&1 || { tail -5 "$WORK/last.log"; exit 1; }; echo $((SECONDS - t0)); }

case "${1:-}" in
enamel)
  ENAMEL=$(realpath "${2:?usage: $0 enamel ENAMEL_CHECKOUT [SUITE_DIR]}")
  SUITE=${3:-$WORK/suite}
  [ -d "$SUITE/problems" ] || brisk import enamel "$ENAMEL" --out "$SUITE" >"$WORK/import.log"
  /usr/bin/python3 - "$ENAMEL/samples/enamel-references.json" "$ENAMEL/samples/brisk-self.json" <<'EOF'
import json, sys
rows = json.load(open(sys.argv[1]))
json.dump([[code + "\n# measured again\n" for code in row] for row in rows], open(sys.argv[2], "w"))
EOF
  ENAMEL_ARGS=()
  if [ "${SKIP_ENAMEL:-0}" != 1 ]; then
    (cd "$ENAMEL" && [ -f cache/brisk~tests.pkl ] || /usr/bin/python3 demo.py --load_name brisk-self --save_name cache/brisk --eval_k 1 >"$WORK/enamel-make.log" 2>&1)
    for k in 1 2; do
      w=$(cd "$ENAMEL" && seconds /usr/bin/python3 demo.py --load_name brisk-self --save_name "cache/brisk-run$k" --tests cache/brisk~tests.pkl --eval_k 1)
      echo "ENAMEL run $k: ${w} s"
      ENAMEL_WALL=${ENAMEL_WALL:+$ENAMEL_WALL,}$w
    done
    ENAMEL_ARGS=(--enamel "$ENAMEL/cache/brisk-run1~brisk-self~effs.json" "$ENAMEL/cache/brisk-run2~brisk-self~effs.json" --enamel-wall "$ENAMEL_WALL")
  fi
  for k in 1 2; do
    # shellcheck disable=SC2086
    w=$(seconds node bin/brisk.js run --suite "$SUITE" --scoring enamel --meter time --no-store --no-tier-metrics --no-memory --samples "$ENAMEL/samples/brisk-self.json" --out "$WORK/brisk$k" $BRISK_ARGS)
    echo "Brisk run $k: ${w} s"
    BRISK_WALL=${BRISK_WALL:+$BRISK_WALL,}$w
  done
  node --import tsx scripts/time-figures.mts "${ENAMEL_ARGS[@]}" --brisk "$WORK/brisk1/results.json" "$WORK/brisk2/results.json" --brisk-wall "$BRISK_WALL"
  ;;
bundled)
  node --import tsx scripts/write-expert-samples.mts "$WORK"
  for k in 1 2; do
    # shellcheck disable=SC2086
    w=$(seconds node bin/brisk.js run --meter time --no-store --no-tier-metrics --no-memory --samples "$WORK/experts-python.jsonl" "$WORK/experts-javascript.jsonl" --name python javascript --out "$WORK/brisk$k" $BRISK_ARGS)
    echo "Brisk run $k: ${w} s"
    BRISK_WALL=${BRISK_WALL:+$BRISK_WALL,}$w
  done
  node --import tsx scripts/time-figures.mts --label "Brisk (bundled, experts)" --brisk "$WORK/brisk1/results.json" "$WORK/brisk2/results.json" --brisk-wall "$BRISK_WALL"
  ;;
*)
  sed -n '2,16p' "$0"
  exit 2
  ;;
esac
echo "(runs kept in $WORK)"
