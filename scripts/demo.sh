#!/usr/bin/env bash
# Installs what is missing, builds, and starts the demo: the reference server on 127.0.0.1 with
# demo data, and the app signed in to it. Run it again at any time: it rebuilds incrementally.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MYCLOUD_BUILD_DIR:-$root/build}"

"$root/scripts/deps.sh"
"$root/scripts/build.sh"

echo
echo "Built: $("$build/app/mycloud" --version), $("$build/server/mycloud-server" --version)"

# What the demo will do once the pieces exist (see `issues`): the reference server (issue 3)
# generates demo data and serves it over HTTPS; the desktop app (issue 5) signs in to it.
cat <<'MSG'
Not available yet:
  - the reference server does not serve the API yet, so there is no demo data to show;
  - the app window is only a frame until the desktop screens land.
Opening the app frame now.
MSG

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "$(uname)" != "Darwin" ]]; then
    echo "demo.sh: no display (DISPLAY/WAYLAND_DISPLAY unset): run it from a desktop session." >&2
    exit 1
fi
exec "$build/app/mycloud"
