#!/usr/bin/env bash
# Runs every test: installs the pinned Node tools the tests call (tsc, ajv, mermaid, an OpenAPI
# validator) when they are missing or out of date, then the Rust test suite, then checks that
# generated/ matches the specs.
set -euo pipefail
cd "$(dirname "$0")/.."

node_dir=tests/node
if [ ! -d "$node_dir/node_modules" ] || [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.package-lock.json" ]; then
  (cd "$node_dir" && npm ci --no-audit --no-fund)
fi

cargo test --workspace
cargo run -q -p codegen -- check
