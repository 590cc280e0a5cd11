#!/usr/bin/env bash
# Determinism lint for the deterministic core (runtime/, storage/ except the RocksDB adapter):
# no floating point, no hash-ordered containers, no clocks, randomness, threads, environment,
# and no exceptions. Comment lines are ignored. Exits non-zero on any hit.
set -u
cd "$(dirname "$0")/../.."
files=$(find runtime storage -name '*.hpp' -o -name '*.cpp' -o -name '*.h' | grep -v '^storage/rocksdb/' | sort)
fail=0
check() {  # check DESCRIPTION REGEX
  local what=$1 re=$2 hits
  # Strip // comments before matching.
  hits=$(for f in $files; do sed -E 's#//.*$##' "$f" | grep -nE "$re" | sed "s#^#$f:#"; done)
  if [ -n "$hits" ]; then echo "determinism: $what"; echo "$hits" | sed 's/^/  /'; fail=1; fi
}
check "floating point"                '\b(float|double)\b|<cmath>|<math\.h>|std::(sqrt|pow|exp|log|log2)\('
check "hash-ordered containers"       'std::unordered_(map|set|multimap|multiset)'
check "clocks"                        'std::chrono|<ctime>|\btime\(|gettimeofday|clock_gettime'
check "randomness"                    '<random>|\brand\(|\bsrand\(|std::random_device'
check "threads"                       '<thread>|std::thread|<mutex>|std::async'
check "environment"                   '\bgetenv\('
check "exceptions"                    '\bthrow\b|\btry\s*\{|\bcatch\s*\('
exit $fail
