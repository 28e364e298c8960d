#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test. Exits non-zero on any failure.
# Extra arguments go to ctest, e.g. ./scripts/test.sh -R codec
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MYCLOUD_BUILD_DIR:-$root/build}"

"$root/scripts/deps.sh" --with-test-tools
"$root/scripts/build.sh"

# The server tests run a second time on PostgreSQL, in a throwaway cluster of their own. Its folder
# is a short path of its own under /tmp: the clone may sit in a folder the postgres user cannot
# enter (mktemp -d makes them private), and a Unix socket path must stay under 108 bytes.
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/mycloud-pg.XXXXXX")
chmod 755 "$pg_dir"
if pg_url=$("$root/scripts/pg-cluster.sh" start "$pg_dir"); then
    export MYCLOUD_TEST_POSTGRES="$pg_url"
    trap '"$root/scripts/pg-cluster.sh" stop "$pg_dir" || true; rm -rf "$pg_dir"' EXIT
else
    rm -rf "$pg_dir"
    echo "test.sh: no PostgreSQL cluster could start: the *_pg tests will be reported skipped" >&2
fi

# Tests never need a display: widgets render offscreen, like in CI.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --no-tests=error --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
