#!/usr/bin/env bash
# Runs a command in a throwaway D-Bus session with an unlocked GNOME keyring and a throwaway HOME,
# so that keychain tests use a real Secret Service without touching the user's. Exit 77 (CTest:
# skipped) with the reason when the tools are missing.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (Debian packages dbus and gnome-keyring)" >&2
        exit 77
    fi
done
exec dbus-run-session -- bash -c '
    HOME=$(mktemp -d)
    export HOME
    eval "$(printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"
    status=$?
    rm -rf "$HOME"
    exit $status' keyring "$@"
