#!/usr/bin/env bash
# Starts the real vmdesk binary with the demo in Xvfb, checks that its window appears, that the demo
# simulator serves it, and that SIGTERM (what a desktop logout sends) closes it cleanly: exit code 0,
# window state saved, the simulator child gone.
set -euo pipefail
binary=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_RUNTIME_DIR=$home/run QT_QPA_PLATFORM=xcb
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS

# --help and --version work without any display (over SSH, in scripts).
help=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$binary" --help) || { echo "FAIL: vmdesk --help without a display"; exit 1; }
grep -q -- "--demo" <<<"$help" || { echo "FAIL: vmdesk --help does not list --demo"; exit 1; }
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$binary" --version | grep -q "^vmdesk " || { echo "FAIL: vmdesk --version"; exit 1; }
echo "help and version without a display"

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  set -u
  log=$HOME/vmdesk.log
  fail() { echo "FAIL: $*"; echo "--- vmdesk log:"; cat "$log"; kill -KILL "$pid" 2>/dev/null; exit 1; }
  "$1" --demo > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 150); do
    xwininfo -root -tree 2>/dev/null | grep -q "\"vmdesk\"" && break
    sleep 0.2
  done
  xwininfo -root -tree | grep -q "\"vmdesk\"" || fail "no vmdesk window appeared"
  echo "window mapped"
  for _ in $(seq 1 120); do
    grep -q "read [0-9]* virtual machines" "$log" && break
    kill -0 "$pid" 2>/dev/null || fail "vmdesk exited early"
    sleep 0.5
  done
  grep -q "read [0-9]* virtual machines" "$log" || fail "the demo inventory did not load"
  echo "demo inventory loaded: $(grep -o "read [0-9]* virtual machines" "$log")"
  simulator=$(pgrep -P "$pid" -f vmdesk-vcsim || true)
  [ -n "$simulator" ] || fail "the demo simulator is not a child of vmdesk"
  sleep 1
  kill -0 "$pid" 2>/dev/null || fail "vmdesk did not stay up"
  kill -TERM "$pid"
  status=0
  wait "$pid" || status=$?
  [ "$status" -eq 0 ] || fail "vmdesk exited with status $status after SIGTERM"
  grep -q "^geometry=" "$XDG_CONFIG_HOME/vmdesk/vmdesk.conf" || fail "the window state was not saved"
  ! kill -0 "$simulator" 2>/dev/null || fail "the demo simulator outlived vmdesk"
  echo "vmdesk closed cleanly"
' bash "$binary"
