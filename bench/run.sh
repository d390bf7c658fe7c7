#!/usr/bin/env bash
# Runs the HTTP load and memory benchmarks against a release build of the server on a free
# 127.0.0.1 port with temporary data directories, and prints the figures as Markdown tables.
#
#   bench/run.sh                     # everything, about 5 minutes plus the build
#   DURATION=5 MEMORY_COUNTS=1000 bench/run.sh
#
# Settings (environment): DURATION and WARMUP (seconds per load run, default 10 and 2),
# CONNECTIONS (default 32), DURABILITIES (default "full normal"), MEMORY_COUNTS (instances per
# memory run, default "1000 10000"). The server and the load generator share this machine's
# cores, so the figures are for both on one machine.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURABILITIES=${DURABILITIES:-full normal}
MEMORY_COUNTS=${MEMORY_COUNTS:-1000 10000}

cargo build --release -p server -p loadgen
SERVER=target/release/server
LOADGEN=target/release/loadgen
WORK=$(mktemp -d /tmp/dotdo-bench.XXXXXX)
SERVER_PID=""
ADDR=""

# Each open instance keeps three file descriptors open (database, WAL, shared memory).
ulimit -n "$(ulimit -Hn)" || true

stop_server() {
    if [[ -n "$SERVER_PID" ]]; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

# start_server NAME DURABILITY: starts the server on 127.0.0.1 port 0 and reads the bound address
# from its log. `full` is the server's default and needs no config file. `normal` needs one,
# which turns development mode off, so the file grants `*` to anonymous callers itself.
start_server() {
    local name=$1 durability=$2
    local log="$WORK/$name.log"
    local args=(--listen 127.0.0.1:0 --data-dir "$WORK/$name-data" --idle-timeout 3600)
    if [[ "$durability" != full ]]; then
        printf 'durability = "%s"\n[anonymous]\ngrants = ["*"]\n' "$durability" >"$WORK/$name.toml"
        args+=(--config "$WORK/$name.toml")
    fi
    RUST_LOG=warn,server::serve=info "$SERVER" "${args[@]}" 2>"$log" &
    SERVER_PID=$!

    ADDR=""
    for _ in $(seq 1 300); do
        ADDR=$(sed -n 's/.*listening addr=\([0-9.:]*\).*/\1/p' "$log" | head -n 1)
        [[ -n "$ADDR" ]] && return 0
        kill -0 "$SERVER_PID" 2>/dev/null || break
        sleep 0.1
    done
    echo "the server did not start; its log:" >&2
    cat "$log" >&2
    exit 1
}

load1() { cut -d ' ' -f 1 /proc/loadavg; }

# dsync_ms: milliseconds per synchronous 4 KiB write (O_DSYNC, 200 writes) on the disk of the data
# directories, the floor of one commit with synchronous=FULL.
dsync_ms() {
    local seconds
    seconds=$(dd if=/dev/zero of="$WORK/dsync-probe" bs=4k count=200 oflag=dsync 2>&1 |
        sed -n 's/.* copied, \([0-9.]*\) s.*/\1/p')
    rm -f "$WORK/dsync-probe"
    awk -v seconds="$seconds" 'BEGIN { printf "%.3f", seconds * 1000 / 200 }'
}

# field LINE KEY: prints the value of KEY=VALUE in LINE.
field() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

DSYNC_BEFORE=$(dsync_ms)
LOAD_ROWS=()
MEMORY_ROWS=()

# measure TRANSPORT DURABILITY SCENARIO RATE ARGS...: runs loadgen with ARGS, echoes its output,
# records a table row and sets RESULT to its RESULT line.
measure() {
    local transport=$1 durability=$2 scenario=$3 rate=$4
    shift 4
    local load_before output
    load_before=$(load1)
    output=$("$LOADGEN" "$@" --connections "$CONNECTIONS" --duration "$DURATION")
    echo "$output" >&2
    RESULT=$(grep '^RESULT ' <<<"$output" | tail -n 1)
    LOAD_ROWS+=("| $transport | $durability | $scenario | $rate | $(field "$RESULT" calls_per_sec) | $(field "$RESULT" p50_ms) | $(field "$RESULT" p90_ms) | $(field "$RESULT" p99_ms) | $(field "$RESULT" max_ms) | $(field "$RESULT" errors) | $load_before |")
}

for durability in $DURABILITIES; do
    start_server "load-$durability" "$durability"
    echo "== HTTP, durability $durability: server pid $SERVER_PID on $ADDR" >&2
    http=(--url "http://$ADDR" --warmup "$WARMUP")

    measure HTTP "$durability" "one instance, max" max one "${http[@]}" --name-prefix one \
        --label "http-one-$durability"
    max_rate=$(field "$RESULT" calls_per_sec)

    # --open-first: the measured calls find the 1,000 instances open.
    measure HTTP "$durability" "1,000 instances, max" max spread 1000 --open-first "${http[@]}" \
        --name-prefix spread --label "http-spread-$durability"

    half_rate=$((max_rate / 2))
    if ((half_rate > 0)); then
        measure HTTP "$durability" "one instance, half of max" "$half_rate" one "${http[@]}" \
            --name-prefix half --rate "$half_rate" --label "http-half-$durability"
    fi
    stop_server

    # The same scenarios through Host::call inside the load generator's process, without HTTP.
    echo "== in-process, durability $durability" >&2
    in_process=(--in-process --durability "$durability")
    measure in-process "$durability" "one instance, max" max one "${in_process[@]}" \
        --data-dir "$WORK/in-process-one-$durability" --warmup "$WARMUP" \
        --label "in-process-one-$durability"
    max_rate=$(field "$RESULT" calls_per_sec)
    measure in-process "$durability" "1,000 instances, max" max spread 1000 --open-first \
        "${in_process[@]}" --data-dir "$WORK/in-process-spread-$durability" --warmup "$WARMUP" \
        --label "in-process-spread-$durability"
    half_rate=$((max_rate / 2))
    if ((half_rate > 0)); then
        measure in-process "$durability" "one instance, half of max" "$half_rate" one \
            "${in_process[@]}" --data-dir "$WORK/in-process-half-$durability" \
            --warmup "$WARMUP" --rate "$half_rate" --label "in-process-half-$durability"
    fi
done

for count in $MEMORY_COUNTS; do
    start_server "memory-$count" full
    echo "== memory, $count instances: server pid $SERVER_PID on $ADDR" >&2
    load_before=$(load1)
    output=$("$LOADGEN" activate "$count" --server-pid "$SERVER_PID" --url "http://$ADDR" \
        --method get --body '{}' --name-prefix idle --connections "$CONNECTIONS" --settle 3 \
        --label "memory-$count")
    echo "$output" >&2
    memory=$(grep '^MEMORY ' <<<"$output")
    first=$(grep '^RESULT ' <<<"$output")
    MEMORY_ROWS+=("| $count | $(field "$memory" opened) | $(field "$memory" rss_before_kib) | $(field "$memory" rss_after_kib) | $(field "$memory" bytes_per_instance) | $(field "$first" calls_per_sec) | $(field "$first" p50_ms) | $(field "$first" p99_ms) | $(field "$first" errors) | $load_before |")
    stop_server
done

DSYNC_AFTER=$(dsync_ms)

echo
echo "Machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p'), Linux $(uname -r), open-file limit $(ulimit -n)"
echo
echo "Synchronous 4 KiB write (dd oflag=dsync): $DSYNC_BEFORE ms before the runs, $DSYNC_AFTER ms after."
echo
echo "Write calls: probe/increment, $CONNECTIONS connections (calls in flight), ${WARMUP} s warmup, ${DURATION} s measured."
echo
echo "| transport | durability | scenario | rate asked (calls/s) | calls/s | p50 ms | p90 ms | p99 ms | max ms | errors | load avg before |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${LOAD_ROWS[@]}"
echo
echo "Idle instances: one probe/get call each, then 3 s idle, over HTTP."
echo
echo "| instances | opened | VmRSS before (KiB) | VmRSS after (KiB) | bytes per instance | activations/s | first call p50 ms | first call p99 ms | errors | load avg before |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${MEMORY_ROWS[@]}"
