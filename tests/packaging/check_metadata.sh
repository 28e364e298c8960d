#!/usr/bin/env bash
# packaging_metadata: the desktop file and the AppStream metainfo the build generates pass their
# validators and carry the identity (name, id, version, URL scheme); the checked-in Windows and macOS
# icons hold every size; the macOS Info.plist carries the same identity.
# Usage: check_metadata.sh SOURCE_DIR PACKAGING_OUT APP_ID VERSION SCHEME NAME RELEASE_DATE
set -euo pipefail
src=$1 out=$2 app_id=$3 version=$4 scheme=$5 name=$6 release_date=$7

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
need() {
    command -v "$1" >/dev/null 2>&1 || { echo "FAIL: $1 is missing (package $2; scripts/deps.sh --with-test-tools)" >&2; exit 1; }
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need icotool icoutils
need icns2png icnsutils

desktop="$out/$app_id.desktop"
metainfo="$out/$app_id.metainfo.xml"

# --- desktop file ---------------------------------------------------------------------------------
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
key() { sed -n "s/^$1=//p" "$desktop"; }
[[ $(key Name) == "$name" ]] || fail "desktop Name is '$(key Name)', not '$name'"
[[ $(key Exec) == "mycloud %u" ]] || fail "desktop Exec is '$(key Exec)': a link must reach the app as %u"
[[ $(key Icon) == "$app_id" ]] || fail "desktop Icon is '$(key Icon)', not '$app_id'"
[[ ";$(key MimeType)" == *";x-scheme-handler/$scheme;"* ]] || fail "desktop MimeType lacks x-scheme-handler/$scheme"

# --- AppStream metainfo ---------------------------------------------------------------------------
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net rejects $metainfo"
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "metainfo does not launch $app_id.desktop"
first_release=$(grep -o '<release version="[^"]*" date="[^"]*"' "$metainfo" | head -n 1)
[[ $first_release == "<release version=\"$version\" date=\"$release_date\"" ]] \
    || fail "newest metainfo release is '$first_release', not $version of $release_date"
# Every screenshot is one of scripts/screenshots.sh's pictures kept in docs/screenshots.
shots=$(grep -o '<image type="source">[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g')
[[ -n $shots ]] || fail "metainfo has no screenshot"
for url in $shots; do
    [[ $url == https://* ]] || fail "screenshot $url is not https"
    [[ -f "$src/docs/screenshots/${url##*/}" ]] || fail "screenshot ${url##*/} is not in docs/screenshots"
done
grep -q '@[A-Z_]*@' "$desktop" "$metainfo" && fail "an @VARIABLE@ was left unconfigured"

# --- Windows and macOS icons (checked in, made by packaging/make-icons.sh) ------------------------
ico_sizes=$(icotool -l "$src/packaging/windows/mycloud.ico" | sed -n 's/.*--width=\([0-9]*\).*/\1/p' | sort -n | xargs)
[[ $ico_sizes == "16 24 32 48 64 128 256" ]] || fail "mycloud.ico holds sizes '$ico_sizes'"
icns_sizes=$(icns2png -l "$src/packaging/macos/mycloud.icns" | sed -n "s/.*'[a-z0-9]*' \([0-9]*\)x[0-9]* 32-bit icon.*/\1/p" | sort -n | xargs)
[[ $icns_sizes == "16 32 48 128 256 512 1024" ]] || fail "mycloud.icns holds sizes '$icns_sizes'"

# --- macOS Info.plist, configured here as on macOS -------------------------------------------------
plist=$(sed -e "s/@MYCLOUD_APP_ID@/$app_id/g; s/@MYCLOUD_VERSION@/$version/g; s/@MYCLOUD_URL_SCHEME@/$scheme/g" \
            -e "s/@MYCLOUD_NAME@/$name/g; s/@MYCLOUD_ORGANIZATION@/B2EI/g; s/@MYCLOUD_BUNDLE_NAME@/MyCloud/g" \
            "$src/packaging/macos/Info.plist.in")
read -r -d '' plist_check <<'EOF' || true
import plistlib, sys
app_id, version, scheme = sys.argv[1:]
p = plistlib.loads(sys.stdin.buffer.read())
assert p["CFBundleIdentifier"] == app_id, p["CFBundleIdentifier"]
assert p["CFBundleShortVersionString"] == version and p["CFBundleVersion"] == version
assert p["CFBundleURLTypes"][0]["CFBundleURLSchemes"] == [scheme], p["CFBundleURLTypes"]
assert p["CFBundleIconFile"] == "mycloud.icns" and p["NSCameraUsageDescription"]
EOF
if command -v python3 >/dev/null 2>&1; then
    python3 -c "$plist_check" "$app_id" "$version" "$scheme" <<<"$plist" || fail "Info.plist does not carry the identity"
else
    echo "note: no python3, Info.plist not parsed"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "desktop file, metainfo, icons and Info.plist: all checks passed"
