#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (the Secret Service),
# so the keychain tests use the real thing. Usage: tools/with-keyring.sh COMMAND [ARGS…]
set -euo pipefail
if [ "${CLICKAR_IN_KEYRING:-}" = 1 ]; then
    exec "$@"
fi
exec dbus-run-session -- bash -c '
    set -e
    export CLICKAR_IN_KEYRING=1
    export XDG_DATA_HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    eval "$(printf clickar-test | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
    export GNOME_KEYRING_CONTROL
    status=0
    "$@" || status=$?
    rm -rf "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
    exit $status
' bash "$@"
