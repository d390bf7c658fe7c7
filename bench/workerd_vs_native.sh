#!/usr/bin/env bash
# Runs the same write-call benchmark against the native server and against workerd serving the
# Worker bundle, one after the other on this machine, and prints both rows and their ratio as a
# Markdown table.
#
#   bench/workerd_vs_native.sh
#   DURATION=5 CONNECTIONS=16 bench/workerd_vs_native.sh
#
# The call: `loadgen one`, probe/increment with {"by":1} on one instance, CONNECTIONS connections
# (default 32) each with one call in flight, WARMUP seconds (default 2) then DURATION seconds
# (default 10) measured. Both hosts run in development mode with their default storage settings:
# the native server commits with SQLite synchronous=FULL; workerd uses its local Durable Object
# SQLite storage on disk. WORKERD_PORT (default 18787) is workerd's loopback port.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-2}
CONNECTIONS=${CONNECTIONS:-32}
WORKERD_PORT=${WORKERD_PORT:-18787}

cargo build --release -p server -p loadgen
worker/build.sh >&2
if [[ ! -x worker/node_modules/.bin/workerd ]]; then
    (cd worker && npm ci --no-audit --no-fund)
fi
SERVER=target/release/server
LOADGEN=target/release/loadgen
WORKERD=worker/node_modules/.bin/workerd
WORK=$(mktemp -d /tmp/dotdo-workerd-bench.XXXXXX)
PID=""

stop_host() {
    if [[ -n "$PID" ]]; then
        kill -TERM "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
        PID=""
    fi
}
trap 'stop_host; rm -rf "$WORK"' EXIT

# field LINE KEY: prints the value of KEY=VALUE in LINE.
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

load1() { cut -d ' ' -f 1 /proc/loadavg; }

# run_load NAME URL: runs loadgen against URL, sets RESULT to its RESULT line and LOAD to the
# 1-minute load average before the run (other work on the machine skews the figures).
run_load() {
    local name=$1 url=$2 output
    LOAD=$(load1)
    output=$("$LOADGEN" one --url "$url" --class probe --method increment --body '{"by":1}' \
        --name-prefix bench --connections "$CONNECTIONS" --warmup "$WARMUP" --duration "$DURATION" \
        --label "$name")
    echo "$output" >&2
    RESULT=$(grep '^RESULT ' <<<"$output" | tail -n 1)
}

# The native server on a free port, read from its log.
RUST_LOG=warn,server::serve=info "$SERVER" --listen 127.0.0.1:0 --data-dir "$WORK/native" \
    --idle-timeout 3600 2>"$WORK/native.log" &
PID=$!
ADDR=""
for _ in $(seq 1 300); do
    ADDR=$(sed -n 's/.*listening addr=\([0-9.:]*\).*/\1/p' "$WORK/native.log" | head -n 1)
    [[ -n "$ADDR" ]] && break
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$ADDR" ]]; then
    echo "the native server did not start; its log:" >&2
    cat "$WORK/native.log" >&2
    exit 1
fi
echo "== native server, pid $PID on $ADDR" >&2
run_load native "http://$ADDR"
NATIVE=$RESULT
NATIVE_LOAD=$LOAD
stop_host

# workerd on WORKERD_PORT, ready once the port accepts connections.
mkdir -p "$WORK/storage"
"$WORKERD" serve generated/workers/workerd.capnp --socket-addr "http=127.0.0.1:$WORKERD_PORT" \
    --directory-path "storage=$WORK/storage" >"$WORK/workerd.log" 2>&1 &
PID=$!
ready=""
for _ in $(seq 1 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$WORKERD_PORT") 2>/dev/null; then
        ready=yes
        break
    fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$ready" ]]; then
    echo "workerd did not listen on 127.0.0.1:$WORKERD_PORT; its log:" >&2
    cat "$WORK/workerd.log" >&2
    exit 1
fi
echo "== workerd, pid $PID on 127.0.0.1:$WORKERD_PORT" >&2
run_load workerd "http://127.0.0.1:$WORKERD_PORT"
WORKERD_RESULT=$RESULT
WORKERD_LOAD=$LOAD
stop_host

row() {
    echo "| $1 | $(field "$2" calls_per_sec) | $(field "$2" p50_ms) | $(field "$2" p90_ms) | $(field "$2" p99_ms) | $(field "$2" max_ms) | $(field "$2" errors) | $3 |"
}
ratio=$(awk -v w="$(field "$WORKERD_RESULT" calls_per_sec)" -v n="$(field "$NATIVE" calls_per_sec)" \
    'BEGIN { if (n > 0) printf "%.2f", w / n; else print "n/a" }')
p50_ratio=$(awk -v w="$(field "$WORKERD_RESULT" p50_ms)" -v n="$(field "$NATIVE" p50_ms)" \
    'BEGIN { if (n > 0) printf "%.2f", w / n; else print "n/a" }')

echo
echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p'), Linux $(uname -r), $("$WORKERD" --version 2>&1 | head -n 1)"
echo
echo "Write calls: probe/increment on one instance, $CONNECTIONS connections (calls in flight), ${WARMUP} s warmup, ${DURATION} s measured, host and load generator on the same machine."
echo
echo "| host | calls/s | p50 ms | p90 ms | p99 ms | max ms | errors | load avg before |"
echo "|---|---|---|---|---|---|---|---|"
row "native server" "$NATIVE" "$NATIVE_LOAD"
row workerd "$WORKERD_RESULT" "$WORKERD_LOAD"
echo
echo "workerd / native: $ratio x the calls per second, $p50_ratio x the p50 latency."
