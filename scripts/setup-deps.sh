#!/usr/bin/env bash
# Installs what vmdesk needs on Debian 12 (or newer) and makes sure a KDSoap for Qt 6 exists.
# Idempotent: it installs only missing packages and builds KDSoap once into a cache prefix.
# Prints the KDSoap prefix to use on its last line as KDSOAP_PREFIX=... (empty when the system has one).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

packages=(
  # build
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libyaml-cpp-dev libarchive-dev libssl-dev libgl-dev xz-utils
  libfyaml-dev libvalijson-dev libdtl-dev libcrypt-dev zlib1g-dev qt6-charts-dev libqt6opengl6-dev libqt6svg6
  libcurl4-openssl-dev
  # tests
  golang-go golang-github-vmware-govmomi-dev cloud-init xvfb xauth fonts-dejavu-core dbus dbus-x11
  gnome-keyring desktop-file-utils appstream openssl curl x11-utils procps systemd clang
  qemu-system-x86 busybox-static cpio openssh-client genisoimage python3
  postgresql libqt6sql6-psql
  # package (scripts/package.sh) and its install test (tests/install)
  help2man dpkg-dev fakeroot file lintian mmdebstrap ccache
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

"$here/fetch-test-kernel.sh"
"$here/build-kdsoap.sh"
