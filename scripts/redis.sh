#!/usr/bin/env bash
# The project's Redis for `brisk run --queue` and `brisk worker`: Debian's redis-server on
# loopback, AOF on with an fsync per write (a restart or kill -9 loses nothing acknowledged).
#   scripts/redis.sh start|stop|status|kill [--port N] [--dir D]
# Default port 6390 (6391 is the tests'; they flush it), data in ${TMPDIR:-/tmp}/brisk-redis-<port>.
# Exit status 3 from `start` means redis-server is missing and cannot be installed here.
set -euo pipefail
action=${1:-}
[ $# -gt 0 ] && shift
port=6390
dir=''
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "redis.sh: unknown option $1 (takes --port N, --dir D)" >&2; exit 2 ;;
  esac
done
[[ "$port" =~ ^[0-9]+$ ]] || { echo "redis.sh: --port takes a number, got $port" >&2; exit 2; }
dir=${dir:-${TMPDIR:-/tmp}/brisk-redis-$port}
pidfile="$dir/redis.pid"
cli() { redis-cli -h 127.0.0.1 -p "$port" "$@"; }
alive() { command -v redis-cli >/dev/null && [ "$(cli ping 2>/dev/null)" = PONG ]; }

ensure_installed() {
  command -v redis-server >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "redis.sh: installing redis-server with apt-get" >&2
    if apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; then
      # Debian's package enables a system service on 6379; ours is separate and needs none.
      return 0
    fi
    echo "redis.sh: apt-get could not install redis-server" >&2
    exit 3
  fi
  echo "redis.sh: redis-server is not installed and cannot be installed here (needs root and apt-get): sudo apt-get install redis-server" >&2
  exit 3
}

case "$action" in
  start)
    ensure_installed
    if alive; then echo "redis.sh: already running on 127.0.0.1:$port"; exit 0; fi
    mkdir -p "$dir"
    redis-server --bind 127.0.0.1 --protected-mode yes --port "$port" --dir "$dir" \
      --appendonly yes --appendfsync always --save '' \
      --daemonize yes --pidfile "$pidfile" --logfile "$dir/redis.log"
    for _ in $(seq 100); do alive && { echo "redis.sh: running on 127.0.0.1:$port (data in $dir)"; exit 0; }; sleep 0.1; done
    echo "redis.sh: redis-server did not answer on port $port within 10 s; see $dir/redis.log" >&2
    exit 1
    ;;
  stop)
    if ! alive; then echo "redis.sh: not running on port $port"; exit 0; fi
    # SHUTDOWN writes the AOF out before exiting.
    cli shutdown >/dev/null 2>&1 || true
    for _ in $(seq 100); do alive || { echo "redis.sh: stopped (port $port)"; exit 0; }; sleep 0.1; done
    echo "redis.sh: redis on port $port did not stop within 10 s" >&2
    exit 1
    ;;
  kill)
    # For fault tests: the hardest stop there is; the AOF must carry everything over.
    [ -f "$pidfile" ] || { echo "redis.sh: no pid file $pidfile" >&2; exit 1; }
    pid=$(cat "$pidfile")
    kill -9 "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; echo "redis.sh: killed $pid (port $port)"; exit 0; }; sleep 0.1; done
    exit 1
    ;;
  status)
    if alive; then echo "running on 127.0.0.1:$port (data in $dir)"; else echo "not running on port $port"; exit 1; fi
    ;;
  *)
    echo "usage: scripts/redis.sh start|stop|status|kill [--port N] [--dir D]" >&2
    exit 2
    ;;
esac
