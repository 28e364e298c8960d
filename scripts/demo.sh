#!/usr/bin/env bash
# Installs what is missing, builds, creates the demo data and starts the reference server on
# 127.0.0.1, then the app. Run it again at any time: it rebuilds incrementally and keeps the data.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MYCLOUD_BUILD_DIR:-$root/build}"
data="${MYCLOUD_DEMO_DATA:-$build/demo-data}"
port="${MYCLOUD_DEMO_PORT:-8443}"
profile="${MYCLOUD_DEMO_PROFILE:-$build/demo-profile}"

"$root/scripts/deps.sh"
"$root/scripts/build.sh"

"$build/server/mycloud-server" demo --data "$data"
"$build/server/mycloud-server" serve --data "$data" --listen "127.0.0.1:$port" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT
for _ in $(seq 50); do
    curl -sf --cacert "$data/tls/ca.pem" -o /dev/null -X POST -H 'Content-Type: application/json' \
        -d '{"email":"demo@mycloud.test","password":"demo1234"}' "https://127.0.0.1:$port/api/v1/auth/login" && break
    sleep 0.2
done

# The app's demo profile: the server, its CA and the e-mail remembered, the data synchronised. The
# password is the demo's, given through the environment (never a flag) so that the app signs in
# even where no keychain keeps the session.
export MYCLOUD_PASSWORD=demo1234
"$build/app/mycloudcmd" --profile "$profile" login --server "https://127.0.0.1:$port" \
    --ca "$data/tls/ca.pem" --email demo@mycloud.test </dev/null

cat <<MSG

The reference server is up: https://127.0.0.1:$port (trust $data/tls/ca.pem), demo@mycloud.test / demo1234.
The app's demo profile is $profile; the headless client works on it too:
  MYCLOUD_PASSWORD=demo1234 $build/app/mycloudcmd --profile $profile ls affairs
A product's public QR page: https://127.0.0.1:$port/q/$(sqlite3 "$data/mycloud.sqlite" \
    "SELECT qr_token FROM products ORDER BY reference LIMIT 1" 2>/dev/null || echo '<token>')
Locked affairs open with the password Verrou-2026. More: docs/server.md.
MSG

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "$(uname)" != "Darwin" ]]; then
    echo "No display: the server keeps running until Ctrl+C (the app needs a display)."
    wait "$server"
else
    "$build/app/mycloud" --profile "$profile"
fi
