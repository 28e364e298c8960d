#!/usr/bin/env bash
# Configures (once) and builds into build/ (or $MYCLOUD_BUILD_DIR). Incremental: a second run only
# rebuilds what changed. Used by test.sh and demo.sh; extra arguments go to CMake's configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MYCLOUD_BUILD_DIR:-$root/build}"

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMYCLOUD_WERROR=ON "$@"
elif [[ $# -gt 0 ]]; then
    cmake "$build" "$@"
fi
# Two cores and C++ with Qt: more parallel jobs than cores only swaps, so cap at the core count.
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)"
