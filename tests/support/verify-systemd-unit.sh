#!/usr/bin/env bash
# Checks a shipped systemd unit with `systemd-analyze verify` in a scratch root holding the
# installed binary, so no real system state is needed. Any complaint fails: verify itself exits 0
# for many of them (an unknown Type=, a misspelled key).
set -euo pipefail
unit=$1 binary=$2 defaults=$3
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/bin" "$root/etc/default" "$root/etc/systemd/system" "$root/lib/systemd"
cp -r /lib/systemd/system "$root/lib/systemd/"
cp "$binary" "$root/usr/bin/"
cp "$defaults" "$root/etc/default/$(basename "$unit" .service)"
cp "$unit" "$root/etc/systemd/system/"
output=$(systemd-analyze verify --man=no --root="$root" "$(basename "$unit")" 2>&1) || { echo "$output"; exit 1; }
if [ -n "$output" ]; then
  echo "$output"
  exit 1
fi
echo "$(basename "$unit"): verified"
