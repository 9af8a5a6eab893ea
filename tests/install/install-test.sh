#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the vmdesk .deb into a throwaway Debian 12 root and runs it there: apt must resolve
# every dependency from Debian alone, the private KDSoap must be found, vmdeskctl must work on a
# metadata folder and vmdesk must start its GUI (offscreen, with the bundled simulator) and
# quit cleanly on SIGTERM. Needs root (chroot, mounts). See docs/packaging.md.
# Usage: install-test.sh [--deb FILE]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
suite=bookworm # Debian 12, the release the package is built for

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test: FAILED: must run as root (it creates a Debian root with mmdebstrap and chroots into it)" >&2
  exit 1
fi
for tool in mmdebstrap chroot mount tar; do
  command -v "$tool" >/dev/null || { echo "install-test: FAILED: $tool is missing (scripts/setup-deps.sh installs it)" >&2; exit 1; }
done

started=$(date +%s)
phase_started=$started
phase() {
  local now
  now=$(date +%s)
  echo "install-test: $1 took $((now - phase_started)) s" >&2
  phase_started=$now
}

# --deb FILE tests a package built before; by default it is built from this checkout.
if [ "${1:-}" = --deb ] && [ -n "${2:-}" ]; then
  deb=$(realpath "$2")
else
  deb=$("$source_dir/scripts/package.sh" | tail -n 1)
fi
[ -f "$deb" ] || { echo "install-test: FAILED: scripts/package.sh made no package" >&2; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
phase "building the package ($(basename "$deb"))"

# The Debian archive this machine already uses (main archive and security), read from its apt
# sources: lines of sources.list files and URIs/Suites of deb822 .sources files.
apt_sources() {
  local file
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$file" ] || continue
    awk '$1 == "deb" { uri = ""; for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { uri = $i; suite = $(i + 1); break }
                       if (uri != "") print uri, suite }' "$file"
  done
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    awk 'function flush() { if (types ~ /(^| )deb( |$)/ && !disabled) for (u in uris) for (s in suites) print uris[u], suites[s]
                            types = ""; disabled = 0; delete uris; delete suites }
         /^[ \t]*$/ { flush(); next }
         /^Enabled:[ \t]*no/ { disabled = 1 }
         /^Types:/ { types = $0; sub(/^Types:[ \t]*/, "", types) }
         /^URIs:/ { for (i = 2; i <= NF; i++) uris[i] = $i }
         /^Suites:/ { for (i = 2; i <= NF; i++) suites[i] = $i }
         END { flush() }' "$file"
  done
}
# Only Debian's own suites count (bookworm, trixie-updates, sid, ...); third-party ones are skipped.
debian_suite='^(bookworm|trixie|forky|sid|stable|testing|unstable|oldstable)'
archive_uri=$(apt_sources | awk -v re="$debian_suite" '!found && $2 ~ re && $2 !~ /security/ { print $1; found = 1 }')
security_uri=$(apt_sources | awk -v re="$debian_suite" '!found && $2 ~ re && $2 ~ /security/ { print $1; found = 1 }')
[ -n "$archive_uri" ] || { echo "install-test: FAILED: no Debian archive in this machine's apt sources" >&2; exit 1; }
mirrors=("deb $archive_uri $suite main" "deb $archive_uri $suite-updates main")
[ -z "$security_uri" ] || mirrors+=("deb $security_uri $suite-security main")

cache=${XDG_CACHE_HOME:-$HOME/.cache}/vmdesk
tarball=$cache/install-test-$suite.tar
archives=$cache/install-test-apt-archives
mkdir -p "$cache" "$archives/partial"
# A month-old root is rebuilt; apt upgrades whatever changed in between anyway.
if [ -f "$tarball" ] && [ -z "$(find "$tarball" -mtime +30)" ]; then
  echo "install-test: reusing $tarball" >&2
else
  echo "install-test: creating a Debian 12 root with mmdebstrap (cached as $tarball)" >&2
  rm -rf "$tarball.new"
  mmdebstrap --variant=apt --format=tar --include=ca-certificates,bash-completion "$suite" "$tarball.new" \
    "${mirrors[@]}" >&2
  mv "$tarball.new" "$tarball"
  phase "mmdebstrap (cold)"
fi

root=$(mktemp -d /tmp/vmdesk-install-test.XXXXXX)
mounted=()
cleanup() {
  local status=$? pid i
  # Whatever still runs inside the root (started by this test) goes first, then the mounts.
  for pid in /proc/[0-9]*; do
    if [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ]; then
      kill -KILL "${pid#/proc/}" 2>/dev/null || true
    fi
  done
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" || umount -l "${mounted[i]}" || true
  done
  # Never delete through a mount that is still there (the apt cache is a bind mount).
  if grep -q " ${root}[/ ]" /proc/mounts; then
    echo "install-test: leaving $root: something is still mounted there" >&2
  else
    rm -rf "$root"
  fi
  phase "cleaning up"
  exit "$status"
}
trap cleanup EXIT

# In memory: dpkg's many small writes and the final removal are then quick (about 1 GB at most).
mount -t tmpfs -o size=3G,mode=755 vmdesk-install-test "$root" && mounted+=("$root")
tar -C "$root" -xf "$tarball"
for node in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
  IFS=: read -r name major minor <<<"$node"
  [ -e "$root/dev/$name" ] || mknod -m 666 "$root/dev/$name" c "$major" "$minor"
done
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind "$archives" "$root/var/cache/apt/archives" && mounted+=("$root/var/cache/apt/archives")
printf '%s\n' "${mirrors[@]}" >"$root/etc/apt/sources.list"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
cp "$here/inside-root.sh" "$root/tmp/"
phase "unpacking the root"

in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}
in_root apt-get -q update >&2
# No recommends: the Depends alone must be enough.
in_root sh -c "cd /tmp && apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-unsafe-io \
  ./$(basename "$deb")" >&2
phase "apt-get install"

in_root bash /tmp/inside-root.sh "$version"
phase "checks inside the root"
echo "install-test: passed; $(($(date +%s) - started)) s before cleaning up" >&2
