#!/usr/bin/env bash
# The project's standing lints: layering and determinism. Also registered as ctest tests.
set -u
cd "$(dirname "$0")/.."
rc=0
tools/lint/check_layering.sh || rc=1
tools/lint/check_determinism.sh || rc=1
[ $rc -eq 0 ] && echo "lint: ok"
exit $rc
