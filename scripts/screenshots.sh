#!/usr/bin/env bash
# Usage: scripts/screenshots.sh OUTDIR
# Starts a throwaway demo server and the app under Xvfb, once in English and once in French, and
# writes a PNG of every screen and dialog (wide and compact) into OUTDIR/en and OUTDIR/fr.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MYCLOUD_BUILD_DIR:-$root/build}"
out=$(mkdir -p "${1:?usage: scripts/screenshots.sh OUTDIR}" && cd "$1" && pwd)

"$root/scripts/deps.sh" --with-test-tools
"$root/scripts/build.sh"

work=$(mktemp -d /tmp/mycloud-shots.XXXXXX)
server=""
cleanup() {
    [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$build/server/mycloud-server" demo --data "$work/data" >/dev/null
"$build/server/mycloud-server" serve --data "$work/data" --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/serve.log" && break
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/serve.log" | head -1)
[[ -n "$url" ]] || { echo "the demo server did not start" >&2; cat "$work/serve.log" >&2; exit 1; }

export MYCLOUD_PASSWORD=demo1234
for lang in en fr; do
    case $lang in en) locale=en_GB.UTF-8 ;; fr) locale=fr_FR.UTF-8 ;; esac
    profile="$work/profile-$lang"
    "$build/app/mycloudcmd" --profile "$profile" login --server "$url" --ca "$work/data/tls/ca.pem" \
        --email demo@mycloud.test </dev/null >/dev/null
    # A settings folder of its own: the tour must not inherit a window size or a page.
    HOME="$work/home-$lang" XDG_CONFIG_HOME="$work/home-$lang/.config" LANG=$locale LANGUAGE=$lang LC_ALL=$locale \
        xvfb-run -a -s "-screen 0 1400x1000x24" \
        "$build/app/mycloud" --profile "$profile" --screenshots "$out/$lang"
    echo "$lang: $(ls "$out/$lang" | wc -l) screenshots in $out/$lang"
done
