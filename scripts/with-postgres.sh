#!/usr/bin/env bash
# Runs a server test against PostgreSQL: MYCLOUD_TEST_POSTGRES must name the admin URL of a
# cluster (scripts/test.sh starts one with scripts/pg-cluster.sh). Exit 77 (CTest: skipped) with
# the reason when there is none.
set -euo pipefail
if [[ -z "${MYCLOUD_TEST_POSTGRES:-}" ]]; then
    echo "with-postgres.sh: MYCLOUD_TEST_POSTGRES is not set: no PostgreSQL cluster to test against" \
         "(run scripts/test.sh, or scripts/pg-cluster.sh start DIR and export its URL)" >&2
    exit 77
fi
exec "$@"
