#!/usr/bin/env bash
# The full resume check of the results store: 3 problems x 2 models x 3 samples under the
# instructions meter; kill -9 at about half way, re-run, compare with an uninterrupted run.
# `npm test` runs the same test on 1 problem and 2 samples. 5-10 minutes on 2 busy cores.
set -euo pipefail
cd "$(dirname "$0")/.."
BRISK_RESUME_FULL=1 npx vitest run test/cli/resume.test.ts "$@"
