#!/usr/bin/env bash
# Installs what building and testing MyCloud Desktop needs. Shared by demo.sh and test.sh.
# Idempotent: only missing packages are installed, so a second run costs one dpkg query.
set -euo pipefail

# Build and runtime libraries (Debian 12 "bookworm" names; Qt floor is 6.4). librsvg2-bin renders the
# application icon's PNG sizes at build time.
build_pkgs=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-pdf-dev qt6-multimedia-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libzxing-dev libquazip1-qt6-dev
    libcpp-httplib-dev libssl-dev libsodium-dev
    librsvg2-bin
)
# Tools the test suite drives as real peers (curl, qrencode, ImageMagick, poppler, zbar, unzip,
# a throwaway PostgreSQL cluster, ...), and the packaging tests' (cpack DEB, the desktop and AppStream
# validators, the icon and systemd tools).
test_pkgs=(
    curl openssl sqlite3 unzip zip qrencode imagemagick poppler-utils zbar-tools
    xvfb xauth ffmpeg gstreamer1.0-plugins-good gstreamer1.0-libav postgresql dbus gnome-keyring
    dpkg-dev fakeroot file desktop-file-utils appstream icoutils icnsutils systemd
)

want=("${build_pkgs[@]}")
if [[ "${1:-}" == "--with-test-tools" ]]; then
    want+=("${test_pkgs[@]}")
    # The API contract is linted with Redocly through npx; a machine with its own Node.js keeps it.
    command -v npx >/dev/null 2>&1 || want+=(nodejs npm)
fi

if ! command -v apt-get >/dev/null 2>&1; then
    cat >&2 <<'MSG'
deps.sh: no apt-get here. Install the equivalents yourself:
  Homebrew: brew install cmake ninja qt@6 qtkeychain zxing-cpp quazip cpp-httplib openssl libsodium qrencode imagemagick poppler zbar
  vcpkg:    vcpkg install qtbase qtsvg qtmultimedia qtpdf qttools qtkeychain-qt6 nu-book-zxing-cpp quazip cpp-httplib[openssl] openssl libsodium
MSG
    exit 1
fi

missing=()
for p in "${want[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

echo "deps.sh: installing ${missing[*]}"
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "deps.sh: need root or sudo to install packages" >&2; exit 1; }
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
