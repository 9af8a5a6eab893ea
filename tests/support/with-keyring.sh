#!/usr/bin/env bash
# Runs a command in a private D-Bus session with an unlocked gnome-keyring and a throw-away HOME,
# so the real Secret Service round trip can be tested without touching anyone's keyring.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
  eval "$(printf "vmdesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  export GNOME_KEYRING_CONTROL
  exec "$@"' bash "$@"
