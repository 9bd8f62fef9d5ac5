#!/usr/bin/env bash
# Every attack candidate of test/hostile/attacks.ts (classes 1-9, Python and JavaScript) under
# the instruction and the time meter: none may pass with a wrong answer, be measured cheaper
# than its honest twin, or take the sandbox down. CI runs the quick subset; this runs them all
# (about 10-20 minutes on a 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
BRISK_HOSTILE=full npx vitest run test/hostile "$@"
