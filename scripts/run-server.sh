#!/usr/bin/env bash
# Sets everything up (packages, build) and starts the emulator: dev genesis, RocksDB state under
# ./data, gRPC on 127.0.0.1:50051. Extra arguments are passed to `subtensor-emu serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD_DIR="${BUILD_DIR:-build}"
exec "$BUILD_DIR/tools/subtensor-emu" serve --dev --data-dir ./data "$@"
