#!/usr/bin/env bash
# packaging_deb: `cpack -G DEB` on the build tree makes the mycloud and mycloud-server packages;
# their file lists, control fields and conffiles are right; the extracted binaries run (--version
# gives the identity version, no library missing); the systemd unit verifies, and the server starts
# from the unit's own ExecStart line with the shipped server.conf and answers over HTTPS.
# Usage: check_deb.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
build=$1 version=$2 app_id=$3

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
for tool in cpack dpkg-deb dpkg-shlibdeps fakeroot curl openssl; do
    command -v "$tool" >/dev/null 2>&1 \
        || { echo "FAIL: $tool is missing (scripts/deps.sh --with-test-tools)" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mycloud-deb.XXXXXX")
server_pid=
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# --- build the packages ---------------------------------------------------------------------------
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
client="$tmp/out/mycloud_${version}_${arch}.deb"
server="$tmp/out/mycloud-server_${version}_${arch}.deb"
for deb in "$client" "$server"; do
    [[ -f $deb ]] || { ls -l "$tmp/out" >&2; echo "FAIL: no ${deb##*/}" >&2; exit 1; }
done

# --- file lists -----------------------------------------------------------------------------------
expect_files() {
    local deb=$1
    shift
    local list
    list=$(dpkg-deb -c "$deb" | awk '{print $6}')
    for path in "$@"; do
        grep -qxF "./$path" <<<"$list" || fail "${deb##*/} lacks /$path"
    done
}
client_files=(usr/bin/mycloud usr/bin/mycloudcmd
    "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/doc/mycloud/copyright usr/share/doc/mycloud/third-party-licenses.txt)
for size in 16 22 24 32 48 64 128 256 512; do
    client_files+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
expect_files "$client" "${client_files[@]}"
expect_files "$server" usr/bin/mycloud-server lib/systemd/system/mycloud-server.service \
    etc/mycloud-server/server.conf usr/share/doc/mycloud-server/copyright
# Each package holds only its own part.
dpkg-deb -c "$client" | grep -q 'mycloud-server' && fail "mycloud holds server files"
dpkg-deb -c "$server" | grep -qE 'bin/mycloud(cmd)?$' && fail "mycloud-server holds the client"

# --- control fields -------------------------------------------------------------------------------
field() { dpkg-deb -f "$1" "$2"; }
for deb in "$client" "$server"; do
    [[ $(field "$deb" Version) == "$version" ]] || fail "${deb##*/} Version is $(field "$deb" Version)"
    [[ -n $(field "$deb" Maintainer) && -n $(field "$deb" Homepage) ]] || fail "${deb##*/} lacks Maintainer/Homepage"
    [[ $(field "$deb" Description) == *$'\n'* ]] || fail "${deb##*/} has no long description"
done
[[ $(field "$client" Section) == utils && $(field "$server" Section) == net ]] || fail "wrong Section"
# Depends computed by dpkg-shlibdeps from the binaries, plus the plugins no ELF file names.
client_depends=$(field "$client" Depends)
for dep in libqt6core6 libqt6widgets6 libqt6pdf6 libqt6multimedia6 libqt6keychain1 libzxing libqt6sql6-sqlite libqt6svg6; do
    [[ $client_depends == *"$dep"* ]] || fail "mycloud Depends lacks $dep: $client_depends"
done
server_depends=$(field "$server" Depends)
for dep in libqt6core6 libqt6network6 libsodium libcpp-httplib libquazip1-qt6 libssl3 libqt6sql6-sqlite adduser ssl-cert; do
    [[ $server_depends == *"$dep"* ]] || fail "mycloud-server Depends lacks $dep: $server_depends"
done
[[ $server_depends == *libqt6widgets6* ]] && fail "mycloud-server depends on Qt Widgets"

mkdir "$tmp/control"
dpkg-deb -e "$server" "$tmp/control"
[[ $(cat "$tmp/control/conffiles" 2>/dev/null) == /etc/mycloud-server/server.conf ]] \
    || fail "server.conf is not the conffile"
for script in postinst prerm postrm; do
    [[ -x "$tmp/control/$script" ]] || fail "mycloud-server has no executable $script"
    sh -n "$tmp/control/$script" || fail "$script is not valid sh"
done
grep -q 'adduser --system' "$tmp/control/postinst" || fail "postinst creates no system user"

# --- the extracted binaries run -------------------------------------------------------------------
root="$tmp/root"
dpkg-deb -x "$client" "$root"
dpkg-deb -x "$server" "$root"
declare -A expected_name=([mycloud]=MyCloud [mycloudcmd]=mycloudcmd [mycloud-server]=mycloud-server)
for exe in mycloud mycloudcmd mycloud-server; do
    missing=$(env -u LD_LIBRARY_PATH ldd "$root/usr/bin/$exe" | grep 'not found' || true)
    [[ -z $missing ]] || fail "$exe misses libraries: $missing"
    out=$(env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$root/usr/bin/$exe" --version 2>&1) \
        || fail "$exe --version exits non-zero: $out"
    [[ $out == "${expected_name[$exe]} $version" ]] || fail "$exe --version says '$out', not '${expected_name[$exe]} $version'"
    file -L "$root/usr/bin/$exe" | grep -q 'not stripped' && fail "$exe is not stripped"
done

# --- the systemd unit -----------------------------------------------------------------------------
unit="$root/lib/systemd/system/mycloud-server.service"
if command -v systemd-analyze >/dev/null 2>&1; then
    mkdir "$tmp/unit"
    sed "s#/usr/bin/mycloud-server#$root/usr/bin/mycloud-server#" "$unit" >"$tmp/unit/mycloud-server.service"
    systemd-analyze verify --man=no "$tmp/unit/mycloud-server.service" || fail "systemd-analyze verify rejects the unit"
else
    echo "note: no systemd-analyze, unit syntax not verified"
fi
grep -qx 'User=mycloud' "$unit" || fail "the unit does not run as user mycloud"

# The server started exactly as the unit starts it: ExecStart with server.conf's variables, where
# ${X} stays one word and $X splits (as systemd does). Only the paths move into the temporary folder.
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
(
    set -a
    # shellcheck disable=SC1091
    . "$root/etc/mycloud-server/server.conf"
    set +a
    [[ -n $MYCLOUD_LISTEN && -n $MYCLOUD_TLS_CERT && -n $MYCLOUD_TLS_KEY ]] || exit 3
    # Where Debian's snakeoil pair would be, a fresh self-signed one; a free port.
    mkdir -p "$tmp/tls" "$tmp/data"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1 \
        -keyout "$tmp/tls/key.pem" -out "$tmp/tls/cert.pem" 2>/dev/null
    MYCLOUD_LISTEN=127.0.0.1:0 MYCLOUD_TLS_CERT="$tmp/tls/cert.pem" MYCLOUD_TLS_KEY="$tmp/tls/key.pem"
    MYCLOUD_OPTIONS="--public-url https://mycloud.test"
    command_line=$(sed -e "s#/usr/bin/mycloud-server#$root/usr/bin/mycloud-server#" \
        -e "s#/var/lib/mycloud-server#$tmp/data#" -e 's/\${\([A-Z_]*\)}/"${\1}"/g' <<<"$exec_start")
    set -f
    eval "set -- $command_line"
    exec env -u LD_LIBRARY_PATH "$@" >"$tmp/server.out" 2>"$tmp/server.err"
) &
server_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^listening on //p' "$tmp/server.out" 2>/dev/null || true)
    [[ -n $url ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
done
if [[ -z $url ]]; then
    fail "the server did not start from the unit's ExecStart: $(cat "$tmp/server.err" 2>/dev/null)"
else
    status=$(curl -sk -o /dev/null -w '%{http_code}' "$url/q/no-such-token")
    [[ $status == 404 ]] || fail "the server answered $status to an unknown QR token, not 404"
    kill -TERM "$server_pid"
    wait "$server_pid" || fail "the server did not stop cleanly on SIGTERM"
    server_pid=
    [[ -f "$tmp/data/mycloud.sqlite" ]] || fail "the server kept no database in its --data folder"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "mycloud and mycloud-server $version: all checks passed"
