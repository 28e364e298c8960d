#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: its own data folder, listening only on a Unix
# socket inside that folder (no TCP port, nothing shared with a system PostgreSQL).
#   pg-cluster.sh start DIR   initialises DIR if needed, starts the server, prints the admin URL
#   pg-cluster.sh stop DIR    stops it
# As root, the server runs as the "postgres" user (PostgreSQL refuses to run as root).
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?data folder}")
cd / # the postgres user may not enter the caller's folder (a private mktemp clone)

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [[ -z "$bin" || ! -x "$bin/pg_ctl" ]]; then
    echo "pg-cluster.sh: no PostgreSQL server installed (Debian package postgresql)" >&2
    exit 1
fi
run=()
if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "pg-cluster.sh: running as root and no postgres user" >&2; exit 1; }
    run=(runuser -u postgres --)
fi

case "$action" in
start)
    mkdir -p "$dir"
    [[ ${#run[@]} -eq 0 ]] || chown postgres: "$dir"
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
        "${run[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # A test run opens a few dozen connections per server process (one per HTTP worker thread).
    "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c max_connections=300 -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://postgres@localhost/postgres?host=$dir"
    ;;
stop)
    [[ -f "$dir/data/postmaster.pid" ]] && "${run[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
*)
    echo "pg-cluster.sh: start or stop" >&2
    exit 2
    ;;
esac
