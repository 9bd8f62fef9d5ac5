#!/usr/bin/env bash
# The queue's fault tests with more samples (9 instead of 4), so more jobs are in flight at
# each fault: a worker killed -9, the coordinator and Redis killed -9, a job delivered twice,
# a sample no worker can run, another environment. `npm test` runs the small version.
# About 2-3 times as long as the small one (10-25 minutes on 2 busy cores).
set -euo pipefail
cd "$(dirname "$0")/.."
BRISK_QUEUE_FULL=1 npx vitest run test/queue/faults.test.ts "$@"
