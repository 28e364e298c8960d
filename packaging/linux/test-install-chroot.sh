#!/usr/bin/env bash
# Installs the mycloud and mycloud-server packages into a clean Debian 12 root made by debootstrap
# (no container) and checks that they run there: the dependencies resolve from Debian alone, the
# binaries start, postinst made the mycloud user and the data folder, and the server runs as that
# user from its unit's ExecStart and server.conf. On demand: it takes minutes and needs the mirror.
#
#   sudo packaging/linux/test-install-chroot.sh [BUILD_DIR]      (default: build)
#
# MYCLOUD_DEBIAN_MIRROR picks the mirror (default: the Debian mirror this machine's apt uses). The
# clean root is cached as a tarball in MYCLOUD_CHROOT_CACHE (default /var/cache/mycloud-chroot).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
host_mirror() { # the first .../debian archive in this machine's apt sources
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's#^URIs: *\(http[^ ]*/debian\)/*$#\1#p'
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
        | awk '$1 == "deb" && $2 ~ /^http.*\/debian\/?$/ { sub(/\/$/, "", $2); print $2 }'
}
mirror=${MYCLOUD_DEBIAN_MIRROR:-$(host_mirror | head -n 1 || true)}
cache=${MYCLOUD_CHROOT_CACHE:-/var/cache/mycloud-chroot}

[[ $(id -u) -eq 0 ]] || { echo "test-install-chroot.sh: run as root (debootstrap, chroot)" >&2; exit 2; }
[[ -n $mirror ]] || { echo "test-install-chroot.sh: no Debian mirror in apt's sources: set MYCLOUD_DEBIAN_MIRROR" >&2; exit 2; }
for tool in debootstrap cpack curl setpriv; do
    command -v "$tool" >/dev/null || { echo "test-install-chroot.sh: $tool is missing" >&2; exit 2; }
done

work=$(mktemp -d /var/tmp/mycloud-chroot.XXXXXX)
root="$work/root"
server_pid=
cleanup() {
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    for mount in "$root/dev/pts" "$root/dev" "$root/proc"; do
        mountpoint -q "$mount" && umount -l "$mount"
    done
    rm -rf "$work"
}
trap cleanup EXIT

passed=0 failed=0
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@"; then
        echo "PASS: $what"
        passed=$((passed + 1))
    else
        echo "FAIL: $what" >&2
        failed=$((failed + 1))
    fi
}
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# --- the packages, from this build ---------------------------------------------------------------
version=$(sed -n 's/^set(MYCLOUD_VERSION "\(.*\)")/\1/p' "$here/../../cmake/Identity.cmake")
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/debs" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; exit 1; }

# --- a clean Debian 12 root -------------------------------------------------------------------------
tarball="$cache/bookworm-minbase.tar"
mkdir -p "$root" "$cache"
if [[ -f $tarball ]]; then
    tar -C "$root" -xf "$tarball"
else
    echo "debootstrap bookworm from $mirror (a few minutes)..."
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -n 30 "$work/debootstrap.log" >&2; exit 1; }
    tar -C "$root" -cf "$tarball" .
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mountpoint -q /dev/pts && mount --bind /dev/pts "$root/dev/pts"
# No service starts in the chroot (there is no systemd there anyway).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true

cp "$work/debs"/*.deb "$root/tmp/"
in_root apt-get update -qq >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 1; }
install_packages() {
    local arch
    arch=$(dpkg --print-architecture)
    in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        "/tmp/mycloud_${version}_$arch.deb" "/tmp/mycloud-server_${version}_$arch.deb" >"$work/install.log" 2>&1 \
        || { tail -n 30 "$work/install.log" >&2; return 1; }
}
check "apt installs both packages with their dependencies from Debian 12 alone" install_packages

# --- the client -----------------------------------------------------------------------------------
check "mycloud --version says MyCloud $version" \
    test "$(in_root mycloud --version 2>&1)" = "MyCloud $version"
check "mycloudcmd --version says mycloudcmd $version" \
    test "$(in_root mycloudcmd --version 2>&1)" = "mycloudcmd $version"
no_missing_libs() {
    local file
    for file in /usr/bin/mycloud /usr/bin/mycloudcmd /usr/bin/mycloud-server \
        /usr/lib/x86_64-linux-gnu/qt6/plugins/platforms/libqxcb.so \
        /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so \
        /usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so; do
        in_root ldd "$file" | grep 'not found' && return 1
        in_root test -e "$file" || return 1
    done
    return 0
}
check "the binaries and the Qt plugins they load (xcb, SQLite, SVG) find every library" no_missing_libs
# The window comes up offscreen and is still running after 5 s: it did not abort at start.
gui_runs() {
    local status=0
    in_root env HOME=/tmp QT_QPA_PLATFORM=offscreen timeout 5 mycloud --profile /tmp/profile \
        >"$work/gui.log" 2>&1 || status=$?
    [[ $status -eq 124 ]] || { cat "$work/gui.log" >&2; return 1; }
}
check "mycloud starts (offscreen) and keeps running" gui_runs
check "the desktop file and the metainfo are installed" \
    in_root test -f /usr/share/applications/fr.b2ei.MyCloud.desktop -a -f /usr/share/metainfo/fr.b2ei.MyCloud.metainfo.xml

# --- the server -----------------------------------------------------------------------------------
check "mycloud-server --version says mycloud-server $version" \
    test "$(in_root mycloud-server --version 2>&1)" = "mycloud-server $version"
check "postinst made the system user mycloud" bash -c "chroot '$root' getent passwd mycloud >/dev/null"
check "/var/lib/mycloud-server belongs to mycloud, mode 750" \
    test "$(in_root stat -c '%U:%G %a' /var/lib/mycloud-server)" = "mycloud:mycloud 750"
check "server.conf is a conffile" \
    bash -c "chroot '$root' dpkg-query -W -f='\${Conffiles}' mycloud-server | grep -q /etc/mycloud-server/server.conf"
check "ssl-cert made the snakeoil pair server.conf names" \
    in_root test -f /etc/ssl/certs/ssl-cert-snakeoil.pem -a -f /etc/ssl/private/ssl-cert-snakeoil.key

# As systemd would: user mycloud with group ssl-cert, the unit's ExecStart with server.conf's
# variables (${X} one word, $X split); only the port is a free one (the host may use 8443).
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/mycloud-server.service")
server_out="$root/tmp/server.out"
(
    set -a
    # shellcheck disable=SC1091
    . "$root/etc/mycloud-server/server.conf"
    set +a
    MYCLOUD_LISTEN=127.0.0.1:0
    command_line=$(sed -e 's/\${\([A-Z_]*\)}/"${\1}"/g' <<<"$exec_start")
    set -f
    eval "set -- $command_line"
    exec chroot --userspec=mycloud:mycloud --groups=ssl-cert "$root" \
        env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$@" >"$server_out" 2>"$root/tmp/server.err"
) &
server_pid=$!
url=
for _ in $(seq 150); do
    url=$(sed -n 's/^listening on //p' "$server_out" 2>/dev/null || true)
    [[ -n $url ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.2
done
check "the server starts as user mycloud from the unit's ExecStart and server.conf" test -n "$url"
if [[ -n $url ]]; then
    check "the server answers over HTTPS (unknown QR token: 404)" \
        test "$(curl -sk -o /dev/null -w '%{http_code}' "$url/q/no-such-token")" = 404
    kill -TERM "$server_pid"
    check "the server stops cleanly on SIGTERM" wait "$server_pid"
    server_pid=
    check "its database is in /var/lib/mycloud-server, owned by mycloud" \
        test "$(in_root stat -c %U /var/lib/mycloud-server/mycloud.sqlite)" = mycloud
else
    cat "$root/tmp/server.err" >&2
fi

# --- removal --------------------------------------------------------------------------------------
purge_packages() {
    in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y mycloud mycloud-server >"$work/purge.log" 2>&1 \
        || { tail -n 30 "$work/purge.log" >&2; return 1; }
}
check "both packages purge" purge_packages
check "purge leaves the customers' data and the user" \
    bash -c "chroot '$root' getent passwd mycloud >/dev/null && test -d '$root/var/lib/mycloud-server'"
check "purge removes server.conf" test ! -e "$root/etc/mycloud-server/server.conf"

echo "$passed passed, $failed failed"
((failed == 0))
