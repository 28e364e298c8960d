#!/usr/bin/env bash
# Reference server benchmark, run on demand (never by CTest): see bench/README.md.
#
# Measures mycloud-server against nginx on the same machine, in the same run, with the same TLS
# certificate and the same file:
#   1. a 1 GiB document downloaded with curl over HTTPS (median of N runs, alternating);
#   2. small authenticated JSON requests (GET /api/v1/account) with wrk, against nginx serving the
#      same JSON as a static file;
#   3. the server's resident memory (VmRSS sampled during both, VmHWM at the end).
#
# Environment: MYCLOUD_BUILD_DIR (default build/), BENCH_RUNS (3), BENCH_WRK_SECONDS (10),
# BENCH_WRK_THREADS (2), BENCH_WRK_CONNECTIONS (16), BENCH_SKIP_BUILD=1 (use the binary as it is),
# BENCH_KEEP=1 (keep the temporary folder and its logs).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build="${MYCLOUD_BUILD_DIR:-$root/build}"
server_bin="$build/server/mycloud-server"
build_lock=/tmp/mycloud-build.lock
runs="${BENCH_RUNS:-3}"
wrk_seconds="${BENCH_WRK_SECONDS:-10}"
wrk_threads="${BENCH_WRK_THREADS:-2}"
wrk_connections="${BENCH_WRK_CONNECTIONS:-16}"
email=demo@mycloud.test
password=demo1234

say() { printf '[bench] %s\n' "$*" >&2; }
die() {
    say "error: $*"
    exit 1
}

# --- tools -------------------------------------------------------------------------------------
install_missing() {
    local missing=() pair cmd pkg
    for pair in nginx:nginx wrk:wrk curl:curl sqlite3:sqlite3 flock:util-linux sha256sum:coreutils; do
        cmd=${pair%%:*} pkg=${pair#*:}
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0
    command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get: install them yourself"
    local as_root=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "need root or sudo to install ${missing[*]}"
        as_root=(sudo)
    fi
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# --- processes and clean-up --------------------------------------------------------------------
work=""
server_pid=""
nginx_pid=""
sampler_pid=""

stop_pid() { # pid: SIGTERM, wait up to 10 s, then SIGKILL
    local pid=$1 i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    stop_pid "$sampler_pid"
    stop_pid "$server_pid"
    stop_pid "$nginx_pid"
    if [[ -n "$work" && -d "$work" ]]; then
        if ((rc != 0)); then
            for log in "$work"/server.err "$work"/nginx/error.log; do
                if [[ -s "$log" ]]; then
                    say "last lines of $log:"
                    tail -n 20 "$log" >&2
                fi
            done
        fi
        if [[ "${BENCH_KEEP:-0}" == 1 ]]; then
            say "kept $work"
        else
            rm -rf "$work"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- measuring helpers -------------------------------------------------------------------------
# Appends the VmRSS of pid (KiB) to file every 100 ms until killed. Reads /proc with the shell's own
# `read` so that sampling costs no fork besides sleep.
sample_rss() {
    local pid=$1 file=$2 key value _
    while kill -0 "$pid" 2>/dev/null; do
        while read -r key value _; do
            [[ "$key" == VmRSS: ]] && { echo "$value" >>"$file"; break; }
        done <"/proc/$pid/status" || true
        sleep 0.1
    done
}
start_sampler() {
    : >"$2"
    sample_rss "$1" "$2" &
    sampler_pid=$!
}
stop_sampler() {
    stop_pid "$sampler_pid"
    sampler_pid=""
}
peak_mib() { sort -n "$1" | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }'; }
status_mib() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# CPU time (user + system, in clock ticks) of the given pids, for a CPU share during a phase.
cpu_ticks() {
    local total=0 pid fields f
    for pid in "$@"; do
        # Field 2 (comm) may hold spaces: cut everything up to the last ')' first.
        fields=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null) || continue
        read -r -a f <<<"$fields"
        total=$((total + f[11] + f[12])) # utime and stime are fields 14 and 15 of stat
    done
    echo "$total"
}
nginx_ticks() { # the master and its workers
    local pids
    mapfile -t pids < <(echo "$nginx_pid"; pgrep -P "$nginx_pid" || true)
    cpu_ticks "${pids[@]}"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
mbps() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }

# Downloads url to /dev/null and prints the average speed in bytes/s; extra args go to curl.
download_speed() {
    local url=$1
    shift
    curl --silent --show-error --fail --cacert "$data/tls/ca.pem" "$@" -o /dev/null \
        -w '%{speed_download}' "$url"
}

# --- 1. build, tools ---------------------------------------------------------------------------
cd "$root"
install_missing
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
    # One build at a time on this machine: flock waits for a build already running.
    say "building (incremental; waiting for $build_lock if another build holds it)"
    flock "$build_lock" ./scripts/build.sh >/tmp/mycloud-bench-build.log 2>&1 \
        || { tail -n 30 /tmp/mycloud-bench-build.log >&2; die "build failed (log: /tmp/mycloud-bench-build.log); BENCH_SKIP_BUILD=1 measures the binary as it is"; }
fi
[[ -x "$server_bin" ]] || die "no server binary at $server_bin"
# Hold the build lock while measuring: a build on a 2-core machine would skew every figure (and
# could replace the binary under us). Builds started meanwhile wait for the end of the run.
exec {lock_fd}>"$build_lock"
if ! flock -n "$lock_fd"; then
    say "waiting for the build in progress ($build_lock)"
    flock "$lock_fd"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/mycloud-bench.XXXXXX")
data="$work/data"
started=$(date +%s)

# --- 2. demo data with a 1 GiB document --------------------------------------------------------
say "creating the demo data in $data"
"$server_bin" demo --data "$data" >"$work/demo.out" 2>"$work/demo.err" || die "mycloud-server demo failed"

if "$server_bin" --help 2>/dev/null | grep -qw admin; then
    say "note: mycloud-server now has an 'admin' command; this script still edits the database directly"
fi

# The file store is content-addressed: files/<aa>/<bb>/<sha256> (server/files/FileStore.cpp).
# Random bytes, so that nothing along the way (TLS, page cache) can take a shortcut.
say "writing a 1 GiB random file"
big="$data/files/incoming/bench-1GiB.bin"
mkdir -p "$(dirname "$big")"
head -c 1G /dev/urandom >"$big"
size=$(stat -c %s "$big")
sha=$(sha256sum "$big" | cut -d' ' -f1)
stored="$data/files/${sha:0:2}/${sha:2:2}/$sha"
mkdir -p "$(dirname "$stored")"
mv "$big" "$stored"

# Point one document of the demo customer at it, while the server is not running.
doc_id=$(sqlite3 "$data/mycloud.sqlite" \
    "SELECT d.id FROM documents d JOIN customers c ON c.id = d.customer_id
     WHERE c.email = '$email' AND d.kind = 'misc' ORDER BY d.id LIMIT 1;")
[[ -n "$doc_id" ]] || die "no misc document for $email in the demo data"
sqlite3 "$data/mycloud.sqlite" \
    "UPDATE documents SET size = $size, sha256 = '$sha', mime_type = 'application/octet-stream'
     WHERE id = '$doc_id';"

# --- 3. the server -----------------------------------------------------------------------------
say "starting mycloud-server"
"$server_bin" serve --data "$data" --listen 127.0.0.1:0 >"$work/server.out" 2>"$work/server.err" {lock_fd}>&- &
server_pid=$!
server_url=""
for ((i = 0; i < 300; i++)); do
    server_url=$(sed -n 's#^listening on \(https://[^ ]*\)$#\1#p' "$work/server.out")
    [[ -n "$server_url" ]] && break
    kill -0 "$server_pid" 2>/dev/null || die "mycloud-server exited before listening"
    sleep 0.1
done
[[ -n "$server_url" ]] || die "mycloud-server did not print its address within 30 s"

login=$(curl --silent --show-error --fail --cacert "$data/tls/ca.pem" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$server_url/api/v1/auth/login")
token=$(sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p' <<<"$login")
[[ -n "$token" ]] || die "login answered without a token"
auth="Authorization: Bearer $token"
# Signing in runs Argon2id (64 MiB of memory): note the high-water mark it leaves, so that the peak
# at the end can be told apart from what serving costs.
hwm_login=$(status_mib "$server_pid" VmHWM)
doc_url="$server_url/api/v1/documents/$doc_id/content"

# --- 4. nginx, same certificate, same file -----------------------------------------------------
mkdir -p "$work/nginx/www" "$work/nginx/tmp"
# The reference for small requests answers the same bytes as GET /account.
curl --silent --show-error --fail --cacert "$data/tls/ca.pem" -H "$auth" "$server_url/api/v1/account" \
    >"$work/nginx/www/account.json"
ln -s "$stored" "$work/nginx/www/big.bin"

start_nginx() { # port: writes the config and starts nginx in the foreground, in the background
    local port=$1 user_line=""
    # Run as root, nginx would hand the workers to "nobody", who cannot read the 0700 temp folder.
    [[ $(id -u) -eq 0 ]] && user_line="user root;"
    cat >"$work/nginx/nginx.conf" <<EOF
$user_line
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    types { application/json json; }
    default_type application/octet-stream;
    # Like the server, which logs every request.
    access_log $work/nginx/access.log;
    sendfile on; # only takes effect over TLS with kernel TLS; kept as a typical production setting
    tcp_nopush on;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$port ssl;
        ssl_certificate $data/tls/server.pem;
        ssl_certificate_key $data/tls/server.key;
        root $work/nginx/www;
    }
}
EOF
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" {lock_fd}>&- &
    nginx_pid=$!
}

# nginx cannot pick its own port and report it: try a few random free-looking ones.
say "starting nginx"
nginx_url=""
for ((attempt = 0; attempt < 10; attempt++)); do
    port=$((20000 + RANDOM % 40000))
    start_nginx "$port"
    for ((i = 0; i < 50; i++)); do
        if curl --silent --fail --cacert "$data/tls/ca.pem" -o /dev/null "https://127.0.0.1:$port/account.json"; then
            nginx_url="https://127.0.0.1:$port"
            break 2
        fi
        kill -0 "$nginx_pid" 2>/dev/null || break # bind failed: another port
        sleep 0.1
    done
    stop_pid "$nginx_pid"
    nginx_pid=""
done
[[ -n "$nginx_url" ]] || die "nginx did not start (see $work/nginx/error.log)"

# --- 5. 1 GiB download -------------------------------------------------------------------------
# Correctness first (also warms both paths up): the bytes the server sends are the stored file.
say "checking the server's bytes (sha256 of a full download)"
got_sha=$(curl --silent --show-error --fail --cacert "$data/tls/ca.pem" -H "$auth" "$doc_url" | sha256sum | cut -d' ' -f1)
[[ "$got_sha" == "$sha" ]] || die "downloaded sha256 $got_sha differs from the stored $sha"
nginx_size=$(curl --silent --show-error --fail --cacert "$data/tls/ca.pem" -o /dev/null -w '%{size_download}' \
    "$nginx_url/big.bin")
[[ "$nginx_size" == "$size" ]] || die "nginx sent $nginx_size bytes instead of $size"

server_speeds=() nginx_speeds=()
server_cpu=0 nginx_cpu=0 server_secs=0 nginx_secs=0
start_sampler "$server_pid" "$work/rss-download.txt"
for ((run = 1; run <= runs; run++)); do
    # Alternating, so that a slow patch of the machine hits both.
    t0=$(cpu_ticks "$server_pid")
    s=$(download_speed "$doc_url" -H "$auth")
    server_cpu=$((server_cpu + $(cpu_ticks "$server_pid") - t0))
    server_secs=$(awk -v a="$server_secs" -v b="$size" -v s="$s" 'BEGIN { print a + b / s }')
    server_speeds+=("$s")

    t0=$(nginx_ticks)
    n=$(download_speed "$nginx_url/big.bin")
    nginx_cpu=$((nginx_cpu + $(nginx_ticks) - t0))
    nginx_secs=$(awk -v a="$nginx_secs" -v b="$size" -v s="$n" 'BEGIN { print a + b / s }')
    nginx_speeds+=("$n")
    say "run $run/$runs: server $(mbps "$s") MB/s, nginx $(mbps "$n") MB/s"
done
stop_sampler
server_dl=$(median "${server_speeds[@]}")
nginx_dl=$(median "${nginx_speeds[@]}")
ratio=$(awk -v a="$server_dl" -v b="$nginx_dl" 'BEGIN { printf "%.2f", a / b }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.80 ? "met" : "NOT met") }')
hz=$(getconf CLK_TCK)
cpu_share() { awk -v t="$1" -v hz="$hz" -v s="$2" 'BEGIN { printf "%.0f", 100 * t / hz / s }'; }
rss_download=$(peak_mib "$work/rss-download.txt")

# --- 6. small JSON requests --------------------------------------------------------------------
wrk_rate() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
run_wrk() { # log url [wrk args]
    local log=$1 url=$2
    shift 2
    wrk -t "$wrk_threads" -c "$wrk_connections" -d "${wrk_seconds}s" --latency "$@" "$url" >"$log"
    if grep -E 'Non-2xx|Socket errors' "$log" >&2; then
        say "warning: wrk reported the errors above"
    fi
}
say "wrk ${wrk_threads} threads, ${wrk_connections} connections, ${wrk_seconds} s: server GET /api/v1/account"
start_sampler "$server_pid" "$work/rss-wrk.txt"
t0=$(cpu_ticks "$server_pid")
run_wrk "$work/wrk-server.txt" "$server_url/api/v1/account" -H "$auth"
server_wrk_cpu=$(($(cpu_ticks "$server_pid") - t0))
stop_sampler
say "wrk: nginx static account.json"
t0=$(nginx_ticks)
run_wrk "$work/wrk-nginx.txt" "$nginx_url/account.json"
nginx_wrk_cpu=$(($(nginx_ticks) - t0))
server_rps=$(wrk_rate "$work/wrk-server.txt")
nginx_rps=$(wrk_rate "$work/wrk-nginx.txt")
rps_ratio=$(awk -v a="$server_rps" -v b="$nginx_rps" 'BEGIN { printf "%.3f", a / b }')
latency() { # avg, median, 99th percentile and max from wrk --latency
    awk '$1 == "Latency" && NF >= 4 { avg = $2; max = $4 } $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
         END { printf "avg %s, p50 %s, p99 %s, max %s", avg, p50, p99, max }' "$1"
}
rss_wrk=$(peak_mib "$work/rss-wrk.txt")
hwm=$(status_mib "$server_pid" VmHWM)
rss_peak=$(printf '%s\n' "$rss_download" "$rss_wrk" | sort -n | tail -n 1)

# --- 7. summary --------------------------------------------------------------------------------
elapsed=$(($(date +%s) - started))
cat <<EOF

== mycloud-server benchmark ($(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), ${elapsed} s) ==
1 GiB download, median of $runs (MB/s, 10^6 B/s):
  server runs: $(for s in "${server_speeds[@]}"; do printf '%s ' "$(mbps "$s")"; done)
  nginx runs:  $(for s in "${nginx_speeds[@]}"; do printf '%s ' "$(mbps "$s")"; done)
  CPU during downloads: server $(cpu_share "$server_cpu" "$server_secs")% of one core, nginx $(cpu_share "$nginx_cpu" "$nginx_secs")%
JSON requests (wrk -t$wrk_threads -c$wrk_connections -d${wrk_seconds}s):
  server latency: $(latency "$work/wrk-server.txt")
  nginx latency:  $(latency "$work/wrk-nginx.txt")
  CPU during wrk: server $(cpu_share "$server_wrk_cpu" "$wrk_seconds")% of one core, nginx $(cpu_share "$nginx_wrk_cpu" "$wrk_seconds")%
Server RSS (VmRSS sampled every 100 ms): peak $rss_download MiB during the downloads, $rss_wrk MiB during wrk
  VmHWM at the end $hwm MiB; already $hwm_login MiB right after the login (Argon2id)

server 1 GiB over TLS: $(mbps "$server_dl") MB/s; nginx: $(mbps "$nginx_dl") MB/s; ratio $ratio (target >= 0.80: $verdict)
JSON GET /account: $server_rps req/s; nginx static JSON: $nginx_rps req/s (ratio $rps_ratio)
server peak RSS: $rss_peak MiB serving (VmHWM $hwm MiB including the login)
EOF
