#!/usr/bin/env bash
# Puts a Debian kernel for the QEMU guest test at ${XDG_CACHE_HOME:-~/.cache}/vmdesk/qemu/vmlinuz.
# The kernel package is downloaded with apt and unpacked, not installed: the machine's own boot
# setup is left alone. Only the kernel image is kept.
set -euo pipefail
dir=${XDG_CACHE_HOME:-$HOME/.cache}/vmdesk/qemu
if [ -s "$dir/vmlinuz" ]; then
  exit 0
fi
package=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/ { print $2; exit }')
[ -n "$package" ] || { echo "fetch-test-kernel: apt knows no linux-image-amd64 (run apt-get update)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download -q "$package") >&2
mkdir -p "$dir"
dpkg-deb --fsys-tarfile "$work"/*.deb | tar -x -C "$work" --wildcards './boot/vmlinuz-*'
cp "$work"/boot/vmlinuz-* "$dir/vmlinuz.part"
mv "$dir/vmlinuz.part" "$dir/vmlinuz"
echo "fetch-test-kernel: $package → $dir/vmlinuz" >&2
