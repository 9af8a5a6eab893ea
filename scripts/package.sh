#!/usr/bin/env bash
# Builds the Debian package of vmdesk into build/package/ from the release preset (build/release),
# then checks it with lintian. Installs what is missing first, as scripts/build.sh does.
# Prints the .deb's path on its last line. See docs/packaging.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

KDSOAP_PREFIX=$(scripts/setup-deps.sh | sed -n 's/^KDSOAP_PREFIX=//p' | tail -n 1)
export KDSOAP_PREFIX
# The package installs into /usr; GNUInstallDirs then puts settings in /etc.
source scripts/ccache-env.sh
cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr "${compiler_cache[@]}" >&2
# Only what the package holds: the release tree's tests and benchmarks are not needed for it.
cmake --build --preset release --target vmdesk vmdeskctl vmdesk-vcsim vmdesk_manpages vmdesk_changelog >&2

rm -f build/package/vmdesk_*.deb

cpack --config build/release/CPackConfig.cmake >&2
shopt -s nullglob
debs=(build/package/vmdesk_*.deb)
[ ${#debs[@]} -eq 1 ] || { echo "package: expected one vmdesk_*.deb in build/package, found ${#debs[@]}" >&2; exit 1; }

echo "package: lintian ${debs[0]}" >&2
lintian --fail-on error --info "${debs[0]}" >&2
realpath "${debs[0]}"
