#!/usr/bin/env bash
# Runs every test. It installs the pinned Node tools the tests call (tsc, ajv, mermaid, an OpenAPI
# validator) and workerd when they are missing or out of date, and builds the Worker bundle for
# the conformance suite. Then it runs the Rust test suite, checks that the object crates build
# for wasm32, and checks that the generated code matches the specs.
set -euo pipefail
cd "$(dirname "$0")/.."

node_dir=tests/node
if [ ! -d "$node_dir/node_modules" ] || [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.package-lock.json" ]; then
  (cd "$node_dir" && npm ci --no-audit --no-fund)
fi

# workerd, the open-source Cloudflare Workers runtime, for the conformance suite's workerd target.
worker_dir=worker
if [ ! -d "$worker_dir/node_modules" ] || [ "$worker_dir/package-lock.json" -nt "$worker_dir/node_modules/.package-lock.json" ]; then
  (cd "$worker_dir" && npm ci --no-audit --no-fund)
fi

# The Worker bundle (installs the wasm32 target and wasm-bindgen-cli on first use). The
# conformance tests run this script too, but building here keeps its output out of the tests.
worker/build.sh

# The output is kept to print the total at the end.
test_log=$(mktemp)
trap 'rm -f "$test_log"' EXIT
cargo test --workspace 2>&1 | tee "$test_log"

# Everything object code touches must build for Cloudflare Workers.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
cargo check --target wasm32-unknown-unknown -p runtime -p generated -p objects -p counter-example -p probe -p dotdo-worker

cargo run -q -p codegen -- check
cargo run -q -p codegen -- --specs examples/counter/specs --out examples/counter/generated check

# One closing line with the totals of every `cargo test` binary above.
awk '/^test result:/ { passed += $4; failed += $6; ignored += $8 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, ignored }' "$test_log"
