#!/usr/bin/env bash
# Sets everything up (packages, build) and runs the whole default test suite with ctest.
# Long soak/fuzz tests carry the label "soak" and are left out; run them with
#   ctest --test-dir build -L soak
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
BUILD_DIR="${BUILD_DIR:-build}"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${JOBS:-$(nproc)}" -LE soak
