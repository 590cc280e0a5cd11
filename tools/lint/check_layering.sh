#!/usr/bin/env bash
# Layering lint (second net behind the compile-time layer guards):
#  - every header of a layer includes its layer guard, so a forbidden include fails to compile;
#  - the deterministic core includes no RocksDB, gRPC or Protobuf header;
#  - runtime/primitives includes nothing of ours outside runtime/primitives.
# Prints each violation; exits non-zero if there is any.
set -u
cd "$(dirname "$0")/../.."
fail=0
report() { echo "layering: $*"; fail=1; }

need_guard() {  # need_guard GUARD FILES...
  local guard=$1; shift
  for f in "$@"; do
    [ "$f" = "$guard" ] && continue
    grep -q "#include \"$guard\"" "$f" || report "$f does not include its layer guard $guard"
  done
}

need_guard storage/layer.hpp $(find storage -maxdepth 1 -name '*.hpp' | sort)
need_guard storage/rocksdb/layer.hpp $(find storage/rocksdb -name '*.hpp' | sort)
need_guard runtime/layer.hpp $(find runtime -name '*.hpp' -not -path 'runtime/primitives/*' | sort)
need_guard rpc/layer.hpp $(find rpc -name '*.hpp' | sort)

core_files=$(find runtime storage -name '*.hpp' -o -name '*.cpp' -o -name '*.h' | grep -v '^storage/rocksdb/' | sort)
for f in $core_files; do
  grep -nE '#include\s*[<"](rocksdb/|grpc|grpcpp/|google/protobuf/)' "$f" /dev/null \
    | sed 's/^/forbidden I\/O include in the deterministic core: /' | while read -r l; do echo "layering: $l"; done
  if grep -qE '#include\s*[<"](rocksdb/|grpc|grpcpp/|google/protobuf/)' "$f"; then fail=1; fi
done

for f in $(find runtime/primitives -name '*.hpp' -o -name '*.cpp' | sort); do
  if grep -nE '#include\s*"' "$f" | grep -vE '#include\s*"runtime/primitives/' | grep -q .; then
    report "$f includes a project header outside runtime/primitives"
  fi
done
exit $fail
