#!/usr/bin/env bash
# A real queue run with W local workers (callgrind, --jobs 1 each): wall time, the
# coordinator's CPU, and Redis commands, bytes and CPU per job. docs/queue.md has the figures.
#   scripts/queue-scale.sh WORKERS [PROBLEMS]     e.g. scripts/queue-scale.sh 2 pair-sum-count,max-subarray-sum
#   scripts/queue-scale.sh WORKERS idle           what idle workers alone cost Redis, over 60 s
# The samples are each problem's three Python tiers, entered twice (a comment tells them
# apart); references are measured too. Uses its own Redis on port 6394 and a fresh store.
set -euo pipefail
cd "$(dirname "$0")/.."
workers=${1:?usage: scripts/queue-scale.sh WORKERS [PROBLEMS]}
problems=${2:-pair-sum-count,max-subarray-sum}
port=6394
url="redis://127.0.0.1:$port"
dir=$(mktemp -d /tmp/brisk-scale-XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  bash scripts/redis.sh stop --port "$port" >/dev/null
}
trap cleanup EXIT

samples="$dir/samples.jsonl"
ids=()
[ "$problems" = idle ] || IFS=, read -ra ids <<<"$problems"
for id in "${ids[@]}"; do
  for tier in naive standard expert; do
    for copy in 1 2; do
      node -e 'const fs = require("fs"); const [id, file, copy] = process.argv.slice(1);
        console.log(JSON.stringify({ task_id: id, solution: `# copy ${copy}\n` + fs.readFileSync(file, "utf8") }));' \
        "$id" "reference-solutions/$id/python/$tier.py" "$copy" >>"$samples"
    done
  done
done
touch "$samples"
jobs=$(( $(wc -l <"$samples") + ${#ids[@]} ))

bash scripts/redis.sh start --port "$port" >/dev/null
redis-cli -p "$port" flushall >/dev/null
for i in $(seq "$workers"); do
  node bin/brisk.js worker --queue "$url" --meter instructions --jobs 1 --name "w$i" 2>"$dir/w$i.log" &
  pids+=($!)
done
for i in $(seq "$workers"); do
  until grep -qs 'taking jobs from' "$dir/w$i.log"; do sleep 0.5; done
done
info() { redis-cli -p "$port" info everything | tr -d '\r'; }
# A number from INFO: a field (total_commands_processed) or a command's calls (cmdstat_evalsha).
stat() { awk -F'[:=,]' -v k="$1" '$1 == k { print ($2 == "calls" ? $3 : $2); found = 1 } END { if (!found) print 0 }' <<<"$2"; }
calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }
redis-cli -p "$port" config resetstat >/dev/null
before=$(info)
if [ "$problems" = idle ]; then
  sleep 60
  after=$(info)
  rate() { calc "($(stat "$1" "$after") - $(stat "$1" "$before")) / 60 / $workers" 2; }
  echo "idle workers: $workers; per worker and second: $(rate total_commands_processed) Redis commands, $(rate total_net_input_bytes) bytes in, $(rate total_net_output_bytes) bytes out"
  echo "Redis CPU while idle: $(calc "($(stat used_cpu_user "$after") + $(stat used_cpu_sys "$after") - $(stat used_cpu_user "$before") - $(stat used_cpu_sys "$before")) * 1000 / 60" 2) ms per second"
  exit 0
fi
load=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s.%N)
/usr/bin/time -f '%U %S' -o "$dir/cpu" node bin/brisk.js run --meter instructions --problems "$problems" --no-tier-metrics \
  --samples "$samples" --store "$dir/store.sqlite" --out "$dir/out" --queue "$url" >"$dir/run.out" 2>"$dir/run.err"
wall=$(calc "$(date +%s.%N) - $start" 0)
after=$(info)
read -r user sys <"$dir/cpu"
delta() { calc "$(stat "$1" "$after") - $(stat "$1" "$before")" 2; }
per() { calc "$(delta "$1") / $jobs" "${2:-1}"; }
echo "workers: $workers; jobs: $jobs ($(( jobs - ${#ids[@]} )) samples, ${#ids[@]} references); load average at start: $load"
echo "wall time: $wall s; $(grep -o 'workers: .*' "$dir/run.err" | tail -1)"
echo "coordinator CPU (whole command, start-up and report included): $(calc "$user + $sys") s"
echo "Redis commands per job: $(per total_commands_processed); of which BullMQ script calls (evalsha): $(per cmdstat_evalsha)"
echo "bytes per job into Redis: $(per total_net_input_bytes 0); out of Redis: $(per total_net_output_bytes 0)"
echo "Redis CPU per job: $(calc "($(delta used_cpu_user) + $(delta used_cpu_sys)) * 1000 / $jobs" 2) ms"
echo "output and logs: $dir"
